"""API v1 views: thin; business logic lives in services and selectors."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from django.db.models import Count, Prefetch
from django.http import StreamingHttpResponse
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.response import Response

from claims.api.filters import ClaimFilter, ContradictionFilter, SourceFilter, SpeakerFilter
from claims.api.pagination import ContradictionCursorPagination
from claims.api.serializers import (
    ClaimSerializer,
    ContradictionReviewSerializer,
    ContradictionSerializer,
    OpaqueSerializer,
    SourceAcceptedSerializer,
    SourceCreateSerializer,
    SourceSerializer,
    SpeakerSerializer,
    TimelineBucketSerializer,
    WebhookSerializer,
)
from claims.claimreview import ClaimReviewError, claimreview_export, claimreview_import
from claims.management.commands.report import contradiction_row
from claims.models import Claim, Source, Verdict, Webhook
from claims.selectors import (
    contradictions_report,
    speaker_timeline,
    speaker_verdict_counts,
    speakers_with_counts,
)
from claims.services import ArticleError, WorkflowError, contradiction_review, source_ingest
from claims.webhooks import WebhookURLError, webhook_create
from extractors.models import ExtractionRun

# Ids are positive 64-bit integers; anything else is a 404 before it reaches the database.
ID_RE = r"[0-9]{1,18}"

ARTICLE_EXAMPLE = {
    "text": "أعلن رئيس الحكومة العراقية مصطفى الكاظمي السبت أن العراق سيشهد بعد أيام انسحاب جميع القوات القتالية.",
    "title": "تأكيد عراقي على انسحاب قوات التحالف",
    "url": "https://example.org/news/1",
    "published_at": "2021-12-12T08:00:00Z",
    "language": "ar",
}


@extend_schema_view(
    list=extend_schema(summary="List sources with processing status and per-plugin runs"),
    retrieve=extend_schema(summary="One source with its processing status and per-plugin runs"),
)
class SourceViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """Articles. Newsrooms POST articles; processing happens in the background."""

    lookup_value_regex = ID_RE

    serializer_class = SourceSerializer
    filterset_class = SourceFilter

    def get_queryset(self):
        runs = Prefetch("runs", queryset=ExtractionRun.objects.order_by("plugin", "version"))
        return Source.objects.annotate(claim_count=Count("claims")).prefetch_related(runs).order_by("-id")

    @extend_schema(
        summary="Submit an article for processing",
        request=SourceCreateSerializer,
        responses={
            202: OpenApiResponse(SourceAcceptedSerializer, description="Stored and queued."),
            200: OpenApiResponse(SourceAcceptedSerializer, description="The same text was already stored."),
            400: OpenApiResponse(description="Invalid article (empty, binary, unknown field …)."),
            413: OpenApiResponse(description="Body over 2 MB."),
        },
        examples=[OpenApiExample("Arabic article", value=ARTICLE_EXAMPLE, request_only=True)],
    )
    def create(self, request, *args, **kwargs):
        from claims.intake.services import reject_record
        from claims.intake.throttles import SourceSubmitThrottle

        who = f"api user {request.user.pk or 'anonymous'} from {request.META.get('REMOTE_ADDR', '?')}"
        throttle = SourceSubmitThrottle()
        if not throttle.allow_request(request, self):
            reject_record(origin="api", reason="rate limit of article submissions exceeded", where=who)
            self.throttled(request, throttle.wait())
        try:
            data = request.data
        except Exception as exc:  # body too large (413), unparsable (400): recorded, then answered
            reject_record(
                origin="api",
                reason=f"{type(exc).__name__}: {exc}",
                where=who,
                size=int(request.META.get("CONTENT_LENGTH") or 0),
            )
            raise
        serializer = SourceCreateSerializer(data=data)
        if not serializer.is_valid():
            text = data.get("text") if hasattr(data, "get") else None
            reject_record(
                origin="api",
                reason=f"invalid: {json.dumps(serializer.errors, ensure_ascii=False)[:400]}",
                where=who,
                data=text if isinstance(text, str) else None,
            )
            raise ValidationError(serializer.errors)
        try:
            result = source_ingest(**serializer.validated_data)
        except ArticleError as exc:
            reject_record(origin="api", reason=str(exc), where=who, data=serializer.validated_data["text"])
            raise ValidationError({"text": [str(exc)]}) from exc
        body = {
            "id": result.source.id,
            "status": result.source.status,
            "duplicate": not result.created,
            "status_url": request.build_absolute_uri(reverse("source-detail", args=[result.source.id])),
        }
        return Response(body, status=status.HTTP_202_ACCEPTED if result.created else status.HTTP_200_OK)


@extend_schema_view(
    list=extend_schema(summary="Speakers with aliases, claim and verdict counts"),
    retrieve=extend_schema(summary="One speaker"),
)
class SpeakerViewSet(viewsets.ReadOnlyModelViewSet):
    lookup_value_regex = ID_RE
    serializer_class = SpeakerSerializer
    filterset_class = SpeakerFilter

    def get_queryset(self):
        return speakers_with_counts()

    def get_serializer_context(self):
        context = super().get_serializer_context()
        page = getattr(self, "_page_ids", None)
        if page is not None:
            context["verdict_counts"] = speaker_verdict_counts(speaker_ids=page)
        return context

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        if page is not None:
            self._page_ids = [s.id for s in page]
        return page

    def retrieve(self, request, *args, **kwargs):
        speaker = self.get_object()
        self._page_ids = [speaker.id]
        return Response(self.get_serializer(speaker).data)

    @extend_schema(
        summary="Claims and contradictions of a speaker per day",
        responses=TimelineBucketSerializer(many=True),
    )
    @action(detail=True, methods=["get"], pagination_class=None, filterset_class=None)
    def timeline(self, request, pk=None):
        speaker = self.get_object()
        return Response(TimelineBucketSerializer(speaker_timeline(speaker_id=speaker.id), many=True).data)


@extend_schema_view(
    list=extend_schema(summary="Claims, filterable by speaker, status, verdict, outlet, dates, text"),
    retrieve=extend_schema(summary="One claim"),
)
class ClaimViewSet(viewsets.ReadOnlyModelViewSet):
    lookup_value_regex = ID_RE
    serializer_class = ClaimSerializer
    filterset_class = ClaimFilter

    def get_queryset(self):
        verdicts = Prefetch("verdicts", queryset=Verdict.objects.select_related("rating"))
        return Claim.objects.select_related("speaker", "source").prefetch_related(verdicts).order_by("-id")


class CanReview(permissions.BasePermission):
    message = "Reviewing contradictions needs the fact-checker or editor role."

    def has_permission(self, request, view):
        return request.user.has_perm("claims.change_contradiction")


def _export_rows(queryset) -> Iterator[dict]:
    for row in queryset.iterator(chunk_size=500):
        yield contradiction_row(row)


@extend_schema_view(
    list=extend_schema(
        summary="The contradiction report",
        description="Both claims nested (text, speaker name and role, source title/url/date, spans) with kind, "
        "score, explanation, status and reviewer. Rejected pairs are left out unless `status=rejected` is "
        "asked for. Cursor pagination: follow `next`.",
    ),
    retrieve=extend_schema(summary="One contradiction"),
)
class ContradictionViewSet(viewsets.ReadOnlyModelViewSet):
    lookup_value_regex = ID_RE
    serializer_class = ContradictionSerializer
    filterset_class = ContradictionFilter
    pagination_class = ContradictionCursorPagination

    def get_queryset(self):
        return contradictions_report(include_rejected=True)

    @extend_schema(
        summary="Confirm or reject a contradiction (fact-checkers and editors)",
        request=ContradictionReviewSerializer,
        responses={
            200: ContradictionSerializer,
            400: OpenApiResponse(description="Invalid review."),
            403: OpenApiResponse(description="Not a fact-checker or editor."),
        },
        examples=[
            OpenApiExample("Confirm", value={"status": "confirmed", "note": "CENTCOM statement checked"})
        ],
    )
    @action(detail=True, methods=["post"], permission_classes=[permissions.IsAuthenticated, CanReview])
    def review(self, request, pk=None):
        serializer = ContradictionReviewSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        contradiction = self.get_object()
        try:
            contradiction = contradiction_review(
                contradiction=contradiction, user=request.user, **serializer.validated_data
            )
        except WorkflowError as exc:
            raise ValidationError({"detail": str(exc)}) from exc
        return Response(ContradictionSerializer(contradiction).data)

    def _export(self, content_type: str, render) -> StreamingHttpResponse:
        queryset = self.filter_queryset(self.get_queryset())
        response = StreamingHttpResponse(render(_export_rows(queryset)), content_type=content_type)
        return response

    @extend_schema(
        summary="Export the report as CSV (streamed)", responses={(200, "text/csv"): OpenApiTypes.STR}
    )
    @action(detail=False, methods=["get"], url_path="export/csv", pagination_class=None)
    def export_csv(self, request):
        sides = ["id", "text", "speaker", "speaker_role", "source_url", "source_title", "date"]
        columns = ["id", "kind", "score", "status", "explanation", "detector"]

        def render(rows: Iterator[dict]) -> Iterator[str]:
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            writer.writerow(columns + [f"a_{c}" for c in sides] + [f"b_{c}" for c in sides])
            for row in rows:
                writer.writerow(
                    [row[c] for c in columns] + [row["a"][c] for c in sides] + [row["b"][c] for c in sides]
                )
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
            yield buffer.getvalue()

        return self._export("text/csv; charset=utf-8", render)

    @extend_schema(
        summary="Export the report as JSON Lines (streamed)",
        responses={(200, "application/jsonl"): OpenApiTypes.STR},
    )
    @action(detail=False, methods=["get"], url_path="export/jsonl", pagination_class=None)
    def export_jsonl(self, request):
        def render(rows: Iterator[dict]) -> Iterator[str]:
            for row in rows:
                yield json.dumps(row, ensure_ascii=False) + "\n"

        return self._export("application/jsonl; charset=utf-8", render)


class ClaimReviewViewSet(viewsets.GenericViewSet):
    """Published verdicts as schema.org ClaimReview JSON-LD; import from partner fact-checkers."""

    serializer_class = OpaqueSerializer
    lookup_value_regex = ID_RE
    queryset = (
        Verdict.objects.filter(status=Verdict.Status.PUBLISHED)
        .select_related("claim__speaker", "claim__source", "rating")
        .order_by("-published_at", "-id")
    )

    @extend_schema(
        summary="Published verdicts as ClaimReview JSON-LD",
        responses={200: OpenApiResponse(OpenApiTypes.OBJECT, description="A page of ClaimReview objects")},
    )
    def list(self, request):
        page = self.paginate_queryset(self.get_queryset())
        base = request.build_absolute_uri("/").rstrip("/")
        return self.get_paginated_response([claimreview_export(v, base_url=base) for v in page])

    @extend_schema(
        summary="One published verdict as ClaimReview JSON-LD",
        responses={200: OpenApiResponse(OpenApiTypes.OBJECT)},
    )
    def retrieve(self, request, pk=None):
        verdict = self.get_object()
        return Response(claimreview_export(verdict, base_url=request.build_absolute_uri("/").rstrip("/")))

    @extend_schema(
        summary="Import ClaimReview JSON-LD (one object or a list) from partner fact-checkers",
        request={"application/json": OpenApiTypes.OBJECT},
        responses={
            201: OpenApiResponse(OpenApiTypes.OBJECT, description="Per item: verdict, claim, created"),
            200: OpenApiResponse(
                OpenApiTypes.OBJECT,
                description="Every item was imported before (the import is idempotent): nothing new; "
                "per item: verdict, claim, created (false)",
            ),
            400: OpenApiResponse(description="An item is not a usable ClaimReview; nothing imported."),
            403: OpenApiResponse(description="Not a fact-checker or editor."),
        },
        examples=[
            OpenApiExample(
                "ClaimReview",
                request_only=True,
                value={
                    "@context": "https://schema.org",
                    "@type": "ClaimReview",
                    "url": "https://factcheck.example/1",
                    "claimReviewed": "القوات الأميركية ستنسحب بالكامل من العراق",
                    "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "فرانك ماكنزي"}},
                    "reviewRating": {
                        "@type": "Rating",
                        "ratingValue": 1,
                        "bestRating": 5,
                        "worstRating": 1,
                        "alternateName": "False",
                    },
                    "author": {"@type": "Organization", "name": "Partner fact-checker"},
                    "datePublished": "2021-12-13",
                },
            )
        ],
    )
    def create(self, request):
        if not request.user.has_perm("claims.add_verdict"):
            raise PermissionDenied("Importing verdicts needs the fact-checker or editor role.")
        try:
            results = claimreview_import(data=request.data, user=request.user)
        except ClaimReviewError as exc:
            raise ValidationError({"detail": str(exc)}) from exc
        return Response(
            {"results": [r.__dict__ for r in results]},
            status=status.HTTP_201_CREATED if any(r.created for r in results) else status.HTTP_200_OK,
        )


class IsOwner(permissions.BasePermission):
    def has_object_permission(self, request, view, obj):
        return obj.owner_id == request.user.id


@extend_schema_view(
    list=extend_schema(summary="Your webhooks"),
    create=extend_schema(summary="Register a webhook (the secret is shown once, in this response)"),
)
class WebhookViewSet(mixins.CreateModelMixin, mixins.DestroyModelMixin, viewsets.ReadOnlyModelViewSet):
    """Signed event notifications: `X-Mizan-Signature: sha256=<HMAC-SHA256 of the body>`."""

    lookup_value_regex = ID_RE

    serializer_class = WebhookSerializer
    permission_classes = [permissions.IsAuthenticated, IsOwner]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # schema generation has no user
            return Webhook.objects.none()
        return Webhook.objects.filter(owner=self.request.user)

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            webhook = webhook_create(owner=request.user, **serializer.validated_data)
        except WebhookURLError as exc:
            raise ValidationError({"url": [str(exc)]}) from exc
        data = WebhookSerializer(webhook, context={"show_secret": True}).data
        return Response(data, status=status.HTTP_201_CREATED)
