"""API v1 for clients: ingestion, filters, the contradiction report, ClaimReview, webhooks, auth."""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient
from rest_framework.throttling import UserRateThrottle

from claims.models import Claim, Contradiction, Rating, Source, Speaker, Verdict, WebhookDelivery
from claims.services import claim_assign, verdict_draft, verdict_publish
from claims.tasks import deliver_webhook
from tests.factories import ContradictionFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clear_throttles():
    cache.clear()
    yield
    cache.clear()


def _client(user) -> APIClient:
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get_or_create(user=user)[0].key}")
    return api


@pytest.fixture
def newsroom(django_user_model):
    out = io.StringIO()
    call_command("create_api_token", "newsroom", stdout=out, stderr=io.StringIO())
    token = out.getvalue().strip().splitlines()[-1]
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    api.user = django_user_model.objects.get(username="newsroom")
    return api


@pytest.fixture
def seeded(ingest, seed_text, seed_date):
    return ingest(text=seed_text, published_at=seed_date, url="https://alarab.example/iraq").source


def test_create_api_token_prints_the_token_alone_on_its_last_line(django_user_model):
    out = io.StringIO()
    call_command("create_api_token", "partner", stdout=out, stderr=io.StringIO())
    last = out.getvalue().strip().splitlines()[-1]
    assert last == Token.objects.get(user__username="partner").key and " " not in last
    out2 = io.StringIO()
    call_command("create_api_token", "partner", stdout=out2, stderr=io.StringIO())
    assert out2.getvalue().strip() == last  # idempotent
    assert not django_user_model.objects.get(username="partner").has_usable_password()


def test_create_api_token_can_give_the_user_a_role_and_refuses_an_unknown_one(django_user_model):
    from django.core.management.base import CommandError

    out = io.StringIO()
    call_command("create_api_token", "desk-bot", "--group", "Editors", stdout=out, stderr=io.StringIO())
    user = django_user_model.objects.get(username="desk-bot")
    assert user.has_perm("claims.change_contradiction") and out.getvalue().strip()
    with pytest.raises(CommandError, match="no such group: Editorz"):
        call_command("create_api_token", "other", "--group", "Editorz", stdout=io.StringIO())
    assert not django_user_model.objects.filter(username="other").exists()  # nothing created


def test_post_source_is_accepted_processed_and_deduplicated(
    newsroom, seed_text, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = newsroom.post(
            "/api/v1/sources/",
            {
                "text": seed_text,
                "title": "t",
                "url": "https://x.example/1",
                "published_at": "2021-12-12T08:00:00Z",
            },
            format="json",
        )
    assert response.status_code == 202, response.content
    body = response.json()
    assert body["duplicate"] is False and body["status_url"].endswith(f"/api/v1/sources/{body['id']}/")
    detail = newsroom.get(body["status_url"]).json()
    assert detail["status"] == "done" and detail["claim_count"] > 5
    assert {r["plugin"] for r in detail["runs"]} >= {"mizan.ar.speech", "mizan.numbers", "mizan.dates"}
    again = newsroom.post("/api/v1/sources/", {"text": seed_text}, format="json")
    assert again.status_code == 200 and again.json() == {**body, "duplicate": True, "status": "done"}


@pytest.mark.parametrize(
    ("payload", "field", "message"),
    [
        ({"text": "قال الوزير", "status": "done"}, "status", "Unknown field"),
        ({"text": "قال الوزير", "verified_by": 1}, "verified_by", "Unknown field"),
        ({"title": "no text"}, "text", "required"),
        ({"text": "   "}, "text", "empty"),
        ({"text": "قال الوزير", "published_at": "yesterday"}, "published_at", "format"),
        ({"text": "قال الوزير", "url": "not a url"}, "url", "valid URL"),
        ({"text": ["a", "list"]}, "text", "valid string"),
    ],
)
def test_bad_source_posts_get_field_level_400s(newsroom, payload, field, message):
    response = newsroom.post("/api/v1/sources/", payload, format="json")
    assert response.status_code == 400
    assert message.lower() in json.dumps(response.json()[field]).lower()
    assert Source.objects.count() == 0


def test_malformed_json_and_oversize_bodies(newsroom):
    response = newsroom.generic("POST", "/api/v1/sources/", '{"text": "قال', content_type="application/json")
    assert response.status_code == 400 and "JSON parse error" in response.json()["detail"]
    huge = json.dumps({"text": "ا" * (2 * 1024 * 1024)})
    response = newsroom.generic("POST", "/api/v1/sources/", huge, content_type="application/json")
    assert response.status_code == 413
    assert Source.objects.count() == 0


def test_anonymous_is_401_everywhere():
    anonymous = APIClient()
    for path in ("sources", "claims", "speakers", "contradictions", "claimreviews", "webhooks"):
        assert anonymous.get(f"/api/v1/{path}/").status_code == 401
    assert anonymous.post("/api/v1/sources/", {"text": "x"}, format="json").status_code == 401


def test_claim_filters(newsroom, seeded, fact_checker, editor):
    kadhimi = Speaker.objects.get(name="مصطفى الكاظمي")
    results = newsroom.get("/api/v1/claims/", {"q": "الكاظمى"}).json()["results"]
    assert results and all(r["speaker"]["id"] == kadhimi.id for r in results)
    assert (
        newsroom.get("/api/v1/claims/", {"speaker": kadhimi.id}).json()["count"]
        == Claim.objects.filter(speaker=kadhimi).count()
    )
    assert newsroom.get("/api/v1/claims/", {"published_after": "2022-01-01T00:00:00Z"}).json()["count"] == 0
    assert newsroom.get("/api/v1/claims/", {"published_before": "2022-01-01T00:00:00Z"}).json()["count"] > 0
    claim = Claim.objects.get(text__contains="2500 جندي")
    claim_assign(claim=claim, reviewer=fact_checker, by=fact_checker)
    verdict = verdict_draft(
        claim=claim, author=fact_checker, rating=Rating.objects.get(name="True"), explanation="ok"
    )
    verdict_publish(verdict=verdict, approver=editor)
    results = newsroom.get("/api/v1/claims/", {"verdict": "true"}).json()["results"]
    assert [r["id"] for r in results] == [claim.id] and results[0]["verdict"]["rating"] == "True"
    assert newsroom.get("/api/v1/claims/", {"status": "bogus"}).status_code == 400


def test_speakers_counts_and_timeline(newsroom, seeded):
    kadhimi = Speaker.objects.get(name="مصطفى الكاظمي")
    item = newsroom.get(f"/api/v1/speakers/{kadhimi.id}/").json()
    assert item["claim_count"] == Claim.objects.filter(speaker=kadhimi).count()
    assert "الكاظمي" in item["aliases"] and item["verdict_counts"] == {}
    timeline = newsroom.get(f"/api/v1/speakers/{kadhimi.id}/timeline/").json()
    assert timeline == [
        {
            "date": "2021-12-12",
            "claims": item["claim_count"],
            "contradictions": Contradiction.objects.filter(claim_a__speaker=kadhimi).count()
            + Contradiction.objects.filter(claim_b__speaker=kadhimi).count(),
        }
    ]


def test_contradiction_report_filters_and_cursor(newsroom, seeded):
    kadhimi = Speaker.objects.get(name="مصطفى الكاظمي")
    mckenzie = Speaker.objects.get(name="فرانك ماكنزي")
    page = newsroom.get("/api/v1/contradictions/", {"speakers": f"{kadhimi.id},{mckenzie.id}"}).json()
    assert page["results"] and all(
        {i["claim_a"]["speaker"]["id"], i["claim_b"]["speaker"]["id"]} == {kadhimi.id, mckenzie.id}
        for i in page["results"]
    )
    item = page["results"][0]
    assert item["claim_a"]["source"]["url"] == "https://alarab.example/iraq"
    assert item["claim_a"]["speaker"]["role"] and item["explanation"] and "a" in item["spans"]
    assert newsroom.get("/api/v1/contradictions/", {"speakers": "x"}).status_code == 400
    assert newsroom.get("/api/v1/contradictions/", {"min_score": 2}).json()["results"] == []
    assert newsroom.get("/api/v1/contradictions/", {"kind": "numeric"}).json()["results"] == []
    total = Contradiction.objects.count()
    first = newsroom.get("/api/v1/contradictions/", {"page_size": 1}).json()
    assert len(first["results"]) == 1 and first["next"]
    seen = [first["results"][0]["id"]]
    following = first["next"]
    while following:
        page = newsroom.get(following).json()
        seen += [r["id"] for r in page["results"]]
        following = page["next"]
    assert len(seen) == len(set(seen)) == total


def test_page_size_is_capped(newsroom):
    ContradictionFactory.create_batch(3)
    from django.conf import settings

    settings_cap = settings.MIZAN_API_MAX_PAGE_SIZE
    response = newsroom.get("/api/v1/claims/", {"page_size": 10_000})
    assert response.status_code == 200 and len(response.json()["results"]) <= settings_cap


def _contradictions(n: int) -> None:
    speakers = SpeakerFactory.create_batch(4)
    for i in range(n):
        ContradictionFactory(claim_a__speaker=speakers[i % 4], claim_b__speaker=speakers[(i + 1) % 4])


def test_one_page_costs_a_constant_number_of_queries(newsroom):
    _contradictions(60)
    counts = []
    for size in (5, 50):
        with CaptureQueriesContext(connection) as queries:
            response = newsroom.get("/api/v1/contradictions/", {"page_size": size})
        assert len(response.json()["results"]) == size
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 4, counts


def test_exports_stream_csv_and_jsonl(newsroom, seeded):
    response = newsroom.get("/api/v1/contradictions/export/jsonl/")
    rows = [json.loads(line) for line in b"".join(response.streaming_content).decode().splitlines()]
    assert len(rows) == Contradiction.objects.count() and {"a", "b", "kind", "explanation"} <= set(rows[0])
    response = newsroom.get("/api/v1/contradictions/export/csv/", {"min_score": 0.7})
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert lines[0].startswith("id,kind,score,status,explanation,detector,a_id,a_text")
    assert len(lines) - 1 == Contradiction.objects.filter(score__gte=0.7).count()


def test_review_needs_a_role_and_object_matrix(newsroom, seeded, fact_checker):
    row = Contradiction.objects.first()
    response = newsroom.post(
        f"/api/v1/contradictions/{row.id}/review/", {"status": "confirmed"}, format="json"
    )
    assert response.status_code == 403
    row.refresh_from_db()
    assert row.status == "suggested"
    checker = _client(fact_checker)
    bad = checker.post(f"/api/v1/contradictions/{row.id}/review/", {"status": "suggested"}, format="json")
    assert bad.status_code == 400
    sneaky = checker.post(
        f"/api/v1/contradictions/{row.id}/review/", {"status": "rejected", "reviewer": 1}, format="json"
    )
    assert sneaky.status_code == 400 and "reviewer" in sneaky.json()
    ok = checker.post(
        f"/api/v1/contradictions/{row.id}/review/", {"status": "rejected", "note": "scope"}, format="json"
    )
    assert ok.status_code == 200 and ok.json()["reviewer"] == "fatima" and ok.json()["status"] == "rejected"
    assert row.id not in [i["id"] for i in newsroom.get("/api/v1/contradictions/").json()["results"]]
    # Read-only everywhere else, for every role.
    for client in (newsroom, checker):
        assert client.put(f"/api/v1/contradictions/{row.id}/", {}, format="json").status_code == 405
        assert client.delete(f"/api/v1/claims/{row.claim_a_id}/").status_code == 405


CLAIMREVIEW = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "url": "https://factcheck.example/reviews/1",
    "claimReviewed": "القوات الأميركية ستنسحب بالكامل من العراق قبل نهاية العام",
    "itemReviewed": {
        "@type": "Claim",
        "author": {"@type": "Person", "name": "جون كيربي", "jobTitle": "متحدث"},
        "datePublished": "2021-12-10",
        "appearance": [{"@type": "CreativeWork", "url": "https://news.example/a"}],
    },
    "reviewRating": {
        "@type": "Rating",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "خاطئ",
    },
    "reviewBody": "CENTCOM says 2,500 troops stay.",
    "author": {"@type": "Organization", "name": "Partner"},
    "datePublished": "2021-12-13",
}


def test_claimreview_import_is_idempotent_and_role_checked(newsroom, fact_checker):
    assert newsroom.post("/api/v1/claimreviews/", CLAIMREVIEW, format="json").status_code == 403
    checker = _client(fact_checker)
    response = checker.post("/api/v1/claimreviews/", [CLAIMREVIEW], format="json")
    assert response.status_code == 201, response.content
    (result,) = response.json()["results"]
    verdict = Verdict.objects.get(id=result["verdict_id"])
    assert verdict.rating.name == "False" and verdict.status == "published"
    assert verdict.claim.speaker.name == "جون كيربي" and verdict.claim.status == "published"
    again = checker.post("/api/v1/claimreviews/", CLAIMREVIEW, format="json")
    assert again.status_code == 200 and again.json()["results"][0]["created"] is False
    assert Verdict.objects.count() == 1 and Claim.objects.count() == 1
    # A bad item anywhere: nothing imported, a message naming the item and field.
    broken = {**CLAIMREVIEW, "url": "https://factcheck.example/2", "claimReviewed": ""}
    response = checker.post(
        "/api/v1/claimreviews/",
        [{**CLAIMREVIEW, "url": "https://factcheck.example/3"}, broken],
        format="json",
    )
    assert response.status_code == 400 and "item 1.claimReviewed" in response.json()["detail"]
    assert Verdict.objects.count() == 1


def test_claimreview_export_round_trip(newsroom, seeded, fact_checker, editor):
    claim = Claim.objects.get(text__contains="2500 جندي")
    claim_assign(claim=claim, reviewer=fact_checker, by=fact_checker)
    verdict = verdict_draft(
        claim=claim,
        author=fact_checker,
        rating=Rating.objects.get(name="True"),
        explanation="Confirmed by CENTCOM",
        evidence=["https://centcom.example/x"],
    )
    verdict_publish(verdict=verdict, approver=editor)
    (review,) = newsroom.get("/api/v1/claimreviews/").json()["results"]
    assert review["@type"] == "ClaimReview" and review["claimReviewed"] == claim.text
    assert review["itemReviewed"]["author"] == {
        "@type": "Person",
        "name": "فرانك ماكنزي",
        "jobTitle": "قائد القيادة المركزية الأميركية",
    }
    assert review["itemReviewed"]["appearance"][0]["url"] == "https://alarab.example/iraq"
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 5,
        "bestRating": 5,
        "worstRating": 0,
        "alternateName": "True",
    }
    assert review["datePublished"] and review["citation"] == ["https://centcom.example/x"]


class _Receiver(BaseHTTPRequestHandler):
    received: list = []
    fail_first: int = 0

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).received.append((dict(self.headers), body))
        if type(self).fail_first > 0:
            type(self).fail_first -= 1
            self.send_response(500)
        else:
            self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def receiver():
    server = HTTPServer(("127.0.0.1", 0), _Receiver)
    _Receiver.received, _Receiver.fail_first = [], 0
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()


def test_webhook_urls_on_private_addresses_are_refused(newsroom, settings):
    settings.MIZAN_WEBHOOKS_ALLOW_PRIVATE = False
    for url in (
        "http://127.0.0.1:9/hook",
        "http://10.0.0.5/hook",
        "http://169.254.169.254/latest",
        "ftp://x/y",
    ):
        response = newsroom.post(
            "/api/v1/webhooks/", {"url": url, "events": ["verdict.published"]}, format="json"
        )
        assert response.status_code == 400, url
        assert "url" in response.json()


def test_signed_webhook_with_retries_and_owner_only(
    newsroom, seeded, fact_checker, receiver, settings, django_user_model, django_capture_on_commit_callbacks
):
    settings.MIZAN_WEBHOOKS_ALLOW_PRIVATE = True
    url = f"http://127.0.0.1:{receiver.server_port}/hook"
    created = newsroom.post(
        "/api/v1/webhooks/", {"url": url, "events": ["contradiction.confirmed"]}, format="json"
    )
    assert created.status_code == 201
    secret = created.json()["secret"]
    assert "secret" not in newsroom.get(f"/api/v1/webhooks/{created.json()['id']}/").json()
    stranger = _client(django_user_model.objects.create_user("stranger"))
    assert stranger.get(f"/api/v1/webhooks/{created.json()['id']}/").status_code == 404
    assert stranger.delete(f"/api/v1/webhooks/{created.json()['id']}/").status_code == 404
    _Receiver.fail_first = 2
    row = Contradiction.objects.first()
    # Eager Celery replays retries at once (no countdown) when it does not propagate the Retry.
    deliver_webhook.app.conf.task_eager_propagates = False
    try:
        with django_capture_on_commit_callbacks(execute=True):
            _client(fact_checker).post(
                f"/api/v1/contradictions/{row.id}/review/", {"status": "confirmed"}, format="json"
            )
    finally:
        deliver_webhook.app.conf.task_eager_propagates = True
    assert len(_Receiver.received) == 3
    headers, body = _Receiver.received[-1]
    expected = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    assert headers["X-Mizan-Signature"] == expected and headers["X-Mizan-Event"] == "contradiction.confirmed"
    assert json.loads(body)["data"]["id"] == row.id
    attempts = list(
        WebhookDelivery.objects.order_by("attempt").values_list("attempt", "status_code", "success")
    )
    assert attempts == [(1, 500, False), (2, 500, False), (3, 204, True)]


def test_throttling_answers_429_with_retry_after(newsroom, monkeypatch):
    monkeypatch.setattr(UserRateThrottle, "THROTTLE_RATES", {"user": "3/min", "anon": "3/min"})
    codes = [newsroom.get("/api/v1/claims/").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    assert int(newsroom.get("/api/v1/claims/")["Retry-After"]) > 0


def test_schema_validates_and_documents_every_endpoint(tmp_path):
    out = tmp_path / "schema.json"
    call_command(
        "spectacular", "--validate", "--fail-on-warn", "--format", "openapi-json", "--file", str(out)
    )
    schema = json.loads(out.read_text())
    for path in (
        "/api/v1/sources/",
        "/api/v1/claims/",
        "/api/v1/speakers/{id}/timeline/",
        "/api/v1/contradictions/",
        "/api/v1/contradictions/export/csv/",
        "/api/v1/contradictions/{id}/review/",
        "/api/v1/claimreviews/",
        "/api/v1/webhooks/",
    ):
        assert path in schema["paths"], path
    params = {p["name"]: p for p in schema["paths"]["/api/v1/contradictions/"]["get"]["parameters"]}
    assert {
        "speaker",
        "speakers",
        "status",
        "kind",
        "since",
        "until",
        "min_score",
        "cursor",
        "page_size",
    } <= set(params)
    assert all(p.get("description") for name, p in params.items())
    # Request bodies refuse undeclared fields, and the schema says so.
    requests = {k: v for k, v in schema["components"]["schemas"].items() if k.endswith("Request")}
    assert set(requests) >= {"SourceCreateRequest", "ContradictionReviewRequest", "WebhookRequest"}
    assert all(body["additionalProperties"] is False for body in requests.values())
    imported = schema["paths"]["/api/v1/claimreviews/"]["post"]["responses"]
    assert {"200", "201"} <= set(imported)  # a repeated import answers 200, a new one 201


def test_every_request_body_refuses_an_undeclared_field(newsroom, editor, seeded):
    reviewer = _client(editor)
    row = Contradiction.objects.first()
    for client, path, body in (
        (newsroom, "/api/v1/sources/", {"text": "نص", "colour": "red"}),
        (reviewer, f"/api/v1/contradictions/{row.pk}/review/", {"status": "confirmed", "colour": "red"}),
        (
            newsroom,
            "/api/v1/webhooks/",
            {"url": "https://example.org/h", "events": ["verdict.published"], "colour": 1},
        ),
    ):
        response = client.post(path, body, format="json")
        assert response.status_code == 400 and "colour" in response.json(), (path, response.content)


def test_swagger_ui_is_served_without_a_cdn(newsroom):
    html = newsroom.get("/api/docs/").content.decode()
    assert "cdn.jsdelivr" not in html and "/static/drf_spectacular_sidecar/" in html


@pytest.mark.parametrize(
    ("method", "path", "payload", "expected"),
    [
        # (anonymous, newsroom token, fact-checker, editor)
        ("get", "/api/v1/claims/", None, (401, 200, 200, 200)),
        ("get", "/api/v1/contradictions/", None, (401, 200, 200, 200)),
        ("get", "/api/v1/claimreviews/", None, (401, 200, 200, 200)),
        (
            "post",
            "/api/v1/sources/",
            {"text": "قال الوزير أحمد علي إن الموازنة ستقر غدا."},
            (401, 202, 200, 200),
        ),
        ("post", "/api/v1/contradictions/{c}/review/", {"status": "confirmed"}, (401, 403, 200, 200)),
        ("post", "/api/v1/claimreviews/", CLAIMREVIEW, (401, 403, 201, 200)),
        ("delete", "/api/v1/claims/{claim}/", None, (401, 405, 405, 405)),
        ("patch", "/api/v1/contradictions/{c}/", {"status": "confirmed"}, (401, 405, 405, 405)),
        ("put", "/api/v1/sources/{source}/", {"text": "x"}, (401, 405, 405, 405)),
    ],
)
def test_authorisation_matrix(method, path, payload, expected, newsroom, fact_checker, editor):
    """Function-level authorisation for every role, in order (the same objects for everybody)."""
    row = ContradictionFactory()
    url = path.format(c=row.id, claim=row.claim_a_id, source=row.claim_a.source_id)
    clients = [APIClient(), newsroom, _client(fact_checker), _client(editor)]
    codes = []
    for client in clients:
        call = getattr(client, method)
        codes.append((call(url, payload, format="json") if payload is not None else call(url)).status_code)
    assert tuple(codes) == expected
