"""Build gold-dev.jsonl from the hand annotations in annotations.py and the SaudiNewsNet corpus.

    .venv/bin/python eval/attribution/build_gold.py [--set dev|heldout|fresh|fresh2|…|fresh45] [--corpus /work/shared/data/saudinewsnet]
        [--annotations one_annotator.py --out one_annotator.jsonl]

``--set dev`` (the default) builds gold-dev.jsonl from annotations.py; ``--set heldout`` builds
gold-heldout.jsonl from annotations_heldout.py; ``--set fresh``/``fresh2``/``fresh3``/``fresh4`` build the fresh
check sets from annotations_fresh.py … annotations_fresh45.py; ``--annotations`` builds another module
(one annotator's copy of a doubly annotated set) with the same checks.

Offsets are computed from the exact substrings written by the annotator, then every invariant is
checked (text[start:end] == claim text, text[speaker_start:speaker_end] == speaker mention, no
surrounding whitespace, claims in order and non-overlapping). The script fails loudly on anything
ambiguous or missing; it never runs an extractor.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SETS = {
    "dev": ("annotations", "gold-dev.jsonl"),
    "heldout": ("annotations_heldout", "gold-heldout.jsonl"),
    "fresh": ("annotations_fresh", "gold-fresh.jsonl"),
    "fresh2": ("annotations_fresh2", "gold-fresh2.jsonl"),
    "fresh3": ("annotations_fresh3", "gold-fresh3.jsonl"),
    "fresh4": ("annotations_fresh4", "gold-fresh4.jsonl"),
    "fresh5": ("annotations_fresh5", "gold-fresh5.jsonl"),
    "fresh6": ("annotations_fresh6", "gold-fresh6.jsonl"),
    "fresh7": ("annotations_fresh7", "gold-fresh7.jsonl"),
    "fresh8": ("annotations_fresh8", "gold-fresh8.jsonl"),
    "fresh9": ("annotations_fresh9", "gold-fresh9.jsonl"),
    "fresh10": ("annotations_fresh10", "gold-fresh10.jsonl"),
    "fresh11": ("annotations_fresh11", "gold-fresh11.jsonl"),
    "fresh12": ("annotations_fresh12", "gold-fresh12.jsonl"),
    "fresh13": ("annotations_fresh13", "gold-fresh13.jsonl"),
    "fresh14": ("annotations_fresh14", "gold-fresh14.jsonl"),
    "fresh15": ("annotations_fresh15", "gold-fresh15.jsonl"),
    "fresh16": ("annotations_fresh16", "gold-fresh16.jsonl"),
    "fresh17": ("annotations_fresh17", "gold-fresh17.jsonl"),
    "fresh18": ("annotations_fresh18", "gold-fresh18.jsonl"),
    "fresh19": ("annotations_fresh19", "gold-fresh19.jsonl"),
    "fresh20": ("annotations_fresh20", "gold-fresh20.jsonl"),
    "fresh21": ("annotations_fresh21", "gold-fresh21.jsonl"),
    "fresh22": ("annotations_fresh22", "gold-fresh22.jsonl"),
    "fresh23": ("annotations_fresh23", "gold-fresh23.jsonl"),
    "fresh24": ("annotations_fresh24", "gold-fresh24.jsonl"),
    "fresh25": ("annotations_fresh25", "gold-fresh25.jsonl"),
    "fresh26": ("annotations_fresh26", "gold-fresh26.jsonl"),
    "fresh27": ("annotations_fresh27", "gold-fresh27.jsonl"),
    "fresh28": ("annotations_fresh28", "gold-fresh28.jsonl"),
    "fresh29": ("annotations_fresh29", "gold-fresh29.jsonl"),
    "fresh30": ("annotations_fresh30", "gold-fresh30.jsonl"),
    "fresh31": ("annotations_fresh31", "gold-fresh31.jsonl"),
    "fresh32": ("annotations_fresh32", "gold-fresh32.jsonl"),
    "fresh33": ("annotations_fresh33", "gold-fresh33.jsonl"),
    "fresh34": ("annotations_fresh34", "gold-fresh34.jsonl"),
    "fresh35": ("annotations_fresh35", "gold-fresh35.jsonl"),
    "fresh36": ("annotations_fresh36", "gold-fresh36.jsonl"),
    "fresh37": ("annotations_fresh37", "gold-fresh37.jsonl"),
    "fresh38": ("annotations_fresh38", "gold-fresh38.jsonl"),
    "fresh39": ("annotations_fresh39", "gold-fresh39.jsonl"),
    "fresh40": ("annotations_fresh40", "gold-fresh40.jsonl"),
    "fresh41": ("annotations_fresh41", "gold-fresh41.jsonl"),
    "fresh42": ("annotations_fresh42", "gold-fresh42.jsonl"),
    "fresh43": ("annotations_fresh43", "gold-fresh43.jsonl"),
    "fresh44": ("annotations_fresh44", "gold-fresh44.jsonl"),
    "fresh45": ("annotations_fresh45", "gold-fresh45.jsonl"),
}

ELLIPSIS = " ⋯ "
DEFAULT_CORPUS = (
    Path(__file__).resolve().parents[3] / "shared" / "data" / "saudinewsnet"
)  # ../shared beside the checkout


class AnnotationError(ValueError):
    pass


def find_claim(text: str, claim: str, pos: int) -> tuple[int, int]:
    """The span of ``claim`` (exact, or ``head ⋯ tail``) at or after ``pos``."""
    if ELLIPSIS in claim:
        head, tail = claim.split(ELLIPSIS)
        start = text.find(head, pos)
        if start < 0:
            raise AnnotationError(f"claim head not found: {head!r}")
        tail_at = text.find(tail, start + len(head))
        if tail_at < 0:
            raise AnnotationError(f"claim tail not found: {tail!r}")
        return start, tail_at + len(tail)
    start = text.find(claim, pos)
    if start < 0:
        raise AnnotationError(f"claim not found: {claim!r}")
    return start, start + len(claim)


def find_mention(text: str, mention: str, start: int, end: int, opts: dict) -> tuple[int, int]:
    if "m_occ" in opts:
        at, seen = -1, -1
        while seen < opts["m_occ"]:
            at = text.find(mention, at + 1)
            if at < 0:
                raise AnnotationError(f"mention occurrence {opts['m_occ']} not found: {mention!r}")
            seen += 1
        return at, at + len(mention)
    if opts.get("after"):
        at = text.find(mention, end)
    else:
        at = text.rfind(mention, 0, start)
        if at >= 0 and at + len(mention) > start:
            raise AnnotationError(f"mention overlaps the claim: {mention!r}")
    if at < 0:
        raise AnnotationError(
            f"mention not found {'after' if opts.get('after') else 'before'} claim: {mention!r}"
        )
    return at, at + len(mention)


def build_article(article: dict, record: dict) -> dict:
    text = record["content"]
    day = article["id"].rsplit("-", 1)[0]
    claims, pos = [], 0
    for ann in article["claims"]:
        start, end = find_claim(text, ann["claim"], pos)
        for _ in range(ann.get("c_occ", 0)):  # skip earlier occurrences of the same words
            start, end = find_claim(text, ann["claim"], start + 1)
        pos = end
        mention = ann["mention"]
        if mention:
            s_start, s_end = find_mention(text, mention, start, end, ann)
        else:
            s_start = s_end = None
        claims.append(
            {
                "start": start,
                "end": end,
                "text": text[start:end],
                "speaker": ann["speaker"],
                "speaker_start": s_start,
                "speaker_end": s_end,
                "speaker_mention": mention,
                "cue": ann["cue"],
                "kind": ann["kind"],
            }
        )
    return {
        "id": article["id"],
        "day": day,
        "outlet": record["source"],
        "url": record["url"],
        "published_at": day,
        "text": text,
        "claims": claims,
    }


def check(record: dict) -> list[str]:
    """Every invariant of one gold record; returns the problems found (empty when sound)."""
    problems = []
    text, last_end = record["text"], 0
    for n, c in enumerate(record["claims"]):
        where = f"{record['id']} claim {n}"
        if text[c["start"] : c["end"]] != c["text"]:
            problems.append(f"{where}: text[start:end] != text")
        if c["text"] != c["text"].strip() or not c["text"]:
            problems.append(f"{where}: empty or surrounding whitespace")
        if c["start"] < last_end:
            problems.append(f"{where}: overlaps or precedes the previous claim")
        last_end = c["end"]
        if c["kind"] not in ("direct", "indirect"):
            problems.append(f"{where}: bad kind {c['kind']!r}")
        if not c["speaker"] or not c["cue"] or c["cue"] not in text:
            problems.append(f"{where}: missing speaker or cue not in text")
        if c["speaker_mention"]:
            if text[c["speaker_start"] : c["speaker_end"]] != c["speaker_mention"]:
                problems.append(f"{where}: text[speaker_start:speaker_end] != speaker_mention")
        elif c["speaker_start"] is not None or c["speaker_end"] is not None:
            problems.append(f"{where}: offsets without a mention")
    return problems


def load_day(corpus: Path, day: str) -> list[dict]:
    with zipfile.ZipFile(corpus / f"{day}.zip") as zf:
        return json.loads(zf.read(zf.namelist()[0]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--set", choices=sorted(SETS), default="dev")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument(
        "--annotations",
        type=Path,
        default=None,
        help="an annotation module (.py) to build instead of the set's, e.g. one annotator's copy",
    )
    args = parser.parse_args(argv)
    module, filename = SETS[args.set]
    if args.annotations is not None:
        spec = importlib.util.spec_from_file_location(args.annotations.stem, args.annotations)
        loaded = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(loaded)
        ARTICLES = loaded.ARTICLES
    else:
        ARTICLES = importlib.import_module(module).ARTICLES
    if args.out is None:
        args.out = HERE / filename
    days: dict[str, list[dict]] = {}
    records, problems = [], []
    seen = set()
    for article in ARTICLES:
        if article["id"] in seen:
            problems.append(f"{article['id']}: annotated twice")
        seen.add(article["id"])
        day, index = article["id"].rsplit("-", 1)
        if day not in days:
            days[day] = load_day(args.corpus, day)
        try:
            record = build_article(article, days[day][int(index)])
        except AnnotationError as exc:
            problems.append(f"{article['id']}: {exc}")
            continue
        problems.extend(check(record))
        records.append(record)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    with args.out.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    claims = [c for r in records for c in r["claims"]]
    direct = sum(c["kind"] == "direct" for c in claims)
    print(f"{len(records)} articles, {len(claims)} claims ({direct} direct, {len(claims) - direct} indirect)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
