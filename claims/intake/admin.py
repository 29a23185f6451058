"""Admin for intake: feeds (with "poll now"), rejected input, and a health block on the admin index.
Imported by claims/admin.py."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db import transaction
from django.utils import timezone

from claims.intake.health import broker_check, database_check, worker_check
from claims.models import Feed, RejectedInput, Source


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = (
        "__str__",
        "outlet",
        "language",
        "active",
        "poll_interval",
        "last_polled_at",
        "last_new",
        "has_error",
    )
    list_filter = ("active", "language")
    search_fields = ("name", "url", "outlet")
    readonly_fields = ("etag", "last_modified", "last_polled_at", "last_error", "last_new", "created_at")
    actions = ["poll_now"]

    @admin.display(boolean=True, description="error")
    def has_error(self, obj: Feed) -> bool:
        return bool(obj.last_error)

    @admin.action(description="Poll the selected feeds now")
    def poll_now(self, request, queryset):
        from claims.tasks import poll_feed

        ids = list(queryset.values_list("pk", flat=True))
        queryset.update(last_polled_at=timezone.now())
        for pk in ids:
            transaction.on_commit(lambda pk=pk: poll_feed.delay(pk))
        self.message_user(request, f"{len(ids)} feed(s) queued for polling.", messages.SUCCESS)


@admin.register(RejectedInput)
class RejectedInputAdmin(admin.ModelAdmin):
    list_display = ("created_at", "origin", "reason", "where", "size")
    list_filter = ("origin",)
    search_fields = ("reason", "where", "excerpt")
    date_hierarchy = "created_at"

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


def _admin_health() -> tuple[dict, str]:
    checks = {"database": database_check(), "broker": broker_check()}
    checks["worker"] = worker_check(wait=0) if checks["database"]["ok"] else {"ok": False, "detail": "?"}
    stuck = ""
    if checks["database"]["ok"]:
        waiting = Source.objects.filter(status__in=[Source.Status.PENDING, Source.Status.PROCESSING]).count()
        failed = Source.objects.filter(status=Source.Status.FAILED).count()
        stuck = f"{waiting} source(s) waiting or in progress, {failed} failed"
    ok = all(c["ok"] for c in checks.values())
    return {"status": "ok" if ok else "fail", "checks": checks}, stuck


_original_index = admin.site.index


def _index_with_health(request, extra_context=None):
    extra = dict(extra_context or {})
    try:
        extra["mizan_health"], extra["mizan_stuck"] = _admin_health()
    except Exception as exc:  # the status block must never break the admin
        extra["mizan_health"] = {"status": "fail", "checks": {"health": {"ok": False, "detail": str(exc)}}}
    return _original_index(request, extra)


admin.site.index = _index_with_health
admin.site.index_template = "admin/mizan_index.html"
