"""Every admin page a fact-checker opens renders, and the review actions work."""

from __future__ import annotations

import pytest
from django.db.models import Q
from django.urls import reverse

from claims.models import Claim, Contradiction, Source, Speaker, SpeakerAlias
from extractors.models import ExtractionRun, PluginConfig

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", [Source, Speaker, Claim, Contradiction, ExtractionRun, PluginConfig])
def test_changelists_and_change_pages_render(admin_client, ingest, seed_text, model):
    ingest(text=seed_text)
    meta = model._meta
    response = admin_client.get(
        reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist"), {"q": "الكاظمى"}
    )
    assert response.status_code == 200
    obj = model.objects.first()
    response = admin_client.get(reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk]))
    assert response.status_code == 200


def test_claim_page_highlights_the_claim_in_its_article(admin_client, ingest, seed_text):
    ingest(text=seed_text)
    claim = Claim.objects.get(text__contains="2500 جندي")
    html = admin_client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert f"<mark>{claim.text}</mark>" in html and 'dir="auto"' in html


def test_confirm_action_records_the_reviewer(admin_client, admin_user, ingest, seed_text):
    ingest(text=seed_text)
    row = Contradiction.objects.first()
    admin_client.post(
        reverse("admin:claims_contradiction_changelist"),
        {"action": "confirm", "_selected_action": [row.pk]},
    )
    row.refresh_from_db()
    assert row.status == "confirmed" and row.reviewer == admin_user


def test_plugin_config_is_validated_against_the_typed_config(admin_client, ingest):
    ingest(text="وقال وزير المالية محمد الجدعان إن الموازنة ستقر غدا في البرلمان.")
    row = PluginConfig.objects.get(name="mizan.ar.speech")
    url = reverse("admin:extractors_pluginconfig_change", args=[row.pk])
    response = admin_client.post(
        url, {"name": row.name, "enabled": "on", "config": '{"min_claim_chars": "x"}'}
    )
    assert response.status_code == 200 and "must be int" in response.content.decode()
    row.refresh_from_db()
    assert row.config == {}


def test_a_syndicated_copy_shows_its_twin_and_the_contradiction_found_through_it(
    admin_client, ingest, seed_text
):
    ingest(text=seed_text, outlet="العرب")
    claim = Claim.objects.get(text__contains="2500 جندي")
    row = Contradiction.objects.filter(Q(claim_a=claim) | Q(claim_b=claim)).first()
    wire = "(وكالة الأنباء) " + seed_text  # the same story, carried by another outlet
    ingest(text=wire, outlet="وكالة الأنباء")
    copy = Claim.objects.exclude(pk=claim.pk).get(text_key=claim.text_key)
    html = admin_client.get(reverse("admin:claims_claim_change", args=[copy.pk])).content.decode()
    assert reverse("admin:claims_claim_change", args=[claim.pk]) in html and "العرب" in html  # its twin
    assert reverse("admin:claims_contradiction_review", args=[row.pk]) in html
    assert "through its copy in العرب" in html


def _speaker_form(speaker: Speaker, aliases: list[tuple[int | None, str]]) -> dict:
    """The speaker change form as the admin posts it, with its alias rows (id or None for a new row)."""
    data = {
        "name": speaker.name,
        "kind": speaker.kind,
        "role": speaker.role,
        "organisation": speaker.organisation,
        "country": speaker.country,
        "aliases-TOTAL_FORMS": str(len(aliases)),
        "aliases-INITIAL_FORMS": str(sum(1 for pk, _ in aliases if pk)),
        "aliases-MIN_NUM_FORMS": "0",
        "aliases-MAX_NUM_FORMS": "1000",
    }
    for i, (pk, alias) in enumerate(aliases):
        data[f"aliases-{i}-id"] = str(pk or "")
        data[f"aliases-{i}-speaker"] = str(speaker.pk)
        data[f"aliases-{i}-alias"] = alias
    return data


def test_aliases_added_in_the_admin_are_keyed_and_match_later_articles(admin_client, ingest):
    ingest(text="وقال وزير المالية محمد الجدعان إن الموازنة ستقر غدا في البرلمان.")
    speaker = Speaker.objects.get(name="محمد الجدعان")
    existing = [(a.pk, a.alias) for a in speaker.aliases.order_by("pk")]
    url = reverse("admin:claims_speaker_change", args=[speaker.pk])
    data = _speaker_form(speaker, [*existing, (None, "أبو فيصل"), (None, "الوزير «محمد الجدعان»")])
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert set(speaker.aliases.values_list("normalized", flat=True)) >= {"ابو فيصل", "الوزير محمد الجدعان"}
    ingest(text="وقال أبو فيصل إن الحكومة ستدعم المفوضية بكل الوسائل المتاحة.")
    assert Claim.objects.filter(speaker=speaker).count() == 2


def test_an_alias_another_speaker_holds_is_refused_with_a_clear_error(admin_client, ingest):
    ingest(text="وقال وزير المالية محمد الجدعان إن الموازنة ستقر غدا في البرلمان.")
    ingest(text="وقال وزير الخارجية سامح شكري إن الطرق ستفتح غدا أمام المسافرين.")
    speaker = Speaker.objects.get(name="محمد الجدعان")
    existing = [(a.pk, a.alias) for a in speaker.aliases.order_by("pk")]
    url = reverse("admin:claims_speaker_change", args=[speaker.pk])
    response = admin_client.post(url, _speaker_form(speaker, [*existing, (None, "سامح شكري")]))
    assert response.status_code == 200
    assert "سامح شكري" in response.content.decode() and "already" in response.content.decode()
    assert not speaker.aliases.filter(alias="سامح شكري").exists()


def test_a_speaker_renamed_in_the_admin_is_found_under_the_new_name(admin_client, ingest):
    ingest(text="وقال وزير المالية محمد الجدعان إن الموازنة ستقر غدا في البرلمان.")
    speaker = Speaker.objects.get(name="محمد الجدعان")
    speaker.name = "محمد بن عبدالله الجدعان"
    existing = [(a.pk, a.alias) for a in speaker.aliases.order_by("pk")]
    response = admin_client.post(
        reverse("admin:claims_speaker_change", args=[speaker.pk]), _speaker_form(speaker, existing)
    )
    assert response.status_code == 302
    speaker.refresh_from_db()
    assert speaker.normalized_name == "محمد بن عبدالله الجدعان"
    ingest(text="وقال محمد بن عبدالله الجدعان إن الحكومة ستدعم المفوضية بكل الوسائل المتاحة.")
    assert Claim.objects.filter(speaker=speaker).count() == 2


def test_two_alias_rows_with_the_same_letters_are_refused_together(admin_client, ingest):
    ingest(text="وقال وزير المالية محمد الجدعان إن الموازنة ستقر غدا في البرلمان.")
    speaker = Speaker.objects.get(name="محمد الجدعان")
    existing = [(a.pk, a.alias) for a in speaker.aliases.order_by("pk")]
    url = reverse("admin:claims_speaker_change", args=[speaker.pk])
    response = admin_client.post(
        url, _speaker_form(speaker, [*existing, (None, "أبو فيصل"), (None, "ابو فيصل")])
    )
    assert response.status_code == 200 and "Another row already holds this alias" in response.content.decode()
    assert not speaker.aliases.filter(normalized="ابو فيصل").exists()


def test_a_rename_and_the_same_alias_in_one_submission_is_saved_once(admin_client, ingest):
    ingest(text="وقال وزير المالية محمد الجدعان إن الموازنة ستقر غدا في البرلمان.")
    speaker = Speaker.objects.get(name="محمد الجدعان")
    existing = [(a.pk, a.alias) for a in speaker.aliases.order_by("pk")]
    speaker.name = "أبو فيصل"
    url = reverse("admin:claims_speaker_change", args=[speaker.pk])
    response = admin_client.post(url, _speaker_form(speaker, [*existing, (None, "أبو فيصل")]))
    assert response.status_code == 302
    assert speaker.aliases.filter(normalized="ابو فيصل").count() == 1


def test_renaming_to_a_name_another_speaker_holds_warns_to_merge(admin_client, ingest):
    ingest(text="وقال وزير المالية محمد الجدعان إن الموازنة ستقر غدا في البرلمان.")
    ingest(text="وقال وزير الخارجية سامح شكري إن الطرق ستفتح غدا أمام المسافرين.")
    speaker = Speaker.objects.get(name="محمد الجدعان")
    existing = [(a.pk, a.alias) for a in speaker.aliases.order_by("pk")]
    speaker.name = "سامح شكري"
    url = reverse("admin:claims_speaker_change", args=[speaker.pk])
    response = admin_client.post(url, _speaker_form(speaker, existing), follow=True)
    assert (
        "is an alias of سامح شكري" in response.content.decode()
        and "Merge the two" in response.content.decode()
    )
    assert SpeakerAlias.objects.get(normalized="سامح شكري").speaker.pk != speaker.pk
