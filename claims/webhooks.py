"""Webhooks: clients register a URL and event types; deliveries are signed and sent by Celery.

Signature: ``X-Mizan-Signature: sha256=<hex HMAC-SHA256 of the raw body with the webhook secret>``.
Target URLs on private, loopback, link-local or reserved addresses are refused (SSRF) unless
``MIZAN_WEBHOOKS_ALLOW_PRIVATE`` is on; the address is checked again at every delivery, since DNS
answers can change.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import secrets
import socket
import uuid
from urllib.parse import urlsplit

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction

from claims.models import Webhook, WebhookDelivery


class WebhookURLError(ValueError):
    """The URL may not receive webhooks; the message says why."""


def url_check(url: str) -> None:
    """Refuse URLs that are not http(s) or that resolve to a non-public address."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise WebhookURLError("webhook URLs must be http(s) with a host name")
    if getattr(settings, "MIZAN_WEBHOOKS_ALLOW_PRIVATE", False):
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    except (socket.gaierror, UnicodeError) as exc:
        raise WebhookURLError(f"cannot resolve {parts.hostname!r}: {exc}") from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global or address.is_multicast:
            raise WebhookURLError(
                f"{parts.hostname!r} resolves to {address}, a private, loopback, link-local or reserved address"
            )


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def webhook_create(*, owner, url: str, events: list[str], active: bool = True) -> Webhook:
    url_check(url)
    return Webhook.objects.create(
        owner=owner, url=url, events=sorted(set(events)), active=active, secret=secrets.token_hex(32)
    )


def webhook_event_emit(*, event: str, payload: dict) -> list[WebhookDelivery]:
    """Record one delivery per subscribed webhook and send them after the transaction commits."""
    from claims.tasks import deliver_webhook  # late import: tasks import this module

    deliveries = []
    body = json.loads(json.dumps(payload, cls=DjangoJSONEncoder))
    for webhook in Webhook.objects.filter(active=True):
        if event not in webhook.events:
            continue
        delivery = WebhookDelivery.objects.create(
            webhook=webhook, event=event, delivery_id=uuid.uuid4().hex, payload=body, attempt=1
        )
        deliveries.append(delivery)
        transaction.on_commit(lambda pk=delivery.pk: deliver_webhook.delay(pk))
    return deliveries


class DeliveryFailed(Exception):
    """A delivery attempt failed and should be retried."""


def delivery_attempt(*, delivery_id: int, attempt: int) -> WebhookDelivery:
    """Send one attempt; log it (one row per attempt). Raises DeliveryFailed to ask for a retry."""
    import requests

    first = WebhookDelivery.objects.select_related("webhook").get(pk=delivery_id)
    if attempt == 1:
        row = first
    else:
        row = WebhookDelivery.objects.create(
            webhook=first.webhook,
            event=first.event,
            delivery_id=first.delivery_id,
            payload=first.payload,
            attempt=attempt,
        )
    webhook = first.webhook
    envelope = {"event": first.event, "delivery": first.delivery_id, "data": first.payload}
    body = json.dumps(envelope, ensure_ascii=False, sort_keys=True).encode()
    try:
        url_check(webhook.url)
        response = requests.post(
            webhook.url,
            data=body,
            timeout=10,
            allow_redirects=False,
            headers={
                "Content-Type": "application/json",
                "User-Agent": "Mizan-Webhooks/1",
                "X-Mizan-Event": first.event,
                "X-Mizan-Delivery": first.delivery_id,
                "X-Mizan-Signature": sign(webhook.secret, body),
            },
        )
        row.status_code = response.status_code
        row.response_excerpt = response.text[:500]
        row.success = 200 <= response.status_code < 300
        if not row.success:
            row.error = f"HTTP {response.status_code}"
    except WebhookURLError as exc:
        row.error = f"refused: {exc}"  # permanent: no retry
        row.save()
        return row
    except requests.RequestException as exc:
        row.error = f"{type(exc).__name__}: {exc}"[:2000]
    row.save()
    if not row.success:
        raise DeliveryFailed(row.error)
    return row
