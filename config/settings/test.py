"""Test settings: SQLite in memory unless DATABASE_URL is set (then PostgreSQL, as in CI)."""

from .base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
SECRET_KEY = "test-only"
# Unit tests always run tasks in-process; integration tests talk to the real broker and workers.
CELERY_TASK_ALWAYS_EAGER = True
# Feeds and pages are served from a local HTTP server on 127.0.0.1 in the tests.
MIZAN_FETCH_ALLOW_PRIVATE = True
