"""Plugin contracts: small base classes that fail loudly with precise messages.

A plugin is pure: text in, typed results out, no ORM. The pipeline (``extractors.services``) maps
results to models and records which plugin and version made each field.

An extractor::

    class MyExtractor(Extractor):
        name = "acme.quotes"          # stable id, never reused for something else
        version = "1.2.0"             # bump when the output for the same input may change
        produces = ("claims",)        # any of: claims, numbers, dates

        @dataclass(frozen=True)
        class Config:                 # typed config; every field needs a default
            min_length: int = 10

        def extract(self, text, *, language, published_at):
            return ExtractionResult(claims=[...])

A detector compares two claims and returns a ``PairResult``. It may also take part in the candidate
prefilter: ``signals`` notes what it needs of one claim when the claim is stored, ``may_contradict``
rules a pair out on the two claims' notes, so most candidate pairs cost a set intersection instead of
an analysis of the candidate's text.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar, Literal

PLUGIN_NAME_RE = re.compile(r"^[a-z][a-z0-9_.-]{1,63}$")
OUTPUT_KINDS = ("claims", "numbers", "dates")


class PluginError(Exception):
    """A plugin class does not honour the contract."""


class PluginConfigError(PluginError):
    """A stored configuration does not fit the plugin's typed Config."""


# --- Typed results ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SpeakerMention:
    """Who made a claim, as found in one article. Offsets point at the mention in the text."""

    name: str
    start: int | None = None
    end: int | None = None
    kind: Literal["person", "organisation", "source"] = "person"
    role: str = ""
    organisation: str = ""
    country: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClaimSpan:
    """An attributed statement: ``text == article[start:end]``."""

    text: str
    start: int
    end: int
    speaker: SpeakerMention | None
    cue: str = ""
    kind: Literal["direct", "indirect"] = "indirect"


@dataclass(frozen=True)
class NumberSpan:
    text: str
    start: int
    end: int
    value: float
    unit: str = ""
    # Appended in 0.2.0 (defaults keep older stored results and constructor calls valid):
    qualifier: str = (
        ""  # "" exact, "approx" (نحو، حوالي، عشرات), "gt"/"gte" (أكثر من / لا يقل عن), "lt"/"lte"
    )
    kind: str = ""  # "count", "percent", "money", "year", "number" (no referent found)


@dataclass(frozen=True)
class DateSpan:
    text: str
    start: int
    end: int
    value: str  # ISO date (YYYY-MM-DD); a resolved relative expression keeps its surface in ``text``
    precision: Literal["day", "month", "year"] = "day"
    # Appended in 0.2.0: the calendar written in the text (``value`` is always Gregorian), whether the
    # value was resolved against the publication date (أمس، الخميس، الشهر المقبل), and whether it is a
    # rough estimate (بعد أيام، الأسبوع الماضي).
    calendar: Literal["gregorian", "hijri"] = "gregorian"
    relative: bool = False
    approximate: bool = False


@dataclass
class ExtractionResult:
    claims: list[ClaimSpan] = field(default_factory=list)
    numbers: list[NumberSpan] = field(default_factory=list)
    dates: list[DateSpan] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ExtractionResult:
        def speaker(value: dict[str, Any] | None) -> SpeakerMention | None:
            if value is None:
                return None
            return SpeakerMention(**{**value, "aliases": tuple(value.get("aliases", ()))})

        return cls(
            claims=[ClaimSpan(**{**c, "speaker": speaker(c.get("speaker"))}) for c in data.get("claims", [])],
            numbers=[NumberSpan(**n) for n in data.get("numbers", [])],
            dates=[DateSpan(**d) for d in data.get("dates", [])],
        )


@dataclass(frozen=True)
class ClaimView:
    """What a detector sees of a stored or ad-hoc claim (no ORM)."""

    text: str
    speaker: str = ""
    numbers: tuple[dict[str, Any], ...] = ()
    dates: tuple[dict[str, Any], ...] = ()
    published_at: date | None = None
    context: str = ""  # the sentence(s) around the claim, where known
    cue: str = ""  # the reporting word as written (قال، نفى …), where known


@dataclass(frozen=True)
class ClaimSignals:
    """One claim as the candidate prefilter sees it: its key terms (``arabic.key_terms`` of the text,
    as the candidate index holds them) and a detector's own notes on it (``Detector.signals``)."""

    terms: frozenset[str]
    marks: frozenset[str]


Label = Literal["contradiction", "agreement", "unrelated"]


@dataclass(frozen=True)
class PairResult:
    label: Label
    score: float
    kind: str = ""
    explanation: str = ""
    spans_a: tuple[tuple[int, int], ...] = ()  # conflicting spans, offsets into ClaimView.text
    spans_b: tuple[tuple[int, int], ...] = ()
    # The text itself says so (an article reporting the conflict, a reported denial): this result
    # outranks the other detectors' opinions.
    certain: bool = False


# --- Base classes ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class EmptyConfig:
    """For plugins that take no settings."""


class Plugin:
    """Common contract of extractors and detectors; validated once, at registration."""

    name: ClassVar[str]
    version: ClassVar[str]
    Config: ClassVar[type] = EmptyConfig
    description: ClassVar[str] = ""

    def __init__(self, config: Any | None = None) -> None:
        self.config = config if config is not None else self.Config()

    @classmethod
    def validate_class(cls) -> None:
        """Raise PluginError naming the exact problem."""
        where = f"{cls.__module__}.{cls.__qualname__}"
        name = getattr(cls, "name", None)
        if not isinstance(name, str) or not PLUGIN_NAME_RE.match(name):
            raise PluginError(
                f"{where}: `name` must be a string matching {PLUGIN_NAME_RE.pattern!r}, got {name!r}"
            )
        version = getattr(cls, "version", None)
        if not isinstance(version, str) or not version.strip():
            raise PluginError(f"{where}: `version` must be a non-empty string, got {version!r}")
        if not dataclasses.is_dataclass(cls.Config):
            raise PluginError(f"{where}: `Config` must be a dataclass, got {cls.Config!r}")
        missing = [
            f.name
            for f in dataclasses.fields(cls.Config)
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        ]
        if missing:
            raise PluginError(f"{where}: every Config field needs a default; missing for {missing}")

    @classmethod
    def make_config(cls, values: dict[str, Any] | None) -> Any:
        """Build a typed Config from stored JSON, refusing unknown keys and wrong types."""
        values = dict(values or {})
        fields = {f.name: f for f in dataclasses.fields(cls.Config)}
        unknown = sorted(set(values) - set(fields))
        if unknown:
            raise PluginConfigError(f"{cls.name}: unknown config keys {unknown}; known: {sorted(fields)}")
        defaults = cls.Config()
        for key, value in values.items():
            expected = type(getattr(defaults, key))
            if expected is float and isinstance(value, int) and not isinstance(value, bool):
                values[key] = float(value)
            elif not isinstance(value, expected) or (expected is not bool and isinstance(value, bool)):
                raise PluginConfigError(
                    f"{cls.name}: config key {key!r} must be {expected.__name__}, got {type(value).__name__}"
                )
        return cls.Config(**values)

    def config_hash(self) -> str:
        payload = json.dumps(dataclasses.asdict(self.config), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(payload.encode()).hexdigest()[:16]

    @classmethod
    def label(cls) -> str:
        return f"{cls.name}@{cls.version}"

    @classmethod
    def release_caches(cls) -> None:
        """Drop what the plugin cached about the texts of the batch just processed. The pipeline
        calls it after every batch so a long-running worker's memory stays flat; a plugin that
        caches per text (a new claim meets many candidates) overrides it."""


class Extractor(Plugin):
    produces: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def validate_class(cls) -> None:
        super().validate_class()
        where = f"{cls.__module__}.{cls.__qualname__}"
        if not cls.produces or any(kind not in OUTPUT_KINDS for kind in cls.produces):
            raise PluginError(f"{where}: `produces` must list some of {OUTPUT_KINDS}, got {cls.produces!r}")
        if cls.extract is Extractor.extract:
            raise PluginError(f"{where}: must implement extract(text, *, language, published_at)")

    def extract(self, text: str, *, language: str, published_at: date | None) -> ExtractionResult:
        raise NotImplementedError


class Detector(Plugin):
    @classmethod
    def validate_class(cls) -> None:
        super().validate_class()
        if cls.compare is Detector.compare:
            raise PluginError(f"{cls.__module__}.{cls.__qualname__}: must implement compare(a, b)")

    def compare(self, a: ClaimView, b: ClaimView) -> PairResult:
        raise NotImplementedError

    def compare_many(self, pairs: Sequence[tuple[ClaimView, ClaimView]]) -> list[PairResult]:
        """``compare`` of each pair, in order. The pipeline hands a batch's pairs over at once, so a
        detector whose cost is per call (a model) can override this to work on all of them together;
        it must return exactly what ``compare`` would."""
        return [self.compare(a, b) for a, b in pairs]

    def signals(self, claim: ClaimView) -> frozenset[str] | None:
        """Optional prefilter, part 1: short notes on one claim (which events, units, negations it
        holds), computed once when the claim is stored and kept with it under the detector's label.
        None, the default: the detector has no prefilter and meets every candidate pair."""
        return None

    def may_contradict(self, a: ClaimSignals, b: ClaimSignals) -> bool:
        """Optional prefilter, part 2: False only when ``compare(a, b)`` cannot return a contradiction,
        judged on the two claims' signals alone. A necessary condition, never a guess: a False for a
        pair that ``compare`` would call a contradiction loses that contradiction. The default rules
        nothing out."""
        return True
