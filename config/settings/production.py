"""Production settings: secrets and services from the environment, no defaults that could leak."""

import os

from .base import *  # noqa: F403
from .base import DATABASES, REST_FRAMEWORK

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3" and not os.environ.get(
    "MIZAN_ALLOW_SQLITE"
):
    raise RuntimeError("Production needs DATABASE_URL=postgres://… (set MIZAN_ALLOW_SQLITE=1 to override)")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("DJANGO_SECURE_SSL_REDIRECT", "1") == "1"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True

# The browsable API is for development only.
REST_FRAMEWORK = {**REST_FRAMEWORK, "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}
