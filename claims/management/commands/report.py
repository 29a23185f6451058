"""python manage.py report contradictions --format json|csv|text"""

from __future__ import annotations

import csv
import json

from django.core.management.base import BaseCommand

from claims.models import Claim, Contradiction
from claims.selectors import contradictions_report


def claim_row(claim: Claim) -> dict:
    source = claim.source
    return {
        "id": claim.id,
        "text": claim.text,
        "speaker": claim.speaker.name if claim.speaker else None,
        "speaker_role": claim.speaker.role if claim.speaker else "",
        "source_url": source.url,
        "source_title": source.title,
        "date": source.published_at.date().isoformat() if source.published_at else None,
    }


def contradiction_row(row: Contradiction) -> dict:
    return {
        "id": row.id,
        "a": claim_row(row.claim_a),
        "b": claim_row(row.claim_b),
        "kind": row.kind,
        "score": row.score,
        "status": row.status,
        "explanation": row.explanation,
        "detector": f"{row.detector}@{row.detector_version}",
    }


class Command(BaseCommand):
    help = "Print the contradiction report (rejected pairs left out unless --include-rejected)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("what", choices=["contradictions"])
        parser.add_argument("--format", choices=["json", "csv", "text"], default="json")
        parser.add_argument("--include-rejected", action="store_true")

    def handle(self, *args, what: str, format: str, include_rejected: bool, **options) -> None:
        rows = [
            contradiction_row(r) for r in contradictions_report(include_rejected=include_rejected).iterator()
        ]
        if format == "json":
            self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2))
        elif format == "csv":
            columns = ["id", "kind", "score", "status", "explanation", "detector"]
            sides = ["id", "text", "speaker", "speaker_role", "source_url", "source_title", "date"]
            writer = csv.writer(self.stdout)
            writer.writerow(columns + [f"a_{c}" for c in sides] + [f"b_{c}" for c in sides])
            for r in rows:
                writer.writerow(
                    [r[c] for c in columns] + [r["a"][c] for c in sides] + [r["b"][c] for c in sides]
                )
        else:
            self.stdout.write(f"{len(rows)} contradiction(s)")
            for r in rows:
                self.stdout.write(
                    f"\n#{r['id']} [{r['kind']}, score {r['score']}, {r['status']}]\n"
                    f"  A · {r['a']['speaker']} ({r['a']['speaker_role']}), {r['a']['date']}: {r['a']['text']}\n"
                    f"  B · {r['b']['speaker']} ({r['b']['speaker_role']}), {r['b']['date']}: {r['b']['text']}\n"
                    f"  why: {r['explanation']}"
                )
