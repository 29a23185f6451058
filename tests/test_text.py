from hypothesis import given
from hypothesis import strategies as st

from claims.text import content_hash, detect_language, normalize_ar
from extractors.builtin.arabic import PLAIN_WORD_RE, tokenize


def test_spelling_variants_fold_to_one_form():
    assert normalize_ar("الكاظمى") == normalize_ar("الكاظمي") == normalize_ar("الكَاظِمِي")
    assert normalize_ar("أعلن") == normalize_ar("اعلن") == normalize_ar("إعلن")
    assert normalize_ar("الحكومة") == normalize_ar("الحكومه")
    assert normalize_ar("العـــراق") == "العراق"


def test_content_hash_ignores_whitespace_layout_only():
    assert content_hash("قال  الوزير\nإن") == content_hash("قال الوزير إن")
    assert content_hash("قال الوزير") != content_hash("قال الوزيرة")


def test_detect_language():
    assert detect_language("قال رئيس الوزراء") == "ar"
    assert detect_language("The minister said") == "en"
    assert detect_language("12345 !!") == "und"


PLAIN_LETTERS = "ءؤئابتثجحخدذرسشصضطظعغفقكلمنهوي0123456789abcdefghijklmnopqrstuvwxyz"


@given(st.text(alphabet=PLAIN_LETTERS, min_size=1, max_size=12))
def test_a_plain_word_is_one_the_camel_tools_normalisation_leaves_as_it_is(word):
    # the tokeniser skips normalize_ar for such words (extractors.builtin.arabic.PLAIN_WORD_RE)
    assert PLAIN_WORD_RE.fullmatch(word)
    assert normalize_ar(word) == word


@given(st.text(max_size=40))
def test_token_normalisation_agrees_with_normalize_ar_on_any_text(text):
    for token in tokenize(text):
        assert token.norm == normalize_ar(token.text)
