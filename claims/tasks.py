"""Celery tasks of the claims app: thin, ids only."""

from __future__ import annotations

from celery import shared_task

from claims.webhooks import DeliveryFailed, delivery_attempt


@shared_task(
    bind=True, name="mizan.deliver_webhook", acks_late=True, reject_on_worker_lost=True, max_retries=5
)
def deliver_webhook(self, delivery_id: int) -> None:
    """Deliver one webhook event; retry with exponential backoff (2, 4, 8, 16, 32 s …)."""
    try:
        delivery_attempt(delivery_id=delivery_id, attempt=self.request.retries + 1)
    except DeliveryFailed as exc:
        raise self.retry(exc=exc, countdown=2 ** (self.request.retries + 1)) from exc
