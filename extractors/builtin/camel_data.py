"""Optional: reported speech with speakers checked by CAMeL Tools' named-entity recogniser.

This plugin needs the CAMeL Tools data packages (the NER model, ~500 MB), which are not installed
with the project. It is *available* only when the environment variable ``CAMELTOOLS_DATA`` points to
a folder holding camel-tools' ``catalogue.json`` and an NER model (``data/ner/<name>/config.json``),
and ``torch`` and ``transformers`` are importable. ``available()`` says so, with the reason when not;
the registry lists an unavailable plugin with that reason instead of running it.

Nothing here imports ``camel_tools.ner``, ``camel_tools.morphology`` or ``camel_tools.disambig`` at
module level: importing them loads camel-tools' data catalogue, which tries a download when the data
is missing. They are imported inside methods, after ``available()`` has checked the folder.

What it does: the claims of ``mizan.ar.speech`` (same offsets, same texts), with each speaker mention
confirmed by the NER model over the mention's sentence: a mention overlapping a PERS entity is a
``person``, one overlapping an ORG entity an ``organisation``; a mention the model sees as a place
(LOC) keeps the speech extractor's reading. List it before ``mizan.ar.speech`` in settings so the merge
keeps its claims (the first extractor to report a span wins), and disable ``mizan.ar.speech`` in the
admin to avoid running the rules twice.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

from extractors.base import ClaimSpan, ExtractionResult, SpeakerMention
from extractors.builtin.arabic import TOKEN_RE
from extractors.builtin.speech import ArabicReportedSpeechExtractor

NER_KINDS = {"PERS": "person", "ORG": "organisation"}


class PluginUnavailable(RuntimeError):
    """The plugin's data or libraries are missing; the message says which."""


def ner_model_path(data_dir: str | None = None) -> tuple[Path | None, str]:
    """The NER model folder under ``CAMELTOOLS_DATA``, or None and the reason it is not usable."""
    raw = data_dir if data_dir is not None else os.environ.get("CAMELTOOLS_DATA", "")
    if not raw:
        return None, "CAMELTOOLS_DATA is not set (install the CAMeL Tools data and point it there)"
    root = Path(raw).expanduser()
    if not root.is_dir():
        return None, f"CAMELTOOLS_DATA={raw} is not a folder"
    if not (root / "catalogue.json").is_file():
        # Without it, importing camel_tools.ner would try to download the catalogue.
        return None, f"no catalogue.json in CAMELTOOLS_DATA={raw}"
    models = sorted(p.parent for p in root.glob("data/ner/*/config.json"))
    if not models:
        return None, f"no NER model (data/ner/*/config.json) in CAMELTOOLS_DATA={raw}"
    return models[0], ""


@dataclass(frozen=True)
class CamelNERConfig:
    window: int = 300  # characters of context on each side of a speaker mention given to the model
    use_gpu: bool = False


class CamelNERSpeechExtractor(ArabicReportedSpeechExtractor):
    name = "mizan.ar.speech_ner"
    version = "0.1.0"
    produces = ("claims",)
    Config = CamelNERConfig  # type: ignore[assignment]
    description = "Reported speech with speakers confirmed by CAMeL Tools NER (needs CAMELTOOLS_DATA)."

    _recognizers: ClassVar[dict[tuple[str, bool], Any]] = {}

    def __init__(self, config: Any | None = None) -> None:
        super().__init__(config)
        # The speech rules run with their own defaults; this plugin's Config is about the NER step.
        self._speech = ArabicReportedSpeechExtractor()

    @classmethod
    def available(cls) -> tuple[bool, str]:
        """(True, "") when the data and libraries are there, else (False, the reason)."""
        path, reason = ner_model_path()
        if path is None:
            return False, reason
        for module in ("torch", "transformers"):
            if importlib.util.find_spec(module) is None:
                return False, f"the Python package {module!r} is not installed"
        return True, ""

    def recognizer(self) -> Any:
        """The NER model, loaded once per process (lazily: importing camel_tools.ner needs data)."""
        ok, reason = self.available()
        if not ok:
            raise PluginUnavailable(f"{self.label()} is unavailable: {reason}")
        path, _ = ner_model_path()
        key = (str(path), bool(self.config.use_gpu))
        if key not in self._recognizers:
            from camel_tools.ner import NERecognizer  # lazy by design, see the module docstring

            self._recognizers[key] = NERecognizer(str(path), use_gpu=self.config.use_gpu)
        return self._recognizers[key]

    def extract(
        self, text: str, *, language: str = "ar", published_at: date | None = None
    ) -> ExtractionResult:
        recognizer = self.recognizer()
        result = self._speech.extract(text, language=language, published_at=published_at)
        cache: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
        claims = [self._confirm(text, claim, recognizer, cache) for claim in result.claims]
        return ExtractionResult(claims=claims, numbers=result.numbers, dates=result.dates)

    def _confirm(
        self,
        text: str,
        claim: ClaimSpan,
        recognizer: Any,
        cache: dict[tuple[int, int], list[tuple[int, int, str]]],
    ) -> ClaimSpan:
        speaker = claim.speaker
        if speaker is None or speaker.start is None or speaker.end is None:
            return claim
        lo = max(0, speaker.start - self.config.window)
        hi = min(len(text), speaker.end + self.config.window)
        if (lo, hi) not in cache:
            cache[(lo, hi)] = entities(text, lo, hi, recognizer)
        for start, end, label in cache[(lo, hi)]:
            if start < speaker.end and speaker.start < end and label in NER_KINDS:
                kind = NER_KINDS[label]
                if kind != speaker.kind:
                    new: SpeakerMention = dataclasses.replace(speaker, kind=kind)  # type: ignore[arg-type]
                    return dataclasses.replace(claim, speaker=new)
                return claim
        return claim


def entities(text: str, lo: int, hi: int, recognizer: Any) -> list[tuple[int, int, str]]:
    """Entity spans (absolute offsets, label without B-/I-) that the recogniser finds in text[lo:hi]."""
    tokens = [(m.start() + lo, m.end() + lo, m.group()) for m in TOKEN_RE.finditer(text[lo:hi])]
    if not tokens:
        return []
    labels = recognizer.predict_sentence([t for _, _, t in tokens])
    found: list[tuple[int, int, str]] = []
    for (start, end, _), label in zip(tokens, labels, strict=False):
        if label == "O" or "-" not in label:
            continue
        prefix, kind = label.split("-", 1)
        if prefix == "I" and found and found[-1][2] == kind:
            found[-1] = (found[-1][0], end, kind)
        else:
            found.append((start, end, kind))
    return found
