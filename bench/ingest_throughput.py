"""Ingest throughput end to end: articles → source_ingest → Redis → `celery worker` processes →
PostgreSQL, side by side with `manage.py extract` alone on the same texts (database-free), with the
workers' resident memory sampled over the run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres CELERY_BROKER_URL=redis://127.0.0.1:6379/13 \\
        .venv/bin/python bench/ingest_throughput.py /work/shared/data/saudinewsnet --articles 5000

The data stays where it is (a folder of SaudiNewsNet .zip files, or any ingest input). Creates (and
drops first) the database `mizan_bench` on that server. Prints one JSON object. Targets: ≥ 100
articles/s sustained, pipeline ≤ 2× extract alone, flat worker memory. No beat runs, but the benchmark
sends `mizan.maintain_index` through the broker every minute as beat does in production
(`--no-maintenance` to leave it out: PostgreSQL then plans the candidate queries from stale
statistics unless its autovacuum is on).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAINTENANCE_EVERY_S = 60.0  # the beat schedule of mizan.maintain_index
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", help="a folder of SaudiNewsNet .zip files (or any ingest input)")
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--sample-every", type=float, default=2.0, help="seconds between RSS samples")
    parser.add_argument(
        "--no-maintenance",
        dest="maintenance",
        action="store_false",
        help="do not send mizan.maintain_index every minute (beat does in production)",
    )
    args = parser.parse_args()

    import dj_database_url
    import psycopg

    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith("postgres") or not os.environ.get("CELERY_BROKER_URL"):
        sys.exit("set DATABASE_URL=postgres://… and CELERY_BROKER_URL=redis://…")
    cfg = dj_database_url.parse(base)
    admin_dsn = f"host={cfg['HOST']} port={cfg['PORT'] or 5432} user={cfg['USER']} dbname=postgres"
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS mizan_bench WITH (FORCE)")
        conn.execute("CREATE DATABASE mizan_bench TEMPLATE template0 ENCODING 'UTF8'")
    os.environ["DATABASE_URL"] = f"postgres://{cfg['USER']}@{cfg['HOST']}:{cfg['PORT'] or 5432}/mizan_bench"
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.local"
    os.environ.setdefault("MIZAN_LOG_LEVEL", "ERROR")
    os.environ["DJANGO_DEBUG"] = "0"  # DEBUG keeps every query of a worker in memory

    import django

    django.setup()
    import redis
    from django.core.management import call_command

    from claims.inputs import ArticleInput, read_articles
    from claims.management.commands.ingest import CHUNK
    from claims.models import Claim, Contradiction, Source
    from claims.services import ArticleError, article_text_clean, sources_ingest
    from extractors.models import ExtractionRun
    from extractors.pipeline import extract_text
    from extractors.services import enabled_extractors

    call_command("migrate", verbosity=0)
    files = sorted(str(p) for p in Path(args.data).glob("*.zip")) or [args.data]
    articles: list[ArticleInput] = []
    for item in read_articles(files):
        if isinstance(item, ArticleInput):
            try:
                article_text_clean(item.text)
            except ArticleError:
                continue
            articles.append(item)
        if len(articles) >= args.articles:
            break
    chars = sum(len(a.text) for a in articles)

    # 1. `manage.py extract` alone on the same texts: the database-free floor of the pipeline.
    extractors = enabled_extractors()
    began = time.perf_counter()
    for a in articles:
        extract_text(
            article_text_clean(a.text),
            extractors,
            language=a.language or "ar",
            published_at=a.published_at.date() if a.published_at else None,
        )
    extract_s = time.perf_counter() - began

    # 2. The pipeline through Redis and real workers.
    redis.Redis.from_url(os.environ["CELERY_BROKER_URL"]).flushdb()
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "--loglevel=WARNING",
         f"--concurrency={args.concurrency}", "--without-gossip", "--without-mingle"],
        cwd=ROOT, env=os.environ.copy(), start_new_session=True,
    )  # fmt: skip
    samples: list[tuple[float, float, int]] = []  # (t, worker RSS MB, sources finished)
    maintenance_sent = 0
    stop = threading.Event()
    try:
        from claims.tasks import maintain_index
        from config.celery_app import app

        while not app.control.ping(timeout=0.5):
            time.sleep(0.2)
        began = time.perf_counter()

        def sampler() -> None:
            import psycopg as pg

            with pg.connect(
                f"{admin_dsn.replace('dbname=postgres', 'dbname=mizan_bench')}", autocommit=True
            ) as c:
                while not stop.is_set():
                    finished = c.execute(
                        "SELECT count(*) FROM claims_source WHERE status IN ('done','failed')"
                    ).fetchone()[0]
                    samples.append((time.perf_counter() - began, _tree_rss_mb(worker.pid), finished))
                    stop.wait(args.sample_every)

        thread = threading.Thread(target=sampler, daemon=True)
        thread.start()
        ids = [  # as `manage.py ingest` stores them: a chunk per transaction, queued in batches
            result.source.id
            for start in range(0, len(articles), CHUNK)
            for result in sources_ingest(articles=articles[start : start + CHUNK])
        ]
        queued_s = time.perf_counter() - began
        maintenance_due = began + MAINTENANCE_EVERY_S
        while Source.objects.filter(id__in=ids, status__in=["pending", "processing"]).exists():
            if args.maintenance and time.perf_counter() >= maintenance_due:
                maintain_index.delay()  # what beat sends every minute in production
                maintenance_sent += 1
                maintenance_due += MAINTENANCE_EVERY_S
            time.sleep(0.5)
        pipeline_s = time.perf_counter() - began
        stop.set()
        thread.join()
    finally:
        stop.set()
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(timeout=60)

    n = len(ids)
    # Sustained rate: finished per second between 10 % and 90 % of the batch (no warm-up, no tail).
    lo = next((s for s in samples if s[2] >= n * 0.1), samples[0])
    hi = next((s for s in samples if s[2] >= n * 0.9), samples[-1])
    sustained = (hi[2] - lo[2]) / (hi[0] - lo[0]) if hi[0] > lo[0] else 0.0
    rss = [s[1] for s in samples if s[1] > 0]
    third = max(1, len(rss) // 3)
    per_plugin = {}
    for plugin in sorted(set(ExtractionRun.objects.values_list("plugin", flat=True))):
        durations = [
            d or 0 for d in ExtractionRun.objects.filter(plugin=plugin).values_list("duration_ms", flat=True)
        ]
        per_plugin[plugin] = round(statistics.mean(durations), 2) if durations else None
    print(
        json.dumps(
            {
                "articles": n,
                "characters": chars,
                "worker_concurrency": args.concurrency,
                "index_maintenance_tasks_sent": maintenance_sent,
                "pipeline_s": round(pipeline_s, 2),
                "of_which_queueing_s": round(queued_s, 2),
                "pipeline_articles_per_s": round(n / pipeline_s, 1),
                "sustained_articles_per_s_10_to_90pct": round(sustained, 1),
                "extract_only_s": round(extract_s, 2),
                "extract_only_articles_per_s": round(n / extract_s, 1),
                "pipeline_over_extract_ratio": round(pipeline_s / extract_s, 2),
                "mean_plugin_ms": per_plugin,
                "sources": dict(
                    Source.objects.values_list("status").annotate(
                        c=__import__("django").db.models.Count("id")
                    )
                ),
                "claims": Claim.objects.count(),
                "contradictions": Contradiction.objects.count(),
                "worker_rss_mb": {
                    "first_third_mean": round(statistics.mean(rss[:third]), 1) if rss else None,
                    "last_third_mean": round(statistics.mean(rss[-third:]), 1) if rss else None,
                    "max": max(rss) if rss else None,
                    "samples": [(round(t, 1), m) for t, m, _ in samples[:: max(1, len(samples) // 20)]],
                },
            },
            indent=2,
            ensure_ascii=False,
        )
    )


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (the worker pool), from /proc."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*"):
        try:
            status = (stat / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        if stat.name == str(pid) or fields.get("PPid", "").strip() == str(pid):
            total += int(fields.get("VmRSS", "0 kB").split()[0])
    return round(total / 1024, 1)


if __name__ == "__main__":
    main()
