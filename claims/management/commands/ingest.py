"""python manage.py ingest PATH... — store articles and process them (in-process or via workers)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from claims.inputs import InputError, read_articles
from claims.management.commands._progress import progress
from claims.services import ArticleError, source_ingest


class Command(BaseCommand):
    help = "Ingest articles from .txt, .json, .jsonl, .zip files or - (stdin)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH")

    def handle(self, *args, paths: list[str], **options) -> None:
        created = duplicates = failed = 0
        for item in progress(read_articles(paths), "ingesting"):
            if isinstance(item, InputError):
                failed += 1
                self.stderr.write(f"error: {item}")
                continue
            try:
                result = source_ingest(
                    text=item.text,
                    title=item.title,
                    url=item.url,
                    outlet=item.outlet,
                    published_at=item.published_at,
                    language=item.language,
                    external_id=item.id,
                )
            except ArticleError as exc:
                failed += 1
                self.stderr.write(f"error: {item.origin}: {exc}")
                continue
            if result.created:
                created += 1
            else:
                duplicates += 1
        self.stdout.write(f"ingested {created} new, {duplicates} duplicate(s), {failed} error(s)")
        if failed:
            raise CommandError(f"{failed} article(s) could not be ingested", returncode=1)
