"""MIZAN_CACHE_URL makes every process share one Redis cache (throttle counts, canary state)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
SNIPPET = (
    "import sys, django; django.setup(); from django.core.cache import cache; "
    "cache.set('mizan-shared', sys.argv[1], 30) if sys.argv[1] != '-' else print(cache.get('mizan-shared'))"
)


def test_two_processes_share_the_cache_through_redis():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
        "MIZAN_CACHE_URL": "redis://127.0.0.1:6379/12",
    }
    subprocess.run(
        [sys.executable, "-c", SNIPPET, "from-the-first"], cwd=ROOT, env=env, check=True, timeout=60
    )
    second = subprocess.run(
        [sys.executable, "-c", SNIPPET, "-"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert second.stdout.strip() == "from-the-first", second.stdout + second.stderr
