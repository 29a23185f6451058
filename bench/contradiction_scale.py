"""Contradiction detection at 10k, 100k and 1M stored claims: the indexed path against brute force.

    .venv/bin/python bench/contradiction_scale.py --ans /work/shared/data/ans --sizes 10000,100000,1000000 \\
        [--db postgres://postgres@127.0.0.1:5432/postgres] [--brute-at 100000] [--repeats 5]

It creates (and drops first) the database ``mizan_bench_scale`` on that server (``--reuse`` keeps it
and only inserts what is missing), then grows one corpus 10k → 100k → 1M claims, VACUUM ANALYZE
after each size. The corpus is synthetic but built from real headlines: the ANS headlines
(stance_train/stance_dev s1/s2, claim_train/claim_dev) recombined (a word or two swapped for another
word of the corpus vocabulary, sometimes a fragment of another headline added), grouped 1-8 claims
per article, articles dated uniformly over ``--span-days`` days (1,000 claims/day at 1M, so the 60-day
window holds ~60k claims), speakers drawn from a Zipf law. Rows are written with COPY; the ClaimTerm
rows are exactly what ``claims.services.claim_index_terms`` writes (``key_terms`` of the claim text
plus ``@<speaker_id>``, ``published_on`` = the source's UTC publication date), and each claim's
``key_terms`` (``claim_key_terms``) and ``detector_signals`` what ``claims_sync_many`` stores
(``claim_signals`` of the claim as ``claim_view`` shows it), all checked on a sample by running those
functions and comparing.

Test articles: held-back ANS pairs (s1, s2) that the enabled detectors call a contradiction (3 per
article) or agreement (2 per article). Each s1 is stored (planted) 1-55 days before "today" (the end
of the span); the new article, dated today, carries the s2 claims, goes through the real ORM and
``claim_index_terms``, and ``extractors.services.contradictions_detect(source=…)`` is timed exactly as
the pipeline calls it, together with making the new claims' detector notes (which the pipeline does as
it stores them). The same articles are measured at every size (deleted after each measurement)
after one warm-up article. Candidate generation (``contradiction_candidates_batch``), candidates and
compares (``classify_pair`` calls) are counted inside that same call by wrapping the functions.

At ``--brute-at`` the same articles are also compared by brute force: each new claim against every
stored claim (all claims, and separately the claims in the window), with the pipeline's rules
(same-article and same-speaker skips, the ``same_event`` gate, ``classify_pair`` then
``stores_contradiction``), so "contradiction" means the same thing on both sides. It runs after all
the timed detections (it would evict PostgreSQL's and the detectors' caches), on the same articles
stored again. Recall = brute-force contradictions (in the window) that the indexed path found.
Prints a markdown table, then one JSON object.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import random
import statistics
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_copy import copy_rows  # noqa: E402 (needs the path above)

DB_NAME = "mizan_bench_scale"
EXTRACTOR = "bench.synthetic"
TODAY = datetime(2024, 6, 30, 12, 0, tzinfo=UTC)  # "now": the end of the stored span


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ans", required=True, help="folder of the ANS corpus (stance_*.csv, claim_*.csv)")
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--db", default="postgres://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--dbname", default=DB_NAME)
    parser.add_argument("--reuse", action="store_true", help="keep the database, insert only what is missing")
    parser.add_argument("--brute-at", type=int, default=100000, help="size at which to run brute force")
    parser.add_argument(
        "--brute-window-only",
        action="store_true",
        help="brute force over the window's claims only (faster at 1M)",
    )
    parser.add_argument("--repeats", type=int, default=5, help="new articles timed per size")
    parser.add_argument(
        "--profile",
        metavar="DIR",
        help="after timing, detect again under cProfile and write DIR/detect-<size>.prof (untimed)",
    )
    parser.add_argument("--span-days", type=int, default=1000)
    parser.add_argument("--speakers", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))

    import dj_database_url
    import psycopg

    cfg = dj_database_url.parse(args.db)
    host, port, user = cfg["HOST"] or "127.0.0.1", cfg["PORT"] or 5432, cfg["USER"] or "postgres"
    with psycopg.connect(f"host={host} port={port} user={user} dbname={cfg['NAME']}", autocommit=True) as c:
        exists = c.execute("SELECT 1 FROM pg_database WHERE datname = %s", [args.dbname]).fetchone()
        if not (args.reuse and exists):
            c.execute(f"DROP DATABASE IF EXISTS {args.dbname} WITH (FORCE)")
            c.execute(f"CREATE DATABASE {args.dbname} TEMPLATE template0 ENCODING 'UTF8'")
        shared_buffers = c.execute("SHOW shared_buffers").fetchone()[0]
    os.environ["DATABASE_URL"] = f"postgres://{user}@{host}:{port}/{args.dbname}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.local"
    os.environ["DJANGO_DEBUG"] = "0"  # no query log growing in memory
    os.environ.pop("CELERY_BROKER_URL", None)

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    rng = random.Random(args.seed)
    corpus = Corpus(Path(args.ans), rng, articles=args.repeats + 1)
    bench = Bench(corpus, rng, span_days=args.span_days, n_speakers=args.speakers)
    bench.speakers_ensure()
    bench.planted_ensure()

    results: dict = {
        "claims_per_article": 5,
        "articles_timed_per_size": args.repeats,
        "window_days": settings.MIZAN_CONTRADICTION_WINDOW_DAYS,
        "postings_per_term": settings.MIZAN_CANDIDATE_POSTINGS_PER_TERM,
        "common_term": settings.MIZAN_CANDIDATE_COMMON_TERM,
        "candidate_limit": settings.MIZAN_CANDIDATE_LIMIT,
        "span_days": args.span_days,
        "speakers": args.speakers,
        "pg_shared_buffers": shared_buffers,
        "held_back_pairs": corpus.pair_counts,
        "sizes": [],
    }
    for size in sizes:
        inserted, insert_s = bench.grow(size)
        began = time.perf_counter()
        bench.vacuum()
        vacuum_s = time.perf_counter() - began
        row = {
            "claims": bench.claim_count(),
            "claim_terms": bench.term_count(),
            "inserted": inserted,
            "insert_s": round(insert_s, 1),
            "insert_claims_per_s": round(inserted / insert_s) if insert_s else None,
            "vacuum_analyze_s": round(vacuum_s, 1),
            "claims_in_window_of_today": bench.window_count(),
            "index_check": bench.index_check(sample=200),
        }
        scope = None if size != args.brute_at else "window" if args.brute_window_only else "all"
        row.update(bench.measure(brute=scope))
        if args.profile:
            bench.profile(Path(args.profile) / f"detect-{size}.prof")
        results["sizes"].append(row)
        print(json.dumps({"size": size, **row}, ensure_ascii=False), file=sys.stderr, flush=True)
    first, last = results["sizes"][0], results["sizes"][-1]
    results["detect_ratio_largest_vs_smallest"] = round(
        last["detect_ms_median"] / first["detect_ms_median"], 2
    )
    print(markdown(results))
    print(json.dumps(results, indent=2, ensure_ascii=False))


# --- The corpus: real headlines, held-back pairs, synthetic variations ------------------------------


class Corpus:
    def __init__(self, folder: Path, rng: random.Random, *, articles: int) -> None:
        from claims.text import normalize_ar
        from extractors.base import ClaimView
        from extractors.pipeline import classify_pair, same_event, stores_contradiction
        from extractors.services import enabled_detectors

        def read(name: str) -> list[dict]:
            path = folder / name
            if not path.exists():
                return []
            with path.open(encoding="utf-8") as handle:
                return list(csv.DictReader(handle))

        pairs = [r for name in ("stance_dev.csv", "stance_train.csv") for r in read(name)]
        headlines = [r[k].strip() for r in pairs for k in ("s1", "s2")]
        headlines += [
            r["claim_s"].strip() for name in ("claim_train.csv", "claim_dev.csv") for r in read(name)
        ]
        if not pairs or not headlines:
            sys.exit(f"no ANS files (stance_train.csv …) in {folder}")
        detectors = enabled_detectors()
        overlap = _setting("MIZAN_SAME_EVENT_MIN_OVERLAP")

        def label(s1: str, s2: str) -> str:
            if normalize_ar(s1) == normalize_ar(s2) or not same_event(s1, s2, min_overlap=overlap):
                return "unrelated"
            # In the order and with the dates the pipeline will see: the new claim (s2, today)
            # against the stored one (s1, some weeks earlier).
            a = ClaimView(text=s2, speaker="أ", published_at=TODAY.date())
            b = ClaimView(text=s1, speaker="ب", published_at=TODAY.date() - timedelta(days=28))
            result, detector = classify_pair(a, b, detectors)
            if stores_contradiction(result, detector, a, b, detectors) is not None:
                return "contradiction"
            return "not stored" if result.label == "contradiction" else result.label

        # Held-back pairs, in file order (dev first): 3 contradictions + 2 agreements per article.
        contra, agree, used_s1 = [], [], set()
        for r in pairs:
            s1, s2 = r["s1"].strip(), r["s2"].strip()
            if s1 in used_s1 or (len(contra) >= 3 * articles and len(agree) >= 2 * articles):
                continue
            found = label(s1, s2)
            if found == "contradiction" and len(contra) < 3 * articles:
                contra.append((s1, s2))
                used_s1.add(s1)
            elif found == "agreement" and r["stance"] == "agree" and len(agree) < 2 * articles:
                agree.append((s1, s2))
                used_s1.add(s1)
        if len(contra) < 3 * articles or len(agree) < 2 * articles:
            sys.exit("not enough held-back pairs in the ANS files")
        rng.shuffle(contra)
        rng.shuffle(agree)
        self.articles = [contra[3 * i : 3 * i + 3] + agree[2 * i : 2 * i + 2] for i in range(articles)]
        self.pair_counts = {"contradiction": len(contra), "agreement": len(agree)}
        held_back = {s2 for article in self.articles for _, s2 in article}
        self.pool = sorted({h for h in headlines if h and h not in held_back})
        self.words = [w for h in self.pool for w in h.split()]  # frequency-weighted vocabulary
        self.rng = rng

    def synthetic(self) -> str:
        """A headline of the corpus, usually with a word or two swapped for other corpus words and
        sometimes a fragment of another headline appended: real vocabulary, realistic term statistics."""
        rng = self.rng
        words = rng.choice(self.pool).split()
        if rng.random() < 0.8 and words:
            for _ in range(1 + (len(words) > 6)):
                words[rng.randrange(len(words))] = rng.choice(self.words)
        if rng.random() < 0.3:
            other = rng.choice(self.pool).split()
            start = rng.randrange(max(1, len(other) - 3))
            words += ["و" + other[start], *other[start + 1 : start + rng.randint(2, 5)]]
        return " ".join(words)


def _setting(name: str):
    from django.conf import settings

    return getattr(settings, name)


# --- Storing ----------------------------------------------------------------------------------------


class Bench:
    def __init__(self, corpus: Corpus, rng: random.Random, *, span_days: int, n_speakers: int) -> None:
        self.corpus, self.rng, self.span_days, self.n_speakers = corpus, rng, span_days, n_speakers
        self.speaker_ids: list[int] = []
        self.speaker_names: dict[int, str] = {}
        self.weights: list[float] = []

    # Speakers: Zipf(1) popularity, so a few speakers say a lot (their @term becomes "common").
    def speakers_ensure(self) -> None:
        from claims.models import Speaker
        from claims.text import normalize_ar

        if not Speaker.objects.exists():
            names = [f"المتحدث {self._name(i)}" for i in range(self.n_speakers)]
            Speaker.objects.bulk_create(
                [Speaker(name=n, normalized_name=normalize_ar(n), role="مسؤول") for n in names],
                batch_size=2000,
            )
        rows = list(Speaker.objects.order_by("id").values_list("id", "name"))
        self.speaker_ids = [i for i, _ in rows]
        self.speaker_names = dict(rows)
        self.cum = list(_accumulate([1 / (rank + 1) for rank in range(len(rows))]))

    def _name(self, i: int) -> str:
        words = self.corpus.words
        return f"{words[(i * 7919) % len(words)]} {words[(i * 104729 + 13) % len(words)]} {i}"

    def speaker(self) -> int:
        import bisect

        return self.speaker_ids[bisect.bisect(self.cum, self.rng.random() * self.cum[-1]) - 1]

    def planted_ensure(self) -> None:
        """The s1 of every held-back pair, stored 1-55 days before today, one article each."""
        from claims.models import Claim

        if Claim.objects.filter(extractor=f"{EXTRACTOR}.planted").exists():
            return
        articles = []
        for article in self.corpus.articles:
            for s1, _ in article:
                when = TODAY - timedelta(days=self.rng.uniform(1, 55))
                articles.append((when, [(s1, self.speaker())]))
        self._copy_articles(articles, extractor=f"{EXTRACTOR}.planted")

    def claim_count(self) -> int:
        from claims.models import Claim

        return Claim.objects.count()

    def term_count(self) -> int:
        from django.db import connection

        with connection.cursor() as cursor:  # exact count (the planner estimate would do, but is not exact)
            cursor.execute("SELECT COUNT(*) FROM claims_claimterm")
            return cursor.fetchone()[0]

    def window_count(self) -> int:
        from claims.models import Claim

        lo = TODAY - timedelta(days=_setting("MIZAN_CONTRADICTION_WINDOW_DAYS"))
        return Claim.objects.filter(source__published_at__gte=lo).count()

    def grow(self, size: int) -> tuple[int, float]:
        """Insert synthetic articles until ``size`` claims are stored (the difference only)."""
        missing = size - self.claim_count()
        if missing <= 0:
            return 0, 0.0
        began, done, batch = time.perf_counter(), 0, []
        span = self.span_days * 86400
        while done < missing:
            n = min(missing - done, self.rng.randint(1, 8))
            when = TODAY - timedelta(seconds=self.rng.uniform(0, span))
            batch.append((when, [(self.corpus.synthetic(), self.speaker()) for _ in range(n)]))
            done += n
            if sum(len(c) for _, c in batch) >= 20000 or done >= missing:
                self._copy_articles(batch, extractor=EXTRACTOR)
                batch = []
                print(f"  {size}: {done}/{missing} claims inserted", file=sys.stderr, flush=True)
        return missing, time.perf_counter() - began

    def _copy_articles(
        self, articles: list[tuple[datetime, list[tuple[str, int]]]], *, extractor: str
    ) -> None:
        """COPY sources, claims and their ClaimTerm rows (claim_index_terms' rows), and add to the
        per-day term counts, in one transaction."""
        from django.db import connection, transaction

        from claims.models import Claim, ClaimTerm, Source
        from claims.services import claim_key_terms, term_counts_add
        from claims.text import content_hash, normalize_ar
        from extractors.base import ClaimView
        from extractors.pipeline import claim_signals
        from extractors.services import enabled_detectors

        detectors = enabled_detectors()
        now = datetime.now(UTC)
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT COALESCE(MAX(id), 0) FROM claims_source")
            source_id = cursor.fetchone()[0]
            cursor.execute("SELECT COALESCE(MAX(id), 0) FROM claims_claim")
            claim_id = cursor.fetchone()[0]
            sources, claims, terms = [], [], []
            for when, items in articles:
                source_id += 1
                parts, offsets, pos = [], [], 0
                for text, _ in items:
                    offsets.append((pos, pos + len(text)))
                    parts.append(text)
                    pos += len(text) + 2
                body = "\n\n".join(parts) + f"\n\n(bench {source_id})"
                digest = content_hash(body)
                sources.append(
                    {
                        "id": source_id,
                        "title": items[0][0][:200],
                        "text": body,
                        "outlet": "bench",
                        "published_at": when,
                        "content_hash": digest,
                        "status": "done",
                        "created_at": now,
                        "processed_at": now,
                    }
                )
                day = when.date()
                for (text, speaker), (start, end) in zip(items, offsets, strict=True):
                    claim_id += 1
                    # What claims_sync_many stores: the detectors' notes on the claim as claim_view
                    # shows it (each claim opens its own paragraph, so nothing comes before it).
                    view = ClaimView(
                        text, speaker=self.speaker_names[speaker], published_at=when.date(), cue="قال"
                    )
                    text_terms = claim_key_terms(text)
                    claims.append(
                        {
                            "id": claim_id,
                            "source_id": source_id,
                            "speaker_id": speaker,
                            "speaker_mention": self.speaker_names[speaker],
                            "text": text,
                            "normalized_text": normalize_ar(text),
                            "start": start,
                            "end": end,
                            "cue": "قال",
                            "kind": "indirect",
                            "extractor": extractor,
                            "extractor_version": "1",
                            "fingerprint": hashlib.sha256(f"{digest}:{start}:{end}".encode()).hexdigest(),
                            "checkworthiness": round(self.rng.random(), 3),
                            "detector_signals": claim_signals(view, detectors),
                            "key_terms": text_terms,
                            "created_at": now,
                            "updated_at": now,
                        }
                    )
                    for term in {*text_terms.split(), f"@{speaker}"}:
                        terms.append({"term": term, "claim_id": claim_id, "published_on": day})
            copy_rows(Source, sources)
            copy_rows(Claim, claims)
            copy_rows(ClaimTerm, terms)
            # the per-day term counts, written as claims_index_terms writes them
            term_counts_add(Counter((t["term"], t["published_on"]) for t in terms))
            for table in ("claims_source", "claims_claim"):
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"
                )

    def vacuum(self) -> None:
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("SET maintenance_work_mem = '256MB'")
            for table in (
                "claims_claimterm",
                "claims_termcount",
                "claims_claim",
                "claims_source",
                "claims_speaker",
            ):
                cursor.execute(f"VACUUM ANALYZE {table}")

    def index_check(self, *, sample: int) -> dict:
        """Rebuild the index rows of random stored claims with ``claim_index_terms`` itself from their
        text (rolled back), their key terms with ``claim_key_terms`` and their detectors' notes with
        ``claim_signals`` on ``claim_view``, and compare with what COPY wrote."""
        from django.db import transaction

        from claims.models import Claim, ClaimTerm
        from claims.services import claim_index_terms, claim_key_terms, claim_view
        from extractors.pipeline import claim_signals
        from extractors.services import enabled_detectors

        detectors = enabled_detectors()
        same_notes = 0

        top = Claim.objects.order_by("-id").values_list("id", flat=True).first() or 0
        ids = [self.rng.randint(1, top) for _ in range(sample)]
        same = checked = 0
        for claim in Claim.objects.filter(id__in=ids).select_related("source", "speaker"):
            before = set(ClaimTerm.objects.filter(claim=claim).values_list("term", "published_on"))
            stored_terms, claim.key_terms = claim.key_terms, None  # made again from the text
            with transaction.atomic():
                claim_index_terms(claim=claim)
                after = set(ClaimTerm.objects.filter(claim=claim).values_list("term", "published_on"))
                transaction.set_rollback(True)
            checked += 1
            same += before == after and stored_terms == claim_key_terms(claim.text)
            same_notes += claim.detector_signals == claim_signals(claim_view(claim), detectors)
        return {"claims_checked": checked, "identical": same, "identical_notes": same_notes}

    # --- Measuring --------------------------------------------------------------------------------

    def article_store(self, index: int):
        """The new article: the s2 of five held-back pairs, dated today, stored through the ORM."""
        from django.db import transaction

        from claims.models import Claim, Source
        from claims.services import claim_fingerprint, claim_index_terms, claim_key_terms
        from claims.text import content_hash, normalize_ar

        texts = [s2 for _, s2 in self.corpus.articles[index]]
        body = "\n\n".join(texts) + f"\n\n(bench new article {index})"
        with transaction.atomic():
            source = Source.objects.create(
                text=body,
                title=texts[0][:200],
                outlet="bench-new",
                published_at=TODAY,
                content_hash=content_hash(body),
                status="processing",
            )
            pos = 0
            for i, text in enumerate(texts):
                speaker = self.speaker_ids[(index * 5 + i) * 37 % len(self.speaker_ids)]
                claim = Claim.objects.create(
                    source=source,
                    speaker_id=speaker,
                    speaker_mention=self.speaker_names[speaker],
                    text=text,
                    normalized_text=normalize_ar(text),
                    start=pos,
                    end=pos + len(text),
                    cue="قال",
                    extractor="bench.new",
                    extractor_version="1",
                    fingerprint=claim_fingerprint(source=source, start=pos, end=pos + len(text)),
                    key_terms=claim_key_terms(text),  # made as claims_sync_many stores a claim
                )
                claim_index_terms(claim=claim)
                pos += len(text) + 2
        return source

    @staticmethod
    def notes_store(source) -> None:
        from claims.models import Claim
        from claims.services import claim_view
        from extractors.pipeline import claim_signals
        from extractors.services import enabled_detectors

        detectors = enabled_detectors()
        claims = list(source.claims.select_related("speaker", "source"))
        for claim in claims:
            claim.detector_signals = claim_signals(claim_view(claim), detectors)
        Claim.objects.bulk_update(claims, ["detector_signals"])

    def profile(self, path: Path) -> None:
        """Detection on the test articles again, under cProfile (for finding where the time goes; the
        timed figures come from ``measure``)."""
        import cProfile

        import extractors.services as services
        from claims.models import Source

        path.parent.mkdir(parents=True, exist_ok=True)
        profiler = cProfile.Profile()
        for index in range(1, len(self.corpus.articles)):
            source = self.article_store(index)
            profiler.enable()
            self.notes_store(source)
            services.contradictions_detect(source=source)
            profiler.disable()
            Source.objects.filter(id=source.id).delete()
        profiler.dump_stats(path)

    def measure(self, *, brute: str | None) -> dict:
        """Time detection on the test articles; ``brute``: None, "window" or "all" (window and all)."""
        import extractors.services as services
        from claims.models import Claim, Source

        counters = Counters()
        originals = (services.contradiction_candidates_batch, services.classify_pair)
        services.contradiction_candidates_batch = counters.wrap_candidates(originals[0])
        services.classify_pair = counters.wrap_classify(originals[1])
        per_article = []
        try:
            # 1. Timed detection, nothing else in between (brute force would evict the caches).
            for index in range(len(self.corpus.articles)):
                source = self.article_store(index)
                counters.reset()
                began = time.perf_counter()
                # The detectors' notes on the new claims (claims_sync_many makes them as it stores the
                # claims; timed here with detection, since they replace analysing the new texts there).
                self.notes_store(source)
                found = services.contradictions_detect(source=source)
                detect_ms = (time.perf_counter() - began) * 1000
                row = {
                    "detect_ms": detect_ms,
                    "candidates_ms": counters.candidates_s * 1000,
                    "candidates": counters.candidates,
                    "compares": counters.compares,
                    "contradictions": len(found),
                }
                Source.objects.filter(id=source.id).delete()
                if index > 0:  # article 0 warms up caches and loads the stance model
                    per_article.append(row)
        finally:
            services.contradiction_candidates_batch, services.classify_pair = originals
        # 2. Brute force on the same articles, stored again (detection re-run untimed for its pairs).
        everything, load_all_s = None, None
        if brute == "all":
            began = time.perf_counter()
            everything = list(
                Claim.objects.select_related("speaker", "source").defer("source__text", "normalized_text")
            )
            load_all_s = time.perf_counter() - began
        if brute:
            for index, row in enumerate(per_article, start=1):
                source = self.article_store(index)
                self.notes_store(source)
                found = services.contradictions_detect(source=source)
                pairs = {(min(c.claim_a_id, c.claim_b_id), max(c.claim_a_id, c.claim_b_id)) for c in found}
                row.update(self.brute_force(source, everything, pairs))
                Source.objects.filter(id=source.id).delete()

        def median(key: str) -> float:
            return round(statistics.median(r[key] for r in per_article), 2)

        out = {
            "detect_ms_median": median("detect_ms"),
            "detect_ms": [round(r["detect_ms"], 1) for r in per_article],
            "candidates_ms_median": median("candidates_ms"),
            "candidates_per_article": [r["candidates"] for r in per_article],
            "compares_per_article": [r["compares"] for r in per_article],
            "contradictions_per_article": [r["contradictions"] for r in per_article],
        }
        if brute:
            hits = sum(r["found_of_brute_window"] for r in per_article)
            total = sum(r["brute_window_contradictions"] for r in per_article)
            out["brute_force"] = {
                "load_all_claims_s": round(load_all_s, 2) if load_all_s is not None else None,
                "all_claims_s_median": median("brute_all_s") if everything is not None else None,
                "window_s_median": median("brute_window_s"),
                "pairs_all_per_article": per_article[0].get("brute_all_pairs"),
                "pairs_window_per_article": [r["brute_window_pairs"] for r in per_article],
                "gated_compares_window_per_article": [r["brute_window_compares"] for r in per_article],
                "contradictions_window_per_article": [r["brute_window_contradictions"] for r in per_article],
                "contradictions_all_per_article": [r.get("brute_all_contradictions") for r in per_article],
                "speedup_vs_window": round(
                    statistics.median(r["brute_window_s"] * 1000 / r["detect_ms"] for r in per_article), 1
                ),
                "speedup_vs_all": round(
                    statistics.median(r["brute_all_s"] * 1000 / r["detect_ms"] for r in per_article), 1
                )
                if everything is not None
                else None,
                "recall_vs_window": round(hits / total, 3) if total else None,
                "recall_found_of_brute_window": f"{hits}/{total}",
                "indexed_not_in_brute": sum(r["indexed_not_in_brute"] for r in per_article),
            }
        return out

    def brute_force(self, source, everything: list | None, indexed: set[tuple[int, int]]) -> dict:
        """Every new claim against every stored claim (and the window's claims, loaded apart), with the
        pipeline's rules, the same_event gate and the same detectors."""
        from claims.models import Claim
        from claims.services import claim_view, window
        from extractors.pipeline import classify_pair, same_event, stores_contradiction
        from extractors.services import enabled_detectors

        detectors = enabled_detectors()
        overlap = _setting("MIZAN_SAME_EVENT_MIN_OVERLAP")
        claims = list(source.claims.select_related("speaker", "source"))
        span = window()

        def run(others: list) -> tuple[set, int, int]:
            found, pairs, compares = set(), 0, 0
            for claim in claims:
                for other in others:
                    if other.id == claim.id or (
                        other.source_id == claim.source_id and other.speaker_id == claim.speaker_id
                    ):
                        continue
                    if other.id < claim.id and other.source_id == source.id:
                        continue
                    pairs += 1
                    if not same_event(claim.text, other.text, min_overlap=overlap):
                        continue
                    compares += 1
                    view_a, view_b = claim_view(claim), claim_view(other)
                    result, detector = classify_pair(view_a, view_b, detectors)
                    if stores_contradiction(result, detector, view_a, view_b, detectors) is not None:
                        found.add((min(claim.id, other.id), max(claim.id, other.id)))
            return found, pairs, compares

        out = {}
        if everything is not None:
            began = time.perf_counter()
            all_found, all_pairs, _ = run([*everything, *claims])
            out = {
                "brute_all_s": time.perf_counter() - began,
                "brute_all_pairs": all_pairs,
                "brute_all_contradictions": len(all_found),
            }
        began = time.perf_counter()
        lo, hi = TODAY - span - timedelta(days=1), TODAY + span + timedelta(days=1)
        in_window = [
            c
            for c in Claim.objects.select_related("speaker", "source")
            .defer("source__text", "normalized_text")
            .filter(source__published_at__range=(lo, hi))
            if abs((c.source.published_at.date() - TODAY.date()).days) <= span.days
        ]
        window_found, window_pairs, window_compares = run(in_window)
        brute_window_s = time.perf_counter() - began
        return {
            **out,
            "brute_window_s": brute_window_s,
            "brute_window_pairs": window_pairs,
            "brute_window_compares": window_compares,
            "brute_window_contradictions": len(window_found),
            "found_of_brute_window": len(window_found & indexed),
            "indexed_not_in_brute": len(indexed - window_found),
        }


class Counters:
    """Counts and times candidate generation and compares inside ``contradictions_detect``."""

    def reset(self) -> None:
        self.candidates_s, self.candidates, self.compares = 0.0, 0, 0

    def wrap_candidates(self, function):
        def timed(**kwargs):
            began = time.perf_counter()
            found = function(**kwargs)
            self.candidates_s += time.perf_counter() - began
            self.candidates += sum(len(v) for v in found.values())  # {claim id: candidates}
            return found

        return timed

    def wrap_classify(self, function):
        def counted(*args, **kwargs):
            self.compares += 1
            return function(*args, **kwargs)

        return counted


def _accumulate(values: list[float]):
    total = 0.0
    for value in values:
        total += value
        yield total


def markdown(results: dict) -> str:
    lines = [
        "| stored claims | ClaimTerm rows | claims in window | insert (s) | detect ms (median) "
        "| candidates ms | candidates / article | compares / article |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in results["sizes"]:
        lines.append(
            f"| {row['claims']:,} | {row['claim_terms']:,} | {row['claims_in_window_of_today']:,} "
            f"| {row['insert_s']} | {row['detect_ms_median']} | {row['candidates_ms_median']} "
            f"| {_spread(row['candidates_per_article'])} | {_spread(row['compares_per_article'])} |"
        )
    lines.append(
        f"\nlargest / smallest detect time: {results['detect_ratio_largest_vs_smallest']}× (target ≤ 2×)"
    )
    for row in results["sizes"]:
        brute = row.get("brute_force")
        if brute:
            lines += [
                f"\nBrute force at {row['claims']:,} claims (per 5-claim article, median):",
                "| path | time | speed-up of the index |",
                "|---|---:|---:|",
                f"| indexed `contradictions_detect` | {row['detect_ms_median']} ms | — |",
                f"| brute force, window claims | {brute['window_s_median']} s | {brute['speedup_vs_window']}× |",
                f"| brute force, all claims | {brute['all_claims_s_median']} s | {brute['speedup_vs_all']}× |"
                if brute["all_claims_s_median"] is not None
                else "| brute force, all claims | not run | — |",
                f"\nrecall of the index vs brute force (window): {brute['recall_found_of_brute_window']}"
                f" = {brute['recall_vs_window']} (target ≥ 0.95)",
            ]
    return "\n".join(lines)


def _spread(values: list[int]) -> str:
    if not values:
        return "—"
    return (
        f"{statistics.median(values):g} ({min(values)}–{max(values)})"
        if len(set(values)) > 1
        else str(values[0])
    )


if __name__ == "__main__":
    main()
