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
    "django_celery_beat",
    "axes",
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
    # Last: turns a locked-out login into the lockout response.
    "axes.middleware.AxesMiddleware",
]

# --- Admin login: django-axes locks out password guessing ---------------------------------------
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses locked-out logins
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("MIZAN_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("MIZAN_LOGIN_COOLOFF_HOURS", "1"))  # hours
# Lock the (username, address) pair and, separately, an address guessing many usernames.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_RESET_ON_SUCCESS = True
# Behind a reverse proxy set AXES_IPWARE_PROXY_COUNT / META_PRECEDENCE_ORDER (see the README).
AXES_IPWARE_PROXY_COUNT = int(os.environ.get("MIZAN_PROXY_COUNT", "0")) or None

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "claims" / "intake" / "templates"],
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
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": int(os.environ.get("MIZAN_VISIBILITY_TIMEOUT", "3600")),
    # Notice a dead or restarted Redis instead of waiting on a half-open socket.
    "socket_keepalive": True,
    "socket_connect_timeout": 5,
    # A blocking command on a connection gone silent (its Redis restarted unseen) fails after this
    # instead of hanging the consumer's restart for ever; BRPOP itself waits 1 s at most.
    "socket_timeout": 10,
    "health_check_interval": 10,
    "retry_on_timeout": True,
}
if CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"] <= CELERY_TASK_TIME_LIMIT:
    raise RuntimeError("MIZAN_VISIBILITY_TIMEOUT must exceed the hard task time limit (300 s)")
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_CONNECTION_RETRY = True
CELERY_BROKER_CONNECTION_MAX_RETRIES = None  # keep reconnecting after a Redis restart
# A task running when the broker connection is lost cannot be acknowledged any more: cancel it so
# it is redelivered (idempotent) instead of running on unacknowledged.
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = True
# Flat worker memory: a pool process that grew past this (KiB) is replaced after its current task
# (the stance model and caches of the detectors grow with the data seen).
CELERY_WORKER_MAX_MEMORY_PER_CHILD = int(os.environ.get("MIZAN_WORKER_MAX_MEMORY_KB", "450000"))
# Control tasks (canary, reconcile, feed scheduling) have their own queue, consumed by every worker
# alongside the default one, so they are not stuck behind a backlog of thousands of articles.
CELERY_TASK_DEFAULT_QUEUE = "celery"
CELERY_TASK_QUEUES = {"celery": {}, "mizan.control": {}}
CELERY_TASK_ROUTES = {
    "mizan.canary": {"queue": "mizan.control"},
    "mizan.reconcile": {"queue": "mizan.control"},
    "mizan.feeds_poll_due": {"queue": "mizan.control"},
    "mizan.maintain_index": {"queue": "mizan.control"},
}
# Beat reads its schedules from the database (django-celery-beat): editable in the admin.
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_TIMEZONE = "UTC"

# --- Delivery guards ----------------------------------------------------------------------------
# An article whose processing never finishes this many times (it kills its worker) ends `failed`.
MIZAN_MAX_ATTEMPTS = int(os.environ.get("MIZAN_MAX_ATTEMPTS", "3"))
# Sources pending/processing for longer than this (seconds) are dispatched again by reconcile.
MIZAN_RECONCILE_AFTER = int(os.environ.get("MIZAN_RECONCILE_AFTER", "600"))
MIZAN_RECONCILE_BATCH = int(os.environ.get("MIZAN_RECONCILE_BATCH", "5000"))
# PostgreSQL: VACUUM (ANALYZE) the candidate index's tables once this many rows changed (beat, every
# minute; claims.services.index_maintain).
MIZAN_INDEX_VACUUM_ROWS = int(os.environ.get("MIZAN_INDEX_VACUUM_ROWS", "20000"))
# The worker canary: unhealthy when no worker answered one sent this many seconds ago.
MIZAN_CANARY_MAX_AGE = int(os.environ.get("MIZAN_CANARY_MAX_AGE", "120"))
# /healthz waits this long for its own canary before judging by the last answer.
MIZAN_HEALTH_CANARY_WAIT = float(os.environ.get("MIZAN_HEALTH_CANARY_WAIT", "2"))
# Workers ask Redis for its run id this often (seconds; 0 turns it off) and restart their consumer
# when Redis was restarted under them (claims.intake.watchdog; celery #8030, #10205).
MIZAN_BROKER_WATCHDOG_INTERVAL = float(os.environ.get("MIZAN_BROKER_WATCHDOG_INTERVAL", "5"))

# --- Feeds and page fetching --------------------------------------------------------------------
# Private, loopback, link-local and reserved addresses are refused (SSRF) unless this is on (tests).
MIZAN_FETCH_ALLOW_PRIVATE = os.environ.get("MIZAN_FETCH_ALLOW_PRIVATE", "0") == "1"
MIZAN_FETCH_MAX_BYTES = int(os.environ.get("MIZAN_FETCH_MAX_BYTES", str(5 * 1024 * 1024)))  # a page
MIZAN_FEED_MAX_BYTES = int(os.environ.get("MIZAN_FEED_MAX_BYTES", str(10 * 1024 * 1024)))
MIZAN_FETCH_MAX_REDIRECTS = 3
MIZAN_FETCH_CONNECT_TIMEOUT = 5.0
MIZAN_FETCH_READ_TIMEOUT = 15.0
MIZAN_FETCH_TOTAL_TIMEOUT = 30.0
MIZAN_FEED_MAX_ENTRIES = int(os.environ.get("MIZAN_FEED_MAX_ENTRIES", "100"))  # per poll
MIZAN_FEED_MIN_INTERVAL = 60  # seconds: a feed is never polled more often
MIZAN_FEED_POLL_BUDGET = 180  # seconds per poll (under the 240 s soft limit); the rest next time

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
        "sources": os.environ.get("MIZAN_API_RATE_SOURCES", "120/min"),
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
        "claims.api.schema.refuse_unknown_fields",
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
    # Optional: runs only where CAMELTOOLS_DATA holds the NER model; otherwise listed as unavailable.
    "extractors.builtin.camel_data.CamelNERSpeechExtractor",
    "extractors.builtin.speech.ArabicReportedSpeechExtractor",
    "extractors.builtin.numbers.NumberExtractor",
    "extractors.builtin.dates.DateExtractor",
]
# In order of precedence: the first detector with an opinion on a pair decides (see classify_pair).
MIZAN_DETECTORS = [
    "extractors.builtin.stance.StanceContradictionDetector",
    "extractors.builtin.contradiction.LexicalContradictionDetector",
]
# More extractors from the environment (comma-separated dotted paths); the fault tests use it to
# load plugins that raise, stall or kill their worker.
MIZAN_EXTRACTORS += [p for p in os.environ.get("MIZAN_EXTRA_EXTRACTORS", "").split(",") if p.strip()]
# Candidate pairs: only claims within this many days of each other are compared.
MIZAN_CONTRADICTION_WINDOW_DAYS = int(os.environ.get("MIZAN_CONTRADICTION_WINDOW_DAYS", "60"))
# Bounds that keep candidate generation constant-time in the size of the database (claims.selectors).
# 1,000 postings per term (was 400): at 100k synthetic claims the index then finds 38 of brute force's
# 40 contradictions instead of 36 (bench/contradiction_scale.py; 2,000 also gives 38, no cap at all 40).
MIZAN_CANDIDATE_POSTINGS_PER_TERM = int(os.environ.get("MIZAN_CANDIDATE_POSTINGS_PER_TERM", "1000"))
MIZAN_CANDIDATE_COMMON_TERM = int(os.environ.get("MIZAN_CANDIDATE_COMMON_TERM", "3000"))
MIZAN_CANDIDATE_LIMIT = int(os.environ.get("MIZAN_CANDIDATE_LIMIT", "150"))
# Articles per processing task when many arrive at once (ingest, reconcile): one task stores a batch
# with a handful of statements; an interrupted batch is retried one article per task. 200 (was 50):
# the batch's claims share the index postings of their terms, so the whole SaudiNewsNet sample goes
# through two workers at 80.7 articles/s instead of 61.2 (bench/ingest_throughput.py, same sitting);
# 400 gained 2.5 % more on 8,000 articles, within the noise. One batch of 200 takes seconds, far
# inside the task time limit.
MIZAN_PROCESS_BATCH = int(os.environ.get("MIZAN_PROCESS_BATCH", "200"))
# Share of the shorter claim's key terms two claims must share to be "about the same event".
MIZAN_SAME_EVENT_MIN_OVERLAP = float(os.environ.get("MIZAN_SAME_EVENT_MIN_OVERLAP", "0.25"))

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

# --- Cache --------------------------------------------------------------------------------------
# Throttle counts, canary state and reject de-duplication live in the cache. One process: local
# memory. Several web processes or machines: set MIZAN_CACHE_URL=redis://host:6379/1 (a database
# other than the broker's) so they share the counts.
if os.environ.get("MIZAN_CACHE_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["MIZAN_CACHE_URL"],
        }
    }
