"""Numbers and quantities in Arabic news, with what they count.

Found, as ``NumberSpan`` (``text == article[start:end]``):

* **digits**, Western and Arabic-Indic, with thousands separators (2,500 ; ٢٬٥٠٠), decimals (3.5 ;
  ١٢٫٥) and the comma decimal of wire copy when one or two digits follow it (2,4 مليار = 2.4e9);
  thousands dots (1.500.000 ; 100.000 ريال ; 2.500 جندي, but 1.250 مليون, 9.170٪ and سعر 7.500 درهم
  are decimals: see DOT_THOUSANDS_RE) and the reversed «ر» decimal of wire copy (5ر1 مليون = 1.5e6);
* **number words**: cardinals with their conjunctions and scales (ألفين وخمسمائة = 2500, ثلاثة آلاف,
  أحد عشر ألفا, مليون ونصف = 1.5e6, ملياري يورو = 2e9), digits with a scale word (250 ألف، 3 ملايين،
  2.5 تريليون); a scale followed by «و» and a smaller part is one number (تريليون و300 مليار = 1.3e12,
  مليار و200 مليون, 12 ألفا و500 جندي, 2 مليون ونصف المليون: see JOIN_RE);
  ordinals (الثالث، العشرين) and words with the article are not counts and are left out;
* **vague quantities** (عشرات، مئات، آلاف، عشرات الآلاف، عدة آلاف): the order of magnitude, with
  ``qualifier="approx"``;
* **qualifiers** before the number: نحو، حوالي، قرابة، زهاء، ما يقارب → ``approx``; أكثر من، يفوق،
  يتجاوز → ``gt``; لا يقل عن → ``gte``; أقل من → ``lt``; لا يتجاوز → ``lte`` (the span starts at
  the qualifier);
* what follows: a **percentage** (%، ٪، بالمئة، في المائة → ``unit="%"``, ``kind="percent"``), a
  **currency** (دولار، ريال، درهم، دينار، يورو، جنيه … → ``kind="money"``), a 1900–2100 **year** or a
  Hijri year before هـ (``unit="year"``), or the **referent noun** (جندي، مقعدا → ``kind="count"``).

A number directly before a month name is a day of the month and is left to the dates plugin. A
clock time (10:45, الساعة 10, 4.30 عصرا) is not a quantity and gives no span (see CLOCK_RE); the
dates plugin does not read times either.

Regexes over the raw text rather than camel-tools' tokenizer, which splits "2,500" into three tokens.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from functools import lru_cache

from claims.text import normalize_ar
from extractors.base import ExtractionResult, Extractor, NumberSpan
from extractors.builtin.arabic import trie_pattern

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
    1e12: ("تريليون ترليون", "تريليونان تريليونين تريليونا تريليوني ترليونا ترليوني", "تريليونات ترليونات"),
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


_WORD_ALT = trie_pattern(list(LEXICON))
_END = rf"[{MARKS}]*(?![{LETTER}])"
# One pass finds digits and the first word of a spelled-out number; continuations are matched after.
NUMBER_RE = re.compile(
    # (?={D}) first: the alternatives below are tried only where a digit is (a third faster).
    rf"(?P<num>(?={D})(?:{D}+(?:ر{D}+)+|{D}{{1,3}}(?:[,٬]{D}{{3}})+(?:[.٫]{D}+)?"
    rf"|{D}{{1,3}}(?:\.{D}{{3}}){{2,}}|{D}+(?:[.٫]{D}+|,{D}{{1,2}}(?!{D}))?))"
    rf"(?!{D}|/{D}|[.٫,٬]{D})"
    rf"|(?<![{LETTER}{MARKS}])(?P<word>[وبلف]?(?:{_WORD_ALT})){_END}"
)
CONT_RE = re.compile(rf"[ \t\u00a0]+(?P<wa>و[ \t]?)?(?P<word>{_WORD_ALT}){_END}")
IN_NUMERIC_DATE_BEFORE = re.compile(rf"{D}[ \t]?[/-][ \t]?$")
IN_NUMERIC_DATE_AFTER = re.compile(rf"[ \t]?[/-][ \t]?{D}")
NOT_BEFORE_DIGITS = re.compile(r"[0-9٠-٩۰-۹A-Za-z_/.,٫٬\-]")
NOT_BEFORE_WORDS = re.compile(rf"[{LETTER}{MARKS}0-9٠-٩۰-۹A-Za-z_]")

# Thousands dots (0.3.0). Wire copy also writes thousands with a dot: «100.000 ريال», «1.500.000».
# Two or more dot groups are always thousands. One group of exactly three digits after a 1–3 digit
# integer not starting with 0 («2.500 جندي», «(662.645) متقاعدا», «50.000 دولار») is read as
# thousands, except where the corpus shows decimals with three places: before a scale word
# («1.250 مليون» = 1.25e6) or a percentage («9.170 في المائة»), right after a price or index word
# («سعر 7.500 درهم» share prices), after an index or a currency named with the article earlier in
# the sentence (exchange rates and the dollar index: «مؤشر الدولار … إلى 97.321»، «وتراجع اليورو إلى
# 1.952 دولار»، «الدولار … 125.015 ين»), and before «ين» (yen rates). «0.580», «3.5» and «12.75» are
# decimals. Known costs, seen in the corpus: «بسعر 10.590 جنيه» (a car) reads as 10.59; «بطول 16.200
# كم» (a local road, 16.2 km) as 16200; «99.958 لكل 100 ريال» (a bond price) as 99958.
DOT_THOUSANDS_RE = re.compile(rf"[1-9١-٩۱-۹]{D}{{0,2}}\.{D}{{3}}")
DOT_DECIMAL_BEFORE_RE = re.compile(
    rf"(?<![{LETTER}])[وبلف]?(?:ال)?(?:سعر|اسعار|أسعار|مؤشر)[{LETTER}{MARKS}]*[ \t\u00a0(]*$"
    rf"|(?:(?<![{LETTER}])(?:ال|لل)(?:دولار|يورو|ين|[اإ]سترليني|عمل[ةه]|عملات)|مؤشر(?:[هة]|ها)?)"
    rf"(?![{LETTER}])(?:[^.!?؟\n]|\.{D})*$"  # in the same sentence (a decimal point is not an end)
)

# Clock times (0.3.0): a time of day is not a quantity and gives no span (the dates plugin does not
# read times either). «10:45», «١٨:١٣», «6:00:30» (hour ≤ 24, minutes ≤ 59) always; «4.30»، «5،42»،
# «55ر09» (reversed, see parse_number) and a bare hour «10» only after «الساعة» («الساعة 10»، «الساعة
# الـ 3») or before a time of day («4.30 عصرا»، «8 صباحا»، «10 مساء.»). «مساء» without tanween
# followed by a definite noun or أمس is a day part («30 مساء الأربعاء» counts something) and does not
# make a time; «الساعة 30 دقيقة» (hour > 24) is a duration and stays a number.
CLOCK_RE = re.compile(
    rf"(?P<h>{D}{{1,2}})(?:(?P<sep>[:.,،])(?P<m>{D}{{2}})(?::{D}{{2}})?)?(?!{D}|[.٫,٬:،]{D})"
)
HOUR_BEFORE_RE = re.compile(
    rf"(?<![{LETTER}])[وبفل]?(?:ال)?ساع[ةه][ \t\u00a0]*(?:\([ \t]*)?(?:ال[ـ]*[ \t\u00a0]*)?$"
)
DAYPART_AFTER_RE = re.compile(
    rf"[ \t\u00a0]*(?:(?:صباح|ظهر|عصر|ليل|فجر|مساء)[{MARKS}]*ا|مساء(?=[{MARKS}]*"
    rf"(?![{LETTER}])(?![ \t\u00a0]+(?:ال(?![يى](?![{LETTER}]))|[اأ]مس|غد|يوم))))"
)

# Compound numbers (0.3.0): «تريليون و300 مليار» = 1.3e12, «مليار و200 مليون», «ألف و500»,
# «مليون و336 ألفا و989»: after a number ending in a scale word, «و» + a number smaller than that
# scale is part of the same number (with its own smaller scale, or, after ألف only, a bare number
# below 1000; «2 مليون ونصف» = 2.5e6). Not joined: equal or larger parts («100 مليار و150 مليار»،
# «500 ألف و600 ألف» are two numbers, a range or a list), a part followed by a percentage, numbers
# after «بين» (a range: «بين 400 ألف و500»), and vague numbers (عشرات الآلاف).
JOIN_RE = re.compile(rf"[ \t\u00a0]+و[ \t\u00a0]?(?P<num>{D}+(?P<frac>[.٫]{D}+)?)(?!{D}|[.٫,٬:/]{D})")
# «مليون ونصف المليون»، «55 مليارا ونصف المليار ريال»: the scale repeated with the article after the
# fraction belongs to the number (0.3.0; it was read as the noun counted).
FRACTION_OF_SCALE_RE = re.compile(
    rf"[ \t\u00a0]+ال(?:{trie_pattern(['الف', 'مليون', 'مليار', 'بليون', 'تريليون', 'ترليون'])}){_END}"
)
RANGE_BEFORE_RE = re.compile(rf"(?<![{LETTER}])بين[ \t\u00a0]+$")

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
# Wire copy (KUNA, SPA and the papers that reprint them) separates digit groups with «ر» and writes
# the groups in reverse order: «5ر1 مليون» = 1.5e6, «91ر47 دولار» = 47.91, «3ر9%» = 9.3 (checked against
# the same stories written with a dot in the corpus), «930ر996ر41 ريالا» = 41996930. Once the groups
# are put back in order the dot rules apply («000ر22 مسلم» = 22.000 = 22000, «935ر6 مليون» = 6.935e6).
# Read before 0.3.0 as two numbers, «5» and «1 مليون».


def _in_order(raw: str) -> str:
    """«930ر996ر41» → «41.996.930»: reversed «ر» groups back in reading order, joined by dots."""
    return ".".join(reversed(raw.split("ر"))) if "ر" in raw else raw


def parse_number(raw: str, dot_thousands: bool = False) -> float:
    """'2,500' → 2500.0; '٢٬٥٠٠' → 2500.0; '3.5' → 3.5; '2,4' → 2.4 (comma decimal, 1–2 digits);
    '1.500.000' → 1500000.0 (dots in groups); '100.000' → 100.0, or 100000.0 with ``dot_thousands``
    (the caller decides from the context, see DOT_THOUSANDS_RE); '5ر1' → 1.5 and '930ر996ر41' →
    41996930.0 (reversed «ر» groups)."""
    ascii_digits = _in_order(raw).translate(DIGITS).replace("٬", ",").replace("٫", ".")
    if COMMA_DECIMAL_RE.fullmatch(ascii_digits):
        ascii_digits = ascii_digits.replace(",", ".")
    if dot_thousands or ascii_digits.count(".") > 1:
        ascii_digits = ascii_digits.replace(".", "")
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


def _word_chain(text: str, words: list[tuple[str, bool]], end: int) -> tuple[list[tuple[str, bool]], int]:
    """Extend spelled-out number words from ``end``: scales and tens join directly (ثلاثة آلاف), units
    only after و («خمسة ستة» is two numbers)."""
    while True:
        cont = CONT_RE.match(text, end)
        if cont is None:
            break
        word = _strip_clitic(cont["word"])
        if not word:
            break
        if cont["wa"] is None and LEXICON[word][0] in (UNIT, TEN, HUNDREDS, FRACTION):
            break
        words.append((word, cont["wa"] is not None))
        end = cont.end()
    return words, end


def _times(value: float, scale: float) -> float:
    """``value × scale`` for a power-of-ten scale, without binary noise (4.14 مليون = 4140000, not
    4139999.9999999995): the decimal digits are shifted, not multiplied."""
    return float(Decimal(repr(value)).scaleb(len(str(int(scale))) - 1))


def _join_smaller(text: str, value: float, end: int, scale: float) -> tuple[float, int]:
    """«مليار» + «و200 مليون» + «و50 ألفا» …: add each following «و» + number smaller than the scale the
    number so far ends with (see JOIN_RE). Returns the new value and end."""
    while scale > 1:
        part = JOIN_RE.match(text, end)
        if part is not None:
            part_value = parse_number(part["num"])
            part_end = part.end()
            cont = CONT_RE.match(text, part_end)
            word = _strip_clitic(cont["word"]) if cont and not cont["wa"] else ""
            if LEXICON.get(word, (None,))[0] in (SCALE, DUAL, PLURAL):
                part_scale = LEXICON[word][1]
                part_value = _times(part_value, part_scale)
                part_end = cont.end()
            elif scale == 1e3 and part["frac"] is None:
                part_scale = 1.0  # «ألف و500»; «مليون و500» is left alone (ellipsis of ألف?)
            else:
                break
        else:
            cont = CONT_RE.match(text, end)
            if cont is None or not cont["wa"] or not (first := _strip_clitic(cont["word"])):
                break
            words, part_end = _word_chain(text, [(first, True)], cont.end())
            parsed = words_value(words)
            if parsed is None and len(words) == 1 and LEXICON[first][0] == FRACTION:
                parsed = (LEXICON[first][1] * scale, False)  # «2 مليون ونصف»
            if LEXICON[words[-1][0]][0] == FRACTION and (
                the_scale := FRACTION_OF_SCALE_RE.match(text, part_end)
            ):
                part_end = the_scale.end()
            if parsed is None or parsed[1]:
                break
            part_value = parsed[0]
            last = LEXICON[words[-1][0]]
            part_scale = last[1] if last[0] in (SCALE, DUAL, PLURAL) else 1.0
        if not part_value < scale or PERCENT_RE.match(text, part_end):
            break
        value, end, scale = value + part_value, part_end, part_scale
    return value, end


def _dot_thousands(text: str, match: re.Match, scale_follows: bool) -> bool:
    """Whether the dot of a single «d{1,3}.ddd» group separates thousands (see DOT_THOUSANDS_RE)."""
    raw = _in_order(match["num"])
    if not DOT_THOUSANDS_RE.fullmatch(raw) or scale_follows or PERCENT_RE.match(text, match.end()):
        return False
    after = WORD_AFTER_RE.match(text, match.end())
    if after and after["w"] == "ين":
        return False  # «124.880 ين»: a dollar/yen rate
    start = match.start()
    return DOT_DECIMAL_BEFORE_RE.search(text, max(0, start - 100), start) is None


def _clock_end(text: str, match: re.Match) -> int:
    """The end of a time of day starting at ``match`` (see CLOCK_RE), or 0 when it is not one."""
    start = match.start()
    if "ر" in match["num"]:  # «الساعة 55ر09»: 09:55 in the reversed «ر» notation
        groups = match["num"].translate(DIGITS).split("ر")
        is_clock = len(groups) == 2 and len(groups[0]) == 2 and int(groups[0]) <= 59 and int(groups[1]) <= 24
        if is_clock and HOUR_BEFORE_RE.search(text, max(0, start - 16), start):
            return match.end("num")
        return 0
    clock = CLOCK_RE.match(text, start)
    if clock is None or clock.end() < match.end("num"):
        return 0
    hour = int(clock["h"].translate(DIGITS))
    if hour > 24 or (clock["m"] is not None and int(clock["m"].translate(DIGITS)) > 59):
        return 0
    if clock["sep"] == ":":
        return clock.end()
    if HOUR_BEFORE_RE.search(text, max(0, start - 16), start) or DAYPART_AFTER_RE.match(text, clock.end()):
        return clock.end()
    return 0


class NumberExtractor(Extractor):
    name = "mizan.numbers"
    version = "0.3.0"
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
            if match["num"] is not None and (clock_end := _clock_end(text, match)):
                pos = clock_end  # a time of day, not a quantity
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
        last_scale = 1.0  # the scale word the number ends with (مليار → 1e9), for «مليار و200 مليون»
        if match["num"] is not None:
            if IN_NUMERIC_DATE_BEFORE.search(text, max(0, start - 5), start) or IN_NUMERIC_DATE_AFTER.match(
                text, match.end("num")
            ):
                return None  # part of «7 / 3 / 2015» or «17- 19»: the dates plugin's
            raw = match["num"]
            end = match.end("num")
            cont = CONT_RE.match(text, end)
            scale_word = ""
            if cont and not cont["wa"]:
                word = _strip_clitic(cont["word"])
                if LEXICON.get(word, (None,))[0] in (SCALE, DUAL, PLURAL):
                    scale_word = word
            value = parse_number(raw, _dot_thousands(text, match, bool(scale_word)))
            if scale_word:
                last_scale = LEXICON[scale_word][1]
                value = _times(value, last_scale)
                end, scaled = cont.end(), True
        else:
            first = _strip_clitic(match["word"])
            if not first or norm(match["word"]) in FALSE_FRIENDS or LEXICON[first][0] in NOT_FIRST_KINDS:
                return None
            if norm(match["word"]) != first:
                start += 1  # the clitic (و، ب، ل، ف) is not part of the number
            words, end = _word_chain(text, [(first, False)], match.end())
            parsed = words_value(words)
            if parsed is None:
                return None
            value, vague = parsed
            if LEXICON[words[-1][0]][0] == FRACTION and (the_scale := FRACTION_OF_SCALE_RE.match(text, end)):
                end = the_scale.end()
            scaled = any(LEXICON[w][0] in (SCALE, DUAL, PLURAL) for w, _ in words)
            if LEXICON[words[-1][0]][0] in (SCALE, DUAL, PLURAL):
                last_scale = LEXICON[words[-1][0]][1]
            raw = ""
        if last_scale > 1 and not vague and not RANGE_BEFORE_RE.search(text, max(0, start - 12), start):
            value, end = _join_smaller(text, value, end, last_scale)

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
