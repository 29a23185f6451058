"""The attribution evaluator: pure scoring functions, the `evaluate` command and the dev gold set."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from extractors.base import ClaimSpan, ExtractionResult, SpeakerMention
from extractors.evaluation import (
    aggregate,
    evaluate_article,
    iou,
    match_spans,
    names_match,
    prf,
    speaker_matches,
    strip_span,
)

GOLD_DEV = Path(__file__).resolve().parent.parent / "eval" / "attribution" / "gold-dev.jsonl"


# --- spans -----------------------------------------------------------------------------------------


def test_iou():
    assert iou((0, 10), (0, 10)) == 1.0
    assert iou((0, 10), (5, 15)) == pytest.approx(5 / 15)
    assert iou((0, 10), (10, 20)) == 0.0
    assert iou((0, 4), (0, 8)) == 0.5


def test_strip_span_drops_quotes_spaces_and_punctuation():
    text = "قال: «الجو حار». "
    start = text.index("«")
    assert text[slice(*strip_span(text, start, len(text)))] == "الجو حار"
    assert strip_span("  ..  ", 0, 6) == (6, 6)


def test_match_spans_is_one_to_one_and_greedy_by_best_iou():
    gold = [(0, 10), (20, 30)]
    predicted = [(0, 9), (0, 10), (22, 30), (50, 60)]
    # (0, 10) goes to its exact twin, not to the first candidate; (0, 9) is left over.
    assert match_spans(gold, predicted) == [(0, 1, 1.0), (1, 2, 0.8)]
    assert match_spans([(0, 10)], [(0, 4)]) == []  # IoU 0.4 < 0.5
    assert match_spans([(0, 10)], [(0, 5)]) == [(0, 0, 0.5)]  # the threshold is inclusive


# --- speakers --------------------------------------------------------------------------------------


def test_names_match_on_normalised_whole_tokens():
    assert names_match("مصطفى الكاظمي", "الكاظمى")
    assert names_match("«المرصد السوري لحقوق الإنسان»", "المرصد السوري")
    assert names_match("أبو مرزوق", "موسى أبو مرزوق")
    assert not names_match("كاظم", "مصطفى الكاظمي")  # a part of a token is not enough
    assert not names_match("", "الكاظمي")
    assert not names_match(None, "الكاظمي")


def test_speaker_matches_by_name_mention_or_span():
    gold = {"speaker": "جان قهوجي", "speaker_mention": "قائد الجيش", "speaker_start": 10, "speaker_end": 20}
    assert speaker_matches(gold, {"speaker": "قهوجي", "speaker_start": None, "speaker_end": None})
    assert speaker_matches(gold, {"speaker": "قائد الجيش اللبناني"})  # contains the gold mention
    assert speaker_matches(gold, {"speaker": "العسكريين", "speaker_start": 15, "speaker_end": 30})  # overlap
    assert not speaker_matches(gold, {"speaker": "ديفيد هيل", "speaker_start": 40, "speaker_end": 49})
    assert not speaker_matches(gold, {"speaker": None, "speaker_start": None, "speaker_end": None})
    continuation = {"speaker": "جان قهوجي", "speaker_mention": "", "speaker_start": None, "speaker_end": None}
    assert not speaker_matches(continuation, {"speaker": "هيل", "speaker_start": 0, "speaker_end": 3})


# --- figures ---------------------------------------------------------------------------------------


def test_prf_arithmetic():
    assert prf(2, 4, 5) == pytest.approx({"precision": 0.5, "recall": 0.4, "f1": 0.4 / 0.9})
    assert prf(0, 0, 3) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def _claim(text: str, part: str, speaker: str | None, mention: str = "", kind: str = "indirect") -> dict:
    start = text.index(part)
    s_start = text.index(mention) if mention else None
    return {
        "start": start,
        "end": start + len(part),
        "text": part,
        "speaker": speaker,
        "speaker_mention": mention,
        "speaker_start": s_start,
        "speaker_end": s_start + len(mention) if mention else None,
        "kind": kind,
    }


def test_evaluate_article_and_aggregate():
    text = (
        "قال الوزير أحمد علي إن الميزانية زادت. وأضاف: «سنبني مدارس جديدة». وذكرت الصحيفة أن الأمطار غزيرة."
    )
    gold = [
        _claim(text, "الميزانية زادت", "أحمد علي", "الوزير أحمد علي"),
        _claim(text, "سنبني مدارس جديدة", "أحمد علي", kind="direct"),
        _claim(text, "الأمطار غزيرة", "الصحيفة", "الصحيفة"),
    ]
    predicted = [
        _claim(text, "إن الميزانية زادت.", "أحمد علي"),  # "إن" is not stripped: IoU 14/17, not exact
        _claim(text, "«سنبني مدارس جديدة»", "الصحيفة"),  # exact after stripping, wrong speaker
        _claim(text, "وذكرت الصحيفة", "الصحيفة"),  # a false positive
    ]
    result = evaluate_article("a", text, gold, predicted)
    assert [(g, p) for g, p, _ in result.pairs] == [(0, 0), (1, 1)]
    assert result.speaker_ok == [True, False]
    assert result.missed == [2] and result.false_positives == [2]
    assert result.exact == 1
    figures = aggregate([result])
    assert figures["span"]["tp"] == 2 and figures["span"]["precision"] == pytest.approx(2 / 3)
    assert figures["speaker"]["tp"] == 1 and figures["speaker"]["recall"] == pytest.approx(1 / 3)
    assert figures["exact_span"]["f1"] == pytest.approx(1 / 3)
    assert figures["per_kind"]["direct"] == {"gold": 1, "span_recall": 1.0, "speaker_recall": 0.0}
    assert figures["per_kind"]["indirect"]["span_recall"] == 0.5


# --- the command -----------------------------------------------------------------------------------

ARTICLE_1 = "قال المتحدث باسم الوزارة سامي حسن إن المشروع اكتمل. وأضاف أن التكلفة بلغت مليون دينار."
ARTICLE_2 = "أكدت مصادر أمنية أن الطريق أغلق. وقال المحافظ: «لا إصابات»."


class FakeExtractor:
    """Finds exactly the spans listed in PREDICTIONS (a stand-in for the enabled extractors)."""

    name = "test.fake"
    version = "1"
    PREDICTIONS = {
        ARTICLE_1: [("المشروع اكتمل", "سامي حسن"), ("التكلفة بلغت مليون دينار", "الوزارة")],
        ARTICLE_2: [("الطريق أغلق.", "مصادر"), ("وقال المحافظ", "المحافظ")],
    }

    def extract(self, text, *, language, published_at):
        claims = []
        for part, speaker in self.PREDICTIONS[text]:
            start = text.index(part)
            s = text.find(speaker)
            mention = SpeakerMention(speaker, s, s + len(speaker))
            claims.append(ClaimSpan(part, start, start + len(part), mention, "قال"))
        return ExtractionResult(claims=claims)


@pytest.fixture
def tiny_gold(tmp_path) -> Path:
    records = [
        {
            "id": "t-1",
            "published_at": "2015-07-21",
            "text": ARTICLE_1,
            "claims": [
                _claim(ARTICLE_1, "المشروع اكتمل", "سامي حسن", "المتحدث باسم الوزارة سامي حسن"),
                _claim(ARTICLE_1, "التكلفة بلغت مليون دينار", "سامي حسن"),
            ],
        },
        {
            "id": "t-2",
            "published_at": "2015-07-22",
            "text": ARTICLE_2,
            "claims": [
                _claim(ARTICLE_2, "الطريق أغلق", "مصادر أمنية", "مصادر أمنية"),
                _claim(ARTICLE_2, "لا إصابات", "المحافظ", "المحافظ", kind="direct"),
            ],
        },
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _run(*args) -> str:
    out = StringIO()
    call_command("evaluate", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_command_prints_the_figures(monkeypatch, tiny_gold):
    monkeypatch.setattr("claims.management.commands.evaluate.enabled_extractors", lambda: [FakeExtractor()])
    figures = json.loads(_run("attribution", str(tiny_gold), "--json"))
    # 4 gold, 4 predicted; 3 spans match ("وقال المحافظ" does not); the speaker of claim 2 is wrong
    # ("الوزارة" is inside the gold mention span of claim 1, not claim 2, which has none).
    assert (figures["gold_claims"], figures["predicted_claims"], figures["matched"]) == (4, 4, 3)
    assert figures["span"] == pytest.approx({"precision": 0.75, "recall": 0.75, "f1": 0.75, "tp": 3})
    assert figures["speaker"] == pytest.approx({"precision": 0.5, "recall": 0.5, "f1": 0.5, "tp": 2})
    assert figures["exact_span"]["tp"] == 3
    assert figures["per_kind"]["direct"]["span_recall"] == 0.0
    assert figures["per_kind"]["indirect"]["span_recall"] == 1.0
    text = _run("attribution", str(tiny_gold), "--verbose")
    assert "claim span (IoU>=0.5)   75.0   75.0   75.0" in text
    assert "speaker attribution     50.0   50.0   50.0" in text
    assert "MISS [direct]" in text and "لا إصابات" in text
    assert "FP   " in text and "SPKR gold سامي حسن" in text


@pytest.mark.django_db
def test_command_runs_the_real_extractors(tiny_gold):
    figures = json.loads(_run("attribution", str(tiny_gold), "--json"))
    assert figures["articles"] == 2 and figures["gold_claims"] == 4
    assert 0.0 <= figures["span"]["f1"] <= 1.0


def test_command_rejects_unknown_task_and_bad_gold(tmp_path):
    with pytest.raises(CommandError):
        call_command("evaluate", "contradiction", str(tmp_path / "x.jsonl"))
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "abc", "claims": [{"start": 0, "end": 2, "text": "xx"}]}\n', encoding="utf-8")
    with pytest.raises(CommandError, match="do not match"):
        call_command("evaluate", "attribution", str(bad))


# --- the dev gold set ------------------------------------------------------------------------------


def test_gold_dev_offsets_and_counts():
    records = [json.loads(line) for line in GOLD_DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(records) >= 40
    assert len({r["id"] for r in records}) == len(records)
    assert len({r["outlet"] for r in records}) >= 5 and len({r["day"] for r in records}) >= 5
    claims = [c for r in records for c in r["claims"]]
    assert len(claims) >= 200
    assert {c["kind"] for c in claims} == {"direct", "indirect"}
    for r in records:
        text = r["text"]
        assert r["id"].startswith(r["day"]) and r["published_at"] == r["day"]
        previous_end = 0
        for c in r["claims"]:
            assert text[c["start"] : c["end"]] == c["text"], (r["id"], c["text"])
            assert c["text"] == c["text"].strip() and c["start"] >= previous_end
            previous_end = c["end"]
            assert c["speaker"] and c["cue"] in text
            if c["speaker_mention"]:
                assert text[c["speaker_start"] : c["speaker_end"]] == c["speaker_mention"], (r["id"], c)
            else:
                assert c["speaker_start"] is None and c["speaker_end"] is None


@pytest.mark.django_db
def test_evaluate_contradictions_scores_what_the_pipeline_would_store(tmp_path):
    pairs = [
        {
            "id": "withdraw-vs-stay",
            "gold": "contradiction",
            "a": {
                "text": "العراق سيشهد بعد أيام انسحاب جميع القوات القتالية للتحالف الدولي",
                "date": "2021-12-12",
            },
            "b": {
                "text": "بلاده ستبقي على العدد الحالي لقواتها والبالغ 2500 جندي في العراق",
                "date": "2021-12-12",
            },
        },
        {
            "id": "loans-vs-sales",
            "gold": "not",
            "a": {"text": "ارتفاع إجمالي القروض بنسبة 3.8% لتبلغ 929.2 مليون ريال مقارنة بنحو 895 في 2013"},
            "b": {"text": "ارتفاع قيمة المبيعات بنسبة 17.7% لتبلغ 169.9 مليار ريال مقارنة بعام 2013"},
        },
    ]
    gold = tmp_path / "pairs.jsonl"
    gold.write_text("\n".join(json.dumps(p, ensure_ascii=False) for p in pairs), encoding="utf-8")
    out = StringIO()
    call_command("evaluate", "contradictions", str(gold), "--json", stdout=out)
    figures = json.loads(out.getvalue())
    assert (figures["pairs"], figures["stored_count"], figures["stored_right"]) == (2, 1, 1)
    assert figures["precision"] == 1.0 and figures["recall"] == 1.0
    assert figures["stored"][0]["id"] == "withdraw-vs-stay" and figures["stored"][0]["kind"] == "antonymy"


def test_evaluate_contradictions_refuses_a_bad_label(tmp_path):
    gold = tmp_path / "bad.jsonl"
    gold.write_text(
        '{"id": "x", "gold": "maybe", "a": {"text": "أ"}, "b": {"text": "ب"}}\n', encoding="utf-8"
    )
    with pytest.raises(CommandError, match="gold must be 'contradiction' or 'not'"):
        call_command("evaluate", "contradictions", str(gold))
