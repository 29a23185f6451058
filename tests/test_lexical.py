"""The lexical contradiction detector on real sentences from SaudiNewsNet: different values for the
same unit are a contradiction only when the two numbers count the same thing; opposite events, counts
and denials only when they are about the same subject (0.6.0), at the same time and for the same
owner phrase (0.7.0); negations that are phrases, names, purposes, conditions, obligations, restrictions
or questions, and figures misread or broken down, oppose nothing (0.8.0)."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.base import ClaimSignals, ClaimView
from extractors.builtin.arabic import key_terms
from extractors.builtin.contradiction import LexicalContradictionDetector
from extractors.registry import get_registry


def _signals(detector: LexicalContradictionDetector, view: ClaimView) -> ClaimSignals:
    return ClaimSignals(key_terms(view.text), detector.signals(view))


@pytest.fixture(autouse=True)
def prefilter_never_loses_a_contradiction(monkeypatch):
    """Every compare() in this module also checks the candidate prefilter: a pair that compare()
    calls a contradiction must pass ``may_contradict`` on the two claims' signals, or the pipeline
    would never compare it."""
    original = LexicalContradictionDetector.compare

    def checked(self, a: ClaimView, b: ClaimView):
        result = original(self, a, b)
        if result.label == "contradiction":
            assert self.may_contradict(_signals(self, a), _signals(self, b)), (a.text, b.text, result)
        return result

    monkeypatch.setattr(LexicalContradictionDetector, "compare", checked)


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


# --- 0.6.0: the conflicting spans must be about the same subject (real sentences, SaudiNewsNet) -------


@pytest.fixture(scope="module")
def judge():
    """compare() on claims as the pipeline sees them: speaker, reporting verb, context and date."""
    numbers = get_registry().extractors["mizan.numbers"]()
    detector = LexicalContradictionDetector()

    def view(side) -> ClaimView:
        if isinstance(side, str):
            side = {"text": side}
        found = numbers.extract(side["text"], language="ar", published_at=None).numbers
        return ClaimView(
            side["text"],
            speaker=side.get("speaker", ""),
            numbers=tuple(n.__dict__ for n in found),
            published_at=date.fromisoformat(side["date"]) if side.get("date") else None,
            context=side.get("context", ""),
            cue=side.get("cue", ""),
        )

    return lambda a, b: detector.compare(view(a), view(b))


HONDA = {
    "text": "ارتفاع صافي أرباحها خلال الربع السنوي من نيسان/ابريل حتى حزيران/يونيو الماضي بنسبة 6ر19 بالمئة "
    "إلى 186 مليار ين (5ر1 مليار دولار) مقارنة بنفس الفترة من العام الماضي",
    "speaker": "شركة هوندا موتور اليابانية للسيارات",
}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # whose profits: each company reports its own («أرباحها»)
            HONDA,
            {
                "text": "تراجع أرباحها بنسبة 90 في المائة عن الفترة نفسها من العام الماضي إلى 571 مليون يورو",
                "speaker": 'الشركة السعودية للصناعات الأساسية "سابك',
            },
        ),
        (  # whose output: no owner named on either side, two different sources
            {
                "text": "كما تراجع الناتج الإجمالي خلال الربع الأول من عام 2015 إلى 7 في المائة وهو أدنى عائد منذ "
                "الربع الأول من عام 2009",
                "speaker": "للإحصاءات الرسمية",
            },
            {
                "text": "معدل نمو الناتج المحلي الإجمالي حقق ارتفاعا ملحوظا بلغ 4.3 بالمئة خلال الربع الثاني من "
                "العام 2014 / 2015",
                "speaker": "البنك المركزي",
            },
        ),
    ],
)
def test_a_quantity_that_belongs_to_someone_needs_the_same_owner(judge, a, b):
    result = judge(a, b)
    assert result.label != "contradiction", result.explanation


def test_the_same_owner_named_on_one_side_and_speaking_on_the_other_still_conflicts(judge):
    result = judge(
        {"text": "ارتفاع أرباحها خلال الربع الثاني بنسبة 10 في المائة", "speaker": "سابك"},
        {"text": "تراجع أرباح سابك خلال الربع الثاني", "speaker": "محلل مالي"},
    )
    assert (result.label, result.kind) == ("contradiction", "antonymy")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # prices fall, demand grows: what moves is not the same
            "يصل متوسط سعر برميل النفط الخام بحلول عام 2017 إلى 95.4 دولار، مع الأخذ في الاعتبار أن عقود "
            "النفط المستقبلية تشير إلى تراجع أسعار النفط تدريجيا",
            "إنه يتوقع نمو الطلب العالمي على النفط بما بين 1.2 مليون و1.3 مليون برميل يوميا في 2015",
        ),
        (  # an offer refused vs a coach accepting a job, both at a club
            "الأمير فهد بن خالد رفع العرض إلى الرئيس الفخري للشباب وتم رفض العرض لتمسك النادي به ولأهمية "
            "اللاعب في الموسم المقبل ونحيي إدارة الأهلي",
            "قبوله العمل في النادي الأهلي جاء برغبة منه، حيث كان يبحث عن «مغامرة»",
        ),
        (  # «بصورة ملحوظة» is a manner, not a shared subject
            "تراجع نفوذ فتح بصورة ملحوظة، وصعدت أسهم حماس حد تهديد نفوذ فتح في معاقلها، وهذا الوضع يجعل من "
            "الاستثمار في زعامة الساحة الفلسطينية أمرًا غير مضمون من حيث المردود",
            "نمو الاستثمارات ساهم بصورة إيجابية في تحسين معدلات النمو",
        ),
    ],
)
def test_opposite_events_about_different_things_do_not_contradict(judge, a, b):
    result = judge(a, b)
    assert result.label != "contradiction", result.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # a possible hike is not a rise
            "زيادة محتملة في سعر الفائدة أواخر العام الحالي",
            "لاحظنا خطاً متصاعداً لسعر أونصة الذهب بسبب اضطراب الاقتصاد العالمي، وانخفاض أسعار الفائدة على "
            "السندات الأمريكية",
        ),
        (  # leaving for Egypt on a visit is a journey, not a withdrawal
            "ولي ولي العهد الأمير محمد بن سلمان وزير الدفاع سيغادر إلى جمهورية مصر العربية في زيارة عمل "
            "لبحث العلاقات وأوجه التعاون بين البلدين الشقيقين",
            "العلاقات والروابط المتينة بين مصر والمملكة العربية كانت وستبقى ركيزة العمل العربي المشترك",
        ),
        (  # «قبل مغادرة» is "before leaving", not an acceptance
            "واجهت مسؤولا بالتنظيم وأخبرته بحالتي، ولكن رفض وطلب مني مغادرة المهرجان",
            "معظم الزوار يتناولون الأطعمة في مقر الفعاليات قبل مغادرة المهرجان",
        ),
        (  # a bill «لإنهاء حظر» is a purpose, not an end of the ban
            "سيتقدم بمشروع قانون لإنهاء حظر حمل الجنود أسلحة نارية في المنشآت العسكرية",
            "التهويل في قدرة الميليشيات يرمي لمحاولة تفريغ ليبيا، خاصة مع استمرار الحظر الدولي على بيع "
            "الأسلحة للجيش",
        ),
    ],
)
def test_events_that_are_not_asserted_oppose_nothing(judge, a, b):
    result = judge(a, b)
    assert result.label != "contradiction", result.explanation


def test_qad_before_a_past_verb_asserts_and_before_an_imperfect_does_not():
    from extractors.builtin.contradiction import _analyse, _asserted

    past = _analyse("إجمالي المنصرف الفعلي من قروض صندوق الاستثمارات العامة قد تراجع في العام 2014م")
    maybe = _analyse("سعر النفط قد ينخفض في الأشهر المقبلة")
    assert _asserted(past, past.events["decrease"][0])
    assert not _asserted(maybe, maybe.events["decrease"][0])


def test_the_oil_price_outlooks_still_conflict(judge):
    """The one antonymy pair of the dev samples judged a contradiction (leniently) stays one."""
    result = judge(
        {
            "text": "يقود قطاع المصارف المرحلة المقبلة للسوق مع الطرح المتوقع للسندات التنموية من قبل الحكومة "
            "إلى جانب مؤشرات الصعود في أسعار النفط",
            "speaker": "فهمي",
        },
        {"text": "انخفاض أسعار النفط قد يشكل عائقا أمام هذا التحول", "speaker": "تقرير حديث"},
    )
    assert (result.label, result.kind) == ("contradiction", "antonymy")


STRIKES_SYRIA = (
    "إن 17 ضربة جوية نفذت قرب دير الزور، استهدفت مناطق تجمعات وجسور ونقاط تفتيش في سوريا، كما نفذت سبع "
    "ضربات جوية قرب الحسكة واستهدفت وحدات تكتيكية ومواقع قتالية"
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # 7 strikes near Hasakah vs 17 in Iraq: different places, and the first also gives 17
            STRIKES_SYRIA,
            "القوات نفذت أيضاً 17 ضربة جوية في العراق قرب تسع مدن استهدفت مناطق تجمع ووحدات تكتيكية",
        ),
        (  # Syria and Iraq vs Syria: a wider scope
            "الولايات المتحدة وحلفاءها نفذوا 41 ضربة جوية في سوريا والعراق ضد تنظيم الدولة الإسلامية أمس",
            "الولايات المتحدة وحلفاءها نفذوا 17 ضربة جوية في سوريا ضد تنظيم داعش",
        ),
        (  # casualties on two sides of a battle
            "عشرات القتلى والجرحى سقطوا في صفوف الانقلابيين",
            "اربعة قتلى سقطوا في صفوف المقاومة",
        ),
        (  # two years
            "مقتل 12 شخصا في حوادث سير بالقاهرة خلال عام 2014",
            "مقتل 30 شخصا في حوادث سير بالقاهرة خلال عام 2015",
        ),
    ],
)
def test_counts_in_different_places_scopes_or_periods_do_not_contradict(judge, a, b):
    result = judge(a, b)
    assert result.label != "contradiction", result.explanation


def test_the_same_count_reported_days_apart_is_an_update(judge):
    a = {"text": "مقتل 12 شخصا في حادث سير بالقاهرة", "date": "2015-07-27"}
    b = {"text": "مقتل 30 شخصا في حادث سير بالقاهرة", "date": "2015-07-31"}
    assert judge(a, b).label != "contradiction"
    assert judge(a, {**b, "date": "2015-07-27"}).kind == "numeric"


@pytest.mark.parametrize(
    ("denier", "other"),
    [
        (  # the claim follows «بسبب»: the cause of the ruling, not what is denied
            {
                "text": "ارتفاع درجات الحرارة",
                "cue": "نفى",
                "speaker": "أحمد الهاشم",
                "context": "نفى مدير إدارة الأوقاف والمساجد بالأحساء الشيخ أحمد الهاشم صدور قرار من الوزارة "
                "بتأخير صلاة الظهر في المساجد حتى قبيل صلاة العصر، وذلك بسبب ",
            },
            {
                "text": "الأجواء الحارة ودرجات الحرارة الكبيرة تؤثر في صلاحية الإطارات، بالإضافة إلى أن "
                "الارتفاع في درجات الحرارة يستلزم صيانة المحرك",
                "speaker": "عدد من الباعة",
            },
        ),
        (  # the denial covers «تركيا تساعد داعش», not the accusation after «متهما»
            {
                "text": "تركيا تساعد تنظيم داعش، متهما «قوى سوداء» بنشر دعاية إعلامية خاطئة حول بلاده",
                "cue": "نفى",
                "speaker": "رجب طيب اردوغان",
                "context": "نفى الرئيس التركي رجب طيب إردوغان بقوة اليوم (الجمعة) الاتهامات أن ",
            },
            {"text": "إن «القوى السوداء» تنشر معلومات خاطئة حول تركيا", "speaker": ""},
        ),
        (  # what is denied (names have crystallised) is not what the other asserts (names discussed)
            {
                "text": "تكون قد تبلورت أسماء المرشحين لرئاسة الائتلاف",
                "cue": "نفى",
                "speaker": "رمضان",
                "context": "وفيما نفى رمضان أن ",
            },
            {
                "text": "يتم حاليا التداول الجدي بشأن أسماء 4 مرشحين للرئاسة، هم الرئيس الحالي خالد خوجة "
                "والأعضاء في الائتلاف",
                "speaker": "مصادر مطلعة",
            },
        ),
        (  # a fragment sharing three nouns asserts little of the long denied clause
            {
                "text": "إيران ستحصل على مائة وخمسين مليار دولار إذا رفعت عنها العقوبات الدولية والأميركية، "
                "وصارت أموال إيران المجمدة، في بنوك أميركية وأوروبية وغيرها، متوافرة للحكومة الإيرانية",
                "cue": "نفى",
                "speaker": "جاك لو",
                "context": "نفى وزير الخزانة جاك لو قول عدد من النواب الجمهوريين بأن ",
            },
            {"text": "حتى قبل رفع الحظر عن أموال إيران المجمدة، في الشهر الماضي", "speaker": "هندرسون"},
        ),
        (  # hypotheses assert nothing a denial could contradict
            {
                "text": "تكون الخلية الجديدة خططت لتنفيذ عمليات في أي من الكويت أو دول الخليج العربية",
                "cue": "نافيا",
                "speaker": "المصدر",
                "context": "وقال المصدر لـ«رويترز» إن هذه «خلية جديدة»، نافيا أن ",
            },
            {
                "text": "وجود فرضيات متعدده مازالت تحت التأكد والتحقق حول أهداف الخلية الإرهابية في التخطيط "
                "لاستهداف معامل تكرير للنفط في الخليج العربي وتنفيذ عمليات تفجير",
                "speaker": "مصدر أمني رفيع",
            },
        ),
    ],
)
def test_denials_that_do_not_deny_what_the_other_asserts(judge, denier, other):
    for a, b in ((denier, other), (other, denier)):
        result = judge(a, b)
        assert result.label != "contradiction", result.explanation


def test_a_denial_of_reports_still_contradicts_what_they_report(judge):
    result = judge(
        {
            "text": "وفاة الملا محمد عمر، زعيم الحركة، طيلة السنوات الماضية، بل واجهت تلك التقارير عادة بإصدار "
            "بيانات رسمية نُسبت لزعيم الحركة",
            "speaker": "التقارير العديدة",
            "cue": "نفي",
            "context": "اعتادت شخصيات بارزة في حركة طالبان على نفي التقارير العديدة، رسمية كانت أو غير رسمية، "
            "التي تدعي ",
        },
        {
            "text": "إن الحركة عيّنت أختر محمد منصور زعيما لها بعد تقارير عن وفاة الملا عمر",
            "speaker": "قياديان أفغانيان حضرا اجتماعا",
            "cue": "قال",
        },
    )
    assert (result.label, result.kind) == ("contradiction", "explicit report")


def test_an_explicit_report_needs_two_different_speakers(judge):
    """«… خلافا لما ذكره المرصد. وقال المرصد إن …»: the conflict is the Pentagon's, not the observatory's."""
    result = judge(
        {
            "text": "عناصر من جبهة النصرة خطفوا الأربعاء قائد الفرقة 30 العقيد المنشق نديم الحسن",
            "speaker": "المرصد",
            "cue": "وقال",
            "context": "نفت وزارة الدفاع الأمريكية خطف جبهة النصرة في سوريا لمقاتلين شاركوا في برنامجها، خلافا "
            "لما ذكره المرصد السوري لحقوق الانسان. وقال المرصد إن «",
        },
        {
            "text": "طائرات حربية قصفت مواقع لـ«جبهة النصرة» في أعزاز بريف حلب الشمالي، بعد هجوم «النصرة» على "
            "مقر «الفرقة 30»",
            "speaker": "المرصد",
            "cue": "وأشار",
        },
    )
    assert result.label != "contradiction", result.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # «لم يتم سدادها» (rights of a company) says nothing about repayments of loans
            "نسبة السداد للقروض خلال العام 2014م بلغت 18.5 مليار ريال بانخفاض بنسبة 29.7% مقارنة بالعام 2013م",
            "الحقوق من المبلغ بلغت 600 مليون ريال (160 مليون دولار) لم يتم سدادها",
        ),
        (  # «غير أن» is "however", not a negation
            "توجهت ثلاث فرق أرضية والإسعاف الجوي إلى الموقع وتبين وجود ثلاث حالات غير أن الإسعاف الجوي لم "
            "يتمكن من الهبوط",
            "تلقت غرفة العمليات بلاغاً عن وجود حادث انقلاب، وتوجهت ثلاثة فرق إسعافية للموقع وتبين وجود ثلاث "
            "حالات",
        ),
    ],
)
def test_negations_of_another_subject_do_not_contradict(judge, a, b):
    result = judge(a, b)
    assert not (result.label == "contradiction" and result.kind == "negation"), result.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # oil prices vs land prices: the word after the head names two different things
            "يقود قطاع المصارف المرحلة المقبلة للسوق مع الطرح المتوقع للسندات التنموية من قبل الحكومة إلى "
            "جانب مؤشرات الصعود في أسعار النفط",
            "أظهر المؤشر العقاري انخفاضات متفاوتة في الأسعار تزعمها تراجع في أسعار الأراضي السكنية بنسب لا "
            "تقل عن 20 في المائة",
        ),
        (  # loans disbursed rise, repayments of loans fall: what moves is not the same
            "ارتفاع إجمالي القروض التي صرفها صندوق التنمية الزراعية خلال العام الماضي 2014م بنسبة 3.8% "
            "لتبلغ 929.2 مليون ريال مقارنة بنحو 895 في 2013",
            "انخفاض تسديد القروض في العام الماضي بنسبة 9.5% مقارنة بالعام الذي سبقه لتصل إلى نحو 758.2 "
            "مليون ريال",
        ),
        (  # «للبقاء» after a deal is its purpose, not a fact of staying
            "كل الامل ان يؤدي الاتفاق الى انهاء الحروب الجارية في المنطقة لانه ما بعد الاتفاق النووي سيتم "
            "الانكباب الدولي",
            "تطمح إلى إصدار سندات هذا الأسبوع مع ترحيب الأسواق باتفاق الإنقاذ الذي أبرمته اليونان للبقاء "
            "بمنطقة اليورو",
        ),
    ],
)
def test_opposite_events_of_different_owners_or_purposes_do_not_contradict(judge, a, b):
    result = judge(a, b)
    assert result.label != "contradiction", result.explanation


def test_a_negation_needs_the_other_side_to_assert_it(judge):
    """«لا خروج لليونان» vs «النقاش حول خروج محتمل لليونان»: a possible exit is not asserted."""
    result = judge(
        "الاتفاق كان صعبا لكن تم التوصل إليه. لا خروج لليونان من منطقة اليورو.",
        "من الخطأ استئناف النقاش حول خروج محتمل لليونان من اليورو",
    )
    assert result.label != "contradiction", result.explanation


def test_amounts_beside_a_shared_measure_word_are_not_the_same_count(judge):
    """Only «وبنسبة تغطية» next to both sums: the first stage vs both stages of a subscription."""
    result = judge(
        "تم خلال المرحلة الأولى الاكتتاب بعدد 4,105,946 سهما من الأسهم الجديدة للشركة بقيمة 41,059,460 "
        "ريالا وبنسبة تغطية 27% من إجمالي الأسهم",
        "عدد الأسهم التي تم الاكتتاب بها خلال المرحلتين الأولى والثانية من أسهم حقوق الأولوية بلغ "
        "13,809,879 سهما، بقيمة 138,098,790 ريالا وبنسبة تغطية 92% من إجمالي أسهم الشركة الجديدة",
    )
    assert result.label != "contradiction", result.explanation


# --- 0.7.0: forecasts vs reports, adjectives and qualified owners, time left, negation scope, denials of
# one's own act, places after «ب», horizons (real sentences from sample 3, SaudiNewsNet) -----------------

FORECAST_2016 = {
    "text": "ارتفاع أسعار النفط إلى 75 دولارا للبرميل في عام 2016، مقابل 65 دولارا خلال العام الحالي",
    "speaker": "التقرير",
    "cue": "توقع",
    "date": "2015-08-02",
}


@pytest.mark.parametrize(
    "report",
    [
        {
            "text": "انخفاض أسعار النفط انعكس على سوق قطاع البتروكيماويات، فسار في نفس الاتجاه نحو الانخفاض، وهو "
            "ارتباط شرطي يراه المحللون سببا رئيسا في انخفاض أسعار القطاع",
            "speaker": "سالم باعجاجة",
            "cue": "وقال",
            "date": "2015-08-04",
        },
        {
            "text": "مع هبوط أسعار النفط تقل حالة التفاؤل علاوة على تراجع مستوى الإنفاق الحكومي على المشروعات",
            "cue": "وقال",
            "date": "2015-08-04",
        },
        {
            "text": "المعيار الثالث هو تراجع معدلات الاسعار اليومية للنفط، حيث انخفض متوسط سعر خام برنت اليومي من "
            "108.03 دولارات للبرميل في النصف الاول من 2014 الى 57.83 دولاراً خلال الفترة نفسها من 2015 وبنسبة 46.9%",
            "speaker": "التقرير",
            "cue": "وذكر",
            "date": "2015-08-03",
        },
    ],
)
def test_a_forecast_rise_does_not_contradict_a_reported_fall(judge, report):
    for a, b in ((FORECAST_2016, report), (report, FORECAST_2016)):
        result = judge(a, b)
        assert result.label != "contradiction", result.explanation


def test_a_forecast_figure_does_not_contradict_a_reported_one(judge):
    """Iran expects output to rise by 500,000 b/d once sanctions are lifted; it fell by a million after."""
    result = judge(
        {
            "text": "‘انتاج ايران للنفط كان قبل فرض العقوبات نحو 9ر3 مليون برميل يوميا فيما انخفض بعدها نحو مليون "
            "برميل’",
            "speaker": "بيجن نامدار زنكنه",
            "cue": "واضاف",
            "date": "2015-08-02",
        },
        {
            "text": "يرتفع انتاجها النفطي بمقدار 500 ألف برميل يوميا فور رفع العقوبات وبواقع مليون برميل في غضون أشهر",
            "speaker": "بلاده",
            "cue": "تتوقع",
            "date": "2015-08-03",
        },
    )
    assert result.label != "contradiction", result.explanation


def test_two_forecasts_for_the_same_period_still_conflict(judge):
    """Below $70 through 2016 vs $75 in 2016 (the unit «دولاراً» with its tanween is «دولارا»)."""
    result = judge(
        {
            "text": "الأسترالي ان تبقى أسعار النفط دون 70 دولاراً للبرميل لبقية عام 2015 و2016",
            "speaker": "البنك الوطني",
            "cue": "توقع",
            "date": "2015-08-02",
        },
        FORECAST_2016,
    )
    assert (result.label, result.kind) == ("contradiction", "numeric")


def test_an_outlook_conflicts_with_a_forecast_and_with_a_report(judge):
    """Signs observed now («لبوادر تحسن»، «مؤشرات الصعود») look ahead without dating anything."""
    outlook = {
        "text": "العوامل التي أدت إلى الانخفاض والتذبذب والتي ما زالت موجودة، ولا يوجد ما يلوح في الأفق لبوادر "
        "تحسن في انخفاض أسعار النفط",
        "speaker": "خالد الجوهر",
        "cue": "وأبان",
        "date": "2015-08-02",
    }
    assert judge(outlook, FORECAST_2016).kind == "antonymy"
    result = judge(
        {
            "text": "يقود قطاع المصارف المرحلة المقبلة للسوق مع الطرح المتوقع للسندات التنموية من قبل الحكومة إلى "
            "جانب مؤشرات الصعود في أسعار النفط",
            "speaker": "فهمي",
            "cue": "وتوقع",
            "date": "2015-07-21",
        },
        {
            "text": "انخفاض أسعار النفط قد يشكل عائقا أمام هذا التحول",
            "speaker": "تقرير حديث",
            "cue": "وأوضح",
            "date": "2015-07-23",
        },
    )
    assert (result.label, result.kind) == ("contradiction", "antonymy")


def test_forecast_frames():
    from extractors.builtin.contradiction import _analyse, _frame

    def frame(text: str, cue: str = "قال", on: str = "decrease") -> str:
        analysis = _analyse(text)
        return _frame(
            analysis, analysis.events[on][0], ClaimView(text, cue=cue, published_at=date(2015, 8, 2))
        )

    assert frame("انخفضت أسعار النفط خلال الأسبوع الماضي") == "report"
    assert frame("انخفضت أسعار النفط خلال الأسبوع الماضي", cue="وتوقع") == "forecast"
    assert frame("من المتوقع أن ينخفض سعر النفط") == "forecast"
    assert frame("سعر النفط سينخفض") == "forecast"
    assert frame("ارتفاع أسعار النفط في عام 2016", on="increase") == "forecast"
    assert frame("ارتفاع أسعار النفط في عام 2015", on="increase") == "report"


def test_adjectives_are_not_owners():
    """«الناتج المحلي» is the domestic product, not the product of «المحلي»; «لروسيا» is an owner."""
    from extractors.builtin.contradiction import _analyse, _owners

    saudi = _analyse("ارتفاع الناتج المحلي الإجمالي إلى 2.7 ترليون ريال خلال عام 2016")
    russia = _analyse("تراجع إجمالي الناتج المحلي لروسيا بنسبة تسعة في المائة")
    assert _owners(saudi, 1, "") == frozenset()
    assert _owners(russia, 2, "") == frozenset({"روسيا"})


def test_the_gdp_of_another_country_does_not_conflict(judge):
    result = judge(
        {
            "text": "ارتفاع الناتج المحلي الإجمالي إلى 2.7 ترليون ريال خلال عام 2016 وذلك مقابل 2.6 ترليون ريال خلال "
            "العام الحالي",
            "speaker": "التقرير",
            "cue": "ولفت",
            "date": "2015-08-02",
        },
        {
            "text": "العقوبات المرتبطة بأزمة أوكرانيا قد تؤدي في نهاية المطاف إلى تراجع إجمالي الناتج المحلي لروسيا "
            "بنسبة تسعة في المائة",
            "speaker": "كريستين لاجارد المديرة العامة لصندوق النقد الدولي",
            "cue": "قال",
            "date": "2015-08-03",
        },
    )
    assert result.label != "contradiction", result.explanation


@pytest.mark.parametrize(
    "refusal",
    [
        "الاتحاد يرفض طلب الاتحاد البرتغالي بإرسال الشهادة الدولية للكابتن سعيد المولد، ويطالب اللاعب "
        "بالالتحاق بتمارين الفريق فورا.",
        "نادي الاتحاد رفض طلب البرتغاليين بإرسال الشهادة الدولية لسعيد المولد، ويطالب اللاعب بالالتحاق "
        "بتمارين الفريق فورا",
    ],
)
def test_differently_qualified_owners_are_two_things(judge, refusal):
    """The Portuguese federation's request refused, the Kuwaiti federation's approved."""
    result = judge(refusal, "الموافقة على طلب الاتحاد الكويتي جاء بإجماع الدول المشاركة")
    assert result.label != "contradiction", result.explanation


def test_the_same_owner_phrase_still_conflicts(judge):
    result = judge(
        "الاتحاد يرفض طلب الاتحاد البرتغالي بإرسال الشهادة الدولية للاعب",
        "الموافقة على طلب الاتحاد البرتغالي بإرسال الشهادة الدولية للاعب",
    )
    assert (result.label, result.kind) == ("contradiction", "antonymy")


def test_time_left_is_not_staying(judge):
    result = judge(
        "السويسري سيب بلاتر تخلى عن عضويته في اللجنة التنفيذية مع تبقي سبعة أشهر على تركه لمنصب رئيس الاتحاد "
        "الدولي لكرة القدم (الفيفا)",
        "بلاتر «رأى أنه من غير اللائق أن يتقدم لإعادة انتخابه مدة ثمانية أعوام أخرى وهو يدرك أن ولايته (في "
        "فيفا) ستنتهي بعد سبعة أشهر»",
    )
    assert result.label != "contradiction", result.explanation


def test_qadruha_is_a_measure_not_a_subject(judge):
    """«بزيادة قدرها 17.6 في المائة» (Nissan's revenue) vs «بانخفاض قدره 5 دولارات» (naphtha)."""
    result = judge(
        "قيمة 23 مليار دولار، أي بزيادة قدرها 17.6 في المائة عن العام الماضي، أما الأرباح التشغيلية، فقد وصلت "
        "إلى 1.5 مليار دولار",
        "تراجعت أسعار لقيم النافتا، هذا الأسبوع، إلى مستوى 485 دولارا للطن، بانخفاض قدره 5 دولارات عن مستوى "
        "الأسبوع السابق",
    )
    assert result.label != "contradiction", result.explanation


def test_a_negation_covers_its_predicate_not_its_arguments(judge):
    """«يحول دون حصول إيران» negates Iran's obtaining weapons, not Iran."""
    result = judge(
        "دول الخليج تتطلع بأن يؤدي الاتفاق النووي بين إيران ومجموعة (5+1) إلى حفظ الأمن والاستقرار في المنطقة",
        "الاتفاق النووي مع إيران سيسهم في استقرار وأمن منطقة الخليج، ويحول دون حصول إيران على القدرات النووية "
        "العسكرية",
    )
    assert result.label != "contradiction", result.explanation


def test_a_denial_of_ones_own_act_needs_the_other_claim_to_name_the_denier(judge):
    denial = {
        "text": "استهداف اي مناطق مأهولة بالسكان",
        "speaker": "الجيش التركي",
        "cue": "نفى",
        "context": "اذ اكدت مصادر كردية مقتل عشرة مدنيين السبت بينهم اطفال، فيما نفى الجيش التركي ",
    }
    indian = {
        "text": "قوات حرس الحدود الباكستانية ردت على مصدر النيران الهندية لإجبارها على وقف استهداف المناطق "
        "المأهولة بالسكان",
        "speaker": "مسؤول كبير",
        "cue": "مضيفًا",
    }
    assert judge(denial, indian).label != "contradiction"
    turkish = {**indian, "text": "طائرات الجيش التركي واصلت استهداف المناطق المأهولة بالسكان في شمال العراق"}
    assert (judge(denial, turkish).label, judge(denial, turkish).kind) == ("contradiction", "explicit report")


def test_places_after_bi_and_horizons_tell_two_facts_apart(judge):
    wells = judge(
        {
            "text": "سقوط مقيم في بئر بمركز المرمية ٢٧٠ كلم شمال غرب المدينة المنورة، وعليه تم توجيه فرق الدفاع "
            "المدني اللازمة إلى الموقع",
            "date": "2015-08-03",
        },
        {
            "text": "حادثة سقوط شخص ببئر في مركز الهميج ١٨٠ كلم شرق المدينة المنورة، وهرعت فرق الدفاع المدني "
            "اللازمة إلى الموقع",
            "date": "2015-08-04",
        },
    )
    assert wells.label != "contradiction", wells.explanation
    horizons = judge(
        "إيران قد تزيد الإنتاج بواقع مليون برميل يوميا في غضون 12 شهرا من رفع العقوبات إذا توافر مشترون للخام",
        "بدأنا عملية التسويق بالفعل.. وفي غضون يوم من رفع العقوبات سنرفع الإنتاج بواقع 500 ألف برميل يوميا",
    )
    assert horizons.label != "contradiction", horizons.explanation


def test_the_figure_after_versus_is_not_what_the_first_counts(judge):
    """«خسارة السهم 1.23 ريال مقابل ربح 0.52»: 1.23 is a loss per share, not a profit per share."""
    result = judge(
        "لتبلغ بذلك خسارة السهم 1.23 ريال مقابل ربح 0.52 ريال",
        "لتبلغ بذلك ربحية السهم 0.92 ريال مقابل 0.96 ريال",
    )
    assert result.label != "contradiction", result.explanation


def test_a_negated_comparative_states_a_superlative_not_a_negation(judge):
    """«فلا أظلم ولا أخبث ممن سعى في خراب بيوت الله» says what the verse «ومن أظلم ممن منع مساجد الله»
    says (sample 4: quoted by several officials after one bombing, 16 of its 40 pairs)."""
    verse = "ومن أظلم ممن منع مساجد الله أن يذكر فيها اسمه وسعى في خرابها"
    result = judge("فلا أظلم ولا أخبث ممن سعى في خراب بيوت الله وقتل المصلين", verse)
    assert result.label != "contradiction", result.explanation
    still = judge("لا خراب في بيوت الله بعد الهجوم على المصلين", "خراب بيوت الله بعد الهجوم على المصلين")
    assert (still.label, still.kind) == ("contradiction", "negation")  # a plain negation still counts


# 0.8.0: the false pairs of samples 3 and 4, by kind (each rule with a control that still conflicts).


def test_fused_and_respelled_negations_are_the_same_statement(judge):
    """«كيلا يؤيد» is «كي لا يؤيد», «ألا يتأثر» is «أن لا يتأثر»: one statement in two outlets (sample 4)."""
    fed = judge(
        {
            "text": 'الأمر سيتطلب "تدهورا كبيرا" في الاقتصاد الأمريكي كيلا يؤيد رفع أسعار الفائدة في أيلول (سبتمبر)',
            "speaker": "دنيس لوكهارت رئيس بنك أتلانتا",
        },
        {
            "text": 'إن الأمر سيتطلب "تدهورا كبيرا" في الاقتصاد الأميركي كي لا يؤيد رفع أسعار الفائدة في سبتمبر',
            "speaker": "دنيس لوكهارت",
        },
    )
    assert fed.label != "contradiction", fed.explanation
    congress = judge(
        {
            "text": "على الكونغرس الا يتأثر بضغط المنتقدين، الذين اعتبر انهم اثبتوا خطأهم",
            "speaker": "باراك اوباما",
        },
        {
            "text": "على الكونغرس أن لا يتأثر بضغط المنتقدين، الذين اعتبر أنهم أثبتوا خطأهم",
            "speaker": "باراك اوباما",
        },
    )
    assert congress.label != "contradiction", congress.explanation


def test_a_negated_purpose_is_not_a_negated_fact(judge):
    """«كي لا يؤيد رفع الفائدة» says what a condition would be for; the speaker leans towards a rise."""
    result = judge(
        'إن الأمر سيتطلب "تدهورا كبيرا" في الاقتصاد الأميركي كي لا يؤيد رفع أسعار الفائدة في سبتمبر',
        "رئيس بنك أتلانتا يؤيد رفع أسعار الفائدة في سبتمبر بسبب تحسن الاقتصاد الأميركي",
    )
    assert result.label != "contradiction", result.explanation


def test_fixed_phrases_and_names_are_not_negations(judge):
    """«طائرات بدون طيار» / «بلا طيار» are drones; «جزيرة لا ريونيون» is a place (sample 4)."""
    drones = judge(
        {
            "text": "تصل طائرات أمريكية وطائرات أمريكية بدون طيار وسنشن قريبا معركة شاملة ضد الدولة الإسلامية سويا.",
            "speaker": "تشاووش أوغلو",
        },
        {
            "text": "مقاتلات وطائرات أمريكية بلا طيار ستصل قريبًا إلى قواعد جوية تركية وإن معركة شاملة ضد تنظيم داعش "
            "ستنطلق قريبًا",
            "speaker": "مولود تشاووش أوغلو",
        },
    )
    assert drones.label != "contradiction", drones.explanation
    island = judge(
        "فريق الخبراء الدوليين اكد بشكل نهائي ان حطام الطائرة الذي عثر عليه في جزيرة لا ريونيون يعود حتما الى "
        "طائرة الرحلة ام اتش 370",
        "فريق الخبراء الدولي أكد بشكل قاطع أن حطام الطائرة الذي عثر عليه في جزيرة ريونيون هو في الحقيقة من "
        "الرحلة إم إتش 370",
    )
    assert island.label != "contradiction", island.explanation
    pilots = judge("الطائرة هبطت بدون طيار مساعد في مطار عدن", "الطائرة هبطت بطيار مساعد في مطار عدن")
    assert pilots.label != "contradiction"  # the fixed phrase wins even here: a known cost


def test_an_obligation_is_not_a_fact(judge):
    """«على الحكومة الإسرائيلية أن تعترف بجرائمها» and «لم تعترف تلك الحكومات بتلك الجرائم» agree."""
    result = judge(
        {
            "text": "على الحكومة الإسرائيلية أن تعترف بجرائمها، وهي ترفض الآن وقف الاستيطان أو الإفراج عن الدفعة "
            "الرابعة من الأسرى الفلسطينيين",
            "speaker": "محمود عباس",
        },
        {
            "text": "إن الحكومات الإسرائيلية ارتكبت 11 ألف جريمة منذ عام 2004 ضد الشعب الفلسطيني ولم تعترف تلك "
            "الحكومات بتلك الجرائم حتى الآن",
            "speaker": "محمود عباس",
        },
    )
    assert result.label != "contradiction", result.explanation
    fact = judge(
        "الحكومات الإسرائيلية تعترف بتلك الجرائم ضد الشعب الفلسطيني",
        "ولم تعترف تلك الحكومات الإسرائيلية بتلك الجرائم ضد الشعب الفلسطيني",
    )
    assert (fact.label, fact.kind) == ("contradiction", "negation")


def test_obligation_frames():
    from extractors.builtin.arabic import tokenize
    from extractors.builtin.contradiction import _obliged

    def at(text: str, word: str) -> bool:
        tokens = tokenize(text)
        return _obliged(tokens, next(i for i, t in enumerate(tokens) if t.text == word))

    assert at("على الحكومة الإسرائيلية أن تعترف بجرائمها", "تعترف")
    assert at("يجب أن تعترف الحكومة بجرائمها", "تعترف")
    assert not at("أكد على أن الحكومة تعترف بجرائمها", "تعترف")  # a verb and its preposition


def test_restrictive_and_asked_negations_assert(judge):
    """«لا يملك … إلا» means "can only", «لا يحقق فقط … بل» "not only … but", «لماذا لا …؟» asks
    (SaudiNewsNet sentences)."""
    only = judge(
        "القرارات التي لا يملك العالم إلا تأييدها بالإجماع وتشجيعها ومساندتها، دونما أدنى تحفظ",
        "العالم يملك تأييد القرارات بالإجماع ومساندتها",
    )
    assert only.label != "contradiction", only.explanation
    not_only = judge(
        "إشراك «الزينبيون» في الحرب السورية لا يحقق فقط الهدف القريب المدى المتمثل في الدفاع عن نظام بشار الأسد؛ "
        "بل يحقق أيضًا هدفًا استراتيجيا",
        "إشراك «الزينبيون» في الحرب السورية يحقق الهدف القريب المدى المتمثل في الدفاع عن نظام بشار الأسد",
    )
    assert not_only.label != "contradiction", not_only.explanation
    asked = judge(
        "لماذا لا نطلب عقد جلسة استشارية منفصلة للمقترضين من الجهات الخاصة؟",
        "نطلب عقد جلسة استشارية منفصلة للمقترضين من الجهات الخاصة",
    )
    assert asked.label != "contradiction", asked.explanation
    plain = judge(  # without «إلا»/«فقط»/a question the negation still counts
        "إشراك «الزينبيون» في الحرب السورية لا يحقق الهدف القريب المدى المتمثل في الدفاع عن نظام بشار الأسد",
        "إشراك «الزينبيون» في الحرب السورية يحقق الهدف القريب المدى المتمثل في الدفاع عن نظام بشار الأسد",
    )
    assert (plain.label, plain.kind) == ("contradiction", "negation")


def test_a_conflict_word_in_a_negated_sentence_is_no_report(judge):
    """«وليس في الآية ما يدل على أن حب الوطن يناقض حب الله»: the article says there is no conflict."""
    context = (
        "وعادت دار إيمان كما كانت، وليس في الآية ما يدل على أن حب الوطن يناقض حب الله ورسوله والجهاد في "
        "سبيل الله، بل ان الدفاع عن الوطن جهاد في سبيل الله فعن سعيد بن زيد رضي الله عنه قال: "
    )
    result = judge(
        {"text": "(من مات دون مظلمته فهو شهيد)", "speaker": "صلى الله", "context": context},
        {
            "text": "قال رسول الله صلى الله عليه وسلم (من مات دون ماله فهو شهيد، ومن مات دون دمه فهو شهيد ومن "
            "مات دون أرضه فهو شهيد)",
            "speaker": "حتى يأتي الفتح",
            "context": context,
        },
    )
    assert result.label != "contradiction", result.explanation


def test_misread_and_rescaled_figures_are_one_figure(judge):
    """The same statement with its figure written two ways (sample 4): «الـ(3.462)مليار ريال» (read as
    one billion), «7ر2 مليون» (2.7 million: ر as the decimal mark), «5,307,846 مليون ريال» (5.3
    million)."""
    loans = judge(
        "قدم خلال الربع الثاني من العام الحالي 2015م 58047 قرضا اجتماعيا بقيمة فاقت 3462 مليون ريال، توزعت على "
        "قروض الزواج والأسرة وترميم المنازل",
        "فقد قدم وخلال فترة الربع الثاني من العام الحالي 2015م (58.047) قرض اجتماعي بقيمة فاقت الـ(3.462)مليار "
        "ريال ، توزعت على قروض الزواج والأسرة وترميم المنازل",
    )
    assert loans.label != "contradiction", loans.explanation
    users = judge(
        "مع طفرة في عدد مستخدمي هواتف الجيل الرابع من 7ر2 مليون مستخدم إلى 6ر23 مليونا العام الماضي",
        "مع طفرة في عدد مستخدمي هواتف الجيل الرابع من 2.7 مليون مستخدم إلى 23.6 مليون العام الماضي",
    )
    assert users.label != "contradiction", users.explanation
    shares = judge(
        "بلغت حوالي 17,209,056 ريالا، وبلغ صافي مبلغ التعويضات لملاك حقوق الأولوية وكسور الأسهم 5,307,846 مليون "
        "ريال أي ما يعادل حوالي 4.46 ريالات للسهم الواحد",
        "بلغت حوالي 17.2 مليون ريال، وبلغ صافي مبلغ التعويضات لملاك حقوق الأولوية وكسور الأسهم 5.3 مليون ريال، "
        "أي ما يعادل حوالي 4.46 ريال للسهم الواحد",
    )
    assert shares.label != "contradiction", shares.explanation
    other = judge(  # a real difference still conflicts
        "مع طفرة في عدد مستخدمي هواتف الجيل الرابع من 2.7 مليون مستخدم إلى 23.6 مليون العام الماضي",
        "مع طفرة في عدد مستخدمي هواتف الجيل الرابع من 4.1 مليون مستخدم إلى 23.6 مليون العام الماضي",
    )
    assert (other.label, other.kind) == ("contradiction", "numeric")


def test_a_toll_broken_down_differently_is_one_toll(judge):
    """«استشهاد 15 رجل أمن من بينهم 3 عاملين» = «استشهاد ١٢ رجل أمن وثلاثة من العاملين» (sample 4)."""
    result = judge(
        "أثناء قيام مجموعة من منسوبي قوات الطوارئ الخاصة بمنطقة عسير، بأداء صلاة الظهر جماعة في مسجد مقر القوات، "
        "حدث تفجير في جموع المصلين، نتج عنه استشهاد 15 رجل أمن من بينهم 3 عاملين بالموقع فيما أصيب 7 آخرون",
        "عدم تعرض أي مقر آخر لقوات الطوارئ الخاصة لمحاولة تفجير إرهابي وذلك بعد تداول شائعة عن إحباط محاولة "
        "تفجير مقر قوات الطوارئ بالرياض بالتزامن مع الجريمة الإرهابية التي شهدها مسجد قوات الطوارئ في عسير ظهر "
        "اليوم والتي نتج عنها استشهاد ١٢ رجل أمن وثلاثة من العاملين وإصابة ٧ من رجال الأمن",
    )
    assert result.label != "contradiction", result.explanation
    still = judge(
        "حدث تفجير في جموع المصلين، نتج عنه استشهاد 15 رجل أمن من بينهم 3 عاملين بالموقع",
        "حدث تفجير في جموع المصلين، نتج عنه استشهاد 10 رجل أمن",
    )
    assert (still.label, still.kind) == ("contradiction", "numeric")


def test_directions_are_places(judge):
    """An Afghan helicopter «في جنوب البلاد» and a Pakistani one «في شمال غرب البلاد» (sample 4)."""
    result = judge(
        {
            "text": "في غضون ذلك، قتل 17 شخصا أمس في تحطم مروحية عسكرية أفغانية في جنوب البلاد بسبب عطل تقني",
            "date": "2015-08-07",
        },
        {"text": "مقتل 12 شخصا الخميس في تحطم مروحية عسكرية في شمال غرب البلاد", "date": "2015-08-07"},
    )
    assert result.label != "contradiction", result.explanation
    same = judge(
        {"text": "مقتل 17 شخصا في تحطم مروحية عسكرية في جنوب البلاد", "date": "2015-08-07"},
        {"text": "مقتل 12 شخصا في تحطم مروحية عسكرية في جنوب البلاد", "date": "2015-08-07"},
    )
    assert (same.label, same.kind) == ("contradiction", "numeric")


def test_a_short_stem_needs_the_same_word(judge):
    """«لقاء» and «بقاء» both stem to «قاء»: refusing a meeting is not agreeing to someone staying."""
    result = judge(
        "رفض لقاء الرئيس الأميركي، باراك أوباما",
        "القوى الأربع وافقت على بقاء رئيس الإقليم مسعود البارزاني في منصبه حتى عامين إضافيين",
    )
    assert result.label != "contradiction", result.explanation


def test_an_event_after_a_word_of_time_is_a_time(judge):
    """«إبان ارتفاع أسعار النفط» dates something else; it does not report prices rising (sample 4)."""
    result = judge(
        "تحسنت معدلات التوظيف في الولايات المتحدة الأميركية، وكان ذلك نتيجة لتوسع الشركات في إنتاج النفط "
        "الصخري إبان ارتفاع أسعار النفط، الآن الواقع أصبح مخالفًا تماما لما كان عليه",
        "ظروف الإنتاج الحالية فى أمريكا الشمالية صعبة في ضوء انخفاض أسعار النفط",
    )
    assert result.label != "contradiction", result.explanation
    still = judge("الشركات توسعت في إنتاج النفط مع ارتفاع أسعار النفط", "انخفاض أسعار النفط أضر بإنتاج النفط")
    assert (still.label, still.kind) == ("contradiction", "antonymy")


def test_conditions_limits_and_compound_adjectives_are_not_negations(judge):
    """«إذا لم تلتزم النصرة حدودها» is a condition, «ما لا يقل عن 49 شخصا» "at least", «الواردات غير
    النفطية» non-oil imports (SaudiNewsNet sentences)."""
    condition = judge(
        "حذر فيه من صدام قادم إذا لم تلتزم النصرة حدودها في ريف دمشق",
        "جبهة النصرة تلتزم حدودها في ريف دمشق منذ الصدام",
    )
    assert condition.label != "contradiction", condition.explanation
    imports = judge(
        "السعودية تحتل الجزء الصغير من شريحة واردات الهند غير النفطية، وشهدت نموًا سريعًا",
        "السعودية تحتل الجزء الكبير من شريحة واردات الهند النفطية، وشهدت نموًا سريعًا",
    )
    assert imports.label != "contradiction", imports.explanation
    plain = judge(  # a stated negation still counts
        "جبهة النصرة لم تلتزم حدودها في ريف دمشق منذ الصدام",
        "جبهة النصرة تلتزم حدودها في ريف دمشق منذ الصدام",
    )
    assert (plain.label, plain.kind) == ("contradiction", "negation")


def test_the_prefilter_rules_out_pairs_with_nothing_that_can_conflict():
    """Two claims about the same event with no opposite events, no shared unit, no negation, denial
    or reported conflict: ruled out on their signals; the same claims with one of those pass."""
    detector = LexicalContradictionDetector()
    a = ClaimView("وصل وفد الوزارة إلى الرياض حيث يبحث التعاون التجاري بين البلدين")
    b = ClaimView("يبحث وفد الوزارة في الرياض التعاون التجاري بين البلدين")
    assert not detector.may_contradict(_signals(detector, a), _signals(detector, b))
    assert detector.signals(a) == frozenset()
    negated = ClaimView("لم يبحث وفد الوزارة في الرياض التعاون التجاري بين البلدين")
    assert {"n", "n:يبحث"} <= detector.signals(negated)
    assert detector.may_contradict(_signals(detector, a), _signals(detector, negated))
    reported = ClaimView(b.text, context="وتتناقض تصريحات الوزير مع ما أعلنه المتحدث")
    assert "x" in detector.signals(reported)
    assert detector.may_contradict(_signals(detector, a), _signals(detector, reported))
    rise = ClaimView("ارتفاع التعاون التجاري بين البلدين بعد زيارة وفد الوزارة")
    fall = ClaimView("تراجع التعاون التجاري بين البلدين رغم زيارة وفد الوزارة")
    assert detector.may_contradict(_signals(detector, rise), _signals(detector, fall))
    assert not detector.may_contradict(_signals(detector, rise), _signals(detector, rise))
