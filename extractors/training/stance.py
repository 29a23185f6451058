"""Pair features, training and evaluation for the stance (contradiction) detector.

The model is a multinomial logistic regression over features of the *pair* of claims, never of one
side alone, so that it learns what changes between two headlines about the same event:

* ``char``  — TF-IDF of character 2-5 grams (inside word boundaries) of each side; the pair gets
  ``|a - b|`` (what differs) and ``a * b`` (what is shared), both symmetric in a and b.
* ``word``  — the same over light stems, stem bigrams and negation marks (``¬`` + the negated stem).
* ``xor``   — stems present on one side only (binary): the words that were changed.
* ``cross`` — a stem only in a × a stem only in b, order-free (``ارتفاع|انخفاض``): learned
  substitutions, antonyms and synonyms.
* ``dense`` — a few overlap ratios, length ratios, negation/number/antonym-lexicon signals.

Everything here is symmetric in (a, b), so swapping the claims never changes the verdict.

The trained model is one ``.npz`` (weights, vocabularies as unicode arrays, idf, standardisation),
loaded with ``allow_pickle=False``. Feature extraction is pure Python + numpy and is shared, line for
line, between training and the detector. scikit-learn is only imported to fit and to evaluate.
"""

from __future__ import annotations

import csv
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import numpy as np
from scipy import sparse

from claims.text import normalize_ar
from extractors.builtin.arabic import stem, tokenize
from extractors.builtin.contradiction import NEGATIONS, OPPOSITE_RES

LABELS: tuple[str, ...] = ("contradiction", "agreement", "unrelated")
STANCE_TO_LABEL = {"disagree": "contradiction", "agree": "agreement", "other": "unrelated"}
FORMAT_VERSION = 1
MAX_CHARS = 3000  # longer texts are cut for features: a claim is a sentence or two, not an article
MAX_CROSS = 24  # at most this many one-side stems per side enter the cross features

DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
WORD_RE = re.compile(r"[^\W_]+")
NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)?")
FUNCTION_WORDS = frozenset(
    normalize_ar(w)
    for w in [
        "في",
        "من",
        "على",
        "الى",
        "إلى",
        "عن",
        "مع",
        "أن",
        "إن",
        "ان",
        "انه",
        "أنه",
        "التي",
        "الذي",
        "هذا",
        "هذه",
        "ذلك",
        "هو",
        "هي",
        "قد",
        "ما",
        "و",
        "أو",
        "او",
        "ثم",
        "بل",
        "كل",
        "بعد",
        "قبل",
        "خلال",
        "بين",
        "حتى",
        "منذ",
        "عند",
        "لدى",
        "بشأن",
        "حول",
    ]
)
NEGATION_NORMS = frozenset(normalize_ar(w) for w in NEGATIONS) | {
    "ليس",
    "ليست",
    "عدم",
    "نفي",
    "لا",
    "لن",
    "لم",
}
# Opposite pairs of general news vocabulary (normalised spellings; clitics are allowed around them).
# Hand-written general Arabic knowledge, not read off any evaluation data. Each entry: a name for the
# opposition and the two word lists.
ANTONYMS: tuple[tuple[str, str, str], ...] = (
    (
        "rise/fall",
        "ارتفاع ارتفع ارتفعت يرتفع ترتفع ارتفاعا صعود صعد يصعد تصعد قفزه قفز قفزت يقفز تقفز زياده زاد زادت يزيد"
        " تزيد مكاسب مكسب يكسب تكسب ربح ارباح يربح انتعاش انتعش ينتعش تنتعش",
        "انخفاض انخفض انخفضت ينخفض تنخفض انخفاضا هبوط هبط هبطت يهبط تهبط تراجع تراجعت يتراجع تتراجع خسائر"
        " يخسر تخسر نقص تقلص يتقلص تتقلص انهيار انهار ينهار تنهار تدهور يتدهور تتدهور",
    ),
    ("raise/cut", "رفع يرفع ترفع زياده مضاعفه", "خفض يخفض تخفض تخفيض تقليص يقلص تقلص"),
    (
        "withdraw/stay",
        "انسحاب انسحب ينسحب تنسحب سحب يسحب تسحب مغادره يغادر تغادر رحيل يرحل خروج يخرج تخرج انهاء انتهاء",
        "بقاء ابقاء يبقي تبقي ستبقي سيبقي يظل تظل استمرار يستمر تستمر مواصله يواصل تواصل دخول يدخل تدخل",
    ),
    (
        "stop/continue",
        "توقف يتوقف تتوقف توقفت وقف يوقف توقف ايقاف تعليق يعلق تعلق الغاء الغي يلغي تلغي منع يمنع تمنع حظر"
        " يحظر تحظر تجميد يجمد",
        "استمرار يستمر تستمر مواصله يواصل تواصل استئناف يستانف تستانف سماح يسمح تسمح اباحه يبيح تبيح رفع",
    ),
    (
        "accept/reject",
        "قبول يقبل تقبل قبل موافقه وافق وافقت يوافق توافق تاييد يؤيد تؤيد مؤيد ترحيب يرحب ترحب رحب",
        "رفض رفضت يرفض ترفض معارضه عارض يعارض تعارض معارض تنديد يندد تندد ندد",
    ),
    (
        "win/lose",
        "فوز فاز فازت يفوز تفوز انتصار انتصر ينتصر تنتصر",
        "خساره خسر خسرت يخسر تخسر هزيمه هزم يهزم تهزم",
    ),
    (
        "confirm/deny",
        "اكد اكدت يؤكد تؤكد تاكيد ثبوت يثبت اعتراف يعترف تعترف",
        "نفي نفت نفي ينفي تنفي تكذيب يكذب تكذب",
    ),
    ("open/close", "فتح يفتح تفتح افتتاح افتتح", "اغلاق اغلق يغلق تغلق غلق اقفال"),
    (
        "support/oppose",
        "دعم يدعم تدعم تدعيم دعما مساعده يساعد تساعد مساندة يساند تساند",
        "عرقله يعرقل تعرقل محاربه يحارب تحارب معارضه اضعاف يضعف تضعف",
    ),
    ("calm/escalation", "هدوء تهدئه هدنه سلام تسويه مصالحه", "تصعيد اشتباكات اشتباك قتال معارك حرب توتر"),
    (
        "more/less",
        "اعلي اكبر اغلي اكثر اطول اقوي افضل اكثرها اعلاها",
        "اقل ادني اصغر ارخص اسوا اضعف اقصر اقلها ادناها",
    ),
    ("release/arrest", "افراج يفرج تفرج اطلاق", "اعتقال يعتقل تعتقل احتجاز يحتجز تحتجز سجن القبض توقيف"),
    ("public/private", "عام العام", "خاص الخاص"),
    ("new/old", "جديد جديده", "قديم قديمه"),
    ("success/failure", "نجاح نجح نجحت ينجح تنجح", "فشل فشلت يفشل تفشل اخفاق"),
    ("buy/sell", "شراء اشتري يشتري تشتري", "بيع باع باعت يبيع تبيع"),
    ("optimism/pessimism", "تفاؤل متفائل متفائله ارتياح", "تشاؤم متشائم محبط غاضب قلق مخاوف"),
    ("agreement/dispute", "اتفاق توافق تقارب اتفاقا", "خلاف خلافات انقسام نزاع توتر"),
    ("improve/worsen", "تحسن يتحسن تتحسن", "تدهور يتدهور تتدهور تفاقم يتفاقم"),
    ("positive/negative", "ايجابي ايجابيه", "سلبي سلبيه"),
    ("ally/enemy", "حليف حلفاء صديق", "عدو اعداء خصم"),
    ("first/last", "اول اولي", "اخر اخير اخيره"),
    ("full/partial", "كامل كامله كليا", "جزئي جزئيه جزئيا"),
    ("death/survival", "وفاه مقتل قتل موت وفات", "نجاه نجا ينجو تنجو"),
)
_CLITIC = r"(?:و|ف)?(?:ب|ل|ك|س)?(?:ال|لل)?"
ANTONYM_RES: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (
        name,
        re.compile(
            rf"^{_CLITIC}(?:{'|'.join(sorted(set(w1.split()), key=len, reverse=True))})(?:ه|ها|هم|ا)?$"
        ),
        re.compile(
            rf"^{_CLITIC}(?:{'|'.join(sorted(set(w2.split()), key=len, reverse=True))})(?:ه|ها|هم|ا)?$"
        ),
    )
    for name, w1, w2 in ANTONYMS
)
WEAK_LETTERS = str.maketrans("", "", "اويهءئؤ")
DENSE_NAMES: tuple[str, ...] = (
    "jaccard_words",
    "jaccard_stems",
    "jaccard_char3",
    "containment_stems",
    "cos_char",
    "cos_word",
    "len_ratio",
    "len_diff",
    "log_only_a_plus_b",
    "min_only",
    "max_only",
    "unmatched_min",
    "unmatched_max",
    "neg_xor",
    "neg_diff",
    "num_both_differ",
    "num_one_side",
    "num_shared",
    "antonym_hits",
    "question_xor",
    "log_len_min",
    "ext_antonym_hits",
    "ext_antonym_any",
)


# --- Text preparation ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Side:
    """One claim as the features see it: normalised text, words, stems and their term bags."""

    norm: str
    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]  # offsets of each word's token in the original text
    stems: tuple[str, ...]
    char_terms: Counter
    word_terms: Counter
    numbers: frozenset[str]
    negations: int
    question: bool
    poles: dict  # (opposition, pole 0/1) -> index of the first word carrying it; lexical + extended lexicon


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return word if word.isdigit() else stem(word)


def _char_grams(words: Iterable[str]) -> Counter:
    grams: Counter = Counter()
    for word in words:
        padded = f" {word} "
        size = len(padded)
        for n in (2, 3, 4, 5):
            for i in range(size - n + 1):
                grams[padded[i : i + n]] += 1
    return grams


def prepare(text: str) -> Side:
    """Normalise (camel-tools), fold Arabic-Indic digits, tokenise and stem one claim."""
    text = text if isinstance(text, str) else ""
    text = text[:MAX_CHARS]
    norm = normalize_ar(text).translate(DIGITS)
    words_, spans_ = [], []
    for token in tokenize(text):  # per-token normalisation keeps offsets into the original text
        for match in WORD_RE.finditer(token.norm.translate(DIGITS)):
            words_.append(match.group())
            spans_.append((token.start, token.end))
    words, spans = tuple(words_), tuple(spans_)
    stems = tuple(_stem(w) for w in words)
    terms: Counter = Counter(stems)
    terms.update(f"{x} {y}" for x, y in pairwise(stems))
    negations = 0
    for i, word in enumerate(words):
        if word in NEGATION_NORMS:
            negations += 1
            for j in range(i + 1, min(i + 3, len(words))):
                if words[j] not in FUNCTION_WORDS:
                    terms[f"¬{stems[j]}"] += 1
                    break
    return Side(
        norm=norm,
        words=words,
        spans=spans,
        stems=stems,
        char_terms=_char_grams(words),
        word_terms=terms,
        numbers=frozenset(NUMBER_RE.findall(norm)),
        negations=negations,
        question=("؟" in norm or "?" in norm or (bool(words) and words[0] == "هل")),
        poles=_poles(words),
    )


_POLE_TABLES = [(f"lex:{l1}/{l2}", r1, r2) for l1, r1, l2, r2 in OPPOSITE_RES] + list(ANTONYM_RES)


@lru_cache(maxsize=65536)
def _word_poles(word: str) -> tuple[tuple[str, int], ...]:
    if len(word) < 3 or word.isdigit():
        return ()
    return tuple(
        (name, pole) for name, r1, r2 in _POLE_TABLES for pole, rx in ((0, r1), (1, r2)) if rx.match(word)
    )


def _poles(words: Sequence[str]) -> dict[tuple[str, int], int]:
    found: dict[tuple[str, int], int] = {}
    for i, word in enumerate(words):
        for key in _word_poles(word):
            found.setdefault(key, i)
    return found


# --- Vocabulary + TF-IDF ---------------------------------------------------------------------------


@dataclass
class Vocab:
    terms: list[str]
    idf: np.ndarray
    index: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.index:
            self.index = {t: i for i, t in enumerate(self.terms)}

    def __len__(self) -> int:
        return len(self.terms)

    @classmethod
    def fit(cls, docs: Sequence[Counter], min_df: int = 2, with_idf: bool = True) -> Vocab:
        df: Counter = Counter()
        for doc in docs:
            df.update(doc.keys())
        terms = sorted(t for t, c in df.items() if c >= min_df)
        n = len(docs)
        if with_idf:
            idf = np.array([math.log((1 + n) / (1 + df[t])) + 1.0 for t in terms], dtype=np.float32)
        else:
            idf = np.ones(len(terms), dtype=np.float32)
        return cls(terms, idf)

    def tfidf(self, doc: Counter) -> dict[int, float]:
        """Sublinear tf × idf, l2-normalised; unknown terms dropped."""
        vec: dict[int, float] = {}
        for term, count in doc.items():
            i = self.index.get(term)
            if i is not None:
                vec[i] = (1.0 + math.log(count)) * float(self.idf[i])
        norm = math.sqrt(sum(v * v for v in vec.values()))
        if norm > 0:
            for i in vec:
                vec[i] /= norm
        return vec


def _cosine(u: dict[int, float], v: dict[int, float]) -> float:
    if len(u) > len(v):
        u, v = v, u
    return sum(x * v[i] for i, x in u.items() if i in v)


def _jaccard(a: set, b: set) -> float:
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def _char3(word: str) -> set[str]:
    padded = f" {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def only_side_stems(a: Side, b: Side) -> tuple[list[str], list[str]]:
    """Content stems of a missing from b and of b missing from a, in text order, deduplicated."""
    sa, sb = set(a.stems), set(b.stems)
    only_a = list(dict.fromkeys(s for s in a.stems if s not in sb and s not in FUNCTION_WORDS))
    only_b = list(dict.fromkeys(s for s in b.stems if s not in sa and s not in FUNCTION_WORDS))
    return only_a, only_b


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The stem without weak letters: a cheap stand-in for the root (يرتفع, ارتفاع → رتفع)."""
    return word.translate(WEAK_LETTERS)


@lru_cache(maxsize=262144)  # pure; the same word pairs recur when one claim meets many candidates
def _looks_alike(x: str, y: str) -> bool:
    if _jaccard(_char3(x), _char3(y)) >= 0.4:
        return True
    kx, ky = skeleton(x), skeleton(y)
    return len(kx) >= 3 and len(ky) >= 3 and (kx in ky or ky in kx)


def _unmatched(only: list[str], other: Side) -> int:
    """How many one-side stems have no look-alike (shared trigrams or skeleton) on the other side."""
    pool = [s for s in set(other.stems) if s not in FUNCTION_WORDS]
    return sum(1 for s in only if not any(_looks_alike(s, t) for t in pool))


def opposites(a: Side, b: Side, lexical_only: bool = False) -> list[tuple[str, int, int, int]]:
    """Opposite words across the pair: (opposition, pole in a, word index in a, word index in b).
    A side that carries both poles («لا انسحاب بل بقاء») does not count."""
    hits = []
    for (name, pole), ia in a.poles.items():
        if lexical_only != name.startswith("lex:"):
            continue
        other = 1 - pole
        ib = b.poles.get((name, other))
        if ib is None or (name, other) in a.poles or (name, pole) in b.poles:
            continue
        hits.append((name, pole, ia, ib))
    return hits


def dense_features(a: Side, b: Side, ca: dict, cb: dict, wa: dict, wb: dict) -> list[float]:
    sa, sb = set(a.stems), set(b.stems)
    only_a, only_b = only_side_stems(a, b)
    ua, ub = _unmatched(only_a, b), _unmatched(only_b, a)
    la, lb = len(a.words), len(b.words)
    grams_a = {g for g in a.char_terms if len(g) == 3}
    grams_b = {g for g in b.char_terms if len(g) == 3}
    na, nb = a.numbers, b.numbers
    ext = opposites(a, b)
    return [
        _jaccard(set(a.words), set(b.words)),
        _jaccard(sa, sb),
        _jaccard(grams_a, grams_b),
        len(sa & sb) / max(1, min(len(sa), len(sb))),
        _cosine(ca, cb),
        _cosine(wa, wb),
        min(la, lb) / max(1, la, lb),
        abs(la - lb) / max(1, la, lb),
        math.log1p(len(only_a) + len(only_b)),
        float(min(len(only_a), len(only_b))),
        float(max(len(only_a), len(only_b))),
        float(min(ua, ub)),
        float(max(ua, ub)),
        float((a.negations > 0) != (b.negations > 0)),
        float(abs(a.negations - b.negations)),
        float(bool(na) and bool(nb) and na != nb),
        float(bool(na) != bool(nb)),
        float(len(na & nb)),
        float(len(opposites(a, b, lexical_only=True))),
        float(a.question != b.question),
        math.log1p(min(la, lb)),
        float(len(ext)),
        float(bool(ext)),
    ]


# --- The featuriser --------------------------------------------------------------------------------


@dataclass
class Featurizer:
    """Maps a pair of prepared claims to one sparse row; blocks are weighted by ``scales``."""

    char: Vocab
    word: Vocab
    cross: Vocab
    dense_mean: np.ndarray
    dense_std: np.ndarray
    scales: dict[str, float]

    @property
    def offsets(self) -> dict[str, int]:
        sizes = [
            ("char_diff", len(self.char)),
            ("char_prod", len(self.char)),
            ("word_diff", len(self.word)),
            ("word_prod", len(self.word)),
            ("xor", len(self.word)),
            ("cross", len(self.cross)),
            ("dense", len(DENSE_NAMES)),
        ]
        out, pos = {}, 0
        for name, size in sizes:
            out[name] = pos
            pos += size
        out["_total"] = pos
        return out

    @property
    def n_features(self) -> int:
        return self.offsets["_total"]

    @classmethod
    def fit(
        cls,
        pairs: Sequence[tuple[Side, Side]],
        scales: dict[str, float],
        min_df: int = 2,
        cross_min_count: int = 2,
    ) -> Featurizer:
        seen: dict[str, Side] = {}
        for a, b in pairs:
            seen.setdefault(a.norm, a)
            seen.setdefault(b.norm, b)
        sides = list(seen.values())
        char = Vocab.fit([s.char_terms for s in sides], min_df=min_df)
        word = Vocab.fit([s.word_terms for s in sides], min_df=min_df)
        cross = Vocab.fit(
            [Counter(cross_terms(a, b)) for a, b in pairs], min_df=cross_min_count, with_idf=False
        )
        zero = np.zeros(len(DENSE_NAMES), dtype=np.float32)
        feat = cls(char, word, cross, zero, np.ones_like(zero), dict(scales))
        raw = np.array([feat._dense_raw(a, b) for a, b in pairs], dtype=np.float64)
        feat.dense_mean = raw.mean(axis=0).astype(np.float32)
        feat.dense_std = np.maximum(raw.std(axis=0), 1e-6).astype(np.float32)
        return feat

    def _dense_raw(self, a: Side, b: Side) -> list[float]:
        ca, cb = self.char.tfidf(a.char_terms), self.char.tfidf(b.char_terms)
        wa, wb = self.word.tfidf(a.word_terms), self.word.tfidf(b.word_terms)
        return dense_features(a, b, ca, cb, wa, wb)

    def row(self, a: Side, b: Side) -> tuple[np.ndarray, np.ndarray]:
        """Column indices and values of one pair."""
        off, sc = self.offsets, self.scales
        cols: list[int] = []
        vals: list[float] = []
        ca, cb = self.char.tfidf(a.char_terms), self.char.tfidf(b.char_terms)
        wa, wb = self.word.tfidf(a.word_terms), self.word.tfidf(b.word_terms)
        for prefix, u, v in (("char", ca, cb), ("word", wa, wb)):
            s = sc.get(prefix, 1.0)
            if s == 0:
                continue
            for i in u.keys() | v.keys():
                x, y = u.get(i, 0.0), v.get(i, 0.0)
                d = abs(x - y)
                if d > 0:
                    cols.append(off[f"{prefix}_diff"] + i)
                    vals.append(s * d)
                if x and y:
                    cols.append(off[f"{prefix}_prod"] + i)
                    vals.append(s * x * y * 4.0)
        if sc.get("xor", 1.0):
            only_a, only_b = only_side_stems(a, b)
            for term in sorted(set(only_a) | set(only_b)):
                i = self.word.index.get(term)
                if i is not None:
                    cols.append(off["xor"] + i)
                    vals.append(sc.get("xor", 1.0))
        if sc.get("cross", 1.0):
            for term in sorted(set(cross_terms(a, b))):
                i = self.cross.index.get(term)
                if i is not None:
                    cols.append(off["cross"] + i)
                    vals.append(sc.get("cross", 1.0))
        dense = (
            np.asarray(dense_features(a, b, ca, cb, wa, wb), dtype=np.float32) - self.dense_mean
        ) / self.dense_std
        s = sc.get("dense", 1.0)
        for k, x in enumerate(dense):
            cols.append(off["dense"] + k)
            vals.append(s * float(x))
        return np.asarray(cols, dtype=np.int64), np.asarray(vals, dtype=np.float32)

    def matrix(self, pairs: Sequence[tuple[Side, Side]]) -> sparse.csr_matrix:
        indptr, indices, data = [0], [], []
        for a, b in pairs:
            cols, vals = self.row(a, b)
            indices.append(cols)
            data.append(vals)
            indptr.append(indptr[-1] + len(cols))
        matrix = sparse.csr_matrix(
            (
                np.concatenate(data) if data else np.zeros(0, np.float32),
                np.concatenate(indices) if indices else np.zeros(0, np.int64),
                np.asarray(indptr),
            ),
            shape=(len(pairs), self.n_features),
        )
        # Canonical column order: string hashing varies per process (PYTHONHASHSEED), and the order of
        # a row's entries changes the float sums, hence the fitted weights in the last bits.
        matrix.sort_indices()
        return matrix


def cross_terms(a: Side, b: Side) -> list[str]:
    only_a, only_b = only_side_stems(a, b)
    only_a = [s for s in only_a if not s.isdigit()][:MAX_CROSS]
    only_b = [s for s in only_b if not s.isdigit()][:MAX_CROSS]
    return [f"{x}|{y}" if x <= y else f"{y}|{x}" for x in only_a for y in only_b]


# --- The model -------------------------------------------------------------------------------------


@dataclass
class StanceModel:
    featurizer: Featurizer
    coef: np.ndarray  # (n_features, n_classes)
    intercept: np.ndarray  # (n_classes,)
    labels: tuple[str, ...] = LABELS
    meta: dict[str, str] = field(default_factory=dict)

    def predict_proba_pair(self, a: Side, b: Side) -> np.ndarray:
        cols, vals = self.featurizer.row(a, b)
        logits = vals @ self.coef[cols] + self.intercept
        logits = logits - logits.max()
        p = np.exp(logits)
        return p / p.sum()

    def predict_proba(self, pairs: Sequence[tuple[Side, Side]]) -> np.ndarray:
        x = self.featurizer.matrix(pairs)
        logits = np.asarray(x @ self.coef) + self.intercept
        logits = logits - logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)

    def save(self, path: str | Path) -> None:
        f = self.featurizer
        np.savez_compressed(
            path,
            format_version=np.array(FORMAT_VERSION),
            labels=np.array(self.labels),
            char_terms=np.array(f.char.terms, dtype=str),
            char_idf=f.char.idf,
            word_terms=np.array(f.word.terms, dtype=str),
            word_idf=f.word.idf,
            cross_terms=np.array(f.cross.terms, dtype=str),
            dense_mean=f.dense_mean,
            dense_std=f.dense_std,
            scale_names=np.array(sorted(f.scales), dtype=str),
            scale_values=np.array([f.scales[k] for k in sorted(f.scales)], dtype=np.float32),
            coef=self.coef.astype(np.float16),
            intercept=self.intercept.astype(np.float32),
            meta_keys=np.array(sorted(self.meta), dtype=str),
            meta_values=np.array([self.meta[k] for k in sorted(self.meta)], dtype=str),
        )

    @classmethod
    def load(cls, path: str | Path) -> StanceModel:
        with np.load(path, allow_pickle=False) as z:
            if int(z["format_version"]) != FORMAT_VERSION:
                raise ValueError(
                    f"{path}: model format {int(z['format_version'])}, expected {FORMAT_VERSION}"
                )
            cross_terms_ = [str(t) for t in z["cross_terms"]]
            featurizer = Featurizer(
                char=Vocab([str(t) for t in z["char_terms"]], z["char_idf"].astype(np.float32)),
                word=Vocab([str(t) for t in z["word_terms"]], z["word_idf"].astype(np.float32)),
                cross=Vocab(cross_terms_, np.ones(len(cross_terms_), dtype=np.float32)),
                dense_mean=z["dense_mean"].astype(np.float32),
                dense_std=z["dense_std"].astype(np.float32),
                scales={str(k): float(v) for k, v in zip(z["scale_names"], z["scale_values"], strict=True)},
            )
            return cls(
                featurizer=featurizer,
                coef=z["coef"].astype(np.float32),
                intercept=z["intercept"].astype(np.float32),
                labels=tuple(str(x) for x in z["labels"]),
                meta={str(k): str(v) for k, v in zip(z["meta_keys"], z["meta_values"], strict=True)},
            )


# --- Data, training, evaluation --------------------------------------------------------------------


def load_pairs(path: str | Path) -> list[tuple[str, str, str]]:
    """Rows ``(s1, s2, label)`` of an ANS-style CSV (columns s1, s2, stance)."""
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            stance = (row.get("stance") or "").strip()
            if stance not in STANCE_TO_LABEL:
                raise ValueError(
                    f"{path}: unknown stance {stance!r} (expected one of {sorted(STANCE_TO_LABEL)})"
                )
            rows.append((row["s1"] or "", row["s2"] or "", STANCE_TO_LABEL[stance]))
    return rows


@dataclass(frozen=True)
class TrainConfig:
    C: float = 4.0
    class_weight: str | None = "balanced"
    # Chosen by 5-fold CV on the training set (eval/stance/RESULTS.md): the word TF-IDF block adds
    # nothing once char n-grams, the one-side stems and the cross pairs are in.
    scales: tuple[tuple[str, float], ...] = (
        ("char", 1.0),
        ("word", 0.0),
        ("xor", 0.5),
        ("cross", 1.0),
        ("dense", 0.5),
    )
    min_df: int = 2
    cross_min_count: int = 2
    max_iter: int = 3000


def fit(
    rows: Sequence[tuple[str, str, str]],
    config: TrainConfig = TrainConfig(),
    seed: int = 0,
    prepared: dict[str, Side] | None = None,
) -> StanceModel:
    """Fit featuriser and logistic regression on ``rows`` (deterministic for a given seed)."""
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    cache = prepared if prepared is not None else {}
    pairs = [(_get(cache, s1), _get(cache, s2)) for s1, s2, _ in rows]
    y = np.array([LABELS.index(label) for _, _, label in rows])
    featurizer = Featurizer.fit(pairs, dict(config.scales), config.min_df, config.cross_min_count)
    x = featurizer.matrix(pairs)
    present = sorted(set(y.tolist()))
    clf = LogisticRegression(
        C=config.C, class_weight=config.class_weight, max_iter=config.max_iter, random_state=seed, tol=1e-5
    )
    with threadpool_limits(limits=1):  # multithreaded BLAS sums in varying order: not bit-reproducible
        clf.fit(x, y)
    coef = np.zeros((featurizer.n_features, len(LABELS)), dtype=np.float32)
    intercept = np.full(len(LABELS), -30.0, dtype=np.float32)  # a class absent from training never wins
    if len(present) == 2:  # binary sklearn model: one column, positive = present[1]
        coef[:, present[1]] = clf.coef_[0] / 2
        coef[:, present[0]] = -clf.coef_[0] / 2
        intercept[present[1]], intercept[present[0]] = clf.intercept_[0] / 2, -clf.intercept_[0] / 2
    else:
        for k, cls_index in enumerate(clf.classes_):
            coef[:, cls_index] = clf.coef_[k]
            intercept[cls_index] = clf.intercept_[k]
    meta = {
        "C": str(config.C),
        "class_weight": str(config.class_weight),
        "seed": str(seed),
        "n_train": str(len(rows)),
        "scales": repr(dict(config.scales)),
    }
    return StanceModel(featurizer, coef, intercept, LABELS, meta)


def _get(cache: dict[str, Side], text: str) -> Side:
    side = cache.get(text)
    if side is None:
        side = cache[text] = prepare(text)
    return side


def predict(
    model: StanceModel,
    rows: Sequence[tuple[str, str, str]] | Sequence[tuple[str, str]],
    cache: dict[str, Side] | None = None,
) -> np.ndarray:
    cache = cache if cache is not None else {}
    return model.predict_proba([(_get(cache, r[0]), _get(cache, r[1])) for r in rows])


@dataclass
class Report:
    precision: dict[str, float]
    recall: dict[str, float]
    f1: dict[str, float]
    support: dict[str, int]
    macro_f1: float
    accuracy: float
    confusion: list[list[int]]  # rows = gold, columns = predicted, in LABELS order

    def format(self) -> str:
        lines = [f"{'class':<14} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}"]
        for label in LABELS:
            lines.append(
                f"{label:<14} {self.precision[label]:6.3f} {self.recall[label]:6.3f} "
                f"{self.f1[label]:6.3f} {self.support[label]:5d}"
            )
        lines.append(f"macro-F1 {self.macro_f1:.3f}   accuracy {self.accuracy:.3f}")
        lines.append("confusion (rows gold, cols predicted): " + " ".join(x[:6] for x in LABELS))
        for label, row in zip(LABELS, self.confusion, strict=True):
            lines.append(f"  {label:<14} " + " ".join(f"{v:6d}" for v in row))
        return "\n".join(lines)


def evaluate(gold: Sequence[str], predicted: Sequence[str]) -> Report:
    from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

    p, r, f, s = precision_recall_fscore_support(gold, predicted, labels=list(LABELS), zero_division=0)
    cm = confusion_matrix(gold, predicted, labels=list(LABELS))
    return Report(
        precision=dict(zip(LABELS, map(float, p), strict=True)),
        recall=dict(zip(LABELS, map(float, r), strict=True)),
        f1=dict(zip(LABELS, map(float, f), strict=True)),
        support=dict(zip(LABELS, map(int, s), strict=True)),
        macro_f1=float(np.mean(f)),
        accuracy=float(np.trace(cm) / max(1, cm.sum())),
        confusion=cm.tolist(),
    )


def cross_validate(
    rows: Sequence[tuple[str, str, str]],
    config: TrainConfig = TrainConfig(),
    folds: int = 5,
    repeats: int = 1,
    seed: int = 0,
) -> tuple[Report, np.ndarray]:
    """Stratified k-fold on ``rows``; returns the report over all out-of-fold predictions (pooled
    over repeats) and the out-of-fold probabilities of the first repeat."""
    from sklearn.model_selection import StratifiedKFold

    y = [label for _, _, label in rows]
    cache: dict[str, Side] = {}
    gold, pred = [], []
    first = np.zeros((len(rows), len(LABELS)))
    for rep in range(repeats):
        skf = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed + rep)
        for tr, te in skf.split(np.zeros(len(y)), y):
            model = fit([rows[i] for i in tr], config, seed=seed, prepared=cache)
            proba = predict(model, [rows[i] for i in te], cache)
            if rep == 0:
                first[te] = proba
            gold += [y[i] for i in te]
            pred += [LABELS[k] for k in proba.argmax(axis=1)]
    return evaluate(gold, pred), first
