"""The Celery application (cookiecutter-django layout). Workers: `celery -A config worker`."""

import ctypes
import gc
import os

from celery import Celery
from celery.signals import task_postrun

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")

app = Celery("mizan")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


def _add_broker_watchdog() -> None:
    """Restart a consumer that Redis was restarted under (celery #8030): claims.intake.watchdog."""
    from claims.intake.watchdog import BrokerWatchdog

    app.steps["consumer"].add(BrokerWatchdog)


_add_broker_watchdog()


def _release_freed_memory(**_kwargs) -> None:
    """After each task, hand the heap pages that a batch freed back to the system (glibc keeps them
    otherwise, so a worker's resident memory only ever grows). No-op where there is no glibc."""
    gc.collect()
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


try:
    _LIBC = ctypes.CDLL("libc.so.6")
    _LIBC.malloc_trim  # noqa: B018 — present in glibc only
except (OSError, AttributeError):
    _LIBC = None
task_postrun.connect(_release_freed_memory, weak=False)
