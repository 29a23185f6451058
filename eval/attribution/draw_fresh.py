"""Draw the articles of the fresh check set (CONVENTIONS.md «Fresh set»); prints id, outlet, day,
length and the number of cue words. Reads only the corpus and gold-dev.jsonl, runs no extractor.

    .venv/bin/python eval/attribution/draw_fresh.py [--corpus /work/shared/data/saudinewsnet]
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import random
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CUE = re.compile(
    r"(?:^|[\s«\"(])[وف]?(?:قال|قالت|أكد|أكدت|أوضح|أوضحت|أضاف|أضافت|أشار|أشارت|ذكر|ذكرت|أفاد|أفادت|صرح|أعلن"
    r"|أعلنت|كشف|كشفت|بين|شدد|مؤكدا|مشيرا|موضحا|مضيفا|لافتا|مبينا)"
)


def text_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=HERE.parents[2] / "shared" / "data" / "saudinewsnet")
    args = parser.parse_args()
    dev = [json.loads(line) for line in (HERE / "gold-dev.jsonl").open(encoding="utf-8")]
    dev_ids, dev_hashes = {r["id"] for r in dev}, {text_hash(r["text"]) for r in dev}
    candidates, seen = [], set()
    for path in sorted(args.corpus.glob("*.zip")):
        day = path.stem
        with zipfile.ZipFile(path) as zf:
            articles = json.loads(zf.read(zf.namelist()[0]))
        for index, article in enumerate(articles):
            text, article_id = article["content"], f"{day}-{index}"
            digest = text_hash(text)
            if digest in seen:
                continue
            seen.add(digest)
            if article_id in dev_ids or digest in dev_hashes or not 800 <= len(text) <= 2400:
                continue
            cues = len(CUE.findall(text))
            if cues >= 6:
                candidates.append((article_id, article["source"], day, len(text), cues))
    random.Random(20261129).shuffle(candidates)
    per_outlet, per_day, drawn = collections.Counter(), collections.Counter(), []
    for candidate in candidates:
        if per_outlet[candidate[1]] >= 2 or per_day[candidate[2]] >= 2:
            continue
        per_outlet[candidate[1]] += 1
        per_day[candidate[2]] += 1
        drawn.append(candidate)
        if len(drawn) == 24:
            break
    for candidate in drawn:
        print(*candidate)


if __name__ == "__main__":
    main()
