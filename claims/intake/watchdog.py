"""A worker-side watchdog for the broker: restart the consumer when Redis was restarted under it.

Celery workers have been seen to stay up after a Redis restart without noticing it and without
consuming again (celery #8030, #10205): no "connection lost" in the log, no reconnect, queued tasks
left untouched. The canary (``claims.intake.health``) *reports* such a worker; this step *heals* it.

Every ``MIZAN_BROKER_WATCHDOG_INTERVAL`` seconds, on the consumer's own event loop, it asks Redis
for its ``run_id`` over a separate short-lived connection. A different ``run_id`` than the one seen
when the consumer (re)started means Redis restarted (and, without persistence, lost every queued
message); Redis out of reach on two checks in a row means the same. Either way the step raises a
Redis ``ConnectionError`` out of the event loop: Celery treats it as a lost broker connection and
restarts the consumer (reconnect with retries, declare the queues, consume again), exactly what it
does when it does notice a lost connection. Celery has no such check of its own, hence this step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from celery import bootsteps

logger = logging.getLogger(__name__)


def redis_run_id(url: str, *, timeout: float = 2.0) -> str:
    """The ``run_id`` of the Redis server at ``url`` (changes at every server start)."""
    import redis

    client = redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout)
    try:
        return str(client.info("server")["run_id"])
    finally:
        client.close()


class BrokerWatch:
    """The decision, apart from Celery: ``check()`` raises when the consumer must restart."""

    def __init__(self, run_id: Callable[[], str], *, allowed_failures: int = 1) -> None:
        self.run_id = run_id
        self.allowed_failures = allowed_failures
        self.seen: str | None = None
        self.failures = 0

    def reset(self) -> None:
        """The consumer (re)started: remember the server it consumes from now."""
        self.failures = 0
        try:
            self.seen = self.run_id()
        except Exception:  # Redis not reachable yet: the next check learns the run id
            self.seen = None

    def check(self) -> None:
        from redis.exceptions import ConnectionError as RedisConnectionError

        try:
            current = self.run_id()
        except Exception as exc:
            self.failures += 1
            if self.failures > self.allowed_failures:
                self.failures = 0
                raise RedisConnectionError(
                    f"broker watchdog: Redis unreachable on {self.allowed_failures + 1} checks in a row "
                    f"({type(exc).__name__}: {exc}); restarting the consumer"
                ) from exc
            return
        self.failures = 0
        if self.seen is None:
            self.seen = current
        elif current != self.seen:
            previous, self.seen = self.seen, current
            raise RedisConnectionError(
                f"broker watchdog: Redis restarted (run_id {previous[:8]}… → {current[:8]}…); "
                "restarting the consumer so it consumes again"
            )


class BrokerWatchdog(bootsteps.StartStopStep):
    """Consumer bootstep running :class:`BrokerWatch` on the consumer's timer (see the module)."""

    requires = ("celery.worker.consumer.tasks:Tasks",)

    def __init__(self, parent, **kwargs) -> None:
        super().__init__(parent, **kwargs)
        from django.conf import settings

        self.interval = float(settings.MIZAN_BROKER_WATCHDOG_INTERVAL)
        self.url = parent.app.conf.broker_url or ""
        self.watch = BrokerWatch(lambda: redis_run_id(self.url))
        self.tref = None

    def include_if(self, parent) -> bool:
        return self.interval > 0 and self.url.startswith(("redis://", "rediss://"))

    def start(self, parent) -> None:
        self.watch.reset()
        self.tref = parent.timer.call_repeatedly(self.interval, self._check, priority=10)

    def _check(self) -> None:
        try:
            self.watch.check()
        except Exception as exc:
            logger.warning("%s", exc)
            raise

    def stop(self, parent) -> None:
        if self.tref is not None:
            self.tref.cancel()
            self.tref = None

    shutdown = stop
