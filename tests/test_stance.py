"""The trained stance contradiction detector: training code, shipped model, explanations, bad input.

Every pair here is invented for the tests (no rows of the ANS corpus)."""

from __future__ import annotations

import csv
import io
import time

import numpy as np
import pytest
from django.core.management import call_command

from extractors.base import ClaimView
from extractors.builtin.stance import MODEL_PATH, StanceContradictionDetector, get_model
from extractors.management.commands.train_detector import MODEL_FILE
from extractors.training.stance import LABELS, StanceModel, evaluate, fit, predict, prepare

SUBJECTS = ["أسعار الذهب", "أسهم البنوك", "صادرات القمح", "أسعار النفط", "مبيعات السيارات", "عدد السياح"]
PLACES = ["في مصر", "في الأردن", "في المغرب", "في تونس"]


def tiny_rows() -> list[tuple[str, str, str]]:
    """A small synthetic set with the three classes: opposite verbs, paraphrases, other topics."""
    rows = []
    for i, subject in enumerate(SUBJECTS):
        place = PLACES[i % len(PLACES)]
        rows.append((f"ارتفاع {subject} {place}", f"انخفاض {subject} {place}", "contradiction"))
        rows.append((f"{subject} ترتفع {place}", f"{subject} لم ترتفع {place}", "contradiction"))
        rows.append((f"ارتفاع {subject} {place}", f"{subject} ترتفع {place}", "agreement"))
        rows.append((f"انخفاض {subject} {place}", f"{subject} تنخفض {place}", "agreement"))
        other = SUBJECTS[(i + 3) % len(SUBJECTS)]
        rows.append((f"افتتاح معرض الكتاب {place}", f"{other} تستقر في الأسواق", "unrelated"))
    return rows


SEED = {
    1: "العراق سيشهد بعد أيام انسحاب جميع القوات القتالية للتحالف الدولي",
    2: "بلاده ستبقي على العدد الحالي لقواتها والبالغ 2500 جندي في العراق",
    3: '"انتهاء المهام القتالية رسميا لقوات التحالف الدولي"، وحصر العلاقة مع التحالف "في مجال التدريب '
    'والاستشارة والتمكين" للجيش العراقي',
    4: "على الرغم من تحول دور القوات الأميركية في العراق إلى دور غير قتالي، فإنها ستبقي على تقديم الدعم "
    "الجوي والمساعدات العسكرية الأخرى في قتال العراق ضد تنظيم داعش",
}
SPEAKERS = {1: "الكاظمي", 2: "ماكنزي", 3: "الأعرجي", 4: "ماكنزي"}


def view(n: int) -> ClaimView:
    return ClaimView(text=SEED[n], speaker=SPEAKERS[n])


# --- Training code --------------------------------------------------------------------------------


def test_training_on_a_tiny_set_is_deterministic(tmp_path):
    rows = tiny_rows()
    first, second = fit(rows, seed=0), fit(rows, seed=0)
    assert np.array_equal(first.coef, second.coef)
    assert np.array_equal(first.intercept, second.intercept)
    proba = predict(first, rows)
    assert proba.shape == (len(rows), 3)
    assert np.allclose(proba.sum(axis=1), 1.0)
    report = evaluate([r[2] for r in rows], [LABELS[k] for k in proba.argmax(axis=1)])
    assert report.macro_f1 > 0.8  # it can fit its own training set
    path = tmp_path / "m.npz"
    first.save(path)
    loaded = StanceModel.load(path)  # allow_pickle=False inside
    assert np.allclose(predict(loaded, rows), proba, atol=2e-3)  # weights are stored as float16


def test_class_bias_is_saved_and_shifts_the_decision(tmp_path):
    rows = tiny_rows()
    model = fit(rows, seed=0)
    assert np.allclose(model.class_bias, [0.5, 0.0, 0.0])  # TrainConfig.class_bias (v1.2)
    path = tmp_path / "m.npz"
    model.save(path)
    loaded = StanceModel.load(path)
    assert np.array_equal(loaded.class_bias, model.class_bias)
    biased = predict(loaded, rows)
    loaded.class_bias = np.zeros(3)
    plain = predict(loaded, rows)
    assert np.all(biased[:, 0] >= plain[:, 0] - 1e-12)  # the offset only ever favours contradiction


def test_features_are_symmetric():
    model = fit(tiny_rows(), seed=0)
    a, b = prepare("ارتفاع أسعار الذهب في مصر"), prepare("الذهب لم يرتفع في مصر")
    assert np.allclose(model.predict_proba_pair(a, b), model.predict_proba_pair(b, a), atol=1e-6)


def test_prepare_keeps_offsets_into_the_original_text():
    text = "الكَاظِمِي: ارتفاع أسعار النفط ١٩٩١"
    side = prepare(text)
    assert side.words == ("الكاظمي", "ارتفاع", "اسعار", "النفط", "1991")
    assert [text[s:e] for s, e in side.spans] == ["الكَاظِمِي", "ارتفاع", "أسعار", "النفط", "١٩٩١"]


def test_train_detector_command(tmp_path):
    rows = tiny_rows()
    stance = {"contradiction": "disagree", "agreement": "agree", "unrelated": "other"}
    path = tmp_path / "pairs.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["s1", "s2", "stance"])
        writer.writerows((s1, s2, stance[label]) for s1, s2, label in rows)
    out = io.StringIO()
    call_command(
        "train_detector", train=str(path), dev=str(path), out=str(tmp_path / "m"), seed=1, stdout=out
    )
    text = out.getvalue()
    assert "macro-F1" in text and "confusion" in text
    assert (tmp_path / "m" / MODEL_FILE).exists()


# --- The shipped model ------------------------------------------------------------------------------


pytestmark_model = pytest.mark.skipif(not MODEL_PATH.exists(), reason="model not trained")


@pytestmark_model
def test_shipped_model_is_small_and_loads():
    assert MODEL_PATH.stat().st_size < 2_000_000
    assert MODEL_PATH.name == "stance-v1.2.npz"
    model = get_model()
    assert model.labels == LABELS
    assert get_model() is model  # cached


@pytestmark_model
@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        (
            "ارتفاع أسعار الذهب في الأسواق العالمية اليوم",
            "انخفاض أسعار الذهب في الأسواق العالمية اليوم",
            "antonymy",
        ),
        ("الحكومة توافق على خطة دعم المزارعين", "الحكومة ترفض خطة دعم المزارعين", "antonymy"),
    ],
)
def test_obvious_contradictions(a, b, kind):
    result = StanceContradictionDetector().compare(ClaimView(a), ClaimView(b))
    assert result.label == "contradiction"
    assert result.kind == kind
    assert 0.5 <= result.score <= 1.0


@pytestmark_model
def test_unrelated_topics_are_not_contradictions():
    result = StanceContradictionDetector().compare(
        ClaimView("افتتاح معرض دولي للكتاب في العاصمة الأردنية"),
        ClaimView("منتخب البرازيل يفوز بكأس العالم لكرة القدم"),
    )
    assert result.label != "contradiction"


@pytestmark_model
def test_seed_article_pairs():
    """Through the detectors the pipeline uses: the stance model calls these long claims unrelated
    (they share two words, unlike ANS headlines) and the lexical detector then finds the opposites."""
    from extractors.builtin.contradiction import LexicalContradictionDetector
    from extractors.pipeline import classify_pair, stores_contradiction

    detectors = [StanceContradictionDetector(), LexicalContradictionDetector()]
    # al-Kadhimi and al-Araji (combat forces leave, combat missions end) vs McKenzie's 2,500 troops stay.
    for x, y in ((1, 2), (3, 2)):
        result, detector = classify_pair(view(x), view(y), detectors)
        assert result.label == "contradiction", (x, y, result)
        assert stores_contradiction(result, detector, view(x), view(y), detectors) is not None
    assert classify_pair(view(1), view(3), detectors)[0].label != "contradiction"
    # McKenzie's other claim grants that the US role turned non-combat: it agrees with al-Araji's.
    assert classify_pair(view(3), view(4), detectors)[0].label != "contradiction"


@pytestmark_model
def test_many_pairs_at_once_give_exactly_what_each_pair_gives_alone():
    """The pipeline hands a batch's pairs to ``compare_many`` (one model call): every result, score
    included, is the one ``compare`` gives, whatever else is in the batch; pairs screened out before
    the model (empty) keep their place."""
    detector = StanceContradictionDetector()
    pairs = [
        (view(1), view(2)),
        (ClaimView(""), view(1)),
        (view(3), view(2)),
        (ClaimView("افتتاح معرض دولي للكتاب"), ClaimView("منتخب البرازيل يفوز بالكأس")),
        (ClaimView("ارتفاع أسعار الذهب في الأسواق"), ClaimView("انخفاض أسعار الذهب في الأسواق")),
        (view(3), view(4)),
    ]
    alone = [detector.compare(a, b) for a, b in pairs]
    assert detector.compare_many(pairs) == alone
    assert detector.compare_many(pairs[::-1]) == alone[::-1]
    assert alone[1].explanation == "empty claim" and alone[4].label == "contradiction"
    assert detector.compare_many([]) == []


@pytestmark_model
def test_only_pairs_with_no_word_and_no_letter_trigram_in_common_are_screened():
    """1.3.0: a pair with no content word in common still goes to the model when its words share a
    letter trigram (another form of the same word: «انسحاب» / «ينسحبون»); with nothing at all
    in common it is unrelated before the model runs (the model would call «فاز الفريق» vs «الطقس حار» a
    contradiction); ``min_shared_terms = 0`` turns the screen off."""
    a, b = ClaimView("فاز الفريق"), ClaimView("الطقس حار")
    screened = StanceContradictionDetector().compare(a, b)
    assert (screened.label, screened.explanation) == (
        "unrelated",
        "only 0 word(s) and no letter trigram in common",
    )
    off = StanceContradictionDetector(StanceContradictionDetector.make_config({"min_shared_terms": 0}))
    assert "model:" in off.compare(a, b).explanation
    variant = StanceContradictionDetector().compare(ClaimView("انسحاب الجيش"), ClaimView("ينسحبون غدا"))
    assert "model:" in variant.explanation


def test_difference_and_product_blocks_match_the_tf_idf_vectors():
    """``Featurizer.row`` makes the |u - v| and u·v blocks of the char and word tf-idf vectors in
    numpy (``Featurizer.arrays``): exactly the entries of the definition over the union of indices."""
    featurizer = get_model().featurizer
    a, b = prepare("القوات الأمريكية ستبقى في العراق"), prepare("انسحاب القوات الأمريكية من العراق خلال أيام")
    cols, vals, _ = featurizer.row(a, b)
    got = dict(zip(cols.tolist(), vals.tolist(), strict=True))
    off, scales = featurizer.offsets, featurizer.scales
    expected = {}
    for prefix, u, v in zip(("char", "word"), featurizer.vectors(a), featurizer.vectors(b), strict=True):
        s = scales.get(prefix, 1.0)
        if s == 0:  # a block the model was trained without
            continue
        for i in u.keys() | v.keys():
            x, y = u.get(i, 0.0), v.get(i, 0.0)
            if abs(x - y) > 0:
                expected[off[f"{prefix}_diff"] + i] = float(np.float32(s * abs(x - y)))
            if x and y:
                expected[off[f"{prefix}_prod"] + i] = float(np.float32(s * x * y * 4.0))
    assert expected and any(off["char_prod"] <= c < off["word_diff"] for c in expected)
    assert {c: got[c] for c in expected} == expected
    assert len(cols) == len(set(cols.tolist()))


@pytestmark_model
def test_explanations_name_spans_that_index_into_the_texts():
    detector = StanceContradictionDetector()
    pairs = [
        (SEED[1], SEED[2]),
        (SEED[3], SEED[4]),
        ("ارتفاع أسعار الذهب في الأسواق العالمية", "انخفاض أسعار الذهب في الأسواق العالمية"),
        ("مقتل 12 شخصا في حادث سير بالقاهرة", "مقتل 30 شخصا في حادث سير بالقاهرة"),
        ("الرئيس يزور باريس الأسبوع المقبل", "الرئيس لن يزور باريس الأسبوع المقبل"),
    ]
    for a, b in pairs:
        result = detector.compare(ClaimView(a, speaker="أ"), ClaimView(b, speaker="ب"))
        if result.label != "contradiction":
            continue
        assert result.spans_a or result.spans_b or result.kind == "stance"
        for text, spans in ((a, result.spans_a), (b, result.spans_b)):
            for start, end in spans:
                assert 0 <= start < end <= len(text)
                assert f"«{text[start:end]}»" in result.explanation


@pytestmark_model
def test_negation_and_numbers_are_named():
    detector = StanceContradictionDetector()
    neg = detector.compare(
        ClaimView("الرئيس يزور باريس الأسبوع المقبل"), ClaimView("الرئيس لن يزور باريس الأسبوع المقبل")
    )
    if neg.label == "contradiction":
        assert neg.kind == "negation"
        text = "الرئيس لن يزور باريس الأسبوع المقبل"
        assert "لن" in text[neg.spans_b[0][0] : neg.spans_b[0][1]]
    num = detector.compare(
        ClaimView("مقتل 12 شخصا في حادث سير بالقاهرة"), ClaimView("مقتل 30 شخصا في حادث سير بالقاهرة")
    )
    if num.label == "contradiction":
        assert num.kind == "numeric"
        assert "12" in num.explanation and "30" in num.explanation


@pytestmark_model
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("", ""),
        ("   ", "ارتفاع أسعار الذهب"),
        ("ارتفاع أسعار الذهب", ""),
        ("The central bank raised interest rates", "The central bank cut interest rates"),
        ("!!! ؟؟؟ ...", "12345"),
        ("😀😀", "ارتفاع أسعار الذهب"),
        ("ارتفاع أسعار الذهب " * 5000, "انخفاض أسعار الذهب " * 5000),
        ("ـــــــ", "\u064b\u064c\u064d"),
    ],
)
def test_bad_inputs_never_crash(a, b):
    result = StanceContradictionDetector().compare(ClaimView(a), ClaimView(b))
    assert result.label in LABELS
    assert 0.0 <= result.score <= 1.0
    for text, spans in ((a, result.spans_a), (b, result.spans_b)):
        for start, end in spans:
            assert 0 <= start < end <= len(text)


@pytestmark_model
def test_verdict_is_symmetric_and_fast():
    detector = StanceContradictionDetector()
    a, b = view(1), view(2)
    assert detector.compare(a, b).label == detector.compare(b, a).label
    texts = [f"{SEED[n]} رقم {i}" for i in range(50) for n in (1, 2)]
    views = [ClaimView(t) for t in texts]
    started = time.perf_counter()
    for i in range(0, len(views), 2):
        detector.compare(views[i], views[i + 1])
    per_pair = (time.perf_counter() - started) / (len(views) // 2)
    assert per_pair < 0.05  # generous bound for slow CI; typical figure is in RESULTS.md


def test_plugin_contract():
    StanceContradictionDetector.validate_class()
    assert StanceContradictionDetector.name == "mizan.contradiction.stance"
    config = StanceContradictionDetector.make_config({"contradiction_threshold": 0.6})
    assert config.contradiction_threshold == 0.6
