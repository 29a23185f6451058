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
