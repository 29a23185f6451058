"""The fact-checker's desk in the Django admin.

Claims, contradictions and verdicts are changed only through the workflow services (claims.services);
the change forms show status and assignee read-only and offer buttons that call those services.
Custom views (claims/desk/views.py):

* ``admin/claims/claim/<id>/workflow/<step>/``  — assign-me, assign, dismiss, draft, publish (POST)
* ``admin/claims/contradiction/review/``        — start the review queue
* ``admin/claims/contradiction/<id>/review/``   — side-by-side review, confirm / reject
* ``admin/claims/speaker/<id>/dossier/``        — the speaker dossier with its timeline
* ``admin/claims/speaker/<id>/merge/``          — merge another speaker into this one (POST)
"""

from __future__ import annotations

from datetime import date

from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.db import transaction
from django.db.models import Count, Q
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from claims.desk import queries, views
from claims.desk.labels import (
    CLAIM_KIND,
    CLAIM_STATUS,
    CONTRADICTION_KIND,
    CONTRADICTION_STATUS,
    VERDICT_STATUS,
    label,
)
from claims.desk.render import in_article
from claims.forms import AssignForm, SpeakerAliasForm, SpeakerAliasFormSet, SpeakerMergeChoiceForm
from claims.models import Claim, Contradiction, Rating, Source, Speaker, SpeakerAlias, Verdict
from claims.services import (
    WorkflowError,
    claim_assign,
    claim_dismiss,
    contradiction_review,
    speaker_merge,
    speaker_name_alias_ensure,
    speaker_save,
    verdict_publish,
)


def _refused(request, exc: Exception) -> None:
    views.refused(request, exc)


# --- list filters ----------------------------------------------------------------------------------


class ClaimStatusFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return list(CLAIM_STATUS.items())

    def queryset(self, request, queryset):
        return queryset.filter(status=self.value()) if self.value() in CLAIM_STATUS else queryset


class ContradictionStatusFilter(ClaimStatusFilter):
    def lookups(self, request, model_admin):
        return list(CONTRADICTION_STATUS.items())

    def queryset(self, request, queryset):
        return queryset.filter(status=self.value()) if self.value() in CONTRADICTION_STATUS else queryset


class ClaimKindFilter(ClaimStatusFilter):
    title = _("kind")
    parameter_name = "kind"

    def lookups(self, request, model_admin):
        return list(CLAIM_KIND.items())

    def queryset(self, request, queryset):
        return queryset.filter(kind=self.value()) if self.value() in CLAIM_KIND else queryset


def _outlet(claim: Claim) -> str:
    """Where a claim was published, as a reviewer names it: the outlet, else the article."""
    return claim.source.outlet or str(claim.source)


def titled(filter_class, title):
    """``filter_class`` with a translatable title (model field names are not marked for translation)."""

    class Titled(filter_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.title = title

    Titled.__name__ = f"Titled{filter_class.__name__}"
    return Titled


class HasContradictionsFilter(admin.SimpleListFilter):
    title = _("has contradictions")
    parameter_name = "contradicted"

    def lookups(self, request, model_admin):
        return [
            ("yes", _("Yes (suggested or confirmed)")),
            ("confirmed", _("Confirmed only")),
            ("no", _("No")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(queries.has_contradictions_q())
        if self.value() == "confirmed":
            return queryset.filter(queries.has_contradictions_q(("confirmed",)))
        if self.value() == "no":
            return queryset.exclude(queries.has_contradictions_q())
        return queryset


class PublishedRangeFilter(admin.ListFilter):
    """Articles published between two dates (either may be left empty)."""

    title = _("published between")
    template = "admin/claims/filters/date_range.html"
    parameters = ("published_from", "published_to")

    def __init__(self, request, params, model, model_admin):
        super().__init__(request, params, model, model_admin)
        self.values: dict[str, str] = {}
        for name in self.parameters:
            if name in params:
                value = params.pop(name)
                value = value[-1] if isinstance(value, list) else value
                self.used_parameters[name] = value
                self.values[name] = value

    def has_output(self) -> bool:
        return True

    def expected_parameters(self):
        return list(self.parameters)

    def _date(self, name: str) -> date | None:
        try:
            return date.fromisoformat(self.values.get(name, ""))
        except ValueError:
            return None

    def queryset(self, request, queryset):
        start, end = self._date("published_from"), self._date("published_to")
        if start:
            queryset = queryset.filter(source__published_at__date__gte=start)
        if end:
            queryset = queryset.filter(source__published_at__date__lte=end)
        return queryset

    def choices(self, changelist):
        keep = [
            (key, value)
            for key, values in changelist.params.items()
            if key not in self.parameters and key != "p"
            for value in (values if isinstance(values, list) else [values])
        ]
        yield {
            "hidden": keep,
            "published_from": self.values.get("published_from", ""),
            "published_to": self.values.get("published_to", ""),
            "clear_url": changelist.get_query_string(remove=list(self.parameters)),
            "active": bool(self.values),
        }


# --- sources, speakers, aliases ---------------------------------------------------------------------


class ClaimInline(admin.TabularInline):
    model = Claim
    fields = ("text", "speaker", "kind", "status", "checkworthiness")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ("title", "outlet", "language", "published_at", "status", "claim_count", "created_at")
    list_filter = ("status", "language", "outlet")
    search_fields = ("title", "url", "text")
    date_hierarchy = "published_at"
    readonly_fields = ("content_hash", "created_at", "processed_at", "status", "error")
    inlines = [ClaimInline]

    @admin.display(description=_("claims"))
    def claim_count(self, obj: Source) -> int:
        return obj.claims.count()


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    form = SpeakerAliasForm
    formset = SpeakerAliasFormSet
    extra = 0
    readonly_fields = ("normalized",)


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "role", "organisation", "country", "claim_count", "dossier_link")
    list_filter = ("kind", "country")
    search_fields = ("name", "normalized_name", "role", "aliases__normalized", "aliases__alias")
    readonly_fields = ("normalized_name",)
    inlines = [SpeakerAliasInline]
    actions = ["merge_speakers"]
    change_form_template = "admin/claims/speaker/change_form.html"

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(desk_claims=Count("claims", distinct=True))

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path(
                "<path:object_id>/dossier/",
                wrap(lambda request, object_id: views.speaker_dossier_view(self, request, object_id)),
                name="claims_speaker_dossier",
            ),
            path(
                "<path:object_id>/merge/",
                wrap(lambda request, object_id: views.speaker_merge_view(self, request, object_id)),
                name="claims_speaker_merge",
            ),
            *super().get_urls(),
        ]

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        return queries.speaker_search(queryset, search_term), False

    def save_model(self, request, obj, form, change) -> None:
        speaker_save(speaker=obj)

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)  # the alias rows first
        holder = speaker_name_alias_ensure(speaker=form.instance)
        if holder is not None:
            self.message_user(
                request,
                gettext(
                    "“%(name)s” is an alias of %(other)s: later articles that write it go there. Merge the two."
                )
                % {"name": form.instance.name, "other": holder.name},
                messages.WARNING,
            )

    @admin.display(description=_("claims"), ordering="desk_claims")
    def claim_count(self, obj: Speaker) -> int:
        return obj.desk_claims

    @admin.display(description=_("dossier"))
    def dossier_link(self, obj: Speaker) -> str:
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:claims_speaker_dossier", args=[obj.pk]), gettext("dossier")
        )

    @admin.action(description=_("Merge the two selected speakers"), permissions=["delete"])
    def merge_speakers(self, request, queryset):
        speakers = list(queryset.order_by("pk"))
        if len(speakers) != 2:
            self.message_user(request, gettext("Select exactly two speakers to merge."), messages.ERROR)
            return None
        form = SpeakerMergeChoiceForm(request.POST if "apply" in request.POST else None, speakers=speakers)
        if form.is_valid():
            keep = form.cleaned_data["keep"]
            merge = next(s for s in speakers if s.pk != keep.pk)
            try:
                speaker_merge(keep=keep, merge=merge, by=request.user)
            except WorkflowError as exc:
                _refused(request, exc)
                return None
            self.message_user(
                request,
                gettext("%(merged)s was merged into %(kept)s.") % {"merged": merge.name, "kept": keep.name},
                messages.SUCCESS,
            )
            return None
        return TemplateResponse(
            request,
            "admin/claims/speaker/merge_intermediate.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "title": gettext("Merge two speakers"),
                "speakers": speakers,
                "form": form,
                "action_checkbox_name": ACTION_CHECKBOX_NAME,
            },
        )


@admin.register(SpeakerAlias)
class SpeakerAliasAdmin(admin.ModelAdmin):
    form = SpeakerAliasForm
    readonly_fields = ("normalized",)
    list_display = ("alias", "speaker", "normalized")
    search_fields = ("alias", "normalized", "speaker__name")
    list_select_related = ("speaker",)
    autocomplete_fields = ("speaker",)


# --- claims: the queue and the claim page ------------------------------------------------------------


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    list_display = (
        "short_text",
        "speaker_name",
        "status_label",
        "assignee_name",
        "worthiness",
        "published",
        "outlet",
        "contradiction_count",
    )
    list_display_links = ("short_text",)
    list_filter = (
        ClaimStatusFilter,
        ("assignee", titled(admin.RelatedOnlyFieldListFilter, _("assigned to"))),
        ("speaker", titled(admin.RelatedOnlyFieldListFilter, _("speaker"))),
        ("source__outlet", titled(admin.AllValuesFieldListFilter, _("outlet"))),
        ("language", titled(admin.AllValuesFieldListFilter, _("language"))),
        PublishedRangeFilter,
        HasContradictionsFilter,
        ClaimKindFilter,
        ("extractor", titled(admin.AllValuesFieldListFilter, _("extractor"))),
    )
    search_fields = ("normalized_text",)  # shows the search box; get_search_results does the work
    search_help_text = _("Ignores diacritics and alef/hamza, ya/alef maqsura and ta marbuta variants.")
    list_select_related = ("speaker", "source", "assignee")
    ordering = ("-checkworthiness", "-id")
    list_per_page = 50
    actions = ["assign_to_me", "assign_to_reviewer", "dismiss_claims"]
    change_form_template = "admin/claims/claim/change_form.html"
    change_list_template = "admin/claims/claim/change_list.html"
    autocomplete_fields = ("speaker",)
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "in_context",
                    "speaker",
                    "speaker_with_role",
                    "speaker_mention",
                    "cue",
                    "kind_label",
                )
            },
        ),
        (_("Verification"), {"fields": ("status_label", "assignee", "checkworthiness")}),
        (_("Found in the claim"), {"fields": ("numbers_found", "dates_found")}),
        (
            _("Contradictions and verdicts"),
            {"fields": ("contradiction_links", "copies", "verdict_list", "history_link")},
        ),
        (
            _("Provenance"),
            {
                "classes": ("collapse",),
                "fields": (
                    "source",
                    "extractor_label",
                    "language",
                    "start",
                    "end",
                    "speaker_start",
                    "speaker_end",
                    "fingerprint",
                    "created_at",
                    "updated_at",
                ),
            },
        ),
    )
    readonly_fields = (
        "in_context",
        "speaker_with_role",
        "mention",
        "cue_label",
        "kind_label",
        "status_label",
        "assignee_label",
        "checkworthiness_label",
        "numbers_found",
        "dates_found",
        "contradiction_links",
        "copies",
        "verdict_list",
        "history_link",
        "source",
        "extractor_label",
        "language",
        "start",
        "end",
        "speaker_start",
        "speaker_end",
        "fingerprint",
        "created_at",
        "updated_at",
    )

    def has_add_permission(self, request) -> bool:
        return False  # claims come from the extractors

    def get_queryset(self, request):
        not_rejected_a = ~Q(contradictions_as_a__status=Contradiction.Status.REJECTED)
        not_rejected_b = ~Q(contradictions_as_b__status=Contradiction.Status.REJECTED)
        return (
            super()
            .get_queryset(request)
            .annotate(
                desk_contradictions=Count("contradictions_as_a", filter=not_rejected_a, distinct=True)
                + Count("contradictions_as_b", filter=not_rejected_b, distinct=True)
            )
        )

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        return queries.claim_search(queryset, search_term), False

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path(
                "<path:object_id>/workflow/<str:step>/",
                wrap(lambda request, object_id, step: views.claim_workflow(self, request, object_id, step)),
                name="claims_claim_workflow",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        claim = self.get_object(request, object_id)
        extra = dict(extra_context or {})
        if claim is not None:
            extra.update(views.claim_change_context(request, claim))
        return super().change_view(request, object_id, form_url, extra_context=extra)

    # list columns -----------------------------------------------------------------------------

    @admin.display(description=_("claim"), ordering="text")
    def short_text(self, obj: Claim) -> str:
        return format_html('<span dir="auto">{}</span>', obj.text[:120])

    @admin.display(description=_("status"), ordering="status")
    def status_label(self, obj: Claim) -> str:
        return format_html(
            '<span class="mz-status mz-status-{}">{}</span>', obj.status, label(CLAIM_STATUS, obj.status)
        )

    @admin.display(description=_("speaker"), ordering="speaker__name")
    def speaker_name(self, obj: Claim) -> str:
        return format_html('<span dir="auto">{}</span>', obj.speaker.name) if obj.speaker else "—"

    @admin.display(description=_("assigned to"), ordering="assignee__username")
    def assignee_name(self, obj: Claim) -> str:
        return str(obj.assignee or "—")

    @admin.display(description=_("check-worthiness"), ordering="checkworthiness")
    def worthiness(self, obj: Claim) -> str:
        return f"{obj.checkworthiness:.2f}"

    @admin.display(description=_("published"), ordering="source__published_at")
    def published(self, obj: Claim) -> str:
        day = obj.source.published_at
        return format_html('<bdi dir="ltr" class="mz-date">{}</bdi>', day.date().isoformat()) if day else "—"

    @admin.display(description=_("outlet"), ordering="source__outlet")
    def outlet(self, obj: Claim) -> str:
        return obj.source.outlet or "—"

    @admin.display(description=_("contradictions"), ordering="desk_contradictions")
    def contradiction_count(self, obj: Claim) -> str:
        count = getattr(obj, "desk_contradictions", 0)
        if not count:
            return "—"
        return format_html('<strong class="mz-contradicted">{}</strong>', count)

    # change form fields ------------------------------------------------------------------------

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "speaker":
            field.label = _("Speaker")
            field.help_text = _("Correct the speaker if the extractor got it wrong.")
        return field

    @admin.display(description=_("speaker as written"))
    def mention(self, obj: Claim) -> str:
        return format_html('<span dir="auto">{}</span>', obj.speaker_mention or "—")

    @admin.display(description=_("reporting verb"))
    def cue_label(self, obj: Claim) -> str:
        return format_html('<span dir="auto">{}</span>', obj.cue or "—")

    @admin.display(description=_("assigned to"))
    def assignee_label(self, obj: Claim) -> str:
        return str(obj.assignee or "—")

    @admin.display(description=_("check-worthiness"))
    def checkworthiness_label(self, obj: Claim) -> str:
        return f"{obj.checkworthiness:.2f}"

    @admin.display(description=_("extractor"))
    def extractor_label(self, obj: Claim) -> str:
        return f"{obj.extractor}@{obj.extractor_version}"

    @admin.display(description=_("kind"))
    def kind_label(self, obj: Claim) -> str:
        return label(CLAIM_KIND, obj.kind)

    @admin.display(description=_("in its article"))
    def in_context(self, obj: Claim) -> str:
        return format_html(
            '<div dir="auto" class="mz-article">{}</div><p class="mz-source">{}</p>',
            in_article(obj.source.text, obj.start, obj.end),
            format_html(
                '<a href="{}">{}</a> · {} · <bdi dir="ltr">{}</bdi>',
                reverse("admin:claims_source_change", args=[obj.source_id]),
                obj.source,
                obj.source.outlet or "—",
                obj.source.published_at.date().isoformat() if obj.source.published_at else "—",
            ),
        )

    @admin.display(description=_("speaker (role)"))
    def speaker_with_role(self, obj: Claim) -> str:
        if not obj.speaker:
            return gettext("unknown speaker")
        return format_html(
            '<a href="{}" dir="auto"><strong>{}</strong></a>{}',
            reverse("admin:claims_speaker_dossier", args=[obj.speaker_id]),
            obj.speaker.name,
            format_html(" — <span dir='auto'>{}</span>", obj.speaker.role) if obj.speaker.role else "",
        )

    @staticmethod
    def _found(items: list[dict], fmt) -> str:
        if not items:
            return "—"
        return format_html(
            "<ul class='mz-found'>{}</ul>",
            format_html_join("", "<li dir='auto'>{}</li>", ((fmt(i),) for i in items)),
        )

    @admin.display(description=_("numbers"))
    def numbers_found(self, obj: Claim) -> str:
        return self._found(
            obj.numbers,
            lambda i: " · ".join(
                str(v) for v in (i.get("text"), i.get("value"), i.get("unit")) if v not in (None, "")
            ),
        )

    @admin.display(description=_("dates"))
    def dates_found(self, obj: Claim) -> str:
        return self._found(
            obj.dates,
            lambda i: " · ".join(
                str(v) for v in (i.get("text"), i.get("value") or i.get("date")) if v not in (None, "")
            ),
        )

    @admin.display(description=_("contradictions"))
    def contradiction_links(self, obj: Claim) -> str:
        # A syndicated copy's contradictions are this statement's too: they are suggested once.
        mine = Q(claim_a=obj) | Q(claim_b=obj)
        if obj.text_key:
            mine |= Q(claim_a__text_key=obj.text_key) | Q(claim_b__text_key=obj.text_key)
        rows = Contradiction.objects.filter(mine).select_related(
            "claim_a__speaker", "claim_b__speaker", "claim_a__source", "claim_b__source"
        )
        if not rows:
            return "—"
        items = []
        for row in rows:
            copy_is_a = row.claim_a_id == obj.pk or (
                row.claim_b_id != obj.pk and obj.text_key and row.claim_a.text_key == obj.text_key
            )
            copy, other = (row.claim_a, row.claim_b) if copy_is_a else (row.claim_b, row.claim_a)
            through = (
                ""
                if copy.pk == obj.pk
                else gettext(" (through its copy in %(outlet)s)") % {"outlet": _outlet(copy)}
            )
            items.append(
                (
                    reverse("admin:claims_contradiction_review", args=[row.pk]) + "?queue=all",
                    f"#{row.pk}",
                    label(CONTRADICTION_KIND, row.kind),
                    f"{row.score:.2f}",
                    label(CONTRADICTION_STATUS, row.status),
                    through,
                    str(other.speaker or "—"),
                    other.text[:100],
                )
            )
        return format_html(
            "<ul class='mz-links'>{}</ul>",
            format_html_join(
                "",
                "<li><a href='{}'>{} · {} · {} · {}</a>{} — <span dir='auto'>{}: «{}»</span></li>",
                items,
            ),
        )

    @admin.display(description=_("same statement elsewhere"))
    def copies(self, obj: Claim) -> str:
        """The same words in other articles (a wire story in several outlets): one statement."""
        found = (
            Claim.objects.filter(text_key=obj.text_key).exclude(pk=obj.pk).select_related("source", "speaker")
            if obj.text_key
            else Claim.objects.none()
        )
        if not found:
            return "—"
        return format_html(
            "<ul class='mz-links'>{}</ul>",
            format_html_join(
                "",
                "<li><a href='{}'>{}</a> · {} · <span dir='auto'>{}</span></li>",
                (
                    (
                        reverse("admin:claims_claim_change", args=[copy.pk]),
                        _outlet(copy),
                        date_format(copy.source.published_at, "DATE_FORMAT")
                        if copy.source.published_at
                        else "—",
                        str(copy.speaker or "—"),
                    )
                    for copy in found
                ),
            ),
        )

    @admin.display(description=_("verdicts"))
    def verdict_list(self, obj: Claim) -> str:
        verdicts = obj.verdicts.select_related("rating", "author", "approved_by")
        if not verdicts:
            return "—"
        return format_html(
            "<ul class='mz-links'>{}</ul>",
            format_html_join(
                "",
                "<li><a href='{}'>{}</a> · {} · {} {}</li>",
                (
                    (
                        reverse("admin:claims_verdict_change", args=[v.pk]),
                        str(v.rating),
                        label(VERDICT_STATUS, v.status),
                        v.author,
                        f"/ {v.approved_by}" if v.approved_by else "",
                    )
                    for v in verdicts
                ),
            ),
        )

    @admin.display(description=_("history"))
    def history_link(self, obj: Claim) -> str:
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:claims_claim_history", args=[obj.pk]),
            gettext("Every change to this claim (who, when, what)"),
        )

    # bulk actions (all or nothing) -----------------------------------------------------------------

    def _assign_all(self, request, queryset, reviewer) -> None:
        try:
            with transaction.atomic():
                count = sum(
                    1 for claim in queryset if claim_assign(claim=claim, reviewer=reviewer, by=request.user)
                )
        except WorkflowError as exc:
            _refused(request, exc)
            return
        self.message_user(
            request,
            ngettext("%(count)d claim assigned to %(user)s.", "%(count)d claims assigned to %(user)s.", count)
            % {"count": count, "user": reviewer},
            messages.SUCCESS,
        )

    @admin.action(description=_("Assign the selected claims to me"), permissions=["change"])
    def assign_to_me(self, request, queryset):
        self._assign_all(request, queryset, request.user)

    @admin.action(description=_("Assign the selected claims to a reviewer…"), permissions=["change"])
    def assign_to_reviewer(self, request, queryset):
        form = AssignForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            self._assign_all(request, queryset, form.cleaned_data["reviewer"])
            return None
        return TemplateResponse(
            request,
            "admin/claims/claim/assign_intermediate.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "title": gettext("Assign claims to a reviewer"),
                "claims": queryset,
                "form": form,
                "action_checkbox_name": ACTION_CHECKBOX_NAME,
            },
        )

    @admin.action(description=_("Dismiss the selected claims (not checkable)"), permissions=["change"])
    def dismiss_claims(self, request, queryset):
        try:
            with transaction.atomic():
                count = sum(1 for claim in queryset if claim_dismiss(claim=claim, by=request.user))
        except WorkflowError as exc:
            _refused(request, exc)
            return
        self.message_user(
            request,
            ngettext("%(count)d claim dismissed.", "%(count)d claims dismissed.", count) % {"count": count},
            messages.SUCCESS,
        )


# --- contradictions ----------------------------------------------------------------------------------


@admin.register(Contradiction)
class ContradictionAdmin(SimpleHistoryAdmin):
    list_display = ("__str__", "speaker_a", "speaker_b", "kind_label", "score", "status_label", "review_link")
    list_filter = (ContradictionStatusFilter, "kind", "detector")
    search_fields = ("explanation",)
    list_select_related = ("claim_a__speaker", "claim_b__speaker")
    change_form_template = "admin/claims/contradiction/change_form.html"
    change_list_template = "admin/claims/contradiction/change_list.html"
    readonly_fields = (
        "claim_a",
        "claim_b",
        "kind",
        "score",
        "explanation",
        "spans",
        "detector",
        "detector_version",
        "status",
        "reviewer",
        "review_note",
        "created_at",
        "updated_at",
    )
    actions = ["confirm", "reject"]

    def has_add_permission(self, request) -> bool:
        return False  # contradictions come from the detectors

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path(
                "review/",
                wrap(lambda request: views.contradiction_queue(self, request)),
                name="claims_contradiction_queue",
            ),
            path(
                "<path:object_id>/review/",
                wrap(lambda request, object_id: views.contradiction_review_view(self, request, object_id)),
                name="claims_contradiction_review",
            ),
            *super().get_urls(),
        ]

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        return queries.contradiction_search(queryset, search_term), False

    @admin.display(description=_("speaker A"))
    def speaker_a(self, obj: Contradiction) -> str:
        return str(obj.claim_a.speaker or "—")

    @admin.display(description=_("speaker B"))
    def speaker_b(self, obj: Contradiction) -> str:
        return str(obj.claim_b.speaker or "—")

    @admin.display(description=_("kind"), ordering="kind")
    def kind_label(self, obj: Contradiction) -> str:
        return label(CONTRADICTION_KIND, obj.kind)

    @admin.display(description=_("status"), ordering="status")
    def status_label(self, obj: Contradiction) -> str:
        return label(CONTRADICTION_STATUS, obj.status)

    @admin.display(description=_("review"))
    def review_link(self, obj: Contradiction) -> str:
        return format_html(
            '<a href="{}?queue=all">{}</a>',
            reverse("admin:claims_contradiction_review", args=[obj.pk]),
            gettext("side by side"),
        )

    def _review_all(self, request, queryset, status: str) -> None:
        try:
            with transaction.atomic():
                count = sum(
                    1
                    for row in queryset
                    if contradiction_review(contradiction=row, user=request.user, status=status)
                )
        except WorkflowError as exc:
            _refused(request, exc)
            return
        self.message_user(
            request,
            gettext("%(count)d contradiction(s): %(status)s.")
            % {"count": count, "status": label(CONTRADICTION_STATUS, status)},
            messages.SUCCESS,
        )

    @admin.action(description=_("Confirm the selected contradictions"), permissions=["change"])
    def confirm(self, request, queryset):
        self._review_all(request, queryset, Contradiction.Status.CONFIRMED)

    @admin.action(description=_("Reject the selected contradictions"), permissions=["change"])
    def reject(self, request, queryset):
        self._review_all(request, queryset, Contradiction.Status.REJECTED)


# --- ratings and verdicts ----------------------------------------------------------------------------


@admin.register(Rating)
class RatingAdmin(admin.ModelAdmin):
    """The rating scale: editors add and change it (model permissions), everybody else sees it."""

    list_display = ("name", "name_ar", "value", "verdict_count")
    search_fields = ("name", "name_ar")

    @admin.display(description=_("verdicts"))
    def verdict_count(self, obj: Rating) -> int:
        return obj.verdicts.count()


@admin.register(Verdict)
class VerdictAdmin(SimpleHistoryAdmin):
    """Verdicts are drafted and published from the claim page (through the services); read-only here."""

    list_display = (
        "__str__",
        "claim_link",
        "rating",
        "status_label",
        "author",
        "approved_by",
        "published_at",
    )
    list_filter = ("status", "rating")
    list_select_related = ("claim", "rating", "author", "approved_by")
    search_fields = ("explanation", "claim__normalized_text")
    actions = ["publish"]
    readonly_fields = (
        "claim_link",
        "rating",
        "explanation",
        "evidence_links",
        "status_label",
        "author",
        "approved_by",
        "published_at",
        "external_url",
        "created_at",
        "updated_at",
    )
    fields = readonly_fields

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False  # only the services change verdicts

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def has_publish_permission(self, request) -> bool:
        return request.user.has_perm("claims.publish_verdict")

    @admin.display(description=_("claim"))
    def claim_link(self, obj: Verdict) -> str:
        return format_html(
            '<a href="{}" dir="auto">{}</a>',
            reverse("admin:claims_claim_change", args=[obj.claim_id]),
            obj.claim,
        )

    @admin.display(description=_("status"), ordering="status")
    def status_label(self, obj: Verdict) -> str:
        return label(VERDICT_STATUS, obj.status)

    @admin.display(description=_("evidence"))
    def evidence_links(self, obj: Verdict) -> str:
        links = [e for e in obj.evidence or [] if str(e).startswith(("http://", "https://"))]
        if not links:
            return "—"
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "", '<li><a href="{}" rel="noopener noreferrer nofollow">{}</a></li>', ((u, u) for u in links)
            ),
        )

    @admin.action(description=_("Approve and publish the selected verdicts"), permissions=["publish"])
    def publish(self, request, queryset):
        try:
            with transaction.atomic():
                count = sum(1 for v in queryset if verdict_publish(verdict=v, approver=request.user))
        except WorkflowError as exc:
            _refused(request, exc)
            return
        self.message_user(
            request, gettext("%(count)d verdict(s) published.") % {"count": count}, messages.SUCCESS
        )


from claims.intake import admin as _intake_admin  # noqa: E402,F401
