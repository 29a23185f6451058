"""The verification workflow and the two roles, enforced in services (not only in forms)."""

from __future__ import annotations

import pytest

from claims.models import Claim, Rating, Verdict
from claims.services import (
    WorkflowError,
    claim_assign,
    claim_dismiss,
    contradiction_review,
    verdict_draft,
    verdict_publish,
)
from tests.factories import ClaimFactory, ContradictionFactory

pytestmark = pytest.mark.django_db


def test_roles_and_default_ratings_exist(fact_checker, editor):
    assert not fact_checker.is_superuser and fact_checker.is_staff
    assert fact_checker.has_perm("claims.add_verdict") and not fact_checker.has_perm("claims.publish_verdict")
    assert not fact_checker.has_perm("extractors.change_pluginconfig")
    assert editor.has_perm("claims.publish_verdict") and editor.has_perm("extractors.change_pluginconfig")
    assert editor.has_perm("claims.change_rating") and not fact_checker.has_perm("claims.change_rating")
    assert list(Rating.objects.values_list("name", "value")) == [
        ("True", 5),
        ("Mostly true", 4),
        ("Misleading", 2),
        ("False", 1),
        ("Unverifiable", 0),
    ]


def test_full_flow_needs_a_second_person(fact_checker, editor):
    claim = ClaimFactory()
    claim = claim_assign(claim=claim, reviewer=fact_checker, by=fact_checker)
    assert (claim.status, claim.assignee) == ("in_review", fact_checker)
    verdict = verdict_draft(
        claim=claim,
        author=fact_checker,
        rating=Rating.objects.get(name="False"),
        explanation="CENTCOM confirmed 2,500 troops remain.",
        evidence=["https://example.org/centcom"],
    )
    assert Claim.objects.get(pk=claim.pk).status == "drafted"
    with pytest.raises(WorkflowError, match="may not publish"):
        verdict_publish(verdict=verdict, approver=fact_checker)
    verdict = verdict_publish(verdict=verdict, approver=editor)
    assert verdict.status == "published" and verdict.approved_by == editor and verdict.published_at
    assert Claim.objects.get(pk=claim.pk).status == "published"
    assert [h.status for h in verdict.history.order_by("history_date")] == ["drafted", "published"]


def test_an_editor_cannot_publish_their_own_verdict(editor):
    claim = claim_assign(claim=ClaimFactory(), reviewer=editor, by=editor)
    verdict = verdict_draft(claim=claim, author=editor, rating=Rating.objects.first(), explanation="x")
    with pytest.raises(WorkflowError, match="cannot publish your own verdict"):
        verdict_publish(verdict=verdict, approver=editor)
    assert Verdict.objects.get(pk=verdict.pk).status == "drafted"


def test_illegal_jumps_and_empty_explanations_change_nothing(fact_checker):
    claim = ClaimFactory()
    with pytest.raises(WorkflowError, match="cannot go from 'unverified' to 'drafted'"):
        verdict_draft(claim=claim, author=fact_checker, rating=Rating.objects.first(), explanation="because")
    claim = claim_assign(claim=claim, reviewer=fact_checker, by=fact_checker)
    with pytest.raises(WorkflowError, match="needs an explanation"):
        verdict_draft(claim=claim, author=fact_checker, rating=Rating.objects.first(), explanation="  ")
    with pytest.raises(WorkflowError, match="http"):
        verdict_draft(
            claim=claim,
            author=fact_checker,
            rating=Rating.objects.first(),
            explanation="x",
            evidence=["javascript:alert(1)"],
        )
    assert Claim.objects.get(pk=claim.pk).status == "in_review"
    assert not Verdict.objects.exists()
    dismissed = claim_dismiss(claim=ClaimFactory(), by=fact_checker)
    with pytest.raises(WorkflowError, match="allowed next: in_review"):
        verdict_draft(claim=dismissed, author=fact_checker, rating=Rating.objects.first(), explanation="x")


def test_users_without_the_role_are_refused(django_user_model):
    outsider = django_user_model.objects.create_user("reader", password="x")
    with pytest.raises(WorkflowError, match="may not assign claims"):
        claim_assign(claim=ClaimFactory(), reviewer=outsider, by=outsider)
    with pytest.raises(WorkflowError, match="may not review contradictions"):
        contradiction_review(contradiction=ContradictionFactory(), user=outsider, status="confirmed")
