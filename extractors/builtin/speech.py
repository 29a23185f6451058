"""Arabic reported speech: who said what.

Finds a reporting cue (قال، أكد، أعلن، أضاف … in past/present, masculine/feminine, with و/ف; the
participles مؤكدا، مشيرا …; the nouns إعلان/تأكيد before a titled speaker), reads the speaker phrase
after it, then the content after a complementiser (أن/إن/بأن …), an opening quote or a colon, up to
the end of the sentence or the next participle, which opens a new claim by the same speaker.
A cue with no speaker continues the previous one (وأضاف، وتابع).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from claims.text import normalize_ar
from extractors.base import ClaimSpan, ExtractionResult, Extractor
from extractors.builtin.arabic import CLOSE_QUOTES, OPEN_QUOTES, SENTENCE_END, Token, tokenize
from extractors.builtin.speakers import HONORIFICS, ROLE_HEADS, ArticleSpeakers, Entity, parse_mention


def _forms(words: str) -> dict[str, str]:
    """Map each normalised surface form to its lemma (the first word of its line)."""
    table: dict[str, str] = {}
    for line in words.strip().splitlines():
        forms = line.split()
        for form in forms:
            table[normalize_ar(form)] = forms[0]
    return table


VERB_CUES = _forms(
    """
    قال قالت قالوا يقول تقول
    أكد أكدت أكدوا يؤكد تؤكد
    أعلن أعلنت أعلنوا يعلن تعلن
    أضاف أضافت أضافوا يضيف تضيف
    أوضح أوضحت أوضحوا يوضح توضح
    تابع تابعت
    أردف أردفت
    أشار أشارت أشاروا يشير تشير
    صرح صرحت صرّح يصرح
    شدد شددت يشدد تشدد
    لفت لفتت
    بين بينت بيّن
    كشف كشفت يكشف
    نفى نفت نفوا ينفي
    حذر حذرت حذّر يحذر
    طالب طالبت يطالب
    دعا دعت يدعو
    اعتبر اعتبرت يعتبر
    رأى رأت يرى ترى
    أفاد أفادت
    ذكر ذكرت يذكر
    زعم زعمت
    أعرب أعربت
    اعترف اعترفت
    أعلنه أكده قاله
    """
)
PARTICIPLE_CUES = _forms(
    """
    مؤكدا مؤكدة مؤكدين
    مشيرا مشيرة مشيرين
    موضحا موضحة
    مضيفا مضيفة
    معتبرا معتبرة
    مشددا مشددة
    لافتا لافتة
    محذرا محذرة
    قائلا قائلة
    مبينا مبينة
    كاشفا كاشفة
    منوها منوهة
    متابعا متابعة
    """
)
NOUN_CUES = _forms("إعلان تأكيد تصريح تصريحات")
CONTINUATION_CUES = _forms("أضاف أضافت\nتابع تابعت\nأردف أردفت\nاستطرد استطردت\nختم ختمت")
COMPLEMENTISERS = {
    normalize_ar(w)
    for w in [
        "أن",
        "إن",
        "بأن",
        "أنه",
        "إنه",
        "أنها",
        "إنها",
        "أنهم",
        "إنهم",
        "أنهن",
        "بأنه",
        "بأنها",
        "بأنهم",
        "أننا",
        "إننا",
        "أنني",
        "إنني",
    ]
}
LINKING = {normalize_ar(w) for w in ["على", "إلى", "الى"]}  # شدد على أن، أشار إلى أن
SPEAKER_STOP = {
    normalize_ar(w)
    for w in [
        "السبت",
        "الأحد",
        "الاثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "أمس",
        "اليوم",
        "الليلة",
        "صباح",
        "مساء",
        "في",
        "خلال",
        "عبر",
        "أمام",
        "لدى",
        "لـ",
        "أثناء",
        "ضمن",
        "من",
        "حول",
        "بعد",
        "قبل",
        "عقب",
        "إثر",
        "مع",
        "عن",
        "وفق",
        "بحسب",
        "لوكالة",
        "لقناة",
        "لصحيفة",
        "لموقع",
        "لوسائل",
        "الماضي",
        "الماضية",
        "الأسبوع",
        "الشهر",
    ]
}
CLAUSE_BREAK = {normalize_ar(w) for w in ["وذلك", "فيما", "بينما", "وسط", "في_حين"]}
MAX_SPEAKER_TOKENS = 12
MAX_GAP_TOKENS = 40


def _strip_prefix(norm: str, table: dict[str, str]) -> str | None:
    if norm in table:
        return table[norm]
    if norm[:1] in {"و", "ف"} and norm[1:] in table:
        return table[norm[1:]]
    return None


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


class ArabicReportedSpeechExtractor(Extractor):
    name = "mizan.ar.speech"
    version = "0.1.0"
    produces = ("claims",)
    Config = ArabicConfig
    description = "Arabic reported speech (direct and indirect) with speakers resolved within the article."

    def extract(
        self, text: str, *, language: str = "ar", published_at: date | None = None
    ) -> ExtractionResult:
        tokens = tokenize(text)
        speakers = ArticleSpeakers()
        self._prime_speakers(tokens, text, speakers)
        claims: list[_PendingClaim] = []
        previous = None  # (entity, paragraph index) of the last claim
        paragraph_of = self._paragraph_index(text, tokens)
        i = 0
        while i < len(tokens):
            token = tokens[i]
            verb = _strip_prefix(token.norm, VERB_CUES)
            noun = _strip_prefix(token.norm, NOUN_CUES) if verb is None else None
            if verb is None and noun is None:
                i += 1
                continue
            found = self._read_attribution(tokens, i, text, noun_cue=noun is not None)
            if found is None:
                i += 1
                continue
            speaker_tokens, content_at = found
            entity = None
            if speaker_tokens:
                parsed = parse_mention(speaker_tokens, text)
                entity = speakers.resolve(parsed) if parsed else None
                mention_span = (speaker_tokens[0].start, speaker_tokens[-1].end)
            elif (
                previous is not None
                and _strip_prefix(token.norm, CONTINUATION_CUES) is not None
                and paragraph_of[i] - previous[1] <= 2
            ):
                entity, mention_span = previous[0], (None, None)
            if entity is None:
                i += 1
                continue
            cue_text = token.text
            new_claims, i = self._read_content(tokens, content_at, text, entity, mention_span, cue_text)
            claims.extend(new_claims)
            if new_claims:
                previous = (entity, paragraph_of[min(i, len(tokens) - 1)])
        return ExtractionResult(claims=[pending.finish() for pending in claims])

    # --- steps ---------------------------------------------------------------------------------
    @staticmethod
    def _paragraph_index(text: str, tokens: list[Token]) -> list[int]:
        index, paragraph, last_end = [], 0, 0
        for token in tokens:
            paragraph += text.count("\n", last_end, token.start)
            last_end = token.start
            index.append(paragraph)
        return index

    @staticmethod
    def _prime_speakers(tokens: list[Token], text: str, speakers: ArticleSpeakers) -> None:
        """Register every titled name in the article (مستشار الأمن القومي قاسم الأعرجي) so a later
        role-only mention can be resolved to it."""
        for i, token in enumerate(tokens):
            if token.norm not in ROLE_HEADS:
                continue
            phrase = []
            for t in tokens[i : i + MAX_SPEAKER_TOKENS]:
                if not t.norm.isalpha() or (t is not token and t.norm in SPEAKER_STOP):
                    break
                phrase.append(t)
            parsed = parse_mention(phrase, text)
            if parsed and parsed.name and parsed.role and len(parsed.name.split()) >= 2:
                speakers.resolve(parsed)

    @staticmethod
    def _read_attribution(
        tokens: list[Token], cue_at: int, text: str, *, noun_cue: bool
    ) -> tuple[list[Token], int] | None:
        """Return (speaker tokens, index where the content starts) or None."""
        speaker: list[Token] = []
        j = cue_at + 1
        while j < len(tokens) and len(speaker) < MAX_SPEAKER_TOKENS:
            t = tokens[j]
            if t.norm in COMPLEMENTISERS or t.text in OPEN_QUOTES or t.text in {":", "،", ",", "\n"}:
                break
            if (
                t.norm in SPEAKER_STOP
                or t.norm in LINKING
                or not (t.norm.isalpha() or t.text in {"(", ")", "."})
            ):
                break
            if _strip_prefix(t.norm, VERB_CUES) or _strip_prefix(t.norm, PARTICIPLE_CUES):
                return None
            speaker.append(t)
            j += 1
        if noun_cue and (
            not speaker or (speaker[0].norm not in ROLE_HEADS and speaker[0].norm not in HONORIFICS)
        ):
            return None
        # Skip an adverbial phrase («في خطاب بمناسبة …،») up to the complementiser, quote or colon.
        gap = 0
        while j < len(tokens) and gap < MAX_GAP_TOKENS:
            t = tokens[j]
            if "\n" in text[tokens[j - 1].end : t.start] or t.text in SENTENCE_END:
                return None
            if t.norm in COMPLEMENTISERS or t.text in OPEN_QUOTES or t.text == ":":
                return speaker, j
            if t.norm in LINKING and j + 1 < len(tokens) and tokens[j + 1].norm in COMPLEMENTISERS:
                return speaker, j + 1
            if _strip_prefix(t.norm, VERB_CUES) or _strip_prefix(t.norm, NOUN_CUES):
                return None
            gap += 1
            j += 1
        return None

    def _read_content(self, tokens, at, text, entity, mention_span, cue):
        """Read the content starting at ``tokens[at]`` (a complementiser, quote or colon)."""
        claims: list[_PendingClaim] = []
        begin = at + 1 if (tokens[at].norm in COMPLEMENTISERS or tokens[at].text == ":") else at
        if tokens[at].text == ":" and begin < len(tokens) and tokens[begin].text in OPEN_QUOTES:
            pass
        j, depth, quoted = begin, 0, False
        end_at = None
        while j < len(tokens):
            t = tokens[j]
            if j > begin and "\n" in text[tokens[j - 1].end : t.start]:
                break
            if t.text in OPEN_QUOTES and (depth == 0 or t.text not in CLOSE_QUOTES):
                depth += 1
                quoted = True
            elif t.text in CLOSE_QUOTES and depth > 0:
                depth -= 1
            elif depth == 0 and t.text in SENTENCE_END:
                break
            elif depth == 0 and t.text in {"،", ","} and j + 1 < len(tokens):
                nxt = tokens[j + 1]
                if _strip_prefix(nxt.norm, PARTICIPLE_CUES) or nxt.norm in CLAUSE_BREAK:
                    end_at = j
                    break
            j += 1
        stop = end_at if end_at is not None else j
        if stop > begin:
            claim = self._span(
                text, tokens[begin].start, tokens[stop - 1].end, entity, mention_span, cue, quoted
            )
            if claim:
                claims.append(claim)
        # A trailing participle opens a new claim by the same speaker.
        if end_at is not None and _strip_prefix(tokens[end_at + 1].norm, PARTICIPLE_CUES):
            k = end_at + 2
            if k < len(tokens) and tokens[k].norm in LINKING:
                k += 1
            if k < len(tokens):
                more, j = self._read_content(tokens, k, text, entity, (None, None), tokens[end_at + 1].text)
                claims.extend(more)
        return claims, max(j, at + 1)

    def _span(self, text, start, end, entity, mention_span, cue, quoted) -> _PendingClaim | None:
        # Drop the quote marks that wrap the whole content; keep inner ones.
        while end - start >= 2 and text[start] in OPEN_QUOTES and text[end - 1] == OPEN_QUOTES[text[start]]:
            inner = text[start + 1 : end - 1]
            if any(q in inner for q in (text[start], OPEN_QUOTES[text[start]])):
                break
            start, end = start + 1, end - 1
        while end > start and text[end - 1] in " \t،,;:":
            end -= 1
        if end - start < self.config.min_claim_chars or end - start > self.config.max_claim_chars:
            return None
        # The speaker is finalised after the whole article is read (a later mention may be fuller).
        return _PendingClaim(text[start:end], start, end, entity, mention_span, cue, quoted)
