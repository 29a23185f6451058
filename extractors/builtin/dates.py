"""Dates in Arabic news, resolved to Gregorian ISO dates (``DateSpan.value``) with a precision.

Found (``text == article[start:end]``, Western or Arabic-Indic digits):

* **numeric dates**: 2021/12/12, 12-12-2021, and Hijri ones (1436/9/29هـ, or any year 1300–1500);
* **day + month name (+ year)**, the day in digits or as an ordinal word (السادس والعشرين من يوليو
  الماضي، غرة رمضان), the month in its Egyptian/Gulf, Levantine/Iraqi or Maghrebi name, with the
  other name in brackets or after a slash (5 يوليو (تموز) 2015، 5 يوليو/تموز) and a year, «م» or «هـ»;
* **month + year** or a month with الماضي/المقبل/الحالي/الجاري, or after شهر/في/منذ … (precision
  ``month``), and **years** after عام/العام/سنة (precision ``year``);
* **Hijri dates** (15 رمضان 1436هـ، شهر رمضان، عام 1396هـ) with ``calendar="hijri"``;
* **relative expressions**, resolved against the publication date with ``relative=True``: weekdays
  (الخميس → the most recent Thursday on or before publication; الخميس المقبل → the next one; غدا
  الأربعاء), أمس، أول أمس، اليوم، غدا، بعد غد، الأسبوع الماضي، الشهر المقبل، العام الجاري، نهاية
  العام الجاري، مطلع العام المقبل، بعد أيام … Vague ones (بعد أيام، الأسبوع الماضي) are
  ``approximate=True``.

A value of precision ``month`` or ``year`` is the first day of that period (a Hijri month or year: its
first day, in Gregorian). A month or day without a year takes the year that puts it nearest the
publication date, or the one that الماضي/المقبل asks for; with no publication date it is skipped.

**Hijri → Gregorian**: the Umm al-Qura calendar (Saudi Arabia's official one, what SaudiNewsNet
writes) through the ``hijridate`` package for 1343–1500 AH; outside that range, or when
``hijridate`` is not installed, the arithmetical *tabular Islamic calendar* (30-year cycle with leap
years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29; civil epoch 1 Muharram 1 AH = 19 July 622 Gregorian),
which differs from the observed calendar by a day or two at most.
"""

from __future__ import annotations

import calendar as _calendar
import re
from datetime import date, timedelta

from claims.text import normalize_ar
from extractors.base import DateSpan, ExtractionResult, Extractor
from extractors.builtin.arabic import surface_pattern, trie_pattern
from extractors.builtin.numbers import DIGITS, LETTER, MARKS, norm

try:  # Umm al-Qura tables; optional, see the module docstring
    from hijridate import Gregorian as _UQGregorian
    from hijridate import Hijri as _UQHijri
except ImportError:  # pragma: no cover - exercised by the tabular tests instead
    _UQGregorian = _UQHijri = None

# --- Month names -----------------------------------------------------------------------------------

GREGORIAN_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "يناير كانون_الثاني كانون_ثاني جانفي",
        "فبراير شباط فيفري",
        "مارس آذار اذار",
        "أبريل ابريل إبريل نيسان أفريل افريل",
        "مايو أيار ايار ماي",
        "يونيو يونيه حزيران جوان",
        "يوليو يوليه تموز جويلية",
        "أغسطس اغسطس آب أوت اوت",
        "سبتمبر أيلول ايلول",
        "أكتوبر اكتوبر تشرين_الأول تشرين_الاول تشرين_أول",
        "نوفمبر تشرين_الثاني تشرين_ثاني",
        "ديسمبر كانون_الأول كانون_الاول كانون_أول",
    ],
    start=1,
):
    for _name in _names.split():
        GREGORIAN_MONTHS[normalize_ar(_name.replace("_", " "))] = _number
# Month names that are also common words or names: only with a day or a year, never alone.
AMBIGUOUS_ALONE = {normalize_ar(w) for w in ["ماي", "جوان", "أوت", "اوت", "مارس", "مايو"]}

HIJRI_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "محرم",
        "صفر",
        "ربيع_الأول ربيع_الاول ربيع_أول",
        "ربيع_الآخر ربيع_الاخر ربيع_الثاني ربيع_ثاني",
        "جمادى_الأولى جمادى_الاولى جمادي_الأولى جمادي_الاولى جمادى_الأول",
        "جمادى_الآخرة جمادى_الاخرة جمادى_الثانية جمادي_الآخرة جمادي_الثانية جمادى_الآخر",
        "رجب",
        "شعبان",
        "رمضان",
        "شوال",
        "ذو_القعدة ذي_القعدة ذو_القعده ذي_القعده",
        "ذو_الحجة ذي_الحجة ذو_الحجه ذي_الحجه",
    ],
    start=1,
):
    for _name in _names.split():
        HIJRI_MONTHS[normalize_ar(_name.replace("_", " "))] = _number


def _month_pattern(names: list[str]) -> str:
    # «آب» (August) must keep its madda: «أب» is "father".
    plain = [n for n in names if n != "اب"]
    pattern = trie_pattern(plain).replace(surface_pattern(" "), r"\s+")
    return f"(?:{pattern}|آب)" if "اب" in names else pattern


_GREGORIAN_ALT = _month_pattern(list(GREGORIAN_MONTHS))
_HIJRI_ALT = _month_pattern(list(HIJRI_MONTHS))
_END = rf"[{MARKS}]*(?![{LETTER}])"
D = "[0-9٠-٩۰-۹]"

MONTH_RE = re.compile(
    rf"(?<![{LETTER}{MARKS}])[وبل]?(?:(?P<greg>{_GREGORIAN_ALT})|(?P<hijri>{_HIJRI_ALT})){_END}"
)
# Before a month name: «5 »، «5 من »، «السادس والعشرين من »، «غرة »، «15 شهر ».
ORDINALS = {
    normalize_ar(w): i
    for i, w in enumerate(
        ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"],
        start=1,
    )
}
ORDINALS.update({normalize_ar("الحادي"): 1, normalize_ar("الاول"): 1})
DAY_BEFORE_RE = re.compile(
    rf"(?<![{LETTER}{MARKS}0-9٠-٩])(?:(?P<num>{D}{{1,2}})|(?P<ghurra>[وبل]?غر[ةه])"
    rf"|(?P<ord>[وبل]?ال(?:حادي|أول|اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر))"
    rf"(?:\s+(?P<teen>عشر)|\s+و\s?(?P<tens>العشرين|الثلاثين))?|[وبل]?(?P<tens_only>العشرين|الثلاثين))"
    rf"\s+(?P<min>من\s+)?(?:(?:شهر|الشهر)\s+)?$"
)
ALT_AFTER_RE = re.compile(
    rf"\s*(?:\(\s*|/\s*|-\s*)(?:{_GREGORIAN_ALT})\s*\)?|\s*\(\s*(?:{_GREGORIAN_ALT})\s*\)"
)
YEAR_AFTER_RE = re.compile(
    rf"\s*(?:،\s*|من\s+(?:عام|العام|سنة)\s+|(?:عام|العام)\s+)?(?P<year>{D}{{4}})(?![0-9٠-٩۰-۹])"
    rf"(?:\s?(?P<suffix>هـ|ه|م)(?![{LETTER}]))?"
)
REL_AFTER_RE = re.compile(rf"\s+(?P<rel>الماضي|المنصرم|الفائت|المقبل|القادم|الحالي|الجاري){_END}")
MONTH_CONTEXT_BEFORE_RE = re.compile(
    rf"(?<![{LETTER}])(?:شهر|الشهر|في|وفي|منذ|خلال|مطلع|بداية|نهاية|أواخر|اواخر|أوائل|اوائل|منتصف|حتى|قبل|بعد)\s+$"
)

NUMERIC_RE = re.compile(  # used by claims.inputs too: groups 1-3 = y/m/d, 4-6 = d/m/y
    r"(?<!\d)(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)|(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)"
)
# Saudi papers often space the slashes: «25/ 11/ 1436هـ»، «7 / 3 / 2015 م».
_SEP = r"(?:[ \t]?[/-][ \t]?|\.)"
NUMERIC_ANY_RE = re.compile(
    rf"(?<![0-9٠-٩۰-۹/.-])(?:(?P<y1>{D}{{4}}){_SEP}(?P<m1>{D}{{1,2}}){_SEP}(?P<d1>{D}{{1,2}})"
    rf"|(?P<d2>{D}{{1,2}}){_SEP}(?P<m2>{D}{{1,2}}){_SEP}(?P<y2>{D}{{4}}))(?![0-9٠-٩۰-۹])"
    rf"(?:\s?(?P<suffix>هـ|ه|م)(?![{LETTER}]))?"
)
NUMERIC_HINT_RE = re.compile(rf"{D}{{1,4}}{_SEP}{D}{{1,2}}{_SEP}{D}")
YEAR_RE = re.compile(
    rf"(?<![{LETTER}{MARKS}])[وب]?(?P<kw>عام|العام|لعام|للعام|سنة|السنة|لسنة|للسنة)\s+(?P<year>{D}{{4}})(?![0-9٠-٩۰-۹])"
    rf"(?:\s?(?P<suffix>هـ|ه|م)(?![{LETTER}]))?"
)
WEEKDAYS = {
    normalize_ar(w): i
    for i, w in enumerate(["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"])
}
WEEKDAY_RE = re.compile(
    rf"(?<![{LETTER}{MARKS}])[وب]?(?P<day>(?:يوم\s+)?(?:ال)?"
    r"(?P<name>الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد)(?![\w])"
    r"(?:\s+(?P<rel>المقبل|القادم|الماضي|المنصرم|الفائت))?)"
)
WEEKDAY_HINTS = ("اثنين", "ثلاثاء", "ربعاء", "خميس", "جمعة", "سبت", "أحد", "احد")
NEWSPAPER_BEFORE_RE = re.compile(r"عين\s*[”“\"«]?\s*$")  # «عين اليوم» is a newspaper
TOMORROW_BEFORE_RE = re.compile(r"(?:غدا|غداً|غدًا)\s*\(?\s*[وب]?$")
_PAST = "الماضي|الماضية|المنصرم|المنصرمة|الفائت|الفائتة"
_NEXT = "المقبل|المقبلة|القادم|القادمة"
_THIS = "الجاري|الجارية|الحالي|الحالية"
RELATIVE_RE = re.compile(
    rf"(?<![{LETTER}{MARKS}])(?:"
    rf"[وبل]?(?P<edge>نهاية|أواخر|اواخر|بداية|مطلع|أوائل|اوائل|منتصف)\s+)?[وبل]?(?P<expr>"
    rf"(?P<before_yesterday>أول\s+أمس|اول\s+امس|أمس\s+الأول)"
    rf"|(?P<yesterday>أمس|امس|الأمس)"
    rf"|(?P<after_tomorrow>بعد\s+غد)"
    rf"|(?P<tomorrow>غدا|غداً|غدًا|الغد)"
    rf"|(?P<today>اليوم)(?!\s+ال(?!اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت|أحد|احد)[{LETTER}])"
    rf"|(?P<days_after>بعد\s+أيام|بعد\s+ايام|خلال\s+الأيام\s+(?:{_NEXT})|في\s+الأيام\s+(?:{_NEXT}))"
    rf"|(?P<days_before>قبل\s+أيام|قبل\s+ايام|منذ\s+أيام|منذ\s+ايام)"
    rf"|(?P<unit>الأسبوع|الاسبوع|الشهر|العام|السنة)\s+(?P<which>{_PAST}|{_NEXT}|{_THIS})"
    rf"|(?P<this>هذا\s+(?:الأسبوع|الاسبوع|الشهر|العام)|هذه\s+السنة)"
    rf")(?![{LETTER}])"
)


# --- Calendar arithmetic ---------------------------------------------------------------------------

TABULAR_EPOCH = date(622, 7, 19).toordinal()  # 1 Muharram 1 AH (civil epoch), proleptic Gregorian


def tabular_hijri_to_ordinal(year: int, month: int, day: int) -> int:
    """Day number (``date.toordinal``) of a date of the tabular Islamic calendar: months alternate
    30 and 29 days (Dhu al-Hijja 30 in leap years); 11 leap years in each 30-year cycle."""
    return day + (59 * (month - 1) + 1) // 2 + (year - 1) * 354 + (3 + 11 * year) // 30 + TABULAR_EPOCH - 1


def tabular_ordinal_to_hijri(ordinal: int) -> tuple[int, int, int]:
    year = (30 * (ordinal - TABULAR_EPOCH) + 10646) // 10631
    month = min(12, -(-(ordinal - 29 - tabular_hijri_to_ordinal(year, 1, 1)) * 2 // 59) + 1)
    month = max(1, month)
    day = ordinal - tabular_hijri_to_ordinal(year, month, 1) + 1
    return year, month, day


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """Umm al-Qura (``hijridate``) when it covers the date, else the tabular calendar; None when
    the date cannot exist (month 13, day 31)."""
    if not (1 <= month <= 12 and 1 <= day <= 30 and 1 <= year <= 9000):
        return None
    if _UQHijri is not None:
        try:
            return date(*_UQHijri(year, month, day).to_gregorian().datetuple())
        except (ValueError, OverflowError):
            pass
    try:
        return date.fromordinal(tabular_hijri_to_ordinal(year, month, day))
    except (ValueError, OverflowError):
        return None


def gregorian_to_hijri(value: date) -> tuple[int, int, int]:
    if _UQGregorian is not None:
        try:
            h = _UQGregorian(value.year, value.month, value.day).to_hijri()
            return h.year, h.month, h.day
        except (ValueError, OverflowError):
            pass
    return tabular_ordinal_to_hijri(value.toordinal())


def _int(raw: str) -> int:
    return int(raw.translate(DIGITS))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _add_months(value: date, months: int) -> date:
    index = value.year * 12 + value.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _last_day(value: date) -> date:
    return value.replace(day=_calendar.monthrange(value.year, value.month)[1])


def _ordinal_day(m: re.Match) -> int | None:
    if m["num"]:
        return _int(m["num"])
    if m["ghurra"]:
        return 1
    if m["tens_only"]:
        return 20 if "عشر" in m["tens_only"] else 30
    unit = ORDINALS.get(norm(re.sub(r"^[وبل](?=ال)", "", m["ord"])))
    if unit is None:
        return None
    if m["teen"]:
        return unit + 10 if unit < 10 else None
    if m["tens"]:
        return unit + (20 if "عشر" in m["tens"] else 30)
    return unit


class DateExtractor(Extractor):
    name = "mizan.dates"
    version = "0.2.0"
    produces = ("dates",)
    description = (
        "Gregorian and Hijri dates (digits, month names, ordinal days), years, weekdays and relative "
        "expressions (أمس، الأسبوع الماضي، العام المقبل) resolved against the publication date."
    )

    def extract(
        self, text: str, *, language: str = "ar", published_at: date | None = None
    ) -> ExtractionResult:
        found: list[DateSpan] = []
        taken: list[tuple[int, int]] = []

        def add(start: int, end: int, value: date | None, precision: str = "day", **extra) -> None:
            if value is None or not (1 <= value.year <= 9999):
                return
            if any(start < e and s < end for s, e in taken):
                return
            taken.append((start, end))
            found.append(
                DateSpan(
                    text=text[start:end],
                    start=start,
                    end=end,
                    value=value.isoformat(),
                    precision=precision,  # type: ignore[arg-type]
                    **extra,
                )
            )

        self._numeric(text, add)
        self._month_names(text, published_at, add)
        self._years(text, add)
        if published_at:
            self._weekdays(text, published_at, add)
            self._relative(text, published_at, add)
        found.sort(key=lambda d: d.start)
        return ExtractionResult(dates=found)

    # --- the passes, in order of precedence (an earlier span wins an overlap) ---------------------

    @staticmethod
    def _numeric(text: str, add) -> None:
        for candidate in NUMERIC_HINT_RE.finditer(text):  # a charset-first regex skips text fast
            m = NUMERIC_ANY_RE.match(text, candidate.start())
            if m is None:
                continue
            if m["y1"]:
                y, mo, d = _int(m["y1"]), _int(m["m1"]), _int(m["d1"])
            else:
                y, mo, d = _int(m["y2"]), _int(m["m2"]), _int(m["d2"])
            suffix = m["suffix"] or ""
            if suffix.startswith("ه") or (1300 <= y <= 1500 and suffix != "م"):
                add(m.start(), m.end(), hijri_to_gregorian(y, mo, d), calendar="hijri")
            else:
                add(m.start(), m.end(), _safe_date(y, mo, d))

    def _month_names(self, text: str, published_at: date | None, add) -> None:
        for m in MONTH_RE.finditer(text):
            is_hijri = m["hijri"] is not None
            surface = m["hijri"] or m["greg"]
            month = (HIJRI_MONTHS if is_hijri else GREGORIAN_MONTHS)[norm(re.sub(r"\s+", " ", surface))]
            start = m.start("hijri") if is_hijri else m.start("greg")
            end = m.end()
            day_m = DAY_BEFORE_RE.search(text, max(0, m.start() - 48), m.start())
            day = _ordinal_day(day_m) if day_m else None
            if day_m and day_m["ord"] is not None and not day_m["min"] and not is_hijri:
                day = None  # «الأول كانون» is not a date; ordinal days take «من»
            if day is not None:
                start = day_m.start()
            if not is_hijri:
                alt = ALT_AFTER_RE.match(text, end)
                if alt:
                    end = alt.end()
            year_m = YEAR_AFTER_RE.match(text, end)
            rel_m = None if year_m else REL_AFTER_RE.match(text, end)
            year = _int(year_m["year"]) if year_m else None
            if year_m:
                end = year_m.end()
            elif rel_m:
                end = rel_m.end()
            if day is None and year is None and rel_m is None:
                context = MONTH_CONTEXT_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
                word = norm(surface)
                if not context or word in AMBIGUOUS_ALONE:
                    continue
                if is_hijri and not text[max(0, m.start() - 12) : m.start()].rstrip().endswith("شهر"):
                    continue  # «رمضان» alone is also a first name; «شهر رمضان» is the month
            precision = "day" if day is not None else "month"
            relative = year is None
            if is_hijri or (year_m and (year_m["suffix"] or "").startswith("ه")):
                value = self._hijri_value(year, month, day or 1, rel_m, published_at)
                add(start, end, value, precision, calendar="hijri", relative=relative)
                continue
            if year is None:
                if published_at is None:
                    continue
                year = self._year_for(month, day, rel_m["rel"] if rel_m else "", published_at)
            add(start, end, _safe_date(year, month, day or 1), precision, relative=relative)

    @staticmethod
    def _year_for(month: int, day: int | None, rel: str, published_at: date) -> int:
        """The year of a month (and day) written without one: الماضي → the last one before publication,
        المقبل → the next one after, الحالي/الجاري → the publication year, else the nearest."""
        here = (published_at.month, published_at.day if day is not None else 0)
        there = (month, day or 0)
        if rel in {"الماضي", "المنصرم", "الفائت"}:
            return published_at.year if there < here else published_at.year - 1
        if rel in {"المقبل", "القادم"}:
            return published_at.year if there > here else published_at.year + 1
        if rel in {"الحالي", "الجاري"}:
            return published_at.year

        def distance(year: int) -> int:
            candidate = _safe_date(year, month, min(day or 1, 28))
            return abs((candidate - published_at).days) if candidate else 10**6

        return min((published_at.year, published_at.year - 1, published_at.year + 1), key=distance)

    @staticmethod
    def _hijri_value(
        year: int | None, month: int, day: int, rel_m: re.Match | None, published_at: date | None
    ) -> date | None:
        if year is not None:
            return hijri_to_gregorian(year, month, day)
        if published_at is None:
            return None
        hy, _, _ = gregorian_to_hijri(published_at)
        candidates = [c for c in (hijri_to_gregorian(y, month, day) for y in (hy, hy - 1, hy + 1)) if c]
        rel = rel_m["rel"] if rel_m else ""
        if rel in {"الماضي", "المنصرم", "الفائت"}:
            candidates = [c for c in candidates if c <= published_at] or candidates
        elif rel in {"المقبل", "القادم"}:
            candidates = [c for c in candidates if c > published_at] or candidates
        return min(candidates, key=lambda c: abs((c - published_at).days)) if candidates else None

    @staticmethod
    def _years(text: str, add) -> None:
        if "عام" not in text and "سنة" not in text:
            return
        for m in YEAR_RE.finditer(text):
            year = _int(m["year"])
            suffix = m["suffix"] or ""
            start = m.start("kw")
            if suffix.startswith("ه") or (1300 <= year <= 1500 and suffix != "م"):
                add(start, m.end(), hijri_to_gregorian(year, 1, 1), "year", calendar="hijri")
            elif 1 <= year <= 9999:
                add(start, m.end(), date(year, 1, 1), "year")

    @staticmethod
    def _weekdays(text: str, published_at: date, add) -> None:
        if not any(hint in text for hint in WEEKDAY_HINTS):
            return
        for m in WEEKDAY_RE.finditer(text):
            weekday = WEEKDAYS[norm(m["name"])]
            rel = m["rel"] or ""
            back = (published_at.weekday() - weekday) % 7
            if rel in {"المقبل", "القادم"} or TOMORROW_BEFORE_RE.search(
                text, max(0, m.start() - 12), m.start()
            ):
                value = published_at + timedelta(days=(weekday - published_at.weekday()) % 7 or 7)
            elif rel:
                value = published_at - timedelta(days=back or 7)
            else:
                # News reports the past: the most recent such weekday on or before publication.
                value = published_at - timedelta(days=back)
            add(m.start("day"), m.end(), value, relative=True)

    @staticmethod
    def _relative(text: str, published_at: date, add) -> None:
        for m in RELATIVE_RE.finditer(text):
            start = m.start("edge") if m["edge"] else m.start("expr")
            extra = {"relative": True}
            if m["before_yesterday"]:
                add(start, m.end(), published_at - timedelta(days=2), **extra)
            elif m["yesterday"]:
                add(start, m.end(), published_at - timedelta(days=1), **extra)
            elif m["after_tomorrow"]:
                add(start, m.end(), published_at + timedelta(days=2), **extra)
            elif m["tomorrow"]:
                add(start, m.end(), published_at + timedelta(days=1), **extra)
            elif m["today"]:
                if not NEWSPAPER_BEFORE_RE.search(text, max(0, start - 8), start):
                    add(start, m.end(), published_at, **extra)
            elif m["days_after"]:
                add(start, m.end(), published_at + timedelta(days=3), approximate=True, **extra)
            elif m["days_before"]:
                add(start, m.end(), published_at - timedelta(days=3), approximate=True, **extra)
            else:
                unit = norm(m["unit"] or m["this"].split()[-1])
                which = norm(m["which"] or "الحالي")
                step = (
                    -1
                    if which.startswith(("الماضي", "المنصرم", "الفائت"))
                    else (1 if which.startswith(("المقبل", "القادم")) else 0)
                )
                edge = norm(m["edge"] or "")
                if unit == norm("الأسبوع"):
                    add(start, m.end(), published_at + timedelta(days=7 * step), approximate=True, **extra)
                elif unit == "الشهر":
                    first = _add_months(published_at.replace(day=1), step)
                    if edge in {"نهايه", "اواخر"}:
                        add(start, m.end(), _last_day(first), "day", approximate=True, **extra)
                    elif edge == "منتصف":
                        add(start, m.end(), first.replace(day=15), "day", approximate=True, **extra)
                    else:
                        add(start, m.end(), first, "month", **extra)
                else:  # العام / السنة
                    year = published_at.year + step
                    if edge in {"نهايه", "اواخر"}:
                        add(start, m.end(), date(year, 12, 1), "month", **extra)
                    elif edge in {"بدايه", "مطلع", "اوائل"}:
                        add(start, m.end(), date(year, 1, 1), "month", **extra)
                    elif edge == "منتصف":
                        add(start, m.end(), date(year, 7, 1), "month", approximate=True, **extra)
                    else:
                        add(start, m.end(), date(year, 1, 1), "year", **extra)
