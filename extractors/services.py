"""The pipeline over stored articles: run each enabled extractor in isolation (its own
ExtractionRun, failure and retry), map typed results to claims, then detect contradictions."""

from __future__ import annotations

import logging
import time
import traceback

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, transaction
from django.db.models import F
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from claims.models import Claim, Contradiction, Source, Speaker
from claims.selectors import contradiction_candidates_batch
from claims.services import (
    claim_fingerprint,
    claim_view,
    claims_index_terms,
    contradiction_record,
    speaker_resolve,
    window,
)
from claims.text import normalize_ar
from extractors.base import Detector, ExtractionResult, Extractor, Plugin, PluginConfigError
from extractors.models import ExtractionRun, PluginConfig
from extractors.pipeline import classify_pair, merge, same_event, stores_contradiction
from extractors.registry import get_registry

logger = logging.getLogger(__name__)

# Errors worth a task retry (the database went away); anything else is the plugin's own failure.
TRANSIENT_ERRORS = (OperationalError, InterfaceError)


def _configured(plugins: dict[str, type[Plugin]]) -> list[Plugin]:
    try:
        stored = {c.name: c for c in PluginConfig.objects.filter(name__in=list(plugins))}
    except DatabaseError:  # not migrated yet (e.g. `extract` on a fresh checkout): class defaults
        stored = {}
    instances = []
    for name, cls in plugins.items():
        row = stored.get(name)
        if row is not None and not row.enabled:
            continue
        try:
            instances.append(cls(cls.make_config(row.config if row else None)))
        except PluginConfigError as exc:
            logger.error("plugin %s skipped: %s", name, exc)
    return instances


def enabled_extractors() -> list[Extractor]:
    return _configured(get_registry().extractors)  # type: ignore[arg-type]


def enabled_detectors() -> list[Detector]:
    return _configured(get_registry().detectors)  # type: ignore[arg-type]


def plugin_run(*, source: Source, plugin: Extractor) -> ExtractionRun:
    """Run one extractor over one source, once per (plugin, version, config, content)."""
    key = {
        "source": source,
        "plugin": plugin.name,
        "version": plugin.version,
        "config_hash": plugin.config_hash(),
        "content_hash": source.content_hash,
    }
    run, _ = ExtractionRun.objects.get_or_create(**key)
    if run.status == ExtractionRun.Status.DONE:
        return run  # the same work was done before: a no-op
    run.attempts += 1
    run.status = ExtractionRun.Status.RUNNING
    run.save(update_fields=["attempts", "status"])
    began = time.perf_counter()
    published = source.published_at.date() if source.published_at else None
    try:
        result = plugin.extract(source.text, language=source.language, published_at=published)
        if not isinstance(result, ExtractionResult):
            raise TypeError(
                f"{plugin.label()}.extract returned {type(result).__name__}, not ExtractionResult"
            )
        for claim in result.claims:
            if source.text[claim.start : claim.end] != claim.text:
                raise ValueError(
                    f"{plugin.label()}: claim offsets {claim.start}:{claim.end} do not match its text"
                )
        run.output, run.status, run.error = result.to_json(), ExtractionRun.Status.DONE, ""
    except TRANSIENT_ERRORS:
        raise
    except Exception as exc:  # a plugin failure is recorded on its run; the others carry on
        logger.exception("plugin %s failed on source %s", plugin.label(), source.id)
        run.status = ExtractionRun.Status.FAILED
        run.error = f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=5)}"
    run.duration_ms = (time.perf_counter() - began) * 1000
    run.finished_at = timezone.now()
    run.save(update_fields=["output", "status", "error", "duration_ms", "finished_at"])
    return run


def claims_sync(*, source: Source, runs: list[tuple[type[Extractor], ExtractionResult]]) -> list[Claim]:
    """Upsert the merged claims of a source by fingerprint, so a re-run never duplicates them.
    New claims are inserted in one statement (with their history rows), the index in two."""
    wanted: dict[str, dict] = {}
    speakers: dict[tuple, Speaker] = {}  # one article names the same speaker many times
    for item in merge(runs):
        mention = item.claim.speaker
        speaker = None
        if mention and mention.name:
            key = (
                mention.name,
                mention.kind,
                mention.role,
                mention.organisation,
                mention.country,
                mention.aliases,
            )
            if key not in speakers:
                speakers[key] = speaker_resolve(mention=mention)
            speaker = speakers[key]
        fingerprint = claim_fingerprint(source=source, start=item.claim.start, end=item.claim.end)
        wanted[fingerprint] = {
            "source": source,
            "speaker": speaker,
            "speaker_mention": (
                source.text[mention.start : mention.end] if mention and mention.start is not None else ""
            )[:500],
            "speaker_start": mention.start if mention else None,
            "speaker_end": mention.end if mention else None,
            "text": item.claim.text,
            "normalized_text": normalize_ar(item.claim.text),
            "start": item.claim.start,
            "end": item.claim.end,
            "cue": item.claim.cue[:100],
            "kind": item.claim.kind,
            "language": source.language,
            "numbers": item.numbers,
            "dates": item.dates,
            "extractor": item.extractor,
            "extractor_version": item.extractor_version,
            "checkworthiness": item.checkworthiness,
        }
    with transaction.atomic():
        existing = {c.fingerprint: c for c in Claim.objects.filter(fingerprint__in=list(wanted))}
        for fingerprint, claim in existing.items():
            values = wanted[fingerprint]
            changed = [k for k, v in values.items() if getattr(claim, k) != v]
            if changed:
                for key in changed:
                    setattr(claim, key, values[key])
                claim.save()
        new = [Claim(fingerprint=fp, **values) for fp, values in wanted.items() if fp not in existing]
        bulk_create_with_history(new, Claim)
        stored = list(Claim.objects.filter(fingerprint__in=list(wanted)).select_related("source"))
        claims_index_terms(claims=stored)
    return stored


def contradictions_detect(*, source: Source, detectors: list[Detector] | None = None) -> list[Contradiction]:
    """Compare the source's claims with their candidates (never all pairs) and record conflicts."""
    detectors = enabled_detectors() if detectors is None else detectors
    # Only a detector that needs no corroboration can make a pair worth storing (see
    # stores_contradiction): when none of them sees a contradiction, the rest need not run.
    decisive = [d for d in detectors if not getattr(d.config, "needs_corroboration", False)]
    found: list[Contradiction] = []
    claims = list(source.claims.select_related("speaker", "source"))
    candidates = contradiction_candidates_batch(claims=claims, window=window())
    for claim in claims:
        view_a = claim_view(claim)
        for other in candidates.get(claim.id, []):
            if other.id < claim.id and other.source_id == source.id:
                continue  # within one article each pair is compared once
            if not same_event(claim.text, other.text, min_overlap=settings.MIZAN_SAME_EVENT_MIN_OVERLAP):
                continue
            view_b = claim_view(other)
            if not any(d.compare(view_a, view_b).label == "contradiction" for d in decisive):
                continue
            result, detector = classify_pair(view_a, view_b, detectors)
            result = stores_contradiction(result, detector, view_a, view_b, detectors)
            if result is not None:
                row = contradiction_record(
                    claim_1=claim,
                    claim_2=other,
                    result=result,
                    detector=detector.name,
                    version=detector.version,
                )
                if row is not None:
                    found.append(row)
    return found


class GaveUp(Exception):
    """A source whose processing never finished MIZAN_MAX_ATTEMPTS times: marked failed, not retried."""


def source_attempt_begin(*, source_id: int) -> int | None:
    """Count one processing attempt, committed in its own transaction BEFORE the work starts, so an
    article that kills its worker every time is still counted (the poison-message guard). Returns
    the attempt number, or None when the source no longer exists."""
    with transaction.atomic():
        updated = Source.objects.filter(id=source_id).update(
            attempts=F("attempts") + 1, status=Source.Status.PROCESSING, last_activity_at=timezone.now()
        )
        if not updated:
            return None
        return Source.objects.values_list("attempts", flat=True).get(id=source_id)


def source_attempt_undo(*, source_id: int) -> None:
    """A transient error (the database went away) is not the article's fault: uncount the attempt."""
    Source.objects.filter(id=source_id, attempts__gt=0).update(attempts=F("attempts") - 1)


def source_process(*, source_id: int) -> Source | None:
    """Process one article end to end: the attempt is counted first (own transaction), then all the
    work happens in one transaction, so nothing is half-written. Idempotent: safe to run again after a
    crash or a retry. A failing plugin is caught and recorded on its own run."""
    attempt = source_attempt_begin(source_id=source_id)
    if attempt is None:
        logger.warning("source %s no longer exists: nothing to do", source_id)
        return None
    limit = settings.MIZAN_MAX_ATTEMPTS
    if attempt > limit:
        error = (
            f"gave up after {limit} attempts: processing never finished (the worker died or was killed"
            " each time — a poison article?)"
        )
        Source.objects.filter(id=source_id).update(
            status=Source.Status.FAILED, error=error, processed_at=timezone.now()
        )
        logger.error("source %s: %s", source_id, error)
        return Source.objects.get(id=source_id)
    try:
        return _source_process_attempt(source_id=source_id)
    except TRANSIENT_ERRORS:
        raise  # the task retries on a fresh connection
    except Exception as exc:  # a bug or a time limit outside the plugins: recorded, not left stuck
        logger.exception("processing source %s failed", source_id)
        error = f"processing failed: {type(exc).__name__}: {exc}\n{traceback.format_exc(limit=8)}"
        Source.objects.filter(id=source_id).update(
            status=Source.Status.FAILED, error=error, processed_at=timezone.now()
        )
        return Source.objects.get(id=source_id)


def _source_process_attempt(*, source_id: int) -> Source:
    with transaction.atomic():
        source = Source.objects.select_for_update().get(id=source_id)
        extractors = enabled_extractors()
        registry = get_registry().extractors
        runs = [plugin_run(source=source, plugin=p) for p in extractors]
        usable = [
            (registry[r.plugin], ExtractionResult.from_json(r.output))
            for r in runs
            if r.status == ExtractionRun.Status.DONE
        ]
        claims_sync(source=source, runs=usable)
        contradictions_detect(source=source)
        failed = [f"{r.plugin}@{r.version}" for r in runs if r.status == ExtractionRun.Status.FAILED]
        source.status = Source.Status.FAILED if failed and not usable else Source.Status.DONE
        source.error = f"failed plugins: {', '.join(failed)}" if failed else ""
        source.processed_at = timezone.now()
        source.attempts = 0  # finished: the guard counts attempts that never finish
        source.save(update_fields=["status", "error", "processed_at", "attempts"])
    return source


def plugin_configs_sync() -> int:
    """Create a settings row (class defaults) for every registered plugin, so the admin lists them."""
    names = set(get_registry().all())
    existing = set(PluginConfig.objects.filter(name__in=names).values_list("name", flat=True))
    PluginConfig.objects.bulk_create(
        [PluginConfig(name=n) for n in sorted(names - existing)], ignore_conflicts=True
    )
    return len(names - existing)
