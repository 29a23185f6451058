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
