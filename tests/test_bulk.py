"""``claims.bulk``: COPY on PostgreSQL writes the same rows (and history rows) as Django's bulk_create
and simple-history's bulk_create_with_history, which the other databases use. Runs on both."""

from __future__ import annotations

import pytest

from claims.bulk import copy_insert, copy_insert_with_history, history_insert, pg_array
from claims.models import Claim, Contradiction
from extractors.models import ExtractionRun
from tests.factories import ClaimFactory, SourceFactory

pytestmark = pytest.mark.django_db


def test_copy_insert_fills_the_fields_as_save_does_and_keeps_json_intact():
    source = SourceFactory()
    output = {"claims": [{"text": 'قال "الوزير" \\ إن', "start": 0, "end": 9}], "numbers": [], "n": 1.5}
    runs = [
        ExtractionRun(
            source=source,
            plugin=f"tests.p{i}",
            version="1",
            config_hash="c",
            content_hash=source.content_hash,
            status=ExtractionRun.Status.DONE,  # a TextChoices member, as the pipeline passes it
            attempts=1,
            output=output,
        )
        for i in range(3)
    ]
    copy_insert(ExtractionRun, runs)
    stored = list(ExtractionRun.objects.filter(source=source).order_by("plugin"))
    assert [r.plugin for r in stored] == ["tests.p0", "tests.p1", "tests.p2"]
    assert all(r.output == output and r.status == "done" and r.started_at for r in stored)
    assert all(r.error == "" and r.duration_ms is None for r in stored)  # defaults and NULLs
    copy_insert(ExtractionRun, [])  # nothing to write: no statement, no error


def test_copy_insert_with_history_writes_one_created_history_row_per_new_row():
    template = ClaimFactory()
    source = SourceFactory()
    new = [
        Claim(
            source=source,
            text=f"claim {i}",
            start=i * 10,
            end=i * 10 + 5,
            extractor="tests",
            extractor_version="1",
            fingerprint=f"bulk-{i}",
            numbers=[{"value": 2500, "unit": "جندي"}],
            speaker=template.speaker,
        )
        for i in range(3)
    ]
    copy_insert_with_history(Claim, new, key="fingerprint")
    stored = {c.fingerprint: c for c in Claim.objects.filter(source=source)}
    assert set(stored) == {"bulk-0", "bulk-1", "bulk-2"}
    for claim in stored.values():
        (made,) = claim.history.all()
        assert (made.history_type, made.history_user_id, made.history_change_reason) == ("+", None, None)
        assert (made.text, made.numbers, made.speaker_id, made.created_at) == (
            claim.text,
            claim.numbers,
            claim.speaker_id,
            claim.created_at,
        )
    assert template.history.count() == 1  # its own, from save(): not copied again


def test_history_rows_carry_the_user_simple_history_would_record(django_user_model):
    user = django_user_model.objects.create_user("desk")
    source = SourceFactory()
    claim = Claim(
        source=source, text="x", start=0, end=1, extractor="t", extractor_version="1", fingerprint="u-1"
    )
    claim._history_user = user  # as the request's user is found (HistoryRequestMiddleware)
    copy_insert_with_history(Claim, [claim], key="fingerprint")
    (made,) = Claim.objects.get(fingerprint="u-1").history.all()
    assert made.history_user_id == user.pk


def test_none_in_a_not_null_json_field_is_refused_as_bulk_create_refuses_it():
    from django.db import IntegrityError, transaction

    source = SourceFactory()
    run = ExtractionRun(
        source=source, plugin="t", version="1", config_hash="c", content_hash="h", output=None
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        copy_insert(ExtractionRun, [run])
    assert not ExtractionRun.objects.exists()


def test_an_unsaved_related_object_is_refused_not_written_as_null():
    from claims.models import Speaker

    claim = Claim(
        source=SourceFactory(), speaker=Speaker(name="x"), text="x", start=0, end=1, fingerprint="r-1"
    )
    with pytest.raises(ValueError, match="unsaved related object"):
        copy_insert(Claim, [claim])


def test_history_insert_refuses_a_history_model_with_a_column_it_cannot_fill(monkeypatch):
    from django.db import connection

    ClaimFactory()
    history = Contradiction.history.model
    fields = [*history._meta.concrete_fields]
    extra = history._meta.get_field("history_change_reason").clone()
    extra.column = "history_reviewed_by_id"
    monkeypatch.setattr(history._meta, "concrete_fields", (*fields, extra))
    quote = connection.ops.quote_name
    with pytest.raises(RuntimeError, match="history_reviewed_by_id"):
        history_insert(Contradiction, where=f"{quote('id')} = ANY(%s::bigint[])", params=["{1}"])


def test_pg_array_quotes_text_and_joins_ids():
    assert pg_array([3, 1, 2]) == "{3,1,2}"
    assert pg_array(['a"b', "c\\d", "ج"]) == '{"a\\"b","c\\\\d","ج"}'


def test_new_sources_get_their_ids_and_a_duplicate_is_refused_with_nothing_written():
    from django.db import IntegrityError, transaction

    from claims.models import Source
    from claims.services import _source_row, _sources_insert

    def row(text: str) -> Source:
        fields = {
            "title": "",
            "url": "",
            "outlet": "o",
            "published_at": None,
            "language": "",
            "external_id": "",
        }
        return _source_row(text=text, received=text, **fields)

    rows = [row("قال الوزير إن الخطة جاهزة."), row("قال المتحدث إن الاجتماع انتهى.")]
    _sources_insert(rows)
    stored = {s.content_hash: s for s in Source.objects.all()}
    assert [stored[r.content_hash].id for r in rows] == [r.id for r in rows]
    assert all(not r._state.adding and r._state.db == "default" and r.created_at for r in rows)
    assert stored[rows[0].content_hash].status == "pending"
    # The same text stored meanwhile by another process: the unique constraint refuses the whole insert.
    with pytest.raises(IntegrityError), transaction.atomic():
        _sources_insert([row("خبر جديد لم يخزن بعد."), row("قال الوزير إن الخطة جاهزة.")])
    assert Source.objects.count() == 2
