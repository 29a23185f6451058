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
* a **quote before its cue** («…»، قال فلان) is attributed to the speaker after it.

The content runs to the end of the sentence (a quotation to its closing mark, or to the end of its
paragraph when never closed) and stops before a comma followed by a new cue, a participle,
«علما بأن», a source phrase or other trailing circumstantial matter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from claims.text import normalize_ar
from extractors.base import ClaimSpan, ExtractionResult, Extractor
from extractors.builtin.arabic import CLOSE_QUOTES, OPEN_QUOTES, SENTENCE_END, Token, tokenize
from extractors.builtin.speakers import (
    COUNTRY_ADJECTIVES,
    HONORIFICS,
    ORG_HEADS,
    ROLE_HEADS,
    SOURCE_HEADS,
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
    تابع تابعت
    أردف أردفت
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
    ألمح ألمحت
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
    """
)
# Cues that report speech only with a content clause (عدّ/وجد/قدّر/يصر/يشكو أن …): a bare
# object after them is not a claim (وجد نفسه، قدر الموقف).
COMP_ONLY = _n("عد وجد قدر يصر أصر يشكو اشتكى يشتكي مضى وصف وصفها رأى أورد")
# Characterisation cues (وصف … بأنه «…»): a quotation right after بأنه is the whole content.
DESCRIBE = _n("وصف وصفها")
PARTICIPLE_CUES = _forms(
    """
    مؤكدا مؤكدة مؤكدين مؤكدتين
    مشيرا مشيرة مشيرين
    موضحا موضحة موضحين
    مضيفا مضيفة مضيفين
    معتبرا معتبرة معتبرين
    لافتا لافتة لافتين
    قائلا قائلة قائلين
    مبينا مبينة مبينين
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
    """
)
# Participles of directives and wishes: they end a claim but never open one.
DIRECTIVE_PARTICIPLES = _n("داعيا داعية مطالبا مطالبة آملا آملة حاثا مناشدا متمنيا متمنية")
# Nouns of speech before a titled speaker (بعد إعلان قائد القيادة المركزية … أن …).
NOUN_CUES = _forms("إعلان\nتأكيد\nتصريح تصريحات")
SOURCE_WORDS = _n("بحسب حسب وفق وفقا حسبما ووفق ووفقا وبحسب وحسب وحسبما نقلا")
# Cues whose content may be a bare verbal noun (أكد القرني حرص الوزارة …، كشف عن اتفاق …).
OBJECT_CUES = _n(
    "مشددا أكد أعلن كشف نوه لفت أشار بين أوضح شدد توقع أفاد نفى مؤكدا مبينا موضحا كاشفا منوها لافتا مشيرا"
)
# Cues whose content may follow the preposition ب (نوه بالتزام …، أفادت الصحيفة بفرار …).
BI_CUES = _n("أفاد نوه صرح اعترف أقر أبلغ منوها")
VERBAL_NOUNS = _n(
    """عدم حرص استمرار بدء التزام أهمية اهتمام رفض استعداد وجود قيام دعم سعي مضي إيقاف تمسك نجاح
    انتهاء إطلاق تسجيل ارتفاع انخفاض تراجع وصول عودة صحة اتفاق توقيع موافقة تأييد مشاركة تخصيص
    اعتماد إمكانية استحالة تحقيق تنفيذ توفير ثقة حاجة قرب إنهاء تجاوز جاهزية انطلاق تطبيق افتتاح
    وقوع مقتل إصابة اعتقال القبض تمكن نية خطة تحرير سقوط زيادة نقص وفاة مقتل تراجع"""
)
DIRECTIVE_NOUNS = _n("ضرورة وجوب")
# First-person openers of direct speech given with no colon or quote (وقال فهد المرواني نطالب …).
FIRST_PERSON = _n("نحن أنا لقد نطالب نأمل نرجو نعاني نريد نتمنى نشكر نعرف نؤكد أطالب أتمنى أريد")
# جاء في + a document (استطلاع، الدعوى، البيان …); its author follows one of these words.
JAA = _n("جاء وجاء")
AUTHORED = _n("أجراه أجرته أقامها أقامه أعده أعدته أعدها أصدره أصدرته أصدرها نشره نشرته نشرها الصادر الصادرة")
KASHAFA = _n("كشف كاشفا")
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
SPEAKER_STOP = _n(
    """السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة أمس اليوم الليلة صباح مساء في خلال عبر
    أمام لدى ل لـ أثناء ضمن من حول بعد قبل عقب إثر مع عن وفق بحسب لوكالة لقناة لصحيفة لموقع لوسائل
    لـ الماضي الماضية الأسبوع الشهر فيها فيه فيهم له لها لهم عليه عليها منه منها عنه عنها به بها
    أيضا ايضا كذلك بدوره بدورها بدورهم حينها حينه سابقا مؤخرا أخيرا اخيرا غدا الآن امس وقت إن لأن
    إنه أنه أنها إنها قبيل أيام يوم بين الذي التي الذين بشأن حيال تجاه منذ بالقول بحضور بمشاركة
    برفقة إلى الى"""
)
# Words before a subject that stands before its verb (لكن الرئيس قال، إلا أن كيري اعتبر).
SUBJECT_BOUNDARY = _n(
    "لكن ولكن إلا أن إن وكان كان وكانت كانت قد وقد فيما بينما حين عندما حيث ثم كما وكما فقد أما وأما"
)
# Sentence openers before the first verb (كما أدانت …، من جهته قال …).
LEADING = _n("كما وكما وقد قد ثم من جهته جهتها جهة أخرى اخرى ناحية ناحيته بدوره بدورها وفي في ذلك إلى الى")
TRANSPARENT = _n("أيضا ايضا كذلك بدوره بدورها بدورهم بدورهما")
# Tokens after a comma that end a claim: circumstantial or new-clause openers.
CLAUSE_BREAK = _n("وذلك فيما بينما وسط علما علماً حسبما بحسب حسب وفق وفقا نقلا ليرد")
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
)
QAL = normalize_ar("قال")
KAMA = normalize_ar("كما")
MAX_SPEAKER_TOKENS = 16
MAX_GAP_TOKENS = 14
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
    if norm.endswith(("وا", "ون", "ين", "تين")):
        return "p"
    if norm == lemma:
        return "m"
    if norm.endswith(("ت", "ه")) or (norm.startswith("ت") and not lemma.startswith("ت")):
        return "f"
    return "m"


QUOTE_CHARS = set(OPEN_QUOTES) | CLOSE_QUOTES | {"«", "»"}
PREPOSITIONS = _n("في ب ل على إلى الى من عن مع حول عبر خلال بعد قبل منذ حتى")


def _strict_verbal_noun(norm: str) -> bool:
    for suffix in ("هم", "ها", "ه", ""):
        if (not suffix or norm.endswith(suffix)) and norm[: len(norm) - len(suffix)] in VERBAL_NOUNS:
            return True
    return False


def _is_definite(norm: str) -> bool:
    return norm.startswith(("ال", "لل")) and len(norm) > 3


def _looks_like_verbal_noun(norm: str) -> bool:
    core = norm[2:] if norm.startswith("ال") else norm
    for suffix in ("هم", "ها", "ه"):
        if core.endswith(suffix) and core[: -len(suffix)] in VERBAL_NOUNS:
            return True
    return core in VERBAL_NOUNS or (core.startswith("است") and len(core) >= 6)


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
    min_claim_chars: int = 12
    max_claim_chars: int = 2000


class _Article:
    """Per-call state: tokens, sentence/paragraph structure, speakers and the claims so far."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        n = len(self.tokens)
        self.paragraph = [0] * n
        self.sentence = [0] * n
        self.ends = [False] * n
        para = sent = 0
        for i, tok in enumerate(self.tokens):
            if i and "\n" in text[self.tokens[i - 1].end : tok.start]:
                para += 1
                sent += 1
            self.paragraph[i] = para
            self.sentence[i] = sent
            if tok.text in SENTENCE_END and self._ends_sentence(i):
                self.ends[i] = True
                sent += 1
        self.speakers = ArticleSpeakers()
        self.claims: list[_PendingClaim] = []
        self.recent: list[tuple[Entity, int]] = []  # (speaker, token index) of recent claims
        # The subject of the latest cue: (entity, mention span, sentence index).
        self.subject: tuple[Entity, tuple[int | None, int | None], int] | None = None
        self.describe = False  # reading the content of وصف … بأنه

    def is_sentence_end(self, i: int) -> bool:
        return self.ends[i]

    def _ends_sentence(self, i: int) -> bool:
        tok = self.tokens[i]
        if tok.text == ".":
            prev = self.tokens[i - 1] if i else None
            nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
            # 2.464 or د. علي: not the end of a sentence.
            if (
                prev
                and nxt
                and prev.end == tok.start
                and nxt.start == tok.end
                and prev.text.isdigit()
                and nxt.text.isdigit()
            ):
                return False
            if prev and prev.end == tok.start and len(prev.norm) == 1 and prev.norm.isalpha():
                return False
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
    version = "0.4.0"
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
        while i < len(tokens):
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
            i = max(nxt, i + 1)
        return ExtractionResult(claims=[pending.finish() for pending in art.claims])

    # --- speakers ------------------------------------------------------------------------------
    @staticmethod
    def _prime_speakers(art: _Article) -> None:
        """Register every titled name in the article (مستشار الأمن القومي قاسم الأعرجي) so a later
        role-only mention can be resolved to it."""
        tokens, text = art.tokens, art.text
        for i, token in enumerate(tokens):
            if token.norm not in ROLE_HEADS:
                continue
            phrase = []
            for t in tokens[i : i + MAX_SPEAKER_TOKENS]:
                if not t.norm.isalpha() or (t is not token and t.norm in SPEAKER_STOP):
                    break
                if t is not token and (_strip_prefix(t.norm, VERB_CUES) or t.norm in COMPLEMENTISERS):
                    break
                if _is_addressee(t.norm):
                    break
                phrase.append(t)
            split = ArabicReportedSpeechExtractor._split_object(phrase)
            if split is not None:
                phrase = phrase[:split]
            parsed = parse_mention(phrase, text)
            if parsed and parsed.name and parsed.role and len(parsed.name.split()) >= 2:
                art.speakers.resolve(parsed)

    def _entity(self, art: _Article, speaker: list[Token], gender: str) -> Entity | None:
        parsed = parse_mention(speaker, art.text)
        if not parsed:
            return None
        entity = art.speakers.resolve(parsed)
        if entity is not None and not entity.gender:
            entity.gender = gender
        return entity

    @staticmethod
    def _previous(art: _Article, gender: str, at: int) -> Entity | None:
        """The most recent speaker (within a few paragraphs) whose gender agrees with the cue."""
        if not art.recent:
            return None
        para = art.paragraph[at]
        fallback = None
        for entity, where in reversed(art.recent[-6:]):
            if para - art.paragraph[min(where, len(art.tokens) - 1)] > 3:
                break
            if fallback is None:
                fallback = entity
            if gender == "p" or not entity.gender or entity.gender == gender or entity.gender == "p":
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
        # بين is also "between": without a shadda it is a cue only when «بين X أن» follows directly.
        is_bayna = not noun and bare == normalize_ar("بين") and "\u0651" not in tok.text
        gender = "m" if noun else _gender(tok.norm, lemma)
        found = self._read_attribution(art, i, lemma)
        if found is None:
            return self._quote_before(art, i, gender)
        speaker, content_at, mode = found
        if is_bayna and not (
            mode == "comp"
            and speaker
            and tokens[content_at - 1] is speaker[-1]
            and not any(t.norm[:1] == "و" for t in speaker)
        ):
            return i + 1
        if noun and (
            not speaker or speaker[0].norm not in ROLE_HEADS | HONORIFICS or mode not in {"comp", "quote"}
        ):
            return i + 1
        if lemma in COMP_ONLY and (mode != "comp" or content_at - i > 8):
            return i + 1
        if speaker:
            entity = self._entity(art, speaker, gender)
            mention = (speaker[0].start, speaker[-1].end)
        else:
            entity, mention = self._subject_before(art, i, gender)
        if entity is None:
            return i + 1
        art.subject = (entity, mention, art.sentence[i])
        if lemma in DESCRIBE:
            art.describe = True
        try:
            return self._read_content(art, content_at, mode, entity, mention, tok.text)
        finally:
            art.describe = False

    def _subject_before(self, art: _Article, i: int, gender: str):
        """A cue with no subject after it: the subject may stand before the verb («إلا أن كيري
        اعتبر أن …»، «وكان الوزير أعلن …») when it names a known speaker or a titled one; else the
        previous speaker continues (وأضاف أن …)."""
        tokens = art.tokens
        k = i - 1
        phrase: list[Token] = []
        while k >= 0 and len(phrase) < 6:
            t = tokens[k]
            if not t.norm.isalpha() or t.norm in SUBJECT_BOUNDARY or art.is_sentence_end(k):
                break
            if art.newline_before(k + 1) and phrase:
                break
            phrase.insert(0, t)
            k -= 1
            if art.newline_before(k + 1):
                break
        while phrase and phrase[0].norm in SPEAKER_STOP:
            phrase.pop(0)
        inner_link = {  # فان in «لويس فان غال» is a name particle, not فإن
            k for k in range(1, len(phrase) - 1) if phrase[k].norm in NAME_LINKS
        }
        if phrase and not any(
            t.norm in SPEAKER_STOP or (t.norm in COMPLEMENTISERS and k not in inner_link)
            for k, t in enumerate(phrase)
        ):
            parsed = parse_mention(phrase, art.text)
            if parsed is not None:
                known = art.speakers.resolve(parsed, create=False)
                if (
                    known is not None
                    or phrase[0].norm in ROLE_HEADS | HONORIFICS | SOURCE_HEADS
                    or (phrase[0].norm in COUNTRY_ADJECTIVES and len(phrase) >= 2)
                ):
                    entity = known or self._entity(art, phrase, gender)
                    if entity is not None:
                        return entity, (phrase[0].start, phrase[-1].end)
        return self._sentence_subject(art, i, gender)

    def _sentence_subject(self, art: _Article, i: int, gender: str):
        """A cue or participle with no subject of its own: the subject of an earlier cue in the same
        sentence; else the subject of the sentence's first verb when it names a speaker («وتبنى
        تنظيم داعش العملية، قائلاً إن …»، «وكان X أول من أثار القضية، حينما أكد أن …»); else the
        previous speaker."""
        subject = art.subject
        if subject is not None and subject[2] == art.sentence[i]:
            return subject[0], subject[1]
        tokens = art.tokens
        k = i - 1
        while k > 0 and art.sentence[k - 1] == art.sentence[i] and i - k < 60:
            k -= 1
        while k < i and (not tokens[k].norm.isalpha() or tokens[k].norm in LEADING):
            k += 1
        previous = self._previous(art, gender, i)
        if k + 1 < i and art.sentence[k] == art.sentence[i]:
            phrase, _ = self._speaker_phrase(art, k + 1)
            phrase = [t for t in phrase if t.start < tokens[i].start]
            split = self._split_object(phrase) if phrase else None
            if split is not None:
                phrase = phrase[:split]
            if phrase:
                parsed = parse_mention(phrase, art.text)
                known = art.speakers.resolve(parsed, create=False) if parsed else None
                heads = ROLE_HEADS | HONORIFICS | SOURCE_HEADS | ORG_HEADS
                if parsed and (known is not None or phrase[0].norm in heads or previous is None):
                    entity = known or self._entity(art, phrase, gender)
                    if entity is not None:
                        return entity, (phrase[0].start, phrase[-1].end)
        return previous, (None, None)

    def _participle(self, art: _Article, i: int) -> int:
        tokens = art.tokens
        tok = tokens[i]
        lemma = _strip_prefix(tok.norm, PARTICIPLE_CUES) or ""
        if i == 0:
            return i + 1
        prev = tokens[i - 1]
        strict = not (
            prev.text in COMMAS
            or prev.text in CLOSE_QUOTES
            or prev.text in {"-", "–", ")"}
            or _strip_prefix(prev.norm, VERB_CUES) is not None
        )
        gender = _gender(tok.norm, lemma)
        j = i + 1
        found = self._find_content(art, j, lemma, max_gap=6)
        if found is None:
            return i + 1
        content_at, mode = found
        # An addressee (مؤكدين لـ«المدينة» أن …) does not count towards the distance.
        reach = 4
        if j + 1 < len(tokens) and tokens[j].norm == "ل" and tokens[j + 1].text in QUOTE_CHARS:
            reach = 8
        if strict and (mode not in {"comp", "colon"} or content_at - i > reach):
            return i + 1
        entity, mention = self._sentence_subject(art, i, gender)
        if entity is None:
            return i + 1
        return self._read_content(art, content_at, mode, entity, mention, tok.text)

    def _source(self, art: _Article, i: int) -> int:
        """بحسب/حسب/وفق/حسبما/نقلا عن X: before the content («وبحسب X، فإن …») or after it
        («…، حسبما نقلت صحيفة X»)."""
        tokens = art.tokens
        n = len(tokens)
        j = i + 1
        # Skip a verb (حسبما نقلت/ذكرت) and ل/عن.
        while (
            j < n
            and j <= i + 3
            and (_strip_prefix(tokens[j].norm, VERB_CUES) is not None or tokens[j].norm in {"ل", "عن", "لـ"})
        ):
            j += 1
        speaker: list[Token] = []
        while j < n and len(speaker) < MAX_SPEAKER_TOKENS:
            t = tokens[j]
            if (
                t.norm in COMPLEMENTISERS
                or t.text in COMMAS
                or art.is_sentence_end(j)
                or art.newline_before(j)
            ):
                break
            if t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES or t.text in {"(", ")"}:
                j += 1
                continue
            if not t.norm.isalpha() or t.norm in {"في", "على", "الى", "خلال", "عبر", "امس", "اليوم"}:
                break
            speaker.append(t)
            j += 1
        if not speaker:
            return i + 1
        # «عن X» inside the phrase (بيان صادر عن X) names the author.
        for k, t in enumerate(speaker[:-1]):
            if t.norm == "عن":
                speaker = speaker[k + 1 :]
                break
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
                    appositive.append(tokens[k])
                    k += 1
                if appositive and k < n and tokens[k].text in COMMAS:
                    k += 1
                elif not (k < n and tokens[k].norm in COMPLEMENTISERS):
                    appositive, k = [], j + 1
            if k < n and tokens[k].norm in COMPLEMENTISERS:
                who = appositive or speaker
                entity = self._entity(art, who, "m")
                if entity is None:
                    return i + 1
                mention = (who[0].start, who[-1].end)
                art.subject = (entity, mention, art.sentence[i])
                return self._read_content(art, k, "comp", entity, mention, tokens[i].text)
            if sentence_initial:
                return i + 1
        return self._claim_before(art, i, speaker, j)

    def _claim_before(self, art: _Article, i: int, speaker: list[Token], j: int) -> int:
        """After the content: the clause before ``tokens[i]``, from the sentence start (or its last
        فإن), is the claim of ``speaker``; returns ``j``."""
        tokens, text = art.tokens, art.text
        prev = tokens[i - 1] if i else None
        if prev is None or prev.text not in COMMAS or i < 2:
            return i + 1
        end = prev.start
        k = i - 2
        begin = None
        while (
            k >= max(0, i - MAX_CONTENT_TOKENS)
            and not art.is_sentence_end(k)
            and not art.newline_before(k + 1)
        ):
            if tokens[k].norm in FA_INNA:
                begin = k + 1
                break
            if _strip_prefix(tokens[k].norm, VERB_CUES) is not None or tokens[k].norm in COMPLEMENTISERS:
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
        while j < n and len(speaker) < MAX_SPEAKER_TOKENS:
            t = tokens[j]
            if art.newline_before(j) and speaker:
                break
            if t.text in OPEN_QUOTES:
                # A short quoted name («المرصد السوري لحقوق الإنسان»، صحيفة «التايمز») belongs here.
                close = next(
                    (
                        k
                        for k in range(j + 1, min(n, j + MAX_QUOTED_NAME_TOKENS + 2))
                        if tokens[k].text in CLOSE_QUOTES or tokens[k].text == OPEN_QUOTES.get(t.text)
                    ),
                    None,
                )
                if close is None or close == j + 1:
                    break
                inner = tokens[j + 1 : close]
                if any(x.norm in COMPLEMENTISERS or not x.norm.isalpha() for x in inner):
                    break
                if not speaker and close + 1 < n and tokens[close + 1].text in {":", "،", ","}:
                    # «…»: a quotation after a bare cue, not a name.
                    pass
                speaker.extend(inner)
                j = close + 1
                continue
            if t.text in CLOSE_QUOTES and speaker:
                j += 1
                continue
            if t.text in {"(", ")"}:
                j += 1
                continue
            if t.norm in TRANSPARENT:
                j += 1
                continue
            if (
                t.norm in COMPLEMENTISERS
                or t.norm in SPEAKER_STOP
                or t.norm in LINKING
                or t.norm in SOURCE_WORDS
            ):
                break
            if speaker and lemma == QAL and t.norm in FIRST_PERSON:
                break  # وقال فهد المرواني نطالب …: direct speech with no colon
            if _is_addressee(t.norm):
                break  # وصرح وانغ للصحافيين …، أكد وانغ يي لنظيره …
            if (
                speaker
                and lemma in BI_CUES
                and t.norm.startswith("ب")
                and len(t.norm) > 3
                and t.norm not in NAME_LINKS
                and not t.norm.startswith("بني")
            ):
                break  # أفادت صحيفة «التايمز» البريطانية بفرار …
            if not t.norm.isalpha() and not (t.text == "." and speaker and len(speaker[-1].norm) == 1):
                break
            if (
                _strip_prefix(t.norm, VERB_CUES)
                or _strip_prefix(t.norm, PARTICIPLE_CUES)
                or t.norm in DIRECTIVE_PARTICIPLES
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
        if (
            lemma in {normalize_ar("نقل"), normalize_ar("ذكر"), normalize_ar("أفاد")}
            and j < n
            and tokens[j].norm == "عن"
        ):
            inner, after = self._speaker_phrase(art, j + 1)
            if inner:
                speaker, j = inner, after
        elif lemma == normalize_ar("نقل"):
            return None
        # Appositive name after a role: «وزير الخارجية الأميركي، جون كيري، أنه».
        if speaker and j + 2 < n and tokens[j].text in COMMAS and speaker[0].norm in ROLE_HEADS | ORG_HEADS:
            k = j + 1
            appositive = []
            while (
                k < n
                and len(appositive) < 7
                and tokens[k].norm.isalpha()
                and tokens[k].norm not in COMPLEMENTISERS
            ):
                if tokens[k].norm in SPEAKER_STOP:
                    break
                appositive.append(tokens[k])
                k += 1
            while k < n and tokens[k].text in {'"', "«", "»", "“", "”"}:
                k += 1
            if appositive and k < n and (tokens[k].text in COMMAS or tokens[k].norm in COMPLEMENTISERS):
                after = k + 1 if tokens[k].text in COMMAS else k
                if after < n and (
                    tokens[after].norm in COMPLEMENTISERS or tokens[after].text in {":"} | set(OPEN_QUOTES)
                ):
                    speaker, j = appositive, after
        if speaker and lemma == QAL and j < n and tokens[j].norm in FIRST_PERSON:
            return speaker, j, "first"
        if speaker and lemma in OBJECT_CUES and _strict_verbal_noun(speaker[0].norm):
            # The subject stands before the verb (الهولندي لويس فان غال يؤكد اهتمامه بضم …).
            k = tokens.index(speaker[0], cue_at)
            return [], k, "bare"
        # The content: complementiser, colon, quote … after an adverbial gap.
        if speaker and lemma in BI_CUES and speaker[-1].norm.startswith("ب") and len(speaker) > 1:
            last = speaker[-1]
            if last.norm not in NAME_LINKS and last.norm[:3] != "بني" and len(last.norm) > 3:
                j = tokens.index(last, max(0, j - 3))
                return speaker[:-1], j, "bi"
        if speaker and lemma in OBJECT_CUES:
            split = self._split_object(speaker)
            if split is not None:
                k = tokens.index(speaker[split], max(0, j - MAX_SPEAKER_TOKENS - 4))
                found = self._find_content(art, k, lemma, max_gap=0)
                if found is not None:
                    return speaker[:split], found[0], found[1]
        found = self._find_content(art, j, lemma, max_gap=MAX_GAP_TOKENS)
        if found is None:
            return None
        return speaker, found[0], found[1]

    @staticmethod
    def _split_object(speaker: list[Token]) -> int | None:
        """Where a verbal-noun object begins inside a greedy speaker phrase (أكد القرني حرص …)."""
        for k in range(1, len(speaker)):
            t = speaker[k]
            if _looks_like_verbal_noun(t.norm) or t.norm in DIRECTIVE_NOUNS:
                if speaker[k - 1].norm in NAME_LINKS:
                    continue
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
            if t.norm in COMPLEMENTISERS:
                return j, "comp"
            if t.norm == "في" and j + 2 < n and tokens[j + 1].norm == "الوقت":
                j += 3  # في الوقت ذاته/نفسه
                continue
            if t.norm == "ل" and j + 1 < n and tokens[j + 1].text in QUOTE_CHARS:
                # An addressee: لـ«المدينة»، لـ»المدينة» (reversed marks are common).
                k = next((k for k in range(j + 2, min(n, j + 8)) if tokens[k].text in QUOTE_CHARS), None)
                if k is not None:
                    gap += k - j + 1
                    j = k + 1
                    continue
            if t.text == ":":
                return j, "colon"
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
                return j, "quote"
            if t.norm in LINKING and j + 1 < n:
                nxt = tokens[j + 1]
                if nxt.norm in COMPLEMENTISERS:
                    return j + 1, "comp"
                if nxt.norm in DIRECTIVE_NOUNS:
                    return None
                if any(x.norm in COMPLEMENTISERS for x in tokens[j + 2 : j + 4]):
                    pass  # على مدونته أن …: a medium before the complementiser
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
            if t.norm == "عن" and lemma in KASHAFA and j + 1 < n and tokens[j + 1].norm.isalpha():
                return j + 1, "bare"
            if (
                words
                and lemma in OBJECT_CUES
                and _strict_verbal_noun(t.norm)
                and tokens[j - 1].norm not in PREPOSITIONS
            ):
                return j, "bare"
            if words == 0 and lemma in OBJECT_CUES and t.norm.isalpha():
                if t.norm in DIRECTIVE_NOUNS:
                    return None
                if _looks_like_verbal_noun(t.norm):
                    return j, "bare"
                if (
                    lemma in BI_CUES
                    and t.norm.startswith("ب")
                    and len(t.norm) > 3
                    and t.norm not in NAME_LINKS
                ):
                    return j, "bi"
            if (
                _strip_prefix(t.norm, VERB_CUES) is not None
                or _strip_prefix(t.norm, PARTICIPLE_CUES) is not None
                or t.norm in DIRECTIVE_PARTICIPLES
            ):
                return None
            gap += 1
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
        while k < limit and art.paragraph[k] == para:
            t = tokens[k].text
            if t == closer or (t in CLOSE_QUOTES and opener in {"«", "»"} and t in {"»", "«"}):
                return k
            if t in CLOSE_QUOTES and closer not in {'"'} and t != '"':
                return k
            k += 1
        return None

    def _read_content(self, art: _Article, at: int, mode: str, entity, mention, cue) -> int:
        """Read the content starting at ``tokens[at]``; record the claim; return the next index."""
        tokens = art.tokens
        n = len(tokens)
        begin = at + 1 if mode in {"comp", "colon"} else at
        if begin >= n:
            return at + 1
        start_char = tokens[begin].start
        if mode == "bi":
            start_char += 1
        if mode == "comp":
            inner = self._embedded(art, begin)
            if inner is not None:
                return inner
        # A quotation wrapping the content: to its closing mark (or the end of the paragraph).
        if tokens[begin].text in OPEN_QUOTES:
            close = self._closing(art, begin)
            if close is not None:
                after = close + 1
                ends_here = (
                    after >= n
                    or art.is_sentence_end(after)
                    or tokens[after].text in COMMAS
                    or art.newline_before(after)
                    or _strip_prefix(tokens[after].norm, VERB_CUES) is not None
                    or _strip_prefix(tokens[after].norm, PARTICIPLE_CUES) is not None
                )
                if ends_here or close - begin > 12 or art.describe:
                    self._add(
                        art,
                        tokens[begin + 1].start if close > begin + 1 else start_char,
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
                    k += 1
                if k - 1 > begin:
                    self._add(
                        art, tokens[begin + 1].start, tokens[k - 1].end, entity, mention, cue, True, begin
                    )
                return k
        j, depth, quoted = begin, 0, mode in {"colon", "first"}
        stop = None
        limit = min(n, begin + MAX_CONTENT_TOKENS)
        while j < limit:
            t = tokens[j]
            if j > begin and art.newline_before(j) and depth == 0:
                break
            if t.text in OPEN_QUOTES and (depth == 0 or t.text not in CLOSE_QUOTES):
                depth += 1
                quoted = True
            elif t.text in CLOSE_QUOTES and depth > 0:
                depth -= 1
            elif depth == 0 and art.is_sentence_end(j):
                break
            elif depth == 0 and t.text in COMMAS and j + 1 < n:
                nxt = tokens[j + 1]
                if (
                    nxt.norm in PARTICIPLE_CUES
                    or nxt.norm in DIRECTIVE_PARTICIPLES
                    or nxt.norm in CLAUSE_BREAK
                    or (j + 2 < n and (nxt.norm, tokens[j + 2].norm) in TRAILING_PAIRS - {MATTER_WHICH})
                    or self._new_cue(art, j + 1)
                ):
                    stop = j
                    break
            elif (
                depth == 0
                and j > begin
                and _participle_lemma(t.norm) is not None
                and any(x.norm in COMPLEMENTISERS for x in tokens[j + 1 : j + 3])
            ):
                # «… رغم الإقبال مشيرًا إلى أن …»: a participle opens a new claim, comma or not.
                stop = j
                break
            elif depth == 0 and j + 1 < n and (t.norm, tokens[j + 1].norm) in TRAILING_PAIRS and j > begin:
                stop = j
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
            and tokens[k].norm not in COMPLEMENTISERS
            and tokens[k].norm not in NEGATIONS
            and _strip_prefix(tokens[k].norm, VERB_CUES) is None
        ):
            k += 1
        if k == begin or k >= n or (tokens[k].norm[:1] in "وف" and tokens[k].norm not in VERB_CUES):
            return None
        lemma = _strip_prefix(tokens[k].norm, VERB_CUES)
        if lemma is None or lemma in COMP_ONLY or lemma == normalize_ar("نقل"):
            return None
        found = self._read_attribution(art, k, lemma)
        if found is None or found[0] or found[2] not in {"comp", "colon", "quote"}:
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

    def _new_cue(self, art: _Article, j: int) -> bool:
        """Does ``tokens[j]`` start a new report (وقال، وأوضح أن، قالت الوزارة …)?"""
        t = art.tokens[j]
        if _strip_prefix(t.norm, VERB_CUES) is None:
            return False
        if j and art.tokens[j - 1].norm in NEGATIONS:
            return False
        window = art.tokens[j + 1 : j + 10]
        return any(x.norm in COMPLEMENTISERS or x.text in {":"} | set(OPEN_QUOTES) for x in window) or (
            t.norm[:1] == "و" and t.norm not in VERB_CUES
        )

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


def _is_addressee(norm: str) -> bool:
    """An addressee fused with ل: للصحافيين، لنظيره، لضيفه، لنظرائه (never part of a speaker)."""
    if len(norm) < 4 or norm[0] != "ل":
        return False
    return norm in ADDRESSEES or (not norm.startswith("لل") and norm.endswith(("ه", "ها", "هم", "هما")))


def _participle_lemma(norm: str) -> str | None:
    """A participle cue, also with a leading و (ومؤكدا)."""
    return _strip_prefix(norm, PARTICIPLE_CUES)


def nxt_is_cue(norm: str) -> bool:
    return _strip_prefix(norm, VERB_CUES) is not None
