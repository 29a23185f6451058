"""Speaker mentions: split «رئيس الحكومة العراقية مصطفى الكاظمي» into role, organisation, country and
name, and resolve later short mentions (الكاظمي، رئيس الحكومة العراقية) to one speaker per article."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache

from claims.text import normalize_ar
from extractors.base import SpeakerMention
from extractors.builtin.arabic import OPEN_QUOTES, Token, word_set

# Head words of a role phrase («وزير الدفاع العراقي …»).
ROLE_HEADS = word_set(
    """رئيس رئيسة نائب نائبة وزير وزيرة قائد مستشار مستشارة مدير مديرة المتحدث متحدث الناطق ناطق سفير
    أمين الأمين عضو محافظ زعيم زعيمة مسؤول المسؤول مساعد مبعوث المبعوث ممثل مندوب المندوب منسق المنسق
    الرئيس الوزير النائب السفير المدرب مدرب المحلل الخبير خبير الباحث باحث أستاذ رئيسه قائدة عميد
    عمدة حاكم الحاكم ولي الملك الأمير أمير الشيخ شيخ السيناتور المرشد مفتي المفتي البابا نقيب رئيسا
    وكيل وكيلة الوكيل المشرف مشرف المدير آمر قاضي قاضية
    قنصل القنصل
    الزوج الزوجة الوالد الوالدة المتهم الشاهد المواطن المواطنة المعلم المعلمة
    عضوة الرئيسة الوزيرة السفيرة سفيرة المتحدثة متحدثة الناطقة ناطقة المسؤولة مسؤولة المبعوثة مبعوثة
    المندوبة مندوبة المنسقة منسقة المدربة مدربة المحللة محللة الخبيرة خبيرة الباحثة باحثة أستاذة عميدة
    المشرفة مشرفة المديرة الوكيلة"""  # (the last lines: the feminine forms of the heads above)
)
# Honorifics standing right before a name («الجنرال فرانك ماكنزي»).
HONORIFICS = word_set(
    """الجنرال الدكتور د. د الشيخ الأمير السيد السيدة العميد اللواء الفريق العقيد المهندس الأستاذ
    المشير الرائد النقيب الحاج القاضي الملك المقدم العماد الرئيس سمو معالي فضيلة سماحة المستشار
    البروفيسور الكابتن المدرب م
    الدكتورة المهندسة الأستاذة البروفيسورة المستشارة الحاجة الأميرة الشيخة الملكة القاضية المدربة"""
    # (م. = المهندس: «م. المخرج»; the last line: the feminine titles)
)
# Titles that end a name they follow («النائب انتون غيراشتشينكو المستشار في …»); not القاضي، الشيخ،
# الأمير، الملك, which are also family names.
TITLES_AFTER_NAME = (ROLE_HEADS | word_set("المستشار")) - word_set("الشيخ الأمير الملك الحاكم")
# «منسق شئون الطاقة الدولية»، «مستشار لشؤون الأمن»: "affairs" carries a role on to its object.
AFFAIRS = word_set("شؤون شئون شوون لشؤون لشئون لشوون")
# Words completing a military title before the name («الفريق أول ركن عثمان الغانمي»، «اللواء الركن …»).
RANK_WORDS = word_set("أول ركن الركن بحري طيار")
ORG_HEADS = word_set(
    """وزارة الوزارة الحكومة حكومة الجيش جيش الشرطة وكالة الوكالة هيئة الهيئة مجلس المجلس منظمة المنظمة
    الأمم البيت الخارجية الداخلية الدفاع التحالف تحالف حركة الحركة حزب الحزب الإطار قيادة القيادة
    السفارة سفارة الرئاسة رئاسة الكرملين البنتاغون الاتحاد اتحاد جمعية الجمعية شركة الشركة البرلمان
    مكتب المكتب لجنة اللجنة المرصد مرصد الائتلاف ائتلاف جبهة الجبهة المحكمة محكمة النيابة
    صحيفة الصحيفة صحف مجلة المجلة قناة القناة إذاعة الإذاعة التلفزيون تلفزيون موقع الموقع عمادة العمادة
    جامعة الجامعة بلدية البلدية أمانة الأمانة إدارة الإدارة مديرية المديرية كتائب كتائب جماعة الجماعة
    مؤسسة المؤسسة المديرية نادي النادي مركز المركز المحطة محطة الدعوى البيان بيان التقرير تقرير
    الولايات دائرة الدائرة مصلحة المصلحة الأمانة الشرطة وسائل تقارير التقارير البنك بنك المصرف مصرف الصندوق
    صندوق قوات القوات"""
)
SOURCE_HEADS = word_set(
    """مصادر مصدر المصادر المصدر شهود شاهد مسؤولون مسؤولين مراقبون مراقبين أوساط محللون مسعفون سكان
    ناشطون الناشطون قيادي قياديون مواطنون المواطن مواطن مقربون خبراء جماعات مسؤول"""
)

# A role head's field in the construct state, without the article: «وزير خارجية مصر»، «رئيس وزراء
# العراق»، «رئيس أركان الجيش»; the role goes on after it («وزير الخارجية …» is definite, so it does anyway).
PORTFOLIOS = word_set(
    """خارجية داخلية دفاع مالية عدل صحة تعليم اقتصاد إعلام ثقافة نفط طاقة زراعة تجارة إسكان نقل سياحة
    اتصالات شؤون أركان خزانة وزراء دولة"""
)
# Countries named as nouns without the article («وزير خارجية مصر سامح شكري»): never a name word.
COUNTRY_NOUNS = {
    normalize_ar(k): v
    for k, v in {
        "مصر": "Egypt",
        "سوريا": "Syria",
        "سورية": "Syria",
        "تركيا": "Turkey",
        "إيران": "Iran",
        "روسيا": "Russia",
        "فرنسا": "France",
        "بريطانيا": "United Kingdom",
        "ألمانيا": "Germany",
        "إسرائيل": "Israel",
        "قطر": "Qatar",
        "عمان": "Oman",
        "فلسطين": "Palestine",
        "لبنان": "Lebanon",
        "ليبيا": "Libya",
        "تونس": "Tunisia",
        "أمريكا": "United States",
        "أميركا": "United States",
        "إيطاليا": "Italy",
        "إسبانيا": "Spain",
        "باكستان": "Pakistan",
        "أفغانستان": "Afghanistan",
        "كندا": "Canada",
        "اليابان": "Japan",
        "الأردن": "Jordan",
        "الكويت": "Kuwait",
        "البحرين": "Bahrain",
        "اليمن": "Yemen",
        "السودان": "Sudan",
        "الجزائر": "Algeria",
        "المغرب": "Morocco",
        "الصين": "China",
        "الهند": "India",
        "السويد": "Sweden",
        "الإمارات": "United Arab Emirates",
    }.items()
}

COUNTRY_ADJECTIVES = {
    normalize_ar(k): v
    for k, v in {
        "العراقي": "Iraq",
        "العراقية": "Iraq",
        "بالعراق": "Iraq",
        "العراق": "Iraq",
        "الأميركي": "United States",
        "الأميركية": "United States",
        "الأمريكي": "United States",
        "الأمريكية": "United States",
        "السعودي": "Saudi Arabia",
        "السعودية": "Saudi Arabia",
        "الإيراني": "Iran",
        "الإيرانية": "Iran",
        "المصري": "Egypt",
        "المصرية": "Egypt",
        "السوري": "Syria",
        "السورية": "Syria",
        "التركي": "Turkey",
        "التركية": "Turkey",
        "الروسي": "Russia",
        "الروسية": "Russia",
        "الفرنسي": "France",
        "الفرنسية": "France",
        "البريطاني": "United Kingdom",
        "البريطانية": "United Kingdom",
        "الأردني": "Jordan",
        "الأردنية": "Jordan",
        "اللبناني": "Lebanon",
        "اللبنانية": "Lebanon",
        "الفلسطيني": "Palestine",
        "الفلسطينية": "Palestine",
        "الإسرائيلي": "Israel",
        "الإسرائيلية": "Israel",
        "الإماراتي": "United Arab Emirates",
        "الإماراتية": "United Arab Emirates",
        "القطري": "Qatar",
        "القطرية": "Qatar",
        "الكويتي": "Kuwait",
        "الكويتية": "Kuwait",
        "اليمني": "Yemen",
        "اليمنية": "Yemen",
        "الليبي": "Libya",
        "الليبية": "Libya",
        "التونسي": "Tunisia",
        "التونسية": "Tunisia",
        "الجزائري": "Algeria",
        "الجزائرية": "Algeria",
        "المغربي": "Morocco",
        "المغربية": "Morocco",
        "السوداني": "Sudan",
        "السودانية": "Sudan",
        "الصيني": "China",
        "الصينية": "China",
        "الألماني": "Germany",
        "الألمانية": "Germany",
        "البحريني": "Bahrain",
        "البحرينية": "Bahrain",
        "العماني": "Oman",
        "العمانية": "Oman",
        "الهولندي": "Netherlands",
    }.items()
}


def _definite(norm: str) -> bool:
    return norm.startswith(("ال", "بال", "لل", "وال"))


@dataclass
class ParsedMention:
    name: str
    role: str
    organisation: str
    country: str
    kind: str
    start: int
    end: int
    surface: str
    quoted: bool = False  # written in quotation marks («المسؤول اليمني»): an epithet for one named before


# One person an unnamed-source head may name after a role («المواطن سعيد متروك»); the plural heads
# (مصادر، شهود) never do.
NAMED_SOURCE_HEADS = word_set("مسؤول المواطن مواطن قيادي شاهد")
CLOSE_TO = word_set("من مقرب مقربة مقربون مقربين")


# Organisations known by a single undefined word, which would otherwise pass for a personal name
# («أمين عام منظمة أوبك عبدالله البدري»).
ORG_NAMES = word_set("أوبك ناتو فيفا يونسكو يونيسف أونروا أرامكو سابك")


QUOTE_MARK_RE = re.compile("[" + re.escape("".join(sorted({*OPEN_QUOTES, *OPEN_QUOTES.values()}))) + "]")


def _unclosed_quote(surface: str) -> str:
    """The closing mark that ``surface`` leaves open, or ''."""
    for opener, closer in OPEN_QUOTES.items():
        if surface.count(opener) % 2 if opener == closer else surface.count(opener) > surface.count(closer):
            return closer
    return ""


def parse_mention(tokens: list[Token], text: str) -> ParsedMention | None:
    """Split the tokens of a speaker phrase into role and name. A role or organisation cut inside a
    quoted outlet's name gets its closing mark (المدير العام لقناة «الإخبارية» جاسر الجاسر)."""
    parsed = _parse_mention(tokens, text)
    # (one regex call first: parse_mention runs for every role word of every article)
    if parsed is None or not QUOTE_MARK_RE.search(parsed.role):
        return parsed
    return dataclasses.replace(
        parsed,
        role=parsed.role + _unclosed_quote(parsed.role),
        organisation=parsed.organisation + _unclosed_quote(parsed.organisation),
    )


def _parse_mention(tokens: list[Token], text: str) -> ParsedMention | None:
    tokens = [t for t in tokens if t.norm not in {"(", ")", '"', "«", "»"} or t.norm in {"(", ")"}]
    if not tokens:
        return None
    start, end = tokens[0].start, tokens[-1].end
    surface = text[start:end]
    mark = _unclosed_quote(surface)
    if mark and text[end : end + 1] == mark:
        end += 1  # «شبكة «سكاي سبورتس»»: the name's closing mark, left out with the quote tokens
        surface = text[start:end]
    head = tokens[0].norm
    country = next(
        (
            COUNTRY_ADJECTIVES.get(t.norm) or COUNTRY_NOUNS[t.norm]
            for t in tokens
            if t.norm in COUNTRY_ADJECTIVES or t.norm in COUNTRY_NOUNS
        ),
        "",
    )
    if head in SOURCE_HEADS:
        tail = _trailing_name(tokens[1:], text) if head in NAMED_SOURCE_HEADS else []
        before = tokens[: len(tokens) - len(tail)]
        if (
            tail
            # «مسؤول كبير في إدارة الرئيس باراك أوباما»: the name is another's, after his own title
            and (len(before) == 1 or before[-1].norm not in ROLE_HEADS | HONORIFICS)
            and not any(t.norm in CLOSE_TO for t in before)  # «مسؤول مقرب من …»
            and any(_definite(t.norm) or (t.norm[:1] in "بل" and _definite(t.norm[1:])) for t in before)
        ):
            # «مسؤول القيادات في الكشافة البريطانية نثان برنيس»: an official, then his name
            role = text[start : before[-1].end]
            organisation = text[before[1].start : before[-1].end] if len(before) > 1 else ""
            name = text[tail[0].start : tail[-1].end]
            return ParsedMention(name, role, organisation, country, "person", start, end, surface)
        return ParsedMention(surface, "", "", country, "source", start, end, surface)
    if head in ROLE_HEADS and len(tokens) >= 4 and tokens[-1].norm == ")":
        # «المتحدث الرسمي باسم الاتحاد السعودي لكرة القدم (عدنان المعيبد)»: the name in brackets
        opening = next((k for k in range(len(tokens) - 2, 0, -1) if tokens[k].norm == "("), None)
        inside = tokens[opening + 1 : -1] if opening is not None else []
        if 2 <= len(inside) <= 4 and all(t.norm.isalpha() for t in inside):
            name = text[inside[0].start : inside[-1].end]
            role = text[start : tokens[opening - 1].end]
            organisation = text[tokens[1].start : tokens[opening - 1].end] if opening > 1 else ""
            return ParsedMention(name, role, organisation, country, "person", start, end, surface)
    quoted = text[start - 1 : start] in {'"', "«"}
    if head in ORG_HEADS or (
        # a quoted name is an outlet («الشرق الأوسط»), a quoted role a person («المسؤول اليمني»)
        quoted and (len(tokens) == 1 or (head not in ROLE_HEADS and head not in HONORIFICS))
    ):
        return ParsedMention(surface, "", "", country, "organisation", start, end, surface)
    if quoted and head in ROLE_HEADS and len(tokens) <= 3:
        return ParsedMention("", surface, "", country, "person", start, end, surface, quoted=True)
    if (
        head in HONORIFICS
        and len(tokens) > 3
        and not _definite(tokens[1].norm)
        and tokens[1].norm not in ROLE_HEADS
    ):
        # «الشيخ صالح لنجف رئيس تحالف قبائل مأرب»: a title, the name, then the role after it
        cut = next(
            (
                k
                for k in range(2, min(len(tokens) - 1, 6))
                if tokens[k].norm in ROLE_HEADS - HONORIFICS
                # «الدكتور رياض المصطفى الرئيس السابق للمجلس البلدي»: a title after the name is the role
                # (not «العميد عبد الأمير الخزرجي»: الأمير after عبد is part of the name)
                or (
                    tokens[k].norm in ROLE_HEADS
                    and _definite(tokens[k + 1].norm)
                    and tokens[k - 1].norm not in NAME_LINKS
                )
            ),
            None,
        )
        if cut is not None and all(t.norm.isalpha() and t.norm not in ORG_HEADS for t in tokens[1:cut]):
            name = text[tokens[1].start : tokens[cut - 1].end]
            role = text[tokens[cut].start : end]
            organisation = text[tokens[cut + 1].start : end]
            return ParsedMention(name, role, organisation, country, "person", start, end, surface)
    # The last title before the name: «مدير مستشفى الملك خالد بنجران الدكتور عبده الزبيدي».
    honorific_at = next(
        (
            k
            for k in range(len(tokens) - 2, 0, -1)
            if tokens[k].norm in HONORIFICS
            and not (k == 1 and tokens[k].norm in ROLE_HEADS)  # «نائب الرئيس الأول …»: one role
        ),
        None,
    )
    if head in ROLE_HEADS and honorific_at is not None:
        # «رئيس بلدية محافظة الخبر المهندس عصام الملا»: the role runs to the title, the name after it.
        role = text[start : tokens[honorific_at - 1].end]
        organisation = text[tokens[1].start : tokens[honorific_at - 1].end] if honorific_at > 1 else ""
        name_tokens = tokens[honorific_at + 1 :]
        while len(name_tokens) > 1 and name_tokens[0].norm in RANK_WORDS:
            name_tokens = name_tokens[1:]
        name = text[name_tokens[0].start : name_tokens[-1].end]
        return ParsedMention(name, role, organisation, country, "person", start, end, surface)
    if head in HONORIFICS and head not in ROLE_HEADS:
        # «المقدم محمد عثمان القرني»، «د. الغفيص»: the title is dropped, the rest is the name.
        # Titles are dropped before the name only: «المهندس عدنان السيد», «المهندس السيد» (a family name)
        name_tokens = [t for t in tokens[1:] if t.norm not in {"(", ")"}]
        while len(name_tokens) > 1 and (
            name_tokens[0].norm in HONORIFICS or name_tokens[0].norm in RANK_WORDS
        ):
            name_tokens = name_tokens[1:]  # («معالي الفريق الركن الشيخ راشد …»)
        if not name_tokens:
            return None
        role = ""
        adjectives = 0
        while adjectives < len(name_tokens) and _definite(name_tokens[adjectives].norm):
            adjectives += 1
        if (
            0 < adjectives <= len(name_tokens) - 2
            and all(t.norm.endswith("ي") for t in name_tokens[:adjectives])
            and name_tokens[adjectives].norm[:1] not in {"ب", "ل"}
        ):
            # «المستشار الإعلامي علي العجمي»: the adjective qualifies the title, the name follows
            # (not «القاضي الشرعي الأول بدمشق محمود المعراوي»: the place is part of the title)
            role = text[start : name_tokens[adjectives - 1].end]
            name_tokens = name_tokens[adjectives:]
        name = text[name_tokens[0].start : name_tokens[-1].end]
        return ParsedMention(name, role, "", country, "person", start, end, surface)
    if head in ROLE_HEADS or head in HONORIFICS:
        i = 1
        while i < len(tokens) and (
            _definite(tokens[i].norm)
            or tokens[i].norm in HONORIFICS
            or tokens[i].norm in {"(", ")"}
            or tokens[i - 1].norm in {"(", "باسم"} | AFFAIRS
            or tokens[i].norm in {"باسم", "عام"} | AFFAIRS
        ):
            i += 1
        role_tokens = [t for t in tokens[:i] if t.norm not in HONORIFICS or t is tokens[0]]
        while (
            role_tokens and role_tokens[-1].norm in HONORIFICS and (len(role_tokens) > 1 or i < len(tokens))
        ):
            role_tokens.pop()  # (not a head standing alone: «قال الرئيس إن …» keeps its role)
        name_tokens = tokens[i:]
        if (
            name_tokens
            and (
                name_tokens[0].norm in PORTFOLIOS  # «وزير خارجية مصر سامح شكري»
                or any(
                    t.norm in ORG_HEADS
                    or t.norm in {"في", "علي", "لدي"}  # «السفير المصري لدى الجزائر عمر أبو العيش»
                    or (t.norm[:1] in "لب" and t.norm[1:] in ORG_HEADS | PLACE_WORDS | ORG_NAMES)
                    or (t.norm[:1] == "ب" and _definite(t.norm[1:]))  # «… بالوفد السعودي منصور المقيطيب»
                    or t.norm in ORG_NAMES
                    for t in name_tokens[:-1]
                )  # «المتحدث الرسمي لوزارة العمل تيسير المفرج»، «رئيس اللجنة … بحي الروضة محمد الخميس»
                or any(
                    t.norm[:1] == "و" and len(t.norm) > 3 for t in name_tokens[:-2]
                )  # مدير ثقافة وفنون الطائف …
                # «المسؤول الإعلامي لغرفة عمليات عمر المختار … عبدالكريم صبرا»: ل + a noun after the
                # role is "of" the organisation, and a name follows
                or (
                    len(name_tokens) >= 3
                    and (
                        _of_organisation(name_tokens[0])
                        # «المشرف العام لبرنامج "اصنع مهارة" نايف الهاجري»: ل + a noun, then a quoted name
                        or (
                            name_tokens[0].norm[:1] == "ل"
                            and any(q in text[name_tokens[0].end : name_tokens[1].start] for q in '"«“')
                        )
                    )
                )
            )
        ):
            # «مدير عام فرع وزارة العمل بمنطقة مكة المكرمة عبدالله العليان»: the organisation is part
            # of the role; the name is the run of name words at the end (none: a role only).
            tail = _after_portfolio(name_tokens)
            if tail is None:
                tail = _trailing_name(name_tokens, text)
            role_tokens = tokens[: len(tokens) - len(tail)]
            name_tokens = tail
        role = text[role_tokens[0].start : role_tokens[-1].end] if role_tokens else ""
        organisation = text[role_tokens[1].start : role_tokens[-1].end] if len(role_tokens) > 1 else ""
        if head in HONORIFICS and head not in ROLE_HEADS and not name_tokens:
            return None
        if name_tokens and name_tokens[0].norm[:1] == "و" and name_tokens[0].norm.endswith(("ه", "ها", "هم")):
            # «سفير المملكة ومندوبها الدائم»: a second role joined by و, no name
            role_tokens, name_tokens = tokens, []
            role = text[start:end]
        if (
            len(name_tokens) >= 2
            and name_tokens[0].norm[:1] in "لب"
            and name_tokens[0].norm.endswith("ه")
            and len(name_tokens[0].norm) > 4
            and _definite(name_tokens[1].norm)
        ):
            # «المدير الإقليمي للحملة الوطنية السعودية لنصرة الأشقاء»: a construct after a preposition
            # goes on with the organisation's name, no personal name
            role_tokens, name_tokens = tokens, []
            role = text[start:end]
        if (
            len(name_tokens) == 1
            and head not in HONORIFICS
            and len(name_tokens[0].norm) >= 4
            and not _definite(name_tokens[0].norm)
            and name_tokens[0].norm.endswith(("ي", "يه"))
        ):
            # «وزير يمني»: an indefinite role with a nisba adjective, no name.
            role_tokens, name_tokens = tokens, []
            role = text[start:end]
        if name_tokens and name_tokens[0].norm in ROLE_CONTINUATIONS:
            role_tokens, name_tokens = tokens, []
            role = text[start:end]
        if any(t.norm in NOT_IN_NAMES for t in name_tokens):
            name_tokens = []  # «ونفى المتحدث باسم الانتخابات البلدية ضبط أي عملية بيع …»: the object, no name
        title_at = next(
            (
                k
                for k in range(2, len(name_tokens))
                if _definite(name_tokens[k].norm) and name_tokens[k].norm in TITLES_AFTER_NAME
            ),
            None,
        )
        if title_at is not None:
            name_tokens = name_tokens[:title_at]  # «النائب انتون غيراشتشينكو المستشار في …»: a second title
        if name_tokens:
            name_start = name_tokens[0].start
            name = text[name_start : name_tokens[-1].end]
            return ParsedMention(name, role, organisation, country, "person", start, end, surface)
        return ParsedMention("", role, organisation, country, "person", start, end, surface)
    cut = next(
        (k for k in range(1, min(len(tokens) - 1, 5)) if tokens[k].norm in ROLE_HEADS - HONORIFICS), None
    )
    if (
        cut is not None
        and not tokens[0].norm.startswith(("ال", "لل", "بال"))
        and all(
            t.norm.isalpha()
            and (len(t.norm) > 2 or t.norm in NAME_LINKS)  # «سعد بن جميل القرشي عضو مجلس …»
            and t.norm not in ORG_HEADS
            and not t.norm.endswith(("ها", "هم", "هما", "كم", "نا"))
            for t in tokens[:cut]
        )
    ):
        # «علي الأحمدي الناطق الرسمي للمقاومة الشعبية»: the name, then the role after it (not
        # «أثنائها رئيس الجمعية …»، «القائم بأعمال رئيس الهيئة …»)
        name = text[start : tokens[cut - 1].end]
        role = text[tokens[cut].start : end]
        organisation = text[tokens[cut + 1].start : end]
        return ParsedMention(name, role, organisation, country, "person", start, end, surface)
    return ParsedMention(surface, "", "", country, "person", start, end, surface)


NAME_LINKS = word_set("بن بنت ابن أبو ابو أبي ابي عبد آل ال أم ام")
# Words no personal name holds: after a role they begin the object («… ضبط أي عملية»).
NOT_IN_NAMES = word_set("أي اي كل بعض لا ما هذا هذه ذلك تلك عدم غير")
# Nouns that carry a role on in a construct («وكيل أعمال اللاعب»): the whole phrase is the role.
ROLE_CONTINUATIONS = word_set("أعمال شؤون")
PLACE_WORDS = word_set("منطقة محافظة مدينة ولاية إمارة إقليم قرية حي مركز")


STATE_WORDS = word_set("جمهورية مملكة دولة إمارة سلطنة")
LAM_NAMES = word_set("لطيفة لبيبة")  # given names that look like ل + a noun in the construct state


def _of_organisation(token: Token) -> bool:
    """A noun fused with the preposition ل, never a personal name: ل + a definite noun (للجيش) or a
    noun in the construct state (لغرفة، لحاضرة). Not any word opening with ل: family names do
    (لعمامرة، لنجف، لوتش)."""
    norm = token.norm
    if norm[:1] != "ل" or len(norm) < 4:
        return False
    return norm.startswith("لل") or (token.text.endswith("ة") and norm not in LAM_NAMES)


def _after_portfolio(tokens: list[Token]) -> list[Token] | None:
    """The name after a construct-state role's field and place («خارجية إسبانيا خوسيه مانويل غارسيا
    مارغايو»، «وزراء اليونان تسيبراس»، «خارجية جمهورية مصر العربية سامح شكري»): the field, the place
    right after it and any definite words or countries that follow end the role; the rest is the name,
    whatever its length (empty: a role only). None when ``tokens`` do not open with a field or the
    rest does not look like a name."""
    if not tokens or tokens[0].norm not in PORTFOLIOS:
        return None
    k = 1
    while k < len(tokens) and (
        k == 1
        or _definite(tokens[k].norm)
        or tokens[k].norm in COUNTRY_NOUNS
        or tokens[k - 1].norm in STATE_WORDS
    ):
        k += 1
    rest = tokens[k:]
    if len(rest) > 5 or any(
        not t.norm.isalpha()
        or len(t.norm) < 2
        or t.norm in ORG_HEADS | ROLE_HEADS | HONORIFICS | PLACE_WORDS | PORTFOLIOS
        or t.norm == "في"
        for t in rest
    ):
        return None
    return rest


def _trailing_name(tokens: list[Token], text: str) -> list[Token]:
    """The personal name closing a role phrase: at most three name words (and links such as بن), the
    last one may be definite (العليان); empty when fewer than two. It never reaches back into a quoted
    name («… بـ"صحة جازان" عبدالرحمن دغريري»)."""
    run: list[Token] = []
    words = 0
    for k in range(len(tokens) - 1, -1, -1):
        t = tokens[k]
        norm = t.norm
        if run and any(q in text[t.end : run[0].start] for q in '"«»“”'):
            break
        if norm in NAME_LINKS and run:
            run.insert(0, t)
            continue
        if run and _definite(norm) and k > 0 and tokens[k - 1].norm in {"عبد", "ابو"} and words < 3:
            run.insert(0, t)  # عبد الرحمن، أبو الفضل: one name
            words += 1
            continue
        bare = norm[1:] if norm[:1] in "وبل" else norm
        if norm in PLACE_WORDS or bare in PLACE_WORDS:
            return []  # «بمنطقة مكة المكرمة»: a place, not a name
        if norm[:1] == "و" and (bare in ROLE_HEADS or bare in ORG_HEADS or bare == "عضو"):
            break  # «… وعضو شرفه»: a second role
        if (
            not norm.isalpha()
            or norm in ORG_HEADS
            or norm in ROLE_HEADS
            or norm in HONORIFICS
            or norm in PORTFOLIOS
            or norm in COUNTRY_NOUNS
            or bare in ORG_NAMES
            or (norm[:1] in "بل" and bare in ORG_HEADS)  # «… لشركة معادن»: the company, not a name
            or norm == "في"
            or (norm == "علي" and not run)
            or len(norm) < 3
            or (run and _definite(norm))
            or (norm.startswith(("ب", "ل")) and _definite(norm[1:]))
            or (run and norm[:1] == "ل" and t.text.endswith("ة") and _definite(run[0].norm))  # لكرة القدم
            or words == 3
        ):
            break
        run.insert(0, t)
        words += 1
    while run and run[0].norm in NAME_LINKS:
        if run[0].norm in {"عبد", "ابو"} and len(run) > 1 and _definite(run[1].norm):
            # «عبد الله البدري»، «حسين أمير عبد اللهيان»: the link is a word of the name, counted as one
            # (so a lone «عبد الرحمن» after a role passes for a name too)
            words += 1
            break
        run.pop(0)
    return run if words >= 2 else []


@dataclass
class Entity:
    name: str
    role: str = ""
    organisation: str = ""
    country: str = ""
    kind: str = "person"
    aliases: set[str] = field(default_factory=set)
    gender: str = ""  # 'm', 'f' or 'p' (plural), from the cue that introduced the speaker

    def mention(self, start: int | None, end: int | None) -> SpeakerMention:
        aliases = tuple(sorted(a for a in self.aliases if a and a != self.name))
        return SpeakerMention(
            name=self.name or self.role,
            start=start,
            end=end,
            kind=self.kind,  # type: ignore[arg-type]
            role=self.role,
            organisation=self.organisation,
            country=self.country,
            aliases=aliases,
        )


@lru_cache(maxsize=16384)
def _norm(text: str) -> str:
    """normalize_ar, cached: names and roles are normalised again at every mention; «عبد الله» and
    «عبدالله» are one name word."""
    return _ABD_SPACE.sub(r"\1", normalize_ar(text))


_ABD_SPACE = re.compile(r"\b(عبد|ابو) (?=ال)")


def _one_edit(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` (at least five letters) differ by exactly one inserted, deleted or replaced letter?"""
    if a == b or min(len(a), len(b)) < 4 or max(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def _bare_words(role: str) -> list[str]:
    """The words of a role without the article: «المستشار الإعلامي» → مستشار اعلامي."""
    return [w.removeprefix("ال") for w in _norm(role).split()]


def _second_role(role_key: str, role: str) -> bool:
    """«رئيس الوزراء اليمني» after «نائب الرئيس اليمني ورئيس الوزراء، خالد بحاح»: a role of two words or
    more that is one of the roles joined by و in a fuller role."""
    words = role_key.split()
    if len(words) < 2:
        return False
    held = [w[1:] if w[:1] == "و" and len(w) > 3 else w for w in _role_key(role).split()]
    return any(held[k : k + len(words)] == words for k in range(1, len(held) - len(words) + 1))


def _construct_of(role_key: str, role: str) -> bool:
    """«وكيل الأمين» after «وكيل أمين منطقة المدينة المنورة للدراسات …»: a role of a noun and a definite
    noun is the fuller role whose first two words are those nouns in the construct state."""
    words = role_key.split()
    if len(words) != 2 or not words[1].startswith("ال") or len(words[1]) < 5:
        return False
    held = _role_key(role).split()
    return len(held) > 2 and held[0] == words[0] and held[1] == words[1][2:]


def _role_key(role: str) -> str:
    words = [w for w in _norm(role).split() if w not in COUNTRY_ADJECTIVES]
    return " ".join(words)


OFFICIAL = _norm("مسؤول")  # the generic head of a role: "an official"


def _country_words(role: str, *, masculine: bool = False) -> set[str]:
    """The country adjectives of a role, without the article (الأمريكي → امريكي); ``masculine`` also
    folds the feminine (الأمريكية → امريكي)."""
    words = {w.removeprefix("ال") for w in _norm(role).split() if w in COUNTRY_ADJECTIVES}
    return {w.removesuffix("ه") if w.endswith("يه") else w for w in words} if masculine else words


class ArticleSpeakers:
    """Within-article coreference: later short mentions resolve to the fullest earlier one."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []

    def _introduced_unnamed(self, role: str) -> Entity | None:
        """«قدر مستشار إعلامي … أن …» then «وأبان المستشار الإعلامي علي العجمي …»: a person introduced
        by an indefinite role, named later with the same role made definite, is one speaker."""
        words = _bare_words(role)
        for entity in reversed(self.entities):
            if entity.kind != "person" or entity.name or not entity.role:
                continue
            earlier = _norm(entity.role).split()
            if (
                len(earlier) >= 2
                and not any(w.startswith("ال") for w in earlier[:3])  # not «نائب وزير الخارجية»
                and earlier[1].endswith("ي")  # a noun and its adjective: مستشار إعلامي، مسؤول أمني
                and words[:2] == earlier[:2]
            ):
                return entity
        return None

    def titled(self, title: str) -> Entity | None:
        """The latest named person first mentioned with the (normalised) title ``title``."""
        for entity in reversed(self.entities):
            if (
                entity.kind == "person"
                and entity.name
                and any(_norm(alias).split()[:1] == [title] for alias in entity.aliases)
            ):
                return entity
        return None

    def _only_named_with_head(self, head: str) -> Entity | None:
        """The one named person whose role starts with ``head`` (وزير), if there is exactly one."""
        found = [e for e in self.entities if e.name and e.role and _role_key(e.role).split()[0] == head]
        return found[0] if len(found) == 1 else None

    def resolve(
        self, parsed: ParsedMention, *, create: bool = True, current: Entity | None = None
    ) -> Entity | None:
        """The entity ``parsed`` names: an earlier one it refers back to, else a new one (unless not
        ``create``). ``current``: the speaker of the latest claim, whom an unquoted «المسؤول اليمني»
        names when he is a named official of that country."""
        name_key = _norm(parsed.name)
        role_key = _role_key(parsed.role) if parsed.role else ""
        found = None
        if name_key:
            words = name_key.split()
            last = words[-1]
            bare = words[0][2:] if len(words) == 1 and words[0].startswith("ال") else ""
            for entity in reversed(self.entities):
                entity_key = _norm(entity.name)
                if not entity_key:
                    continue
                entity_words = entity_key.split()
                if entity_key == name_key or (
                    entity.kind == "person"
                    # «وقال «الحذيفي»» after «اللواء عبده الحذيفي»: a quoted family name is no outlet
                    and (parsed.kind == "person" or (len(words) == 1 and len(entity_words) >= 2))
                    and entity_words[-1] == last
                    # فكري علي صالح and فتحي محمد صالح: two full names, two people
                    and (len(words) == 1 or len(entity_words) == 1 or words[0] == entity_words[0])
                ):
                    found = entity
                elif len(words) < len(entity_words) and entity_words[: len(words)] == words:
                    found = entity  # عمادة القبول ~ عمادة القبول والتسجيل بجامعة حائل
                elif 2 <= len(words) < len(entity_words) and entity_words[-len(words) :] == words:
                    found = entity  # العفو الدولية ~ منظمة العفو الدولية
                elif (
                    words[0] in {"بن", "ابن"}
                    and len(words) >= 2
                    and any(entity_words[k : k + len(words)] == words for k in range(1, len(entity_words)))
                ):
                    found = entity  # بن عبدالله ~ راشد بن عبدالله آل خليفة: the patronymic alone
                elif bare and entity_words[0] == bare and len(bare) > 2:
                    found = entity  # الصحيفة ~ صحيفة التايمز، المصادر ~ مصادر مطلعة
                elif bare and entity.role and _role_key(entity.role).split()[0] == name_key:
                    found = entity  # الوزير ~ وزير الإدارة المحلية … عبدالرقيب فتح
                if found is not None:
                    break
        elif role_key:
            # «وقال المسؤول» after «قال … مسؤول في سفارة الهند»: the definite role names the one met
            bare_role = role_key[2:] if role_key.startswith("ال") and " " not in role_key else ""
            # «الوزير الأمريكي» after «وزير الخارجية الأمريكي جون كيري» and «الوزير العطية»: the
            # country adjective picks the American one
            places = _country_words(parsed.role)
            head = role_key.split()[0].removeprefix("ال")
            for entity in reversed(self.entities) if places else ():
                if (
                    entity.role
                    and (
                        _role_key(entity.role).split()[0].removeprefix("ال") == head
                        # «قال «المسؤول اليمني»» after «وزير الداخلية اليمني اللواء عبده الحذيفي»: the
                        # quoted "official" of that country is a named office-holder of it (unquoted,
                        # «المسؤول الأميركي، الذي طلب عدم نشر اسمه» is someone else)
                        or (head == OFFICIAL and parsed.quoted and entity.kind == "person" and entity.name)
                    )
                    and places <= _country_words(entity.role)
                ) or (
                    # «وكشف المسؤول اليمني أن …» while the minister «في الحكومة اليمنية» named before is
                    # the one speaking
                    head == OFFICIAL
                    and len(role_key.split()) == 1  # «المسؤول اليمني», not «المسؤول الإعلامي لغرفة …»
                    and entity is current
                    and entity.kind == "person"
                    and entity.name
                    and entity.role
                    and _country_words(parsed.role, masculine=True)
                    <= _country_words(entity.role, masculine=True)
                ):
                    found = entity
                    break
            only_named = self._only_named_with_head(bare_role) if bare_role else None
            places_folded = _country_words(parsed.role, masculine=True)
            for entity in reversed(self.entities) if found is None else ():
                held = _country_words(entity.role, masculine=True) if entity.role else set()
                if places and held and not places_folded <= held:
                    # «وزير الخارجية المصري» is not «وزير الخارجية السعودي، عادل الجبير»; «منسق شئون
                    # الطاقة الدولية الأمريكي» is «… ومنسق شئون الطاقة الدولية بوزارة الخارجية الأمريكية»
                    continue
                if entity.role and (
                    _role_key(entity.role).startswith(role_key)
                    or role_key.startswith(_role_key(entity.role))
                    or _second_role(role_key, entity.role)
                    # (not «وزير الخارجية الأمريكي» after «وزير خارجية قطر خالد العطية»)
                    or (entity.name and not places and _construct_of(role_key, entity.role))
                    # «وقال الوزير» after «فاروق جليك وزير العمل والضمان الاجتماعي التركي», the one
                    # named minister of the article
                    or (only_named is not None and only_named is entity)
                ):
                    found = entity
                    break
                if bare_role and not entity.role and _norm(entity.name).split()[:1] == [bare_role]:
                    return entity  # the role word is the head of its name already: nothing to merge
        if found is None and name_key and parsed.kind == "person" and len(name_key.split()) == 1:
            # «بنيتيز» ~ رافايل بينيتيز، «الخرازعي» ~ عبدالله الخزاعي، «قعيم» ~ فرج أقعيم: a short mention
            # misspelt by one letter still names the full name met before
            for entity in reversed(self.entities):
                entity_words = _norm(entity.name).split()
                if (
                    entity.kind == "person"
                    and len(entity_words) >= 2
                    and _one_edit(name_key, entity_words[-1])
                ):
                    found = entity
                    break
        if found is None and name_key and parsed.role and parsed.kind == "person":
            found = self._introduced_unnamed(parsed.role)
        if found is None:
            if not create:
                return None
            found = Entity(name=parsed.name, kind=parsed.kind)
            self.entities.append(found)
        if len(parsed.name) > len(found.name) and not (
            found.kind == "person" and found.name and parsed.kind != "person"
        ):
            found.name = parsed.name
        found.role = found.role or parsed.role
        found.organisation = found.organisation or parsed.organisation
        found.country = found.country or parsed.country
        found.aliases.update(x for x in (parsed.name, parsed.surface) if x)
        return found
