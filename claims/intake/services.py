"""Intake services: feed polling, rejected input, reconcile, the worker canary, beat schedules."""

from __future__ import annotations

import hashlib
import logging
import time
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from claims.intake.fetch import FetchError, fetch
from claims.intake.sanitize import name_clean
from claims.intake.urls import canonical_url
from claims.models import Feed, RejectedInput, Source, WorkerCanary

logger = logging.getLogger(__name__)


# --- Rejected input -----------------------------------------------------------------------------


def reject_record(
    *, origin: str, reason: str, where: str = "", data: bytes | str | None = None, size: int | None = None
) -> RejectedInput | None:
    """Record refused input with its reason. The same (origin, reason, where) is recorded once a
    minute at most, so a flood of identical rejects cannot flood the table (it is logged anyway)."""
    logger.warning("rejected %s input %s: %s", origin, where[:200], reason[:300])
    # A stable digest (Python's hash() differs per process, so workers would not share the key).
    text = f"{reason[:200]}\x00{where[:200]}".encode("utf-8", "surrogatepass")
    digest = hashlib.sha256(text).hexdigest()[:32]
    key = f"mizan:reject:{origin}:{digest}"
    if not cache.add(key, 1, timeout=60):
        return None
    if isinstance(data, bytes):
        size = len(data) if size is None else size
        excerpt = data[:600].decode("utf-8", "replace")
    else:
        excerpt = data or ""
        size = len(excerpt.encode("utf-8", "surrogatepass")) if size is None else size
    return RejectedInput.objects.create(
        origin=origin,
        reason=name_clean(reason)[:500],
        where=name_clean(where)[:2000],
        excerpt=name_clean(excerpt[:600])[:300],
        size=size or 0,
    )


# --- Feeds --------------------------------------------------------------------------------------


def feed_is_due(feed: Feed, now: datetime) -> bool:
    interval = max(settings.MIZAN_FEED_MIN_INTERVAL, feed.poll_interval)
    return feed.last_polled_at is None or feed.last_polled_at + timedelta(seconds=interval) <= now


def feeds_poll_due() -> list[int]:
    """Queue a poll of every active feed that is due. A feed is claimed (last_polled_at set) under a
    row lock that other pollers skip, so two beat ticks or two schedulers never poll it twice."""
    from claims.tasks import poll_feed

    now = timezone.now()
    queued = []
    with transaction.atomic():
        for feed in Feed.objects.select_for_update(skip_locked=True).filter(active=True):
            if feed_is_due(feed, now):
                Feed.objects.filter(pk=feed.pk).update(last_polled_at=now)
                queued.append(feed.pk)
        for pk in queued:
            transaction.on_commit(lambda pk=pk: poll_feed.delay(pk))
    return queued


def _entry_when(entry) -> datetime | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime(*value[:6], tzinfo=UTC)
            except (TypeError, ValueError):
                continue
    return None


def page_text(html: bytes, url: str) -> str:
    """The main text of an article page (trafilatura); "" when it finds none."""
    import trafilatura

    return (
        trafilatura.extract(html, url=url, include_comments=False, include_tables=False, favor_precision=True)
        or ""
    )


def _html_fragment_text(fragment: str) -> str:
    import trafilatura

    return trafilatura.html2txt(fragment) if "<" in fragment else fragment


def feed_poll(*, feed_id: int) -> dict:
    """Fetch a feed (conditional GET), then each new entry's page; store new articles as sources.
    Entries already stored (same canonical URL) are not fetched again. Errors are kept on the feed;
    refused entries are recorded as RejectedInput. Returns counts."""
    import feedparser

    from claims.services import ArticleError, source_ingest

    feed = Feed.objects.get(pk=feed_id)
    counts = {"new": 0, "known": 0, "rejected": 0, "not_modified": False, "complete": True}
    try:
        got = fetch(
            feed.url,
            etag=feed.etag,
            last_modified=feed.last_modified,
            max_bytes=settings.MIZAN_FEED_MAX_BYTES,
        )
    except FetchError as exc:
        Feed.objects.filter(pk=feed.pk).update(last_error=f"fetching the feed: {exc}"[:2000], last_new=0)
        reject_record(origin=RejectedInput.Origin.FEED, reason=f"feed: {exc}", where=feed.url)
        return counts
    if got.not_modified:
        counts["not_modified"] = True
        Feed.objects.filter(pk=feed.pk).update(last_error="", last_new=0)
        return counts
    parsed = feedparser.parse(got.body, response_headers={"content-location": got.url})
    if parsed.bozo and not parsed.entries:
        error = f"not a feed: {type(parsed.bozo_exception).__name__}: {parsed.bozo_exception}"[:500]
        Feed.objects.filter(pk=feed.pk).update(last_error=error, last_new=0)
        reject_record(origin=RejectedInput.Origin.FEED, reason=error, where=feed.url, data=got.body)
        return counts
    deadline = time.monotonic() + settings.MIZAN_FEED_POLL_BUDGET
    entries = parsed.entries[: settings.MIZAN_FEED_MAX_ENTRIES]
    if len(parsed.entries) > len(entries):
        reject_record(
            origin=RejectedInput.Origin.FEED,
            reason=f"{len(parsed.entries)} entries, over the {settings.MIZAN_FEED_MAX_ENTRIES}-entry cap:"
            " the rest is left for later polls",
            where=feed.url,
        )
    for entry in entries:
        if time.monotonic() > deadline:
            counts["complete"] = False  # the rest next time: the validators are not stored
            break
        link = (entry.get("link") or "").strip()
        canonical = canonical_url(link)
        if not canonical:
            counts["rejected"] += 1
            reject_record(
                origin=RejectedInput.Origin.FEED,
                reason="entry without an http(s) link",
                where=feed.url,
                data=str(entry.get("title", "")),
            )
            continue
        if Source.objects.filter(canonical_url=canonical).exists():
            counts["known"] += 1
            continue
        try:
            page = fetch(link)
        except FetchError as exc:
            counts["rejected"] += 1
            counts["complete"] = False  # a transient error: try the entry again at the next poll
            reject_record(origin=RejectedInput.Origin.FEED, reason=f"page: {exc}", where=link)
            continue
        text = page_text(page.body, page.url)
        if not text.strip():  # no main text on the page: the feed's own content, if any
            content = entry.get("content") or []
            fragment = content[0].get("value", "") if content else entry.get("summary", "")
            text = _html_fragment_text(fragment or "")
        try:
            result = source_ingest(
                text=text,
                title=str(entry.get("title", "")),
                url=link,
                outlet=feed.outlet or str(parsed.feed.get("title", "")),
                published_at=_entry_when(entry),
                language=feed.language,
                external_id=str(entry.get("id", "")),
                original=page.body,
            )
        except ArticleError as exc:
            counts["rejected"] += 1
            reject_record(origin=RejectedInput.Origin.FEED, reason=str(exc), where=link, data=page.body)
            continue
        counts["new" if result.created else "known"] += 1
    update = {"last_error": "", "last_new": counts["new"]}
    if counts["complete"]:
        update |= {"etag": got.etag, "last_modified": got.last_modified}
    Feed.objects.filter(pk=feed.pk).update(**update)
    return counts


# --- Reconcile ----------------------------------------------------------------------------------


def sources_reconcile(*, older_than: int | None = None, limit: int | None = None) -> list[int]:
    """Dispatch again every source left pending or processing for longer than MIZAN_RECONCILE_AFTER
    seconds (a message lost with Redis, a worker that died before it could requeue …). Sources being
    processed right now hold a row lock and are skipped. Effects are idempotent, so a source
    dispatched twice is processed once more at worst."""
    from claims.services import sources_dispatch

    age = settings.MIZAN_RECONCILE_AFTER if older_than is None else older_than
    now = timezone.now()
    cutoff = now - timedelta(seconds=age)
    stale = Q(last_activity_at__lt=cutoff) | Q(last_activity_at__isnull=True, created_at__lt=cutoff)
    with transaction.atomic():
        ids = list(
            Source.objects.select_for_update(skip_locked=True)
            .filter(stale, status__in=[Source.Status.PENDING, Source.Status.PROCESSING])
            .order_by("id")
            .values_list("id", flat=True)[: limit or settings.MIZAN_RECONCILE_BATCH]
        )
        Source.objects.filter(id__in=ids).update(last_activity_at=now)
        sources_dispatch(source_ids=ids)
    if ids:
        logger.warning("reconcile: dispatched %d stale source(s) again", len(ids))
    return ids


# --- The worker canary --------------------------------------------------------------------------


def canary_send() -> bool:
    """Send a canary task through the broker (no retries: a dead broker fails fast)."""
    from claims.tasks import canary

    now = timezone.now()
    row, _ = WorkerCanary.objects.get_or_create(name="default")
    if row.sent_at is None or (row.seen_at is not None and row.seen_at >= row.sent_at):
        WorkerCanary.objects.filter(pk=row.pk).update(sent_at=now)  # the oldest unanswered one counts
    try:
        canary.apply_async(expires=settings.MIZAN_CANARY_MAX_AGE, retry=False)
    except Exception as exc:  # the broker is down: the broker check reports it
        logger.warning("canary not sent: %s", exc)
        return False
    return True


def canary_record(*, hostname: str = "") -> None:
    """Called by the canary task in a worker."""
    WorkerCanary.objects.update_or_create(
        name="default", defaults={"seen_at": timezone.now(), "hostname": hostname[:200]}
    )


def canary_status(now: datetime | None = None) -> dict:
    """ok: the last canary sent has been answered, or is younger than MIZAN_CANARY_MAX_AGE."""
    now = now or timezone.now()
    row = WorkerCanary.objects.filter(name="default").first()
    if row is None or row.sent_at is None:
        return {"ok": False, "detail": "no canary sent yet"}
    seen = {"last_seen": row.seen_at.isoformat() if row.seen_at else None, "worker": row.hostname}
    if row.seen_at is not None and row.seen_at >= row.sent_at:
        return {"ok": True, "detail": f"answered {int((now - row.seen_at).total_seconds())} s ago", **seen}
    waiting = (now - row.sent_at).total_seconds()
    if waiting > settings.MIZAN_CANARY_MAX_AGE or row.seen_at is None:
        return {
            "ok": False,
            "detail": f"no worker answered the canary sent {int(waiting)} s ago"
            + ("" if row.seen_at else " (no worker ever answered)"),
            **seen,
        }
    return {"ok": True, "detail": f"canary sent {int(waiting)} s ago, waiting", **seen}


# --- Beat schedules -----------------------------------------------------------------------------

SCHEDULES = {
    # name in the admin: (task, every N seconds)
    "mizan: poll feeds that are due": ("mizan.feeds_poll_due", 60),
    "mizan: reconcile stale sources": ("mizan.reconcile", 60),
    "mizan: worker canary": ("mizan.canary", 60),
    "mizan: keep the candidate index fast": ("mizan.maintain_index", 60),
}


def setup_schedules(periodic_task=None, interval_schedule=None) -> int:
    """Create the beat schedules (django-celery-beat, editable in the admin) that are missing; never
    overwrites one an operator changed. The models may be passed in (from a data migration)."""
    if periodic_task is None or interval_schedule is None:
        from django_celery_beat.models import IntervalSchedule, PeriodicTask

        periodic_task, interval_schedule = PeriodicTask, IntervalSchedule
    created = 0
    for name, (task, seconds) in SCHEDULES.items():
        if periodic_task.objects.filter(name=name).exists():
            continue
        every, _ = interval_schedule.objects.get_or_create(every=seconds, period="seconds")
        periodic_task.objects.create(name=name, task=task, interval=every, enabled=True)
        created += 1
    return created
