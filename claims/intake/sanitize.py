"""Neutralising hostile Unicode before anything is stored or extracted.

Policy (documented in the README, "Hostile input"):

- **Removed everywhere**: the bidi embeddings, overrides and isolates U+202A–U+202E and
  U+2066–U+2069 (they reorder what the admin shows: «Trojan Source» spoofing), every other invisible
  format character (Unicode category Cf: U+200B zero-width space, U+2060 word joiner, U+FEFF,
  U+00AD soft hyphen, U+180E, tag characters U+E0000–U+E007F, interlinear annotations …) and C0/C1
  control characters except newline and tab.
- **Kept in article text**: the implicit direction marks LRM U+200E, RLM U+200F and ALM U+061C. They
  are legitimate in Arabic typesetting (a number or Latin name inside Arabic text), cannot reorder
  runs of strong characters the way overrides and isolates can, and removing them would garble
  correctly written text. In **names** (titles, outlets, speaker names) they are removed: a name
  needs no direction marks, and an invisible mark would make two spellings of one name differ.
- **ZWNJ U+200C and ZWJ U+200D** are kept only *between two Arabic-script letters*, where they are
  part of the orthography (Persian/Urdu, ligature control in Arabic); anywhere else they are removed.
- Arabic-specific format characters (U+0600–U+0605 number signs, U+06DD end of ayah, U+08E2) are kept.
- The result is NFC. Claim offsets refer to this cleaned text, so it is cleaned *before* it is stored
  and extracted; the SHA-256 of the bytes as received is kept as ``Source.original_hash``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
DIRECTION_MARKS = "\u200e\u200f\u061c"  # LRM, RLM, ALM
JOINERS = "\u200c\u200d"  # ZWNJ, ZWJ
ARABIC_FORMAT = {chr(c) for c in range(0x0600, 0x0606)} | {"\u06dd", "\u08e2"}
_ARABIC_LETTER = r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06fc\u06ff\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdff\ufe70-\ufefc]"
_ARABIC_MARK = r"[\u064b-\u065f\u0670\u06d6-\u06ed]"
# A joiner survives only between Arabic letters (diacritics may sit in between).
_JOINER_RE = re.compile(
    rf"(?<!{_ARABIC_LETTER})(?<!{_ARABIC_MARK})[{JOINERS}]|[{JOINERS}](?!{_ARABIC_LETTER})"
)


def _removable(ch: str, *, keep_marks: bool) -> bool:
    if ch in "\n\t":
        return False
    if ch in ARABIC_FORMAT or ch in JOINERS:
        return False
    if ch in DIRECTION_MARKS:
        return not keep_marks
    category = unicodedata.category(ch)
    return category in ("Cf", "Cc")


# Precomputed for speed on long articles: the removable code points of the BMP and the tag block.
_SCANNED = (
    (0x0000, 0x00A0), (0x00AD, 0x00AE), (0x0600, 0x0700), (0x1800, 0x1810), (0x2000, 0x2070),
    (0xFE00, 0xFF00), (0xFFF0, 0x10000), (0xE0000, 0xE0080), (0x110BD, 0x110CE), (0x1BCA0, 0x1BCA4),
    (0x1D173, 0x1D17B),
)  # fmt: skip
_REMOVE_TEXT = {
    c: None for start, end in _SCANNED for c in range(start, end) if _removable(chr(c), keep_marks=True)
}
_REMOVE_NAME = {**_REMOVE_TEXT, **{ord(c): None for c in DIRECTION_MARKS}}


_REMOVED_CHARS = {
    id(table): frozenset(map(chr, table)) for table in (_REMOVE_TEXT, _REMOVE_NAME)
}  # (the tables as characters: whether a text holds any is one set operation)


def _clean(text: str, table: dict[int, None]) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    # Each distinct character is looked at once (an article has a few hundred distinct characters
    # among thousands, and most articles hold nothing to remove).
    chars = set(text)
    if not chars.isdisjoint(_REMOVED_CHARS.get(id(table)) or map(chr, table)):
        text = text.translate(table)
    # Any other Cf/Cc the tables do not list (rare planes): the general rule.
    if any(
        unicodedata.category(ch) in ("Cf", "Cc") and ord(ch) not in table for ch in chars if ord(ch) > 0x7F
    ):
        keep_marks = table is _REMOVE_TEXT
        text = "".join(ch for ch in text if not _removable(ch, keep_marks=keep_marks))
    if JOINERS[0] in chars or JOINERS[1] in chars:
        text = _JOINER_RE.sub("", text)
    return text


def text_clean(text: str) -> str:
    """Article text as stored: NFC, Unix line ends, no bidi controls or stray invisible characters."""
    return _clean(text, _REMOVE_TEXT)


def name_clean(text: str) -> str:
    """A one-line name (title, outlet, speaker): as ``text_clean`` plus no direction marks, no line
    breaks, spaces collapsed."""
    return " ".join(_clean(text, _REMOVE_NAME).split())


def original_hash(data: bytes | str) -> str:
    """SHA-256 of the input exactly as received (UTF-8 for text)."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()
