"""Contradiction detector v1.2: a small trained stance model (logistic regression over pair features,
blended with gradient-boosted trees over the dense pair features, see ``extractors.training.stance``)
trained on the ANS stance corpus (agree / disagree / other).

The model decides the label and its probability is the score (since 1.2 the probabilities carry
the decision rule's log-offset in favour of contradiction, ``TrainConfig.class_bias``). The
explanation then names what conflicts, found with the same lexical signals the features use: opposite
words (antonymy), a negation on one side only, different numbers, different dates, a modal or a
denial/report verb on one side only, or content words substituted one for another. When none is
found the kind is "stance": the model alone decided and the explanation says so.

The model file is loaded lazily, once per process, on the first ``compare`` (never at import).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from extractors.base import ClaimView, Detector, PairResult
from extractors.builtin.arabic import STOPWORDS, key_terms, stem, tokenize

MODEL_PATH = Path(__file__).resolve().parent / "models" / "stance-v1.2.npz"

_model = None
_lock = threading.Lock()

MONTHS = frozenset(
    [
        "يناير",
        "فبراير",
        "مارس",
        "ابريل",
        "مايو",
        "يونيو",
        "يوليو",
        "اغسطس",
        "سبتمبر",
        "اكتوبر",
        "نوفمبر",
        "ديسمبر",
        "كانون",
        "شباط",
        "اذار",
        "نيسان",
        "ايار",
        "حزيران",
        "تموز",
        "اب",
        "ايلول",
        "تشرين",
        "امس",
        "غدا",
        "اليوم",
        "الليله",
        "الاسبوع",
        "الشهر",
        "السبت",
        "الاحد",
        "الاثنين",
        "الثلاثاء",
        "الاربعاء",
        "الخميس",
        "الجمعه",
    ]
)
MODALS = frozenset(
    [
        "قد",
        "ربما",
        "يحتمل",
        "محتمل",
        "احتمال",
        "يمكن",
        "يرجح",
        "مرجح",
        "تدرس",
        "يدرس",
        "تعتزم",
        "يعتزم",
        "تنوي",
        "ينوي",
        "تهدد",
        "يهدد",
        "سوف",
        "تتوقع",
        "يتوقع",
        "توقعات",
        "مستبعد",
        "يستبعد",
        "تستبعد",
    ]
)
REPORT_VERBS = re.compile(
    r"^(?:و|ف)?(?:تتناقض|يتناقض|تناقض|يناقض|تناقضت|نفي|نفت|ينفي|تنفي|تكذب|يكذب|كذب|تنكر|ينكر|انكر)$"
)
YEAR_RE = re.compile(r"^(?:19|20)\d\d$")


def get_model(path: Path | None = None):
    """The shipped model, loaded once per process (thread-safe). Raises FileNotFoundError with the
    command that makes it when the file is missing."""
    global _model
    from extractors.training.stance import StanceModel

    if path is not None:
        return StanceModel.load(path)
    if _model is None:
        with _lock:
            if _model is None:
                if not MODEL_PATH.exists():
                    raise FileNotFoundError(
                        f"{MODEL_PATH} is missing; build it with `python manage.py train_detector "
                        "--train stance_train.csv --dev stance_dev.csv`"
                    )
                _model = StanceModel.load(MODEL_PATH)
    return _model


@lru_cache(maxsize=1024)
def _side(text: str):
    from extractors.training.stance import prepare

    return prepare(text)


@dataclass(frozen=True)
class StanceConfig:
    # The pipeline stores a contradiction at or above this probability (``compare`` reports the label).
    contradiction_threshold: float = 0.9
    # In the pipeline, store this model's contradictions only when another detector can explain them.
    needs_corroboration: bool = True
    # The model never saw pairs about different things (ANS pairs share an event), so it calls them
    # contradictions too («فاز الفريق» vs «الطقس حار» at 0.99): a pair with fewer content words in common
    # than this, and (since 1.3.0) not one character trigram of its content words, is unrelated before
    # the model runs. On ANS train, out of fold (fold seeds 0/1/2, macro-F1): no screen 0.783 / 0.777 /
    # 0.769; the 1.2.0 screen (no shared word) 0.749 / 0.749 / 0.741 — 22 of the 35 train pairs with no
    # shared stem are paraphrases or contradictions in other words («تأجيل/إرجاء») that share trigrams;
    # this screen 0.773 / 0.769 / 0.762. The pipeline never meets such pairs (its candidates share key
    # terms), so only ``compare`` changes. 0 turns the screen off.
    min_shared_terms: int = 1
    # The model learnt "unrelated" from headline pairs, where it means "little word overlap". Real claims
    # about one event by two speakers overlap little too; so when the pair shares this many key terms
    # (same topic) AND carries lexicon opposites (withdraw/stay, rise/fall…), the verdict becomes the
    # model's P(contradiction | related) = p_c / (p_c + p_a). 0 disables the rule.
    # Off by default: on real news (SaudiNewsNet) the rule turned unrelated pairs with a stray
    # opposite word into 1.0-scored contradictions; the lexical detector covers such pairs instead.
    related_min_shared_terms: int = 0
    # Longer claims are cut before the model sees them: it learnt from headlines, and its pair
    # features grow with the square of the length.
    max_chars: int = 400


class StanceContradictionDetector(Detector):
    name = "mizan.contradiction.stance"
    version = "1.3.0"
    Config = StanceConfig
    description = (
        "Trained stance model (ANS): contradiction / agreement / unrelated, with the conflicting spans."
    )

    @classmethod
    def release_caches(cls) -> None:
        from extractors.training.stance import _looks_alike, _opcodes

        _side.cache_clear()
        _words.cache_clear()
        _trigrams.cache_clear()
        _looks_alike.cache_clear()
        _opcodes.cache_clear()

    def compare(self, a: ClaimView, b: ClaimView) -> PairResult:
        return self.compare_many([(a, b)])[0]

    def compare_many(self, pairs: Sequence[tuple[ClaimView, ClaimView]]) -> list[PairResult]:
        """The verdicts of many pairs with one model call for all of them (the trees walk every pair
        together); each pair's result is the same as alone."""
        results: list[PairResult | None] = []
        modelled: list[tuple[int, ClaimView, ClaimView, str, str, Any, Any]] = []
        for a, b in pairs:
            early = self._screen(a, b)
            if isinstance(early, PairResult):
                results.append(early)
            else:
                modelled.append((len(results), a, b, *early))
                results.append(None)
        if modelled:
            model = get_model()
            probas = model.predict_proba_pairs([(sa, sb) for *_, sa, sb in modelled])
            for (position, a, b, text_a, text_b, sa, sb), proba in zip(modelled, probas, strict=True):
                probs = {label: float(p) for label, p in zip(model.labels, proba, strict=True)}
                results[position] = self._verdict(a, b, text_a, text_b, sa, sb, probs)
        return results

    def _screen(self, a: ClaimView, b: ClaimView) -> PairResult | tuple[str, str, Any, Any]:
        """A verdict reached without the model, or what the model needs: the cut texts and sides."""
        text_a, text_b = (a.text or "")[: self.config.max_chars], (b.text or "")[: self.config.max_chars]
        if not text_a.strip() or not text_b.strip():
            return PairResult("unrelated", 0.0, explanation="empty claim")
        if self.config.min_shared_terms:
            words_a, words_b = _words(text_a), _words(text_b)
            shared = words_a & words_b
            if len(shared) < self.config.min_shared_terms and not _trigrams(words_a) & _trigrams(words_b):
                return PairResult(
                    "unrelated",
                    0.0,
                    explanation=f"only {len(shared)} word(s) and no letter trigram in common",
                )
        sa, sb = _side(text_a), _side(text_b)
        if not sa.words or not sb.words:
            return PairResult("unrelated", 0.0, explanation="no words to compare")
        return text_a, text_b, sa, sb

    def _verdict(
        self, a: ClaimView, b: ClaimView, text_a: str, text_b: str, sa, sb, probs: dict[str, float]
    ) -> PairResult:
        label, score = decide(probs, sa, sb, text_a, text_b, self.config.related_min_shared_terms)
        odds = ", ".join(f"{k} {v:.2f}" for k, v in probs.items())
        if label != "contradiction":
            shared = sorted(set(sa.stems) & set(sb.stems) - {w for w in sa.stems if len(w) < 3})[:5]
            why = "same event in other words" if label == "agreement" else "different events"
            return PairResult(
                label, score, "stance", f"{why} (model: {odds}); shared: {'، '.join(shared) or '—'}"
            )
        kind, detail, spans_a, spans_b = conflict(a, sa, b, sb)
        who_a, who_b = a.speaker or "A", b.speaker or "B"
        quoted_a = " … ".join(f"«{text_a[s:e]}»" for s, e in spans_a) or "—"
        quoted_b = " … ".join(f"«{text_b[s:e]}»" for s, e in spans_b) or "—"
        if max(probs, key=probs.get) == "unrelated":
            detail += "; same topic, so scored as P(contradiction | related)"
        explanation = f"{who_a}: {quoted_a} vs {who_b}: {quoted_b} ({detail}; model: {odds})"
        return PairResult("contradiction", score, kind, explanation, spans_a, spans_b)


@lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    """Light stems of every content word (generic news words included): the loosest overlap test.
    Cached: a new claim meets each of its candidates, and a candidate several new claims."""
    return frozenset(
        {
            stem(t.norm)
            for t in tokenize(text)
            if t.norm.isalpha() and len(t.norm) > 2 and t.norm not in STOPWORDS
        }
    )


@lru_cache(maxsize=4096)
def _trigrams(words: frozenset[str]) -> frozenset[str]:
    """The character trigrams of content-word stems: «تأجيل» and «إرجاء» share none, «انسحاب» and
    «ينسحب» share several."""
    return frozenset(word[k : k + 3] for word in words for k in range(len(word) - 2))


def decide(probs: dict[str, float], sa, sb, text_a: str, text_b: str, related_min_shared_terms: int):
    """The label and its score from the model's probabilities (see ``StanceConfig``)."""
    from extractors.training.stance import opposites

    label = max(probs, key=probs.get)
    if (
        label == "unrelated"
        and related_min_shared_terms
        and (opposites(sa, sb, lexical_only=True) or opposites(sa, sb))
        and len(key_terms(text_a) & key_terms(text_b)) >= related_min_shared_terms
    ):
        related = probs["contradiction"] / max(1e-9, probs["contradiction"] + probs["agreement"])
        if related >= 0.5:
            return "contradiction", round(related, 3)
    return label, round(probs[label], 3)


def _window(side, index: int, radius: int = 2) -> tuple[int, int]:
    lo, hi = max(0, index - radius), min(len(side.words) - 1, index + radius)
    return side.spans[lo][0], side.spans[hi][1]


def _first(side, predicate) -> int | None:
    return next((i for i, w in enumerate(side.words) if predicate(w)), None)


def conflict(a: ClaimView, sa, b: ClaimView, sb):
    """What conflicts between two prepared claims: (kind, detail, spans in a, spans in b)."""
    from extractors.training.stance import NEGATION_NORMS, _looks_alike, only_side_stems, opposites

    hits = opposites(sa, sb, lexical_only=True) + opposites(sa, sb)
    if hits:
        name, _pole, ia, ib = hits[0]
        return ("antonymy", f"opposites: {name.removeprefix('lex:')}", (_window(sa, ia),), (_window(sb, ib),))
    neg_a = [i for i, w in enumerate(sa.words) if w in NEGATION_NORMS]
    neg_b = [i for i, w in enumerate(sb.words) if w in NEGATION_NORMS]
    if bool(neg_a) != bool(neg_b):
        side, index = (sa, neg_a[0]) if neg_a else (sb, neg_b[0])
        span = (_window(side, index, 2),)
        return (
            "negation",
            f"{'A' if neg_a else 'B'} negates «{side.words[min(index + 1, len(side.words) - 1)]}», "
            "the other asserts it",
            span if neg_a else (),
            () if neg_a else span,
        )
    years_a = {w for w in sa.words if YEAR_RE.match(w)}
    years_b = {w for w in sb.words if YEAR_RE.match(w)}
    nums_a = {w for w in sa.words if w.isdigit()} - years_a
    nums_b = {w for w in sb.words if w.isdigit()} - years_b
    if nums_a and nums_b and nums_a != nums_b:
        ia = _first(sa, lambda w: w in (nums_a - nums_b or nums_a))
        ib = _first(sb, lambda w: w in (nums_b - nums_a or nums_b))
        return ("numeric", f"{sa.words[ia]} vs {sb.words[ib]}", (_window(sa, ia, 1),), (_window(sb, ib, 1),))
    time_a = {w for w in sa.words if w in MONTHS or YEAR_RE.match(w)}
    time_b = {w for w in sb.words if w in MONTHS or YEAR_RE.match(w)}
    if time_a and time_b and time_a != time_b:
        ia = _first(sa, lambda w: w in time_a - time_b)
        ib = _first(sb, lambda w: w in time_b - time_a)
        if ia is not None and ib is not None:
            return (
                "temporal",
                f"{sa.words[ia]} vs {sb.words[ib]}",
                (_window(sa, ia, 1),),
                (_window(sb, ib, 1),),
            )
    for kind, predicate in (("explicit report", REPORT_VERBS.match), ("modality", MODALS.__contains__)):
        ia, ib = _first(sa, predicate), _first(sb, predicate)
        if (ia is None) != (ib is None):
            side, index = (sa, ia) if ia is not None else (sb, ib)
            span = (_window(side, index, 2),)
            detail = f"«{side.words[index]}» on {'A' if ia is not None else 'B'} only"
            return (kind, detail, span if ia is not None else (), () if ia is not None else span)
    only_a, only_b = only_side_stems(sa, sb)
    pool_b = [s for s in set(sb.stems) if len(s) >= 3]
    pool_a = [s for s in set(sa.stems) if len(s) >= 3]
    lone_a = [s for s in only_a if len(s) >= 3 and not any(_looks_alike(s, t) for t in pool_b)]
    lone_b = [s for s in only_b if len(s) >= 3 and not any(_looks_alike(s, t) for t in pool_a)]
    if lone_a and lone_b:
        ia = sa.stems.index(lone_a[0])
        ib = sb.stems.index(lone_b[0])
        return (
            "entity substitution",
            f"«{sa.words[ia]}» in A where B has «{sb.words[ib]}»",
            (sa.spans[ia],),
            (sb.spans[ib],),
        )
    return ("stance", "no single conflicting word found; the model decided on the whole pair", (), ())
