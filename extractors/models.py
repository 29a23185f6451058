"""Per-plugin settings and the record of every plugin run."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class PluginConfig(models.Model):
    """Enable/disable a plugin and override its typed Config (class defaults fill the rest)."""

    name = models.CharField(max_length=64, unique=True)
    enabled = models.BooleanField(default=True)
    config = models.JSONField(default=dict, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("plugin setting")
        verbose_name_plural = _("plugin settings")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ExtractionRun(models.Model):
    """One plugin over one article. The unique key makes re-running the same work a no-op."""

    class Status(models.TextChoices):
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    source = models.ForeignKey("claims.Source", on_delete=models.CASCADE, related_name="runs")
    plugin = models.CharField(max_length=64)
    version = models.CharField(max_length=32)
    config_hash = models.CharField(max_length=16)
    content_hash = models.CharField(max_length=64)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.RUNNING, db_index=True)
    attempts = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    output = models.JSONField(default=dict, blank=True)
    duration_ms = models.FloatField(null=True, blank=True)
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("extraction run")
        verbose_name_plural = _("extraction runs")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "plugin", "version", "config_hash", "content_hash"],
                name="extractionrun_unique",
            )
        ]

    def __str__(self) -> str:
        return f"{self.plugin}@{self.version} on source #{self.source_id}: {self.status}"
