"""Test settings: SQLite in memory unless DATABASE_URL is set (then PostgreSQL, as in CI)."""

from .base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
SECRET_KEY = "test-only"
# Unit tests always run tasks in-process; integration tests talk to the real broker and workers.
CELERY_TASK_ALWAYS_EAGER = True
