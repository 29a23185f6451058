"""Dates: numeric dates (2021/12/12, 12-12-2021), day + month name (+ year) in Gregorian and
Levantine/Iraqi names (يوليو/تموز), and weekdays resolved against the article's date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from claims.text import normalize_ar
from extractors.base import DateSpan, ExtractionResult, Extractor

MONTHS = {
    normalize_ar(name): number
    for number, names in enumerate(
        [
            "يناير كانون_الثاني جانفي",
            "فبراير شباط فيفري",
            "مارس آذار",
            "أبريل ابريل نيسان أفريل",
            "مايو أيار ماي",
            "يونيو حزيران جوان",
            "يوليو تموز جويلية",
            "أغسطس اغسطس آب أوت",
            "سبتمبر أيلول",
            "أكتوبر اكتوبر تشرين_الأول",
            "نوفمبر تشرين_الثاني",
            "ديسمبر كانون_الأول",
        ],
        start=1,
    )
    for name in names.replace("_", " ").split(" ")
    if name not in {"كانون", "تشرين", "الثاني", "الأول"}
}
# Two-word Levantine names are matched as phrases.
MONTH_PHRASES = {"كانون الثاني": 1, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12}
WEEKDAYS = {
    normalize_ar(w): i
    for i, w in enumerate(["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"])
}

NUMERIC_RE = re.compile(
    r"(?<!\d)(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)|(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)"
)
_month_alt = "|".join(sorted([*MONTH_PHRASES, *(n for n in MONTHS)], key=len, reverse=True))
DAY_MONTH_RE = re.compile(
    r"(?<!\d)(\d{1,2})\s+(?:من\s+)?(?P<month>\S+(?:\s+(?:الثاني|الأول|الاول))?)(?:\s+(?P<year>\d{4}))?"
)
WEEKDAY_RE = re.compile(
    r"(?<![\w])(?:يوم\s+)?(?:ال)?(الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد)(?![\w])"
)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


class DateExtractor(Extractor):
    name = "mizan.dates"
    version = "0.1.0"
    produces = ("dates",)
    description = "Dates and weekdays, resolved against the article's publication date."

    def extract(
        self, text: str, *, language: str = "ar", published_at: date | None = None
    ) -> ExtractionResult:
        found: list[DateSpan] = []
        taken: list[range] = []

        def add(start: int, end: int, value: date, precision: str = "day") -> None:
            if any(start in r or end - 1 in r for r in taken):
                return
            taken.append(range(start, end))
            found.append(
                DateSpan(
                    text=text[start:end], start=start, end=end, value=value.isoformat(), precision=precision
                )
            )  # type: ignore[arg-type]

        for m in NUMERIC_RE.finditer(text):
            y, mo, d = (m[1], m[2], m[3]) if m[1] else (m[6], m[5], m[4])
            value = _safe_date(int(y), int(mo), int(d))
            if value:
                add(m.start(), m.end(), value)
        for m in DAY_MONTH_RE.finditer(text):
            month_word = normalize_ar(m["month"])
            if not month_word:
                continue
            month = (
                MONTH_PHRASES.get(m["month"]) or MONTHS.get(month_word) or MONTHS.get(month_word.split()[0])
            )
            if not month:
                continue
            year = int(m["year"]) if m["year"] else (published_at.year if published_at else None)
            if year is None:
                continue
            value = _safe_date(year, month, int(m[1]))
            if value:
                end = (
                    m.end()
                    if m["year"] or m["month"].split()[0] != m["month"]
                    else m.start("month") + len(m["month"].split()[0])
                )
                add(m.start(), end, value)
        if published_at:
            for m in WEEKDAY_RE.finditer(text):
                weekday = WEEKDAYS[normalize_ar(m[1])]
                # News reports the past: the most recent such weekday on or before publication.
                value = published_at - timedelta(days=(published_at.weekday() - weekday) % 7)
                add(m.start(), m.end(), value)
        found.sort(key=lambda d: d.start)
        return ExtractionResult(dates=found)
