"""Read-side queries (HackSoft style)."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.db.models import Count, QuerySet
from django.utils import timezone

from claims.models import Claim, ClaimTerm, Contradiction


def _per_term_union(terms: list[str], inner: str, params_for) -> tuple[str, list]:
    """``SELECT … FROM (inner for term 1) UNION ALL SELECT … FROM (inner for term 2) …``: each member is
    bounded by its own LIMIT, which both SQLite and PostgreSQL accept inside a sub-select."""
    parts, params = [], []
    for i, term in enumerate(terms):
        parts.append(f"SELECT * FROM ({inner}) AS t{i}")
        params.extend(params_for(term))
    return " UNION ALL ".join(parts), params


def contradiction_candidates(*, claim: Claim, window: timedelta, limit: int | None = None) -> list[Claim]:
    """Claims about the same event as ``claim``: sharing at least two normalised key terms, within the
    time window, from another speaker or (self-contradiction over time) from the same speaker in
    another article.

    Never all pairs, and never a scan that grows with the database: each term reads at most
    ``MIZAN_CANDIDATE_POSTINGS_PER_TERM`` of its most recent postings inside the window (index on
    ``(term, published_on)``), terms with ``MIZAN_CANDIDATE_COMMON_TERM`` or more postings in the
    window are too common to tell events apart and are skipped, and at most ``limit`` candidates are
    kept, most shared terms first. So the work per claim is bounded by constants, whatever the size
    of the database; ``bench/contradiction_scale.py`` measures what this costs in recall against
    brute force.
    """
    limit = limit or settings.MIZAN_CANDIDATE_LIMIT
    per_term = settings.MIZAN_CANDIDATE_POSTINGS_PER_TERM
    common = settings.MIZAN_CANDIDATE_COMMON_TERM
    terms = sorted(ClaimTerm.objects.filter(claim=claim).values_list("term", flat=True))
    if len(terms) < 2:
        return []
    table = connection.ops.quote_name(ClaimTerm._meta.db_table)
    day = claim.terms.values_list("published_on", flat=True).first() or timezone.now().date()
    lo, hi = day - window, day + window
    # 1. How common is each term in the window (counted up to the cap only)?
    sql, params = _per_term_union(
        terms,
        f"SELECT term FROM {table} WHERE term = %s AND published_on BETWEEN %s AND %s LIMIT %s",
        lambda term: [term, lo, hi, common],
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT term, COUNT(*) FROM ({sql}) AS counted GROUP BY term", params)
        usable = [term for term, n in cursor.fetchall() if n < common]
    if len(usable) < 2:
        return []
    # 2. Recent postings of the usable terms → claims sharing at least two of them.
    sql, params = _per_term_union(
        usable,
        f"SELECT claim_id FROM {table} WHERE term = %s AND published_on BETWEEN %s AND %s "
        f"ORDER BY published_on DESC, claim_id DESC LIMIT %s",
        lambda term: [term, lo, hi, per_term],
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT claim_id, COUNT(*) AS shared FROM ({sql}) AS postings WHERE claim_id <> %s "
            f"GROUP BY claim_id HAVING COUNT(*) >= 2 ORDER BY shared DESC, claim_id DESC LIMIT %s",
            [*params, claim.id, limit],
        )
        ids = [row[0] for row in cursor.fetchall()]
    candidates = Claim.objects.filter(id__in=ids).select_related("speaker", "source")
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
