"""Hand annotations for the twenty-sixth attribution fresh check set (CONVENTIONS.md, section «Fresh set 26»).

Same format and options as ``annotations_fresh5.py``. Twenty SaudiNewsNet articles drawn blind by
``draw_fresh.py --set fresh26`` (not in any other gold set by id or text hash, 800–2,400 characters, at
least six speech-cue words, shuffled with seed 20261224, at most two per outlet and two per day),
split in two halves of ten, each annotated by one annotator (A: the first ten drawn, B: the last ten)
from the article texts and these conventions only, before any extractor was run on them, without
reading the extractor's source or the other annotator's file. Build:
``.venv/bin/python eval/attribution/build_gold.py --set fresh26``.
"""

from __future__ import annotations

from annotations import C

ARTICLES: list[dict] = []


def A(article_id: str, *claims: dict) -> None:
    ARTICLES.append({"id": article_id, "claims": list(claims)})


# --- annotator A ---------------------------------------------------------------------------------

COSTA_A = "دييجو كوستا"
JAHNI_A = "محمد الجهني"
ZAHRANI_A = "خميس الزهراني"
MAMISH_A = "مهاب مميش"
NAV_SOURCES_A = "مصادر ملاحية"
BAKRI_A = "نايف البكري"
AHMADI_A = "علي الأحمدي"
SULI_A = "عبدالعزيز بن عثمان الصولي"
SULI_MENTION_A = "اللواء عبدالعزيز بن عثمان الصولي"
JEDDAH_SOURCES_A = "مصادرها"
NEPAL_POLICE_A = "الشرطة في نيبال"
COORD_A = "المنسقية العامة لرئاسة الوزراء التركية"
QATTAN_A = "أحمد قطان"


# 01 okaz — Costa on Falcao
A(
    "2015-07-26-1349",
    C(
        "الكولومبي رادامل فالكاو ⋯ البرتغالي المخضرم جوزيه مورينيو",
        COSTA_A,
        "المهاجم الاسباني الدولي دييجو كوستا",
        "قال",
        "i",
    ),
    # Judgement: «واشتهر فالكاو … بأنه واحد من اخطر المهاجمين» has no speaker (impersonal, no claim).
    # Judgement: unquoted first-person speech after a colon runs over its two sentences (one claim, direct).
    C(
        "فالكاو يعرف أي نوع من المدربين ⋯ لأنه يثق في لاعبيه ويدعمهم",
        COSTA_A,
        "كوستا",
        "وقال",
        "d",
    ),
    C("هو لا يتعاقد مع أي لاعب ⋯ من جهودهم بصورة مستمرة", COSTA_A, "كوستا", "أضاف", "d"),
    C("أمضيت موسمين مع فالكاو ⋯ وهو مهاجم كبير", COSTA_A, "كوستا", "وقال", "d"),
    C("المدرب هو صاحب قرار إشراكنا ⋯ صاحب موهبة كبيرة", COSTA_A, "كوستا", "قال", "d"),
    C("الهدف هو الفوز بدوري أبطال أوروبا ⋯ فريقا يمكنه تحقيق الفوز", COSTA_A, "كوستا", "قال", "d"),
)

# 02 sabq — Ittihad / sports development company agreement
A(
    "2015-08-02-1276",
    # Judgement: «ورأى في المشروع … بأنه …» inside al-Jahni's quotation is a report of Khamis al-Zahrani
    # (the name just before it); as in fresh25 («كون الحوثيين أعلنوا …») the embedded report is the
    # reported party's own claim and ends the quotation's claim. The name in the same sentence is taken
    # as the mention (heldout: a finite cue coordinated with a named subject). Least certain call.
    C(
        "يسعدنا التعاون بين شركة التطوير الرياضي ⋯ أحد أبناء نادي الاتحاد",
        JAHNI_A,
        "المشرف العام على القطاعات السنية في نادي الاتحاد محمد الجهني",
        "وقال",
        "d",
    ),
    C("سوف يخدم فئة الشباب ⋯ هو العقد وحجم المبلغ", ZAHRANI_A, "خميس الزهراني", "ورأى", "i"),
    # Judgement: the trailing wish «ونتمنى أن تكون فاتحة خير …» is left out (fresh13: wishes after a claim).
    C("لديهم رؤية بأداء الواجب ⋯ وأنا واثق بأن النتائج ستكون ممتازة", JAHNI_A, "", "وأضاف", "d"),
    C(
        "نفخر بالتعاون مع التطوير الرياضي ⋯ ونسعى للوصول إلى اللاعب المتكامل",
        "عبدالله بن عفيف",
        "الدكتور عبدالله بن عفيف",
        "قال",
        "d",
    ),
    C(
        "لدي ثلاثة رسائل سأدلي بها ⋯ اشتغلنا على جهود فردية",
        ZAHRANI_A,
        "مدير شركة التطوير الرياضي الكابتن خميس الزهراني",
        "قائلاً",
        "d",
    ),
    # Judgement: first person after «وأضاف» with no colon or quote marks is verbatim (direct).
    C("سعادتي أيضاً أن أتواجد ⋯ أن ننفذ البرنامج في الاتحاد", ZAHRANI_A, "", "وأضاف", "d"),
    C("الرسالة الثالثة أن يتواجد بجانبي ⋯ لديها رعاية كاملة للمشروع", ZAHRANI_A, "", "قائلاً", "d"),
    # Judgement: a closing quote with no opening mark wraps the whole content (fresh12); «كما أنوه على
    # أن …» is the same speaker's report inside his own content and stays in it.
    C("بدأنا مع منتخب الشباب ⋯ ما بين 3 إلى 5 سنوات", ZAHRANI_A, "", "قائلاً", "d"),
    # Judgement: «قائلاً:" إن …"» starts after إن (fresh12: «قال «إنها …»»).
    C(
        "برنامج كفاءة اللاعب المحترف ⋯ يرتقي لأعلى المستويات",
        "أحمد الحسامي",
        "أحمد الحسامي",
        "قائلاً",
        "d",
    ),
)

# 03 almadina — first trial run of the new Suez Canal
A(
    "2015-07-26-620",
    C("قافلة تضم 3 سفن حاويات ⋯ يوم السادس من أغسطس", MAMISH_A, "الفريق مهاب مميش", "قال", "i"),
    C("التجربة (شملت) قافلة ⋯ كي نحقق الازدواجية", MAMISH_A, "مميش", "وقال", "d"),
    C("هذا التشغيل التجريبي ⋯ تشغيلات ثانية إن شاء الله", MAMISH_A, "", "وأضاف", "d"),
    # Judgement: the uncued next sentence «وتدعى السفينة الثالثة …» is left out (the claim ends at the
    # sentence-final period; it may be the journalist's own information).
    C("السفينة الثانية تدعى ⋯ حمولتها نحو 95 ألف طن", NAV_SOURCES_A, "مصادر ملاحية", "وقالت", "i"),
    C("ثلاث سفن أخرى قادمة ⋯ في نفس الوقت", NAV_SOURCES_A, "المصادر", "وأضافت", "i"),
    C(
        "التشغيل التجريبي للقناة أجرى ⋯ اللنشات البحرية التابعة للجيش",
        "التلفزيون المصري",
        "التلفزيون المصري",
        "وذكر",
        "i",
    ),
)

# 04 aawsat — Seattle residents sue over garbage inspections
A(
    "2015-07-22-104",
    C(
        "المدينة تنتهك ضمانات الخصوصية ⋯ في صندوقها المخصص لها",
        "أهالي سياتل",
        "أهالي سياتل",
        "قال",
        "i",
    ),
    # Judgement: «، حسب «رويترز»» names the wire agency of the whole story, not a speaker (fresh11,
    # fresh14, fresh25); not annotated.
    C("استغل جامعو القمامة ⋯ بتفتيش القمامة", "إيثان بلفنز", "إيثان بلفنز", "وقال", "d"),
    C(
        "جامعي القمامة مسؤولون ⋯ للتأكد من الالتزام باللوائح",
        "مصلحة المرافق العامة في سياتل",
        "مصلحة المرافق العامة في سياتل",
        "وقالت",
        "i",
    ),
    # Judgement: a cue in a relative clause («اللوائح التي قال مسؤولو المدينة إنها …») is a claim of its
    # own (fresh10 «مداهمات قالت إنها …»); «لكن ثمة افتقارا …» is coordinated content under the same cue.
    C("حققت نجاحا في بدايتها ⋯ للوعي بهذه اللوائح", "مسؤولو المدينة", "مسؤولو المدينة", "قال", "i"),
    C(
        "ما يصل إلى 40 في المائة ⋯ في صناديق القمامة",
        "مجلس الدفاع عن الموارد القومية",
        "مجلس الدفاع عن الموارد القومية في الولايات المتحدة",
        "وقال",
        "i",
    ),
    C(
        "الأغذية الموجودة في صناديق القمامة ⋯ مخصبات مغذية للتربة الزراعية",
        "مجلس الدفاع عن الموارد القومية",
        "المجلس",
        "وقال",
        "i",
    ),
)

# 05 aawsat — Aden governor on Iranian prisoners
A(
    "2015-07-31-332",
    # Judgement: «حسم نايف البكري … الجدل بشأن المعلومات المتداولة …» has no content clause (no claim).
    C("لدى المقاومة عددًا من الأسرى ⋯ وجنسيات البعض الآخر", BAKRI_A, "البكري", "وقال", "d"),
    C("هناك بين الأسرى والقتلى، خبراء وعسكريين ومقاتلين", BAKRI_A, "البكري", "وأكد", "d"),
    C("عناصر المقاومة احتجزوا ⋯ والجنسيات والانتماءات", BAKRI_A, "", "وقال", "d"),
    C(
        "تمتنع عن اقتحام القاعدة ⋯ مئات المعتقلين بداخلها",
        "القوات الموالية للرئيس الشرعي عبد ربه منصور هادي",
        "القوات الموالية للرئيس الشرعي عبد ربه منصور هادي",
        "مشيرة",
        "i",
    ),
    C(
        "الحوثيين يحتجزون ⋯ ولحج وأبين والضالع",
        "مصادر حقوقية في عدن",
        "مصادر حقوقية في عدن",
        "وأكدت",
        "i",
    ),
    # Judgement: «ونقلت وكالات الأنباء عن «مسؤول» … تبنيه للاعتداء» goes to the innermost source
    # (fresh3: «نقلا عن X»); «تبنيه» is a verbal-noun content (fresh16 «تبنى فيه مقتل …»).
    C("تبنيه للاعتداء", "مسؤول في تنظيم داعش", "«مسؤول» في تنظيم داعش", "ونقلت", "i"),
    C("مدة تدريب مقاتلي ⋯ كحد أدنى", AHMADI_A, "اللواء علي الأحمدي", "أفاد", "d"),
    # Judgement: partly quoted content keeps its internal (mismatched «{ … »») quote marks.
    C(
        "قرار الرئيس هادي بضم المقاومين ⋯ وتوحيد الصف العسكري»",
        AHMADI_A,
        "اللواء علي الأحمدي",
        "مشيرًا",
        "d",
    ),
)

# 06 almadina — Jeddah corniche harassment case
A(
    "2015-07-23-469",
    C(
        "تمكّنت شرطة جدة من ضبط 4 أشخاص ⋯ في ثاني أيام العيد",
        SULI_A,
        SULI_MENTION_A,
        "وفقًا",
        "i",
        after=True,
    ),
    # Judgement: «وقال:» in the same sentence as «وفقًا لـ… الصولي» takes that name as its mention
    # (heldout: a finite cue coordinated with a named subject); «قال: إن …» in the third person is
    # indirect (fresh4).
    C("شرطة جدة نجحت في تحديد ⋯ الدخيلة على المجتمع", SULI_A, SULI_MENTION_A, "وقال", "i"),
    C("العمل جارٍ لضبط أشخاص آخرين ⋯ بعملية التحرش", SULI_A, SULI_MENTION_A, "مؤكدًا", "i"),
    C("التقنية الحديثة ⋯ كشف هويات الأشخاص وتحديدها", SULI_A, SULI_MENTION_A, "لافتا", "i"),
    # Judgement: «مقطع جديد يوضح قيام الفتاتين …» is a video showing something (like أظهر), no claim.
    # A third-person statement after «قال» with no أن and no colon is direct (fresh9).
    C("هما تعتبران مدانتين ⋯ في مثل هذه التصرفات", SULI_A, "الصولي", "قال", "d"),
    C("المقطع الآخر، الذي تم تداوله ⋯ هويات أشخاص جدد من خلاله", SULI_A, "الصولي", "مشيرًا", "i"),
    C("تم إحالة كامل ملف القضية ⋯ جاريًا على ضبط آخرين", SULI_A, "الصولي", "وقال", "i"),
    # Judgement: «وعلمت «المدينة» من مصادرها أن …» gives the content to the sources (fresh24); the
    # unnamed source is named by its phrase as first written («مصادرها»).
    C("شرطة جدة لم تلقِ القبض على أي من الفتاتين", JEDDAH_SOURCES_A, "مصادرها", "وعلمت", "i"),
    C("في حال طلب المحقق ⋯ من اختصاص هيئة التحقيق", JEDDAH_SOURCES_A, "المصادر", "وأكدت", "i"),
    C(
        "إلحاقًا للبيان الذي صدر ⋯ وتمت إحالتهم لجهة الاختصاص",
        "عاطي عطية القرشي",
        "المتحدث الإعلامي بشرطة منطقة مكة المكرمة العقيد الدكتور عاطي عطية القرشي",
        "أوضح",
        "d",
    ),
    # Judgement: «موجهين الاتّهامات … على اعتبار أنهما بادرتا …» — اتهم is no cue (fresh7), but «على
    # اعتبار أن» is a verbal noun of اعتبر with a content clause (fresh5: a verbal noun of a cue opens a
    # claim); annotated as the youths' claim. Least certain call.
    C("بادرتا بمشاغلة الشباب", "عدد من الشباب", "عدد من الشباب", "اعتبار", "i"),
)

# 07 alriyadh — Nepal landslides
A(
    "2015-07-31-996",
    C("28 شخصا على الأقل ⋯ في وسط البلاد", NEPAL_POLICE_A, "الشرطة في نيبال", "ذكرت", "i"),
    C("29 شخصا آخرين يخشى فقدانهم في المنطقة", NEPAL_POLICE_A, "الشرطة", "وقالت", "i"),
    C("لقد توفيت ابنتي وحفيدتي ⋯ وفقدت منزلي أيضا", "أحد المتضررين", "أحد المتضررين", "وقال", "d"),
)

# 08 sabq — Turkish strikes on ISIS and PKK
A(
    "2015-07-25-1536",
    C("القوات المسلحة ضربت ⋯ بشكل فاعل", COORD_A, COORD_A, "أعلنت", "i"),
    C('الطائرات المشاركة ⋯ تابعة لمنظمة "بي كا كا"', COORD_A, "المنسقية", "وأفادت", "i"),
    C(
        'بالتزامن مع الضربة الجوية ⋯ الإرهابية شمالي العراق"',
        COORD_A,
        "المنسقية",
        "وأشارت",
        "d",
    ),
    # Judgement: «، فيما أكدت "…"، بحسب البيان» is a new finite cue in the same sentence; it takes the
    # named subject of that sentence (heldout rule) and ends before the trailing «بحسب البيان».
    C("مواصلة العمليات الموجهة ⋯ وأمن المواطنين المدنيين", COORD_A, "المنسقية", "أكدت", "d"),
    # Judgement: «أكدت تصميم الدولة …» is a stance/resolve noun (fresh8, fresh25: a claim); «وذلك
    # باستخدام …» is part of the stated resolve (not a journalist's purpose clause) and stays.
    C("تصميم الدولة التركية ⋯ كل الإمكانات المتاحة", COORD_A, "", "أكدت", "i"),
    # Judgement: «مشددة على استمرار العمليات …» states a position (fresh8 «مشددة على تأييدها …»), not a
    # directive like «شدد على ضرورة/أهمية»; the parenthesised gloss does not make it direct.
    C("استمرار العمليات دون تمييز ⋯ من داخل البلاد أو خارجها", COORD_A, "", "مشددة", "i"),
    # Judgement: «تركيا أبلغت … بشأن العملية» reports the informing with no content clause, so it
    # stays inside the coordination's claim (no embedded claim).
    C("تركيا أبلغت، عبر وزارة خارجيتها ⋯ السيادة الوطنية للبلاد", COORD_A, "المنسقية", "ولفتت", "i"),
    C("قوات الأمن أوقفت ⋯ متزامنة في 22 ولاية", COORD_A, "المنسقية", "وقالت", "i"),
)

# 09 okaz — opinion column «التدريج»
A(
    "2015-08-03-1202",
    # Judgement: «وقال في مقدمة هذا الكتاب … كلاما عجيبا حول …» is a noun phrase (no content); the
    # quotation after «قال :» never closes and runs to the end of its paragraph, keeping the inner
    # «…» marks; no explicit subject, so no mention.
    C("هناك اعتبارات متعددة ⋯ تحت عنوان «موسيقى الجيش»", "حمزة بوقري", "", "قال", "d"),
    # Judgement: «ما ذكره … خزندار … عن السيد أحمد العربي فقد روى أنه قال : إن X» — X goes to the
    # innermost speaker (embedded reports); «روى أنه قال» carries no content of its own (fresh15).
    # Colon + إن in the third person is indirect (fresh4); «مجتمعنا» is an incidental first person (fresh12).
    C(
        "مدرسة تحضير البعثات بمكة المكرمة ⋯ الانجليزية والكيمياء والفيزياء",
        "أحمد العربي",
        "السيد أحمد العربي",
        "قال",
        "i",
    ),
    # Judgement: third-person content after «قال» with no أن and no colon is direct (fresh9).
    C("ومضت الأيام واستطاع ⋯ إلى أن أصبحت شيئا مألوفا", "عابد خزندار", "الأستاذ عابد", "قال", "d"),
    C(
        "الإنسان لم يخترع الدراجة ⋯ إلى القطار، إلى الطائرة",
        "أحد الكتاب الهنود",
        "أحد الكتاب الهنود",
        "قال",
        "i",
    ),
    # Judgement: «وكما يقـال في المثل» is impersonal (no speaker); the closing verse of حمزة شحاتة is
    # poetry quoted in a column (fresh4): neither is annotated.
)

# 10 alwatan — Saudi delegation at the Suez Canal opening
A(
    "2015-08-06-2181",
    # Judgement: «إن: …» then verbatim content in the ambassador's own voice («يجب علينا جميعاً أن
    # نساندها») is direct (colon, first person); the later «وأوضح أن: …» with third-person content only
    # is indirect (fresh4/fresh10: colon + complementiser, third person).
    C(
        "الأمير محمد بن سلمان سيترأس ⋯ مكانتها الطبيعية التي كانت عليها",
        QATTAN_A,
        "أحمد قطان",
        "وقال",
        "d",
    ),
    C("ولا شك أنه منذ أن تولى ⋯ في مصر وقيادتها وحكومتها", QATTAN_A, "", "وأضاف", "d"),
    C("هذا الصرح العالمي ⋯ الوطن العربي والعالم بأسره", QATTAN_A, "", "وأوضح", "i"),
    # Judgement: «بالتأكيد على ما قاله خادم الحرمين … إن X» — X is annotated once, for the innermost
    # speaker (embedded reports).
    C(
        "المملكة العربية السعودية تقف إلى جانب ⋯ الاستراتيجية والمصير المشترك",
        "سلمان بن عبدالعزيز",
        "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز",
        "قاله",
        "i",
    ),
    # Judgement: «وثيقة "إعلان القاهرة" التي تضمنت عزم البلدين …» — تضمن is like «ينص على» (fresh7), no cue.
    C(
        "مشاركة أكثر من 100 دولة ⋯ المنشودة لكل المصريين",
        "إبراهيم محلب",
        "رئيس مجلس الوزراء المهندس إبراهيم محلب",
        "وقال",
        "i",
    ),
)


# --- annotator B ---------------------------------------------------------------------------------

REPORT_B = "تقرير حديث"
ABBAS_B = "محمود عباس"
NETANYAHU_B = "بنيامين نتنياهو"
TSK_B = "هيئة اركان الجيش التركي"
HPG_B = "قوات الدفاع الشعبي"
PKK_B = "حزب العمال الكردستاني"
MIRREN_B = "هيلين ميرين"
MAMISH_B = "مهاب مميش"
TURKI_B = "منصور التركي"
CHUNG_B = "تشونج مونج-جون"
SOURCE_B = "مصدر أمني كويتي مطلع"
MUDAIFER_B = "خالد بن صالح المديفر"
OIC_B = "منظمة التعاون الإسلامي"


# 01 alriyadh — a report (published on a website) on solar energy.
# Judgement: the report has no named author (it was only "published on" the Wall Street site), so it
# is its own speaker, named by its first phrase «تقرير حديث» (fresh4: «أكدت دراسة طبية حديثة»).
A(
    "2015-07-23-615",
    C("المملكة تخطط لتتحول إلى أكبر منتج للطاقة الشمسية", REPORT_B, "تقرير حديث", "أكد", "i"),
    C("ربع إجمالي الانتاج السعودي من النفط يتم استهلاكه محلياً", REPORT_B, "تقرير حديث", "مشيرا", "i"),
    C(
        "المملكة تحرق مليون برميل ⋯ وهذا الاستخدام قابل للزيادة",
        REPORT_B,
        "تقرير حديث",
        "مضيفا",
        "i",
    ),
    C("محطات الطاقة وغيرها ⋯ قديمة وغير كافية", REPORT_B, "التقرير", "وبين", "i"),
    C("مكيفات الهواء تعتبر ⋯ من إجمالي استخدام الكهرباء في البلاد", REPORT_B, "التقرير", "مشددا", "i"),
    # Judgement: «الأرقام تبين أن …» is data inside the report's content, no embedded speaker
    # (fresh2: «نتائج التحقيق أشارت إلى أن …» stays with the statement's author).
    C(
        "الأرقام تبين أن استهلاك الكهرباء ⋯ في المرتبة السادسة عالميا من حيث استهلاك الكهرباء",
        REPORT_B,
        "التقرير",
        "وأضاف",
        "i",
    ),
    # Judgement: «أكد على عزم المملكة …» states an intention (a claim, fresh15 «أعلنت … عزمها»),
    # not «أكد على أهمية» (a directive).
    C("عزم المملكة التحرك بخطى دؤوبة نحو تحسين الوضع", REPORT_B, "التقرير", "وأكد", "i"),
    # Judgement: the minister's quotation «إن المملكة …» starts after إن (fresh12: «قال «إنها …»»).
    C(
        "المملكة ستصبح قوة عالمية في مجال الطاقة",
        "علي النعيمي",
        "وزير النفط د. علي النعيمي",
        "بقوله",
        "d",
    ),
    C("هدفها النهائي هو أن تصبح ⋯ كما تصدر النفط حالياً", REPORT_B, "التقرير", "وبين", "i"),
    # Judgement: a new finite cue with its own subject opens a claim of the kingdom; the comparison
    # with Germany that follows is the writer's (fresh6: a comparison after reported figures is left out).
    C("ستنتج 41 غيغاوات من الطاقة الشمسية بحلول عام 2032م", "المملكة", "المملكة", "وأعلنت", "i"),
    # Judgement: masculine «وقال» with no subject carries on «التقرير» (the kingdom is feminine).
    C("شركة أرامكو وشركة الكهرباء ⋯ من المملكة في العام المقبل", REPORT_B, "", "وقال", "i"),
    C("انخفاض تكلفة الالواح الشمسية ⋯ في انشاء المشاريع بتكلفة اقل", REPORT_B, "", "مبيناً", "i"),
    C(
        "انخفاض أسعار النفط قد يشكل ⋯ مشاركة القطاع الخاص في هذا التحول",
        REPORT_B,
        "التقرير",
        "وأوضح",
        "i",
    ),
)

# 02 alwatan — the arson attack in Duma.
A(
    "2015-08-01-741",
    # Judgement: the witnesses' claim ends at «فورا»; «فيما وصفت حالة أفراد عائلته بأنها …» is a passive
    # with no agent (not a claim, not clearly the witnesses'). «أعلن … عن حالة تأهب» is a performative
    # (fresh19/20: «أعلن … حالة الاستنفار»), not annotated.
    C("مستوطنين يهودا ملثمين ⋯ ما أدى إلى استشهاد الرضيع فورا", "شهود عيان", "شهود عيان", "وقال", "i"),
    C(
        "القيادة الفلسطينية ستتوجه ⋯ في ملف إحراق الطفل علي دوابشة",
        ABBAS_B,
        "الرئيس الفلسطيني محمود عباس",
        "وقال",
        "i",
    ),
    C(
        "ما جرى في دوما يضاف ⋯ على ما يقومون به كل يوم",
        ABBAS_B,
        "الرئيس الفلسطيني محمود عباس",
        "مشيرا",
        "i",
    ),
    # Judgement: first person after a colon, no quote marks → direct; the rhetorical question and
    # «يقولون إرهاب يهودي» (no identifiable source) stay inside (fresh23).
    C("لو أرادت الحكومة الإسرائيلية ⋯ ستستمر هذه الأعمال", ABBAS_B, "", "وتابع", "d"),
    # Judgement: the appeals («ونطالب …») are mixed with a statement («سنرسلها …»): one claim (fresh4).
    C("هذه الجرائم سنرسلها ⋯ بعد أن أوقفت العملية السياسية", ABBAS_B, "", "وأضاف", "d"),
    # Judgement: two unquoted sentences after the colon are one direct claim (the rest of the paragraph).
    C(
        "صدمت من هذا العمل الإجرامي ⋯ أيا كان مرتكبوه",
        NETANYAHU_B,
        "رئيس الوزراء الإسرائيلي بنيامين نتنياهو",
        "قال",
        "d",
    ),
    # Judgement: «ونددت … ووصفته بأنه "…"»: the characterisation is a direct claim (وصف … بأنه, quoted);
    # the coordinated cue takes the named subject (held-out decision).
    C("هجوم إرهابي وحشي", "الولايات المتحدة", "الولايات المتحدة", "ووصفته", "d"),
)

# 03 aljazirah — car bomb in Diyarbakir.
# Judgement: «ولم تتبن أي جهة الهجوم» is negated and «هدد حزب العمال … بقطع الهدنة» is a threat (like
# «متوعدا بأن», fresh25: a pledge, no claim): neither is annotated.
A(
    "2015-07-27-354",
    C(
        "مقتل عسكريين تركيين اثنين ⋯ ذات الغالبية الكردية جنوب شرق تركيا",
        "مصادر رسمية",
        "مصادر رسمية",
        "أعلنت",
        "i",
    ),
    # Judgement: «نسبت X الهجوم إلى Y» is a claim (fresh24), from the object; the quoted phrase is the
    # army's label for the PKK, so the claim stays indirect (quoted labels do not make it direct);
    # the gloss «العبارة التي …» is the writer's.
    C("الهجوم إلى «المنظمة الإرهابية والانفصالية»", TSK_B, "هيئة اركان الجيش التركي", "نسبت", "i"),
    # Judgement: «القيادة العسكرية» is the same body as the general staff named just before.
    C("سيارة مفخخة انفجرت ⋯ على طريق في منطقة ليجي", TSK_B, "القيادة العسكرية", "وقالت", "i"),
    C("ضابطي صف في قوة الدرك ⋯ إلى انقلاب سيارتهما", TSK_B, "", "وأضافت", "i"),
    # Judgement: «دانت … القصف» is an evaluation (no claim); «معتبرة أنه «عدوان»» is the wing's own
    # word (direct). The name followed by its role without a comma gives the name only as mention.
    C("عدوان", HPG_B, "قوات الدفاع الشعبي", "معتبرة", "d"),
    C("تركيا «أنهت من جانب واحد» وقف إطلاق النار", HPG_B, "", "وقالت", "d"),
    C("وسط هذا القصف الجوي الكثيف، لم يعد للهدنة أي معنى", HPG_B, "", "وأضافت", "d"),
    C(
        "عملية واسعة أطلقت للعثور على منفذي هذا الهجوم الشنيع",
        "مكتب محافظ ديار بكر",
        "مكتب محافظ ديار بكر",
        "قال",
        "d",
    ),
    # Judgement: «تبنت … قتل» is a claim (fresh24); «الحركة الانفصالية الكردية» is the PKK, named
    # earlier in the article (a description takes the name the article gives).
    C(
        "قتل شرطيين في مدينة جيلان بينار على الحدود مع سوريا",
        PKK_B,
        "الحركة الانفصالية الكردية",
        "وتبنت",
        "i",
    ),
    C("هذه العملية هي رد على الهجوم الانتحاري ⋯ ونحو مئة جريح", PKK_B, "", "وقالت", "i"),
)

# 04 aljazirah — Helen Mirren's wax figures.
A(
    "2015-08-02-434",
    # Judgement: «قائلة «حزروا من منا النسخة الأصلية»» is wholly an imperative (fresh11: a quotation that
    # is wholly an appeal, «عارضوا …», is not a claim): not annotated.
    # Judgement: «ورأت الممثلة … لكن قالت إنها …»: the coordinated cue takes the named subject of the
    # same sentence (held-out decision).
    C("لم تر من قبل نموذجي الشخصيتين الأخريين", MIRREN_B, "الممثلة", "قالت", "i"),
    C("أشبه بوجود ثلاث شقيقات", MIRREN_B, "ميرين", "وقالت", "i"),
    # Judgement: «، وأضافت «…»» in the same sentence as «وقالت ميرين» takes «ميرين» as mention
    # (held-out decision on coordinated finite cues).
    C(
        "لدي شقيقة واحدة أعشقها بشدة.. لكن هذا أشبه بوجود ثلاث شقيقات أخريات",
        MIRREN_B,
        "ميرين",
        "وأضافت",
        "d",
    ),
    # Judgement: «كشف متحف … عن تمثال» (an unveiling, a plain noun) is not a claim; «قائلاً إنه …» is.
    C(
        "أحدث نموذج للمشاهير الذين يضمهم المتحف",
        "متحف مدام توسو",
        "متحف مدام توسو",
        "قائلاً",
        "i",
    ),
)

# 05 alyaum — Rafale delivery; Suez canal chief.
A(
    "2015-07-21-2243",
    C(
        "سيتم الانتهاء من حفر قناة السويس ⋯ قبل الموعد المحدد",
        MAMISH_B,
        "الفريق مهاب مميش",
        "قال",
        "i",
    ),
    C(
        "تم صباح امس الانتهاء من عمليات الحفر في المشروع بنسبة %97.2",
        MAMISH_B,
        "الفريق مهاب مميش",
        "مشيرا",
        "i",
    ),
    C(
        "مشروع قناة السويس الجديدة ليس عبارة ⋯ بالتوازي والتنسيق الكامل مع الهيئة الهندسية",
        MAMISH_B,
        "مميش",
        "وأضاف",
        "i",
    ),
    C("هذه القناة تمت بتمويل وحفر وتخطيط مصري خالص", MAMISH_B, "مميش", "وأكد", "i"),
    C(
        'قناة السويس الجديدة "ليست لمصر وحدها، وإنما لخدمة كل مناطق العالم"',
        MAMISH_B,
        "مميش",
        "لافتا",
        "d",
    ),
    C(
        "المصري يقوم بالعمل في القناة ⋯ وقادر على التحدي والإنجاز والإعجاز",
        MAMISH_B,
        "رئيس هيئة قناة السويس",
        "ونوه",
        "d",
    ),
    C(
        "مصر تعود من خلال قناة السويس ⋯ عن طريق مشروع التنمية في القناة",
        MAMISH_B,
        "رئيس هيئة قناة السويس",
        "مشيرا",
        "d",
    ),
    C(
        "يحتل عنصر الأمن المرتبة الأولى ⋯ بجانب الجهات الأمنية",
        MAMISH_B,
        "مميش",
        "قال",
        "d",
    ),
    # Judgement: «، حيث تم جمعها من خلال تبرعات المصريين …» explains the quoted figure and can only come
    # from the speaker: kept in the claim (not trailing circumstantial matter).
    C(
        'تكلفة الحفل "موجودة ⋯ في البنوك المصرية',
        MAMISH_B,
        "مميش",
        "لافتا",
        "d",
    ),
)

# 06 aleqtisadiya — suicide bombing in an Asir mosque.
A(
    "2015-08-07-201",
    # Judgement: the trailing «، وذلك في تفجير انتحاري جبان» is left out (fresh25: a trailing «وذلك …»
    # does not stay).
    C(
        "استشهاد نحو 15 شخصاً ⋯ وجرح قرابة سبعة آخرين",
        "وزارة الداخلية",
        "وزارة الداخلية",
        "أعلنت",
        "i",
    ),
    C(
        "تفجيرا وقع في أثناء قيام ⋯ ومنسوبي هذه القوات",
        TURKI_B,
        "اللواء منصور التركي",
        "وقال",
        "i",
    ),
    C("عثر في المكان على أشلاء بشرية ⋯ بأحزمة ناسفة", TURKI_B, "اللواء التركي", "وأضاف", "i"),
    C("الحادث لا يزال محل متابعة الجهات الأمنية المختصة", TURKI_B, "اللواء التركي", "مشيرا", "i"),
    C(
        "عدم تعرض أي مقر آخر لقوات الطوارئ الخاصة لمحاولة تفجير إرهابي",
        TURKI_B,
        "اللواء التركي",
        "مؤكدا",
        "i",
    ),
    C(
        "تنظيم داعش الإرهابي استغل ⋯ لتنفيذ مخططاتهم التخريبية",
        TURKI_B,
        "اللواء التركي",
        "وقال",
        "i",
    ),
    C(
        "نسبة كبيرة من المقبوض عليهم لا يحملون سوابق إرهابية أو جنائية",
        TURKI_B,
        "اللواء التركي",
        "مبيناً",
        "i",
    ),
    # Judgement: «ولم يستبعد متحدث الداخلية … تخطيط» is a negated cue (and «استبعد» is no cue, fresh3):
    # not a claim; its two participles are claims with the verb's subject as mention.
    C(
        "أصحاب هذا الفكر هدفهم خلق الفوضى والتخريب والفتنة الطائفية",
        TURKI_B,
        "متحدث الداخلية",
        "مشيراً",
        "i",
    ),
    C("هولاء استهدفوا أقارب لهم خلال الأيام الماضية", TURKI_B, "متحدث الداخلية", "مشيراً", "i"),
    C(
        "المقبوض عليهم لهم علاقة مباشرة ⋯ ودوريات الأمن شرقي مدينة الرياض",
        TURKI_B,
        "التركي",
        "وأوضح",
        "i",
    ),
    C(
        "الجهات الأمنية ما زالت تعمل ⋯ أو يتبنّى أفكارهم ويؤيدهم",
        TURKI_B,
        "التركي",
        "مشيرا",
        "i",
    ),
    # Judgement: a report inside «يذكر أن …» is the reporting body's claim (fresh7); «أعلن مسؤوليته عن»
    # is a claim (fresh).
    C("مسؤوليته عن الهجوم", "تنظيم داعش", "تنظيم داعش", "أعلن", "i"),
)

# 07 aleqtisadiya — Chung Mong-joon's FIFA bid.
A(
    "2015-08-07-280",
    # Judgement: «…، بحسب ما ذكر أمس …» is a source after the content; the claim is the whole clause
    # before it, and the cue has no explicit subject (a pronoun), so the mention is empty.
    C(
        "سيعلن الملياردير الكوري الجنوبي ⋯ في 17 آب (أغسطس) الجاري",
        CHUNG_B,
        "",
        "بحسب",
        "i",
    ),
    # Judgement: the wish «أمل أن ألتقي ميشال بلاتيني …» at the end of the quotation is left out
    # (fresh13: wishes after a claim are left out).
    C("تأسس فيفا في باريس (1904) وهي محور للمواصلات", CHUNG_B, "تشونج", "وقال", "d"),
    # Judgement: «أعلن ترشحه» is a claim (fresh21); «إعلان … بلاتر نيته بالاستقالة» is a claim with
    # the verbal noun as cue (fresh5, fresh21); «إثر فضائح …» is the writer's.
    C("ترشحه لانتخابات 26 شباط (فبراير)", "ميشال بلاتيني", "الفرنسي بلاتيني", "وأعلن", "i"),
    C("نيته بالاستقالة", "جوزيف بلاتر", "السويسري جوزيف بلاتر", "إعلان", "i"),
    C(
        "أعتقد أن بلاتيني وأنا في طليعة المرشحين، أعتقد أن فرص فوزي جيدة",
        CHUNG_B,
        "تشونج",
        "قال",
        "d",
    ),
    C("لا أعتقد أن وصول كوري جنوبي ⋯ قد وجهوا فيفا نحو الأفضل", CHUNG_B, "", "وتابع", "d"),
    # Judgement: «وأسف تشونج لعدم …» is an evaluation (no claim), but the quotation after it is a claim
    # (fresh6: a quotation after «عبّر عن اعتزازه»); «قلت في مقابلة … إني …» is the same speaker's own
    # report and stays inside.
    C(
        "قلت في مقابلة أخيرة إني أملك ⋯ وأنا حقا واثق من ذلك",
        CHUNG_B,
        "تشونج",
        "وأسف",
        "d",
    ),
    # Judgement: the critics' view in the relative clause is a claim of the antecedent (fresh12:
    # «الزوار الذين اعتبروا …»), named by the phrase as written.
    C(
        'مكث أيضا لفترات طويلة كنائب لرئيس "فيفا"، وبالتالي يتعين عليه تحمل المسؤولية أيضا',
        "منتقديه",
        "منتقديه",
        "اعتبروا",
        "i",
    ),
    # Judgement: «قالا إني لست صديقهما» inside Chung's quotation is Blatter's and João's own claim and
    # splits the quotation (fresh21, fresh25); the quotation resumes after it. «رد … : "…"» is a cue (fresh5).
    C(
        "لطالما عملت لمصلحة كرة القدم. بلاتر والبرازيلي جواو رئيس فيفا السابق انتقداني كثيرا",
        CHUNG_B,
        "تشونج",
        "ورد",
        "d",
    ),
    C("لست صديقهما", "جوزيف بلاتر وجواو", "بلاتر والبرازيلي جواو", "قالا", "i"),
    C(
        "بالعودة إلى الوراء، أعتقد أنه كان من الأفضل توضيح وجهة نظري",
        CHUNG_B,
        "تشونج",
        "ورد",
        "d",
    ),
)

# 08 alweeam — Kuwaiti security source on IS cells.
A(
    "2015-07-21-1571",
    # Judgement: «الخلايا … التي أعلنت السلطات السعودية ضبطها» inside the source's content is the
    # authorities' own claim, and the source's claim resumes after it (fresh10: «الفلسطيني الذي ذكر
    # سكان … أنه …»); the leading و of the resumed part is left out.
    C("وجود علاقة عنقودية بين الخلايا الإرهابية", SOURCE_B, "مصدر أمني كويتي مطلع", "أفاد", "i"),
    C("ضبطها مؤخراً", "السلطات السعودية", "السلطات السعودية", "أعلنت", "i"),
    C(
        "الأشخاص الذين تم توقيفهم ⋯ عقب تفجير مسجد الإمام الصادق",
        SOURCE_B,
        "مصدر أمني كويتي مطلع",
        "أفاد",
        "i",
    ),
    C(
        "السلطات الأمنية الكويتية، ومن خلال ⋯ مع خلايا تتبع تنظيم داعش في السعودية",
        SOURCE_B,
        "المصدر",
        "وقال",
        "i",
    ),
    C(
        "ضباطاً رفيعي المستوى انتقلوا للسعودية ⋯ ما ساعدهم في ضبط الخلايا الإرهابية",
        SOURCE_B,
        "المصدر",
        "وشدد",
        "i",
    ),
    # Judgement: «التحقيقات … خلصت إلى أن …» inside the source's words is a finding he relays, not an
    # embedded speaker (fresh23: «التحقيقات الاولية تشير الى ان …» stays with the ambassador).
    C(
        "التحقيقات الكويتية والسعودية في هذا الإطار ⋯ وتنفيذ المزيد من المخططات الإرهابية",
        SOURCE_B,
        "المصدر",
        "وأشار",
        "i",
    ),
    # The closing «رابط الخبر …: مصدر أمني يكشف …» repeats the headline: not a claim.
)

# 09 alyaum — the Arabal aluminium conference.
A(
    "2015-07-27-1192",
    # Judgement: «وعبر … عن فخر الشركة واعتزازها …» is an evaluation with no content clause, and «وهو ما
    # يؤكد على مكانة «معادن»» has no speaker (the hosting «confirms»): neither is a claim.
    # «كما ستعرض «معادن» …» is coordinated content under the same participle (one claim); the quoted
    # slogan leaves it indirect.
    C(
        "المؤتمر سيبحث التحديات الحالية ⋯ بالإضافة إلى منظومة إعادة تدوير الالمنيوم",
        MUDAIFER_B,
        "الرئيس التنفيذي لشركة معادن المهندس خالد بن صالح المديفر",
        "مشيرا",
        "i",
    ),
    C(
        "مؤتمر «عربال» أصبح من أهم الفعاليات في صناعات الالمنيوم",
        MUDAIFER_B,
        "المديفر",
        "وأكد",
        "i",
    ),
    C(
        "يعد فرصة سانحة لاستعراض الفرص ⋯ وتوطين التقنية العالمية",
        MUDAIFER_B,
        "المديفر",
        "مشيرا",
        "i",
    ),
    C(
        "يكون لهذا التجمع الصناعي العالمي ⋯ ستنعكس إيجابا على صناعات الألمنيوم",
        MUDAIFER_B,
        "المديفر",
        "متوقعا",
        "i",
    ),
    C(
        "المؤتمر سيشهد مشاركة العديد ⋯ أحدث تكنولوجيا الإنتاج في صناعات الألمنيوم",
        "محمد علي النقي",
        "رئيس مجلس إدارة سكرتارية عربال الدائمة محمد علي النقي",
        "أكد",
        "i",
    ),
)

# 10 3alyoum — Iraq disowns al-Maliki's remarks on Saudi Arabia.
A(
    "2015-07-24-348",
    # Judgement: «تنصلت … من تصريحات» and «استنكرت … التصريحات» are evaluations (no claim); «وعدتها
    # «مغذية للطائفية»» is a quoted characterisation (direct, like «وصف … بـ"…"»; fresh20 «واعتبرتها»).
    # The OIC is one speaker throughout (its general secretariat speaks for it later).
    C("مغذية للطائفية", OIC_B, "منظمة التعاون الإسلامي", "وعدتها", "d"),
    # Judgement: «دعوة المالكي … إلى وضع المملكة «تحت الوصاية الدولية»» is a directive: not annotated.
    # The role set off by commas is left out of the mention.
    C(
        "تصريحات المالكي «شخصية ⋯ لرئاسة الجمهورية في العراق»",
        "خالد شواني",
        "خالد شواني",
        "أكد",
        "d",
    ),
    C(
        "رئيس الجمهورية فؤاد معصوم سعى ⋯ مع المملكة العربية السعودية",
        "خالد شواني",
        "شواني",
        "وأضاف",
        "d",
    ),
    # Judgement: «جددت الحكومة … موقفها الثابت …» is a stance claim (fresh19: «جدد السيسي موقف مصر
    # الثابت»), of the government (the subject), «على لسان المتحدث» being the channel.
    C(
        "موقفها الثابت لتطوير العلاقات بين العراق والسعودية",
        "الحكومة العراقية",
        "الحكومة العراقية",
        "جددت",
        "i",
    ),
    C(
        "موقف الحكومة العراقية لم يتغير ⋯ ومن ضمنها المملكة العربية السعودية",
        "سعد الحديثي",
        "المتحدث سعد الحديثي",
        "وقال",
        "d",
    ),
    C(
        "العراق كان السبّاق في تجسيد ⋯ وزيارة الوفد الفني السعودي",
        "سعد الحديثي",
        "المتحدث سعد الحديثي",
        "مؤكدا",
        "d",
    ),
    # Judgement: the quotation opens with a stray «{» and closes with «»»: both are left out (the
    # marks wrap the whole content). The coordinated «وقالت» takes the named subject.
    C(
        "تنافي الواقع بالنظر ⋯ على الصعيد الوطني والإقليمي والدولي",
        OIC_B,
        "الأمانة العامة لمنظمة التعاون الإسلامي",
        "وقالت",
        "d",
    ),
    C("إطلاق مثل هذه التصريحات أمر غير مبرر ⋯ الأجندة الطائفية والمذهبية", OIC_B, "", "وأكدت", "i"),
)
