"""The command-line contract: ingest, extract, compare, report."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from claims.models import Claim, Source, TermCount

pytestmark = pytest.mark.django_db(transaction=True)


def run(*args, stdin: bytes | None = None, monkeypatch=None) -> tuple[str, str, int]:
    out, err = io.StringIO(), io.StringIO()
    code = 0
    try:
        call_command(*args, stdout=out, stderr=err)
    except CommandError as exc:
        code = exc.returncode
        err.write(str(exc))
    return out.getvalue(), err.getvalue(), code


def test_ingest_formats_and_bad_files(tmp_path, seed_text):
    (tmp_path / "seed.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "latin1.txt").write_bytes("قال".encode() + b"\xe9t\xe9")
    (tmp_path / "huge.txt").write_text("ا" * (1024 * 1024 + 100), encoding="utf-8")
    (tmp_path / "many.jsonl").write_text(
        json.dumps(
            {
                "id": "j1",
                "text": "وقال الوزير أحمد علي إن الموازنة ستقر الأسبوع المقبل.",
                "url": "https://x/1",
            },
            ensure_ascii=False,
        )
        + "\n{broken\n"
        + json.dumps(
            {
                "id": "j2",
                "content": "وأكد المتحدث سامي يوسف أن المعبر سيفتح غدا أمام المسافرين.",
                "date_extracted": "2015-07-21 02:51:32",
                "source": "aawsat",
            },
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "one.json").write_text(
        json.dumps({"text": "نص قصير آخر لمقال ثالث عن الاقتصاد."}), encoding="utf-8"
    )
    paths = [
        str(tmp_path / n)
        for n in (
            "seed.txt",
            "empty.txt",
            "binary.txt",
            "latin1.txt",
            "huge.txt",
            "many.jsonl",
            "one.json",
            "missing.txt",
        )
    ]
    out, err, code = run("ingest", *paths)
    assert code == 1
    assert "ingested 4 new, 0 duplicate(s), 6 error(s)" in out
    for name, reason in [
        ("empty.txt", "empty"),
        ("binary.txt", "binary"),
        ("latin1.txt", "not UTF-8"),
        ("huge.txt", "over the"),
        ("many.jsonl:2", "invalid JSON"),
        ("missing.txt", "no such file"),
    ]:
        assert any(name in line and reason in line for line in err.splitlines()), (name, err)
    assert Source.objects.count() == 4
    seed = Source.objects.get(title__startswith="تأكيد عراقي")
    assert seed.published_at.date().isoformat() == "2021-12-12"  # read from the article's header
    j2 = Source.objects.get(external_id="j2")
    assert j2.outlet == "aawsat" and j2.published_at.date().isoformat() == "2015-07-21"
    # Again: everything is a duplicate, nothing new is stored.
    out, _, _ = run("ingest", str(tmp_path / "seed.txt"), str(tmp_path / "many.jsonl"))
    assert "ingested 0 new, 3 duplicate(s), 1 error(s)" in out


def test_ingest_reads_stdin(monkeypatch, seed_text):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(seed_text.encode())))
    out, _, code = run("ingest", "-")
    assert code == 0 and "ingested 1 new" in out
    assert Claim.objects.exists()


def test_extract_prints_the_contract_and_writes_nothing(tmp_path, seed_text):
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    out, _, code = run("extract", "--json", str(path))
    assert code == 0
    (line,) = out.strip().splitlines()
    record = json.loads(line)
    assert record["id"] == "seed" and record["language"] == "ar"
    for claim in record["claims"]:
        assert {
            "text",
            "start",
            "end",
            "speaker",
            "speaker_start",
            "speaker_end",
            "cue",
            "kind",
            "numbers",
            "dates",
        } <= set(claim)
        assert seed_text[claim["start"] : claim["end"]] == claim["text"]
        if claim["speaker_start"] is not None:
            assert seed_text[claim["speaker_start"] : claim["speaker_end"]]
    assert any(c["speaker"] == "فرانك ماكنزي" and c["numbers"] for c in record["claims"])
    assert Source.objects.count() == 0 and Claim.objects.count() == 0


def test_extract_on_a_saudinewsnet_style_array(tmp_path):
    articles = [
        {
            "source": "aawsat",
            "url": "http://x/1",
            "date_extracted": "2015-07-21 02:51:32",
            "title": "t",
            "author": "a",
            "content": "وقال وزير الخارجية عادل الجبير إن المملكة تدعم الحل السياسي في اليمن.",
        },
        {
            "source": "okaz",
            "url": "http://x/2",
            "date_extracted": "2015-07-21",
            "title": "t2",
            "author": "",
            "content": "خبر بلا أقوال.",
        },
    ]
    path = tmp_path / "2015-07-21.json"
    path.write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
    out, _, code = run("extract", str(path))
    lines = [json.loads(x) for x in out.strip().splitlines()]
    assert code == 0 and len(lines) == 2
    assert lines[0]["claims"][0]["speaker"] == "عادل الجبير"
    assert lines[1]["claims"] == []


def test_compare_jsonl_and_csv(tmp_path):
    jsonl = tmp_path / "pairs.jsonl"
    jsonl.write_text(
        json.dumps(
            {
                "id": "p1",
                "a": "العراق سيشهد انسحاب جميع القوات القتالية من العراق",
                "b": "القوات الأميركية ستبقى في العراق",
            },
            ensure_ascii=False,
        )
        + "\nnot json\n",
        encoding="utf-8",
    )
    out, err, code = run("compare", str(jsonl))
    (row,) = [json.loads(x) for x in out.strip().splitlines()]
    assert row["id"] == "p1" and row["label"] == "contradiction" and row["kind"] and row["explanation"]
    assert set(row) == {"id", "label", "score", "kind", "explanation"}
    assert code == 1 and "pairs.jsonl:2" in err
    table = tmp_path / "pairs.csv"
    with table.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["s1", "s2", "stance"])
        writer.writerow(
            ["ارتفاع أسعار النفط في الأسواق العالمية", "انخفاض أسعار النفط في الأسواق العالمية", "x"]
        )
        writer.writerow(["فوز الفريق بالبطولة", "الطقس حار اليوم", "x"])
    out, _, code = run("compare", str(table))
    rows = [json.loads(x) for x in out.strip().splitlines()]
    assert code == 0 and [r["label"] for r in rows] == ["contradiction", "unrelated"]


def test_report_json_and_csv(ingest, seed_text):
    ingest(text=seed_text, url="https://alarab.example/iraq")
    out, _, _ = run("report", "contradictions", "--format", "json")
    rows = json.loads(out)
    assert rows and {"a", "b", "kind", "score", "status", "explanation"} <= set(rows[0])
    assert {"text", "speaker", "source_url", "source_title", "date"} <= set(rows[0]["a"])
    pairs = [{r["a"]["speaker"], r["b"]["speaker"]} for r in rows]
    assert {"مصطفى الكاظمي", "فرانك ماكنزي"} in pairs
    out, _, _ = run("report", "contradictions", "--format", "csv")
    table = list(csv.DictReader(io.StringIO(out)))
    assert len(table) == len(rows) and table[0]["a_source_url"] == "https://alarab.example/iraq"


@pytest.mark.django_db
def test_refresh_signals_restores_the_detectors_notes(ingest, seed_text):
    ingest(text=seed_text)
    notes = dict(Claim.objects.values_list("id", "detector_signals"))
    terms = dict(Claim.objects.values_list("id", "key_terms"))
    assert notes and all("mizan.contradiction.lexical@" in next(iter(n)) for n in notes.values())
    assert all(terms.values())
    # Claims stored before the prefilter and the key terms existed.
    Claim.objects.update(detector_signals={}, key_terms=None)
    out = io.StringIO()
    call_command("refresh_signals", "--batch", "3", stdout=out)
    counted = TermCount.objects.count()
    assert counted > 0
    assert out.getvalue().strip() == (
        f"{len(notes)} of {len(notes)} claims read, {len(notes)} updated; {counted} term counts"
    )
    assert dict(Claim.objects.values_list("id", "detector_signals")) == notes
    assert dict(Claim.objects.values_list("id", "key_terms")) == terms
    out = io.StringIO()
    call_command("refresh_signals", stdout=out)
    assert ", 0 updated; " in out.getvalue()
    with pytest.raises(CommandError, match="--batch must be at least 1, got 0"):
        call_command("refresh_signals", "--batch", "0")
