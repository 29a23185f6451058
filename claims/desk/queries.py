"""Read-only queries for the desk views (the API's selectors live in claims/selectors.py)."""

from __future__ import annotations

from collections import Counter

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from claims.models import Claim, Contradiction, Speaker, SpeakerAlias, Verdict
from claims.text import normalize_ar

QUEUES = ("suggested", "confirmed", "rejected", "all")


def reviewers() -> QuerySet:
    """Active staff who may take a claim: superusers or holders of claims.change_claim."""
    perm = Permission.objects.get(content_type__app_label="claims", codename="change_claim")
    return (
        get_user_model()
        .objects.filter(is_active=True, is_staff=True)
        .filter(Q(is_superuser=True) | Q(groups__permissions=perm) | Q(user_permissions=perm))
        .distinct()
        .order_by("username")
    )


def has_contradictions_q(statuses=("suggested", "confirmed")) -> Q:
    """Claims in at least one contradiction with one of ``statuses``."""
    rows = Contradiction.objects.filter(status__in=statuses)
    return Q(Exists(rows.filter(claim_a=OuterRef("pk")))) | Q(Exists(rows.filter(claim_b=OuterRef("pk"))))


def claim_search(queryset: QuerySet, term: str) -> QuerySet:
    """Claims whose text, speaker name or speaker alias contains every word of ``term``, ignoring
    diacritics and hamza/alef/ya/ta-marbuta variants (both sides normalised with normalize_ar)."""
    words = normalize_ar(term).split()
    if not words:
        return queryset
    cond = Q()
    for word in words:
        aliases = SpeakerAlias.objects.filter(speaker=OuterRef("speaker"), normalized__contains=word)
        cond &= (
            Q(normalized_text__contains=word)
            | Q(speaker__normalized_name__contains=word)
            | Q(Exists(aliases))
            | Q(text__icontains=word)
        )
    if term.strip().lstrip("#").isdigit():
        cond |= Q(pk=int(term.strip().lstrip("#")))
    return queryset.filter(cond)


def speaker_search(queryset: QuerySet, term: str) -> QuerySet:
    words = normalize_ar(term).split()
    cond = Q()
    for word in words:
        aliases = SpeakerAlias.objects.filter(speaker=OuterRef("pk"), normalized__contains=word)
        cond &= Q(normalized_name__contains=word) | Q(Exists(aliases)) | Q(role__icontains=word)
    return queryset.filter(cond) if words else queryset


def contradiction_search(queryset: QuerySet, term: str) -> QuerySet:
    words = normalize_ar(term).split()
    cond = Q()
    for word in words:
        cond &= (
            Q(claim_a__normalized_text__contains=word)
            | Q(claim_b__normalized_text__contains=word)
            | Q(claim_a__speaker__normalized_name__contains=word)
            | Q(claim_b__speaker__normalized_name__contains=word)
            | Q(explanation__icontains=word)
        )
    return queryset.filter(cond) if words else queryset


def review_queue(queue: str) -> QuerySet:
    rows = Contradiction.objects.all()
    if queue != "all":
        rows = rows.filter(status=queue)
    return rows.order_by("-score", "-id")


def queue_neighbours(row: Contradiction, queue: str) -> dict:
    """Previous and next contradiction in the queue's order (-score, -id), and this one's position."""
    rows = review_queue(queue)
    after = Q(score__lt=row.score) | Q(score=row.score, id__lt=row.id)
    before = Q(score__gt=row.score) | Q(score=row.score, id__gt=row.id)
    prev_row = rows.filter(before).order_by("score", "id").first()
    next_row = rows.filter(after).first()
    return {
        "prev": prev_row,
        "next": next_row,
        "position": rows.filter(before).count() + 1,
        "total": rows.count(),
    }


def contradiction_for_review(pk) -> Contradiction:
    return Contradiction.objects.select_related(
        "claim_a__speaker", "claim_a__source", "claim_b__speaker", "claim_b__source", "reviewer"
    ).get(pk=pk)


def speaker_dossier(speaker: Speaker) -> dict:
    """Everything the dossier page shows about one speaker."""
    claims = list(
        Claim.objects.filter(speaker=speaker)
        .select_related("source", "assignee")
        .annotate(verdict_count=Count("verdicts"))
        .order_by("source__published_at", "source_id", "start")
    )
    ids = [c.id for c in claims]
    contradictions = list(
        Contradiction.objects.filter(Q(claim_a_id__in=ids) | Q(claim_b_id__in=ids))
        .select_related("claim_a__speaker", "claim_a__source", "claim_b__speaker", "claim_b__source")
        .order_by("-score", "-id")
    )
    verdicts = Verdict.objects.filter(claim__speaker=speaker).select_related("rating")
    published = Counter(v.rating for v in verdicts if v.status == Verdict.Status.PUBLISHED)
    return {
        "aliases": list(speaker.aliases.order_by("alias")),
        "claims": claims,
        "contradictions": contradictions,
        "self_contradictions": [
            c for c in contradictions if c.claim_a.speaker_id == c.claim_b.speaker_id == speaker.id
        ],
        "verdict_counts": sorted(published.items(), key=lambda kv: -kv[0].value),
        "drafted_count": sum(1 for v in verdicts if v.status == Verdict.Status.DRAFTED),
        "status_counts": Counter(c.status for c in claims),
        "merge_candidates": merge_candidates(speaker),
    }


def merge_candidates(speaker: Speaker, limit: int = 8) -> list[Speaker]:
    """Other speakers who share a name word (the surname first) with this one: likely duplicates."""
    words = [w for w in speaker.normalized_name.split() if len(w) > 2]
    if not words:
        return []
    cond = Q()
    for word in words:
        cond |= Q(normalized_name__contains=word) | Q(aliases__normalized__contains=word)
    return list(Speaker.objects.exclude(pk=speaker.pk).filter(cond).distinct().order_by("name")[:limit])
