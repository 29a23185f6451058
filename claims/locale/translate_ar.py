"""Fill claims/locale/ar/LC_MESSAGES/django.po from the table below (run after makemessages).

    cd claims && ../.venv/bin/python ../manage.py makemessages -l ar \
        && ../.venv/bin/python locale/translate_ar.py && ../.venv/bin/python ../manage.py compilemessages -l ar

Kept next to the catalogue. Entries in the table overwrite the .po (and msgmerge's fuzzy guesses are
dropped); entries translated only in the .po are left alone.
"""

from __future__ import annotations

import re
from pathlib import Path

PO = Path(__file__).resolve().parent / "ar" / "LC_MESSAGES" / "django.po"

AR = {
    "same statement elsewhere": "التصريح نفسه في مصادر أخرى",
    " (through its copy in %(outlet)s)": " (عبر نسخته في %(outlet)s)",
    "source": "مصدر",
    "sources": "المصادر",
    "speakers": "المتحدثون",
    "speaker alias": "اسم بديل للمتحدث",
    "speaker aliases": "الأسماء البديلة للمتحدثين",
    "claim term": "مصطلح ادعاء",
    "claim terms": "مصطلحات الادعاءات",
    "contradiction": "تناقض",
    "rating": "تقييم",
    "ratings": "سلم التقييم",
    "verdict": "حكم",
    "webhook": "خطاف ويب",
    "webhooks": "خطافات الويب",
    "webhook delivery": "إرسال خطاف ويب",
    "webhook deliveries": "إرسالات خطافات الويب",
    "feed": "خلاصة أخبار",
    "feeds": "خلاصات الأخبار",
    "rejected input": "المدخلات المرفوضة",
    "worker canary": "اختبار العمال",
    "worker canaries": "اختبارات العمال",
    "plugin setting": "إعداد إضافة",
    "plugin settings": "إعدادات الإضافات",
    "extraction run": "تشغيل استخراج",
    "extraction runs": "عمليات الاستخراج",
    "Extractors and detectors": "المستخرِجات والكواشف",
    "status": "الحالة",
    "Speaker": "المتحدث",
    "speaker": "المتحدث",
    "language": "اللغة",
    "Person": "شخص",
    "Organisation": "منظمة",
    "Unnamed source": "مصدر غير مسمى",
    "Correct the speaker if the extractor got it wrong.": "صحّح المتحدث إن أخطأ المستخرِج في تحديده.",
    "speaker as written": "المتحدث كما كُتب",
    "reporting verb": "فعل القول",
    "assigned to": "مسند إلى",
    "check-worthiness": "جدارة التحقق",
    "has contradictions": "فيه تناقضات",
    "Yes (suggested or confirmed)": "نعم (مقترحة أو مؤكدة)",
    "Confirmed only": "المؤكدة فقط",
    "No": "لا",
    "published between": "تاريخ النشر بين",
    "claims": "الادعاءات",
    "dossier": "الملف",
    "Merge the two selected speakers": "دمج المتحدثَين المحدَّدين",
    "Select exactly two speakers to merge.": "اختر متحدثَين اثنين بالضبط لدمجهما.",
    "%(merged)s was merged into %(kept)s.": "دُمج %(merged)s في %(kept)s.",
    "Merge two speakers": "دمج متحدثَين",
    "Ignores diacritics and alef/hamza, ya/alef maqsura and ta marbuta variants.": "يتجاهل التشكيل وصور الهمزة والألف والياء والألف المقصورة والتاء المربوطة.",
    "Verification": "التحقق",
    "Found in the claim": "ما وُجد في الادعاء",
    "Contradictions and verdicts": "التناقضات والأحكام",
    "Provenance": "المصدر والاستخراج",
    "claim": "الادعاء",
    "published": "تاريخ النشر",
    "outlet": "الوسيلة الإعلامية",
    "contradictions": "التناقضات",
    "extractor": "المستخرِج",
    "kind": "النوع",
    "in its article": "في سياق المقال",
    "speaker (role)": "المتحدث (الصفة)",
    "unknown speaker": "متحدث غير معروف",
    "numbers": "الأرقام",
    "dates": "التواريخ",
    "verdicts": "الأحكام",
    "history": "السجل",
    "Every change to this claim (who, when, what)": "كل تغيير على هذا الادعاء (من، ومتى، وماذا)",
    "%(count)d claim assigned to %(user)s.": [
        "لم يُسند أي ادعاء إلى %(user)s.",
        "أُسند ادعاء واحد إلى %(user)s.",
        "أُسند ادعاءان إلى %(user)s.",
        "أُسندت %(count)d ادعاءات إلى %(user)s.",
        "أُسند %(count)d ادعاءً إلى %(user)s.",
        "أُسند %(count)d ادعاء إلى %(user)s.",
    ],
    "Assign the selected claims to me": "أسند الادعاءات المحددة إليّ",
    "Assign the selected claims to a reviewer…": "أسند الادعاءات المحددة إلى مدقق…",
    "Assign claims to a reviewer": "إسناد ادعاءات إلى مدقق",
    "Dismiss the selected claims (not checkable)": "استبعد الادعاءات المحددة (غير قابلة للتحقق)",
    "%(count)d claim dismissed.": [
        "لم يُستبعد أي ادعاء.",
        "استُبعد ادعاء واحد.",
        "استُبعد ادعاءان.",
        "استُبعدت %(count)d ادعاءات.",
        "استُبعد %(count)d ادعاءً.",
        "استُبعد %(count)d ادعاء.",
    ],
    "speaker A": "المتحدث أ",
    "speaker B": "المتحدث ب",
    "review": "المراجعة",
    "side by side": "جنبًا إلى جنب",
    "%(count)d contradiction(s): %(status)s.": "%(count)d من التناقضات: %(status)s.",
    "Confirm the selected contradictions": "أكّد التناقضات المحددة",
    "Reject the selected contradictions": "ارفض التناقضات المحددة",
    "evidence": "الأدلة",
    "Approve and publish the selected verdicts": "وافق على الأحكام المحددة وانشرها",
    "%(count)d verdict(s) published.": "نُشر %(count)d من الأحكام.",
    "Unverified": "غير متحقق منه",
    "In review": "قيد المراجعة",
    "Verdict drafted": "صيغت مسودة الحكم",
    "Published": "منشور",
    "Dismissed (not checkable)": "مستبعد (غير قابل للتحقق)",
    "Suggested": "مقترح",
    "Confirmed": "مؤكد",
    "Rejected": "مرفوض",
    "Drafted": "مسودة",
    "Direct quote": "اقتباس مباشر",
    "Indirect speech": "كلام منقول",
    "Opposite statements": "تصريحان متعاكسان",
    "Negation": "نفي",
    "Different numbers": "أرقام مختلفة",
    "Different dates": "تواريخ مختلفة",
    "Only editors may change plugin settings; nothing was saved. Ask an editor if a plugin needs changing.": "تعديل إعدادات الإضافات للمحررين فقط؛ لم يُحفظ شيء. اطلب من أحد المحررين تعديل الإضافة إن لزم.",
    "Plugin settings are read-only for you: only editors can change them.": "إعدادات الإضافات للقراءة فقط بالنسبة إليك: المحررون وحدهم يستطيعون تعديلها.",
    "Refused, nothing was changed: %(reason)s": "مرفوض، ولم يتغير شيء: %(reason)s",
    "Claim #%(id)s is now in review, assigned to you.": "الادعاء #%(id)s قيد المراجعة الآن، ومسند إليك.",
    "Claim #%(id)s is now in review, assigned to %(user)s.": "الادعاء #%(id)s قيد المراجعة الآن، ومسند إلى %(user)s.",
    "Claim #%(id)s was dismissed as not checkable.": "استُبعد الادعاء #%(id)s لأنه غير قابل للتحقق.",
    "Verdict drafted on claim #%(id)s. It needs a second person's approval to be published.": "صيغت مسودة الحكم على الادعاء #%(id)s. يحتاج نشرها إلى موافقة شخص ثانٍ.",
    "Verdict approved and published on claim #%(id)s.": "تمت الموافقة على الحكم ونشره على الادعاء #%(id)s.",
    "Nothing left to review in this queue.": "لم يبق شيء للمراجعة في هذه القائمة.",
    "Contradiction #%(id)s: %(status)s.": "التناقض #%(id)s: %(status)s.",
    "That was the last one in this queue.": "كان هذا الأخير في هذه القائمة.",
    "Contradiction #%(id)s": "التناقض #%(id)s",
    "All": "الكل",
    "Dossier: %(name)s": "ملف: %(name)s",
    "Claims and contradictions of %(name)s over time": "ادعاءات %(name)s وتناقضاته عبر الزمن",
    "Reviewer": "المدقق",
    "Rating": "التقييم",
    "Explanation": "الشرح",
    "Required: what the evidence shows, in a few sentences.": "مطلوب: ما تُظهره الأدلة، في بضع جمل.",
    "Evidence links": "روابط الأدلة",
    "One http(s) link per line.": "رابط http(s) واحد في كل سطر.",
    "Confirm": "تأكيد",
    "Reject": "رفض",
    "Decision": "القرار",
    "Note": "ملاحظة",
    "Speaker to merge into this one (id)": "المتحدث المراد دمجه في هذا (الرقم)",
    "No speaker with that id.": "لا يوجد متحدث بهذا الرقم.",
    "Keep": "الإبقاء على",
    "Home": "الرئيسية",
    "Put this claim in review, assigned to:": [
        "ضع %(counter)s ادعاء قيد المراجعة، مسندًا إلى:",
        "ضع هذا الادعاء قيد المراجعة، مسندًا إلى:",
        "ضع هذين الادعاءين قيد المراجعة، مسندَين إلى:",
        "ضع هذه الادعاءات الـ%(counter)s قيد المراجعة، مسندة إلى:",
        "ضع هذه الادعاءات الـ%(counter)s قيد المراجعة، مسندة إلى:",
        "ضع هذه الادعاءات الـ%(counter)s قيد المراجعة، مسندة إلى:",
    ],
    "Assign": "إسناد",
    "Cancel": "إلغاء",
    "Verification steps": "مراحل التحقق",
    "Status": "الحالة",
    "Assigned to": "مسند إلى",
    "History": "السجل",
    "Assign to me": "أسنده إليّ",
    "Dismiss (not checkable)": "استبعاد (غير قابل للتحقق)",
    "Redraft the verdict": "أعد صياغة الحكم",
    "Draft a verdict": "صُغ حكمًا",
    "Save the draft verdict": "احفظ مسودة الحكم",
    "by": "بقلم",
    "approved by": "وافق عليه",
    "Approve and publish": "وافق وانشر",
    "Your draft: another person with the editors' role must approve it before it is published.": "هذه مسودتك: يجب أن يوافق عليها شخص آخر من المحررين قبل نشرها.",
    "Waiting for an editor's approval.": "بانتظار موافقة أحد المحررين.",
    "Review side by side": "راجع جنبًا إلى جنب",
    "Review the suggested contradictions": "راجع التناقضات المقترحة",
    "Review queue": "قائمة المراجعة",
    "Previous": "السابق",
    "Next": "التالي",
    "%(position)s of %(total)s in this queue": "%(position)s من %(total)s في هذه القائمة",
    "not in this queue (%(total)s in it)": "ليس في هذه القائمة (فيها %(total)s)",
    "Queue": "القائمة",
    "Keys": "المفاتيح",
    "next": "التالي",
    "previous": "السابق",
    "confirm": "تأكيد",
    "reject": "رفض",
    "score": "الدرجة",
    "reviewed by": "راجعه",
    "self-contradiction": "تناقض مع النفس",
    "Record": "السجل الكامل",
    "In its article": "في سياق المقال",
    "Note (optional)": "ملاحظة (اختيارية)",
    "Confirm: they contradict": "تأكيد: متناقضان",
    "Reject: no contradiction": "رفض: لا تناقض",
    "A rejected pair is not suggested again by the same detector.": "الزوج المرفوض لا يقترحه الكاشف نفسه مرة أخرى.",
    "You can read this contradiction but not review it.": "يمكنك قراءة هذا التناقض لكن لا يمكنك مراجعته.",
    " By %(filter_title)s ": " حسب %(filter_title)s ",
    "from": "من",
    "to": "إلى",
    "Filter": "تصفية",
    "Clear": "مسح",
    "Dossier": "الملف",
    "Edit": "تعديل",
    "Claims in the queue": "الادعاءات في قائمة العمل",
    "Also written as": "يُكتب أيضًا",
    "Claims": "الادعاءات",
    "Published verdicts": "الأحكام المنشورة",
    "%(counter)s draft awaiting approval": [
        "لا مسودات بانتظار الموافقة",
        "مسودة واحدة بانتظار الموافقة",
        "مسودتان بانتظار الموافقة",
        "%(counter)s مسودات بانتظار الموافقة",
        "%(counter)s مسودة بانتظار الموافقة",
        "%(counter)s مسودة بانتظار الموافقة",
    ],
    "Contradictions": "التناقضات",
    "%(counter)s self-contradiction": [
        "لا تناقض مع النفس",
        "تناقض واحد مع النفس",
        "تناقضان مع النفس",
        "%(counter)s تناقضات مع النفس",
        "%(counter)s تناقضًا مع النفس",
        "%(counter)s تناقض مع النفس",
    ],
    "Timeline": "الخط الزمني",
    "contradiction with another speaker": "تناقض مع متحدث آخر",
    "dashed: suggested, not yet reviewed": "الخط المتقطع: مقترح لم يُراجع بعد",
    "%(counter)s claim has no publication date and is not on the chart.": [
        "لا ادعاءات بلا تاريخ نشر.",
        "ادعاء واحد بلا تاريخ نشر، ولا يظهر في الرسم.",
        "ادعاءان بلا تاريخ نشر، ولا يظهران في الرسم.",
        "%(counter)s ادعاءات بلا تاريخ نشر، ولا تظهر في الرسم.",
        "%(counter)s ادعاءً بلا تاريخ نشر، ولا تظهر في الرسم.",
        "%(counter)s ادعاء بلا تاريخ نشر، ولا تظهر في الرسم.",
    ],
    "this speaker said": "قال هذا المتحدث",
    "against": "في مقابل",
    "Every claim, oldest first": "كل الادعاءات، الأقدم أولًا",
    "date": "التاريخ",
    "Merge a duplicate into this speaker": "ادمج متحدثًا مكررًا في هذا المتحدث",
    "The other speaker's claims and aliases move here and the other speaker is deleted, all at once.": "تنتقل ادعاءات المتحدث الآخر وأسماؤه البديلة إلى هنا ويُحذف المتحدث الآخر، دفعة واحدة.",
    "Merge here": "ادمج هنا",
    "Merge": "دمج",
    "Choose the speaker to keep. The other one's claims and aliases move to it, and it is deleted.": "اختر المتحدث الذي يبقى. تنتقل إليه ادعاءات الآخر وأسماؤه البديلة، ويُحذف الآخر.",
}

ENTRY_RE = re.compile(
    r'(?P<head>msgid (?P<id>(?:".*"\n)+)(?:msgid_plural (?P<plural>(?:".*"\n)+))?)(?P<strs>(?:msgstr(?:\[\d\])? (?:".*"\n)+)+)'
)


def _unquote(block: str) -> str:
    return "".join(re.findall(r'"(.*)"', block)).replace('\\"', '"').replace("\\n", "\n")


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def fill(text: str) -> tuple[str, list[str]]:
    missing: list[str] = []
    # msgmerge's fuzzy guesses are dropped: the table above is the source of truth.
    text = re.sub(r"^#, fuzzy\n|^#\| .*\n", "", text, flags=re.MULTILINE)

    def replace(match: re.Match) -> str:
        msgid = _unquote(match["id"])
        if not msgid:
            return match[0]  # the header
        if msgid not in AR:
            if not _unquote(match["strs"].split("\n", 1)[0] + "\n").strip():
                missing.append(msgid)
            return match[0]
        value = AR[msgid]
        if match["plural"]:
            forms = value if isinstance(value, list) else [value] * 6
            strs = "".join(f"msgstr[{i}] {_quote(v)}\n" for i, v in enumerate(forms))
        else:
            strs = f"msgstr {_quote(value)}\n"
        return match["head"] + strs

    return ENTRY_RE.sub(replace, text), missing


if __name__ == "__main__":
    text, missing = fill(PO.read_text(encoding="utf-8"))
    text = (
        text.replace('"Language: \\n"', '"Language: ar\\n"')
        .replace("#, fuzzy\n", "", 1)
        .replace("PACKAGE VERSION", "mizan")
        .replace("LANGUAGE <LL@li.org>", "Arabic")
        .replace("# SOME DESCRIPTIVE TITLE.", "# Mizan (ميزان): the fact-checker's desk in Arabic.")
    )
    PO.write_text(text, encoding="utf-8")
    print(f"untranslated: {missing}" if missing else "all translated")
