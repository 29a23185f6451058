"""Arabic reported speech: who said what.

One pass over the regex tokens of the article (see ``extractors.builtin.arabic``):

* a **finite cue** (قال، أكد، أعلن، أضاف … past/present, masculine/feminine, with و/ف; not negated by
  لم/لن/لا/ما) is followed by its subject (the speaker phrase), an optional adverbial (في بيان،
  لـ«الشرق الأوسط»، عبر حسابه …) and the content: after a complementiser (أن/إن/بأن, with a fused
  pronoun), a colon, an opening quote, على أن/إلى أن, عن/ب + a verbal noun, or — for the cues that
  take an object (أكد، أعلن، نوه، لفت إلى …) — directly a verbal noun (أكد القرني حرص الوزارة …);
* a **participle** (مؤكدا، مشيرا إلى أن، موضحا … with or without tanween) after a comma opens a new
  claim by the subject of its sentence, or by the previous speaker;
* a cue with **no subject** (وأضاف، وتابع، وأشار إلى أن …) continues the previous speaker; the
  verb's gender (قال/قالت) chooses between the recent speakers;
* **source phrases**: «وبحسب X، فإن …»، «…، حسبما نقلت صحيفة X»، «…، بحسب بيان X»، «نقلت الصحيفة عن
  X أن …» (the innermost source speaks);
* a **quote before its cue** («…»، قال فلان) is attributed to the speaker after it;
* the subject of a **speech act with no content** (أعرب X عن …، بارك X …، وقدم فتحي محمد صالح (…) شكره
  …) speaks in the participles and continuations that follow it (0.5.0); so does a subject before its
  verb («وكان X قد أشار»، «وسبق لمجلة X أن كشفت»، «صحيفة X قالت»، «X الذي قال»);
* name words that fold into function words are told apart (لويس فان غال ≠ فإن، فكري علي صالح ≠ على،
  إمام ≠ أمام), and «تبين أن» (it turned out), «على كشف …» (a verbal noun) are not cues.

0.6.0 (error analysis of the second blind fresh set): more cues and participles (أرجع، برر، اعترف بـ،
بالقول/بقوله، مفيدا، واصفا، معترفا، مختتما …; «أعرب عن اعتقاده بأن»، «إعلان مصادر أن»); verbal nouns of
the shape تفعيل (تحديد، تمديد) and a few more (بيع، إلغاء، سبب); a quotation opened with the reversed »
(أجاب:»…») or after a long adverbial; a complementiser inside the opening quote or after the colon is
left out; «…، لكن/حيث X قال …» ends a claim (a new report); a cue homograph of a verbal noun (ونقل
الاكتشافات، ووصف أدوية، وأقر المجلس اختيار) no longer cuts a claim; the speaker phrase stops at an
adverb or object with tanween (إيران رسمياً)، a bracketed apposition (محمد أبو الرحى (جد الطفلة))، a
characterisation (وصفه بالجاحد) or «تفاصيل»; roles with an organisation or a place before the name
(مدير هيئة السياحة في محافظة ينبع سامر بن علي العنيني) keep the name apart; «أصدر X بيانا» makes البيان
speak for X; «ألقى X كلمته»، «شكك/اتهم X» are speech acts; «أما X فقد برر»، «اكتفى X بالقول» name
their subject; «ما ذكر في …» (a passive) and «لفت X انتباه …» are not reports.

0.7.0 (error analysis of the third blind fresh set): roles set off by commas before a titled name
(«سفير المملكة ومندوبها الدائم …، عميد …، السفير أحمد قطان: إن …») give the name; a second role joined
by و (ومندوبها) is no name; «علي» after a role is the name Ali; the speaker phrase stops at adverbs
(ثانية، حين سئل)، demonstratives (هذه المزاعم)، نظيره and addressees such as لفرانس برس، لجميع; «نقلا عن
X» and «نقلت صحيفة “… عن X قوله:» (a stray quote mark) relay to X; a subject before its verb may open
with أحد/بعض («أحد ممثلي مؤسسته أكد»); a cue with a subject but no content (نفى X المزاعم) and
«تجنب/رفض X …» make X the subject of the participles that follow; cues ألا (أن + لا), بتأكيده،
«جدد التأكيد على أن»، عزا; claims end before «بينما/فيما أعلنت X» (comma or not), «، من ناحيتها نقلت …»,
«، كما جدد …», «، وبحسب X فإن …», «لكنه رفض التعليق», a threat (متوعدا) and a participle opening a
quotation (قائلا: «…»), a manner participle (مركزة في طرحها), «، واستبعدت/ودعت …» and a source after
the content with no comma («… بحسب الامم المتحدة.»); an unclosed quotation stops before «. لكن X قال»
and the tag line «سمات …»; a feminine participle-looking word in a man's words (مطالبة الأمانة) stays
in the claim; a colon between digits (59: 11) is a time. Object-first cues: «حمّل X Y مسؤولية …» and
«وصف X Y بالقرار …» (the object after a speaker already met is part of the content), حدد أن; a
coordinated «ووصفت NP بأنها» keeps the sentence's subject; «تقارير … الأسبوع الماضي تفيد بأن» (a time
between the subject and its verb).

0.8.0 (error analysis of the fourth blind fresh set): the addressee in brackets («أكد لـ(عكاظ) الشيخ
…»); commas setting off an adverbial do not count towards the gap before the content; an appositive
name followed by a day («…، عادل الجبير، أمس، بأن»); «الشيخ صالح لنجف رئيس …» and «علي الأحمدي الناطق
…» (a name, then its role) give the name, «علي» + a family name + a role is the name Ali, «نائب الرئيس
الأول» is one role, a quoted organisation in a role («في شركة "فاير آي" مانيش جوبتا»); a speech act's
subject stops at a speaker already met («وانتقدت بندقجي صعوبة …»), «عبر X … عن» at a distance; cues and
participles: feminine plurals (مؤكدات), مرجعا/عازيا and the bare object of أرجع/عزا before إلى, ل for إلى
(مشيرة لوجود، مشيرا لأن), ب + a verbal noun after an adverbial («أفاد مصدر في قوات … بمقتل 18»),
«، حيث أشار إلى …» (the same speaker reports anew), واصل after a colon, a participle after the content
of a cue broken by a paragraph; «أكد (على) أهمية» is a directive (also after «، كما»), «، وتمنت …» ends a
claim, an unclosed quotation ends before «أما X فعلق»; not reports: «قال الله تعالى»، «وجد نفسه», فان in
«وصول فان غال».

0.8.1: roles in the construct state end at their place, the rest is the name whatever its length
(«وزير خارجية إسبانيا خوسيه مانويل غارسيا مارغايو»، «رئيس وزراء اليونان تسيبراس»، «وزير داخلية البحرين»
with no name); words completing a military title are not the name («الفريق أول ركن عثمان الغانمي»).

0.9.0 (error analysis of the fifth blind fresh set): a phrase with a demonstrative («وفي هذا الإطار،
قدمت …، فقالت») is no subject; التزام (and التحاق، التقاء، التماس) is a verbal noun, so «وأكد شكري التزام
مصر …» reports and شكري speaks in the participles after it; sources «وفق ما أعلنته X» (a cue with its
object pronoun) and «، وفق ما نقلته X» after a clause holding «من المقرر أن» or the preposition بين; ردّ
reports after a colon; «يذكر أن X. أكد ذلك Y» makes X the claim of Y; a role phrase met before the cues
stops at a participle («… حاتم المطيري مشيرا»), and الوكيل heads a role.

0.10.0 (error analysis of the sixth blind fresh set): a decimal point before a direction mark
(«4.\u200f3») ends no sentence; cues شرح، أفصح، استدرك, and زاد before a quotation or colon only; «،
وأقر بأنه …» opens a claim; اعترف + a definite verbal noun («بالتنسيق»); «فيما يتعلق» is no "while";
a subject between لكن and its cue; speaker phrases stop at manner adverbs (بشدة) and at ل+ال after a
full name («جون كيري للكونجرس»), keep صباح between name words, and never take an accusative verbal
noun («اجتماعا»); «المسؤول» resolves to «مسؤول في …», a role's country adjective picks the speaker
(«الوزير الأمريكي»); «نفى X + a noun phrase» reports nothing but X speaks next; استغرب is a speech act.

0.11.0 (error analysis of the seventh blind fresh set): حدوث، مغادرة … are verbal nouns; a titled name
in quotation marks after a role («قائد قوة الصواريخ "اللواء الركن …"»), and الإستراتيجية is no verbal
noun; اتهم is a speech act and الزوج، المتهم، المواطن، القنصل … head speaker phrases; «وكان(ت) X، صرّح …»
gives the subject (the name of «role، name،»); مقدما (شكره) and مستبعدا end a claim; «، بينما نُقل …» is
no new report.

0.12.0 (error analysis of the eighth blind fresh set): «، وأعرب + a titled subject» ends a claim and
its subject speaks in the participles after it; «وبهذه المناسبة» is no subject and a speaker phrase
stops at a speech-act verb; a name run keeps its link words («صبري بن عمر»); roles set off by commas
may end in a role with a title and the name («…، رئيس اللجنة … المهندس جديع القحطاني في تصريح …»);
ل + a medium after the name (لشبكة، لإذاعة، لمجلة) is the addressee.

0.13.0 (error analysis of the ninth blind fresh set): a thing does not speak inside a content («أوضح
أن قرار فتح الأجواء … يؤكد على أن …»: the outer speaker's claim); بين without a shadda is no cue
without «بين X أن» (not after a quotation, not inside a content); «عزا أسباب … إلى» takes the reasons
as its object; أشاد، طالب and دعا are speech acts (their subject speaks next), also with a known
speaker opening the sentence before the verb («عيدان طالب القاضي …، قائلا إن …») or a topicalised
«أما الزائر عبدالله الفركز فقد أعرب …»; a given name with a nisba family name («مطلق البقمي») is a
speaker; «الدكتور رياض المصطفى الرئيس السابق …» keeps the family name and splits off the role, and a
name may begin with ب or ل («بدر باسلمة وزير النقل اليمني»).

0.14.0 (error analysis of the tenth blind fresh set): a claim may be as short as 8 characters («ضلوا
السبيل»); «ووجه X نداء …» is a speech act; «وزاد أن» is a continuation; the adverbial gap before the
content may be 18 tokens; «مشيرا إلى + a noun phrase» opens a claim with no comma before it; «تمسك X
بأنه» is a cue; the subject stands before a short relative clause («شادي عوض الذي يعيش في مبنى مجاور
قال …»); «… وأبلغ وكالة "رويترز" أن» tells the outlet; an appositive name may precede a verbal-noun
content; quoted names are speakers and parts of roles («كشفت "صحة جازان" …»، «مدير … بـ"صحة جازان"
عبدالرحمن دغريري»), and «في رد على» is no cue; a dateline («محمد المواسي- سبق- جازان:») is no subject; a
sentence ending inside a quotation ends the claim.

0.15.0 (error analysis of the eleventh blind fresh set): «…،وأدان …» (a narrated act of the speaker:
أدان، رحب، أشاد، أعرب … agreeing with the cue) ends the claim; a decimal written against a word
(«سجل8.2 %») is no sentence end; a titled subject filling the sentence before the verb, its name in
brackets («المتحدث الرسمي باسم الاتحاد … (عدنان المعيبد) نفى …»), speaks; an adverb after the subject
(«أكد نتنياهو مجددا وجهة نظر اسرائيل بأن …») ends the speaker phrase; «معاليه، سموه …» are the
dignitary already speaking; the only speaker of an article goes on speaking after more than three
paragraphs.

0.16.0 (error analysis of the twelfth blind fresh set): «علي» after a role phrase before a nisba is the
name («… المقاومة الشعبية علي الأحمدي لوكالة …»); a weekday after a lone given name in a role phrase is
the family name («… بحي الروضة محمد الخميس أن …»), and ب/ل + a place word belongs to the role; an
appositive name may precede a colon; a patronymic alone («بن عبد الله») and «عبد الله»/«عبدالله» resolve to
the full name; «، موجها/ناصحا …» and «، وتأمل/ويطالب …» end a claim; a quotation mark never closed in the
paragraph (or reopened: “ … “ … ”) leaves the sentence ends in force; «X ترى أن …» inside a content is
X's; «المشرف على "سفاري" الأحساء جعفر السلطان لـ"الوطن" أن» keeps the name; ادعى is a cue; «. كما أن …»
goes on with the content's complementiser.

0.17.0 (error analysis of the thirteenth blind fresh set): «وقال هدفنا هو …»، «وقال لقد ناقشنا …» (first
person, no colon) is direct speech of the speaker going on; «وكان راشد الغنوشي رئيس حركة النهضة اعترف
بأنه …» takes the name before its role as subject; an appositive name may be followed by an adverbial
before the complementiser («…، جوش إرنست، في مقابلة خاصة مع “…”، إن …»); «كل من X وY» is a joint speaker.

0.18.0 (error analysis of the fourteenth blind fresh set): أثنى is a speech act, and «…، فيما أثنى
الدكتور القرني على …» (a titled speaker's narrated act) ends a claim; «ومضى في حديثه: …» goes on with the
speaker; «مسؤول … طلب عدم ذكر اسمه "…"»: a request for anonymity ends the speaker phrase, and a cue after
«عدم» is a verbal noun.

0.19.0 (error analysis of the fifteenth blind fresh set): a sentence opening with a fronted topic («وعن
المشاركة الأمنية … أكد أنه …») has no subject before the cue; a eulogy («صلى الله عليه وسلم»، «رضي الله
عنه»، «رحمه الله») ends the speaker phrase and «قال عز وجل» introduces a verse; «روي» is no speaker; words no
name holds («أي»، «كل»، «عدم» …) after a role begin the object («ونفى المتحدث … ضبط أي عملية …»).

0.20.0 (error analysis of the sixteenth blind fresh set): «علي» before a family name is the name Ali, not
على («وقال علي العجمي إن …»); an adjective after a title goes to the role («المستشار الإعلامي علي
العجمي»); a person introduced by an indefinite role and named later with the same role is one speaker;
a head word alone keeps its role («قال الرئيس إن …» resolves to the president met before); «معللا ذلك
…» and «مستشهدا بما …» open claims; «وحسب المصدر نفسه، فإن …»; a one-word subject after كان
(«وكانت المنامة أعلنت …»); «غير أن X، أكد …»; «أحد الكتاب الذي رأى …»; a role in a place, then the
appositive name («مدير المعهد في باريس، باسكال بونيفاس، أن …»); an addressee between mismatched marks
(«لـ”عين اليوم”»); hamzated تفعيل verbal nouns (تأجيل، تأمين) are objects; «إلا أن X تحجج بـ…» and «الذي
بدوره …» end the claim before them, «وتأسف …» too; «ويتوقع/يعتقد أن …» with no subject and «تبين أيضا
أن …» are impersonal; a «…» quotation may close in the next paragraph.

0.21.0 (error analysis of the seventeenth blind fresh set): «قائلا للصحافيين "…"» needs no comma; «في هذا
الصدد/السياق» between a participle and its content is no distance; «…، إذ يقول X إن …» and «… لكنه أضاف
أن …» start a new report (and «لكنه» ends an embedded subject); «متهما/متهمين» ends a claim; «كشف عن
«…»» takes a quoted word as content; «وبحسب X، فقد …»; plural continuations (وأردفوا، وتابعوا); «نيابة»
ends a name and a second title after a name ends it («انتون غيراشتشينكو المستشار في …», but not القاضي);
«ويقدر أن …» is impersonal; a source after the content («…، كما ذكرت السلطات») may follow an obligation
(«وبات على كييف ان …»).

0.22.0 (error analysis of the eighteenth blind fresh set): a point between letters with no space
(«(إف.بي.آي)») ends no sentence; لمّح is a cue; a participle joined by و opens a claim («… بخير ومؤكداً
متابعة …», a masculine form only: «ومتابعة وضعه» is a noun) and a مفاعلة verbal noun is content after a
cue.

0.23.0 (error analysis of the nineteenth blind fresh set): a role carried on by «أعمال/شؤون» has no name
(«وكيل أعمال اللاعب»); a kinship noun takes an appositive name like a role («تقول والدته، جاسمين ديفي،
إن …»); a source after the content ends at its addressee («حسب ما أشارت مصادر خاصة لـ«الشرق الأوسط» …»),
and its claim starts after the last «فإن».

0.24.0 (error analysis of the twentieth blind fresh set): «أعلن … حالة الطوارئ/الاستنفار» is a performative,
no claim; «حسب قوله/تعبيره» is the speaker's own words, no source; جزم and «توصل إلى أن» are cues; after
قال, a comma and إن/أن may close an adverbial longer than MAX_GAP_TOKENS words («وقال العلماء في دراسات
نشرت نتائجها في دورية … وناجازاكي، إن …»).

0.25.0 (error analysis of the twenty-first blind fresh set): «بيد أن X تؤكد …» ends the outer claim like «إلا
أن» (also when the inner report takes a verbal noun), and «التقارير» heads a speaker; استقالة، تخلّي and
ترشّح are verbal nouns (the object after أعلن, not its subject).

0.26.0 (error analysis of the twenty-second blind fresh set): a role and the name set off after it by
commas («قال وزير الخارجية الأميركي، جون كيري، إن …») make one speaker with that role, so a later «الوزير
الأميركي» or «وزير الخارجية» finds him (a country adjective that differs keeps two ministers apart), and
one of two roles joined by و names the person («رئيس الوزراء اليمني» after «نائب الرئيس اليمني ورئيس
الوزراء، خالد بحاح»).

0.27.0 (error analysis of the twenty-third blind fresh set): feminine titles and role heads (الدكتورة،
المهندسة، الباحثة، المتحدثة …); a titled name and its role set off by a comma before «، التي/الذي أكد»
is the speaker; a quoted role or family name («قال «المسؤول اليمني»»، «وقال «الحذيفي»») is the person
met before, and «المسؤول» with a country adjective is any named office-holder of that country; a title
alone («وأكد اللواء أن …») names the one who bore it; a masculine verb right before a feminine
organisation («وشكر سفارة المملكة …، مضيفا») has it as object; «محمد لباد ”والد الطفلة“» ends the name
at the mark; «، وحملت …» without مسؤولية ends no claim; «جاء ذلك نقلا عن X» makes what came before X's
claim, and a quoted outlet keeps all its words (صحيفة "الإمارات اليوم"); a fronted «في …،» is not the
sentence's subject; a short quotation nested in a quotation with the same marks no longer closes it.

0.28.0 (error analysis of the twenty-fourth blind fresh set, and number agreement): a plural cue with no
subject takes the plural subject of the sentence's first verb («وفحص الباحثون … وتوصلوا إلى أن …») or
the latest plural speaker; «لكن فاروق جليك وزير العمل والضمان الاجتماعي التركي قال» (a name, then a
long role, topicalised) is one speaker, and «الوزير» alone finds the article's one named minister; a
speech act after «وكانت X، Y،» («دانت في بيان …») makes X speak next, and قوات heads an organisation;
a masculine speech act before a feminine or plural organisation («وطالب قوات التحالف») has it as
object; «كما بين كذلك بأن …» is بيّن; titles are dropped before a name only («المهندس السيد» keeps the
family name السيد); «فأكد» after «تواصلت … مع X» is X's; «علي» opens a three-word name before a role;
«، غير أنه اعترف بأن …» ends the claim and opens the same speaker's next; a titled name registered
early stops before a clause («… ووكيله …»، «بسبب»، «لا») and a subject phrase at «قد».

0.29.0 (error analysis of the twenty-fifth blind fresh set): «⏎وقال، …» (a comma written for the colon
after a paragraph-opening cue) opens a quotation; a trailing source ends at its media addressee
(«بحسب ما قال متحدث … لوكالة فرانس برس»); a titled addressee after the cue («قال للملك سلمان … إن») is
skipped, so the subject before the verb speaks; an indefinite body in construct with a verbal noun
(«لجنة التحقيق») is not cut into a speaker and a content.

0.30.0 (error analysis of the twenty-sixth blind fresh set): تحدث is a speech act whose subject speaks
next («وفي البداية تحدث المشرف العام … محمد الجهني وقال: …»); a first-person noun right after the
cue («وأضاف سعادتي أيضاً أن …») is no subject; a trailing source takes the titled name set off after
its role («، وفقًا لمدير شرطة منطقة مكة المكرمة، اللواء عبدالعزيز الصولي،») and speaks next in the
same sentence («، وقال: …»); «في الوقت نفسه» between a participle and أن costs no distance;
«تصريحات X» after the subject is the object («استنكرت الأمانة العامة … تصريحات المالكي وقالت»),
except after a verb of relaying, where X speaks («ونقل التقرير تصريحات روحاني قائلاً: …»).

0.31.0 (error analysis of the twenty-seventh blind fresh set): «وأعرب عن اعتقاده بأن …» with no
subject goes on with the latest speaker; what a paper learned from its sources is theirs («وعلمت
«المدينة» من مصادرها أن …»، «كما علمت مصادر (الرياضي) أن …»; not when a verb in the clause reports);
a source opening its sentence may be followed by a comma and the content with no فإن («وبحسب المصادر
نفسها، ينتمي …»); a rank, the force it serves in and the name («عن الفريق في الشرطة الاتحادية رائد شوكت
جودت قوله») name the speaker; a speaker met before may be followed by his words with no complementiser
(«وأضاف بالخير بالنسبة لمن يشكك …»); «…، قائلا» may stand 8 words before its إن; «بان كي مون» is a
name, not بأن; كان after «ما إذا» opens a question, not a subject («ورداً على سؤال حول ما إذا كانت
الولايات المتحدة قد ساهمت …، أشار»); آمر heads a role; «شئون» carries a role on («منسق شئون الطاقة
الدولية»), and a role's country adjective matches in either gender («… الأمريكي» holds an office «…
بوزارة الخارجية الأمريكية»).

0.32.0 (error analysis of the twenty-eighth blind fresh set): a quotation after a name, followed by «،
وقال …», is the speaker's words, not part of the name («وقال كارتر «النفوذ الإيراني … حقيقي»، وقال
أيضًا: …»); «وتبين من المعلومات … أنه» ("it turned out from") is no cue; an envoy or mission is named
with the state or body it is accredited to («سفارة خادم الحرمين الشريفين لدى سلطنة عمان»، «السفير
المصري لدى الجزائر عمر أبو العيش»: the name after it).

0.33.0 (error analysis of the twenty-ninth blind fresh set): a role ending in a prepositional phrase
gives the name after it («قائد فريق الخدمة الدولي IST بالوفد السعودي منصور المقيطيب»); an official or a
citizen followed by a personal name is that person («مسؤول القيادات في الكشافة البريطانية نثان برنيس»،
«المواطن سعيد متروك»), a bare «مصدر مسؤول» stays a source; a family name after «X بن Y» belongs to the
name («الدكتور صالح بن حسين العواجي وكيل …»); «وبين X» may be followed by a circumstance and a comma
before أن («وبين العواجي عقب اجتماعه مع …، أن …»), and عقب/إثر/أثناء are prepositions; «محمِّلا» and
«منددا» end a claim; «وفقا لوزارة الصحة» names «وزارة الصحة»; a relative clause may stand between the
source and فإن («ووفقا لبيان صدر عن مجلس … الذي عقد أمس في بروكسل فإن …»).

0.34.0 (error analysis of the thirtieth blind fresh set): a participle of manner after the name ends
it («وقال كيري مازحا …»، ضاحكا، مبتسما …); a quotation opened with " may close with » when no " closes
it in the paragraph («إن "الخروج … لأبنائنا». مبينًا أن …»); a sentence opening with a role and the
name set off by commas before the verb names the speaker («قاضي دائرة الأوقاف …، محمد الجيراني، قال:
…»); قاضي heads a role.

0.34.1 (a code review of 0.32.0–0.34.0): an official named after another's title stays a source
(«مسؤول كبير في إدارة الرئيس باراك أوباما» is not Obama), and only singular source heads (مسؤول، المواطن
…) take a name after them; a name of four words between commas before the verb is read; «لدى دولة
الكويت» names the state; a " quotation closes with » only when its paragraph ends with no " (not when
the quotation is merely long). The same predictions on all the unsealed gold sets.

0.35.0 (error analysis of the thirty-first blind fresh set): the speaker named again after و and a cue
ends the claim («… من الاختطاف وطالب محلب بتوعية الشباب …»); شدد with measures as its object is
"tightened", no report («شددت الهند إجراءات الأمن على حدودها»).

0.36.0 (error analysis of the thirty-second blind fresh set): قد before the verb is no part of the
subject, neither in a sentence-opening subject nor in the titled names registered up front («وكان مدرب
برشلونة قد أعلن …»، «وكانت وزارة الداخلية قد أعلنت …»); «لكن تعليقاته/تصريحاته …» ends a claim (the
reporter speaks of the speaker's remarks).

0.37.0 (speaker names that opened with the preposition ل, found across the development sets): after a
role, ل + a definite noun or a noun in the construct state opens the organisation, and the name follows
it («المسؤول الإعلامي لغرفة عمليات عمر المختار … عبدالكريم صبراً»، «المشرف العام لبرنامج "اصنع مهارة"
نايف الهاجري»); «لشركة …»، «لكرة القدم» end a trailing name; a quoted or ل + definite addressee right
after the cue is not the speaker («كشف «للجزيرة» رئيس بلدية …»، «وقال للجنة الشؤون الخارجية …
“…”»); «ووفقا لشبكة «سكاي سبورتس»» drops its ل. Family names that open with ل stay names (لعمامرة،
لنجف، لوتش). A quoted name keeps its closing mark («وكالة الأنباء الإماراتية "وام"», not «… "وام»).

0.38.0 (error analysis of the thirty-fourth blind fresh set): «ردا» after a name is the manner («وقال
كيري ردا على سؤال …»); a weekday after an unnamed source and its nisba is the day («ذكر مسؤول حكومي
السبت أن …»), not a family name; ضد ends a name («تصريحات … نوري المالكي ضد المملكة …»); a short
quotation that closes the sentence right after a bare cue is the words, not a quoted name («قال "سيصل
خلال اليومين المقبلين".»).

0.39.0 (error analysis of the older blind sets, before fresh36 and fresh37 were scored): a time after the
cue is not its subject («وكانت الحكومة البريطانية أعلنت مطلع الأسبوع الجاري أنها …»); a fronted
«فيما يتعلق بـ…» is a topic, not a subject («وفيما يتعلق بجسر أبحر المعلق، فأوضحت أنه …»); «وسط» and
its noun before a quotation are the circumstance («وأضافت وسط هتاف الجماهير «…»»).

0.40.0: a role set off by a comma after the name and right before the complementiser is the speaker's
role («أعلن الدكتور محمد مختار جمعة، وزير الأوقاف المصري إن …»), so a later «وقال الوزير المصري» finds him;
an unquoted «المسؤول اليمني» is the named Yemeni official who is speaking («وكشف المسؤول اليمني أن …»
between claims of «وزير الإدارة المحلية … في الحكومة اليمنية عبدالرقيب سيف الأسودي»), unless a relative
clause sets him apart («المسؤول الأمريكي، الذي طلب عدم نشر اسمه»).

0.41.0–0.45.0 (fresh36–43's errors, then a code review): unnamed sources, officials, residents and
witnesses keep where they are («مصدر من المقاومة الشعبية اليمنية»، «سكان في العاصمة صنعاء»; not «في
البيان»), so a later «المصدر»/«السكان» names them in full; a quoted paper before the sources, «لإدارة
النادي» before the complementiser and «لقناة» after a role with a name following are who was told or whose
the role is; «بحسابه»، the language spoken, «بنسبة …» and «دون …» are no speakers; «بعض» and an
indefinite noun with «ـهن» begin the object; «وكيل الأمين» names the fuller role in the construct state
unless the mention names a country; ذاكرا is a cue.

The content runs to the end of the sentence (a quotation to its closing mark, or to the end of its
paragraph when never closed, or before a sentence that opens a new report) and stops before a comma
followed by a new cue (also one with its own subject and object: «…، أشار العاني إلى إمكانية …»), a
participle, «علما بأن», a source phrase or other trailing circumstantial matter («…، بعد لقائهما …»),
and before an embedded report with its own subject («… بعد أن قال سكان …»). A contrast clause
(«…، فيما يعمل الثوار …») stays in the claim unless it reports. Verbal-noun contents are recognised
by a list and by the shape of derived-form verbal nouns (استفعال، افتعال، انفعال: احتواء، استدعاء).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import accumulate

from claims.text import normalize_ar
from extractors.base import ClaimSpan, ExtractionResult, Extractor
from extractors.builtin.arabic import CLOSE_QUOTES, OPEN_QUOTES, SENTENCE_END, Token, tokenize
from extractors.builtin.speakers import (
    COUNTRY_ADJECTIVES,
    HONORIFICS,
    ORG_HEADS,
    PLACE_WORDS,
    ROLE_HEADS,
    SOURCE_HEADS,
    STATE_WORDS,
    ArticleSpeakers,
    Entity,
    parse_mention,
)


def _forms(words: str) -> dict[str, str]:
    """Map each normalised surface form to its lemma (the first word of its line)."""
    table: dict[str, str] = {}
    for line in words.strip().splitlines():
        forms = line.split()
        for form in forms:
            table[normalize_ar(form)] = normalize_ar(forms[0])
    return table


def _n(words: str) -> frozenset[str]:
    return frozenset(normalize_ar(w) for w in words.split())


VERB_CUES = _forms(
    """
    قال قالت قالوا قلن يقول تقول يقولون
    أكد أكدت أكدوا يؤكد تؤكد يؤكدون
    أعلن أعلنت أعلنوا يعلن تعلن
    أضاف أضافت أضافوا يضيف تضيف
    أوضح أوضحت أوضحوا يوضح توضح
    تابع تابعت تابعوا
    أردف أردفت أردفوا
    استطرد استطردت
    اختتم اختتمت ختم ختمت
    أشار أشارت أشاروا يشير تشير
    صرح صرحت صرحوا يصرح تصرح
    شدد شددت شددوا يشدد تشدد
    لفت لفتت لفتوا يلفت تلفت
    بين بينت بينوا يبين تبين
    كشف كشفت كشفوا يكشف تكشف
    نفى نفت نفوا ينفي تنفي
    حذر حذرت حذروا يحذر تحذر
    اعتبر اعتبرت اعتبروا
    رأى رأت رأوا يرى ترى يرون
    أبان أبانت أبانوا
    أورد أوردت أوردوا
    أفاد أفادت أفادوا يفيد تفيد
    ذكر ذكرت ذكروا
    زعم زعمت زعموا يزعم تزعم
    اعترف اعترفت
    نوه نوهت
    توقع توقعت توقعوا يتوقع تتوقع
    ألمح ألمحت لمح لمحت
    جزم جزمت
    توصل توصلت توصلوا
    أجاب أجابت
    كتب كتبت
    نبه نبهت
    وصف وصفت
    نقل نقلت نقلوا
    أبلغ أبلغت
    أقر أقرت
    أعلنه أكده قاله
    وصفها وصفه وصفتها وصفته وصفوها
    عد
    وجد وجدت
    قدر قدرت قدروا يقدر تقدر
    يصر تصر يصرون أصر أصرت
    يشكو تشكو يشكون يشتكي تشتكي اشتكى اشتكت
    مضى مضت
    أرجع أرجعت أرجعوا
    برر بررت برروا
    عزا عزت عزوا يعزو تعزو
    جدد جددت
    حدد حددت حددوا
    حمل حملت حملوا
    واصل واصلت
    رد ردت ردوا
    زاد زادت
    شرح شرحت
    أفصح أفصحت
    استدرك استدركت
    تمسك تمسكت تمسكوا
    ادعى ادعت ادعوا
    تحجج تحججت تحججوا يتحجج تتحجج
    """
)
# Cues that report speech only with a content clause (عدّ/وجد/قدّر/يصر/يشكو أن …): a bare
# object after them is not a claim (وجد نفسه، قدر الموقف).
COMP_ONLY = _n("عد وجد قدر يصر أصر يشكو اشتكى يشتكي مضى وصف وصفها رأى أورد برر جدد حدد شرح تمسك")
# «وحمل عباس حكومة الاحتلال مسئولية ما جرى»: حمّل reports only with مسؤولية; the object after the
# subject is part of the content, like the object of «ووصف البلوي رحيل المدرب بالقرار الصحيح».
HAMMALA = normalize_ar("حمل")
THAT_REPORT = _n("ذلك هذا")  # «جاء ذلك نقلا عن …»
RESPONSIBILITY = _n("مسؤولية مسئولية المسؤولية المسئولية")
# «حيث قدرت الوزارة عدد المنشآت المشمولة … بـ (2.464) منشأة»: an estimate of an object.
QADDARA = normalize_ar("قدر")
RAA = normalize_ar("رأى")
MADA = normalize_ar("مضى")
# «مسؤول في بورصة مصر طلب عدم ذكر اسمه»: a request for anonymity ends the speaker phrase.
ANONYMITY = _n("طلب طلبت رفض رفضت فضل فضلت اشترط اشترطت")
ANONYMITY_NEXT = _n("عدم الكشف ذكر نشر")
NAFA = normalize_ar("نفى")
# Direction marks and zero-width characters that may sit inside a number («4.\u200f3»).
INVISIBLE_MARKS = "\u200e\u200f\u061c\u200b\u200c\u200d\u2060\ufeff"
BY_AMOUNT = _n("ب بـ بنحو بحوالي بأكثر")
OBJECT_FIRST = frozenset({HAMMALA, QADDARA, normalize_ar("وصف"), normalize_ar("وصفها")})
# «كما جدد التأكيد على أن …»: جدد reports only with التأكيد.
JADDADA = normalize_ar("جدد")
RENEWED = _n("التأكيد تأكيده تأكيدها")
# Characterisation cues (وصف … بأنه «…»): a quotation right after بأنه is the whole content.
DESCRIBE = _n("وصف وصفها")
PARTICIPLE_CUES = _forms(
    """
    مؤكدا مؤكدة مؤكدين مؤكدتين مؤكدات
    مشيرا مشيرة مشيرين مشيرات
    موضحا موضحة موضحين موضحات
    مضيفا مضيفة مضيفين مضيفات
    معتبرا معتبرة معتبرين معتبرات
    لافتا لافتة لافتين
    قائلا قائلة قائلين قائلات
    مبينا مبينة مبينين مبينات
    كاشفا كاشفة
    منوها منوهة
    متابعا متابعة
    محذرا محذرة
    مشددا مشددة مشددين
    مستدركا مستدركة
    مردفا مردفة
    عادا عادة
    نافيا نافية
    متوقعا متوقعة
    معلنا معلنة
    مؤكدون
    مفيدا مفيدة مفيدين
    واصفا واصفة واصفين
    منبها منبهة
    معترفا معترفة
    مختتما مختتمة
    مستطردا مستطردة
    بالقول بقوله بقولها بقولهم
    بتأكيده
    بتأكيدها
    مرجعا مرجعة مرجعين
    عازيا عازية عازين
    معللا معللة معللين
    مستشهدا مستشهدة مستشهدين
    ذاكرا ذاكرين
    """
)
# Participles of directives and wishes: they end a claim but never open one.
DIRECTIVE_PARTICIPLES = _n(
    """داعيا داعية داعين مطالبا مطالبة مطالبين آملا آملة آملين مؤملا مؤملين حاثا مناشدا متمنيا متمنية
    متمنين مشيدا مشيدة مشيدين شاكرا شاكرة شاكرين مثنيا مثنية معربا معربة معربين مستنكرا مستنكرة مرحبا
    مرحبة مهنئا مهنئة معزيا معزية داعما داعمة متوعدا متوعدة متوعدين مركزا مركزة مركزين مقدما مقدمة
    مقدمين مستبعدا مستبعدة مستبعدين موجها موجهة موجهين ناصحا ناصحة متهما متهمة متهمين محملا محملة
    محملين منددا منددة منددين"""
)
# Verbs of speech acts that report no content (أعرب عن، عبر عن، أدان، بارك، رحب …): their subject
# is the one a following participle or continuation speaks for («وقدم فتحي … شكره …، وأشار إلى أن …»).
SPEECH_ACTS = _forms(
    """أعرب أعربت أعربوا يعرب تعرب
    عبر عبرت عبروا
    أدان أدانت أدانوا دانت دانوا
    استنكر استنكرت استنكروا
    بارك باركت باركوا
    رحب رحبت رحبوا
    ثمن ثمنت ثمنوا
    قدم قدمت
    تحدث تحدثت
    تفاءل تفاءلت
    علق علقت علقوا
    انتقد انتقدت انتقدوا
    أبدى أبدت
    شكك شككت شككوا
    تجنب تجنبت
    رفض رفضت
    استغرب استغربت استغربوا
    اتهم اتهمت اتهموا
    أشاد أشادت أشادوا
    طالب طالبت طالبوا
    دعا دعت دعوا
    أثنى أثنت أثنوا"""
)
# Nouns of speech before a titled speaker (بعد إعلان قائد القيادة المركزية … أن …).
NOUN_CUES = _forms("إعلان\nتأكيد\nتصريح تصريحات")
SOURCE_WORDS = _n("بحسب حسب وفق وفقا حسبما ووفق ووفقا وبحسب وحسب وحسبما نقلا")
# Source words that take their source with ل: «وفقا لوزارة الصحة».
LI_SOURCES = _forms("وفق وفقا طبقا تبعا")
# Cues whose content may be a bare verbal noun (أكد القرني حرص الوزارة …، كشف عن اتفاق …).
OBJECT_CUES = _n(
    "مشددا أكد أعلن كشف نوه لفت أشار بين أوضح شدد توقع أفاد مؤكدا مبينا موضحا كاشفا منوها لافتا مشيرا"
    " اعتبر معتبرا ألمح أرجع عزا مرجعا عازيا"
)
# Cues whose content may follow the preposition ب (نوه بالتزام …، أفادت الصحيفة بفرار …).
BI_CUES = _n("أفاد نوه صرح اعترف أقر أبلغ منوها تحجج جزم")  # (تحجج بعدم جاهزية الملاعب: an excuse given)
# Cues whose إلى may be written as a fused ل (مشيرة لوجود سيدات …، أشار لأن …).
LI_CUES = _n("أشار مشيرا لفت لافتا")
LI_ANNA = normalize_ar("لأن")
# «مرجعين ذلك إلى عدة أسباب …»: the object of أرجع/عزا, whatever it is, when إلى follows.
ASCRIBE = _n("أرجع عزا مرجعا عازيا")
# «معللا ذلك الانخفاض بوجود …»، «مستشهدا بما يشهده السوق …»: a reason or evidence given, the content
# right after the participle (its object, or what follows its ب).
JUSTIFY = _n("معللا مستشهدا")
# What «عزا/أرجع» ascribes, standing right after the verb: the object, not the subject («وعزا أسباب
# انخفاض العرض إلى …»); the subject is the previous speaker.
REASONS = _n("أسباب الأسباب سبب السبب أسبابه أسبابها سببه سببها")
# Heads of a subject that is a thing, not a speaker, before a verb of speech used figuratively
# («أوضح أن قرار فتح الأجواء … يؤكد على أن …»: the decision "confirms").
THINGS = _n("قرار القرار خطوة الخطوة إجراء الإجراء الإجراءات إجراءات حادث الحادث هذا هذه ذلك تلك")
VERBAL_NOUNS = _n(
    """عدم حرص استمرار بدء التزام أهمية اهتمام رفض استعداد وجود قيام دعم سعي مضي إيقاف تمسك نجاح
    انتهاء إطلاق تسجيل ارتفاع انخفاض تراجع وصول عودة صحة اتفاق توقيع موافقة تأييد مشاركة تخصيص
    اعتماد إمكانية استحالة تحقيق تنفيذ توفير ثقة حاجة قرب إنهاء تجاوز جاهزية انطلاق تطبيق افتتاح
    وقوع مقتل إصابة اعتقال القبض تمكن نية خطة تحرير سقوط زيادة نقص وفاة مقتل تراجع مسؤولية مسئولية
    توصل تضامن وقوف رغبة عزم تورط ضلوع سبب تحديد تصحيح بيع شراء إغلاق إلغاء إنشاء إصدار إقالة فوز منح
    رفع خفض إجراء وضع تباطؤ تزايد تلقي حدوث مغادرة دخول خروج حصول ثبوت استقالة تخلي ترشح"""
)
# Loanwords that look like استفعال verbal nouns («قائد قوة الصواريخ الإستراتيجية»).
LOANWORDS = (normalize_ar("استراتيج"), normalize_ar("استوديو"), normalize_ar("استاد"))
# Form II verbal nouns (تفعيل: تحديد، تمديد، تعيين) that are more often a subject or a plain noun.
NOT_TAFIL = _n("تقرير تصريح تغريد تلفزيون تعليق توفيق تنظيم تيسير تاريخ")
# Cue homographs of verbal nouns (ونقل الاكتشافات، ووصف أدوية): a report only with a subject and content.
HOMOGRAPHS = _n("نقل وصف أقر واصل رد")
# «وواصل فان بيرسي في حديث لصحيفة …: "…"»: واصل (went on) reports only after a colon; so does رد
# (replied: «… مثلا ردّت: «أفكّر …»»; also a noun, رد فعل).
COLON_ONLY = _n("واصل رد")
# «وزاد "اجتمعت مع أقارب اللاعب …"»: زاد (added) reports only before a quote or a colon; otherwise it
# is "increased" (وزاد عدد الطلاب …).
QUOTE_ONLY = _n("زاد")
# «لفت X انتباه الزوار»: attracted attention, not a report.
ATTENTION = _n("انتباه الانتباه أنظار الأنظار")
# «وأصدر الاتحاد السعودي للكرة الطائرة اليوم بيانا»: the author of the document.
ISSUED = _n("أصدر أصدرت وأصدر وأصدرت")
DOCUMENTS_ISSUED = _n("بيانا بيان تقريرا تقرير بيانًا تقريرًا")
DOC_MENTIONS = _n("البيان التقرير")
# «ألقى X كلمة …»: a speech with no content of its own.
DELIVERED = _n("ألقى ألقت وألقى وألقت وجه وجهت ووجه ووجهت")  # «ووجه مفتي السعودية نداء للشباب …»
SPEECH_NOUNS = _n(
    "كلمة كلمته كلمتها خطابا خطابه خطابها نداء نداءه نداءها رسالة رسالته رسالتها تصريحات التصريحات"
)
# The speaker's own remarks, spoken of in the third person: «… لكن تعليقاته كانت حذرة» is the reporter's.
OWN_REMARKS = _n("تعليقاته تعليقاتها تصريحاته تصريحاتها كلماته كلماتها لهجته لهجتها نبرته نبرتها")
# «أعرب عن اعتقاده بأن …»: a speech act whose object is a belief reports content.
BELIEF = _n("اعتقاده اعتقادها اعتقادهم قناعته قناعتها ثقته ثقتها ثقتهم يقينه")
DIRECTIVE_NOUNS = _n("ضرورة وجوب")
# «كشفت الشرطة تفاصيل …»، «أعلنت الوزارة أسماء …»: a plain noun that states nothing (CONVENTIONS, fresh set).
NO_CONTENT = _n("تفاصيل ملابسات أسماء قصة")
# After شدد (insist), «على أهمية …» is a directive too; after أكد/لفت إلى it may be a claim.
INSIST = _n("شدد مشددا")
IMPORTANCE = _n("أهمية")
# «أكد (على) أهمية + noun» is a directive too (CONVENTIONS, fresh sets 2 and 4); «لفت أهمية …» is not.
ASSERT = _n("أكد مؤكدا")
# First-person openers of direct speech given with no colon or quote (وقال فهد المرواني نطالب …).
FIRST_PERSON = _n("نحن أنا لقد نطالب نأمل نرجو نعاني نريد نتمنى نشكر نعرف نؤكد أطالب أتمنى أريد")
# جاء في + a document (استطلاع، الدعوى، البيان …); its author follows one of these words.
JAA = _n("جاء وجاء")
AUTHORED = _n("أجراه أجرته أقامها أقامه أعده أعدته أعدها أصدره أصدرته أصدرها نشره نشرته نشرها الصادر الصادرة")
KASHAFA = _n("كشف كاشفا")
AN_CUES = KASHAFA | _n("أعلن معلنا")  # كشف عن اتفاق …، أعلنت المصادر عن وفاة …
COMPLEMENTISERS = frozenset(
    normalize_ar(base + suffix)
    for base in ("أن", "إن", "بأن", "فإن", "لأن")
    for suffix in ("", "ه", "ها", "هم", "هن", "هما", "نا", "ني", "ي", "كم")
    if base != "لأن"
)
FA_INNA = frozenset(c for c in COMPLEMENTISERS if c.startswith("فان"))
LINKING = _n("على إلى الى")
NEGATIONS = _n("لم لن لا ولم ولن ولا فلم فلا")
# Words a speaker phrase never contains: times, prepositions opening an adverbial, pronoun-bearing
# prepositions (فيها), adverbs.
# «… لوكالة فرانس برس»: a media addressee ends a speaker or source phrase.
MEDIA_ADDRESSEES = _n("لوكالة لقناة لصحيفة لموقع لوسائل لشبكة لإذاعة لمجلة لتلفزيون لوكالات")
SPEAKER_STOP = MEDIA_ADDRESSEES | _n(
    """السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة أمس اليوم الليلة صباح مساء في خلال عبر
    أمام لدى ل لـ أثناء ضمن من حول بعد قبل عقب إثر مع عن وفق بحسب
    لـ الماضي الماضية الأسبوع الشهر فيها فيه فيهم له لها لهم عليه عليها منه منها عنه عنها به بها
    أيضا ايضا كذلك بدوره بدورها بدورهم حينها حينه سابقا مؤخرا أخيرا اخيرا غدا الآن امس وقت إن لأن
    إنه أنه أنها إنها قبيل أيام يوم بين الذي التي الذين بشأن حيال تجاه منذ بالقول بحضور بمشاركة
    بشدة بقوة مجددا مجدداً رسميا رسمياً صراحة مرارا تكرارا برفقة إلى الى ما وذلك ذلك نهار ظهر فجر لي لنا لك وهو وهي وهم قوله قولها قولهم حين حينما عندما
    بعدما التأكيد نظيره نظيرها بما عكس خلاف روي وروي يروى نيابة ضد دون بدون"""
)
# Words before a subject that stands before its verb (لكن الرئيس قال، إلا أن كيري اعتبر).
SUBJECT_BOUNDARY = _n(
    "لكن ولكن إلا أن إن وكان كان وكانت كانت قد وقد فيما بينما حين عندما حيث ثم كما وكما فقد أما وأما"
)
# Sentence openers before the first verb (كما أدانت …، من جهته قال …).
LEADING = _n(
    "كما وكما وقد قد ثم من جهته جهتها جهة أخرى اخرى آخر ناحية ناحيته بدوره بدورها وفي في ذلك إلى الى على جانب"
)
TRANSPARENT = _n("أيضا ايضا كذلك بدوره بدورها بدورهم بدورهما ثانية مجددا")  # «وأكد ثانية أن …»
# Tokens after a comma that end a claim: circumstantial or new-clause openers.
CLAUSE_BREAK = _n("وذلك فيما بينما وسط علما علماً حسبما بحسب حسب وفق وفقا نقلا ليرد وبحسب وحسب ووفق ووفقا")
# «…، بعد لقائهما على هامش …»: after a comma, بعد/خلال + a meeting is the reporter's circumstance.
EVENT_NOUNS = _n(
    """لقاء لقائه لقائها لقائهما لقائهم اجتماع اجتماعه اجتماعها اجتماعهما استقباله استقبالها زيارة
    زيارته زيارتها مباحثات مباحثاته محادثات محادثاته"""
)
CIRCUMSTANCE = _n("بعد خلال قبل لدى أثناء اثناء")
CIRCUMSTANCE_OPENERS = CIRCUMSTANCE | _n("عقب إثر")
# Subordinators before a report embedded in the content («… بعد أن قال سكان: …»، «… حينما أوضح …»).
SUBORDINATORS = _n("بعدما عندما حينما حين قبلما لما")
AFTER_AN = _n("بعد قبل")
MATTER_WHICH = (normalize_ar("الأمر"), normalize_ar("الذي"))
TRAILING_PAIRS = {
    (normalize_ar("مع"), normalize_ar("العلم")),
    (normalize_ar("في"), normalize_ar("تصريح")),
    (normalize_ar("في"), normalize_ar("تصريحات")),
    (normalize_ar("في"), normalize_ar("تصريحاته")),
    (normalize_ar("في"), normalize_ar("حديث")),
    (normalize_ar("في"), normalize_ar("حديثه")),
    (normalize_ar("على"), normalize_ar("حد")),
    (normalize_ar("الأمر"), normalize_ar("الذي")),
}
NAME_LINKS = _n("بن بنت ابن أبو ابو أبي ابي عبد آل ال أم ام ذو دي دو فان فون")
COMMAS = {"،", ",", "؛", ";"}
# Addressees fused with ل (وصرح وانغ للصحافيين …); organisation names keep their لل (المؤسسة العامة للتأمينات).
ADDRESSEES = _n(
    "للصحافيين للصحفيين للصحافة للصحفيات للإعلاميين للاعلاميين للمراسلين للحضور للجمهور للتلفزيون"
    " للإذاعة للاذاعة للقناة للوكالة للصحيفة لجميع لكل لفرانس لرويترز"
)
# «من جهته، قال …»، «وأوضح من جهته مساعد المدير …»: an adverbial between the cue and its subject.
SIDE = _n("جهته جهتها جهتهم جانبه جانبها جانبهم ناحيته ناحيتها")
# Manner participles before the content («وكتب مغردا: …»): neither speaker nor cue.
MANNER = _n(
    """مغردا مغردة مغردين متسائلا متسائلة ساخرا ساخرة معلقا معلقة مازحا مازحة ضاحكا ضاحكة مبتسما مبتسمة
    مستغربا مستغربة متهكما متهكمة ردا بالانجليزية بالإنجليزية بالعربية بالفرنسية بالروسية بالإسبانية"""
)  # ردا: «وقال كيري ردا على سؤال …»; «قال بالانجليزية «…»»: the language he spoke in
# A cue right after one of these is a verbal noun («على كشف ملابسات الجريمة»), not a verb.
NOUN_BEFORE = _n("على في من عن إلى الى حول ب ل لل بعد قبل بخصوص بشأن حيال تجاه عدم")
FAN = normalize_ar("فان")
NAME_PARTICLES = frozenset({FAN, normalize_ar("بان")})
WHILE = _n("فيما بينما")
REGARDING = _n("يتعلق يخص يتصل")
# «وعن X …، أكد أن …»، «وحول X قال …»: a sentence opening with a fronted topic has no subject before the cue.
TOPIC_OPENERS = _n("عن وعن حول وحول بشأن وبشأن حيال وحيال")
IN_PHRASE = _n("في وفي")
SAME = _n("نفسه ذاته")
RELAY_VERBS = _n("نقل نقلت ونقل ونقلت نشر نشرت ونشر ونشرت")
# «وتواصلت (الرياضي) مع …، فأكد»: verbs of contacting someone, and the preposition before them
CONTACT_VERBS = _n(
    "تواصل تواصلت وتواصل وتواصلت اتصل اتصلت واتصل واتصلت تحدث تحدثت وتحدث وتحدثت حاور حاورت وحاور"
    " وحاورت تحاور تحاورت وتحاورت التقى التقت والتقى والتقت"
)
CONTACT = _n("مع")
ANNA_PRONOUNS = _n("أنه أنها")
COMMA_AS_COLON = _n("قال أضاف تابع أردف")
# Words that open a speaker's own words right after his name («وأضاف بالخير بالنسبة لمن يشكك …»).
BARE_OPENERS = _n("بالنسبة وبالنسبة هناك لدينا")
# "His excellency", "his highness" …: a pronoun for the dignitary already speaking.
HONORIFIC_PRONOUNS = _n("معاليه معاليها سموه سموها فضيلته سماحته فخامته فخامتها جلالته")
# Speech acts that, after «، و» inside a content, narrate the speaker's next act rather than report.
NARRATED_ACTS = _n("أدان استنكر رحب ثمن بارك أشاد انتقد أعرب أثنى")
SPEECH_ACT_FORMS = frozenset(SPEECH_ACTS) | {p + f for f in SPEECH_ACTS for p in "وف"}
# Words that are never part of a personal name (for telling a subject «وقدم فتحي محمد صالح (…)» from
# «ولا تتوفر إحصائية …»، «وعن كيفية تقييمها …»).
FUNCTION_WORDS = _n(
    """كان كانت يكن يكون تكون تكن هذا هذه ذلك تلك هناك هنا كيفية كيف مدى عدد بعض كل جميع أي أية غير
    تعرض تعهد يتطلع أبدى بين وبين عن وعن أما وأما لدى عند منذ حتى مثل نحو حول ضمن دون بدون"""
)
# Envoys and missions, named with the state or body they are accredited to: «سفارة … لدى سلطنة عمان».
ENVOYS = _n(
    "سفارة السفارة سفير السفير سفيرة السفيرة مندوب المندوب مندوبة ممثل الممثل قنصلية القنصلية بعثة البعثة"
)
LADA = _n("لدى")
SON_OF = _n("بن ابن بنت")
# What شدد tightens (then it reports nothing): «شددت الهند إجراءات الأمن على حدودها».
SHADDADA = normalize_ar("شدد")
TIGHTENED = _n(
    "إجراءات الإجراءات إجراءاتها الرقابة رقابتها القيود قيودها الحراسة العقوبات قبضتها الخناق الحصار"
)
CLAUSE_OPENERS = FUNCTION_WORDS | _n("بسبب لأن نتيجة إثر")
SOURCE_PHRASE_STOP = _n("في على الى إلى خلال عبر امس أمس اليوم")
ALI = frozenset({"علي", "وعلي"})
DEMONSTRATIVES = _n("هذه هذا هذين هاتين هؤلاء تلك")
# Words after «علي» (على spelt with ya) that make it the preposition: «الوزير علي هامش …».
ALA_OBJECTS = _n("هامش ضرورة أهمية حد الرغم خلفية صعيد مستوى الأقل الاقل الفور أن")
RELATIVES = _n("الذي التي الذين")
DOCUMENTS = _n("إفادة إفادته تغريدة تغريدات رواية")
SELF = _n("نفسه نفسها نفسهم")
WAJADA = normalize_ar("وجد")
BUT = _n("إلا الا لكن ولكن غير بيد")
BUT_REPORT = _n("لكن ولكن حيث")
HAYTHU = normalize_ar("حيث")
# Finite verbs of appeals and estimates that end a claim after «، و» but report no content of
# their own (CONVENTIONS: directives are not claims): «…، واستبعدت أن تتأثر …»، «…، ودعت وسائل الإعلام …».
ENDING_VERBS = _n(
    "استبعد استبعدت استبعدوا دعا دعت دعوا طالب طالبت طالبوا ناشد ناشدت حث حثت تمنى تمنت تمنوا أمل أملت أملوا"
    " يأمل تأمل يتمنى تتمنى يطالب تطالب يدعو تدعو"
    " تأسف تأسفت أسف أسفت"  # «…، وتأسف لغياب نخبة …»: a regret, not a report
)
# Source words that may follow the content with no comma («… في مايو 2011 بحسب الامم المتحدة.»).
LATE_SOURCE = _n("بحسب حسب وفقا وفق")
TAGS = normalize_ar("سمات")  # «… . سمات القدس مثليين»: the tag line closing 3alyoum articles
TIME_NAMES = _n("صباح")  # also a personal name
DAY_WORDS = _n("أمس امس اليوم الليلة السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة")
TIME_AFTER = _n("الماضي الماضية الأسبوع أمس امس اليوم الجاري المقبل")
# «مطلع الأسبوع الجاري» after a cue: a time, not the cue's subject.
TIME_OPENERS = _n("مطلع منتصف أواخر أوائل مستهل بداية نهاية")
TIME_NOUNS = _n("الأسبوع الشهر العام السنة العقد القرن الموسم")
FIMA = _n("فيما وفيما")  # «وفيما يتعلق ب…»: "as regards"
AMID = normalize_ar("وسط")
REPORTS = _n("تقارير تقرير")
STATISTICS = _n("إحصاءات احصاءات إحصائيات بيانات أرقام")
BUT_HE = _n("لكن ولكن لكنه لكنها ولكنه ولكنها")
BUT_PLAIN = _n("لكن ولكن")
DECLINED = _n("رفض رفضت امتنع امتنعت يتسن")
AS_WHAT = _n("حسبما وحسبما")
DHALIKA = normalize_ar("ذلك")
# Impersonal openers of a sentence whose content someone confirms after it («يذكر أن …. أكد ذلك X»).
IMPERSONAL_REPORTS = _n("يذكر ويذكر يشار ويشار")
# Impersonal phrases before أن that report nothing («من المقرر أن»، «لا شك أن»).
IMPERSONAL = _n("المقرر المتوقع المنتظر المرجح المفترض المعلوم الواضح شك بد يبدو")
# إمام (a mosque's imam) folds to the same letters as أمام (in front of): told apart by the hamza.
IMAM = frozenset({"إمام", "الإمام", "وإمام"})
# A medium before على is no object of the cue («في موقعه على الانترنت»).
ABLAGHA = normalize_ar("أبلغ")
OUTLETS = _n("وكالة صحيفة قناة موقع إذاعة مجلة تلفزيون شبكة")
MEDIA = _n("موقعه موقعها حسابه حسابها حسابهم صفحته صفحتها صفحتهم")
MEDIA_WITH_PREPOSITION = frozenset(p + w for w in MEDIA for p in ("ب", "وب"))  # بحسابه، وبحسابه
# An unnamed source, and where it is: «مصادر في الهيئة الملكية»، «مصدر من المقاومة الشعبية».
UNNAMED_SOURCES = _n("مصدر مصادر مسؤول مسؤولون مسؤولين سكان شهود")
SOURCE_LINKS = _n("في من")
INSIDE = _n("داخل")  # «مصادر من داخل الحزب»
SOURCE_PLACE_NOT = _n(
    "الوقت الأثناء السياق المقابل الشأن الإطار الصدد الأسبوع الشهر العام اليوم البيان المؤتمر الاجتماع"
    " الجلسة الكلمة المقابلة التصريح التصريحات الحديث اللقاء الاتصال بيان مؤتمر اجتماع جلسة"
)  # «مصادر في بيان»، «مسؤول في المؤتمر الصحفي»: where it was said, not where the source is
MAX_SOURCE_QUALIFIER = 6
QAD = _n("قد وقد")
SABAQA = _n("سبق وسبق")
TABAYYAN = _n("تبين يتبين وتبين")
# Present-tense cues read as passives when no subject stands before them (يُتوقع/يُعتقد/يُرجح أن …).
PASSIVE_CUES = _n("يتوقع ويتوقع يعتقد ويعتقد يرجح ويرجح يقدر ويقدر")
QAL = normalize_ar("قال")
FAR_QUOTE_CUES = _n("قال أضاف تابع")
BARRARA = normalize_ar("برر")
BIL_QAWL = normalize_ar("بالقول")
AMMA = _n("أما وأما")
KANA = _n("كان وكان كانت وكانت")
LEARNED = _n("علمت وعلمت")  # «وعلمت «المدينة» من مصادرها أن …»
SOURCE_STEMS = _n("مصاد مصدر")  # مصادر، مصادرها، مصدر …
LINE_BREAK = re.compile("\n")
END_MARK = re.compile("[" + re.escape("".join(sorted(SENTENCE_END))) + "]")
IF_WHETHER = _n("إذا اذا هل لو")  # «ما إذا كانت …»: كان in a question or a condition
SOME = _n("بعض")
QUANTIFIERS = _n("عدد بعض أحد احد كبار")
ADVERBIAL_BI = _n("بنسبة بشكل بصورة بدرجة بطريقة")  # ب + a manner noun: an adverbial, not a subject
NOT_EMBEDDED = _n("نقل أقر")  # «أوضح التقرير أن المجلس أقر بأن تكون …»: approved, not a report
KAMA = normalize_ar("كما")
IN_TURN = _n("بدوره بدورها بدورهم")
QAILAN = normalize_ar("قائلا")
CONTEXT_NOUNS = _n("الصدد السياق الإطار الشأن")
IDH = normalize_ar("إذ")
OWN_WORDS = _n("قوله قولها قولهم تعبيره تعبيرها تعبيرهم وصفه وصفها")
STATES = _n("الطوارئ الاستنفار التأهب")
ALANA = normalize_ar("أعلن")
# (cue lemmas compared inside hot functions: normalised once here, not on every call)
NAQALA = normalize_ar("نقل")
DHAKARA = normalize_ar("ذكر")
AFADA = normalize_ar("أفاد")
BAYYANA = normalize_ar("بين")
LAFATA = normalize_ar("لفت")
ANNA = normalize_ar("أن")
ABBARA = normalize_ar("عبر")
ARABA = normalize_ar("أعرب")
RELAYING_LEMMAS = frozenset({NAQALA, DHAKARA, AFADA})  # «نقلت الصحيفة عن …»: a relayed report
BI_CUES_NOT_AFADA = BI_CUES - {AFADA}
HALA = normalize_ar("حالة")
KIN = _n("والده والدته والدها والدتها زوجته زوجها شقيقه شقيقته شقيقها شقيقتها ابنه ابنته ابنها ابنتها")
OBLIGATIONS = _n("يجب ينبغي يتعين بات لابد بد")
# «قال الله تعالى: {…}»، «حيث قال تعالى …»: a verse quoted, not a report (CONVENTIONS, fresh set 4).
SCRIPTURE = _n("الله تعالى سبحانه عز جل")  # (also «قال عز وجل: {…}»)
EULOGY = _n("صلى رضي رحمه")  # «النبي محمد صلى الله عليه وسلم»: a eulogy after the name, not part of it
TANWEEN = "\u064b"
MAX_SPEAKER_TOKENS = 16
MAX_GAP_TOKENS = 18
MAX_QUOTED_NAME_TOKENS = 5
MAX_CONTENT_TOKENS = 500  # a claim is at most 2,000 characters: bounded scans keep the runtime linear


def _strip_prefix(norm: str, table) -> str | None:
    """The lemma of ``norm`` (or of ``norm`` without a leading و/ف) in ``table``, else None."""
    if norm in table:
        return table[norm] if isinstance(table, dict) else norm
    if len(norm) > 3 and norm[0] in "وف" and norm[1:] in table:
        return table[norm[1:]] if isinstance(table, dict) else norm[1:]
    return None


def _gender(norm: str, lemma: str) -> str:
    """'f', 'p' or 'm' from the surface form of a cue (قالت → f، قالوا → p)."""
    if norm[:1] in "وف" and (norm[1:] in VERB_CUES or norm[1:] in PARTICIPLE_CUES):
        norm = norm[1:]
    if norm.endswith(("وا", "ون", "ين", "تين")) or (norm.endswith("ات") and norm in PARTICIPLE_CUES):
        return "p"  # (مؤكدات: a feminine plural participle; قالت is no plural)
    if norm == lemma:
        return "m"
    if norm.endswith(("ت", "ه")) or (norm.startswith("ت") and not lemma.startswith("ت")):
        return "f"
    return "m"


QUOTE_CHARS = set(OPEN_QUOTES) | CLOSE_QUOTES | {"«", "»"}
PREPOSITIONS = _n("في ب ل على إلى الى من عن مع حول عبر خلال بعد قبل منذ حتى عقب إثر أثناء اثناء")


def _stems(norm: str):
    """``norm`` and its stems without a fused pronoun; a ta marbuta written ت before the pronoun is
    given back (إصابته → اصابه، مسؤوليته → مسؤوليه)."""
    yield norm
    for suffix in ("هما", "هم", "ها", "ه"):
        if norm.endswith(suffix) and len(norm) - len(suffix) >= 3:
            stem = norm[: -len(suffix)]
            yield stem
            if stem.endswith("ت"):
                yield stem[:-1] + "ه"


def _masdar_shape(core: str) -> bool:
    """The verbal noun of a derived form by its shape: استفعال (استدعاء)، افتعال (احتواء، اعتماد)،
    انفعال (انسحاب). Indefinite only: a definite word after a cue is more often the subject."""
    n = len(core)
    if n == 7 and core.startswith("است") and core[5] == "ا":
        return True
    if (
        n == 5
        and core[0] == "ت"
        and core[3] == "ي"
        and core[4] not in "اويه"
        and "ا" not in core[2:]
        and core not in NOT_TAFIL
    ):
        return True  # تفعيل: تحديد، تمديد، تصحيح؛ تأجيل، تأمين (the hamza folds to ا)
    return n == 6 and core[0] == "ا" and core[4] == "ا" and (core[2] == "ت" or core[1] == "ن")


def _mufaala(norm: str) -> bool:
    """The verbal noun shape مفاعلة (محاسبة، مواجهة), indefinite, without a fused pronoun."""
    return len(norm) == 6 and norm[0] == "م" and norm[2] == "ا" and norm[5] == "ه"


@lru_cache(maxsize=65536)
def _strict_verbal_noun(norm: str) -> bool:
    return any(stem in VERBAL_NOUNS or _masdar_shape(stem) for stem in _stems(norm))


def _is_definite(norm: str) -> bool:
    return norm.startswith(("ال", "لل")) and len(norm) > 3


# افتعال verbal nouns of roots whose first letter is ل look definite (التزام = ال + تزام): listed, as the
# shape alone would take التجار or التراث for verbal nouns.
LAM_IFTIAL = _n("التزام التحاق التقاء التماس")


@lru_cache(maxsize=65536)
def _looks_like_verbal_noun(norm: str) -> bool:
    if any(stem in LAM_IFTIAL for stem in _stems(norm)):
        return True  # «وأكد شكري التزام مصر في التحالف»
    if norm.startswith("ال"):
        core = norm[2:]
        return any(stem in VERBAL_NOUNS for stem in _stems(core)) or (
            core.startswith("است") and len(core) >= 6 and not core.startswith(LOANWORDS)
        )
    return _strict_verbal_noun(norm) or (
        norm.startswith("است") and len(norm) >= 6 and not norm.startswith(LOANWORDS)
    )


@dataclass
class _PendingClaim:
    text: str
    start: int
    end: int
    entity: Entity
    mention_span: tuple[int | None, int | None]
    cue: str
    quoted: bool

    def finish(self) -> ClaimSpan:
        return ClaimSpan(
            text=self.text,
            start=self.start,
            end=self.end,
            speaker=self.entity.mention(*self.mention_span),
            cue=self.cue,
            kind="direct" if self.quoted else "indirect",
        )


@dataclass(frozen=True)
class ArabicConfig:
    min_claim_chars: int = 8
    max_claim_chars: int = 2000


class _Article:
    """Per-call state: tokens, sentence/paragraph structure, speakers and the claims so far."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokens = tokenize(text)
        self.starts = starts = [t.start for t in tokens]
        n = len(tokens)
        # A token opens a paragraph when a line break stands between it and the token before (a
        # line break is never part of a token: one bisection per line break, not a slice per token).
        breaks = {
            k for k in (bisect.bisect_left(starts, m.start()) for m in LINE_BREAK.finditer(text)) if 0 < k < n
        }
        # Paragraph and sentence numbers as running sums of the steps: a paragraph opens at a break; a
        # sentence opens at a break and after a sentence end (one of the few end-mark tokens, found by
        # a regex over the text: every such mark is a token of its own), not a test per token.
        para_step = [0] * n
        for k in breaks:
            para_step[k] = 1
        sent_step = [*para_step, 0]
        self.ends = [False] * n
        marks = {bisect.bisect_left(starts, m.start()) for m in END_MARK.finditer(text)}
        marks.update(i for i in range(min(n, 10)) if tokens[i].text == ":")
        for i in sorted(marks):
            word = tokens[i].text
            if (word in SENTENCE_END and self._ends_sentence(i)) or (word == ":" and self._dateline_colon(i)):
                self.ends[i] = True
                sent_step[i + 1] += 1
        self.paragraph = list(accumulate(para_step))
        self.sentence = list(accumulate(sent_step[:n]))
        self.speakers = ArticleSpeakers()
        self.claims: list[_PendingClaim] = []
        self.recent: list[tuple[Entity, int]] = []  # (speaker, token index) of recent claims
        # The subject of the latest cue: (entity, mention span, sentence index).
        self.subject: tuple[Entity, tuple[int | None, int | None], int] | None = None
        self.describe = False  # reading the content of وصف … بأنه
        # The subject of the latest speech act with no content (أعرب X عن …، بارك X …):
        # (entity, token index, paragraph).
        self.topic: tuple[Entity, int, int] | None = None
        self.doc_author: Entity | None = None  # «أصدر X بيانا/تقريرا»: البيان، التقرير speak for X

    def _dateline_colon(self, i: int) -> bool:
        """The colon closing a dateline at the top of an article («محمد المواسي- سبق- جازان: …»): the
        byline is no sentence subject."""
        if i >= 10 or self.tokens[i].text != ":":
            return False
        before = self.tokens[:i]
        return any(t.text in {"-", "–", "—"} for t in before) and all(
            t.text in {"-", "–", "—"} or t.norm.isalpha() for t in before
        )

    def is_sentence_end(self, i: int) -> bool:
        return self.ends[i]

    def _ends_sentence(self, i: int) -> bool:
        tok = self.tokens[i]
        if tok.text == ".":
            prev = self.tokens[i - 1] if i else None
            j = i + 1
            while j < len(self.tokens) and not self.tokens[j].text.strip(INVISIBLE_MARKS):
                j += 1  # the tokeniser keeps a direction mark as a token of its own
            nxt = self.tokens[j] if j < len(self.tokens) else None
            # 2.464 (also «4.\u200f3», a right-to-left mark after the point, as some outlets write
            # decimals) or د. علي: not the end of a sentence.
            if (
                prev
                and nxt
                and prev.end == tok.start
                and not self.text[tok.end : nxt.start].strip(INVISIBLE_MARKS)
                and prev.text[
                    -1:
                ].isdigit()  # (also «سجل8.2 %»، «بـ13.4%»: a word written against the number)
                and nxt.text[:1].isdigit()
            ):
                return False
            if prev and prev.end == tok.start and len(prev.norm) == 1 and prev.norm.isalpha():
                return False
            if (
                prev
                and nxt
                and prev.end == tok.start
                and nxt.start == tok.end
                and len(prev.norm) <= 3
                and prev.text[-1:].isalpha()
                and nxt.text[:1].isalpha()
            ):
                return False  # «(إف.بي.آي)»: an abbreviation written with points
            if self._inner_pause(i):
                return False
        return True

    def _inner_pause(self, i: int) -> bool:
        """«الفوائد.. تمنح»: two dots followed in the same paragraph by a word that opens no new
        report are a pause inside the sentence, not its end."""
        tokens = self.tokens
        a = i
        while a > 0 and tokens[a - 1].text == "." and tokens[a - 1].end == tokens[a].start:
            a -= 1
        b = i
        while b + 1 < len(tokens) and tokens[b + 1].text == "." and tokens[b + 1].start == tokens[b].end:
            b += 1
        if b - a != 1 or b + 1 >= len(tokens):
            return False
        nxt = tokens[b + 1]
        if "\n" in self.text[tokens[b].end : nxt.start] or not nxt.norm.isalpha():
            return False
        norm = nxt.norm
        return not (
            _strip_prefix(norm, VERB_CUES) is not None
            or norm in PARTICIPLE_CUES
            or norm in DIRECTIVE_PARTICIPLES
            or norm in CLAUSE_BREAK
        )

    def newline_before(self, i: int) -> bool:
        return i > 0 and self.paragraph[i] != self.paragraph[i - 1]

    def covered(self, start: int, end: int) -> bool:
        return any(c.start < end and start < c.end for c in self.claims[-8:])


class ArabicReportedSpeechExtractor(Extractor):
    name = "mizan.ar.speech"
    version = "0.45.0"
    produces = ("claims",)
    Config = ArabicConfig
    description = "Arabic reported speech (direct and indirect) with speakers resolved within the article."

    def extract(
        self, text: str, *, language: str = "ar", published_at: date | None = None
    ) -> ExtractionResult:
        art = _Article(text)
        self._prime_speakers(art)
        tokens = art.tokens
        i = 0
        # Most words open nothing: the loop visits only the words that may (one comprehension over
        # the article instead of a Python step per word), skipping those a report already read.
        for k in [k for k, t in enumerate(tokens) if t.norm in TRIGGERS]:
            if k < i:
                continue
            i = k
            norm = tokens[i].norm
            nxt = i + 1
            if _strip_prefix(norm, VERB_CUES) is not None:
                nxt = self._verb(art, i)
            elif _strip_prefix(norm, NOUN_CUES) is not None:
                nxt = self._verb(art, i, noun=True)
            elif _participle_lemma(norm) is not None:
                nxt = self._participle(art, i)
            elif (
                norm == KAMA
                and i
                and tokens[i - 1].text in COMMAS
                and i + 1 < len(tokens)
                and _strip_prefix(tokens[i + 1].norm, VERB_CUES) is not None
            ):
                nxt = self._kama_source(art, i)
            elif norm in SOURCE_WORDS:
                nxt = self._source(art, i)
            elif norm in JAA and i + 1 < len(tokens) and tokens[i + 1].norm == "في":
                nxt = self._document(art, i)
            elif norm in SPEECH_ACT_FORMS and (i == 0 or tokens[i - 1].norm not in NOUN_BEFORE):
                nxt = self._speech_act(art, i) or nxt
            elif norm in ISSUED and art.doc_author is None:
                self._issued(art, i)
            elif norm in DELIVERED and any(t.norm in SPEECH_NOUNS for t in tokens[i + 1 : i + 10]):
                self._speech_act(art, i)  # «ثم ألقى السيد تكاياسو شيما … كلمته»
            elif norm in LEARNED:
                nxt = self._learned_from(art, i)
            i = max(nxt, i + 1)
        return ExtractionResult(claims=[pending.finish() for pending in art.claims])

    # --- speakers ------------------------------------------------------------------------------
    @staticmethod
    def _prime_speakers(art: _Article) -> None:
        """Register every titled name in the article (مستشار الأمن القومي قاسم الأعرجي) so a later
        role-only mention can be resolved to it."""
        tokens, text = art.tokens, art.text
        for i in [k for k, t in enumerate(tokens) if t.norm in ROLE_HEADS]:
            token = tokens[i]
            phrase = []
            for t in tokens[i : i + MAX_SPEAKER_TOKENS]:
                if not t.norm.isalpha() or (t is not token and t.norm in SPEAKER_STOP_OR_QAD):
                    break  # (قد: «وكان مدرب برشلونة قد أعلن …», the verb's particle)
                if t is not token and (
                    _strip_prefix(t.norm, VERB_CUES)
                    or _participle_lemma(t.norm)  # «… الدكتور حاتم المطيري مشيرا إلى أن»
                    or t.norm in COMPLEMENTISERS
                    or t.norm in LINKING
                ):
                    break
                if (
                    _is_addressee(t.norm, t.text)
                    or t.norm in DEMONSTRATIVES
                    or _addressee_after_name(phrase, t)
                    or _accusative_noun(t.norm)  # «عقد الوزير الأمريكي اجتماعا ثلاثيا»: the object
                    or t.norm in SPEECH_NOUNS  # «ووجه مفتي السعودية نداء للشباب»
                ):
                    break
                phrase.append(t)
            split = ArabicReportedSpeechExtractor._split_object(phrase, text)
            if split is not None:
                phrase = phrase[:split]
            # «اللاعب عبدالعزيز الجبرين ووكيله … بسبب خلافات لا زالت عالقة»: a clause follows the name
            clause = next(
                (
                    k
                    for k, t in enumerate(phrase)
                    if t.norm in NEGATIONS
                    or t.norm in CLAUSE_OPENERS
                    or (k > 1 and t.text[:1] == "و" and t.text.endswith(("ه", "ها", "هم")))  # ووكيله
                ),
                None,
            )
            if clause is not None:
                phrase = _trim_name(phrase[:clause])
            parsed = parse_mention(phrase, text)
            if parsed and parsed.name and parsed.role and len(parsed.name.split()) >= 2:
                art.speakers.resolve(parsed)

    def _entity(self, art: _Article, speaker: list[Token], gender: str) -> Entity | None:
        if len(speaker) == 1 and speaker[0].norm in DOC_MENTIONS and art.doc_author is not None:
            return art.doc_author  # «وقال البيان …» after «وأصدر الاتحاد … بيانا»: the author speaks
        if len(speaker) == 1 and speaker[0].norm in HONORIFIC_PRONOUNS:
            # «وأوضح معاليه أن …»: "his excellency" is the dignitary already speaking
            at = bisect.bisect_left(art.starts, speaker[0].start)
            known = self._previous(art, gender, at)
            if known is None and art.subject is not None:
                known = art.subject[0]
            if known is not None:
                return known
        if len(speaker) == 1 and speaker[0].norm in HONORIFICS and speaker[0].norm not in ROLE_HEADS:
            # «وأكد اللواء أن …» after «اللواء خليل المنصوري»: the title alone names the one who bore it
            titled = art.speakers.titled(speaker[0].norm)
            if titled is not None:
                return titled
        parsed = parse_mention(speaker, art.text)
        if not parsed:
            return None
        at = bisect.bisect_left(art.starts, speaker[-1].start) + 1
        anonymous = (  # «المسؤول الأمريكي، الذي طلب عدم نشر اسمه»: someone else than the one speaking
            at + 1 < len(art.tokens)
            and art.tokens[at].text in COMMAS
            and art.tokens[at + 1].norm in RELATIVES
        )
        current = art.recent[-1][0] if art.recent and not anonymous else None
        entity = art.speakers.resolve(parsed, current=current)
        if entity is not None and not entity.gender:
            entity.gender = gender
        return entity

    @staticmethod
    def _previous(art: _Article, gender: str, at: int) -> Entity | None:
        """The most recent speaker (within a few paragraphs) whose gender agrees with the cue."""
        if not art.recent:
            return None
        para = art.paragraph[at]
        if gender == "p":  # «وتوصلوا إلى أن …»: the latest plural speaker, if one spoke lately
            for entity, where in reversed(art.recent[-6:]):
                if para - art.paragraph[min(where, len(art.tokens) - 1)] > 3:
                    break
                if entity.gender == "p":
                    return entity
        fallback = None
        for entity, where in reversed(art.recent[-6:]):
            if para - art.paragraph[min(where, len(art.tokens) - 1)] > 3:
                break
            if fallback is None:
                fallback = entity
            if gender == "p" or not entity.gender or entity.gender == gender or entity.gender == "p":
                return entity
        if fallback is None and len({id(entity) for entity, _ in art.recent}) == 1:
            # «وقال: تحدثنا أيضاً عن …» several paragraphs after the minister's last claim, when no one
            # else has spoken in the article: still the minister
            entity = art.recent[-1][0]
            if gender == "p" or not entity.gender or entity.gender in (gender, "p"):
                return entity
        return fallback

    # --- cues ----------------------------------------------------------------------------------
    def _verb(self, art: _Article, i: int, *, noun: bool = False) -> int:
        tokens = art.tokens
        tok = tokens[i]
        lemma = _strip_prefix(tok.norm, NOUN_CUES if noun else VERB_CUES) or ""
        bare = tok.norm[1:] if tok.norm not in VERB_CUES else tok.norm
        if i and tokens[i - 1].norm in NEGATIONS:
            return i + 1
        if lemma == QAL and i + 1 < len(tokens) and tokens[i + 1].norm in SCRIPTURE:
            return i + 1  # «قال الله تعالى: …»: a verse, not a claim
        if lemma == WAJADA and i + 1 < len(tokens) and tokens[i + 1].norm in SELF:
            return i + 1  # «بعد أن وجد نفسه أيضا مهمشا»: found himself, not a finding
        if lemma == JADDADA and not (i + 1 < len(tokens) and tokens[i + 1].norm in RENEWED):
            return i + 1  # «وجدد الإشارة إلى الموقف …»، «جدد دعوته»: not a report
        if not noun and i and tokens[i - 1].norm in NOUN_BEFORE:
            return i + 1  # على كشف ملابسات …: a verbal noun, not a verb
        if not noun and i + 2 < len(tokens) and tokens[i + 1].norm == DHALIKA and art.is_sentence_end(i - 1):
            stated = self._stated_before(art, i, lemma)
            if stated is not None:
                return stated
        after = i + 1
        while after < len(tokens) and tokens[after].norm in TRANSPARENT:
            after += 1  # «كما تبين أيضًا أنها …»
        if (
            tok.norm in TABAYYAN
            and after < len(tokens)
            and (
                tokens[after].norm in COMPLEMENTISERS
                or _is_addressee(tokens[after].norm, tokens[after].text)
                or tokens[after].norm in {"له", "من"}
            )
        ):
            return i + 1  # «تبين أن المريض …»، «وتبين من المعلومات الأولية أنه …»: "it turned out"
        if (
            tok.norm in PASSIVE_CUES
            and after < len(tokens)
            and tokens[after].norm in COMPLEMENTISERS
            and (
                i == 0
                or tok.norm[:1] == "و"
                or art.is_sentence_end(i - 1)
                or tokens[i - 1].text in COMMAS
                or tokens[i - 1].norm in BEFORE_PASSIVE
            )
        ):
            return i + 1  # «ويتوقع أن يضغط أعضاء …»: "it is expected", a passive with no speaker
        # بين is also "between": without a shadda it is a cue only when «بين X أن» follows directly.
        is_bayna = not noun and bare == BAYYANA and "\u0651" not in tok.text
        gender = "m" if noun else _gender(tok.norm, lemma)
        found = self._read_attribution(art, i, lemma)
        if found is None and lemma in OBJECT_FIRST:
            phrase, after = self._speaker_phrase(art, i + 1, lemma)
            if phrase:
                found = (phrase, after, "object")
        if found is None:
            if lemma in HOMOGRAPHS or is_bayna:
                # ووصف أدوية …: a verbal noun; «دعا إلى «…» بين البلدين»: "between", no quotation before it
                return i + 1
            nxt = self._quote_before(art, i, gender)
            if (
                nxt == i + 1
                and not noun
                and i + 1 < len(tokens)
                and (
                    tokens[i + 1].norm in MENTION_HEADS
                    or lemma == NAFA  # «ونفى المسؤول صحة الشائعات …. وقال: …»: a denial of a noun phrase
                )
            ):
                # «نفى السفير قطان هذه المزاعم، مؤكدا أن …»: a cue with a subject but no content; the
                # subject speaks in the participles that follow, as after a speech act
                self._speech_act(art, i)
            return nxt
        speaker, content_at, mode = found
        if lemma == SHADDADA and any(t.norm in TIGHTENED for t in speaker):
            return i + 1  # «شددت الهند إجراءات الأمن على حدودها»: tightened, not stressed
        if lemma == ALANA and any(
            tokens[k].norm == HALA and tokens[k + 1].norm in STATES
            for k in range(i + 1, min(len(tokens) - 1, content_at + 2))
        ):
            return i + 1  # «أعلنت الجهات المختصة حالة الاستنفار»: a performative, nothing reported
        if (
            speaker
            and lemma == ABLAGHA
            and tok.norm[:1] == "و"
            and speaker[0].norm in OUTLETS
            and art.subject is not None
            and art.subject[2] == art.sentence[i]
        ):
            speaker = []  # «قال إنه شاهد ما جرى وأبلغ وكالة "رويترز" أن …»: the outlet is told, not telling
        if lemma in HOMOGRAPHS and not noun and not speaker and tok.norm[:1] == "و" and mode == "bare":
            return i + 1
        if mode == "bare" and lemma == LAFATA and tokens[content_at].norm in ATTENTION:
            return i + 1  # «لفت المهرجان انتباه الزوار»: attracted attention
        if (
            not speaker
            and i
            and tokens[i - 1].norm == "ما"
            and not (i > 1 and tokens[i - 2].norm in SOURCE_WORDS)
        ):
            return i + 1  # «عدم صحة ما ذكر في بعض وسائل الإعلام بأن …»: a passive, no speaker
        if (
            is_bayna
            and not (
                mode == "comp"
                and (
                    content_at == i + 1  # وبين أن …: "between" never takes a complementiser
                    or all(t.norm in TRANSPARENT for t in tokens[i + 1 : content_at])  # «كما بين كذلك بأن»
                    or (
                        speaker
                        and (
                            tokens[content_at - 1] is speaker[-1]
                            or (
                                tokens[content_at - 1].norm in LINKING
                                and tokens[content_at - 2] is speaker[-1]
                            )
                            or (
                                tokens[content_at - 1].text in COMMAS
                                and tokens[content_at - 2] is speaker[-1]
                            )
                            or (  # «وبين العواجي عقب اجتماعه مع رئيس …، أن …»: a circumstance between
                                tokens[content_at - 1].text in COMMAS
                                and tokens[i + 1 + len(speaker)].norm in CIRCUMSTANCE_OPENERS
                                and tokens[i + len(speaker)] is speaker[-1]
                            )
                        )
                        and (
                            not any(t.norm[:1] == "و" for t in speaker)
                            or speaker[0].norm in TITLE_WORDS  # «بين مدير ثقافة وفنون الطائف …»
                        )
                    )
                )
            )
        ):
            return i + 1
        if noun and (not speaker or speaker[0].norm not in MENTION_HEADS or mode not in {"comp", "quote"}):
            return i + 1
        quoted_trait = (  # «والتي وصفها أعضاء اللجنة بـ"الإيجابية والمثمرة"»
            lemma in DESCRIBE and mode == "quote" and tokens[content_at - 1].norm in {"ب", "بـ"}
        )
        if lemma in OBJECT_FIRST and mode != "comp" and speaker and not quoted_trait:
            split = self._object_after_subject(art, i, lemma, speaker)
            if split is None:
                return i + 1
            speaker, content_at, mode = speaker[:split], tokens.index(speaker[split], i), "bare"
        elif lemma == HAMMALA:
            return i + 1
        if lemma in COLON_ONLY and mode != "colon":
            return i + 1  # «وواصلت القوات تقدمها»، «واصل الثلاثي «…» أداء برامجهما»
        if lemma in QUOTE_ONLY and not (
            mode == "colon" or (mode == "quote" and not speaker) or (mode == "comp" and content_at == i + 1)
        ):  # (but «وزاد أن …» with the complementiser right after the verb is a continuation)
            return i + 1  # «وزاد المؤشر «جيه بي إكس - نيكي» 400 بنسبة …»: increased
        if (
            lemma in COMP_ONLY
            and mode != "bare"
            and not quoted_trait
            and (mode != "comp" or content_at - i > 8)
            and not (lemma == MADA and mode == "colon")  # «ومضى في حديثه: …»
        ):
            return i + 1
        if speaker and self._described_object(art, i, lemma, speaker):
            entity, mention = art.subject[0], art.subject[1]
        elif speaker:
            entity = self._entity(art, speaker, gender)
            mention = (speaker[0].start, speaker[-1].end)
        else:
            entity, mention = self._subject_before(art, i, gender)
            if (
                mode in {"bare", "bi"}
                and mention == (None, None)
                and bare[:1] in "يت"
                and lemma[:1] not in "يت"
                and not (i and tokens[i - 1].norm in DOCUMENT_WORDS)  # «تقريرا يكشف تورط …»
            ):
                return i + 1  # «أي علامة تشير إلى تخليها …»، «التحاليل تشير إلى عدم …»: a thing indicates
        if entity is None:
            return i + 1
        art.subject = (entity, mention, art.sentence[i])
        if lemma in DESCRIBE:
            art.describe = True
        try:
            return self._read_content(art, content_at, mode, entity, mention, tok.text)
        finally:
            art.describe = False

    def _object_after_subject(self, art: _Article, i: int, lemma: str, speaker: list[Token]) -> int | None:
        """«وحمل عباس حكومة الاحتلال مسئولية …»، «ووصف البلوي رحيل المدرب بيتوركا بالقرار الصحيح»: where
        the object begins in a greedy subject phrase — after a speaker already met — when the
        characterisation (بال…) or the responsibility follows in the same sentence; else None."""
        tokens = art.tokens
        end = tokens.index(speaker[-1], i)
        window = tokens[end + 1 : end + 4] if lemma in DESCRIBE else speaker + tokens[end + 1 : end + 4]
        if lemma == QADDARA:
            sentence = art.sentence[i]
            after = [t for t in tokens[end + 1 : end + 9] if art.sentence[tokens.index(t, end)] == sentence]
            if not any(t.norm in BY_AMOUNT for t in after):
                return None
        elif lemma in DESCRIBE:
            if not any(t.norm.startswith("بال") for t in window):
                return None
        elif not any(t.norm in RESPONSIBILITY for t in window):
            return None
        if len(speaker) > 1 and speaker[0].norm in ORG_OR_SOURCE_HEADS and _is_definite(speaker[0].norm):
            return 1  # «قدرت الوزارة عدد المنشآت …»: a definite head alone is the subject
        for cut in range(1, min(len(speaker), 5)):
            parsed = parse_mention(speaker[:cut], art.text)
            if parsed and art.speakers.resolve(parsed, create=False) is not None:
                return cut
        return None

    @staticmethod
    def _described_object(art: _Article, i: int, lemma: str, speaker: list[Token]) -> bool:
        """«قالت وزارة الخارجية السودانية إنها …، ووصفت علاقة الخرطوم بالجزائر بأنها …»: after a
        coordinated وصف the phrase is its object when the sentence already has a subject and the
        phrase names no speaker."""
        if lemma not in DESCRIBE or art.tokens[i].norm[:1] != "و" or art.subject is None:
            return False
        if art.subject[2] != art.sentence[i]:
            return False
        if speaker[0].norm in MENTION_HEADS or _name_run(speaker, art.text):
            return False
        parsed = parse_mention(speaker, art.text)
        return parsed is None or art.speakers.resolve(parsed, create=False) is None

    def _stated_before(self, art: _Article, i: int, lemma: str) -> int | None:
        """«يذكر أن الرئاسة … قامت بتغريم 33 منشأة. أكد ذلك الوكيل المساعد … حاتم المطيري»: a cue
        opening a sentence with ذلك as its object makes the sentence before it (an opening «يذكر
        أن»/«يشار إلى أن» left out) the claim of the subject after ذلك, who also speaks in the
        participles that follow. Returns the index after the subject, or None."""
        tokens = art.tokens
        phrase, after = self._speaker_phrase(art, i + 2)
        cut = next((k for k, t in enumerate(phrase) if _participle_lemma(t.norm) is not None), None)
        if cut is not None:  # «… حاتم المطيري مشيرا إلى أن»: the participle is his next claim
            phrase, after = phrase[:cut], art.tokens.index(phrase[cut], i)
        if not phrase or i < 2:
            return None
        end_at = i - 2  # the last token of the sentence before (i - 1 is its full stop)
        begin = end_at
        while begin > 0 and not art.is_sentence_end(begin - 1) and end_at - begin < MAX_CONTENT_TOKENS:
            begin -= 1
        if tokens[begin].norm in IMPERSONAL_REPORTS:
            comp = next(
                (k for k in range(begin + 1, min(begin + 4, end_at)) if tokens[k].norm in COMPLEMENTISERS),
                None,
            )
            if comp is None:
                return None
            begin = comp + 1
        if begin >= end_at or any(_strip_prefix(t.norm, VERB_CUES) for t in tokens[begin : end_at + 1]):
            return None  # nothing left, or a sentence with a cue of its own
        start, end = tokens[begin].start, tokens[end_at].end
        if (
            tokens[begin].norm[:1] == "و"
            and len(tokens[begin].norm) > 2
            and tokens[begin].norm not in NAME_LINKS
        ):
            start += 1  # «وافتتح …. أوضح ذلك X»: the claim without its leading و
        if art.covered(start, end):
            return None
        entity = self._entity(art, phrase, _gender(tokens[i].norm, lemma))
        if entity is None:
            return None
        mention = (phrase[0].start, phrase[-1].end)
        claim = self._span(art.text, start, end, entity, mention, tokens[i].text, False)
        if claim is None:
            return None
        art.claims.append(claim)
        art.recent.append((entity, i))
        art.subject = (entity, mention, art.sentence[i])
        return after

    def _subject_before(self, art: _Article, i: int, gender: str):
        """A cue with no subject after it: the subject may stand before the verb («إلا أن كيري
        اعتبر أن …»، «وكان الوزير أعلن …») when it names a known speaker or a titled one; else the
        previous speaker continues (وأضاف أن …)."""
        tokens = art.tokens
        contacted = self._contacted_before(art, i, gender)
        if contacted is not None:
            return contacted
        sabaqa = self._sabaqa_subject(art, i, gender)
        if sabaqa is not None:
            return sabaqa
        kana = self._kana_subject(art, i, gender)
        if kana is not None:
            return kana
        opening = self._opening_subject(art, i) or self._opening_role_then_name(art, i)
        if opening is not None:
            return opening
        relative = self._relative_before(art, i)
        if relative is not None:
            # «… حسب إفادة عباس نفسه الذي قال …», «إلا أن شادي عوض الذي يعيش في مبنى مجاور قال …»: the
            # antecedent of the relative, when it names a speaker already met or a titled one.
            k = relative - 1
            while k >= 0 and tokens[k].norm in SELF:
                k -= 1
            phrase = []
            while (
                k >= 0 and len(phrase) < 4 and tokens[k].norm.isalpha() and tokens[k].norm not in SPEAKER_STOP
            ):
                phrase.insert(0, tokens[k])
                k -= 1
            for cut in reversed(range(len(phrase))):  # the shortest name first: resolve() may lengthen it
                parsed = parse_mention(phrase[cut:], art.text)
                known = art.speakers.resolve(parsed, create=False) if parsed else None
                if known is not None:
                    return known, (phrase[cut].start, phrase[-1].end)
            for cut in range(len(phrase)):  # «… الأسطورة الأرجنتينية دييجو مارادونا الذي قال»
                tail = phrase[cut:]
                if (2 <= len(tail) <= 3 and all(_name_word(t.norm) for t in tail)) or (
                    len(tail) == 2 and tail[0].norm in QUANTIFIERS and _is_definite(tail[1].norm)
                ):  # (or «اعتراضا من أحد الكتاب الذي رأى أن …»: one of a group)
                    entity = self._entity(art, tail, gender)
                    if entity is not None:
                        return entity, (tail[0].start, tail[-1].end)
            if not phrase and relative >= 2 and tokens[relative - 1].text in COMMAS:
                titled = self._titled_before_comma(art, relative - 1, gender)
                if titled is not None:
                    return titled
        k = i - 1
        if k >= 0 and (tokens[k].norm in QAD or tokens[k].norm == "فقد"):
            k -= 1  # وكان لوران بلان قد أشار …، أما X فقد برر …
        while k >= 1 and tokens[k].norm in TIME_AFTER and not art.is_sentence_end(k - 1):
            k -= 1  # «تقارير صحافية الأسبوع الماضي تفيد بأن …»: the time stands between subject and verb
        if k >= 2 and tokens[k].text in COMMAS:
            m = k - 1
            while m > 0 and k - m <= 7 and tokens[m].norm.isalpha() and tokens[m].norm not in COMPLEMENTISERS:
                m -= 1
            if m < k - 1 and tokens[m].norm == ANNA and tokens[m - 1].norm in BUT:
                k -= 1  # «غير أن نادي الرياض الأدبي، أكد …»: the subject of أن, set off by a comma
        phrase: list[Token] = []
        while k >= 0 and len(phrase) < 8:
            t = tokens[k]
            if not t.norm.isalpha() or t.norm in SUBJECT_BOUNDARY or art.is_sentence_end(k):
                break
            if art.newline_before(k + 1) and phrase:
                break
            phrase.insert(0, t)
            k -= 1
            if art.newline_before(k + 1):
                break
        if len(phrase) > 6 and not (
            k >= 0 and tokens[k].norm in BUT_OR_AMMA and len(_name_run(phrase, art.text)) >= 2
        ):  # (eight words only for «لكن فاروق جليك وزير العمل والضمان الاجتماعي التركي قال»)
            k += len(phrase) - 6
            phrase = phrase[-6:]
        if any(t.norm in QAD for t in phrase):
            phrase = []  # «وكانت القوات الاسرائيلية قد قتلت ثلاثة … في مداهمات قالت»: a clause, no subject
        while phrase and (phrase[0].norm in SPEAKER_STOP or phrase[0].norm in LINKING):
            phrase.pop(0)  # «… حصلت على تقرير طبي لأحد المصابين يؤكد …»
        report_at = next((m for m in range(len(phrase) - 1, 0, -1) if phrase[m].norm in REPORTS), None)
        if report_at is not None and report_at >= len(phrase) - 3:
            phrase = phrase[report_at:]  # «وتم تداول تقارير صحافية … تفيد بأن …»: the reports speak
        # «أما عبدالعزيز العمري فقد برر …»، «لكن طهران تقول إنه سلمي»، «ولكن مسؤولا قال إن …»
        topicalised = k >= 0 and tokens[k].norm in AMMA_BUT_OR_KANA
        shortest = 1 if topicalised and tokens[k].norm in BUT_OR_KANA else 2
        inner_link = {  # فان in «لويس فان غال» is a name particle, not فإن
            k for k in range(1, len(phrase) - 1) if phrase[k].norm in NAME_LINKS
        }
        if phrase and not any(
            t.norm in SPEAKER_STOP or t.norm in LINKING or (t.norm in COMPLEMENTISERS and k not in inner_link)
            for k, t in enumerate(phrase)
        ):
            parsed = parse_mention(phrase, art.text)
            if parsed is not None:
                known = art.speakers.resolve(parsed, create=False)
                if (
                    known is not None
                    or phrase[0].norm in MENTION_HEADS
                    or (phrase[0].norm in COUNTRY_ADJECTIVES and len(phrase) >= 2)
                    or (phrase[0].norm in QUANTIFIERS and 2 <= len(phrase) <= 4)  # «أحد ممثلي مؤسسته أكد»
                    or (
                        topicalised
                        and shortest <= len(phrase) <= 4
                        and all(
                            _name_word(t.norm) or (t is phrase[-1] and _is_definite(t.norm)) for t in phrase
                        )
                    )
                    or (  # «وكان راشد الغنوشي رئيس حركة النهضة التونسية اعترف بأنه …»: a name, then its role
                        topicalised
                        and (
                            len(_name_run(phrase, art.text)) >= 2
                            or (
                                len(phrase) >= 3
                                and _name_and_nisba(phrase[:2])
                                and phrase[2].norm in ROLE_HEADS
                            )
                        )
                    )
                    or (  # «أما الزائر عبدالله الفركز فقد أعرب …»: a description, then the name
                        topicalised
                        and tokens[k].norm in AMMA
                        and 3 <= len(phrase) <= 4
                        and _is_definite(phrase[0].norm)
                        and _name_word(phrase[1].norm)
                        and all(
                            _name_word(t.norm) or (t is phrase[-1] and _is_definite(t.norm))
                            for t in phrase[2:]
                        )
                    )
                ):
                    entity = known or self._entity(art, phrase, gender)
                    if entity is not None:
                        return entity, (phrase[0].start, phrase[-1].end)
        return self._sentence_subject(art, i, gender)

    def _contacted_before(self, art: _Article, i: int, gender: str):
        """«وتواصلت (الرياضي) مع رئيس اللجنة الدكتور عبدالله البرقان لسؤاله …، فأكد أن …»: after a
        verb of contact (تواصل، اتصل، تحدث، حاور، التقى) the one contacted answers in «فأكد/فقال»."""
        tokens = art.tokens
        if tokens[i].norm[:1] != "ف" or _strip_prefix(tokens[i].norm[1:], VERB_CUES) is None:
            return None
        for k in range(i - 1, max(0, i - 40), -1):
            if art.is_sentence_end(k) or art.newline_before(k + 1):
                return None
            if tokens[k].norm in CONTACT and any(t.norm in CONTACT_VERBS for t in tokens[max(0, k - 5) : k]):
                phrase, _ = self._speaker_phrase(art, k + 1)
                if phrase and phrase[0].norm in TITLE_WORDS:
                    entity = self._entity(art, phrase, gender)
                    if entity is not None:
                        return entity, (phrase[0].start, phrase[-1].end)
                return None
        return None

    def _titled_before_comma(self, art: _Article, comma: int, gender: str):
        """«تحاورت “عين اليوم” مع الدكتورة سهيلة زين العابدين عضو الجمعية الوطنية لحقوق الإنسان، التي
        أكدت أن …»: a titled name with its role, set off by the comma before the relative; the
        leftmost title that parses into a name of two words or more is the speaker."""
        tokens = art.tokens
        phrase: list[Token] = []
        k = comma - 1
        while (
            k >= 0
            and len(phrase) < 10
            and tokens[k].norm.isalpha()
            and tokens[k].norm not in SPEAKER_STOP
            and not art.is_sentence_end(k)
        ):
            phrase.insert(0, tokens[k])
            k -= 1
        for cut, t in enumerate(phrase):
            if t.norm not in HONORIFICS and t.norm not in ROLE_HEADS:
                continue
            parsed = parse_mention(phrase[cut:], art.text)
            if parsed is None or parsed.kind != "person" or len(parsed.name.split()) < 2:
                continue
            if parsed.name == parsed.surface:
                continue  # no title split off: not a titled name
            entity = self._entity(art, phrase[cut:], gender)
            if entity is not None:
                return entity, (phrase[cut].start, phrase[-1].end)
        return None

    @staticmethod
    def _relative_before(art: _Article, i: int) -> int | None:
        """The relative pronoun of a short relative clause ending right before the verb at ``i``
        («… الذي قال»، «… الذي يعيش في مبنى مجاور قال»), with no comma, cue or sentence end between."""
        tokens = art.tokens
        for r in range(i - 1, max(0, i - 8), -1):
            t = tokens[r]
            if t.norm in RELATIVES:
                return r if r >= 1 else None
            if (
                not t.norm.isalpha()
                or art.is_sentence_end(r)
                or _strip_prefix(t.norm, VERB_CUES) is not None
                or t.norm in COMPLEMENTISERS
            ):
                return None
        return None

    def _kana_subject(self, art: _Article, i: int, gender: str):
        """«وكانت النائبة في الكنيست الإسرائيلي، تمار زندبيرج، صرحت …»، «وكان الزوج، قال إن …»: the
        subject between كان and a comma right before the cue; of a role and a name set off by commas,
        the name."""
        tokens = art.tokens
        if i < 3 or tokens[i - 1].text not in COMMAS:
            return None
        start = next(
            (
                k
                for k in range(i - 2, max(-1, i - 16), -1)
                if tokens[k].norm in KANA or art.is_sentence_end(k) or art.newline_before(k + 1)
            ),
            None,
        )
        if start is None or tokens[start].norm not in KANA:
            return None
        if start and tokens[start - 1].norm in IF_WHETHER:
            return None  # «ورداً على سؤال حول ما إذا كانت الولايات المتحدة قد ساهمت …، أشار»: a question
        segments: list[list[Token]] = [[]]
        for t in tokens[start + 1 : i - 1]:
            if t.text in COMMAS:
                segments.append([])
            elif not t.norm.isalpha() or _strip_prefix(t.norm, VERB_CUES) or t.norm in COMPLEMENTISERS:
                return None
            else:
                segments[-1].append(t)
        segments = [seg for seg in segments if seg]
        if not segments or len(segments) > 2:
            return None
        phrase = segments[0]
        if len(segments) == 2 and 2 <= len(segments[1]) <= 4 and all(_name_word(t.norm) for t in segments[1]):
            # a role then the name: parse_mention splits them; a description alone is left out
            phrase = segments[0] + segments[1] if segments[0][0].norm in MENTION_HEADS else segments[1]
        elif phrase[0].norm not in MENTION_HEADS and not all(_name_word(t.norm) for t in phrase):
            return None
        entity = self._entity(art, phrase, gender)
        if entity is None:
            return None
        return entity, (phrase[0].start, phrase[-1].end)

    def _sabaqa_subject(self, art: _Article, i: int, gender: str):
        """«وسبق لمجلة «فرانس فوتبول» الفرنسية أن كشفت …»: the subject follows سبق لـ."""
        tokens = art.tokens
        if i < 3 or tokens[i - 1].norm not in COMPLEMENTISERS or len(tokens[i - 1].norm) != 2:
            return None
        for k in range(i - 2, max(-1, i - 10), -1):
            if art.is_sentence_end(k) or tokens[k].text in COMMAS:
                return None
            if tokens[k].norm in SABAQA and k + 1 < i - 1 and tokens[k + 1].norm.startswith("ل"):
                first = tokens[k + 1]
                phrase = [Token(first.text[1:], first.norm[1:], first.start + 1, first.end)]
                phrase += [t for t in tokens[k + 2 : i - 1] if t.norm.isalpha()]
                if len(first.norm) < 3:
                    phrase = phrase[1:]
                if not phrase:
                    return None
                entity = self._entity(art, phrase, gender)
                if entity is None:
                    return None
                return entity, (phrase[0].start, phrase[-1].end)
        return None

    def _sentence_subject(self, art: _Article, i: int, gender: str):
        """A cue or participle with no subject of its own: the subject of an earlier cue in the same
        sentence; else the subject of the sentence's first verb when it names a speaker («وتبنى
        تنظيم داعش العملية، قائلاً إن …»، «وكان X أول من أثار القضية، حينما أكد أن …»); else the
        previous speaker."""
        subject = art.subject
        if subject is not None and subject[2] == art.sentence[i]:
            return subject[0], subject[1]
        tokens = art.tokens
        if subject is not None and art.claims and art.claims[-1].entity is subject[0]:
            # «قال:\nإن تباشير …، مؤكدا …»: the content of the latest cue (its sentence broken by the
            # paragraph after the colon) runs up to the participle's comma: the cue's subject speaks
            between = art.text[art.claims[-1].end : tokens[i].start]
            if between.strip() in COMMAS:
                return subject[0], subject[1]
        k = i - 1
        while k > 0 and art.sentence[k - 1] == art.sentence[i] and i - k < 60:
            k -= 1
        while k < i and not tokens[k].norm.isalpha():
            k += 1
        fronted = k < i and tokens[k].norm in IN_PHRASE
        while k < i and (not tokens[k].norm.isalpha() or tokens[k].norm in LEADING):
            k += 1
        comma = next((c for c in range(k + 1, min(k + 5, i)) if tokens[c].text in COMMAS), None)
        if fronted and comma is not None:
            k = comma + 1  # «في إعلان مفاجئ، أقامت ناسا مؤتمرا … أعلنت فيه»: a fronted phrase, then the verb
        if k < i and (
            tokens[k].norm in TOPIC_OPENERS
            or (tokens[k].norm in FIMA and k + 1 < i and tokens[k + 1].norm in REGARDING)
        ):
            # «وعن المشاركة الأمنية في تغطية الانتخابات أكد أنه …»، «وفيما يتعلق بجسر أبحر المعلق،
            # فأوضحت أنه …»: a fronted topic, no subject
            k = i
        if k + 2 < i and (
            tokens[k].norm in DEMONSTRATIVES
            or (tokens[k].norm[:1] in "وبلف" and _strip_clitics(tokens[k].norm) in DEMONSTRATIVES)
        ):
            # «وفي هذا الإطار، قدمت مثالا …، فقالت»، «وبهذه المناسبة أعرب …»: a phrase with a
            # demonstrative is no subject
            k += 2
            while k < i and not tokens[k].norm.isalpha():
                k += 1
        previous = self._previous(art, gender, i)
        if k + 1 < i and art.sentence[k] == art.sentence[i]:
            phrase, _ = self._speaker_phrase(art, k + 1)
            phrase = [t for t in phrase if t.start < tokens[i].start]
            qad = next((m for m, t in enumerate(phrase) if t.norm in QAD), None)
            if qad is not None:
                phrase = phrase[:qad]  # «وكانت القوات الاسرائيلية قد قتلت ثلاثة …»: the subject ends at قد
            said = next((m for m, t in enumerate(phrase) if m and t.norm in SPEECH_NOUNS), None)
            if said is not None and tokens[k].norm in RELAY_VERBS and said + 1 < len(phrase):
                phrase = phrase[said + 1 :]  # «ونقل التقرير تصريحات روحاني قائلاً: …»: the one relayed speaks
            elif said is not None:
                phrase = phrase[:said]  # «استنكرت الأمانة العامة … تصريحات المالكي وقالت»: the object
            while phrase and phrase[-1].norm in SUBJECT_BOUNDARY:
                phrase.pop()  # وكان لوران بلان مدرب سان جيرمان قد أشار
            split = self._split_object(phrase, art.text) if phrase else None
            if split is not None:
                phrase = phrase[:split]
            if _object_right_after(tokens, k, phrase):
                phrase = []  # «وشكر سفارة المملكة …، مضيفا»: the embassy is thanked; he speaks
            if phrase and phrase[0].norm not in ORG_OR_SOURCE_HEADS:
                phrase = _trim_name(phrase)  # «انتقد المخرج عامر الحمود تصرفات …، حيث وصفه …»
            if phrase:
                parsed = parse_mention(phrase, art.text)
                known = art.speakers.resolve(parsed, create=False) if parsed else None
                run = _name_run(phrase, art.text)
                if (
                    known is None
                    and phrase[0].norm not in MENTION_HEADS
                    and previous is not None
                    and len(run) >= 2
                ):
                    phrase, parsed = run, parse_mention(run, art.text)  # وكان لوران بلان مدرب … قد أشار
                    known = art.speakers.resolve(parsed, create=False) if parsed else None
                    previous = None
                plural_subject = (  # «وفحص الباحثون الماجنتايت … وتوصلوا إلى أن …»: a plural cue, a plural subject
                    gender == "p"
                    and phrase[0].norm.startswith("ال")
                    and phrase[0].norm.endswith(("ون", "ين"))
                    and (previous is None or previous.gender != "p")
                )
                if plural_subject:
                    phrase = phrase[:1]
                    parsed = parse_mention(phrase, art.text)
                if parsed and (
                    known is not None or phrase[0].norm in MENTION_HEADS or previous is None or plural_subject
                ):
                    entity = known or self._entity(art, phrase, gender)
                    if entity is not None:
                        return entity, (phrase[0].start, phrase[-1].end)
        topic = art.topic
        # the same sentence or the one before (a paragraph break counts as a sentence break too)
        reach = 1 + (art.paragraph[i] != art.paragraph[topic[1]]) if topic is not None else 0
        if topic is not None and 0 <= art.sentence[i] - art.sentence[topic[1]] <= reach:
            last = art.claims[-1].end if art.claims else -1
            if tokens[topic[1]].start > last and (
                gender == "p" or not topic[0].gender or topic[0].gender in (gender, "p")
            ):
                return topic[0], (None, None)  # بارك X …. وقال: … (no cue of X's in between)
        return previous, (None, None)

    def _speech_act(self, art: _Article, i: int) -> int | None:
        """Record the subject of a speech act that reports no content (أعرب X عن …، بارك X …، ألقى X
        كلمة); «أعرب X عن اعتقاده بأن …» reports the content after بأن. Returns the index after a
        claim read, else None."""
        tokens = art.tokens
        lemma = _strip_prefix(tokens[i].norm, SPEECH_ACTS) or ""
        known_before = self._known_subject_before(art, i) or self._opening_subject(art, i)
        if known_before is not None:
            # «عيدان طالب القاضي بالإفراج عن …، قائلا إن …»: a speaker already met opens the sentence;
            # the phrase after the verb is its object
            entity, mention = known_before
            art.topic = (entity, i, art.paragraph[i])
            art.subject = (entity, mention, art.sentence[i])
            return None
        phrase, after = self._speaker_phrase(art, i + 1)
        if _object_right_after(tokens, i, phrase):
            phrase = []  # «وطالب قوات التحالف بالاستمرار …»: the forces are asked; he speaks
        if lemma == ABBARA and not (
            after < len(tokens)
            and (
                tokens[after].norm == "عن"
                or (  # «عبر الأمين العام … في كلمته التي ألقاها في افتتاح … عن تزايد …»
                    phrase
                    and phrase[0].norm in TITLE_OR_ORG_HEADS
                    and any(
                        tokens[k].norm == "عن"
                        and tokens[k - 1].norm not in {"صادر", "صادرة", "الصادر", "الصادرة"}
                        for k in range(after, min(len(tokens), after + 30))
                        if art.sentence[k] == art.sentence[i]
                    )
                )
            )
        ):
            return None  # عبر is "via" unless «عبر X عن …»
        cut = next((k for k, t in enumerate(phrase) if t.norm in SPEECH_NOUNS), None)
        if cut is not None:
            phrase = phrase[:cut]
        text = art.text
        for k in range(1, len(phrase)):  # «فتحي محمد صالح (مرافق للمريض)»: the name ends at the bracket
            if "(" in text[phrase[k - 1].end : phrase[k].start]:
                phrase = phrase[:k]
                break
        split = self._split_object(phrase, text) if phrase else None
        if split is not None:
            phrase = phrase[:split]
        # «ويعرب بعض وسائل الاعلام عن …»: the head follows بعض
        head = (
            phrase[1].norm if len(phrase) > 1 and phrase[0].norm in SOME else phrase[0].norm if phrase else ""
        )
        if phrase and head not in ORG_OR_SOURCE_HEADS:
            phrase = _trim_name(phrase)
        if len(phrase) > 1 and head not in MENTION_HEADS:
            # «وانتقدت بندقجي صعوبة مصطلحات اللائحة …»: a speaker already met, then the object
            whole = parse_mention(phrase, text)
            if whole is None or art.speakers.resolve(whole, create=False) is None:
                for cut in range(len(phrase) - 1, 0, -1):
                    part = parse_mention(phrase[:cut], text)
                    if part is not None and art.speakers.resolve(part, create=False) is not None:
                        phrase = phrase[:cut]
                        break
        if (
            lemma == ARABA
            and i + 3 < len(tokens)
            and tokens[i + 1].norm == "عن"
            and tokens[i + 2].norm in BELIEF
            and tokens[i + 3].norm in COMPLEMENTISERS
        ):
            # «وأعرب عن اعتقاده بأن الأسواق ستتحسن …» with no subject: the latest speaker goes on
            entity = self._previous(art, _gender(tokens[i].norm, lemma), i)
            if entity is not None:
                return self._read_content(art, i + 3, "comp", entity, (None, None), tokens[i].text)
        if not phrase or phrase[0].norm in SPEAKER_STOP or _looks_like_verbal_noun(phrase[0].norm):
            kana = self._kana_subject(art, i, _gender(tokens[i].norm, lemma))
            if kana is not None and kana[1] != (None, None):
                # «وكانت قوات الدفاع الشعبي، الجناح العسكري …، دانت في بيان …، وقالت: …»
                art.topic = (kana[0], i, art.paragraph[i])
                art.subject = (kana[0], kana[1], art.sentence[i])
            elif (
                i and tokens[i - 1].norm == "فقد" and not (phrase and _looks_like_verbal_noun(phrase[0].norm))
            ):
                # «أما الزائر عبدالله الفركز فقد أعرب عن …»: the topicalised subject before the verb
                entity, mention = self._subject_before(art, i, _gender(tokens[i].norm, lemma))
                if entity is not None and mention != (None, None):
                    art.topic = (entity, i, art.paragraph[i])
                    art.subject = (entity, mention, art.sentence[i])
            return None
        parsed = parse_mention(phrase, text)
        if parsed is None:
            return None
        if not (
            head in MENTION_HEADS
            or art.speakers.resolve(parsed, create=False) is not None
            or len(_name_run(phrase, text)) >= 2
            or _name_and_nisba(phrase)
        ):
            return None  # «ودعا المنشآت إلى …»: an object, the subject is left unsaid
        entity = self._entity(art, phrase, _gender(tokens[i].norm, lemma))
        if entity is None:
            return None
        mention = (phrase[0].start, phrase[-1].end)
        art.topic = (entity, i, art.paragraph[i])
        art.subject = (entity, mention, art.sentence[i])
        if (
            lemma == ARABA
            and after + 2 < len(tokens)
            and tokens[after].norm == "عن"
            and tokens[after + 1].norm in BELIEF
            and tokens[after + 2].norm in COMPLEMENTISERS
        ):
            return self._read_content(art, after + 2, "comp", entity, mention, tokens[i].text)
        return None

    @staticmethod
    def _opening_subject(art: _Article, i: int) -> tuple[Entity, tuple[int, int]] | None:
        """A titled subject filling the sentence up to the verb at ``i`` («المتحدث الرسمي باسم الاتحاد
        السعودي لكرة القدم (عدنان المعيبد) نفى …»): a role, organisation or title heads it, no verb,
        complementiser or comma inside."""
        tokens = art.tokens
        start = _sentence_opening(art, i, 16)
        if start is None:
            return None  # a longer sentence: not a subject alone
        while start < i and (
            tokens[start].norm in LEADING
            or tokens[start].norm in SUBJECT_BOUNDARY
            or not (tokens[start].norm.isalpha() or tokens[start].text == "(")
        ):
            start += 1
        end = i
        while end > start and tokens[end - 1].norm in QAD:
            end -= 1  # «وكان مدرب برشلونة قد أعلن …»: قد belongs to the verb
        words = [t for t in tokens[start:end] if t.text not in {"(", ")"}]
        if not 2 <= len(words) <= 12 or not all(t.norm.isalpha() for t in words):
            return None
        if words[0].norm not in MENTION_HEADS:
            return None
        if any(
            _strip_prefix(t.norm, VERB_CUES) is not None
            or _strip_prefix(t.norm, SPEECH_ACTS) is not None
            or t.norm in COMPLEMENTISERS
            or t.norm in SPEAKER_STOP
            for t in words
        ):
            return None
        parsed = parse_mention(tokens[start:end], art.text)
        entity = art.speakers.resolve(parsed) if parsed else None
        if entity is None:
            return None
        return entity, (tokens[start].start, tokens[end - 1].end)

    @staticmethod
    def _opening_role_then_name(art: _Article, i: int) -> tuple[Entity, tuple[int, int]] | None:
        """A sentence opening with a role, then the name set off by commas, then the verb at ``i``
        («قاضي دائرة الأوقاف والمواريث بمحافظة القطيف، محمد الجيراني، قال: إن …»)."""
        tokens = art.tokens
        if i < 5 or tokens[i - 1].text not in COMMAS:
            return None
        comma = next((k for k in range(i - 2, max(0, i - 7), -1) if tokens[k].text in COMMAS), None)
        if comma is None:
            return None
        name = tokens[comma + 1 : i - 1]
        if not 2 <= len(name) <= 4 or not all(
            _name_word(t.norm) or t.norm in NAME_LINKS or (t is name[-1] and _is_definite(t.norm))
            for t in name
        ):
            return None
        start = _sentence_opening(art, comma, 12)
        if start is None:
            return None  # a longer sentence: not a subject alone
        role = tokens[start:comma]
        if (
            not role
            or role[0].norm not in TITLE_WORDS
            or not all(t.norm.isalpha() for t in role)
            or any(_strip_prefix(t.norm, VERB_CUES) is not None or t.norm in COMPLEMENTISERS for t in role)
        ):
            return None
        parsed = parse_mention([*role, *name], art.text)
        entity = art.speakers.resolve(parsed) if parsed else None
        if entity is None:
            return None
        return entity, (role[0].start, name[-1].end)

    @staticmethod
    def _known_subject_before(art: _Article, i: int) -> tuple[Entity, tuple[int, int]] | None:
        """A sentence opening with one to three words that name a speaker already met, right before
        the verb at ``i`` («عيدان طالب القاضي …»)."""
        tokens = art.tokens
        for size in (1, 2, 3):
            first = i - size
            if first < 0 or not all(t.norm.isalpha() for t in tokens[first:i]):
                return None
            if first > 0 and not (art.is_sentence_end(first - 1) or art.newline_before(first)):
                continue
            parsed = parse_mention(tokens[first:i], art.text)
            known = art.speakers.resolve(parsed, create=False) if parsed else None
            if known is not None:
                return known, (tokens[first].start, tokens[i - 1].end)
            return None
        return None

    def _issued(self, art: _Article, i: int) -> None:
        """«وأصدر الاتحاد السعودي للكرة الطائرة اليوم بيانا»: record the author of the document."""
        tokens = art.tokens
        phrase = []
        for k in range(i + 1, min(len(tokens), i + 1 + MAX_SPEAKER_TOKENS)):
            t = tokens[k]
            if t.norm in DOCUMENTS_ISSUED:
                break
            if not t.norm.isalpha() or art.is_sentence_end(k):
                return
            phrase.append(t)
        else:
            return
        while phrase and phrase[-1].norm in SPEAKER_STOP:
            phrase.pop()  # اليوم، أمس
        if phrase and not any(t.norm in SPEAKER_STOP for t in phrase) and phrase[0].norm in ROLE_OR_ORG_HEADS:
            art.doc_author = self._entity(art, phrase, "m")

    def _participle(self, art: _Article, i: int) -> int:
        tokens = art.tokens
        tok = tokens[i]
        lemma = _strip_prefix(tok.norm, PARTICIPLE_CUES) or ""
        if i == 0:
            return i + 1
        prev = tokens[i - 1]
        strict = not (
            prev.text in COMMAS
            or (tok.norm[:1] == "و" and tok.norm not in PARTICIPLE_CUES)  # «… بخير ومؤكداً متابعة …»
            or prev.text in CLOSE_QUOTES
            or prev.text in {"-", "–", ")"}
            or _strip_prefix(prev.norm, VERB_CUES) is not None
            or prev.norm in SPEECH_ACT_FORMS  # «أما القارئ أبو محمد فعلق قائلا "…"»
        )
        if strict and lemma in JUSTIFY:
            return i + 1  # «كما يفعل الكثيرون مستشهداً بأن …»: a reason joined to the clause, not a report
        gender = _gender(tok.norm, lemma)
        j = i + 1
        # «…، قائلا في بيان صدر مساء أول من أمس إن …»: after a comma the adverbial may be longer
        found = self._find_content(art, j, lemma, max_gap=6 if strict else 8)
        if found is None:
            return i + 1
        content_at, mode = found
        # An addressee (مؤكدين لـ«المدينة» أن …) does not count towards the distance.
        reach = 4
        if j + 1 < len(tokens) and tokens[j].norm == "ل" and tokens[j + 1].text in QUOTE_CHARS:
            reach = 8
        reach += _in_this_regard(tokens, j)  # «… المنكوبة مشيرا في هذا الصدد إلى أن …»: no distance
        # «… ذي القعدة مشيراً إلى حزمة الخدمات … تتراوح …»: no comma is needed either
        ila_phrase = mode == "bare" and content_at == i + 2 and _ila_noun_phrase(tokens, i)
        said = lemma == QAILAN and mode == "quote"  # «ودافع مورينيو عن الحارس قائلا للصحافيين "…"»
        if (
            strict
            and (mode not in {"comp", "colon"} or content_at - i > reach)
            and not ila_phrase
            and not said
        ):
            return i + 1
        found_subject = self._bil_qawl_subject(art, i) if lemma == BIL_QAWL else None
        if found_subject is not None:
            entity, mention = found_subject
        else:
            entity, mention = self._sentence_subject(art, i, gender)
        if entity is None:
            return i + 1
        return self._read_content(art, content_at, mode, entity, mention, tok.text)

    def _bil_qawl_subject(self, art: _Article, i: int):
        """«اكتفى رئيس الوزراء التركي أحمد داود أوغلو بالقول إنه …»، «ومضت المصادر بالقول إن …»: the
        subject stands between the verb opening the clause and بالقول."""
        tokens = art.tokens
        if i and (
            _participle_lemma(tokens[i - 1].norm) is not None or tokens[i - 1].norm in DIRECTIVE_PARTICIPLES
        ):
            return None  # «مضيفين بالقول: …»: the participle's subject
        k = i - 1
        while (
            k >= 0
            and i - k <= 10
            and tokens[k].norm.isalpha()
            and tokens[k].norm not in SUBJECT_BOUNDARY
            and not art.is_sentence_end(k)
        ):
            if art.newline_before(k + 1) and k + 1 < i:
                break
            k -= 1
        phrase = [t for t in tokens[k + 1 : i] if t.norm not in SPEAKER_STOP]
        if len(phrase) < 2 or i - k > 10:
            return None
        # «غير أن ظريف تذرع بالقول»: the subject before its verb; «اكتفى رئيس الوزراء … بالقول»: the
        # verb, then the subject
        phrase = phrase[:-1] if k >= 0 and tokens[k].norm in SUBJECT_BOUNDARY else phrase[1:]
        parsed = parse_mention(phrase, art.text)
        if parsed is None:
            return None
        known = art.speakers.resolve(parsed, create=False)
        if (
            known is None
            and phrase[0].norm not in MENTION_HEADS
            and len(_name_run(phrase, art.text)) != len(phrase)
            and not (len(phrase) == 1 and _name_word(phrase[0].norm))
        ):
            return None
        entity = known or self._entity(art, phrase, "m")
        return (entity, (phrase[0].start, phrase[-1].end)) if entity is not None else None

    def _source(self, art: _Article, i: int) -> int:
        """بحسب/حسب/وفق/حسبما/نقلا عن X: before the content («وبحسب X، فإن …») or after it
        («…، حسبما نقلت صحيفة X»)."""
        tokens = art.tokens
        n = len(tokens)
        j = i + 1
        # Skip a verb (حسبما نقلت/ذكرت، بحسب ما أكد، وفق ما أعلنته) and ل/عن.
        while (
            j < n
            and j <= i + 3
            and (
                _strip_prefix(tokens[j].norm, VERB_CUES) is not None
                or (
                    tokens[j - 1].norm in {"ما", "لما"}
                    and _strip_prefix(tokens[j].norm[:-1], VERB_CUES) is not None
                )
                or tokens[j].norm in {"ل", "عن", "لـ"}
                or (j == i + 1 and tokens[j].norm in {"ما", "لما"})
            )
        ):
            j += 1
        speaker: list[Token] = []
        in_quotes = False
        while j < n and len(speaker) < MAX_SPEAKER_TOKENS:
            t = tokens[j]
            if (
                (t.norm in COMPLEMENTISERS and not (speaker and _name_particle(tokens, j)))
                or t.text in COMMAS
                or art.is_sentence_end(j)
                or art.newline_before(j)
            ):
                break
            if speaker and t.norm == "ل" and j + 1 < n and tokens[j + 1].text in QUOTE_CHARS:
                break  # «حسب ما أشارت مصادر خاصة لـ«الشرق الأوسط» …»: the addressee ends the source
            if t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES or t.text in {"(", ")"}:
                if t.text in QUOTE_CHARS:
                    in_quotes = not in_quotes
                j += 1
                continue
            if not t.norm.isalpha() or (t.norm in SOURCE_PHRASE_STOP and not in_quotes):
                break  # (inside quotation marks a word is part of a name: صحيفة "الإمارات اليوم")
            if speaker and not in_quotes and (t.norm in MEDIA_ADDRESSEES or _is_addressee(t.norm, t.text)):
                break  # «بحسب ما قال متحدث باسم جهاز مكافحة الحرائق لوكالة فرانس برس»: the addressee
            if speaker and (
                t.norm in RELATIVES or t.norm in SELF or _strip_prefix(t.norm, VERB_CUES) is not None
            ):
                break  # «حسب إفادة عباس نفسه الذي قال …»
            speaker.append(t)
            j += 1
        if not speaker or speaker[0].norm in OWN_WORDS:
            return i + 1  # (also «حسب قوله»، «على حد تعبيره»: the speaker's own words, no source)
        if (
            j + 1 < n
            and tokens[j].norm in SELF
            and (tokens[j + 1].text in COMMAS or tokens[j + 1].norm in COMPLEMENTISERS)
        ):
            j += 1  # «وحسب المصدر نفسه، فإن …»: the same source again
        if len(speaker) > 1 and speaker[0].norm in DOCUMENTS:
            speaker = speaker[1:]  # حسب تغريدة كمران، حسب إفادة عباس: the author speaks
        # «عن X» inside the phrase (بيان صادر عن X) names the author.
        for k, t in enumerate(speaker[:-1]):
            if t.norm == "عن":
                speaker = speaker[k + 1 :]
                break
        first = speaker[0].norm
        if (
            _strip_prefix(tokens[i].norm, LI_SOURCES) is not None
            and first[:1] == "ل"
            and (
                first[1:] in ROLE_ORG_OR_SOURCE_HEADS
                # «ووفقا لشبكة «سكاي سبورتس» فإنه …»: a noun, then the quoted name
                or (
                    len(speaker) > 1
                    and any(q in art.text[speaker[0].end : speaker[1].start] for q in QUOTE_CHARS)
                )
            )
        ):
            # «ووفقا لوزارة الصحة فإن …»: the preposition is no part of the name
            head = speaker[0]
            speaker = [Token(head.text[1:], first[1:], head.start + 1, head.end), *speaker[1:]]
        if j < n and tokens[j].norm in RELATIVES:
            # «ووفقا لبيان صدر عن مجلس الوزراء الذي عقد أمس في بروكسل فإن …»: a relative clause first
            k = next((k for k in range(j + 1, min(n, j + 10)) if tokens[k].norm in COMPLEMENTISERS), None)
            if k is not None and not any(
                art.is_sentence_end(m)
                or tokens[m].text in COMMAS
                or _strip_prefix(tokens[m].norm, VERB_CUES) is not None
                for m in range(j + 1, k)
            ):
                j = k
        prev = tokens[i - 1] if i else None
        sentence_initial = prev is None or art.is_sentence_end(i - 1) or art.newline_before(i)
        if sentence_initial or (prev is not None and prev.text in COMMAS):
            # Before the content: «X، فإن …» or «X، Y، فإن …» or «X فإن …».
            k = j
            appositive: list[Token] = []
            if k < n and tokens[k].text in COMMAS:
                k += 1
                while (
                    k < n
                    and len(appositive) < 6
                    and tokens[k].norm.isalpha()
                    and tokens[k].norm not in COMPLEMENTISERS
                ):
                    if _strip_prefix(tokens[k].norm, VERB_CUES) is not None:
                        appositive, k = [], n  # «وبحسب رويترز، فقد قال هولاند إن …»: the cue speaks
                        break
                    appositive.append(tokens[k])
                    k += 1
                if appositive and k < n and tokens[k].text in COMMAS:
                    k += 1
                elif not (k < n and tokens[k].norm in COMPLEMENTISERS):
                    appositive, k = [], j + 1
            if k + 1 < n and tokens[k].norm == "فقد" and _strip_prefix(tokens[k + 1].norm, VERB_CUES) is None:
                pass  # «وبحسب تقرير البنك، فقد ارتفع …»: the content after فقد, as after فإن
            elif not (k < n and tokens[k].norm in COMPLEMENTISERS):
                k = None
            if k is not None:
                who = appositive or speaker
                entity = self._entity(art, who, "m")
                if entity is None:
                    return i + 1
                mention = (who[0].start, who[-1].end)
                art.subject = (entity, mention, art.sentence[i])
                return self._read_content(art, k, "comp", entity, mention, tokens[i].text)
            if sentence_initial:
                bare = self._source_then_content(art, i, speaker, j)
                return bare if bare is not None else i + 1
        appositive = self._source_appositive(art, j)
        if appositive is not None:  # «…، وفقًا لمدير شرطة منطقة مكة المكرمة، اللواء عبدالعزيز الصولي،»
            speaker, j = appositive
        return self._claim_before(art, i, speaker, j)

    def _learned_from(self, art: _Article, i: int) -> int:
        """«وعلمت «المدينة» من مصادرها أن …»، «كما علمت مصادر (الرياضي) أن …»: what the paper learned
        from its sources is the sources' claim (the paper alone, «وعلمت (عكاظ) أن …», is no source)."""
        tokens = art.tokens
        n = len(tokens)
        j = i + 1
        outlet_end = _mark_closing(tokens, j) if j < n and tokens[j].text in QUOTE_CHARS | {"("} else None
        if outlet_end is not None and outlet_end + 1 < n and tokens[outlet_end + 1].norm == "من":
            j = outlet_end + 2  # «علمت "الوطن" من مصادر مطلعة أن …»
        elif outlet_end is not None:
            return i + 1
        phrase: list[Token] = []
        while j < n and len(phrase) < 8 and not art.is_sentence_end(j) and not art.newline_before(j):
            t = tokens[j]
            if t.norm in COMPLEMENTISERS or t.text in COMMAS:
                break
            if t.text in QUOTE_CHARS | {"(", ")"}:
                # «مصادر (الرياضي)»: the paper's own sources; the outlet is left out of the name
                close = _mark_closing(tokens, j)
                if close is None:
                    return i + 1
                j = close + 1
                break
            if not t.norm.isalpha():
                return i + 1
            phrase.append(t)
            j += 1
        if j < n and tokens[j].text in COMMAS:
            j += 1
        if not (
            phrase and phrase[0].norm[:4] in SOURCE_STEMS and j < n and tokens[j].norm in COMPLEMENTISERS
        ):
            return i + 1
        if self._cue_in_clause(art, j + 1):
            return i + 1  # «وعلمت مصادر (الرياضي) أن اللاعب … خلال استجوابه … أكد أن …»: the verb reports
        entity = self._entity(art, phrase, "p")
        if entity is None:
            return i + 1
        mention = (phrase[0].start, phrase[-1].end)
        return self._read_content(art, j, "comp", entity, mention, tokens[i].text)

    @staticmethod
    def _cue_in_clause(art: _Article, j: int, reach: int = 20) -> bool:
        """A report verb or participle in the next ``reach`` words of the clause from ``j`` (up to the
        next comma or the end of the sentence)."""
        tokens = art.tokens
        for k in range(j, min(len(tokens), j + reach)):
            if art.is_sentence_end(k) or tokens[k].text in COMMAS:
                return False
            if (
                _strip_prefix(tokens[k].norm, VERB_CUES) is not None
                or _participle_lemma(tokens[k].norm) is not None
            ):
                return True
        return False

    def _source_then_content(self, art: _Article, i: int, speaker: list[Token], j: int) -> int | None:
        """«وبحسب المصادر نفسها، ينتمي غالبية من أُعدموا إلى …»: a source opening its sentence, a comma,
        then the content with no فإن. Not when a report verb follows (the verb makes its own claim)."""
        tokens = art.tokens
        n = len(tokens)
        if not (
            len(speaker) <= 6  # (not «وبحسب البيان ستتوقف الأعمال العسكرية فوق المدن …،»: a clause)
            and j + 1 < n
            and tokens[j].text in COMMAS
            and tokens[j + 1].norm.isalpha()
        ):
            return None
        if self._cue_in_clause(art, j + 1):
            return None  # «وبحسب وكالة «رويترز»، كان كارتر قد قال …»: the verb reports
        if art.is_sentence_end(j + 1) or art.newline_before(j + 1):
            return None
        entity = self._entity(art, speaker, "m")
        if entity is None:
            return None
        mention = (speaker[0].start, speaker[-1].end)
        art.subject = (entity, mention, art.sentence[i])
        return self._read_content(art, j + 1, "bare", entity, mention, tokens[i].text)

    @staticmethod
    def _source_appositive(art: _Article, j: int) -> tuple[list[Token], int] | None:
        """A trailing source whose role is followed, between commas, by a title and a name: the titled
        name (and the index after it)."""
        tokens, n = art.tokens, len(art.tokens)
        if not (j + 2 < n and tokens[j].text in COMMAS and tokens[j + 1].norm in HONORIFICS):
            return None
        k = j + 2
        while k < n and k - j <= 7 and (_name_word(tokens[k].norm) or tokens[k].norm in NAME_LINKS):
            k += 1
        if k + 1 < n and k > j + 2 and _is_definite(tokens[k].norm) and tokens[k + 1].text in COMMAS:
            k += 1  # the family name: الصولي
        if k - j < 3 or not (k >= n or tokens[k].text in COMMAS or art.is_sentence_end(k)):
            return None
        return tokens[j + 1 : k], k

    def _claim_before(self, art: _Article, i: int, speaker: list[Token], j: int) -> int:
        """After the content: the clause before ``tokens[i]``, from the sentence start (or its last
        فإن), is the claim of ``speaker``; returns ``j``."""
        tokens, text = art.tokens, art.text
        prev = tokens[i - 1] if i else None
        if prev is None or i < 2:
            return i + 1
        begin = None
        if (
            i >= 4
            and tokens[i - 2].norm in JAA
            and prev.norm in THAT_REPORT
            and (tokens[i - 3].text in COMMAS or art.is_sentence_end(i - 3))
        ):
            # «… في صندوق قمامة، جاء ذلك نقلا عن صحيفة "الإمارات اليوم"»: what came before is the report
            end = tokens[i - 3].start if tokens[i - 3].text in COMMAS else tokens[i - 4].end
            k = i - 4
        elif prev.text in COMMAS:
            end, k = prev.start, i - 2
        elif prev.norm.isalnum() and _as_reported(tokens, i):
            # «…، لكنه لم يلحق بالرحلة بحسب ما أكد مدرب يونايتد»: no comma needed; the clause after
            # the last comma is the claim.
            end, k = prev.end, i - 1
            while (
                k > 0 and i - k < 40 and tokens[k - 1].text not in COMMAS and not art.is_sentence_end(k - 1)
            ):
                k -= 1
            if k > 0 and tokens[k - 1].text in COMMAS:
                begin = k
            if begin is not None:
                fa_inna = [m for m in range(begin, i) if tokens[m].norm in FA_INNA]
                if fa_inna:
                    begin = fa_inna[-1] + 1  # «…، الذي خسره النصر … فإن الشوط الأول شهد …»
        else:
            return i + 1
        while (
            begin is None
            and k >= max(0, i - MAX_CONTENT_TOKENS)
            and not art.is_sentence_end(k)
            and not art.newline_before(k + 1)
        ):
            if tokens[k].norm in FA_INNA:
                begin = k + 1
                break
            if tokens[k].norm in COMPLEMENTISERS and k and tokens[k - 1].norm in BUT:
                begin = k + 1  # «… إلا أنه «قرر الانسحاب»، حسب تغريدة كمران»
                break
            if tokens[k].norm in COMPLEMENTISERS and k and tokens[k - 1].norm in IMPERSONAL:
                k -= 2  # «ومن المقرر أن يعقد كيري …، وفق ما أعلنته الخارجية الروسية»: no cue's أن
                continue
            if tokens[k].norm == "بين" and not any(
                t.norm in COMPLEMENTISERS or t.text == ":" for t in tokens[k + 1 : k + 5]
            ):
                k -= 1  # «… بين الوزراء وكيري، وفق ما نقلته …»: the preposition, not بيّن
                continue
            if _strip_prefix(tokens[k].norm, VERB_CUES) is not None or (
                tokens[k].norm in COMPLEMENTISERS and not _obligation_before(tokens, k)
            ):
                return i + 1  # the clause is already the content of another cue
            k -= 1
        if begin is None:
            begin = k + 1
        if begin >= i - 1:
            return i + 1
        start = tokens[begin].start
        if (
            tokens[begin].norm[:1] == "و"
            and len(tokens[begin].norm) > 2
            and tokens[begin].norm not in NAME_LINKS
        ):
            start += 1
        if art.covered(start, end):
            return j
        entity = self._entity(art, speaker, "m")
        if entity is None:
            return j
        claim = self._span(
            text, start, end, entity, (speaker[0].start, speaker[-1].end), tokens[i].text, False
        )
        if claim:
            art.claims.append(claim)
            art.recent.append((entity, i))
            # «…، وفقًا لمدير الشرطة …، وقال: إن …»: the source named after the content speaks next
            art.subject = (entity, (speaker[0].start, speaker[-1].end), art.sentence[i])
        return j

    def _document(self, art: _Article, i: int) -> int:
        """جاء في + a document: «وجاء في الدعوى التي أقامها ناشطون … «…»»، «جاء في استطلاع أجراه مركز
        X أنه …». The author named after أجراه/أقامها/الصادر عن speaks; else the document itself."""
        tokens = art.tokens
        n = len(tokens)
        j = i + 2
        phrase: list[Token] = []
        while j < n and len(phrase) < 2 * MAX_SPEAKER_TOKENS:
            t = tokens[j]
            if art.is_sentence_end(j) or art.newline_before(j) or t.norm in COMPLEMENTISERS:
                break
            if t.text == ":" or (t.text in OPEN_QUOTES and self._closing(art, j) is not None):
                close = self._closing(art, j) if t.text in OPEN_QUOTES else None
                if (
                    close is not None
                    and close - j <= MAX_QUOTED_NAME_TOKENS + 1
                    and close + 1 < n
                    and not (art.is_sentence_end(close + 1) or art.newline_before(close + 1))
                ):
                    phrase.extend(tokens[j + 1 : close])  # a quoted name: مركز "بيو للابحاث"
                    j = close + 1
                    continue
                break
            if t.text in COMMAS or _strip_prefix(t.norm, VERB_CUES) is not None:
                return i + 1
            if t.norm.isalpha():
                phrase.append(t)
            j += 1
        if (
            j >= n
            or not phrase
            or not (
                tokens[j].norm in COMPLEMENTISERS or tokens[j].text == ":" or tokens[j].text in OPEN_QUOTES
            )
        ):
            return i + 1
        mode = "comp" if tokens[j].norm in COMPLEMENTISERS else "colon" if tokens[j].text == ":" else "quote"
        who = phrase
        for k, t in enumerate(phrase[:-1]):
            if t.norm in AUTHORED:
                who = phrase[k + 1 :]
                if who[0].norm == "عن" and len(who) > 1:
                    who = who[1:]
                break
        who = [t for t in who if t.norm not in SPEAKER_STOP] or who
        entity = self._entity(art, who, "m")
        if entity is None:
            return i + 1
        mention = (who[0].start, who[-1].end)
        art.subject = (entity, mention, art.sentence[i])
        return self._read_content(art, j, mode, entity, mention, tokens[i].text)

    def _quote_before(self, art: _Article, i: int, gender: str) -> int:
        """«…»، قال فلان — the quotation before the cue is the claim of the speaker after it."""
        tokens = art.tokens
        k = i - 1
        if k >= 0 and tokens[k].text in COMMAS:
            k -= 1
        if k < 0 or tokens[k].text not in CLOSE_QUOTES:
            return i + 1
        close = k
        k -= 1
        while k >= max(0, close - MAX_CONTENT_TOKENS) and not art.newline_before(k + 1):
            if tokens[k].text in OPEN_QUOTES and (tokens[k].text != tokens[close].text or k < close - 1):
                break
            k -= 1
        if k < 0 or tokens[k].text not in OPEN_QUOTES or close - k < 3:
            return i + 1
        speaker, end_of = self._speaker_phrase(art, i + 1)
        if not speaker:
            return i + 1
        if end_of < len(tokens) and not (
            art.is_sentence_end(end_of) or tokens[end_of].text in COMMAS or art.newline_before(end_of)
        ):
            return i + 1
        start, end = tokens[k + 1].start, tokens[close - 1].end
        if art.covered(start, end):
            return i + 1
        entity = self._entity(art, speaker, gender)
        if entity is None:
            return i + 1
        claim = self._span(
            art.text, start, end, entity, (speaker[0].start, speaker[-1].end), tokens[i].text, True
        )
        if claim:
            art.claims.append(claim)
            art.recent.append((entity, i))
        return end_of

    # --- speaker and content --------------------------------------------------------------------
    def _speaker_phrase(self, art: _Article, j: int, lemma: str = "") -> tuple[list[Token], int]:
        """The subject right after a cue, up to a complementiser, colon, comma, preposition …;
        returns it with the index of the token after it."""
        tokens = art.tokens
        n = len(tokens)
        speaker: list[Token] = []
        # An addressee before the subject: «أكد لـ«عكاظ» وكيل الوزارة …».
        if j + 1 < n and tokens[j].norm == "ل" and tokens[j + 1].text in OPEN_QUOTES:
            close = self._closing(art, j + 1)
            if close is not None and close - j <= MAX_QUOTED_NAME_TOKENS + 1:
                j = close + 1
        elif j + 1 < n and tokens[j].norm == "ل" and tokens[j + 1].text in QUOTE_CHARS:
            # «أكد لـ”عين اليوم” المتحدث …»: a closing mark used to open, matched by the next mark
            close = next(
                (
                    k
                    for k in range(j + 2, min(n, j + MAX_QUOTED_NAME_TOKENS + 3))
                    if tokens[k].text in QUOTE_CHARS
                ),
                None,
            )
            if close is not None:
                j = close + 1
        elif j + 1 < n and tokens[j].norm == "ل" and tokens[j + 1].text == "(":
            # «أكد لـ(عكاظ) الشيخ صالح لنجف …»: the addressee in brackets
            close = next((k for k in range(j + 2, min(n, j + 6)) if tokens[k].text == ")"), None)
            if close is not None:
                j = close + 1
        elif j < n and tokens[j].norm.startswith("لل") and "ال" + tokens[j].norm[2:] in TITLE_WORDS:
            # «كان كارتر قد قال للملك سلمان … إن …»: a titled addressee and the name after it
            j += 1
            while j < n and _name_word(tokens[j].norm) and not art.newline_before(j):
                j += 1
        elif (
            j + 2 < n
            and tokens[j].text in OPEN_QUOTES
            and tokens[j + 1].norm.startswith("لل")
            and tokens[j + 2].text in CLOSE_QUOTES
        ):
            j += 3  # «من جهته كشف «للجزيرة» رئيس بلدية عريعرة …»: the addressee inside the marks
        elif (outlet_end := _outlet_before_source(art, j)) is not None:
            j = outlet_end  # «أبلغت "الاقتصادية" مصادر في الهيئة …»: the paper told, the sources speak
        else:
            j = _addressee_before_content(art, j)
        if j + 1 < n and not speaker and tokens[j].norm == "من" and tokens[j + 1].norm in SIDE:
            j += 2  # وأوضح من جهته مساعد مدير المستشفى …
            if j < n and tokens[j].text in COMMAS:
                j += 1
        while j < n and not speaker and tokens[j].norm in MANNER:
            j += 1  # وكتب مغردا “…”
        if j + 1 < n and tokens[j].norm in TIME_OPENERS and tokens[j + 1].norm in TIME_NOUNS:
            # «وكانت الحكومة البريطانية أعلنت مطلع الأسبوع الجاري أنها …»: a time, not the subject (one
            # may follow it: «أعلنت مطلع الشهر الجاري وزارة الصحة أنها …»)
            j += 2
            while j < n and tokens[j].norm in TIME_AFTER:
                j += 1
        elif (
            j + 2 < n
            and tokens[j].norm == AMID
            and not _is_definite(tokens[j + 1].norm)
            and (tokens[j + 2].text in OPEN_QUOTES or tokens[j + 2].text == ":")
        ):
            j += 2  # «وأضافت وسط تصفيق «…»»: the circumstance, not the subject
        elif (
            j + 3 < n
            and tokens[j].norm == AMID
            and _is_definite(tokens[j + 2].norm)
            and (tokens[j + 3].text in OPEN_QUOTES or tokens[j + 3].text == ":")
        ):
            j += 3  # «وأضافت وسط هتاف الجماهير «…»»
        while j < n and len(speaker) < MAX_SPEAKER_TOKENS:
            t = tokens[j]
            if art.newline_before(j) and speaker:
                break
            if not speaker and len(t.text) > 4 and t.text.endswith("تي") and not _is_definite(t.norm):
                break  # «وأضاف سعادتي أيضاً أن أتواجد …»: "my happiness", the first person speaks
            if t.norm in NAME_PARTICLES and _name_particle(tokens, j):
                speaker.append(t)  # لويس فان غال، بان كي مون: a name particle, not فإن/بأن
                j += 1
                continue
            if (
                t.text in ALI
                and not speaker
                and j + 2 < n
                and (
                    _name_word(tokens[j + 1].norm)
                    or (  # «وقال علي الأحمدي الناطق الرسمي …»، «وأكد علي الحرقان؛ …»: a family name
                        _is_definite(tokens[j + 1].norm)
                        and tokens[j + 1].norm not in ALA_OBJECTS
                        and not _looks_like_verbal_noun(tokens[j + 1].norm[2:])
                    )
                )
                and (
                    _closes_name(tokens[j + 2])
                    or (  # «صرح علي رضا ناطقي مسؤول …»: a three-word name
                        j + 3 < n
                        and _name_word(tokens[j + 1].norm)
                        and _name_word(tokens[j + 2].norm)
                        and _closes_name(tokens[j + 3])
                    )
                )
            ):
                speaker.append(t)  # «وقال علي موسى إن …»: the name Ali, not على
                j += 1
                continue
            if (
                t.text in ALI
                and speaker
                and _ali_in_name(tokens, j, speaker[-1], role=speaker[0].norm in TITLE_WORDS)
            ):
                speaker.append(t)  # فكري علي صالح، الدكتور علي الغامدي: the name علي, not على
                j += 1
                continue
            if t.text in OPEN_QUOTES:
                # A short quoted name («المرصد السوري لحقوق الإنسان»، صحيفة «التايمز») belongs here;
                # a titled one may be longer («قائد قوة الصواريخ "اللواء الركن جارالله بن محمد العلويط"»).
                longest = MAX_QUOTED_NAME_TOKENS + (
                    3 if j + 1 < n and tokens[j + 1].norm in HONORIFICS else 0
                )
                close = next(
                    (
                        k
                        for k in range(j + 1, min(n, j + longest + 2))
                        if tokens[k].text in CLOSE_QUOTES or tokens[k].text == OPEN_QUOTES.get(t.text)
                    ),
                    None,
                )
                if close is None or close == j + 1:
                    break
                inner = tokens[j + 1 : close]
                if any(x.norm in COMPLEMENTISERS or not x.norm.isalpha() for x in inner):
                    break
                if (
                    speaker
                    and close + 2 < n
                    and tokens[close + 1].text in COMMAS
                    and tokens[close + 2].norm[:1] in {"و", "ف"}
                    and _strip_prefix(tokens[close + 2].norm, VERB_CUES) is not None
                ):
                    break  # «وقال كارتر «النفوذ الإيراني حقيقي»، وقال أيضًا»: a quotation, not a name
                if not speaker and (
                    close + 1 >= n or art.is_sentence_end(close + 1) or art.newline_before(close + 1)
                ):
                    break  # «قال "سيصل خلال اليومين المقبلين".»: the words, closing the sentence, not a name
                if not speaker and close + 1 < n and tokens[close + 1].text in {":", "،", ","}:
                    # «…»: a quotation after a bare cue, not a name.
                    pass
                speaker.extend(inner)
                j = close + 1
                continue
            if (
                t.text in CLOSE_QUOTES
                and len(speaker) >= 2
                and j + 1 < n
                and tokens[j + 1].norm.isalpha()
                and any(x.text in QUOTE_CHARS for x in tokens[j + 2 : j + 6])
            ):
                break  # «محمد لباد ”والد الطفلة“»: a closing mark used to open an apposition
            if t.text in CLOSE_QUOTES and speaker:
                j += 1
                continue
            if t.text == "(" and len(speaker) >= 2:
                break  # «محمد أبو الرحى (جد الطفلة)»: the bracket holds an apposition, not the name
            if t.text in {"(", ")"}:
                j += 1
                continue
            if TANWEEN in t.text or (speaker and t.norm in NO_CONTENT):
                break  # «واعترفت إيران رسمياً بتنفيذ …»، «كتبت … دليلاً»، «كشفت الشرطة تفاصيل»: not the subject
            if lemma in DESCRIBE and (t.norm.startswith("بال") or t.norm in {"ب", "بـ"}):
                break  # «وصفه بالجاحد»: the characterisation, not the speaker
            if t.norm in TRANSPARENT:
                if speaker:
                    break  # «أكد نتنياهو مجددا وجهة نظر اسرائيل بأن …»: after the subject, the object follows
                j += 1
                continue
            if t.norm == "في" and speaker and speaker[0].norm in ROLE_HEADS:
                ext = _role_place(art, j)
                if ext is not None:  # «مدير هيئة السياحة في محافظة ينبع سامر بن علي العنيني،»
                    speaker.extend(tokens[j:ext])
                    j = ext
                    continue
            if t.norm in LADA and speaker and speaker[0].norm in ENVOYS:
                ext = _accredited_to(tokens, j)
                if ext is not None:  # «أوضحت سفارة خادم الحرمين الشريفين لدى سلطنة عمان ملابسات …»
                    speaker.extend(tokens[j:ext])
                    j = ext
                    continue
            if (
                t.norm in LINKING
                and t.text not in ALI
                and speaker
                and speaker[0].norm in ROLE_HEADS
                and _comp_after_comma(art, j + 1)
            ):
                k = j + 1  # «المشرف العام على الفئات السنية بالمنتخبات السعودية خالد الزيد، أن …»
                while tokens[k].text not in COMMAS:
                    k += 1
                speaker.extend(tokens[j:k])
                j = k
                break
            named_end = (
                _named_after_linking(art, j + 1)
                if t.norm in LINKING and t.text not in ALI and speaker and speaker[0].norm in ROLE_HEADS
                else None
            )
            if named_end is not None:
                # «أوضح المشرف على "سفاري" الأحساء جعفر السلطان لـ"الوطن" أن …»: the role goes on to the name
                speaker.extend(x for x in tokens[j:named_end] if x.norm.isalpha())
                j = named_end
                break
            if t.norm == "من" and len(speaker) == 1 and speaker[0].norm in QUANTIFIERS | {"كل"}:
                speaker.append(t)  # «قال عدد من كبار أعضاء مجلس الشيوخ إن …»، «اعترف كل من الزوج والسائق بـ…»
                j += 1
                continue
            if not speaker and (t.norm in FIRST_PERSON or _first_person_plural(t.norm)):
                break  # «ويقول لقد اتيت …»، «وقال هدفنا هو …»: the words, not the subject
            if (speaker and t.norm in DEMONSTRATIVES) or t.text == "ألا":
                break  # «نفى السفير قطان هذه المزاعم»: the object; «وأضاف ألا دليل …»: the content
            if (
                t.norm in TIME_NAMES
                and speaker
                and _name_word(speaker[-1].norm)
                and j + 1 < n
                and _name_word(tokens[j + 1].norm)
                and tokens[j + 1].norm not in DAY_WORDS
            ):
                speaker.append(t)  # «عبدالرحمن صباح عيدان»: the name Sabah, not "morning"
                j += 1
                continue
            if speaker and t.norm in ANONYMITY and j + 1 < n and tokens[j + 1].norm in ANONYMITY_NEXT:
                break  # «وقال مسؤول في بورصة مصر طلب عدم ذكر اسمه "…"»: the speaker asked not to be named
            if t.norm in EULOGY and speaker:
                break  # «فقال النبي محمد صلى الله عليه وسلم: …»
            if t.norm in SOURCE_LINKS and speaker and speaker[0].norm in UNNAMED_SOURCES:
                ext = _source_qualifier(art, j)
                if ext is not None:  # «مصادر في الهيئة الملكية للجبيل وينبع، أن …»: where the sources are
                    speaker.extend(tokens[j:ext])
                    j = ext
                    break
            if (
                t.norm in MEDIA_ADDRESSEES
                and speaker
                and speaker[0].norm in ROLE_HEADS
                and not any(_name_word(x.norm) for x in speaker)
            ):
                ext = _media_genitive(art, j)
                if ext is not None:  # «المدير العام لقناة «الإخبارية» جاسر الجاسر، …»: his channel
                    speaker.extend(x for x in tokens[j:ext] if x.norm.isalpha())
                    j = ext
                    break
            if speaker and t.norm in MEDIA_WITH_PREPOSITION:
                break  # «وقال قرقاش بحسابه على موقع تويتر …»: where he wrote, not his name
            if _day_as_family_name(tokens, j, speaker):
                speaker.append(t)  # «رئيس اللجنة … بحي الروضة محمد الخميس أن …»: the family name
                j += 1
                continue
            if (
                t.norm in COMPLEMENTISERS
                or (t.norm in SPEAKER_STOP and t.text not in IMAM)
                or t.norm in LINKING
                or t.norm in SOURCE_WORDS
            ):
                break
            if speaker and lemma == QAL and t.norm in FIRST_PERSON:
                break  # وقال فهد المرواني نطالب …: direct speech with no colon
            if _is_addressee(t.norm, t.text):
                break  # وصرح وانغ للصحافيين …، أكد وانغ يي لنظيره …
            if _addressee_after_name(speaker, t):
                break  # «قال … جون كيري للكونجرس …»
            if t.norm in MANNER:
                break  # وقال الحمود مغردا …
            if t.norm in ADVERBIAL_BI:
                break  # «وتوصلت بنسبة كبيرة إلى أن …»: how, not who
            if speaker and (
                t.norm in SOME or (len(t.norm) > 4 and t.norm.endswith("هن") and not _is_definite(t.norm))
            ):
                break  # «استعرض الدكتور اللويم بعض احصائيات …»، «دعت الوزارة المعلنة أسماؤهن»: the object
            if (
                speaker
                and lemma in BI_CUES
                and t.norm.startswith("ب")
                and len(t.norm) > 3
                and t.norm not in NAME_LINKS
                and not t.norm.startswith("بني")
                and not any(x.norm in HONORIFICS for x in tokens[j + 1 : j + 4])
            ):
                break  # أفادت صحيفة «التايمز» البريطانية بفرار … (not «… وتطوير بيئة العمل الدكتور …»)
            if not t.norm.isalpha() and not (t.text == "." and speaker and len(speaker[-1].norm) == 1):
                break
            if (
                _strip_prefix(t.norm, VERB_CUES)
                or _strip_prefix(t.norm, PARTICIPLE_CUES)
                or t.norm in DIRECTIVE_PARTICIPLES
                or (speaker and t.norm in SPEECH_ACT_FORMS)  # «وبهذه المناسبة أعرب X …»
            ):
                break
            speaker.append(t)
            j += 1
        return [t for t in speaker if t.text != "."], j

    def _read_attribution(
        self, art: _Article, cue_at: int, lemma: str
    ) -> tuple[list[Token], int, str] | None:
        """Return (speaker tokens, index where the content starts, mode) or None."""
        tokens = art.tokens
        n = len(tokens)
        speaker, j = self._speaker_phrase(art, cue_at + 1, lemma)
        # A relayed report: نقلت الصحيفة عن مواقع سورية، أن … → the innermost source speaks.
        if lemma in RELAYING_LEMMAS and j < n and tokens[j].norm == "عن":
            inner, after = self._speaker_phrase(art, j + 1)
            if inner:
                speaker, j = inner, after
        elif lemma == NAQALA:
            # «ونقلت صحيفة “نيويورك تايمز البريطانية عن السرحان قوله: …»: عن after a name the
            # phrase could not read (a stray quote mark)
            k = next(
                (k for k in range(j, min(n - 1, j + 6)) if self._gap_end(art, k) or tokens[k].norm == "عن"),
                None,
            )
            if k is None or tokens[k].norm != "عن":
                return None
            inner, after = self._speaker_phrase(art, k + 1)
            if not inner:
                return None
            speaker, j = inner, after
        else:
            # «وقال بيان للديوان الملكي نقلا عن المحكمة العليا إن …»: the innermost source speaks
            k = next(
                (k for k in range(j, min(n - 1, j + 6)) if self._gap_end(art, k) or tokens[k].norm == "نقلا"),
                None,
            )
            if k is not None and tokens[k].norm == "نقلا" and tokens[k + 1].norm == "عن":
                inner, after = self._speaker_phrase(art, k + 2)
                if inner:
                    speaker, j = inner, after
        if (
            speaker
            and speaker[0].norm in ROLE_HEADS
            and j + 3 < n
            and tokens[j].norm == "في"
            and tokens[j + 1].norm.isalpha()
            and tokens[j + 2].text in COMMAS
        ):
            place_end = j + 2  # «مدير معهد العلاقات الدولية في باريس، باسكال بونيفاس، أن …»
        else:
            place_end = None
        # Appositive name after a role: «وزير الخارجية الأميركي، جون كيري، أنه»، «تقول والدته، جاسمين ديفي، إن».
        if place_end is not None or (
            speaker
            and j + 2 < n
            and tokens[j].text in COMMAS
            and (speaker[0].norm in ROLE_OR_ORG_HEADS or (len(speaker) == 1 and speaker[0].norm in KIN))
        ):
            before_place = speaker, j
            if place_end is not None:
                speaker, j = speaker + tokens[j:place_end], place_end
            k = j + 1
            appositive = []
            while (
                k < n
                and len(appositive) < 7
                and tokens[k].norm.isalpha()
                and tokens[k].norm not in COMPLEMENTISERS
            ):
                if (
                    tokens[k].norm in SPEAKER_STOP
                    or _participle_lemma(tokens[k].norm) is not None
                    or _strip_prefix(tokens[k].norm, VERB_CUES) is not None
                ):
                    appositive = []  # «نفى السفير قطان هذه المزاعم، مؤكدا أن …»: a participle, no name
                    break
                appositive.append(tokens[k])
                k += 1
            while k < n and tokens[k].text in {'"', "«", "»", "“", "”"}:
                k += 1
            if (
                appositive
                and k < n
                and (
                    tokens[k].text in COMMAS
                    or tokens[k].norm in COMPLEMENTISERS
                    or (  # «وقالت رئيسة الكتلة البرلمانية …، زارا فاجنكنشت: «…»» (not «…، للصحافيين:»)
                        tokens[k].text == ":"
                        and len(appositive) >= 2
                        and all(_name_word(x.norm) or x is appositive[-1] for x in appositive)
                        and not _is_addressee(appositive[-1].norm, appositive[-1].text)
                    )
                )
            ):
                after = k + 1 if tokens[k].text in COMMAS else k
                if after + 2 < n and tokens[after].norm in DAY_WORDS and tokens[after + 1].text in COMMAS:
                    after += 2  # «أفاد وزير الخارجية السعودي، عادل الجبير، أمس، بأن …»
                if after < n and (
                    tokens[after].norm in COMPLEMENTISERS
                    or tokens[after].text in {":"} | set(OPEN_QUOTES)
                    # «أكد نائب مدير عام مطار عدن الدولي، عبد الرقيب العمري، وصول قوات …»
                    or (_strict_verbal_noun(tokens[after].norm) and len(appositive) >= 2)
                    or (  # «قال المتحدث باسم البيت الأبيض، جوش إرنست، في مقابلة خاصة مع “…”، إن …»
                        tokens[k].text in COMMAS
                        and len(appositive) >= 2
                        and all(_name_word(x.norm) or x is appositive[-1] for x in appositive)
                        and (self._find_content(art, after, lemma, max_gap=12) or (0, ""))[1] == "comp"
                    )
                ):
                    speaker, j = self._role_and_name(art, speaker, appositive), after
            if place_end is not None and j == place_end:
                speaker, j = before_place  # no name after the place: the role phrase as it was
        if (
            speaker
            and speaker[0].norm not in ROLE_ORG_OR_SOURCE_HEADS
            and j + 2 < n
            and tokens[j].text in COMMAS
            and tokens[j + 1].norm in ROLE_HEADS
        ):
            speaker, j = self._name_then_role(art, speaker, j)
        if speaker and any(t.norm in ROLE_HEADS for t in speaker[:3]):
            named = self._named_after_roles(art, j)
            if named is not None:
                speaker, j = named
        if len(speaker) == 1 and speaker[0].norm in HONORIFICS and j < n and tokens[j].norm == "في":
            named = self._named_after_unit(art, j)
            if named is not None:
                speaker, j = named
        if speaker and lemma == QAL and j < n and tokens[j].norm in FIRST_PERSON:
            return speaker, j, "first"
        opener = next((m for m, t in enumerate(speaker) if m and t.norm in BARE_OPENERS), None)
        if opener is not None and lemma in COMMA_AS_COLON:
            # «وأضاف بالخير بالنسبة لمن يشكك في …»: a speaker met before, then his words with no
            # complementiser
            parsed = parse_mention(speaker[:opener], art.text)
            if parsed is not None and art.speakers.resolve(parsed, create=False) is not None:
                return speaker[:opener], tokens.index(speaker[opener], cue_at), "first"
        if (
            not speaker
            and lemma == QAL
            and j == cue_at + 1
            and j < n
            and (tokens[j].norm in FIRST_PERSON or _first_person_plural(tokens[j].norm))
        ):
            # «وقال هدفنا هو تنفيذ الاتفاقية …»، «وقال لقد ناقشنا …»: the speaker goes on
            return [], j, "first"
        if (
            speaker
            and lemma == BARRARA
            and (_strict_verbal_noun(speaker[0].norm) or _mufaala(speaker[0].norm))
        ):
            speaker = []  # «فقد برر محاسبة الخليل بأنه …»: the object; the subject stands before the verb
        if speaker and lemma in ASCRIBE and speaker[0].norm in REASONS:
            speaker, j = [], cue_at + 1  # «وعزا أسباب انخفاض العرض إلى …»: the object; the speaker goes on
        quoted_name = bool(speaker) and art.text[speaker[0].start - 1 : speaker[0].start] in QUOTE_CHARS
        if speaker and lemma in OBJECT_CUES and _strict_verbal_noun(speaker[0].norm) and not quoted_name:
            # The subject stands before the verb (الهولندي لويس فان غال يؤكد اهتمامه بضم …); not a
            # quoted name («كشفت "صحة جازان" … أنه …»).
            k = tokens.index(speaker[0], cue_at)
            return [], k, "bare"
        if (
            speaker
            and lemma in BI_CUES_NOT_AFADA  # (not «وكانت الحصيلة الأولى تفيد بسقوط …»: data)
            and speaker[0].norm[:1] == "ب"
            and speaker[0].norm not in NAME_LINKS
            and _strict_verbal_noun(speaker[0].norm[1:])
        ):
            # «إلا أن الاتحاد تحجج بعدم جاهزية الملاعب»: the content, the subject before the verb
            return [], tokens.index(speaker[0], cue_at), "bi"
        # The content: complementiser, colon, quote … after an adverbial gap.
        if speaker and lemma in BI_CUES and speaker[-1].norm.startswith("ب") and len(speaker) > 1:
            last = speaker[-1]
            if last.norm not in NAME_LINKS and last.norm[:3] != "بني" and len(last.norm) > 3:
                j = tokens.index(last, max(0, j - 3))
                return speaker[:-1], j, "bi"
        comp_follows = j < n and (
            tokens[j].norm in COMPLEMENTISERS
            or (j + 1 < n and tokens[j].text in COMMAS and tokens[j + 1].norm in COMPLEMENTISERS)
        )  # «أوضح أحمد عمر مسؤول في شركة تأجير السيارات، أن …»: the whole phrase is the subject
        if speaker and lemma in OBJECT_CUES and not comp_follows:
            split = self._split_object(speaker, art.text)
            if split is not None:
                k = tokens.index(speaker[split], max(0, j - MAX_SPEAKER_TOKENS - 4))
                found = self._find_content(art, k, lemma, max_gap=0)
                if found is not None:
                    return speaker[:split], found[0], found[1]
        found = self._find_content(art, j, lemma, max_gap=MAX_GAP_TOKENS)
        if found is None:
            far = self._far_quote(art, j) if speaker and lemma in FAR_QUOTE_CUES else None
            if far is not None:
                return speaker, far, "quote"
            far = self._far_complementiser(art, j) if speaker and lemma == QAL else None
            return (speaker, far, "comp") if far is not None else None
        return speaker, found[0], found[1]

    @staticmethod
    def _name_then_role(art: _Article, name: list[Token], comma: int) -> tuple[list[Token], int]:
        """«أعلن الدكتور محمد مختار جمعة، وزير الأوقاف المصري إن …»: a name, then its role set off by a
        comma right before the complementiser; the role is his (a later «الوزير المصري» finds him).
        Returns the speaker phrase and where the content search goes on (unchanged when it is not that)."""
        tokens = art.tokens
        if art.newline_before(comma + 1):
            return name, comma  # the next paragraph's first words are not his role
        k = comma + 1
        while (
            k < len(tokens)
            and k - comma <= 6
            and len(name) + k - comma <= MAX_SPEAKER_TOKENS
            and not art.newline_before(k)
            and tokens[k].norm.isalpha()
            and tokens[k].norm not in COMPLEMENTISERS
            and tokens[k].norm not in SPEAKER_STOP
        ):
            k += 1
        if k >= len(tokens) or tokens[k].norm not in COMPLEMENTISERS or k - comma < 2:
            return name, comma
        alone = parse_mention(name, art.text)
        both = parse_mention(name + tokens[comma + 1 : k], art.text)
        if alone is None or both is None or not both.role or both.role == alone.role:
            return name, comma
        if normalize_ar(both.name) != normalize_ar(alone.name):
            return name, comma
        return name + tokens[comma + 1 : k], k

    @staticmethod
    def _role_and_name(art: _Article, role: list[Token], name: list[Token]) -> list[Token]:
        """«قال وزير الخارجية الأميركي، جون كيري، إن …»: the role and the name set off by commas make one
        speaker phrase when they parse as a role and that name, so a later «الوزير الأميركي» finds him;
        else the name alone."""
        if (
            role[0].norm in ROLE_HEADS
            and len(role) + len(name) <= MAX_SPEAKER_TOKENS
            and len(name) <= 4
            and all(_name_word(t.norm) or t is name[-1] for t in name)
        ):
            parsed = parse_mention(role + name, art.text)
            surface = art.text[name[0].start : name[-1].end]
            if parsed is not None and parsed.role and normalize_ar(parsed.name) == normalize_ar(surface):
                return role + name
        return name

    @staticmethod
    def _named_after_unit(art: _Article, j: int) -> tuple[list[Token], int] | None:
        """«عن الفريق في الشرطة الاتحادية رائد شوكت جودت قوله: …»: a rank, the force it serves in
        (في + definite words), then the name, which ends right before the content or قوله."""
        tokens = art.tokens
        n = len(tokens)
        k = j + 1
        while k < n and k - j <= 4 and _is_definite(tokens[k].norm) and not art.newline_before(k):
            k += 1
        if k == j + 1:
            return None
        name_start = k
        while (
            k < n
            and k - name_start < 4
            and tokens[k].norm.isalpha()
            and _name_word(tokens[k].norm)
            and tokens[k].norm not in SPEAKER_STOP
            and not art.newline_before(k)
        ):
            k += 1
        if k - name_start < 2 or k >= n:
            return None
        after = tokens[k]
        if not (
            after.norm in OWN_WORDS
            or after.norm in COMPLEMENTISERS
            or after.text == ":"
            or after.text in COMMAS
        ):
            return None
        return tokens[name_start:k], k

    @staticmethod
    def _named_after_roles(art: _Article, j: int) -> tuple[list[Token], int] | None:
        """«قال سفير المملكة ومندوبها الدائم لدى الجامعة العربية، عميد الدبلوماسيين العرب بالقاهرة،
        السفير أحمد بن عبدالعزيز قطان: إن …»، «وقال المسؤول الكبير في مجال الدفاع …، الجنرال تشارلز
        هوبر، أن …»: roles set off by commas, then a titled name right before the content; the name
        is the subject."""
        tokens = art.tokens
        n = len(tokens)
        segment: list[Token] = []
        commas = 0
        for k in range(j, min(n, j + 3 * MAX_GAP_TOKENS)):
            t = tokens[k]
            if art.is_sentence_end(k) or art.newline_before(k):
                return None
            if t.norm in COMPLEMENTISERS or t.text == ":" or t.text in OPEN_QUOTES:
                break
            if t.norm in LINKING and k + 1 < n and tokens[k + 1].norm in COMPLEMENTISERS:
                break  # «أشار رئيس قسم الأرصاد، ومدير مركز …، الدكتور منصور المزروعي، إلى أن …»
            if (
                _strip_prefix(t.norm, VERB_CUES) is not None
                or _participle_lemma(t.norm) is not None
                or t.norm in SUBORDINATORS
            ):
                return None
            if t.text in COMMAS:
                commas += 1
                if segment:
                    last = segment
                segment = []
                continue
            segment.append(t)
        else:
            return None
        if segment:
            last = segment
        elif commas < 2:
            return None
        if last:  # «… المهندس جديع القحطاني في تصريح إلى "الوطن" أن»: the adverbial is no part of it
            cut = next((m for m, t in enumerate(last) if m and t.norm in SPEAKER_STOP), len(last))
            last = last[:cut]
        if not commas or not last or len(last) > 8 or not all(t.norm.isalpha() for t in last):
            return None
        head = last[0].norm
        if not (
            (head in HONORIFICS and len(last) >= 2 and _name_word(last[1].norm))
            or (
                head in ROLE_HEADS
                and len(last) >= 2
                and _name_word(last[1].norm)
                and _name_word(last[-1].norm)
            )
            or (  # «رئيس اللجنة التنفيذية للانتخابات المهندس جديع القحطاني»
                head in ROLE_HEADS
                and any(
                    t.norm in HONORIFICS and m + 1 < len(last) and _name_word(last[m + 1].norm)
                    for m, t in enumerate(last[1:], start=1)
                )
            )
        ):
            return None
        return last, k

    @staticmethod
    def _gap_end(art: _Article, k: int) -> bool:
        """Where the gap between a cue's subject and its content ends at the latest."""
        t = art.tokens[k]
        return (
            art.is_sentence_end(k)
            or art.newline_before(k)
            or t.text in COMMAS
            or t.text == ":"
            or t.norm in COMPLEMENTISERS
        )

    def _far_quote(self, art: _Article, j: int) -> int | None:
        """«وقالت إيمان حموري مديرة المهرجان في حفل الافتتاح الذي أقيم في ساحة … «بعد غياب …»»: a long
        quotation after a long adverbial (more than MAX_GAP_TOKENS words) in the same sentence."""
        tokens = art.tokens
        for k in range(j, min(len(tokens), j + 3 * MAX_GAP_TOKENS)):
            t = tokens[k]
            if art.is_sentence_end(k) or art.newline_before(k) or t.text in COMMAS or t.text == ":":
                return None
            if t.norm in COMPLEMENTISERS or _strip_prefix(t.norm, VERB_CUES) is not None:
                return None
            if t.text in OPEN_QUOTES:
                close = self._closing(art, k)
                return k if close is not None and close - k > 8 else None
        return None

    @staticmethod
    def _far_complementiser(art: _Article, j: int) -> int | None:
        """«وقال العلماء في دراسات نشرت نتائجها في دورية "لانسيت" … على هيروشيما وناجازاكي، إن …»: after
        قال, a comma and إن/أن closing an adverbial longer than MAX_GAP_TOKENS words, in the same
        sentence, with no other cue, complementiser or participle before them."""
        tokens = art.tokens
        for k in range(j, min(len(tokens) - 1, j + 3 * MAX_GAP_TOKENS)):
            t = tokens[k]
            if art.is_sentence_end(k) or art.newline_before(k) or t.text == ":":
                return None
            if t.text in COMMAS and tokens[k + 1].norm in COMPLEMENTISERS:
                return k + 1
            if (
                t.norm in COMPLEMENTISERS
                or _strip_prefix(t.norm, VERB_CUES) is not None
                or _participle_lemma(t.norm) is not None
            ):
                return None
        return None

    @staticmethod
    def _split_object(speaker: list[Token], text: str) -> int | None:
        """Where a verbal-noun object begins inside a greedy speaker phrase (أكد القرني حرص …); never
        inside a quoted name («مدير إدارة الطوارئ بـ"صحة جازان" عبدالرحمن …»), which ``text`` shows."""
        quoted = False
        for k in range(1, len(speaker)):
            t = speaker[k]
            before = text[speaker[k - 1].end : t.start]
            quoted = quoted != (sum(before.count(q) for q in QUOTE_CHARS) % 2 == 1)
            if quoted:
                continue
            if _looks_like_verbal_noun(t.norm) or t.norm in DIRECTIVE_NOUNS:
                if speaker[k - 1].norm in NAME_LINKS:
                    continue
                if k == 1 and speaker[0].norm in ORG_HEADS and not _is_definite(speaker[0].norm):
                    continue  # «أعلنت لجنة التحقيق في سقوط الموصل …»: a body's name, in construct
                return k
        return None

    def _find_content(self, art: _Article, j: int, lemma: str, *, max_gap: int) -> tuple[int, str] | None:
        """Scan an adverbial gap for where the content starts: (token index, mode)."""
        tokens = art.tokens
        n = len(tokens)
        gap = words = 0
        while j < n and gap <= max_gap:
            t = tokens[j]
            if art.is_sentence_end(j) or (gap and art.newline_before(j)):
                return None
            if t.text == "ألا" and j and tokens[j - 1].norm.isalpha():
                return j, "bare"  # «وأضاف ألا دليل …» (أن + لا): the negation is part of the content
            if (
                gap == 0
                and t.text in COMMAS
                and lemma in COMMA_AS_COLON
                and j + 1 < n
                and tokens[j + 1].norm.isalpha()
                and _strip_prefix(tokens[j - 1].norm, VERB_CUES) is not None
                and art.newline_before(j - 1)
            ):
                return j, "colon"  # «⏎وقال، ما يتردد حول … غير صحيح»: a comma written for the colon
            if t.norm in COMPLEMENTISERS and not (t.norm == FAN and _name_particle(tokens, j)):
                if j and tokens[j - 1].norm in AFTER_AN and len(t.norm) == 2:
                    return None  # «أعلن مجلس الوزراء … عطلة رسمية بعد أن وصلت …»: a time clause
                return j, "comp"  # (not فان in «منذ وصول فان غال»: a name particle)
            if t.norm == "في" and j + 2 < n and tokens[j + 1].norm == "الوقت":
                j += 3  # في الوقت ذاته/نفسه
                continue
            if t.norm == "ل" and j + 1 < n and tokens[j + 1].text in QUOTE_CHARS | {"("}:
                # An addressee: لـ«المدينة»، لـ»المدينة» (reversed marks are common)، لـ(عكاظ).
                marks = {")"} if tokens[j + 1].text == "(" else QUOTE_CHARS
                k = next((k for k in range(j + 2, min(n, j + 8)) if tokens[k].text in marks), None)
                if k is not None:
                    gap += k - j + 1
                    j = k + 1
                    continue
            if t.text == ":" and not (
                j + 1 < n and j and tokens[j - 1].text.isdigit() and tokens[j + 1].text.isdigit()
            ):
                return j, "colon"  # (not «الساعة 59: 11», a time)
            if t.text in OPEN_QUOTES:
                close = self._closing(art, j)
                if (
                    close is not None
                    and close - j <= 4
                    and close + 1 < n
                    and not art.is_sentence_end(close + 1)
                ):
                    # A quoted name in the gap (لـ«الشرق الأوسط»، مع «العربية»): skip it.
                    gap += close - j + 1
                    j = close + 1
                    continue
                if close is not None and close + 1 < n and tokens[close + 1].norm in COMPLEMENTISERS:
                    return close + 1, "comp"  # a quoted title before the content («أدلة على …» إنها …)
                return j, "quote"
            if t.norm in LINKING and j + 1 < n and not (j and tokens[j - 1].norm in MEDIA):
                nxt = tokens[j + 1]
                if nxt.norm in COMPLEMENTISERS:
                    return j + 1, "comp"
                quoted_next = tokens[j + 2] if nxt.text in QUOTE_CHARS and j + 2 < n else nxt
                if quoted_next.norm in DIRECTIVE_NOUNS or (
                    lemma in INSIST_OR_ASSERT and quoted_next.norm in IMPORTANCE
                ):
                    return None  # شدد على «ضرورة …»، مشددا على أهمية …: a directive
                # (a short quoted name may stand between: «في رد على استفسار "سبق" أنه …»)
                reach = j + (6 if j + 2 < n and tokens[j + 2].text in QUOTE_CHARS else 4)
                if any(x.norm in COMPLEMENTISERS for x in tokens[j + 2 : reach]) or _comp_after_comma(
                    art, j + 1
                ):
                    pass  # على مدونته أن …، على الفئات السنية … خالد الزيد، أن …: the subject before the complementiser
                elif (
                    lemma in OBJECT_CUES
                    and gap <= 2
                    and nxt.norm not in DIRECTIVE_NOUNS
                    and nxt.norm.isalpha()
                ) and (
                    _looks_like_verbal_noun(nxt.norm)
                    or _is_definite(nxt.norm)
                    or nxt.norm.endswith(("ها", "ه"))
                ):
                    return j + 1, "bare"
            if t.norm == "عن" and lemma in AN_CUES and j + 1 < n and tokens[j + 1].norm in COMPLEMENTISERS:
                return j + 1, "comp"  # أعلن عن أن …
            if t.norm == "عن" and lemma in AN_CUES and j + 1 < n and tokens[j + 1].norm.isalpha():
                return j + 1, "bare"
            if t.norm == "عن" and lemma in AN_CUES and j + 2 < n and tokens[j + 1].text in OPEN_QUOTES:
                return j + 1, "bare"  # «كشفت مصادر … عن «تمرد» داخل قيادات …»
            if (
                words
                and lemma in OBJECT_CUES
                and _strict_verbal_noun(t.norm)
                and tokens[j - 1].norm not in PREPOSITIONS
                and not _comp_after_comma(art, j)  # «… مسؤول في أحد مكاتب تأجير السيارات، أن …»
            ):
                if lemma in INSIST_OR_ASSERT and t.norm in IMPORTANCE:
                    return None  # «مؤكدًا في السياق ذاته، أهمية دور الرقابة …»: a directive
                return j, "bare"
            if (
                words
                and lemma in BI_CUES
                and t.norm[:1] == "ب"
                and len(t.norm) > 4
                and (
                    _strict_verbal_noun(_digits_off(t.norm[1:]))
                    or (t.norm.startswith("بال") and _strict_verbal_noun(t.norm[3:]))  # «… أمس بالتنسيق مع …»
                )
                and tokens[j - 1].norm not in PREPOSITIONS
            ):
                return j, "bi"  # «أفاد مصدر في قوات البيشمركة الكردية بمقتل 18 …»، «… امس الإثنين بمقتل18»
            if (
                lemma in BI_CUES
                and lemma not in OBJECT_CUES
                and t.norm.startswith("ب")
                and len(t.norm) > 3
                and t.norm not in NAME_LINKS
                and (words == 0 or (words == 1 and TANWEEN in tokens[j - 1].text))
                and (
                    _looks_like_verbal_noun(t.norm[1:])
                    or (t.norm.startswith("بال") and _strict_verbal_noun(t.norm[3:]))  # «… بالتنسيق مع»
                )
            ):
                return j, "bi"  # «واعترفت إيران رسمياً بتنفيذ …»
            if (
                words == 0
                and lemma in ASCRIBE
                and t.norm.isalpha()
                and t.norm not in LINKING
                and any(x.norm in LINKING for x in tokens[j + 1 : j + 10])
            ):
                return j, "bare"  # «مرجعين ذلك إلى عدة أسباب»، «عزا الهبوط … إلى كثرة المعروض»
            if words == 0 and lemma in JUSTIFY and t.norm.isalpha():
                if t.norm in DEMONSTRATIVES or t.norm == DHALIKA:
                    return j, "bare"
                if t.norm[:1] == "ب" and len(t.norm) > 2:
                    return j, "bi"
                return None
            if words == 0 and lemma in LI_CUES and t.norm[:1] == "ل" and len(t.norm) > 3:
                if t.norm == LI_ANNA and j + 1 < n and tokens[j + 1].norm.isalpha():
                    return j, "comp"  # «مشيرا لأن …» = إلى أن
                if _looks_like_verbal_noun(t.norm[1:]) and t.norm[1:] not in DIRECTIVE_NOUNS:
                    return j, "bi"  # «مشيرة لوجود سيدات …»: the ل is left out like ب
            if words == 0 and lemma in OBJECT_CUES and t.norm.isalpha():
                if t.norm in DIRECTIVE_NOUNS or t.norm in NO_CONTENT:
                    return None
                if lemma in ASSERT and t.norm in IMPORTANCE:
                    return None  # «وأكد معالي الأمين العام أهمية …»: a directive
                if _looks_like_verbal_noun(t.norm) or _mufaala(t.norm):  # (مؤكداً متابعة …)
                    return j, "bare"
                if (
                    lemma in BI_CUES
                    and t.norm.startswith("ب")
                    and len(t.norm) > 3
                    and t.norm not in NAME_LINKS
                ):
                    return j, "bi"
            verb = _strip_prefix(t.norm, VERB_CUES)
            if (
                (
                    verb is not None
                    and not (verb in HOMOGRAPHS and tokens[j - 1].norm in PREPOSITIONS)
                    and tokens[j - 1].norm != "عدم"  # «طلب عدم ذكر اسمه»: a verbal noun
                )
                or _strip_prefix(t.norm, PARTICIPLE_CUES) is not None
                or t.norm in DIRECTIVE_PARTICIPLES
            ):
                return None  # (but «في رد على استفسار …»: a noun after a preposition)
            gap += t.text not in COMMAS  # commas setting off an adverbial are free
            words += t.norm.isalpha()
            j += 1
        return None

    def _closing(self, art: _Article, j: int) -> int | None:
        """Index of the mark closing the quote opened at ``j`` (same paragraph), else None."""
        tokens = art.tokens
        opener = tokens[j].text
        closer = OPEN_QUOTES.get(opener, opener)
        para = art.paragraph[j]
        k = j + 1
        limit = min(len(tokens), j + MAX_CONTENT_TOKENS)
        # «إن "الخروج من هذه المرحلة … لنا ولأبنائنا». مبينًا …»: a quotation opened with " and closed
        # with », kept in case no " closes it in the paragraph
        guillemet: int | None = None
        inner_guillemets = False  # a guillemet quotation opened inside: a » closes that one
        while k < limit and art.paragraph[k] == para:
            t = tokens[k].text
            if opener == '"' and t == "«":
                inner_guillemets = True
            elif opener == '"' and t == "»" and guillemet is None:
                guillemet = k
            if opener == '"' and t == '"' and _opening_mark(tokens, k):
                return None  # «"اتضح … جنائية.   وأضاف: "باشرت»: a new quotation opens; this one never closed
            if t == opener and opener in {"“", "„"}:
                inner = self._nested_quote(art, k, closer)
                if inner is None:
                    return None  # «لأن “المشاركين … الأعضاء. … وأن هذا “أول اتفاق …”»: the same, with “ ”
                k = inner + 1  # «“اسمي سيمون أودو، واسمي المستعار “ملك الشياطين”، وأعيش …”»: nested
                continue
            if t == closer or (t in CLOSE_QUOTES and opener in {"«", "»"} and t in {"»", "«"}):
                return k
            if t in CLOSE_QUOTES and closer not in {'"'} and t != '"':
                return k
            k += 1
        paragraph_ended = k >= len(tokens) or art.paragraph[k] != para
        return guillemet if paragraph_ended and not inner_guillemets else None

    @staticmethod
    def _nested_quote(art: _Article, k: int, closer: str) -> int | None:
        """The mark closing a short quotation opened at ``k`` inside another one, when a second
        closing mark follows it in the paragraph before any new opening: else None."""
        tokens, para = art.tokens, art.paragraph[k]
        inner = next(
            (m for m in range(k + 1, min(len(tokens), k + 8)) if tokens[m].text == closer),
            None,
        )
        if inner is None or any(tokens[m].text == tokens[k].text for m in range(k + 1, inner)):
            return None
        for m in range(inner + 1, min(len(tokens), inner + MAX_CONTENT_TOKENS)):
            if art.paragraph[m] != para or tokens[m].text == tokens[k].text:
                return None
            if tokens[m].text == closer:
                return inner if _closing_mark(tokens, m) else None
        return None

    @staticmethod
    def _closing_next_paragraph(art: _Article, j: int) -> int | None:
        """«الرياح الشمسية كانت … عام.⏎ ربما كانت … الارض»: a guillemet quotation closed in the next
        paragraph, with no other guillemet between; else None."""
        tokens = art.tokens
        para = art.paragraph[j]
        for k in range(j + 1, min(len(tokens), j + MAX_CONTENT_TOKENS)):
            if art.paragraph[k] > para + 1 or tokens[k].text == "«":
                return None
            if tokens[k].text == "»":
                return k if art.paragraph[k] == para + 1 else None
        return None

    @staticmethod
    def _names(art: _Article, token: Token, entity) -> bool:
        """Whether ``token`` alone is a mention of ``entity`` (its family name, «محلب»)."""
        if entity is None or not _name_word(token.norm):
            return False
        parsed = parse_mention([token], art.text)
        return parsed is not None and art.speakers.resolve(parsed, create=False) is entity

    def _read_content(self, art: _Article, at: int, mode: str, entity, mention, cue) -> int:
        """Read the content starting at ``tokens[at]``; record the claim; return the next index."""
        tokens = art.tokens
        n = len(tokens)
        begin = at + 1 if mode in {"comp", "colon"} else at
        if mode == "comp" and begin + 1 < n and tokens[begin].text == ":":
            begin += 1  # «في بيان إن: "…"»
        elif mode == "colon" and begin + 1 < n and tokens[begin].norm in COMPLEMENTISERS:
            begin += 1  # «وقال مسؤولون في المهرجان : إن الدورة …»
        if begin >= n:
            return at + 1
        start_char = tokens[begin].start
        if mode == "bi":
            start_char += 1
        if mode == "comp":
            inner = self._embedded(art, begin)
            if inner is not None:
                if entity is not None and art.claims and art.recent and art.recent[-1][0] is not entity:
                    # «وأضاف يوسف أن السيسي أكد لضيفه أن …. ومضى بالقول إنه …»: a continuation in a
                    # later sentence goes back to the outer speaker (a participle in the same sentence
                    # keeps the inner one through art.subject)
                    art.recent.append((entity, inner - 1))
                return inner
        # A quotation wrapping the content: to its closing mark (or the end of the paragraph); the
        # reversed «»…«» of this corpus opens with » written against the first word (أجاب:»يتم …»).
        if tokens[begin].text in OPEN_QUOTES or (
            tokens[begin].text == "»"
            and begin + 1 < n
            and tokens[begin + 1].start == tokens[begin].end
            and tokens[begin + 1].norm.isalnum()
        ):
            close = self._closing(art, begin)
            if close is None and tokens[begin].text == "«":
                close = self._closing_next_paragraph(art, begin)
            if close is not None:
                after = close + 1
                ends_here = (
                    after >= n
                    or art.is_sentence_end(after)
                    or tokens[after].text == "."  # «…».. عقب تسجيله: a pause, but the quote is done
                    or (close - 1 > begin and tokens[close - 1].text in SENTENCE_END)  # "… آخران." وسجل
                    or tokens[after].text in COMMAS
                    or art.newline_before(after)
                    or _strip_prefix(tokens[after].norm, VERB_CUES) not in {None} | HOMOGRAPHS
                    or _strip_prefix(tokens[after].norm, PARTICIPLE_CUES) is not None
                )  # (not «أن «سمة» واصلت قدمًا …»: a homograph after a quoted name)
                if ends_here or close - begin > 12 or art.describe:
                    first = begin + 1
                    if first + 1 < close and tokens[first].norm in COMPLEMENTISERS:
                        first += 1  # «أوضح نصر “إن ما أخر …”»: the complementiser inside the mark
                    self._add(
                        art,
                        tokens[first].start if close > begin + 1 else start_char,
                        tokens[close - 1].end,
                        entity,
                        mention,
                        cue,
                        True,
                        begin,
                    )
                    return after
            else:
                k = begin + 1
                while k < n and k < begin + MAX_CONTENT_TOKENS and art.paragraph[k] == art.paragraph[begin]:
                    if (
                        art.is_sentence_end(k)
                        and k + 1 < n
                        and (
                            self._new_cue(art, k + 1)
                            or tokens[k + 1].norm == TAGS
                            or (tokens[k + 1].norm in BUT_REPORT and self._but_report(art, k + 1))
                            or (tokens[k + 1].norm in AMMA and self._amma_report(art, k + 2))
                        )
                    ):
                        break  # an unclosed quotation ends before a sentence that opens a new report
                    k += 1
                if k - 1 > begin:
                    self._add(
                        art, tokens[begin + 1].start, tokens[k - 1].end, entity, mention, cue, True, begin
                    )
                return k
        j, depth, quoted = begin, 0, mode in {"colon", "first"}
        stop = None
        cue_norm = normalize_ar(cue)
        masculine = getattr(entity, "gender", "") not in {"f", "p"} and not cue_norm.endswith(
            ("ه", "ت", "وا", "ين", "ون")
        )
        limit = min(n, begin + MAX_CONTENT_TOKENS)
        while j < limit:
            t = tokens[j]
            if j > begin and art.newline_before(j) and depth == 0 and not self._kama_anna(art, j, mode):
                break
            if depth == 0 and t.text == '"' and _closing_mark(tokens, j):
                pass  # a stray closing mark («… بواسطة شقيقه".») opens nothing
            elif t.text in OPEN_QUOTES and (depth == 0 or t.text not in CLOSE_QUOTES):
                quoted = True
                if not (depth == 0 and j > begin and self._closing(art, j) is None):
                    depth += 1  # (a mark never closed in the paragraph, «… لأن “المشاركين … الأعضاء. وقال
                    # المدير العام …», leaves the sentence ends in force)
            elif t.text in CLOSE_QUOTES and depth > 0:
                depth -= 1
                if depth == 0 and j > begin + 1 and tokens[j - 1].text == "." and art.is_sentence_end(j - 1):
                    j += 1  # «… لتغذية “آلة الإرهاب الإيرانية.” ويعتقد …»: the sentence ended inside the quotation
                    break
            elif depth == 0 and art.is_sentence_end(j) and not self._kama_anna(art, j + 1, mode):
                break
            elif depth == 0 and t.text in COMMAS and j + 1 < n:
                nxt = tokens[j + 1]
                noun_like = (  # «…، مطالبة الأمانة بضرورة …» in a man's words: a verbal noun
                    masculine and nxt.norm.endswith("ه") and nxt.norm[:1] == "م"
                )
                if (
                    (nxt.norm in PARTICIPLE_CUES and not noun_like)
                    or (nxt.norm in DIRECTIVE_PARTICIPLES and not noun_like)
                    or (nxt.norm in CLAUSE_BREAK and not self._contrast_in_content(art, j + 1))
                    or (nxt.norm in CIRCUMSTANCE and j + 2 < n and tokens[j + 2].norm in EVENT_NOUNS)
                    or (j + 2 < n and (nxt.norm, tokens[j + 2].norm) in TRAILING_PAIRS - {MATTER_WHICH})
                    or self._new_cue(art, j + 1)
                    or (
                        nxt.norm == "من"
                        and j + 3 < n
                        and tokens[j + 2].norm in SIDE
                        and self._new_cue(art, j + 3)
                    )
                    or (nxt.norm == KAMA and j + 2 < n and self._new_cue(art, j + 2))
                    or (  # «…، كما أكد معاليه على أهمية هذا اللقاء …»: a directive after the content
                        nxt.norm == KAMA
                        and j + 2 < n
                        and _strip_prefix(tokens[j + 2].norm, VERB_CUES) in INSIST_OR_ASSERT
                    )
                    or (nxt.norm[:1] == "و" and nxt.norm[1:] in ENDING_VERBS)
                    or (  # «…، وأعرب أمين الأحساء … عن سعادته»: another speech act begins
                        nxt.norm[:1] == "و"
                        and nxt.norm[1:] in SPEECH_ACTS
                        and j + 2 < n
                        and tokens[j + 2].norm in TITLE_OR_ORG_HEADS
                    )
                    or (  # «قال كيري إن مصر دفعت ثمنا باهظا …،وأدان اغتيال …»: the speaker's next act,
                        # narrated (its verb agrees with the cue, not with a subject inside the content)
                        nxt.norm[:1] == "و"
                        and _strip_prefix(nxt.norm, SPEECH_ACTS) in NARRATED_ACTS
                        and masculine == (_gender(nxt.norm, _strip_prefix(nxt.norm, SPEECH_ACTS)) == "m")
                    )
                ):
                    stop = j  # (also «…»، من ناحيتها نقلت صحيفة …»، «…، كما جدد التأكيد على أن …»)
                    if nxt.norm in PARTICIPLE_CUES and not noun_like and mode == "comp":
                        self._inner_speaker(art, begin, j + 1)
                    break
            elif depth == 0 and j > begin and t.norm in WHILE and not self._contrast_in_content(art, j):
                stop = j  # «أن غدا … بينما أعلنت سلطنة عمان أن …»: a new report, comma or not
                break
            elif (
                depth == 0
                and j > begin + 2
                and t.norm[:1] == "و"
                and (_strip_prefix(t.norm, VERB_CUES) or _strip_prefix(t.norm, SPEECH_ACTS)) is not None
                and j + 1 < n
                and self._names(art, tokens[j + 1], entity)
            ):
                stop = j  # «… من الاختطاف وطالب محلب بتوعية الشباب …»: the speaker's next act, named again
                break
            elif depth == 0 and j > begin + 2 and t.norm in LATE_SOURCE and self._late_source(art, j):
                stop = j  # «… توقيفه في مايو 2011 بحسب الامم المتحدة.»: the source, not the content
                break
            elif (
                depth == 0
                and j > begin
                and t.norm in BUT
                and j + 2 < n
                and (
                    (tokens[j + 1].norm == ANNA and self._but_anna_report(art, j + 2))
                    # «…، غير أنه اعترف بأن العائق …»: the same speaker concedes, a claim of its own
                    or (tokens[j + 1].norm in ANNA_PRONOUNS and self._but_anna_report(art, j + 1))
                )
            ):
                stop = j  # «… رصدت الميزانية إلا أن الاتحاد تحجج بعدم جاهزية الملاعب»: another's report
                break
            elif (
                depth == 0
                and j > begin
                and t.norm in RELATIVES
                and j + 1 < n
                and tokens[j + 1].norm in IN_TURN
            ):
                stop = j  # «أكد تكريم المليحان الذي بدوره ثمن هذه المبادرة»: the other one's act
                break
            elif (
                depth == 0
                and j > begin
                and (t.norm == IDH or t.norm in BUT_HE)
                and j + 1 < n
                and _strip_prefix(tokens[j + 1].norm, VERB_CUES) not in {None} | HOMOGRAPHS
                and self._new_cue(art, j + 1)
            ):
                stop = j  # «…، إذ يقول ضباط الحرس إنهم …»، «… لكنه أضاف أن …»: a new report
                break
            elif depth == 0 and j > begin and t.norm in BUT_HE and self._declined(art, j + 1):
                stop = j  # «… لكنه رفض التعليق بشأن …»: the reporter's words
                break
            elif (
                depth == 0
                and j > begin
                and t.norm in BUT_PLAIN
                and j + 1 < n
                and tokens[j + 1].norm in OWN_REMARKS
            ):
                stop = j  # «… التي تعصف بالفيفا لكن تعليقاته كانت حذرة …»: the reporter on his words
                break
            elif (
                depth == 0
                and j > begin
                and _participle_lemma(t.norm) is not None
                and (
                    _content_opens_after(tokens, j + 1)
                    or _ila_noun_phrase(tokens, j)  # «… ذي القعدة مشيراً إلى حزمة الخدمات …»
                    or (  # «… بخير ومؤكداً متابعة خادم الحرمين …»: a participle joined by و
                        t.norm[:1] == "و"
                        and t.norm not in PARTICIPLE_CUES
                        and t.norm.endswith("ا")  # (not «ومتابعة وضعه»: a feminine form is also a noun)
                        and j + 1 < n
                        and (_strict_verbal_noun(tokens[j + 1].norm) or _mufaala(tokens[j + 1].norm))
                    )
                )
            ):
                # «… رغم الإقبال مشيرًا إلى أن …»، «… بنيل جزائه قائلا: «…»»: a participle opens a
                # new claim, comma or not.
                stop = j
                break
            elif (
                depth == 0
                and j + 1 < n
                and (t.norm, tokens[j + 1].norm) in TRAILING_PAIRS
                and j > begin
                and not ((t.norm, tokens[j + 1].norm) == MATTER_WHICH and tokens[j - 1].text in COMMAS)
            ):
                # «…، الأمر الذي مهد …» stays in the claim (a comment on its own content)
                stop = j
                break
            elif depth == 0 and j > begin and t.norm in BUT_REPORT and self._but_report(art, j):
                stop = j  # «…، ولكن العفو الدولية تقول إن …»: a new report with its own subject
                break
            elif depth == 0 and j > begin and self._subordinate_report(art, j):
                stop = j  # «إنها بدأت تتحقق … بعد أن قال سكان: …»: the inner report is a claim of its own
                break
            elif (
                depth == 0
                and j > begin
                and t.norm[:1] == "و"
                and t.norm not in VERB_CUES
                and nxt_is_cue(t.norm)
                and tokens[j - 1].text not in COMMAS
                and self._new_cue(art, j)
            ):
                # «… وقال فلان …» without a comma: a new finite cue with its own subject.
                stop = j
                break
            j += 1
        end_at = stop if stop is not None else j
        if end_at > begin:
            end_char = tokens[end_at - 1].end
            # A wrapping quotation closing before the period: «…».
            self._add(art, start_char, end_char, entity, mention, cue, quoted, begin)
        return end_at

    @staticmethod
    def _kama_anna(art: _Article, j: int, mode: str) -> bool:
        """A paragraph opening «كما أن …» goes on with the complementiser of the content before it
        («وقال: إن الرسوم … الحضور .⏎كما أن هناك برامج …»)."""
        tokens = art.tokens
        return (
            mode in {"comp", "colon"}
            and j + 1 < len(tokens)
            and tokens[j].norm == KAMA
            and tokens[j + 1].norm in COMPLEMENTISERS
            and not tokens[j + 1].norm.startswith("ب")
        )

    def _embedded(self, art: _Article, begin: int) -> int | None:
        """The content is itself a report by someone else («ذكر المتحدث أن جنتيلوني قال …»، «كشف
        مصدر أن وانغ أكد لنظرائه أن …»): only the inner report is a claim, by the inner speaker.
        Returns the index after the inner claim, or None."""
        tokens = art.tokens
        n = len(tokens)
        k = begin
        while (
            k < n
            and k - begin < 8
            and tokens[k].norm.isalpha()
            and tokens[k].norm not in SPEAKER_STOP
            and (tokens[k].norm not in COMPLEMENTISERS or (k > begin and _name_particle(tokens, k)))
            and tokens[k].norm not in NEGATIONS
            and tokens[k].norm not in BUT_HE  # «أن يكون المبعوث ناقش … لكنه أضاف أن …»: the same speaker
            and _strip_prefix(tokens[k].norm, VERB_CUES) is None
        ):
            k += 1
        if k == begin or k >= n or (tokens[k].norm[:1] in "وف" and tokens[k].norm not in VERB_CUES):
            return None
        lemma = _strip_prefix(tokens[k].norm, VERB_CUES)
        if lemma is None or (lemma in COMP_ONLY and lemma != RAA) or lemma in NOT_EMBEDDED:
            return None  # (but «إن المستشارة الألمانية أنجيلا ميركل ترى أن …»: a belief reported)
        if lemma == BAYYANA and "\u0651" not in tokens[k].text:
            return None  # «أن التعاون بين البلدين «يكتسي …»»: "between"
        head = tokens[begin].norm
        if head in THINGS or (_looks_like_verbal_noun(head) and head not in ORG_HEADS):
            return None  # «أن قرار فتح الأجواء … يؤكد على أن …»: a thing does not speak
        found = self._read_attribution(art, k, lemma)
        if (
            found is None
            or (found[0] and not found[0][0].norm.startswith("لل"))  # «أوضحت للجهات الماليزية أن …»
            or found[2] not in {"comp", "colon", "quote"}
        ):
            return None
        phrase = tokens[begin:k]
        entity = self._entity(art, phrase, _gender(tokens[k].norm, lemma))
        if entity is None:
            return None
        mention = (phrase[0].start, phrase[-1].end)
        art.subject = (entity, mention, art.sentence[k])
        return self._read_content(art, found[1], found[2], entity, mention, tokens[k].text)

    def _kama_source(self, art: _Article, i: int) -> int:
        """«…، كما أعلنت الشرطة المحلية.»: a source after the content, like «…، حسبما نقلت X»
        (but «…، كما أكد أن …» with a content of its own is a new report)."""
        tokens = art.tokens
        n = len(tokens)
        lemma = _strip_prefix(tokens[i + 1].norm, VERB_CUES) or ""
        if lemma in COMP_ONLY or self._read_attribution(art, i + 1, lemma) is not None:
            return i + 1
        speaker, j = self._speaker_phrase(art, i + 2, lemma)
        if not speaker or speaker[0].norm in TRANSPARENT:
            return i + 1
        if j < n and not (art.is_sentence_end(j) or tokens[j].text in COMMAS or art.newline_before(j)):
            return i + 1
        return self._claim_before(art, i, speaker, j)

    def _contrast_in_content(self, art: _Article, j: int) -> bool:
        """«…، فيما يعمل الثوار على …»: a contrast clause that reports nothing is still the speaker's;
        «…، فيما قال X …» or «…، فيما أكدت …» is a new report and ends the claim."""
        tokens = art.tokens
        if tokens[j].norm not in WHILE:
            return False
        if j + 1 < len(tokens) and tokens[j + 1].norm in REGARDING:
            return True  # «فيما يتعلق باتفاق إيران»: "as regards", not "while"
        for k in range(j + 1, min(len(tokens), j + 10)):
            lemma = _strip_prefix(tokens[k].norm, VERB_CUES)
            if lemma is not None and lemma not in HOMOGRAPHS:  # «، بينما نقل ابنه إلى المستشفى»
                return False
            if (
                k == j + 1
                and _strip_prefix(tokens[k].norm, SPEECH_ACTS) in NARRATED_ACTS
                and k + 1 < len(tokens)
                and (tokens[k + 1].norm in TITLE_OR_ORG_HEADS)
            ):
                return False  # «…، فيما أثنى الدكتور القرني على …»: a titled speaker's own act
            if tokens[k].text in COMMAS or art.is_sentence_end(k):
                break
        return True

    def _inner_speaker(self, art: _Article, begin: int, at: int) -> None:
        """«وقال المتحدث … إن السيسي رحب بضيف مصر …، مؤكدا أن …»: a content that opens with a named
        subject and a verb of speech (or a speech act) of the same gender as the participle at ``at``
        hands that participle to the inner speaker (CONVENTIONS: relayed speakers)."""
        tokens = art.tokens
        for k in range(begin + 1, min(at, begin + 4)):
            verb = tokens[k].norm
            lemma = _strip_prefix(verb, VERB_CUES) or _strip_prefix(verb, SPEECH_ACTS)
            if lemma is None:
                continue
            phrase = tokens[begin:k]
            if not all(_name_word(t.norm) or t.norm.startswith("ال") for t in phrase):
                return
            parsed = parse_mention(phrase, art.text)
            known = art.speakers.resolve(parsed, create=False) if parsed else None
            if known is None and not (len(phrase) >= 2 and _name_run(phrase, art.text)):
                return
            participle = tokens[at].norm
            p_lemma = _participle_lemma(participle) or ""
            if _gender(verb, lemma) != _gender(participle, p_lemma):
                return
            entity = known or self._entity(art, phrase, _gender(verb, lemma))
            if entity is not None:
                art.subject = (entity, (phrase[0].start, phrase[-1].end), art.sentence[at])
            return

    @staticmethod
    def _amma_report(art: _Article, j: int) -> bool:
        """«أما القارئ أبو محمد فعلق قائلا "…"»: a topicalised speaker, then its cue, speech act or
        participle within a few words."""
        tokens = art.tokens
        for k in range(j, min(len(tokens), j + 8)):
            norm = tokens[k].norm
            if not norm.isalpha() or art.is_sentence_end(k):
                return False
            if norm[:1] == "ف" and (_strip_prefix(norm, VERB_CUES) is not None or norm[1:] in SPEECH_ACTS):
                return True
        return False

    @staticmethod
    def _late_source(art: _Article, j: int) -> bool:
        """A source phrase running to the end of the sentence: «بحسب الامم المتحدة ومنظمة العفو.»"""
        tokens = art.tokens
        if j + 1 >= len(tokens):
            return False
        head = tokens[j + 1].norm
        head = head[1:] if head[:1] == "ل" and head[1:] in IMPERSONAL_HEADS else head
        if head not in IMPERSONAL_HEADS:
            return False  # «ستستخدم وفق معايير محددة»: a manner, not a source
        for k in range(j + 1, min(len(tokens), j + 9)):
            t = tokens[k]
            if art.is_sentence_end(k) or art.newline_before(k):
                return k > j + 1
            if t.text in COMMAS or t.norm in COMPLEMENTISERS or _strip_prefix(t.norm, VERB_CUES) is not None:
                return False
        return False

    @staticmethod
    def _declined(art: _Article, k: int) -> bool:
        """«لكنه رفض التعليق»، «لكن لم يتسن …»: a refusal or the reporter's own remark follows."""
        tokens = art.tokens
        if k < len(tokens) and tokens[k].norm == "لم":
            k += 1
        return k < len(tokens) and tokens[k].norm in DECLINED

    def _but_report(self, art: _Article, j: int) -> bool:
        """Does «لكن/ولكن X قال …» (a subject before its cue, then a content) start at ``tokens[j]``?"""
        tokens = art.tokens
        for k in range(j + 1, min(len(tokens), j + 7)):
            t = tokens[k]
            if not t.norm.isalpha() or art.is_sentence_end(k):
                return False
            if _strip_prefix(t.norm, VERB_CUES) is not None:
                if t.norm[:1] in "وف" or (j and tokens[j - 1].norm in NEGATIONS):
                    return False
                if k == j + 1:  # «…، حيث أفادت الصحيفة بأنها …»: the subject after the cue
                    lemma = _strip_prefix(t.norm, VERB_CUES) or ""
                    if lemma in OBJECT_FIRST:  # «…، حيث قدرت الوزارة عدد المنشآت … بـ (2.464) منشأة»
                        phrase, _ = self._speaker_phrase(art, k + 1, lemma)
                        if phrase and self._object_after_subject(art, k, lemma, phrase) is not None:
                            return True
                    found = self._read_attribution(art, k, lemma)
                    if (
                        found is not None
                        and not found[0]
                        and tokens[j].norm == HAYTHU
                        and tokens[j - 1].text in COMMAS
                        and (t.norm[:1] not in "يت" or lemma[:1] == "ت")
                        and lemma not in COMP_ONLY
                        and found[2] in {"comp", "colon", "quote", "bare", "bi"}
                    ):
                        return True  # «…، حيث أشار إلى مقتل 11 …»: the same speaker reports anew
                    return found is not None and bool(found[0]) and found[2] in {"comp", "colon", "quote"}
                return self._new_cue(art, k)
        return False

    def _but_anna_report(self, art: _Article, j: int) -> bool:
        """Does «إلا أن X قال/تحجج …» (a subject of a few words, then a cue with its content) follow
        «إلا أن» at ``tokens[j]``?"""
        tokens = art.tokens
        for k in range(j + 1, min(len(tokens), j + 5)):
            t = tokens[k]
            if not t.norm.isalpha() or art.is_sentence_end(k):
                return False
            lemma = _strip_prefix(t.norm, VERB_CUES)
            if lemma is not None:
                if t.norm[:1] in "وف" or lemma in HOMOGRAPHS:
                    return False
                found = self._read_attribution(art, k, lemma)
                return found is not None and found[2] in {"comp", "colon", "quote", "bi", "bare"}
        return False

    def _subordinate_report(self, art: _Article, j: int) -> bool:
        """Does a subordinate clause with a report of its own start at ``tokens[j]`` (بعد أن قال سكان
        …، حينما أوضح الوزير أن …)? Only with the new report's own subject."""
        tokens = art.tokens
        t = tokens[j]
        if t.norm in SUBORDINATORS:
            k = j + 1
        elif t.norm in AFTER_AN and j + 1 < len(tokens) and tokens[j + 1].norm == "ان":
            k = j + 2
        else:
            return False
        if k >= len(tokens):
            return False
        lemma = _strip_prefix(tokens[k].norm, VERB_CUES)
        if lemma is None or lemma in COMP_ONLY:
            return False
        found = self._read_attribution(art, k, lemma)
        return found is not None and bool(found[0])

    def _new_cue(self, art: _Article, j: int) -> bool:
        """Does ``tokens[j]`` start a new report (وقال، وأوضح أن، قالت الوزارة …)?"""
        t = art.tokens[j]
        if _strip_prefix(t.norm, VERB_CUES) is None:
            return False
        if j and art.tokens[j - 1].norm in NEGATIONS:
            return False
        lemma = _strip_prefix(t.norm, VERB_CUES) or ""
        if lemma == HAMMALA and not any(x.norm in RESPONSIBILITY for x in art.tokens[j + 1 : j + 10]):
            return False  # «، وحملت سفاحاً …»: carried (a child), not «حمّل … مسؤولية»
        if lemma in HOMOGRAPHS:
            # «، ونقل الاكتشافات المعملية إلى …»: a verbal noun unless it has a subject and a content
            found = self._read_attribution(art, j, lemma)
            return found is not None and (
                (bool(found[0]) and found[2] in {"comp", "colon", "quote"})
                or (found[2] == "comp" and found[1] == j + 1)  # «، وأقر بأنه على علم …»
            )
        window = art.tokens[j + 1 : j + 10]
        if any(x.norm in COMPLEMENTISERS or x.text in {":"} | set(OPEN_QUOTES) for x in window) or (
            t.norm[:1] == "و" and t.norm not in VERB_CUES
        ):
            return True
        # «…، أشار العاني إلى إمكانية …»: a cue with a subject and an object of its own.
        if lemma not in OBJECT_CUES or j + 1 >= len(art.tokens) or not art.tokens[j + 1].norm.isalpha():
            return False
        found = self._read_attribution(art, j, lemma)
        return found is not None and bool(found[0]) and found[2] in {"bare", "bi", "comp"}

    def _add(self, art: _Article, start, end, entity, mention, cue, quoted, begin_token) -> None:
        claim = self._span(art.text, start, end, entity, mention, cue, quoted)
        if claim is None or art.covered(claim.start, claim.end):
            return
        art.claims.append(claim)
        art.recent.append((entity, begin_token))

    def _span(self, text, start, end, entity, mention_span, cue, quoted) -> _PendingClaim | None:
        # Drop the quote marks that wrap the whole content; keep inner ones.
        while end - start >= 2 and text[start] in OPEN_QUOTES and text[end - 1] in CLOSE_QUOTES | {"«"}:
            inner = text[start + 1 : end - 1]
            if any(q in inner for q in (text[start], OPEN_QUOTES[text[start]])):
                break
            start, end = start + 1, end - 1
        while end > start and text[end - 1] in " \t\n،,;:؛":
            end -= 1
        while start < end and text[start] in " \t\n":
            start += 1
        if end - start < self.config.min_claim_chars or end - start > self.config.max_claim_chars:
            return None
        # The speaker is finalised after the whole article is read (a later mention may be fuller).
        return _PendingClaim(text[start:end], start, end, entity, mention_span, cue, quoted)


def _with_prefixes(table) -> set[str]:
    """Every form ``_strip_prefix`` finds in ``table``: its keys, and و/ف + a key when that is longer
    than three letters."""
    return set(table) | {p + k for k in table for p in "وف" if len(k) >= 3}


# The words that can open a report in ``extract``'s main loop (each of its branches starts with one).
TRIGGERS = frozenset(
    _with_prefixes(VERB_CUES)
    | _with_prefixes(NOUN_CUES)
    | _with_prefixes(PARTICIPLE_CUES)
    | {KAMA}
    | SOURCE_WORDS
    | JAA
    | SPEECH_ACT_FORMS
    | ISSUED
    | DELIVERED
    | LEARNED
)


def _digits_off(norm: str) -> str:
    """«مقتل18» (a number written against the word): the word alone."""
    return norm.rstrip("0123456789٠١٢٣٤٥٦٧٨٩") or norm


def _name_word(norm: str) -> bool:
    """Could be a word of a personal name: undefined, not a title, role, stop word or verbal noun."""
    return (
        norm.isalpha()
        and len(norm) > 2
        and not norm.startswith(("ال", "لل", "بال", "وال", "كال", "فال", "لا", "با"))
        and not norm.endswith(("ها", "هم", "هما", "كم", "نا"))
        and norm not in LEADING
        and norm not in NEGATIONS
        and norm not in FUNCTION_WORDS
        and norm not in ROLE_HEADS
        and norm not in HONORIFICS
        and norm not in ORG_HEADS
        and norm not in SPEAKER_STOP
        and not _strict_verbal_noun(norm)
    )


def _sentence_opening(art: _Article, at: int, reach: int) -> int | None:
    """The first token of the sentence holding ``at`` when it is at most ``reach`` tokens before it,
    else None (a subject standing alone before its verb fills the sentence up to it)."""
    start = at
    while start > 0 and art.sentence[start - 1] == art.sentence[at] and at - start < reach:
        start -= 1
    if start > 0 and art.sentence[start - 1] == art.sentence[at]:
        return None
    return start


def _accredited_to(tokens: list[Token], j: int) -> int | None:
    """After an envoy, «لدى» + the state or body (لدى مصر، لدى سلطنة عمان، لدى الأمم المتحدة): the
    index after it, else None."""
    k = j + 1
    if k >= len(tokens) or not tokens[k].norm.isalpha() or tokens[k].norm in SPEAKER_STOP:
        return None
    first = tokens[k].norm
    if first in STATE_WORDS:  # لدى سلطنة عمان، لدى دولة الكويت
        nxt = tokens[k + 1].norm if k + 1 < len(tokens) else ""
        return k + 2 if _name_word(nxt) or _is_definite(nxt) else None
    if _is_definite(first):
        return k + 2 if k + 1 < len(tokens) and _is_definite(tokens[k + 1].norm) else k + 1
    return k + 1 if _name_word(first) else None


def _role_place(art: _Article, j: int) -> int | None:
    """After a role, «في + place + name» up to a comma or a complementiser (مدير هيئة السياحة في
    محافظة ينبع سامر بن علي العنيني، أن …): the index after the name, else None."""
    tokens = art.tokens
    k, run = j + 1, []
    while k < len(tokens) and len(run) < 7:
        t = tokens[k]
        if t.text in COMMAS or t.norm in COMPLEMENTISERS:
            break
        if t.text in QUOTE_CHARS and run:
            k += 1  # «في شركة "فاير آي" مانيش جوبتا»: a quoted organisation name
            continue
        if (
            not t.norm.isalpha()
            or t.norm in SPEAKER_STOP
            or (t.norm in LINKING and t.text not in ALI)
            or art.newline_before(k)
            or _strip_prefix(t.norm, VERB_CUES) is not None
        ):
            return None
        run.append(t)
        k += 1
    if (
        k >= len(tokens)
        or len(run) < 3
        or not (tokens[k].text in COMMAS or tokens[k].norm in COMPLEMENTISERS)
    ):
        return None
    if not (run[0].norm in PLACE_WORDS or run[0].norm in ORG_HEADS or _is_definite(run[0].norm)):
        return None  # «في تصرف غريب»: an adverbial, not a place
    if not any(_name_word(t.norm) or t.norm in NAME_LINKS or t.norm in HONORIFICS for t in run[-3:-1]):
        return None
    return k


def _source_qualifier(art: _Article, j: int) -> int | None:
    """After an unnamed source (مصدر، مصادر أمنية), «في/من + a definite organisation or place» up to a
    comma, a complementiser, an addressee or a time word («مصدر من المقاومة الشعبية اليمنية، أمس …»):
    the index after it, else None (not «مصدر في اتصال هاتفي»، «مصادر في الوقت نفسه»)."""
    tokens = art.tokens
    if (
        j + 1 >= len(tokens)
        or tokens[j + 1].norm in SOURCE_PLACE_NOT
        or not (
            tokens[j + 1].norm in ORG_HEADS
            or tokens[j + 1].norm in PLACE_WORDS
            or tokens[j + 1].norm in INSIDE
            or _is_definite(tokens[j + 1].norm)
        )
    ):
        return None
    k = j + 1
    while k < len(tokens) and k - j <= MAX_SOURCE_QUALIFIER:
        t = tokens[k]
        if art.newline_before(k) or art.is_sentence_end(k):
            return None
        if (
            t.text in COMMAS
            or t.norm in COMPLEMENTISERS
            or t.norm in DAY_WORDS
            or t.norm in MEDIA_ADDRESSEES
            or t.norm in {"ل", "لـ"}
            or _is_addressee(t.norm, t.text)
        ):
            return k if k > j + 1 else None  # also an addressee: لـ«عكاظ»، لوكالة الأنباء، للصحافيين
        if (
            not t.norm.isalpha()
            or t.norm in SPEAKER_STOP
            or (t.norm in LINKING and t.text not in ALI)
            or TANWEEN in t.text
            or _strip_prefix(t.norm, VERB_CUES) is not None
        ):
            return None
        k += 1
    return None


def _media_genitive(art: _Article, j: int) -> int | None:
    """After a role with no name yet, «لقناة/لصحيفة + the outlet's name (quoted, or one definite word)
    + a personal name» up to a comma or a complementiser (المدير العام لقناة «الإخبارية» جاسر الجاسر،
    …): the outlet is the role's, not the addressee. The index after the name, else None («قال
    المتحدث لقناة الجزيرة إن …»، «… علي الأحمدي لوكالة فرانس برس إن …» are told to the outlet)."""
    tokens = art.tokens
    n = len(tokens)
    k = j + 1
    if k < n and tokens[k].text in OPEN_QUOTES:
        close = _mark_closing(tokens, k)
        if close is None or tokens[close].text not in QUOTE_CHARS:
            return None
        k = close + 1  # «الإخبارية»: a quoted name of up to four words
    elif k < n and _is_definite(tokens[k].norm):
        k += 1  # الإخبارية
    else:
        return None
    end = k
    while end < n and end - k < 3 and _name_word(tokens[end].norm) and not art.newline_before(end):
        end += 1
    if end < n and end > k and _is_definite(tokens[end].norm):
        end += 1  # a family name with the article: جاسر الجاسر
    if end - k < 2 or end >= n or not (tokens[end].text in COMMAS or tokens[end].norm in COMPLEMENTISERS):
        return None
    return end


def _outlet_before_source(art: _Article, j: int) -> int | None:
    """«أبلغت "الاقتصادية" مصادر …»: a short quoted outlet right after the cue and before an unnamed
    source is who was told; the index of the source word, else None."""
    tokens = art.tokens
    if j >= len(tokens) or tokens[j].text not in OPEN_QUOTES:
        return None
    close = _mark_closing(tokens, j)
    if (
        close is None
        or close == j + 1
        or tokens[close].text not in QUOTE_CHARS
        or close + 1 >= len(tokens)
        or tokens[close + 1].norm not in UNNAMED_SOURCES
    ):
        return None
    return close + 1


def _mark_closing(tokens: list[Token], j: int) -> int | None:
    """The quote mark or bracket closing a short name opened at ``j`` («المدينة»، (الرياضي)), if within
    five tokens."""
    return next(
        (k for k in range(j + 1, min(len(tokens), j + 6)) if tokens[k].text in QUOTE_CHARS | {")"}), None
    )


def _object_right_after(tokens: list[Token], verb_at: int, phrase: list[Token]) -> bool:
    """The phrase starts right after the verb at ``verb_at`` and is its object by agreement."""
    return (
        bool(phrase)
        and verb_at + 1 < len(tokens)
        and phrase[0].start == tokens[verb_at + 1].start
        and _object_by_agreement(tokens[verb_at], phrase[0])
    )


def _object_by_agreement(verb: Token, noun: Token) -> bool:
    """«وشكر سفارة المملكة»: a masculine past verb right before a feminine singular organisation
    (سفارة، وزارة، الحكومة) cannot have it as subject, which would make the verb feminine (شكرت);
    the organisation is the object and the subject is the one already speaking."""
    word = verb.text[1:] if verb.text[:1] in "وف" and len(verb.text) > 3 else verb.text
    return (
        noun.norm in ORG_HEADS
        and noun.text.endswith(("ة", "ات"))  # (قوات، a plural of things, takes a feminine verb too)
        and 3 <= len(word) <= 5
        and word.isalpha()
        and not word.endswith(("ت", "ة", "ا"))
        and word[:1] not in "تيمن"  # not a present tense (تشكر، يشكر) nor a participle or noun (مع، من)
    )


def _comp_after_comma(art: _Article, j: int) -> bool:
    """«وأوضح المشرف العام على الفئات السنية بالمنتخبات السعودية خالد الزيد، أن …»: a comma and a
    complementiser close the phrase after على within a few words (the role goes on, no content yet)."""
    tokens = art.tokens
    for k in range(j, min(len(tokens) - 1, j + 10)):
        if art.is_sentence_end(k) or not (tokens[k].norm.isalpha() or tokens[k].text in COMMAS):
            return False
        if tokens[k].text in COMMAS:
            return tokens[k + 1].norm in COMPLEMENTISERS
    return False


def _in_this_regard(tokens: list[Token], j: int) -> int:
    """3 when «في هذا الصدد/السياق/الإطار/الشأن» or «في الوقت نفسه/ذاته» starts at ``tokens[j]`` (a set
    phrase), else 0."""
    if (
        j + 2 < len(tokens)
        and tokens[j].norm == "في"
        and (
            (tokens[j + 1].norm in DEMONSTRATIVES and tokens[j + 2].norm in CONTEXT_NOUNS)
            or (tokens[j + 1].norm == "الوقت" and tokens[j + 2].norm in SAME)
        )
    ):
        return 3
    return 0


def _content_opens_after(tokens: list[Token], j: int) -> bool:
    """A complementiser, colon or opening quote in the two words from ``tokens[j]``, past a set phrase
    («مشيرا في هذا الصدد إلى أن …»)."""
    start = j + _in_this_regard(tokens, j)
    return any(
        x.norm in COMPLEMENTISERS or x.text == ":" or x.text in OPEN_QUOTES for x in tokens[start : start + 2]
    )


def _obligation_before(tokens: list[Token], k: int) -> bool:
    """«وبات على كييف ان تقدم …»، «يجب أن …»: a complementiser after an obligation, no cue's content."""
    return k >= 2 and (
        tokens[k - 2].norm in LINKING
        or tokens[k - 1].norm in OBLIGATIONS
        or (k >= 3 and tokens[k - 3].norm in OBLIGATIONS)
    )


def _ila_noun_phrase(tokens: list[Token], i: int) -> bool:
    """«مشيراً إلى حزمة الخدمات …»: a participle of أشار/لفت at ``i``, then إلى/على and a word that
    opens a noun-phrase content (not «إلى أهمية …»، «على ضرورة …»: a directive)."""
    return (
        _participle_lemma(tokens[i].norm) in LI_CUES
        and i + 2 < len(tokens)
        and tokens[i + 1].norm in LINKING
        and tokens[i + 2].norm.isalpha()
        and tokens[i + 2].norm not in IMPORTANCE_OR_DIRECTIVE
    )


def _first_person_plural(norm: str) -> bool:
    """A word in the first person plural opening direct speech with no colon («هدفنا»، «ناقشنا»،
    «بلادنا»), not a name («عدنان» has no clitic) or a complementiser («إننا»)."""
    return (
        len(norm) >= 5
        and norm.endswith("نا")
        and norm.isalpha()
        and norm not in COMPLEMENTISERS
        and not norm.endswith(("انا", "ونا", "ينا"))
    )


def _named_after_linking(art: _Article, j: int) -> int | None:
    """After «على» in a role: the index closing «… organisation, then a two-word name» when an
    addressee (لـ"الوطن") or a complementiser follows the name within a few words, else None."""
    tokens = art.tokens
    for k in range(j + 2, min(len(tokens) - 1, j + 9)):
        if art.is_sentence_end(k) or tokens[k].text in COMMAS:
            return None
        closes = tokens[k].norm in COMPLEMENTISERS or (
            tokens[k].norm == "ل" and tokens[k + 1].text in QUOTE_CHARS
        )
        if closes:
            name = tokens[k - 2 : k]
            if all(_name_word(x.norm) or (x is name[-1] and _is_definite(x.norm)) for x in name):
                return k
            return None
    return None


def _as_reported(tokens: list[Token], i: int) -> bool:
    """«حسبما أكد X»، «بحسب ما ذكرت X»: a source phrase that follows its content even without a comma."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None:
        return False
    if tokens[i].norm in AS_WHAT:
        return _strip_prefix(nxt.norm, VERB_CUES) is not None
    return (
        nxt.norm == "ما" and i + 2 < len(tokens) and _strip_prefix(tokens[i + 2].norm, VERB_CUES) is not None
    )


def _strip_clitics(norm: str) -> str:
    """Without a leading و/ف and then ب/ل (وبهذه → هذه, ولهذا → هذا)."""
    if norm[:1] in "وف" and len(norm) > 3:
        norm = norm[1:]
    if norm[:1] in "بل" and len(norm) > 3:
        norm = norm[1:]
    return norm


def _name_run(phrase: list[Token], text: str = "") -> list[Token]:
    """The personal name opening a phrase (فتحي محمد صالح (مرافق …)، حسن قشقوي نائب وزير …): two to
    four name words in a row, closed by a bracket, a comma, a role or a title (else no name: empty)."""
    run: list[Token] = []
    for k, t in enumerate(phrase[:6]):
        # «صبري بن عمر»: a link word between two name words belongs to the name
        linked = t.norm in NAME_LINKS and 0 < k < len(phrase) - 1 and _name_word(phrase[k + 1].norm)
        if not (_name_word(t.norm) or linked):
            break
        run.append(t)
    words = sum(1 for t in run if t.norm not in NAME_LINKS)
    if not 2 <= words <= 4:
        return []
    if len(run) < len(phrase):
        nxt = phrase[len(run)]
        if nxt.norm in ROLE_HEADS or nxt.norm in HONORIFICS or nxt.norm in COUNTRY_ADJECTIVES:
            return run
        between = text[run[-1].end : nxt.start] if text else ""
        return run if any(c in between for c in "(،,") else []
    return run


def _name_and_nisba(phrase: list[Token]) -> bool:
    """«أشاد مطلق البقمي بما …»: a given name and a family name that is a definite nisba (البقمي،
    الشمري), the whole phrase (a definite word not ending in ي after a name is more often the object)."""
    return (
        len(phrase) == 2
        and _name_word(phrase[0].norm)
        and phrase[1].norm.startswith("ال")
        and phrase[1].norm.endswith("ي")
        and len(phrase[1].norm) >= 5
    )


def _trim_name(phrase: list[Token]) -> list[Token]:
    """A subject phrase read greedily runs into the object: «وزير الخارجية الشيخ عبدالله بن زايد آل نهيان
    الجريمة …». After the name proper (undefined words after a title or role), a definite word
    begins the object."""
    run = 0  # undefined name words in a row (a title before them counts as a run of two)
    family = False  # a name closed by a definite family name (عامر الحمود)
    for k, t in enumerate(phrase):
        definite = t.norm.startswith(("ال", "لل"))
        if definite and run >= 2 and phrase[k - 1].norm not in NAME_LINKS:
            titled_given_name = run == 2 and k >= 2 and phrase[k - 2].norm in HONORIFICS
            # «الدكتور صالح بن حسين العواجي وكيل وزارة …»: a family name after «X بن Y»
            after_nasab = k >= 2 and phrase[k - 2].norm in SON_OF
            if not (
                (titled_given_name or after_nasab)
                and (k + 1 == len(phrase) or phrase[k + 1].norm in ROLE_HEADS or t.norm.endswith("ي"))
            ):
                return phrase[:k]
            # «الدكتور رياض المصطفى الرئيس السابق …»: a title, the given name, then the family name
            run, family = 3, False
            continue
        if family and not definite and (t.norm.endswith("ات") or _looks_like_verbal_noun(t.norm)):
            return phrase[:k]  # «انتقد المخرج السعودي عامر الحمود تصرفات وتغريدات …»
        family = definite and run == 1 and k > 0 and _name_word(phrase[k - 1].norm)
        if t.norm in HONORIFICS:
            run = 1
        elif definite or t.norm in ROLE_HEADS:
            run = 0
        else:
            run += 1
    return phrase


def _day_as_family_name(tokens: list[Token], j: int, speaker: list[Token]) -> bool:
    """A weekday right after a lone given name that follows a role or a title is a family name
    («رئيس اللجنة الأهلية بحي الروضة محمد الخميس أن …»), not the day (which follows a full name: «قال
    وزير الخارجية جون كيري الخميس إن …»)."""
    t = tokens[j]
    if not (t.norm.startswith("ال") and t.norm in DAY_WORDS) or len(speaker) < 2:
        return False
    given, before = speaker[-1], speaker[-2]
    if not _name_word(given.norm) or _name_word(before.norm) or before.norm in NAME_LINKS:
        return False
    if before.norm in SOURCE_HEADS and given.norm.endswith("ي"):
        return False  # «ذكر مسؤول حكومي السبت أن …»: an unnamed source and its nisba, then the day
    if not any(x.norm in ROLE_HEADS or x.norm in HONORIFICS for x in speaker[:-1]):
        return False
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return nxt is None or nxt.norm in COMPLEMENTISERS or nxt.text in COMMAS or nxt.text == ":"


def _closes_name(t: Token) -> bool:
    """A complementiser, a comma, a colon or a role right after a speaker's name."""
    return t.norm in COMPLEMENTISERS or t.text in COMMAS or t.text in {":", "؛"} or t.norm in ROLE_HEADS


def _ali_in_name(tokens: list[Token], j: int, prev: Token, *, role: bool = False) -> bool:
    """«علي» spelt with ya between a title or a name word and another name word is the name Ali (the
    preposition على folds to the same letters); also after a role phrase, before a nisba family name
    that closes the speaker («الناطق باسم مجلس قيادة المقاومة الشعبية علي الأحمدي لوكالة …»)."""
    if j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    after = tokens[j + 2] if j + 2 < len(tokens) else None
    if (
        role
        and _is_definite(prev.norm)
        and _is_definite(nxt.norm)
        and nxt.norm.endswith("ي")
        and len(nxt.norm) >= 5
        and (
            after is None
            or after.text in COMMAS
            or after.text == ":"
            or after.norm in COMPLEMENTISERS
            or _is_addressee(after.norm, after.text)
            or after.norm in SPEAKER_STOP  # (لوكالة، في …)
        )
    ):
        return True
    if (
        not nxt.norm.isalpha()
        or nxt.norm in SPEAKER_STOP
        or nxt.norm in COMPLEMENTISERS
        or nxt.norm in LINKING
    ):
        return False
    if prev.norm in HONORIFICS:
        return True
    if prev.norm in ROLE_HEADS and nxt.norm not in ALA_OBJECTS:
        return _is_definite(nxt.norm) or _name_word(nxt.norm)  # «السفير علي الصادق»
    return _name_word(prev.norm) and (_name_word(nxt.norm) or nxt.norm.startswith("ال"))


def _name_particle(tokens: list[Token], j: int) -> bool:
    """«فان» written without hamza between a word and an indefinite word (لويس فان غال، فان دايك) is
    part of a name; فإن opens a clause (… فإن الشركة، فإنه)."""
    tok = tokens[j]
    if (
        tok.text == "بان"
        and j + 2 < len(tokens)
        and tokens[j + 1].text == "كي"
        and tokens[j + 2].text == "مون"
    ):
        return True  # «الأمين العام للأمم المتحدة بان كي مون»: a name, not بأن written without hamza
    if tok.text != "فان" or j + 1 >= len(tokens) or not tokens[j - 1].norm.isalpha():
        return False
    nxt = tokens[j + 1]
    return (
        nxt.start == tok.end + 1
        and nxt.norm.isalpha()
        and len(nxt.norm) >= 2
        and not nxt.norm.startswith(("ال", "لل"))
        and nxt.norm not in SPEAKER_STOP
        and nxt.norm not in COMPLEMENTISERS
        and _strip_prefix(nxt.norm, VERB_CUES) is None
        and not nxt.norm.startswith(("ي", "ت", "س"))  # فإن يكون، فإن تركيا … are verbs/clauses more often
    )


def _opening_mark(tokens: list[Token], j: int) -> bool:
    """A straight quote mark apart from the word before it and written against the word after it."""
    if j + 1 >= len(tokens) or tokens[j + 1].start != tokens[j].end or not tokens[j + 1].norm.isalnum():
        return False
    return j == 0 or tokens[j - 1].end < tokens[j].start


def _closing_mark(tokens: list[Token], j: int) -> bool:
    """A straight quote mark written against the word before it and apart from the word after it
    (or before punctuation) closes a quotation; it never opens one."""
    if j == 0 or tokens[j - 1].end != tokens[j].start or not tokens[j - 1].norm.isalnum():
        return False
    return j + 1 >= len(tokens) or tokens[j + 1].start > tokens[j].end or not tokens[j + 1].norm.isalnum()


def _addressee_before_content(art: _Article, j: int) -> int:
    """«وقال للجنة الشؤون الخارجية بمجلس النواب “…”»: a phrase opening with ل + a definite noun
    right after the cue, running to the complementiser or quotation with no title in
    it, is the addressee; the speaker is the subject before the cue. Returns where the content starts,
    else ``j``."""
    tokens = art.tokens
    if (
        j + 2 < len(tokens)
        and tokens[j].norm[:1] == "ل"
        and tokens[j].norm[1:] in ROLE_OR_ORG_HEADS  # not a name or another noun: لولوة، لطيفة، لائحة
        and _is_definite(tokens[j + 1].norm)
    ):
        # «أكدت لإدارة النادي أن …»: ل + a noun in the construct state and its definite genitive(s),
        # right before the complementiser, is who was told
        k = j + 1
        while k < min(len(tokens), j + 4) and _is_definite(tokens[k].norm):
            k += 1
        if k < len(tokens) and tokens[k].norm in COMPLEMENTISERS:
            return k
    if j >= len(tokens) or not tokens[j].norm.startswith("لل") or len(tokens[j].norm) < 5:
        return j  # (not ل + an indefinite word: family names open with it, «وقال لعمامرة إن …»)
    if tokens[j].norm in MEDIA_ADDRESSEES or _is_addressee(tokens[j].norm, tokens[j].text):
        return j  # للصحافيين، لنظيره: the words after them are read as before
    for k in range(j + 1, min(len(tokens), j + 7)):
        t = tokens[k]
        if t.norm in COMPLEMENTISERS or t.text in OPEN_QUOTES:
            return k
        if (
            not t.norm.isalpha()
            or art.is_sentence_end(k)
            or art.newline_before(k)
            or t.norm in TITLE_WORDS
            or _strip_prefix(t.norm, VERB_CUES) is not None
        ):
            return j
    return j


def _is_addressee(norm: str, text: str = "") -> bool:
    """An addressee fused with ل: للصحافيين، لنظيره، لضيفه، لنظرائه (never part of a speaker); not a
    genitive noun with a ta marbuta (الناطق الإعلامي لشرطة منطقة جازان، ورئيسة لجنة التوعية)."""
    if norm in ADDRESSEES:
        return True
    if len(norm) < 4 or norm[0] != "ل" or text.endswith("ة"):
        return False
    return norm in ADDRESSEES or (not norm.startswith("لل") and norm.endswith(("ه", "ها", "هم", "هما")))


def _accusative_noun(norm: str) -> bool:
    """An indefinite verbal noun in the accusative, its tanween unwritten (اجتماعا، تقريرا): an
    object, never a word of a name."""
    return len(norm) > 4 and norm.endswith("ا") and _strict_verbal_noun(norm[:-1])


def _addressee_after_name(phrase: list[Token], t: Token) -> bool:
    """«قال وزير الخارجية الأمريكي جون كيري للكونجرس …»: after two words of a personal name, a word
    with ل+ال opens the addressee; in a role it is a genitive (الأمين العام للأمم المتحدة)."""
    return (
        t.norm.startswith("لل")
        and len(phrase) >= 2
        and _name_word(phrase[-1].norm)
        and _name_word(phrase[-2].norm)
        and not t.text.endswith("ة")
    )


def _participle_lemma(norm: str) -> str | None:
    """A participle cue, also with a leading و (ومؤكدا)."""
    return _strip_prefix(norm, PARTICIPLE_CUES)


def nxt_is_cue(norm: str) -> bool:
    return _strip_prefix(norm, VERB_CUES) is not None


# Unions of word sets tested inside hot functions, made once here rather than on every test
# (``x in A | B`` builds the union each time it runs).
SPEAKER_STOP_OR_QAD = SPEAKER_STOP | QAD
BEFORE_PASSIVE = KANA | RELATIVES | {"عندما", "كما", "حيث"}  # «كما يتوقع أن …»
MENTION_HEADS = ROLE_HEADS | HONORIFICS | SOURCE_HEADS | ORG_HEADS
TITLE_WORDS = ROLE_HEADS | HONORIFICS
DOCUMENT_WORDS = DOCUMENTS_ISSUED | REPORTS
ORG_OR_SOURCE_HEADS = ORG_HEADS | SOURCE_HEADS
BUT_OR_AMMA = BUT_PLAIN | AMMA
AMMA_BUT_OR_KANA = AMMA | BUT_PLAIN | KANA
BUT_OR_KANA = BUT_PLAIN | KANA
TITLE_OR_ORG_HEADS = ROLE_HEADS | HONORIFICS | ORG_HEADS
ROLE_OR_ORG_HEADS = ROLE_HEADS | ORG_HEADS
ROLE_ORG_OR_SOURCE_HEADS = ROLE_HEADS | ORG_HEADS | SOURCE_HEADS
INSIST_OR_ASSERT = INSIST | ASSERT
IMPERSONAL_HEADS = ORG_HEADS | SOURCE_HEADS | REPORTS | STATISTICS
IMPORTANCE_OR_DIRECTIVE = IMPORTANCE | DIRECTIVE_NOUNS
