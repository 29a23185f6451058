"""Fault tests against the real services on loopback: PostgreSQL, Redis and `celery worker`
processes. Each kills or cuts something in the middle of a batch and checks that nothing is lost,
nothing is duplicated and the claims equal those of an undisturbed run.

Run by `make test-pg` (marker `integration`). Redis is always restarted if a test stopped it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from claims.models import Claim, Source, Speaker
from config.celery_app import app as celery_app
from tests.integration.faulty_plugins import EXPLODES, KILLS, SLOW

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]
ROOT = Path(__file__).resolve().parents[2]
FAULTY = "tests.integration.faulty_plugins.FaultyExtractor"
REDIS_START = [
    "redis-server", "--daemonize", "yes", "--bind", "127.0.0.1", "-::1", "--port", "6379", "--save", "",
    "--appendonly", "no", "--dir", "/var/lib/redis", "--logfile", "/var/log/redis/ci.log",
]  # fmt: skip

SPEAKERS = ["أحمد علي", "سارة حسن", "خالد منصور", "ليلى يوسف", "عمر الكبيسي", "نادية سالم"]
ROLES = ["وزير المالية", "وزيرة الصحة", "المتحدث باسم الجيش", "رئيسة البرلمان", "محافظ البنك", "وزيرة النفط"]


def batch(n: int, tag: str = "") -> list[str]:
    texts = []
    for i in range(n):
        who, role = SPEAKERS[i % len(SPEAKERS)], ROLES[i % len(ROLES)]
        texts.append(
            f"{tag}وقال {role} {who} إن العجز بلغ {100 + i} مليون دينار في الربع {i % 4 + 1}، "
            f"مؤكدا أن الإيرادات سترتفع بنسبة {i + 3} في المئة العام المقبل. "
            f"وأضاف {who} أن الحكومة لن تفرض ضرائب جديدة على الوقود قبل نهاية العام {2020 + i % 5}."
        )
    return texts


def _require_services() -> None:
    if not os.environ.get("CELERY_BROKER_URL") or connection.vendor != "postgresql":
        pytest.fail(
            "integration tests need PostgreSQL and Redis: DATABASE_URL and CELERY_BROKER_URL (make test-pg)"
        )


class Workers:
    """Starts real `celery worker` processes against this test's database; kills them all at the end."""

    def __init__(self):
        self.processes: list[subprocess.Popen] = []

    def start(self, name: str, concurrency: int = 2, **extra_env: str) -> subprocess.Popen:
        db = settings.DATABASES["default"]
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.local",
            "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
            "CELERY_BROKER_URL": os.environ["CELERY_BROKER_URL"],
            "MIZAN_EXTRA_EXTRACTORS": FAULTY,
            **extra_env,
        }
        log = ROOT / "var" / f"integration-{name}.log"
        log.parent.mkdir(exist_ok=True)
        with open(log, "w") as out:
            process = subprocess.Popen(
                [sys.executable, "-m", "celery", "-A", "config", "worker", "--loglevel=INFO",
                 f"--concurrency={concurrency}", "--without-gossip", "--without-mingle",
                 f"--hostname={name}-{len(self.processes)}@%h"],
                cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip
        process.log = log  # type: ignore[attr-defined]
        self.processes.append(process)
        deadline = time.monotonic() + 60
        while not any(name in host for reply in _ping() for host in reply):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"celery worker did not start; see {log}")
        return process

    def kill(self, process: subprocess.Popen, sig: int = signal.SIGKILL) -> None:
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)

    def stop_all(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                self.kill(process, signal.SIGTERM)


@pytest.fixture
def workers():
    _require_services()
    _redis_ensure()
    celery_app.conf.task_always_eager = False
    import redis

    redis.Redis.from_url(os.environ["CELERY_BROKER_URL"]).flushdb()  # leftovers of an earlier run
    pool = Workers()
    try:
        yield pool
    finally:
        pool.stop_all()
        celery_app.conf.task_always_eager = True
        _redis_ensure()


def _ping() -> list:
    """Workers' answers to a broadcast ping, on a fresh broker connection."""
    try:
        with celery_app.connection_for_write() as conn:
            return celery_app.control.ping(timeout=0.5, connection=conn)
    except Exception:
        return []


def _redis_ping() -> bool:
    return (
        subprocess.run(["redis-cli", "-p", "6379", "ping"], capture_output=True, text=True).stdout.strip()
        == "PONG"
    )


def _redis_ensure() -> None:
    if _redis_ping():
        return
    Path("/var/lib/redis").mkdir(parents=True, exist_ok=True)
    Path("/var/log/redis").mkdir(parents=True, exist_ok=True)
    subprocess.run(REDIS_START, check=True)
    for _ in range(100):
        if _redis_ping():
            return
        time.sleep(0.1)
    raise RuntimeError("redis did not come back")


def ingest_all(texts: list[str]) -> list[int]:
    from claims.services import source_ingest

    return [source_ingest(text=t).source.id for t in texts]


def wait_until(predicate, timeout: float, what: str, tick=None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        if tick:
            tick()
        time.sleep(0.25)
    states = list(Source.objects.values_list("id", "status", "attempts"))
    raise AssertionError(f"{what} not reached in {timeout} s: {states}")


def finished(ids: list[int]) -> bool:
    return not Source.objects.filter(id__in=ids, status__in=["pending", "processing"]).exists()


def snapshot() -> list[tuple]:
    """The claims as a comparable value: no ids, speakers by name."""
    rows = Claim.objects.select_related("source", "speaker")
    return sorted(
        (
            c.source.content_hash, c.start, c.end, c.text, c.speaker.name if c.speaker else "", c.kind,
            json.dumps(c.numbers, sort_keys=True), json.dumps(c.dates, sort_keys=True),
        )
        for c in rows
    )  # fmt: skip


def reference(texts: list[str]) -> list[tuple]:
    """The undisturbed run, in-process (eager), then wiped so the disturbed run starts from nothing."""
    celery_app.conf.task_always_eager = True
    try:
        ids = ingest_all(texts)
        assert set(Source.objects.filter(id__in=ids).values_list("status", flat=True)) == {"done"}
        expected = snapshot()
    finally:
        celery_app.conf.task_always_eager = False
    Source.objects.all().delete()
    Speaker.objects.all().delete()
    assert len(expected) >= len(texts)
    return expected


def assert_no_duplicates() -> None:
    fingerprints = list(Claim.objects.values_list("fingerprint", flat=True))
    assert len(fingerprints) == len(set(fingerprints))
    assert Source.objects.count() == len(set(Source.objects.values_list("content_hash", flat=True)))


def pool_children(pid: int) -> list[int]:
    children = []
    for stat in Path("/proc").glob("[0-9]*"):
        try:
            fields = dict(
                line.split(":", 1) for line in (stat / "status").read_text().splitlines() if ":" in line
            )
        except OSError:
            continue
        if fields.get("PPid", "").strip() == str(pid):
            children.append(int(stat.name))
    return children


def reconcile_now() -> None:
    from claims.intake.services import sources_reconcile

    sources_reconcile(older_than=3)


# --- (1) kill -9 ----------------------------------------------------------------------------------


def test_kill_9_of_a_pool_process_then_of_the_whole_worker_loses_nothing(workers):
    texts = batch(24)
    expected = reference(texts)
    worker = workers.start("kill9", MIZAN_TEST_PLUGIN_DELAY="0.4")
    ids = ingest_all(texts)
    # The pool processes die mid-task (OOM killer, segfault): their messages are rejected and requeued.
    wait_until(lambda: Source.objects.filter(id__in=ids, status="done").count() >= 3, 60, "3 done")
    wait_until(lambda: Source.objects.filter(id__in=ids, status="processing").exists(), 30, "one processing")
    children = pool_children(worker.pid)
    assert children
    # Every pool process, not just one: the one picked could be idle between two tasks, and an idle
    # process's death interrupts no task (seen once in CI: no WorkerLostError in the log).
    for child in children:
        os.kill(child, signal.SIGKILL)
    # Then the whole worker dies at once (machine lost): its unacknowledged messages wait in Redis for
    # the visibility timeout; reconcile dispatches them again to the new worker.
    wait_until(lambda: Source.objects.filter(id__in=ids, status="done").count() >= 12, 60, "12 done")
    workers.kill(worker, signal.SIGKILL)
    assert Source.objects.filter(id__in=ids).exclude(status="done").exists()
    workers.start("kill9-after")
    wait_until(lambda: finished(ids), 90, "all processed", tick=reconcile_now)
    assert set(Source.objects.filter(id__in=ids).values_list("status", flat=True)) == {"done"}
    assert snapshot() == expected
    assert_no_duplicates()
    assert "WorkerLostError" in worker.log.read_text()  # type: ignore[attr-defined]


# --- (2) Redis restart ----------------------------------------------------------------------------


def test_redis_restart_in_the_middle_of_a_batch_then_reconcile(workers):
    from claims.intake.health import worker_check

    texts = batch(24, tag="ر ")
    expected = reference(texts)
    workers.start("redis", MIZAN_TEST_PLUGIN_DELAY="0.4")
    ids = ingest_all(texts)
    wait_until(lambda: Source.objects.filter(id__in=ids, status="done").count() >= 4, 60, "4 done")
    try:
        subprocess.run(["redis-cli", "-p", "6379", "shutdown", "nosave"], capture_output=True, timeout=10)
        wait_until(lambda: not _redis_ping(), 10, "redis down")
        time.sleep(2)  # workers notice the broker is gone
    finally:
        _redis_ensure()  # an empty Redis: every queued message is lost
    assert Source.objects.filter(id__in=ids, status__in=["pending", "processing"]).exists()
    wait_until(lambda: finished(ids), 100, "all processed after reconcile", tick=reconcile_now)
    assert set(Source.objects.filter(id__in=ids).values_list("status", flat=True)) == {"done"}
    assert snapshot() == expected
    assert_no_duplicates()
    # The workers really consume again (celery #8030, #10205): a canary goes through and back.
    status = worker_check(wait=20)
    assert status["ok"] and status["detail"].startswith("answered"), status


def test_an_idle_worker_consumes_again_after_each_of_three_redis_restarts(workers):
    """The broker watchdog (claims.intake.watchdog) or Celery itself restarts the consumer after
    every restart; a canary through the broker proves the worker consumes again each time."""
    from claims.intake.health import worker_check

    worker = workers.start("watchdog", concurrency=1, MIZAN_BROKER_WATCHDOG_INTERVAL="1")
    assert worker_check(wait=20)["detail"].startswith("answered")
    for _ in range(3):
        subprocess.run(["redis-cli", "-p", "6379", "shutdown", "nosave"], capture_output=True, timeout=10)
        wait_until(lambda: not _redis_ping(), 10, "redis down")
        time.sleep(1)
        _redis_ensure()
        status = worker_check(wait=30)
        assert status["ok"] and status["detail"].startswith("answered"), status
    log = worker.log.read_text()  # type: ignore[attr-defined]
    restarts = log.count("broker watchdog:") + log.count("Connection to broker lost")
    assert restarts >= 3, log[-3000:]


def _silent_broker_loss(workers, name: str, watchdog_interval: str):
    """A worker whose broker connections go silent (frozen by a proxy) while Redis restarts under
    it: the state celery #8030/#10205 leaves a worker in. Returns (canary status, worker log)."""
    from claims.intake.health import worker_check
    from tests.integration.freezing_proxy import FreezingProxy

    proxy = FreezingProxy(6379)
    db = os.environ["CELERY_BROKER_URL"].rsplit("/", 1)[-1]
    try:
        worker = workers.start(
            name,
            concurrency=1,
            CELERY_BROKER_URL=f"redis://127.0.0.1:{proxy.port}/{db}",
            MIZAN_BROKER_WATCHDOG_INTERVAL=watchdog_interval,
        )
        assert worker_check(wait=20)["detail"].startswith("answered")
        proxy.freeze()
        subprocess.run(["redis-cli", "-p", "6379", "shutdown", "nosave"], capture_output=True, timeout=10)
        wait_until(lambda: not _redis_ping(), 10, "redis down")
        _redis_ensure()
        status = worker_check(wait=25)
        return status, worker.log.read_text()  # type: ignore[attr-defined]
    finally:
        workers.stop_all()
        proxy.close()


def test_a_worker_whose_broker_went_silent_is_restarted_by_the_watchdog(workers):
    # The consumer restarts on the new Redis run id and consumes again. (Without the watchdog,
    # kombu's own check drops a BRPOP left without reply for 11 s, later; see the README.)
    status, log = _silent_broker_loss(workers, "healed", watchdog_interval="1")
    assert status["ok"] and status["detail"].startswith("answered"), (status, log[-3000:])
    assert "broker watchdog: Redis restarted" in log, log[-3000:]
    assert log.index("broker watchdog: Redis restarted") < log.index("Connection to broker lost"), log[-3000:]


# --- (3) PostgreSQL connection dropped ------------------------------------------------------------


def test_database_connection_dropped_during_a_task_is_retried(workers):
    worker = workers.start("pgdrop")
    slow, *others = ingest_all([f"{SLOW} " + batch(1)[0], *batch(3, tag="ق ")])
    own = connection.cursor().connection.info.backend_pid

    def in_transaction() -> list[int]:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> %s"
                " AND state = 'idle in transaction'"
                # only the slow task's: a quick task of the other pool process can be caught between two
                # statements of its short transaction (seen once on a fast machine: the wrong one died)
                " AND xact_start < now() - interval '1 second'",
                [own],
            )
            return [row[0] for row in cursor.fetchall()]

    wait_until(lambda: bool(in_transaction()), 30, "the slow task inside its transaction")
    with connection.cursor() as cursor:
        for pid in in_transaction():
            cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
    wait_until(lambda: finished([slow, *others]), 60, "all processed")
    source = Source.objects.get(id=slow)
    assert source.status == "done" and source.error == "" and source.attempts == 0
    assert set(Source.objects.filter(id__in=others).values_list("status", flat=True)) == {"done"}
    log = worker.log.read_text()  # type: ignore[attr-defined]
    assert "Retry in" in log and "OperationalError" in log, log[-3000:]
    assert_no_duplicates()


# --- (4) a plugin that raises on one article ------------------------------------------------------


def test_a_plugin_failure_on_one_article_is_isolated_and_visible_in_the_admin(workers, admin_client):
    from extractors.models import ExtractionRun

    workers.start("plugin")
    bad, *good = ingest_all([f"{EXPLODES} " + batch(1)[0], *batch(4, tag="ب ")])
    wait_until(lambda: finished([bad, *good]), 60, "all processed")
    source = Source.objects.get(id=bad)
    assert source.status == "done" and source.error == "failed plugins: tests.faulty@1"
    assert source.claims.exists()  # the other plugins carried on
    run = ExtractionRun.objects.get(source=source, plugin="tests.faulty")
    assert run.status == "failed" and "boom" in run.error
    assert not ExtractionRun.objects.filter(source_id__in=good).exclude(status="done").exists()
    assert set(Source.objects.filter(id__in=good).values_list("status", flat=True)) == {"done"}
    page = admin_client.get(f"/admin/extractors/extractionrun/{run.id}/change/")
    assert page.status_code == 200 and "boom: this article breaks the faulty plugin" in page.content.decode()
    listing = admin_client.get("/admin/claims/source/?status__exact=done")
    assert listing.status_code == 200


# --- (5) a poison article that kills its worker every time ----------------------------------------


def test_a_poison_article_ends_failed_after_max_attempts(workers):
    workers.start("poison")
    poison, *good = ingest_all([f"{KILLS} " + batch(1)[0], *batch(3, tag="س ")])
    wait_until(lambda: finished([poison, *good]), 90, "the poison article given up")
    source = Source.objects.get(id=poison)
    assert source.status == "failed" and "gave up after 3 attempts" in source.error
    assert set(Source.objects.filter(id__in=good).values_list("status", flat=True)) == {"done"}
