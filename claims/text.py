"""Arabic text normalisation shared by search, speaker merging and the candidate index.

Built on camel-tools' data-free utilities (dediacritisation, alef/ya/ta-marbuta normalisation,
Unicode normalisation); no camel-tools module that needs a data package is imported here.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

TATWEEL = "\u0640"
NOT_ARABIC_LETTER_RE = re.compile(r"[^\u0600-\u06FF]+")
NOT_LATIN_LETTER_RE = re.compile(r"[^A-Za-z]+")
SPACE_RE = re.compile(r"\s+")


def normalize_ar(text: str) -> str:
    """Fold the spelling variants a reader treats as the same word.

    Diacritics and tatweel removed; أ إ آ ٱ → ا; ى → ي; ة → ه; Latin lower-cased; spaces collapsed.
    So «الكاظمى», «الكاظمي» and «الكَاظِمِي» all become «الكاظمي».
    """
    text = normalize_unicode(text)
    text = dediac_ar(text).replace(TATWEEL, "")
    text = normalize_alef_ar(text)
    text = normalize_alef_maksura_ar(text)
    text = normalize_teh_marbuta_ar(text)
    return SPACE_RE.sub(" ", text).strip().lower()


NOT_WORD_RE = re.compile(r"[^\w ]+")
ARABIC_INDIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# Spellings outlets vary when they carry the same statement (normalised text: ة → ه, ـ removed).
PERCENT_RE = re.compile(r"%|٪|(?:\bفي |\bب)(?:ال)?(?:مائه|مئه)\b")
YEAR_SUFFIX_RE = re.compile(r"\b(\d{4}) ?(?:م|ه)\b")


QUOTE_MARKS_RE = re.compile(r"[\"«»“”„‹›]")


def speaker_key(name: str) -> str:
    """How a speaker's name is matched across articles: ``normalize_ar`` without quotation marks, so
    «صحيفة "الوطن"», «صحيفة «الوطن»» and «صحيفة الوطن» are one speaker."""
    return normalize_ar(QUOTE_MARKS_RE.sub(" ", name))


def statement_key(text: str) -> str:
    """The identity of a statement's words: SHA-1 of its normalised text without punctuation. The
    same statement syndicated by several outlets (a wire story, «» or "" around it, "%" or «في
    المائة», «2014م» or «2014», Arabic-Indic or Western digits) has one key."""
    words = normalize_ar(text).translate(ARABIC_INDIC_DIGITS)
    words = YEAR_SUFFIX_RE.sub(r"\1", PERCENT_RE.sub(" بالمئه ", words))
    words = SPACE_RE.sub(" ", NOT_WORD_RE.sub(" ", words)).strip()
    return hashlib.sha1(words.encode("utf-8"), usedforsecurity=False).hexdigest()


def content_hash(text: str) -> str:
    """The identity of an article: SHA-256 of its NFC text with whitespace collapsed."""
    canonical = SPACE_RE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def detect_language(text: str) -> str:
    """'ar' when Arabic letters dominate, 'en' when Latin ones do, else 'und'."""
    sample = text[:5000]
    # Counted as what is left once every run of other characters is deleted: one string per pattern
    # instead of a list of one-letter strings.
    arabic = len(NOT_ARABIC_LETTER_RE.sub("", sample))
    latin = len(NOT_LATIN_LETTER_RE.sub("", sample))
    if arabic == 0 and latin == 0:
        return "und"
    return "ar" if arabic >= latin else "en"
