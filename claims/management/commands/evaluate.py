"""python manage.py evaluate attribution GOLD [--json] [--verbose] — score the enabled extractors
against a hand-annotated gold set (eval/attribution/CONVENTIONS.md); writes nothing."""

from __future__ import annotations

import json
from datetime import date

from django.core.management.base import BaseCommand, CommandError

from claims.services import ArticleError, article_text_check
from claims.text import detect_language
from extractors.evaluation import aggregate, evaluate_article, format_article, format_summary, load_gold
from extractors.pipeline import extract_text
from extractors.services import enabled_extractors

TASKS = ("attribution",)


class Command(BaseCommand):
    help = "Run the enabled extractors over a gold set and print precision, recall and F1."

    def add_arguments(self, parser) -> None:
        parser.add_argument("task", choices=TASKS, help="what to evaluate")
        parser.add_argument("gold", metavar="GOLD", help="gold JSONL file (one annotated article a line)")
        parser.add_argument("--json", action="store_true", help="print one JSON object with the figures")
        parser.add_argument(
            "--verbose", action="store_true", help="list misses and false positives per article"
        )

    def handle(self, *args, task: str, gold: str, **options) -> None:
        try:
            records = load_gold(gold)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise CommandError(f"cannot read gold file: {exc}") from exc
        extractors = enabled_extractors()
        results = []
        for record in records:
            try:
                text = article_text_check(record["text"])
            except ArticleError as exc:
                raise CommandError(f"{record['id']}: {exc}") from exc
            published = (
                date.fromisoformat(record["published_at"][:10]) if record.get("published_at") else None
            )
            language = record.get("language") or detect_language(text)
            claims = extract_text(text, extractors, language=language, published_at=published)
            predicted = [c.to_json() for c in claims]
            results.append(evaluate_article(record["id"], text, record["claims"], predicted))
        figures = {"task": task, "gold": gold, **aggregate(results)}
        if options["json"]:
            if options["verbose"]:
                figures["articles_detail"] = [
                    {
                        "id": r.id,
                        "missed": [r.gold[g]["text"] for g in r.missed],
                        "false_positives": [r.predicted[p]["text"] for p in r.false_positives],
                        "wrong_speaker": [
                            {"gold": r.gold[g]["speaker"], "predicted": r.predicted[p]["speaker"]}
                            for (g, p, _), ok in zip(r.pairs, r.speaker_ok, strict=True)
                            if not ok
                        ],
                    }
                    for r in results
                ]
            self.stdout.write(json.dumps(figures, ensure_ascii=False))
            return
        if options["verbose"]:
            for result in results:
                self.stdout.write(format_article(result))
            self.stdout.write("")
        self.stdout.write(format_summary(figures))
