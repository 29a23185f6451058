from claims.text import content_hash, detect_language, normalize_ar


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
