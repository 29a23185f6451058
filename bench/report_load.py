"""Load on the contradiction report API (``/api/v1/contradictions/``) with 100k stored contradictions.

    .venv/bin/python bench/report_load.py [--contradictions 100000] [--concurrency 8] [--seconds 20] \\
        [--db postgres://postgres@127.0.0.1:5432/postgres] [--ans /work/shared/data/ans]

It creates (and drops first) the database ``mizan_bench_report`` on that server, bulk-inserts
(COPY) speakers, articles, claims (ANS headlines when ``--ans`` is found, else generated text) and
the contradictions between them (statuses mixed: mostly suggested, some confirmed and rejected),
runs VACUUM ANALYZE, creates a token with ``manage.py create_api_token bench``, then:

1. In process, through DRF's ``APIClient`` and Django's ``CaptureQueriesContext``: the SQL queries of
   one page at ``page_size`` 10 and 200 (first page and a followed ``next`` page), which must be equal.
2. Starts the app with a real WSGI server on 127.0.0.1: ``gunicorn`` when ``.venv/bin/gunicorn``
   exists, else ``manage.py runserver --noreload`` (threaded, DJANGO_DEBUG=0), and sends concurrent
   requests from a thread pool (``requests``, one keep-alive session per thread) for ``--seconds``:
   each thread reads ``?page_size=50`` and follows ``next`` cursors to the end, then starts over. The
   API throttle (600/min per user by default) is lifted for the server (``MIZAN_API_RATE_USER``), or
   the bench would measure the throttle; ``--keep-throttle`` measures it as configured.

Prints a markdown table, then one JSON object: requests/s, p50/p95/p99 latency, status codes, rows
read and the latency of the first pages against deep pages (cursor pagination keeps them alike).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_copy import copy_rows  # noqa: E402 (needs the path above)

DB_NAME = "mizan_bench_report"
URL = "/api/v1/contradictions/"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--contradictions", type=int, default=100000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--warmup", type=float, default=2, help="seconds of load not counted")
    parser.add_argument("--page-size", type=int, default=50)
    parser.add_argument("--db", default="postgres://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--dbname", default=DB_NAME)
    parser.add_argument(
        "--ans", default="/work/shared/data/ans", help="ANS folder for claim texts (optional)"
    )
    parser.add_argument("--port", type=int, default=0, help="0: a free port")
    parser.add_argument("--keep-throttle", action="store_true")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()

    import dj_database_url
    import psycopg

    cfg = dj_database_url.parse(args.db)
    host, port, user = cfg["HOST"] or "127.0.0.1", cfg["PORT"] or 5432, cfg["USER"] or "postgres"
    with psycopg.connect(f"host={host} port={port} user={user} dbname={cfg['NAME']}", autocommit=True) as c:
        c.execute(f"DROP DATABASE IF EXISTS {args.dbname} WITH (FORCE)")
        c.execute(f"CREATE DATABASE {args.dbname} TEMPLATE template0 ENCODING 'UTF8'")
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{user}@{host}:{port}/{args.dbname}",
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
        "DJANGO_DEBUG": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
    }
    env.pop("CELERY_BROKER_URL", None)
    os.environ.update(env)

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    rng = random.Random(args.seed)
    began = time.perf_counter()
    counts = store(rng, args.contradictions, texts(Path(args.ans)))
    insert_s = time.perf_counter() - began
    token = (
        subprocess.run(
            [sys.executable, "manage.py", "create_api_token", "bench"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    queries = query_counts(token)

    server_env = {**env}
    if not args.keep_throttle:
        server_env["MIZAN_API_RATE_USER"] = "100000000/min"
    port_number = args.port or _free_port()
    server, server_name = start_server(port_number, server_env)
    base = f"http://127.0.0.1:{port_number}"
    try:
        _wait_ready(base, token)
        load = run_load(base, token, args)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)

    result = {
        **counts,
        "insert_s": round(insert_s, 1),
        "server": server_name,
        "database_conn_max_age": settings.DATABASES["default"].get("CONN_MAX_AGE", 0),
        "throttle": "as configured" if args.keep_throttle else "lifted (MIZAN_API_RATE_USER=100000000/min)",
        "concurrency": args.concurrency,
        "page_size": args.page_size,
        "cpus": os.cpu_count(),
        "queries_per_page": queries,
        **load,
    }
    print(markdown(result))
    print(json.dumps(result, indent=2, ensure_ascii=False))


# --- Data ---------------------------------------------------------------------------------------


def texts(folder: Path) -> list[str]:
    found = []
    for name in ("stance_train.csv", "stance_dev.csv"):
        path = folder / name
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                found += [r[k].strip() for r in csv.DictReader(handle) for k in ("s1", "s2")]
    if found:
        return sorted(set(found))
    words = "الحكومة أعلنت ارتفاع انخفاض أسعار النفط الوزير قال إن القوات انسحبت بقيت المدينة".split()
    return [" ".join(random.Random(i).choices(words, k=9)) for i in range(5000)]


def store(rng: random.Random, n_contradictions: int, pool: list[str]) -> dict:
    """COPY speakers, sources (5 claims each), claims (one per 1.6 contradictions) and contradictions."""
    from django.contrib.auth import get_user_model
    from django.db import connection, transaction

    from claims.models import Claim, Contradiction, Source, Speaker
    from claims.text import content_hash, normalize_ar

    reviewer = get_user_model().objects.create(username="bench-reviewer")
    n_claims = max(10, int(n_contradictions / 1.6))
    n_sources = max(2, n_claims // 5)
    n_speakers = max(2, n_claims // 100)
    now = datetime.now(UTC)
    end = datetime(2024, 6, 30, tzinfo=UTC)
    with transaction.atomic(), connection.cursor() as cursor:
        speakers = [
            {
                "id": i,
                "name": f"متحدث {i}",
                "normalized_name": normalize_ar(f"متحدث {i}"),
                "role": "وزير",
                "created_at": now,
            }
            for i in range(1, n_speakers + 1)
        ]
        copy_rows(Speaker, speakers)
        sources, claims = [], []
        for sid in range(1, n_sources + 1):
            items = [rng.choice(pool) for _ in range(5)]
            body = "\n\n".join(items) + f"\n\n(bench {sid})"
            digest = content_hash(body)
            sources.append(
                {
                    "id": sid,
                    "title": items[0][:200],
                    "url": f"https://example.org/news/{sid}",
                    "text": body,
                    "outlet": "bench",
                    "published_at": end - timedelta(seconds=rng.uniform(0, 1000 * 86400)),
                    "content_hash": digest,
                    "status": "done",
                    "created_at": now,
                }
            )
            pos = 0
            for text in items:
                cid = len(claims) + 1
                speaker = rng.randint(1, n_speakers)
                claims.append(
                    {
                        "id": cid,
                        "source_id": sid,
                        "speaker_id": speaker,
                        "speaker_mention": f"متحدث {speaker}",
                        "text": text,
                        "normalized_text": normalize_ar(text),
                        "start": pos,
                        "end": pos + len(text),
                        "cue": "قال",
                        "extractor": "bench",
                        "extractor_version": "1",
                        "fingerprint": hashlib.sha256(
                            f"{digest}:{pos}:{pos + len(text)}".encode()
                        ).hexdigest(),
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                pos += len(text) + 2
        copy_rows(Source, sources)
        copy_rows(Claim, claims)
        pairs: set[tuple[int, int]] = set()
        while len(pairs) < n_contradictions:
            a, b = rng.randint(1, len(claims)), rng.randint(1, len(claims))
            if a != b:
                pairs.add((min(a, b), max(a, b)))
        kinds = ["antonymy", "numeric", "negation", "stance"]
        rows = []
        for i, (a, b) in enumerate(sorted(pairs, key=lambda p: rng.random())):
            status = rng.choices(["suggested", "confirmed", "rejected"], [80, 15, 5])[0]
            rows.append(
                {
                    "id": i + 1,
                    "claim_a_id": a,
                    "claim_b_id": b,
                    "kind": rng.choice(kinds),
                    "score": round(rng.uniform(0.5, 0.99), 3),
                    "explanation": f"«{claims[a - 1]['text'][:40]}» vs «{claims[b - 1]['text'][:40]}» (bench)",
                    "spans": {"a": [[0, 5]], "b": [[0, 5]]},
                    "detector": "mizan.contradiction.lexical",
                    "detector_version": "0.2.0",
                    "status": status,
                    "reviewer_id": reviewer.id if status != "suggested" else None,
                    "review_note": "checked (bench)" if status != "suggested" else "",
                    "created_at": now - timedelta(seconds=n_contradictions - i),
                    "updated_at": now,
                }
            )
        copy_rows(Contradiction, rows)
        for table in ("claims_speaker", "claims_source", "claims_claim", "claims_contradiction"):
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"
            )
    with connection.cursor() as cursor:
        for table in ("claims_speaker", "claims_source", "claims_claim", "claims_contradiction"):
            cursor.execute(f"VACUUM ANALYZE {table}")
    return {
        "contradictions": len(rows),
        "not_rejected": sum(r["status"] != "rejected" for r in rows),
        "claims": len(claims),
        "sources": len(sources),
        "speakers": len(speakers),
    }


# --- Queries per page ----------------------------------------------------------------------------


def query_counts(token: str) -> dict:
    """SQL queries of one page (first and a followed cursor page) at page_size 10 and 200."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from rest_framework.test import APIClient

    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    out = {}
    for size in (10, 200):
        client.get(URL, {"page_size": size})  # warm: content types, first connection
        with CaptureQueriesContext(connection) as first:
            response = client.get(URL, {"page_size": size})
        assert response.status_code == 200, response.content[:300]
        body = response.json()
        with CaptureQueriesContext(connection) as following:
            second = client.get(body["next"])
        assert second.status_code == 200
        out[f"page_size_{size}"] = {
            "rows": len(body["results"]),
            "queries_first_page": len(first),
            "queries_next_page": len(following),
        }
    small, large = out["page_size_10"], out["page_size_200"]
    out["equal"] = (
        small["queries_first_page"] == large["queries_first_page"]
        and small["queries_next_page"] == large["queries_next_page"]
    )
    return out


# --- Server and load -----------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int, env: dict) -> tuple[subprocess.Popen, str]:
    gunicorn = ROOT / ".venv" / "bin" / "gunicorn"
    if gunicorn.exists():
        workers = str(max(2, (os.cpu_count() or 1) * 2 + 1))
        command = [str(gunicorn), "config.wsgi", "-b", f"127.0.0.1:{port}", "-w", workers, "--threads", "2"]
        name = f"gunicorn ({workers} workers × 2 threads)"
    else:
        command = [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"]
        name = "django runserver --noreload (threaded; gunicorn is not installed in .venv)"
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    return process, name


def _wait_ready(base: str, token: str) -> None:
    import requests

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if requests.get(f"{base}{URL}?page_size=1", headers=_headers(token), timeout=5).ok:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.3)
    sys.exit("the server did not answer within 60 s")


def _headers(token: str) -> dict:
    return {"Authorization": f"Token {token}", "Accept": "application/json"}


def run_load(base: str, token: str, args) -> dict:
    """``concurrency`` threads, each following the report's cursors from the first page, for the
    given seconds; requests started during the warm-up are not counted."""
    import requests

    start = time.monotonic()
    measure_from, stop = start + args.warmup, start + args.warmup + args.seconds
    lock = threading.Lock()
    samples: list[tuple[float, int, int, int]] = []  # (latency s, status, rows, page depth)

    def worker() -> None:
        session = requests.Session()
        session.headers.update(_headers(token))
        url, depth = f"{base}{URL}?page_size={args.page_size}", 0
        mine = []
        while True:
            began = time.monotonic()
            if began >= stop:
                break
            try:
                response = session.get(url, timeout=30)
                status = response.status_code
                body = response.json() if status == 200 else {}
            except (requests.RequestException, ValueError):
                status, body = 0, {}
            latency = time.monotonic() - began
            if began >= measure_from:
                mine.append((latency, status, len(body.get("results", [])), depth))
            following = body.get("next")
            if following:
                url, depth = following, depth + 1
            else:
                url, depth = f"{base}{URL}?page_size={args.page_size}", 0
        with lock:
            samples.extend(mine)

    with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
        for _ in range(args.concurrency):
            pool.submit(worker)
    elapsed = args.seconds
    ok = [s for s in samples if s[1] == 200]
    latencies = sorted(s[0] * 1000 for s in ok)
    statuses: dict[str, int] = {}
    for s in samples:
        statuses[str(s[1])] = statuses.get(str(s[1]), 0) + 1

    def pct(values: list[float], p: float) -> float | None:
        if not values:
            return None
        return round(values[min(len(values) - 1, int(p / 100 * len(values)))], 1)

    shallow = sorted(s[0] * 1000 for s in ok if s[3] < 10)
    deep = sorted(s[0] * 1000 for s in ok if s[3] >= 50)
    return {
        "seconds": elapsed,
        "requests": len(samples),
        "requests_per_s": round(len(ok) / elapsed, 1),
        "rows_per_s": round(sum(s[2] for s in ok) / elapsed),
        "statuses": statuses,
        "latency_ms": {
            "p50": pct(latencies, 50),
            "p95": pct(latencies, 95),
            "p99": pct(latencies, 99),
            "max": round(latencies[-1], 1) if latencies else None,
            "mean": round(statistics.fmean(latencies), 1) if latencies else None,
        },
        "deepest_page_reached": max((s[3] for s in ok), default=0),
        "latency_p50_ms_pages_0_9": pct(shallow, 50),
        "latency_p50_ms_pages_50_plus": pct(deep, 50),
        "pages_50_plus_requests": len(deep),
    }


def markdown(r: dict) -> str:
    q = r["queries_per_page"]
    lat = r["latency_ms"]
    return "\n".join(
        [
            f"{r['contradictions']:,} contradictions ({r['not_rejected']:,} not rejected), {r['claims']:,} claims;"
            f" server: {r['server']}; {r['concurrency']} client threads; {r['cpus']} CPUs shared by all",
            "",
            "| page_size | requests/s | rows/s | p50 ms | p95 ms | p99 ms | errors |",
            "|---:|---:|---:|---:|---:|---:|---:|",
            f"| {r['page_size']} | {r['requests_per_s']} | {r['rows_per_s']:,} | {lat['p50']} | {lat['p95']} "
            f"| {lat['p99']} | {sum(v for k, v in r['statuses'].items() if k != '200')} |",
            "",
            "| SQL queries per page | page_size 10 | page_size 200 |",
            "|---|---:|---:|",
            f"| first page | {q['page_size_10']['queries_first_page']} | {q['page_size_200']['queries_first_page']} |",
            f"| next (cursor) page | {q['page_size_10']['queries_next_page']} | {q['page_size_200']['queries_next_page']} |",
            f"\nsame number of queries at both sizes: {q['equal']}",
            f"p50 latency, pages 0-9: {r['latency_p50_ms_pages_0_9']} ms; pages ≥ 50: "
            f"{r['latency_p50_ms_pages_50_plus']} ms ({r['pages_50_plus_requests']} requests; deepest page "
            f"{r['deepest_page_reached']})",
        ]
    )


if __name__ == "__main__":
    main()
