"""Read-only API v1: authentication, the contradiction report, filters, schema."""

from __future__ import annotations

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.models import Contradiction, Speaker

pytestmark = pytest.mark.django_db


@pytest.fixture
def client(django_user_model) -> APIClient:
    user = django_user_model.objects.create_user("newsroom", password="x")
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return api


@pytest.mark.parametrize("path", ["claims", "speakers", "sources", "contradictions"])
def test_anonymous_requests_are_refused(path):
    assert APIClient().get(f"/api/v1/{path}/").status_code == 401


def test_contradiction_report_nests_both_claims(client, ingest, seed_text, seed_date):
    ingest(text=seed_text, published_at=seed_date, url="https://alarab.example/iraq")
    response = client.get("/api/v1/contradictions/")
    assert response.status_code == 200
    items = response.json()["results"]
    assert items
    first = items[0]
    for side in ("claim_a", "claim_b"):
        assert {"text", "speaker", "source", "start", "end"} <= set(first[side])
        assert first[side]["source"]["url"] == "https://alarab.example/iraq"
    assert first["explanation"] and first["kind"] and first["status"] == "suggested"
    mckenzie = Speaker.objects.get(name="فرانك ماكنزي")
    filtered = client.get("/api/v1/contradictions/", {"speaker": mckenzie.id}).json()["results"]
    assert filtered and all(
        mckenzie.id in (i["claim_a"]["speaker"]["id"], i["claim_b"]["speaker"]["id"]) for i in filtered
    )


def test_rejected_contradictions_are_hidden_unless_asked(client, ingest, seed_text):
    ingest(text=seed_text)
    row = Contradiction.objects.first()
    row.status = "rejected"
    row.save()
    ids = [i["id"] for i in client.get("/api/v1/contradictions/").json()["results"]]
    assert row.id not in ids
    ids = [i["id"] for i in client.get("/api/v1/contradictions/", {"status": "rejected"}).json()["results"]]
    assert ids == [row.id]


def test_speaker_search_ignores_spelling_variants(client, ingest, seed_text):
    ingest(text=seed_text)
    names = [s["name"] for s in client.get("/api/v1/speakers/", {"q": "الكاظمى"}).json()["results"]]
    assert names == ["مصطفى الكاظمي"]


def test_api_is_read_only(client, ingest, seed_text):
    ingest(text=seed_text)
    assert client.post("/api/v1/claims/", {"text": "x"}).status_code == 405
    claim_id = client.get("/api/v1/claims/").json()["results"][0]["id"]
    assert client.delete(f"/api/v1/claims/{claim_id}/").status_code == 405


def test_openapi_schema(client):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert {"/api/v1/contradictions/", "/api/v1/claims/", "/api/v1/speakers/", "/api/v1/sources/"} <= set(
        paths
    )
