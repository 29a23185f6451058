"""Hand annotations for the twenty-fourth attribution fresh check set (CONVENTIONS.md, section «Fresh set 24»).

Same format and options as ``annotations_fresh5.py``. Twenty SaudiNewsNet articles drawn blind by
``draw_fresh.py --set fresh24`` (not in any other gold set by id or text hash, 800–2,400 characters, at
least six speech-cue words, shuffled with seed 20261222, at most two per outlet and two per day),
split in two halves of ten, each annotated by one annotator (A: the first ten drawn, B: the last ten)
from the article texts and these conventions only, before any extractor was run on them, without
reading the extractor's source or the other annotator's file. Build:
``.venv/bin/python eval/attribution/build_gold.py --set fresh24``.
"""

from __future__ import annotations

from annotations import C

ARTICLES: list[dict] = []


def A(article_id: str, *claims: dict) -> None:
    ARTICLES.append({"id": article_id, "claims": list(claims)})


# --- annotator A ---------------------------------------------------------------------------------

ARMY_POLICE_A = "الجيش والشرطة الإسرائيلية"
PLO_NEG_A = "دائرة شؤون المفاوضات في منظمة التحرير"
# 01 alwatan
A(
    "2015-08-07-1100",
    C("فلسطينيا هاجم الجنود ⋯ بمروحية لتلقي العلاج", ARMY_POLICE_A, ARMY_POLICE_A, "وذكر", "i"),
    # Judgement: a singular «وأشار» right after a joint subject carries on that speaker (fresh19,
    # «وأشار إلى أن» after «وقال الشهود»); no subject of its own, so no mention.
    C("جنودا تواجدوا في المنطقة ⋯ وإصابته بجروح خطيرة", ARMY_POLICE_A, "", "وأشار", "i"),
    # Judgement: «إنه، منذ عام 2004، شن …» starts after the fused pronoun and its comma (span rule);
    # «أبناء شعبنا» is an incidental first person, so the claim stays indirect (fresh12).
    C(
        "منذ عام 2004، شن المستوطنون ⋯ لارتكاب هذه الجرائم المروعة",
        "منظمة التحرير الفلسطينية",
        "منظمة التحرير الفلسطينية",
        "قالت",
        "i",
    ),
    # Judgement: «ويوثق التقرير جريمة قتل …» is not annotated: «يوثق» (documents, records) is treated
    # like «رصد»/«سجلت مراكز حقوقية» (fresh14: recorded data, no cue).
    # Judgement: the report speaks for its author, named in «تقرير أعدته دائرة شؤون المفاوضات في
    # منظمة التحرير» («A document speaks for its author»). The CD's instructions quoted inside
    # (imperatives: اكسر، ابدأ، ضع) are directives, so nothing is split out of the report's claim.
    C(
        "قبل بضع ساعات من الهجوم ⋯ يتم حرق الجميع على قيد الحياة",
        PLO_NEG_A,
        "التقرير",
        "ولفت",
        "i",
    ),
    # Judgement: content after a comma with no أن and no colon, third person: direct (fresh9).
    C("كانت الطريقة مشابهة تماما ⋯ بحق عائلة دوابشة", PLO_NEG_A, "التقرير", "وأضاف", "d"),
    C(
        "انفجارا أسفر عن مقتل ⋯ على الحدود مع مصر",
        "مسؤولون في قطاع الصحة وسكان",
        "مسؤولون في قطاع الصحة وسكان",
        "قال",
        "i",
    ),
    # Judgement: «تقارير لحركة (حماس)» are reports with a named author, so they speak for it
    # (fresh9: «a report speaks for its named author»); the mention keeps the brackets (fresh11).
    C(
        "الانفجار ناجم عن صاروخ ⋯ من مخلفات حرب العام الماضي",
        "حركة حماس",
        "تقارير لحركة (حماس)",
        "وقالت",
        "i",
    ),
    # Judgement: «وهو عضو في حماس» is the journalist's gloss on the name and is left out (fresh12).
    C(
        "تحقق في الأمر ⋯ منزل أيمن أبو نقيرة",
        "وزارة الداخلية التابعة لحماس",
        "وزارة الداخلية التابعة لحماس",
        "وأشارت",
        "i",
    ),
    C("أبو نقيرة أصيب في الانفجار ⋯ وثلاثة من أقاربه", "شهود", "شهود", "وقال", "i"),
)

MAMISH_A = "مهاب مميش"
# 02 3alyoum
A(
    "2015-07-25-93",
    # Judgement: a single quoted word of the speaker's («“عملاقة”») makes the claim direct (fresh17).
    C("قافلة تضم ثلاث سفن ⋯ يوم السادس من أغسطس آب", MAMISH_A, "الفريق مهاب مميش", "قال", "d"),
    C("التشغيل التجريبي “كان رسالة ⋯ بغاطس 66 قدما.”", MAMISH_A, "مميش", "وقال", "d"),
    C("اليوم تم المرور ⋯ قناة السويس كمرفق عالمي", MAMISH_A, "", "وأضاف", "d"),
    C("الهيئة ستجري عمليات تشغيل ⋯ في القناة قبل افتتاحها", MAMISH_A, "", "وتابع", "i"),
    C("أعمال التكريك في القناة الجديدة أوشكت على الانتهاء", MAMISH_A, "", "مضيفا", "i"),
    # Judgement: the next sentence «وتدعى السفينة الثالثة …» has no cue but carries on the sources'
    # list of ships (the second, then the third) and stays in their claim (fresh17: «كما ارتفع …»
    # carries on a report; fresh22: an uncued sentence after a stray point carries on a claim).
    C("السفينة الثانية تدعى ⋯ وتبلغ حمولتها 77 ألف طن", "مصادر ملاحية", "مصادر ملاحية", "وقالت", "i"),
    C("ثلاث سفن أخرى قادمة ⋯ القديمة في نفس الوقت", "مصادر ملاحية", "المصادر", "وأضافت", "i"),
    C(
        "التشغيل التجريبي للقناة أجرى ⋯ واللنشات البحرية التابعة للجيش",
        "وسائل إعلام رسمية",
        "وسائل إعلام رسمية",
        "وذكرت",
        "i",
    ),
)

SIHATI_A = "مشرف الركن جهاد السيهاتي"
SUPERVISOR_A = "المشرف على الفعالية"
# 03 alyaum
A(
    "2015-07-23-999",
    C("هناك إقبال كبير ⋯ ويشارك يوميًا 70 طفلا وطفلة", "جهاد السيهاتي", SIHATI_A, "وأوضح", "i"),
    C("اللعبة تشهد حماسة ⋯ إلى إرشادات مستمرة", "جهاد السيهاتي", SIHATI_A, "مشيراً", "i"),
    # Judgement: «لفت الحرفي … اهتمام زوار» (drew the visitors' attention) is not a speech cue.
    # Judgement: «قال …: إن …» in the third person is indirect (fresh4); the unnamed supervisor is
    # named by his description (Speaker, unnamed sources).
    C("البرنامج استطاع التعرف ⋯ في السن الثالثة من العمر", SUPERVISOR_A, SUPERVISOR_A, "وقال", "i"),
    # Judgement: «لافتاً إلى + a noun phrase» is a claim (fresh12).
    C("وجود ثلاث حكام ⋯ المشاركات والعروض", SUPERVISOR_A, SUPERVISOR_A, "لافتاً", "i"),
    C("الحضور تجاوز 800 زائر في المجمع", SUPERVISOR_A, SUPERVISOR_A, "مشيراً", "i"),
    C("وجود عروض الشخصيات الكرتونية ⋯ ونقش الحناء", SUPERVISOR_A, "", "ولفت", "i"),
)

STAFF_A = "هيئة أركان الجيش التركي"
HPG_A = "قوات الدفاع الشعبي"
PKK_A = "حزب العمال الكردستاني"
RHODES_A = "ابن رودس"
# 04 alyaum
A(
    "2015-07-27-1073",
    C("مقتل عسكريين تركيين ⋯ جنوب شرق تركيا", "مصادر رسمية", "مصادر رسمية", "أعلنت", "i"),
    # Judgement: «بينما هدد حزب العمال الكردستاني بقطع الهدنة» is a threat (like a pledge), no claim.
    # Judgement: «نسبت X الهجوم إلى Y» is treated like «عزا X Y إلى Z» (fresh3), content from the
    # object; the journalist's gloss «، العبارة التي تستخدمها …» is left out. The quoted phrase is a
    # designation (a term), so the claim stays indirect (kind: «not a quoted name, title, term»).
    C("الهجوم إلى «المنظمة الإرهابية والانفصالية»", STAFF_A, STAFF_A, "نسبت", "i"),
    # Judgement: «القيادة العسكرية» is the general staff whose statement is reported (a description
    # mention, canonical name as given before).
    C("سيارة مفخخة انفجرت ⋯ على طريق في منطقة ليجي", STAFF_A, "القيادة العسكرية", "وقالت", "i"),
    C("ضابطي صف في قوة الدرك ⋯ إلى انقلاب سيارتهما", STAFF_A, "", "وأضافت", "i"),
    # Judgement: «دانت … القصف» has no content clause; the participle «معتبرة أنه «عدوان»» is a
    # claim whose whole content is quoted (direct, marks excluded).
    C("عدوان", HPG_A, HPG_A, "معتبرة", "d"),
    # Judgement: finite cues coordinated in the same sentence as the named subject take it as their
    # mention (held-out decision).
    C("تركيا أنهت من جانب واحد وقف إطلاق النار", HPG_A, HPG_A, "وقالت", "i"),
    C("وسط هذا القصف الجوي الكثيف، لم يعد للهدنة أي معنى", HPG_A, HPG_A, "وأضافت", "i"),
    C(
        "عملية واسعة أطلقت ⋯ منفذي هذا الهجوم الشنيع",
        "مكتب محافظ دياربكر",
        "مكتب محافظ دياربكر",
        "قال",
        "i",
    ),
    # Judgement: «تبنت … قتل شرطيين» is a claim (fresh16: «تبنى فيه مقتل 14 جنديا»); «الحركة
    # الانفصالية الكردية» is the PKK named earlier in the article.
    C(
        "قتل شرطيين في مدينة جيلان بينار ⋯ على الحدود مع سوريا",
        PKK_A,
        "الحركة الانفصالية الكردية",
        "وتبنت",
        "i",
    ),
    C("هذه العملية هي رد ⋯ ونحو مئة جريح", PKK_A, "", "وقالت", "i"),
    # Judgement: «دافع البيت الأبيض عن حق تركيا» and «رحب رودس بالهجمات» are evaluations with no
    # content clause. The name is followed by its role without a comma: mention of the name only
    # (fresh7). «منظمة إرهابية» is a quoted designation, so indirect.
    C("الولايات المتحدة تعتبر ⋯ «منظمة إرهابية»", RHODES_A, RHODES_A, "وذكر", "i"),
    C("تركيا من حقها القيام بأعمال ضد أهداف إرهابية", RHODES_A, RHODES_A, "ورأى", "i"),
    C("رأينا بالتأكيد تحركا ⋯ في الأيام الأخيرة", RHODES_A, "رودس", "وقال", "d"),
    # Judgement: the last quotation «نشجع مختلف شركائنا … على العمل معا» is wholly an exhortation
    # (like حث), so it is not annotated (fresh11: a quotation that is wholly an appeal is not a claim).
)

SEYMOUR_A = "ستيفين سيمور"
# 05 aleqtisadiya (opinion column)
A(
    "2015-07-24-866",
    # Judgement: «قيل لاحقا إنها …» and «فقد ترجمت كلماته "…"» are passives with no agent (What is a
    # claim: passives with no agent), not annotated, although the translator is the obvious source.
    # «ترجمها على أنه …» (active, the translator as subject) is treated like «يصور … على أنه»
    # (fresh11, like «وصف … بأنه»), with no mention (pronoun).
    C("سعيد لاكتشاف أجزاء خاصة في بولندا", SEYMOUR_A, "", "ترجمها", "i"),
    # Judgement: «عبر عن اعتزازه بالدستور» has no content. «دستوركم» shows the translator's words
    # verbatim (second person) after إن, so direct (fresh9: «أننا …» without quotes is direct).
    C("دستوركم تعرض للسخرية", SEYMOUR_A, "سيمور", "وقال", "d"),
    # Judgement: «سأل … عن هواياته» is a question; «وأجابه بكلمة بولندية تعني "ترويض الخيول"» only
    # describes the word, the answer's words are not given, so not annotated; «وقال "باردون" ــ أي
    # عفوا» is Kennedy's question ("Pardon?"), not a claim (questions); the one-word answer «"نعم"» is a
    # direct claim (fresh15: «بلى»، «نعم»). «ليعتذر … عن عدم إكمال اللقاء» is no cue.
    C("نعم", "جوزيف لونس", "الوزير", "وقال", "d"),
    # Judgement: a closing quote with no opening mark wraps the whole content (fresh12), excluded.
    C(
        "لقد جئت كوسيط للتوصل لحل وسط",
        "كورت فالدهايم",
        "المبعوث الأممي الجنرال كورت فالدهايم",
        "قال",
        "d",
    ),
)

BENITEZ_A = "رافايل بينيتيز"
VANGAAL_A = "لويس فان غال"
# 06 almadina
A(
    "2015-07-24-1249",
    # Judgement: «برغم إعلان الأخير رغبته في المغادرة» ends Benitez's claim; the verbal noun «إعلان»
    # opens a claim of Ramos («الأخير»), a declared wish to leave being stated content like «كشفت
    # الجمعية عن رغبتها» (fresh16) and «لبلاتر الذي أعلن تخليه» (fresh21); «واهتمام مانشستر يونايتد
    # بضمه» has no cue and is left out.
    C("المدافع الدولي سيرخيو راموس سيبقى في صفوف الفريق", BENITEZ_A, BENITEZ_A, "أعلن", "i"),
    C("رغبته في المغادرة", "سيرخيو راموس", "الأخير", "إعلان", "i"),
    C("الأمر بسيط جدًّا ⋯ وليس لديّ ما أقوله عنه", BENITEZ_A, "بنيتيز", "وقال", "d"),
    C("راموس لاعب فريقنا ⋯ سيكون حاسمًا معنا", BENITEZ_A, "", "قال", "d"),
    C("أجل، بالنسبة لي ⋯ ان سيرخيو سيبقى معنا", BENITEZ_A, "بينيتيز", "أكد", "d"),
    C("كرة القدم هي عالم غريب ⋯ لكن سيرخيو سيبقى معنا", BENITEZ_A, "", "وأضاف", "d"),
    # Judgement: «يؤكد اهتمامه بضم راموس» is a stance noun after أكد, a claim (fresh8: «أكد X
    # تنديد/تضامن …»). The appositive role before the comma is left out of the mention.
    C("اهتمامه بضم راموس", VANGAAL_A, VANGAAL_A, "يؤكد", "i"),
    # Judgement: «أنه لم يفقد الأمل …» is a statement, not a wish (fresh21: «أنه ما زال الأمل
    # قائماً»); the coordinated finite cue takes the named subject (held-out decision); the quoted
    # «الشياطين الحمر» is a nickname, so indirect.
    C("لم يفقد الأمل بضمه إلى «الشياطين الحمر»", VANGAAL_A, VANGAAL_A, "وأكد", "i"),
    # Judgement: «، وقد نشأ الخلاف … بعد أن دافع اللاعب …» is background with no complementiser of its
    # own, read as the journalist's, and left out (span end: trailing matter not part of what was said).
    C(
        "راموس يريد ترك ريال مدريد ⋯ على تمديد العقد",
        "وسائل إعلام إسبانية",
        "وسائل إعلام إسبانية",
        "ذكرت",
        "i",
    ),
)

FURAIDAN_A = "محمد الفريدان"
# 07 alriyadh
A(
    "2015-07-27-742",
    # Judgement: «أعلنت … عن فتح بوابة القبول» is a verbal-noun claim (an announced decision, fresh19).
    C("فتح بوابة القبول الإلكتروني ⋯ لنظام الانتظام", "جامعة الملك فيصل", "جامعة الملك فيصل", "أعلنت", "i"),
    C(
        "البوابة الإلكترونية افتحت ⋯ الموافق 28/7/2015م",
        FURAIDAN_A,
        "عميد القبول والتسجيل د. محمد الفريدان",
        "وأوضح",
        "i",
    ),
    C(
        "سيغلق نظام تقديم طلبات القبول ⋯ يوم الثلاثاء 12/10/1436ه",
        FURAIDAN_A,
        "عميد القبول والتسجيل د. محمد الفريدان",
        "مشيرًا",
        "i",
    ),
    # Judgement: the next paragraph «وينتقل الطالب …» has no cue but carries on the dean's account
    # of the transitional programme and stays in the claim (fresh17/fresh22 carry-on decisions).
    C(
        "الدراسة في البرنامج الانتقالي ⋯ بدون الحصول على أي مؤهل",
        FURAIDAN_A,
        "الدكتور الفريدان",
        "بين",
        "i",
    ),
    C("برامج تعتمد على تقديم مقررات ⋯ أن يتعامل معها خلال عمله", FURAIDAN_A, "د. الفريدان", "فأوضح", "i"),
    C("الخطة الدراسية للبرنامج ⋯ للتدريب العملي الصيفي", FURAIDAN_A, "", "وبين", "i"),
    C("إدارة الموارد البشرية، تأمين ⋯ للطالبات فقط", FURAIDAN_A, "", "أفاد", "i"),
)

MCMC_A = "لجنة الاتصالات والوسائط الإعلامية الماليزية"
BROWN_A = "كلير روكاسل براون"
LIM_A = "ليم كيت سيانج"
# 08 aleqtisadiya
A(
    "2015-07-21-677",
    # Judgement: «في تحرك أدانه نواب المعارضة» is the journalist's and is left out.
    C(
        "الموقع الإخباري ومقره بريطانيا انتهك قانونا محليا للانترنت",
        "السلطات الماليزية",
        "السلطات الماليزية",
        "قائلة",
        "i",
    ),
    # Judgement: «ترددت مزاعم عن أنها …» has no speaker. The quoted words in the commission's claim
    # are the law's wording, so indirect (fresh21: a treaty article quoted in a statement).
    C('الموقع انتهك قانون الاتصالات ⋯ أو المضايقة" لأي شخص', MCMC_A, MCMC_A, "وقالت", "i"),
    C("قررت لجنة الاتصالات ⋯ بعد تلقي شكاوى من الجماهير", MCMC_A, "اللجنة", "وقالت", "d"),
    # Judgement: «إنها "…"» starts after the fused pronoun; the quotation then wraps the whole content.
    C(
        "محاولة فجة للرقابة على كشفنا لفساد كبير",
        BROWN_A,
        "رئيسة الموقع كلير روكاسل براون",
        "وقالت",
        "d",
    ),
    C("هذه الضربة الأحدث ⋯ بأي شكل آخر", BROWN_A, "", "وقالت", "d"),
    # Judgement: «ندد … بالتحرك بوصفه يقوض مصداقية الحكومة» — the characterisation after the
    # evaluation verb is a claim (like «وصف … بأنه»; fresh20: «أدانت … واعتبرتها تصريحات تغذي …»).
    C("يقوض مصداقية الحكومة", LIM_A, "النائب المعارض ليم كيت سيانج", "بوصفه", "i"),
    # Judgement: advice mixed with statements («لن ينهي متاعبه … وهذا غير مفيد له») is a claim
    # (fresh4: a quote mixing an appeal with statements).
    C("نصيحتي لنجيب هي ⋯ كرئيس للوزراء وكذلك للدولة", LIM_A, "", "وقال", "d"),
)

KRAFT_A = "جيم كرافت"
# 09 aljazirah
A(
    "2015-07-25-388",
    C("مسلحاً فتح النار ⋯ قبل أن ينتحر", "الشرطة الأمريكية", "الشرطة الأمريكية", "أعلنت", "i"),
    C("شخصين قُتلا من جراء ⋯ إلى المكان بعد وقت قصير", KRAFT_A, KRAFT_A, "وقال", "i"),
    C("سبعة أشخاص أُصيبوا ⋯ ثلاثة منهم حالاتهم خطرة", "السلطات المعنية", "السلطات المعنية", "وقالت", "i"),
    C("أحد الجرحى خضع للجراحة «ووضعه ليس جيداً»", KRAFT_A, "كرافت", "وأوضح", "d"),
    # Judgement: «كما لم تقدم أي دافع … ولم تكشف عن خيوط» are negated reports, not annotated.
    C("تعرفت على هوية المسلح ⋯ المبكرة من التحقيق", "السلطات المعنية", "السلطات", "وقالت", "i"),
    C("الرجل مات. ربما لن نعرف أبداً", KRAFT_A, "كرافت", "وقال", "d"),
    # Judgement: a participle cut from its verb by a period still takes the verb's subject as its
    # mention (fresh set decision); «- على ما يبدو -» is the speaker's hedge and stays inside.
    C("الرجل لديه - على ما يبدو - سجل إجرامي، لكنه قديم للغاية", KRAFT_A, "كرافت", "مضيفاً", "i"),
    C("المسلح وقف وسط الظلام ⋯ وبدأ بإطلاق النار", "شهود", "شهود", "وقال", "i"),
    C("كحاكم وأب وزوج ⋯ الغضب والحزن في آن واحد", "بوبي جيندال", "", "وقال", "d"),
)

QAHTANI_A = "بادي القحطاني"
# 10 aljazirah
A(
    "2015-07-31-909",
    # Judgement: «وتمنى العديد من المواطنين …» and «أعرب … عن أمله في تحسين …» are wishes, no claim.
    C(
        "تعرض جزء من المسطحات ⋯ المسطحات الخضراء في بعض المواقع",
        QAHTANI_A,
        "رئيس بلدية عريعرة المهندس بادي القحطاني",
        "كشف",
        "i",
    ),
    C("قيام البلدية بالصيانة اللازمة حسب الإمكانيات المتوفرة لديها", QAHTANI_A, "", "وأشار", "i"),
    C("جرى ترسية مشروع المسطحات ⋯ وسوف يتم البدء بالعمل لاحقاً", QAHTANI_A, "", "مبيناً", "i"),
    C("تم تحديد النخيل التالف ⋯ مع تحديد خطوط الري التالفة", QAHTANI_A, "", "وأضاف", "i"),
    C("جرى عقد اجتماع في وقت سابق ⋯ وتطبيق الاشتراطات الصحية", QAHTANI_A, "القحطاني", "وبيّن", "i"),
    C("قيام طبيب بيطري بمتابعته ⋯ للإدارة المختصة", QAHTANI_A, "القحطاني", "مؤكداً", "i"),
    # Judgement: a participle cut from its verb by a period keeps the verb's subject as mention.
    C("تم طرح مشروع استكمال المسلخ ⋯ لترسية المشروع والبدء به", QAHTANI_A, "القحطاني", "مؤكداً", "i"),
)


# --- annotator B ---------------------------------------------------------------------------------

QADAH_B = "صالح قدح"
KHALAF_B = "معاذ الخلف"
NATEQI_B = "علي رضا ناطقي"
QATTAN_B = "أحمد بن عبد العزيز قطان"
CELIK_B = "فاروق جليك"
JABRIN_B = "عبدالعزيز الجبرين"
SAYED_B = "عدنان بن احمد السيد"

A(
    "2015-08-04-856",
    # Judgement: «قال …: إن» in the third person is indirect (fresh4); «مؤكدا على ضرورة توعية …»
    # is a directive and not annotated; it ends the first claim.
    C(
        "العربات تقل أكثر من ألف شخص ⋯ وأصدار تهامة الدافئة",
        QADAH_B,
        'رئيس الشركة الوطنية السياحية "سياحية" صالح قدح',
        "وقال",
        "i",
    ),
    C("صيانة العربات المعلقة تتم ⋯ في النمسا وسويسرا", QADAH_B, "", "ولفت", "i"),
    C(
        "الشركة السياحية الوطنية وضعت ⋯ بما يمتع زوار المنطقة",
        QADAH_B,
        "قدح",
        "وأوضح",
        "i",
    ),
    # Judgement: «كاشفا عن محاولات …» — participle + verbal noun, the preposition عن left out.
    C(
        "محاولات الشركة استقطاب ⋯ والمشروبات الساخنة",
        QADAH_B,
        "قدح",
        "كاشفا",
        "i",
    ),
    # Judgement: «غير أنه اعترف بأن» — اعترف بأن is a cue (held-out); a finite cue in the same
    # sentence as the named subject takes that subject as its mention (held-out).
    C(
        "العائق هو قصر تعاملات ⋯ على المدن الكبرى في السعودية",
        QADAH_B,
        "قدح",
        "اعترف",
        "i",
    ),
    # «وطالب وزارة التجارة …» is a directive: not annotated.
    C(
        "الشركة هيأت منتجعاتها السياحية ⋯ ومركز أبها الدولي للمعارض",
        QADAH_B,
        "قدح",
        "وأكد",
        "i",
    ),
    C(
        "كل هذه المنتجعات تتميز ⋯ لإنشاء أربع محطات للعربات المعلقة",
        QADAH_B,
        "قدح",
        "مشيرا",
        "i",
    ),
    # Judgement: «وأضاف: أن …» — a colon followed by a complementiser, third person: indirect (fresh4).
    C(
        "المديرية العامة للمياه قامت ⋯ وزيادة متعة المشاهدة على البحيرة",
        QADAH_B,
        "",
        "وأضاف",
        "i",
    ),
)
A(
    "2015-07-22-1283",
    # Judgement: «وذكر الخلف تفاصيل كفاحه» is ذكر + a topic, no claim; the coordinated «وقال:» in the
    # same sentence takes الخلف as its mention (held-out). The supervisor's «وطلب مني أن …» stays in
    # the speaker's own account.
    C(
        "في أواخر عام ٢٠١٢ ⋯ وطلب مني أن أبحث عن علاج",
        KHALAF_B,
        "الخلف",
        "وقال",
        "d",
    ),
    C(
        "بدأت أقضي وقتي في مراجعات ⋯ ونشاط مفرط في الأعصاب",
        KHALAF_B,
        "معاذ",
        "يقول",
        "d",
    ),
    # Judgement: «أخبروني أن …» — a report by unnamed participants (the doctors) inside the speaker's
    # own account of events stays in his claim (fresh set 1: «ليخبره بأن البضاعة سُرقت»).
    C(
        "أخبروني أن العلاج الوحيد ⋯ لطاولة الكمبيوتر والعمل",
        KHALAF_B,
        "الخلف",
        "وأضاف",
        "d",
    ),
    # Judgement: «واتفق معاذ مع مشرفه على أن يقوم بالعمل من فراشه …» is an arrangement (a plan agreed
    # between two parties, like تعهد/وعد), not a report of a statement: not annotated.
    # Judgement: «وقال: "إن الطبيب …"» — the quote wraps the whole content, the span starts after إن
    # (fresh12 «قال «إنها …»»); wholly quoted → direct although worded in the third person. The cue's
    # subject is a pronoun: no mention.
    C(
        "الطبيب رقم 11 نصحه ⋯ حتى أنهى الدكتوراه وعاد إلى الوطن",
        KHALAF_B,
        "",
        "وقال",
        "d",
    ),
    C(
        "استعاد صحته واستطاع الوقوف على قدميه مرة أخرى",
        KHALAF_B,
        "",
        "مشيراً",
        "i",
    ),
)
A(
    "2015-08-06-394",
    # Judgement: a name followed by its role with no comma gives a mention of the name only (fresh7);
    # «الحصار والعقوبات الاقتصادية وزيادة التضخم» is a quoted phrase of the speaker's → direct; the
    # coordinated «وتم تعطيل … ولإحيائها تحتاج …» stays in the one claim.
    C(
        "تم فتح غرفة التجارة الإيرانية ⋯ إلى 93 مليار تومان إيراني",
        NATEQI_B,
        "علي رضا ناطقي",
        "صرح",
        "d",
    ),
    # Partly quoted content: the span keeps the closing quote mark at its end.
    C(
        "الغرفة التجارية في أميركا تعمل ⋯ للاستثمار الخارجي في إيران»",
        NATEQI_B,
        "ناطقي",
        "وقال",
        "d",
    ),
    C(
        "أغلبية أصحاب الغرف ⋯ وإما هم حاليًا في السجون",
        NATEQI_B,
        "",
        "وصرح",
        "i",
    ),
    # «، علمًا بأن …» after the quotation is the journalist's.
    C(
        "حاليًا نحن بصدد حل مشكلات هؤلاء التجار من أصحاب مراكز التجارية",
        NATEQI_B,
        "",
        "وأضاف",
        "d",
    ),
    C(
        "ومنذ عام 2014 عملوا ⋯ (ألمانيا، إيطاليا، تركيا، الصين)",
        NATEQI_B,
        "المسؤول الإيراني",
        "وقال",
        "i",
    ),
)
A(
    "2015-08-06-242",
    # Judgement: the appositive roles after the comma are left out of the mention; the quotation
    # wraps the whole content (direct).
    C(
        "الأمير محمد بن سلمان بن عبد العزيز آل سعود ⋯ فرحته بهذا الإنجاز الرائع",
        QATTAN_B,
        "السفير أحمد بن عبد العزيز قطان",
        "قال",
        "d",
    ),
    # Judgement: «أكد قطان … أنه «يؤكد ما قاله خادم الحرمين … بأن X»» — an embedded report: X is
    # annotated once, for the innermost speaker (Embedded reports); the quote marks are Qattan's, the
    # king's words are paraphrased after بأن → indirect. The coordinated «وموقف المملكة … وما يربط …»
    # stays under the same بأن.
    C(
        "المملكة العربية السعودية تقف إلى جانب ⋯ في العلاقات الاستراتيجية والمصير المشترك",
        "سلمان بن عبد العزيز",
        "خادم الحرمين الشريفين الملك سلمان بن عبد العزيز",
        "قاله",
        "i",
    ),
    # «وتقدم قطان بالتهنئة …» is not a claim; its participles are (mention: قطان).
    C(
        "هذا الصرح العالمي والإنجاز الرائع ⋯ التغلب عليها وتجاوزها",
        QATTAN_B,
        "قطان",
        "مؤكدًا",
        "i",
    ),
    # Judgement: «منوها بأن + a clause» is a claim (نوه is a cue; only «منوها بأهمية» is a directive).
    C(
        "هذا المشروع العملاق يُشكل ⋯ دول الوطن العربي والعالم بأسره",
        QATTAN_B,
        "قطان",
        "منوها",
        "i",
    ),
    # Judgement: «يجب علينا جميعًا أن نساندها» is an obligation stated inside the content (fresh10),
    # kept; the first person is incidental → indirect (fresh12).
    C(
        "مصر بلد مهم ليس في منطقة ⋯ لتعود إلى مكانتها الطبيعية التي كانت عليها",
        QATTAN_B,
        "قطان",
        "وأضاف",
        "i",
    ),
    C(
        "لا شك أنه منذ أن تولى ⋯ لثقتهم في مصر وقيادتها وحكومتها",
        QATTAN_B,
        "",
        "وتابع بقوله",
        "d",
    ),
)
A(
    "2015-07-31-1951",
    # Judgement: «عبرت … عن فخرها» and «مقدمة شكرها» are evaluations, no claim; the quotation after
    # «مضيفة» wraps an appeal around a statement (she has four sons she will give for the homeland),
    # so it is a claim (fresh22: a pledge mixed with a statement; fresh4: appeal mixed with statements).
    C(
        "بلغوا ابن نايف أن لدي أربعة من الأبناء سأقدمهم فداء للوطن",
        "والدة الشهيد سامي الحربي",
        "والدة الشهيد سامي الحربي",
        "مضيفة",
        "d",
    ),
    # Judgement: «خالد الشقيق الأكبر للشهيد» — name followed by its role with no comma → mention of
    # the name only (fresh7); the span starts after «إن» inside the quotation (fresh12).
    C(
        "سامي كان يحلم أن يصبح عسكريا ⋯ قبل 4 أشهر تقريبا وزوجته حامل",
        "خالد",
        "خالد",
        "وقال",
        "d",
    ),
    C(
        "تلقوه وهم في جنوب المملكة ⋯ إلا بعد العودة إلى المدينة المنورة",
        "خالد",
        "خالد",
        "أوضح",
        "i",
    ),
    C("الشهيد هاتف والدته قبل استشهاده بـ 6 ساعات", "خالد", "خالد", "مشيرا", "i"),
    # Judgement: «الأحزان التي نشعر بها» — an incidental first person after إن → indirect (fresh12);
    # «مضيفا كلنا فخر …» is verbatim first person without quotes → direct.
    C(
        "الأحزان التي نشعر بها ⋯ في موقف الشرف والبطولة",
        "ضيف الله بن عوض الله الجابري",
        "عم الشهيد ضيف الله بن عوض الله الجابري",
        "قال",
        "i",
    ),
    C(
        "كلنا فخر باستشهاده وهو ليس فقيدنا لوحدنا بل فقيد كل الوطن",
        "ضيف الله بن عوض الله الجابري",
        "عم الشهيد ضيف الله بن عوض الله الجابري",
        "مضيفا",
        "d",
    ),
    # «داعيا الله أن …» is a wish: not annotated.
    C(
        "الفقيد كان شابا مستقيما ⋯ دفاعا عن دينه ومليكه ووطنه",
        "ضيف الله بن عوض الله الجابري",
        "",
        "وأشار",
        "i",
    ),
    C(
        "رفع رؤوس ذويه وأقاربه ⋯ الذي عاش بهذه الصفة ومات عليها",
        "عبد الرحمن",
        "عبد الرحمن",
        "أكد",
        "i",
    ),
    # Judgement: «قال: إن …» with only an incidental first person (يجمعنا، لنكون) → indirect (fresh4,
    # fresh12).
    C(
        "سامي كان ـ رحمه الله ـ حريصا ⋯ لنكون قريبين منها",
        "فهد",
        "فهد",
        "قال",
        "i",
    ),
    # The quoted status text is Sami's, not the speaker's words → indirect; the span keeps the
    # closing quote mark of the partial quotation.
    C(
        "غير شاشة عرض الواتس ⋯ استغفر الله وأتوب إليه»",
        "فهد",
        "فهد",
        "مشيرا",
        "i",
    ),
    # Judgement: «يؤكد على شجاعة سامي» — أكد + a verbal noun stating a quality (like «أكد حرص
    # الوزارة»), not «أهمية/ضرورة» (a directive) → a claim; the preposition على is left out.
    C("شجاعة سامي", "محمد", "محمد", "يؤكد", "i"),
    # Judgement: «وذكر أنه كان يوصيه … ويرد سامي عليه أنه «…»» — Sami's reply, a report by a named
    # person inside Mohammed's content, is a claim of its own and ends the outer one (fresh12); the
    # coordinated «وذكر» takes محمد as its mention (held-out).
    C("كان يوصيه دائما بالحذر", "محمد", "محمد", "وذكر", "i"),
    C(
        "إن مات سيكون شهيدا لذا لن يهتم أبدا",
        "سامي الحربي",
        "سامي",
        "ويرد",
        "d",
    ),
)
A(
    "2015-08-07-60",
    # Judgement: «قال وزير العمل التركي» takes the name given later (fresh19, fresh3).
    C(
        "اللاجئين السوريين في تركيا لن يحصلوا على تصاريح عمل خاصة",
        CELIK_B,
        "وزير العمل التركي",
        "قال",
        "i",
    ),
    C(
        "مثل هذا البرنامج سيكون ظالماً للأتراك الذين يبحثون عن وظيفة",
        CELIK_B,
        "وزير العمل التركي",
        "موضحاً",
        "i",
    ),
    # «وشكت مرارا من تردد اوروبا …» is a complaint about a noun phrase (like انتقد): not annotated.
    C(
        "لا توجد خطط لمنح تصاريح عمل بموجب برنامج عام",
        CELIK_B,
        "فاروق جليك",
        "قال",
        "i",
    ),
    C(
        "لا يمكن ان يكون هناك اجراء عام ⋯ حتى يمكنهم ان يجدوا وظائف في تركيا",
        CELIK_B,
        "",
        "وقال",
        "d",
    ),
    C("سيكون من الظلم أخذ وظائفهم واعطائها للاجئين", CELIK_B, "جليك", "وقال", "d"),
    # Judgement: «ان الدول الاخرى يجب ان تساعد …» — an obligation stated, a claim (fresh10).
    C(
        "الدول الاخرى يجب ان تساعد في حل مشكلة اللاجئين اذا استمر الصراع",
        CELIK_B,
        "جليك",
        "مضيفا",
        "i",
    ),
    C(
        "الحكومة تدرس أفضل السبل للتعامل مع مشكلة العمل غير الرسمي",
        CELIK_B,
        "الوزير",
        "وقال",
        "i",
    ),
)
A(
    "2015-07-21-2315",
    # Judgement: «علمت (الرياضي) من مصادر مؤكدة أن X» attributes X to the sources (like «نقلت … عن»);
    # the impersonal «، في حين يتوقع فرض عقوبات …» (no speaker, like يعتقد أن) is left out. The
    # opening «يتوقع أن يكون …» is impersonal too: not annotated.
    C(
        "لجنة الاحتراف ستصدر قراراً ⋯ للنادي الذي يختاره",
        "مصادر مؤكدة",
        "مصادر مؤكدة",
        "علمت",
        "i",
    ),
    # Judgement: «وتواصلت (الرياضي) مع … عبدالله البرقان …، فأكد أن» — البرقان is the object of the
    # previous verb, the cue's subject is a pronoun: no mention. «رفض الإفصاح …» is a refusal, and
    # «حسب ما صرح به عبر حسابه الشخصي» names the medium of his statements: neither is a claim.
    C(
        "ما سيتخذونه من قرارات ⋯ حاسمة ونافذة ونهائية",
        "عبدالله البرقان",
        "",
        "فأكد",
        "i",
    ),
    # A purpose phrase attached to the content («لكشف تفاصيل …») stays in it (fresh18).
    C(
        "مؤتمراً صحافياً سيعقد ⋯ والإجراءات الصادرة بحقهم",
        "عبدالله البرقان",
        "",
        "مشيراً",
        "i",
    ),
    # Judgement: «وعلمت مصادر (الرياضي) أن اللاعب … أكد أنه X» — nested report, X goes to the innermost
    # speaker (Embedded reports).
    C(
        "ليس لديه علم بمفاوضات ⋯ وعبداللطيف الخضير وبعض أعضاء الشرف",
        JABRIN_B,
        "اللاعب عبدالعزيز الجبرين",
        "أكد",
        "i",
    ),
    # Judgement: «كما أفاد اللاعب … حسب ما ذكرته المصادر أنه X … حسب قوله» — the player's (innermost);
    # the trailing «حسب قوله» is left out (like «على حد قولها»).
    C(
        "اضطر للتواري عن الأنظار ⋯ للتوقيع لنادي الهلال",
        JABRIN_B,
        "اللاعب",
        "أفاد",
        "i",
    ),
    # Judgement: «كما علمت مصادر (الرياضي) أن …» — the sources' claim (as above); the agent's «حيث أشار
    # إلى أنه …» is an embedded report by someone else: the outer claim stops before it and it is a
    # claim of its own, with no mention (pronoun).
    C(
        "اللجنة استجوبت الوكيل المفوض ⋯ في المفاوضات وبأي صفة",
        "مصادر الرياضي",
        "مصادر (الرياضي)",
        "علمت",
        "i",
    ),
    C(
        "وكيل مفوض من وكيل اللاعب ⋯ بسبب خلافات لا زالت عالقة بينهما",
        "ذيب الدحيم",
        "",
        "أشار",
        "i",
    ),
    # «بعثت إدارات الأندية … إفاداتها» states no content: not annotated.
)
A(
    "2015-07-22-1812",
    # A statement speaks for its author; «باعتباره …» and «مع احترام …» stay in the content.
    C(
        "المؤتمر يدخل في سياق ⋯ مع احترام قيم التعايش السلمي",
        "الاتحاد من أجل المتوسط",
        "بيان للاتحاد من أجل المتوسط",
        "وأوضح",
        "i",
    ),
)
A(
    "2015-08-01-891",
    # «وطالب الحزب …»، «دعا … إلى سلام»، «طالب … الحكومة التركية …»، «داعيا …» are directives;
    # «يذكر أن …» and «ومن الجدير ذكره أن …» are impersonal; «نسبت إلى …» is a passive: none annotated.
    # Judgement: the participle after the directive «دعا برازاني» takes its subject as mention, spelt
    # as in that sentence; the canonical speaker is the fuller «مسعود برزاني». «PKK» is a quoted
    # name → indirect.
    C(
        "دعوته «PKK» لترك قواعده ⋯ والتي أدت لمقتل 260 كرديا",
        "مسعود برزاني",
        "برازاني",
        "مؤكدا",
        "i",
    ),
    # Judgement: “خدعة” and “التواطؤ” are the speakers' own quoted words (characterisations, not
    # names or terms) → direct (fresh17: a single quoted word of the speaker's).
    C(
        "الغارات الجوية التركية ضد تنظيم داعش ⋯ الطموحات الشخصية لأردوغان",
        "صلاح الدين دميرتاش",
        "دميرتاش",
        "صرح",
        "d",
    ),
    C(
        "تلك التصريحات مؤشر على “التواطؤ” ⋯ الديموقراطي المعبر عن الكرد",
        "السلطات التركية",
        "السلطات التركية",
        "رأت",
        "d",
    ),
)
A(
    "2015-07-26-1093",
    C(
        "الأمانة وبمتابعة من معالي ⋯ والحمايات بمخططات المدينة المنورة",
        SAYED_B,
        "وكيل أمين منطقة المدينة المنورة للدراسات والأشراف المهندس عدنان بن احمد السيد",
        "كشف",
        "i",
    ),
    # Judgement: the uncued «كما شمل المشروع …» paragraph and the verbless «بالإضافة إلى عدد من الطرق
    # شمل …» after it carry on the official's account (the next «كما بين كذلك» confirms it); one claim
    # with the same cue and no mention (fresh17 «كما ارتفع …», fresh20 «كما يعد المعرض …»).
    C(
        "شمل المشروع مخططات العزيزية ⋯ طريق المدينة – المهد , طريق ضبوعه",
        SAYED_B,
        "",
        "كشف",
        "i",
    ),
    C(
        "تم تنفيذ مشاريع درء أخطار السيول كذلك ⋯ المندسة , منطقة العيون",
        SAYED_B,
        "",
        "بين",
        "i",
    ),
    # Judgement: the uncued «كما يجرى إنشاء …» paragraph carries on the same account (as above).
    C(
        "يجرى إنشاء عبارة صندوقية ⋯ طريق عثمان بن عفان مع وادي قناة",
        SAYED_B,
        "",
        "بين",
        "i",
    ),
    C(
        "الأمانة قد نفذت عدد كبير من الطرق ⋯ في داخل المدينة وخارجها",
        SAYED_B,
        "المهندس السيد",
        "بين",
        "i",
    ),
    # Judgement: «مشيراً بأنه يقدر …» — the fused pronoun goes with بأن; an estimate is a claim.
    C(
        "يقدر ما نفذته خلال السنوات ⋯ العوينة , العاقول",
        SAYED_B,
        "المهندس السيد",
        "مشيراً",
        "i",
    ),
    C(
        "هناك طرق ( أسماء بنت عمرو ⋯ تقاطعه مع وادي العقيق )",
        SAYED_B,
        "",
        "بين",
        "i",
    ),
    # Judgement: «كما بين نوه بأنه …» (a doubled cue, a typo) — one claim, cue نوه; the purpose
    # phrase «لتخفيف الزحام …» and the coordinated «ويجرى حاليا …» stay in it.
    C(
        "ايمانا من الأمانة بأهمية التسهيل ⋯ تمهيدا لطرحة في منافسة عامة",
        SAYED_B,
        "",
        "نوه",
        "i",
    ),
)
