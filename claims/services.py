"""Business logic for claims (HackSoft style: keyword-only functions, the only writers of models)."""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import JSONField
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from claims.bulk import copy_insert, copy_rows, history_insert, pg_array
from claims.intake.sanitize import name_clean, original_hash, text_clean
from claims.intake.urls import canonical_url
from claims.models import (
    Claim,
    ClaimTerm,
    Contradiction,
    Rating,
    Source,
    Speaker,
    SpeakerAlias,
    TermCount,
    Verdict,
)
from claims.text import content_hash, detect_language, speaker_key
from extractors.base import ClaimView, PairResult, SpeakerMention
from extractors.builtin.arabic import key_terms

logger = logging.getLogger(__name__)


class ArticleError(ValueError):
    """An article that cannot be stored; the message says why in one line."""


@dataclass(frozen=True)
class IngestResult:
    source: Source
    created: bool


# Unicode category Cc (C0 and C1 controls) without tab, line feed and carriage return: one regex scan
# instead of a per-character ``unicodedata.category`` call (a tenth of database-free extraction time).
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def article_text_check(text: str) -> str:
    """Refuse what is not an article (wrong type, binary, empty, oversize); return it unchanged."""
    if not isinstance(text, str):
        raise ArticleError(f"text must be a string, got {type(text).__name__}")
    if "\x00" in text:
        raise ArticleError("text contains NUL bytes: binary data, not an article")
    controls = len(CONTROL_CHARACTERS.findall(text))
    if controls > max(10, len(text) // 100):
        raise ArticleError(f"text has {controls} control characters: binary data, not an article")
    if not text.strip():
        raise ArticleError("article text is empty")
    size = len(text.encode("utf-8"))
    if size > settings.MIZAN_MAX_ARTICLE_BYTES:
        raise ArticleError(f"article is {size} bytes, over the {settings.MIZAN_MAX_ARTICLE_BYTES}-byte limit")
    return text


def article_text_clean(text: str) -> str:
    """What is stored: checked, then NFC with Unix line ends and without bidi controls or stray
    invisible characters (claims/intake/sanitize.py). Claim offsets refer to this text."""
    article_text_check(text)
    cleaned = text_clean(text)
    if not cleaned.strip():
        raise ArticleError("article text is empty once invisible characters are removed")
    return cleaned


def source_ingest(
    *,
    text: str,
    title: str = "",
    url: str = "",
    outlet: str = "",
    published_at: datetime | None = None,
    language: str = "",
    external_id: str = "",
    original: bytes | None = None,
) -> IngestResult:
    """Store an article once and queue its processing after commit.

    Duplicates are recognised by content hash and by canonical URL, both enforced by unique
    constraints in the database (an IntegrityError is a duplicate stored concurrently, never a
    check-then-insert race). ``original``: the bytes as received (a fetched page), hashed for
    provenance; by default the text as given."""
    row = _source_row(
        text=text,
        title=title,
        url=url,
        outlet=outlet,
        published_at=published_at,
        language=language,
        external_id=external_id,
        received=original if original is not None else text,
    )
    existing = _source_duplicate(row.content_hash, row.canonical_url)
    if existing:
        return IngestResult(existing, created=False)
    try:
        with transaction.atomic():
            row.save()
    except IntegrityError:  # the same article (text or URL) arrived concurrently
        existing = _source_duplicate(row.content_hash, row.canonical_url)
        if existing is None:
            raise
        return IngestResult(existing, created=False)
    source_dispatch(source_id=row.id)
    return IngestResult(row, created=True)


def _source_row(
    *, text, title, url, outlet, published_at, language, external_id, received: bytes | str
) -> Source:
    """The unsaved Source for an article: text checked and cleaned (ArticleError if refused), names
    sanitised, hashes of the stored text and of what was received."""
    text = article_text_clean(text)
    if published_at is not None and timezone.is_naive(published_at):
        published_at = timezone.make_aware(published_at, timezone.get_default_timezone())
    return Source(
        text=text,
        title=name_clean(title or text.strip().splitlines()[0])[:1000],
        url=(url or "").strip()[:2000],
        canonical_url=canonical_url(url or ""),
        outlet=name_clean(outlet or "")[:200],
        published_at=published_at,
        language=language or detect_language(text),
        external_id=name_clean(str(external_id or ""))[:200],
        content_hash=content_hash(text),
        original_hash=original_hash(received if isinstance(received, bytes) else str(received)),
        last_activity_at=timezone.now(),
    )


def _source_duplicate(digest: str, canonical: str) -> Source | None:
    found = Source.objects.filter(content_hash=digest).first()
    if found is None and canonical:
        found = Source.objects.filter(canonical_url=canonical).first()
    return found


def source_dispatch(*, source_id: int) -> None:
    """Queue the processing of a source once the current transaction commits (ids only)."""
    from extractors.tasks import process_source  # late import: tasks import services

    transaction.on_commit(lambda: process_source.delay(source_id))


def sources_dispatch(*, source_ids: list[int]) -> None:
    """Queue the processing of many sources after commit, ``MIZAN_PROCESS_BATCH`` per task: a batch
    is stored with a handful of statements instead of a few dozen per article (one article alone
    goes through ``source_dispatch``)."""
    from extractors.tasks import process_sources

    size = max(1, settings.MIZAN_PROCESS_BATCH)
    for start in range(0, len(source_ids), size):
        chunk = list(source_ids[start : start + size])
        if len(chunk) == 1:
            source_dispatch(source_id=chunk[0])
        else:
            transaction.on_commit(lambda chunk=chunk: process_sources.delay(chunk))


def _article_fields(article) -> dict:
    """An ``ArticleInput`` as the keyword arguments of ``source_ingest``."""
    return {
        "text": article.text,
        "title": article.title,
        "url": article.url,
        "outlet": article.outlet,
        "published_at": article.published_at,
        "language": article.language,
        "external_id": article.id,
    }


def sources_ingest(*, articles: list) -> list[IngestResult | ArticleError]:
    """Store many articles (``claims.inputs.ArticleInput``) with one insert and queue them in batches.

    The answer has one item per article, in order: its ``IngestResult``, or the ``ArticleError``
    saying why it was refused. Duplicates (within the list or already stored) are found by content
    hash and canonical URL; if another process stores one of them at the same moment, the unique
    constraints refuse the bulk insert and each article is stored on its own instead."""
    answers: list[IngestResult | ArticleError | None] = [None] * len(articles)
    rows: dict[int, Source] = {}
    for i, article in enumerate(articles):
        try:
            rows[i] = _source_row(**_article_fields(article), received=article.text)
        except ArticleError as exc:
            answers[i] = exc
    stored = {
        key: source
        for source in Source.objects.filter(content_hash__in=[r.content_hash for r in rows.values()])
        for key in (source.content_hash, source.canonical_url)
        if key
    }
    urls = [r.canonical_url for r in rows.values() if r.canonical_url and r.content_hash not in stored]
    stored.update({s.canonical_url: s for s in Source.objects.filter(canonical_url__in=urls)})
    new: list[Source] = []
    for i, row in rows.items():
        seen = stored.get(row.content_hash) or (stored.get(row.canonical_url) if row.canonical_url else None)
        if seen is not None:
            answers[i] = IngestResult(seen, created=False)
            continue
        new.append(row)
        answers[i] = IngestResult(row, created=True)
        stored[row.content_hash] = row
        if row.canonical_url:
            stored[row.canonical_url] = row
    try:
        with transaction.atomic():
            _sources_insert(new)
            sources_dispatch(source_ids=[s.id for s in new])
    except IntegrityError:  # stored concurrently by another process: one at a time instead
        for i, article in enumerate(articles):
            if isinstance(answers[i], IngestResult):
                answers[i] = source_ingest(**_article_fields(article))
    return answers  # type: ignore[return-value]


def _sources_insert(rows: list[Source]) -> None:
    """``bulk_create`` of new sources, ids set. On PostgreSQL through ``COPY`` (the article texts are
    most of the bytes, and ``bulk_create`` has psycopg quote them in Python: ``claims.bulk``), the ids
    read back by content hash (unique). A duplicate still raises ``IntegrityError``."""
    if connection.vendor != "postgresql" or not rows:
        Source.objects.bulk_create(rows)
        return
    copy_insert(Source, rows)
    ids = dict(
        Source.objects.filter(content_hash__in=[row.content_hash for row in rows]).values_list(
            "content_hash", "id"
        )
    )
    for row in rows:
        row.id = ids[row.content_hash]
        row._state.adding, row._state.db = False, connection.alias  # as bulk_create leaves them


def speaker_resolve(*, mention: SpeakerMention) -> Speaker:
    """Find the speaker across articles through normalised names and aliases, or create one."""
    return speakers_resolve(mentions=[mention])[0]


def _speaker_keys(mention: SpeakerMention) -> list[str]:
    keys: list[str] = []
    for name in (mention.name, *mention.aliases):
        key = speaker_key(name) if name else ""
        if key and key not in keys:
            keys.append(key)
    return keys


def speakers_resolve(*, mentions: list[SpeakerMention]) -> list[Speaker]:
    """The speaker of each mention (same order), found through normalised names and aliases or
    created, in a few statements for the whole list. Empty details (role, organisation, country) of
    a known speaker are filled from the mention. Every name becomes an alias, and a surname alone
    too (الكاظمي → مصطفى الكاظمي) when nobody else holds it."""
    keyed = [(mention, _speaker_keys(mention)) for mention in mentions]
    known = {
        alias.normalized: alias.speaker
        for alias in SpeakerAlias.objects.select_related("speaker").filter(
            normalized__in={key for _, keys in keyed for key in keys}
        )
    }
    resolved: list[Speaker] = []
    created: dict[str, Speaker] = {}  # new speakers by each of their keys (one per name in the list)
    changed: dict[int, Speaker] = {}
    for mention, keys in keyed:
        speaker = next((known[k] for k in keys if k in known), None) or next(
            (created[k] for k in keys if k in created), None
        )
        if speaker is None:
            speaker = Speaker(
                name=mention.name,
                normalized_name=speaker_key(mention.name),
                kind=mention.kind,
                role=mention.role,
                organisation=mention.organisation,
                country=mention.country,
            )
            created.update(dict.fromkeys(keys, speaker))
            if not keys:
                created[f"#{id(speaker)}"] = speaker  # a name that normalises to nothing: no alias
        elif speaker.pk is not None:
            for field in ("role", "organisation", "country"):
                if not getattr(speaker, field) and getattr(mention, field):
                    setattr(speaker, field, getattr(mention, field))
                    changed[speaker.pk] = speaker
        resolved.append(speaker)
    new = list({id(s): s for s in created.values()}.values())
    Speaker.objects.bulk_create(new)
    if changed:
        Speaker.objects.bulk_update(list(changed.values()), ["role", "organisation", "country"])
    aliases: dict[str, SpeakerAlias] = {}
    for (mention, _), speaker in zip(keyed, resolved, strict=True):
        names = [mention.name, *mention.aliases]
        if mention.kind == "person" and len(mention.name.split()) >= 2:
            names.append(mention.name.split()[-1])
        for name in names:
            key = speaker_key(name) if name else ""
            if key and key not in aliases:
                aliases[key] = SpeakerAlias(normalized=key, speaker=speaker, alias=name)
    SpeakerAlias.objects.bulk_create(list(aliases.values()), ignore_conflicts=True)
    # Another worker may have created the same speaker at the same moment: its alias won the unique
    # constraint, so use its speaker and drop ours (which has no claims yet).
    keys_of_new = {s.normalized_name: s for s in new if s.normalized_name}
    owners = dict(
        SpeakerAlias.objects.filter(normalized__in=list(keys_of_new)).values_list("normalized", "speaker_id")
    )
    lost = {s.pk: owners[k] for k, s in keys_of_new.items() if owners.get(k) not in (None, s.pk)}
    if lost:
        winners = Speaker.objects.in_bulk(set(lost.values()))
        resolved = [winners[lost[s.pk]] if s.pk in lost else s for s in resolved]
        Speaker.objects.filter(pk__in=list(lost)).delete()
    return resolved


def claim_fingerprint(*, source: Source, start: int, end: int) -> str:
    return hashlib.sha256(f"{source.content_hash}:{start}:{end}".encode()).hexdigest()


def claim_index_terms(*, claim: Claim) -> None:
    """(Re)build the claim's entries in the key-term index used for candidate pairs."""
    claims_index_terms(claims=[claim])


def claim_key_terms(text: str) -> str:
    """``Claim.key_terms`` of a claim text: its key terms (what the index holds for it, speaker
    aside), sorted and space-separated (a term never holds a space)."""
    return " ".join(sorted(key_terms(text)))


def claims_index_terms(*, claims: list[Claim], fresh: set[int] | frozenset[int] = frozenset()) -> None:
    """(Re)build the key-term index entries of several claims in two statements. The text's terms are
    ``Claim.key_terms`` where the claim carries them (made as it was stored), else made here. Claims
    whose ids are in ``fresh`` were inserted in this transaction: they have no entries to delete."""
    if not claims:
        return
    stale = [claim.id for claim in claims if claim.id not in fresh]
    counts: Counter[tuple[str, date]] = Counter()
    if stale:
        old = ClaimTerm.objects.filter(claim_id__in=stale)
        counts.subtract(old.exclude(published_on=None).values_list("term", "published_on"))
        old.delete()
    rows: list[tuple[str, int, date]] = []
    for claim in claims:
        # Undated sources count as published the day they were stored, so every posting has a date.
        published_on = (claim.source.published_at or claim.source.created_at or timezone.now()).date()
        text_terms = (claim.key_terms if claim.key_terms is not None else claim_key_terms(claim.text)).split()
        terms = set(text_terms) | ({f"@{claim.speaker_id}"} if claim.speaker_id else set())
        rows.extend((term, claim.id, published_on) for term in sorted(terms))
    _claim_terms_insert(rows)
    counts.update((term, day) for term, _, day in rows)
    term_counts_add(counts)


def term_counts_add(counts: Counter[tuple[str, date]]) -> None:
    """Add to the per-day term counts (``TermCount``) in one statement, creating missing rows. The
    rows are written in (term, day) order, so two workers adding to the same terms lock them in the
    same order and never deadlock; a worker waits at most for the other's transaction to commit.
    Written by hand because Django's ``bulk_create(update_conflicts=True)`` can only overwrite a
    column with the new value, not add to it."""
    changes = sorted((key, n) for key, n in counts.items() if n)
    if not changes:
        return
    table = connection.ops.quote_name(TermCount._meta.db_table)
    upsert = f"ON CONFLICT (term, day) DO UPDATE SET claims = {table}.claims + EXCLUDED.claims"
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                f"INSERT INTO {table} (term, day, claims) SELECT * FROM unnest(%s::text[], %s::date[], "
                f"%s::int[]) ORDER BY 1, 2 {upsert}",
                [
                    pg_array([t for (t, _), _ in changes]),
                    pg_array([d.isoformat() for (_, d), _ in changes]),
                    pg_array([n for _, n in changes]),
                ],
            )
        else:
            cursor.executemany(
                f"INSERT INTO {table} (term, day, claims) VALUES (%s, %s, %s) {upsert}",
                [(t, d, n) for (t, d), n in changes],
            )


def term_counts_rebuild() -> int:
    """Recount ``TermCount`` from the index rows (after claims were deleted, whose counts stay
    behind, or after index rows were written by other means). Returns the number of (term, day)
    rows. One transaction: readers see the old counts until it commits."""
    table = connection.ops.quote_name(TermCount._meta.db_table)
    index = connection.ops.quote_name(ClaimTerm._meta.db_table)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table}")
        cursor.execute(
            f"INSERT INTO {table} (term, day, claims) SELECT term, published_on, COUNT(*) FROM {index} "
            "WHERE published_on IS NOT NULL GROUP BY term, published_on"
        )
    return TermCount.objects.count()


def _claim_terms_insert(rows: list[tuple[str, int, date]]) -> None:
    """Insert index rows (term, claim id, published_on). On PostgreSQL through ``COPY``: Django's
    ``bulk_create`` there sends each column as an array that psycopg adapts value by value in Python
    (2,000 rows of a 50-article batch: 37-80 ms against 21-30 ms with ``COPY``, measured while
    ingesting); SQLite, the embedded default, through ``bulk_create``."""
    if connection.vendor != "postgresql":
        ClaimTerm.objects.bulk_create(
            [ClaimTerm(term=term, claim_id=claim_id, published_on=day) for term, claim_id, day in rows]
        )
        return
    copy_rows(ClaimTerm, ["term", "claim", "published_on"], rows)


# Tables whose statistics and visibility map the candidate queries depend on (index_maintain).
INDEXED_TABLES = (ClaimTerm, Claim, Source, TermCount)


def index_maintain(*, min_changed_rows: int | None = None) -> list[str]:
    """On PostgreSQL, ``VACUUM (ANALYZE)`` the tables the candidate queries read once at least
    ``MIZAN_INDEX_VACUUM_ROWS`` rows were inserted, updated or deleted since their last vacuum or
    analyze; returns
    the tables vacuumed. Run every minute by beat. Why not leave it to autovacuum: its default
    thresholds are a fraction of the table (20 % of a million index rows is one vacuum per 200,000
    postings), it may be switched off (it is on this project's CI machine), and without it the
    planner works from stale statistics and the "most recent postings" scans cannot be answered from
    the index alone — on 73k real claims candidate generation took 49 ms per article instead of 25.
    SQLite (the embedded default) needs nothing: an empty list. Must run outside a transaction."""
    if connection.vendor != "postgresql":
        return []
    threshold = settings.MIZAN_INDEX_VACUUM_ROWS if min_changed_rows is None else min_changed_rows
    tables = [model._meta.db_table for model in INDEXED_TABLES]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname FROM pg_stat_user_tables WHERE relname = ANY(%s) "
            "AND (n_ins_since_vacuum + n_dead_tup >= %s OR n_mod_since_analyze >= %s) ORDER BY relname",
            [tables, threshold, threshold],
        )
        due = [name for (name,) in cursor.fetchall()]
        for name in due:
            cursor.execute(f"VACUUM (ANALYZE) {connection.ops.quote_name(name)}")
    return due


# What a detector is shown of the text before a claim (claim_context).
CONTEXT_CHARS = 400


def claim_view(claim: Claim) -> ClaimView:
    """What a detector sees of a stored claim: offsets of numbers/dates made relative to the claim."""

    def relative(items: list[dict]) -> tuple[dict, ...]:
        return tuple({**i, "start": i["start"] - claim.start, "end": i["end"] - claim.start} for i in items)

    return ClaimView(
        text=claim.text,
        speaker=claim.speaker.name if claim.speaker else "",
        numbers=relative(claim.numbers),
        dates=relative(claim.dates),
        published_at=claim.source.published_at.date() if claim.source.published_at else None,
        context=claim_context(claim),
        cue=claim.cue,
    )


def claim_context(claim: Claim) -> str:
    """The paragraph before a claim, at most ``CONTEXT_CHARS`` characters: where an explicit report
    («تتناقض تصريحات…») or a denial's target is written. Read from ``claim.context_before`` (those
    characters, cut out by the database: ``claims.selectors.candidate_claims``) when the claim was
    loaded with it, else from the article's text."""
    before = getattr(claim, "context_before", None)
    if before is None:
        before = claim.source.text[max(0, claim.start - CONTEXT_CHARS) : claim.start]
    return before[before.rfind("\n") + 1 :]


def contradiction_record(
    *, claim_1: Claim, claim_2: Claim, result: PairResult, detector, version
) -> Contradiction | None:
    """Store a suggested contradiction, one row per unordered pair. A pair a person has already
    reviewed keeps its status: a rejected pair is never suggested again by the same detector version."""
    return contradictions_record(found=[(claim_1, claim_2, result, detector, version)])[0]


def contradictions_record(
    *, found: list[tuple[Claim, Claim, PairResult, str, str]]
) -> list[Contradiction | None]:
    """``contradiction_record`` for many pairs (claim, claim, result, detector, version): the pairs
    already stored are read in one query. A pair whose two statements (``Claim.text_key``) already
    have a row through other copies of them (a wire story in several outlets) is not stored again:
    None in its place."""
    ordered = [(a, b) if a.id < b.id else (b, a) for a, b, *_ in found]
    existing = {
        (row.claim_a_id, row.claim_b_id): row
        for row in Contradiction.objects.filter(
            claim_a_id__in={a.id for a, _ in ordered}, claim_b_id__in={b.id for _, b in ordered}
        )
    }
    # The same two statements syndicated by other outlets are suggested (and reviewed) once.
    keys = {claim.text_key for pair in ordered for claim in pair} - {""}
    stated = {
        frozenset(pair)
        for pair in Contradiction.objects.filter(
            claim_a__text_key__in=keys, claim_b__text_key__in=keys
        ).values_list("claim_a__text_key", "claim_b__text_key")
    }
    stored: list[Contradiction | None] = []
    new: dict[tuple[int, int], tuple[int, Contradiction]] = {}  # pair → (position in found, new row)
    for position, ((a, b), (claim_1, _, result, detector, version)) in enumerate(
        zip(ordered, found, strict=True)
    ):
        row = existing.get((a.id, b.id))
        statements = frozenset((a.text_key, b.text_key)) if a.text_key and b.text_key else None
        if row is None and statements is not None:
            if statements in stated:
                stored.append(None)
                continue
            stated.add(statements)
        if row is None:
            if (a.id, b.id) not in new:
                values = _contradiction_values(a, claim_1, result, detector, version)
                new[(a.id, b.id)] = (position, Contradiction(claim_a=a, claim_b=b, **values))
            stored.append(new[(a.id, b.id)][1])
            continue
        stored.append(_contradiction_store(a, b, claim_1, result, detector, version, row))
    if new:
        try:  # the new rows and their history rows in two statements
            with transaction.atomic():
                _contradictions_insert([row for _, row in new.values()])
        except IntegrityError:  # another worker stored one of these pairs meanwhile: one at a time
            for position, row in new.values():
                claim_1, _, result, detector, version = found[position]
                again = _contradiction_store(
                    row.claim_a, row.claim_b, claim_1, result, detector, version, None
                )
                for i, kept in enumerate(stored):
                    if kept is row:
                        stored[i] = again
    return stored


def _contradictions_insert(rows: list[Contradiction]) -> None:
    """Insert new contradictions with their history rows ("+", no user), setting their ids: what
    ``bulk_create_with_history`` does. On PostgreSQL in two statements written here (the ids are
    needed back, so not ``claims.bulk.copy_insert``): Django 5.2 does not send a JSON field through
    its ``UNNEST`` bulk insert (so 30 rows are 360 parameters quoted in Python), and simple-history
    builds each history row as a model instance; 30 rows took 22 ms that way against 11 ms here, and
    at 1M claims an article stores ~30 (bench/contradiction_scale.py). SQLite, the embedded default:
    ``bulk_create_with_history``."""
    if connection.vendor != "postgresql":
        bulk_create_with_history(rows, Contradiction)
        return
    table, quote = Contradiction._meta.db_table, connection.ops.quote_name
    fields = [f for f in Contradiction._meta.concrete_fields if not f.primary_key]
    columns: list[list] = [[] for _ in fields]
    for row in rows:
        for values, field in zip(columns, fields, strict=True):
            value = field.pre_save(row, add=True)  # fills created_at / updated_at like save()
            values.append(json.dumps(value, cls=field.encoder) if isinstance(field, JSONField) else value)
    names = ", ".join(quote(f.column) for f in fields)
    arrays = ", ".join(f"%s::{f.db_type(connection)}[]" for f in fields)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {quote(table)} ({names}) SELECT * FROM unnest({arrays}) RETURNING {quote('id')}",
            columns,
        )
        for row, (ident,) in zip(rows, cursor.fetchall(), strict=True):
            row.pk = ident
            row._state.adding, row._state.db = False, connection.alias
    history_insert(
        Contradiction,
        where=f"{quote('id')} = ANY(%s::bigint[])",
        params=[pg_array(r.pk for r in rows)],
        instance=rows[0],
    )


def _contradiction_values(a: Claim, claim_1: Claim, result: PairResult, detector, version) -> dict:
    """A contradiction row's fields for the pair (a, b) ordered by id, from a result on (claim_1, …)."""
    spans_a, spans_b = (result.spans_a, result.spans_b) if a is claim_1 else (result.spans_b, result.spans_a)
    return {
        "kind": result.kind,
        "score": result.score,
        "explanation": result.explanation,
        "spans": {"a": [list(s) for s in spans_a], "b": [list(s) for s in spans_b]},
        "detector": detector,
        "detector_version": version,
    }


def _contradiction_store(
    a: Claim, b: Claim, claim_1: Claim, result: PairResult, detector, version, existing
) -> Contradiction | None:
    values = _contradiction_values(a, claim_1, result, detector, version)
    if existing is None:
        try:
            with transaction.atomic():
                return Contradiction.objects.create(claim_a=a, claim_b=b, **values)
        except IntegrityError:
            return Contradiction.objects.filter(claim_a=a, claim_b=b).first()
    same_detector = (existing.detector, existing.detector_version) == (detector, version)
    if existing.status == Contradiction.Status.SUGGESTED and (
        existing.score != result.score or not same_detector
    ):
        for key, value in values.items():
            setattr(existing, key, value)
        existing.save()
    elif existing.status == Contradiction.Status.REJECTED and not same_detector:
        # A new detector (version) finds the pair again: suggest it anew; the history keeps the rejection.
        for key, value in values.items():
            setattr(existing, key, value)
        existing.status = Contradiction.Status.SUGGESTED
        existing.save()
    return existing


def contradiction_review(*, contradiction: Contradiction, user, status: str, note: str = "") -> Contradiction:
    """Confirm or reject a suggested contradiction (kept in its history)."""
    if status not in (Contradiction.Status.CONFIRMED, Contradiction.Status.REJECTED):
        raise WorkflowError(f"a review sets 'confirmed' or 'rejected', not {status!r}")
    _require(user, "claims.change_contradiction", "review contradictions")
    newly_confirmed = status == Contradiction.Status.CONFIRMED and contradiction.status != status
    contradiction.status = status
    contradiction.reviewer = user
    contradiction.review_note = note
    contradiction.save(update_fields=["status", "reviewer", "review_note", "updated_at"])
    if newly_confirmed:
        from claims.management.commands.report import contradiction_row
        from claims.webhooks import webhook_event_emit

        webhook_event_emit(event="contradiction.confirmed", payload=contradiction_row(contradiction))
    return contradiction


class WorkflowError(Exception):
    """A verification step that is not allowed; the message says why, nothing was changed."""


# The verification flow: unverified → in review → verdict drafted → published (or dismissed).
TRANSITIONS: dict[str, set[str]] = {
    Claim.Status.UNVERIFIED: {Claim.Status.IN_REVIEW, Claim.Status.DISMISSED},
    Claim.Status.IN_REVIEW: {Claim.Status.IN_REVIEW, Claim.Status.DRAFTED, Claim.Status.DISMISSED},
    Claim.Status.DRAFTED: {Claim.Status.DRAFTED, Claim.Status.PUBLISHED, Claim.Status.IN_REVIEW},
    Claim.Status.PUBLISHED: set(),
    Claim.Status.DISMISSED: {Claim.Status.IN_REVIEW},
}


def _move(claim: Claim, to: str) -> None:
    if to not in TRANSITIONS[claim.status]:
        allowed = ", ".join(sorted(TRANSITIONS[claim.status])) or "none (final)"
        raise WorkflowError(
            f"claim #{claim.id} cannot go from '{claim.status}' to '{to}'; allowed next: {allowed}"
        )
    claim.status = to


def _require(user, permission: str, action: str) -> None:
    if not user.has_perm(permission):
        raise WorkflowError(f"{user} may not {action} (needs permission {permission})")


@transaction.atomic
def claim_assign(*, claim: Claim, reviewer, by) -> Claim:
    """Put a claim in review, assigned to ``reviewer``."""
    _require(by, "claims.change_claim", "assign claims")
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    _move(claim, Claim.Status.IN_REVIEW)
    claim.assignee = reviewer
    claim.save(update_fields=["status", "assignee", "updated_at"])
    return claim


@transaction.atomic
def claim_dismiss(*, claim: Claim, by) -> Claim:
    """Mark a claim as not checkable (an opinion, a greeting …)."""
    _require(by, "claims.change_claim", "dismiss claims")
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    _move(claim, Claim.Status.DISMISSED)
    claim.save(update_fields=["status", "updated_at"])
    return claim


@transaction.atomic
def verdict_draft(
    *, claim: Claim, author, rating: Rating, explanation: str, evidence: list[str] | None = None
) -> Verdict:
    """Draft (or redraft) the verdict on a claim in review."""
    _require(author, "claims.add_verdict", "draft verdicts")
    if not (explanation or "").strip():
        raise WorkflowError("a verdict needs an explanation")
    evidence = [e.strip() for e in (evidence or []) if e and e.strip()]
    bad = [e for e in evidence if not e.startswith(("http://", "https://"))]
    if bad:
        raise WorkflowError(f"evidence must be http(s) links; not: {bad}")
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    _move(claim, Claim.Status.DRAFTED)
    claim.save(update_fields=["status", "updated_at"])
    verdict = claim.verdicts.filter(status=Verdict.Status.DRAFTED).first() or Verdict(
        claim=claim, author=author
    )
    verdict.author, verdict.rating, verdict.explanation, verdict.evidence = (
        author,
        rating,
        explanation.strip(),
        evidence,
    )
    verdict.save()
    return verdict


@transaction.atomic
def verdict_publish(*, verdict: Verdict, approver) -> Verdict:
    """Approve and publish a drafted verdict: a second person, with the editors' permission."""
    _require(approver, "claims.publish_verdict", "publish verdicts")
    verdict = Verdict.objects.select_for_update().select_related("claim").get(pk=verdict.pk)
    if verdict.status != Verdict.Status.DRAFTED:
        raise WorkflowError(
            f"verdict #{verdict.id} is '{verdict.status}', only a drafted verdict can be published"
        )
    if verdict.author_id == approver.id:
        raise WorkflowError("a verdict needs a second person's approval: you cannot publish your own verdict")
    claim = verdict.claim
    _move(claim, Claim.Status.PUBLISHED)
    claim.save(update_fields=["status", "updated_at"])
    verdict.status, verdict.approved_by, verdict.published_at = (
        Verdict.Status.PUBLISHED,
        approver,
        timezone.now(),
    )
    verdict.save(update_fields=["status", "approved_by", "published_at", "updated_at"])
    from claims.claimreview import claimreview_export
    from claims.webhooks import webhook_event_emit

    webhook_event_emit(event="verdict.published", payload=claimreview_export(verdict))
    return verdict


def window(days: int | None = None) -> timedelta:
    return timedelta(days=days if days is not None else settings.MIZAN_CONTRADICTION_WINDOW_DAYS)


@transaction.atomic
def speaker_save(*, speaker: Speaker) -> Speaker:
    """Save a speaker edited by hand (the admin): its key follows its name. Then (once its alias rows
    are saved) ``speaker_name_alias_ensure``."""
    speaker.normalized_name = speaker_key(speaker.name)
    speaker.save()
    return speaker


def speaker_name_alias_ensure(*, speaker: Speaker) -> Speaker | None:
    """Make the speaker's name one of its aliases, so later articles that write it find this speaker.
    Returns the other speaker when another already holds that name (then nothing changes: the two
    are to be merged), else None."""
    if not speaker.normalized_name:
        return None
    alias, _ = SpeakerAlias.objects.select_related("speaker").get_or_create(
        normalized=speaker.normalized_name, defaults={"speaker": speaker, "alias": speaker.name}
    )
    return alias.speaker if alias.speaker_id != speaker.pk else None


@transaction.atomic
def speaker_merge(*, keep: Speaker, merge: Speaker, by) -> Speaker:
    """Merge ``merge`` into ``keep``: its claims and aliases move over, its name becomes an alias,
    empty details of ``keep`` are filled from it, and ``merge`` is deleted. All or nothing."""
    _require(by, "claims.change_speaker", "merge speakers")
    _require(by, "claims.delete_speaker", "merge speakers")
    if keep.pk == merge.pk:
        raise WorkflowError("a speaker cannot be merged into itself: choose two different speakers")
    locked = {s.pk: s for s in Speaker.objects.select_for_update().filter(pk__in=[keep.pk, merge.pk])}
    if len(locked) != 2:
        raise WorkflowError("one of the two speakers no longer exists (already merged?)")
    keep, merge = locked[keep.pk], locked[merge.pk]
    changed = [f for f in ("role", "organisation", "country") if not getattr(keep, f) and getattr(merge, f)]
    for field in changed:
        setattr(keep, field, getattr(merge, field))
    if changed:
        keep.save(update_fields=changed)
    SpeakerAlias.objects.filter(speaker=merge).update(speaker=keep)
    for name in (merge.name, keep.name):
        key = speaker_key(name)
        if key:
            SpeakerAlias.objects.get_or_create(normalized=key, defaults={"speaker": keep, "alias": name})
    for claim in Claim.objects.select_for_update().select_related("source").filter(speaker=merge):
        claim.speaker = keep
        claim.save(update_fields=["speaker", "updated_at"])  # one history row per moved claim
        claim_index_terms(claim=claim)  # the candidate index keys claims by speaker too
    merge.delete()
    return keep
