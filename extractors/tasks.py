"""Celery tasks: thin, ids only, each calling one service."""

from __future__ import annotations

from celery import shared_task
from celery.utils.time import get_exponential_backoff_interval
from django.db import close_old_connections

from extractors.services import TRANSIENT_ERRORS, source_attempt_undo, source_process


@shared_task(
    bind=True,
    name="mizan.process_source",
    acks_late=True,
    reject_on_worker_lost=True,
    max_retries=6,
)
def process_source(self, source_id: int) -> None:
    """Run the enabled extractors over one article, then contradiction detection for it.

    Delivery is at least once (acks_late, requeued when the worker dies) and the effects are
    idempotent. A transient database error (connection dropped, server restarting) is retried with
    exponential backoff on a fresh connection and does not count against MIZAN_MAX_ATTEMPTS."""
    try:
        source_process(source_id=source_id)
    except TRANSIENT_ERRORS as exc:
        close_old_connections()  # drop the broken connection: the retry opens a new one
        try:
            from django.db import connection

            connection.close()
            source_attempt_undo(source_id=source_id)
        except TRANSIENT_ERRORS:
            pass  # still down: the attempt stays counted, the retry happens anyway
        countdown = get_exponential_backoff_interval(2, self.request.retries, 120, full_jitter=True)
        raise self.retry(exc=exc, countdown=countdown) from exc


@shared_task(name="mizan.ping", acks_late=False, ignore_result=False)
def ping() -> str:
    """A no-op through the broker: measures raw task throughput and proves workers consume."""
    return "pong"
