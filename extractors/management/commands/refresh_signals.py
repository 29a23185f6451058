"""Recompute the contradiction detectors' prefilter notes and the key terms of every stored claim.

    python manage.py refresh_signals [--batch 2000]

Run it after upgrading a detector (its notes are kept under name@version) or on claims stored before
the prefilter existed; it also fills ``Claim.key_terms`` (the same-event gate's copy of the index
terms) where it is missing, and recounts the per-day term counts (``TermCount``, which deleted claims
leave behind). Until then those claims meet every candidate pair in full: nothing is
lost, detection is only slower. Safe to run while workers ingest, and to interrupt and run again.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from claims.management.commands._progress import progress
from claims.models import Claim
from claims.services import term_counts_rebuild
from extractors.services import claims_signals_refresh


class Command(BaseCommand):
    help = (
        "Recompute the contradiction detectors' prefilter notes (Claim.detector_signals) and the key "
        "terms (Claim.key_terms) of stored claims."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=2000, help="claims per batch (default 2000)")

    def handle(self, *args, batch: int, **options):
        if batch < 1:
            raise CommandError(f"--batch must be at least 1, got {batch}")
        read = updated = 0
        total = Claim.objects.count()
        batches = progress(
            claims_signals_refresh(batch_size=batch), "batches of claims", total=-(-total // batch)
        )
        for n_read, n_updated in batches:
            read += n_read
            updated += n_updated
        counted = term_counts_rebuild()
        self.stdout.write(f"{read} of {total} claims read, {updated} updated; {counted} term counts")
