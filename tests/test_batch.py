"""Batch processing: many articles stored at once and processed MIZAN_PROCESS_BATCH per task must
give exactly what processing them one by one gives, and a batch that breaks falls back to one task
per article."""

from __future__ import annotations

import importlib
from datetime import timedelta

import pytest

from claims import selectors
from claims.inputs import ArticleInput
from claims.models import Claim, Contradiction, Source, Speaker
from claims.services import ArticleError, IngestResult, contradiction_review, sources_ingest
from claims.text import statement_key
from extractors import services
from extractors.registry import get_registry

pytestmark = pytest.mark.django_db

KADHIMI = "بغداد - أعلن رئيس الوزراء العراقي مصطفى الكاظمي أن جميع القوات القتالية الأجنبية ستنسحب من العراق."
KIRBY = "واشنطن - قال المتحدث باسم البنتاغون جون كيربي إن القوات الأميركية ستبقى في العراق لمهام التدريب."
OTHERS = [
    "وقال وزير المالية أحمد علي إن العجز بلغ 120 مليون دينار في الربع الأول من العام.",
    "وأكدت وزيرة الصحة سارة حسن أن المستشفيات استقبلت 300 مصاب خلال يومين.",
    "وأعلن الكاظمي أن الحكومة ستدعم المفوضية بكل الوسائل المتاحة قبل الانتخابات.",
]


def articles(seed_date) -> list[ArticleInput]:
    texts = [KADHIMI, *OTHERS, KIRBY]
    return [
        ArticleInput(origin=f"test:{i}", text=text, published_at=seed_date + timedelta(hours=i))
        for i, text in enumerate(texts)
    ]


def snapshot() -> tuple[set, set]:
    claims = {
        (c.source.content_hash, c.start, c.end, c.speaker.name if c.speaker else None, c.checkworthiness)
        for c in Claim.objects.select_related("source", "speaker")
    }
    pairs = {
        (c.claim_a.text, c.claim_b.text, c.kind)
        for c in Contradiction.objects.select_related("claim_a", "claim_b")
    }
    return claims, pairs


def test_a_batch_gives_exactly_what_one_by_one_gives(django_capture_on_commit_callbacks, seed_date, settings):
    settings.MIZAN_PROCESS_BATCH = 50
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        results = sources_ingest(articles=articles(seed_date))
    assert len(callbacks) == 1  # five articles, one task
    assert all(isinstance(r, IngestResult) and r.created for r in results)
    assert set(Source.objects.values_list("status", flat=True)) == {"done"}
    batched = snapshot()
    assert any("جون كيربي" in str(pair) or pair for pair in batched[1])
    assert {frozenset(_speakers(c)) for c in Contradiction.objects.all()} >= {
        frozenset({"مصطفى الكاظمي", "جون كيربي"})
    }  # two articles of the same batch meet

    Source.objects.all().delete()
    Speaker.objects.all().delete()
    settings.MIZAN_PROCESS_BATCH = 1
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        sources_ingest(articles=articles(seed_date))
    assert len(callbacks) == 5  # one task per article
    assert snapshot() == batched
    assert Speaker.objects.filter(name="مصطفى الكاظمي").count() == 1  # الكاظمي resolved to him


def _speakers(contradiction: Contradiction) -> set[str]:
    return {contradiction.claim_a.speaker.name, contradiction.claim_b.speaker.name}


def test_bad_and_duplicate_articles_in_a_batch_get_their_own_answer(
    django_capture_on_commit_callbacks, seed_date
):
    first = sources_ingest(articles=articles(seed_date)[:1])[0]
    batch = [
        ArticleInput(origin="dup-of-stored", text=KADHIMI + "\n"),  # same text once normalised
        ArticleInput(origin="empty", text="  \n "),
        ArticleInput(origin="new", text=KIRBY, url="https://example.org/a?utm_source=x"),
        ArticleInput(origin="dup-in-batch", text=KIRBY + " "),
        ArticleInput(origin="same-url", text=OTHERS[0], url="https://example.org/a"),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        answers = sources_ingest(articles=batch)
    assert not answers[0].created and answers[0].source.id == first.source.id
    assert isinstance(answers[1], ArticleError) and "empty" in str(answers[1])
    assert answers[2].created
    assert not answers[3].created and answers[3].source.id == answers[2].source.id
    assert not answers[4].created and answers[4].source.id == answers[2].source.id
    assert Source.objects.count() == 2


def test_an_interrupted_batch_is_retried_one_article_per_task(
    django_capture_on_commit_callbacks, seed_date, monkeypatch
):
    monkeypatch.setattr("claims.services.sources_dispatch", lambda *, source_ids: None)  # stored only
    ids = [r.source.id for r in sources_ingest(articles=articles(seed_date))]
    Source.objects.filter(id=ids[2]).update(attempts=1, status="processing")  # a worker died in it
    dispatched: list[int] = []
    monkeypatch.setattr("claims.services.source_dispatch", lambda *, source_id: dispatched.append(source_id))
    assert services.sources_process(source_ids=ids) == []
    assert dispatched == ids
    assert not Claim.objects.exists()
    # The interrupted attempt stays counted against the article that was in it; the others start clean.
    assert dict(Source.objects.values_list("id", "attempts")) == {i: int(i == ids[2]) for i in ids}
    for source_id in dispatched:
        services.source_process(source_id=source_id)
    assert set(Source.objects.values_list("status", flat=True)) == {"done"}


def test_a_batch_that_fails_outside_the_plugins_falls_back_to_one_task_per_article(seed_date, monkeypatch):
    monkeypatch.setattr("claims.services.sources_dispatch", lambda *, source_ids: None)
    ids = [r.source.id for r in sources_ingest(articles=articles(seed_date))]
    real = services.claims_sync_many

    def breaks_on_batches(*, items):
        if len(items) > 1:
            raise RuntimeError("a bug that only a batch meets")
        return real(items=items)

    monkeypatch.setattr(services, "claims_sync_many", breaks_on_batches)
    dispatched: list[int] = []
    monkeypatch.setattr("claims.services.source_dispatch", lambda *, source_id: dispatched.append(source_id))
    assert services.sources_process(source_ids=ids) == []
    assert dispatched == ids and not Claim.objects.exists()
    for source_id in dispatched:
        services.source_process(source_id=source_id)
    assert set(Source.objects.values_list("status", flat=True)) == {"done"}
    assert Claim.objects.count() >= 5


def test_candidates_are_the_same_when_sqlite_splits_the_terms_over_several_queries(
    django_capture_on_commit_callbacks, seed_date, monkeypatch
):
    with django_capture_on_commit_callbacks(execute=True):
        sources_ingest(articles=articles(seed_date))
    claims = list(Claim.objects.select_related("source", "speaker"))
    whole = selectors.contradiction_candidates_batch(claims=claims, window=timedelta(days=60))
    monkeypatch.setattr(selectors, "_SQLITE_TERMS_PER_QUERY", 2)
    split = selectors.contradiction_candidates_batch(claims=claims, window=timedelta(days=60))
    assert {k: [c.id for c in v] for k, v in split.items()} == {
        k: [c.id for c in v] for k, v in whole.items()
    }
    assert any(whole.values())


def test_a_batch_spanning_days_keeps_each_claims_own_window(django_capture_on_commit_callbacks, seed_date):
    far = [
        ArticleInput(origin="then", text=KADHIMI, published_at=seed_date),
        ArticleInput(origin="much-later", text=KIRBY, published_at=seed_date + timedelta(days=200)),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        sources_ingest(articles=far)
    assert Source.objects.filter(status="done").count() == 2
    assert not Contradiction.objects.exists()  # 200 days apart: outside the 60-day window


def test_per_text_caches_are_released_after_each_batch(django_capture_on_commit_callbacks, seed_date):
    from extractors.builtin.arabic import key_terms
    from extractors.builtin.contradiction import _analyse
    from extractors.training.stance import _looks_alike

    with django_capture_on_commit_callbacks(execute=True):
        sources_ingest(articles=articles(seed_date))
    assert Contradiction.objects.exists()  # the detectors did run and fill their caches
    assert key_terms.cache_info().currsize == _analyse.cache_info().currsize == 0
    assert _looks_alike.cache_info().currsize == 0


def test_a_second_delivery_of_finished_work_changes_nothing(django_capture_on_commit_callbacks, seed_date):
    """At least once means sometimes twice (a reconcile and a retry can both queue a source): the
    task finds the work finished and unchanged, and the source never flips back to processing."""
    from extractors.models import ExtractionRun
    from extractors.tasks import process_source, process_sources

    with django_capture_on_commit_callbacks(execute=True):
        ids = [r.source.id for r in sources_ingest(articles=articles(seed_date))]
    before = list(Source.objects.order_by("id").values_list("id", "status", "attempts", "processed_at"))
    runs = ExtractionRun.objects.count()
    process_sources.apply(args=[ids])
    process_source.apply(args=[ids[0]])
    assert (
        list(Source.objects.order_by("id").values_list("id", "status", "attempts", "processed_at")) == before
    )
    assert ExtractionRun.objects.count() == runs
    # Work that is not finished (a pending source) is processed as usual.
    Source.objects.filter(id=ids[0]).update(status="pending")
    process_source.apply(args=[ids[0]])
    assert Source.objects.get(id=ids[0]).status == "done"


def test_a_rerun_updates_changed_claims_in_place_with_history(
    django_capture_on_commit_callbacks, seed_date, django_assert_max_num_queries
):
    with django_capture_on_commit_callbacks(execute=True):
        sources_ingest(articles=articles(seed_date))
    before = {c.fingerprint: (c.id, c.updated_at) for c in Claim.objects.all()}
    Claim.objects.update(checkworthiness=0.0, cue="")  # as if an older extractor had stored them
    sources = list(Source.objects.all())
    # 30 for this batch whatever its size; a save per changed claim (after loading its source and
    # speaker to compare them) took 48.
    with django_assert_max_num_queries(32):
        services.sources_process(source_ids=[s.id for s in sources], skip_finished=False)
    after = {c.fingerprint: c for c in Claim.objects.all()}
    assert {fp: c.id for fp, c in after.items()} == {fp: ident for fp, (ident, _) in before.items()}
    assert all(c.cue and c.checkworthiness > 0 for c in after.values())
    assert all(c.updated_at > before[fp][1] for fp, c in after.items())
    assert all(c.history.count() == 2 for c in after.values())  # created, then updated by the re-run


def test_a_statement_syndicated_by_several_outlets_is_set_against_another_once(
    django_capture_on_commit_callbacks, seed_date, admin_user
):
    wire = "(رويترز) " + KADHIMI.replace("بغداد - ", "بغداد – ").replace(".", "!")  # another outlet's copy
    with django_capture_on_commit_callbacks(execute=True):
        sources_ingest(articles=[ArticleInput(origin="outlet-1", text=KADHIMI, published_at=seed_date)])
        sources_ingest(articles=[ArticleInput(origin="outlet-2", text=KIRBY, published_at=seed_date)])
    [row] = Contradiction.objects.all()
    contradiction_review(contradiction=row, user=admin_user, status="rejected", note="not the same forces")
    with django_capture_on_commit_callbacks(execute=True):
        sources_ingest(articles=[ArticleInput(origin="outlet-3", text=wire, published_at=seed_date)])
    kadhimi = row.claim_a if row.claim_a.speaker.name == "مصطفى الكاظمي" else row.claim_b
    copies = Claim.objects.filter(text_key=kadhimi.text_key)
    assert copies.count() == 2 and len({c.source_id for c in copies}) == 2  # both copies are stored
    assert list(Contradiction.objects.values_list("id", "status")) == [
        (row.id, "rejected")
    ]  # not re-suggested


def test_candidates_hold_one_copy_of_a_syndicated_statement(django_capture_on_commit_callbacks, seed_date):
    with django_capture_on_commit_callbacks(execute=True):
        for outlet in ("outlet-1", "outlet-2"):
            sources_ingest(
                articles=[ArticleInput(origin=outlet, text=f"{outlet}: {KIRBY}", published_at=seed_date)]
            )
        sources_ingest(articles=[ArticleInput(origin="outlet-3", text=KADHIMI, published_at=seed_date)])
    [kadhimi] = Claim.objects.filter(speaker__name="مصطفى الكاظمي").select_related("source", "speaker")
    found = selectors.contradiction_candidates_batch(claims=[kadhimi], window=timedelta(days=60))[kadhimi.id]
    assert len(found) == 1 and found[0].speaker.name == "جون كيربي"
    assert Contradiction.objects.count() == 1


def test_statement_key_ignores_spelling_variants_and_punctuation_but_not_words():
    assert statement_key("«القوات ستنسحب من العراق»") == statement_key('"القوّات ستنسحب من  العراق!"')
    assert statement_key("القوات ستنسحب من العراق") != statement_key("القوات ستبقى في العراق")
    # How outlets carrying one statement write percentages, years and digits.
    one = statement_key("ارتفعت القروض بنسبة 5.2% في 2014م")
    assert (
        one
        == statement_key("ارتفعت القروض بنسبة ٥٫٢ في المائة في 2014")
        == statement_key("ارتفعت القروض بنسبة 5.2 بالمئة في ٢٠١٤")
    )
    assert one != statement_key("ارتفعت القروض بنسبة 5.3% في 2014م")


def test_claims_stored_before_the_text_key_get_it_from_the_migrations(
    django_capture_on_commit_callbacks, seed_date
):
    from django.apps import apps

    fill_text_keys = importlib.import_module("claims.migrations.0010_claim_text_key").fill_text_keys
    with django_capture_on_commit_callbacks(execute=True):
        sources_ingest(articles=articles(seed_date))
    keys = dict(Claim.objects.values_list("id", "text_key"))
    Claim.objects.update(text_key="")
    fill_text_keys(apps, None)
    assert dict(Claim.objects.values_list("id", "text_key")) == keys and all(keys.values())
    rekey = importlib.import_module("claims.migrations.0012_statement_key_spellings").rekey
    Claim.objects.update(text_key="an older key")
    rekey(apps, None)
    assert dict(Claim.objects.values_list("id", "text_key")) == keys


@pytest.mark.django_db(transaction=True)  # VACUUM cannot run inside a transaction
def test_the_candidate_index_is_vacuumed_and_analysed_once_enough_rows_changed(seed_date):
    from django.db import connection

    from claims.services import index_maintain
    from claims.tasks import maintain_index

    sources_ingest(articles=articles(seed_date))  # eager Celery: processed, index rows written
    if connection.vendor != "postgresql":
        assert index_maintain(min_changed_rows=0) == []  # SQLite, the embedded default: nothing to do
        return
    assert index_maintain(min_changed_rows=10**9) == []  # not yet due
    assert index_maintain(min_changed_rows=0) == [
        "claims_claim",
        "claims_claimterm",
        "claims_source",
        "claims_termcount",
    ]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT last_vacuum IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'claims_claimterm'"
        )
        assert cursor.fetchone() == (True,)
    assert maintain_index.delay().get() == []  # the beat task, through Celery: nothing left to do


def test_claims_carry_the_detectors_notes_and_the_prefilter_drops_pairs_that_cannot_conflict(
    django_capture_on_commit_callbacks, seed_date
):
    """Each stored claim keeps the lexical detector's prefilter notes under its name@version; a
    candidate pair whose notes cannot conflict is dropped before the candidate is loaded, and a claim
    stored without notes (before the detector existed or was upgraded) still meets every candidate."""
    lexical = get_registry().detectors["mizan.contradiction.lexical"]
    with django_capture_on_commit_callbacks(execute=True):
        sources_ingest(articles=[ArticleInput(origin="o-1", text=KADHIMI, published_at=seed_date)])
        sources_ingest(articles=[ArticleInput(origin="o-2", text=KIRBY, published_at=seed_date)])
    kadhimi = Claim.objects.select_related("source", "speaker").get(speaker__name="مصطفى الكاظمي")
    kirby = Claim.objects.get(speaker__name="جون كيربي")
    assert kadhimi.detector_signals == {lexical.label(): ["e:withdrawal"]}
    assert kirby.detector_signals == {lexical.label(): ["e:staying"]}  # ستبقى
    detectors = [lexical()]
    found = selectors.contradiction_candidates_batch(
        claims=[kadhimi], window=timedelta(days=60), detectors=detectors
    )
    assert [c.id for c in found[kadhimi.id]] == [kirby.id]  # withdrawal against staying: kept
    Claim.objects.filter(id=kirby.id).update(detector_signals={lexical.label(): []})  # nothing to oppose
    found = selectors.contradiction_candidates_batch(
        claims=[kadhimi], window=timedelta(days=60), detectors=detectors
    )
    assert found[kadhimi.id] == []
    unfiltered = selectors.contradiction_candidates_batch(claims=[kadhimi], window=timedelta(days=60))
    assert [c.id for c in unfiltered[kadhimi.id]] == [kirby.id]  # without detectors: no prefilter
    Claim.objects.filter(id=kirby.id).update(detector_signals={"mizan.contradiction.lexical@0.0.1": []})
    found = selectors.contradiction_candidates_batch(
        claims=[kadhimi], window=timedelta(days=60), detectors=detectors
    )
    assert [c.id for c in found[kadhimi.id]] == [kirby.id]  # notes of another version: compared


def test_claims_carry_their_key_terms_and_the_gate_reads_them_instead_of_the_index_rows(
    django_capture_on_commit_callbacks, seed_date
):
    """``Claim.key_terms`` is what the index holds for the text (speaker aside); the same-event gate
    reads it from one row per candidate. A claim stored before the field existed (NULL) is gated on
    its index rows instead, with the same result; the migration fills the field from those rows."""
    from django.apps import apps
    from django.db import connection

    from claims.models import ClaimTerm

    with django_capture_on_commit_callbacks(execute=True):
        sources_ingest(articles=articles(seed_date))
    for claim in Claim.objects.all():
        indexed = {t for t in ClaimTerm.objects.filter(claim=claim).values_list("term", flat=True)}
        assert claim.key_terms.split() == sorted(t for t in indexed if not t.startswith("@"))
        assert indexed - set(claim.key_terms.split()) == (
            {f"@{claim.speaker_id}"} if claim.speaker_id else set()
        )
    kadhimi = Claim.objects.select_related("source", "speaker").get(text__contains="القتالية")

    def found() -> list[int]:
        batch = selectors.contradiction_candidates_batch(claims=[kadhimi], window=timedelta(days=60))
        return [c.id for c in batch[kadhimi.id]]

    with_field = found()
    assert with_field == [Claim.objects.get(speaker__name="جون كيربي").id]
    terms = dict(Claim.objects.values_list("id", "key_terms"))
    Claim.objects.update(key_terms=None)
    kadhimi.key_terms = None
    assert found() == with_field  # gated on the index rows
    fill = importlib.import_module("claims.migrations.0014_claim_key_terms").fill_key_terms

    class Editor:  # what the migration uses of a schema editor
        def __init__(self) -> None:
            self.connection = connection

        def execute(self, sql: str) -> None:
            with connection.cursor() as cursor:
                cursor.execute(sql, ())

    fill(apps, Editor())
    assert dict(Claim.objects.values_list("id", "key_terms")) == terms


def test_array_parameters_reach_postgresql_intact():
    """The candidate queries pass ids and terms as one array literal (``selectors._pg_array``);
    quotes, backslashes, commas, braces and spaces survive the trip."""
    from django.db import connection

    terms = ["انسحاب", "@12", 'a"b', "c\\d", "e,f", "{g}", "h i", ""]
    assert selectors._pg_array([3, 1, 2]) == "{3,1,2}"
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT unnest(%s::text[])", [selectors._pg_array(terms)])
        assert [row[0] for row in cursor.fetchall()] == terms
        cursor.execute("SELECT unnest(%s::bigint[])", [selectors._pg_array([3, 1, 2**40])])
        assert [row[0] for row in cursor.fetchall()] == [3, 1, 2**40]


def test_the_index_rows_are_rebuilt_not_duplicated_and_survive_odd_terms(
    django_capture_on_commit_callbacks, seed_date
):
    """New claims get their index rows written once (on PostgreSQL through COPY); indexing stored
    claims again replaces their rows: terms with quotes, braces or backslashes (COPY's \\N) survive,
    old terms go."""
    from claims.models import ClaimTerm
    from claims.services import claims_index_terms

    def rows() -> set[tuple[str, int, object]]:
        return set(ClaimTerm.objects.values_list("term", "claim_id", "published_on"))

    with django_capture_on_commit_callbacks(execute=True):
        sources_ingest(articles=articles(seed_date))
    first = rows()
    claims = list(Claim.objects.select_related("source", "speaker"))
    assert len(first) == ClaimTerm.objects.count() > 5 * len(claims)
    assert {day for _, _, day in first} == {c.source.published_at.date() for c in claims}
    claims_index_terms(claims=claims)  # nothing fresh: each claim's rows deleted, then written again
    assert rows() == first and ClaimTerm.objects.count() == len(first)
    odd = claims[0]
    odd.key_terms = 'a"b e\\f {g} \\N'
    claims_index_terms(claims=[odd])
    assert {t for t, c, _ in rows() if c == odd.id} == {'a"b', "e\\f", "{g}", "\\N", f"@{odd.speaker_id}"}
    assert {r for r in rows() if r[1] != odd.id} == {r for r in first if r[1] != odd.id}


def test_term_counts_follow_the_index_rows(django_capture_on_commit_callbacks, seed_date):
    """``TermCount`` holds, per (term, day), the number of index rows: written with new claims,
    adjusted when a claim's rows are rebuilt, recounted by ``term_counts_rebuild`` (after a claim is
    deleted, whose counts stay behind); candidate generation reads the window's frequencies from it."""
    from collections import Counter

    from claims.models import ClaimTerm, TermCount
    from claims.services import claims_index_terms, term_counts_rebuild

    def index_counts() -> dict[tuple[str, object], int]:
        return dict(Counter(ClaimTerm.objects.values_list("term", "published_on")))

    def stored_counts() -> dict[tuple[str, object], int]:
        return {(t, d): n for t, d, n in TermCount.objects.values_list("term", "day", "claims") if n}

    with django_capture_on_commit_callbacks(execute=True):
        sources_ingest(articles=articles(seed_date))
    assert stored_counts() == index_counts() and len(index_counts()) > 20
    claims = list(Claim.objects.select_related("source", "speaker"))
    odd = claims[0]
    odd.key_terms = "كلمة_جديدة " + (odd.key_terms or "")
    claims_index_terms(claims=[odd])  # rebuilt: old rows subtracted, new ones added
    assert stored_counts() == index_counts() and stored_counts()[("كلمة_جديدة", seed_date.date())] == 1
    kadhimi = Claim.objects.select_related("source", "speaker").get(text__contains="القتالية")
    window = timedelta(days=60)
    day = seed_date.date()
    assert selectors._window_counts(["عراق", "@0"], lo=day - window, hi=day + window) == {
        "عراق": index_counts()[("عراق", day)]
    }
    before = selectors.contradiction_candidates_batch(claims=[kadhimi], window=window)
    kept = {kadhimi.id, *(c.id for c in before[kadhimi.id])}
    Claim.objects.exclude(id__in=kept).first().delete()
    assert stored_counts() != index_counts()  # the deleted claim's counts stay behind …
    assert term_counts_rebuild() == len(index_counts())
    assert stored_counts() == index_counts()  # … until they are recounted
    after = selectors.contradiction_candidates_batch(claims=[kadhimi], window=window)
    assert [c.id for c in after[kadhimi.id]] == [c.id for c in before[kadhimi.id]] != []
