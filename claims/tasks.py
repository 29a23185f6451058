"""Celery tasks of the claims app: thin, ids only."""

from __future__ import annotations

from celery import shared_task
from django.db import InterfaceError, OperationalError

from claims.webhooks import DeliveryFailed, delivery_attempt

TRANSIENT_ERRORS = (OperationalError, InterfaceError)


@shared_task(
    bind=True, name="mizan.deliver_webhook", acks_late=True, reject_on_worker_lost=True, max_retries=5
)
def deliver_webhook(self, delivery_id: int) -> None:
    """Deliver one webhook event; retry with exponential backoff (2, 4, 8, 16, 32 s …)."""
    try:
        delivery_attempt(delivery_id=delivery_id, attempt=self.request.retries + 1)
    except DeliveryFailed as exc:
        raise self.retry(exc=exc, countdown=2 ** (self.request.retries + 1)) from exc


@shared_task(
    name="mizan.poll_feed",
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=2,
    max_retries=3,
)
def poll_feed(feed_id: int) -> dict:
    """Fetch one feed and its new pages; store new articles (each queues its own processing)."""
    from claims.intake.services import feed_poll

    return feed_poll(feed_id=feed_id)


@shared_task(name="mizan.feeds_poll_due", acks_late=True, autoretry_for=TRANSIENT_ERRORS, max_retries=2)
def feeds_poll_due() -> int:
    """Beat, every minute: queue a poll of each active feed that is due."""
    from claims.intake.services import feeds_poll_due as poll_due

    return len(poll_due())


@shared_task(name="mizan.reconcile", acks_late=True, autoretry_for=TRANSIENT_ERRORS, max_retries=2)
def reconcile() -> int:
    """Beat, every minute: dispatch again sources stuck in pending/processing (lost messages)."""
    from claims.intake.services import sources_reconcile

    return len(sources_reconcile())


@shared_task(name="mizan.maintain_index", acks_late=False, ignore_result=True)
def maintain_index() -> list[str]:
    """Beat, every minute: keep the candidate index's statistics and visibility map fresh."""
    from claims.services import index_maintain

    return index_maintain()


@shared_task(bind=True, name="mizan.canary", acks_late=False, ignore_result=True)
def canary(self) -> None:
    """Proves a worker consumes from the broker: records when and where it ran."""
    from claims.intake.services import canary_record

    canary_record(hostname=self.request.hostname or "")
