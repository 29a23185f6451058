"""Numbers and quantities: Western and Arabic-Indic digits with separators (2,500 ; ٢٬٥٠٠), percentages,
and the unit or referent word that follows (جندي، مقعدا، درهم).

A regex over the raw text rather than camel-tools' tokenizer, which splits "2,500" into three tokens.
"""

from __future__ import annotations

import re
from datetime import date

from claims.text import normalize_ar
from extractors.base import ExtractionResult, Extractor, NumberSpan

DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
NUMBER_RE = re.compile(
    r"(?<![0-9٠-٩۰-۹A-Za-z_/.,٫٬-])"
    r"(?P<num>[0-9٠-٩۰-۹]{1,3}(?:[,٬][0-9٠-٩۰-۹]{3})+(?:[.٫][0-9٠-٩۰-۹]+)?|[0-9٠-٩۰-۹]+(?:[.٫][0-9٠-٩۰-۹]+)?)"
    r"(?![0-9٠-٩۰-۹]|/[0-9٠-٩])"
    r"(?P<pct>\s?[%٪])?"
    r"(?:\s+(?P<scale>ألف|الف|آلاف|مليون|ملايين|مليار|مليارات))?"
    r"(?:\s+(?P<unit>[\u0621-\u064A]{2,}))?"
)
SCALES = {"الف": 1e3, "الاف": 1e3, "مليون": 1e6, "ملايين": 1e6, "مليار": 1e9, "مليارات": 1e9}
NOT_UNITS = {
    normalize_ar(w)
    for w in ["في", "من", "على", "إلى", "الى", "عن", "مع", "و", "أو", "او", "حتى", "منذ", "خلال"]
}


def parse_number(raw: str) -> float:
    """'2,500' → 2500.0; '٢٬٥٠٠' → 2500.0; '3.5' → 3.5."""
    ascii_digits = raw.translate(DIGITS).replace("٬", ",").replace("٫", ".")
    return float(ascii_digits.replace(",", ""))


class NumberExtractor(Extractor):
    name = "mizan.numbers"
    version = "0.1.0"
    produces = ("numbers",)
    description = "Numbers with digits (Western and Arabic-Indic), percentages and their unit word."

    def extract(
        self, text: str, *, language: str = "ar", published_at: date | None = None
    ) -> ExtractionResult:
        numbers = []
        for match in NUMBER_RE.finditer(text):
            value = parse_number(match["num"])
            end = match.end("num")
            unit = ""
            if match["pct"]:
                unit, end = "%", match.end("pct")
            if match["scale"]:
                value *= SCALES[normalize_ar(match["scale"])]
                end = match.end("scale")
            is_year = match["num"].isdigit() and len(match["num"]) == 4 and 1900 <= value <= 2100
            if is_year and not unit and not match["scale"]:
                unit = "year"
            elif match["unit"] and not unit and normalize_ar(match["unit"]) not in NOT_UNITS:
                unit, end = match["unit"], match.end("unit")
            numbers.append(
                NumberSpan(
                    text=text[match.start() : end], start=match.start(), end=end, value=value, unit=unit
                )
            )
        return ExtractionResult(numbers=numbers)
