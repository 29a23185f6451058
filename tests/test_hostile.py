"""Hostile input: bidi controls and stray invisible characters removed before anything is stored
or extracted (so the admin cannot be spoofed), NFC, offsets into the cleaned text, provenance hash."""

from __future__ import annotations

import hashlib
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.intake.sanitize import BIDI_CONTROLS, name_clean, text_clean
from claims.models import Claim, Source, Speaker

RLO, PDF, LRI, PDI = "\u202e", "\u202c", "\u2066", "\u2069"
ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, BOM, WJ = (
    "\u200b",
    "\u200c",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u061c",
    "\ufeff",
    "\u2060",
)


def test_bidi_controls_and_zero_width_characters_are_removed():
    assert text_clean(f"abc{RLO}cba{PDF} {LRI}x{PDI}") == "abccba x"
    assert text_clean(f"ad{ZWSP}min{WJ}{BOM}") == "admin"
    assert text_clean("soft\u00adhyphen tag\U000e0041") == "softhyphen tag"
    assert text_clean("a\x07b\x1bc\nd\te") == "abc\nd\te"  # C0 controls, not newline and tab


def test_direction_marks_are_kept_in_text_but_not_in_names():
    text = f"قال إن العدد بلغ {LRM}2500{LRM} جندي{RLM} و{ALM}"
    assert text_clean(text) == text
    assert name_clean(f"{RLM}مصطفى الكاظمي{LRM}") == "مصطفى الكاظمي"


def test_joiners_are_kept_only_between_arabic_letters():
    persian = f"می{ZWNJ}خواهم"
    assert text_clean(persian) == persian
    assert text_clean(f"ل{ZWJ}ا") == f"ل{ZWJ}ا"
    assert text_clean(f"ad{ZWNJ}min {ZWJ}x ب{ZWJ} ") == "admin x ب "


def test_text_is_nfc_with_unix_line_ends():
    decomposed = unicodedata.normalize("NFD", "é") + "\r\nسطر\r"
    assert text_clean(decomposed) == "é\nسطر\n"


@given(st.text(max_size=200))
def test_cleaning_is_idempotent_and_leaves_no_bidi_override(text):
    once = text_clean(text)
    assert text_clean(once) == once and unicodedata.is_normalized("NFC", once)
    assert not set(once) & set(BIDI_CONTROLS)
    assert not set(name_clean(text)) & set(BIDI_CONTROLS + LRM + RLM + ZWSP + "\n")


@given(st.text(max_size=200))
def test_the_fast_paths_remove_exactly_what_the_character_rule_removes(text):
    """The tables, the "nothing to remove" shortcut and the joiner guard agree with the rule applied
    to every character (``_removable``; joiners kept between Arabic letters)."""
    from claims.intake.sanitize import _JOINER_RE, _removable

    nfc = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    for keep_marks, clean in ((True, text_clean), (False, name_clean)):
        by_rule = _JOINER_RE.sub("", "".join(ch for ch in nfc if not _removable(ch, keep_marks=keep_marks)))
        assert clean(text) == (by_rule if keep_marks else " ".join(by_rule.split()))


@pytest.mark.django_db
def test_stored_source_is_clean_offsets_match_and_the_original_is_hashed(ingest, seed_text, seed_date):
    hostile = seed_text.replace("مصطفى الكاظمي", f"مصطفى{ZWSP} {RLO}الكاظمي{PDF}", 1)
    hostile = f"{BOM}{hostile}"
    title = f"تأكيد {RLO}عراقي{PDF}\nعلى الانسحاب"
    source = ingest(text=hostile, title=title, published_at=seed_date, outlet=f"العرب{ZWSP}").source
    source.refresh_from_db()
    assert source.status == "done", source.error
    assert not set(source.text) & set(BIDI_CONTROLS + ZWSP + BOM)
    assert source.title == "تأكيد عراقي على الانسحاب" and source.outlet == "العرب"
    assert source.original_hash == hashlib.sha256(hostile.encode()).hexdigest()
    assert source.original_hash != source.content_hash
    claims = list(Claim.objects.filter(source=source))
    assert claims and all(source.text[c.start : c.end] == c.text for c in claims)
    names = list(Speaker.objects.values_list("name", flat=True))
    assert "مصطفى الكاظمي" in names
    assert not any(set(n) & set(BIDI_CONTROLS + ZWSP) for n in names)
    # The same article without the hostile characters is a duplicate.
    again = ingest(text=seed_text, published_at=seed_date)
    assert not again.created and again.source.id == source.id


@pytest.mark.django_db
def test_text_made_only_of_invisible_characters_is_rejected(ingest):
    from claims.services import ArticleError

    with pytest.raises(ArticleError, match="empty"):
        ingest(text=f"{ZWSP}{RLO}{PDF}{BOM} ")
    assert Source.objects.count() == 0


@pytest.mark.django_db
def test_api_stores_cleaned_text(client, django_user_model):
    user = django_user_model.objects.create_user("desk", password="pw-desk-12345")
    client.force_login(user)
    text = f"قال الوزير{RLO} إن الاقتصاد سينمو بنسبة 3 في المئة هذا العام{PDF}."
    response = client.post(
        "/api/v1/sources/", {"text": text, "title": f"{RLO}x"}, content_type="application/json"
    )
    assert response.status_code == 202
    source = Source.objects.get(id=response.json()["id"])
    assert RLO not in source.text and PDF not in source.text and source.title == "x"
