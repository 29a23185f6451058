"""The claims database: articles, speakers, claims and the contradictions between claims."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class Source(models.Model):
    """One article as received. Identified by the hash of its text, so a duplicate is stored once."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        PROCESSING = "processing", "Processing"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    external_id = models.CharField(max_length=200, blank=True, help_text="The id the article came with.")
    url = models.URLField(max_length=2000, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    title = models.CharField(max_length=1000, blank=True)
    text = models.TextField()
    language = models.CharField(max_length=8, default="ar")
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)
    content_hash = models.CharField(max_length=64, unique=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING, db_index=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    processed_at = models.DateTimeField(null=True, blank=True)
    # Intake and delivery (claims/intake): provenance, URL dedup, the poison-message guard, reconcile.
    canonical_url = models.CharField(
        max_length=2000,
        blank=True,
        default="",
        help_text="The URL without utm_* parameters and fragment, host lower-cased, query sorted.",
    )
    original_hash = models.CharField(
        max_length=64,
        blank=True,
        default="",
        help_text="SHA-256 of the bytes as received, before cleaning (provenance).",
    )
    attempts = models.PositiveIntegerField(
        default=0, help_text="Processing attempts started since it was last finished."
    )
    last_activity_at = models.DateTimeField(
        null=True, blank=True, db_index=True, help_text="Last dispatch or attempt (for reconcile)."
    )

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["-published_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["canonical_url"], condition=~Q(canonical_url=""), name="source_canonical_url_unique"
            )
        ]

    def __str__(self) -> str:
        return self.title or self.url or f"Source #{self.pk}"


class Speaker(models.Model):
    """A person, organisation or (unnamed but identifiable) source who makes claims."""

    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"
        SOURCE = "source", "Unnamed source"

    name = models.CharField(max_length=300)
    normalized_name = models.CharField(max_length=300, db_index=True)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.PERSON)
    role = models.CharField(max_length=300, blank=True)
    organisation = models.CharField(max_length=300, blank=True)
    country = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.role})" if self.role else self.name


class SpeakerAlias(models.Model):
    """Another way the same speaker is written; the normalised form is unique across speakers."""

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=300)
    normalized = models.CharField(max_length=300, unique=True)

    class Meta:
        verbose_name = _("speaker alias")
        verbose_name_plural = _("speaker aliases")

    def __str__(self) -> str:
        return self.alias


class Claim(models.Model):
    """An attributed statement in a source: ``source.text[start:end] == text``."""

    class Kind(models.TextChoices):
        DIRECT = "direct", "Direct quote"
        INDIRECT = "indirect", "Indirect speech"

    class Status(models.TextChoices):
        UNVERIFIED = "unverified", "Unverified"
        IN_REVIEW = "in_review", "In review"
        DRAFTED = "drafted", "Verdict drafted"
        PUBLISHED = "published", "Published"
        DISMISSED = "dismissed", "Dismissed (not checkable)"

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="claims")
    speaker = models.ForeignKey(
        Speaker, on_delete=models.SET_NULL, null=True, blank=True, related_name="claims"
    )
    speaker_mention = models.CharField(max_length=500, blank=True, help_text="The speaker as written here.")
    speaker_start = models.PositiveIntegerField(null=True, blank=True)
    speaker_end = models.PositiveIntegerField(null=True, blank=True)
    text = models.TextField()
    normalized_text = models.TextField(blank=True, help_text="normalize_ar(text): for variant-blind search.")
    text_key = models.CharField(
        max_length=40,
        blank=True,
        default="",
        db_default="",
        db_index=True,
        help_text="statement_key(text): the same statement syndicated by several outlets has one key.",
    )
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    cue = models.CharField(max_length=100, blank=True)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.INDIRECT)
    language = models.CharField(max_length=8, default="ar")
    numbers = models.JSONField(default=list, blank=True)
    dates = models.JSONField(default=list, blank=True)
    detector_signals = models.JSONField(
        default=dict,
        blank=True,
        db_default={},
        editable=False,
        help_text="Each contradiction detector's prefilter notes on this claim, by name@version "
        "(extractors.pipeline.claim_signals): a later claim meets these instead of the text.",
    )
    # NULL (not "") means "not made yet": a claim may have no key terms at all.
    key_terms = models.TextField(  # noqa: DJ001
        null=True,
        blank=True,
        editable=False,
        help_text="The text's key terms as the candidate index holds them (claims.services.claim_key_terms), "
        "sorted, space-separated: the same-event gate reads them from one row instead of the index "
        "rows. NULL for claims stored before this field: the gate then reads the index.",
    )
    extractor = models.CharField(max_length=64)
    extractor_version = models.CharField(max_length=32)
    fingerprint = models.CharField(max_length=64, unique=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.UNVERIFIED, db_index=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_claims",
    )
    checkworthiness = models.FloatField(default=0.0, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # The prefilter notes and key terms are derived from the text, like the index rows: not history.
    history = HistoricalRecords(excluded_fields=["detector_signals", "key_terms"])

    class Meta:
        verbose_name = _("claim")
        verbose_name_plural = _("claims")
        ordering = ["source_id", "start"]
        constraints = [models.CheckConstraint(condition=Q(end__gt=F("start")), name="claim_span_not_empty")]

    def __str__(self) -> str:
        return self.text[:80]


class ClaimTerm(models.Model):
    """Inverted index of normalised key terms → claims, for candidate pairs (never all pairs)."""

    term = models.CharField(max_length=64)
    # Indexed below together with the term, which serves the foreign key's lookups as well.
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="terms", db_index=False)
    published_on = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name = _("claim term")
        verbose_name_plural = _("claim terms")
        # Two indexes, both covering the queries of claims.selectors.contradiction_candidates_batch so
        # that they are answered from the index alone: the uniqueness of (claim, term), which also
        # serves the terms of given claims (and the foreign key's lookups), and a term's most recent
        # postings in the window (read backwards). The uniqueness was (term, claim) beside a separate
        # (claim, term) index: three B-trees written per posting, now two.
        constraints = [models.UniqueConstraint(fields=["claim", "term"], name="claimterm_claim_term_unique")]
        indexes = [
            models.Index(fields=["term", "published_on", "claim"], name="claimterm_term_date_claim"),
        ]

    def __str__(self) -> str:
        return f"{self.term} → claim #{self.claim_id}"


class TermCount(models.Model):
    """How many claims hold a key term, per publication day: ``ClaimTerm`` rows counted as they are
    written (``claims.services.claims_index_terms``), so candidate generation reads a term's
    frequency in the window from a few rows instead of counting up to thousands of postings each
    batch. Deleting claims leaves their counts behind (a term looks a little more common than it
    is); ``manage.py refresh_signals`` recounts them."""

    term = models.CharField(max_length=64)
    day = models.DateField()
    claims = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("term count")
        verbose_name_plural = _("term counts")
        constraints = [models.UniqueConstraint(fields=["term", "day"], name="termcount_term_day")]

    def __str__(self) -> str:
        return f"{self.term} on {self.day}: {self.claims}"


class Contradiction(models.Model):
    """Two claims that cannot both be true. One row per unordered pair: ``claim_a_id < claim_b_id``."""

    class Status(models.TextChoices):
        SUGGESTED = "suggested", "Suggested"
        CONFIRMED = "confirmed", "Confirmed"
        REJECTED = "rejected", "Rejected"

    claim_a = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="contradictions_as_a")
    claim_b = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="contradictions_as_b")
    kind = models.CharField(max_length=32)
    score = models.FloatField()
    explanation = models.TextField()
    spans = models.JSONField(
        default=dict, blank=True, help_text="Conflicting spans: {'a': [[s, e]], 'b': [...]}"
    )
    detector = models.CharField(max_length=64)
    detector_version = models.CharField(max_length=32)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SUGGESTED, db_index=True)
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    review_note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("contradiction")
        verbose_name_plural = _("contradictions")
        ordering = ["-score", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["claim_a", "claim_b"], name="contradiction_unordered_pair"),
            models.CheckConstraint(condition=Q(claim_a__lt=F("claim_b")), name="contradiction_a_lt_b"),
        ]

    def __str__(self) -> str:
        return f"#{self.claim_a_id} ⟷ #{self.claim_b_id} ({self.kind})"


class Rating(models.Model):
    """One step of the rating scale (editable by editors); ``value`` feeds ClaimReview's ratingValue."""

    name = models.CharField(max_length=100, unique=True)
    name_ar = models.CharField(max_length=100, blank=True)
    value = models.IntegerField(help_text="ClaimReview ratingValue: higher is truer.")
    description = models.TextField(blank=True)

    class Meta:
        verbose_name = _("rating")
        verbose_name_plural = _("ratings")
        ordering = ["-value", "name"]

    def __str__(self) -> str:
        return f"{self.name} / {self.name_ar}" if self.name_ar else self.name


class Verdict(models.Model):
    """A fact-checker's verdict on a claim. Published only after another person approves it."""

    class Status(models.TextChoices):
        DRAFTED = "drafted", "Drafted"
        PUBLISHED = "published", "Published"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="verdicts")
    rating = models.ForeignKey(Rating, on_delete=models.PROTECT, related_name="verdicts")
    explanation = models.TextField()
    evidence = models.JSONField(default=list, blank=True, help_text="Evidence links (URLs).")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFTED, db_index=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="verdicts_written"
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="verdicts_approved",
    )
    published_at = models.DateTimeField(null=True, blank=True)
    external_url = models.URLField(max_length=2000, blank=True, help_text="Where a partner published it.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("verdict")
        verbose_name_plural = _("verdicts")
        ordering = ["-created_at"]
        permissions = [("publish_verdict", "Can approve and publish a verdict")]
        constraints = [
            models.UniqueConstraint(
                fields=["external_url"], condition=~Q(external_url=""), name="verdict_external_url_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.rating} on claim #{self.claim_id}"


class Webhook(models.Model):
    """A client's URL that receives signed event notifications."""

    class Event(models.TextChoices):
        CONTRADICTION_CONFIRMED = "contradiction.confirmed", "New confirmed contradiction"
        VERDICT_PUBLISHED = "verdict.published", "Verdict published"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="webhooks")
    url = models.URLField(max_length=2000)
    events = models.JSONField(default=list, help_text="Event types to deliver.")
    secret = models.CharField(max_length=128, help_text="HMAC-SHA256 key for the X-Mizan-Signature header.")
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("webhook")
        verbose_name_plural = _("webhooks")
        ordering = ["-id"]

    def __str__(self) -> str:
        return self.url


class WebhookDelivery(models.Model):
    """One attempt to deliver one event to one webhook (every attempt is logged)."""

    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(max_length=64)
    delivery_id = models.CharField(
        max_length=64, db_index=True, help_text="Same for every attempt of one event."
    )
    payload = models.JSONField()
    attempt = models.PositiveIntegerField(default=1)
    status_code = models.PositiveIntegerField(null=True, blank=True)
    success = models.BooleanField(default=False)
    error = models.TextField(blank=True)
    response_excerpt = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"{self.event} → {self.webhook_id} (attempt {self.attempt})"


# --- Intake (claims/intake): feeds, rejected input, the worker canary ------------------------------


class Feed(models.Model):
    """An RSS/Atom feed polled by Celery beat; its new entries become sources."""

    name = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=2000, unique=True)
    outlet = models.CharField(max_length=200, blank=True)
    language = models.CharField(max_length=8, blank=True, help_text="Empty: detected per article.")
    poll_interval = models.PositiveIntegerField(default=900, help_text="Seconds between polls (60 at least).")
    active = models.BooleanField(default=True, db_index=True)
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    last_new = models.PositiveIntegerField(default=0, help_text="New sources at the last poll.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("feed")
        verbose_name_plural = _("feeds")
        ordering = ["name", "url"]

    def __str__(self) -> str:
        return self.name or self.url


class RejectedInput(models.Model):
    """Input refused at an entry point, with the reason: never silently dropped."""

    class Origin(models.TextChoices):
        COMMAND = "command", "Command line"
        API = "api", "API"
        FEED = "feed", "Feed"

    origin = models.CharField(max_length=10, choices=Origin.choices, db_index=True)
    reason = models.CharField(max_length=500)
    where = models.CharField(max_length=2000, blank=True, help_text="File, URL or client.")
    excerpt = models.CharField(max_length=300, blank=True, help_text="The start of the input, cleaned.")
    size = models.PositiveBigIntegerField(default=0, help_text="Bytes.")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("rejected input")
        verbose_name_plural = _("rejected input")
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


class WorkerCanary(models.Model):
    """A canary task through the broker: sent by beat and /healthz, recorded by the worker that ran it."""

    name = models.CharField(max_length=50, unique=True, default="default")
    sent_at = models.DateTimeField(null=True, blank=True, help_text="Oldest canary not answered yet.")
    seen_at = models.DateTimeField(null=True, blank=True, help_text="Last canary a worker ran.")
    hostname = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = _("worker canary")
        verbose_name_plural = _("worker canaries")

    def __str__(self) -> str:
        return f"canary {self.name}"
