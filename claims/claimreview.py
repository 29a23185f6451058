"""schema.org ClaimReview: export published verdicts as JSON-LD, import partners' reviews.

Mapping (https://schema.org/ClaimReview):
- ``claimReviewed`` ⇄ Claim.text; ``itemReviewed`` a ``Claim`` whose ``author`` (Person or Organization)
  is the speaker and whose ``appearance`` is the source article;
- ``reviewRating`` ⇄ Rating (``ratingValue``, ``bestRating``/``worstRating`` of our scale,
  ``alternateName`` the rating's name); ``reviewBody`` ⇄ Verdict.explanation;
- ``url`` ⇄ Verdict.external_url for imports: importing the same review twice changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Max, Min
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from claims.models import Claim, Rating, Source, Verdict
from claims.services import claim_fingerprint, speaker_resolve
from claims.text import content_hash, detect_language, normalize_ar
from extractors.base import SpeakerMention

IMPORT_EXTRACTOR = "claimreview.import"


class ClaimReviewError(ValueError):
    """An imported ClaimReview is not usable; the message names the item and the field."""


def _scale() -> tuple[int, int]:
    bounds = Rating.objects.aggregate(lo=Min("value"), hi=Max("value"))
    return bounds["lo"] or 0, bounds["hi"] or 5


def claimreview_export(verdict: Verdict, *, base_url: str = "") -> dict[str, Any]:
    """One published verdict as a ClaimReview JSON-LD object."""
    claim, source, speaker = verdict.claim, verdict.claim.source, verdict.claim.speaker
    worst, best = _scale()
    item: dict[str, Any] = {"@type": "Claim"}
    if speaker:
        item["author"] = {
            "@type": "Organization" if speaker.kind == "organisation" else "Person",
            "name": speaker.name,
            **({"jobTitle": speaker.role} if speaker.role and speaker.kind == "person" else {}),
        }
    if source.published_at:
        item["datePublished"] = source.published_at.date().isoformat()
    if source.url or source.title:
        item["appearance"] = [
            {"@type": "CreativeWork", "url": source.url or None, "headline": source.title or None}
        ]
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": f"mizan:verdict:{verdict.id}",
        "url": verdict.external_url or f"{base_url}/api/v1/claimreviews/{verdict.id}/",
        "claimReviewed": claim.text,
        "datePublished": (verdict.published_at or verdict.updated_at).date().isoformat(),
        "inLanguage": claim.language,
        "author": {
            "@type": "Organization",
            "name": settings.MIZAN_PUBLISHER_NAME,
            "url": settings.MIZAN_PUBLISHER_URL,
        },
        "reviewBody": verdict.explanation,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": verdict.rating.value,
            "bestRating": best,
            "worstRating": worst,
            "alternateName": verdict.rating.name,
        },
        "itemReviewed": item,
        **({"citation": verdict.evidence} if verdict.evidence else {}),
    }


@dataclass(frozen=True)
class ImportResult:
    index: int
    verdict_id: int
    claim_id: int
    created: bool


def _text(value: Any, where: str, *, required: bool = False) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise ClaimReviewError(f"{where}: expected a non-empty string")
    return value.strip()


def _rating_for(review_rating: Any, where: str) -> Rating:
    if not isinstance(review_rating, dict):
        raise ClaimReviewError(f"{where}.reviewRating: expected an object with alternateName or ratingValue")
    name = review_rating.get("alternateName")
    if isinstance(name, str) and name.strip():
        key = normalize_ar(name)
        for rating in Rating.objects.all():
            if key in {normalize_ar(rating.name), normalize_ar(rating.name_ar)}:
                return rating
    try:
        value = float(review_rating["ratingValue"])
        best = float(review_rating.get("bestRating", 5))
        worst = float(review_rating.get("worstRating", 1))
    except (KeyError, TypeError, ValueError) as exc:
        raise ClaimReviewError(
            f"{where}.reviewRating: alternateName {name!r} matches no rating and ratingValue is not usable"
        ) from exc
    if best <= worst or not worst <= value <= best:
        raise ClaimReviewError(f"{where}.reviewRating: ratingValue {value} outside [{worst}, {best}]")
    lo, hi = _scale()
    target = lo + (value - worst) / (best - worst) * (hi - lo)
    ratings = list(Rating.objects.exclude(value=lo)) or list(Rating.objects.all())
    return min(ratings, key=lambda r: abs(r.value - target))


def _when(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    parsed = parse_datetime(value)
    if parsed is None:
        day = parse_date(value[:10])
        parsed = datetime(day.year, day.month, day.day) if day else None
    if parsed is not None and timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed, timezone.get_default_timezone())
    return parsed


def _import_one(item: Any, index: int, user) -> ImportResult:
    where = f"item {index}"
    if not isinstance(item, dict) or item.get("@type") != "ClaimReview":
        raise ClaimReviewError(f'{where}: expected an object with "@type": "ClaimReview"')
    url = _text(item.get("url"), f"{where}.url", required=True)
    if not url.startswith(("http://", "https://")):
        raise ClaimReviewError(f"{where}.url: must be an http(s) URL")
    claimed = _text(item.get("claimReviewed"), f"{where}.claimReviewed", required=True)
    rating = _rating_for(item.get("reviewRating"), where)
    existing = Verdict.objects.filter(external_url=url).first()
    if existing:
        return ImportResult(index, existing.id, existing.claim_id, created=False)
    reviewed = item.get("itemReviewed") if isinstance(item.get("itemReviewed"), dict) else {}
    author = reviewed.get("author") if isinstance(reviewed.get("author"), dict) else {}
    appearance = reviewed.get("appearance")
    appearance = appearance[0] if isinstance(appearance, list) and appearance else appearance
    appearance_url = appearance.get("url") if isinstance(appearance, dict) else None
    publisher = item.get("author") if isinstance(item.get("author"), dict) else {}
    claim = Claim.objects.filter(normalized_text=normalize_ar(claimed)).order_by("id").first()
    if claim is None:
        digest = content_hash(claimed)
        source = Source.objects.filter(content_hash=digest).first() or Source.objects.create(
            text=claimed,
            title=_text(item.get("name"), f"{where}.name")[:1000] or claimed[:200],
            url=appearance_url if isinstance(appearance_url, str) else "",
            outlet=_text(publisher.get("name"), f"{where}.author.name")[:200],
            published_at=_when(reviewed.get("datePublished")),
            language=_text(item.get("inLanguage"), f"{where}.inLanguage")[:8] or detect_language(claimed),
            content_hash=digest,
            status=Source.Status.DONE,
        )
        speaker = None
        speaker_name = _text(author.get("name"), f"{where}.itemReviewed.author.name")
        if speaker_name:
            kind = "organisation" if author.get("@type") == "Organization" else "person"
            speaker = speaker_resolve(
                mention=SpeakerMention(
                    name=speaker_name, kind=kind, role=_text(author.get("jobTitle"), where)
                )
            )
        claim, _ = Claim.objects.get_or_create(
            fingerprint=claim_fingerprint(source=source, start=0, end=len(source.text)),
            defaults={
                "source": source,
                "speaker": speaker,
                "text": source.text,
                "normalized_text": normalize_ar(source.text),
                "start": 0,
                "end": len(source.text),
                "language": source.language,
                "extractor": IMPORT_EXTRACTOR,
                "extractor_version": "1",
                "kind": Claim.Kind.INDIRECT,
            },
        )
    body = _text(item.get("reviewBody"), f"{where}.reviewBody") or (
        f"{rating.name} — imported from {publisher.get('name') or url}"
    )
    evidence = (
        [c for c in item.get("citation", []) if isinstance(c, str) and c.startswith(("http://", "https://"))]
        if isinstance(item.get("citation"), list)
        else []
    )
    verdict = Verdict.objects.create(
        claim=claim,
        rating=rating,
        explanation=body,
        evidence=evidence,
        status=Verdict.Status.PUBLISHED,
        author=user,
        published_at=_when(item.get("datePublished")) or timezone.now(),
        external_url=url[:2000],
    )
    if claim.status != Claim.Status.PUBLISHED:
        claim.status = Claim.Status.PUBLISHED
        claim.save(update_fields=["status", "updated_at"])
    return ImportResult(index, verdict.id, claim.id, created=True)


@transaction.atomic
def claimreview_import(*, data: Any, user) -> list[ImportResult]:
    """Import one ClaimReview object or a list of them, all or nothing. Claims are matched by their
    normalised text, verdicts by the review's ``url``: importing twice creates nothing new."""
    if not user.has_perm("claims.add_verdict"):
        raise ClaimReviewError(f"{user} may not import verdicts (needs the fact-checker or editor role)")
    items = data if isinstance(data, list) else [data]
    if not items:
        raise ClaimReviewError("nothing to import: an empty list")
    if len(items) > 1000:
        raise ClaimReviewError(f"{len(items)} items: import at most 1000 at a time")
    return [_import_one(item, index, user) for index, item in enumerate(items)]
