"""Speed and memory of the database-free extraction (``manage.py extract --json``), side by side with
camel-tools' ``simple_word_tokenize`` over the same texts (the floor: just splitting the words).

    .venv/bin/python bench/extract_speed.py /work/shared/data/saudinewsnet [--limit N]

The same code path as the command: articles streamed by ``claims.inputs.read_articles`` (one in memory
at a time), checked by ``article_text_check``, run through ``extractors.pipeline.extract_text`` with
``extractors.services.enabled_extractors()`` and serialised as the command's JSON line. No database is
needed: unless ``DATABASE_URL`` is set, an empty in-memory SQLite is used and every plugin runs with
its class defaults. Reading and decoding the input is timed apart from both.

Memory: the resident set (current and peak, from /proc and ``ru_maxrss``) after a quarter, a half and
all of the input; with ``--tracemalloc`` also Python's own heap peak over each quarter (slower). Flat
figures show that nothing accumulates across articles. Prints a summary, then one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _rss_mb() -> float:
    """Current resident set size in MB (Linux /proc), or the peak where /proc is missing."""
    try:
        with open("/proc/self/statm") as handle:
            pages = int(handle.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return _peak_mb()


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def _inputs(data: str) -> list[str]:
    path = Path(data)
    if path.is_dir():
        files = sorted(
            str(p) for p in path.iterdir() if p.suffix.lower() in {".zip", ".json", ".jsonl", ".txt"}
        )
        if not files:
            sys.exit(f"no .zip/.json/.jsonl/.txt files in {data}")
        return files
    return [data]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", help="a folder of SaudiNewsNet .zip files, or any input `extract` reads")
    parser.add_argument("--limit", type=int, default=0, help="stop after N articles (default: all)")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python heap peaks (slower)")
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
    os.environ.setdefault("DATABASE_URL", "sqlite://:memory:")
    import django

    django.setup()
    from camel_tools.tokenizers.word import simple_word_tokenize

    from claims.inputs import InputError, read_articles
    from claims.services import ArticleError, article_text_check
    from claims.text import detect_language
    from extractors.pipeline import extract_text
    from extractors.services import enabled_extractors

    files = _inputs(args.data)
    total = args.limit
    if not total:  # a counting pass, streamed too, so the checkpoints fall at 1/4, 1/2 and all
        began = time.perf_counter()
        total = sum(1 for item in read_articles(files) if not isinstance(item, InputError))
        print(f"counted {total} articles in {time.perf_counter() - began:.1f}s", file=sys.stderr)
    checkpoints = {max(1, total // 4): "1/4", max(1, total // 2): "1/2", total: "all"}

    extractors = enabled_extractors()
    per_plugin = {p.label(): 0.0 for p in extractors}

    def timer(inner, label: str):
        def timed(text, **kwargs):
            began = time.perf_counter()
            try:
                return inner(text, **kwargs)
            finally:
                per_plugin[label] += time.perf_counter() - began

        return timed

    for plugin in extractors:  # time each plugin inside the same extract_text call
        plugin.extract = timer(plugin.extract, plugin.label())  # type: ignore[method-assign]

    def checkpoint(label: str, done: int) -> dict:
        point = {
            "at": label,
            "articles": done,
            "rss_mb": round(_rss_mb(), 1),
            "peak_rss_mb": round(_peak_mb(), 1),
        }
        if args.tracemalloc:
            point["py_heap_peak_mb"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
            tracemalloc.reset_peak()
        print(f"  {point}", file=sys.stderr)
        return point

    if args.tracemalloc:
        tracemalloc.start()
    baseline_rss = _rss_mb()
    memory: list[dict] = []
    articles = chars = claims = skipped = tokens = 0
    t_read = t_extract = t_tokenize = 0.0
    began = time.perf_counter()
    stream = iter(read_articles(files))
    while articles < total:
        tick = time.perf_counter()
        item = next(stream, None)
        t_read += time.perf_counter() - tick
        if item is None:
            break
        if isinstance(item, InputError):
            skipped += 1
            continue
        try:
            text = article_text_check(item.text)
        except ArticleError:
            skipped += 1
            continue
        tick = time.perf_counter()
        language = item.language or detect_language(text)
        published = item.published_at.date() if item.published_at else None
        found = extract_text(text, extractors, language=language, published_at=published)
        line = json.dumps(
            {"id": item.id or item.origin, "language": language, "claims": [c.to_json() for c in found]},
            ensure_ascii=False,
        )
        t_extract += time.perf_counter() - tick
        tick = time.perf_counter()
        tokens += len(simple_word_tokenize(text))
        t_tokenize += time.perf_counter() - tick
        del line
        articles += 1
        chars += len(text)
        claims += len(found)
        if articles in checkpoints and checkpoints[articles] != "all":
            memory.append(checkpoint(checkpoints[articles], articles))
    memory.append(checkpoint("all", articles))  # also when unreadable articles made the count short
    wall = time.perf_counter() - began

    extract_rate = articles / t_extract if t_extract else 0.0
    tokenize_rate = articles / t_tokenize if t_tokenize else 0.0
    report = {
        "input": args.data,
        "articles": articles,
        "skipped": skipped,
        "characters": chars,
        "claims": claims,
        "tokens": tokens,
        "extractors": [p.label() for p in extractors],
        "extract_seconds": round(t_extract, 2),
        "extract_articles_per_s": round(extract_rate, 1),
        "tokenize_seconds": round(t_tokenize, 2),
        "tokenize_articles_per_s": round(tokenize_rate, 1),
        "ratio_extract_to_tokenize": round(t_extract / t_tokenize, 2) if t_tokenize else None,
        "per_plugin_seconds": {k: round(v, 2) for k, v in per_plugin.items()},
        "read_seconds": round(t_read, 2),
        "wall_seconds": round(wall, 2),
        "baseline_rss_mb": round(baseline_rss, 1),
        "memory": memory,
    }
    print(
        f"{articles} articles ({chars / 1e6:.1f}M characters, {claims} claims): "
        f"extract {extract_rate:.1f} articles/s, simple_word_tokenize {tokenize_rate:.1f} articles/s, "
        f"ratio {report['ratio_extract_to_tokenize']}× (target ≤ 3×); "
        f"RSS {' → '.join(str(m['rss_mb']) for m in memory)} MB at {', '.join(m['at'] for m in memory)}",
        file=sys.stderr,
    )
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
