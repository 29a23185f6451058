"""Development settings: the embedded default of `make run`."""

import os

from .base import *  # noqa: F403
from .base import VAR_DIR

DEBUG = os.environ.get("DJANGO_DEBUG", "1") == "1"
VAR_DIR.mkdir(parents=True, exist_ok=True)
