"""The fact-checker's desk in a real browser: search, contradiction review, verdict, approval."""

from __future__ import annotations

import re

import pytest
from django.db.models import Q

from claims.models import Claim, Contradiction, Rating, Speaker, Verdict

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def seeded(ingest, seed_text, seed_date):
    """The seed article (two contradictions) and a third, weaker pair so the queue has a next step."""
    from claims.services import contradiction_record
    from extractors.base import PairResult

    source = ingest(text=seed_text, published_at=seed_date, outlet="العرب").source
    paired = {c for row in Contradiction.objects.all() for c in (row.claim_a_id, row.claim_b_id)}
    one, other = Claim.objects.exclude(id__in=paired).order_by("id")[:2]
    contradiction_record(
        claim_1=one, claim_2=other, result=PairResult("contradiction", 0.51, "negation", "test"),
        detector="tests", version="1",
    )  # fmt: skip
    return source


def test_fact_checker_reviews_and_drafts_then_an_editor_publishes(
    live_server, open_page, screenshot, seeded, fact_checker, editor
):
    url = live_server.url
    page = open_page("fatima", "pw-fatima-123", locale="ar")
    assert page.get_attribute("html", "dir") == "rtl"

    # 1. the claim queue, searched with a spelling variant
    page.goto(f"{url}/admin/claims/claim/")
    page.fill("#searchbar", "الكاظمى")
    page.press("#searchbar", "Enter")
    page.wait_for_url(re.compile(r"q="))
    rows = page.locator("#result_list tbody tr")
    kadhimi = Speaker.objects.get(name="مصطفى الكاظمي")
    assert rows.count() == kadhimi.claims.count() > 0
    assert "العراق سيشهد بعد أيام انسحاب" in page.inner_text("#result_list")
    screenshot(page, "01-queue-search-variant-ar")

    # 2. the contradiction review queue, keyboard driven
    queue = list(Contradiction.objects.order_by("-score", "-id"))
    page.goto(f"{url}/admin/claims/contradiction/")
    page.click("#mz-start-review")
    page.wait_for_url(re.compile(rf"/contradiction/{queue[0].pk}/review/"))
    assert page.locator("mark.mz-conflict").count() >= 2
    assert page.locator("#mz-side-a").get_attribute("id") and page.is_visible("#mz-side-b")
    screenshot(page, "02-contradiction-review-ar")
    page.keyboard.press("j")
    page.wait_for_url(re.compile(rf"/contradiction/{queue[1].pk}/review/"))
    page.keyboard.press("k")
    page.wait_for_url(re.compile(rf"/contradiction/{queue[0].pk}/review/"))
    page.fill("#id_note", "تصريح ماكنزي يناقض إعلان الانسحاب")
    page.click("#mz-confirm")
    page.wait_for_url(re.compile(rf"/contradiction/{queue[1].pk}/review/"))
    assert page.locator(".messagelist .success").count() == 1
    confirmed = Contradiction.objects.get(pk=queue[0].pk)
    assert (confirmed.status, confirmed.reviewer_id) == ("confirmed", fact_checker.pk)
    assert confirmed.review_note == "تصريح ماكنزي يناقض إعلان الانسحاب"
    page.keyboard.press("r")  # reject the next one from the keyboard
    page.wait_for_url(re.compile(rf"/contradiction/{queue[2].pk}/review/"))
    assert Contradiction.objects.get(pk=queue[1].pk).status == "rejected"

    # 3. a verdict on a claim: take it, a refused draft (no explanation), then a real one
    claim = Claim.objects.get(text__contains="2500 جندي")
    page.goto(f"{url}/admin/claims/claim/{claim.pk}/change/")
    page.click("#mz-assign-me")
    page.wait_for_selector("#mz-verdict-form")
    assert Claim.objects.get(pk=claim.pk).status == "in_review"
    page.select_option("#id_rating", str(Rating.objects.get(name="Misleading").pk))
    page.click("#mz-draft")
    assert "a verdict needs an explanation" in page.inner_text(".messagelist .error")
    assert not Verdict.objects.exists() and Claim.objects.get(pk=claim.pk).status == "in_review"
    page.fill("#id_explanation", "أكدت القيادة المركزية الأميركية بقاء 2500 جندي في العراق بمهام غير قتالية.")
    page.fill("#id_evidence", "https://example.org/centcom-2021-12-10")
    page.click("#mz-draft")
    page.wait_for_selector(".messagelist .success")
    verdict = Verdict.objects.get(claim=claim)
    assert (verdict.status, verdict.author_id) == ("drafted", fact_checker.pk)
    assert page.locator("#mz-publish").count() == 0  # no self-publishing, and no role to publish
    assert page.locator("mark", has_text="2500 جندي").count() >= 1
    screenshot(page, "03-claim-verdict-drafted-ar")

    # 4. an editor (English UI) approves and publishes it
    page2 = open_page("omar", "pw-omar-123", locale="en")
    page2.goto(f"{url}/admin/claims/claim/{claim.pk}/change/")
    assert page2.get_attribute("html", "dir") == "ltr"
    page2.click("#mz-publish")
    page2.wait_for_selector(".messagelist .success")
    assert "published" in page2.inner_text(".messagelist .success")
    verdict.refresh_from_db()
    assert (verdict.status, verdict.approved_by_id) == ("published", editor.pk)
    assert Claim.objects.get(pk=claim.pk).status == "published"
    screenshot(page2, "04-claim-published-en")

    # 5. the speaker dossier with its timeline
    mckenzie = claim.speaker
    page2.goto(f"{url}/admin/claims/speaker/{mckenzie.pk}/dossier/")
    assert page2.locator("svg.mz-timeline circle").count() == mckenzie.claims.count()
    arcs = Contradiction.objects.filter(Q(claim_a__speaker=mckenzie) | Q(claim_b__speaker=mckenzie)).count()
    assert page2.locator("svg.mz-timeline path").count() == arcs >= 2  # al-Kadhimi and al-Araji
    screenshot(page2, "05-speaker-dossier-en")
    page.goto(f"{url}/admin/claims/speaker/{kadhimi.pk}/dossier/")
    screenshot(page, "06-speaker-dossier-ar")


def test_a_fact_checker_is_refused_plugin_settings_in_the_browser(
    live_server, open_page, seeded, fact_checker
):
    from extractors.models import PluginConfig

    row = PluginConfig.objects.get(name="mizan.ar.speech")
    page = open_page("fatima", "pw-fatima-123")
    page.goto(f"{live_server.url}/admin/extractors/pluginconfig/{row.pk}/change/")
    assert "only editors can change them" in page.inner_text(".messagelist")
    assert page.locator("input[name=_save]").count() == 0  # a read-only page, nothing to submit
    assert PluginConfig.objects.get(pk=row.pk).config == row.config
