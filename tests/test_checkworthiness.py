"""Check-worthiness: a transparent heuristic, tested on real-style claims from Arabic news."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.builtin.dates import DateExtractor
from extractors.builtin.numbers import NumberExtractor
from extractors.pipeline import checkworthiness, checkworthiness_parts


def score(text: str, has_role: bool = True) -> float:
    """As the pipeline scores a claim: with the numbers and dates found inside it."""
    numbers = [n.__dict__ for n in NumberExtractor().extract(text).numbers]
    dates = [d.__dict__ for d in DateExtractor().extract(text, published_at=date(2015, 7, 21)).dates]
    return checkworthiness(text, numbers, dates, has_role)


FACTUAL = [
    "الولايات المتحدة ستبقي 2500 جندي في العراق بعد انتهاء المهام القتالية نهاية العام الجاري",
    "عدد قتلى النزاع خلال الشهر الفضيل بلغ نحو 5026 قتيلا",
    "وزارة السياحة تتوقع تراجعا بنسبة 70 بالمائة للسياحة وخسائر تفوق 500 مليون دولار",
    "انفجارا في بلدة سروج أسفر عن مقتل 27 شخصا واصابة نحو 100 يعالجون في مستشفيات محلية",
    "الحكومة اليونانية ستتلقى قرضا عاجلا بقيمة 7 مليارات يورو",
    "معدل البطالة ارتفع إلى 12 في المائة في الربع الأول مقارنة بالعام الماضي",
]
LOW = [
    "نتقدم بخالص التعازي لأسر الضحايا رحمهم الله",
    "نهنئ الشعب السعودي بمناسبة عيد الفطر المبارك، كل عام وأنتم بخير",
    "نشكر جميع الجهات التي ساهمت في إنجاح الموسم",
    "نتمنى أن يعم السلام في المنطقة إن شاء الله",
    "أعتقد أن الحوار هو الطريق الأفضل",
    "نأمل أن تتجاوز البلاد هذه المرحلة الصعبة",
    "أرى أن المستقبل يحمل الكثير",
]


@pytest.mark.parametrize("text", FACTUAL)
def test_factual_checkable_claims_score_high(text):
    assert score(text) >= 0.7


@pytest.mark.parametrize("text", LOW)
def test_courtesy_wishes_and_opinions_score_low(text):
    assert score(text) <= 0.3


def test_every_factual_claim_outranks_every_courtesy():
    assert min(score(t) for t in FACTUAL) > max(score(t) for t in LOW)


def test_each_signal_raises_the_score():
    plain = "قال المتحدث إن الاجتماع انتهى دون اتفاق بين الطرفين"
    with_number = "قال المتحدث إن الاجتماع انتهى دون اتفاق بين 15 طرفا"
    with_date = "قال المتحدث إن الاجتماع انتهى أمس دون اتفاق بين الطرفين"
    assert score(with_number) > score(plain)
    assert score(with_date) > score(plain)
    assert score(plain, has_role=True) > score(plain, has_role=False)


def test_parts_explain_the_score_and_it_stays_in_bounds():
    text = "نعزي ونشكر ونتمنى وأعتقد؟"
    parts = checkworthiness_parts(text, [], [], False)
    reasons = {reason for reason, _ in parts}
    assert {
        "opinion",
        "wish or hope",
        "courtesy (condolences, congratulations, thanks)",
        "question",
    } <= reasons
    assert checkworthiness(text, [], [], False) == 0.0
    rich = "ارتفعت نسبة البطالة في مصر أكثر من 12 في المائة عام 2015 وخسائر 5 مليارات دولار" * 3
    numbers = [{"kind": "percent", "unit": "%"}, {"kind": "money", "unit": "دولار"}]
    assert 0.0 <= checkworthiness(rich, numbers, [{"value": "2015-01-01"}], True) <= 1.0


def test_a_bare_year_counts_as_a_date_not_as_a_quantity():
    parts = dict(
        checkworthiness_parts("في العام 2017 تغير الوضع كثيرا", [{"kind": "year", "unit": "year"}], [], False)
    )
    assert "quantity" not in parts and parts["date"] == 0.10


def test_old_number_dicts_without_kind_still_score():
    assert (
        checkworthiness("بلغ عدد الجنود 2500 جندي في القاعدة", [{"unit": "جندي", "value": 2500}], [], False)
        > 0.5
    )
