"""The fact-checker's desk in the admin: queue, claim page, workflow buttons, contradiction review,
speaker dossier and merge, Arabic UI, and refusals that leave the database unchanged."""

from __future__ import annotations

from datetime import datetime

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from claims.desk.render import highlight, in_article, merge_spans
from claims.models import Claim, Contradiction, Rating, Speaker, SpeakerAlias, Verdict
from claims.services import WorkflowError, claim_assign, speaker_merge, verdict_draft
from extractors.models import PluginConfig
from extractors.services import contradictions_detect
from tests.factories import ClaimFactory, ContradictionFactory, SourceFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:claims_claim_changelist"


@pytest.fixture
def seeded(ingest, seed_text, seed_date):
    return ingest(text=seed_text, published_at=seed_date, outlet="العرب").source


def login(client, user):
    client.force_login(user)
    return client


def message_texts(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def workflow(claim, step):
    return reverse("admin:claims_claim_workflow", args=[claim.pk, step])


def snapshot():
    """What a refused step must leave untouched."""
    return (
        list(Claim.objects.order_by("pk").values_list("pk", "status", "assignee_id", "speaker_id")),
        list(Verdict.objects.order_by("pk").values_list("pk", "status", "explanation", "approved_by_id")),
        list(Contradiction.objects.order_by("pk").values_list("pk", "status", "reviewer_id", "review_note")),
        list(PluginConfig.objects.order_by("pk").values_list("pk", "enabled", "config")),
        list(Speaker.objects.order_by("pk").values_list("pk", "name")),
    )


# --- the queue --------------------------------------------------------------------------------------


def test_search_ignores_spelling_variants(client, fact_checker, seeded):
    login(client, fact_checker)
    for variant in ("الكاظمى", "الكَاظِمِي", "مصطفى الكاظمي"):
        cl = client.get(reverse(CHANGELIST), {"q": variant}).context["cl"]
        speakers = {c.speaker.name for c in cl.result_list}
        assert speakers == {"مصطفى الكاظمي"}, variant
    # the claim text too: «انسحاب» written with a hamza-less alef variant still matches
    texts = [c.text for c in client.get(reverse(CHANGELIST), {"q": "إنسحاب"}).context["cl"].result_list]
    assert any("انسحاب جميع القوات" in t for t in texts)
    assert client.get(reverse(CHANGELIST), {"q": "غير موجود إطلاقا"}).context["cl"].result_count == 0


def test_queue_filters_and_sorting(client, fact_checker, seeded):
    login(client, fact_checker)
    url = reverse(CHANGELIST)
    total = Claim.objects.count()
    with_contradictions = len(
        {i for pair in Contradiction.objects.values_list("claim_a", "claim_b") for i in pair}
    )
    cl = client.get(url, {"contradicted": "yes"}).context["cl"]
    assert 0 < cl.result_count < total
    assert all(c.desk_contradictions > 0 for c in cl.result_list)
    assert cl.result_count == with_contradictions
    assert client.get(url, {"contradicted": "no"}).context["cl"].result_count == total - cl.result_count
    assert client.get(url, {"status": "unverified"}).context["cl"].result_count == total
    assert client.get(url, {"status": "published"}).context["cl"].result_count == 0
    assert client.get(url, {"source__outlet": "العرب"}).context["cl"].result_count == total
    assert (
        client.get(url, {"published_from": "2021-12-01", "published_to": "2021-12-31"})
        .context["cl"]
        .result_count
        == total
    )
    assert client.get(url, {"published_from": "2022-01-01"}).context["cl"].result_count == 0
    speaker = Speaker.objects.get(name="فرانك ماكنزي")
    assert client.get(url, {"speaker__id__exact": speaker.pk}).context["cl"].result_count == 2
    cl = client.get(url, {"o": "5"}).context["cl"]  # checkworthiness column, ascending
    scores = [c.checkworthiness for c in cl.result_list]
    assert scores == sorted(scores)
    html = client.get(url, {"o": "-6"}).content.decode()  # by publication date
    assert "published_from" in html and 'type="date"' in html


def test_bulk_assign_with_an_intermediate_page_and_assign_to_me(client, fact_checker, editor, seeded):
    login(client, editor)
    ids = list(Claim.objects.order_by("pk").values_list("pk", flat=True)[:3])
    url = reverse(CHANGELIST)
    page = client.post(url, {"action": "assign_to_reviewer", "_selected_action": ids})
    assert page.status_code == 200 and "mz-assign-form" in page.content.decode()
    assert "fatima" in page.content.decode()  # the fact-checker is offered as reviewer
    assert set(Claim.objects.values_list("status", flat=True)) == {"unverified"}
    done = client.post(
        url,
        {"action": "assign_to_reviewer", "_selected_action": ids, "apply": "1", "reviewer": fact_checker.pk},
    )
    assert done.status_code == 302
    assert set(Claim.objects.filter(pk__in=ids).values_list("status", "assignee")) == {
        ("in_review", fact_checker.pk)
    }
    other = Claim.objects.exclude(pk__in=ids).first()
    client.post(url, {"action": "assign_to_me", "_selected_action": [other.pk]})
    other.refresh_from_db()
    assert (other.status, other.assignee) == ("in_review", editor)


def test_a_refused_bulk_step_changes_nothing(client, fact_checker, seeded):
    login(client, fact_checker)
    first, second = Claim.objects.order_by("pk")[:2]
    client.post(reverse(CHANGELIST), {"action": "dismiss_claims", "_selected_action": [first.pk]})
    before = snapshot()
    # one dismissed claim in the selection cannot be dismissed again: the whole action is refused
    response = client.post(
        reverse(CHANGELIST),
        {"action": "dismiss_claims", "_selected_action": [first.pk, second.pk]},
        follow=True,
    )
    assert any("cannot go from 'dismissed' to 'dismissed'" in m for m in message_texts(response))
    assert snapshot() == before


# --- the claim page ---------------------------------------------------------------------------------


def test_claim_page_shows_context_speaker_numbers_contradictions_and_history(client, fact_checker, seeded):
    login(client, fact_checker)
    claim = Claim.objects.get(text__contains="2500 جندي")
    html = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert f"<mark>{claim.text}</mark>" in html and 'dir="auto"' in html
    assert "قائد القيادة المركزية الأميركية" in html  # the role
    assert "2500 جندي" in html and "mizan.ar.speech@" in html
    assert reverse("admin:claims_speaker_dossier", args=[claim.speaker_id]) in html
    row = Contradiction.objects.get(claim_b=claim)
    assert reverse("admin:claims_contradiction_review", args=[row.pk]) in html
    assert reverse("admin:claims_claim_history", args=[claim.pk]) in html
    assert 'id="mz-assign-me"' in html
    # status and assignee are read-only: posting them through the change form changes nothing
    client.post(
        reverse("admin:claims_claim_change", args=[claim.pk]),
        {"speaker": claim.speaker_id, "status": "published", "assignee": fact_checker.pk},
    )
    claim.refresh_from_db()
    assert (claim.status, claim.assignee) == ("unverified", None)


def test_history_page_renders(client, fact_checker, seeded):
    login(client, fact_checker)
    claim = Claim.objects.first()
    client.post(workflow(claim, "assign-me"))
    html = client.get(reverse("admin:claims_claim_history", args=[claim.pk])).content.decode()
    assert "fatima" in html


def test_the_whole_flow_through_the_claim_page(client, fact_checker, editor, seeded):
    claim = Claim.objects.get(text__contains="2500 جندي")
    login(client, fact_checker)
    response = client.post(workflow(claim, "assign-me"), follow=True)
    assert "assigned to you" in " ".join(message_texts(response))
    rating = Rating.objects.get(name="False")
    client.post(
        workflow(claim, "draft"),
        {"rating": rating.pk, "explanation": "CENTCOM said so.", "evidence": "https://example.org/a\n"},
    )
    verdict = Verdict.objects.get(claim=claim)
    assert (verdict.status, verdict.evidence, verdict.author) == (
        "drafted",
        ["https://example.org/a"],
        fact_checker,
    )
    html = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert 'id="mz-publish"' not in html and "another person" in html
    login(client, editor)
    html = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert 'id="mz-publish"' in html
    client.post(workflow(claim, "publish"), {"verdict": verdict.pk})
    verdict.refresh_from_db()
    claim.refresh_from_db()
    assert (verdict.status, verdict.approved_by, claim.status) == ("published", editor, "published")


# --- refusals: a clear message and nothing changed -------------------------------------------------


def test_a_verdict_without_explanation_is_refused(client, fact_checker, seeded):
    claim = claim_assign(claim=Claim.objects.first(), reviewer=fact_checker, by=fact_checker)
    login(client, fact_checker)
    before = snapshot()
    response = client.post(
        workflow(claim, "draft"), {"rating": Rating.objects.first().pk, "explanation": "   "}, follow=True
    )
    assert any("a verdict needs an explanation" in m for m in message_texts(response))
    assert snapshot() == before
    # what was typed is kept for the next attempt
    assert 'id="mz-verdict-form"' in response.content.decode()


def test_bad_evidence_links_are_refused(client, fact_checker, seeded):
    claim = claim_assign(claim=Claim.objects.first(), reviewer=fact_checker, by=fact_checker)
    login(client, fact_checker)
    before = snapshot()
    response = client.post(
        workflow(claim, "draft"),
        {"rating": Rating.objects.first().pk, "explanation": "x", "evidence": "javascript:alert(1)"},
        follow=True,
    )
    assert any("http(s) links" in m for m in message_texts(response))
    assert "javascript:alert(1)" in response.content.decode()  # kept in the form, escaped, not a link
    assert snapshot() == before


def test_an_illegal_status_jump_is_refused(client, fact_checker, seeded):
    claim = Claim.objects.first()  # unverified: a verdict needs the claim in review first
    login(client, fact_checker)
    before = snapshot()
    response = client.post(
        workflow(claim, "draft"), {"rating": Rating.objects.first().pk, "explanation": "because"}, follow=True
    )
    assert any("cannot go from 'unverified' to 'drafted'" in m for m in message_texts(response))
    assert snapshot() == before


def test_publishing_ones_own_verdict_is_refused(client, editor, fact_checker, seeded):
    claim = claim_assign(claim=Claim.objects.first(), reviewer=editor, by=editor)
    verdict = verdict_draft(claim=claim, author=editor, rating=Rating.objects.first(), explanation="x")
    login(client, editor)
    assert (
        'id="mz-publish"'
        not in client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    )
    before = snapshot()
    response = client.post(workflow(claim, "publish"), {"verdict": verdict.pk}, follow=True)
    assert any("cannot publish your own verdict" in m for m in message_texts(response))
    assert snapshot() == before
    # and a fact-checker may not publish at all
    login(client, fact_checker)
    response = client.post(workflow(claim, "publish"), {"verdict": verdict.pk}, follow=True)
    assert any("may not publish verdicts" in m for m in message_texts(response))
    response = client.post(
        reverse("admin:claims_verdict_changelist"), {"action": "publish", "_selected_action": [verdict.pk]}
    )
    assert snapshot() == before


def test_a_fact_checker_cannot_edit_plugin_settings(client, fact_checker, seeded):
    row = PluginConfig.objects.get(name="mizan.ar.speech")
    login(client, fact_checker)
    url = reverse("admin:extractors_pluginconfig_change", args=[row.pk])
    assert client.get(url).status_code == 200  # may look
    before = snapshot()
    response = client.post(url, {"name": row.name, "config": '{"min_claim_chars": 3}'}, follow=True)
    assert any("Only editors may change plugin settings" in m for m in message_texts(response))
    response = client.post(
        reverse("admin:extractors_pluginconfig_changelist"),
        {"form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "1", "form-0-id": row.pk, "_save": "Save"},
    )
    assert snapshot() == before


def test_verdicts_and_ratings_cannot_be_edited_outside_the_services(client, fact_checker, editor, seeded):
    claim = claim_assign(claim=Claim.objects.first(), reviewer=fact_checker, by=fact_checker)
    verdict = verdict_draft(claim=claim, author=fact_checker, rating=Rating.objects.first(), explanation="x")
    login(client, fact_checker)
    before = snapshot()
    url = reverse("admin:claims_verdict_change", args=[verdict.pk])
    assert client.get(url).status_code == 200
    assert client.post(url, {"explanation": "changed", "status": "published"}).status_code == 403
    assert (
        client.post(reverse("admin:claims_rating_add"), {"name": "Pants on fire", "value": -1}).status_code
        == 403
    )
    assert snapshot() == before and not Rating.objects.filter(name="Pants on fire").exists()
    login(client, editor)
    client.post(
        reverse("admin:claims_rating_add"), {"name": "Pants on fire", "name_ar": "كاذب تماما", "value": -1}
    )
    assert Rating.objects.filter(name="Pants on fire").exists()


# --- contradiction review ----------------------------------------------------------------------------


def test_review_page_shows_both_claims_with_the_conflicting_spans(client, fact_checker, seeded):
    login(client, fact_checker)
    row = Contradiction.objects.order_by("-score", "-id").first()
    start = client.get(reverse("admin:claims_contradiction_queue"))
    assert start.status_code == 302 and start.url == reverse(
        "admin:claims_contradiction_review", args=[row.pk]
    )
    html = client.get(start.url).content.decode()
    (sa, ea), (sb, eb) = row.spans["a"][0], row.spans["b"][0]
    assert f'<mark class="mz-conflict">{row.claim_a.text[sa:ea]}</mark>' in html
    assert f'<mark class="mz-conflict">{row.claim_b.text[sb:eb]}</mark>' in html
    for name in (
        row.claim_a.speaker.name,
        row.claim_b.speaker.name,
        row.claim_a.speaker.role,
        "العرب",
        "2021-12-12",
    ):
        assert name in html
    assert 'accesskey="j"' in html and 'accesskey="c"' in html and 'accesskey="r"' in html
    assert "KeyJ" in html and 'src="http' not in html and "//cdn" not in html  # inline JS, no CDN
    assert reverse("admin:claims_contradiction_history", args=[row.pk]) in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_confirm_and_reject_in_one_click_then_move_on(client, fact_checker, seeded):
    from claims.services import contradiction_record
    from extractors.base import PairResult

    login(client, fact_checker)
    paired = {c for row in Contradiction.objects.all() for c in (row.claim_a_id, row.claim_b_id)}
    one, other = Claim.objects.exclude(id__in=paired).order_by("id")[:2]  # a third pair to walk to
    contradiction_record(
        claim_1=one, claim_2=other, result=PairResult("contradiction", 0.51, "negation", "test"),
        detector="tests", version="1",
    )  # fmt: skip
    first, second, third = Contradiction.objects.order_by("-score", "-id")
    response = client.post(
        reverse("admin:claims_contradiction_review", args=[first.pk]),
        {"decision": "confirmed", "note": "نعم"},
    )
    assert response.status_code == 302 and response.url == reverse(
        "admin:claims_contradiction_review", args=[second.pk]
    )
    first.refresh_from_db()
    assert (first.status, first.reviewer, first.review_note) == ("confirmed", fact_checker, "نعم")
    response = client.post(
        reverse("admin:claims_contradiction_review", args=[second.pk]), {"decision": "rejected"}
    )
    assert response.url == reverse("admin:claims_contradiction_review", args=[third.pk])
    html = client.get(response.url).content.decode()
    assert "1 of 1" in html and 'id="mz-next"' not in html
    # no decision or a bad one: refused, nothing changed
    before = snapshot()
    client.post(reverse("admin:claims_contradiction_review", args=[third.pk]), {"decision": "suggested"})
    assert snapshot() == before


def test_a_rejected_contradiction_stays_rejected(client, fact_checker, seeded):
    login(client, fact_checker)
    row = Contradiction.objects.order_by("-score", "-id").first()
    client.post(
        reverse("admin:claims_contradiction_review", args=[row.pk]), {"decision": "rejected", "note": "no"}
    )
    contradictions_detect(source=seeded)  # the detector runs again over the same article
    row.refresh_from_db()
    assert (row.status, row.review_note) == ("rejected", "no")
    queue = client.get(reverse("admin:claims_contradiction_queue"))
    assert queue.url != reverse("admin:claims_contradiction_review", args=[row.pk])
    assert [h.status for h in row.history.order_by("history_date")] == ["suggested", "rejected"]


def test_someone_without_the_role_cannot_review(client, django_user_model, seeded):
    from django.contrib.auth.models import Permission

    reader = django_user_model.objects.create_user("reader", password="x", is_staff=True)
    reader.user_permissions.add(Permission.objects.get(codename="view_contradiction"))
    login(client, reader)
    row = Contradiction.objects.first()
    url = reverse("admin:claims_contradiction_review", args=[row.pk])
    assert "mz-review-form" not in client.get(url).content.decode()
    before = snapshot()
    response = client.post(url, {"decision": "confirmed"}, follow=True)
    assert any("may not review contradictions" in m for m in message_texts(response))
    assert snapshot() == before


# --- speakers: dossier and merge ----------------------------------------------------------------------


def test_dossier_shows_aliases_claims_verdicts_and_a_timeline(client, fact_checker, editor, seeded):
    speaker = Speaker.objects.get(name="مصطفى الكاظمي")
    claim = speaker.claims.first()
    claim_assign(claim=claim, reviewer=fact_checker, by=fact_checker)
    verdict = verdict_draft(
        claim=claim, author=fact_checker, rating=Rating.objects.get(name="True"), explanation="x"
    )
    from claims.services import verdict_publish

    verdict_publish(verdict=verdict, approver=editor)
    login(client, fact_checker)
    html = client.get(reverse("admin:claims_speaker_dossier", args=[speaker.pk])).content.decode()
    assert "رئيس الحكومة العراقية" in html and "الكاظمي" in html
    assert html.count("<circle") == speaker.claims.count()
    assert "<svg" in html and "<path" in html  # contradictions as arcs
    assert "True / صحيح: <strong>1</strong>" in html
    assert 'id="mz-merge"' not in html  # fact-checkers cannot merge
    assert "http://" not in html.split("<svg", 1)[1].split("</svg>", 1)[0].replace(
        "http://www.w3.org/2000/svg", ""
    )


def test_dossier_lists_self_contradictions():
    speaker = SpeakerFactory(name="وزير المالية")
    day1 = timezone.make_aware(datetime(2024, 1, 5))
    day2 = timezone.make_aware(datetime(2024, 3, 9))
    a = ClaimFactory(speaker=speaker, source=SourceFactory(published_at=day1))
    b = ClaimFactory(speaker=speaker, source=SourceFactory(published_at=day2))
    ContradictionFactory(claim_a=a, claim_b=b)
    from claims.desk.queries import speaker_dossier

    data = speaker_dossier(speaker)
    assert len(data["self_contradictions"]) == 1


def test_dossier_page_marks_self_contradictions(admin_client):
    speaker = SpeakerFactory(name="وزير المالية")
    a = ClaimFactory(
        speaker=speaker, source=SourceFactory(published_at=timezone.make_aware(datetime(2024, 1, 5)))
    )
    b = ClaimFactory(
        speaker=speaker, source=SourceFactory(published_at=timezone.make_aware(datetime(2024, 3, 9)))
    )
    ContradictionFactory(claim_a=a, claim_b=b)
    html = admin_client.get(reverse("admin:claims_speaker_dossier", args=[speaker.pk])).content.decode()
    assert 'id="mz-self-count"' in html and 'stroke="#dc2626"' in html
    assert "2024-01-05" in html and "2024-03-09" in html


def test_speaker_merge_service(editor, fact_checker):
    keep = SpeakerFactory(name="مصطفى الكاظمي", role="")
    merge = SpeakerFactory(name="رئيس الوزراء العراقي", role="رئيس الوزراء")
    SpeakerAlias.objects.create(speaker=merge, alias="الكاظمى", normalized="الكاظمي")
    claims = [ClaimFactory(speaker=merge), ClaimFactory(speaker=merge)]
    with pytest.raises(WorkflowError, match="may not merge speakers"):
        speaker_merge(keep=keep, merge=merge, by=fact_checker)
    with pytest.raises(WorkflowError, match="cannot be merged into itself"):
        speaker_merge(keep=keep, merge=keep, by=editor)
    assert Speaker.objects.filter(pk=merge.pk).exists()
    kept = speaker_merge(keep=keep, merge=merge, by=editor)
    assert not Speaker.objects.filter(pk=merge.pk).exists()
    assert set(Claim.objects.filter(pk__in=[c.pk for c in claims]).values_list("speaker", flat=True)) == {
        keep.pk
    }
    assert {"الكاظمي", "رئيس الوزراء العراقي", "مصطفي الكاظمي"} <= set(
        kept.aliases.values_list("normalized", flat=True)
    )
    assert kept.role == "رئيس الوزراء"
    assert claims[0].history.latest().speaker_id == keep.pk
    assert claims[0].terms.filter(term=f"@{keep.pk}").exists()


def test_merge_from_the_dossier_and_the_action(client, editor, fact_checker, seeded):
    keep = Speaker.objects.get(name="مصطفى الكاظمي")
    merge = Speaker.objects.get(name="رئيس الوزراء العراقي")
    moved = list(merge.claims.values_list("pk", flat=True))
    login(client, fact_checker)
    before = snapshot()
    response = client.post(
        reverse("admin:claims_speaker_merge", args=[keep.pk]), {"merge": merge.pk}, follow=True
    )
    assert any("may not merge speakers" in m for m in message_texts(response))
    assert snapshot() == before
    login(client, editor)
    html = client.get(reverse("admin:claims_speaker_dossier", args=[keep.pk])).content.decode()
    assert 'id="mz-merge-form"' in html
    response = client.post(
        reverse("admin:claims_speaker_merge", args=[keep.pk]), {"merge": "999999"}, follow=True
    )
    assert any("No speaker with that id" in m for m in message_texts(response))
    client.post(reverse("admin:claims_speaker_merge", args=[keep.pk]), {"merge": merge.pk})
    assert not Speaker.objects.filter(pk=merge.pk).exists()
    assert set(Claim.objects.filter(pk__in=moved).values_list("speaker", flat=True)) == {keep.pk}
    # the changelist action: two speakers, an intermediate page to choose the one kept
    a, b = Speaker.objects.filter(name__in=["قاسم الأعرجي", "مقتدى الصدر"]).order_by("pk")
    url = reverse("admin:claims_speaker_changelist")
    page = client.post(url, {"action": "merge_speakers", "_selected_action": [a.pk, b.pk]})
    assert page.status_code == 200 and 'name="keep"' in page.content.decode()
    client.post(
        url, {"action": "merge_speakers", "_selected_action": [a.pk, b.pk], "apply": "1", "keep": b.pk}
    )
    assert not Speaker.objects.filter(pk=a.pk).exists() and Speaker.objects.filter(pk=b.pk).exists()


# --- Arabic ------------------------------------------------------------------------------------------


def test_the_desk_speaks_arabic_when_the_browser_does(client, fact_checker, seeded):
    login(client, fact_checker)
    claim = Claim.objects.first()
    html = client.get(
        reverse("admin:claims_claim_change", args=[claim.pk]), HTTP_ACCEPT_LANGUAGE="ar"
    ).content.decode()
    assert 'dir="rtl"' in html and "التحقق" in html and "أسنده إليّ" in html
    html = client.get(reverse("admin:claims_claim_changelist"), HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert "غير متحقق منه" in html
    row = Contradiction.objects.first()
    html = client.get(
        reverse("admin:claims_contradiction_review", args=[row.pk]), HTTP_ACCEPT_LANGUAGE="ar"
    ).content.decode()
    assert "تأكيد" in html and "رفض" in html
    html = client.get(
        reverse("admin:claims_claim_change", args=[claim.pk]), HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    assert "Assign to me" in html


# --- rendering helpers -------------------------------------------------------------------------------


def test_highlight_escapes_and_merges_spans():
    assert merge_spans([[5, 9], [0, 3], [2, 4], [8, 100], ["x", 1], [7, 7]], 10) == [(0, 4), (5, 10)]
    assert str(highlight("<b>ab</b>", [[3, 5]])) == '&lt;b&gt;<mark class="mz-conflict">ab</mark>&lt;/b&gt;'
    html = str(in_article("x" * 400 + "CLAIM" + "y" * 400, 400, 405, [[0, 2]]))
    assert html.startswith("… ") and html.endswith(" …")
    assert '<mark><mark class="mz-conflict">CL</mark>AIM</mark>' in html
