"""The pipeline over stored articles: the seed acceptance case, idempotency, isolation, review."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.db.models import Q

from claims.models import Claim, Contradiction, Source, Speaker
from claims.services import ArticleError, contradiction_review, source_ingest
from extractors.base import ClaimView, Detector, ExtractionResult, Extractor, PairResult
from extractors.models import ExtractionRun
from extractors.pipeline import classify_pair, stores_contradiction
from extractors.registry import get_registry
from extractors.services import source_process

pytestmark = pytest.mark.django_db


def _pair(contradiction: Contradiction) -> set[str]:
    return {contradiction.claim_a.speaker.name, contradiction.claim_b.speaker.name}


def test_seed_article_gives_two_speakers_and_their_contradiction(ingest, seed_text, seed_date):
    source = ingest(text=seed_text, published_at=seed_date, url="https://alarab.co.uk/x").source
    source.refresh_from_db()
    assert source.status == Source.Status.DONE
    kadhimi = Speaker.objects.get(name="مصطفى الكاظمي")
    mckenzie = Speaker.objects.get(name="فرانك ماكنزي")
    assert kadhimi.role == "رئيس الحكومة العراقية" and kadhimi.country == "Iraq"
    assert mckenzie.country == "United States"
    withdraw = Claim.objects.get(speaker=kadhimi, text__contains="انسحاب جميع القوات القتالية")
    stay = Claim.objects.get(speaker=mckenzie, text__contains="2500 جندي")
    assert source.text[withdraw.start : withdraw.end] == withdraw.text
    assert stay.numbers[0]["value"] == 2500 and stay.numbers[0]["unit"] == "جندي"
    assert stay.numbers[0]["plugin"] == get_registry().extractors["mizan.numbers"].label()
    speech = get_registry().extractors["mizan.ar.speech"]
    assert (withdraw.extractor, withdraw.extractor_version) == ("mizan.ar.speech", speech.version)
    row = Contradiction.objects.get(
        claim_a=min(withdraw, stay, key=lambda c: c.id), claim_b=max(withdraw, stay, key=lambda c: c.id)
    )
    assert row.kind == "antonymy" and row.status == "suggested"
    assert "انسحاب" in row.explanation and "ستبقي" in row.explanation and "2500 جندي" in row.explanation
    assert (row.detector, row.detector_version) == (
        "mizan.contradiction.lexical",
        get_registry().detectors["mizan.contradiction.lexical"].version,
    )
    # al-Kadhimi and al-Araji agree: never set against each other.
    araji = Speaker.objects.get(name="قاسم الأعرجي")
    assert not Contradiction.objects.filter(
        claim_a__speaker__in=[kadhimi, araji], claim_b__speaker__in=[kadhimi, araji]
    ).exists()
    assert any(_pair(c) == {"قاسم الأعرجي", "فرانك ماكنزي"} for c in Contradiction.objects.all())


def test_reprocessing_is_a_no_op_and_never_duplicates(ingest, seed_text):
    source = ingest(text=seed_text).source
    counts = (Claim.objects.count(), Contradiction.objects.count(), ExtractionRun.objects.count())
    source_process(source_id=source.id)
    source_process(source_id=source.id)
    assert (Claim.objects.count(), Contradiction.objects.count(), ExtractionRun.objects.count()) == counts
    assert ExtractionRun.objects.filter(attempts=1).count() == counts[2]


def test_duplicate_article_is_stored_once(ingest, seed_text):
    first = ingest(text=seed_text)
    second = ingest(text=seed_text.replace("\n", "\n\n"))  # whitespace layout only
    assert first.created and not second.created
    assert second.source.id == first.source.id
    assert Source.objects.count() == 1


def test_new_plugin_version_makes_a_new_run_without_duplicating_claims(ingest, seed_text, monkeypatch):
    source = ingest(text=seed_text).source
    claims = Claim.objects.count()
    speech = get_registry().extractors["mizan.ar.speech"]
    old_version = speech.version
    monkeypatch.setattr(speech, "version", old_version + ".post1")
    source_process(source_id=source.id)
    versions = set(ExtractionRun.objects.filter(plugin="mizan.ar.speech").values_list("version", flat=True))
    assert versions == {old_version, old_version + ".post1"}
    assert Claim.objects.count() == claims
    assert set(Claim.objects.values_list("extractor_version", flat=True)) == {old_version + ".post1"}


def test_a_failing_plugin_is_isolated(ingest, seed_text, monkeypatch):
    def explode(self, text, *, language, published_at):
        raise RuntimeError("numbers plugin exploded")

    monkeypatch.setattr(get_registry().extractors["mizan.numbers"], "extract", explode)
    source = ingest(text=seed_text).source
    failed = ExtractionRun.objects.get(source=source, plugin="mizan.numbers")
    assert failed.status == "failed" and "numbers plugin exploded" in failed.error
    assert ExtractionRun.objects.get(source=source, plugin="mizan.ar.speech").status == "done"
    assert Claim.objects.filter(source=source).exists()
    source.refresh_from_db()
    assert source.status == "done" and get_registry().extractors["mizan.numbers"].label() in source.error


def test_rejected_contradiction_stays_rejected_and_confirmed_keeps_history(ingest, seed_text, admin_user):
    source = ingest(text=seed_text).source
    rejected, confirmed = Contradiction.objects.all()[:2]
    contradiction_review(contradiction=rejected, user=admin_user, status="rejected", note="different scope")
    contradiction_review(contradiction=confirmed, user=admin_user, status="confirmed")
    ExtractionRun.objects.all().delete()  # force a full re-run
    source_process(source_id=source.id)
    rejected.refresh_from_db()
    confirmed.refresh_from_db()
    assert rejected.status == "rejected" and rejected.review_note == "different scope"
    assert confirmed.status == "confirmed"
    assert [h.status for h in confirmed.history.order_by("history_date")] == ["suggested", "confirmed"]


def test_contradiction_across_two_articles_hours_apart(ingest, seed_date):
    ingest(
        text="بغداد - أعلن رئيس الوزراء العراقي مصطفى الكاظمي أن جميع القوات القتالية الأجنبية ستنسحب من العراق.",
        published_at=seed_date,
    )
    later = ingest(
        text="واشنطن - قال المتحدث باسم البنتاغون جون كيربي إن القوات الأميركية ستبقى في العراق لمهام التدريب.",
        published_at=seed_date + timedelta(hours=6),
    ).source
    row = Contradiction.objects.get()
    assert _pair(row) == {"مصطفى الكاظمي", "جون كيربي"}
    assert later.id in {row.claim_a.source_id, row.claim_b.source_id}


def test_same_speaker_merges_across_articles(ingest, seed_date):
    ingest(
        text="أكد رئيس الحكومة العراقية مصطفى الكاظمي أن الانتخابات ستجري في موعدها المحدد.",
        published_at=seed_date,
    )
    ingest(text="وقال الكاظمى إن الحكومة ستدعم المفوضية بكل الوسائل المتاحة.", published_at=seed_date)
    assert Speaker.objects.filter(normalized_name__contains="الكاظمي").count() == 1
    assert Claim.objects.filter(speaker__name="مصطفى الكاظمي").count() == 2


def test_an_outlet_quoted_in_two_styles_is_one_speaker(ingest, seed_date):
    ingest(text='وذكرت صحيفة "الوطن" أن الانتخابات ستجري في موعدها المحدد.', published_at=seed_date)
    ingest(text="وذكرت صحيفة «الوطن» أن الحكومة ستدعم المفوضية بكل الوسائل.", published_at=seed_date)
    speaker = Speaker.objects.get()
    assert speaker.name == 'صحيفة "الوطن"' and speaker.normalized_name == "صحيفه الوطن"
    assert speaker.claims.count() == 2


def test_speaker_keys_stored_with_quote_marks_are_rekeyed_by_the_migration(seed_date):
    import importlib

    from django.apps import apps

    from claims.models import SpeakerAlias

    rekey = importlib.import_module("claims.migrations.0017_speaker_keys_without_quote_marks").rekey
    closed = Speaker.objects.create(name='صحيفة "الوطن"', normalized_name='صحيفه "الوطن"')
    left_open = Speaker.objects.create(name='صحيفة "الوطن', normalized_name='صحيفه "الوطن')
    SpeakerAlias.objects.create(speaker=closed, alias=closed.name, normalized=closed.normalized_name)
    SpeakerAlias.objects.create(speaker=left_open, alias=left_open.name, normalized=left_open.normalized_name)
    rekey(apps, None)
    assert set(Speaker.objects.values_list("normalized_name", flat=True)) == {"صحيفه الوطن"}
    # the older alias keeps the key; the other speaker stays, for an editor to merge
    assert list(SpeakerAlias.objects.values_list("speaker_id", "normalized")) == [(closed.id, "صحيفه الوطن")]
    assert Speaker.objects.count() == 2


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("   \n ", "empty"),
        ("abc\x00def", "NUL"),
        ("ا" * (1024 * 1024 + 10), "over the"),
        (b"bytes", "must be a string"),
    ],
)
def test_bad_articles_are_refused_and_nothing_is_written(text, message):
    with pytest.raises(ArticleError, match=message):
        source_ingest(text=text)
    assert Source.objects.count() == 0


def test_plugin_returning_wrong_offsets_fails_its_run_only(ingest, monkeypatch):
    class Liar(Extractor):
        name, version, produces = "test.liar", "1", ("claims",)

        def extract(self, text, *, language, published_at):
            from extractors.base import ClaimSpan

            return ExtractionResult(claims=[ClaimSpan("not in the text", 0, 5, None)])

    get_registry().extractors["test.liar"] = Liar
    source = ingest(text="قال الوزير أحمد علي إن الموازنة ستقر غدا في البرلمان.").source
    run = ExtractionRun.objects.get(source=source, plugin="test.liar")
    assert run.status == "failed" and "do not match" in run.error
    assert Claim.objects.filter(source=source, extractor="mizan.ar.speech").exists()


def test_a_new_detector_version_may_suggest_a_rejected_pair_again(ingest, seed_text, admin_user, monkeypatch):
    source = ingest(text=seed_text).source
    row = Contradiction.objects.order_by("id").first()
    contradiction_review(contradiction=row, user=admin_user, status="rejected")
    ExtractionRun.objects.all().delete()
    source_process(source_id=source.id)  # same detector version: stays rejected
    row.refresh_from_db()
    assert row.status == "rejected"
    lexical = get_registry().detectors[row.detector]
    monkeypatch.setattr(lexical, "version", lexical.version + ".post1")
    source_process(source_id=source.id)
    row.refresh_from_db()
    assert row.status == "suggested" and row.detector_version.endswith(".post1")
    assert "rejected" in [h.status for h in row.history.all()]


def test_the_articles_own_report_of_a_conflict_is_a_contradiction(ingest, seed_text):
    """«وتتناقض تصريحات ماكنزي مع ما أعلنه مستشار الأمن القومي …»: kind "explicit report"."""
    ingest(text=seed_text)
    araji = Speaker.objects.get(name="قاسم الأعرجي")
    row = Contradiction.objects.get(
        Q(claim_a__speaker=araji) | Q(claim_b__speaker=araji), kind="explicit report"
    )
    assert _pair(row) == {"قاسم الأعرجي", "فرانك ماكنزي"}
    assert "تتناقض تصريحات ماكنزي" in row.explanation


def test_a_reported_denial_contradicts_what_it_denies(ingest, seed_date):
    ingest(
        text="قال المتحدث باسم الجيش العراقي يحيى رسول إن القوات الأميركية انسحبت من قاعدة عين الأسد.",
        published_at=seed_date,
    )
    ingest(
        text="ونفى المتحدث باسم التحالف الدولي واين ماروتو أن تكون القوات الأميركية انسحبت من قاعدة عين الأسد.",
        published_at=seed_date + timedelta(hours=3),
    )
    row = Contradiction.objects.get()
    assert row.kind == "explicit report" and "denies" in row.explanation
    assert _pair(row) == {"يحيى رسول", "واين ماروتو"}


@dataclass(frozen=True)
class _DetectorConfig:
    contradiction_threshold: float = 0.9
    needs_corroboration: bool = False


def _detector(label: str, score: float, *, needs_corroboration: bool, threshold: float) -> Detector:
    class Fixed(Detector):
        name = f"test.{'trained' if needs_corroboration else 'rules'}"
        version = "1"
        Config = _DetectorConfig

        def compare(self, a: ClaimView, b: ClaimView) -> PairResult:
            return PairResult(label, score, "antonymy", f"{self.name} says {label}")

    return Fixed(_DetectorConfig(threshold, needs_corroboration))


def test_an_unsure_verdict_does_not_hide_a_sure_one():
    a, b = ClaimView(text="ستنسحب القوات"), ClaimView(text="ستبقى القوات")
    unsure = _detector("contradiction", 0.7, needs_corroboration=True, threshold=0.9)
    sure = _detector("contradiction", 0.8, needs_corroboration=False, threshold=0.5)
    detectors = [unsure, sure]
    decided = classify_pair(a, b, detectors)
    assert decided[1] is unsure  # the trained model decides the label (compare shows it) ...
    result, recorded_by = stores_contradiction(*decided, a, b, detectors)
    assert recorded_by is sure and result.explanation == "test.rules says contradiction"  # ... not storage
    confident = _detector("contradiction", 0.95, needs_corroboration=True, threshold=0.9)
    result, recorded_by = stores_contradiction(
        *classify_pair(a, b, [confident, sure]), a, b, [confident, sure]
    )
    assert recorded_by is confident and "confirmed by test.trained" in result.explanation
    alone = [confident, _detector("unrelated", 0.0, needs_corroboration=False, threshold=0.5)]
    assert stores_contradiction(*classify_pair(a, b, alone), a, b, alone) is None  # never uncorroborated


def test_new_contradictions_are_stored_in_bulk_and_a_conflicting_insert_loses_nothing(
    ingest, seed_text, monkeypatch
):
    """New rows go in one bulk insert with their history rows (on PostgreSQL SQL written in
    ``_contradictions_insert``: the same rows and history rows as ``bulk_create_with_history``, which
    SQLite uses); when the insert conflicts (another worker stored one of the pairs meanwhile), the
    batch is stored one row at a time instead, each pair once."""
    from django.db import IntegrityError

    import claims.services as services

    ingest(text=seed_text)
    Contradiction.objects.all().delete()
    c1, c2, c3 = Claim.objects.order_by("id")[:3]
    result = PairResult("contradiction", 0.7, "negation", "test", ((0, 3),), ((0, 2),))
    stored = services.contradictions_record(found=[(c2, c1, result, "tests", "1")])
    assert stored[0].pk and stored[0].spans == {"a": [[0, 2]], "b": [[0, 3]]}  # ordered by id
    row = Contradiction.objects.get()
    assert row.pk == stored[0].pk and row.created_at and row.updated_at
    (made,) = row.history.all()
    fields = ["claim_a_id", "claim_b_id", "kind", "score", "explanation", "spans", "detector"]
    fields += ["detector_version", "status", "reviewer_id", "review_note", "created_at", "updated_at"]
    assert [getattr(made, f) for f in fields] == [getattr(row, f) for f in fields]
    assert (made.history_type, made.history_user_id, made.history_change_reason) == ("+", None, None)
    Contradiction.objects.all().delete()

    def conflicting(rows):
        raise IntegrityError("duplicate key value violates unique constraint")

    monkeypatch.setattr(services, "_contradictions_insert", conflicting)
    stored = services.contradictions_record(
        found=[(c2, c1, result, "tests", "1"), (c1, c3, result, "tests", "1")]
    )
    assert [(r.claim_a_id, r.claim_b_id) for r in stored] == [(c1.id, c2.id), (c1.id, c3.id)]
    assert all(r.pk for r in stored) and Contradiction.objects.count() == 2
    assert [r.history.count() for r in stored] == [1, 1]


def test_each_detector_judges_a_batchs_pairs_in_one_call_and_no_pair_twice(ingest, seed_text):
    """``contradiction_pairs`` hands each detector all its pairs at once (``compare_many``): the
    detectors that stand on their own see every candidate pair, the one that needs corroboration only
    the pairs they flagged; no detector is asked about a pair twice (classify_pair and
    stores_contradiction reuse the verdicts), and what is stored is what pair-by-pair classify_pair
    and stores_contradiction give."""
    from extractors.services import contradiction_pairs

    ingest(text=seed_text)
    claims = list(Claim.objects.select_related("speaker", "source").order_by("id"))
    calls: list[tuple[str, int]] = []

    def counted(detector: Detector, flag: str) -> Detector:
        def compare(a: ClaimView, b: ClaimView) -> PairResult:
            calls.append((detector.config.needs_corroboration, id(a), id(b)))
            label = "contradiction" if flag in a.text or flag in b.text else "unrelated"
            return PairResult(label, 0.95, "antonymy", f"{detector.name}: {label}")

        def compare_many(pairs):
            calls.append((detector.config.needs_corroboration, "batch", len(pairs)))
            return [compare(a, b) for a, b in pairs]

        detector.compare, detector.compare_many = compare, compare_many
        return detector

    rules = counted(_detector("unrelated", 0, needs_corroboration=False, threshold=0.5), "2500")
    trained = counted(_detector("unrelated", 0, needs_corroboration=True, threshold=0.9), "")
    candidates = {c.id: [o for o in claims if o.id != c.id] for c in claims}
    found = contradiction_pairs(claims=claims, candidates=candidates, detectors=[trained, rules])
    n = len(claims) * (len(claims) - 1) // 2
    batches = [call for call in calls if call[1] == "batch"]
    flagged = sum(1 for a in claims for b in claims if a.id < b.id and "2500" in a.text + b.text)
    assert batches == [(False, "batch", n), (True, "batch", flagged)]  # rules first, on every pair
    pairs = [call for call in calls if call[1] != "batch"]
    assert len(pairs) == len(set(pairs)) == n + flagged  # nobody asked twice about a pair
    assert found and all(detector == "test.trained" for *_, detector, _ in found)
    assert {(a.id, b.id) for a, b, *_ in found} == {
        (a.id, b.id) for a in claims for b in candidates[a.id] if a.id < b.id and "2500" in a.text + b.text
    }
