"""Read-only API (v1) for claims, speakers, sources and contradictions. Authenticated only."""

from __future__ import annotations

from rest_framework import viewsets

from claims.api.filters import ClaimFilter, ContradictionFilter, SpeakerFilter
from claims.api.serializers import (
    ClaimSerializer,
    ContradictionSerializer,
    SourceSerializer,
    SpeakerSerializer,
)
from claims.models import Claim, Source, Speaker
from claims.selectors import contradictions_report


class SourceViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Source.objects.order_by("-id")
    serializer_class = SourceSerializer
    filterset_fields = ("status", "language", "outlet")


class SpeakerViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Speaker.objects.prefetch_related("aliases").order_by("name", "id")
    serializer_class = SpeakerSerializer
    filterset_class = SpeakerFilter


class ClaimViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Claim.objects.select_related("speaker", "source").order_by("-id")
    serializer_class = ClaimSerializer
    filterset_class = ClaimFilter


class ContradictionViewSet(viewsets.ReadOnlyModelViewSet):
    """The contradiction report: both claims nested, with kind, score and explanation.
    Rejected pairs are left out unless ``status=rejected`` is asked for."""

    serializer_class = ContradictionSerializer
    filterset_class = ContradictionFilter

    def get_queryset(self):
        wants_rejected = self.request.query_params.get("status") == "rejected"
        return contradictions_report(include_rejected=wants_rejected)
