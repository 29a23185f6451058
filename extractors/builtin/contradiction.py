"""Lexical contradiction detector: two claims about the same thing (shared key terms) that carry
opposite signals: antonymous events (withdraw vs stay, rise vs fall), a negation of the same term, or
different numbers for the same unit; or a conflict the text itself reports (an explicit report, a
reported denial). Since 0.6.0 the conflicting spans must also be about the same subject: the same
head word and owner (prices of oil, not demand for oil or prices of land; one company's profits, not
another's), the same place and period, an asserted event (not a plan, a possibility or a purpose),
and for a denial the clause it actually governs. Since 0.7.0 a rise or fall forecast on one side and
reported on the other is two periods, adjectives are not owners and differently qualified owners are two
things («الاتحاد البرتغالي» / «الاتحاد الكويتي»), time left is not staying, a negation covers its predicate
only, a denial of one's own act needs the other claim to name the denier, and places after «بمركز» and
horizons («في غضون») count. Since 0.8.0 a negation is not one when it is a fixed phrase («بدون طيار»، «لا
يزال»), part of a name («جزيرة لا ريونيون»), a purpose («كي لا»), a condition («إذا لم»، «ما لا يقل»),
under an obligation («على الحكومة أن …»، «يجب أن»), restrictive («لا … إلا»، «لا … فقط»), asked («لماذا
لا …؟») or a compound adjective («غير النفطية»); a fused negation («كيلا»، «ألا») on the other side makes
both negative; an obligation or a word of time («إبان ارتفاع») is not a reported event; a conflict word in
a negated sentence is no report; figures glued to a digit («الـ(3.462)مليار»، «7ر2»), a thousandfold
scale slip and a toll broken down («15 من بينهم 3» vs «12 وثلاثة») are one figure; directions are places.
The explanation quotes the conflicting spans so a person can check it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claims.text import normalize_ar
from extractors.base import ClaimSignals, ClaimView, Detector, PairResult
from extractors.builtin.arabic import (
    SENTENCE_END,
    STOPWORDS,
    Token,
    key_terms,
    key_terms_of,
    stem,
    tokenize,
    word_set,
)

# Opposite event classes, as regexes over normalised tokens (clitics allowed around the stem).
_PREFIX = r"(?:و|ف|ب|ل|ك|س)?(?:ال|لل)?"
OPPOSITES: list[tuple[str, str, str, str]] = [
    # (label of side 1, pattern 1, label of side 2, pattern 2)
    (
        "withdrawal",
        r"(?:انسحاب|انسحب|ينسحب|تنسحب|سحب|يسحب|مغادره|مغادر|يغادر|رحيل|خروج|انتهاء|انهاء|انتهت|ينتهي|تنتهي)",
        "staying",
        r"(?:بقاء|يبقي|تبقي|ستبقي|سيبقي|ابقاء|يظل|تظل|ستظل|سيظل|استمرار|يستمر|تستمر|باقيه|باقون|مواصله)",
    ),
    (
        "increase",
        r"(?:ارتفاع|ارتفع|ارتفعت|يرتفع|زياده|زاد|زادت|صعود|نمو|ارتفاعا)",
        "decrease",
        r"(?:انخفاض|انخفض|انخفضت|ينخفض|تراجع|تراجعت|هبوط|هبط|نقص|انخفاضا)",
    ),
    (
        "acceptance",
        r"(?:قبول|قبلت|يقبل|تقبل|وافق|وافقت|موافقه|يوافق|تايد|تاييد)",
        "rejection",
        r"(?:رفض|رفضت|يرفض|ترفض|معارضه|عارض)",
    ),
    ("opening", r"(?:فتح|افتتاح|يفتح|تفتح)", "closure", r"(?:اغلاق|اغلق|يغلق|تغلق|اقفال)"),
    ("victory", r"(?:فوز|فاز|فازت|انتصار|انتصر)", "defeat", r"(?:خساره|خسر|خسرت|هزيمه|هزم)"),
    ("confirmation", r"(?:اكد|اكدت|تاكيد|ثبوت)", "denial", r"(?:نفي|نفت|ينفي|تنفي|نفى)"),
]
OPPOSITE_RES = [
    (l1, re.compile(rf"^{_PREFIX}{p1}(?:ه|ها|هم)?$"), l2, re.compile(rf"^{_PREFIX}{p2}(?:ه|ها|هم)?$"))
    for l1, p1, l2, p2 in OPPOSITES
]
# Each event label's opposites, both ways (the candidate prefilter asks "can these two be opposed?").
OPPOSITE_OF: dict[str, frozenset[str]] = {
    label: frozenset(
        {l2 for l1, _, l2, _ in OPPOSITES if l1 == label} | {l1 for l1, _, l2, _ in OPPOSITES if l2 == label}
    )
    for l1, _, l2, _ in OPPOSITES
    for label in (l1, l2)
}
# Words that say how a quantity is measured or when, not what is counted: two numbers that share only
# these («ارتفعت … لتبلغ 929 مليون ريال» / «ارتفعت … لتبلغ 169 مليار ريال») may count different things.
MEASURE_WORDS = frozenset(
    stem(normalize_ar(prefix + w))
    for prefix in ("", "و")  # «وبنسبة تغطية» as well as «بنسبة»
    for w in (
        "نسبة بنسبة معدل ارتفاع ارتفع ارتفعت انخفاض انخفض انخفضت تراجع زيادة بلغ بلغت لتبلغ ليبلغ يبلغ تبلغ "
        "إجمالي اجمالي مجموع عدد قيمة حجم مقارنة مقابل نحو بنحو حوالي قرابة أكثر أقل من إلى الى "
        "العام عام الماضي الجاري المقبل الحالي الشهر شهر الأسبوع يوم اليوم خلال سنة السنة الربع سنويا "
        "ثانية الثانية دقيقة ساعة متراجعا مرتفعا منخفضا بارتفاع بانخفاض بتراجع بزيادة صعودا هبوطا "
        "قال أفاد يفيد أشار أوضح ذكر أكد بحسب وفق حسب أصل إضافة بالإضافة "
        # the measure with a pronoun («بانخفاض نسبته 54%»), manner («بصورة ملحوظة»، «بشكل كبير»), net or
        # total, and the period compared with («الفترة نفسها من العام الماضي»، «الربع المماثل»)
        "نسبته نسبتها بنسبته بنسبتها بمقدار مقدار بصورة صورة بشكل صافي الفترة فترة نفس نفسها المماثل "
        "المماثلة السابق السابقة "
        # 0.7.0: «بزيادة قدرها مليون شخص»، «بانخفاض قدره 5 دولارات»، «بواقع مليون برميل» say how much;
        # «في المائة» is a unit; imperfect and feminine forms of the rise/fall/reach verbs («أن يرتفع
        # الطلب بمقدار 1.34 مليون برميل»)
        "قدرها قدره بقدر بواقع واقع مائة المائة بالمائة المئة بالمئة يرتفع ترتفع ينخفض تنخفض يتراجع "
        "تتراجع تراجعت يزيد تزيد زادت يصل تصل وصل وصلت ليصل لتصل"
    ).split()
)
_VERSUS = word_set("مقابل بمقابل مقارنة بالمقارنة")
ROUNDING = 0.05  # values within 5 % of each other are the same figure rounded (5.49 vs 5.4 million)
NUMBER_CONTEXT = 4  # tokens either side of a number that can name what it counts

# Verbs a negation passes through to the predicate: «لم يتم سدادها»، «لن يكون هناك انسحاب».
_AUXILIARIES = word_set("يتم تتم تم يكون تكون يكن تكن كان كانت يعد تعد يوجد توجد هناك ثمة")
PREVENTION = {"يمنع", "تمنع", "منع", "يحظر", "تحظر", "حظر", "يرفض", "ترفض", "رفض", "ينفي", "تنفي", "نفي"}
NEGATIONS = {"لا", "لن", "لم", "ليس", "ليست", "غير", "عدم", "بدون", "دون", "ولا", "ولن", "ولم"}

# 0.8.0 (new lists: NEGATIONS and OPPOSITES are features of the trained stance model and stay as they
# are). Negations written fused or in another spelling: «كيلا» is «كي لا», «ألا يتأثر» is «أن لا
# يتأثر», «بلا طيار» is «بدون طيار». Found before a shared word on the side that seems to assert it,
# they make both sides negative (the same statement spelled twice), never a conflict.
FUSED_NEGATIONS = word_set("كيلا لكيلا لئلا ألا الا بلا")
# Words after a negation that make a fixed phrase, not a negated predicate: «طائرات بدون طيار»
# (drones), «لا يزال» (still), «لا بد» (must), «لا شك» (no doubt), «لا مثيل».
NOT_NEGATED_AFTER = word_set("طيار يزال تزال زال يزالون بد شك مثيل غنى")
# «لا» after a place noun begins a foreign name: «جزيرة لا ريونيون»، «مدينة لا باز».
_NAME_BEFORE_LA = word_set("جزيرة جزر مدينة نادي فريق بحيرة ولاية مقاطعة منطقة شركة صحيفة مجلة")
# A negation with «إلا» after it restricts («لا يوجد إلا حل واحد»: there is only one), and one with
# «فقط»/«فحسب» after it is «not only … but» («ليس فقط الاقتصاد بل …»): both assert what they govern.
_RESTRICTIVE = word_set("إلا الا فقط فحسب")
# A question asks, it does not state: «لماذا لم تعترف الحكومة …؟»، «هل لا يزال …» (and «أليس»، «ألم»).
_QUESTION_WORDS = word_set("هل لماذا كيف متى أين أليس ألم")
# A negation under a condition states nothing: «إذا لم تلتزم النصرة حدودها»، «إن لم تكن معادية»، «ما لم
# يطرأ جديد» (unless), «ما لا يقل عن 49 شخصا» (at least), «في حال عدم …».
_CONDITIONAL = word_set("إذا اذا إن ان لو ما حال حالة")
# A negated purpose («كي لا يؤيد رفع الفائدة»، «حتى لا يتكرر») says what something is for, not what
# happens.
_PURPOSE = word_set("كي لكي حتى")
# An obligation is not a fact: «يجب أن تعترف»، «على الحكومة الإسرائيلية أن تعترف بجرائمها»، «على
# الكونغرس ألا يتأثر». Modal words, or «على»/«عليه» opening the clause and followed by «أن»/«ألا».
DEONTIC = word_set("يجب ينبغي يتعين يتعيّن يلزم بد ضرورة بضرورة لزاما واجب")
_ON = word_set("على عليه عليها عليهم علينا عليكم عليهما")
_THAT_TO = word_set("أن ان ألا الا")
# An event after a word of time is a time reference, not a report: «إبان ارتفاع أسعار النفط» (when
# prices were high), «أثناء انسحاب القوات».
_TIME_OF = word_set("إبان ابان إبّان أثناء اثناء خلال وقت زمن عهد فترة حقبة")


@dataclass(frozen=True)
class LexicalConfig:
    min_shared_terms: int = 2
    strong_shared_terms: int = 3
    strong_jaccard: float = 0.25
    contradiction_threshold: float = 0.5


# The article itself says the statements conflict: «وتتناقض تصريحات ماكنزي مع ما أعلنه …»، «خلافا لما قاله …».
EXPLICIT_RE = re.compile(
    r"(?:تتناقض|يتناقض|تناقض|يناقض|تناقضت|تتعارض|يتعارض|تعارض|خلافا ل|على عكس|عكس ما|نفى ما|تنفي ما|ينفي ما)"
)


DENIAL_CUES = word_set("نفى نفت نفوا ينفي تنفي ونفى ونفت وينفي وتنفي فنفى نافيا نافية")


@lru_cache(maxsize=1024)
def _is_denial(cue: str) -> bool:
    return normalize_ar(cue) in DENIAL_CUES


@lru_cache(maxsize=4096)
def _surname(name: str) -> str:
    words = normalize_ar(name).split()
    return words[-1] if words else ""


@lru_cache(maxsize=4096)
def _same_speaker(x: str, y: str) -> bool:
    """The same speaker as far as names tell: equal, or one name's last word among the other's words
    («المرصد» / «المرصد السوري»، «إردوغان» / «رجب طيب إردوغان»). Two unnamed speakers count as the same
    (nothing says they differ)."""
    wx, wy = normalize_ar(x).split(), normalize_ar(y).split()
    if not wx or not wy:
        return not wx and not wy
    return wx[-1] in wy or wy[-1] in wx


@lru_cache(maxsize=1024)
def _negated_report(context: str, start: int) -> bool:
    """The conflict word at ``start`` is inside a negated sentence or under a denial (0.8.0): «ليس في
    الآية ما يدل على أن حب الوطن يناقض حب الله» says there is no conflict. A negation among the twelve
    words before it, in its sentence."""
    sentence = re.split(r"[.!?؟\n]", context[max(0, start - 160) : start])[-1]
    return any(_bare(t.norm) in NEGATIONS for t in tokenize(sentence)[-12:])


def _explicit_report(a: ClaimView, b: ClaimView, swapped: bool = False) -> PairResult | None:
    """``a`` is introduced by a sentence that reports a contradiction with ``b``'s speaker."""
    surname = _surname(b.speaker)
    if not a.context or len(surname) < 3:
        return None
    # The conflict word must govern the other speaker: «تتناقض تصريحات ماكنزي …» — the surname within
    # the next few words, not anywhere in the paragraph.
    match = next(
        (
            m
            for m in EXPLICIT_RE.finditer(a.context)
            if surname in normalize_ar(a.context[m.end() : m.end() + 60]).split()[:4]
            and not _negated_report(a.context, m.start())
        ),
        None,
    )
    if match is None or _same_speaker(a.speaker, b.speaker):
        # «نفت الوزارة …، خلافا لما ذكره المرصد. وقال المرصد إن …»: the conflict the article reports is
        # between the observatory and someone else, not between two of the observatory's statements.
        return None
    phrase = a.context[match.start() : match.start() + 80].split("\n")[0]
    explanation = f"the article reports the conflict: «{phrase.strip()}…» ({a.speaker or 'A'} vs {b.speaker})"
    # The conflicting spans are the two claims themselves, in the caller's (a, b) order.
    spans = (((0, len(a.text)),), ((0, len(b.text)),))
    spans_a, spans_b = (spans[1], spans[0]) if swapped else spans
    return PairResult("contradiction", 0.9, "explicit report", explanation, spans_a, spans_b, certain=True)


@dataclass(frozen=True)
class _Analysis:
    tokens: list[Token]
    stems: tuple[str, ...]
    terms: frozenset[str]
    events: dict[str, tuple[int, ...]]  # opposite-event label → indices of tokens that express it
    stem_set: frozenset[str]  # every token's stem: "is this word anywhere in the claim?"


@lru_cache(maxsize=2048)
def _analyse(text: str) -> _Analysis:
    """Everything compare() needs of one claim, computed once: a new claim meets many candidates."""
    tokens = tokenize(text)
    events: dict[str, list[int]] = {}
    for i, token in enumerate(tokens):
        for label in _event_labels(token.norm):
            events.setdefault(label, []).append(i)
    stems = tuple(stem(t.norm) for t in tokens)
    return _Analysis(
        tokens, stems, key_terms_of(tokens), {k: tuple(v) for k, v in events.items()}, frozenset(stems)
    )


@lru_cache(maxsize=65536)  # words recur across claims: match each against the event lists once
def _event_labels(norm: str) -> tuple[str, ...]:
    """The opposite-event labels a normalised word expresses (usually none)."""
    labels = []
    for label1, re1, label2, re2 in OPPOSITE_RES:
        if re1.match(norm):
            labels.append(label1)
        if re2.match(norm):
            labels.append(label2)
    return tuple(labels)


def _unit_stems(a: ClaimView, b: ClaimView) -> set[str]:
    """The units of both claims' numbers (ريال، جندي): they say how much, not of what."""
    return {stem(normalize_ar(n.get("unit", ""))) for n in (*a.numbers, *b.numbers)}


def _counted(analysis: _Analysis, number: dict, unit: str) -> set[str]:
    """Stems of the content words within NUMBER_CONTEXT tokens of a number (not crossing another
    number): what it counts. Unit, measure and time words are left out."""
    tokens, stems = analysis.tokens, analysis.stems
    inside = [i for i, t in enumerate(tokens) if t.start < number["end"] and t.end > number["start"]]
    if not inside:
        return set()
    around = []
    for step, edge in ((-1, inside[0]), (1, inside[-1])):
        for i in range(edge + step, edge + step * (NUMBER_CONTEXT + 1), step):
            if not 0 <= i < len(tokens) or any(ch.isdigit() for ch in tokens[i].norm):
                break
            if step == 1 and _is(tokens[i].norm, _VERSUS):
                break  # «خسارة السهم 1.23 ريال مقابل ربح 0.52»: what follows is the other figure's
            around.append(i)
    unit_stem = stem(normalize_ar(unit))
    return {
        stems[i]
        for i in around
        if stems[i] in analysis.terms and stems[i] != unit_stem and stems[i] not in MEASURE_WORDS
    }


def _window(text: str, tokens: list[Token], index: int, radius: int = 3) -> tuple[int, int]:
    lo, hi = max(0, index - radius), min(len(tokens) - 1, index + radius)
    return tokens[lo].start, tokens[hi].end


def _quantities(claim: ClaimView) -> str:
    found = [n.get("text", "") for n in claim.numbers if n.get("unit") not in ("", "year")]
    return f"; {', '.join(found)}" if found else ""


# Words that, just before an event, mean it does not happen: «لا خروج لليونان», «عدم انخفاض الأسعار»,
# «تفادي خروج فوضوي». Such an event is not asserted, so it opposes nothing.
EVENT_NEGATORS = NEGATIONS | {normalize_ar(w) for w in "تفادي لتفادي تجنب لتجنب منع لمنع يمنع دون".split()}
# Words that put an event under an attitude, a plan, a possibility or an ability rather than assert it:
# «يحبذون انسحاب اليونان»، «خطة … لإبقاء بلاده»، «النقاش حول خروج محتمل»، «حاولوا مغادرة»، «قدرة المستثمرين
# على الاستمرار». A poll or a plan about leaving does not contradict a statement that someone stays.
ATTITUDES = word_set(
    "يريد يريدون تريد نريد يحبذ يحبذون تحبذ يفضل يفضلون يطالب يطالبون طالب تطالب دعا دعت يدعو تدعو "
    "خطة خطه مشروع اقتراح مقترح يقترح مخاطر خطر احتمال احتمالات محتمل إمكانية امكانية ممكن يمكن "
    "ربما النقاش نقاش حول بحث يبحث مناقشة يناقش يأمل تأمل أمل نأمل يسعى تسعى سعي هدف يهدف لضمان يكفل "
    "تكفل حاول حاولوا يحاول تحاول محاولة يعتزم تعتزم ينوي تنوي نية مسؤولية سؤال هل "
    "قدرة قدرته قدرتها القدرة قادر قادرة قادرون عاجز عاجزة يستطيع تستطيع بإمكان بامكان"
)
# «قد» is "may" before an imperfect verb («قد يشكل») but "has/did" before a past one («قد تراجع»،
# «قد أعلن»): only the first puts an event under a possibility. Past verbs of the patterns تفاعل/تفعّل
# begin with ت like an imperfect; the common ones are listed.
_PAST_WITH_TA = word_set(
    "تراجع تزايد تقدم تم توقف تحول تحسن تمكن تعرض تجاوز تضاعف تقلص تباطأ تكبد تسلم تولى تعهد"
)
# Words right after an event that say it is expected or proposed, not reported: «زيادة محتملة في سعر
# الفائدة»، «انسحاب مرتقب».
EVENT_HEDGES = word_set("محتمل محتملة متوقع متوقعة مرتقب مرتقبة مقترح مقترحة مزمع مزمعة مفترض مفترضة")
# «ل» + an event is a purpose («مشروع قانون لإنهاء الحظر»، «خطة لإبقاء بلاده»), unless the word before
# makes it a cause («نظرا لارتفاع الأسعار»، «نتيجة لتراجع الطلب»).
_CAUSE_BEFORE_LAM = word_set(
    "نظرا نتيجة نتيجه تبعا وفقا بالنسبة إضافة اضافة بالإضافة بالاضافة يعود يرجع تعرض أدى أدت يؤدي تؤدي"
)
# Leaving for a place («سيغادر إلى جمهورية مصر في زيارة») is a journey, not a withdrawal from it.
_JOURNEY_RE = re.compile(rf"^{_PREFIX}(?:مغادره|مغادر|يغادر|تغادر|غادر|غادرت|رحيل)$")
_TOWARDS = word_set("إلى الى نحو متوجها متوجهة")

# What an event is about: the first content word after it (انسحاب جميع القوات → القوات، ستبقي على العدد
# الحالي لقواتها → قواتها، تراجع أسعار النفط → أسعار), skipping function words, measure and time words
# and quantifiers.
_QUANTIFIERS = frozenset(
    stem(normalize_ar(w)) for w in "جميع كل كافة بعض معظم غالبية أغلب مختلف عدة بقية سائر".split()
)
_HEAD_SKIP = MEASURE_WORDS | _QUANTIFIERS
_FUNCTION_WORDS = STOPWORDS | word_set("إذ اذ لدى قرب ضد تجاه بما كما")
# Quantities that belong to someone: a company's profits, a country's output or unemployment. Two
# claims about them concern the same owner only if a word after the quantity names the same owner, or
# the same speaker reports both («أعلنت هوندا ارتفاع صافي أرباحها» vs «أعلنت سابك تراجع أرباحها»).
RELATIONAL = frozenset(
    stem(normalize_ar(w))
    for w in (
        "ربح أرباح الأرباح خسارة خسائر الخسائر إيرادات الإيرادات عائدات العائدات مبيعات المبيعات دخل الدخل "
        "ناتج الناتج صادرات الصادرات واردات الواردات إنتاج الإنتاج حصة الحصة سهم السهم أسهم الأسهم "
        "بطالة البطالة تضخم التضخم عجز العجز فائض الفائض ميزانية الميزانية ديون الديون أصول الأصول "
        "موجودات الموجودات رأسمال ودائع الودائع"
    ).split()
)
# Where something happens: the words after a locative preposition near the event or number («17 ضربة
# جوية في العراق» vs «سبع ضربات جوية قرب الحسكة»، «سقطوا في صفوف الانقلابيين» vs «في صفوف المقاومة»).
# Generic place nouns (منطقة، مدينة، صفوف) are looked through to the name after them.
_LOCATIVE_PREPS = word_set("في قرب بالقرب داخل شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي أنحاء")
# A direction is the place when no name follows it: «في جنوب البلاد» vs «في شمال غرب البلاد».
_DIRECTIONS = word_set("شمال جنوب شرق غرب شمالي جنوبي شرقي غربي")
_GENERIC_PLACES = frozenset(
    stem(normalize_ar(article + w))
    for article in ("", "ال")  # 0.8.0: «البلاد» stems to «بلاد», «بلاد» to «لاد»: both forms
    for w in "منطقة مناطق مدينة مدن محافظة محافظات بلدة قرية ولاية إقليم حي ريف صفوف أنحاء دولة دول بلاد مركز".split()
)


# The elative (أفعل: أظلم، أكبر، أخطر) and the «من» of a comparison after it.
_ELATIVE_RE = re.compile(r"^ا[\u0621-\u064a]{3}$")
_THAN = frozenset({"من", "ممن", "مما"})


def _bare(norm: str) -> str:
    """A function word without the conjunction fused to it (وعدم → عدم، ولن → لن، فلا → لا)."""
    return norm[1:] if len(norm) > 2 and norm[0] in "وف" else norm


def _core(norm: str) -> str:
    """A word without و/ف and the article (وللنفط → نفط), its other letters kept: in a three-letter
    stem a first ب or ل may be a root letter («بقاء»، «لقاء»)."""
    word = _bare(norm)
    for article in ("بال", "كال", "لل", "ال"):
        if word.startswith(article) and len(word) - len(article) >= 3:
            return word[len(article) :]
    return word


def _is(norm: str, words: frozenset[str] | set[str]) -> bool:
    """``norm`` is one of ``words`` as written or without a fused و/ف («ولن» → «لن»; «وسط» stays)."""
    return norm in words or _bare(norm) in words


def _is_attitude(word: str) -> bool:
    """``word`` is an attitude word, also behind و/ف or ب/ل («بمشروع قانون»، «لخطة»)."""
    return _is(word, ATTITUDES) or (len(word) > 3 and word[0] in "بل" and word[1:] in ATTITUDES)


def _qad_possibility(tokens: list[Token], j: int) -> bool:
    """``tokens[j]`` is «قد»: does it mean "may" (before an imperfect verb)?"""
    if j + 1 >= len(tokens):
        return False
    after = tokens[j + 1].norm
    if after[:1] in ("ي", "ن"):
        return True
    return after[:1] == "ت" and not after.endswith("ت") and after not in _PAST_WITH_TA


def _obliged(tokens: list[Token], i: int, back: int = 8) -> bool:
    """The word at ``i`` is under an obligation in its clause (0.8.0): a modal («يجب أن تعترف»، «لا بد
    أن») or «على»/«عليه» opening the clause with «أن»/«ألا» after it («على الحكومة الإسرائيلية أن
    تعترف بجرائمها»، «على الكونغرس ألا يتأثر»), where «أكد على أن» is a verb and its preposition."""
    that = None
    for j in range(i - 1, max(-1, i - 1 - back), -1):
        norm = tokens[j].norm
        if norm in _CLAUSE_MARKS:
            return False
        if _is(norm, DEONTIC):
            return True
        if _is(norm, _THAT_TO):
            that = j
        elif that is not None and that - j <= 4 and _is(norm, _ON):
            before = tokens[j - 1].norm if j > 0 else ""
            return not before or before in _CLAUSE_MARKS or _is(before, _COMPLEMENTIZERS)
    return False


def _restricted_or_asked(tokens: list[Token], i: int, reach: int = 6) -> bool:
    """The negation at ``i`` restricts («لم يبق إلا يومان»، «ليس فقط … بل») or is asked («لماذا لم …؟»):
    «إلا»/«فقط» in its clause within ``reach`` words after it, a question word just before it, or a
    question mark ending its sentence (0.8.0)."""
    if any(_is(tokens[j].norm, _QUESTION_WORDS) for j in range(max(0, i - 2), i)):
        return True
    for j in range(i + 1, len(tokens)):
        norm = tokens[j].norm
        if norm in ("؟", "?"):
            return True
        if norm in SENTENCE_END:
            return False
        if (
            j <= i + reach
            and _is(norm, _RESTRICTIVE)
            and not any(tokens[k].norm in _CLAUSE_MARKS for k in range(i + 1, j))
        ):
            return True
    return False


def _hedged(analysis: _Analysis, i: int) -> bool:
    """The word at ``i`` is under an attitude or a possibility («يحبذون انسحاب»، «قد ينخفض») or hedged
    right after it («زيادة محتملة»، «خروج محتمل»): not stated as a fact."""
    tokens = analysis.tokens
    if any(_is_attitude(tokens[j].norm) for j in range(max(0, i - 3), i)):
        return True
    if any(
        _is(tokens[j].norm, {"قد", "لقد"}) and _qad_possibility(tokens, j) for j in range(max(0, i - 2), i)
    ):
        return True
    if _obliged(tokens, i):
        return True  # «على الحكومة أن تعترف»: what someone must do is not what happens (0.8.0)
    return i + 1 < len(tokens) and _is(tokens[i + 1].norm, EVENT_HEDGES)


def _asserted(analysis: _Analysis, i: int) -> bool:
    """The event at token ``i`` is stated as happening: not negated («لا خروج»), not hedged (see
    ``_hedged``), not a purpose («لإنهاء الحظر»), not a journey («سيغادر إلى مصر»)."""
    tokens = analysis.tokens
    before = [tokens[j].norm for j in range(max(0, i - 3), i)]
    if any(_is(w, EVENT_NEGATORS) for w in before[-2:]) or _hedged(analysis, i):
        return False
    if before and (_is(before[-1], _TIME_OF) or _is(before[-1], FUSED_NEGATIONS)):
        return False  # «إبان ارتفاع أسعار النفط»: a time, not a report; «كيلا يرتفع» (0.8.0)
    if _bare(tokens[i].norm).startswith("ل") and not (before and _is(before[-1], _CAUSE_BEFORE_LAM)):
        return False
    after = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    if _is(after, _TOWARDS) and _JOURNEY_RE.match(tokens[i].norm):
        return False
    return not ("staying" in _event_labels(tokens[i].norm) and _time_left(tokens, i))


# Time that remains is not someone staying: «مع تبقي سبعة أشهر على تركه لمنصبه»، «يتبقى يومان على
# الموعد»، «تبقى 10 دقائق». A staying word followed by a count or a span of time says how long is left.
_DURATIONS = word_set(
    "يوم يوما أيام يومان يومين أسبوع أسبوعا أسابيع أسبوعان أسبوعين شهر شهرا أشهر شهور شهران شهرين "
    "سنة سنوات سنتان سنتين عام عاما أعوام عامان عامين ساعة ساعات ساعتان ساعتين دقيقة دقائق ثانية ثوان "
    "واحد واحدة اثنان اثنين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية تسع تسعة عشر "
    "عشرة عشرون عشرين بضعة بضع"
)


def _time_left(tokens: list[Token], i: int) -> bool:
    """The staying word at ``i`` is followed by a count or a span of time («تبقي سبعة أشهر»)."""
    for k in range(i + 1, min(len(tokens), i + 3)):
        norm = tokens[k].norm
        if any(ch.isdigit() for ch in norm) or norm in _DURATIONS:
            return True
        if norm not in _FUNCTION_WORDS:
            return False
    return False


def _head(analysis: _Analysis, i: int, reach: int = 4) -> int | None:
    """The first content word after the event at ``i`` (what rises, leaves or is refused), or None
    when punctuation or a number comes first."""
    tokens, stems = analysis.tokens, analysis.stems
    for j in range(i + 1, min(len(tokens), i + 1 + reach)):
        norm = tokens[j].norm
        if not norm.isalpha():
            return None
        if (
            norm in _FUNCTION_WORDS
            or _bare(norm) in _FUNCTION_WORDS
            or len(norm) < 3
            or stems[j] in _HEAD_SKIP
        ):
            continue
        return j
    return None


def _neighbourhood(analysis: _Analysis, i: int, before: int = 3, after: int = 5) -> frozenset[str]:
    return frozenset(analysis.stems[max(0, i - before) : i] + analysis.stems[i + 1 : i + 1 + after])


def _owners(analysis: _Analysis, j: int, speaker: str) -> frozenset[str]:
    """Content words right after the word at ``j`` (its possessor: أرباح الشركة، أسعار النفط), up to
    two, stopping at punctuation, numbers, prepositions and a new coordinated phrase («والبالغ»), and
    the place after it («البطالة في السعودية»); with none («أعلنت سابك تراجع أرباحها»), the owner is the
    speaker (its last name). Adjectives are not owners (0.7.0): a definite word after a definite word
    agrees with it («الناتج المحلي»، «الاتحاد الكويتي»), where a possessor follows an indefinite head
    («أسعار النفط») or «ل» («الناتج المحلي لروسيا»)."""
    tokens, stems = analysis.tokens, analysis.stems
    found = []
    for k in range(j + 1, min(len(tokens), j + 4)):
        norm = tokens[k].norm
        if not norm.isalpha() or norm in _FUNCTION_WORDS or norm[0] == "و":
            break
        if stems[k] in MEASURE_WORDS or len(norm) < 3 or _adjective(tokens, k):
            continue
        found.append(stems[k])
        if len(found) == 2:
            break
    found += [name for name, _ in _locatives(analysis, j + 1, j + 5)]  # «معدل البطالة في السعودية»
    if not found and _surname(speaker):
        found.append(stem(_surname(speaker)))
    return frozenset(found)


def _definite(norm: str) -> bool:
    return norm.startswith("ال") and len(norm) > 4


def _adjective(tokens: list[Token], k: int) -> bool:
    """A definite word right after a definite word is its adjective («الناتج المحلي»، «الاتحاد
    البرتغالي»): Arabic puts no definite possessor after a definite noun."""
    return k > 0 and _definite(tokens[k].norm) and _definite(_bare(tokens[k - 1].norm))


_NISBA_ENDINGS = ("يين", "يون", "يه", "ي")


def _qualifiers(analysis: _Analysis, j: int) -> frozenset[str]:
    """What sets the phrase at ``j`` apart from others of its kind: its adjectives and nationality or
    origin words («طلب الاتحاد البرتغالي»، «طلب البرتغاليين» vs «طلب الاتحاد الكويتي»), reduced to the
    word they derive from (البرتغاليين، البرتغالي → برتغال)."""
    tokens = analysis.tokens
    found = set()
    for k in range(j + 1, min(len(tokens), j + 4)):
        norm = tokens[k].norm
        if not norm.isalpha() or norm in _FUNCTION_WORDS or norm[0] == "و":
            break
        if not (_adjective(tokens, k) or (_definite(norm) and norm.endswith(("يين", "يون")))):
            continue
        root = norm[2:]
        for ending in _NISBA_ENDINGS:
            if root.endswith(ending) and len(root) - len(ending) >= 3:
                root = root[: -len(ending)]
                break
        found.add(root)
    return frozenset(found)


@lru_cache(maxsize=65536)
def _in_place(norm: str) -> bool:
    """«بمركز»، «بمحافظة»، «ببلدة»: ب fused to a generic place noun, a locative like «في مركز»."""
    return len(norm) > 4 and norm[0] == "ب" and stem(norm[1:]) in _GENERIC_PLACES


def _locatives(analysis: _Analysis, lo: int, hi: int) -> list[tuple[str, bool]]:
    """Place words after a locative preposition in tokens ``lo``..``hi`` (not crossing a number), each
    with whether it is coordinated with another («في سوريا والعراق»)."""
    tokens, stems = analysis.tokens, analysis.stems
    found: list[tuple[str, bool]] = []
    j = max(0, lo)
    hi = min(len(tokens), hi)
    while j < hi:
        norm = tokens[j].norm
        # «في …»، or ب fused to a place noun: «بمركز المرمية»، «بمحافظة العيص» (the name after it)
        if not (_is(norm, _LOCATIVE_PREPS) or _in_place(norm)):
            j += 1
            continue
        k = j + 1
        names: list[str] = []
        coordinated = False
        while k < len(tokens) and k <= j + 4 and len(names) < 2:
            norm = tokens[k].norm
            if not norm.isalpha() or norm in _FUNCTION_WORDS or _is(norm, _LOCATIVE_PREPS):
                break
            if names and norm.startswith("وال") and len(norm) > 4:  # «والعراق», not «واستهدفت»
                coordinated = True
            elif names:
                break
            if stems[k] not in _GENERIC_PLACES and stems[k] not in MEASURE_WORDS and len(norm) >= 3:
                names.append(stems[k])
            k += 1
        if _bare(tokens[j].norm) in _DIRECTIONS:
            # «في جنوب البلاد» vs «في شمال غرب البلاد»، «شمال سوريا» vs «جنوب سوريا» (0.8.0)
            names.insert(0, _bare(tokens[j].norm)[:4])
        found.extend((name, coordinated) for name in names)
        j = k
    return found


# When something happens: a year («2014م»، «1436هـ»), a month (Gregorian or Levantine names, one index), a
# quarter or half («الربع الثاني»، «النصف الأول»). Two anchors dated in different periods are two facts.
_MONTHS = {
    normalize_ar(name): index
    for index, names in enumerate(
        (
            "يناير كانون_الثاني",
            "فبراير شباط",
            "مارس آذار",
            "أبريل ابريل نيسان",
            "مايو أيار",
            "يونيو يونيه حزيران",
            "يوليو يوليه تموز",
            "أغسطس آب",
            "سبتمبر أيلول",
            "أكتوبر تشرين_الأول",
            "نوفمبر تشرين_الثاني",
            "ديسمبر كانون_الأول",
        ),
        start=1,
    )
    for name in names.split()
    if "_" not in name
}
_PERIOD_NOUNS = frozenset(stem(normalize_ar(w)) for w in "الربع ربع النصف نصف الفصل فصل".split())
_ORDINALS = {
    normalize_ar(w): n
    for n, words in enumerate(("الأول الاول أول", "الثاني ثاني", "الثالث ثالث", "الرابع رابع"), start=1)
    for w in words.split()
}
_ASCII_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_YEAR_RE = re.compile(r"^(1[3-4]\d\d|19\d\d|20\d\d)(?:م|ه|هـ)?$")


def _periods(analysis: _Analysis, lo: int, hi: int) -> dict[str, set]:
    """The years, months, quarters and horizons («في غضون 12 شهرا») named in tokens ``lo``..``hi``, by
    kind."""
    tokens, stems = analysis.tokens, analysis.stems
    found: dict[str, set] = {}
    for j in range(max(0, lo), min(len(tokens), hi)):
        norm = tokens[j].norm
        year = _YEAR_RE.match(_bare(norm).translate(_ASCII_DIGITS))
        if year:
            found.setdefault("year", set()).add(int(year.group(1)))
        elif norm in _MONTHS or _bare(norm) in _MONTHS:
            found.setdefault("month", set()).add(_MONTHS.get(norm) or _MONTHS[_bare(norm)])
        elif stems[j] in _PERIOD_NOUNS and j + 1 < len(tokens) and tokens[j + 1].norm in _ORDINALS:
            found.setdefault(stems[j], set()).add(_ORDINALS[tokens[j + 1].norm])
        elif norm == _WITHIN and j + 1 < len(tokens):
            # a horizon: «في غضون 12 شهرا» vs «في غضون يوم» (the count, if any, and the unit)
            span = tuple(stems[k] for k in range(j + 1, min(len(tokens), j + 3)) if tokens[k].norm.isalnum())
            found.setdefault("within", set()).add(
                span[:2] if span[:1] and span[0][:1].isdigit() else span[:1]
            )
    return found


_WITHIN = normalize_ar("غضون")


def _other_period(an_a: _Analysis, ia: int, an_b: _Analysis, ib: int, reach: int = 8) -> bool:
    """Both anchors are dated and the dates differ in kind they share («ارتفع في 2014» vs «انخفض في
    2015»، «الربع الأول» vs «الربع الثاني»)."""
    pa = _periods(an_a, ia - reach, ia + reach + 1)
    if not pa:
        return False
    pb = _periods(an_b, ib - reach, ib + reach + 1)
    return any(kind in pb and not (values & pb[kind]) for kind, values in pa.items())


# A forecast and a report of what happened are about two different times: «توقع تقرير ارتفاع أسعار
# النفط إلى 75 دولارا في عام 2016» does not contradict «انخفضت أسعار النفط», though two forecasts for
# the same period can conflict. A claim is a forecast when its reporting verb is one («توقع»،
# «تتوقع»), when it opens on one («من المتوقع أن»، «بوسع الشركة»), or when its anchor is: a future
# verb («سيرتفع»، «سنرفع»), a forecast word before it in its clause («من المتوقع أن تصل»، «سوف»، «قد
# يزيد»), or a later year or an «المقبل» period after it.
FORECAST_CUES = word_set(
    "توقع توقعت يتوقع تتوقع نتوقع يتوقعون توقعوا متوقعا متوقعة رجح رجحت يرجح ترجح تنبأ يتنبأ"
)
FORECAST_MARKERS = FORECAST_CUES | word_set(
    "المتوقع متوقع متوقعة توقعات التوقعات تقديرات سوف مرتقب مرتقبة يرتقب بوسع بإمكان يمكن"
)
# Signs of a trend («مؤشرات الصعود في أسعار النفط»، «لا يلوح في الأفق بوادر تحسن») look ahead without
# dating anything: such a claim may conflict with a forecast and with a report alike.
OUTLOOK_MARKERS = word_set("بوادر مؤشرات مؤشر الأفق أفق ملامح")
_LATER = word_set("المقبل المقبلة القادم القادمة")
# Words that begin like a future verb (س + ي/ت/ن) and are not one.
_NOT_FUTURE = tuple(
    normalize_ar(w)
    for w in "سيار سياس سياح سيطر سيول سنوات سنوي سنتين سنتيم ستين ستة ستار سيدة سيدات سينما سيناء".split()
)
_CLAUSE_MARKS = frozenset({"،", ",", "؛", ";", ":"}) | SENTENCE_END


@lru_cache(maxsize=65536)
def _future_verb(norm: str) -> bool:
    """«سيرتفع»، «ستنتهي»، «سنرفع»، «وسيبقى»: the future prefix on an imperfect verb."""
    word = _bare(norm)
    return len(word) >= 5 and word[0] == "س" and word[1] in "يتن" and not word.startswith(_NOT_FUTURE)


def _marker(norm: str) -> str:
    """ "forecast", "outlook" or "" for one word, as written, behind و/ف or behind ل/ب («لبوادر»)."""
    for word in (norm, _bare(norm), norm[1:] if len(norm) > 4 and norm[0] in "لب" else norm):
        if word in FORECAST_MARKERS:
            return "forecast"
        if word in OUTLOOK_MARKERS:
            return "outlook"
    return "forecast" if _future_verb(norm) else ""


def _frame(analysis: _Analysis, i: int, claim: ClaimView, back: int = 8) -> str:
    """When the anchor at ``i`` (an event or a number) is placed: "forecast", "outlook" or "report"."""
    tokens = analysis.tokens
    # Signs observed now that govern the anchor make it an outlook whatever the reporting verb: «توقع
    # … إلى جانب مؤشرات الصعود في أسعار النفط»
    if any(_marker(tokens[j].norm) == "outlook" for j in range(max(0, i - 3), i)):
        return "outlook"
    if _bare(normalize_ar(claim.cue)) in FORECAST_CUES or any(
        _marker(t.norm) == "forecast" for t in tokens[:3]
    ):
        return "forecast"
    if _future_verb(tokens[i].norm):
        return "forecast"
    outlook = False
    for j in range(i - 1, max(-1, i - 1 - back), -1):
        norm = tokens[j].norm
        if norm in _CLAUSE_MARKS:
            break
        found = _marker(norm)
        if found == "forecast" or (_is(norm, {"قد"}) and _qad_possibility(tokens, j)):
            return "forecast"
        outlook = outlook or found == "outlook"
    if outlook:
        return "outlook"
    if any(_is(tokens[j].norm, _LATER) for j in range(i + 1, min(len(tokens), i + 9))):
        return "forecast"
    if claim.published_at and any(
        year > claim.published_at.year for year in _periods(analysis, i - 8, i + 9).get("year", ())
    ):
        return "forecast"
    return "report"


def _apart_in_time(an_a: _Analysis, ia: int, a: ClaimView, an_b: _Analysis, ib: int, b: ClaimView) -> bool:
    """One anchor is a forecast and the other a report of the present or past."""
    frames = {_frame(an_a, ia, a), _frame(an_b, ib, b)}
    return frames == {"forecast", "report"}


def _elsewhere(an_a: _Analysis, ia: int, an_b: _Analysis, ib: int, before: int = 3, after: int = 8) -> bool:
    """The two anchors (events or numbers) are placed apart: each side names a place the other claim
    never mentions («في العراق» vs «قرب الحسكة»), or one widens the other's scope («في سوريا والعراق» vs
    «في سوريا»)."""
    loc_a = _locatives(an_a, ia - before, ia + after)
    loc_b = _locatives(an_b, ib - before, ib + after)
    if not loc_a or not loc_b:
        return False
    novel_a = [(s, c) for s, c in loc_a if s not in an_b.stem_set]
    novel_b = [(s, c) for s, c in loc_b if s not in an_a.stem_set]
    if novel_a and novel_b:
        return True
    return any(c for _, c in novel_a) or any(c for _, c in novel_b)


def _events_about(analysis: _Analysis, label: str, topic: frozenset[str]) -> list[tuple[int, frozenset[str]]]:
    """Each asserted token expressing ``label`` (see ``_asserted``), with the shared topic words that
    are its arguments: in the four tokens after it (انسحاب جميع القوات، ستبقي على العدد الحالي لقواتها،
    ارتفاع أسعار النفط). Two opposite events conflict only about the same argument. The words before
    an event are left out: in news Arabic they are mostly whatever it is attached to («وزير التعليم
    لإنهاء الاستعدادات»), not what rises or leaves."""
    stems = analysis.stems
    found = []
    for i in analysis.events.get(label, ()):
        if not _asserted(analysis, i):
            continue
        arguments = frozenset(stems[j] for j in range(i + 1, min(len(stems), i + 5)) if stems[j] in topic)
        if arguments:
            found.append((i, arguments))
    return found


def _same_subject(
    an_a: _Analysis, ia: int, an_b: _Analysis, ib: int, a: ClaimView, b: ClaimView, label: str
) -> bool:
    """Two opposite events are about the same thing:

    - what each is about (its head word) is the same: «تراجع أسعار النفط» vs «نمو الطلب على النفط» are
      prices vs demand, «ارتفاع القروض» vs «انخفاض تسديد القروض» loans vs repayments. Leaving and
      staying only need one side's head near the other event, since the actor may be named through
      what it does («انتهاء المهام القتالية لقوات التحالف» vs «ستبقي على العدد الحالي لقواتها»);
    - the words owning the head do not name two different things («أسعار النفط» vs «أسعار الأراضي»);
    - a quantity that belongs to someone (profits, output) has the same owner: a shared word after
      it, or the same speaker («أعلنت هوندا ارتفاع صافي أرباحها» vs «أعلنت سابك تراجع أرباحها»);
    - they do not happen in different places or periods, and a rise or fall is not forecast on one side
      and reported on the other (0.7.0)."""
    ha, hb = _head(an_a, ia), _head(an_b, ib)
    if ha is not None and hb is not None:
        head_a, head_b = an_a.stems[ha], an_b.stems[hb]
        if (
            head_a == head_b
            and len(head_a) <= 3
            and _core(an_a.tokens[ha].norm) != _core(an_b.tokens[hb].norm)
        ):
            return False  # «لقاء» / «بقاء» both stem to «قاء»: a short stem needs the same word (0.8.0)
        a_near_b, b_near_a = head_a in _neighbourhood(an_b, ib), head_b in _neighbourhood(an_a, ia)
        one_way = label in ("withdrawal", "staying") and (a_near_b or b_near_a)
        if head_a != head_b and not (a_near_b and b_near_a) and not one_way:
            return False
        owners_a, owners_b = _owners(an_a, ha, ""), _owners(an_b, hb, "")
        if owners_a and owners_b and not (owners_a & an_b.stem_set) and not (owners_b & an_a.stem_set):
            return False
        # The same head and owner noun, qualified differently: «طلب الاتحاد البرتغالي» vs «طلب الاتحاد
        # الكويتي» are two federations' requests (a phrase, not a bag of words).
        quals_a, quals_b = _qualifiers(an_a, ha), _qualifiers(an_b, hb)
        if quals_a and quals_b and not (quals_a & quals_b):
            return False
        if (head_a in RELATIONAL or head_b in RELATIONAL) and not (
            _same_speaker(a.speaker, b.speaker) or _owners(an_a, ha, a.speaker) & _owners(an_b, hb, b.speaker)
        ):
            return False
    if _elsewhere(an_a, ia, an_b, ib) or _other_period(an_a, ia, an_b, ib):
        return False
    # A rise or a fall happens over a period: a forecast one and a reported one are two periods. States
    # and decisions (staying, leaving, accepting) persist, so «ستبقى اليونان» still meets «خروج اليونان».
    return label not in ("increase", "decrease") or not _apart_in_time(an_a, ia, a, an_b, ib, b)


def _opposed(
    an_a: _Analysis, la: str, an_b: _Analysis, lb: str, topic: frozenset[str], a: ClaimView, b: ClaimView
) -> tuple[int, int, frozenset[str]] | None:
    """The first pair of opposite events (``la`` in a, ``lb`` in b) with an argument in common, about
    the same subject."""
    events_b = _events_about(an_b, lb, topic)
    if not events_b:
        return None
    for ia, args_a in _events_about(an_a, la, topic):
        for ib, args_b in events_b:
            if args_a & args_b and _same_subject(an_a, ia, an_b, ib, a, b, la):
                return ia, ib, args_a & args_b
    return None


# A denial covers the clause it governs, up to a participle that adds the speaker's own statement
# («نفى أن تركيا تساعد داعش، متهما قوى سوداء بنشر …») or a «بل»/«لكن» that turns to something else.
_CLAUSE_ENDS = word_set(
    "متهما متهمة مؤكدا مؤكدة مشيرا مشيرة مضيفا مضيفة موضحا موضحة لافتا لافتة معتبرا معتبرة قائلا "
    "قائلة مشددا مشددة منوها منوهة داعيا داعية مبينا مبينة بل لكن ولكن إلا الا"
)
# The claim follows a preposition or a cause, so it is not what the denial governs: «نفى … صدور قرار
# بتأخير الصلاة، وذلك بسبب [ارتفاع درجات الحرارة]».
_NOT_GOVERNED_AFTER = word_set(
    "بسبب لسبب جراء نتيجة نتيجه إثر اثر بعد قبل بفضل بفعل لأن لان عقب رغم وسط بشأن حول عن مع"
)
# A claim that only puts forward hypotheses asserts nothing a denial could contradict.
_HYPOTHESES = word_set("فرضيات فرضية احتمال احتمالات ربما تكهنات شائعات يرجح ترجح يعتقد تعتقد يبدو")
# Words a denied clause begins with that are not what it is about: «أن تكون قد تبلورت …»، «نفى وجود …».
_DENIAL_AUX = word_set("تكون يكون كان كانت قد هناك ثمة وجود صحة حدوث وقوع أي اي")


def _denied_clause(text: str) -> str:
    for token in tokenize(text):
        if token.norm in SENTENCE_END or _is(token.norm, _CLAUSE_ENDS):
            return text[: token.start]
    return text


_COMPLEMENTIZERS = word_set("أن إن ان بأن بان أنه انه أنها انها بأنه بانه")


@lru_cache(maxsize=1024)
def _denies_own_act(context: str, speaker: str) -> bool:
    """The denial governs the claim directly, with nothing but the speaker between («نفى الجيش التركي
    [استهداف أي مناطق مأهولة]»): a verbal noun whose agent is the denier itself, where «نفى أن …»
    names its own subject and «نفي التقارير التي تدعي …» denies what others say."""
    words = [t.norm for t in tokenize(context[-80:]) if t.norm.isalpha()]
    cue = max((k for k, w in enumerate(words) if _is_denial(w)), default=None)
    if cue is None:
        return False
    names = set(normalize_ar(speaker).split())
    rest = [w for w in words[cue + 1 :] if w not in names]
    return not rest


@lru_cache(maxsize=4096)
def _names(speaker: str) -> frozenset[str]:
    """Stems of the words of a speaker's name («الجيش التركي» → جيش، ترك)."""
    return frozenset(stem(w) for w in normalize_ar(speaker).split() if len(w) >= 3 and w not in STOPWORDS)


@lru_cache(maxsize=1024)
def _denied(text: str, context: str) -> tuple[frozenset[str], str | None] | None:
    """What a denial claim denies: the key terms of its first clause and the first of them (what it is
    about), or None when the claim is not the complement of the denial but follows a preposition or a
    cause in its paragraph."""
    words = [t.norm for t in tokenize(context[-40:]) if t.norm.isalpha()]
    if words and _is(words[-1], _NOT_GOVERNED_AFTER):
        return None
    clause = _denied_clause(text)
    first = next(
        (
            stem(t.norm)
            for t in tokenize(clause)
            if t.norm.isalpha()
            and t.norm not in STOPWORDS
            and not _is(t.norm, _DENIAL_AUX)
            and len(t.norm) >= 3
        ),
        None,
    )
    return key_terms(clause), first


class LexicalContradictionDetector(Detector):
    name = "mizan.contradiction.lexical"
    version = "0.8.0"
    Config = LexicalConfig
    description = "Shared key terms + opposite events about the same subject, negation or numeric mismatch."

    @classmethod
    def release_caches(cls) -> None:
        for cached in (
            _analyse,
            _denied,
            _surname,
            _same_speaker,
            _is_denial,
            _denies_own_act,
            _names,
            _negated_report,
            _negated_of,
        ):
            cached.cache_clear()

    def compare(self, a: ClaimView, b: ClaimView) -> PairResult:
        explicit = _explicit_report(a, b) or _explicit_report(b, a, swapped=True)
        if explicit:
            return explicit
        denial = self._denial(a, b)
        if denial:
            return denial
        an_a, an_b = _analyse(a.text), _analyse(b.text)
        ta, tb, terms_a, terms_b = an_a.tokens, an_b.tokens, an_a.terms, an_b.terms
        shared = terms_a & terms_b
        if len(shared) < self.config.min_shared_terms:
            return PairResult("unrelated", 0.0, explanation=f"only {len(shared)} key term(s) in common")
        overlap = min(1.0, len(shared) / 6)
        topic = "، ".join(sorted(shared)[:5])
        # What rises or falls must be a shared topic word, not a unit or a measure word: «ارتفع … ريال»
        # vs «انخفض … ريال» are about two different quantities as often as not.
        topic_terms = frozenset(shared - MEASURE_WORDS - _unit_stems(a, b))
        for label1, _, label2, _ in OPPOSITE_RES:
            if not (label1 in an_a.events or label2 in an_a.events):
                continue
            for la, lb in ((label1, label2), (label2, label1)):
                if la not in an_a.events or lb not in an_b.events:
                    continue
                # The same claim carrying both sides is no opposition (e.g. «لا انسحاب بل بقاء»).
                if lb in an_a.events or la in an_b.events:
                    continue
                opposed = _opposed(an_a, la, an_b, lb, topic_terms, a, b)
                if opposed is None:
                    continue
                ia, ib, argument = opposed
                sa, sb = _window(a.text, ta, ia), _window(b.text, tb, ib)
                score = round(min(0.99, 0.6 + 0.35 * overlap), 3)
                explanation = (
                    f"{a.speaker or 'A'}: «{a.text[sa[0] : sa[1]]}» ({la}{_quantities(a)}) vs "
                    f"{b.speaker or 'B'}: «{b.text[sb[0] : sb[1]]}» ({lb}{_quantities(b)}); "
                    f"both about: {'، '.join(sorted(argument))} (shared: {topic})"
                )
                return PairResult("contradiction", score, "antonymy", explanation, (sa,), (sb,))
        # Numbers and negation are weaker signals: they need the two claims to be about the same thing.
        jaccard = len(shared) / max(1, len(terms_a | terms_b))
        if len(shared) >= self.config.strong_shared_terms and jaccard >= self.config.strong_jaccard:
            numeric = self._numeric_conflict(a, b)
            if numeric:
                return numeric
            negated = self._negation_conflict(an_a, a, an_b, b, shared)
            if negated:
                return negated
        if len(shared) >= 3:
            return PairResult("agreement", round(0.4 + 0.5 * overlap, 3), explanation=f"same topic: {topic}")
        return PairResult("unrelated", round(0.3 * overlap, 3), explanation=f"little in common: {topic}")

    def signals(self, claim: ClaimView) -> frozenset[str]:
        """What ``compare`` can find in this claim alone, for the candidate prefilter
        (``may_contradict``): ``x`` a conflict word in the paragraph before it (an explicit report),
        ``d`` a denial cue, ``e:<label>`` an opposite-event label, ``u:<unit>`` / ``U:<unit>`` a
        number's unit (``U``: one a numeric conflict can start from: not none, a year or a percentage),
        ``n`` a negation and ``n:<term>`` each key term it negates."""
        analysis = _analyse(claim.text)
        marks = {f"e:{label}" for label in analysis.events}
        if claim.context and EXPLICIT_RE.search(claim.context):
            marks.add("x")
        if _is_denial(claim.cue):
            marks.add("d")
        for number in claim.numbers:
            if "start" in number:
                unit = number.get("unit", "")
                marks.add(f"u:{_unit_key(unit)}")
                if unit and unit not in {"year", "%"}:
                    marks.add(f"U:{_unit_key(unit)}")
        negated = _negated_of(claim.text)
        if negated:
            marks.add("n")
            marks.update(f"n:{term}" for term in negated if term in analysis.terms)
        return frozenset(marks)

    def may_contradict(self, a: ClaimSignals, b: ClaimSignals) -> bool:
        """``compare`` can return a contradiction only through one of its five rules; each needs
        something of both claims that their signals show (kept in step with ``compare``: a test checks
        the two agree on real pairs)."""
        ma, mb = a.marks, b.marks
        if "x" in ma or "x" in mb:  # _explicit_report
            return True
        shared = len(a.terms & b.terms)
        if ("d" in ma) != ("d" in mb) and shared >= self.config.strong_shared_terms:  # _denial
            return True
        if shared < self.config.min_shared_terms:
            return False
        for mark in ma:  # antonymy: an event of one claim opposed to an event of the other only
            if mark.startswith("e:"):
                label = mark[2:]
                for opposite in OPPOSITE_OF[label]:
                    if f"e:{opposite}" in mb and f"e:{opposite}" not in ma and mark not in mb:
                        return True
        strong = (
            shared >= self.config.strong_shared_terms
            and shared / max(1, len(a.terms | b.terms)) >= self.config.strong_jaccard
        )
        if not strong:
            return False
        units = {m[2:] for m in ma if m.startswith("U:")} & {m[2:] for m in mb if m.startswith("u:")}
        units |= {m[2:] for m in mb if m.startswith("U:")} & {m[2:] for m in ma if m.startswith("u:")}
        if units:  # _numeric_conflict: a unit both give
            return True
        if ("n" in ma) == ("n" in mb):  # _negation_conflict: one side negates, the other does not
            return False
        negating, other = (a, b) if "n" in ma else (b, a)
        return any(m.startswith("n:") and m[2:] in other.terms for m in negating.marks)

    def _denial(self, a: ClaimView, b: ClaimView) -> PairResult | None:
        """One claim is reported as a denial («نفى المتحدث أن …») of what the other asserts: a
        contradiction when the other claim asserts most of the denied clause, beginning with what it is
        about. The denied clause is the claim's first clause, and only when the claim is what the
        denial governs."""
        deny_a, deny_b = _is_denial(a.cue), _is_denial(b.cue)
        if deny_a == deny_b:
            return None
        denier, other = (a, b) if deny_a else (b, a)
        an_o = _analyse(other.text)
        if len(_analyse(denier.text).terms & an_o.terms) < self.config.strong_shared_terms:
            return None  # the denied clause is part of the claim: it cannot share more
        denied = _denied(denier.text, denier.context)
        if denied is None:
            return None
        terms_d, first = denied
        shared = terms_d & an_o.terms
        overlap = len(shared) / max(1, min(len(terms_d), len(an_o.terms)))
        coverage = len(shared) / max(1, len(terms_d))
        if len(shared) < self.config.strong_shared_terms or overlap < 0.6 or coverage < 0.5:
            return None
        if first is not None and first not in an_o.stem_set:
            return None  # «نفى أن تكون قد تبلورت أسماء المرشحين» vs «يتم التداول بشأن أسماء 4 مرشحين»
        if any(t.norm in NEGATIONS or t.norm in PREVENTION for t in an_o.tokens):
            return None  # «يمنع إيران من امتلاك …» agrees with a denial; polarity is beyond this rule
        if any(_is(t.norm, _HYPOTHESES) for t in an_o.tokens[:8]):
            return None  # «وجود فرضيات متعددة … حول أهداف الخلية» asserts no plan a denial could deny
        if _denies_own_act(denier.context, denier.speaker) and not (
            _same_speaker(denier.speaker, other.speaker) or _names(denier.speaker) & an_o.stem_set
        ):
            return None  # «نفى الجيش التركي استهداف …» vs Indian fire «… وقف استهداف المناطق»
        explanation = (
            f"{denier.speaker or 'one speaker'} denies («{denier.cue}») what {other.speaker or 'the other'} "
            f"asserts; both about: {'، '.join(sorted(shared)[:5])}"
        )
        whole_a, whole_b = ((0, len(a.text)),), ((0, len(b.text)),)
        return PairResult(
            "contradiction", 0.8, "explicit report", explanation, whole_a, whole_b, certain=True
        )

    @staticmethod
    def _numeric_conflict(a: ClaimView, b: ClaimView) -> PairResult | None:
        """Different values for the same unit AND the same thing counted: the content words next to
        the two numbers (measure and time words aside) must share two stems, so «مقتل 12 شخصا» vs «مقتل
        30 شخصا» conflict but «11 شخصا قتلوا» vs «38 شخصا أصيبوا», or loans vs sales in riyals, do not.
        A claim that also gives the other's figure is listing several counts («17 ضربة … وسبع ضربات» vs
        «17 ضربة»); two counts in different places («في العراق» / «قرب الحسكة») or periods («2014» /
        «2015») are two counts; and figures published more than a day apart are an update, not a
        conflict (tolls and totals grow)."""
        if a.published_at and b.published_at and abs((a.published_at - b.published_at).days) > 1:
            return None  # a count reported days later is an update («ارتفاع حصيلة القتلى إلى …»)
        an_a, an_b = _analyse(a.text), _analyse(b.text)

        def close(x: float, y: float) -> bool:
            return abs(x - y) <= ROUNDING * max(abs(x), abs(y))

        def gives(claim: ClaimView, unit: str, value: float) -> bool:
            return any(
                n.get("unit")
                and _unit_fold(n["unit"]) == _unit_fold(unit)
                and close(n.get("value") or 0, value)
                for n in claim.numbers
            )

        for na in a.numbers:
            for nb in b.numbers:
                unit_a, unit_b = na.get("unit", ""), nb.get("unit", "")
                if not unit_a or unit_a in {"year", "%"} or _unit_key(unit_a) != _unit_key(unit_b):
                    continue
                va, vb = na.get("value") or 0, nb.get("value") or 0
                if close(va, vb) or "start" not in na or "start" not in nb:
                    continue
                if _misread(a.text, na["start"]) or _misread(b.text, nb["start"]):
                    continue
                if _scale_slip(va, vb) or _breakdown(a, na, vb) or _breakdown(b, nb, va):
                    continue
                if gives(a, unit_b, vb) or gives(b, unit_a, va):
                    continue
                referent = (_counted(an_a, na, unit_a) & _counted(an_b, nb, unit_b)) - _unit_stems(a, b)
                if len(referent) < 2:  # one shared word (قروض) is a topic, not the same count
                    continue
                ia, ib = _token_at(an_a, na["start"]), _token_at(an_b, nb["start"])
                # a count's place may come after the event it counts: «قتل 17 شخصا أمس في تحطم مروحية
                # عسكرية أفغانية في جنوب البلاد» (0.8.0: twelve words after the number, not eight)
                if _elsewhere(an_a, ia, an_b, ib, after=12) or _other_period(an_a, ia, an_b, ib):
                    continue
                if _apart_in_time(an_a, ia, a, an_b, ib, b):
                    continue  # «تتوقع أن يرتفع الإنتاج 500 ألف برميل» vs «انخفض الإنتاج مليون برميل»
                sa, sb = (na["start"], na["end"]), (nb["start"], nb["end"])
                explanation = (
                    f"{a.speaker or 'A'} gives «{na.get('text')}» but {b.speaker or 'B'} gives "
                    f"«{nb.get('text')}» for the same thing ({'، '.join(sorted(referent)[:3])})"
                )
                return PairResult("contradiction", 0.7, "numeric", explanation, (sa,), (sb,))
        return None

    @staticmethod
    def _negation_conflict(
        an_a: _Analysis, a: ClaimView, an_b: _Analysis, b: ClaimView, shared
    ) -> PairResult | None:
        """A shared term negated on one side only and asserted (not hedged) on the other, with another
        shared word next to it on both sides (the same predicate of the same thing: «لم يتم سدادها» says
        nothing about «نسبة السداد للقروض»)."""

        ta, tb = an_a.tokens, an_b.tokens
        neg_a, neg_b = _negated_of(a.text), _negated_of(b.text)
        if neg_a and neg_b:
            return None  # two negative statements («لن يغير سياسة طهران» / «لم يؤثر على سياسات إيران»)
        for term in sorted(shared):
            if (term in neg_a) == (term in neg_b):
                continue
            idx_a = neg_a[term] if term in neg_a else an_a.stems.index(term) if term in an_a.stems else None
            idx_b = neg_b[term] if term in neg_b else an_b.stems.index(term) if term in an_b.stems else None
            if idx_a is None or idx_b is None:
                continue
            near = (_neighbourhood(an_a, idx_a, 3, 3) & _neighbourhood(an_b, idx_b, 3, 3) & shared) - {term}
            if not near:
                continue
            if _hedged(an_b, idx_b) if term in neg_a else _hedged(an_a, idx_a):
                continue  # the other side must assert it: «النقاش حول خروج محتمل» asserts no exit
            other_tokens, other_idx = (tb, idx_b) if term in neg_a else (ta, idx_a)
            if any(
                _is(other_tokens[k].norm, FUSED_NEGATIONS) for k in range(max(0, other_idx - 2), other_idx)
            ):
                continue  # «كيلا يؤيد» / «كي لا يؤيد»: both negative, spelled two ways (0.8.0)
            side, tokens, text, idx = ("A", ta, a.text, idx_a) if term in neg_a else ("B", tb, b.text, idx_b)
            s = _window(text, tokens, idx, 2)
            explanation = f"{side} negates «{term}»: «{text[s[0] : s[1]]}», the other asserts it"
            spans = ((s,), ()) if side == "A" else ((), (s,))
            return PairResult("contradiction", 0.55, "negation", explanation, *spans)
        return None


# The negation words as written, also behind و/ف: ``norm in _NEGATION_FORMS`` is ``_bare(norm) in
# NEGATIONS``, one lookup per token.
_NEGATION_FORMS = frozenset(form for w in NEGATIONS for form in (w, "و" + w, "ف" + w))


@lru_cache(maxsize=2048)
def _negated_of(text: str) -> dict[str, int]:
    """``_negated_terms`` of a claim, computed once per claim (only for pairs that reach the negation
    check). The dict is shared: read it, do not change it."""
    return _negated_terms(_analyse(text).tokens)


def _negated_terms(tokens: list[Token]) -> dict[str, int]:
    """Stems negated in a claim, each with the index of the negated token (see ``_negation_conflict``)."""
    found: dict[str, int] = {}
    for i, t in enumerate(tokens[:-1]):
        if t.norm not in _NEGATION_FORMS:
            continue
        following = tokens[i + 1].norm
        if following == "سيما":  # لا سيما: "especially"
            continue
        if _bare(t.norm) == "غير" and _bare(following) in ("ان", "انه", "انها"):
            continue  # «غير أن»: "however"
        if any(ch.isdigit() for ch in following):
            continue  # «دون 70 دولارا»: "below", not a negation
        if _ELATIVE_RE.match(following) and any(_is(x.norm, _THAN) for x in tokens[i + 2 : i + 5]):
            continue  # «فلا أظلم ولا أخبث ممن …»: "none is more unjust than", a superlative
        # 0.8.0: fixed phrases («بدون طيار»، «لا يزال»)، a name («جزيرة لا ريونيون»)، a negated
        # purpose («كي لا يؤيد»)، an obligation («على الكونغرس أن لا يتأثر»)
        if _bare(following) in NOT_NEGATED_AFTER:
            continue
        if i > 0 and (
            (_bare(t.norm) == "لا" and _bare(tokens[i - 1].norm) in _NAME_BEFORE_LA)
            or _is(tokens[i - 1].norm, _PURPOSE)
            or _is(tokens[i - 1].norm, _CONDITIONAL)
        ):
            continue
        if _bare(t.norm) == "غير" and _definite(following) and i > 0 and tokens[i - 1].norm.isalpha():
            continue  # «الواردات غير النفطية»: non-oil imports, another thing, not a negation
        if _obliged(tokens, i) or _restricted_or_asked(tokens, i):
            continue
        # The negation covers its predicate, not the predicate's arguments: «يحول دون حصول
        # إيران» negates the obtaining, not Iran; past an auxiliary («لم يتم سدادها») to the verb.
        found.setdefault(stem(following), i + 1)
        if _is(following, _AUXILIARIES) and i + 2 < len(tokens):
            found.setdefault(stem(tokens[i + 2].norm), i + 2)
    return found


@lru_cache(maxsize=4096)
def _unit_key(unit: str) -> str:
    """A unit as written, compared without its diacritics: «دولاراً» is «دولارا»."""
    return stem(normalize_ar(unit))


@lru_cache(maxsize=4096)
def _unit_fold(unit: str) -> str:
    """``_unit_key`` with the accusative alif folded (0.8.0): «ريالا» is «ريال», «دولارا» «دولار»; used
    only to find the other claim's figure in a claim (the same statement written twice)."""
    key = _unit_key(unit)
    return key[:-1] if len(key) >= 5 and key.endswith("ا") else key


# A figure glued to a digit before it was misread (0.8.0): «الـ(3.462)مليار ريال» read as one billion,
# «7ر2 مليون» (2.7 million, ر as the decimal mark of some agencies) read as two million.
_MISREAD_RE = re.compile(r"\d(?:\)|ر|\) )$")


def _scale_slip(x: float, y: float) -> bool:
    """One figure is the other times a thousand, a million or a billion (0.8.0): «3462 مليون» and
    «3.462 مليار», or «5,307,846 مليون ريال» for 5.3 million riyals, are a scale word slipped or misread,
    not two figures."""
    low, high = sorted((abs(x), abs(y)))
    return low > 0 and any(abs(high - low * factor) <= ROUNDING * high for factor in (1e3, 1e6, 1e9))


# «استشهاد 15 رجل أمن من بينهم 3 عاملين» vs «استشهاد ١٢ رجل أمن وثلاثة من العاملين»: the same toll broken
# down differently (the total includes a part the other claim counts apart).
_AMONG_RE = re.compile(r"^\W*(?:\w+\s+){0,3}?(?:من بينهم|بينهم|منهم|من بينها|منها|بينها)\s+$")


def _breakdown(claim: ClaimView, total: dict, other: float) -> bool:
    """``total`` is followed by «من بينهم» and a part, and ``other`` is the total without the part."""
    for part in claim.numbers:
        start = part.get("start", -1)
        if start <= total["end"] or start - total["end"] > 40:
            continue
        if not _AMONG_RE.match(claim.text[total["end"] : start]):
            continue
        rest = (total.get("value") or 0) - (part.get("value") or 0)
        if abs(rest - other) <= ROUNDING * max(abs(rest), abs(other)):
            return True
    return False


def _misread(text: str, start: int) -> bool:
    """The figure at ``start`` follows a digit and «)» or «ر» (``_MISREAD_RE``)."""
    return bool(_MISREAD_RE.search(text[max(0, start - 3) : start]))


def _token_at(analysis: _Analysis, offset: int) -> int:
    """Index of the token covering character ``offset`` (or the last before it)."""
    index = 0
    for i, token in enumerate(analysis.tokens):
        if token.start > offset:
            break
        index = i
    return index
