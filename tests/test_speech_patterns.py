"""Arabic reported-speech patterns added in mizan.ar.speech 0.5.0, each on a real sentence from
SaudiNewsNet (the error analysis of eval/attribution: dev and the fresh check set)."""

from __future__ import annotations

import pytest

from extractors.builtin.speech import ArabicReportedSpeechExtractor


def _claims(text: str):
    claims = ArabicReportedSpeechExtractor().extract(text, language="ar", published_at=None).claims
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        if claim.speaker and claim.speaker.start is not None:
            assert claim.speaker.end is not None and claim.speaker.start < claim.speaker.end
    return claims


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(c.speaker.name, c.text) for c in _claims(text)]


# --- verbal nouns as the content (أكد/أعلن/أوضح + مصدر) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ta marbuta written ت before the pronoun: إصابته → إصابة
        (
            "وذكر فكري علي صالح أنه تعرض للإصابة أثناء المواجهات، مبينا إصابته بكسر بعظمة المرفق الأيسر.",
            "إصابته بكسر بعظمة المرفق الأيسر",
        ),
        # the shape of a derived verbal noun: احتواء (افتعال)
        (
            "وأوضحت الوزارة احتواء الترميز الوطني المعتمد في المملكة على أكثر من 2800 نشاطاً اقتصادياً.",
            "احتواء الترميز الوطني المعتمد في المملكة على أكثر من 2800 نشاطاً اقتصادياً",
        ),
        # مسؤولية after an adverbial of time
        (
            "أعلن تنظيم داعش أمس الخميس مسؤوليته عن هجوم انتحاري تم تنفيذه بسيارة ملغومة ببغداد.",
            "مسؤوليته عن هجوم انتحاري تم تنفيذه بسيارة ملغومة ببغداد",
        ),
        # اعتبر takes its content bare: «اعتبرت الوزارة X بمثابة Y»
        (
            "واعتبرت الوزارة تطبيق الدليل الوطني للأنشطة الاقتصادية بمثابة بنية تحتية لعمليات الربط.",
            "تطبيق الدليل الوطني للأنشطة الاقتصادية بمثابة بنية تحتية لعمليات الربط",
        ),
        # أعلن عن + verbal noun, like كشف عن
        (
            "وأعلنت مصادر فلسطينية عن وفاة رضيع فلسطيني حرقا وإصابة ثلاثة من عائلته فجر اليوم.",
            "وفاة رضيع فلسطيني حرقا وإصابة ثلاثة من عائلته فجر اليوم",
        ),
    ],
)
def test_verbal_noun_contents(text, expected):
    assert expected in [c.text for c in _claims(text)]


def test_a_participle_with_a_bare_content_takes_the_subject_of_a_speech_act():
    text = (
        "وانتشرت صور الجثث على نطاق واسع، حيث عبر مرصد حضرموت لحقوق الإنسان عن إدانته هذه الممارسات، "
        "معتبرا قيامها بإعدام الأسرى لديها يمثل خرقا كبيرا لاتفاقية جنيف."
    )
    assert _pairs(text) == [
        ("مرصد حضرموت لحقوق الإنسان", "قيامها بإعدام الأسرى لديها يمثل خرقا كبيرا لاتفاقية جنيف")
    ]


def test_a_verbal_noun_right_after_the_cue_has_no_subject_of_its_own():
    text = "وقالت البحرين يوم السبت إنها أحبطت مؤامرة لتهريب أسلحة وأعلنت استدعاء سفيرها لدى طهران لاجراء مشاورات."
    assert _pairs(text) == [
        ("البحرين", "أحبطت مؤامرة لتهريب أسلحة"),
        ("البحرين", "استدعاء سفيرها لدى طهران لاجراء مشاورات"),
    ]


# --- quotations ------------------------------------------------------------------------------


def test_a_quote_ending_with_its_own_period_ends_there():
    text = 'وقال مورينيو في مؤتمر صحفي اليوم "نعم الجميع بخير." وسجل كوستا 20 هدفا في الدوري الموسم الماضي.'
    assert _pairs(text) == [("مورينيو", "نعم الجميع بخير.")]


def test_a_quote_followed_by_two_dots_and_circumstance_ends_at_its_mark():
    text = "وقال زلاتان: «أين سأذهب بعد ذلك؟ ستكون مفاجأة، مفاجأة كبيرة جدا».. عقب تسجيله الهدف الثاني."
    (claim,) = _claims(text)
    assert claim.text == "أين سأذهب بعد ذلك؟ ستكون مفاجأة، مفاجأة كبيرة جدا"


def test_a_stray_closing_mark_opens_nothing_and_an_unclosed_quote_stops_before_a_new_report():
    text = (
        "وتفصيلاً، قال الناطق الإعلامي بشرطة المنطقة الشرقية، إنه عند الساعة التاسعة باشرت شرطة القطيف "
        'بلاغاً عن تعرض أحد المواطنين للإصابة بطلقات نارية".   وبيّن: "اتضح وفاة المصاب بعد وصوله إلى '
        'المستوصف.   وأضاف: "باشرت الجهات المختصة إجراءات الضبط الجنائي للجريمة والتحقيق فيها".'
    )
    texts = [c.text for c in _claims(text)]
    assert len(texts) == 3
    assert texts[0].startswith("عند الساعة التاسعة") and texts[0].endswith('بطلقات نارية"')
    assert texts[1] == "اتضح وفاة المصاب بعد وصوله إلى المستوصف"
    assert texts[2] == "باشرت الجهات المختصة إجراءات الضبط الجنائي للجريمة والتحقيق فيها"


def test_a_quoted_title_before_the_complementiser_is_not_the_content():
    text = (
        "وقالت إدارة الأسماك والحياة البرية في بيان بعنوان «أدلة على وجود الذئب في مقاطعة سيسكيو» إنها "
        "بدأت تتحقق من الأمر."
    )
    (claim,) = _claims(text)
    assert claim.text == "بدأت تتحقق من الأمر"


# --- speakers ----------------------------------------------------------------------------------


def test_fan_in_a_name_is_no_complementiser():
    text = (
        "وقال فان غال: «علينا أن نقارن أنفسنا بالأندية الكبيرة». وتابع: «تشيلسي أيضا يمتلك السرعة والإبداع»."
    )
    assert [name for name, _ in _pairs(text)] == ["فان غال", "فان غال"]


def test_min_jihatihi_between_the_cue_and_its_subject():
    text = (
        "وأوضح من جهته مساعد مدير المستشفى للخدمات الطبية الدكتور علي الغامدي، أنه بعد الانتهاء من العملية "
        "تمت إحالة المريض لقسم العناية المركزة، مؤكدا أن حالته حاليا جيدة."
    )
    claims = _claims(text)
    assert [c.speaker.name for c in claims] == ["علي الغامدي", "علي الغامدي"]
    assert claims[0].text.startswith("بعد الانتهاء من العملية")


def test_the_subject_of_a_speech_act_speaks_in_the_participles_and_verbs_after_it():
    text = (
        "وذكر فكري علي صالح أنه كان من ضمن صفوف المقاومة الشعبية بلودر. وقدم فتحي محمد صالح (مرافق للمريض "
        "فكري) شكره للملك سلمان، وأشار الى أن الوضع في لودر صعب جدا، وقال: دخلت مرافقا لقريبي فكري صالح."
    )
    assert [name for name, _ in _pairs(text)] == ["فكري علي صالح", "فتحي محمد صالح", "فتحي محمد صالح"]


def test_a_continuation_after_a_speech_act_in_the_previous_sentence():
    text = (
        "وأضاف المرزوقي: الزويهري من الشخصيات الداعمة للنادي في الفترات السابقة.\nوفي السياق ذاته، بارك "
        "رئيس نادي الاهلي السابق عبدالعزيز عبدالعال، للزويهري رئاسته للنادي. وقال: نادي الاهلي شامل وعرف "
        "عنه اهتمامه بجميع الانشطة."
    )
    names = [name for name, _ in _pairs(text)]
    assert names[0] == "المرزوقي"
    assert "عبدالعزيز عبدالعال" in names[1]


def test_a_directive_verb_with_no_subject_leaves_the_speaker_unchanged():
    text = (
        "وأكد وكيل الوزارة الدكتور عبدالله أبوثنين أن البرنامج يطبق على مراحل. ودعا المنشآت إلى المسارعة "
        "برفع ملف الأجور، مؤكدا إيقاف خدمات الوزارة عن المنشآت التي لا تلتزم بضوابط البرنامج."
    )
    assert [name for name, _ in _pairs(text)] == ["عبدالله أبوثنين", "عبدالله أبوثنين"]


def test_a_manner_participle_is_neither_speaker_nor_cue():
    text = "بدوره ألمح عضو الشورى الدكتور موافق الرويلي إلى المغالطات الإحصائية، وكتب مغرّداً “د. الخليل كرهني بالإحصاء”."
    assert _pairs(text) == [
        ("موافق الرويلي", "المغالطات الإحصائية"),
        ("موافق الرويلي", "د. الخليل كرهني بالإحصاء"),
    ]


def test_sabaqa_li_names_the_subject():
    text = "وسبق لمجلة «فرانس فوتبول» الفرنسية أن كشفت عن موافقة يونايتد على العرض الذي تقدم به سان جيرمان."
    (claim,) = _claims(text)
    assert claim.speaker.name == "مجلة «فرانس فوتبول» الفرنسية"
    assert claim.text == "موافقة يونايتد على العرض الذي تقدم به سان جيرمان"


def test_kana_subject_qad_verb():
    text = "وكان لوران بلان مدرب سان جيرمان قد أشار قبل أيام إلى أن دي ماريا بات قريبا من الانضمام إلى فريقه."
    (claim,) = _claims(text)
    assert claim.speaker.name.startswith("لوران بلان")
    assert claim.text == "دي ماريا بات قريبا من الانضمام إلى فريقه"


def test_an_organisation_before_its_verb():
    text = "صحيفة الإندبندنت البريطانية قالت إن الإرهاب استهدف المساجد في المملكة."
    assert _pairs(text) == [("صحيفة الإندبندنت البريطانية", "الإرهاب استهدف المساجد في المملكة")]


def test_imam_is_not_amam():
    text = "ولفت إمام وخطيب جامع الراعب عبدالرزاق بن صالح إلى أهمية الموسوعة في تعزيز أسلوب الخطباء."
    (claim,) = _claims(text)
    assert "عبدالرزاق بن صالح" in claim.speaker.name
    assert claim.text == "أهمية الموسوعة في تعزيز أسلوب الخطباء"


def test_the_antecedent_of_alladhi_speaks():
    text = (
        "كذلك تقدم أزهر عباس باستقالته بعد مشاورات مع المحررين، حسب إفادة عباس نفسه الذي قال أيضا في "
        "تغريدته «لقد شكلت فريقا عظيما من الصحافيين»."
    )
    claims = _claims(text)
    assert [c.speaker.name for c in claims] == ["عباس", "عباس"]
    assert claims[1].text == "لقد شكلت فريقا عظيما من الصحافيين"


# --- sources after the content ------------------------------------------------------------------


def test_bihasab_ma_after_the_content_needs_no_comma():
    text = (
        "وكان من المفترض أن يصل دي ماريا الأسبوع الماضي، لكنه لم يلحق بالرحلة القادمة إلى سان فرانسيسكو "
        "بحسب ما أكد مدرب يونايتد الهولندي لويس فان غال."
    )
    (claim,) = _claims(text)
    assert claim.text == "لكنه لم يلحق بالرحلة القادمة إلى سان فرانسيسكو"
    assert "لويس فان غال" in claim.speaker.name


def test_illa_annahu_before_a_source_after_the_content():
    text = "وكان خان قد طالب بتشكيل لجنة مستقلة، إلا أنه «قرر الانسحاب من قناة بول مباشرة»، حسب تغريدة كمران على موقع تويتر."
    (claim,) = _claims(text)
    assert claim.text == "قرر الانسحاب من قناة بول مباشرة"
    assert claim.speaker.name == "كمران"


# --- where a claim ends --------------------------------------------------------------------------


def test_a_cue_with_an_object_after_a_comma_opens_a_new_claim():
    text = (
        "وفيما يرى مراقبون أن غزو الكويت أحبط مشروع النهوض العربي، أشار العاني إلى إمكانية بلورة موقف "
        "عربي موحد."
    )
    assert _pairs(text) == [
        ("مراقبون", "غزو الكويت أحبط مشروع النهوض العربي"),
        ("العاني", "إمكانية بلورة موقف عربي موحد"),
    ]


def test_an_embedded_report_after_baad_an_is_a_claim_of_its_own():
    text = (
        "وقالت الإدارة إنها بدأت تتحقق من الأمر بعد أن قال سكان كاليفورنيا إنهم شاهدوا هذا الكائن في وقت "
        "سابق من العام الجاري."
    )
    assert _pairs(text) == [
        ("الإدارة", "بدأت تتحقق من الأمر"),
        ("سكان كاليفورنيا", "شاهدوا هذا الكائن في وقت سابق من العام الجاري"),
    ]


def test_a_meeting_after_a_comma_is_the_reporters_circumstance():
    text = (
        "أكد وزير الخارجية الصيني وانغ يي لنظيره الاميركي جون كيري، أنّ بلاده أوقفت أنشطتها المثيرة للجدل "
        "في جنوب بحر الصين، بعد لقائهما على هامش اجتماع رابطة دول جنوب شرقي آسيا."
    )
    (claim,) = _claims(text)
    assert claim.text == "بلاده أوقفت أنشطتها المثيرة للجدل في جنوب بحر الصين"


def test_praise_participles_end_a_claim_and_open_none():
    text = (
        "وذكر المصاب محمد أسلم أنه أجريت له عملية تثبيت كسر في يده ووضعه مستقر، مثنيا على الخدمات الطبية "
        "بمستشفى الملك خالد."
    )
    assert [c.text for c in _claims(text)] == ["أجريت له عملية تثبيت كسر في يده ووضعه مستقر"]


# --- not claims --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a cue word after a preposition is a verbal noun
        "وأعرب عن ثقته في قدرة الأجهزة الأمنية على كشف ملابسات هذه الجريمة الإرهابية البشعة والقبض على الجناة.",
        # «تبين أن»: it turned out
        "وبعد إجراء الفحوصات الطبية اللازمة تبين أن المريض لديه أكياس مائية بالبطن منذ الطفولة.",
        # a directive behind a quotation mark, and شدد على أهمية
        'وشدد إبراهيم على "ضرورة وضع قانون انتخاب يكون كلمة السر لإعادة تقويم كل الوضع القائم".',
        "وأكد الوزير دعم المشروع، مشددا أيضا على أهمية دور الاستثمارات الأجنبية في الاقتصاد.",
        # a medium before على is no content
        "كما أكد فيورنتينا الصفقة ونشر صورة لسواريز في موقعه على الانترنت ولقطات فيديو لمرانه الأول.",
    ],
)
def test_not_claims(text):
    texts = [c.text for c in _claims(text)]
    assert not any(
        t.startswith(("ملابسات", "الجناة", "المريض لديه", "ضرورة", "أهمية", "الانترنت")) for t in texts
    )


def test_bayna_with_a_comma_or_no_subject_is_a_cue():
    text = (
        "من جهته، بين مدير مستشفى الملك خالد بنجران الدكتور عبده الزبيدي، أن المستشفى على كامل الاستعداد "
        "لاستقبال الإصابات.\nوبين أن المستشفى يضم جناحا للعناية المركزة."
    )
    assert _pairs(text) == [
        ("عبده الزبيدي", "المستشفى على كامل الاستعداد لاستقبال الإصابات"),
        ("عبده الزبيدي", "المستشفى يضم جناحا للعناية المركزة"),
    ]


def test_a_contrast_clause_stays_in_the_claim_unless_it_reports():
    text = (
        "بدوره، قال أحد المقاتلين في الجبهة الشمالية، يدعى محمد عبدالقوي، إن الحوثيين يقتلون أسرى المقاومة، "
        "فيما يعمل الثوار على إكرام ومعالجة المقاتلين الحوثيين الذين يتم أسرهم."
    )
    (claim,) = _claims(text)
    assert claim.text.endswith("الذين يتم أسرهم")
    text = "وقال المتحدث إن القوات تقدمت نحو المدينة، فيما قال مصدر عسكري إن المعارك مستمرة."
    assert [c.text for c in _claims(text)] == ["القوات تقدمت نحو المدينة", "المعارك مستمرة"]


def test_the_fresh_gold_set_keeps_the_invariants_and_shares_nothing_with_dev():
    """eval/attribution/gold-fresh.jsonl (annotated blind, CONVENTIONS.md «Fresh set»)."""
    import importlib.util
    import json
    from pathlib import Path

    here = Path(__file__).resolve().parent.parent / "eval" / "attribution"
    spec = importlib.util.spec_from_file_location("build_gold", here / "build_gold.py")
    build_gold = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_gold)
    fresh = [
        json.loads(line) for line in (here / "gold-fresh.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    dev = [json.loads(line) for line in (here / "gold-dev.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(fresh) >= 20 and sum(len(r["claims"]) for r in fresh) >= 120
    for record in fresh:
        assert build_gold.check(record) == []

    def squash(text: str) -> str:
        return " ".join(text.split())

    assert not {r["id"] for r in fresh} & {r["id"] for r in dev}
    assert not {squash(r["text"]) for r in fresh} & {squash(r["text"]) for r in dev}
