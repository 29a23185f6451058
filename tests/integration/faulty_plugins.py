"""Extractors for the fault tests (loaded by the test workers through MIZAN_EXTRA_EXTRACTORS).
Each one does nothing unless the article carries its marker."""

from __future__ import annotations

import os
import signal
import time
from dataclasses import dataclass

from extractors.base import ExtractionResult, Extractor

SLOW = "[بطيء]"  # sleeps: lets a test act while the task is in the middle of its transaction
EXPLODES = "[انفجار]"  # raises
KILLS = "[سم]"  # kills its own worker process: a poison article


class FaultyExtractor(Extractor):
    name = "tests.faulty"
    version = "1"
    produces = ("numbers",)

    @dataclass(frozen=True)
    class Config:
        slow_seconds: float = 3.0

    def extract(self, text, *, language, published_at) -> ExtractionResult:
        if KILLS in text:
            os.kill(os.getpid(), signal.SIGKILL)
        if EXPLODES in text:
            raise ValueError("boom: this article breaks the faulty plugin")
        if SLOW in text:
            time.sleep(self.config.slow_seconds)
        delay = float(os.environ.get("MIZAN_TEST_PLUGIN_DELAY", "0"))
        if delay:
            time.sleep(delay)
        return ExtractionResult()
