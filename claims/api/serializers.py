"""Read-only representations for API clients."""

from __future__ import annotations

from rest_framework import serializers

from claims.models import Claim, Contradiction, Source, Speaker


class SpeakerSerializer(serializers.ModelSerializer):
    aliases = serializers.SlugRelatedField(many=True, read_only=True, slug_field="alias")

    class Meta:
        model = Speaker
        fields = ("id", "name", "normalized_name", "kind", "role", "organisation", "country", "aliases")


class SourceSerializer(serializers.ModelSerializer):
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
        )


class SourceBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ("id", "title", "url", "outlet", "published_at")


class SpeakerBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Speaker
        fields = ("id", "name", "role", "kind")


class ClaimSerializer(serializers.ModelSerializer):
    speaker = SpeakerBriefSerializer(read_only=True)
    source = SourceBriefSerializer(read_only=True)

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
            "created_at",
        )


class ContradictionSerializer(serializers.ModelSerializer):
    claim_a = ClaimSerializer(read_only=True)
    claim_b = ClaimSerializer(read_only=True)
    reviewer = serializers.SlugRelatedField(read_only=True, slug_field="username")

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
