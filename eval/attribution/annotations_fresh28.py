"""Hand annotations for the twenty-eighth attribution fresh check set (CONVENTIONS.md, section «Fresh set 28»).

Same format and options as ``annotations_fresh5.py``. Twenty SaudiNewsNet articles drawn blind by
``draw_fresh.py --set fresh28`` (not in any other gold set by id or text hash, 800–2,400 characters, at
least six speech-cue words, shuffled with seed 20261226, at most two per outlet and two per day),
split in two halves of ten, each annotated by one annotator (A: the first ten drawn, B: the last ten)
from the article texts and these conventions only, before any extractor was run on them, without
reading the extractor's source or the other annotator's file. Build:
``.venv/bin/python eval/attribution/build_gold.py --set fresh28``.
"""

from __future__ import annotations

from annotations import C

ARTICLES: list[dict] = []


def A(article_id: str, *claims: dict) -> None:
    ARTICLES.append({"id": article_id, "claims": list(claims)})


# --- annotator A ---------------------------------------------------------------------------------

PARIKH_A = "جاي باريك"
INDIA_A = "شركات الإنترنت في الهند"
A(
    "2015-07-31-695",
    C("انتهت من إنتاج أول طائرة ⋯ للمناطق النائية في العالم", "شركة فيسبوك", "شركة فيسبوك", "أعلنت", "i"),
    C(
        "الطائرة يمكنها توفير إنترنت بسرعة عشرة غيغابايت في الثانية الواحدة",
        "شركة فيسبوك",
        "فيسبوك",
        "وقالت",
        "i",
    ),
    C("الطائرة صممت في المملكة المتحدة ⋯ لشؤون الطيران", PARIKH_A, PARIKH_A, "وقال", "i"),
    C("هدفنا هو تسريع تطوير ⋯ البنية التحتية للإنترنت", PARIKH_A, "", "وأضاف", "d"),
    C('الشركة تستكشف "عددا من الطرق ⋯ والحلول الأرضية"', PARIKH_A, "", "وأوضح", "d"),
    # Judgement: «يجب اعتبار … بمثابة "تطور مهم"» states an assessment (an obligation stated is a claim,
    # fresh10), and the quoted phrase is the speaker's own words, so direct.
    C('يجب اعتبار تقنية الطائرة بدون طيار بمثابة "تطور مهم"', PARIKH_A, "باريك", "وقال", "d"),
    C("تقديم هذه الخدمة المجانية بمثابة ميزة غير عادلة في السوق", INDIA_A, INDIA_A, "وقالت", "i"),
    C("فيسبوك بمقدورها أن تتعقب ⋯ على هذه الخدمة المجانية", INDIA_A, INDIA_A, "مشيرة", "i"),
)

NLFI_A = "مجموعة إن إل فايننشيال إنفيستمينتس"
NLGOV_A = "الحكومة الهولندية"
A(
    "2015-07-26-176",
    # Judgement: «ولم تحدد الحكومة …، لكنها قالت» — a finite cue coordinated with a named subject in the
    # same sentence takes that subject as its mention (held-out decision).
    C("قد تتم خلال الربع الرابع من العام الحالي", NLGOV_A, "الحكومة", "قالت", "i"),
    C(
        "من المقرر أن يتولى كل من ⋯ على مستوى العالم",
        NLFI_A,
        "مجموعة «إن إل فايننشيال إنفيستمينتس»",
        "بحسب",
        "i",
        after=True,
    ),
    C("سيتحدد الجدول الزمني النهائي على أساس وضع الأسواق المالية", NLFI_A, "المجموعة", "قائلة", "d"),
    # Judgement: «، ومن المرجح أن تظل من بين حملة الأسهم …» is not introduced by «وأن» and reads as the
    # journalist's assessment, so the claim stops at «حصتها».
    C("تفضل السير باتجاه إجراء اكتتاب عام أولي من أجل بيع حصتها", NLGOV_A, "الحكومة الهولندية", "صرحت", "i"),
    C("أول عملية بيع سوف تكون ⋯ من حصتها في المصرف", NLGOV_A, "الحكومة", "وذكرت", "i"),
    # Judgement: «طبقا لتقديرات سابقة لخبراء … بحسب ما أوضحت الحكومة» — a relayed source after the content;
    # the estimate goes to the innermost source, the experts (nested reports go to the innermost speaker).
    C(
        "تقدر قيمة المصرف ذاته بـ15 مليار يورو، أو ما يعادل 16.7 مليار دولار",
        "خبراء من خارج المؤسسة",
        "خبراء من خارج المؤسسة",
        "طبقا",
        "i",
        after=True,
    ),
)

HALL_A = "توني هول"
BBC_A = "هيئة الإذاعة البريطانية"
A(
    "2015-07-21-505",
    C("(بي بي سي) تضطلع بمهمة تقديم المعلومات، والتعليم والترفيه", HALL_A, "هول", "وقال", "d"),
    C(
        "الوثيقة الحكومية المسماة «الورقة الخضراء» ⋯ عدد البرامج الترفيهية التي تقدمها",
        "تقارير",
        "تقارير",
        "وتفيد",
        "i",
    ),
    # Judgement: «وينتقد البعض … ويقولون إن …» — the finite cue coordinated with «البعض» takes it as mention;
    # «البعض» is a group speaker (fresh18).
    C("«بي بي سي» تهدف من خلاله ⋯ على جذب الجمهور", "البعض", "البعض", "ويقولون", "i"),
    C("يعتقد أن «بي بي سي» يجب أن تستمر ⋯ التي يعرفها الجمهور ويحبها", HALL_A, "اللورد هول", "وقال", "i"),
    C("غالبية الشعب سعيدة بالاستمرار في دفع رسم الخدمة التلفزيونية", HALL_A, "", "وأضاف", "d"),
    # Judgement: survey respondents are speakers (fresh9); «يرى 29 في المائة … أن على المؤسسة …» has a cue
    # (يرى + content clause) and states a view, though it sits inside «واتضح من استطلاع» (data, no cue).
    C("على المؤسسة الاعتماد على الإعلانات التجارية", "29 في المائة", "29 في المائة", "يرى", "i"),
    # Judgement: «وأفاد التقرير» — the report with the spending figures is the BBC's annual report (the
    # green paper is still to come), so it speaks for the BBC.
    C("«بي بي سي» زاد إنفاقها على النجوم ⋯ 208 ملايين عام 2014 / 2015", BBC_A, "التقرير", "وأفاد", "i"),
    # Judgement: the trailing gloss «وهي برامج ثقافية» is the journalist's and is left out (fresh12).
    C(
        "يشاهد 97 في المائة من سكان ⋯ 13.6 في المائة برامج «BBC4»",
        BBC_A,
        "تقرير «بي بي سي» السنوي",
        "ووفقا",
        "i",
    ),
)

BADRI_A = "عبدالله البدري"
NOVAK_A = "ألكسندر نوفاك"
JOINT_A = "ألكسندر نوفاك وعبد الله البدري"
JOINT_M_A = "وزير الطاقة الروسي ألكسندر نوفاك والأمين العام لأوبك عبد الله البدري"
A(
    "2015-07-31-1952",
    C(
        "أسعار سوق النفط في عام 2016 ستستقر ⋯ وتقلبات الأسعار",
        BADRI_A,
        "أمين عام منظمة أوبك عبدالله البدري",
        "قال",
        "d",
    ),
    C("أسعار النفط ستتعافى لكن ⋯ بحلول نهاية هذا العام", BADRI_A, "البدري", "وبين", "i"),
    C("لا أتوقع هبوط الأسعار ⋯ قبل ديسمبر /كانون الأول المقبل", BADRI_A, "البدري", "وقال", "d"),
    # Judgement: «وفي بيان مشترك صدر بعد اجتماع X وY … بينوا أن» — the plural cue refers to the two men
    # named in the same sentence; the joint statement speaks for both (joint speaker, joint phrase as mention).
    C("روسيا والمنظمة تريان فرصة ⋯ واستقرارا في العام القادم", JOINT_A, JOINT_M_A, "بينوا", "i"),
    # Judgement: «، وروسيا أكبر منتج للنفط …» is the journalist's gloss and is left out.
    C(
        "مسؤولين من أوبك وروسيا يعتزمون الاجتماع في فيينا في النصف الثاني من 2016",
        JOINT_A,
        "البيان",
        "وذكر",
        "i",
    ),
    C(
        "روسيا والمنظمة تسعيان وراء نفس الهدف ⋯ متوازنة ومستقرة",
        NOVAK_A,
        "وزير الطاقة الروسي الكسندر نوفاك",
        "أبلغ",
        "i",
    ),
    C("سوق النفط العالمية تتأثر ⋯ سيؤثر على السوق", NOVAK_A, "نوفاك", "وقال", "d"),
    # Judgement: the quotation opened after «قوله:» is never closed; it ends before «، وتوقع نوفاك», a new
    # cue in the journalist's narration. Speaker: Novak (innermost), not the ministry's statement.
    C("ينبغي لنا في روسيا وأعضاء أوبك ⋯ في حالة توازن واستقرار", NOVAK_A, "نوفاك", "ونقل", "d"),
    C("نمو الطلب العالمي على النفط ⋯ برميل يوميا في 2015", NOVAK_A, "نوفاك", "وتوقع", "i"),
)

MARKIT_A = "مؤسسة ماركت للأبحاث الاقتصادية"
WILLIAMSON_A = "كريس وليامسون"
A(
    "2015-07-25-306",
    C(
        "مؤشر مديري المشتريات في قطاعي التصنيع ⋯ 54.2 نقطة في حزيران (يونيو) الماضي",
        MARKIT_A,
        MARKIT_A,
        "ذكرت",
        "i",
    ),
    # Judgement: «وكان المحللون يتوقعون تراجع …» — توقع + verbal noun is a cue (a forecast); the
    # unnamed group «المحللون» is the speaker.
    C("تراجع المؤشر خلال الشهر الحالي إلى 54 نقطة فقط", "المحللون", "المحللون", "يتوقعون", "i"),
    C(
        "النمو الاقتصادي في منطقة اليورو فقد ⋯ بشأن أزمة ديون اليونان",
        WILLIAMSON_A,
        WILLIAMSON_A,
        "وقال",
        "i",
    ),
    C("وتيرة نمو النشاط الاقتصادي ⋯ بالنسبة للمنطقة ككل", WILLIAMSON_A, "", "وأضاف", "i"),
    C("تباطؤ التجارة العالمية خاصة ⋯ أسباب تراجع مؤشر مديري المشتريات", "المحللون", "المحللون", "وأشار", "i"),
    # Judgement: «البيانات تشير إلى أن …» is data inside the analyst's content, not an embedded speaker.
    C(
        "البيانات تشير إلى أن تراجع التجارة ⋯ أمام الدولار الأمريكي",
        "إدواردو كامبانيللا",
        "إدواردو كامبانيللا",
        "وذكر",
        "i",
    ),
    C("المؤشر أشار إلى تباطؤ طفيف في وتيرة النمو", MARKIT_A, "تقرير المؤسسة", "قالت", "i"),
)

RASHID_A = "راشد بن عبدالله آل خليفة"
AZHAR_A = "الأزهر الشريف"
A(
    "2015-07-24-1658",
    C(
        "التدخلات الإيرانية في الشأن الداخلي لمملكة البحرين مرفوضة شكلاً ومضموناً",
        RASHID_A,
        "الفريق الركن الشيخ راشد بن عبدالله آل خليفة",
        "أكد",
        "i",
    ),
    C(
        "هذه التدخلات أخذت أبعاداً متعددة ⋯ المضللة والمستمرة تجاه مملكة البحرين",
        RASHID_A,
        "الفريق الركن الشيخ راشد بن عبدالله آل خليفة",
        "مشيراً",
        "i",
    ),
    # Judgement: the content opens in the third person after «إن» but goes on verbatim in the first person
    # («وكانت كل تحركاتنا…، لذا نقول لهم إنكم …») — not incidental, so direct; «نقول لهم» is the same
    # speaker's report inside his own content and stays inside.
    C("البحرين لم ولن تتردد يوماً ⋯ من خلال تدخلاتكم في شأننا الداخلي", RASHID_A, "", "وقال", "d"),
    C("دول مجلس التعاون الخليجي تعمل ⋯ التي تساعد على تحقيق ذلك", RASHID_A, "", "وبين", "i"),
    # Judgement: «أكد الأزهر الشريف رفضه المطلق …» — أكد + a stance noun is a claim (fresh8); the
    # following «معربا عن استنكاره» and «معربا عن تضامنه» are evaluations (no claim).
    C("رفضه المطلق للتدخل الإيراني ⋯ وعدد من الدول العربية", AZHAR_A, AZHAR_A, "أكد", "i"),
    C("تصريحات المرشد الإيراني تعد تدخلا ⋯ التي أوصى بها الإسلام", AZHAR_A, "الأزهر", "وقال", "i"),
)

AWAJI_A = "صالح بن حسين العواجي"
A(
    "2015-08-07-1154",
    C(
        "الشركة تعمل على الاستفادة من هذا التقدم ⋯ المتخصصة في هذا المجال",
        AWAJI_A,
        "الدكتور صالح بن حسين العواجي",
        "مشيراً",
        "i",
    ),
    C("الشركة السعودية للكهرباء ترتبط بعلاقات ⋯ ووفق المواصفات المطلوبة", AWAJI_A, "العواجي", "وبين", "i"),
    # Judgement: «، كما بحث معهم أيضاً …» carries on the same participle's content (fresh16 «كما»).
    C("بحث مع الوفد الكوري فرص الاستثمار ⋯ تنفيذ مشاريع مشتركة بينهم", AWAJI_A, "العواجي", "مضيفاً", "i"),
    C(
        "الشراكة التي تجمع شركتهم ⋯ مميزة وراسخة",
        "كي جوي",
        "رئيس مجلس إدارة شركة هيونداي الدكتور كي جوي",
        "بين",
        "i",
    ),
    C(
        "هناك آفاقاً جديدة للتعاون ⋯ انتاج الكهرباء السنوات القادمة",
        "كي جوي",
        "رئيس مجلس إدارة شركة هيونداي الدكتور كي جوي",
        "مؤكداً",
        "i",
    ),
)

KHASHT_A = "محمد عثمان الخشت"
A(
    "2015-08-02-1171",
    # Judgement: «أفاد الخشت أن «إعلان القاهرة» كشف عن اتفاق …» — the declaration's content is an embedded
    # report (a document speaks for itself; cf. fresh23 «أن تقرير الطب الشرعي أكد …» → the report), so
    # the content goes to the innermost source, «إعلان القاهرة», annotated once.
    C(
        "اتفاق الجانبين السعودي والمصري ⋯ والأخطار التي تفرضها المرحلة الراهنة",
        "إعلان القاهرة",
        "«إعلان القاهرة»",
        "كشف",
        "i",
    ),
    C("التنسيق الأمني والعسكري ضروري ⋯ التحديات التي تتعرض المنطقة", KHASHT_A, "", "وأكد", "i"),
    # Judgement: «وأكد أن المطلوب اجتثاث الشجرة …» states what is needed (like an obligation stated,
    # fresh10) rather than an appeal, so a claim; «مشددا على ضرورة …» before it is a directive.
    C("المطلوب اجتثاث الشجرة من جذورها ⋯ والتربية والتعليم", KHASHT_A, "", "وأكد", "i"),
    # Judgement: ««إعلان القاهرة» تطرق إلى الثقافة والإعلام» is a topic (fresh4), no embedded claim; the
    # whole content stays with al-Khasht.
    C(
        "«إعلان القاهرة» تطرق إلى الثقافة والإعلام ⋯ القرآن والسنة الصحيحة",
        KHASHT_A,
        "المستشار الثقافي",
        "واشار",
        "i",
    ),
    C("أكبر قوتين ثقافيتين في المنطقة ⋯ الثقافية والدينية الراسخة", KHASHT_A, "", "وقال", "i"),
)

NRC_A = "المجلس النرويجي لشؤون اللاجئين"
ZAMUDIO_A = "الفريدو زاميديو"
A(
    "2015-07-21-2039",
    # Judgement: «قال تقرير» speaks for its author named in the next sentence (fresh17).
    C("ما يقرب من 20 مليون شخص ⋯ بتحسين مواصفات بناء المنازل", NRC_A, "تقرير", "قال", "i"),
    C("قارة آسيا كانت الأكثر تعرضا ⋯ فيضانات في الهند", NRC_A, NRC_A, "وقال", "i"),
    C("وقائع النزوح المرتبطة بالكوارث ⋯ خلال العقود القادمة", ZAMUDIO_A, ZAMUDIO_A, "وقال", "d"),
    C("منذ عام 2008 شرد نحو 26.5 مليون شخص في المتوسط كل عام بسبب الكوارث", NRC_A, "التقرير", "وقال", "i"),
    C("ثمة اتجاها صعوديا على المدى الطويل", NRC_A, "المجلس", "قال", "i"),
    C("يكشف تحليلنا التاريخي ⋯ في سبعينات القرن الماضي", ZAMUDIO_A, "زاميديو", "وقال", "d"),
    C("من المتوقع ان يلعب تغير المناخ ⋯ مثل هذه المخاطر", ZAMUDIO_A, "", "واضاف", "d"),
    C("علاوة على تغيرات المناخ القاسية ⋯ من يتعرضون للمخاطر", ZAMUDIO_A, "", "ومضى يقول", "i"),
    C("مناطق مشيدة حول المدن ⋯ وكراتشي وبورت او برنس", ZAMUDIO_A, "", "مشيرا", "i"),
    C("الكوارث لا تقتصر على الدول الفقيرة “وتوجد ⋯ وكارثة تسونامي عام 2011″", ZAMUDIO_A, "", "وقال", "d"),
    C("قرابة 40 ألفا في الولايات المتحدة ⋯ اعصار ساندي عام 2012", ZAMUDIO_A, "", "واضاف", "i"),
)

AYADI_A = "فتحي العيادي"
A(
    "2015-08-03-450",
    C(
        "اللقاء خصص للتباحث بشأن مؤتمر ⋯ خلال شهر سبتمبر المقبل",
        "مصادر قريبة من الحركة",
        "مصادر قريبة من الحركة",
        "أفادت",
        "i",
    ),
    C(
        "لجنة الإعداد المادي للمؤتمر ⋯ بالإسراع في تنظيمه هذه السنة",
        AYADI_A,
        "رئيس مجلس الشورى فتحي العيادي",
        "وقال",
        "i",
    ),
    C("النقاش شمل أيضاً اللوائح ⋯ التي سيتم عقدها قريباً", AYADI_A, "", "وأضاف", "i"),
    C("النقطة الثانية التي تطرق إليها الاجتماع تتعلق بالوضع العام بالبلاد", AYADI_A, AYADI_A, "وأكد", "i"),
    C("أعضاء المكتب السياسي والمكتب التنفيذي ⋯ حول هذه النقطة", AYADI_A, AYADI_A, "موضحاً", "i"),
    # Judgement: «بعض التسريبات إفادات بأن …» (garbled for «أفادت») — leaks are an unnamed source like
    # «الأنباء» (fresh11); cue the verbal noun إفادات; the quoted «المبعدين …» is a term, so indirect.
    C(
        "المشاركين في اجتماع المكتب التنفيذي لنداء تونس ⋯ إلى المعتمدين والمديرين العامين",
        "بعض التسريبات",
        "بعض التسريبات",
        "إفادات",
        "i",
    ),
)


# --- annotator B ---------------------------------------------------------------------------------

ABDULHALIM_B = "عبدالمحمود عبدالحليم"
MUSNAD_B = "عبدالله المسند"
PROSECUTION_SOURCES_B = "مصادر بالنيابة العامة في مصر"
NAQOUR_B = "حسن الناقور"
AWAJI_B = "صالح بن حسين العواجي"
MUQBIL_B = "مقبل المقبل"
SHOBOKSHI_B = "حسين الشبكشى"
GHFAIS_B = "علي بن ناصر الغفيص"
CARTER_B = "آشتون كارتر"
EMBASSY_B = "سفارة خادم الحرمين الشريفين لدى سلطنة عمان"
OMAN_SOURCE_B = "مصدر مسؤول بشرطة عمان السلطانية"


# Not annotated: «أصدر … قرارا بالعفو»، «ووجه البشير بإطلاق …» (a decision and a directive, no speech).
A(
    "2015-08-07-1091",
    C(
        "الرئيس المصري عبدالفتاح السيسي أمر ⋯ نقل الصيادين المصريين لبلادهم",
        "وزارة الخارجية المصرية",
        "وزارة الخارجية المصرية",
        "أعلنت",
        "i",
    ),
    C(
        "قراري الرئيسين البشير والسيسي ⋯ على توافق منقطع النظير",
        ABDULHALIM_B,
        "السفير السوداني في القاهرة عبدالمحمود عبدالحليم",
        "وأشار",
        "i",
    ),
    C(
        "القضية أخذت أكثر من حجمها ⋯ مصلحة شعبي وادي النيل",
        ABDULHALIM_B,
        "السفير السوداني في القاهرة عبدالمحمود عبدالحليم",
        "مشيرا",
        "i",
    ),
    # Judgement: «وقال عبدالحليم علاقات …» has no أن and no colon (direct, as fresh9); the next,
    # uncued paragraph («ومنذ مجيء الرئيس السيسي … بين الرئيسين») carries on the ambassador's account
    # in his diplomatic register, so it stays in his claim (fresh24/fresh27 rule on uncued paragraphs).
    C(
        "علاقات البلدين في أوجها ⋯ والشفافية بين الرئيسين",
        ABDULHALIM_B,
        "عبدالحليم",
        "وقال",
        "d",
    ),
)
A(
    "2015-08-04-357",
    C(
        "سقوط الأمطار في أغسطس ⋯ والجنوب الغربي والربع الخالي",
        MUSNAD_B,
        "الدكتور المسند",
        "وقال",
        "i",
    ),
    # Judgement: the next paragraph («بينما سجلت أمطار متوسطة على تبوك …») has no cue and carries on
    # the list of recorded rains the participle introduced, so it stays in the مشيرا claim (fresh20/24).
    C(
        "سجلت أمطار غزيرة على الرياض ⋯ قبل نحو 18 عامًا في 28 أغسطس 1998",
        MUSNAD_B,
        "الدكتور المسند",
        "مشيرا",
        "i",
    ),
    # Judgement: no أن and no colon after «وقال المسند» (direct, as fresh9); the trailing «وفقًا
    # للسجلات المناخية التاريخية» cites records (data, not a speaker — fresh11) as the speaker's own
    # basis, so it stays inside his claim rather than opening a source-after-content claim.
    C(
        "منذ 46 عامًا ⋯ وفقًا للسجلات المناخية التاريخية",
        MUSNAD_B,
        "المسند",
        "وقال",
        "d",
    ),
    # Not annotated: «يشار إلى أنه من المتوقع …» (impersonal).
)
A(
    "2015-07-25-999",
    C(
        "عدد قتلى حادث غرق مركب ⋯ ارتفع إلى 38 قتيلا",
        PROSECUTION_SOURCES_B,
        "مصادر بالنيابة العامة في مصر",
        "قالت",
        "i",
    ),
    C(
        "صندلا نيليا اصطدم به وحطمه قبل أن يغوص في الماء",
        "وزارة الداخلية",
        "وزارة الداخلية",
        "وقالت",
        "i",
    ),
    C(
        "البحث لا يزال جاريا ⋯ من الحادث بينهم مصابون",
        PROSECUTION_SOURCES_B,
        "المصادر",
        "وأضافت",
        "i",
    ),
    # Judgement: «تقديرات النيابة تشير إلى …» inside the prosecution sources' own content is their
    # own body's estimate, not an embedded speaker (fresh2: «مجلس الإدارة يؤكد» stays inside).
    C(
        "تقديرات النيابة تشير ⋯ على ظهر المركب وقت الحادث",
        PROSECUTION_SOURCES_B,
        "",
        "وتابعوا",
        "i",
    ),
    # Judgement: «، وتتكرر حوادث النقل في مصر بسبب …» is the wire story's background, not the
    # spokesman's words; the claim stops before it.
    C(
        "مستشفيات الوزارة استقبلت حتى الآن 35 جثة فضلا عن أربعة مصابين",
        "حسام عبد الغفار",
        "حسام عبد الغفار",
        "قال",
        "i",
    ),
    # Judgement: a reported instruction of the president («وجه باتخاذ …») is the presidency's claim
    # (fresh2/fresh21: an instruction reported is a claim); partly quoted, so direct, closing mark kept.
    C(
        'الرئيس عبد الفتاح السيسي "وجه باتخاذ ⋯ دون تكرار مثل هذه الحوادث"',
        "رئاسة الجمهورية",
        "رئاسة الجمهورية",
        "وقالت",
        "d",
    ),
    C(
        "الحكومة قررت صرف 60 ألف جنيه ⋯ تعويضا لأسرة كل متوفي",
        "رئاسة الجمهورية",
        "البيان",
        "وذكر",
        "i",
    ),
)
# Not annotated: «فهذا يرى إقامته مبيناً أهمية …» and «وذاك يناقضه …» (no identifiable source);
# «قال رأياً مسدداً حول السوبر» (no content).
A(
    "2015-07-24-1539",
    # Judgement: «قبل أن يصدر بيان اتحاد الكرة ويؤكد إقامتها في لندن» — أكد + a verbal noun
    # (إقامتها) states a fact, so a claim of the federation, with its statement as the mention.
    C("إقامتها في لندن", "اتحاد الكرة", "بيان اتحاد الكرة", "ويؤكد", "i"),
    # Judgement: the tweet's opening « is never closed; the claim ends at its sentence, before the
    # new cue «وأضاف:». The subject of «قال … وذكر» is the member named before the appositive.
    C(
        "السوبر في لندن فكرة خاطئة ⋯ ومبيعات التذاكر قياسية",
        NAQOUR_B,
        "عضو شرف الهلال حسن الناقور",
        "وذكر",
        "d",
    ),
    C(
        "السوبر في لندن تحمل المشجع ⋯ بشكل مبالغ فيه جداً",
        NAQOUR_B,
        "",
        "وأضاف",
        "d",
    ),
)
A(
    "2015-08-04-996",
    # Judgement: the opening «أكد … العواجي، أهمية مذكرتي التعاون …» is أكد أهمية + a noun, treated as
    # a directive and not annotated (fresh2, fresh17).
    C(
        "محطة «ليلى» بالأفلاج تعد ⋯ تستفيد من الطاقة الشمسية",
        AWAJI_B,
        "الدكتور العواجي",
        "وأوضح",
        "i",
    ),
    C(
        "هناك العديد من المشاريع ⋯ على الطاقة الشمسية لتوليد الكهرباء",
        AWAJI_B,
        "الدكتور العواجي",
        "مؤكداً",
        "i",
    ),
    C(
        "برنامج التحول الاستراتيجي ⋯ إيجابية على البيئة في المملكة",
        AWAJI_B,
        "",
        "ونوه",
        "i",
    ),
    C(
        "الشركة أصبح لديها رؤية متكاملة ⋯ كمصدر بديل للتوليد الكهرباء",
        AWAJI_B,
        "",
        "وأشار",
        "i",
    ),
    C(
        "مشروع محطة «ليلى» سيقوم ⋯ بالطاقة صديقة للبيئة",
        AWAJI_B,
        "",
        "لافتاً",
        "i",
    ),
)
A(
    "2015-07-22-1999",
    C(
        "عسير نجحت في تسجيل انطلاقة لافتة ⋯ من كل مدن المملكة ودول الخليج",
        MUQBIL_B,
        "منظّم المهرجان الدكتور مقبل المقبل",
        "قال",
        "i",
    ),
    # Judgement: «وفق توجيهات أمير منطقة عسير …» is "in line with his directives", not a source
    # phrase; it and its relative clause stay in the organiser's claim.
    C(
        "الفعاليات مستمرة طيلة الشهر الحالي ⋯ ويلبي حاجات مختلف الشرائح",
        MUQBIL_B,
        "منظّم المهرجان الدكتور مقبل المقبل",
        "مشيراً",
        "i",
    ),
)
A(
    "2015-07-26-21",
    C(
        "تصريحات الكاتب الصحافي المصري ⋯ لن تؤثر على ترابط البلدين",
        SHOBOKSHI_B,
        "المحلل السياسي حسين الشبكشى",
        "قال",
        "i",
    ),
    C(
        "التصريحات السلبية التي تصدر ⋯ في الدولتين مصر والسعودية",
        SHOBOKSHI_B,
        "الشبكشي",
        "وأوضح",
        "i",
    ),
    C(
        "المؤتمر الأخير سببه الأساسي ⋯ والعلاقات القوية التي تربط البلدين",
        SHOBOKSHI_B,
        "الشبكشي",
        "وتابع",
        "i",
    ),
    # Judgement: the incidental «فنحن بحاجة …» later in the content leaves it indirect (fresh27).
    C(
        "عشية زيارة وزير خارجية إيران ⋯ الخط المتطرف لإيران واتجاهها",
        SHOBOKSHI_B,
        "الشبكشي",
        "وأضاف",
        "i",
    ),
    # Judgement: «وأوضحت أنه لا بد …» inside the analyst's content reports Saudi Arabia's position: it is
    # Saudi Arabia's own claim and ends the analyst's (fresh21/25/26/27: a report inside splits it).
    C(
        "قطر وكل دول الخليج أيدت ⋯ حذرة وفضلت الانتظار",
        SHOBOKSHI_B,
        "",
        "وقال",
        "i",
    ),
    C(
        "لا بد أن تراقب إيران ⋯ الثغرات الموجودة في الاتفاق",
        "السعودية",
        "السعودية",
        "وأوضحت",
        "i",
    ),
)
A(
    "2015-07-27-563",
    # Judgement: the quote opens before أن («أن …) and is never closed: the claim runs to the end of
    # its paragraph and is direct.
    C(
        "ميزانية المؤسسة لهذا العام ⋯ من خريجي وخريجات الثانويّة العامة",
        GHFAIS_B,
        "محافظ المؤسسة العامة للتدريب التقني والمهني الدكتور علي بن ناصر الغفيص",
        "أكد",
        "d",
    ),
    C(
        "مشروعات المؤسسة الإنشائية التي تم اعتمادها ⋯ وتحقيق اشتراطات السلامة",
        GHFAIS_B,
        "الغفيص",
        "وأضاف",
        "i",
    ),
    # Judgement: the uncued paragraph «أما بالنسبة للمعاهد فقد استلمت المؤسسة …» carries on the
    # governor's list of delivered projects and stays in his claim (fresh24/fresh27).
    C(
        "المؤسسة أنجزت عددًا من تلك المشروعات ⋯ والجوف والباحة",
        GHFAIS_B,
        "الدكتور الغفيص",
        "وأوضح",
        "i",
    ),
    C(
        "المؤسسة مستمرة في التوسع ⋯ والكلية التقنية للبنين بمكة المكرمة",
        GHFAIS_B,
        "المحافظ",
        "وأضاف",
        "i",
    ),
)
A(
    "2015-07-23-481",
    C("قدرة إيران على العدوان تمثل هما مشتركًا", CARTER_B, "وزير الدفاع الأمريكي آشتون كارتر", "قال", "i"),
    # Judgement: «إنه والملك سلمان أكدا …» — the fused pronoun goes with إن, so the span opens at
    # «والملك سلمان»; the joint stance reported by Carter (one of its two speakers) stays in his claim.
    C(
        "والملك سلمان أكدا خلال المحادثات ⋯ كالحاجة لتطبيق ملائم له",
        CARTER_B,
        "كارتر",
        "وقال",
        "i",
    ),
    C(
        "مباحثاته في جدة ركزت ⋯ خلال قمة في كامب ديفيد في مايو",
        CARTER_B,
        "الوزير الأمريكي",
        "وقال",
        "i",
    ),
    # Judgement: «سعى كارتر للتأكيد على القلق الأمريكي والسعودي» — a verbal-noun cue with a stance noun
    # (fresh8/fresh22), a claim; the participle «متحدثا عن أنشطة «ضارة» …» reports activities (an event,
    # fresh25) with one quoted word of his, so a direct claim (fresh24).
    C("القلق الأمريكي والسعودي بشأن إيران", CARTER_B, "كارتر", "للتأكيد", "i"),
    C("أنشطة «ضارة» في المنطقة واحتمالات شن عدوان", CARTER_B, "كارتر", "متحدثا", "d"),
    # Judgement: «وصنف كارتر إيران … بوصفهما …» is a claim (fresh6); «وأشار أيضًا للوضع في اليمن» is a
    # topic with no content, not annotated.
    C(
        "إيران وحدها مع تنظيم «داعش» ⋯ بين الولايات المتحدة والسعودية",
        CARTER_B,
        "كارتر",
        "وصنف",
        "i",
    ),
    C("النفوذ الإيراني على الحوثيين حقيقي", CARTER_B, "كارتر", "وقال", "d"),
    # Judgement: a closing » with no opening mark wraps the whole content (fresh12/fresh15: direct);
    # «وقال أيضًا» is coordinated in the same sentence as «وقال كارتر», so it takes that mention.
    C(
        "الملك سلمان سيزور الولايات المتحدة ⋯ بالرئيس باراك أوباما في سبتمبر",
        CARTER_B,
        "كارتر",
        "وقال",
        "d",
    ),
)
A(
    "2015-07-27-1094",
    # Not annotated: «أوضحت سفارة … ملابسات الحادثة» (a plain noun, no content).
    C(
        "الطفلة زينب تعرضت بالخطأ ⋯ بتاريخ 25 / 7 / 2015م",
        EMBASSY_B,
        "",
        "وأفادت",
        "i",
    ),
    # Judgement: «وتبين من المعلومات الأولية للتحقيق أنه …» is data inside the embassy's statement (stays
    # in it, fresh2); the next uncued paragraph «كما كلفت السفارة … اللازمة.» carries on the embassy's
    # third-person account and stays in the claim (fresh24/fresh27).
    C(
        "السفارة تابعت على الفور ⋯ وتتلقى العناية الطبية اللازمة",
        EMBASSY_B,
        "",
        "وقالت",
        "i",
    ),
    # Not annotated: «والد الطفلة: نشكر … وندعو الله …» (a sub-heading in the Name: content style, and
    # thanks and a prayer).
    # Judgement: «، وليس كما ورد في مواقع التواصل» is the source's own denial and stays in the claim
    # (the social media are no identifiable speaker).
    C(
        "الطفلة التي أصيبت في حادثة ⋯ وليس كما ورد في مواقع التواصل الإجتماعي",
        OMAN_SOURCE_B,
        "مصدر مسؤول بشرطة عمان السلطانية",
        "كشف",
        "i",
    ),
    C(
        "الطفلة والبالغة من العمر ⋯ وحالتها مستقرة ولله الحمد",
        OMAN_SOURCE_B,
        "المصدر",
        "وأضاف",
        "i",
    ),
    C("التحقيقات مستمرة لمعرفة ملابسات إطلاق النار", OMAN_SOURCE_B, "المصدر", "وأكد", "i"),
    # Judgement: «وأعرب … عن خالص شكره» is an evaluation (no claim); «وأضاف» in the same sentence takes
    # the father's full mention (held-out rule); the closing prayer «وندعو الله …» is left out.
    C(
        "الطفلة في تحسن مستمر ⋯ التي استقرت أعلى الخد الأيسر",
        "محمد حسين لباد",
        "والد الطفلة زينب الفاضل محمد حسين لباد",
        "وأضاف",
        "i",
    ),
)
