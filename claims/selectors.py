"""Read-side queries (HackSoft style)."""

from __future__ import annotations

from datetime import timedelta

from django.db.models import Count, Q, QuerySet

from claims.models import Claim, ClaimTerm, Contradiction


def contradiction_candidates(*, claim: Claim, window: timedelta, limit: int = 200) -> list[Claim]:
    """Claims sharing at least two key terms with ``claim``, within the time window, from another
    speaker or (self-contradiction) from the same speaker in another article. Uses the term index
    only: the work does not grow with the size of the database, only with the matching postings."""
    terms = list(ClaimTerm.objects.filter(claim=claim).values_list("term", flat=True))
    if not terms:
        return []
    postings = ClaimTerm.objects.filter(term__in=terms).exclude(claim_id=claim.id)
    published = claim.source.published_at
    if published is not None:
        day = published.date()
        postings = postings.filter(
            Q(published_on__isnull=True) | Q(published_on__range=(day - window, day + window))
        )
    ids = (
        postings.values("claim_id")
        .annotate(shared=Count("id"))
        .filter(shared__gte=2)
        .order_by("-shared", "-claim_id")
        .values_list("claim_id", flat=True)[:limit]
    )
    candidates = Claim.objects.filter(id__in=list(ids)).select_related("speaker", "source")
    return [
        other
        for other in candidates
        if not (other.source_id == claim.source_id and other.speaker_id == claim.speaker_id)
    ]


def contradictions_report(*, include_rejected: bool = False) -> QuerySet[Contradiction]:
    qs = Contradiction.objects.select_related(
        "claim_a__speaker", "claim_a__source", "claim_b__speaker", "claim_b__source", "reviewer"
    )
    if not include_rejected:
        qs = qs.exclude(status=Contradiction.Status.REJECTED)
    return qs.order_by("-score", "-id")


def speakers_with_counts() -> QuerySet:
    from claims.models import Speaker

    return (
        Speaker.objects.annotate(claim_count=Count("claims"))
        .prefetch_related("aliases")
        .order_by("name", "id")
    )


def speaker_verdict_counts(*, speaker_ids: list[int]) -> dict[int, dict[str, int]]:
    """Published verdicts per rating, per speaker: {speaker_id: {"False": 2, …}}."""
    from claims.models import Verdict

    rows = (
        Verdict.objects.filter(status=Verdict.Status.PUBLISHED, claim__speaker_id__in=speaker_ids)
        .values("claim__speaker_id", "rating__name")
        .annotate(n=Count("id"))
    )
    counts: dict[int, dict[str, int]] = {}
    for row in rows:
        counts.setdefault(row["claim__speaker_id"], {})[row["rating__name"]] = row["n"]
    return counts


def speaker_timeline(*, speaker_id: int) -> list[dict]:
    """Claims and contradictions of a speaker per day of publication (or of storing, if undated)."""
    from django.db.models.functions import Coalesce, TruncDate

    day = TruncDate(Coalesce("source__published_at", "created_at"))
    claims = (
        Claim.objects.filter(speaker_id=speaker_id).annotate(day=day).values("day").annotate(n=Count("id"))
    )
    buckets: dict = {
        row["day"]: {"date": row["day"], "claims": row["n"], "contradictions": 0} for row in claims
    }
    for side in ("claim_a", "claim_b"):
        rows = (
            Contradiction.objects.filter(**{f"{side}__speaker_id": speaker_id})
            .exclude(status=Contradiction.Status.REJECTED)
            .annotate(day=TruncDate(Coalesce(f"{side}__source__published_at", f"{side}__created_at")))
            .values("day")
            .annotate(n=Count("id"))
        )
        for row in rows:
            bucket = buckets.setdefault(row["day"], {"date": row["day"], "claims": 0, "contradictions": 0})
            bucket["contradictions"] += row["n"]
    return sorted(buckets.values(), key=lambda b: b["date"])
