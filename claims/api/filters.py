"""Filters for API lists (django-filter)."""

from __future__ import annotations

import django_filters
from django.db.models import Q

from claims.models import Claim, Contradiction, Speaker
from claims.text import normalize_ar


class ClaimFilter(django_filters.FilterSet):
    speaker = django_filters.NumberFilter(field_name="speaker_id")
    source = django_filters.NumberFilter(field_name="source_id")
    min_checkworthiness = django_filters.NumberFilter(field_name="checkworthiness", lookup_expr="gte")

    class Meta:
        model = Claim
        fields = ("speaker", "source", "status", "kind", "language")


class SpeakerFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="search", label="Name or alias (diacritics and letter variants ignored)"
    )

    class Meta:
        model = Speaker
        fields = ("kind", "country")

    def search(self, queryset, name, value):
        key = normalize_ar(value)
        return queryset.filter(
            Q(normalized_name__contains=key) | Q(aliases__normalized__contains=key)
        ).distinct()


class ContradictionFilter(django_filters.FilterSet):
    speaker = django_filters.NumberFilter(method="either_speaker", label="Speaker id on either side")
    min_score = django_filters.NumberFilter(field_name="score", lookup_expr="gte")

    class Meta:
        model = Contradiction
        fields = ("status", "kind", "detector")

    def either_speaker(self, queryset, name, value):
        return queryset.filter(Q(claim_a__speaker_id=value) | Q(claim_b__speaker_id=value))
