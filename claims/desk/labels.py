"""Translatable labels for values whose model choices are not marked for translation."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

CLAIM_STATUS = {
    "unverified": _("Unverified"),
    "in_review": _("In review"),
    "drafted": _("Verdict drafted"),
    "published": _("Published"),
    "dismissed": _("Dismissed (not checkable)"),
}
CONTRADICTION_STATUS = {
    "suggested": _("Suggested"),
    "confirmed": _("Confirmed"),
    "rejected": _("Rejected"),
}
VERDICT_STATUS = {"drafted": _("Drafted"), "published": _("Published")}
SPEAKER_KIND = {"person": _("Person"), "organisation": _("Organisation"), "source": _("Unnamed source")}
CLAIM_KIND = {"direct": _("Direct quote"), "indirect": _("Indirect speech")}
CONTRADICTION_KIND = {
    "antonymy": _("Opposite statements"),
    "negation": _("Negation"),
    "numeric": _("Different numbers"),
    "number": _("Different numbers"),
    "date": _("Different dates"),
}

# Used by extractors/admin.py (kept here so one catalogue holds every string of the desk).
PLUGIN_SETTINGS_EDITORS_ONLY = _(
    "Only editors may change plugin settings; nothing was saved. Ask an editor if a plugin needs changing."
)
PLUGIN_SETTINGS_READ_ONLY = _("Plugin settings are read-only for you: only editors can change them.")


def label(mapping: dict, value: str) -> str:
    """The translated label of ``value``, or the value itself when it has none."""
    return mapping.get(value, value)
