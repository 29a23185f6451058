"""The built-in Arabic extractors on real sentences (the seed article) and on hostile input."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.builtin.dates import DateExtractor
from extractors.builtin.numbers import NumberExtractor, parse_number
from extractors.builtin.speech import ArabicReportedSpeechExtractor


def _claims(text: str):
    return ArabicReportedSpeechExtractor().extract(text, language="ar", published_at=None).claims


def test_seed_claims_have_the_right_speakers(seed_text):
    claims = _claims(seed_text)
    by_speaker = {}
    for claim in claims:
        assert seed_text[claim.start : claim.end] == claim.text
        by_speaker.setdefault(claim.speaker.name, []).append(claim)
    kadhimi = by_speaker["مصطفى الكاظمي"]
    assert kadhimi[0].text == "العراق سيشهد بعد أيام انسحاب جميع القوات القتالية للتحالف الدولي"
    assert kadhimi[0].speaker.role == "رئيس الحكومة العراقية"
    assert kadhimi[0].speaker.country == "Iraq"
    mckenzie = by_speaker["فرانك ماكنزي"]
    assert any("2500 جندي" in c.text for c in mckenzie)
    assert mckenzie[0].speaker.role == "قائد القيادة المركزية الأميركية"
    assert mckenzie[0].speaker.country == "United States"
    # A role-only mention resolves to the titled name found elsewhere in the article.
    assert any("انتهاء المهام القتالية" in c.text for c in by_speaker["قاسم الأعرجي"])


def test_short_mentions_resolve_to_one_speaker(seed_text):
    claims = _claims(seed_text)
    kadhimi = [c for c in claims if c.speaker.name == "مصطفى الكاظمي"]
    # «وقال الكاظمي»، «وأوضح رئيس الحكومة العراقية»، «وتابع» (continuation): one speaker.
    cues = {c.cue for c in kadhimi}
    assert {"أعلن", "وقال", "وأوضح", "وتابع", "مشددا"} <= cues
    assert "الكاظمي" in kadhimi[0].speaker.aliases


def test_participle_opens_a_new_claim_by_the_same_speaker():
    text = "وأعلن وزير الدفاع العراقي خالد العبيدي أن القوات حررت المدينة بالكامل، مشيرا إلى أن العمليات ستستمر أسبوعا."
    claims = _claims(text)
    assert [c.text for c in claims] == ["القوات حررت المدينة بالكامل", "العمليات ستستمر أسبوعا"]
    assert {c.speaker.name for c in claims} == {"خالد العبيدي"}
    assert claims[0].speaker.role == "وزير الدفاع العراقي"


def test_direct_quote_in_guillemets_is_direct_and_unwrapped():
    text = "وقال المتحدث باسم الحكومة علي محمد: «لن نسمح بأي تأخير في تنفيذ الاتفاق»."
    (claim,) = _claims(text)
    assert claim.kind == "direct"
    assert claim.text == "لن نسمح بأي تأخير في تنفيذ الاتفاق"


def test_numbers_with_separators_and_arabic_indic_digits():
    text = "نشر ٢٬٥٠٠ جندي و2,500 جندي وارتفعت النسبة 15% وبلغت الكلفة 3 مليون دولار في العام 2017"
    numbers = NumberExtractor().extract(text).numbers
    assert [(n.value, n.unit) for n in numbers] == [
        (2500.0, "جندي"),
        (2500.0, "جندي"),
        (15.0, "%"),
        (3_000_000.0, "دولار"),
        (2017.0, "year"),
    ]
    for n in numbers:
        assert text[n.start : n.end] == n.text
    assert parse_number("١٢٫٥") == 12.5


def test_weekdays_resolve_against_the_article_date():
    text = "أعلن الكاظمي السبت، بعد تصريح ماكنزي الجمعة، في 2021/12/12"
    dates = DateExtractor().extract(text, published_at=date(2021, 12, 12)).dates
    assert [(d.text, d.value) for d in dates] == [
        ("السبت", "2021-12-11"),
        ("الجمعة", "2021-12-10"),
        ("2021/12/12", "2021-12-12"),
    ]


def _one(text: str):
    (claim,) = _claims(text)
    assert text[claim.start : claim.end] == claim.text
    return claim


def test_quote_without_closing_mark_runs_to_the_end_of_its_paragraph():
    text = (
        "وقال الوزير محمد علي: «سنواصل العمل حتى النهاية. ولن نتراجع عن قرارنا\nوفي سياق آخر تراجعت الأسعار."
    )
    claim = _one(text)
    assert claim.text == "سنواصل العمل حتى النهاية. ولن نتراجع عن قرارنا"
    assert claim.kind == "direct"


def test_multi_sentence_quote_is_one_claim():
    text = "وأضاف كيري: «لا أعرف كيف أقرأ هذه التصريحات. وأنا أدرك أنها تختلف عن الواقع». وانتهى اللقاء."
    claim = _one(text)
    assert claim.text == "لا أعرف كيف أقرأ هذه التصريحات. وأنا أدرك أنها تختلف عن الواقع"


def test_cue_with_a_verbal_noun_and_no_complementiser():
    text = "وأكد المتحدث باسم الشرطة عدم صحة الأنباء المتداولة عن الحادث."
    claim = _one(text)
    assert claim.text == "عدم صحة الأنباء المتداولة عن الحادث"
    assert claim.speaker.name == "المتحدث باسم الشرطة"


def test_kashafa_an_content_starts_after_the_preposition():
    claim = _one("كشف وزير يمني عن اتفاق حكومته مع المملكة لحل مشكلة الكهرباء في مدينة عدن.")
    assert claim.text == "اتفاق حكومته مع المملكة لحل مشكلة الكهرباء في مدينة عدن"
    assert claim.speaker.name == "وزير يمني"


def test_quote_before_its_cue_goes_to_the_speaker_after_it():
    claim = _one("«نحن ملتزمون بالعمل مع جيراننا حتى هزيمة الإرهاب»، قال مارك تونر.")
    assert claim.text == "نحن ملتزمون بالعمل مع جيراننا حتى هزيمة الإرهاب"
    assert claim.speaker.name == "مارك تونر"
    assert claim.kind == "direct"


def test_participle_with_tanween_opens_a_claim_for_the_same_speaker():
    text = "وقال المقدم محمد القرني إن الجندي في حالة مستقرة، مؤكداً أنه سينقل إلى مستشفى آخر قريبا."
    claims = _claims(text)
    assert [c.text for c in claims] == ["الجندي في حالة مستقرة", "سينقل إلى مستشفى آخر قريبا"]
    assert {c.speaker.name for c in claims} == {"محمد القرني"}
    assert claims[1].cue == "مؤكداً"


def test_continuation_verbs_agree_in_gender_with_the_previous_speaker():
    text = (
        "وقالت سارة أحمد إن الجامعة تلاعبت بالرغبات. وقال خالد سعيد إن "
        "القبول تم وفق النسب. وأضافت أن والدتها لم تسعف في الوقت المناسب."
    )
    claims = _claims(text)
    assert [c.speaker.name for c in claims] == ["سارة أحمد", "خالد سعيد", "سارة أحمد"]
    assert claims[2].speaker.start is None


def test_short_mentions_and_titles_resolve_to_the_full_speaker():
    text = (
        "وأوضح رئيس بلدية محافظة الخبر المهندس عصام بن عبداللطيف الملا أن الرقابة مستمرة طوال الشهر. "
        "وقال الملا إن عدد المخالفات انخفض كثيرا هذا العام."
    )
    claims = _claims(text)
    assert [c.speaker.name for c in claims] == ["عصام بن عبداللطيف الملا"] * 2
    assert claims[0].speaker.role == "رئيس بلدية محافظة الخبر"


def test_appositive_name_after_a_role_is_the_speaker():
    claim = _one("أكد وزير الخارجية الأميركي، جون كيري، أنه سيلتقي نظراءه من دول الخليج قريبا.")
    assert claim.speaker.name == "جون كيري"
    assert claim.text == "سيلتقي نظراءه من دول الخليج قريبا"


def test_source_phrase_before_the_content():
    claim = _one("وبحسب مدير المشروع، المهندس سعيد الوادعي، فإن الخطوة تهدف إلى حماية المياه من التلوث.")
    assert claim.text == "الخطوة تهدف إلى حماية المياه من التلوث"
    assert claim.speaker.name == "سعيد الوادعي"


def test_source_phrase_after_the_content():
    claim = _one("وسيرحل اللاعب عن الفريق الموسم المقبل، حسبما نقلت صحيفة الغارديان البريطانية.")
    assert claim.text == "سيرحل اللاعب عن الفريق الموسم المقبل"
    assert claim.speaker.name == "صحيفة الغارديان البريطانية"


def test_relayed_report_goes_to_the_innermost_source():
    claim = _one("ونقلت الصحيفة عن مواقع سورية معارضة، أن مئات العسكريين هربوا من الجيش هذا العام.")
    assert claim.speaker.name == "مواقع سورية معارضة"
    assert claim.text == "مئات العسكريين هربوا من الجيش هذا العام"


def test_unnamed_sources_are_speakers_of_kind_source():
    claim = _one("وقالت مصادر أمنية مطلعة إن الهجوم استهدف نقطة تفتيش قرب الحدود.")
    assert claim.speaker.name == "مصادر أمنية مطلعة"
    assert claim.speaker.kind == "source"


def test_negated_reports_and_directives_are_not_claims():
    assert _claims("ولم يذكر المتحدث أن هناك إصابات بين المدنيين في الهجوم.") == []
    assert _claims("ودعا الوزير المواطنين إلى التعاون مع الجهات المختصة في البلاغات.") == []
    assert _claims("وشدد الوزير على ضرورة أن يلتزم الجميع بالتعليمات الصادرة.") == []


def test_span_stops_before_a_new_cue_and_after_an_addressee():
    text = "وقال المدرب لـ«الشرق الأوسط» إن الفريق جاهز للمباراة، وأوضح أن الإصابات قليلة هذا الموسم."
    claims = _claims(text)
    assert [c.text for c in claims] == ["الفريق جاهز للمباراة", "الإصابات قليلة هذا الموسم"]


def test_span_stops_before_alman_bianna():
    claim = _one("وأوضحت العمادة أن نسبة كبيرة من المقاعد خصصت للخريجين؛ علماً بأن مدير الجامعة وجه بذلك.")
    assert claim.text == "نسبة كبيرة من المقاعد خصصت للخريجين"


def test_bayna_meaning_between_is_not_a_cue():
    assert _claims("وقد نشأ الخلاف بين راموس وبيريز بعد أن دافع اللاعب عن المدرب المقال.") == []


def test_speaker_is_never_a_pronoun_bearing_preposition():
    text = "وقال الوزير خالد العبيدي إن المدينة حررت. وبث التلفزيون تسجيلا قال فيها «إذا سلموني الأسرى أطلقت العسكريين»."
    for claim in _claims(text):
        assert claim.speaker.name != "فيها"


# --- 0.3.0 patterns -------------------------------------------------------------------------------


def test_subject_before_its_verb_with_a_nisba_and_a_name_particle():
    claim = _one("ولا يزال مدرب مانشستر يونايتد، الهولندي لويس فان غال يؤكد اهتمامه بضم راموس.")
    assert claim.text == "اهتمامه بضم راموس"
    assert claim.speaker.name == "الهولندي لويس فان غال"


def test_subject_earlier_in_the_sentence_speaks_after_hinama():
    text = (
        "وكان السياسي المعارض أليكسي نافلني أول من أثار القضية، حينما أكد على مدونته أن الساعة "
        "لا يقل سعرها عن 620 ألف دولار."
    )
    claim = _one(text)
    assert claim.text == "الساعة لا يقل سعرها عن 620 ألف دولار"
    assert "أليكسي نافلني" in claim.speaker.name


def test_jaa_fi_a_document_speaks_for_its_author():
    text = 'ومن جهة اخرى، جاء في استطلاع للرأي اجراه مركز "بيو للابحاث" انه من اصل 79% عارض 48% الاتفاق.'
    claim = _one(text)
    assert claim.text == "من اصل 79% عارض 48% الاتفاق"
    assert "بيو للابحاث" in claim.speaker.name


def test_jaa_fi_with_a_quotation():
    text = "وجاء في الدعوى التي أقامها ناشطون من منظمة بيتا «لا تستطيع لوليتا السباحة مسافات طويلة»."
    claim = _one(text)
    assert claim.text == "لا تستطيع لوليتا السباحة مسافات طويلة"
    assert claim.speaker.name == "ناشطون من منظمة بيتا"
    assert claim.kind == "direct"


def test_unusual_cues_with_a_content_clause():
    cases = [
        ("يشكو الناشطون منذ زمن طويل من أن الحوض الذي تعيش فيه لوليتا هو الأصغر في العالم.", "الحوض"),
        ("بدوره، عدّ السفير الأميركي في بيروت ديفيد هيل، أن الجيش اللبناني قام بعمل مدهش.", "الجيش"),
        ("ووجدت المحكمة أن كلا منهما مدان بتهمة واحدة.", "كلا"),
        ("وقدرت الوزارة أن عدد المنشآت المشمولة يبلغ ألفي منشأة.", "عدد"),
    ]
    for text, first in cases:
        claim = _one(text)
        assert claim.text.split()[0] == first, text
    text = "قال المهاجم زلاتان إبراهيموفيتش إنه سيفاجئ الجميع. لكنه يصر على أنه سعيد للغاية في ناديه الفرنسي."
    claims = _claims(text)
    assert claims[-1].text == "سعيد للغاية في ناديه الفرنسي"
    assert "زلاتان إبراهيموفيتش" in claims[-1].speaker.name


def test_comp_only_cues_need_a_content_clause():
    assert _claims("ووجد نفسه وحيدا في المدينة بعد رحيل أسرته.") == []
    assert _claims("وصفه بالجاحد وذلك بعد تغريدة نشرها أمس.") == []


def test_describe_cue_ends_at_the_closing_quote():
    text = (
        "أدانت الولايات المتحدة أمس هجمات جماعة بوكو حرام ووصفتها بأنها «مروعة وعشوائية» "
        "واستنكرت استغلال الجماعة للأطفال."
    )
    claim = _one(text)
    assert claim.text == "مروعة وعشوائية"
    assert claim.speaker.name == "الولايات المتحدة"


def test_direct_speech_with_no_colon_after_the_speaker():
    claim = _one("وقال فهد المرواني نطالب بوضع حل سريع لسكان حي أبو مرخة.")
    assert claim.text == "نطالب بوضع حل سريع لسكان حي أبو مرخة"
    assert claim.speaker.name == "فهد المرواني"
    assert claim.kind == "direct"


def test_participle_after_a_non_speech_verb_takes_the_sentence_subject():
    text = "وتبنى تنظيم داعش العملية، قائلاً إن «شخصًا يدعى أبو سنان النجدي هو الذي نفذها»."
    claim = _one(text)
    assert claim.text == "شخصًا يدعى أبو سنان النجدي هو الذي نفذها"
    assert "تنظيم داعش" in claim.speaker.name


def test_participle_with_an_addressee_after_a_non_speech_verb():
    text = (
        "واشتكى سكان حي أبو مرخة من كثرة الحوادث في تقاطع شارع الـ100 مؤكدين لـ»المدينة» أن "
        "هذا التقاطع حصد أرواحا بريئة."
    )
    claims = _claims(text)
    assert [c.text for c in claims] == ["هذا التقاطع حصد أرواحا بريئة"]
    assert claims[0].speaker.name.startswith("سكان حي أبو مرخة")


def test_two_dots_inside_a_sentence_do_not_end_the_claim():
    claim = _one("وأضاف المدرب أن الوجبات التي تحتوي على الفوائد.. تمنح الرياضي طاقة للتدريب.")
    assert claim.text == "الوجبات التي تحتوي على الفوائد.. تمنح الرياضي طاقة للتدريب"


def test_two_dots_before_a_participle_still_end_the_claim():
    text = (
        "ولفت الوزير إلى أن هذه الجريمة تعكس الوجه القبيح للإرهاب .. مؤكداً أن الجرائم لن تزيدنا إلا تصميماً."
    )
    claims = _claims(text)
    assert [c.text for c in claims] == [
        "هذه الجريمة تعكس الوجه القبيح للإرهاب",
        "الجرائم لن تزيدنا إلا تصميماً",
    ]


ARABICISH = st.text(
    alphabet=st.sampled_from(
        list('قال أكد أن إن «» "“” : ، . الوزير مصطفى ٠١٢٣ 2,500 \n\u200f\u202b\u200d\u0640ًٌَُِّ')
    ),
    max_size=400,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(ARABICISH, st.text(max_size=300)))
def test_any_input_gives_valid_offsets_and_never_crashes(text):
    for extractor in (ArabicReportedSpeechExtractor(), NumberExtractor(), DateExtractor()):
        result = extractor.extract(text, language="ar", published_at=date(2021, 12, 12))
        for span in [*result.claims, *result.numbers, *result.dates]:
            assert text[span.start : span.end] == span.text


def test_a_megabyte_of_one_word_is_handled():
    text = "قال " * 250_000
    assert _claims(text) == []


# --- 0.4.0 patterns (sentences from SaudiNewsNet) ----------------------------------------------


def test_embedded_report_goes_to_the_inner_speaker():
    # ذكر المتحدث أن جنتيلوني قال …: the content of the outer report is itself a report.
    claims = _claims(
        "وقال متحدث باسم وزير الخارجية الإيطالي باولو جنتيلوني إن رئيس الوزراء ماتيو رينتسي دعا روحاني"
        " للقيام بالزيارة. وذكر المتحدث أن جنتيلوني قال للصحفيين في طهران «قبل روحاني الدعوة وسيخبرنا بالموعد»."
    )
    claim = claims[-1]
    assert claim.text == "قبل روحاني الدعوة وسيخبرنا بالموعد"
    assert "جنتيلوني" in claim.speaker.name
    assert claim.kind == "direct"


def test_addressee_after_the_speaker_is_not_part_of_it():
    claim = _one(
        "أكد وزير الخارجية الصيني وانغ يي لنظيره الاميركي جون كيري، أنّ بلاده أوقفت أنشطتها المثيرة للجدل"
        " في جنوب بحر الصين."
    )
    assert claim.speaker.name == "وانغ يي"
    assert claim.text.startswith("بلاده أوقفت أنشطتها")


def test_kama_source_after_the_content():
    claim = _one(
        "أسفر هجوم شنه مسلحون على مركز للشرطة عن سقوط خمسة قتلى على الاقل، كما اعلنت الشرطة المحلية."
    )
    assert claim.text == "أسفر هجوم شنه مسلحون على مركز للشرطة عن سقوط خمسة قتلى على الاقل"
    assert claim.speaker.name == "الشرطة المحلية"


def test_participle_without_a_comma_opens_a_new_claim():
    claims = _claims(
        "وكشف رئيس لجنة تجار المواشي بغرفة جدة الشيخ سليمان بن سعد الجابري أن الأسعار ظلت في مستوياتها السابقة رغم"
        " الإقبال الكبير على الشراء مشيرًا إلى أن الكميات التي تم توفيرها من الأغنام تلبي حاجة السوق."
    )
    assert [c.text for c in claims] == [
        "الأسعار ظلت في مستوياتها السابقة رغم الإقبال الكبير على الشراء",
        "الكميات التي تم توفيرها من الأغنام تلبي حاجة السوق",
    ]
    assert claims[0].speaker == claims[1].speaker  # the participle keeps the subject of كشف


def test_yara_and_abana_are_cues_with_a_content_clause():
    claims = _claims(
        "ويرى موظفون أن حفل المعايدة يشكل حافزا معنويا كبيرا للعاملين. وأبان القرون أنه يتفق مع تحديد وقت"
        " للمعايدة."
    )
    assert [c.text for c in claims] == [
        "حفل المعايدة يشكل حافزا معنويا كبيرا للعاملين",
        "يتفق مع تحديد وقت للمعايدة",
    ]
    assert claims[0].speaker.name == "موظفون"
