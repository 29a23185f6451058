"""Pure pipeline steps (no ORM): run extractors over a text and merge their typed results into
claims carrying the numbers and dates found inside them. Used by both the Celery pipeline and the
database-free ``manage.py extract``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from extractors.base import (
    ClaimSpan,
    ClaimView,
    DateSpan,
    Detector,
    ExtractionResult,
    Extractor,
    NumberSpan,
    PairResult,
)

OPINION_RE = re.compile(r"(نأمل|نتمنى|أتمنى|نعزي|تعازي|رحمه الله|نهنئ|تهنئة|أعتقد|أرى أن|نرحب|شكر)")


@dataclass
class MergedClaim:
    claim: ClaimSpan
    extractor: str
    extractor_version: str
    numbers: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    checkworthiness: float = 0.0

    def to_json(self) -> dict[str, Any]:
        speaker = self.claim.speaker
        return {
            "text": self.claim.text,
            "start": self.claim.start,
            "end": self.claim.end,
            "speaker": speaker.name if speaker else None,
            "speaker_start": speaker.start if speaker else None,
            "speaker_end": speaker.end if speaker else None,
            "speaker_role": speaker.role if speaker else "",
            "cue": self.claim.cue,
            "kind": self.claim.kind,
            "numbers": self.numbers,
            "dates": self.dates,
            "checkworthiness": self.checkworthiness,
            "extractor": f"{self.extractor}@{self.extractor_version}",
        }


def checkworthiness(text: str, numbers: list, dates: list, has_role: bool) -> float:
    """v0 heuristic in [0, 1]: checkable facts (numbers, dates, named officials) score high;
    greetings, condolences and opinions low."""
    score = 0.3
    score += 0.25 if numbers else 0.0
    score += 0.15 if dates else 0.0
    score += 0.1 if has_role else 0.0
    score += min(0.1, len(text) / 2000)
    if OPINION_RE.search(text):
        score -= 0.3
    return round(max(0.0, min(1.0, score)), 3)


def _inside(span: NumberSpan | DateSpan, claim: ClaimSpan) -> bool:
    return claim.start <= span.start and span.end <= claim.end


def merge(runs: list[tuple[type[Extractor], ExtractionResult]]) -> list[MergedClaim]:
    """Attach every number and date to the claims that contain it; record who found what."""
    merged: dict[tuple[int, int], MergedClaim] = {}
    for plugin, result in runs:
        for claim in result.claims:
            merged.setdefault((claim.start, claim.end), MergedClaim(claim, plugin.name, plugin.version))
    for plugin, result in runs:
        for item in merged.values():
            for number in result.numbers:
                if _inside(number, item.claim):
                    item.numbers.append({**number.__dict__, "plugin": plugin.label()})
            for found in result.dates:
                if _inside(found, item.claim):
                    item.dates.append({**found.__dict__, "plugin": plugin.label()})
    for item in merged.values():
        has_role = bool(item.claim.speaker and item.claim.speaker.role)
        item.checkworthiness = checkworthiness(item.claim.text, item.numbers, item.dates, has_role)
    return sorted(merged.values(), key=lambda m: m.claim.start)


def extract_text(
    text: str, extractors: list[Extractor], *, language: str, published_at: date | None
) -> list[MergedClaim]:
    """Run extractors in turn (no isolation: used by the read-only ``extract`` command)."""
    runs = [(type(p), p.extract(text, language=language, published_at=published_at)) for p in extractors]
    return merge(runs)


def classify_pair(
    a: ClaimView, b: ClaimView, detectors: list[Detector]
) -> tuple[PairResult, Detector | None]:
    """The verdict of the enabled detectors on one pair: the first contradiction over its detector's
    threshold wins; otherwise the most confident other label. Used by the pipeline and ``compare``."""
    best: tuple[PairResult, Detector | None] = (
        PairResult("unrelated", 0.0, explanation="no detector enabled"),
        None,
    )
    for detector in detectors:
        result = detector.compare(a, b)
        threshold = getattr(detector.config, "contradiction_threshold", 0.5)
        if result.label == "contradiction" and result.score >= threshold:
            return result, detector
        if result.label == "contradiction":  # below threshold: report as unrelated, keep the reason
            result = PairResult(
                "unrelated", result.score, result.kind, f"below threshold: {result.explanation}"
            )
        if best[1] is None or result.score > best[0].score:
            best = (result, detector)
    return best
