"""Liveness of the three moving parts: the database, the broker and the workers (a canary task).

Celery workers have been seen to stay up but stop consuming after a Redis restart (celery issues
#8030, #10205); only a task that actually goes through the broker and comes back proves they work.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.db import connection


def database_check() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:
        return {"ok": False, "detail": f"{type(exc).__name__}: {exc}"[:300]}
    return {"ok": True, "detail": connection.vendor}


def broker_check() -> dict:
    from config.celery_app import app

    if app.conf.task_always_eager:
        return {"ok": True, "detail": "no broker: tasks run in-process (eager)"}
    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, interval_start=0, interval_step=0.2, timeout=3)
            client = getattr(conn.default_channel, "client", None)
            if client is not None and hasattr(client, "ping"):
                client.ping()
            transport = conn.transport_cls
    except Exception as exc:
        return {"ok": False, "detail": f"{type(exc).__name__}: {exc}"[:300]}
    return {"ok": True, "detail": str(transport)}


def worker_check(*, wait: float = 0.0) -> dict:
    """Send a canary and wait up to ``wait`` seconds for a worker to run it; then judge by
    canary_status (unanswered for longer than MIZAN_CANARY_MAX_AGE → not ok)."""
    from claims.intake.services import canary_send, canary_status
    from config.celery_app import app

    if app.conf.task_always_eager:
        return {"ok": True, "detail": "no broker: tasks run in-process (eager)"}
    try:
        sent = canary_send()
        deadline = time.monotonic() + wait
        status = canary_status()
        while sent and wait and time.monotonic() < deadline and not status["detail"].startswith("answered"):
            time.sleep(0.1)
            status = canary_status()
    except Exception as exc:
        return {"ok": False, "detail": f"{type(exc).__name__}: {exc}"[:300]}
    return status


def health(*, wait: float | None = None) -> dict:
    wait = settings.MIZAN_HEALTH_CANARY_WAIT if wait is None else wait
    checks = {"database": database_check(), "broker": broker_check()}
    if checks["database"]["ok"]:
        checks["worker"] = worker_check(wait=wait if checks["broker"]["ok"] else 0)
    else:
        checks["worker"] = {"ok": False, "detail": "unknown: the database is down"}
    ok = all(c["ok"] for c in checks.values())
    return {"status": "ok" if ok else "fail", "checks": checks}
