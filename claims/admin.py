"""The fact-checker's view of the claims database."""

from __future__ import annotations

from django.contrib import admin, messages
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from claims.models import Claim, Contradiction, Source, Speaker, SpeakerAlias
from claims.services import contradiction_review


class ClaimInline(admin.TabularInline):
    model = Claim
    fields = ("text", "speaker", "kind", "status", "checkworthiness")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ("title", "outlet", "language", "published_at", "status", "claim_count", "created_at")
    list_filter = ("status", "language", "outlet")
    search_fields = ("title", "url", "text")
    date_hierarchy = "published_at"
    readonly_fields = ("content_hash", "created_at", "processed_at", "status", "error")
    inlines = [ClaimInline]

    @admin.display(description="claims")
    def claim_count(self, obj: Source) -> int:
        return obj.claims.count()


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    extra = 0
    readonly_fields = ("normalized",)


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "role", "organisation", "country", "claim_count")
    list_filter = ("kind", "country")
    search_fields = ("name", "normalized_name", "role", "aliases__normalized", "aliases__alias")
    readonly_fields = ("normalized_name",)
    inlines = [SpeakerAliasInline]

    @admin.display(description="claims")
    def claim_count(self, obj: Speaker) -> int:
        return obj.claims.count()


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    list_display = ("short_text", "speaker", "kind", "status", "checkworthiness", "source", "extractor_label")
    list_filter = ("status", "kind", "language", "extractor")
    search_fields = ("text", "speaker__name", "speaker__normalized_name", "source__title")
    list_select_related = ("speaker", "source")
    ordering = ("-checkworthiness", "-id")
    readonly_fields = (
        "source",
        "text",
        "start",
        "end",
        "cue",
        "kind",
        "language",
        "numbers",
        "dates",
        "extractor",
        "extractor_version",
        "fingerprint",
        "speaker_mention",
        "speaker_start",
        "speaker_end",
        "checkworthiness",
        "in_context",
        "created_at",
        "updated_at",
    )
    autocomplete_fields = ("speaker",)

    @admin.display(description="claim")
    def short_text(self, obj: Claim) -> str:
        return format_html('<span dir="auto">{}</span>', obj.text[:120])

    @admin.display(description="extractor")
    def extractor_label(self, obj: Claim) -> str:
        return f"{obj.extractor}@{obj.extractor_version}"

    @admin.display(description="in its article")
    def in_context(self, obj: Claim) -> str:
        text = obj.source.text
        lo, hi = max(0, obj.start - 300), min(len(text), obj.end + 300)
        return format_html(
            '<div dir="auto" style="white-space:pre-wrap;max-width:60em">{}<mark>{}</mark>{}</div>',
            text[lo : obj.start],
            text[obj.start : obj.end],
            text[obj.end : hi],
        )


@admin.register(Contradiction)
class ContradictionAdmin(SimpleHistoryAdmin):
    list_display = ("__str__", "speaker_a", "speaker_b", "kind", "score", "status", "detector_label")
    list_filter = ("status", "kind", "detector")
    search_fields = (
        "explanation",
        "claim_a__text",
        "claim_b__text",
        "claim_a__speaker__name",
        "claim_b__speaker__name",
    )
    list_select_related = ("claim_a__speaker", "claim_b__speaker")
    readonly_fields = (
        "claim_a",
        "claim_b",
        "kind",
        "score",
        "explanation",
        "spans",
        "detector",
        "detector_version",
        "reviewer",
        "created_at",
        "updated_at",
    )
    actions = ["confirm", "reject"]

    @admin.display(description="speaker A")
    def speaker_a(self, obj: Contradiction) -> str:
        return str(obj.claim_a.speaker or "—")

    @admin.display(description="speaker B")
    def speaker_b(self, obj: Contradiction) -> str:
        return str(obj.claim_b.speaker or "—")

    @admin.display(description="detector")
    def detector_label(self, obj: Contradiction) -> str:
        return f"{obj.detector}@{obj.detector_version}"

    @admin.action(description="Confirm the selected contradictions")
    def confirm(self, request, queryset):
        for row in queryset:
            contradiction_review(contradiction=row, user=request.user, status=Contradiction.Status.CONFIRMED)
        self.message_user(request, f"{queryset.count()} confirmed", messages.SUCCESS)

    @admin.action(description="Reject the selected contradictions")
    def reject(self, request, queryset):
        for row in queryset:
            contradiction_review(contradiction=row, user=request.user, status=Contradiction.Status.REJECTED)
        self.message_user(request, f"{queryset.count()} rejected", messages.SUCCESS)


@admin.register(SpeakerAlias)
class SpeakerAliasAdmin(admin.ModelAdmin):
    list_display = ("alias", "speaker", "normalized")
    search_fields = ("alias", "normalized", "speaker__name")
    list_select_related = ("speaker",)
    autocomplete_fields = ("speaker",)
