"""API representations. Input serializers are strict: unknown fields are a 400, never ignored
(mass assignment: a client cannot smuggle ``status`` or ``verified_by`` into a POST)."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.models import Claim, Contradiction, Source, Speaker, Verdict, Webhook
from extractors.models import ExtractionRun


class StrictSerializer(serializers.Serializer):
    """Refuses fields it does not declare, naming them."""

    def to_internal_value(self, data):
        if isinstance(data, dict):
            unknown = sorted(set(data) - set(self.fields))
            if unknown:
                raise serializers.ValidationError(
                    {key: [f"Unknown field. Allowed: {', '.join(sorted(self.fields))}."] for key in unknown}
                )
        return super().to_internal_value(data)


# --- Sources -------------------------------------------------------------------------------------


class SourceCreateSerializer(StrictSerializer):
    text = serializers.CharField(trim_whitespace=False, help_text="The article text (UTF-8, at most 2 MB).")
    title = serializers.CharField(required=False, allow_blank=True, max_length=1000)
    url = serializers.URLField(required=False, allow_blank=True, max_length=2000)
    outlet = serializers.CharField(required=False, allow_blank=True, max_length=200)
    published_at = serializers.DateTimeField(required=False, allow_null=True)
    language = serializers.CharField(required=False, allow_blank=True, max_length=8)


class SourceAcceptedSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    status = serializers.CharField()
    duplicate = serializers.BooleanField(help_text="True when the same text was already stored.")
    status_url = serializers.URLField()


class ExtractionRunSerializer(serializers.ModelSerializer):
    class Meta:
        model = ExtractionRun
        fields = (
            "plugin",
            "version",
            "status",
            "attempts",
            "error",
            "duration_ms",
            "started_at",
            "finished_at",
        )


class SourceSerializer(serializers.ModelSerializer):
    runs = ExtractionRunSerializer(many=True, read_only=True)
    claim_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Source
        fields = (
            "id",
            "external_id",
            "url",
            "outlet",
            "title",
            "language",
            "published_at",
            "content_hash",
            "status",
            "error",
            "created_at",
            "processed_at",
            "claim_count",
            "runs",
        )


class SourceBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ("id", "title", "url", "outlet", "published_at")


# --- Speakers and claims -------------------------------------------------------------------------


class SpeakerBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Speaker
        fields = ("id", "name", "role", "kind")


class SpeakerSerializer(serializers.ModelSerializer):
    aliases = serializers.SlugRelatedField(many=True, read_only=True, slug_field="alias")
    claim_count = serializers.IntegerField(read_only=True)
    verdict_counts = serializers.SerializerMethodField()

    class Meta:
        model = Speaker
        fields = (
            "id",
            "name",
            "normalized_name",
            "kind",
            "role",
            "organisation",
            "country",
            "aliases",
            "claim_count",
            "verdict_counts",
        )

    @extend_schema_field(
        {"type": "object", "additionalProperties": {"type": "integer"}, "example": {"False": 2}}
    )
    def get_verdict_counts(self, speaker: Speaker) -> dict[str, int]:
        counts = self.context.get("verdict_counts", {})
        return counts.get(speaker.id, {})


class VerdictBriefSerializer(serializers.ModelSerializer):
    rating = serializers.CharField(source="rating.name")

    class Meta:
        model = Verdict
        fields = ("id", "rating", "explanation", "evidence", "published_at", "external_url")


class ClaimSerializer(serializers.ModelSerializer):
    speaker = SpeakerBriefSerializer(read_only=True)
    source = SourceBriefSerializer(read_only=True)
    verdict = serializers.SerializerMethodField()

    class Meta:
        model = Claim
        fields = (
            "id",
            "text",
            "start",
            "end",
            "speaker",
            "speaker_mention",
            "source",
            "cue",
            "kind",
            "language",
            "numbers",
            "dates",
            "extractor",
            "extractor_version",
            "status",
            "checkworthiness",
            "verdict",
            "created_at",
        )

    @extend_schema_field(VerdictBriefSerializer(allow_null=True))
    def get_verdict(self, claim: Claim):
        published = [v for v in claim.verdicts.all() if v.status == Verdict.Status.PUBLISHED]
        return VerdictBriefSerializer(published[0]).data if published else None


# --- Contradictions ------------------------------------------------------------------------------


class ReportClaimSerializer(serializers.ModelSerializer):
    """A claim as nested in the contradiction report."""

    speaker = SpeakerBriefSerializer(read_only=True)
    source = SourceBriefSerializer(read_only=True)

    class Meta:
        model = Claim
        fields = ("id", "text", "start", "end", "speaker", "source", "kind", "numbers", "dates", "status")


class ContradictionSerializer(serializers.ModelSerializer):
    claim_a = ReportClaimSerializer(read_only=True)
    claim_b = ReportClaimSerializer(read_only=True)
    reviewer = serializers.SlugRelatedField(read_only=True, slug_field="username", allow_null=True)

    class Meta:
        model = Contradiction
        fields = (
            "id",
            "claim_a",
            "claim_b",
            "kind",
            "score",
            "explanation",
            "spans",
            "detector",
            "detector_version",
            "status",
            "reviewer",
            "review_note",
            "created_at",
            "updated_at",
        )


class ContradictionReviewSerializer(StrictSerializer):
    status = serializers.ChoiceField(choices=["confirmed", "rejected"])
    note = serializers.CharField(required=False, allow_blank=True, max_length=5000)


class OpaqueSerializer(serializers.Serializer):
    """For views whose bodies are documented by hand (ClaimReview JSON-LD)."""


class TimelineBucketSerializer(serializers.Serializer):
    date = serializers.DateField()
    claims = serializers.IntegerField()
    contradictions = serializers.IntegerField()


# --- Webhooks ------------------------------------------------------------------------------------


class WebhookSerializer(serializers.ModelSerializer):
    events = serializers.ListField(
        child=serializers.ChoiceField(choices=Webhook.Event.choices),
        allow_empty=False,
        help_text="Event types: contradiction.confirmed, verdict.published.",
    )
    secret = serializers.CharField(read_only=True, help_text="Shown once, when the webhook is created.")

    class Meta:
        model = Webhook
        fields = ("id", "url", "events", "active", "secret", "created_at")
        read_only_fields = ("id", "secret", "created_at")

    def to_internal_value(self, data):
        if isinstance(data, dict):
            unknown = sorted(set(data) - {"url", "events", "active"})
            if unknown:
                raise serializers.ValidationError({key: ["Unknown field."] for key in unknown})
        return super().to_internal_value(data)

    def to_representation(self, instance):
        data = super().to_representation(instance)
        if not self.context.get("show_secret"):
            data.pop("secret", None)
        return data
