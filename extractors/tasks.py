"""Celery tasks: thin, ids only, each calling one service."""

from __future__ import annotations

from celery import shared_task
from celery.utils.time import get_exponential_backoff_interval
from django.db import close_old_connections

from extractors.services import TRANSIENT_ERRORS, source_process, sources_attempt_undo, sources_process

# Delivery is at least once (acks_late, requeued when the worker dies) and the effects are
# idempotent. A transient database error (connection dropped, server restarting) is retried with
# exponential backoff on a fresh connection and does not count against MIZAN_MAX_ATTEMPTS.
AT_LEAST_ONCE = {"bind": True, "acks_late": True, "reject_on_worker_lost": True, "max_retries": 6}


@shared_task(name="mizan.process_source", **AT_LEAST_ONCE)
def process_source(self, source_id: int) -> None:
    """Run the enabled extractors over one article, then contradiction detection for it."""
    try:
        source_process(source_id=source_id, skip_finished=True)  # a second delivery of done work
    except TRANSIENT_ERRORS as exc:
        raise _retry(self, exc, [source_id]) from exc


@shared_task(name="mizan.process_sources", **AT_LEAST_ONCE)
def process_sources(self, source_ids: list[int]) -> None:
    """The same for a batch of articles (queued by ``claims.services.sources_dispatch``)."""
    try:
        sources_process(source_ids=source_ids, skip_finished=True)
    except TRANSIENT_ERRORS as exc:
        raise _retry(self, exc, source_ids) from exc


def _retry(task, exc: Exception, source_ids: list[int]) -> Exception:
    close_old_connections()  # drop the broken connection: the retry opens a new one
    try:
        from django.db import connection

        connection.close()
        sources_attempt_undo(source_ids=source_ids)
    except TRANSIENT_ERRORS:
        pass  # still down: the attempt stays counted, the retry happens anyway
    countdown = get_exponential_backoff_interval(2, task.request.retries, 120, full_jitter=True)
    return task.retry(exc=exc, countdown=countdown)


@shared_task(name="mizan.ping", acks_late=False, ignore_result=False)
def ping() -> str:
    """A no-op through the broker: measures raw task throughput and proves workers consume."""
    return "pong"
