"""Celery tasks: thin, ids only, each calling one service."""

from __future__ import annotations

from celery import shared_task

from extractors.services import TRANSIENT_ERRORS, source_process


@shared_task(
    name="mizan.process_source",
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=2,
    retry_backoff_max=120,
    retry_jitter=True,
    max_retries=6,
)
def process_source(source_id: int) -> None:
    """Run the enabled extractors over one article, then contradiction detection for it."""
    source_process(source_id=source_id)


@shared_task(name="mizan.ping", acks_late=False, ignore_result=False)
def ping() -> str:
    """A no-op through the broker: measures raw task throughput and proves workers consume."""
    return "pong"
