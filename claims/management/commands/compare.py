"""python manage.py compare PATH — classify claim pairs with exactly the pipeline's detectors."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from extractors.base import ClaimView
from extractors.pipeline import classify_pair
from extractors.services import enabled_detectors


def read_pairs(path: Path) -> Iterator[tuple[str, str, str] | str]:
    """Yield (id, a, b) or an error line."""
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames or not {"s1", "s2"} <= set(reader.fieldnames):
                yield f"{path}: a .csv needs the columns s1,s2 (got {reader.fieldnames})"
                return
            for number, row in enumerate(reader, start=1):
                yield (row.get("id") or str(number), row["s1"] or "", row["s2"] or "")
        return
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                yield (str(obj.get("id", number)), str(obj["a"]), str(obj["b"]))
            except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
                yield f'{path}:{number}: expected {{"id", "a", "b"}} ({type(exc).__name__}: {exc})'


class Command(BaseCommand):
    help = 'Classify pairs from a .jsonl of {"id", "a", "b"} or a .csv with s1,s2; one JSON line per pair.'

    def add_arguments(self, parser) -> None:
        parser.add_argument("path")

    def handle(self, *args, path: str, **options) -> None:
        source = Path(path)
        if not source.is_file():
            raise CommandError(f"{path}: no such file")
        detectors = enabled_detectors()
        errors = 0
        for item in read_pairs(source):
            if isinstance(item, str):
                errors += 1
                self.stderr.write(f"error: {item}")
                continue
            pair_id, a, b = item
            result, _ = classify_pair(ClaimView(text=a), ClaimView(text=b), detectors)
            row = {
                "id": pair_id,
                "label": result.label,
                "score": result.score,
                "kind": result.kind,
                "explanation": result.explanation,
            }
            self.stdout.write(json.dumps(row, ensure_ascii=False))
        if errors:
            raise CommandError(f"{errors} pair(s) could not be read", returncode=1)
