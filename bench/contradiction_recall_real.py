"""Recall of the candidate index on real news: for articles already stored (by the ingest benchmark or
`manage.py ingest`), the contradictions the indexed path finds against those brute force finds when
every claim in the time window is a candidate. Nothing is written.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/mizan_bench \\
        .venv/bin/python bench/contradiction_recall_real.py [--articles 20] [--seed 0]

Both sides use the same rules (``extractors.services.contradiction_pairs``: each unordered pair once,
the enabled detectors, ``stores_contradiction``); the indexed side is the pipeline's path (the key-term
index, then the detectors' prefilter on the notes stored with each claim), brute force applies the
pipeline's gate itself (another source or another speaker, ``same_event`` on the claims' key terms)
and no prefilter. Recall is also given over pairs of statements (``Claim.text_key``): the pipeline
keeps one copy of a syndicated statement among a claim's candidates and stores a pair of statements
once, so a brute-force pair whose two statements the index already paired through other outlets'
copies is not a miss. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20, help="stored articles sampled (with claims)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("set DATABASE_URL to a PostgreSQL database that holds ingested articles")
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.local"
    os.environ["DJANGO_DEBUG"] = "0"
    os.environ.setdefault("MIZAN_LOG_LEVEL", "ERROR")

    import django

    django.setup()
    from django.conf import settings

    from claims.models import Claim, Source
    from claims.selectors import contradiction_candidates_batch
    from claims.services import window
    from extractors.builtin.arabic import key_terms
    from extractors.pipeline import same_event_terms
    from extractors.services import contradiction_pairs, decisive_detectors, enabled_detectors

    detectors = enabled_detectors()
    with_claims = list(Source.objects.filter(claims__isnull=False).distinct().values_list("id", flat=True))
    random.Random(args.seed).shuffle(with_claims)
    chosen = sorted(with_claims[: args.articles])
    span = window()
    overlap = settings.MIZAN_SAME_EVENT_MIN_OVERLAP
    totals = {"indexed": 0, "brute": 0, "found": 0, "indexed_s": 0.0, "brute_s": 0.0, "window_claims": 0}
    statements = {"indexed": set(), "brute": set()}
    per_article = []
    for source_id in chosen:
        claims = list(Claim.objects.filter(source_id=source_id).select_related("source", "speaker"))
        began = time.perf_counter()
        candidates = contradiction_candidates_batch(
            claims=claims, window=span, detectors=decisive_detectors(detectors)
        )
        indexed_pairs = contradiction_pairs(claims=claims, candidates=candidates, detectors=detectors)
        indexed = {_key(p) for p in indexed_pairs}
        totals["indexed_s"] += time.perf_counter() - began

        day = claims[0].source.published_at or claims[0].source.created_at
        began = time.perf_counter()
        pool = list(
            Claim.objects.filter(
                source__published_at__range=(day - span - timedelta(days=1), day + span + timedelta(days=1))
            )
            .exclude(id__in=[c.id for c in claims])
            .select_related("source", "speaker")
        )
        everyone = {}
        for claim in claims:
            own = key_terms(claim.text)
            everyone[claim.id] = [
                other
                for other in pool
                if not (other.source_id == claim.source_id and other.speaker_id == claim.speaker_id)
                and abs((other.source.published_at or day) - day) <= span + timedelta(days=1)
                and same_event_terms(own, key_terms(other.text), min_overlap=overlap)
            ]
        brute_pairs = contradiction_pairs(claims=claims, candidates=everyone, detectors=detectors)
        brute = {_key(p) for p in brute_pairs}
        totals["brute_s"] += time.perf_counter() - began
        totals["window_claims"] += len(pool)
        totals["indexed"] += len(indexed)
        totals["brute"] += len(brute)
        totals["found"] += len(indexed & brute)
        statements["indexed"].update(_statements(p) for p in indexed_pairs)
        statements["brute"].update(_statements(p) for p in brute_pairs)
        per_article.append(
            {"source": source_id, "claims": len(claims), "indexed": len(indexed), "brute": len(brute)}
        )
    print(
        json.dumps(
            {
                "articles": len(chosen),
                "stored_claims": Claim.objects.count(),
                "mean_window_claims": round(totals["window_claims"] / max(1, len(chosen))),
                "contradictions_indexed": totals["indexed"],
                "contradictions_brute_force": totals["brute"],
                "brute_force_found_by_index": totals["found"],
                "recall": round(totals["found"] / totals["brute"], 3) if totals["brute"] else None,
                "statement_pairs_indexed": len(statements["indexed"]),
                "statement_pairs_brute_force": len(statements["brute"]),
                "statement_pairs_found_by_index": len(statements["indexed"] & statements["brute"]),
                "indexed_ms_per_article": round(totals["indexed_s"] / max(1, len(chosen)) * 1000, 1),
                "brute_force_ms_per_article": round(totals["brute_s"] / max(1, len(chosen)) * 1000, 1),
                "per_article": per_article,
            },
            indent=2,
            ensure_ascii=False,
        )
    )


def _statements(found: tuple) -> frozenset:
    """The pair's two statements: their text keys (a claim without one stands for itself)."""
    return frozenset(claim.text_key or f"claim:{claim.id}" for claim in found[:2])


def _key(found: tuple) -> tuple[int, int]:
    claim, other = found[0], found[1]
    return (min(claim.id, other.id), max(claim.id, other.id))


if __name__ == "__main__":
    main()
