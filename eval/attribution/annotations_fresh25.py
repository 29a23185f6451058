"""Hand annotations for the twenty-fifth attribution fresh check set (CONVENTIONS.md, section «Fresh set 25»).

Same format and options as ``annotations_fresh5.py``. Twenty SaudiNewsNet articles drawn blind by
``draw_fresh.py --set fresh25`` (not in any other gold set by id or text hash, 800–2,400 characters, at
least six speech-cue words, shuffled with seed 20261223, at most two per outlet and two per day),
split in two halves of ten, each annotated by one annotator (A: the first ten drawn, B: the last ten)
from the article texts and these conventions only, before any extractor was run on them, without
reading the extractor's source or the other annotator's file. Build:
``.venv/bin/python eval/attribution/build_gold.py --set fresh25``.
"""

from __future__ import annotations

from annotations import C

ARTICLES: list[dict] = []


def A(article_id: str, *claims: dict) -> None:
    ARTICLES.append({"id": article_id, "claims": list(claims)})


# --- annotator A ---------------------------------------------------------------------------------

# --- 01 alwatan: Mosul inquiry -------------------------------------------------------------------
ZAMILI_A = "حاكم الزاملي"
ZAMILI_M_A = "رئيس لجنة التحقيق رئيس اللجنة الأمنية في البرلمان النائب حاكم الزاملي"
SOURCES1_A = "مصادر مطلعة على مسودة التقرير"
GHAIDAN_A = "علي غيدان"
A(
    "2015-07-31-1363",
    C(
        "إكمال تقريرها، وأنها ستقدمه ⋯ بيد داعش في 10 يونيو 2014",
        "لجنة التحقيق في سقوط الموصل",
        "لجنة التحقيق في سقوط الموصل",
        "أعلنت",
        "i",
    ),
    # Judgement: «علمت "الوطن" من مصادر مطلعة أن …» gives the content to the sources (fresh24). The
    # sources of the lead and of paragraph 5 are taken as one source, named by the fullest phrase.
    C("هناك اعترافات من قيادات ⋯ للقوات الأمنية بالانسحاب", SOURCES1_A, "مصادر مطلعة", "علمت", "i"),
    C("تقرير اللجنة عبارة عن مجلد ⋯ سقوط الموصل بيد داعش", ZAMILI_A, ZAMILI_M_A, "وقال", "i"),
    C("قراءة التقرير ستتم ⋯ المتسببين بسقوط الموصل", ZAMILI_A, "الزاملي", "وأضاف", "i"),
    C("أجوبة رئيس إقليم كردستان ⋯ وضمنت في التقرير", ZAMILI_A, "الزاملي", "لافتا", "i"),
    # Judgement: «متوعدا بأن تقوم اللجنة … بمحاسبة …» is a threat/pledge, not a claim (like وعد، تعهد
    # بأن: fresh4, fresh5).
    C("التقرير المعد من قبل اللجنة ⋯ لما فيه من حقائق مهمة", ZAMILI_A, "", "وأكد", "i"),
    C("هناك اعترافات تثبت مسؤولية المالكي، بسقوط الموصل", SOURCES1_A, SOURCES1_A, "وعلمت", "i"),
    # Judgement: embedded reports go to the innermost speaker (Claim span boundaries, «Embedded
    # reports»): the sources report what Ghaidan told the committee.
    C(
        "تسلم أومر الانسحاب ⋯ هجمات داعش من المالكي",
        GHAIDAN_A,
        "قائد القوات البرية السابق الفريق علي غيدان",
        "أبلغ",
        "i",
    ),
    C("القوات العراقية كان بإمكانها ⋯ الأوامر العليا وعدم مناقشتها", GHAIDAN_A, "غيدان", "أكد", "i"),
    # Judgement: «نفى أن + a clause» is a claim (fresh6); the coordinated «وأكد» takes the same
    # subject (held-out decision).
    C("يكون هو من أعطى أوامر الانسحاب", GHAIDAN_A, "غيدان", "نفى", "i"),
    C("المالكي كان يتصل بالضباط ⋯ ويبلغهم بأوامر الانسحاب", GHAIDAN_A, "غيدان", "وأكد", "i"),
    C("وجود اعترافات أخرى ⋯ في قضية سقوط الموصل", SOURCES1_A, "المصادر", "وكشفت", "i"),
)

# --- 02 alyaum: Aden airport ---------------------------------------------------------------------
ADEN_A = "مصادر صحفية من عدن"
A(
    "2015-08-06-2625",
    C("مطار عدن الدولي أصبح جاهزاً ⋯ وعلى متنها 158 راكبا", ADEN_A, ADEN_A, "وقالت", "i"),
    C(
        "بدء تسيير رحلاتها ⋯ ومن الدولتين إلى مطار عدن",
        "الخطوط الجوية اليمنية",
        "الخطوط الجوية اليمنية",
        "وأعلنت",
        "i",
    ),
    # Judgement: the stray closing quote after «إليها» makes al-Saqqaf's content direct (fresh12,
    # fresh15). «كون الحوثيين أعلنوا الاستيلاء على …» is a report by others inside her content: its
    # own claim (أعلن + verbal noun), ending hers (fresh10, fresh12; the least certain call).
    C("الرحلات اليمنية توقفت إلى صنعاء بشكل مؤقت", "نادية السقاف", "نادية السقاف", "قالت", "d"),
    C("الاستيلاء على أي طائرة تهبط إليها", "الحوثيين", "الحوثيين", "أعلنوا", "i"),
    C("أول طائرة تتبع الصليب الأحمر وصلت إلى مطار عدن", ADEN_A, "المصادر", "قالت", "i"),
    C("قامت بنقل أسرى ⋯ لتبادل الأسرى بين الطرفين", ADEN_A, "المصادر", "مشيرة", "i"),
    C("وصول 400 نازح ⋯ إلى ميناء الزيت بالبريقة", ADEN_A, "المصادر ذاتها", "وأفادت", "i"),
)

# --- 03 aleqtisadiya: Marib resistance -----------------------------------------------------------
RESIST_A = "المقاومة الشعبية في اليمن"
A(
    "2015-07-22-240",
    C(
        "المقاومة المسنودة بقوات ⋯ كانت تحت سيطرة الميليشيات المتمردة",
        "مصادر من المقاومة",
        "مصادر من المقاومة",
        "وأفادت",
        "i",
    ),
    C("سبعة من مسلحي الميليشيات ⋯ في مواجهة بين الجانبين", "مصادر من المقاومة", "", "وأضافت", "i"),
    C("سقوط قتلى وجرحى ⋯ بمحافظة إب وسط البلاد", RESIST_A, RESIST_A, "أكدت", "i"),
    C("نفذت في الساعات الأولى ⋯ جنوب غربي اليمن", RESIST_A, "المقاومة", "وأفادت", "i"),
    C("مقاتليها استهدفوا دورية ⋯ بين عناصر الميليشيات", RESIST_A, "المقاومة", "وأوضحت", "i"),
)

# --- 04 aleqtisadiya: Al-Ahli season cards ------------------------------------------------------
BATARJI_A = "عبدالله بترجي"
A(
    "2015-08-06-569",
    # Judgement: content given right after the cue with no أن and no colon is direct (fresh9); a name
    # followed by its role with no comma gives the name only as the mention (fresh7, fresh24).
    C("أيام قليلة وسيبدأ بيع التذاكر الموسمية", BATARJI_A, BATARJI_A, "وأكد", "d"),
    # Judgement: «وقال، …» / «وأضاف، …»: the comma stands for a colon; verbatim words, direct.
    C("ما يتردد حول تحديد ⋯ في الساعات القليلة المقبلة", BATARJI_A, "", "وقال", "d"),
    C("نتابع أيضا نحن كفريق ⋯ في متناول يد الجميع", BATARJI_A, "", "وأضاف", "d"),
    C("لا توجد هناك أي نية في الفترة الحالية لتخفيض سعر الأطقم", BATARJI_A, BATARJI_A, "وبين", "d"),
    C("الأسعار حددت وفق تكلفتها على النادي", BATARJI_A, BATARJI_A, "مؤكدا", "i"),
    # Judgement: social media as an unnamed source (like «تقارير صحافية محلية»); the canonical name
    # drops the brackets, the mention keeps them (Speaker; fresh11).
    C(
        "أسعار بطاقة العضوية الموسمية ⋯ ١٠٠٠٠ ريال للمنصة الذهبية",
        "وسائل الاتصال الاجتماعي تويتر",
        "وسائل الاتصال الاجتماعي (تويتر)",
        "أشارت",
        "i",
    ),
)

# --- 05 aawsat: King Salman receives Carter -------------------------------------------------------
CARTER_A = "آشتون كارتر"
A(
    "2015-07-23-62",
    # Judgement: «ونقل كارتر … تحيات …» is not a claim (fresh18); «مؤكدا وزير الدفاع الأميركي حرص
    # واشنطن …» is a verbal-noun claim (أكد حرص الوزارة…) with its subject written after the participle.
    C(
        "حرص واشنطن على تعزيز السلام والاستقرار في المنطقة",
        CARTER_A,
        "وزير الدفاع الأميركي",
        "مؤكدا",
        "i",
    ),
    C("من المتوقع أن يزور الملك سلمان الولايات المتحدة في الخريف", CARTER_A, "كارتر", "وصرح", "i"),
    # Judgement: «وبحسب وكالة «رويترز»، كان كارتر قد قال …» goes to the innermost speaker (fresh6);
    # «يتطلع للقائه» is a planned meeting, a claim, not a wish (fresh14).
    C("الرئيس الأميركي بارك أوباما يتطلع ⋯ المقبل في الولايات المتحدة", CARTER_A, "كارتر", "قال", "i"),
    C("مباحثاته في جدة ركزت ⋯ وقوات العمليات الخاصة", CARTER_A, "الوزير الأميركي", "وأكد", "i"),
    # Judgement: «ونقلت وكالة «رويترز» قول وزير الدفاع …» goes to Carter (cue: the verbal noun قول); the
    # quoted phrase is his own words, so direct.
    C("«قدرة إيران على العدوان» تمثل هما مشتركا للحليفين", CARTER_A, "وزير الدفاع الأميركي", "قول", "d"),
    # Judgement: «وصنف كارتر X بأنهما …» is a claim (fresh6), spanned like «وصف … بأنه».
    C("تحديان مشتركان تواجههما السعودية والولايات المتحدة", CARTER_A, "كارتر", "وصنف", "i"),
    # Judgement: «وأشار أيضا للوضع في اليمن» is a topic; the quotation after «قائلا:» is the claim,
    # with the mention of the coordinated subject كارتر (held-out decision).
    C("النفوذ الإيراني على الحوثيين حقيقي", CARTER_A, "كارتر", "قائلا", "d"),
)

# --- 06 aawsat: Incirlik ----------------------------------------------------------------------------
BILGIC_A = "تانجو بيليتش"
OFFICIAL6_A = "مسؤول في مكتب رئيس الوزراء التركي"
A(
    "2015-07-31-333",
    C(
        "الاتفاق يختص فقط ⋯ للمقاتلين الأكراد في شمال سوريا",
        BILGIC_A,
        "المتحدث باسم الخارجية التركية تانجو بيليتش",
        "وقال",
        "d",
    ),
    C("يمكن لقوات التحالف الدولي ⋯ العسكرية في أي لحظة", BILGIC_A, "", "وأكد", "i"),
    C("الاتفاق مع الولايات المتحدة ⋯ أقر بخطوطه العريضة", OFFICIAL6_A, OFFICIAL6_A, "أوضح", "i"),
    # Judgement: «متحدثا عن «تفاصيل يتم البحث فيها …»» reports an event (details under discussion),
    # not a topic: a claim (fresh5, fresh21 «متحدثاً»), direct because wholly quoted.
    C("تفاصيل يتم البحث فيها ⋯ العودة للقيادة السياسية", OFFICIAL6_A, OFFICIAL6_A, "متحدثا", "d"),
    # Judgement: «وحسب بيان لرئاسة إقليم كردستان أكد المسؤول التركي أن …» goes to the innermost speaker,
    # the deputy minister named before (fresh6 «وبحسب رويترز قالت الوزارة»).
    C(
        "أهداف تركيا تتعلق بالقضاء ⋯ وبعيدا عن منطق السلاح",
        "فريدون سينيرلي",
        "المسؤول التركي",
        "أكد",
        "i",
    ),
    # Judgement: «أدانت … الغارات» is an evaluation; «ووصفتها بأنها «…»» is the quoted characterisation.
    C(
        "تصعيد خطير واعتداء على السيادة العراقية",
        "الحكومة العراقية",
        "الحكومة العراقية",
        "ووصفتها",
        "d",
    ),
    C("الحزب لم يبدأ حربه ⋯ نارا عظيمة ستنشب في تركيا", "دليل آمد", "دليل آمد", "قال", "d"),
)

# --- 07 okaz: Dammam passports -------------------------------------------------------------------
MATRUK_A = "سعيد متروك"
MATRUK_M_A = "المواطن سعيد متروك"
MANSOUR_A = "عبد الرحيم المنصور"
MANSOUR_M_A = "المواطن عبد الرحيم المنصور"
A(
    "2015-08-04-1188",
    C("عملية الدخول إلى موقع وزارة الداخلية ⋯ بشرط التسجيل في «ابشر»", MATRUK_A, MATRUK_M_A, "وأوضح", "i"),
    C("سجل الموعد في الأسبوع الماضي للحضور صباح أمس", MATRUK_A, MATRUK_M_A, "لافتاً", "i"),
    C("تواجد في الموقع في الساعة ⋯ والحصول على رقم وانتظر الإعلان", MATRUK_A, MATRUK_M_A, "مبيناً", "i"),
    # Judgement: «ألا» fuses the complementiser with the negation; the span starts at «ألا» so that
    # the negation is kept.
    C("ألا يستغرق علمية بقائه ⋯ دقيقة في الغالب", MATRUK_A, MATRUK_M_A, "متوقعاً", "i"),
    C("القلق الذي ينتاب الكثير ⋯ والتسجيل الكترونيا", MANSOUR_A, MANSOUR_M_A, "أوضح", "i"),
    C("المواطن بات باستطاعته ⋯ أو بواسطة الحضور شخصياً", MANSOUR_A, MANSOUR_M_A, "مشيراً", "i"),
    # Judgement: the purpose phrase «بهدف توفير الوقت …» is part of the citizen's description of the
    # service, attached to the content, so it stays (fresh18), unlike a trailing journalist's purpose
    # clause (fresh11).
    C("العملية أصبحت سهلة ⋯ لاستخراج وثيقة الجواز", MANSOUR_A, MANSOUR_M_A, "لافتاً", "i"),
)

# --- 08 alweeam: Papua attack --------------------------------------------------------------------
HAITI_A = "بدر الدين هايتي"
A(
    "2015-07-21-2050",
    C("قوات الجيش والشرطة تحمى ⋯ بابوا بأقصى شرق إندونيسيا", "مسؤول إندونيسي", "مسؤول إندونيسي", "أعلن", "i"),
    C(
        "المسلمين فروا إلى نقطة عسكرية ⋯ لأداء صلاة الفجر",
        "وزارة الشؤون الاجتماعية",
        "وزارة الشؤون الاجتماعية",
        "وقالت",
        "i",
    ),
    C(
        "كان من الضروري ⋯ كانوا مستمرين في الهجوم",
        HAITI_A,
        "رئيس الشرطة الوطنية الجنرال بدر الدين هايتي",
        "وقال",
        "d",
    ),
    # Judgement: «طكان» is a garbled opening quote fused to «كان»; the span starts at the whole token,
    # and the closing quote with no clean opening mark makes it direct (fresh12).
    C("طكان ينتهكون حرية الديانة التي يكفلها قانون البلاد", HAITI_A, "", "وأضاف", "d"),
    C("من واجب الشرطة حماية الدستور", HAITI_A, "", "وقال", "d"),
    C("لقد تم إطلاق النار ⋯ لحقوق الإنسان والدستور", HAITI_A, "", "مضيفا", "d"),
)

# --- 09 aljazirah: Renaissance Dam talks ------------------------------------------------------------
A(
    "2015-07-25-374",
    C("جهود وساطة مكثفة ⋯ بين الجانبين المصري والإثيوبي", "مصادر مطلعة", "مصادر مطلعة", "وكشفت", "i"),
    # Judgement: «لاحظوا أن» (noticed) is perception, not speech: no embedded claim of the ministers.
    C("وزراء المياه في الدول الثلاث ⋯ وإعلان البيان الختامي", "مصادر مطلعة", "مصادر مطلعة", "وقالت", "i"),
    C("هذه الجولة فتحت المجال ⋯ بعد التوافق بين الدول الثلاث", "مصادر مطلعة", "المصادر", "وأوضحت", "i"),
    # Judgement: «يُذكر أن» is impersonal; «طلبت أن»، «تمسكت إثيوبيا باقتراحها»، «ترفض … ويطالب» are
    # demands and stances with no content clause: no claims.
)

# --- 10 sabq: fasting fatwa ----------------------------------------------------------------------
FAWZAN_A = "صالح بن فوزان الفوزان"
FAWZAN_M_A = "عضو اللجنة الدائمة للإفتاء وعضو هيئة كبار العلماء الدكتور صالح بن فوزان الفوزان"
PROFS_A = "خالد بن عبدالله المصلح وعبدالعزيز بن فوزان الفوزان"
PROFS_M_A = (
    "أستاذ الفقه المشارك بجامعة القصيم الدكتور خالد بن عبدالله المصلح، "
    "وأستاذ الفقه المقارن بالمعهد العالي للقضاء الدكتور عبدالعزيز بن فوزان الفوزان"
)
A(
    "2015-07-27-1372",
    # Judgement: «أفتى … بعدم جواز …» (a ruling stated) is treated as a cue, like «وجد» of a court; the
    # proclitic ب is left out. «داعياً إلى …» is a directive.
    C("عدم جواز الجمع ⋯ الأيام البيض في نية واحدة", FAWZAN_A, FAWZAN_M_A, "أفتى", "i"),
    # Judgement: «أستاذان للفقه» takes the joint names given in the next paragraph (fresh3, fresh19).
    C("لا بأس من صيامها", PROFS_A, "أستاذان للفقه", "رأى", "i"),
    # Judgement: the question is not a claim; the answer after «بقوله:» is (cue: the one nearest the
    # content, as «قائلا» in fresh13); «وقال» has no subject, so no mention.
    C("لا، ما يجمع بينهم ⋯ ويصوم الأيام البيض على حدة", FAWZAN_A, "", "بقوله", "d"),
    # Judgement: «وأضاف "الفوزان": "يُرجى للإنسان أن يُحَصّل الأجور الثلاثة …"» is read literally as a
    # hope/recommendation, like «نأمل أن …» (fresh4, fresh11): not annotated (the least certain call).
    C("لا بأس بالجمع بين صيام الست من شوال والأيام البيض", PROFS_A, PROFS_M_A, "رأى", "i"),
    # Judgement: «؛ مستدلاً بقوله ﷺ: (…)» inside the quotation is the journalist's narration citing a
    # hadith; the claim ends before it and the hadith is not annotated (fresh4 verses, fresh22 hadith).
    C(
        "لا حرج أن يجمع أكثر من نية ⋯ وصيام الأيام الست من شوال",
        "خالد بن عبدالله المصلح",
        "المصلح",
        "قال",
        "d",
    ),
)


# --- annotator B ---------------------------------------------------------------------------------

# 01 alwatan — تركيا تواصل ضرب داعش.. وتبدأ حملة على الأكراد
PMO_B = "مكتب رئيس الحكومة التركية"
DAVUTOGLU_B = "أحمد داود أوغلو"
SOHR_B = "المرصد السوري لحقوق الإنسان"
A(
    "2015-07-26-913",
    C("بدء حملة تستهدف حزب العمال الكردستاني في شمال العراق", PMO_B, PMO_B, "أعلن", "i"),
    C("مدفعيات الدعم التابعة ⋯ لحزب العمال الكردستاني شمالي العراق", PMO_B, PMO_B, "لافتا", "i"),
    # Judgement: «ووفقا للبيان، فقد …» — the statement speaks for its author; the span starts after
    # «فقد» (fresh12 «وبحسب تقرير المستشفى … فقد»); the mention keeps the fused ل (fresh5).
    C("قامت مقاتلات تركية أيضا ⋯ على معسكرات الأكراد", PMO_B, "للبيان", "ووفقا", "i"),
    C(
        'العملية التي تشنها تركيا ⋯ "مادام هناك تهديد لتركيا"',
        DAVUTOGLU_B,
        "رئيس الوزراء التركي أحمد داود أوغلو",
        "وقال",
        "d",
    ),
    C("اعتقال 590 من عناصر الطرفين", DAVUTOGLU_B, "رئيس الوزراء التركي أحمد داود أوغلو", "مشيرا", "i"),
    C("أعطينا توجيهات لسلسلة ⋯ والبرية جارية حاليا", DAVUTOGLU_B, "أوغلو", "وأضاف", "d"),
    # Judgement: «وأكد أوغلو، على الرد بقوة على كل من يستهدف …» — a stated resolve of the speaker's own
    # government (like «أعلنت … عزمها على ملاحقة», fresh15; «مشددة على تأييدها», fresh8), not a directive
    # to others such as «شدد على ضرورة/تكثيف»: annotated, the verbal noun after على as content.
    C("الرد بقوة على كل من يستهدف أمن تركيا", DAVUTOGLU_B, "أوغلو", "وأكد", "i"),
    C("تركيا دولة تعتمد على الحقوق ⋯ أن يختبر صبرنا", DAVUTOGLU_B, "أوغلو", "مشيرا", "d"),
    C("إعلان تركيا السماح لمقاتلات ⋯ بعيدة عن هذه الاتفاقية", DAVUTOGLU_B, "رئيس الوزراء التركي", "قال", "i"),
    # Judgement: «"نقاطا لوجستية"» is a quoted military term, not a phrase of the speaker's: indirect
    # (fresh13 «quoted terms inside an indirect claim leave it indirect»).
    C("طائراتها المقاتلة شنت هجمات ⋯ ومباني تخزين", "تركيا", "تركيا", "أعلنت", "i"),
    # Judgement: «وقتل حزب العمال الكردستاني …، وقال إن …» — a finite cue coordinated with a named
    # subject takes it (held-out decision).
    C("الهجوم رد على التفجير الانتحاري", "حزب العمال الكردستاني", "حزب العمال الكردستاني", "وقال", "i"),
    C("عناصر من التنظيم فجروا ⋯ الجنوبي الشرقي من البلدة", SOHR_B, SOHR_B, "وقال", "i"),
    C(
        "الولايات المتحدة وحلفاءها شنوا تسع غارات على مواقع لتنظيم داعش في سورية",
        "قوة المهام المشتركة",
        "قوة المهام المشتركة",
        "أعلنت",
        "i",
    ),
    C("تمكن المقاتلون الأكراد ⋯ على المدينة الشهر الماضي", SOHR_B, SOHR_B, "بحسب ما ذكر", "i", after=True),
)

# 02 3alyoum — شركة وهمية تعلن وظائف للهكر الأخلاقي برواتب ضخمة
OSAIFER_B = "ياسر العصيفير"
A(
    "2015-07-26-18",
    # Judgement: «الدكتور ياسر العصيفير خبير أمن المعلومات» — a role after the name with no comma is
    # left out of the mention (fresh7, fresh24); the content is the verbal noun «قيام …».
    C("قيام بعض الشركة الوهمية ⋯ 40 ألف ريال شهريًا", OSAIFER_B, "الدكتور ياسر العصيفير", "أوضح", "i"),
    C("شركة وهمية هدفها جمع ⋯ باستخدام إيميل واسم وهمي", OSAIFER_B, "", "وقال", "i"),
    C("الموضوع أكبر من عملية احتيال ⋯ ومشاركتها مع جهات أخرى", OSAIFER_B, "", "وأضاف", "d"),
    C("المواقع الحكومية مجبورة ⋯ إلا للأهداف السابقة", OSAIFER_B, "", "وتابع", "d"),
    C("الضحية هو المستخدم المخدوع ⋯ فلن تحصله إطلاقًا", OSAIFER_B, "العصيفير", "ولفت", "i"),
    # «محذرًا من تداول إعلاناتها» (حذّر من + a noun) is no claim.
    # Judgement: «…، كما أكد أن …» in the same sentence takes the named subject «العصيفير» (held-out).
    C("تلك الشركات الوهمية لا تزال ⋯ لتضليل الرأي العام", OSAIFER_B, "العصيفير", "أكد", "i"),
    C("هذه العملية تسمى ⋯ نشاطاته على الإنترنت", "أحد المغردين", "أحد المغردين", "وقال", "d"),
)

# 03 sabq — كيري لقناة "العربية": تصريحات خامنئي الأخيرة مقلقة ومزعجة
KERRY_B = "جون كيري"
KHAMENEI_B = "علي خامنئي"
A(
    "2015-07-21-2968",
    # Judgement: Khamenei's report «التي أكد فيها أن X» is a subordinate part of Kerry's content: Kerry's
    # claim stops before it, X is Khamenei's claim, and Kerry's claim resumes after it (Claim span
    # boundaries, «Embedded reports»; fresh10 «الفلسطيني الذي ذكر سكان …»; fresh13 «ما يدعيه الحوثيون»).
    C("تصريحات المرشد الأعلى، آية الله علي خامنئي", KERRY_B, "جون كيري", "اعتبر", "i"),
    C("إيران ستبقى في حالة حرب مع أمريكا", KHAMENEI_B, "آية الله علي خامنئي", "أكد", "i"),
    C('"مقلقة للغاية ومزعجة"، وهذا ⋯ مع القادة الخليجيين', KERRY_B, "جون كيري", "اعتبر", "d"),
    C("سيلتقي نظراءه من دول ⋯ لضمان أمن دول الخليج", KERRY_B, "كيري", "أكد", "i"),
    C("التصدي لممارسات إيران ⋯ من فعل ذلك وهي دولة نووية", KERRY_B, "", "واعتبر", "i"),
    C("ما تملكه دول الخليج ⋯ بطريقة مؤثرة جدًا", KERRY_B, "كيري", "وشدد", "i"),
    # Judgement: the same report of Khamenei, repeated in the journalist's question, is annotated again.
    C("إيران ستبقى في حالة حرب مع أمريكا", KHAMENEI_B, "آية الله علي خامنئي", "أكد", "i"),
    C("لا أعرف كيف أقرأ ⋯ تختلف التصريحات العلنية عن الواقع", KERRY_B, "كيري", "أجاب", "d"),
    C('تصريحات خامنئي هذه "مقلقة للغاية ⋯ مخرِّبة في المنطقة"', KERRY_B, "كيري", "اعتبر", "d"),
    # The question «هل ستستخدم …؟» is no claim. Judgement: Rouhani's report inside Kerry's quotation is a
    # claim of its own (embedded reports) and ends Kerry's.
    C("لا أستطيع التحدث نيابة عن إيران ⋯ ولم نتطرق إلى القضايا الأخرى", KERRY_B, "كيري", "أجاب", "d"),
    C("مهتم بإقامة علاقات مختلفة مع دول المنطقة", "حسن روحاني", "الرئيس (الإيراني حسن) روحاني", "قال", "i"),
    # Judgement: the closing wish «لذا آمل أن نرى تغييرًا …» is left out (fresh13 «wishes after a claim
    # (ونأمل أن …) are left out»).
    C("أنا عملت بشكل مكثف ⋯ مع الملف السوري بطريقة فعالة", KERRY_B, "كيري", "وتابع", "d"),
    C("لا يرى دورًا لبشار الأسد في مستقبل سوريا", KERRY_B, "", "وشدد", "i"),
    C("لا أستطيع أن أرى كيف ⋯ بينما الأسد في السلطة", KERRY_B, "", "مضيفًا", "d"),
    C('الأسد بمثابة "المغناطيس الذي يجذب المقاتلين الأجانب"', KERRY_B, "", "واعتبر", "d"),
)

# 04 alweeam — محكمة مصرية تعاقب 300 إخواني بالسجن بين 3-10 سنوات
A(
    "2015-08-01-908",
    C(
        "دائرة الإرهاب في محكمة ⋯ جماعة الإخوان المسلمين المحظورة",
        "مصادر قضائية",
        "مصادر قضائية",
        "قالت",
        "i",
    ),
    # Judgement: the quoted charges are a charge, not the source's words: indirect; the closing mark and the
    # period inside it stay (partial quote at the end).
    C("النيابة العامة قدمتهم ⋯ منشآت عامة وخاصة.”", "مصدر", "مصدر", "وقال", "i"),
    C("عوقبوا في خمس قضايا ⋯ في منتصف 2013", "مصدر", "", "وأضاف", "i"),
    # Judgement: «أعلن الجيش عزل مرسي» — fresh9: «أعلن X + a decision noun («عزل مرسي») is a claim»; the
    # trailing «بعد احتجاجات …» is the journalist's circumstance and stays out.
    C("عزل مرسي", "الجيش", "الجيش", "وأعلن", "i"),
    C("31 من المحكوم عليهم ⋯ في القضايا الأربع الأخرى", "مصدر", "مصدر", "وقال", "i"),
    C("السجن المشدد يحرم ⋯ لحسن السير والسلوك خلال قضائها", "قانونيون", "قانونيون", "ويقول", "i"),
)

# 05 almadina — البنيان: «سابك» لن تدخل للتنقيب عن النفط الصخري
BUNYAN_B = "يوسف البنيان"
SABIC_B = "الشركة السعودية للصناعات الأساسية سابك"
A(
    "2015-07-27-511",
    C("لا يوجد توجه لدى سابك ⋯ كشركات منفصلة عن «سابك»", BUNYAN_B, "يوسف البنيان", "أكد", "i"),
    C("لا توجد موانع في هذا الخصوص ⋯ عن طرح شركاتها الأخرى", BUNYAN_B, "يوسف البنيان", "مبينًا", "i"),
    C("الشركة تتعامل مع العديد ⋯ وجود في السوق الإيرانية", BUNYAN_B, "البنيان", "وأضاف", "i"),
    # Judgement: «وقال السوق الإيرانية … من قِبلنا» — first person with no complementiser: direct; the
    # coordinated «وقال» takes the named subject «البنيان» of its sentence (held-out).
    C("السوق الإيرانية لا تحتاج ⋯ فرصة تتناسب مع سابك", BUNYAN_B, "البنيان", "وقال", "d"),
    C("«سابك» لن تدخل في عملية ⋯ في هذا الجانب بعد اكتشافه", BUNYAN_B, "", "وأوضح", "i"),
    # Judgement: «منوهًا … بأن» with a content clause is a cue (نوه is listed); «مراعية التقلبات …» is part
    # of the content (the company's conduct), not a new cue.
    C("الشركة حرصت على البحث ⋯ خلال الفترة الماضية", BUNYAN_B, "", "منوهًا", "i"),
    # «ونفى البنيان، بيع «سابك» …» (نفى + a verbal noun) is no claim (fresh3, fresh22).
    # Judgement: «معرِّجًا على أنه …» ("touching on") with a content clause is treated as a participle cue.
    C("لا حاجة لإعادة النظر في إستراتيجية سابك 2025", BUNYAN_B, "البنيان", "معرِّجًا", "i"),
    C("أثناء إعداد الإستراتيجية ⋯ ولا حاجة لإعادة النظر فيها", BUNYAN_B, "البنيان", "وقال", "d"),
    C(
        "توزيع أرباح نقدية ⋯ من القيمة الأسمية للسهم 25%",
        SABIC_B,
        "الشركة السعودية للصناعات الأساسية «سابك»",
        "وأعلنت",
        "i",
    ),
    C("أحقية الأرباح لمساهمي الشركة ⋯ يوم الخميس الماضي", SABIC_B, "الشركة", "وأشارت", "i"),
    # Judgement: «وأرجعت الشركة تراجع الأرباح إلى …» is a claim like «أرجع سبب X إلى Y» (fresh2), from the
    # object on.
    C("تراجع الأرباح إلى انخفاض ⋯ لتراجع أسعار النفط", SABIC_B, "الشركة", "وأرجعت", "i"),
    C("سبب الارتفاع (الانخفاض) ⋯ متوسط أسعار بيع المنتجات", SABIC_B, "الشركة", "وبررت", "i"),
    C("هناك انخفاض في تكلفة المبيعات", SABIC_B, "الشركة", "وقالت", "d"),
)

# 06 alriyadh — 8500 رجل إطفاء يواجهون الحرائق التي اجتاحت كاليفورنيا
CALFIRE_B = "جهاز مكافحة الحرائق في كاليفورنيا"
A(
    "2015-08-03-629",
    # «أنه منذ "…"» — the fused pronoun goes with أن; the quote covers only part of the content.
    C('منذ "مساء الخميس ضربت ⋯ من الحرائق الصغيرة"', CALFIRE_B, CALFIRE_B, "وأعلن", "d"),
    # Judgement: «بحسب ما قال متحدث …» at the end of the sentence takes the whole sentence (fresh14).
    C(
        "صباح الأحد شارك نحو 8500 إطفائي ⋯ على إخلاء منازلهم",
        "متحدث باسم جهاز مكافحة الحرائق",
        "متحدث باسم جهاز مكافحة الحرائق",
        "بحسب ما قال",
        "i",
        after=True,
    ),
    C("الحريق الأكثر خطورة العام الحالي ⋯ حوالي 125 كيلومترا مربعا", CALFIRE_B, CALFIRE_B, "وبحسب", "i"),
    # Judgement: «وبحسب وكالة فرانس برس، فان الحرائق الـ21 …» is not annotated: AFP is the wire agency of
    # the whole story (the officials speak «لوكالة فرانس برس»), like «وفقا للفرنسية» (held-out) and
    # «وبحسب "رويترز"» (fresh11).
    C(
        "حوالي 9600 شخص يحاولون إخماد الحرائق",
        "مكتب حاكم كاليفورنيا جيري براون",
        "مكتب حاكم كاليفورنيا جيري براون",
        "وأبلغ",
        "i",
    ),
    # Judgement: «ووصف شهود عيان المشاهد المرعبة وسحب الدخان … والتي حولت النهار إلى ليل …» — a description
    # that reports events (like «تحدث X عن + an event», fresh5), not a bare topic: annotated.
    C("المشاهد المرعبة وسحب الدخان ⋯ من الغابات والأدغال", "شهود عيان", "شهود عيان", "ووصف", "i"),
    C("نحو ستة آلاف مبنى تواجه خطر وصول النيران إليها", "مسؤولو الإطفاء", "مسؤولو الإطفاء", "وقال", "i"),
    # «أعلن حاكم كاليفورينا حالة الطوارئ» is a performative (fresh19, fresh20), no claim.
    C('الجفاف الحاد والأحوال الجوية "حولا ⋯ إلى برميل بارود"', "جيري براون", "براون", "وقال", "d"),
    C("إطفائيينا الشجعان في الصف الأول ⋯ بوسعنا لمساعدتهم", "جيري براون", "", "وأضاف", "d"),
)

# 07 alriyadh — ارتفاع قتلى غرق مركب في النيل إلى 21 على الأقل
SOURCES07_B = "مصادر أمنية وطبية"
A(
    "2015-07-23-681",
    # «…، في حصيلة جديدة أعلنتها مصادر أمنية وطبية» is a source after the content (fresh12).
    C("لقى 21 شخصاً على الأقل ⋯ في النيل بشمال القاهرة", SOURCES07_B, SOURCES07_B, "أعلنتها", "i", after=True),
    C(
        '15 شخصا قتلوا في الحادث ⋯ بمجرى نهر النيل بمنطقة الوراق"',
        "وزارة الداخلية",
        "وزارة الداخلية",
        "أعلنت",
        "d",
    ),
    C("جرى انتشال جثث 21 شخصا بينهم نساء وأطفال", SOURCES07_B, SOURCES07_B, "وأفادت", "i"),
    C("تم إنقاذ خمسة أشخاص ⋯ واستقر في قاع النيل", SOURCES07_B, "المصادر", "وأوضحت", "i"),
    C('ضبطت "قائد الصندل المتسبب في الحادث ومساعده"', "الشرطة", "الشرطة", "وأوضحت", "d"),
    C("استمرار جهود البحث والإنقاذ", "الشرطة", "الشرطة", "مشيرة", "i"),
    C(
        "الضحايا كانوا يحتفلون ⋯ في أوساط الأحياء الشعبية",
        "مصادر أمنية وشهود عيان",
        "مصادر أمنية وشهود عيان",
        "بحسب",
        "i",
        after=True,
    ),
)

# 08 alyaum — سوء الأجواء يحول 5 رحلات جوية من الرياض إلى الدمام
ABBASI_B = "أحمد بن عبدالكريم العباسي"
PME_B = "الرئاسة العامة للأرصاد وحماية البيئة"
A(
    "2015-08-02-950",
    C(
        "المطار استقبل 5 رحلات ⋯ لسوء الأحوال الجوية",
        ABBASI_B,
        "مدير العلاقات العامة والإعلام بمطار الملك فهد الدولي بالدمام أحمد بن عبدالكريم العباسي",
        "أكد",
        "i",
    ),
    C("الطائرات الخمس ثلاث منها لرحلات دولية ورحلتان محلية", ABBASI_B, "العباسي", "وأضاف", "i"),
    C("الرحلات الدولية كانت قادمة ⋯ الى الرياض قرابة الساعة", ABBASI_B, "العباسي", "مبينا", "i"),
    C("إدارة المطار ستوفر ⋯ ووقود للطائرات", ABBASI_B, "مدير العلاقات العامة", "وأبان", "i"),
    C(
        "تأجيل وتحويل بعض الرحلات ⋯ بسبب سوء الأحوال الجوية",
        "هيئة الطيران المدني",
        "هيئة الطيران المدني",
        "أعلنت",
        "i",
    ),
    C("تأثر الرؤية الأفقية ⋯ جنوب غرب وغرب المملكة", PME_B, PME_B, "توقعت", "i"),
    C("الفرصة مهيأة لهطول أمطار رعدية على منطقة الرياض", PME_B, "الأرصاد", "وأوضحت", "i"),
)

# 09 okaz — توجه للتوسع في أعداد المقبولين بكليات التميز
TVTC_B = "المؤسسة العامة للتدريب التقني والمهني"
OTAIBI_B = "فهد العتيبي"
A(
    "2015-08-02-1148",
    # Judgement: «، بهدف رفد سوق العمل …» is the stated aim of the plan disclosed, attached to the content,
    # and stays in it (fresh18 «a purpose phrase attached to the content stays in it»).
    C("توجهها نحو التوسع ⋯ وفق برامج تدريبية عالية المستوى", TVTC_B, TVTC_B, "كشفت", "i"),
    C(
        "عدد المتقدمين إلكترونيا ⋯ وتم قبول نحو 15 ألفا منهم",
        OTAIBI_B,
        "المتحدث الرسمي للمؤسسة فهد العتيبي",
        "أوضح",
        "i",
    ),
    C(
        "مضاعفة أعداد المقبولين ⋯ من عام إلى آخر",
        OTAIBI_B,
        "المتحدث الرسمي للمؤسسة فهد العتيبي",
        "لافتا",
        "i",
    ),
    C("البوابة الإلكترونية للقبول ⋯ للعام الدراسي المقبل", OTAIBI_B, "", "وبين", "i"),
    C("وجود خطط للتوسع ⋯ يعنى بالتدريب التطبيقي", OTAIBI_B, "", "مشيرا", "i"),
    # Judgement: reports issued by the institution speak for it, the report as the mention (fresh19);
    # the trailing «، وذلك بسبب …» is left out like «وذلك لـ…»/«وذلك بهدف …» (fresh13, fresh18).
    C(
        "عدد المقبولين في برامج ⋯ من إجمالي خريجي الثانوية العامة",
        TVTC_B,
        "تقارير صادرة عن المؤسسة العامة للتدريب التقني والمهني",
        "وأوضحت",
        "i",
    ),
    # Feminine «وأفادت» carries on the reports (no mention).
    C("الكليات تقدم العديد من التخصصات ⋯ كاللغة الإنجليزية ومهارات الاتصال", TVTC_B, "", "وأفادت", "i"),
    C("تم في عام 2013 م تشغيل ⋯ في مختلف مناطق المملكة", OTAIBI_B, "العتيبي", "وأوضح", "i"),
    C("هناك إقبالا كبير ⋯ التي تقدمها تلك الكليات", OTAIBI_B, "العتيبي", "لافتا", "i"),
)

# 10 3alyoum — الصين تقيد صادرات الطائرات بدون طيار وأجهزة الكمبيوتر المتطورة
XINHUA_B = "وكالة أنباء الصين الجديدة شينخوا"
A(
    "2015-08-04-73",
    C(
        "بكين ستفرض قيودا ⋯ في أيدي مجموعات متشددة",
        XINHUA_B,
        "وكالة أنباء الصين الجديدة (شينخوا)",
        "قالت",
        "i",
    ),
    C("التركيز الأساسي للقيود الجديدة ⋯ على ارتفاعات كبيرة", XINHUA_B, "وكالة شينخوا", "وقالت", "i"),
    # The report is Xinhua's (its author); the whole quotation, the final «.”» out.
    C("الهدف الرئيسي لفرض القيود ⋯ في أيدي عناصر غير قانونية", XINHUA_B, "التقرير", "وقال", "d"),
    C("بحاجة لحماية حقوق الملكية ⋯ في مجال الطائرات بدون طيار", XINHUA_B, "شينخوا", "وتقول", "i"),
    C("تواجه تهديدا من متشددين ⋯ في إقليم شينجيانغ الغربي", "الصين", "الصين", "وتقول", "i"),
    # Judgement: «الخبراء الأجانب لا يعتقدون أن …» is a negated report (What is a claim: not annotated);
    # the relative «التي تقول الصين إنها تعمل هناك» inside it is China's own claim (fresh10 «مداهمات قالت
    # إنها …»; embedded reports), without the journalist's gloss «– وهي الحركة … –».
    C("تعمل هناك", "الصين", "الصين", "تقول", "i"),
    C("القوات الجوية أرسلت طائرة ⋯ للمساعدة في مراقبة العمل", "وزارة الدفاع", "وزارة الدفاع", "قالت", "i"),
    # «تكهنات بأن …» has no identifiable source.
    C("المتشددين وراءها", "بكين", "بكين", "تقول", "i"),
)
