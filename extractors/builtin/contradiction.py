"""Contradiction detector v0: two claims about the same thing (shared key terms) that carry opposite
signals: antonymous events (withdraw vs stay, rise vs fall), a negation of the same term, or different
numbers for the same unit. The explanation quotes the conflicting spans so a person can check it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claims.text import normalize_ar
from extractors.base import ClaimView, Detector, PairResult
from extractors.builtin.arabic import Token, key_terms, stem, tokenize

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
        r"(?:قبول|قبل|وافق|وافقت|موافقه|يوافق|تايد|تاييد)",
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
# Words that say how a quantity is measured or when, not what is counted: two numbers that share only
# these («ارتفعت … لتبلغ 929 مليون ريال» / «ارتفعت … لتبلغ 169 مليار ريال») may count different things.
MEASURE_WORDS = frozenset(
    stem(normalize_ar(w))
    for w in (
        "نسبة بنسبة معدل ارتفاع ارتفع ارتفعت انخفاض انخفض انخفضت تراجع زيادة بلغ بلغت لتبلغ ليبلغ يبلغ تبلغ "
        "إجمالي اجمالي مجموع عدد قيمة حجم مقارنة مقابل نحو بنحو حوالي قرابة أكثر أقل من إلى الى "
        "العام عام الماضي الجاري المقبل الحالي الشهر شهر الأسبوع يوم اليوم خلال سنة السنة الربع سنويا "
        "ثانية الثانية دقيقة ساعة متراجعا مرتفعا منخفضا بارتفاع بانخفاض بتراجع بزيادة صعودا هبوطا "
        "قال أفاد يفيد أشار أوضح ذكر أكد بحسب وفق حسب أصل إضافة بالإضافة"
    ).split()
)
ROUNDING = 0.05  # values within 5 % of each other are the same figure rounded (5.49 vs 5.4 million)
NUMBER_CONTEXT = 4  # tokens either side of a number that can name what it counts

PREVENTION = {"يمنع", "تمنع", "منع", "يحظر", "تحظر", "حظر", "يرفض", "ترفض", "رفض", "ينفي", "تنفي", "نفي"}
NEGATIONS = {"لا", "لن", "لم", "ليس", "ليست", "غير", "عدم", "بدون", "دون", "ولا", "ولن", "ولم"}


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


DENIAL_CUES = frozenset(
    normalize_ar(w) for w in "نفى نفت نفوا ينفي تنفي ونفى ونفت وينفي وتنفي فنفى نافيا نافية".split()
)


def _is_denial(cue: str) -> bool:
    return normalize_ar(cue) in DENIAL_CUES


def _surname(name: str) -> str:
    words = normalize_ar(name).split()
    return words[-1] if words else ""


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
        ),
        None,
    )
    if match is None:
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


@lru_cache(maxsize=2048)
def _analyse(text: str) -> _Analysis:
    """Everything compare() needs of one claim, computed once: a new claim meets many candidates."""
    tokens = tokenize(text)
    events: dict[str, list[int]] = {}
    for i, token in enumerate(tokens):
        for label1, re1, label2, re2 in OPPOSITE_RES:
            if re1.match(token.norm):
                events.setdefault(label1, []).append(i)
            if re2.match(token.norm):
                events.setdefault(label2, []).append(i)
    return _Analysis(
        tokens,
        tuple(stem(t.norm) for t in tokens),
        key_terms(text),
        {k: tuple(v) for k, v in events.items()},
    )


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
# Words that put an event under an attitude, a plan or a possibility rather than assert it: «يحبذون
# انسحاب اليونان»، «خطة … لإبقاء بلاده»، «النقاش حول خروج محتمل»، «حاولوا مغادرة». A poll or a plan about
# leaving does not contradict a statement that someone stays.
ATTITUDES = frozenset(
    normalize_ar(w)
    for w in (
        "يريد يريدون تريد نريد يحبذ يحبذون تحبذ يفضل يفضلون يطالب يطالبون طالب تطالب دعا دعت يدعو تدعو "
        "خطة خطه مشروع اقتراح مقترح يقترح مخاطر خطر احتمال احتمالات محتمل إمكانية امكانية ممكن يمكن قد "
        "ربما النقاش نقاش حول بحث يبحث مناقشة يناقش يأمل تأمل أمل نأمل يسعى تسعى سعي هدف يهدف لضمان يكفل "
        "تكفل حاول حاولوا يحاول تحاول محاولة يعتزم تعتزم ينوي تنوي نية مسؤولية سؤال هل"
    ).split()
)


def _bare(norm: str) -> str:
    """A function word without the conjunction fused to it (وعدم → عدم، ولن → لن، فلا → لا)."""
    return norm[1:] if len(norm) > 2 and norm[0] in "وف" else norm


def _events_about(analysis: _Analysis, label: str, topic: frozenset[str]) -> list[tuple[int, frozenset[str]]]:
    """Each asserted token expressing ``label`` (not negated, not under an attitude or a plan), with the shared topic words that are
    its arguments: in the four tokens after it (انسحاب جميع القوات، ستبقي على العدد الحالي لقواتها،
    ارتفاع أسعار النفط). Two opposite events conflict only about the same argument. The words before
    an event are left out: in news Arabic they are mostly whatever it is attached to («وزير التعليم
    لإنهاء الاستعدادات»), not what rises or leaves."""
    stems, tokens = analysis.stems, analysis.tokens
    found = []
    for i in analysis.events.get(label, ()):
        before = [_bare(tokens[j].norm) for j in range(max(0, i - 3), i)]
        if any(w in EVENT_NEGATORS for w in before[-2:]) or any(w in ATTITUDES for w in before):
            continue
        arguments = frozenset(stems[j] for j in range(i + 1, min(len(stems), i + 5)) if stems[j] in topic)
        if arguments:
            found.append((i, arguments))
    return found


def _opposed(
    an_a: _Analysis, la: str, an_b: _Analysis, lb: str, topic: frozenset[str]
) -> tuple[int, int, frozenset[str]] | None:
    """The first pair of opposite events (``la`` in a, ``lb`` in b) with an argument in common."""
    events_b = _events_about(an_b, lb, topic)
    for ia, args_a in _events_about(an_a, la, topic):
        for ib, args_b in events_b:
            if args_a & args_b:
                return ia, ib, args_a & args_b
    return None


class LexicalContradictionDetector(Detector):
    name = "mizan.contradiction.lexical"
    version = "0.5.0"
    Config = LexicalConfig
    description = "Shared key terms + opposite events, negation or numeric mismatch."

    @classmethod
    def release_caches(cls) -> None:
        _analyse.cache_clear()

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
            for la, lb in ((label1, label2), (label2, label1)):
                opposed = _opposed(an_a, la, an_b, lb, topic_terms)
                if opposed is None:
                    continue
                # The same claim carrying both sides is no opposition (e.g. «لا انسحاب بل بقاء»).
                if lb in an_a.events or la in an_b.events:
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
            negated = self._negation_conflict(a, ta, b, tb, shared)
            if negated:
                return negated
        if len(shared) >= 3:
            return PairResult("agreement", round(0.4 + 0.5 * overlap, 3), explanation=f"same topic: {topic}")
        return PairResult("unrelated", round(0.3 * overlap, 3), explanation=f"little in common: {topic}")

    def _denial(self, a: ClaimView, b: ClaimView) -> PairResult | None:
        """One claim is reported as a denial («نفى المتحدث أن …») of what the other asserts: a
        contradiction when the two are clearly about the same thing."""
        deny_a, deny_b = _is_denial(a.cue), _is_denial(b.cue)
        if deny_a == deny_b:
            return None
        terms_a, terms_b = _analyse(a.text).terms, _analyse(b.text).terms
        shared = terms_a & terms_b
        overlap = len(shared) / max(1, min(len(terms_a), len(terms_b)))
        if len(shared) < self.config.strong_shared_terms or overlap < 0.6:
            return None
        denier, other = (a, b) if deny_a else (b, a)
        if any(t.norm in NEGATIONS or t.norm in PREVENTION for t in _analyse(other.text).tokens):
            return None  # «يمنع إيران من امتلاك …» agrees with a denial; polarity is beyond this rule
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
        30 شخصا» conflict but «11 شخصا قتلوا» vs «38 شخصا أصيبوا», or loans vs sales in riyals, do not."""
        an_a, an_b = _analyse(a.text), _analyse(b.text)
        for na in a.numbers:
            for nb in b.numbers:
                unit_a, unit_b = na.get("unit", ""), nb.get("unit", "")
                if not unit_a or unit_a in {"year", "%"} or stem(unit_a) != stem(unit_b):
                    continue
                va, vb = na.get("value") or 0, nb.get("value") or 0
                if abs(va - vb) <= ROUNDING * max(abs(va), abs(vb)) or "start" not in na or "start" not in nb:
                    continue
                referent = (_counted(an_a, na, unit_a) & _counted(an_b, nb, unit_b)) - _unit_stems(a, b)
                if len(referent) < 2:  # one shared word (قروض) is a topic, not the same count
                    continue
                sa, sb = (na["start"], na["end"]), (nb["start"], nb["end"])
                explanation = (
                    f"{a.speaker or 'A'} gives «{na.get('text')}» but {b.speaker or 'B'} gives "
                    f"«{nb.get('text')}» for the same thing ({'، '.join(sorted(referent)[:3])})"
                )
                return PairResult("contradiction", 0.7, "numeric", explanation, (sa,), (sb,))
        return None

    @staticmethod
    def _negation_conflict(a, ta, b, tb, shared) -> PairResult | None:
        def negated_terms(tokens: list[Token]) -> dict[str, int]:
            found = {}
            for i, t in enumerate(tokens[:-1]):
                if _bare(t.norm) in NEGATIONS and tokens[i + 1].norm != "سيما":  # لا سيما: "especially"
                    for j in range(i + 1, min(i + 3, len(tokens))):
                        found.setdefault(stem(tokens[j].norm), j)
            return found

        neg_a, neg_b = negated_terms(ta), negated_terms(tb)
        if neg_a and neg_b:
            return None  # two negative statements («لن يغير سياسة طهران» / «لم يؤثر على سياسات إيران»)
        for term in shared:
            if (term in neg_a) != (term in neg_b):
                side, tokens, text, idx = (
                    ("A", ta, a.text, neg_a[term]) if term in neg_a else ("B", tb, b.text, neg_b[term])
                )
                s = _window(text, tokens, idx, 2)
                explanation = f"{side} negates «{term}»: «{text[s[0] : s[1]]}», the other asserts it"
                spans = ((s,), ()) if side == "A" else ((), (s,))
                return PairResult("contradiction", 0.55, "negation", explanation, *spans)
        return None
