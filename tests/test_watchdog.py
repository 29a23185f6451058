"""The broker watchdog's decision (claims.intake.watchdog): restart the consumer when Redis restarted."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from redis.exceptions import ConnectionError as RedisConnectionError

from claims.intake.watchdog import BrokerWatch, BrokerWatchdog


class FakeRedis:
    def __init__(self, run_id: str = "a" * 40) -> None:
        self.run_id, self.down = run_id, False

    def __call__(self) -> str:
        if self.down:
            raise OSError("Connection refused")
        return self.run_id


def test_the_same_server_never_restarts_the_consumer():
    server = FakeRedis()
    watch = BrokerWatch(server)
    watch.reset()
    for _ in range(5):
        watch.check()


def test_a_new_run_id_restarts_the_consumer_once():
    server = FakeRedis()
    watch = BrokerWatch(server)
    watch.reset()
    server.run_id = "b" * 40
    with pytest.raises(RedisConnectionError, match="Redis restarted"):
        watch.check()
    watch.check()  # the new server is now the one seen: no second restart


def test_redis_out_of_reach_twice_in_a_row_restarts_the_consumer():
    server = FakeRedis()
    watch = BrokerWatch(server)
    watch.reset()
    server.down = True
    watch.check()  # one failed check is tolerated (a blip)
    with pytest.raises(RedisConnectionError, match="unreachable on 2 checks"):
        watch.check()
    watch.check()  # the count starts again after a restart


def test_a_blip_between_good_checks_does_not_add_up():
    server = FakeRedis()
    watch = BrokerWatch(server)
    watch.reset()
    for _ in range(3):
        server.down = True
        watch.check()
        server.down = False
        watch.check()


def test_a_consumer_started_while_redis_was_down_learns_the_run_id_later():
    server = FakeRedis()
    server.down = True
    watch = BrokerWatch(server)
    watch.reset()
    assert watch.seen is None
    server.down = False
    watch.check()
    assert watch.seen == server.run_id


def test_the_raised_error_is_one_celery_restarts_the_consumer_on():
    from kombu.transport.redis import Transport

    assert issubclass(RedisConnectionError, Transport.connection_errors)


@pytest.mark.parametrize(
    ("broker_url", "interval", "included"),
    [
        ("redis://127.0.0.1:6379/14", 5.0, True),
        ("memory://localhost/", 5.0, False),  # the embedded default: no broker, eager tasks
        ("redis://127.0.0.1:6379/14", 0.0, False),  # MIZAN_BROKER_WATCHDOG_INTERVAL=0 turns it off
    ],
)
def test_the_step_runs_only_with_a_redis_broker_and_a_positive_interval(
    settings, broker_url, interval, included
):
    settings.MIZAN_BROKER_WATCHDOG_INTERVAL = interval
    parent = SimpleNamespace(app=SimpleNamespace(conf=SimpleNamespace(broker_url=broker_url)))
    assert BrokerWatchdog(parent).include_if(parent) is included
