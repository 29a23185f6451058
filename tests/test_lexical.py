"""The lexical contradiction detector's numeric rule: different values for the same unit are a
contradiction only when the two numbers count the same thing (real sentences from SaudiNewsNet)."""

from __future__ import annotations

import pytest

from extractors.base import ClaimView
from extractors.builtin.contradiction import LexicalContradictionDetector
from extractors.registry import get_registry


@pytest.fixture(scope="module")
def compare():
    numbers = get_registry().extractors["mizan.numbers"]
    extractor, detector = numbers(), LexicalContradictionDetector()

    def _compare(a: str, b: str):
        def view(text: str) -> ClaimView:
            found = extractor.extract(text, language="ar", published_at=None).numbers
            return ClaimView(text, numbers=tuple(n.__dict__ for n in found))

        return detector.compare(view(a), view(b))

    return _compare


@pytest.mark.parametrize(
    ("a", "b", "spans"),
    [
        ("مقتل 12 شخصا في حادث سير بالقاهرة", "مقتل 30 شخصا في حادث سير بالقاهرة", ("12 شخصا", "30 شخصا")),
        (
            "30 رجلا بينهم زعيم عشيرة سنية خطفوا في خان بني سعد",
            "13 رجلا بينهم زعيم عشيرة سنية خطفوا الاثنين في بلدة خان بني سعد بمحافظة ديالى",
            ("30 رجلا", "13 رجلا"),
        ),
    ],
)
def test_different_counts_of_the_same_thing_contradict(compare, a, b, spans):
    result = compare(a, b)
    assert (result.label, result.kind) == ("contradiction", "numeric")
    assert a[slice(*result.spans_a[0])] == spans[0] and b[slice(*result.spans_b[0])] == spans[1]
    assert f"«{spans[0]}»" in result.explanation and "same thing" in result.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # loans vs point-of-sale sales: both in riyals, both "rose … to reach"
            "ارتفاع إجمالي القروض التي صرفها صندوق التنمية الزراعية خلال العام الماضي 2014م بنسبة 3.8% "
            "لتبلغ 929.2 مليون ريال مقارنة بنحو 895 في 2013",
            "ارتفاع قيمة المبيعات المنفذة أجهزة نقاط البيع بنسبة 17.7% لتبلغ 169.9 مليار ريال مقارنة بنحو "
            "18.1% في العام 2013",
        ),
        (  # killed vs wounded
            "11 شخصا قتلوا و32 أصيبوا بجروح، مدينا الهجمات بحق المدنيين الابرياء",
            "38 شخصا اخرين اصيبوا بجروح في الهجمات على المدنيين الابرياء",
        ),
        (  # the same figure rounded
            "مبيعات المنازل القائمة بلغت 5.49 مليون وحدة على أساس سنوي",
            "مبيعات المنازل القائمة بلغت 5.4 مليون وحدة على أساس سنوي",
        ),
    ],
)
def test_numbers_of_different_things_or_rounded_do_not_contradict(compare, a, b):
    result = compare(a, b)
    assert not (result.label == "contradiction" and result.kind == "numeric"), result.explanation


def test_rise_and_fall_of_different_quantities_in_the_same_currency_do_not_contradict(compare):
    result = compare(
        "حجم تسديد القروض بلغ 4.5 مليار ريال (1.2 مليار دولار) بارتفاع بنسبة 3.3 في المائة، مقارنة بعام 2013",
        "نسبة السداد للقروض خلال عام 2014 بلغت 18.5 مليار ريال (4.9 مليار دولار) بانخفاض بنسبة 29.7 في المائة "
        "مقارنة بعام 2013",
    )
    assert result.label != "contradiction", result.explanation


def test_opposite_events_about_the_same_topic_word_contradict(compare):
    a = "المتحدث قال إن اليونان ستبقى في منطقة اليورو رغم الأزمة"
    b = "وزير المالية أكد أن خروج اليونان من منطقة اليورو بات أمرا واقعا"
    result = compare(a, b)
    assert (result.label, result.kind) == ("contradiction", "antonymy")
    assert "ستبقى" in a[slice(*result.spans_a[0])] and "خروج" in b[slice(*result.spans_b[0])]
    assert "both about:" in result.explanation and "يورو" in result.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # a poll and a plan: attitudes towards leaving and staying, not two statements of fact
            "الاستطلاع أظهر أن 48 في المائة من الألمان يحبذون انسحاب اليونان من منطقة اليورو",
            "تسيبراس قبل خطة الحكومات الأوروبية لإبقاء بلاده في منطقة اليورو",
        ),
        (  # a negated event asserts nothing: «لا خروج» agrees with staying
            "الاتفاق كان صعبا لكن تم التوصل إليه. لا خروج لليونان من منطقة اليورو.",
            "مشروع تسوية لإبقاء اليونان في منطقة اليورو وضع على الطاولة",
        ),
        (  # two negative statements about the same thing agree
            "الاتفاق على البرنامج النووي لن يغير سياسة طهران تجاه واشنطن",
            "الاتفاق النووي لم يؤثر على سياسات إيران الإقليمية تجاه واشنطن",
        ),
        (  # «وعدم» is a negation too: both sides reject interference
            "شدد على عدم التدخل في الشؤون الداخلية للدول",
            "لا تساعد في بناء الثقة لعلاقات تقوم على حسن الجوار وعدم التدخل في الشؤون الداخلية",
        ),
    ],
)
def test_attitudes_negated_events_and_two_negatives_do_not_contradict(compare, a, b):
    result = compare(a, b)
    assert result.label != "contradiction", result.explanation
