"""Intake: feeds and pages from a local HTTP server (127.0.0.1, never the internet), URL dedup with a
database constraint, SSRF guard, rejected input, the poison guard, reconcile, /healthz, admin login
lockout and the production deploy check."""

from __future__ import annotations

import hashlib
import os
import secrets
import subprocess
import sys
import threading
from datetime import timedelta
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.db import IntegrityError, transaction
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from claims.intake.fetch import FetchError, fetch
from claims.intake.services import feed_poll, feeds_poll_due, setup_schedules, sources_reconcile
from claims.intake.urls import canonical_url
from claims.models import Feed, RejectedInput, Source

ROOT = Path(__file__).resolve().parent.parent

ARTICLE_1 = (
    "وقال وزير المالية أحمد علي إن العجز بلغ 300 مليون دينار في الربع الأول، مؤكدا أن الإيرادات سترتفع "
    "خلال العام المقبل بفضل الإصلاحات الضريبية الجديدة التي أقرتها الحكومة."
)
ARTICLE_2 = (
    "أعلن رئيس الحكومة العراقية مصطفى الكاظمي السبت أن العراق سيشهد بعد أيام انسحاب جميع القوات "
    "القتالية للتحالف الدولي، وفق ما نقلت وكالة الأنباء الرسمية عن مكتبه الإعلامي في بغداد."
)


def page(body: str, title: str = "خبر") -> bytes:
    paragraphs = "".join(f"<p>{body}</p>" for _ in range(2))
    return (
        f"<html lang='ar' dir='rtl'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<nav><a href='/'>الرئيسية</a> | <a href='/x'>رياضة</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        f"<footer>جميع الحقوق محفوظة</footer></body></html>"
    ).encode()


def rss(base: str, items: list[tuple[str, str]]) -> bytes:
    entries = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link><guid>{path}</guid>"
        f"<pubDate>Sun, 12 Dec 2021 08:00:00 GMT</pubDate></item>"
        for path, title in items
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>العرب</title>"
        f"<link>{base}/</link><description>أخبار</description>{entries}</channel></rss>"
    ).encode()


class Site:
    """Routes served by a threaded HTTP server on 127.0.0.1: path → (status, headers, body)."""

    def __init__(self):
        self.routes: dict[str, tuple[int, dict, bytes]] = {}
        self.hits: list[tuple[str, dict]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                site.hits.append((self.path, dict(self.headers)))
                status, headers, body = site.routes.get(self.path, (404, {}, b"not found"))
                etag = headers.get("ETag")
                if etag and self.headers.get("If-None-Match") == etag:
                    status, body = 304, b""
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def add(self, path: str, body: bytes, status: int = 200, **headers):
        self.routes[path] = (status, {k.replace("_", "-"): v for k, v in headers.items()}, body)


@pytest.fixture
def site():
    s = Site()
    yield s
    s.server.shutdown()
    s.server.server_close()


@pytest.fixture
def feed(site):
    site.add("/a/1?utm_source=rss", page(ARTICLE_1, "العجز"), Content_Type="text/html; charset=utf-8")
    site.add("/a/2", page(ARTICLE_2, "الانسحاب"), Content_Type="text/html; charset=utf-8")
    site.add(
        "/feed.xml",
        rss(site.base, [("/a/1?utm_source=rss", "العجز"), ("/a/2", "الانسحاب")]),
        Content_Type="application/rss+xml",
        ETag='"v1"',
        Last_Modified=formatdate(usegmt=True),
    )
    return Feed.objects.create(name="Al-Arab", url=f"{site.base}/feed.xml", outlet="العرب", language="ar")


# --- URLs -----------------------------------------------------------------------------------------


def test_canonical_url_strips_tracking_and_fragment_and_sorts_the_query():
    assert (
        canonical_url("HTTPS://News.Example.ORG:443/a/b?z=1&utm_source=x&a=2&UTM_medium=y#top")
        == "https://news.example.org/a/b?a=2&z=1"
    )
    assert canonical_url("http://example.org") == "http://example.org/"
    assert canonical_url("javascript:alert(1)") == "" and canonical_url("") == ""


@pytest.mark.django_db
def test_canonical_url_is_unique_in_the_database_not_by_check_then_insert(ingest):
    first = ingest(text=ARTICLE_1, url="https://ex.org/a?utm_source=x#c").source
    again = ingest(text=ARTICLE_2, url="https://EX.org/a").source  # other text, same article URL
    assert again.id == first.id and Source.objects.count() == 1
    with pytest.raises(IntegrityError), transaction.atomic():
        Source.objects.create(text="x", content_hash="f" * 64, canonical_url=first.canonical_url)
    # empty canonical URLs are not unique
    Source.objects.create(text="a", content_hash="a" * 64)
    Source.objects.create(text="b", content_hash="b" * 64)


# --- Feeds ----------------------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_feed_poll_stores_main_text_of_new_pages_once_and_uses_conditional_get(site, feed):
    counts = feed_poll(feed_id=feed.id)
    assert counts["new"] == 2, counts
    sources = {s.canonical_url: s for s in Source.objects.all()}
    first = sources[f"{site.base}/a/1"]
    assert ARTICLE_1 in first.text and "جميع الحقوق" not in first.text and "الرئيسية" not in first.text
    assert first.outlet == "العرب" and first.published_at.year == 2021 and first.status == "done"
    assert first.original_hash == hashlib.sha256(page(ARTICLE_1, "العجز")).hexdigest()
    feed.refresh_from_db()
    assert feed.etag == '"v1"' and feed.last_error == "" and feed.last_new == 2
    # Second poll: the feed answers 304 to the conditional GET; no page is fetched again.
    site.hits.clear()
    counts = feed_poll(feed_id=feed.id)
    assert counts["not_modified"] and [h[0] for h in site.hits] == ["/feed.xml"]
    assert site.hits[0][1].get("If-None-Match") == '"v1"'
    # The feed changes (new ETag): known entries are not fetched again.
    site.routes["/feed.xml"] = (200, {"ETag": '"v2"'}, site.routes["/feed.xml"][2])
    site.hits.clear()
    counts = feed_poll(feed_id=feed.id)
    assert counts["known"] == 2 and counts["new"] == 0 and [h[0] for h in site.hits] == ["/feed.xml"]
    assert Source.objects.count() == 2


@pytest.mark.django_db
def test_feeds_poll_due_claims_each_due_feed_once(feed, django_capture_on_commit_callbacks, monkeypatch):
    polled = []
    monkeypatch.setattr("claims.tasks.poll_feed.delay", lambda pk: polled.append(pk))
    Feed.objects.create(url="http://127.0.0.1:9/off.xml", active=False)
    with django_capture_on_commit_callbacks(execute=True):
        assert feeds_poll_due() == [feed.id]
    with django_capture_on_commit_callbacks(execute=True):
        assert feeds_poll_due() == []  # polled a moment ago: not due yet
    Feed.objects.filter(pk=feed.pk).update(last_polled_at=timezone.now() - timedelta(seconds=901))
    with django_capture_on_commit_callbacks(execute=True):
        assert feeds_poll_due() == [feed.id]
    assert polled == [feed.id, feed.id]


@pytest.mark.django_db
def test_broken_feed_and_pages_are_recorded_not_dropped(site, feed):
    site.add("/feed.xml", b"<html>this is no feed", Content_Type="text/html")
    feed_poll(feed_id=feed.id)
    feed.refresh_from_db()
    assert feed.last_error.startswith("not a feed")
    assert RejectedInput.objects.filter(origin="feed", where=feed.url).exists()
    site.add("/feed.xml", rss(site.base, [("/missing", "404"), ("/binary", "bin")]))
    site.add("/binary", b"\x00\x01\x02" * 100, Content_Type="text/html")
    feed_poll(feed_id=feed.id)
    reasons = " | ".join(RejectedInput.objects.values_list("reason", flat=True))
    assert "HTTP 404" in reasons
    assert Source.objects.count() == 0


@pytest.mark.django_db
def test_setup_schedules_creates_the_beat_tasks_once():
    from django_celery_beat.models import PeriodicTask

    tasks = set(PeriodicTask.objects.values_list("task", flat=True))  # from the data migration
    assert {"mizan.feeds_poll_due", "mizan.reconcile", "mizan.canary", "mizan.maintain_index"} <= tasks
    assert setup_schedules() == 0
    assert all(t.interval.every == 60 for t in PeriodicTask.objects.filter(task__startswith="mizan."))


# --- Fetching: SSRF, redirects, size -------------------------------------------------------------


@override_settings(MIZAN_FETCH_ALLOW_PRIVATE=False)
def test_fetch_refuses_loopback_private_and_link_local_addresses():
    for url in (
        "http://127.0.0.1/feed",
        "http://10.0.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
    ):
        with pytest.raises(FetchError, match="private, loopback, link-local"):
            fetch(url)
    with pytest.raises(FetchError, match="http"):
        fetch("file:///etc/passwd")


def test_fetch_rechecks_the_address_after_each_redirect_and_caps_redirects(site, settings):
    site.add("/r1", b"", status=302, Location="/r2")
    site.add("/r2", b"", status=302, Location="http://169.254.169.254/latest/meta-data/")
    checked = []

    def check(url):
        checked.append(url)
        if "169.254" in url:
            raise FetchError("link-local address refused")

    import claims.intake.fetch as fetch_module

    original = fetch_module.address_check
    fetch_module.address_check = check
    try:
        with pytest.raises(FetchError, match="link-local"):
            fetch(f"{site.base}/r1")
    finally:
        fetch_module.address_check = original
    assert checked == [f"{site.base}/r1", f"{site.base}/r2", "http://169.254.169.254/latest/meta-data/"]
    for n in range(6):
        site.add(f"/loop{n}", b"", status=301, Location=f"/loop{n + 1}")
    with pytest.raises(FetchError, match="more than 3 redirects"):
        fetch(f"{site.base}/loop0")


def test_fetch_caps_the_size(site, settings):
    settings.MIZAN_FETCH_MAX_BYTES = 1000
    site.add("/big", b"x" * 5000)
    with pytest.raises(FetchError, match="limit"):
        fetch(f"{site.base}/big")


# --- Rejected input at every entry point -----------------------------------------------------------


@pytest.mark.django_db
def test_ingest_command_records_rejects(tmp_path, django_capture_on_commit_callbacks):
    from django.core.management import CommandError, call_command

    good = tmp_path / "good.txt"
    good.write_text(ARTICLE_1, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not utf-8 \x80")
    with pytest.raises(CommandError), django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(good), str(bad), "--wait")
    reject = RejectedInput.objects.get(origin="command")
    assert "not UTF-8" in reject.reason and reject.where.endswith("bad.txt")
    assert Source.objects.get().status == "done"  # eager: --wait returns at once


@pytest.mark.django_db
def test_api_records_rejects_and_caps_the_rate(client, django_user_model, settings):
    user = django_user_model.objects.create_user("newsroom", password="pw-newsroom-123")
    client.force_login(user)
    url = reverse("source-list")
    assert client.post(url, {"text": "   "}, content_type="application/json").status_code == 400
    assert RejectedInput.objects.filter(origin="api").count() == 1
    from django.core.cache import cache

    cache.clear()
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {**settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "sources": "2/min"},
    }
    from rest_framework.settings import api_settings
    from rest_framework.throttling import SimpleRateThrottle

    SimpleRateThrottle.THROTTLE_RATES = api_settings.DEFAULT_THROTTLE_RATES
    try:
        codes = [
            client.post(url, {"text": f"{ARTICLE_1} {n}"}, content_type="application/json").status_code
            for n in range(3)
        ]
    finally:
        SimpleRateThrottle.THROTTLE_RATES = api_settings.DEFAULT_THROTTLE_RATES
        cache.clear()
    assert codes == [202, 202, 429]
    assert RejectedInput.objects.filter(origin="api", reason__contains="rate limit").count() == 1


# --- The poison guard and reconcile ----------------------------------------------------------------


@pytest.mark.django_db
def test_an_article_that_never_finishes_ends_failed_after_max_attempts(ingest, settings, monkeypatch):
    from extractors import services

    source = ingest(text=ARTICLE_1).source
    assert source.attempts == 0
    source.refresh_from_db()
    assert source.status == "done" and source.attempts == 0  # finished: the counter is reset

    def dies(**kwargs):
        raise SystemExit("worker killed")  # what a SIGKILL looks like from the counter's side

    monkeypatch.setattr(services, "claims_sync_many", dies)
    for attempt in range(1, settings.MIZAN_MAX_ATTEMPTS + 1):
        with pytest.raises(SystemExit):
            services.source_process(source_id=source.id)
        source.refresh_from_db()
        assert source.attempts == attempt and source.status == "processing"  # committed before the work
    services.source_process(source_id=source.id)  # one more delivery: the guard gives up
    source.refresh_from_db()
    assert source.status == "failed" and "gave up after 3 attempts" in source.error


@pytest.mark.django_db
def test_reconcile_dispatches_only_stale_pending_or_processing_sources(settings, monkeypatch):
    dispatched = []
    monkeypatch.setattr(
        "claims.services.sources_dispatch", lambda *, source_ids: dispatched.extend(source_ids)
    )
    old = timezone.now() - timedelta(seconds=settings.MIZAN_RECONCILE_AFTER + 5)
    stale = Source.objects.create(text="a", content_hash="a" * 64, status="pending", last_activity_at=old)
    stuck = Source.objects.create(text="b", content_hash="b" * 64, status="processing", last_activity_at=old)
    Source.objects.create(text="c", content_hash="c" * 64, status="pending", last_activity_at=timezone.now())
    Source.objects.create(text="d", content_hash="d" * 64, status="done", last_activity_at=old)
    assert sources_reconcile() == [stale.id, stuck.id] == dispatched
    assert sources_reconcile() == []  # just dispatched: not stale any more


# --- Health ---------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_healthz_reports_database_broker_and_worker(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    body = response.json()
    assert body["status"] == "ok" and set(body["checks"]) == {"database", "broker", "worker"}


@pytest.mark.django_db
def test_healthz_is_503_when_the_worker_canary_goes_unanswered(client, settings, monkeypatch):
    from claims.intake import health
    from claims.models import WorkerCanary

    monkeypatch.setattr(health, "broker_check", lambda: {"ok": True, "detail": "redis"})
    monkeypatch.setattr("claims.intake.services.canary_send", lambda: True)
    from config.celery_app import app

    monkeypatch.setitem(app.conf, "task_always_eager", False)
    long_ago = timezone.now() - timedelta(seconds=settings.MIZAN_CANARY_MAX_AGE + 60)
    WorkerCanary.objects.create(name="default", sent_at=long_ago, seen_at=long_ago - timedelta(seconds=1))
    settings.MIZAN_HEALTH_CANARY_WAIT = 0
    response = client.get("/healthz")
    assert response.status_code == 503
    assert "no worker answered" in response.json()["checks"]["worker"]["detail"]


@pytest.mark.django_db
def test_admin_index_shows_system_health(admin_client):
    response = admin_client.get(reverse("admin:index"))
    assert response.status_code == 200
    assert b"System health" in response.content and b'id="mizan-health"' in response.content


# --- Admin login lockout and the production deploy check ----------------------------------------


@pytest.mark.django_db
def test_admin_login_locks_out_after_repeated_failures(client, django_user_model, settings):
    django_user_model.objects.create_superuser("boss", "boss@example.org", "right-password-123")
    url = reverse("admin:login")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(url, {"username": "boss", "password": "wrong"})
        assert response.status_code == 200  # the form again, with an error
    assert client.post(url, {"username": "boss", "password": "wrong"}).status_code == 429
    response = client.post(url, {"username": "boss", "password": "right-password-123"})
    assert response.status_code == 429  # locked out, even with the right password
    assert "_auth_user_id" not in client.session


def test_check_deploy_with_production_settings_has_no_warnings():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/mizan",
        "DJANGO_ALLOWED_HOSTS": "mizan.example.org",
    }
    env.pop("CELERY_BROKER_URL", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.django_db
def test_an_unexpected_error_outside_the_plugins_marks_the_source_failed_not_stuck(ingest, monkeypatch):
    from extractors import services

    def broken(**kwargs):
        raise AttributeError("a bug in the pipeline")

    monkeypatch.setattr(services, "contradictions_detect_many", broken)
    source = ingest(text=ARTICLE_2).source
    source.refresh_from_db()
    assert source.status == "failed" and "AttributeError: a bug in the pipeline" in source.error


def test_production_serves_json_only_no_browsable_api():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/mizan",
    }
    code = (
        "import django; django.setup(); from rest_framework.settings import api_settings as s; "
        "print([r.__name__ for r in s.DEFAULT_RENDERER_CLASSES])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.stdout.strip() == "['JSONRenderer']", result.stdout + result.stderr
