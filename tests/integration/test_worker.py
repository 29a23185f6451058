"""End to end through the real broker: PostgreSQL + Redis + a `celery -A config worker` process.

Run by `make test-pg` (and so by `make test` and `.ci/run`), which sets DATABASE_URL and
CELERY_BROKER_URL. Outside that setup these tests fail with a message saying what is missing.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from claims.models import Contradiction, Source, Speaker
from config.celery_app import app as celery_app

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]
ROOT = Path(__file__).resolve().parents[2]
WORKER_LOG = ROOT / "var" / "integration-worker.log"


def _require_services() -> None:
    missing = [name for name in ("DATABASE_URL", "CELERY_BROKER_URL") if not os.environ.get(name)]
    if missing or connection.vendor != "postgresql":
        pytest.fail(
            f"integration tests need PostgreSQL and Redis: set {missing or 'DATABASE_URL=postgres://…'}"
            " (make test-pg does)"
        )


@pytest.fixture
def worker():
    """A real worker process consuming from Redis, writing to this test's PostgreSQL database."""
    _require_services()
    broker = os.environ["CELERY_BROKER_URL"]
    (ROOT / "var").mkdir(exist_ok=True)
    db = settings.DATABASES["default"]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "CELERY_BROKER_URL": broker,
    }
    celery_app.conf.task_always_eager = False
    try:
        with celery_app.connection_for_write() as conn:  # drop leftovers of an earlier run
            conn.default_channel.client.flushdb()
        with open(WORKER_LOG, "w") as log:
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "celery",
                    "-A",
                    "config",
                    "worker",
                    "--loglevel=INFO",
                    "--concurrency=2",
                    "--without-gossip",
                    "--without-mingle",
                    "--hostname=mizan-test@%h",
                ],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            deadline = time.monotonic() + 60
            while not celery_app.control.ping(timeout=0.5):
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"celery worker did not start; see {WORKER_LOG}")
            yield process
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
    finally:
        celery_app.conf.task_always_eager = True


def _wait_for(sources: list[int], timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not Source.objects.filter(id__in=sources).exclude(status__in=["done", "failed"]).exists():
            return
        time.sleep(0.2)
    raise AssertionError(
        f"sources not processed in {timeout}s: {list(Source.objects.values('id', 'status'))}"
    )


def test_seed_is_processed_by_a_real_worker_through_redis(worker, seed_text, seed_date):
    from claims.services import source_ingest

    source = source_ingest(text=seed_text, published_at=seed_date).source
    assert Source.objects.get(id=source.id).status in {"pending", "processing", "done"}
    _wait_for([source.id])
    source.refresh_from_db()
    assert source.status == "done", source.error
    kadhimi = Speaker.objects.get(name="مصطفى الكاظمي")
    mckenzie = Speaker.objects.get(name="فرانك ماكنزي")
    assert Contradiction.objects.filter(
        claim_a__speaker__in=[kadhimi, mckenzie], claim_b__speaker__in=[kadhimi, mckenzie]
    ).exists()
    assert "mizan.process_source" in WORKER_LOG.read_text()


def test_a_batch_through_two_worker_processes_has_no_duplicates(worker, seed_text):
    from claims.models import Claim
    from claims.services import source_ingest

    texts = [seed_text] + [
        f"وقال وزير المالية أحمد علي إن العجز بلغ {n} مليون دينار في الربع {n}، مؤكدا أن الإيرادات سترتفع."
        for n in range(1, 13)
    ]
    ids = [source_ingest(text=t).source.id for t in texts]
    _wait_for(ids)
    assert set(Source.objects.filter(id__in=ids).values_list("status", flat=True)) == {"done"}
    fingerprints = list(Claim.objects.values_list("fingerprint", flat=True))
    assert len(fingerprints) == len(set(fingerprints)) and len(fingerprints) > 13
