"""Plugin settings and runs in the admin."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.http import HttpResponseRedirect

from claims.desk.labels import PLUGIN_SETTINGS_EDITORS_ONLY, PLUGIN_SETTINGS_READ_ONLY
from extractors.base import PluginConfigError
from extractors.models import ExtractionRun, PluginConfig
from extractors.registry import get_registry


class PluginConfigForm(forms.ModelForm):
    class Meta:
        model = PluginConfig
        fields = ("name", "enabled", "config")

    def clean(self):
        data = super().clean()
        plugin = get_registry().all().get(data.get("name", ""))
        if plugin is None:
            known = ", ".join(sorted(get_registry().all()))
            raise forms.ValidationError(f"No registered plugin named {data.get('name')!r}. Known: {known}")
        try:
            plugin.make_config(data.get("config") or {})
        except PluginConfigError as exc:
            raise forms.ValidationError({"config": str(exc)}) from exc
        return data


@admin.register(PluginConfig)
class PluginConfigAdmin(admin.ModelAdmin):
    form = PluginConfigForm
    list_display = ("name", "enabled", "version", "config", "updated_at")
    list_editable = ("enabled",)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        """Only editors change plugin settings: anybody else gets a clear message, not a bare 403."""
        obj = self.get_object(request, object_id) if object_id else None
        allowed = self.has_change_permission(request, obj) if object_id else self.has_add_permission(request)
        if request.method == "POST" and not allowed and self.has_view_permission(request, obj):
            self.message_user(request, PLUGIN_SETTINGS_EDITORS_ONLY, messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())
        if request.method == "GET" and object_id and not allowed:
            self.message_user(request, PLUGIN_SETTINGS_READ_ONLY, messages.INFO)
        return super().changeform_view(request, object_id, form_url, extra_context)

    def changelist_view(self, request, extra_context=None):
        """Say which plugins cannot run here (missing data) or were refused (broken third parties)."""
        registry = get_registry()
        for name, reason in sorted(registry.unavailable.items()):
            self.message_user(request, f"{name} is unavailable on this machine: {reason}", messages.WARNING)
        for reason in registry.rejected:
            self.message_user(request, reason, messages.ERROR)
        return super().changelist_view(request, extra_context)

    @admin.display(description="version")
    def version(self, obj: PluginConfig) -> str:
        registry = get_registry()
        plugin = registry.all().get(obj.name)
        if plugin:
            return plugin.version
        return "unavailable" if obj.name in registry.unavailable else "not installed"


@admin.register(ExtractionRun)
class ExtractionRunAdmin(admin.ModelAdmin):
    list_display = ("source", "plugin", "version", "status", "attempts", "duration_ms", "started_at")
    list_filter = ("status", "plugin", "version")
    search_fields = ("source__title", "plugin", "error")
    readonly_fields = [f.name for f in ExtractionRun._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False
