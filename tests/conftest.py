"""Shared fixtures: the bundled seed article and a fresh plugin registry per test."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from django.utils import timezone

from extractors.registry import reset_registry

ROOT = Path(__file__).resolve().parent.parent
SEED_PATH = ROOT / "claims" / "demo" / "al-arab-2021-12-12-iraq-coalition.txt"


@pytest.fixture
def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture
def seed_date() -> datetime:
    return timezone.make_aware(datetime(2021, 12, 12, 8, 0))


@pytest.fixture(autouse=True)
def _fresh_registry():
    reset_registry()
    yield
    reset_registry()


@pytest.fixture
def ingest(django_capture_on_commit_callbacks):
    """source_ingest with its on-commit task dispatch executed (tests run inside a transaction)."""
    from claims.services import source_ingest

    def _ingest(**kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return source_ingest(**kwargs)

    return _ingest


@pytest.fixture
def fact_checker(django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("fatima", password="pw-fatima-123", is_staff=True)
    user.groups.add(Group.objects.get(name="Fact-checkers"))
    return user


@pytest.fixture
def editor(django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("omar", password="pw-omar-123", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user
