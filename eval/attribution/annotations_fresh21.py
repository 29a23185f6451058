"""Hand annotations for the twenty-first attribution fresh check set (CONVENTIONS.md, section «Fresh set 21»).

Same format and options as ``annotations_fresh5.py``. Twenty SaudiNewsNet articles drawn blind by
``draw_fresh.py --set fresh21`` (not in any other gold set by id or text hash, 800–2,400 characters, at
least six speech-cue words, shuffled with seed 20261219, at most two per outlet and two per day),
split in two halves of ten, each annotated by one annotator (A: the first ten drawn, B: the last ten)
from the article texts and these conventions only, before any extractor was run on them, without
reading the extractor's source or the other annotator's file. Build:
``.venv/bin/python eval/attribution/build_gold.py --set fresh21``.
"""

from __future__ import annotations

from annotations import C

ARTICLES: list[dict] = []


def A(article_id: str, *claims: dict) -> None:
    ARTICLES.append({"id": article_id, "claims": list(claims)})


# --- annotator A ---------------------------------------------------------------------------------

MUBARAK_A = "عمر بن عبدالعزيز المبارك"
ROUHANI_A = "حسن روحاني"
GRANDFATHER_A = "محمد ابو الرحى"
YASIN_A = "رياض ياسين"
BANDAR_A = "بندر بن عبدالله بن عبدالعزيز"
RAWI_A = "حمزة صالح الراوي"
CIVIL_SERVANT_A = "أحجد موظفي الخدمة المدنية بتعز"
SHIHA_A = "زياد الشيحة"
BLATTER_A = "سيب بلاتر"
NOONAN_A = "تيم نونان"
BAREZ_A = "عبدالستار بارز"
SAIF_A = "سيف"

A(
    "2015-07-25-262",
    # name followed by its role without a comma: mention of the (titled) name only (fresh7)
    C(
        "الغرض من الجولات ⋯ حسب المتفق عليه بالمعايير",
        MUBARAK_A,
        "المهندس عمر بن عبدالعزيز المبارك",
        "وأوضح",
        "i",
    ),
    # finite cue coordinated in the same sentence as a named subject takes that subject (held-out rule)
    C(
        "الهيئة تعمل مع المستثمرين ⋯ حتى يتم تنظيف السوق تدريجيا",
        MUBARAK_A,
        "المهندس عمر بن عبدالعزيز المبارك",
        "وأشار",
        "i",
    ),
    C("الجولات الميدانية تشمل ⋯ في مرافق الإيواء السياحي", MUBARAK_A, "المهندس المبارك", "وأكد", "i"),
    # «لافتا إلى توجيه رئيس الهيئة … بضرورة …»: an instruction reported is a claim (fresh2 «أشار إلى قرار/التوجيه»)
    C("توجيه رئيس الهيئة ⋯ والديمومة للاستثمار فيه", MUBARAK_A, "المهندس المبارك", "لافتا", "i"),
    C(
        "الجولات المفاجئة ومتابعة ⋯ في جميع مناطق المملكة",
        "عبدالرحمن الركبان",
        "المهندس عبدالرحمن الركبان",
        "أوضح",
        "i",
    ),
    # «وأكد الركبان أهمية دور …» and «منوها بأهمية التواصل …» are directives (أكد/أشار إلى أهمية + noun, held-out/fresh2): not annotated
)

A(
    "2015-07-21-615",
    C("العلاقات الوثيقة بين إيران وألمانيا ⋯ والشرق الأوسط بأكمله", ROUHANI_A, "الرئيس الإيراني", "قال", "i"),
    # «أعلنت إيران وألمانيا عن خطط …، وفقًا لتقرير نشرته وكالة …»: a plan announced is a claim (fresh16);
    # the relayed report goes to the innermost speaker (fresh6 «وبحسب رويترز قالت الوزارة»), not the agency
    C(
        "خطط لعقد أول مؤتمر اقتصادي مشترك لهما في العقد الحالي",
        "إيران وألمانيا",
        "إيران وألمانيا",
        "وأعلنت",
        "i",
    ),
    # «قال روحاني إنه يأمل أن تلعب ألمانيا …، كما لعبت …» is a hope as the content: not annotated (fresh4/fresh12 wishes)
    # «ونقل التقرير تصريحات روحاني قائلاً: «…»»: relayed words belong to Rouhani (fresh9 «تصريحات على لسان اللاعب»)
    C("أنا أثق في أن ⋯ في طريق عودة العلاقات", ROUHANI_A, "روحاني", "قائلاً", "d"),
    # «نقل تقرير الوكالة تصريحات وزير النفط … بالتخطيط لعقد …»: innermost speaker, ب left out
    C(
        "التخطيط لعقد المؤتمر في أواخر الصيف أو أوائل الخريف",
        "بيجان زنكنه",
        "وزير النفط الإيراني بيجان زنكنه",
        "تصريحات",
        "i",
    ),
)

A(
    "2015-08-04-993",
    C(
        "وزارة الصحة العمانية تكفلت ⋯ لمتابعة حالة الطفلة أولا بأول",
        GRANDFATHER_A,
        "محمد ابو الرحى",
        "لافتا",
        "i",
    ),
    C("الطفلة التي خضعت ⋯ من الفريق المشرف على علاجها", GRANDFATHER_A, "", "وقال", "i"),
    C("الفريق الطبي اعطى الضوء الاخضر ⋯ السرير الابيض اليوم الثلاثاء", GRANDFATHER_A, "", "مؤكدا", "i"),
    C("عملية استكمال العلاج في المملكة مرهون بالمضاعفات", GRANDFATHER_A, "", "لافتا", "i"),
    # «بيد ان التقارير الطبية تؤكد تجاوز …» inside the grandfather's content: embedded report of the reports
    # (fresh2 «التقارير الصحية تؤكد زوال الخطر»); the following «حيث ستعود …» kept with it as its explanation
    C(
        "تجاوز الطفلة جميع مراحل الخطر، حيث ستعود لممارسة حالتها الطبيعية مجددا",
        "التقارير الطبية",
        "التقارير الطبية",
        "تؤكد",
        "i",
    ),
    # «معبرا عن شكره … حيث سخرت سفارة المملكة موظفا …»: evaluation with no content clause, the حيث clause has no cue: not annotated
    C("الجهاز الاداري والطبي ⋯ بنجاح العملية الجراحية", GRANDFATHER_A, "", "وذكر", "i"),
    # colon followed by إن in the third person: indirect (fresh4); participle of a subjectless «وعبر»: no mention
    C("السفير السعودي عيد الثقفي تابع ⋯ في سبيل انقاذ حياة الطفلة", GRANDFATHER_A, "", "مضيفا", "i"),
    C("سفارة المملكة تتواصل ⋯ بحق مطلق النار على الطفلة", GRANDFATHER_A, "جد الطفلة", "أوضح", "i"),
    C("الشرطة العمانية القت القبض ⋯ بحق مطلق الرصاصة", GRANDFATHER_A, "جد الطفلة", "لافتا", "i"),
)

A(
    "2015-08-01-1156",
    C(
        "مقترح المبعوث الدولي ⋯ «غير قابل للتطبيق حاليا»",
        YASIN_A,
        "وزير الخارجية اليمني رياض ياسين",
        "قال",
        "d",
    ),
    # «، المتعلق بالانسحاب من المدن …» after the closing quote is the journalist's gloss on resolution 2216 (fresh12): left out
    C("تنفيذ المقترح يتطلب ⋯ لا سيما القرار 2216»", YASIN_A, "ياسين", "وأكد", "d"),
    C(
        "ناقش وجود مراقبين دوليين ⋯ لمراقبة الأوضاع في اليمن",
        "إسماعيل ولد الشيخ أحمد",
        "المبعوث الدولي لليمن",
        "وقال",
        "i",
    ),
    C("الحكومة اليمنية كانت قد ناقشت ⋯ وانسحاب المتمردين من المدن", YASIN_A, "ياسين", "وأوضح", "i"),
    C("الحكومة اليمنية تتعامل بإيجابية ⋯ بالتعاون مع الحكومة", YASIN_A, "ياسين", "وأشار", "i"),
)

A(
    "2015-08-03-1164",
    C(
        "خادم الحرمين الشريفين الملك عبدالله ⋯ في المجتمعات العالمية",
        BANDAR_A,
        "صاحب السمو الملكي الأمير بندر بن عبدالله بن عبدالعزيز",
        "أوضح",
        "i",
    ),
    C(
        "مؤسسة الملك عبدالله العالمية للأعمال الإنسانية تسعى ⋯ في جميع أنحاء العالم",
        BANDAR_A,
        "",
        "وأوضح",
        "i",
    ),
    C(
        "الورشة تأتي ضمن ⋯ مختلف قضايا الشباب",
        "منصور المقيطيب",
        "قائد فريق الخدمة الدولي IST بالوفد السعودي منصور المقيطيب",
        "وأوضح",
        "i",
    ),
)

A(
    "2015-07-24-225",
    C("التطبيق يعد الأول للمنطقة ⋯ من الخدمات والمرافق العامة", RAWI_A, "حمزة الراوي", "وأوضح", "i"),
    # incidental first person («الهاجس لدينا») in a paraphrase leaves it indirect (fresh12)
    C("الفكرة كانت بجمادى ⋯ ولزائريها والسائحين", RAWI_A, "حمزة الراوي", "مشيرًا", "i"),
    # «وأضاف قائلاً:” …”»: the cue is قائلاً (fresh11/fresh13)
    C("نحن الشباب الرياديين ⋯ المتواصلة من كل البحور", RAWI_A, "", "قائلاً", "d"),
    C("بدأنا في تنفيذ الفكرة ⋯ متكامل يخدم المنطقة", RAWI_A, "", "قائلاً", "d"),
    C("التطبيق hkjin كمرحلة أولى ⋯ ونظام Android", RAWI_A, "", "مشيرا", "i"),
    C("يحاولان جاهدين ⋯ وبين استكمال ما تبقى", RAWI_A, "الراوي", "وأضاف", "i"),
    # «أنه ما زال الأمل قائماً …» states that hope remains (a statement, not a wish form like أمل أن): a claim
    C("ما زال الأمل قائماً ⋯ ووكيل الإمارة الدكتور الشمري", RAWI_A, "الراوي", "وأكد", "i"),
)

A(
    "2015-07-24-376",
    # «…، بحسب تحقيق أجرته صحيفة “واشنطن بوست”»: source after the content; the paper is cited as a source,
    # not named as the story's wire agency, so it is kept as the speaker
    C(
        "علي عبدالله يبلغ من العمر 15 عامًا اختفى من منزله في صباح يوم قبل ثلاثة أشهر",
        "صحيفة واشنطن بوست",
        "صحيفة “واشنطن بوست”",
        "بحسب",
        "i",
        after=True,
    ),
    # «ليقول لها إنه انضم …»: the narration that follows («وبانضمامه أصبح …») is the journalist's
    C("انضم إلى الشيعة المتمردين الذين يعرفون بالحوثيين", "علي عبدالله", "الفتى", "ليقول", "i"),
    # closing quote with no opening mark wraps the whole content: direct (fresh12); unnamed source kept as spelled
    C("الطفل علي ما زال يدرس في الصف التاسع", CIVIL_SERVANT_A, CIVIL_SERVANT_A, "قاله", "d", after=True),
    # «وأضاف» in the same sentence as the named subject takes it as mention (held-out rule)
    C("من المفترض أن يكون في المدرسة يتعلم وليس محاربًا", CIVIL_SERVANT_A, CIVIL_SERVANT_A, "وأضاف", "d"),
    # mid-sentence source phrase takes only the clause before it (fresh20); the sentence-initial «إن» left out
    C(
        "الآلاف من الأطفال يحاربون في الصراع في اليمن",
        "مجموعة من الحقوقيين وموظفي الإغاثة",
        "مجموعة من الحقوقيين وموظفي الإغاثة",
        "بحسب",
        "i",
        after=True,
    ),
    # «وبناءً على التقديرات فإن …»: treated as a source phrase (like وفقا لـ) with an unnamed source «التقديرات»
    # (like «الأنباء», fresh11) — the least certain call of this article
    C("الفتيان أقلّ من 18 عامًا ⋯ 250 ألف مقاتل", "التقديرات", "التقديرات", "وبناءً على", "i"),
    # the next paragraph «ويحدث هذا …» has no cue of its own: not part of her claim
    C("الفصائل المتحاربة ⋯ وفوائد أخرى", "جوليان هيرنس", "جوليان هيرنس", "قالت", "i"),
    C(
        "في ظل المعارك الحالية أصبحت هنالك صعوبة بالغة في الحصول على غذاء",
        "الأمم المتحدة ومجموعة الإغاثة",
        "الأمم المتحدة ومجموعة الإغاثة",
        "بحسب",
        "i",
        after=True,
    ),
    C("تدهور الأوضاع الإنسانية ⋯ إلى معيلين", "جلال شامي", "جلال شامي", "قال", "i"),
)

A(
    "2015-07-31-1392",
    C(
        "الانقطاعات الكهربائية واردة ⋯ أو لأسباب أخرى",
        SHIHA_A,
        "الرئيس التنفيذي للشركة السعودية للكهرباء المهندس زياد الشيحة",
        "أكد",
        "i",
    ),
    C(
        "انقطاع الكهرباء ظاهرة عالمية ⋯ رئيس الولايات المتحدة الأميركية",
        SHIHA_A,
        "الرئيس التنفيذي للشركة السعودية للكهرباء المهندس زياد الشيحة",
        "معتبرا",
        "i",
    ),
    C("تنويع مصادر الطاقة ⋯ يعطي الشبكة أكثر موثوقية", SHIHA_A, "الشيحة", "وقال", "i"),
    C("تمديد الكهرباء إلى 7.5 ملايين مشترك ⋯ إلى انقطاع في الكهرباء", SHIHA_A, "الشيحة", "مشيرا", "i"),
    C("استخدام المملكة للطاقة ⋯ سكان دول الخليج كافة", SHIHA_A, "المهندس زياد الشيحة", "وكشف", "i"),
    C("نسبة الأحمال في المملكة ⋯ للذروة الفعلية هذا العام", SHIHA_A, "المهندس زياد الشيحة", "مضيفا", "d"),
    # stray closing quote after the paraphrase (with first-person «لنصل») makes it direct (fresh12/fresh15)
    C("من المتوقع بعد عودة ⋯ ما يقارب 60% ألف ميجا وات", SHIHA_A, "الشيحة", "وقال", "d"),
    # «وإن الشركة بدأت …» opens a new paragraph after the closed quote and carries the same «إن» (fresh12 «كما أن»);
    # annotated as its own claim with no mention
    C("الشركة بدأت مشروع ضخم ⋯ بعدادات ذكية", SHIHA_A, "", "وقال", "i"),
    C("الاقتصاد الوطني سيدعم ⋯ من حرق مشتقات البترول", SHIHA_A, "", "مفيدا", "i"),
)

A(
    "2015-07-21-682",
    # «طالبت …» (a demand) and «وقال جيمي فولر "نحن ندعو كوفي عنان …"» (a quoted appeal, fresh7) are not claims
    # «لسيب بلاتر الذي أعلن تخليه عن المنصب»: cue in a relative clause, claim of the antecedent (fresh12);
    # a resignation announced is a decision claim (fresh9 «عزل مرسي», fresh19)
    C("تخليه عن المنصب", BLATTER_A, "سيب بلاتر", "أعلن", "i"),
    # «وأعيد انتخاب بلاتر … لكنه أعلن …»: finite cue coordinated with the named subject takes it (held-out rule)
    C("استقالته", BLATTER_A, "بلاتر", "أعلن", "i"),
    C("الاتحاد على اتصال مع عنان", NOONAN_A, "تيم نونان", "وقال", "i"),
    # «"تحدثنا إلى كوفي عنان.. ألمح إلى أنه سيكون مستعدا … لقد تم الاتصال الأول"»: Annan's hint inside the quote
    # is his own claim and splits Noonan's quote, which resumes after it (fresh10/fresh17/fresh19 splits)
    C("تحدثنا إلى كوفي عنان", NOONAN_A, "نونان", "وقال", "d"),
    C("سيكون مستعدا لتلقي أي عرض", "كوفي عنان", "", "ألمح", "i"),
    C("لقد تم الاتصال الأول", NOONAN_A, "نونان", "وقال", "d"),
    # «يجب أن يأتي من …» is an obligation stated, a claim (fresh10); partial quote at the end kept
    C('العرض الرسمي يجب أن يأتي من "داخل أسرة كرة القدم"', NOONAN_A, "نونان", "مشيرا", "d"),
)

A(
    "2015-07-23-619",
    # «وكانت الحصيلة الأولى أشارت إلى سقوط …» is not a claim (fresh16 «الحصيلة الأولى تفيد»); «أكد … الحصيلة»
    # (a plain noun) is not (fresh10)
    C(
        "هذا الصباح فجر انتحاري سترته الناسفة داخل سوق في المار",
        BAREZ_A,
        "حاكم الولاية عبدالستار بارز",
        "وأعلن",
        "d",
    ),
    C("تشير معلوماتنا ⋯ وجندي افغاني واحد على الاقل", BAREZ_A, "بارز", "وتابع", "d"),
    C("38 شخصا اخرين اصيبوا بجروح", BAREZ_A, "بارز", "مضيفا", "i"),
    C("بعض الجرحى في حالة حرجة", "صالح محمد صالح", "المسؤول في المار صالح محمد صالح", "مضيفا", "i"),
    C("بحسب المعلومات الاستخباراتية ⋯ اقمنا حاجزا للبحث عنه", SAIF_A, "قائد الشرطة المحلية سيف", "وقال", "d"),
    C("كنا لا نزال نبحث عنه ⋯ عربة عسكرية مدرعة", SAIF_A, "سيف", "وتابع", "d"),
    C("منفذ الهجوم بين 20 وال25 من العمر", SAIF_A, "سيف", "مضيفا", "i"),
)


# --- annotator B ---------------------------------------------------------------------------------

TAAMA_B = "عضو كتلة المستقبل النائب نضال طعمة"
A(
    "2015-07-27-517",
    # يرى with a content clause is a cue (round 2); the opening « is never closed, so the quote
    # wraps the whole content up to the end of its sentence (before «وقال»).
    C("حديث أمين عام حزب الله ⋯ ولا ربطنا مصيرنا به", "نضال طعمة", TAAMA_B, "رأى", "d"),
    # Embedded reports of Nasrallah inside Taama's quotation split it (fresh13/17/19 rule: a report
    # by another speaker inside a quotation is its own claim, the outer claim split around it).
    C("أطل نصر الله على اللبنانيين", "نضال طعمة", "", "وقال", "d"),
    # «ليعلن للجميع ارتباطه …»: أعلن + verbal noun; addressee left out.
    C("ارتباطه الوثيق بالمحور الإيراني", "حسن نصر الله", "نصر الله", "ليعلن", "i"),
    # «وليفسر لنا أن …»: فسّر is not in the inventory but is a speech verb like أوضح/بيّن.
    C(
        "إيران يستحيل أن تتخلى عنه، لأن ثمة رابطاً عقائدياً فيما بينهم",
        "حسن نصر الله",
        "نصر الله",
        "وليفسر",
        "i",
    ),
    # Resumed outer quotation. «حاول نصر الله أن يظهر … وكأنه …، هكذا قالها» is kept inside Taama's claim:
    # «حاول أن يظهر» is his characterisation (أظهر is no cue) and «هكذا قالها» a remark on it, no own content.
    C("هنا نسأل السيد حسن ⋯ سبي المؤسسات ومصادرة دورها", "نضال طعمة", "", "وقال", "d"),
    C(
        "الحزب يثق في أن بوسعه ⋯ الذي وقعته طهران مع الغرب",
        "حسن نصر الله",
        "زعيم حزب الله حسن نصر الله",
        "قال",
        "i",
    ),
    # fresh17: «منتقدين يقولون إنها …» is its own claim and ends the outer one; «ستفحم» quoted → direct.
    C("واثق من أن إيران «ستفحم» منتقدين", "حسن نصر الله", "نصر الله", "وأضاف", "d"),
    C("ستوقف دعمها لحزب الله", "منتقدين", "منتقدين", "يقولون", "i"),
    # «نعت الأوساط السياسية … السيد حسن خالد شلحة» (mourning a death, no content clause) is not annotated;
    # «أكد … على أهمية الدور» is a directive (held-out rule); the participle after it is a claim.
    C(
        "غالبية اللبنانيين يؤيدون ⋯ لتفويت الفرصة على فريق التعطيل",
        "حسن خالد شلحة",
        "السياسي الراحل",
        "لافتا",
        "i",
    ),
)

HAMDI_B = "هاشمي الحامدي"
A(
    "2015-08-06-3116",
    # fresh3/fresh19: a speaker introduced by a description takes the name the article gives later.
    C("سيعمل على تمكين الرئيس الأسبق ⋯ لقضاء بقية حياته", HAMDI_B, "سياسي تونسي", "أعلن", "i"),
    # «متحدثاً أن …» with a content clause is treated as a cue (تحدث + content, fresh5).
    C("تونس تحتاج اليوم إلى طيّ صفحة الماضي من أجل بنائها من جديد", HAMDI_B, "سياسي تونسي", "متحدثاً", "i"),
    # «وحسب موقع CNN، … الحامدي أضاف أنه …» goes to the innermost speaker (fresh6 relayed report).
    C("في حالة فوزه في الانتخابات ⋯ كي يعيد بن علي من السعودية", HAMDI_B, "هاشمي الحامدي", "أضاف", "i"),
    C("اتصل بالأمين العام لحزب ⋯ بعد انضمامهم إليه", HAMDI_B, "الهاشمي", "وزاد", "i"),
    C("اتصاله بالمنذر الزنايدي؛ الوزير الأسبق في عهد بن علي؛ للغرض ذاته", HAMDI_B, "الهاشمي", "أعلن", "i"),
    C('التحاق حزبه بتنسيقية الأحزاب ⋯ ثم موافقة حركة "النهضة"', HAMDI_B, "الهاشمي", "أعلن", "i"),
    C("الهدف من طلبه الالتحاق ⋯ حزام سياسي للعمل المشترك", HAMDI_B, "الهاشمي", "مشيراً", "i"),
    # «كما أعلن ترشحه …» in the journalist's background: أعلن + a decision noun is a claim (fresh9,
    # fresh19); the finite cue takes the sentence's named subject (held-out rule); «قبل أن يسحب ترشحه»
    # is the journalist's and left out.
    C("ترشحه لانتخابات الرئاسة عام 2014", HAMDI_B, "هاشمي الحامدي", "أعلن", "i"),
)

SHEHRI_B = "وكيل وزارة الزراعة والمتحدث الرسمي باسمها المهندس جابر الشهري"
CENTRE_B = "مركز البحوث والدراسات"
A(
    "2015-08-06-1980",
    C(
        "تتجه المملكة إلى الاستزراع السمكي ⋯ في متناول الجميع",
        "جابر الشهري",
        SHEHRI_B,
        "أكده",
        "i",
        after=True,
    ),
    C("المملكة تغطي 35% ⋯ بحوالي 300 ألف طن في السنة", "جابر الشهري", SHEHRI_B, "كاشفا", "i"),
    # «مستبعدا عملية المقارنة …، كون …» is not annotated: «استبعد» (ruled out) is not a claim (fresh3).
    C(
        "الطلب في تزايد على الأسماك ⋯ مما أدى إلى ارتفاع أسعارها",
        "جابر الشهري",
        "المهندس الشهري",
        "وقال",
        "i",
    ),
    # «بينت الأهمية الاقتصادية والقيمة الغذائية …» (بيّن + a plain noun, a topic) and «لافتة إلى أهمية
    # هذه الثروة …» (أشار إلى أهمية + noun, held-out rule) are not annotated, read literally.
    # The study is the centre's (fresh9: a report speaks for its named author: «أجرى المركز دراسة»).
    C("إنتاج المملكة من الأسماك والروبيان ⋯ 100 ألف طن عام 2010", CENTRE_B, "الدراسة", "ولفتت", "i"),
    # «لكنها أشارت» is coordinated in the same sentence with «ولفتت الدراسة» (held-out rule); «وهو ما يعني
    # وجود فرص …» is read as the study's reasoning and kept.
    C(
        "الإنتاج لا يكفي الاستهلاك المحلي ⋯ أو من خلال تنمية الاستزراع السمكي",
        CENTRE_B,
        "الدراسة",
        "أشارت",
        "i",
    ),
    C("بلغ 148.5 مليون طن في عام 2010", CENTRE_B, "الدراسة", "أشارت", "i"),
)

MITEB_B = "متعب بن عبدالله بن عبدالعزيز آل سعود"
A(
    "2015-07-22-915",
    # One run-on sentence under «وأكد … بأن»: paraphrase that slides into the prince's first-person words
    # («رأينا … وقواتنا … ونبشركم») with no new cue: kept as one coordinated claim (one cue, one claim);
    # direct because most of it is his verbatim first person (fresh12: verbatim first person → direct).
    C("زيارته اليوم جاءت لتفقد ⋯ إنسان محب لهذه البلاد", MITEB_B, "الأمير متعب بن عبدالله", "وأكد", "d"),
    # «وأضاف» in the same sentence as the named subject takes it (held-out rule); first person → direct.
    C("الحرس كان سابقاً في المنطقة ⋯ وأن طلب منا نحن جاهزين", MITEB_B, "الأمير متعب بن عبدالله", "وأضاف", "d"),
    C("إذا تم اعتماد قوة حرس ⋯ بناء وحدات سكنية ومستشفى", MITEB_B, "", "قال", "i"),
    # «وأشار حول … قال: …» is one report (the cue with content is قال); after a colon → direct (fresh2).
    C("تم الرفع بها للديوان الملكي وبإذن الله في حالة انتظار صدور الأمر", MITEB_B, "", "قال", "d"),
)

FESTIVAL_B = "مسؤولون في المهرجان"
A(
    "2015-08-04-190",
    # أعلن + a decision noun («تحديد يوم …») is a claim (fresh9, fresh19).
    C(
        "تحديد يوم تسعة ديسمبر (كانون الأول) المقبل لانطلاق دورته الثانية عشرة",
        "مهرجان دبي السينمائي الدولي",
        "مهرجان دبي السينمائي الدولي",
        "أعلن",
        "i",
    ),
    C("الدورة الجديدة ستقام ⋯ العربية والغربية والآسيوية", FESTIVAL_B, FESTIVAL_B, "وقال", "i"),
    C("تم فتح باب التسجيل ⋯ الراغبين في المشاركة", FESTIVAL_B, "المسؤولون", "وذكر", "i"),
    C("تواصل سوق دبي السينمائية ⋯ أمام المنتجين الدوليين", FESTIVAL_B, FESTIVAL_B, "وقال", "d"),
    # fresh7: a name followed by its role without a comma gives a mention of the name only.
    C(
        "يجوب المسؤولون عن برامج المهرجان ⋯ ما يفيده ويعود عليه بالفائدة",
        "شيفاني بانديا",
        "شيفاني بانديا",
        "وقالت",
        "d",
    ),
    C("حرصنا هذا العام ⋯ بين جميع أفراد المجتمع", "شيفاني بانديا", "", "وأضافت", "d"),
)

COALITION_B = "الائتلاف الوطني لقوى الثورة والمعارضة السورية"
A(
    "2015-07-27-444",
    C(
        "معاناة جيشه من النقص العددي والتعب الذي أرهق عناصره",
        "بشار الأسد",
        "الرئيس السوري بشار الأسد",
        "اعترف",
        "i",
    ),
    # Parentheses serve as quote marks throughout this article; partly quoted content → direct.
    C("أي مسار سياسي لا يضمن ⋯ (لا فرصة له ليرى النور)", "بشار الأسد", "الأسد", "قال", "d"),
    # fresh5: a verbal noun of a cue («تأكيده على أن») opens a claim.
    C("(كل شيء متوفر) في الجيش", "بشار الأسد", "", "تأكيده", "d"),
    # fresh17: «أقر … بـ» is like «اعترف بـ».
    C("وجود (نقص في الطاقة البشرية)", "بشار الأسد", "", "أقر", "d"),
    C("نسبة الالتحاق في الجيش ازدادت خلال الشهرين الماضيين", "بشار الأسد", "", "مشيراً", "i"),
    C("العقبة التي تقف في وجه القوات ⋯ لدينا مشكلة بالتعب", "بشار الأسد", "", "وقال", "d"),
    # A stray closing mark «)» after this paraphrase: treated as a closing quote with no opening mark,
    # wrapping the whole content → direct (fresh12, fresh15), the mark left out.
    C("الفصائل التي يواجهها جيشه تمكنت من السيطرة على بعض المناطق", "بشار الأسد", "", "مشيراً", "d"),
    # Canonical speaker: the fullest name the article gives for the coalition (in the statement itself).
    C(
        "استمرار المشاورات السياسية لتشكيل مجلس عسكري جديد",
        COALITION_B,
        "الائتلاف السوري المعارض",
        "أكد",
        "i",
    ),
    C("إشارة إلى القرار الصادر ⋯ قادراً على تحقيق أهداف الثورة", COALITION_B, "الائتلاف", "وقال", "d"),
    C("اللجنة قد باشرت أعمالها ⋯ في أسرع وقت ممكن", COALITION_B, "ائتلاف", "وأضاف", "d"),
)

NATO_B = "حلف شمال الاطلسي"
A(
    "2015-07-26-1254",
    C('تركيا "طلبت هذا الاجتماع ⋯ وهم متضامون مع تركيا"', NATO_B, "الحلف الاطلسي", "وقال", "d"),
    # The quoted clause is the treaty's Article 4 wording (a quoted text, not the statement's own
    # phrasing) → indirect (kind rule: not a quoted name, title, term).
    C('انقرة استخدمت المادة 4 ⋯ تتعرض للتهديد"', NATO_B, "البيان", "واضاف", "i"),
    # fresh16: «تبنى … مقتل …» is a claim; «والتي قال انها …» is the same speaker's report inside its own
    # content and stays in it (fresh19: «التي قال إن …» inside the same speaker's content).
    C(
        "هجوما بسيارة مفخخة ⋯ بين الجانبين منذ 2013",
        "حزب العمال الكردستاني",
        "حزب العمال الكردستاني",
        "تبنى",
        "i",
    ),
)

FANNING_B = "ميك فانينج"
A(
    "2015-07-22-544",
    C(
        "نجاته من هجوم لسمكة قرش ⋯ كانت بمثابة «معجزة»",
        FANNING_B,
        "بطل ركوب الأمواج الأسترالي ميك فانينج",
        "مؤكدًا",
        "d",
    ),
    C("لا أعرف لماذا لم تعض. ⋯ فقط كانت تعود للخلف", FANNING_B, "فانينج", "وقال", "d"),
    # «، وهي المناورة التقليدية التي يقوم بها قبل عض فريسته» read as the journalist's gloss and left out
    # (fresh12: the journalist's gloss is left out of the span).
    C("رأى زعنفة القرش تقترب نحوه ⋯ عندما استدار القرش على جانبه", FANNING_B, "", "وأشار", "i"),
    C("كنت فوقه، أحاول وضع اللوح بيني وبينه", FANNING_B, "فانينج", "وأضاف", "d"),
    # «بدأ فانينج …، وأوضح»: a finite cue coordinated with a named subject takes it (held-out rule).
    C("بمجرد فقداني للوح ⋯ على مدى حظك", FANNING_B, "فانينج", "وأوضح", "d"),
    C("بعد هذا الحادث لا يعتزم العودة الآن إلى المياه", FANNING_B, "فانينج", "وقال", "i"),
)

TVTC_B = "المؤسسة العامة للتدريب التقني والمهني"
OTAIBI_B = "المتحدث الرسمي للمؤسسة العامة للتدريب التقني والمهني فهد العتيبي"
A(
    "2015-07-23-290",
    # «بهدف إتاحة الفرصة …» is not trailing here (the relative clause on the training year's start date
    # follows it), so the whole announcement to the period is kept (fresh18: an attached purpose phrase stays).
    C("استمرار فترة القبول للعام التدريبي ⋯ الموافق 23 أغسطس 2015م", TVTC_B, TVTC_B, "أعلنت", "i"),
    C("البوابة الموحدة للتسجيل ⋯ وفق جدول زمني محدد", "فهد العتيبي", OTAIBI_B, "وأوضح", "i"),
    C("استمرار القبول في الكليات التقنية ⋯ الموافق 26 يوليو 2015م", "فهد العتيبي", OTAIBI_B, "مشيراً", "i"),
    # «وأكد على جميع الراغبين … ضرورة الدخول …» is a directive; «مشدداً على أن …» has a content clause
    # (fresh10) and is a claim; its governing verb has no explicit subject → no mention.
    C("البوابة الإلكترونية للتسجيل هي الخيار الوحيد ⋯ لتقديم الطلبات", "فهد العتيبي", "", "مشدداً", "i"),
    C("المؤسسة تسعى من خلال تمديد ⋯ بالبرامج التدريبية", "فهد العتيبي", "العتيبي", "وأفاد", "i"),
    C("تم الانتهاء من مختلف التجهيزات ⋯ لبدء العام التدريبي المقبل", "فهد العتيبي", "العتيبي", "لافتاً", "i"),
)

DOD_B = "وزارة الدفاع الأمريكية"
A(
    "2015-07-31-1438",
    C(
        "طائرات التحالف الدولي واصلت ⋯ في سوريا و العراق",
        DOD_B,
        "وزارة الدفاع الأمريكية ” البنتاغون ”",
        "أوضحت",
        "i",
    ),
    C("طيران التحالف نفذ 9 غارات ⋯ بدون طيار في سوريا", DOD_B, "وزارة الدفاع", "وأعلنت", "i"),
    C("طيران التحالف نفذ أيضاً 22 غارة ⋯ وطائرات مقاتلة وبدون طيار", DOD_B, "", "وبينت", "i"),
    C("الغارات استهدفت مواقع ⋯ الموصل والرمادي في العراق", DOD_B, "البيان", "وأفاد", "i"),
    # fresh16: evidence («التقييمات … أكدت») inside a speaker's claim stays in it.
    C("التقييمات للغارات الجوية ⋯ عادت إلى قواعدها سالمة", DOD_B, "وزارة الدفاع", "وقالت", "i"),
)
