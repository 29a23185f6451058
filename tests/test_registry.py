"""Plugin contract and registry: validation, duplicates, entry points, broken third parties."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

import pytest
from django.core.exceptions import ImproperlyConfigured

from claims.models import Claim
from extractors.base import ExtractionResult, Extractor, PluginConfigError, PluginError
from extractors.models import ExtractionRun, PluginConfig
from extractors.registry import Registry, get_registry

THIRD_PARTY = textwrap.dedent(
    '''
    from dataclasses import dataclass
    from extractors.base import ClaimSpan, ExtractionResult, Extractor, SpeakerMention


    class ShoutExtractor(Extractor):
        """Every sentence ending in '!' is a claim by «المنادي»."""
        name = "acme.shout"
        version = "2.0"
        produces = ("claims",)

        @dataclass(frozen=True)
        class Config:
            marker: str = "!"

        def extract(self, text, *, language, published_at):
            claims, start = [], 0
            for i, ch in enumerate(text):
                if ch == self.config.marker:
                    body = text[start:i].strip()
                    if body:
                        s = text.index(body, start)
                        claims.append(ClaimSpan(body, s, s + len(body), SpeakerMention("المنادي")))
                    start = i + 1
            return ExtractionResult(claims=claims)


    class NotAPlugin:
        pass
    '''
)


def _install_fake_distribution(tmp_path, monkeypatch, entry_points: str) -> None:
    """A real installed distribution on sys.path, found by importlib.metadata like any pip install."""
    (tmp_path / "acme_mizan_plugins.py").write_text(THIRD_PARTY, encoding="utf-8")
    dist = tmp_path / "acme_mizan_plugins-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-mizan-plugins\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text(entry_points)
    monkeypatch.syspath_prepend(str(tmp_path))


def test_builtins_are_registered():
    registry = get_registry()
    assert {"mizan.ar.speech", "mizan.numbers", "mizan.dates"} <= set(registry.extractors)
    assert "mizan.contradiction.lexical" in registry.detectors


@pytest.mark.django_db
def test_entry_point_plugin_is_discovered_and_run(tmp_path, monkeypatch, ingest):
    _install_fake_distribution(
        tmp_path, monkeypatch, "[mizan.extractors]\nshout = acme_mizan_plugins:ShoutExtractor\n"
    )
    assert get_registry().extractors["acme.shout"].version == "2.0"
    result = ingest(text="هذا خبر عاجل جدا! وهذا آخر!", title="t")
    run = ExtractionRun.objects.get(source=result.source, plugin="acme.shout")
    assert run.status == "done" and run.version == "2.0"
    claim = Claim.objects.get(source=result.source, text="هذا خبر عاجل جدا")
    assert claim.speaker.name == "المنادي"
    assert (claim.extractor, claim.extractor_version) == ("acme.shout", "2.0")


@pytest.mark.django_db
def test_broken_third_party_plugins_are_logged_and_skipped(tmp_path, monkeypatch, caplog):
    _install_fake_distribution(
        tmp_path,
        monkeypatch,
        "[mizan.extractors]\n"
        "missing = acme_mizan_plugins:DoesNotExist\n"
        "wrongtype = acme_mizan_plugins:NotAPlugin\n"
        "dupe = extractors.builtin.numbers:NumberExtractor\n"
        "[mizan.detectors]\n"
        "badmodule = no_such_module_xyz:Detector\n",
    )
    registry = get_registry()
    assert "mizan.ar.speech" in registry.extractors  # the pipeline still stands
    reasons = "\n".join(registry.rejected)
    assert "'missing'" in reasons and "DoesNotExist" in reasons
    assert "'wrongtype'" in reasons and "not a subclass of extractors.base.Extractor" in reasons
    assert "'badmodule'" in reasons and "no_such_module_xyz" in reasons
    assert "skipped" in caplog.text
    # Registering the same class twice is harmless; a *different* class with a taken name is not.
    assert "'dupe'" not in reasons


def test_duplicate_names_are_rejected_with_a_clear_message():
    class A(Extractor):
        name, version, produces = "dup.name", "1", ("claims",)

        def extract(self, text, *, language, published_at):
            return ExtractionResult()

    class B(A):
        pass

    registry = Registry()
    registry.register(A, base=Extractor, origin="test")
    with pytest.raises(PluginError, match=r"duplicate plugin name 'dup\.name'"):
        registry.register(B, base=Extractor, origin="test")


@pytest.mark.parametrize(
    ("attrs", "message"),
    [
        ({"name": "Bad Name", "version": "1"}, "`name` must be a string"),
        ({"name": "ok.name", "version": ""}, "`version` must be a non-empty string"),
        ({"name": "ok.name", "version": "1", "produces": ("tweets",)}, "`produces` must list some of"),
    ],
)
def test_invalid_plugins_fail_loudly(attrs, message):
    def extract(self, text, *, language, published_at):
        return ExtractionResult()

    plugin = type("P", (Extractor,), {"produces": ("claims",), "extract": extract, **attrs})
    with pytest.raises(PluginError, match=message):
        plugin.validate_class()


def test_config_without_defaults_and_missing_extract_are_refused():
    @dataclass(frozen=True)
    class NeedsValue:
        threshold: float

    plugin = type(
        "P", (Extractor,), {"name": "p.q", "version": "1", "produces": ("claims",), "Config": NeedsValue}
    )
    with pytest.raises(PluginError, match="must implement extract"):
        type("Q", (Extractor,), {"name": "p.q", "version": "1", "produces": ("claims",)}).validate_class()
    with pytest.raises(PluginError, match="needs a default"):
        plugin.validate_class()


def test_typed_config_rejects_unknown_keys_and_wrong_types():
    speech = get_registry().extractors["mizan.ar.speech"]
    assert speech.make_config({"min_claim_chars": 20}).min_claim_chars == 20
    with pytest.raises(PluginConfigError, match="unknown config keys"):
        speech.make_config({"nope": 1})
    with pytest.raises(PluginConfigError, match="must be int"):
        speech.make_config({"min_claim_chars": "twenty"})


def test_a_broken_builtin_is_a_configuration_error(settings):
    settings.MIZAN_EXTRACTORS = ["extractors.builtin.nothing.Here"]
    from extractors.registry import build_registry

    with pytest.raises(ImproperlyConfigured, match=r"extractors\.builtin\.nothing\.Here"):
        build_registry()


@pytest.mark.django_db
def test_disabled_plugin_does_not_run(seed_text, ingest):
    PluginConfig.objects.update_or_create(name="mizan.numbers", defaults={"enabled": False})
    source = ingest(text=seed_text).source
    assert not ExtractionRun.objects.filter(source=source, plugin="mizan.numbers").exists()
    assert ExtractionRun.objects.filter(source=source, plugin="mizan.ar.speech", status="done").exists()


@pytest.mark.django_db
def test_unavailable_plugin_is_listed_not_run(admin_client, ingest):
    from django.urls import reverse

    registry = get_registry()
    assert "mizan.ar.speech_ner" in registry.unavailable  # no CAMELTOOLS_DATA on this machine
    assert "mizan.ar.speech_ner" not in registry.extractors
    source = ingest(text="وقال الوزير أحمد علي إن الموازنة ستقر غدا في البرلمان.").source
    assert not ExtractionRun.objects.filter(source=source, plugin="mizan.ar.speech_ner").exists()
    response = admin_client.get(reverse("admin:extractors_pluginconfig_changelist"))
    shown = [str(m) for m in response.context["messages"]]
    assert any(
        m.startswith("mizan.ar.speech_ner is unavailable on this machine: CAMELTOOLS_DATA") for m in shown
    )
