"""Filters for API lists (django-filter); each filter is described in the OpenAPI schema."""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Q
from rest_framework.exceptions import ValidationError

from claims.models import Claim, Contradiction, Source, Speaker
from claims.text import normalize_ar


class IdFilter(django_filters.NumberFilter):
    """A database id: a positive integer that fits in 64 bits (larger values are a 400, not a 500)."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", 2**63 - 1)
        super().__init__(*args, **kwargs)


class SourceFilter(django_filters.FilterSet):
    class Meta:
        model = Source
        fields = {"status": ["exact"], "language": ["exact"], "outlet": ["exact"]}


class ClaimFilter(django_filters.FilterSet):
    speaker = IdFilter(field_name="speaker_id", help_text="Speaker id.")
    source = IdFilter(field_name="source_id", help_text="Source id.")
    status = django_filters.ChoiceFilter(choices=Claim.Status.choices, help_text="Verification status.")
    kind = django_filters.ChoiceFilter(choices=Claim.Kind.choices)
    language = django_filters.CharFilter(help_text="Language code, e.g. ar.")
    outlet = django_filters.CharFilter(field_name="source__outlet", help_text="Outlet of the source.")
    verdict = django_filters.CharFilter(
        method="by_verdict", help_text="Name of the published verdict's rating, e.g. False."
    )
    published_after = django_filters.IsoDateTimeFilter(
        field_name="source__published_at",
        lookup_expr="gte",
        help_text="Source published at or after (ISO 8601).",
    )
    published_before = django_filters.IsoDateTimeFilter(
        field_name="source__published_at", lookup_expr="lt", help_text="Source published before (ISO 8601)."
    )
    min_checkworthiness = django_filters.NumberFilter(
        field_name="checkworthiness", lookup_expr="gte", help_text="Check-worthiness at least (0–1)."
    )
    q = django_filters.CharFilter(
        method="search", help_text="Free text; ignores Arabic diacritics and letter variants."
    )

    class Meta:
        model = Claim
        fields: list[str] = []

    def by_verdict(self, queryset, name, value):
        return queryset.filter(verdicts__status="published", verdicts__rating__name__iexact=value).distinct()

    def search(self, queryset, name, value):
        key = normalize_ar(value)
        return queryset.filter(Q(normalized_text__contains=key) | Q(speaker__normalized_name__contains=key))


class SpeakerFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="search", help_text="Name or alias; ignores diacritics and letter variants."
    )
    kind = django_filters.ChoiceFilter(choices=Speaker.Kind.choices)
    country = django_filters.CharFilter()

    class Meta:
        model = Speaker
        fields: list[str] = []

    def search(self, queryset, name, value):
        key = normalize_ar(value)
        matching = Speaker.objects.filter(
            Q(normalized_name__contains=key) | Q(aliases__normalized__contains=key)
        ).values("id")
        return queryset.filter(id__in=matching)


class ContradictionFilter(django_filters.FilterSet):
    speaker = IdFilter(method="either_speaker", help_text="Speaker id on either side.")
    speakers = django_filters.CharFilter(
        method="pair",
        help_text="Two speaker ids separated by a comma: contradictions between exactly these two.",
    )
    status = django_filters.MultipleChoiceFilter(
        choices=Contradiction.Status.choices,
        help_text="suggested, confirmed or rejected (repeatable). Default: everything except rejected.",
    )
    kind = django_filters.CharFilter(help_text="e.g. antonymy, numeric, negation.")
    since = django_filters.IsoDateTimeFilter(
        field_name="created_at", lookup_expr="gte", help_text="Found at or after."
    )
    until = django_filters.IsoDateTimeFilter(
        field_name="created_at", lookup_expr="lt", help_text="Found before."
    )
    min_score = django_filters.NumberFilter(
        field_name="score", lookup_expr="gte", help_text="Score at least (0–1)."
    )

    class Meta:
        model = Contradiction
        fields: list[str] = []

    def either_speaker(self, queryset, name, value):
        return queryset.filter(Q(claim_a__speaker_id=value) | Q(claim_b__speaker_id=value))

    def pair(self, queryset, name, value):
        try:
            first, second = (int(v) for v in value.split(","))
        except ValueError as exc:
            raise ValidationError(
                {"speakers": ["Expected two speaker ids separated by a comma, e.g. 3,7."]}
            ) from exc
        return queryset.filter(
            Q(claim_a__speaker_id=first, claim_b__speaker_id=second)
            | Q(claim_a__speaker_id=second, claim_b__speaker_id=first)
        )

    def filter_queryset(self, queryset):
        if not self.form.cleaned_data.get("status"):
            queryset = queryset.exclude(status=Contradiction.Status.REJECTED)
        return super().filter_queryset(queryset)
