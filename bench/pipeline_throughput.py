"""Pipeline throughput through PostgreSQL + Redis + real Celery workers, side by side with the
database-free extraction of the same texts and with no-op tasks (the broker's own ceiling).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres CELERY_BROKER_URL=redis://127.0.0.1:6379/13 \\
        .venv/bin/python bench/pipeline_throughput.py ../shared/data/saudinewsnet --articles 1000

It creates (and drops first) the database `mizan_bench` on that server. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", help="a folder of SaudiNewsNet .zip files (or any ingest input)")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--noop-tasks", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=2)
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
    os.environ["CELERY_RESULT_BACKEND"] = os.environ["CELERY_BROKER_URL"]
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.local"

    import django

    django.setup()
    from django.core.management import call_command

    from claims.inputs import ArticleInput, read_articles
    from claims.models import Claim, Contradiction, Source
    from claims.services import ArticleError, article_text_check, source_ingest
    from config.celery_app import app
    from extractors.models import ExtractionRun
    from extractors.pipeline import extract_text
    from extractors.services import enabled_extractors
    from extractors.tasks import ping

    call_command("migrate", verbosity=0)
    files = sorted(str(p) for p in Path(args.data).glob("*.zip")) or [args.data]
    articles: list[ArticleInput] = []
    for item in read_articles(files):
        if isinstance(item, ArticleInput):
            try:
                article_text_check(item.text)
            except ArticleError:
                continue
            articles.append(item)
        if len(articles) >= args.articles:
            break
    chars = sum(len(a.text) for a in articles)

    with app.connection_for_write() as conn:
        conn.default_channel.client.flushdb()
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "--loglevel=WARNING",
            f"--concurrency={args.concurrency}",
            "--without-gossip",
            "--without-mingle",
        ],
        cwd=ROOT,
        env=os.environ.copy(),
        start_new_session=True,
    )
    try:
        while not app.control.ping(timeout=0.5):
            time.sleep(0.2)
        # 1. The broker's ceiling: no-op tasks.
        began = time.perf_counter()
        results = [ping.delay() for _ in range(args.noop_tasks)]
        for r in results:
            r.get(timeout=120)
        noop_rate = args.noop_tasks / (time.perf_counter() - began)
        # 2. The pipeline: one task per article, plugins in turn inside it.
        began = time.perf_counter()
        ids = [
            source_ingest(
                text=a.text,
                title=a.title,
                url=a.url,
                outlet=a.outlet,
                published_at=a.published_at,
                external_id=a.id,
            ).source.id
            for a in articles
        ]
        queued = time.perf_counter() - began
        while Source.objects.filter(id__in=ids, status__in=["pending", "processing"]).exists():
            time.sleep(0.1)
        pipeline_s = time.perf_counter() - began
        worker_rss = _tree_rss_mb(worker.pid)
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(timeout=60)
    # 3. The same texts through the extractors alone, in this process (the floor of the pipeline).
    extractors = enabled_extractors()
    began = time.perf_counter()
    for a in articles:
        extract_text(
            a.text,
            extractors,
            language=a.language or "ar",
            published_at=a.published_at.date() if a.published_at else None,
        )
    extract_s = time.perf_counter() - began

    per_plugin = {}
    for plugin in sorted(set(ExtractionRun.objects.values_list("plugin", flat=True))):
        durations = list(ExtractionRun.objects.filter(plugin=plugin).values_list("duration_ms", flat=True))
        per_plugin[plugin] = round(sum(d or 0 for d in durations) / max(1, len(durations)), 2)
    print(
        json.dumps(
            {
                "articles": len(articles),
                "characters": chars,
                "worker_concurrency": args.concurrency,
                "noop_tasks_per_s": round(noop_rate, 1),
                "pipeline_articles_per_s": round(len(articles) / pipeline_s, 1),
                "pipeline_s": round(pipeline_s, 2),
                "of_which_queueing_s": round(queued, 2),
                "extract_only_articles_per_s": round(len(articles) / extract_s, 1),
                "pipeline_over_extract_ratio": round(pipeline_s / extract_s, 2),
                "mean_plugin_ms": per_plugin,
                "sources_done": Source.objects.filter(status="done").count(),
                "claims": Claim.objects.count(),
                "contradictions": Contradiction.objects.count(),
                "worker_rss_mb_at_end": worker_rss,
                "bench_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            },
            indent=2,
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
