"""Draw a sample of what the pipeline stores on real news, for judging by hand.

    # 1. a database of your own (SQLite under /tmp, eager Celery: the default settings)
    export DATABASE_URL=sqlite:////tmp/precision.sqlite3
    # 2. ingest a range of SaudiNewsNet articles, counted as bench/ingest_throughput.py reads them
    #    (the .zip files sorted by name, articles whose text the pipeline refuses skipped); 0-based
    .venv/bin/python eval/contradiction/real_news_sample.py ingest /work/shared/data/saudinewsnet \\
        --start 16000 --count 4000
    # 3. how many pairs were stored (per kind, per 1,000 articles)
    .venv/bin/python eval/contradiction/real_news_sample.py count
    # 4. 40 stored pairs at random (fixed seed), one JSON line each with "gold": "" to fill in by hand
    .venv/bin/python eval/contradiction/real_news_sample.py draw --n 40 --seed 0 --prefix snn3 > sample.jsonl

Each line holds the claims as the pipeline stored them (text, speaker's name, date, reporting verb,
the paragraph before the claim, as ``claims.services.claim_view`` gives it to the detectors) plus the
detector's kind and explanation, which ``evaluate contradictions`` ignores."""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
    if not os.environ.get("DATABASE_URL", "").startswith("sqlite:"):
        sys.exit("set DATABASE_URL=sqlite:////tmp/….sqlite3: this script never touches a shared database")
    import django

    django.setup()


def ingest(data: str, start: int, count: int) -> None:
    from django.core.management import call_command

    from claims.inputs import ArticleInput, read_articles
    from claims.management.commands.ingest import CHUNK
    from claims.models import Contradiction, Source
    from claims.services import ArticleError, article_text_clean, sources_ingest

    call_command("migrate", verbosity=0)
    files = sorted(str(p) for p in Path(data).glob("*.zip")) or [data]
    articles: list[ArticleInput] = []
    seen = 0
    for item in read_articles(files):
        if not isinstance(item, ArticleInput):
            continue
        try:
            article_text_clean(item.text)
        except ArticleError:
            continue
        if seen >= start:
            articles.append(item)
        seen += 1
        if len(articles) >= count:
            break
    began = time.perf_counter()
    for offset in range(0, len(articles), CHUNK):
        sources_ingest(articles=articles[offset : offset + CHUNK])
        print(
            f"{offset + CHUNK} articles, {Contradiction.objects.count()} pairs, "
            f"{time.perf_counter() - began:.0f} s",
            file=sys.stderr,
        )
    print(
        json.dumps(
            {
                "articles": len(articles),
                "first": start + 1,
                "last": start + len(articles),
                "sources_done": Source.objects.filter(status="done").count(),
                "seconds": round(time.perf_counter() - began, 1),
            }
        )
    )


def count() -> None:
    from claims.models import Claim, Contradiction, Source

    articles = Source.objects.count()
    pairs = Contradiction.objects.count()
    kinds = Counter(Contradiction.objects.values_list("kind", flat=True))
    versions = Counter(Contradiction.objects.values_list("detector", "detector_version"))
    print(
        json.dumps(
            {
                "articles": articles,
                "claims": Claim.objects.count(),
                "pairs": pairs,
                "pairs_per_1000_articles": round(1000 * pairs / max(1, articles), 1),
                "kinds": dict(kinds.most_common()),
                "detectors": {f"{d} {v}": n for (d, v), n in versions.items()},
            },
            ensure_ascii=False,
        )
    )


def draw(n: int, seed: int, prefix: str) -> None:
    from claims.models import Contradiction
    from claims.services import claim_view

    ids = sorted(Contradiction.objects.values_list("id", flat=True))
    chosen = sorted(random.Random(seed).sample(ids, min(n, len(ids))))
    rows = Contradiction.objects.select_related(
        "claim_a__source", "claim_a__speaker", "claim_b__source", "claim_b__speaker"
    ).in_bulk(chosen)
    for i, pk in enumerate(chosen):
        row = rows[pk]

        def side(claim) -> dict:
            view = claim_view(claim)
            return {
                "text": view.text,
                "speaker": view.speaker,
                "date": view.published_at.isoformat() if view.published_at else "",
                "cue": view.cue,
                "context": view.context,
            }

        line = {
            "id": f"{prefix}-{i:02d}",
            "gold": "",
            "note": "",
            "a": side(row.claim_a),
            "b": side(row.claim_b),
            "stored_as": {"kind": row.kind, "detector": f"{row.detector} {row.detector_version}"},
            "explanation": row.explanation,
        }
        print(json.dumps(line, ensure_ascii=False))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p_ingest = sub.add_parser("ingest")
    p_ingest.add_argument("data")
    p_ingest.add_argument("--start", type=int, required=True, help="articles to skip (0-based)")
    p_ingest.add_argument("--count", type=int, required=True)
    sub.add_parser("count")
    p_draw = sub.add_parser("draw")
    p_draw.add_argument("--n", type=int, default=40)
    p_draw.add_argument("--seed", type=int, default=0)
    p_draw.add_argument("--prefix", default="snn")
    args = parser.parse_args()
    _setup()
    if args.command == "ingest":
        ingest(args.data, args.start, args.count)
    elif args.command == "count":
        count()
    else:
        draw(args.n, args.seed, args.prefix)


if __name__ == "__main__":
    main()
