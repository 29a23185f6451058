"""Read-side queries (HackSoft style)."""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, timedelta

import numpy as np
from django.conf import settings
from django.db import connection
from django.db.models import Count, F, QuerySet, Sum, TextField, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast, Greatest, Least, Substr

from claims.bulk import pg_array as _pg_array
from claims.models import Claim, ClaimTerm, Contradiction, SpeakerAlias, TermCount
from claims.services import CONTEXT_CHARS
from extractors.base import Detector
from extractors.pipeline import pair_may_contradict, same_event_terms

# SQLite refuses a compound SELECT of more than 500 members (SQLITE_MAX_COMPOUND_SELECT).
_SQLITE_TERMS_PER_QUERY = 200


def _per_term_rows(terms: list[str], inner: str, params: list) -> list[tuple]:
    """SQLite, the small embedded default: the rows of ``inner`` (a query bounded by its own LIMIT,
    naming the term ``{term}``; ``params`` are its other parameters) for every term, as ``inner`` for
    term 1 UNION ALL ``inner`` for term 2 …, in chunks. (PostgreSQL reads the same rows in one
    statement with a LATERAL sub-select per term: ``_recent_postings``.)"""
    found: list[tuple] = []
    one = inner.format(term="%s")
    with connection.cursor() as cursor:
        for start in range(0, len(terms), _SQLITE_TERMS_PER_QUERY):
            chunk = terms[start : start + _SQLITE_TERMS_PER_QUERY]
            union = " UNION ALL ".join(f"SELECT * FROM ({one}) AS t{i}" for i in range(len(chunk)))
            cursor.execute(union, [value for term in chunk for value in (term, *params)])
            found.extend(cursor.fetchall())
    return found


def contradiction_candidates_batch(
    *,
    claims: list[Claim],
    window: timedelta,
    limit: int | None = None,
    detectors: list[Detector] | None = None,
) -> dict[int, list[Claim]]:
    """For each claim (typically one article's or a batch's), the claims about the same event
    (``extractors.pipeline.same_event``, decided on the key terms the index holds), within the time
    window, from another speaker or (self-contradiction over time) from the same speaker in another
    article.

    Never all pairs, and never a scan that grows with the database: each term reads at most
    ``MIZAN_CANDIDATE_POSTINGS_PER_TERM`` of its most recent postings inside the window (an
    index-only scan of ``(term, published_on, claim)``), terms with ``MIZAN_CANDIDATE_COMMON_TERM`` or
    more postings in the window are too common to tell events apart and are skipped, and at most
    ``limit`` candidates are kept per claim, ranked by the rarity (in the window) of the terms they share. So the work is
    bounded by constants whatever the size of the database, in six queries for the whole batch (on
    PostgreSQL); ``bench/contradiction_scale.py`` measures what this costs in recall against brute
    force. With ``detectors``, a pair that none of them could call a contradiction, judged on the
    notes stored with the two claims (``extractors.pipeline.pair_may_contradict``), is dropped before
    the candidate is loaded.
    """
    limit = limit or settings.MIZAN_CANDIDATE_LIMIT
    per_term = settings.MIZAN_CANDIDATE_POSTINGS_PER_TERM
    common = settings.MIZAN_CANDIDATE_COMMON_TERM
    by_id = {c.id: c for c in claims}
    terms_of: dict[int, set[str]] = defaultdict(set)
    day_of: dict[int, date] = {}
    for claim_id, term, day in ClaimTerm.objects.filter(claim_id__in=_ids_in(by_id)).values_list(
        "claim_id", "term", "published_on"
    ):
        terms_of[claim_id].add(term)
        day_of[claim_id] = day
    terms = sorted(set().union(*terms_of.values())) if terms_of else []
    if len(terms) < 2:
        return {}
    table = connection.ops.quote_name(ClaimTerm._meta.db_table)
    # A batch may span several days: read the union of their windows, then keep each claim's own.
    lo, hi = min(day_of.values()) - window, max(day_of.values()) + window
    # 1. How common is each term in the window? From the per-day counts kept with the index.
    frequency = {term: n for term, n in _window_counts(terms, lo=lo, hi=hi).items() if n < common}
    usable = sorted(frequency)
    if len(usable) < 2:
        return {}
    # 2. The most recent postings of every usable term (index-only scans: claimterm_term_date_claim).
    postings = _recent_postings(table, usable, lo=lo, hi=hi, per_term=per_term)
    # 3. Per claim: the others sharing at least two usable terms, ranked by the rarity of what they
    # share (a rare name shared says more than a common word), so the limit keeps the likeliest.
    weight = {term: math.log(1 + common / n) for term, n in frequency.items()}
    chosen = {
        claim_id: _ranked_candidates(
            claim_id,
            [(postings[t], weight[t]) for t in sorted(own_terms & postings.keys())],
            first=(day_of[claim_id] - window).toordinal(),
            last=(day_of[claim_id] + window).toordinal(),
            limit=limit,
        )
        for claim_id, own_terms in terms_of.items()
    }
    # 4. The same-event gate (extractors.pipeline.same_event) on the key terms of every candidate,
    # read from one row per candidate (Claim.key_terms) together with its detectors' notes, so no
    # candidate text is read, let alone analysed, unless it passes.
    wanted = {other for ids in chosen.values() for other in ids}
    text_terms, notes_of = _gate_rows(ids=wanted, known=by_id)
    overlap = settings.MIZAN_SAME_EVENT_MIN_OVERLAP
    gated = {
        claim_id: [
            other
            for other in ids
            if same_event_terms(text_terms[claim_id], text_terms[other], min_overlap=overlap)
        ]
        for claim_id, ids in chosen.items()
    }
    if detectors is not None:
        # 4b. The detectors' prefilter on the notes stored with each claim: a set intersection per pair.
        signals = {i: notes_of(i) for i in {o for ids in gated.values() for o in ids} | by_id.keys()}
        gated = {
            claim_id: [
                other
                for other in ids
                if pair_may_contradict(
                    detectors,
                    text_terms[claim_id],
                    signals[claim_id],
                    text_terms[other],
                    signals[other],
                )
            ]
            for claim_id, ids in gated.items()
        }
    # 5. The candidates that passed, with only what a detector sees of them (claims.services.claim_view):
    # the paragraph before each claim is cut out by the database, not read with the whole article.
    found = candidate_claims(ids={o for ids in gated.values() for o in ids})
    result: dict[int, list[Claim]] = {}
    for claim_id, ids in gated.items():
        claim = by_id[claim_id]
        # One copy of a syndicated statement (its text key) is enough, and a copy of the claim itself
        # cannot contradict it.
        seen = {claim.text_key} - {""}
        kept = []
        for other in (found[i] for i in ids if i in found):
            if other.source_id == claim.source_id and other.speaker_id == claim.speaker_id:
                continue
            if other.text_key in seen:
                continue
            if other.text_key:
                seen.add(other.text_key)
            kept.append(other)
        result[claim_id] = kept
    return result


def _window_counts(terms: list[str], *, lo: date, hi: date) -> dict[str, int]:
    """How many claims hold each term between ``lo`` and ``hi`` (``TermCount``: a few rows per term,
    one per day, instead of counting postings)."""
    if connection.vendor == "postgresql":
        table = connection.ops.quote_name(TermCount._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT term, SUM(claims) FROM {table} WHERE term = ANY(%s::text[]) AND day BETWEEN %s AND %s "
                "GROUP BY term",
                [_pg_array(terms), lo, hi],
            )
            return {term: int(n) for term, n in cursor.fetchall()}
    counts: dict[str, int] = {}
    for start in range(0, len(terms), _SQLITE_TERMS_PER_QUERY):
        rows = (
            TermCount.objects.filter(
                term__in=terms[start : start + _SQLITE_TERMS_PER_QUERY], day__range=(lo, hi)
            )
            .values_list("term")
            .annotate(n=Sum("claims"))
        )
        counts.update((term, int(n)) for term, n in rows)
    return counts


def _recent_postings(
    table: str, terms: list[str], *, lo: date, hi: date, per_term: int
) -> dict[str, np.ndarray]:
    """Each term's ``per_term`` most recent postings dated between ``lo`` and ``hi``, as an array of
    (claim id, day ordinal) rows. On PostgreSQL each term's postings come back as two integer arrays
    in one row (a batch reads about 400,000 postings: one Python tuple and one ``date`` per posting
    cost more than the query); SQLite, the small embedded default, returns one row per posting."""
    inner = (
        f"SELECT claim_id, published_on FROM {table} WHERE term = {{term}} AND published_on BETWEEN %s AND %s "
        f"ORDER BY published_on DESC, claim_id DESC LIMIT %s"
    )
    if connection.vendor == "postgresql":
        epoch = date(1970, 1, 1)
        lateral = inner.format(term="t.term")
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT t.term, p.ids, p.days FROM unnest(%s::text[]) AS t(term) CROSS JOIN LATERAL ("
                f" SELECT array_agg(claim_id) AS ids, array_agg(published_on - %s::date) AS days FROM ({lateral}) AS q"
                ") AS p WHERE p.ids IS NOT NULL",
                [_pg_array(terms), epoch, lo, hi, per_term],
            )
            return {
                term: np.column_stack(
                    (np.asarray(ids, dtype=np.int64), np.asarray(days, dtype=np.int64) + epoch.toordinal())
                )
                for term, ids, days in cursor.fetchall()
            }
    rows: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for term, claim_id, day in _per_term_rows(
        terms, inner.replace("SELECT claim_id", "SELECT term, claim_id"), [lo, hi, per_term]
    ):
        rows[term].append((claim_id, date.fromisoformat(str(day)).toordinal()))
    return {term: np.array(pairs, dtype=np.int64).reshape(-1, 2) for term, pairs in rows.items()}


def _gate_rows(
    *, ids: set[int], known: dict[int, Claim]
) -> tuple[dict[int, frozenset[str]], Callable[[int], dict[str, frozenset[str]]]]:
    """What the same-event gate and the prefilter read of claims by id: their key terms (without the
    speaker) and a function giving their detectors' notes (``Claim.detector_signals``) as sets.
    Claims in ``known`` are read from themselves, the others in one query of one row each; the notes
    come as JSON text, decoded only for the candidates that pass the gate (most do not). Claims stored
    before ``Claim.key_terms`` existed (NULL) have their terms read from the index rows."""
    terms: dict[int, frozenset[str]] = {}
    raw: dict[int, dict | str] = {}
    for claim_id, claim in known.items():
        if claim.key_terms is not None:
            terms[claim_id] = frozenset(claim.key_terms.split())
        raw[claim_id] = claim.detector_signals
    missing = ids - known.keys()
    if missing:
        rows = (
            Claim.objects.filter(id__in=_ids_in(missing))
            .annotate(notes=Cast("detector_signals", TextField()))
            .values_list("id", "key_terms", "notes")
        )
        for claim_id, key_terms, notes in rows:
            if key_terms is not None:
                terms[claim_id] = frozenset(key_terms.split())
            raw[claim_id] = notes
    unfilled = (ids | known.keys()) - terms.keys()
    if unfilled:
        from_index: dict[int, set[str]] = defaultdict(set)
        for claim_id, term in ClaimTerm.objects.filter(claim_id__in=_ids_in(unfilled)).values_list(
            "claim_id", "term"
        ):
            if not term.startswith("@"):
                from_index[claim_id].add(term)
        terms.update({claim_id: frozenset(from_index[claim_id]) for claim_id in unfilled})
    decoded: dict[int, dict[str, frozenset[str]]] = {}
    # Most claims carry one of a few notes ('{"…lexical@0.8.0": ["e:decrease"]}'): decoded once each,
    # so claims with the same notes share one dict (read-only: callers only test membership).
    by_text: dict[str, dict[str, frozenset[str]]] = {}

    def notes_of(claim_id: int) -> dict[str, frozenset[str]]:
        if claim_id not in decoded:
            notes = raw.get(claim_id) or {}
            if isinstance(notes, str):
                if notes not in by_text:
                    by_text[notes] = {label: frozenset(marks) for label, marks in json.loads(notes).items()}
                decoded[claim_id] = by_text[notes]
            else:
                decoded[claim_id] = {label: frozenset(marks) for label, marks in notes.items()}
        return decoded[claim_id]

    return terms, notes_of


def _ranked_candidates(
    claim_id: int, postings: list[tuple[np.ndarray, float]], *, first: int, last: int, limit: int
) -> list[int]:
    """The claims found in at least two of ``postings`` (each an array of (claim id, day ordinal)
    rows with the weight of its term) dated between ``first`` and ``last``, best first: by the summed
    weight of the terms they share, then by id (most recent first). numpy rather than a loop over
    dicts: a batch of 50 articles walks about a million postings."""
    if len(postings) < 2:
        return []
    rows = np.concatenate([p for p, _ in postings])
    weights = np.concatenate([np.full(len(p), w) for p, w in postings])
    keep = (rows[:, 1] >= first) & (rows[:, 1] <= last) & (rows[:, 0] != claim_id)
    ids, position, shared = np.unique(rows[keep, 0], return_inverse=True, return_counts=True)
    score = np.bincount(position, weights=weights[keep], minlength=len(ids))
    several = shared >= 2
    ids, score = ids[several], score[several]
    best = np.lexsort((-ids, -score))[:limit]  # last key first: score descending, then id descending
    return ids[best].tolist()


def _ids_in(ids: Iterable[int]) -> Iterable[int] | RawSQL:
    """The right-hand side of an ``id__in`` filter: on PostgreSQL one array parameter rather than
    thousands (psycopg takes longer to prepare a query with 10,000 parameters than PostgreSQL takes
    to run it)."""
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::bigint[])", [_pg_array(sorted(ids))])
    return list(ids)


def candidate_claims(*, ids: set[int]) -> dict[int, Claim]:
    """Candidate claims by id, loaded with only what ``claims.services.claim_view`` reads; the
    paragraph before the claim (at most 400 characters) comes as ``context_before``."""
    start = F("start")
    return {
        claim.id: claim
        for claim in Claim.objects.select_related("speaker", "source")
        .only(
            "id",
            "source_id",
            "speaker_id",
            "text",
            "text_key",
            "start",
            "numbers",
            "dates",
            "cue",
            "speaker__name",
            "source__published_at",
        )
        .annotate(
            context_before=Substr(
                "source__text",
                Greatest(start - CONTEXT_CHARS + 1, Value(1)),
                Least(start, Value(CONTEXT_CHARS)),
            )
        )
        .filter(id__in=_ids_in(ids))
    }


def contradictions_report(*, include_rejected: bool = False) -> QuerySet[Contradiction]:
    qs = Contradiction.objects.select_related(
        "claim_a__speaker", "claim_a__source", "claim_b__speaker", "claim_b__source", "reviewer"
    ).defer(  # whole article bodies are not part of the report
        "claim_a__source__text",
        "claim_b__source__text",
        "claim_a__normalized_text",
        "claim_b__normalized_text",
    )
    if not include_rejected:
        qs = qs.exclude(status=Contradiction.Status.REJECTED)
    return qs.order_by("-score", "-id")


def speaker_alias_holder(*, key: str, exclude_id: int | None = None) -> SpeakerAlias | None:
    """The alias row that holds a speaker key (``claims.text.speaker_key``), with its speaker."""
    if not key:
        return None
    return (
        SpeakerAlias.objects.select_related("speaker").filter(normalized=key).exclude(pk=exclude_id).first()
    )


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
