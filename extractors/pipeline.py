"""Pure pipeline steps (no ORM): run extractors over a text and merge their typed results into
claims carrying the numbers and dates found inside them. Used by both the Celery pipeline and the
database-free ``manage.py extract``."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from claims.text import normalize_ar
from extractors.base import (
    ClaimSignals,
    ClaimSpan,
    ClaimView,
    DateSpan,
    Detector,
    ExtractionResult,
    Extractor,
    NumberSpan,
    PairResult,
)
from extractors.builtin.arabic import key_terms, surface_pattern, trie_pattern


def _cue_re(words: str) -> re.Pattern[str]:
    """Whole words in any of their usual spellings (أ/إ/ا، ة/ه، ى/ي), with an optional و/ف/ل/ب in
    front; matched on the raw text (normalising every claim would cost more than the regexes). The
    words share their prefixes in one trie-shaped pattern: half the time of a flat alternation tried
    at every word start (the same matches on all 78,908 claims of the sample)."""
    alternation = trie_pattern(sorted({normalize_ar(w) for w in words.split("|")}))
    alternation = alternation.replace(surface_pattern(" "), r"\s+")
    return re.compile(rf"(?<![\u0621-\u064a])[وفلب]?(?:{alternation})(?![\u0621-\u064a])")


# Each cue list is one line of the check-worthiness table in ``checkworthiness_parts``.
COURTESY_RE = _cue_re(
    "نعزي|أعزي|نعزى|تعازي|التعازي|تعازينا|عزاء|رحمه الله|رحمها الله|تغمده الله|تغمده|نسأل الله|"
    "نهنئ|أهنئ|تهنئة|التهاني|نبارك|أبارك|مبروك|نشكر|أشكر|شكرا|الشكر|شكره|نثمن|أثمن|نقدر|نرحب|أرحب|"
    "ترحيب|كل عام وأنتم بخير|عيد مبارك|صباح الخير|مساء الخير|السلام عليكم"
)
WISH_RE = _cue_re(
    "نتمنى|أتمنى|يتمنى|تتمنى|نأمل|آمل|يأمل|تأمل|نرجو|أرجو|إن شاء الله|ان شاء الله|بإذن الله|بعون الله|"
    "ندعو الله|أدعو الله|اللهم|نتطلع|أتطلع|نسعى|نحرص"
)
OPINION_RE = _cue_re(
    "أعتقد|نعتقد|أظن|نظن|أرى|نرى|برأيي|في رأيي|في رأينا|رأيي|أشعر|نشعر|أحب|يجب|ينبغي|لا بد|لابد|"
    "أفضل أن|من المهم|من الضروري|أتوقع|نتوقع|ربما|قد يكون|لعل|أؤمن|نؤمن|مقتنع|مقتنعون"
)
STATISTIC_RE = _cue_re(
    "نسبة|بنسبة|معدل|معدلات|ارتفاع|ارتفع|ارتفعت|انخفاض|انخفض|انخفضت|تراجع|تراجعت|زيادة|زاد|زادت|"
    "نقص|بلغ|بلغت|يبلغ|تبلغ|بلغوا|إجمالي|مجموع|عدد|أعداد|حصيلة|قتيلا|قتلى|قتل|قتلوا|مصرع|مقتل|جرحى|"
    "مصابا|إصابة|اعتقال|اعتقل|حالات|حالة|ميزانية|عائدات|إيرادات|خسائر|أرباح|صادرات|واردات|الناتج|"
    "التضخم|البطالة|سجل|سجلت|تجاوز|تجاوزت|أكثر من|أقل من|ضعف|أضعاف|مقارنة|مقابل|أكبر|أصغر|أعلى|"
    "أدنى|الأكبر|الأعلى|الأدنى|الأول من نوعه|لأول مرة|الأقل|الأكثر|المرتبة|رقم قياسي"
)
ENTITY_RE = _cue_re(
    "وزارة|الوزارة|وزير|هيئة|الهيئة|مجلس|المجلس|الحكومة|حكومة|الجيش|جيش|قوات|القوات|الشرطة|البنك|بنك|"
    "شركة|الشركة|منظمة|المنظمة|الأمم المتحدة|الاتحاد|جامعة|محكمة|المحكمة|البرلمان|مجلس الشورى|"
    "التحالف|الرئيس|رئيس|الملك|الأمير|ولي العهد|أمانة|بلدية|مستشفى|صندوق|الدولة|دولة|المملكة|"
    "السعودية|العراق|مصر|سوريا|اليمن|إيران|تركيا|الإمارات|الكويت|قطر|البحرين|عمان|الأردن|لبنان|"
    "فلسطين|إسرائيل|ليبيا|تونس|الجزائر|المغرب|السودان|روسيا|الصين|أمريكا|أميركا|الولايات المتحدة|"
    "فرنسا|بريطانيا|ألمانيا|داعش|طالبان|الحوثيين|الحوثي|حزب الله|حماس"
)


def checkworthiness_parts(text: str, numbers: list, dates: list, has_role: bool) -> list[tuple[str, float]]:
    """The signed contributions that make a claim's check-worthiness, each with its reason; what
    the score is made of can be shown to a reviewer as is. Numbers and dates are the merged dicts
    (``NumberSpan``/``DateSpan`` fields).

    ====================================================  ======
    base                                                  +0.30
    a quantity (not a bare year)                          +0.25
    ... a percentage, sum of money or a second quantity   +0.05
    a date (a year counts as one)                         +0.10
    statistic or comparative words (نسبة، ارتفع، أكثر من)   +0.10
    a named institution/place/title (وزارة، الجيش، مصر)      +0.10
    the speaker is named with a role                      +0.05
    length: up to +0.05 for 200 characters                 ≤0.05
    opinion (أعتقد، أرى، يجب، ربما)                          −0.25
    wish or hope (نتمنى، نأمل، إن شاء الله)                 −0.30
    courtesy: condolences, congratulations, thanks        −0.40
    shorter than five words                               −0.10
    a question                                            −0.10
    ====================================================  ======
    """
    parts: list[tuple[str, float]] = [("base", 0.30)]
    quantities = [n for n in numbers if n.get("kind", "") != "year" and n.get("unit") != "year"]
    years = [n for n in numbers if n.get("kind") == "year" or n.get("unit") == "year"]
    if quantities:
        parts.append(("quantity", 0.25))
        if len(quantities) > 1 or any(
            n.get("kind") in ("percent", "money") or n.get("unit") == "%" for n in quantities
        ):
            parts.append(("percentage, money or several quantities", 0.05))
    if dates or years:
        parts.append(("date", 0.10))
    if STATISTIC_RE.search(text):
        parts.append(("statistic or comparative", 0.10))
    if ENTITY_RE.search(text):
        parts.append(("named institution, place or title", 0.10))
    if has_role:
        parts.append(("speaker with a role", 0.05))
    parts.append(("length", round(min(0.05, len(text) / 4000), 3)))
    if OPINION_RE.search(text):
        parts.append(("opinion", -0.25))
    if WISH_RE.search(text):
        parts.append(("wish or hope", -0.30))
    if COURTESY_RE.search(text):
        parts.append(("courtesy (condolences, congratulations, thanks)", -0.40))
    if len(text.split()) < 5:
        parts.append(("very short", -0.10))
    if text.rstrip().endswith(("؟", "?")):
        parts.append(("question", -0.10))
    return parts


def checkworthiness(text: str, numbers: list, dates: list, has_role: bool) -> float:
    """Check-worthiness in [0, 1]: a transparent sum (see ``checkworthiness_parts``). Checkable
    statements of fact — quantities, dates, statistics, named institutions — score high; greetings,
    condolences, thanks, wishes and opinions low."""
    score = sum(value for _, value in checkworthiness_parts(text, numbers, dates, has_role))
    return round(max(0.0, min(1.0, score)), 3)


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


def _answer(
    detector: Detector, a: ClaimView, b: ClaimView, known: Mapping[Detector, PairResult] | None
) -> PairResult:
    """The detector's verdict on (a, b): from ``known`` (verdicts already made on this pair) if there."""
    if known is not None and detector in known:
        return known[detector]
    return detector.compare(a, b)


def classify_pair(
    a: ClaimView, b: ClaimView, detectors: list[Detector], known: Mapping[Detector, PairResult] | None = None
) -> tuple[PairResult, Detector | None]:
    """The verdict of the enabled detectors on one pair, in settings order: a result the text itself
    states (``certain``) wins; otherwise the first detector with an opinion (a label other than
    "unrelated") decides; if none has one, the first answer stands. Used by the pipeline and by
    ``compare``, so both see the same labels. ``known``: verdicts of some detectors on this pair,
    already made (the pipeline asks each detector about a batch's pairs at once)."""
    answers = [(_answer(detector, a, b, known), detector) for detector in detectors]
    for result, detector in answers:
        if result.certain and result.label != "unrelated":
            return result, detector
    for result, detector in answers:
        if result.label != "unrelated":
            return result, detector
    return answers[0] if answers else (PairResult("unrelated", 0.0, explanation="no detector enabled"), None)


def stores_contradiction(
    result: PairResult,
    detector: Detector | None,
    a: ClaimView,
    b: ClaimView,
    detectors: list[Detector],
    known: Mapping[Detector, PairResult] | None = None,
) -> tuple[PairResult, Detector] | None:
    """What the pipeline records for a pair and the detector it is recorded under, or None: a
    contradiction at or above its detector's threshold. A detector that asks for corroboration (the
    trained stance model, which learnt from headlines and over-calls on long claims) is recorded only
    when another enabled detector also finds a contradiction it can explain; the row then carries both
    explanations. When the deciding detector's contradiction cannot be recorded (a stance verdict under
    its threshold), a detector that stands on its own and finds a contradiction above its threshold
    is recorded instead: an unsure opinion does not hide a sure one. ``known`` as in classify_pair."""
    if detector is None or result.label != "contradiction":
        return None
    if result.score >= _threshold(detector):
        if not _needs_corroboration(detector):
            return result, detector
        for other in detectors:
            if other is detector or _needs_corroboration(other):
                continue  # corroboration comes from a detector that can stand on its own
            second = _answer(other, a, b, known)
            if second.label == "contradiction":
                confirmed = PairResult(
                    "contradiction",
                    result.score,
                    second.kind or result.kind,
                    f"{second.explanation} — confirmed by {detector.name}: {result.explanation}",
                    second.spans_a or result.spans_a,
                    second.spans_b or result.spans_b,
                )
                return confirmed, detector
        return None
    for other in detectors:
        if other is detector or _needs_corroboration(other):
            continue
        own = _answer(other, a, b, known)
        if own.label == "contradiction" and own.score >= _threshold(other):
            return own, other
    return None


def claim_signals(view: ClaimView, detectors: list[Detector]) -> dict[str, list[str]]:
    """The candidate-prefilter notes (``Detector.signals``) of every detector that has a prefilter, by
    detector label (name@version): stored with the claim, so a later claim meets its notes instead
    of its text. A detector's notes depend on the claim only, not on its config."""
    notes = {}
    for detector in detectors:
        marks = detector.signals(view)
        if marks is not None:
            notes[detector.label()] = sorted(marks)
    return notes


def pair_may_contradict(
    detectors: list[Detector],
    terms_a: frozenset[str] | set[str],
    signals_a: dict[str, frozenset[str]],
    terms_b: frozenset[str] | set[str],
    signals_b: dict[str, frozenset[str]],
) -> bool:
    """Whether any of ``detectors`` could call the pair a contradiction, judged on the two claims' key
    terms and stored notes (``claim_signals``, lists made sets). A detector without a prefilter, or
    without notes of its own version on either claim (stored before an upgrade), answers yes: the
    pair then meets ``compare`` as before."""
    for detector in detectors:
        label = detector.label()
        marks_a, marks_b = signals_a.get(label), signals_b.get(label)
        if marks_a is None or marks_b is None:
            return True
        if detector.may_contradict(
            ClaimSignals(frozenset(terms_a), marks_a), ClaimSignals(frozenset(terms_b), marks_b)
        ):
            return True
    return False


def _threshold(detector: Detector) -> float:
    return getattr(detector.config, "contradiction_threshold", 0.5)


def _needs_corroboration(detector: Detector) -> bool:
    return getattr(detector.config, "needs_corroboration", False)


def same_event(text_a: str, text_b: str, *, min_shared: int = 2, min_overlap: float = 0.25) -> bool:
    """Candidate gate: two claims are about the same event when they share at least ``min_shared``
    normalised key terms (generic news words excluded) making up at least ``min_overlap`` of the
    shorter claim's terms."""
    return same_event_terms(
        key_terms(text_a), key_terms(text_b), min_shared=min_shared, min_overlap=min_overlap
    )


def same_event_terms(
    terms_a: frozenset[str] | set[str],
    terms_b: frozenset[str] | set[str],
    *,
    min_shared: int = 2,
    min_overlap: float = 0.25,
) -> bool:
    """``same_event`` on key terms already known (the candidate index stores them per claim)."""
    shared = len(terms_a & terms_b)
    return shared >= min_shared and shared / max(1, min(len(terms_a), len(terms_b))) >= min_overlap
