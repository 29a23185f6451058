"""Plugin registry: built-ins listed in settings plus third-party entry points.

Built-ins are ours: a broken one is a programming error and raises. Third-party plugins come from the
entry-point groups ``mizan.extractors`` and ``mizan.detectors``; one that fails to load or breaks the
contract is logged and skipped, never taking the pipeline down. Duplicate names are rejected (pluggy's
rule): the first registered wins and the duplicate is reported.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import entry_points

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

from extractors.base import Detector, Extractor, Plugin, PluginError

logger = logging.getLogger(__name__)

GROUPS: dict[str, type[Plugin]] = {"mizan.extractors": Extractor, "mizan.detectors": Detector}


@dataclass
class Registry:
    extractors: dict[str, type[Extractor]] = field(default_factory=dict)
    detectors: dict[str, type[Detector]] = field(default_factory=dict)
    rejected: list[str] = field(default_factory=list)  # human-readable reasons, shown in the admin
    unavailable: dict[str, str] = field(default_factory=dict)  # name → why it cannot run on this machine

    def register(self, plugin: object, *, base: type[Plugin], origin: str) -> None:
        """Validate and add one plugin class; raise PluginError with a precise message."""
        if not isinstance(plugin, type) or not issubclass(plugin, base):
            raise PluginError(f"{origin}: {plugin!r} is not a subclass of {base.__module__}.{base.__name__}")
        plugin.validate_class()
        available = getattr(plugin, "available", None)
        if callable(available):
            ok, reason = available()
            if not ok:  # e.g. needs CAMeL Tools data that is not installed: listed, never run
                self.unavailable[plugin.name] = reason
                logger.info("%s unavailable: %s", plugin.name, reason)
                return
        table = self.extractors if base is Extractor else self.detectors
        if plugin.name in table and table[plugin.name] is not plugin:
            other = table[plugin.name]
            raise PluginError(
                f"{origin}: duplicate plugin name {plugin.name!r}, already registered by "
                f"{other.__module__}.{other.__qualname__}"
            )
        table[plugin.name] = plugin

    def all(self) -> dict[str, type[Plugin]]:
        return {**self.extractors, **self.detectors}


def build_registry() -> Registry:
    registry = Registry()
    for setting, base in (("MIZAN_EXTRACTORS", Extractor), ("MIZAN_DETECTORS", Detector)):
        for path in getattr(settings, setting):
            try:
                registry.register(import_string(path), base=base, origin=f"settings.{setting}")
            except (ImportError, PluginError) as exc:
                raise ImproperlyConfigured(f"Built-in plugin {path!r} is invalid: {exc}") from exc
    for group, base in GROUPS.items():
        for entry_point in entry_points(group=group):
            origin = f"entry point {entry_point.name!r} ({entry_point.value}) in group {group!r}"
            try:
                registry.register(entry_point.load(), base=base, origin=origin)
            except Exception as exc:  # a third-party plugin must never take the pipeline down
                reason = f"{origin} skipped: {exc}"
                logger.error(reason)
                registry.rejected.append(reason)
    return registry


@cache
def get_registry() -> Registry:
    return build_registry()


def reset_registry() -> None:
    """Forget the cached registry (tests, or after installing a plugin in a running shell)."""
    get_registry.cache_clear()
