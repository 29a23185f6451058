"""Numbers and quantities in Arabic news, with what they count.

Found, as ``NumberSpan`` (``text == article[start:end]``):

* **digits**, Western and Arabic-Indic, with thousands separators (2,500 ; ٢٬٥٠٠), decimals (3.5 ;
  ١٢٫٥) and the comma decimal of wire copy when one or two digits follow it (2,4 مليار = 2.4e9);
* **number words**: cardinals with their conjunctions and scales (ألفين وخمسمائة = 2500, ثلاثة آلاف,
  أحد عشر ألفا, مليون ونصف = 1.5e6, ملياري يورو = 2e9), digits with a scale word (250 ألف، 3 ملايين);
  ordinals (الثالث، العشرين) and words with the article are not counts and are left out;
* **vague quantities** (عشرات، مئات، آلاف، عشرات الآلاف، عدة آلاف): the order of magnitude, with
  ``qualifier="approx"``;
* **qualifiers** before the number: نحو، حوالي، قرابة، زهاء، ما يقارب → ``approx``; أكثر من، يفوق،
  يتجاوز → ``gt``; لا يقل عن → ``gte``; أقل من → ``lt``; لا يتجاوز → ``lte`` (the span starts at
  the qualifier);
* what follows: a **percentage** (%، ٪، بالمئة، في المائة → ``unit="%"``, ``kind="percent"``), a
  **currency** (دولار، ريال، درهم، دينار، يورو، جنيه … → ``kind="money"``), a 1900–2100 **year** or a
  Hijri year before هـ (``unit="year"``), or the **referent noun** (جندي، مقعدا → ``kind="count"``).

A number directly before a month name is a day of the month and is left to the dates plugin.

Regexes over the raw text rather than camel-tools' tokenizer, which splits "2,500" into three tokens.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from claims.text import normalize_ar
from extractors.base import ExtractionResult, Extractor, NumberSpan

# Normalising the same few words over and over is most of the cost otherwise.
norm = lru_cache(maxsize=8192)(normalize_ar)
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
D = "[0-9٠-٩۰-۹]"
LETTER = "\u0621-\u064a\u0671-\u06d3"
MARKS = "\u064b-\u0652\u0640"  # tanween, harakat, tatweel

# --- Lexicon (normalised spellings: أإآ→ا، ى→ي، ة→ه) -------------------------------------------
UNIT, TEEN, TEN, HUNDRED, HUNDREDS, SCALE, DUAL, PLURAL, FRACTION, VAGUE = range(10)
LEXICON: dict[str, tuple[int, float]] = {}


def _add(kind: int, value: float, words: str) -> None:
    for word in words.split():
        LEXICON[word] = (kind, value)


_add(UNIT, 1, "واحد واحده احد احدي")
_add(UNIT, 2, "اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي")
for _value, _words in enumerate(
    ["ثلاث ثلاثه", "اربع اربعه", "خمس خمسه", "ست سته", "سبع سبعه", "ثمان ثماني ثمانيه", "تسع تسعه"], 3
):
    _add(UNIT, _value, _words)
_add(TEEN, 10, "عشر عشره")
for _value, _stem in enumerate(["عشر", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"], 2):
    _add(TEN, _value * 10, f"{_stem}ون {_stem}ين")
_add(HUNDRED, 100, "مئه مائه")
_add(HUNDREDS, 200, "مئتان مئتين مائتان مائتين مئتا مئتي مائتا مائتي")
for _value, _stem in enumerate(["ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"], 3):
    _add(HUNDREDS, _value * 100, f"{_stem}مئه {_stem}مائه")
_add(HUNDREDS, 800, "ثمانيمئه ثمانيمائه")
for _value, (_one, _two, _many) in {
    1e3: ("الف", "الفان الفين الفا الفي", "الاف"),
    1e6: ("مليون", "مليونان مليونين مليونا مليوني", "ملايين"),
    1e9: ("مليار بليون", "ملياران مليارين مليارا ملياري", "مليارات بلايين"),
}.items():
    _add(SCALE, _value, _one)
    _add(DUAL, _value, _two)
    _add(PLURAL, _value, _many)
    _add(PLURAL, _value, " ".join("ال" + w for w in _many.split()))
_add(FRACTION, 0.5, "نصف")
_add(FRACTION, 0.25, "ربع")
_add(VAGUE, 10, "عشرات العشرات")
_add(VAGUE, 100, "مئات المئات")
_add(VAGUE, 1, "عده بضع بضعه")  # «عدة آلاف»: only before a plural scale
# Words that open a number only inside a longer one.
SEVERAL = {"عده", "بضع", "بضعه"}
NOT_ALONE = {"واحد", "واحده", "احد", "احدي", "نصف", "ربع", *SEVERAL}
NOT_FIRST_KINDS = {FRACTION}
# Surface forms that look like clitic + number but are other words (لست "I am not").
FALSE_FRIENDS = {"لست", "ولست", "فلست", "لستم", "بست"}


def _surface(normalised: str) -> str:
    """A regex matching the usual spellings of a normalised word."""
    classes = {"ا": "[اأإآ]", "ه": "[هة]", "ي": "[يى]"}
    return "".join(classes.get(ch, re.escape(ch)) for ch in normalised)


def _trie_pattern(words: list[str]) -> str:
    """One regex for many words, sharing their prefixes (ثلاث، ثلاثة، ثلاثين …): far faster to try at
    every word start than a flat alternation."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [_surface(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            body = (body if len(branches) == 1 and len(body) <= 1 else f"(?:{body})") + "?"
        return body

    return emit(trie)


_WORD_ALT = _trie_pattern(list(LEXICON))
_END = rf"[{MARKS}]*(?![{LETTER}])"
# One pass finds digits and the first word of a spelled-out number; continuations are matched after.
NUMBER_RE = re.compile(
    rf"(?P<num>{D}{{1,3}}(?:[,٬]{D}{{3}})+(?:[.٫]{D}+)?|{D}+(?:[.٫]{D}+|,{D}{{1,2}}(?!{D}))?)"
    rf"(?!{D}|/{D}|[.٫,٬]{D})"
    rf"|(?<![{LETTER}{MARKS}])(?P<word>[وبلف]?(?:{_WORD_ALT})){_END}"
)
CONT_RE = re.compile(rf"[ \t\u00a0]+(?P<wa>و[ \t]?)?(?P<word>{_WORD_ALT}){_END}")
IN_NUMERIC_DATE_BEFORE = re.compile(rf"{D}[ \t]?[/-][ \t]?$")
IN_NUMERIC_DATE_AFTER = re.compile(rf"[ \t]?[/-][ \t]?{D}")
NOT_BEFORE_DIGITS = re.compile(r"[0-9٠-٩۰-۹A-Za-z_/.,٫٬\-]")
NOT_BEFORE_WORDS = re.compile(rf"[{LETTER}{MARKS}0-9٠-٩۰-۹A-Za-z_]")

QUALIFIER_OF = {
    phrase: kind
    for kind, phrases in {
        "approx": [
            "نحو",
            "حوالي",
            "حوالى",
            "قرابة",
            "زهاء",
            "ما يقارب",
            "يقارب",
            "ما يقرب من",
            "يناهز",
            "ما يناهز",
        ],
        "gt": [
            "أكثر من",
            "اكثر من",
            "أزيد من",
            "ما يزيد على",
            "ما يزيد عن",
            "يزيد على",
            "يزيد عن",
            "يفوق",
            "تفوق",
            "يتجاوز",
            "تتجاوز",
        ],
        "gte": ["ما لا يقل عن", "لا يقل عن", "لا تقل عن"],
        "lt": ["أقل من", "اقل من", "ما دون"],
        "lte": ["لا يزيد على", "لا يزيد عن", "لا تزيد على", "لا تزيد عن", "لا يتجاوز", "لا تتجاوز"],
    }.items()
    for phrase in phrases
}
QUALIFIER_RE = re.compile(
    rf"(?<![{LETTER}])(?:[وبلف]|ل[ـ]?)?(?P<q>{'|'.join(sorted(QUALIFIER_OF, key=len, reverse=True))})\s+$"
)
AFTER_APPROX_RE = re.compile(r"\s*(?:،\s*)?تقريب(?:ا|اً|ًا)(?![\u0621-\u064a])")

PERCENT_RE = re.compile(
    rf"\s?[%٪]|\s+(?:بال|في\s+ال)(?:مئة|مائة|مئه|مائه|مية|ميه){_END}|\s+بالمئة|\s+بالمائة"
)
WORD_AFTER_RE = re.compile(rf"[ \t\u00a0]+(?P<w>[{LETTER}][{LETTER}{MARKS}]*)")
OF_DEFINITE_RE = re.compile(rf"[ \t\u00a0]+(?P<w>ال[{LETTER}][{LETTER}{MARKS}]*)")
HIJRI_SUFFIX_RE = re.compile(r"\s?(?:هـ|ه(?![\u0621-\u064a]))")
GREGORIAN_SUFFIX_RE = re.compile(r"م(?![\u0621-\u064a])")
CURRENCIES = {
    normalize_ar(w)
    for w in [
        "دولار",
        "دولارا",
        "دولارات",
        "دولاراً",
        "ريال",
        "ريالا",
        "ريالات",
        "ريالاً",
        "درهم",
        "دراهم",
        "درهما",
        "درهماً",
        "دينار",
        "دينارا",
        "دنانير",
        "ديناراً",
        "يورو",
        "جنيه",
        "جنيها",
        "جنيهات",
        "جنيهاً",
        "ليرة",
        "ليرات",
        "روبية",
        "روبيات",
        "ين",
        "يوان",
        "فرنك",
        "روبل",
    ]
}
NOT_UNITS = {
    normalize_ar(w)
    for w in [
        "في",
        "من",
        "على",
        "إلى",
        "الى",
        "عن",
        "مع",
        "و",
        "أو",
        "او",
        "أم",
        "حتى",
        "منذ",
        "خلال",
        "بين",
        "ضد",
        "عند",
        "لدى",
        "نحو",
        "حول",
        "دون",
        "قبل",
        "بعد",
        "إلا",
        "الا",
        "ثم",
        "بل",
        "أي",
        "التي",
        "الذي",
        "الذين",
        "اللذين",
        "اللتين",
        "اللاتي",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "هو",
        "هي",
        "هم",
        "أن",
        "إن",
        "أنه",
        "إنه",
        "كما",
        "لكن",
        "ولكن",
        "وهو",
        "وهي",
        "وفي",
        "ومن",
        "وعلى",
        "وإلى",
        "والى",
        "كان",
        "كانت",
        "قد",
        "لقد",
        "ما",
        "لا",
        "لم",
        "لن",
        "عام",
        "العام",
        "سنة",
        "السنة",
    ]
}
YEAR_CONTEXT = {
    normalize_ar(w)
    for w in [
        "عام",
        "العام",
        "لعام",
        "للعام",
        "بعام",
        "وعام",
        "والعام",
        "سنة",
        "السنة",
        "لسنة",
        "منذ",
        "في",
        "وفي",
        "حتى",
        "بحلول",
        "خلال",
        "مطلع",
        "نهاية",
        "بداية",
        "أواخر",
        "أوائل",
        "منتصف",
        "قبل",
        "بعد",
    ]
}
MONTH_WORDS = {
    normalize_ar(w)
    for w in [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "ابريل",
        "إبريل",
        "مايو",
        "يونيو",
        "يونيه",
        "يوليو",
        "يوليه",
        "أغسطس",
        "اغسطس",
        "سبتمبر",
        "أكتوبر",
        "اكتوبر",
        "نوفمبر",
        "ديسمبر",
        "كانون",
        "شباط",
        "آذار",
        "اذار",
        "نيسان",
        "أيار",
        "ايار",
        "حزيران",
        "تموز",
        "آب",
        "أيلول",
        "ايلول",
        "تشرين",
        "جانفي",
        "فيفري",
        "أفريل",
        "ماي",
        "جوان",
        "جويلية",
        "أوت",
        "محرم",
        "صفر",
        "ربيع",
        "جمادى",
        "جمادي",
        "رجب",
        "شعبان",
        "رمضان",
        "شوال",
        "ذو",
        "ذي",
    ]
}


COMMA_DECIMAL_RE = re.compile(r"[0-9]+,[0-9]{1,2}")


def parse_number(raw: str) -> float:
    """'2,500' → 2500.0; '٢٬٥٠٠' → 2500.0; '3.5' → 3.5; '2,4' → 2.4 (comma decimal, 1–2 digits)."""
    ascii_digits = raw.translate(DIGITS).replace("٬", ",").replace("٫", ".")
    if COMMA_DECIMAL_RE.fullmatch(ascii_digits):
        ascii_digits = ascii_digits.replace(",", ".")
    return float(ascii_digits.replace(",", ""))


def _strip_clitic(word: str) -> str:
    """The lexicon form of a matched word: normalised, marks removed, a leading و/ب/ل/ف dropped when
    what remains is a number word."""
    form = norm(word)
    if form in LEXICON and not (word[:1] in "وبلف" and word[1:2] in "أإآ"):  # وأحد is و + أحد
        return form
    if form[:1] in "وبلف" and form[1:] in LEXICON:
        return form[1:]
    return ""


def words_value(words: list[tuple[str, bool]]) -> tuple[float, bool] | None:
    """Value of a spelled-out number: ``words`` are (lexicon form, joined by و). Returns (value,
    vague) or None when the words do not make a number on their own (واحد، نصف، عدة …)."""
    total = 0.0
    current = 0.0
    last_scale = 1.0
    vague = False
    for index, (word, joined) in enumerate(words):
        kind, value = LEXICON[word]
        if kind == UNIT:
            current += value
        elif kind == TEEN:
            current += 10  # أحد عشر، خمسة عشر; alone: عشرة
        elif kind in (TEN, HUNDREDS):
            current += value
        elif kind == HUNDRED:
            current = current * 100 if 0 < current < 10 and not joined else current + 100
        elif kind in (SCALE, DUAL, PLURAL):
            if current == 0:
                if kind == PLURAL:
                    vague = True
                current = 2.0 if kind == DUAL and index == 0 else 1.0
            total += current * value
            current = 0.0
            last_scale = value
        elif kind == FRACTION:
            if current == 0 and last_scale > 1:
                total += value * last_scale
            else:
                current += value
        elif kind == VAGUE:
            vague = True
            current += value
    if len(words) == 1 and words[0][0] in NOT_ALONE:
        return None
    if words[0][0] in SEVERAL and not any(LEXICON[w][0] == PLURAL for w, _ in words):
        return None  # «عدة» or «بضعة» with no scale: not a number
    value = total + current
    return (value, vague) if value > 0 else None


def _boundary_ok(text: str, match: re.Match) -> bool:
    """Digits may follow a letter (بـ300، الـ18) but not another number; words start a word."""
    start = match.start()
    if start == 0:
        return True
    before = NOT_BEFORE_DIGITS if match["num"] is not None else NOT_BEFORE_WORDS
    return before.match(text, start - 1) is None


class NumberExtractor(Extractor):
    name = "mizan.numbers"
    version = "0.2.0"
    produces = ("numbers",)
    description = (
        "Numbers in digits (Western, Arabic-Indic) and in words, percentages, money, approximate "
        "qualifiers (نحو، أكثر من) and the noun they count."
    )

    def extract(
        self, text: str, *, language: str = "ar", published_at: date | None = None
    ) -> ExtractionResult:
        numbers: list[NumberSpan] = []
        pos = 0
        while True:
            match = NUMBER_RE.search(text, pos)
            if match is None:
                break
            pos = match.end()
            if not _boundary_ok(text, match):
                continue
            span = self._read(text, match)
            if span is None:
                continue
            numbers.append(span)
            pos = max(pos, span.end)
        return ExtractionResult(numbers=numbers)

    def _read(self, text: str, match: re.Match) -> NumberSpan | None:
        start = match.start()
        vague = False
        scaled = False
        if match["num"] is not None:
            if IN_NUMERIC_DATE_BEFORE.search(text, max(0, start - 5), start) or IN_NUMERIC_DATE_AFTER.match(
                text, match.end("num")
            ):
                return None  # part of «7 / 3 / 2015» or «17- 19»: the dates plugin's
            raw = match["num"]
            value = parse_number(raw)
            end = match.end("num")
            cont = CONT_RE.match(text, end)
            if cont and not cont["wa"]:
                word = _strip_clitic(cont["word"])
                kind = LEXICON.get(word, (None,))[0]
                if kind in (SCALE, DUAL, PLURAL):
                    value *= LEXICON[word][1]
                    end, scaled = cont.end(), True
        else:
            first = _strip_clitic(match["word"])
            if not first or norm(match["word"]) in FALSE_FRIENDS or LEXICON[first][0] in NOT_FIRST_KINDS:
                return None
            if norm(match["word"]) != first:
                start += 1  # the clitic (و، ب، ل، ف) is not part of the number
            words = [(first, False)]
            end = match.end()
            while True:
                cont = CONT_RE.match(text, end)
                if cont is None:
                    break
                word = _strip_clitic(cont["word"])
                if not word:
                    break
                if cont["wa"] is None and LEXICON[word][0] in (UNIT, TEN, HUNDREDS, FRACTION):
                    break  # «خمسة ستة» is two numbers, not one; a unit follows a number only after و
                words.append((word, cont["wa"] is not None))
                end = cont.end()
            parsed = words_value(words)
            if parsed is None:
                return None
            value, vague = parsed
            scaled = any(LEXICON[w][0] in (SCALE, DUAL, PLURAL) for w, _ in words)
            raw = ""

        unit, kind, qualifier = "", "", "approx" if vague else ""
        pct = PERCENT_RE.match(text, end)
        nxt = WORD_AFTER_RE.match(text, end)
        next_word = norm(nxt["w"]) if nxt else ""
        if pct:
            unit, kind, end = "%", "percent", pct.end()
        elif next_word in MONTH_WORDS and not scaled and value <= 31 and raw:
            return None  # a day of the month: the dates plugin's
        elif (
            raw
            and raw.isascii()
            and raw.isdigit()
            and (hijri := HIJRI_SUFFIX_RE.match(text, end))
            and 1300 <= value <= 1500
        ):
            unit, kind, end = "year", "year", hijri.end()
        elif next_word in CURRENCIES:
            unit, kind, end = nxt["w"], "money", nxt.end()
        elif self._is_year(text, start, raw, value, scaled, next_word):
            unit, kind = "year", "year"
            greg = GREGORIAN_SUFFIX_RE.match(text, end)
            if greg:
                end = greg.end()
        elif next_word and next_word not in NOT_UNITS and not _strip_clitic(nxt["w"]):
            unit, kind, end = nxt["w"], "count", nxt.end()
        elif vague and next_word == "من" and (of := OF_DEFINITE_RE.match(text, nxt.end())):
            unit, kind, end = of["w"], "count", of.end()  # «العشرات من الأفراد»
        else:
            kind = "number"
        before = QUALIFIER_RE.search(text, max(0, start - 24), start)
        if before:
            qualifier = QUALIFIER_OF[before["q"]]
            start = before.start("q")
        elif AFTER_APPROX_RE.match(text, end) and not qualifier:
            qualifier = "approx"
        return NumberSpan(
            text=text[start:end],
            start=start,
            end=end,
            value=value,
            unit=unit,
            qualifier=qualifier,
            kind=kind,
        )

    @staticmethod
    def _is_year(text: str, start: int, raw: str, value: float, scaled: bool, next_word: str) -> bool:
        if scaled or not raw or len(raw) != 4 or not raw.translate(DIGITS).isdigit():
            return False
        if not 1900 <= value <= 2100:
            return False
        if GREGORIAN_SUFFIX_RE.match(text, start + 4):
            return True
        previous = text[max(0, start - 16) : start].split()
        if previous and (norm(previous[-1]) in YEAR_CONTEXT or norm(previous[-1]) in MONTH_WORDS):
            return True
        if (previous and previous[-1] in {"(", "/"}) or text[start - 1 : start] in {"(", "/"}:
            return True
        return not next_word or next_word in NOT_UNITS
