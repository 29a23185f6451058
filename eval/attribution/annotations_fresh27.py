"""Hand annotations for the twenty-seventh attribution fresh check set (CONVENTIONS.md, section «Fresh set 27»).

Same format and options as ``annotations_fresh5.py``. Twenty SaudiNewsNet articles drawn blind by
``draw_fresh.py --set fresh27`` (not in any other gold set by id or text hash, 800–2,400 characters, at
least six speech-cue words, shuffled with seed 20261225, at most two per outlet and two per day),
split in two halves of ten, each annotated by one annotator (A: the first ten drawn, B: the last ten)
from the article texts and these conventions only, before any extractor was run on them, without
reading the extractor's source or the other annotator's file. Build:
``.venv/bin/python eval/attribution/build_gold.py --set fresh27``.
"""

from __future__ import annotations

from annotations import C

ARTICLES: list[dict] = []


def A(article_id: str, *claims: dict) -> None:
    ARTICLES.append({"id": article_id, "claims": list(claims)})


# --- annotator A ---------------------------------------------------------------------------------

RASOOL_A = "المتحدث باسم وزارة الدفاع العراقية العميد يحيى رسول"
A(
    "2015-07-31-1763",
    # Judgement: «قال: إن …» in the third person is indirect (fresh4). The unnamed «متحدث رسمي عراقي»
    # is not identified later in the article, so it keeps its own phrase (Speaker, unnamed sources).
    C(
        "الجيش ومليشيا الحشد الشعبي يواجهان صعوبة بسبب تلغيم الطرق والجسور",
        "متحدث رسمي عراقي",
        "متحدث رسمي عراقي",
        "قال",
        "i",
    ),
    # Judgement: a cue in a relative clause («الصقلاوية التي قالت القوات العراقية: إنها …») is a claim of
    # its subject (fresh26); the fused pronoun goes with إن.
    C("سيطرت مؤخرا على مواقع فيها", "القوات العراقية", "القوات العراقية", "قالت", "i"),
    C(
        "العمليات التي تشنها في محيط المدينة تمهد لاستعادتها",
        "القوات العراقية",
        "القوات العراقية",
        "وتقول",
        "i",
    ),
    C(
        "خمسة من أفرادها ومن الصحوات ⋯ غربي محافظة الأنبار",
        "مصادر في الشرطة العراقية",
        "مصادر في الشرطة العراقية",
        "قالت",
        "i",
    ),
    # Judgement: «نقلت وكالة الأناضول عن X قوله» goes to the innermost speaker X (embedded reports).
    C(
        "قوات الأمن العراقية قتلت 23 عنصرا ⋯ حصيبة والمضيق شرقي الرمادي",
        "رائد شوكت جودت",
        "الفريق في الشرطة الاتحادية رائد شوكت جودت",
        "ونقلت",
        "i",
    ),
    C("الجيش والحشد يتقدمان نحو الرمادي من أربعة محاور", "يحيى رسول", RASOOL_A, "قال", "i"),
    # Judgement: a finite cue coordinated in the same sentence as a named subject takes that subject's
    # mention (held-out decision).
    C("تفخيخ تنظيم داعش الطرق والجسور يبطئ تقدم تلك القوات", "يحيى رسول", RASOOL_A, "وقال", "i"),
    C("الجامعة لا تزال بالكامل تحت سيطرة قواتها", "بغداد", "بغداد", "تقول", "i"),
    # Judgement: «تتحدث مصادر داعش عن تراجع …» reports an event, a claim (fresh3, fresh5).
    C("تراجع تلك القوات من الجامعة", "مصادر داعش", "مصادر داعش", "تتحدث", "i"),
    # Judgement: the gloss «، وهو مشروع قيد الإنشاء فجره تنظيم داعش مؤخرا» is the journalist's and is left
    # out (fresh12: the journalist's gloss is left out of the span).
    C(
        "القوات العراقية تقدمت باتجاه حي التأميم ⋯ وسيطرت على الملعب الأولمبي",
        "متحدثون رسميون",
        "متحدثون رسميون",
        "قال",
        "i",
    ),
)
IMAM_A = "المدير العام للسياحة بالسودان عثمان الإمام محمد"
A(
    "2015-08-06-1979",
    C(
        "الميليشيات الحوثية ارتكبت جرائم ⋯ المحافظات والمدن اليمينة",
        "معمر الأرياني",
        "وزير السياحة اليمني معمر الأرياني",
        "أوضح",
        "i",
    ),
    # Judgement: «وتحدث … إلى حجم الضرر» is a topic (no claim); «واصفا إياه بالكبير» is a one-word
    # characterisation claim without the ب (fresh12, fresh14), mention of the governing verb's subject.
    C("الكبير", "معمر الأرياني", "الوزير اليمني", "واصفا", "i"),
    # Judgement: «طالبنا بالتحقيق …» reports a past demand (a statement of fact), not an appeal made
    # here, so it is a claim (like «أشار إلى التوجيه …», fresh2/fresh21); the coordinated «وقال» takes
    # the named subject of the sentence (held-out decision).
    C(
        "طالبنا بالتحقيق في هذا الموضوع ⋯ بحق اليمن وشعبه",
        "معمر الأرياني",
        "الوزير اليمني",
        "وقال",
        "d",
    ),
    # Judgement: «قال: إن» followed by third-person content is indirect (fresh4); the later «ونحن بحاجة»
    # is an incidental first person (fresh12), so the claim stays indirect.
    C(
        "أبرز المواقع السياحية التي تضررت ⋯ إلى إعادة البنية التحتية",
        "معمر الأرياني",
        "",
        "وقال",
        "i",
    ),
    C("بصدد حصر هذه المواقع ⋯ بحصر حجم الضرر فيها", "معمر الأرياني", "", "مشيرا", "i"),
    # Judgement: «لم يخف الأرياني تفاؤله» is a negated evaluation (no claim); the coordinated «وقال:»
    # takes الأرياني; verbatim content after a colon without quote marks is direct (fresh2).
    C(
        "سيكون المستقبل جيد ⋯ يجذب السياح العرب والأجانب",
        "معمر الأرياني",
        "الأرياني",
        "وقال",
        "d",
    ),
    # Judgement: content opening in the first person after «إن» («مشاركتنا») is verbatim, so direct
    # (fresh9: «أننا …» is direct).
    C(
        "مشاركتنا في هذا الملتقى ⋯ في طريق تحرير بقية المحافظات",
        "معمر الأرياني",
        "",
        "وقال",
        "d",
    ),
    C(
        "أهمية ملتقى الأمن السياحي تكمن ⋯ للمحافظة على الآثار",
        "عثمان الإمام محمد",
        IMAM_A,
        "أكد",
        "i",
    ),
    C(
        "السياحة أساسها الأمن ⋯ للمحافظة عليها",
        "عثمان الإمام محمد",
        IMAM_A,
        "وقال",
        "d",
    ),
    C(
        "الأماكن المضطربة فيها الكثير من الآثار ⋯ فهي دمار كامل",
        "عثمان الإمام محمد",
        "الإمام",
        "وأشار",
        "i",
    ),
    # Judgement: «وذكر أننا …» is first person without quote marks, direct (fresh9).
    C(
        "في السودان لنا هيئة قومية للآثار ⋯ يأتي من عدم الوعي",
        "عثمان الإمام محمد",
        "",
        "وذكر",
        "d",
    ),
)
BALKHAIR_A = "آمر كتيبة لواء أول مشاة التابعة للجيش الليبي العقيد حامد بالخير"
A(
    "2015-07-24-1074",
    # Judgement: «أعلنت … عن ضبط …» is a verbal-noun claim; the preposition عن is left out.
    C(
        "ضبط شحنة مركبات مدرعة ⋯ الخاضع لسيطرة مليشيا «فجر ليبيا»",
        "سلطات الجمارك اليونانية",
        "سلطات الجمارك اليونانية",
        "أعلنت",
        "i",
    ),
    # Judgement: «قال موقع «ليبيا المستقبل» عن أن السلطات اليونانية أوضحت أن X»: X goes to the
    # innermost speaker (embedded reports).
    C(
        "الشحنة تتضمن 16 مركبة مدرعة ⋯ 3 مركبات أخرى مدرعة",
        "السلطات اليونانية",
        "السلطات اليونانية",
        "أوضحت",
        "i",
    ),
    C(
        "الشحنة كانت على متن السفينة «تيشي» ⋯ ومقرها أثينا",
        "سلطات الجمارك اليونانية",
        "سلطات الجمارك اليونانية",
        "وأضافت",
        "i",
    ),
    C(
        "السفينة وصلت يوم أمس ⋯ من ميناء لاسبستيا الإيطالي",
        "سلطات الجمارك اليونانية",
        "سلطات الجمارك اليونانية",
        "مضيفة",
        "i",
    ),
    # Judgement: «وتوضح بيانات الرحلة أنه …» is voyage data, not a speaker (fresh11: records and data
    # are no source; like أظهر), so it is not annotated.
    # Judgement: «إنه يتوجب على الشعب الليبي …» states an obligation, a claim (fresh10, fresh12).
    C(
        "يتوجب على الشعب الليبي دعم كافة مؤسسات الدولة ⋯ بسيادة الدولة الليبية",
        "حامد بالخير",
        BALKHAIR_A,
        "قال",
        "i",
    ),
    C(
        "الذين يحاولون شق وحدة الصف العسكري ⋯ للقيادة العامة للجيش الليبي",
        "حامد بالخير",
        "بالخير",
        "وقال",
        "i",
    ),
    # Judgement: content given directly after the cue with a first-person clause («ونحن نعرف وطنيته»)
    # is verbatim, direct.
    C(
        "بالنسبة لمن يشكك في الفريق خليفة حفتر ⋯ وخبرته الكبيرة بها",
        "حامد بالخير",
        "بالخير",
        "وأضاف",
        "d",
    ),
    C(
        "الشعب الليبي هو الذي طالب بالفريق ⋯ في حرب الليبيين ضد الإرهاب",
        "حامد بالخير",
        "بالخير",
        "وأوضح",
        "i",
    ),
    # Judgement: «لافتاً أنه يطالب … فلا فائدة لمناصب دون إمكانات …» is a demand with a reason, a claim
    # (fresh15: a demand with a reason; fresh4: an appeal mixed with statements).
    C(
        "يطالب مجلس النواب والحكومة المؤقتة ⋯ فلتحاسب على ذلك",
        "حامد بالخير",
        "بالخير",
        "لافتاً",
        "i",
    ),
)
QUDRA_A = "المتحدث باسم وزارة الصحة في غزة أشرف القدرة"
A(
    "2015-08-07-1354",
    C(
        "منظمة التعاون الإسلامي تجري الاتصالات ⋯ بعد أن رحبت الرباط باستضافتها",
        "مصادر",
        "مصادر",
        "أكدت",
        "i",
    ),
    C(
        "ما يجري في القدس والأقصى ⋯ لوقف الاعتداءات على الشعب الفلسطيني",
        "مصادر",
        "المصادر",
        "وأشارت",
        "i",
    ),
    # Judgement: a participle after «وأشارت المصادر» goes to the sources whatever its gender (fresh15).
    C(
        "حادثة إحراق الرضيع الدوابشة لا تزال في ذاكرة المجتمع الإسلامي",
        "مصادر",
        "المصادر",
        "موضحا",
        "i",
    ),
    C(
        "انعقاد القمة إلاسلامية الاستثنائية ⋯ والدول الإسلامية بقضية القدس",
        "محمود الهباش",
        "مستشار الرئيس الفلسطيني محمود الهباش",
        "أكد",
        "i",
    ),
    # Judgement: a statement speaks for its author (the organisation); the mention is the cue's subject.
    C(
        "عقد القمة التي تستضيفها المغرب ⋯ وإقامة دولتها المستقلة وعاصمتها القدس",
        "منظمة التعاون الإسلامي",
        "بيان صحفي صدر عن المنظمة",
        "وأوضح",
        "i",
    ),
    # Judgement: source after the content («، بحسب ما أعلنت وزارة الصحة في غزة»); the connective
    # «إلى ذلك» is left out.
    C(
        "قتل أربعة فلسطينيين ⋯ بالقرب من رفح جنوب قطاع غزة",
        "وزارة الصحة في غزة",
        "وزارة الصحة في غزة",
        "بحسب ما أعلنت",
        "i",
        after=True,
    ),
    C("التحقيق جار لكشف ملابسات الحادث", "أشرف القدرة", QUDRA_A, "وقال", "d"),
    C(
        "الأجهزة الأمنية وصلت إلى المكان وتباشر عملها لإخلاء المصابين",
        "أشرف القدرة",
        QUDRA_A,
        "موضحا",
        "i",
    ),
)
MINISTERS_A = "وليد المعلم ويوسف بن علوي"
A(
    "2015-08-07-94",
    # Judgement: «قالت الوكالة السورية للأنباء إنه … اتفق المعلم وبن علوي على أن X»: X is a claim of the
    # joint speaker (fresh13 «اتفق الوزراء على أن»), the innermost speaker (embedded reports); the joint
    # speaker joins the two names' full forms (fresh17). The quoted phrase makes it direct.
    C("الوقت حان «لتضافر الجهود البناءة» لإنهاء الأزمة", MINISTERS_A, "المعلم وبن علوي", "اتفق", "d"),
    # Judgement: «وأضافت أن الوزيرين قالا إن X» goes to the ministers (innermost speaker).
    C(
        "أي حل ينبغي أن يكون «على أساس ⋯ الجمهورية العربية السورية»",
        MINISTERS_A,
        "الوزيرين",
        "قالا",
        "d",
    ),
    # Judgement: «توقعت X اقتراب …» is a claim (توقع is a cue, verbal-noun content); «مع تزايد الضغط …»
    # is the circumstance of the forecast and stays; the quoted term leaves it indirect.
    C(
        "اقتراب اكتمال صورة الواقع الميداني ⋯ على «التنظيمات المتطرفة» في المنطقة",
        "مصادر تركية رسمية",
        "مصادر تركية رسمية",
        "توقعت",
        "i",
    ),
    C(
        "تركيا تنظر في دعوات لعدم تعيين «وال تركي» ⋯ والإدارات الرسمية التركية",
        "مصدر رسمي تركي",
        "مصدر رسمي تركي",
        "وكشف",
        "i",
    ),
    C(
        "تركيا اتخذت قرارا استراتيجيا ⋯ من إدارة المناطق بعد تشكلها",
        "مصدر رسمي تركي",
        "",
        "وأضاف",
        "i",
    ),
    # Judgement: the braces {…} are this outlet's quotation marks; they wrap the whole content, so they
    # are excluded and the claim is direct. «تركيا تتعهد بتأمين …» states Turkey's commitment (a claim,
    # like «مؤكدا التزام بلاده», fresh23), not a pledge by the speaker.
    C(
        "تركيا تتعهد بتأمين كل الظروف المناسبة ⋯ نواة للحكم المحلي الرشيد",
        "مصدر رسمي تركي",
        "",
        "موضحا",
        "d",
    ),
)
A(
    "2015-08-06-346",
    # Judgement: «إن الدول المانحة يجب أن …» states an obligation, a claim (fresh10, fresh12).
    C(
        "الدول المانحة يجب أن تظهر تضامنها مع الفلسطينيين",
        "يحيى سعود",
        "يحيى سعود",
        "وقال",
        "i",
    ),
    # Judgement: the report of the foreign minister inside the quotation («وتحدث وزير الخارجية وقال
    # إننا …») is the minister's claim and splits the quotation (fresh21, fresh25, fresh26); «وأبلغناه
    # بأننا …» is the same speaker's report and stays inside. «أي أن هذا حقيقة …» is Saoud's comment and
    # resumes his claim (fresh10).
    C("بالأمس كان هناك لقاء ⋯ لن نرضى بهذا الكلام", "يحيى سعود", "", "وأضاف", "d"),
    C(
        "خاطبنا نحو 52 دولة من الدول المانحة في هذا الصدد",
        "وزير الخارجية",
        "وزير الخارجية",
        "وقال",
        "d",
    ),
    C("أي أن هذا حقيقة ⋯ تحت أي ظرف من الظروف", "يحيى سعود", "", "وأضاف", "d"),
    C(
        "يبلغ العجز في ميزانية (الأونروا) ⋯ وتأجيل العام الدراسي",
        "أنوار أبو سكينة",
        "أنوار أبو سكينة",
        "وقالت",
        "d",
    ),
    C(
        "التلاميذ أمثاله يواجهون مستقبلا مظلما",
        "إبراهيم عزازبة",
        "إبراهيم عزازبة",
        "وصرح",
        "i",
    ),
    C(
        "هذا هو أكبر غلط ⋯ ونبيعها في الإشارات",
        "إبراهيم عزازبة",
        "إبراهيم عزازبة",
        "مضيفا",
        "d",
    ),
    # Judgement: «ودعا … إلى دعم الوكالة» is a directive (not annotated), but its participle «قائلا … إن
    # «…» للاجئين» states a fact, a claim (fresh23: a claim coordinated after a directive); the quote is
    # partial, so its marks stay and the claim is direct. «وطالب بتبرعات» is a directive.
    C(
        "«(الأونروا) هي ركيزة الاستقرار» للاجئين الفلسطينيين",
        "بان كي مون",
        "الأمين العام للأمم المتحدة بان كي مون",
        "قائلا",
        "d",
    ),
)
SHABIBA_A = "حركة الشبيبة الوطنية الثورية"
A(
    "2015-07-24-1354",
    C(
        "قتل شرطي وأصيب آخر بالرصاص ⋯ جنوب شرق تركيا حيث الغالبية الكردية",
        "مصدر طبي",
        "مصدر طبي",
        "حسب ما أفاد",
        "i",
        after=True,
    ),
    # Judgement: a verbal noun of a cue opens a claim (fresh5), and «إعلان مسؤوليته عن …» is a claim
    # (fresh); «نسب الى تنظيم داعش» (a passive with no agent) is the journalist's and left out.
    C(
        "مسؤوليته عن قتلهما ⋯ لنشطاء مناصرين للاكراد الاثنين",
        "حزب العمال الكردستاني",
        "حزب العمال الكردستاني",
        "واعلان",
        "i",
    ),
    # Judgement: the trailing qualifier «المقربة من حزب العمال الكردستاني» is left out of the mention
    # (like an appositive role); «أكدت انتماءه» is the same speaker inside its own content and stays.
    C(
        "قتلت في اسطنبول رجلا ⋯ ردا على هجوم سوروتش",
        SHABIBA_A,
        SHABIBA_A,
        "أعلنت",
        "i",
    ),
    C(
        "الرجل وهو تاجر ⋯ مساء الثلاثاء في حي سلطان غازي",
        "وكالة انباء الاناضول",
        "وكالة انباء الاناضول",
        "وذكرت",
        "i",
    ),
    # Judgement: an intention stated after «قالت» is a claim (fresh15); the quoted «قتلة سوروتش» is a
    # label, so the claim stays indirect (fresh24).
    C('ستقوم بمحاسبة "قتلة سوروتش"', SHABIBA_A, SHABIBA_A, "وقالت", "i"),
    # Judgement: a pledge mixed with a statement («لقد حددنا عددا من المقاتلين») is a claim (fresh22).
    C(
        "سنواصل عملياتنا ضد عصابة داعش ⋯ بتصفيتهم ومعاقبتهم",
        SHABIBA_A,
        SHABIBA_A,
        "مؤكدة",
        "d",
    ),
    C(
        "اعتقال ثلاثة اشخاص يشتبه في مشاركتهم في قتل الشرطيين",
        "الشرطة التركية",
        "الشرطة التركية",
        "اعلنت",
        "i",
    ),
    # Judgement: «…، وفق صحيفة حرييت» is a source after the content (leading و left out); the relative
    # «التي قالت انه …» is the newspaper's own claim (fresh12, fresh26).
    C(
        "اعتقل الثلاثة في شانلي أورفة القريبة من سوروتش",
        "صحيفة حرييت",
        "صحيفة حرييت",
        "وفق",
        "i",
        after=True,
    ),
    C("تم العثور على مستندات في منزلهم", "صحيفة حرييت", "صحيفة حرييت", "قالت", "i"),
    # Judgement: a pledge mixed with a statement in a quotation is a claim (fresh22).
    C(
        "سنواصل حتى النهاية معركتنا ⋯ لن يراق دون عقاب",
        "ايوب بيارباسي",
        "القائد المحلي للشرطة ايوب بيارباسي",
        "قال",
        "d",
    ),
)
FADIL_A = "مدير إدارة العلاقات العامة والإعلام المتحدث الرسمي بأمانة منطقة نجران عبدالله آل فاضل"
A(
    "2015-07-21-2863",
    # Judgement: the quoted «دود» is a term, not the speaker's clause: indirect.
    C(
        'قام بشراء وجبة مكدوس ⋯ اتضح أن بداخلها حشرات "دود"',
        "مانع ملفي",
        "المواطن مانع ملفي",
        "وقال",
        "i",
    ),
    C(
        "قدم بلاغا لأمانة المنطقة ⋯ قدمه مع البلاغ لأمانة المنطقة",
        "مانع ملفي",
        "المواطن مانع ملفي",
        "مضيفاً",
        "i",
    ),
    # Judgement: «وأضاف المواطن أن أمانة المنطقة أبلغته بأنها X»: X goes to the innermost speaker, the
    # municipality (embedded reports; «أبلغ» is a cue, fresh3/fresh4); «دون أن تقوم بتعويضه …» is read as
    # part of what it told him (coordinated content stays one claim).
    C(
        "طبقت النظام بحق المركز التسويقي الشهير ⋯ مما لحق بهم من أضرار",
        "أمانة منطقة نجران",
        "أمانة المنطقة",
        "أبلغته",
        "i",
    ),
    C(
        "أمانة المنطقة تعمدت تهميشه ⋯ من هذه الوجبات المليئة بالحشرات",
        "مانع ملفي",
        "",
        "وأشار",
        "i",
    ),
    C(
        "قرر رفع دعوى قضائية ضد أمانة منطقة نجران ⋯ من أضرار نفسية وصحية ومادية",
        "مانع ملفي",
        "",
        "مؤكداً",
        "i",
    ),
    # Judgement: «وفقا لاختصاصها» is not a source phrase («according to its remit»). The uncued sentence
    # «وفيما يتعلق بطلب المواطن بإمكانه مراجعة …» carries on the spokesman's account (followed by
    # «وأضاف آل فاضل») and stays in his claim (fresh22, fresh24).
    C(
        "مهام الأمانة تكمن في التفتيش ⋯ بإمكانه مراجعة الجهة المعنية في ذلك",
        "عبدالله آل فاضل",
        FADIL_A,
        "أوضح",
        "i",
    ),
    C(
        "الأمانة على استعداد لتوضيح الحالة لأي جهة رسميه تطلبها",
        "عبدالله آل فاضل",
        "آل فاضل",
        "وأضاف",
        "i",
    ),
)
A(
    "2015-07-25-1067",
    # Judgement: «…، بعد دخولهم المياه الإقليمية السودانية بغرض الصيد، حسبما أفادوا» is a source after
    # the content; the masculine plural أفادوا is the fishermen (السلطات would be أفادت), a pronoun,
    # so no mention; only the clause before the source phrase is taken (fresh20), without «بعد».
    C(
        "دخولهم المياه الإقليمية السودانية بغرض الصيد",
        "الصيادين المصريين",
        "",
        "حسبما أفادوا",
        "i",
    ),
    C(
        "اتصالات على مستوى عال جرت بين قيادتي البلدين ⋯ على إطلاق الصيادين",
        "مصدر في وزارة الخارجية السودانية",
        "مصدر في وزارة الخارجية السودانية",
        "وقال",
        "i",
    ),
    C(
        "القرار تم تنفيذه بالفعل ⋯ الشروع في إعادتهم لوطنهم",
        "مصدر في وزارة الخارجية السودانية",
        "مصدر في وزارة الخارجية السودانية",
        "مشيرا",
        "i",
    ),
    # Judgement: the role before the comma-set name is left out of the mention, the title that
    # precedes the name stays (Speaker: «جون كيري», not «وزير الخارجية الأميركي، جون كيري»).
    C(
        "السلطات السودانية أفرجت عن 100 من الصيادين المصريين ⋯ الذين كانوا يستقلونها",
        "بدر عبدالعاطي",
        "السفير بدر عبدالعاطي",
        "قال",
        "i",
    ),
    # Judgement: «وأعرب … عن التقدير» is an evaluation (no claim); its participle is a claim of the same
    # subject.
    C(
        "هذه اللفتة الكريمة إنما تعكس ⋯ وادي النيل الشقيقين",
        "بدر عبدالعاطي",
        "عبدالعاطي",
        "مشيرا",
        "i",
    ),
)
COORD_A = "منسق شئون الطاقة الدولية الأمريكي"
A(
    "2015-08-02-467",
    # Judgement: a name followed by its role with no comma gives the name only as the mention (fresh7,
    # fresh24).
    C(
        "دول الخليج مهمة لأمريكا حتى مع زيادة الإنتاج للبترول الأمريكي",
        "أموس هوكستين",
        "أموس هوكستين",
        "أكد",
        "i",
    ),
    # Judgement: the coordinated «وأضاف» takes the named subject (held-out decision); the content opens
    # in the third person after أن, the later «ولدينا» is incidental (fresh12): indirect.
    C(
        "ذلك ليس صحيحا ⋯ ولدينا رؤى وتحديات واحدة",
        "أموس هوكستين",
        "أموس هوكستين",
        "وأضاف",
        "i",
    ),
    # Judgement: «قال إننا نريد …، وبالتالي سيتم …، ولا نعرف …» mixes a wish with statements (a claim,
    # fresh4); the first person after «إننا» is verbatim, direct (fresh9).
    C("نريد من الجانب الإيراني ⋯ وهو أمر يحتاج لبعض الوقت", "أموس هوكستين", "", "قال", "d"),
    C(
        "أسعار البترول انخفضت العام الحالي ⋯ من أوروبا والصين",
        "أموس هوكستين",
        "",
        "مشيراً",
        "i",
    ),
    # Judgement: «أعرب عن اعتقاده بأن» is a cue (round 2).
    C("الأسواق ستتحسن عندما تنضم إيران إلى الدول المصدرة", "أموس هوكستين", "", "وأعرب", "i"),
    C(
        "قطاع البترول يصعب التنبؤ بمستقبله عادة، فأسعار البترول دائما متغيرة",
        "أموس هوكستين",
        "",
        "مشيراً",
        "i",
    ),
    C(
        "وجود الطاقة أمر أساسي لتحقيق التنمية في أي دولة",
        "أموس هوكستين",
        COORD_A,
        "وأشار",
        "i",
    ),
    C(
        "هناك تعاونا مصريا أمريكيا مهما ⋯ بين البلدين في مجال الطاقة",
        "أموس هوكستين",
        COORD_A,
        "مضيفا",
        "i",
    ),
    C(
        "كان هناك جهد متواصل من الحكومة المصرية ⋯ الطاقة المهدرة وترشيد الاستهلاك",
        "أموس هوكستين",
        "",
        "أشار",
        "i",
    ),
)


# --- annotator B ---------------------------------------------------------------------------------

# 01 almadina — Rouhani / Khamenei
ROUHANI_B = "حسن روحاني"
KHAMENEI_B = "علي خامنئي"
A(
    "2015-07-27-591",
    # Judgement: «هدد نواب محافظون الرئيس روحاني بإلغاء الاتفاق» is a threat (like «متوعدا بأن», a
    # pledge): no claim. «قال خامنئي …: إن الرئيس أوباما ادعى بأنه X» is an embedded report: X is
    # annotated once, for the innermost speaker (Obama, cue ادعى — «ادعت» is a cue, fresh12).
    C("قادر على ضرب المنشآت العسكرية الإيرانية", "أوباما", "الرئيس أوباما", "ادعى", "i"),
    # Judgement: «ورد خامنئي بالقول:» — the verbal noun is the cue (fresh12 «رد عليه بالتأكيد»);
    # first person after a colon → direct; the trailing «..» is left out.
    C("نحن لا نريد الحرب، ولن نبدأها، ولكن", KHAMENEI_B, "خامنئي", "بالقول", "d"),
    C("الشعب الإيراني لن يرضخ للضغوط والحظر والتهديد", ROUHANI_B, "الرئيس حسن روحاني", "قال", "i"),
    # Judgement: «وزعم» is a cue (like ادعى); a finite cue coordinated in the same sentence as the
    # named subject takes that subject's mention (held-out decision).
    C(
        "الفريق الإيراني المفاوض حقق ⋯ خلال المفاوضات النووية",
        ROUHANI_B,
        "الرئيس حسن روحاني",
        "وزعم",
        "i",
    ),
    # Judgement: «كرر روحاني مزاعم أنه لولا …» — a claim with the verbal noun مزاعم as cue (like
    # «جدد التأكيد على أن», fresh3); the span starts after «أنه».
    C("لولا إيران لسقطت بغداد وكردستان العراق بيد داعش", ROUHANI_B, "روحاني", "مزاعم", "i"),
    # Judgement: «وأضاف: إننا سنواصل …» — span starts after the complementiser with its fused
    # pronoun; first person after a colon → direct; same sentence as «كرر روحاني» → that mention.
    C("سنواصل دعم الشعوب في اليمن وفلسطين ولبنان وسوريا والعراق", ROUHANI_B, "روحاني", "وأضاف", "d"),
    # Judgement: «تصريحات خامنئي التي أعلن فيها عن …» — a cue in a relative clause on «تصريحات X» goes
    # to X (fresh17 «تصريحات للرئيس … أكد فيها»); the journalist's scare-quoted «البحريني» is a label,
    # not the speaker's word → indirect; the partial quote keeps its closing mark.
    C("مواصلة إيران لما أسمته دعمها للشعب»البحريني»", KHAMENEI_B, "خامنئي", "أعلن", "i"),
)

# 02 alweeam — gas pipeline blast
A(
    "2015-07-31-1594",
    C(
        "تم تفجير خط أنابيب ⋯ في إقليم أجري بشرقي تركيا",
        "تانر يلدز",
        "وزير الطاقة والموارد الطبيعية التركي تانر يلدز",
        "حسبما ذكر",
        "i",
        after=True,
    ),
    # Judgement: «ووفقا لبيان صادر عن وزارة الطاقة التركية، قال يلدز إن …، حسبما ذكرت وكالة الأناضول»
    # — a relayed report goes to the innermost speaker (fresh6); the statement is the medium, the
    # trailing «، حسبما ذكرت …» is left out.
    C(
        "الهجوم الذي يشتبه في أنه تخريبي ⋯ داخل الحدود الشرقية للبلاد مع إيران",
        "تانر يلدز",
        "يلدز",
        "قال",
        "i",
    ),
    C("تسبب الانفجار في اندلاع حريق ⋯ سيتم استئناف تدفق الغاز", "تانر يلدز", "", "وأضاف", "d"),
    C("لقد اتخذنا تدابير ⋯ ورجال الصناعة الأتراك", "تانر يلدز", "الوزير التركي", "وتابع", "d"),
)

# 03 aleqtisadiya — Al-Khaleej club camp
A(
    "2015-07-21-888",
    # Judgement: «فوزي الباشا رئيس نادي الخليج» — a name followed by its role with no comma gives the
    # name only as the mention (fresh7/fresh24); «أنه X، وأنه Y» is coordinated content, one claim.
    C("متفائل بمعسكر الفريق ⋯ الأضواء مكانه الطبيعي", "فوزي الباشا", "فوزي الباشا", "أكد", "i"),
    # Judgement: a closing quote with no opening mark wraps the whole content (fresh12) and the
    # content is first person («بدأنا») → direct; the span starts after «على أنه».
    C("ومجرد ما أن انتهت ⋯ لتأكيد الجدارة", "فوزي الباشا", "", "وشدد", "d"),
    C("أول خطواتنا كانت ⋯ في تحقيق نتائج مميزة", "فوزي الباشا", "", "وأضاف", "d"),
    C("الجهازين الفني والإداري قد درسا المعسكر جيدا، قبل الموافقة عليه", "فوزي الباشا", "", "وشدد", "i"),
    C("درسنا المعسكر جيدا ⋯ وأقواها ستكون مع بلد الوليد", "فوزي الباشا", "", "وقال", "d"),
)

# 04 alriyadh — Suez Canal security plan
SOURCE04_B = "مصدر أمني مصري مسؤول"
A(
    "2015-08-04-664",
    C("المرحلة النهائية من خطة تأمين حفل ⋯ من قوات الأمن المركزي", SOURCE04_B, SOURCE04_B, "أعلن", "i"),
    C(
        "المرحلة النهائية من خطة التأمين تشمل ⋯ (100 كلم شرق القاهرة)",
        SOURCE04_B,
        "المصدر الأمني المصري",
        "وقال",
        "i",
    ),
    C("تم انتداب عدد ⋯ داخل تلك القطاعات", SOURCE04_B, "المصدر الأمني", "وأضاف", "i"),
    C("تم رفع درجة الاستنفار ⋯ كافة محافظات الجمهورية", SOURCE04_B, "المصدر الأمني", "مشيرا", "i"),
    C(
        "المرحلة النهائية من خطة تأمين الاحتفال ⋯ بالتنسيق مع القوات المسلحة",
        SOURCE04_B,
        "المصدر الأمني",
        "وأشار",
        "i",
    ),
    # Judgement: «وذلك تحت غطاء جوي …» describes the plan (not a purpose or a cause) and stays in the
    # claim. The two uncued paragraphs that follow («ويتضمن المحور الثاني …»، «وتتمثل المرحلة الثالثة
    # …») carry on the source's own enumeration of the «3 محاور» and stay in his (last) claim (fresh24:
    # uncued paragraphs that carry on an official's account stay in his claim) — a close call.
    C(
        "سيتم الدفع بمجموعات قتالية ⋯ من خلال رجال القوات المسلحة",
        SOURCE04_B,
        "المصدر الأمني",
        "موضحا",
        "i",
    ),
)

# 05 okaz — UN spokesman on the truce
HAQ_B = "فرحان حق"
A(
    "2015-07-27-1315",
    # Judgement: «رحب … بالهدنة» is an evaluation (no claim); its participle «مشيرا إلى أن» goes to the
    # same subject (fresh14 «فيما أثنى X …»); name + role without a comma → the name as mention.
    C("مبادرة المملكة التي قوبلت ⋯ من أبناء الشعب اليمني", HAQ_B, "فرحان حق", "مشيرا", "i"),
    C("الهدنة ستعمل أيضا على وقف ⋯ إذا التزمت مليشيات الحوثي بها", HAQ_B, "فرحان", "وقال", "i"),
    C("الميلشيات الحوثية خرقت هدنة ⋯ إلى الرد على ذلك", HAQ_B, "فرحان", "مشيرا", "i"),
    # Judgement: «وتابع قائلا «نأمل أن …»» is wholly a wish (fresh11: not a claim) and «مؤكدا على ضرورة
    # التزام …» a directive (شدد/أكد على ضرورة): neither is annotated.
    C("المبعوث الدولي لليمن ⋯ وتحقيقها على الأرض", HAQ_B, "حق", "وأكد", "i"),
    # «حق» also occurs inside «وتحقيقها»: m_occ points at «وأكد حق».
    C("الرئيس اليمني عبدربه منصور هادي يسعى للوصول باليمن إلى الاستقرار", HAQ_B, "حق", "موضحا", "i", m_occ=1),
    # Judgement: «وأوضح أن» coordinated in the same sentence as «وأكد حق» takes that mention (held-out).
    C("الأمم المتحدة حريصة أيضا ⋯ أن ينعم بالسلام", HAQ_B, "حق", "وأوضح", "i", m_occ=1),
)

# 06 aleqtisadiya — Taiz / Marib fighting
A(
    "2015-08-02-347",
    C("المقاومة الشعبية في مشرعة وحدنان انتهت ⋯ من المسلحين الحوثيين", "مصدر محلي", "مصدر محلي", "وقال", "i"),
    # Judgement: the uncued «وفي تعز المدينة قتل مدني …» and the shelling sentences after this claim
    # change place and topic: the journalist's own report, not part of the source's claim.
    C("المعارك في مشرعة وحدنان ⋯ وأصيب 15 آخرون", "مصدر محلي", "المصدر", "وأكد", "i"),
    C(
        "نحو 25 من ميليشيات الحوثي ⋯ في محافظة مأرب مساء الجمعة",
        "مصدر في المقاومة الشعبية",
        "مصدر في المقاومة الشعبية",
        "قال",
        "i",
    ),
    # Judgement: «وبحسب المصدر فإن …» goes to the source of the previous sentence (fresh17); span after فإن.
    C("3 حوثيين قتلوا ⋯ على متنها في الجبهة ذاتها", "مصدر في المقاومة الشعبية", "المصدر", "وبحسب", "i"),
    # Judgement: «… وفقا للمصادر» is a source after the content (the clause before it, leading و left
    # out); the mention keeps the fused ل (fresh5); an unnamed plural source, named indefinite.
    C("في جبهة البلق جنوب غربي المحافظة ⋯ وقتل 8 منهم", "مصادر", "للمصادر", "وفقا", "i", after=True),
    # Judgement: «أكد مصدر محلي مقتل …» — a verbal noun, a claim (fresh10).
    C("مقتل 3 من ميليشيات الحوثي ⋯ في جبهة الجفينة", "مصدر محلي", "مصدر محلي", "أكد", "i"),
    C("غارة أخرى دمرت مدفع هاون ⋯ وأصيب 3 آخرون", "مصدر محلي", "المصدر", "وأضاف", "i"),
    # Judgement: «ونشر موقع حزب المؤتمر تعزية من المخلوع صالح … "باستشهاد" نجله» reports a published
    # condolence with no content clause: not annotated.
)

# 07 alyaum — ISIS executions near Mosul
SOURCE07_B = "مصدر أمني عراقي"
A(
    "2015-08-03-1111",
    C("تنظيم داعش أعدم 11 شابًا ⋯ جنوب وغرب الموصل", SOURCE07_B, SOURCE07_B, "أعلن", "i"),
    # Judgement: «قال: إن …» in the third person is indirect (fresh4/fresh10).
    C("تنظيم داعش اختطف 18 شابًا ⋯ إلى جهات غير معلومة", SOURCE07_B, "المصدر", "وقال", "i"),
    C("داعش وجه للمعتقلين تهمة ⋯ وحقائق مثبتة عليهم", SOURCE07_B, "", "وأوضح", "d"),
    C("داعش سلم نحو 11 جثة ⋯ مصير الباقي مجهولًا", SOURCE07_B, "", "وأشار", "i"),
    # Judgement: «وأفاد مصدر أمني عراقي إصابة …» — a verbal noun after the cue; the same phrase as the
    # first source gives the same canonical speaker.
    C("إصابة ثلاثة أشخاص بانفجار ⋯ لمنطقة الدورة جنوبي بغداد", SOURCE07_B, SOURCE07_B, "وأفاد", "i"),
    C("إصابة رجل وزوجته ⋯ في حي الواسطي جنوبي مدينة كركوك", "مصدر أمني", "مصدر أمني", "أفاد", "i"),
)

# 08 almadina — failed coup inside ISIS
SOURCES08_B = "مصادر عراقية وسورية متطابقة"
MOSUL_B = "مصادر مطلعة في مدينة الموصل العراقية"
CLOSE_B = "احد المقربين للدواعش"
KHALIDI_M_B = "الخبير في شؤون الجماعات المسلحة العراقية العميد المتقاعد محمد الخالدي"
A(
    "2015-07-22-534",
    # Judgement: «كشفت X عن أول عملية انقلاب … انتهت بالفشل …» reports an event (a claim; «كشف عن
    # اتفاق…»); the quoted name «داعش» does not make it direct.
    C("أول عملية انقلاب حقيقية ⋯ في المجلس العسكري العام للتنظيم", SOURCES08_B, SOURCES08_B, "كشفت", "i"),
    # Judgement: the uncued «وجاءت محاولة الانقلاب إثر خلافات …» that follows is background in the
    # journalist's voice, not carried on from the sources: not annotated.
    C("ينتمي غالبية من أُعدموا ⋯ إضافة إلى كردي وشيشاني", SOURCES08_B, "المصادر نفسها", "وبحسب", "i"),
    # Judgement: «: إن «…»» — the quotation wraps the whole content after إن → direct, marks excluded.
    C("عملية الانقلاب التي أُجهضت ⋯ طيلة السنوات الثلاث الماضية", MOSUL_B, MOSUL_B, "وتقول", "d"),
    # Judgement: «المصادر نفسها» here are the Mosul sources of the sentence before; a partial quote
    # keeps its closing mark and makes the claim direct.
    C("العملية التي وقعت ما بين ⋯ هي الأعنف داخل التنظيم»", MOSUL_B, "المصادر نفسها", "وأضافت", "d"),
    # Judgement: «: «إن خيانة …»» starts after إن (fresh12 «قال «إنها …»»); the reversed closing « ends it.
    C(
        "خيانة من بين المخططين ⋯ حتى أول أيام رمضان",
        "المصدر المقرّب من تنظيم داعش",
        "المصدر المقرّب من تنظيم داعش",
        "وقال",
        "d",
    ),
    # Judgement: inside this quotation «وآخرون يرون أن …» and «وقسم آخر يعتبر …» report the views of
    # other factions: each is the group's own claim and splits the quotation (fresh18 «وكما يرى البعض
    # أن …», fresh26); «جناح لا يرى …» is negated (no claim) and stays in the outer claim. «كلها أمور لم
    # تساعد …» completes what the third faction «يعتبر» and stays with it (the least certain call).
    C("سلسلة الإعدامات والتصفيات ⋯ لا يرى البغدادي مؤهلًا للقيادة", CLOSE_B, CLOSE_B, "وقال", "d"),
    C("السوريين أحق بالخلافة من العراقيين", "آخرون", "آخرون", "يرون", "i"),
    C("مغالاة البغدادي بقتل ⋯ الإجماع داخل التنظيم", "قسم آخر", "قسم آخر", "يعتبر", "i"),
    # Judgement: «بدون أن يستبعد فرضية …، على حدّ تعبيره» is a negated «استبعد» (fresh3: not a cue;
    # negated reports are not claims): not annotated.
    C("وجود خلافات وانقلابات ⋯ داخل الصف الأول للتنظيم", "محمد الخالدي", KHALIDI_M_B, "قال", "d"),
)

# 09 alweeam — Houthi losses in Taiz
A(
    "2015-07-22-1464",
    # The mention is written with the article's no-break space («مصادر\u00a0إعلامية»).
    C("مقتل وإصابة 60 عنصراً ⋯ على إب وسط اليمن", "مصادر إعلامية", "مصادر\u00a0إعلامية", "أفادت", "i"),
    C("17 فرداً من المتمردين ⋯ من أفراد المقاومة الشعبية", "مصادر إعلامية", "المصادر", "وأوضحت", "i"),
    C("المواجهات أسفرت كذلك ⋯ من عناصر المقاومة الشعبية", "مصادر إعلامية", "", "وأضافت", "i"),
    # Judgement: «كما شهدت …، بحسب ما أفاد مراسلنا» — a source after the content takes only its own
    # sentence (fresh14 «حسبما أفادت مصادرنا»), the leading «كما» left out; the correspondent is the
    # speaker (fresh14 «وأفاد مراسلنا»).
    C(
        "شهدت الأطراف الشمالية والشرقية ⋯ بين الحوثيين وقوات المقاومة الشعبية",
        "مراسلنا",
        "مراسلنا",
        "بحسب ما أفاد",
        "i",
        after=True,
    ),
    C("طيران التحالف شن 5 غارات ⋯ جنوبي مدينة إب", "مصادرنا", "مصادرنا", "وذكرت", "i"),
    # Judgement: «مصادرنا في اليمن» is taken as the same body as «مصادرنا» (fresh25: two mentions of one
    # unnamed source are one speaker), named by the phrase as first written.
    C("15 مسلحاً حوثياً قتلوا ⋯ في محافظة لحج جنوبي اليمن", "مصادرنا", "مصادرنا في اليمن", "وقالت", "i"),
    # Judgement: «وأفاد المصادر بحسب سكاي نيوز … بأن …» — a relayed report goes to the innermost speaker
    # (fresh6, fresh20), i.e. the sources, not Sky News; which sources is not said, so they are named
    # by their own phrase, indefinite.
    C("التحالف العربي شن سلسلة غارات ⋯ شمال مدينة الضالع", "مصادر", "المصادر", "وأفاد", "i"),
)

# 10 sabq — orphans' trip to Japan
MUAIQEL_M_B = "وكيل وزارة الشؤون الاجتماعية للرعاية الاجتماعية والأسرة الدكتور عبدالله المعيقل"
A(
    "2015-08-04-1293",
    # Judgement: «وأوضح … قائلاً: إن …» takes قائلاً as cue (fresh13); «: إن» in the third person → indirect.
    C("هذا البرنامج يأتي ضمن ⋯ ويلهمهم التميز", "عبدالله المعيقل", MUAIQEL_M_B, "قائلاً", "i"),
    # Judgement: the mention keeps the quote marks around the name, as a name in brackets keeps them
    # (fresh11); the purpose clause «لتسهيل …» attached to the content stays in it (fresh18).
    C("وزارة الشؤون الاجتماعية أوفدت ⋯ وصقلها نحو التميز", "عبدالله المعيقل", '"المعيقل"', "وكشف", "i"),
    # Judgement: «نسعى … ونعمل …» states the programme's aims and work (a claim, like «أهم الأهداف التي
    # نرجو تحقيقها هي …», fresh20), not a wish.
    C(
        "نسعى من خلال هذه الرحلة ⋯ وتقديم نماذج ناجحة ومشرفة",
        "عبدالله طلب",
        "مدير البرامج الاجتماعية والصحية في مجتمع جميل عبدالله طلب",
        "وقال",
        "d",
    ),
    C("وقد اشتملت الرحلة ⋯ ديزني لاند والمتاحف الإلكترونية", "عبدالله طلب", "", "وأضاف", "d"),
)
