"""Arabic lexical helpers shared by the built-in plugins: tokens with offsets, light stemming.

Pure functions over strings; camel-tools provides the normalisation (see ``claims.text``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from claims.text import normalize_ar

# Letters, digits and the combining marks Arabic words carry (harakat, shadda, tatweel), so a
# diacritised word stays one token; everything else that is not a space is a one-character token.
TOKEN_RE = re.compile(r"[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]+|[^\s\w]", re.UNICODE)

OPEN_QUOTES = {"«": "»", '"': '"', "“": "”", "„": "”", "‹": "›"}
CLOSE_QUOTES = {"»", '"', "”", "›"}
SENTENCE_END = {".", "!", "?", "؟", "…"}

STOPWORDS = frozenset(
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
        "إنه",
        "أنها",
        "انها",
        "التي",
        "الذي",
        "الذين",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "هو",
        "هي",
        "هم",
        "كان",
        "كانت",
        "يكون",
        "تكون",
        "قد",
        "لقد",
        "ما",
        "لا",
        "لم",
        "لن",
        "ليس",
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
        "أي",
        "اي",
        "غير",
        "سوى",
        "أمام",
        "حول",
        "ضد",
        "عبر",
        "نحو",
        "كما",
        "لكن",
        "لكنه",
        "إلا",
        "الا",
        "وقال",
        "قال",
        "وأضاف",
        "أضاف",
        "أكد",
        "أعلن",
        "أوضح",
        "وأشار",
        "أشار",
        "تابع",
        "وتابع",
        "مشيرا",
        "مؤكدا",
        "موضحا",
        "مضيفا",
        "مشددا",
        "أيضا",
        "اليوم",
        "امس",
        "أمس",
        "الى",
        "يوم",
        "عام",
        "العام",
        "السبت",
        "الأحد",
        "الاثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "فيها",
        "فيه",
        "عليه",
        "عليها",
        "منه",
        "منها",
        "به",
        "بها",
        "له",
        "لها",
        "وذلك",
        "وهو",
        "وهي",
        "التى",
        "الذى",
        "بأن",
        "بان",
        "وأن",
        "وإن",
        "فإن",
        "فانه",
        "لأن",
        "لان",
        "إذ",
        "اذ",
        "عندما",
        "حيث",
        "بشأن",
        "بشان",
    ]
)

# Words every news story uses: sharing them says nothing about being about the same event.
GENERIC_TERMS = frozenset(
    normalize_ar(w)
    for w in """
    العام الماضي الماضية الحالي الحالية المقبل المقبلة الأخير الأخيرة الأول الأولى الجاري الجارية
    المائة بالمائة المئة بالمئة نسبة ذلك خلال حيث أكثر أقل عدد جديد جديدة كبير كبيرة عمل العمل
    مجال مجالات دول دولة الدول حال حالة إطار بشكل شكل يتم تم وقت الوقت أمر الأمر جميع كافة عدة
    بعض مختلف مختلفة ضمن لدى أيضا كما وكان كانت يكون تكون سيكون ستكون هناك هنا اليوم أمس يوم
    الشهر شهر الأسبوع أسبوع سنة السنة مليون مليار ألف آلاف المملكة بين مدى نحو حوالي أمام قبل بعد
    """.split()
)

PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
SUFFIXES = ("هما", "هم", "ها", "كم", "نا", "ات", "ون", "ين", "يه", "ه", "ي", "ة")


def word_set(words: str) -> frozenset[str]:
    """A word list written in Arabic (space-separated), normalised: for membership tests on tokens."""
    return frozenset(normalize_ar(w) for w in words.split())


class Token(NamedTuple):
    """A word with its offsets into the text and its normalised form. A named tuple rather than a
    frozen dataclass: detectors make hundreds of thousands per batch, and a tuple is built in half
    the time."""

    text: str
    norm: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Tokens with character offsets into ``text`` and their normalised form."""
    # (tuple.__new__ directly: the named tuple's own __new__ is a Python-level wrapper, and this is
    # the hottest loop of extraction — a million and a half tokens for the SaudiNewsNet sample)
    new, norm = tuple.__new__, _norm
    out = []
    for m in TOKEN_RE.finditer(text):
        word = m.group()
        start, end = m.span()
        out.append(new(Token, (word, norm(word), start, end)))
    return out


# A word of plain letters only — no diacritic, tatweel, hamza on or madda over an alef, alef maksura,
# ta marbuta, capital or presentation form — is returned unchanged by camel-tools' normalisation
# (``normalize_ar``), so it skips it: most cache misses are such words, and the normalisation was a
# fifth of the extraction time (tests/test_text.py checks the two agree).
PLAIN_WORD_RE = re.compile(r"[ءؤئابتثجحخدذرسشصضطظعغفقكلمنهوي0-9a-z]+")


@lru_cache(maxsize=65536)
def _norm(token: str) -> str:
    if PLAIN_WORD_RE.fullmatch(token):
        return token
    return normalize_ar(token)


@lru_cache(maxsize=65536)
def stem(norm_token: str) -> str:
    """Light stem of a normalised token: strip one clitic prefix and one suffix, keep 3+ letters."""
    word = norm_token
    for prefix in PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            word = word[len(prefix) :]
            break
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word


GENERIC_STEMS = frozenset(stem(w) for w in GENERIC_TERMS)


@lru_cache(maxsize=8192)  # one new claim meets many candidates: analyse each text once
def key_terms(text: str) -> frozenset[str]:
    """Normalised content stems of a text: what two claims about the same event share."""
    return key_terms_of(tokenize(text))


def key_terms_of(tokens: list[Token]) -> frozenset[str]:
    """``key_terms`` of a text already tokenised."""
    terms = set()
    for token in tokens:
        if (
            token.norm in STOPWORDS
            or token.norm in GENERIC_TERMS
            or not token.norm.isalpha()
            or len(token.norm) < 3
        ):
            continue
        term = stem(token.norm)[:64]
        if term not in GENERIC_STEMS:
            terms.add(term)
    return frozenset(terms)


def surface_pattern(normalised: str) -> str:
    """A regex matching the usual spellings of a normalised word (ا: أ إ آ; ه: ة; ي: ى)."""
    classes = {"ا": "[اأإآ]", "ه": "[هة]", "ي": "[يى]"}
    return "".join(classes.get(ch, re.escape(ch)) for ch in normalised)


def trie_pattern(words: list[str]) -> str:
    """One regex for many words, sharing their prefixes (ثلاث، ثلاثة، ثلاثين …): far faster to try at
    every word start than a flat alternation."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [surface_pattern(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            body = (body if len(branches) == 1 and len(body) <= 1 else f"(?:{body})") + "?"
        return body

    return emit(trie)
