"""The optional CAMeL-data plugin: unavailable without data, never importing what downloads, and its
speaker confirmation logic with a stand-in recogniser (the real model is not installed in CI)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from extractors.base import Extractor
from extractors.builtin import camel_data
from extractors.builtin.camel_data import CamelNERSpeechExtractor, PluginUnavailable, entities

ROOT = Path(__file__).resolve().parent.parent


def test_importing_the_plugin_never_imports_camel_tools_data_modules():
    code = (
        "import os, sys, django;"
        "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.settings.test');"
        "os.environ.pop('CAMELTOOLS_DATA', None);"
        "django.setup();"
        "import extractors.builtin.camel_data as m;"
        "print(m.CamelNERSpeechExtractor.available());"
        "bad = [k for k in sys.modules if k.startswith(('camel_tools.ner', 'camel_tools.morphology',"
        " 'camel_tools.disambig', 'camel_tools.data'))];"
        "print(bad); assert not bad, bad"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "False" in out.stdout and "CAMELTOOLS_DATA is not set" in out.stdout


def test_unavailable_without_the_variable(monkeypatch):
    monkeypatch.delenv("CAMELTOOLS_DATA", raising=False)
    ok, reason = CamelNERSpeechExtractor.available()
    assert not ok and "CAMELTOOLS_DATA" in reason


@pytest.mark.parametrize(
    ("layout", "expected"),
    [
        ({}, "no catalogue.json"),
        ({"catalogue.json": "{}"}, "no NER model"),
    ],
)
def test_unavailable_with_an_incomplete_data_folder(monkeypatch, tmp_path, layout, expected):
    for name, content in layout.items():
        (tmp_path / name).write_text(content)
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path))
    ok, reason = CamelNERSpeechExtractor.available()
    assert not ok and expected in reason


def test_missing_folder_is_reported(monkeypatch, tmp_path):
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path / "nowhere"))
    assert "is not a folder" in CamelNERSpeechExtractor.available()[1]


def test_extract_fails_with_the_reason_when_unavailable(monkeypatch):
    monkeypatch.delenv("CAMELTOOLS_DATA", raising=False)
    with pytest.raises(PluginUnavailable, match=r"mizan\.ar\.speech_ner@.* is unavailable: CAMELTOOLS_DATA"):
        CamelNERSpeechExtractor().extract("قال الوزير إن 5 جنود قتلوا", language="ar", published_at=None)


def test_the_class_honours_the_plugin_contract():
    CamelNERSpeechExtractor.validate_class()
    assert issubclass(CamelNERSpeechExtractor, Extractor)
    assert CamelNERSpeechExtractor.make_config({"window": 100}).window == 100


class FakeRecognizer:
    """Labels «الأمم المتحدة» as an organisation and «خالد العبيدي» as a person."""

    def predict_sentence(self, words):
        labels = []
        for i, word in enumerate(words):
            if word == "الأمم":
                labels.append("B-ORG")
            elif word == "المتحدة" and i and words[i - 1] == "الأمم":
                labels.append("I-ORG")
            elif word == "خالد":
                labels.append("B-PERS")
            elif word == "العبيدي":
                labels.append("I-PERS")
            else:
                labels.append("O")
        return labels


def test_entities_merge_bio_labels_into_spans():
    text = "وقالت الأمم المتحدة إن خالد العبيدي وصل"
    found = entities(text, 0, len(text), FakeRecognizer())
    assert [(text[s:e], kind) for s, e, kind in found] == [("الأمم المتحدة", "ORG"), ("خالد العبيدي", "PERS")]


def test_speakers_are_confirmed_by_the_recogniser(monkeypatch):
    monkeypatch.setattr(CamelNERSpeechExtractor, "recognizer", lambda self: FakeRecognizer())
    text = "وأعلنت الأمم المتحدة أن 200 ألف شخص نزحوا. وقال وزير الدفاع خالد العبيدي إن القوات حررت المدينة."
    plugin = CamelNERSpeechExtractor()
    claims = plugin.extract(text, language="ar", published_at=None).claims
    plain = camel_data.ArabicReportedSpeechExtractor().extract(text, language="ar", published_at=None).claims
    assert [(c.start, c.end, c.text) for c in claims] == [(c.start, c.end, c.text) for c in plain]
    kinds = {c.speaker.name: c.speaker.kind for c in claims if c.speaker}
    assert kinds.get("الأمم المتحدة") == "organisation"
    assert kinds.get("خالد العبيدي") == "person"
