"""python manage.py ingest PATH... — store articles and process them (in-process or via workers)."""

from __future__ import annotations

import sys
import time

from django.core.management.base import BaseCommand, CommandError

from claims.inputs import ArticleInput, InputError, read_articles
from claims.intake.services import reject_record
from claims.management.commands._progress import progress
from claims.models import RejectedInput, Source
from claims.services import ArticleError, sources_ingest

# Articles stored per transaction; each chunk is queued in batches of MIZAN_PROCESS_BATCH.
CHUNK = 200


class Command(BaseCommand):
    help = "Ingest articles from .txt, .json, .jsonl, .zip files or - (stdin)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--wait",
            action="store_true",
            help="With workers (a broker configured): wait until every queued article is processed.",
        )
        parser.add_argument(
            "--timeout",
            type=float,
            default=0,
            help="With --wait: give up after this many seconds (0: never).",
        )

    def handle(self, *args, paths: list[str], wait: bool = False, timeout: float = 0, **options) -> None:
        self.created = self.duplicates = self.failed = 0
        self.queued: list[int] = []
        chunk: list[ArticleInput] = []
        for item in progress(read_articles(paths), "ingesting"):
            if isinstance(item, InputError):
                self.failed += 1
                self.stderr.write(f"error: {item}")
                reject_record(origin=RejectedInput.Origin.COMMAND, reason=item.message, where=item.origin)
                continue
            chunk.append(item)
            if len(chunk) >= CHUNK:
                self._store(chunk)
                chunk = []
        self._store(chunk)
        self.stdout.write(
            f"ingested {self.created} new, {self.duplicates} duplicate(s), {self.failed} error(s)"
        )
        if wait and self.queued:
            self._wait(self.queued, timeout)
        if self.failed:
            raise CommandError(f"{self.failed} article(s) could not be ingested", returncode=1)

    def _store(self, chunk: list[ArticleInput]) -> None:
        """Store a chunk of articles at once; they are queued in batches (sources_ingest)."""
        for item, result in zip(chunk, sources_ingest(articles=chunk), strict=True):
            if isinstance(result, ArticleError):
                self.failed += 1
                self.stderr.write(f"error: {item.origin}: {result}")
                reject_record(
                    origin=RejectedInput.Origin.COMMAND,
                    reason=str(result),
                    where=item.origin,
                    data=item.text if isinstance(item.text, str) else None,
                )
            elif result.created:
                self.created += 1
                self.queued.append(result.source.id)
            else:
                self.duplicates += 1

    def _wait(self, ids: list[int], timeout: float) -> None:
        """Poll the database until every queued source is done or failed (a bar on a terminal)."""
        from config.celery_app import app

        if not app.conf.task_always_eager:
            deadline = time.monotonic() + timeout if timeout else None
            for _ in progress(_finished_counts(ids, deadline), "processing", total=len(ids)):
                pass
        done = Source.objects.filter(id__in=ids, status=Source.Status.DONE).count()
        failed = Source.objects.filter(id__in=ids, status=Source.Status.FAILED).count()
        waiting = len(ids) - done - failed
        self.stdout.write(f"processed {done} done, {failed} failed, {waiting} still waiting")
        if waiting:
            raise CommandError(f"{waiting} article(s) not processed before the timeout", returncode=2)


def _finished_counts(ids: list[int], deadline: float | None):
    """Yield once per newly finished source until all are finished (or the deadline passes)."""
    finished = 0
    remaining = list(ids)
    while remaining:
        still = set()
        for start in range(0, len(remaining), 5000):
            chunk = remaining[start : start + 5000]
            still.update(
                Source.objects.filter(
                    id__in=chunk, status__in=[Source.Status.PENDING, Source.Status.PROCESSING]
                ).values_list("id", flat=True)
            )
        newly = len(remaining) - len(still)
        remaining = [i for i in remaining if i in still]
        for _ in range(newly):
            finished += 1
            yield finished
        if not remaining or (deadline is not None and time.monotonic() > deadline):
            return
        time.sleep(0.5 if sys.stderr.isatty() else 1.0)
