"""python manage.py evaluate attribution|contradictions GOLD [--json] [--verbose] — score the enabled
plugins against a hand-annotated gold set; writes nothing.

``attribution``: the extractors against annotated articles (eval/attribution/CONVENTIONS.md).
``contradictions``: what the pipeline would store for labelled pairs of real claims
(eval/contradiction/README.md): the enabled detectors through ``classify_pair`` then
``stores_contradiction``, with the numbers of each claim read by the enabled extractors."""

from __future__ import annotations

import json
from datetime import date

from django.core.management.base import BaseCommand, CommandError

from claims.services import ArticleError, article_text_check
from claims.text import detect_language
from extractors.evaluation import aggregate, evaluate_article, format_article, format_summary, load_gold
from extractors.pipeline import extract_text
from extractors.services import enabled_extractors

TASKS = ("attribution", "contradictions")


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
        if task == "contradictions":
            return self._contradictions(gold, **options)
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

    def _contradictions(self, gold: str, **options) -> None:
        try:
            with open(gold, encoding="utf-8") as handle:
                pairs = [json.loads(line) for line in handle if line.strip()]
            for pair in pairs:
                if (
                    pair["gold"] not in ("contradiction", "not")
                    or not pair["a"]["text"]
                    or not pair["b"]["text"]
                ):
                    raise ValueError(
                        f"{pair.get('id')}: gold must be 'contradiction' or 'not', texts non-empty"
                    )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise CommandError(f"cannot read gold file: {exc}") from exc
        figures = contradictions_score(pairs)
        figures = {"task": "contradictions", "gold": gold, **figures}
        if options["json"]:
            self.stdout.write(json.dumps(figures, ensure_ascii=False))
            return
        if options["verbose"]:
            for row in figures["stored"]:
                self.stdout.write(
                    f"{row['id']}  gold={row['gold']:<13} {row['kind']:<15} {row['explanation'][:160]}"
                )
            self.stdout.write("")
        self.stdout.write(
            f"pairs {figures['pairs']}  gold contradictions {figures['gold_contradictions']}  "
            f"stored {figures['stored_count']}  of which right {figures['stored_right']}\n"
            f"precision {figures['precision']}  recall {figures['recall']}"
        )


def contradictions_score(pairs: list[dict]) -> dict:
    """Precision and recall of what the pipeline would store for labelled claim pairs."""
    from extractors.base import ClaimView
    from extractors.pipeline import classify_pair, stores_contradiction
    from extractors.services import enabled_detectors

    detectors, extractors = enabled_detectors(), enabled_extractors()

    def view(side: dict) -> ClaimView:
        day = date.fromisoformat(side["date"][:10]) if side.get("date") else None
        numbers = []
        for plugin in extractors:
            if "numbers" in plugin.produces:
                result = plugin.extract(side["text"], language="ar", published_at=day)
                numbers += [{**n.__dict__, "plugin": plugin.label()} for n in result.numbers]
        return ClaimView(
            text=side["text"],
            speaker=side.get("speaker", ""),
            numbers=tuple(numbers),
            published_at=day,
            context=side.get("context", ""),  # the paragraph before the claim (explicit reports)
            cue=side.get("cue", ""),  # the reporting verb (a denial: نفى)
        )

    stored = []
    for pair in pairs:
        a, b = view(pair["a"]), view(pair["b"])
        stored_as = stores_contradiction(*classify_pair(a, b, detectors), a, b, detectors)
        if stored_as is not None:
            result, _ = stored_as
            stored.append(
                {
                    "id": pair["id"],
                    "gold": pair["gold"],
                    "kind": result.kind,
                    "explanation": result.explanation,
                }
            )
    right = sum(1 for row in stored if row["gold"] == "contradiction")
    positives = sum(1 for pair in pairs if pair["gold"] == "contradiction")
    return {
        "pairs": len(pairs),
        "gold_contradictions": positives,
        "stored_count": len(stored),
        "stored_right": right,
        "precision": round(right / len(stored), 3) if stored else None,
        "recall": round(right / positives, 3) if positives else None,
        "stored": stored,
    }
