"""Settings shared by every environment. Environment variables override the embedded defaults.

Embedded default (no environment at all): SQLite in ``var/`` and Celery tasks run in-process.
Production: ``DATABASE_URL=postgres://…`` and ``CELERY_BROKER_URL=redis://…``.
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("MIZAN_VAR_DIR", BASE_DIR / "var"))

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "insecure-dev-key-change-me")
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = [h for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "claims",
    "extractors",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database: DATABASE_URL, else the embedded SQLite file -------------------------------------
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'mizan.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL + a busy timeout let the dev server and an ingest command share the file.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "init_command": "PRAGMA journal_mode=WAL;"}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("ar", "العربية")]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"

# --- Celery -------------------------------------------------------------------------------------
# No broker configured: run tasks in-process (the embedded default). With a broker: real workers.
CELERY_TASK_ALWAYS_EAGER = not os.environ.get("CELERY_BROKER_URL")
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL") or "memory://localhost/"
CELERY_TASK_EAGER_PROPAGATES = True
# Results are not needed by the pipeline; benchmarks and liveness checks may set a backend.
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND") or None
CELERY_TASK_IGNORE_RESULT = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
# At-least-once delivery: acknowledge after the task ran, requeue if the worker dies, take one at a time.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 240
CELERY_TASK_TIME_LIMIT = 300
# Redis redelivers an unacknowledged message after this; it must exceed the hard time limit.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True

# --- REST framework -----------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "claims.api.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "claims.api.exceptions.exception_handler",
    # Per-client throttling: 429 with Retry-After.
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.UserRateThrottle",
        "rest_framework.throttling.AnonRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "user": os.environ.get("MIZAN_API_RATE_USER", "600/min"),
        "anon": os.environ.get("MIZAN_API_RATE_ANON", "30/min"),
    },
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Mizan API",
    "DESCRIPTION": (
        "Claims found in Arabic news, their speakers, fact-checkers' verdicts (as schema.org ClaimReview) "
        "and — what no other fact-checking system stores — the contradictions between claims.\n\n"
        "Authenticate with `Authorization: Token <token>` (`python manage.py create_api_token USERNAME`). "
        "A token may read everything and POST sources; other writes need the fact-checker or editor role."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",  # served from our own static files: no CDN
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "claims.api.schema.add_error_responses",
    ],
    "ENUM_NAME_OVERRIDES": {
        "ClaimKindEnum": "claims.models.Claim.Kind",
        "SpeakerKindEnum": "claims.models.Speaker.Kind",
        "ClaimStatusEnum": "claims.models.Claim.Status",
        "SourceStatusEnum": "claims.models.Source.Status",
        "ContradictionStatusEnum": "claims.models.Contradiction.Status",
        "ExtractionRunStatusEnum": "extractors.models.ExtractionRun.Status",
        "VerdictStatusEnum": "claims.models.Verdict.Status",
    },
}

# Articles larger than this are refused (bytes of UTF-8).
MIZAN_MAX_ARTICLE_BYTES = 2 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = MIZAN_MAX_ARTICLE_BYTES + 64 * 1024

# --- Plugins ------------------------------------------------------------------------------------
# Built-in plugins (dotted paths); third-party ones come from the entry-point groups
# `mizan.extractors` and `mizan.detectors`.
MIZAN_EXTRACTORS = [
    "extractors.builtin.speech.ArabicReportedSpeechExtractor",
    "extractors.builtin.numbers.NumberExtractor",
    "extractors.builtin.dates.DateExtractor",
]
MIZAN_DETECTORS = [
    "extractors.builtin.contradiction.LexicalContradictionDetector",
]
# Candidate pairs: only claims within this many days of each other are compared.
MIZAN_CONTRADICTION_WINDOW_DAYS = int(os.environ.get("MIZAN_CONTRADICTION_WINDOW_DAYS", "60"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("MIZAN_LOG_LEVEL", "WARNING")},
}

# --- API ----------------------------------------------------------------------------------------
MIZAN_PUBLISHER_NAME = os.environ.get("MIZAN_PUBLISHER_NAME", "Mizan")
MIZAN_PUBLISHER_URL = os.environ.get("MIZAN_PUBLISHER_URL", "https://mizan.example.org")
# Webhook targets on private/loopback/link-local addresses are refused unless this is on (tests).
MIZAN_WEBHOOKS_ALLOW_PRIVATE = os.environ.get("MIZAN_WEBHOOKS_ALLOW_PRIVATE", "0") == "1"
MIZAN_API_MAX_PAGE_SIZE = 200
