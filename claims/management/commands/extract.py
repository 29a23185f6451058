"""python manage.py extract [--json] PATH... — run the enabled extractors, write nothing."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from claims.inputs import InputError, read_articles
from claims.services import ArticleError, article_text_check
from claims.text import detect_language
from extractors.pipeline import extract_text
from extractors.services import enabled_extractors


class Command(BaseCommand):
    help = "Print one JSON object per article with the claims found; nothing is written to the database."

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--json", action="store_true", help="JSON Lines output (the default and only format)"
        )

    def handle(self, *args, paths: list[str], **options) -> None:
        extractors = enabled_extractors()
        failed = 0
        for item in read_articles(paths):
            if isinstance(item, InputError):
                failed += 1
                self.stderr.write(f"error: {item}")
                continue
            try:
                text = article_text_check(item.text)
            except ArticleError as exc:
                failed += 1
                self.stderr.write(f"error: {item.origin}: {exc}")
                continue
            language = item.language or detect_language(text)
            published = item.published_at.date() if item.published_at else None
            claims = extract_text(text, extractors, language=language, published_at=published)
            record = {
                "id": item.id or item.origin,
                "language": language,
                "claims": [c.to_json() for c in claims],
            }
            self.stdout.write(json.dumps(record, ensure_ascii=False))
        if failed:
            raise CommandError(f"{failed} article(s) could not be read", returncode=1)
