"""The desk's custom admin views. Thin: parse the form, call a service, report its message, redirect.

Each view is wired in through the ModelAdmin's get_urls (see claims/admin.py) and wrapped by
``admin_site.admin_view`` (login, staff and CSRF checks)."""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from claims.desk import queries
from claims.desk.labels import (
    CLAIM_STATUS,
    CONTRADICTION_KIND,
    CONTRADICTION_STATUS,
    SPEAKER_KIND,
    VERDICT_STATUS,
    label,
)
from claims.desk.render import Dot, Link, highlight, in_article, timeline_svg
from claims.forms import AssignForm, ContradictionReviewForm, SpeakerMergeForm, VerdictDraftForm
from claims.models import Claim, Contradiction, Speaker, Verdict
from claims.services import (
    WorkflowError,
    claim_assign,
    claim_dismiss,
    contradiction_review,
    speaker_merge,
    verdict_draft,
    verdict_publish,
)

DRAFT_SESSION_KEY = "mizan-desk-draft-{}"


def post_only(view):
    """require_POST for views whose first argument is the ModelAdmin."""

    @wraps(view)
    def wrapper(model_admin, request, *args, **kwargs):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        return view(model_admin, request, *args, **kwargs)

    return wrapper


def refused(request, exc: Exception) -> None:
    messages.error(request, _("Refused, nothing was changed: %(reason)s") % {"reason": exc})


def form_errors(request, form) -> None:
    for field, errors in form.errors.items():
        name = form.fields[field].label if field in form.fields else ""
        for error in errors:
            messages.error(request, f"{name}: {error}" if name else error)


# --- claims --------------------------------------------------------------------------------------


@post_only
def claim_workflow(model_admin, request, object_id, step: str):
    """One step of the verification flow on one claim, through the workflow services."""
    claim = get_object_or_404(Claim, pk=object_id)
    if not model_admin.has_view_permission(request, claim):
        raise PermissionDenied
    back = HttpResponseRedirect(reverse("admin:claims_claim_change", args=[claim.pk]))
    user = request.user
    try:
        if step == "assign-me":
            claim_assign(claim=claim, reviewer=user, by=user)
            messages.success(
                request, _("Claim #%(id)s is now in review, assigned to you.") % {"id": claim.pk}
            )
        elif step == "assign":
            form = AssignForm(request.POST)
            if not form.is_valid():
                form_errors(request, form)
                return back
            reviewer = form.cleaned_data["reviewer"]
            claim_assign(claim=claim, reviewer=reviewer, by=user)
            messages.success(
                request,
                _("Claim #%(id)s is now in review, assigned to %(user)s.")
                % {"id": claim.pk, "user": reviewer},
            )
        elif step == "dismiss":
            claim_dismiss(claim=claim, by=user)
            messages.success(request, _("Claim #%(id)s was dismissed as not checkable.") % {"id": claim.pk})
        elif step == "draft":
            form = VerdictDraftForm(request.POST)
            request.session[DRAFT_SESSION_KEY.format(claim.pk)] = {
                k: request.POST.get(k, "") for k in ("rating", "explanation", "evidence")
            }
            if not form.is_valid():
                form_errors(request, form)
                return back
            verdict_draft(
                claim=claim,
                author=user,
                rating=form.cleaned_data["rating"],
                explanation=form.cleaned_data["explanation"],
                evidence=form.cleaned_data["evidence"],
            )
            request.session.pop(DRAFT_SESSION_KEY.format(claim.pk), None)
            messages.success(
                request,
                _("Verdict drafted on claim #%(id)s. It needs a second person's approval to be published.")
                % {"id": claim.pk},
            )
        elif step == "publish":
            verdict = get_object_or_404(Verdict, pk=request.POST.get("verdict") or 0, claim=claim)
            verdict_publish(verdict=verdict, approver=user)
            messages.success(
                request, _("Verdict approved and published on claim #%(id)s.") % {"id": claim.pk}
            )
        else:
            raise Http404(step)
    except WorkflowError as exc:
        refused(request, exc)
    return back


def claim_change_context(request, claim: Claim) -> dict:
    """The workflow panel of the claim page: forms and what the user may do now."""
    draft = claim.verdicts.filter(status=Verdict.Status.DRAFTED).select_related("rating").first()
    saved = request.session.pop(DRAFT_SESSION_KEY.format(claim.pk), None)
    if saved:
        initial = saved
    elif draft:
        initial = {
            "rating": draft.rating_id,
            "explanation": draft.explanation,
            "evidence": "\n".join(draft.evidence),
        }
    else:
        initial = {}
    user = request.user
    verdicts = list(claim.verdicts.select_related("rating", "author", "approved_by").order_by("-created_at"))
    for verdict in verdicts:
        verdict.may_publish = (
            verdict.status == Verdict.Status.DRAFTED
            and user.has_perm("claims.publish_verdict")
            and verdict.author_id != user.pk
        )
        verdict.status_label = label(VERDICT_STATUS, verdict.status)
        verdict.own_draft = verdict.status == Verdict.Status.DRAFTED and verdict.author_id == user.pk
    return {
        "desk_claim": claim,
        "status_label": label(CLAIM_STATUS, claim.status),
        "assign_form": AssignForm(initial={"reviewer": claim.assignee_id or user.pk}),
        "verdict_form": VerdictDraftForm(initial=initial),
        "show_verdict_form": claim.status in (Claim.Status.IN_REVIEW, Claim.Status.DRAFTED),
        "desk_verdicts": verdicts,
        "may_change": user.has_perm("claims.change_claim"),
        "may_draft": user.has_perm("claims.add_verdict"),
        "workflow_urls": {
            step.replace("-", "_"): reverse("admin:claims_claim_workflow", args=[claim.pk, step])
            for step in ("assign-me", "assign", "dismiss", "draft", "publish")
        },
        "history_url": reverse("admin:claims_claim_history", args=[claim.pk]),
    }


# --- contradictions ------------------------------------------------------------------------------


def _queue(request) -> str:
    queue = request.GET.get("queue", "suggested")
    return queue if queue in queries.QUEUES else "suggested"


def review_url(row: Contradiction | None, queue: str) -> str:
    if row is None:
        return ""
    url = reverse("admin:claims_contradiction_review", args=[row.pk])
    return f"{url}?{urlencode({'queue': queue})}" if queue != "suggested" else url


def contradiction_queue(model_admin, request):
    """Start reviewing: the first contradiction of the queue, or the list when it is empty."""
    queue = _queue(request)
    first = queries.review_queue(queue).first()
    if first is None:
        messages.info(request, _("Nothing left to review in this queue."))
        return HttpResponseRedirect(reverse("admin:claims_contradiction_changelist"))
    return HttpResponseRedirect(review_url(first, queue))


def _side(name: str, claim: Claim, spans) -> dict:
    return {
        "name": name,
        "claim": claim,
        "speaker": claim.speaker,
        "text": highlight(claim.text, spans),
        "context": in_article(claim.source.text, claim.start, claim.end, spans),
        "published_at": claim.source.published_at,
        "source": claim.source,
        "status_label": label(CLAIM_STATUS, claim.status),
        "claim_url": reverse("admin:claims_claim_change", args=[claim.pk]),
        "dossier_url": reverse("admin:claims_speaker_dossier", args=[claim.speaker_id])
        if claim.speaker_id
        else "",
    }


def contradiction_review_view(model_admin, request, object_id):
    """Both claims side by side with the conflicting spans marked; confirm or reject in one click."""
    try:
        row = queries.contradiction_for_review(object_id)
    except (Contradiction.DoesNotExist, ValueError) as exc:
        raise Http404(object_id) from exc
    if not model_admin.has_view_permission(request, row):
        raise PermissionDenied
    queue = _queue(request)
    if request.method == "POST":
        form = ContradictionReviewForm(request.POST)
        if not form.is_valid():
            form_errors(request, form)
            return HttpResponseRedirect(review_url(row, queue))
        try:
            contradiction_review(
                contradiction=row,
                user=request.user,
                status=form.cleaned_data["decision"],
                note=form.cleaned_data["note"],
            )
        except WorkflowError as exc:
            refused(request, exc)
            return HttpResponseRedirect(review_url(row, queue))
        messages.success(
            request,
            _("Contradiction #%(id)s: %(status)s.")
            % {"id": row.pk, "status": label(CONTRADICTION_STATUS, row.status)},
        )
        following = queries.queue_neighbours(row, queue)["next"]
        if following is None:
            messages.info(request, _("That was the last one in this queue."))
            return HttpResponseRedirect(reverse("admin:claims_contradiction_changelist"))
        return HttpResponseRedirect(review_url(following, queue))

    spans = row.spans if isinstance(row.spans, dict) else {}
    around = queries.queue_neighbours(row, queue)
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": Contradiction._meta,
        "title": _("Contradiction #%(id)s") % {"id": row.pk},
        "row": row,
        "kind_label": label(CONTRADICTION_KIND, row.kind),
        "status_label": label(CONTRADICTION_STATUS, row.status),
        "sides": [_side("A", row.claim_a, spans.get("a", [])), _side("B", row.claim_b, spans.get("b", []))],
        "same_speaker": bool(row.claim_a.speaker_id and row.claim_a.speaker_id == row.claim_b.speaker_id),
        "form": ContradictionReviewForm(initial={"note": row.review_note}),
        "may_review": request.user.has_perm("claims.change_contradiction"),
        "queue": queue,
        "queues": [(q, label(CONTRADICTION_STATUS, q) if q != "all" else _("All")) for q in queries.QUEUES],
        "prev_url": review_url(around["prev"], queue),
        "next_url": review_url(around["next"], queue),
        "position": around["position"],
        "total": around["total"],
        "in_queue": queue == "all" or row.status == queue,
        "history_url": reverse("admin:claims_contradiction_history", args=[row.pk]),
        "change_url": reverse("admin:claims_contradiction_change", args=[row.pk]),
        "post_url": review_url(row, queue),
    }
    return TemplateResponse(request, "admin/claims/contradiction/review.html", context)


# --- speakers ------------------------------------------------------------------------------------


def speaker_dossier_view(model_admin, request, object_id):
    """A speaker's aliases, claims over time, verdicts, contradictions and a timeline chart."""
    speaker = get_object_or_404(Speaker, pk=object_id)
    if not model_admin.has_view_permission(request, speaker):
        raise PermissionDenied
    data = queries.speaker_dossier(speaker)
    for claim in data["claims"]:
        claim.status_label = label(CLAIM_STATUS, claim.status)
        claim.url = reverse("admin:claims_claim_change", args=[claim.pk])
    contradictions = []
    for row in data["contradictions"]:
        own_claim, other = (
            (row.claim_a, row.claim_b) if row.claim_a.speaker_id == speaker.pk else (row.claim_b, row.claim_a)
        )
        contradictions.append(
            {
                "row": row,
                "own_claim": own_claim,
                "other": other,
                "self": row.claim_a.speaker_id == row.claim_b.speaker_id == speaker.pk,
                "kind_label": label(CONTRADICTION_KIND, row.kind),
                "status_label": label(CONTRADICTION_STATUS, row.status),
                "url": reverse("admin:claims_contradiction_review", args=[row.pk]) + "?queue=all",
            }
        )
    dots = [
        Dot(day=c.source.published_at.date(), label=f"#{c.pk} {c.text[:80]}", url=c.url, status=c.status)
        for c in data["claims"]
        if c.source.published_at
    ]
    links = []
    for item in contradictions:
        day_own = item["own_claim"].source.published_at
        day_other = item["other"].source.published_at or day_own
        if day_own:
            links.append(
                Link(
                    day_a=day_own.date(),
                    day_b=day_other.date(),
                    label=f"#{item['row'].pk} {item['kind_label']} · {item['row'].score:.2f} · "
                    f"{item['own_claim'].speaker} ⟷ {item['other'].speaker or '—'}",
                    own=item["self"],
                    url=item["url"],
                    status=item["row"].status,
                )
            )
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": Speaker._meta,
        "title": _("Dossier: %(name)s") % {"name": speaker.name},
        "speaker": speaker,
        "kind_label": label(SPEAKER_KIND, speaker.kind),
        **data,
        "status_counts": [(label(CLAIM_STATUS, s), n) for s, n in sorted(data["status_counts"].items())],
        "desk_contradictions": contradictions,
        "self_count": sum(1 for c in contradictions if c["self"]),
        "undated": sum(1 for c in data["claims"] if not c.source.published_at),
        "timeline": timeline_svg(
            dots,
            links,
            title=_("Claims and contradictions of %(name)s over time") % {"name": speaker.name},
            claims_label=_("claims"),
            contradictions_label=_("contradictions"),
        ),
        "merge_form": SpeakerMergeForm(),
        "may_merge": request.user.has_perm("claims.change_speaker")
        and request.user.has_perm("claims.delete_speaker"),
        "merge_url": reverse("admin:claims_speaker_merge", args=[speaker.pk]),
        "change_url": reverse("admin:claims_speaker_change", args=[speaker.pk]),
        "claims_url": reverse("admin:claims_claim_changelist") + f"?speaker__id__exact={speaker.pk}",
    }
    return TemplateResponse(request, "admin/claims/speaker/dossier.html", context)


@post_only
def speaker_merge_view(model_admin, request, object_id):
    """Merge the speaker given in the form into this one (the one kept)."""
    keep = get_object_or_404(Speaker, pk=object_id)
    dossier = HttpResponseRedirect(reverse("admin:claims_speaker_dossier", args=[keep.pk]))
    form = SpeakerMergeForm(request.POST)
    if not form.is_valid():
        form_errors(request, form)
        return dossier
    merge = form.cleaned_data["merge"]
    name = merge.name
    try:
        speaker_merge(keep=keep, merge=merge, by=request.user)
    except WorkflowError as exc:
        refused(request, exc)
        return dossier
    messages.success(request, _("%(merged)s was merged into %(kept)s.") % {"merged": name, "kept": keep.name})
    return dossier
