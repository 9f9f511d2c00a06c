"""Boilerplate removal for scraped news pages: body spans, headline, source, keywords, related.

Works on line shapes, not on any one outlet's layout: furniture markers are matched on the
normalized line, headline-like lines after a read-also/related marker are related headlines, and a
terminal marker (source, tags, related section, copyright, comments) after the body ends the body.
Above the first paragraph, short verbless lines (mastheads, sections, tags) are not the headline.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass
from enum import Enum

from stream.pipeline.normalize import NormalizedText, normalize, normalize_str

__all__ = ["CleanedArticle", "LineKind", "clean", "lead_sentence", "line_kind"]


@dataclass(frozen=True, slots=True)
class CleanedArticle:
    """The article body as spans of the original text, plus the page metadata found around it."""

    body: tuple[tuple[int, int], ...]
    text: str
    title: str | None
    source: str | None
    keywords: tuple[str, ...]
    related_headlines: tuple[str, ...]
    # [start, end) of the detected headline in the original text (None: no headline found).
    title_span: tuple[int, int] | None = None
    # [start, end) of a dateline on its own line ("الدوحة – قنا:"): where and from whom.
    dateline_span: tuple[int, int] | None = None


class LineKind(Enum):
    """What a single line is, judged on the line alone (context decides the rest)."""

    READ_ALSO = "read_also"  # اقرأ أيضا: may sit mid-body; headlines follow or are inline
    RELATED = "related"  # مقالات مشابهة / الأكثر قراءة: a section of headlines, ends the body
    KEYWORDS = "keywords"
    SOURCE = "source"
    SHARE = "share"
    COPYRIGHT = "copyright"
    COMMENTS = "comments"
    META = "meta"  # bylines, dates, "advertisement", breadcrumbs
    HEADLINE = "headline"  # short, no sentence punctuation at the end
    BULLET = "bullet"  # a bulleted or numbered headline-like line
    TEXT = "text"


# Marker kinds that end the body when they appear after some body text.
_TERMINAL = frozenset(
    {LineKind.RELATED, LineKind.KEYWORDS, LineKind.SOURCE, LineKind.COPYRIGHT, LineKind.COMMENTS}
)
MARKER_KINDS = frozenset(
    {
        LineKind.READ_ALSO,
        LineKind.RELATED,
        LineKind.KEYWORDS,
        LineKind.SOURCE,
        LineKind.SHARE,
        LineKind.COPYRIGHT,
        LineKind.COMMENTS,
        LineKind.META,
    }
)

# Characters with no visible letter: zero-width, bidi controls, BOM, soft hyphen, control codes.
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
    "\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]"  # and control codes that are not whitespace
)
_LINE_BREAKS = "\n\r\u2028\u2029\x0b\x0c\x85\x1c\x1d\x1e"
# Whitespace (str.isspace) and invisible characters trimmed from line ends.
_JUNK = (
    " \t\x1f\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c"
    "\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
    + "".join(
        map(chr, (*range(0x00, 0x09), *range(0x0E, 0x1C), *range(0x7F, 0x85), *range(0x86, 0xA0)))
    )
)
_ODD_SPACE = re.compile(r"[^\S\n]{2,}|[^\S\n ]")  # runs, and any space but " "

# --- markers, written in normalized form (alef/yeh/teh marbuta unified, no diacritics) ---------
# Every marker must be followed by a non-letter or the end of the line.
_END = r"(?=[\W_]|$)"
_LEAD = r"^[\W_]*"  # leading bullets, brackets, emoji
_READ_ALSO = re.compile(
    _LEAD + r"(?:"
    r"(?:ا?قرا|اقراء|اقرئي|طالع|طالعوا|شاهد|شاهدوا|تابع|انظر|راجع)\s*(?:ايضا|كذلك|المزيد)"
    r"|اقرا\s+(?:المزيد|كذلك)|للمزيد(?:\s+(?:من\s+(?:الاخبار|المعلومات|التفاصيل)|اقرا))?"
    r"|قد\s+(?:يهمك|يعجبك|يهمكم)(?:\s+(?:ايضا|كذلك))?|ننصحك\s+بقراءه|لا\s+(?:تفوتك|يفوتك|تفوتكم)"
    r"|اخترنا\s+لك|اقرا\s+ايضا|اقرا"
    r"|(?:read|see|watch)\s+(?:also|more|next)|also\s+(?:read|see)|more\s+on\s+this|don'?t\s+miss"
    r"|you\s+may\s+(?:also\s+)?like|recommended(?:\s+for\s+you)?"
    r")" + _END,
    re.IGNORECASE,
)
_RELATED = re.compile(
    _LEAD + r"(?:"
    r"(?:مواضيع|موضوعات|مقالات|اخبار|تقارير|قصص|روابط)\s+(?:ذات\s+صله|مشابهه|متعلقه|مرتبطه|مماثله|اخري|قد\s+تهمك)"
    r"|(?:ال)?(?:مقالات|اخبار|مواضيع|موضوعات)\s+(?:ال)?(?:ذات\s+الصله|المشابهه|المتعلقه|المرتبطه)"
    r"|ذات\s+صله|الاكثر\s+(?:قراءه|مشاهده|تداولا|تداول|شعبيه|تعليقا|مشاركه)|الاكثر\s+قراءه"
    r"|(?:اخر|احدث|اهم)\s+(?:الاخبار|المقالات|الموضوعات|الاخبار\s+العاجله)|المزيد\s+من\s+(?:الاخبار|المقالات)"
    r"|اخبار\s+ذات\s+علاقه|في\s+نفس\s+السياق|من\s+نفس\s+القسم"
    r"|related(?:\s+(?:articles|news|stories|posts|content|topics|coverage))?"
    r"|more\s+(?:stories|news|articles|from\s+\S+)|most\s+(?:read|popular|viewed|shared)"
    r"|latest\s+(?:news|stories)|trending(?:\s+now)?|top\s+stories"
    r")" + _END,
    re.IGNORECASE,
)
_KEYWORDS = re.compile(
    _LEAD + r"(?:"
    r"(?:ال)?كلمات\s+(?:ال)?(?:دلاليه|مفتاحيه|البحث)|(?:ال)?كلمات\s+الدلاليه|(?:ال)?وسوم|الوسم"
    r"|(?:ال)?تاجات|(?:ال)?تاغات|هاشتاج|هاشتاغ|(?:ال)?تصنيفات|مواضيع\s+الخبر|tags?|keywords|topics"
    r"|(?:ال)?مواضيع(?=[\W_]*$)"
    r")" + _END,
    re.IGNORECASE,
)
_SOURCE = re.compile(
    _LEAD + r"(?:المصدر|المصادر|مصدر\s+الخبر|نقلا\s+عن|بتصرف\s+عن|sources?|via)" + _END,
    re.IGNORECASE,
)
_SOCIAL = (
    r"(?:فيسبوك|فيس\s+بوك|تويتر|اكس|واتساب|واتس\s+اب|تلغرام|تليجرام|تلجرام|انستغرام|انستجرام|"
    r"انستقرام|يوتيوب|لينكدان|لينكد\s+ان|تيك\s+توك|سناب\s+شات|جوجل\s+نيوز|"
    r"facebook|twitter|x|whatsapp|telegram|instagram|youtube|linkedin|tiktok|email|print|"
    r"pinterest|reddit|messenger|google\s+news)"
)
_SHARE = re.compile(
    _LEAD + r"(?:"
    r"(?:شارك|شاركوا|شاركي|مشاركه)(?:\s+(?:الخبر|المقال|الموضوع|هذا|هذه|علي|عبر|مع|الان|في|ب))?"
    r"(?=\s*[:\-|]|\s*$|\s+(?:الخبر|المقال|الموضوع|علي|عبر|" + _SOCIAL[3:-1] + r"))"
    r"|(?:تابعونا|تابعنا|تابعوا|تابعي|تابعوني)\b"
    r"|(?:اشترك|اشتركوا|اشتركي|للاشتراك|سجل|انضم|انضموا)(?:\s+(?:في|الان|ب|ل|مجانا|معنا|عبر))"
    r"|(?:اشترك|اشتركوا|للاشتراك|انضم|انضموا)\s*$"
    r"|طباعه|ارسل\s+(?:لصديق|الي\s+صديق)|نسخ\s+الرابط|(?:ال)?رابط\s+(?:ال)?مختصر|حفظ\s+المقال"
    r"|(?:share|follow\s+us|subscribe|sign\s+up|newsletter|print\s+this|tweet)"
    r")",
    re.IGNORECASE,
)
_SOCIAL_ONLY = re.compile(r"^(?:[\W_]*" + _SOCIAL + r")+[\W_]*$", re.IGNORECASE)
_COPYRIGHT = re.compile(
    r"©|\(c\)\s*\d{4}|جميع\s+الحقوق\s+محفوظه|حقوق\s+(?:النشر|الطبع)\s+محفوظه|الحقوق\s+محفوظه"
    r"|all\s+rights\s+reserved|^[\W_]*copyright\b",
    re.IGNORECASE,
)
# A photo credit under a picture ("© AP Photo / Hussein Malla", "© Sputnik / ..."): a caption
# line, not the page's copyright footer that ends the article.
_PHOTO_COPYRIGHT = re.compile(
    r"^[\W_]*©\s*(?![^/]*(?:محفوظ|rights|reserved|\d{4}))[^/]{0,40}(?:photo|صوره|/)",
    re.IGNORECASE,
)
_COMMENTS = re.compile(
    _LEAD
    + r"(?:التعليقات|تعليقات|اضف\s+تعليق|اضف\s+تعليقك|اترك\s+تعليقا|comments|leave\s+a\s+comment)"
    r"(?:\s*\(?\d*\)?)?[\W_]*$",
    re.IGNORECASE,
)
_META = re.compile(
    _LEAD + r"(?:"
    r"(?:كتب|كتبت|كتبه|بقلم|بواسطه|اعداد|تحرير|متابعه|تصوير|ترجمه|مراسل|by)\s*[:\-]"
    r"|(?:كتب|كتبت|بقلم|by)\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}[\W_]*$"
    r"|(?:الصوره|صوره|تصوير|(?:مصدر|صدر|حقوق)\s+الصوره|التعليق\s+علي\s+الصوره|photo|image|credit)"
    r"\s*[:\-,]"
    r"|(?:(?:الخبر|المقال|الموضوع)\s+)?(?:التالي|السابق)[\W_]*$|(?:next|previous)\s*(?:article|story)?[\W_]*$"
    r"|(?:اخر\s+تحديث|تاريخ\s+النشر|نشر\s+في|نشر\s+بتاريخ|تم\s+النشر|updated|published)\b"
    r"|(?:اعلان|اعلانات|محتوي\s+(?:مدفوع|اعلاني|برعايه)|advertisement|sponsored|ad)[\W_]*$"
    r"|(?:الرئيسيه|home)\s*[>»/›|\"'-]"  # breadcrumbs (» and › are " and ' once normalized)
    r"|منذ\s+\d+\s+(?:ساعه|ساعات|دقيقه|دقائق|يوم|ايام)"
    r")",
    re.IGNORECASE,
)
# News agencies and outlets that datelines and credit lines name (normalized forms).
_AGENCY = (
    r"(?:وكالات|وكاله|رويترز|ا\s*ف\s*ب|فرانس\s+برس|اسوشيتد\s+برس|الاناضول|سبوتنيك|د\s*ب\s*ا"
    r"|ا\s*ش\s*ا|واس|وام|قنا|كونا|بترا|سانا|شينخوا|سكاي\s+نيوز(?:\s+عربيه)?|العربيه(?:\.نت)?"
    r"|الجزيره(?:\s+نت)?|بي\s+بي\s+سي|خاص|مراسلنا|afp|reuters|ap|xinhua|cnn|bbc"
    r"|سبا(?:نت)?|ماب|و\.?\s*م\.?\s*ع|وا?ج|وات|بنا|العمانيه|سونا|صونا|وال|ارنا|ايرنا|تسنيم"
    r"|فارس|يونهاب|كيودو|تاس|نوفوستي|ريا\s+نوفوستي|وفا|معا|الوكالات"
    r"|[^\s.]{1,40}\.(?:نت|net|com)"
    # an outlet named with a transliterated media word: "شفق نيوز", "نورث برس", "دارفور24"
    r"|[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:نيوز|برس|بوست|تايمز|انفو)|[^\W\d_]+\s?24)"
)
# A credit line: agencies alone, maybe bracketed and joined ("(رويترز)", "أ ف ب - رويترز").
_AGENCY_LINE = re.compile(
    r"^[\W_]*" + _AGENCY + r"(?:\s*(?:[-+/،,و]|\s)\s*" + _AGENCY + r")*[\W_]*$", re.IGNORECASE
)
# A dateline on its own line: a place, a separator, an agency or a quoted outlet
# ("أبوظبي - سكاي نيوز عربية", "لندن: «الشرق الأوسط»", "دبي - العربية.نت", France 24's
# "سرت (ليبيا) (أ ف ب) –").
_DATELINE = re.compile(
    r"^[\W_]*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*"
    r"(?:\(\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*\)\s*)?"  # the country: "سرت (ليبيا) (أ ف ب) –"
    r"(?:(?:-|:|/)\s*"
    r"(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*/\s*)?"  # Anadolu style: city/ reporter/ agency
    r"(?:\(?\s*" + _AGENCY + r"\s*\)?|\"[^\"]{1,40}\")"
    r"|\(\s*" + _AGENCY + r"\s*\))"  # a bracketed agency needs no separator
    r"[\W_]*$",
    re.IGNORECASE,
)
# The outlet first: "شفق نيوز- بغداد", "يافع نيوز – متابعات", "سبوتنيك - موسكو".
_DATELINE_OUTLET_FIRST = re.compile(
    r"^[\W_]*(?:\(?\s*" + _AGENCY + r"\s*\)?|\"[^\"]{1,40}\")\s*(?:-|:|/)\s*"
    r"[^\W\d_]+(?:\s+[^\W\d_]+)?[\W_]*$",
    re.IGNORECASE,
)
# A short label of two parts joined by a dash: "مسقط - الرؤية", "وهج الخليج – مسقط".
_DASHED_LABEL = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+)?\s+[-–—]\s+[^\W\d_]+(?:\s+[^\W\d_]+)?$")
# A bracketed note on its own line: "(صورة أرشيفية)", "[فيديو]".
_BRACKETED = re.compile(r"^[(\[][^()\[\]]{1,40}[)\]]$")
_SOCIAL_CALL = re.compile(
    r"(?:تابعونا|تابعوا|تابعنا|تابع\s+(?:احدث|اخر|اهم|كل|جميع)\s+(?:ال)?اخبار|اشترك|اشتركوا|للاشتراك|انضم"
    r"|انضموا|حملوا|حمل\s+تطبيق|follow|subscribe)"
    r".{0,200}?(?:قناتنا|قناه|صفحتنا|صفحه|حسابنا|حساب|موقعنا|نشرتنا|تطبيق|" + _SOCIAL[3:-1] + r")",
    re.IGNORECASE,
)
_MONTHS = (
    r"يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|"
    r"كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|"
    r"january|february|march|april|may|june|july|august|september|october|november|december"
)
_DAYS = r"السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|صباحا|مساء|ص|م|الساعه|pm|am|gmt"
_WEEKDAYS_EN = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun"
)
# Words a date or timestamp line may carry besides the date ("في", "منشور", "date", "on").
_DATE_WORDS = (
    r"في|منشور|نشر|نشرت|بتاريخ|تاريخ|التاريخ|محدث|تحديث|اخر\s+تحديث|date|on|posted|updated|admin|"
    r"بتوقيت\s+[^\W\d_]+|توقيت\s+[^\W\d_]+|ت\s*غ|st|nd|rd|th|"
    # Hijri months, printed beside the Gregorian date by many Gulf and Egyptian outlets
    r"محرم|صفر|ربيع|جمادي|رجب|شعبان|رمضان|شوال|ذو|ذي|القعده|الحجه|الاخر|الاخره|الاولي|"
)
_DATE_LINE = re.compile(
    r"^(?:[\W_]|\d|(?:"
    + _DATE_WORDS
    + _MONTHS
    + "|"
    + _DAYS
    + "|"
    + _WEEKDAYS_EN
    + r"|الموافق|هـ|ه|الثاني|الاول)(?=[\W_]|\d|$))+$",
    re.IGNORECASE,
)
# A numeric date (2025-09-02, 24-11-2022, 4/16/2023) with an optional time.
_NUMERIC_DATE = (
    r"(?:\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?:\s*[|,،-]?\s*\d{1,2}:\d{2})?"
)
# A section label glued to a timestamp ("عرب وعالم24-11-2022 | 17:00").
_LABELLED_DATE = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*" + _NUMERIC_DATE + r"[\W_]*$")
# A timestamp opening a paragraph ("date 2025-09-02 قالت ..."): cut off as its own piece.
_LEADING_DATE = re.compile(
    r"^[\W_]*(?:(?:date|تاريخ|التاريخ)\s*:?\s*\d{4}-\d{1,2}(?:-\d{1,2})?|\d{4}-\d{1,2}-\d{1,2}"
    r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?:\s*[|,،-]?\s*\d{1,2}:\d{2})?[\s|,،:-]*\s(?=[^\W\d_])",
    re.IGNORECASE,
)
# Masthead and staff labels, alone or with a name after a separator ("رئيس التحرير: أحمد صبري");
# without a separator "رئيس مجلس الإدارة يستقيل" is a headline.
_STAFF_TITLE = (
    r"(?:(?:مقال|كلمه|عمود)\s+)?(?:الاشراف\s+العام|المشرف\s+العام|(?:نائب\s+)?رئيس\s+(?:مجلسي?\s+"
    r"(?:الاداره|الامناء|التحرير)(?:\s+و\s*(?:رئيس\s+)?التحرير)?|التحرير(?:\s+التنفيذي)?|القسم|الموقع)|(?:ال)?مدير\s+(?:عام\s+)?"
    r"(?:التحرير|الموقع|المكتب)|المدير\s+العام|مدير\s+عام|سكرتير\s+التحرير|مستشار\s+التحرير"
    r"|الناشر|editor[\s-]+in[\s-]+chief|chief\s+editor|managing\s+editor|executive\s+editor"
    r"|publisher)"
)
_STAFF = re.compile(
    r"^[\W_]*"
    + _STAFF_TITLE
    + r"(?:(?:\s*[:\-|]\s*|(?=[^\W\d_]))[^\W\d_]+(?:\s+[^\W\d_]+){0,3})?[\W_]*$",
    re.IGNORECASE,
)
_STAFF_ALONE = re.compile(r"^[\W_]*" + _STAFF_TITLE + r"[\W_]*$", re.IGNORECASE)
# Photo credits at the end of a caption: agencies, photo libraries, "archive", social platforms.
_PHOTO_CREDIT = (
    r"(?:"
    + _AGENCY
    + r"|ا\.?\s*ف\.?\s*ب\.?|ا\.?\s*ب\.?|ا\.?\s*ب\.?\s*ا\.?|د\.?\s*ب\.?\s*ا\.?|رويترز|الاناضول"
    r"|غيتي|جيتي|جيتي\s+ايمجز|غيتي\s+ايمجز|شاترستوك|(?:صوره\s+)?(?:ارشيفيه|تعبيريه|توضيحيه)|ارشيف"
    r"|(?:مواقع|وسائل)\s+التواصل(?:\s+الاجتماعي)?|انترنت|الانترنت|متداوله|خاص|تصوير\s+[^()]{1,30}"
    r"|(?:afp|reuters|ap|epa|getty(?:\s+images)?|shutterstock|file|archive|social\s+media)"
    r"(?:\s+photo)?(?:\s*/\s*[^()]{1,40})?)"
)
_CAPTION = re.compile(
    r"^[\W_]*(?:الصوره|صوره|photo|image|file\s+photo)\s*(?:من|ل|:|-|\|)"  # "الصورة من ..."
    r"|\(\s*" + _PHOTO_CREDIT + r"\s*\)[\W_]*$"  # "... (أ.ف.ب)"
    r"|(?:^|\s)(?:صوره\s+)?(?:ارشيفيه|تعبيريه|توضيحيه)[\W_]*$"  # "... أرشيفية"
    r"|\s(?:reuters|afp|ap|epa)(?:\s+photo)?\s*/\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,3}$"  # "REUTERS/X Y"
    r"|^[\W_]*[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s+(?:logo|شعار)[\W_]*$"  # a site logo's alt text
    r"|[،,]\s*\d{1,2}\s+(?:" + _MONTHS + r")\s+\d{4}[\W_]*$"  # "..., 19 أكتوبر 2024"
    r"|^[\W_]*(?:حساب|صفحه|قناه)\s+.{1,40}\s(?:علي|عبر|في)\s+" + _SOCIAL + r"[\W_]*$",
    re.IGNORECASE,
)
# An embedded post: its image link or its signature line ("— Name (@handle) May 1, 2025").
_EMBED = re.compile(
    r"pic\.twitter\.com/|\(@\w{1,30}\)\s*(?:" + _MONTHS + r")\s+\d{1,2},\s*\d{4}"
    r"|view\s+this\s+post\s+on\s+instagram|a\s+post\s+shared\s+by\s",
    re.IGNORECASE,
)
# "Watch the goal/video": a call to a video player, never a paragraph.
_WATCH = re.compile(
    r"^[\W_]*(?:شاهد|شاهدوا|شاهدي|شوف|شوفوا|watch)\s+(?:(?:ال|ب)?(?:هدف|اهداف|فيديو|فديو|لقطه|لقطات|مقطع"
    r"|صور|ملخص|بث|لحظه|لحظات|تقرير|مباراه|كواليس)|بالفيديو|مباشر|live|video|the\s+video|highlights)"
    r"(?=[\W_]|$)",
    re.IGNORECASE,
)
# "This content is printed from <site>": a print-view footer.
_PRINTED = re.compile(
    r"(?:هذا\s+)?(?:المحتوي|المقال|الخبر|الموضوع)\s+(?:مطبوع|منقول|منشور)\s+(?:من|عن)\s+(?:موقع|صحيفه|جريده|بوابه)"
    r"|(?:printed|this\s+article\s+was\s+printed)\s+from\b",
    re.IGNORECASE,
)
_HAS_DIGIT = re.compile(r"\d")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_CLICK_HERE = re.compile(r"(?:اضغط|انقر|اضغطي)\s+هنا|click\s+here", re.IGNORECASE)

_BULLET = re.compile(
    "^[\\s\u200b-\u200f]*(?:[•\\-*▪▫■□●○◦►▶◄◀➢➤→✓✔»·–—⁃◆◇★☆]|(?:\\d{1,3}|[٠-٩]{1,3}|[۰-۹]{1,3})[.)\\-–](?![\\d٠-٩۰-۹])|\\(\\d{1,3}\\))\\s*"
)
_SENTENCE_END = re.compile(r"[.:،,;؛]\W*$")
_ENDS_SENTENCE = re.compile(r"[.!?؟]\W*$")
_ENDS_WITH_PERIOD = re.compile(r"(?<!\.)\.[\W_]*$")
_SEPARATOR = re.compile(r"\s*[:\-|>»…]|\s*\.\.")
_SOURCE_SEPARATOR = re.compile(r"\s*[:\-|]\s*")
_SENTENCE_INSIDE = re.compile(r"[.!?؟،,;؛]\s+\S")
_SENTENCE_PUNCTUATION = re.compile(r"[.!?؟،,;؛:]")
_MARKER_SEPARATOR_PREFIX = re.compile(r"^[\s:\-–—|>»…]+|^\.\.+")
_INNER_STOP = re.compile(r"(?<![.\s])\.(?!\.)\s+\S")
_WORD = re.compile(r"[^\W_]+")


def _normalized_words(words: str) -> frozenset[str]:
    return frozenset(normalize_str(w) for w in words.split())


def _lowercase_words(words: str) -> frozenset[str]:
    return frozenset(words.lower().split())


# A standalone read-also marker followed by less body text than 1/_APPENDED_ARTICLE_RATIO of the
# body before it, whose next paragraph does not read as a continuation, introduces another
# article (a headline and its paragraphs), which is dropped.
_APPENDED_ARTICLE_RATIO = 1
# A related section followed by more than this many times the body text seen so far sits in a
# sidebar scraped into the middle of the article: its headlines are related, the body goes on.
_SIDEBAR_RATIO = 2
_MAX_HEADLINE_CHARS = 220
_MAX_MARKER_CHARS = 800  # no furniture line (60 tags at most) is longer
_MAX_INLINE_CUTS = 200
_MAX_METADATA_LINES = 100  # marker lines whose values (tags, source, headline) are parsed
_MAX_RELATED = 500  # related headlines kept per page
_MAX_HEADLINE_WORDS = 30
_MAX_RELATED_WORDS = 15  # a longer unpunctuated line after a read-also marker is body text


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    raw: str  # the line as displayed (invisible controls removed, spaces plain)
    key: str  # the line normalized
    words: int
    kind: LineKind


def is_button_row(line: str) -> bool:
    """A row of share buttons ("Facebook Twitter LinkedIn WhatsApp"): names of platforms and
    nothing else, which no one reads as a mention of them."""
    return _SOCIAL_ONLY.match(normalize_str(_display(line))) is not None


def line_kind(line: str) -> LineKind:
    """Classify one line of page text on its own shape and leading marker."""
    shown = _display(line)
    return _classify(shown, normalize_str(shown))


def _classify(shown: str, key: str) -> LineKind:
    """Kind of a line from its displayed form and its normalized form."""
    words = key.count(" ") + 1 if key else 0
    if not key:
        return LineKind.META
    if len(key) > _MAX_MARKER_CHARS:
        return LineKind.TEXT  # too long for furniture or a headline
    if not _HAS_LETTER.search(key):
        return LineKind.META  # bullets, rules, digits alone: nothing to read
    short = words <= 12
    if _PHOTO_COPYRIGHT.match(key):
        return LineKind.META
    if words <= 40 and (_COPYRIGHT.search(key) or _PRINTED.match(key)):
        return LineKind.COPYRIGHT
    if words <= 80 and _EMBED.search(key):
        return LineKind.META  # an embedded post's link or signature line
    if (
        _KEYWORDS.match(key)
        and words <= 60
        and _marker_rest_ok(key, _KEYWORDS)
        and not _INNER_STOP.search(key)
    ):
        return LineKind.KEYWORDS
    if short and _SOURCE.match(key) and _source_value(key) is not None:
        return LineKind.SOURCE
    if words <= 8 and _AGENCY_LINE.match(key):
        return LineKind.SOURCE
    if words <= 6 and _is_dateline(key):
        return LineKind.META
    if words <= 15 and _SOCIAL_CALL.search(key) and not _SENTENCE_END.search(key):
        return LineKind.SHARE
    if words <= 25 and _READ_ALSO.match(key) and _marker_rest_ok(key, _READ_ALSO):
        return LineKind.READ_ALSO
    if words <= 25 and _RELATED.match(key) and _marker_rest_ok(key, _RELATED):
        return LineKind.RELATED
    if short and _COMMENTS.match(key):
        return LineKind.COMMENTS
    if short and (_SHARE.match(key) or _SOCIAL_ONLY.match(key)) and not _ENDS_SENTENCE.search(key):
        return LineKind.SHARE
    if short and (_META.match(key) or _is_date_line(key) or _STAFF.match(key)):
        return LineKind.META
    if words <= 30 and not _ENDS_SENTENCE.search(key) and _CAPTION.search(key):
        return LineKind.META  # a photo caption or credit
    if words <= 6 and not _ENDS_SENTENCE.search(key) and _WATCH.match(key):
        return LineKind.META  # "شاهد الهدف": a video player's label
    if words <= 10 and _CLICK_HERE.search(key) and not _ENDS_SENTENCE.search(key):
        return LineKind.META
    if words <= 4 and _BRACKETED.match(key):
        return LineKind.META
    if words == 1 and not _ENDS_SENTENCE.search(key):
        return LineKind.META  # a lone label ("عاجل", "فيديو"), not a paragraph
    if _is_headline(shown, words):
        return LineKind.BULLET if _BULLET.match(shown) else LineKind.HEADLINE
    return LineKind.TEXT


def _is_date_line(key: str) -> bool:
    """A timestamp line: date words and numbers only, or a short label glued to a numeric date."""
    if not _HAS_DIGIT.search(key):
        return False
    return bool(_DATE_LINE.match(key) or _LABELLED_DATE.match(key))


def _marker_rest_ok(key: str, marker: re.Pattern[str]) -> bool:
    """A marker line is the marker alone, or the marker then a separator and a list/headline.

    This keeps body sentences that merely start with the same word ("اقرأ أيضا ما كتبه ...,"
    written as running prose, ends with sentence punctuation and has no separator).
    """
    m = marker.match(key)
    if m is None:
        return False
    rest = key[m.end() :]
    if not rest.strip(" \t.:-_|>»…"):
        return True
    if _SEPARATOR.match(rest):
        # A headline after the separator, not running prose that ends a sentence (a page
        # flattened onto one line glues the next paragraph to the marker's headline).
        return not _ENDS_WITH_PERIOD.search(rest)
    # No separator: accept only a short headline-like tail ("مقالات مشابهة الحوثيون ...")
    return len(rest.split()) <= 15 and not _SENTENCE_END.search(rest)


def _source_value(key: str) -> str | None:
    """The outlet named on a source line (normalized), or None when the line is prose."""
    m = _SOURCE.match(key)
    if m is None:
        return None
    rest = key[m.end() :]
    sep = _SOURCE_SEPARATOR.match(rest)
    value = rest[sep.end() :] if sep else rest
    value = value.strip(" .()[]\"'")
    if not value:
        return None
    n = len(value.split())
    if sep:
        ok = n <= 8 and not _SENTENCE_INSIDE.search(value)
    else:
        ok = n <= 4 and not _SENTENCE_PUNCTUATION.search(value)
    return value if ok else None


_TRAILING_ELLIPSIS = re.compile(r"\s*(?:\.{3,}|…)$")


def _is_headline(raw: str, words: int) -> bool:
    """Short line without sentence punctuation at its end: a headline, not a paragraph."""
    if words < 2 or words > _MAX_HEADLINE_WORDS or len(raw) > _MAX_HEADLINE_CHARS:
        return False
    body = _BULLET.sub("", raw, count=1).rstrip(" \"'»”)]}")
    if words <= _MAX_RELATED_WORDS:
        body = _TRAILING_ELLIPSIS.sub("", body)  # "الكوليرا يضرب بقوة في سوريا ...."
    if not body or body[-1] in ".:،,;؛":
        return False
    return _INNER_STOP.search(body) is None


def line_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of every non-blank line, trimmed of whitespace and invisible characters.

    str.splitlines breaks on the same characters normalize() reads as line breaks (plus the
    ASCII file/group/record separators).
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for seg in text.splitlines(keepends=True):
        s = pos + len(seg) - len(seg.lstrip(_JUNK))
        e = pos + len(seg.rstrip(_JUNK + _LINE_BREAKS))
        if e > s:
            out.append((s, e))
        pos += len(seg)
    return out


def _display(s: str) -> str:
    """Human-readable line: invisible controls removed, odd spaces plain, runs collapsed."""
    s = _INVISIBLE.sub("", s)
    return _ODD_SPACE.sub(" ", s).strip()


def _strip_bullet(s: str) -> str:
    return _display(_BULLET.sub("", s, count=1))


_DATELINE_SEPARATOR = re.compile(r"(?<!\s)\s*[-–—:/]\s*")
_LAST_BRACKETED = re.compile(r"\(([^()]+)\)\s*$")


def _is_dateline(key: str) -> bool:
    return bool(_DATELINE.match(key) or _DATELINE_OUTLET_FIRST.match(key))


def _dateline_agency(raw: str, *, outlet_first: bool = False) -> str | None:
    """The agency or outlet a dateline line names: after its last separator, or before the
    first one when the outlet comes first ("شفق نيوز- بغداد")."""
    if outlet_first:
        head = _DATELINE_SEPARATOR.split(raw.strip(" :-–—/"), maxsplit=1)[0]
        return head.strip(" ()[]«»\"'.،,") or None
    # "الدوحة – قنا:": a separator may close the line too
    line = raw.rstrip(" :-–—/")
    bracketed = _LAST_BRACKETED.search(line)
    if bracketed:  # "سرت (ليبيا) (أ ف ب) –"
        return bracketed.group(1).strip() or None
    tail = _DATELINE_SEPARATOR.split(line)[-1].strip(" ()[]«»\"'.،,")
    return tail or None


def _after_marker(raw: str, marker: re.Pattern[str]) -> str:
    """The original text after a marker and its separator (": ", " - ") on a line."""
    norm = normalize(raw)
    m = marker.match(norm.text)
    if m is None or m.end() >= len(norm.text):
        return ""
    cut = norm.span(m.end(), m.end() + 1)[0]
    rest = raw[cut:]
    return _MARKER_SEPARATOR_PREFIX.sub("", rest).strip()


# --- keywords -----------------------------------------------------------------------------------
_TAG_SEPARATORS = re.compile(r"(?<!\s)\s*(?:[،,؛;|/#•·\n]|\s[-–—]\s)\s*")
_FUNCTION_WORDS = _normalized_words(
    "في فی من على علي إلى الى عن مع و أو ب ل ك the of and in on for to a an at"
)
_MAX_TAG_WORDS = 5
_PHRASE_WINDOW = 50_000
# Lines that may be one tag each under a bare "الوسوم" / "Tags" marker.
_TAG_KINDS = frozenset({LineKind.META, LineKind.HEADLINE, LineKind.BULLET, LineKind.TEXT})


def _page_words(lines: list[_Line]) -> str:
    """Normalized words of the page's non-furniture lines, space-padded for phrase lookups.

    The first _PHRASE_WINDOW characters are plenty for tag phrases and keep lookups cheap on
    1 MB pages with many tag lines.
    """
    text = " ".join(ln.key for ln in lines if ln.kind not in MARKER_KINDS)[:_PHRASE_WINDOW]
    return " " + " ".join(_WORD.findall(text)) + " "


def _split_keywords(value: str, page_words: str) -> list[str]:
    """Split a tag line: on explicit separators when present, else by phrases seen on the page.

    Space-separated tag lines ("إسرائيل أوكرانيا الولايات المتحدة") are ambiguous; a run of
    words is kept as one tag when that phrase occurs in the page's text (longest first, never
    starting or ending on a function word), otherwise words stand alone.
    """
    value = value.replace("_", " ")
    if _TAG_SEPARATORS.search(value):
        parts = [p for p in _TAG_SEPARATORS.split(value) if p.strip()]
        return [_display(p).strip(" .:") for p in parts if _display(p).strip(" .:")]
    words = value.split()
    norms = [normalize_str(w) for w in words]
    out: list[str] = []
    i = 0
    while i < len(words):
        if norms[i] in _FUNCTION_WORDS:
            i += 1
            continue
        take = 1
        for n in range(min(_MAX_TAG_WORDS, len(words) - i), 1, -1):
            if norms[i + n - 1] in _FUNCTION_WORDS:
                continue
            phrase = " ".join(norms[i : i + n])
            if f" {phrase} " in page_words:
                take = n
                break
        out.append(_display(" ".join(words[i : i + take])))
        i += take
    return [w for w in out if w]


# --- the cleaner --------------------------------------------------------------------------------
def _lines(text: str) -> list[_Line]:
    # One normalization of the whole page; each line's normalized form is its slice.
    norm = normalize(text)
    out = []
    for s, e in line_spans(text):
        heading = _MARKDOWN_HEADING.match(text, s, e)
        if heading and heading.end() < e:
            s = heading.end()  # "### subhead": the marks are markup, not text
        for ls, le in _split_leading_date(text, norm, s, e):
            for ps, pe in _split_inline_markers(text, norm, ls, le):
                out.append(_line(text, norm, ps, pe))
    return out


_MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]+")


def _split_leading_date(text: str, norm: NormalizedText, s: int, e: int) -> list[tuple[int, int]]:
    """A timestamp opening a line ("2025-09-02 قالت ...") becomes a piece of its own."""
    i = bisect_left(norm.starts, s)
    j = bisect_left(norm.starts, e, i)
    m = _LEADING_DATE.match(norm.text[i : min(j, i + 80)])
    if m is None:
        return [(s, e)]
    cut = norm.starts[i + m.end()]
    head_end = s + len(text[s:cut].rstrip(_JUNK))
    return [(s, head_end), (cut, e)] if head_end > s else [(cut, e)]


def _line(text: str, norm: NormalizedText, s: int, e: int) -> _Line:
    i = bisect_left(norm.starts, s)
    j = bisect_left(norm.starts, e, i)
    key = norm.text[i:j].strip(" \n")
    shown = _display(text[s:e])
    words = key.count(" ") + 1 if key else 0
    return _Line(s, e, shown, key, words, _classify(shown, key))


# Where furniture may begin inside a flattened line (a page scraped without line breaks):
# - a bullet ("• ") always starts a new piece;
# - a read-also / related / tags marker followed by a colon always does;
# - any marker word right after sentence punctuation does when the piece from there classifies as
#   a marker line on its own (so "... أمس. المصدر ذاته أكد ..." stays whole).
_INLINE_BULLET = r"(?<!\s)\s+(?=[•▪■●►]\s)"  # (?<!\s): one attempt per whitespace run
_INLINE_STRONG = (
    r"(?<!\s)\s+(?=(?:(?:ا?قرا|اقراء|طالع|شاهد)\s*(?:ايضا|كذلك)|(?:ال)?كلمات\s+(?:ال)?(?:دلاليه|مفتاحيه)"
    r"|(?:ال)?وسوم|(?:مواضيع|موضوعات|مقالات|اخبار)\s+(?:ذات\s+صله|مشابهه|متعلقه)"
    r"|tags|read\s+(?:also|more)|related(?:\s+\w+)?)\s*:)"
)
_INLINE_AFTER_STOP = (
    r"(?<=[.!?\"')\]])\s+(?=(?:ا?قرا|اقراء|طالع|شاهد|للمزيد|قد\s+يهمك|مواضيع|موضوعات|مقالات"
    r"|اخبار|الاكثر|كلمات|الكلمات|الوسوم|وسوم|المصدر|نقلا|شارك|تابعونا|تابعوا|جميع\s+الحقوق"
    r"|read|related|tags|source)(?=[\W_]))"
)
_INLINE_CUT = re.compile(
    f"(?P<always>{_INLINE_BULLET}|{_INLINE_STRONG})|{_INLINE_AFTER_STOP}", re.IGNORECASE
)
# The same without the colon markers, for the many lines that hold no colon (faster scan).
_INLINE_CUT_NO_COLON = re.compile(
    f"(?P<always>{_INLINE_BULLET})|{_INLINE_AFTER_STOP}", re.IGNORECASE
)


def _split_inline_markers(text: str, norm: NormalizedText, s: int, e: int) -> list[tuple[int, int]]:
    """Cut a line before furniture that shares the line with body text."""
    i = bisect_left(norm.starts, s)
    j = bisect_left(norm.starts, e, i)
    key = norm.text[i:j]
    cuts = [
        (norm.starts[i + m.end()], m.group("always") is not None)
        for m in (_INLINE_CUT if ":" in key else _INLINE_CUT_NO_COLON).finditer(key)
        if m.start() > 0 and m.end() < len(key)
    ][-_MAX_INLINE_CUTS:]  # furniture sits at the end; a line of thousands of bullets is junk
    if not cuts:
        return [(s, e)]
    kept: list[int] = []
    end = e
    for cut, always in reversed(cuts):  # right to left: a piece runs to the next kept cut
        length = bisect_left(norm.starts, end) - bisect_left(norm.starts, cut)
        if always or (
            length <= _MAX_MARKER_CHARS and _line(text, norm, cut, end).kind in MARKER_KINDS
        ):
            kept.append(cut)
            end = cut
    bounds = [s, *reversed(kept), e]
    pieces = []
    for a, b in itertools.pairwise(bounds):
        seg = text[a:b]
        ps = a + len(seg) - len(seg.lstrip(_JUNK))
        pe = a + len(seg.rstrip(_JUNK))
        if pe > ps:
            pieces.append((ps, pe))
    return pieces


def _dedup(items: list[str], keys: list[str] | None = None) -> tuple[str, ...]:
    """Items without repeats, compared normalized (`keys`: their normalized forms, if known)."""
    seen: set[str] = set()
    out = []
    for n, item in enumerate(items):
        k = " ".join(_WORD.findall(keys[n] if keys is not None else normalize_str(item)))
        if item and k and k not in seen:
            seen.add(k)
            out.append(item)
    return tuple(out)


def _is_paragraph(ln: _Line) -> bool:
    """Body text: a punctuated line, or a long one (outlets that drop final full stops)."""
    return ln.kind is LineKind.TEXT or (
        ln.kind is LineKind.HEADLINE and ln.words > _MAX_RELATED_WORDS
    )


def _opens_link_block(ln: _Line) -> bool:
    """A read-also/related marker standing alone: the headlines under it are links."""
    if ln.kind not in (LineKind.READ_ALSO, LineKind.RELATED):
        return False
    marker = _READ_ALSO if ln.kind is LineKind.READ_ALSO else _RELATED
    m = marker.match(ln.key)
    return m is None or len(_WORD.findall(ln.key[m.end() :])) < 2


def _next_is_headline(lines: list[_Line], start: int) -> bool:
    """Whether line `start` is a headline or bullet (any marker in between closes a block)."""
    return start < len(lines) and lines[start].kind in (LineKind.HEADLINE, LineKind.BULLET)


def _detect_title(lines: list[_Line], skipped: set[int]) -> int | None:
    """Index of the first content line when it reads like a headline and body text follows.

    Page furniture above it (breadcrumbs, dates, share buttons, mastheads, section labels,
    captions: markers or `skipped`) is passed over.
    """
    for i, ln in enumerate(lines):
        if _opens_link_block(ln) and _next_is_headline(lines, i + 1):
            return None  # headlines below a related block are links, not this page's title
        if ln.kind in MARKER_KINDS or i in skipped:
            continue
        if ln.kind is not LineKind.HEADLINE:
            return None
        later = lines[i + 1 :]
        if any(other.kind is LineKind.TEXT for other in later):
            return i  # punctuated paragraphs follow: an unpunctuated first line is the headline
        if ln.words <= _MAX_RELATED_WORDS and any(_is_paragraph(other) for other in later):
            return i  # a page without full stops: a short line above long ones
        return None
    return None


# A verb in the present tense (يضرب، تعلن) makes a three-word line a headline, not a label.
_PRESENT_VERB = re.compile(r"^[يت](?!ل)[^\W\d_]{2,4}$")
_LABEL_MAX_WORDS = 3
_ASKS = re.compile(r"[؟?!:]")
_STAFF_NAME_MAX_WORDS = 4


def _is_label(ln: _Line, max_words: int = _LABEL_MAX_WORDS, verb_anywhere: bool = False) -> bool:
    """A short verbless line (section, site name, tag, caption): not a headline, not body.

    "شؤون دولية", "بوابة الدولة الاخبارية", "مقياس ريختر", "كنعان _ أوكرانيا"; a line with a
    digit, a question or a colon, or three words with a present-tense verb, may be a headline.
    """
    if ln.kind is not LineKind.HEADLINE or _HAS_DIGIT.search(ln.key) or _ASKS.search(ln.key):
        return False
    words = _WORD.findall(ln.key)
    if len(words) > max_words:
        return False
    if len(words) < _LABEL_MAX_WORDS:
        return True
    return not any(_PRESENT_VERB.match(w) for w in (words if verb_anywhere else words[:2]))


def _is_name_line(ln: _Line) -> bool:
    """A short line of words only, as a staff name under a masthead label."""
    return (
        ln.kind in (LineKind.HEADLINE, LineKind.META)
        and 0 < len(_WORD.findall(ln.key)) <= _STAFF_NAME_MAX_WORDS
        and not _HAS_DIGIT.search(ln.key)
        and not _SENTENCE_PUNCTUATION.search(ln.key)
    )


def _staff_names(lines: list[_Line]) -> set[int]:
    """Name lines right under a masthead label ("رئيس التحرير" then "أحمــد صبـري")."""
    return {
        i + 1
        for i, ln in enumerate(lines[:-1])
        if ln.kind is LineKind.META and _STAFF_ALONE.match(ln.key) and _is_name_line(lines[i + 1])
    }


def _head_furniture(lines: list[_Line], first_paragraph: int) -> set[int]:
    """Labels above the first paragraph: site names, sections, tags and captions of the head.

    A verbless line of four words printed twice there ("أخبار كرة القدم العالمية") is a
    section label too; headlines printed twice are longer.
    """
    head = range(min(first_paragraph, len(lines)))
    seen: dict[str, int] = {}
    for i in head:
        seen[_line_key(lines[i])] = seen.get(_line_key(lines[i]), 0) + 1
    return {
        i
        for i in head
        if _is_label(lines[i])
        or (
            seen[_line_key(lines[i])] > 1
            and _is_label(lines[i], max_words=_LABEL_MAX_WORDS + 1, verb_anywhere=True)
        )
    }


_LATIN_LETTER = re.compile(r"[a-z]", re.IGNORECASE)
_ARABIC_LETTER = re.compile("[\u0620-\u064a]")


def _embedded_posts(lines: list[_Line]) -> set[int]:
    """The text of an embedded post in another script, on the line above its signature."""
    out = set()
    for i, ln in enumerate(lines):
        if i and ln.kind is LineKind.META and _EMBED.search(ln.key):
            above = lines[i - 1].key
            if len(_LATIN_LETTER.findall(above)) > 2 * len(_ARABIC_LETTER.findall(above)):
                out.add(i - 1)
    return out


_LIST_COMMA = re.compile(r"\s*[،,]\s*")


def _is_tag_list(lines: list[_Line], i: int) -> bool:
    """A comma-separated list of short items with no sentence end: "الاحتلال، فلسطين، قطاع غزة".

    A list introduced by a colon (a line ending with ":" above it, or "تشكيل الفريق:" on it) is
    content, as a team line-up is.
    """
    ln = lines[i]
    if ln.kind is not LineKind.HEADLINE or _HAS_DIGIT.search(ln.key) or ":" in ln.key:
        return False
    if i and lines[i - 1].key.rstrip(" \"'").endswith(":"):
        return False
    items = [x for x in _LIST_COMMA.split(ln.key) if x.strip()]
    return len(items) >= 3 and all(len(_WORD.findall(x)) <= 3 for x in items)


_TRAILING_TAG_MAX_WORDS = 8


def _trailing_tags(lines: list[_Line], last_paragraph: int) -> set[int]:
    """Short unpunctuated lines after the last paragraph whose every word is used on the page.

    A tag line printed without a marker ("الطائرات المسيّرة هجوم روسي أوكرانيا") repeats the
    article's own words; a closing sentence without a full stop brings new ones.
    """
    if last_paragraph < 0 or not any(ln.kind is LineKind.TEXT for ln in lines):
        return set()  # a page without full stops: a short closing line may be a paragraph
    candidates = {
        i
        for i in range(last_paragraph + 1, len(lines))
        if lines[i].kind is LineKind.HEADLINE
        and lines[i].words <= _TRAILING_TAG_MAX_WORDS
        and not _is_continuation(lines[i])
    }
    if not candidates:
        return set()
    used = {
        _stem(w)
        for j, ln in enumerate(lines)
        if j not in candidates and ln.kind not in MARKER_KINDS
        for w in _WORD.findall(ln.key)
    }
    return {
        i
        for i in candidates
        if all(_stem(w) in used or w in _FUNCTION_WORDS for w in _WORD.findall(lines[i].key))
    }


_PROCLITICS = re.compile(r"^(?:[وف])?(?:[بلك])?(?:ال)?(?=\w\w)")


def _stem(word: str) -> str:
    """A normalized word without its proclitics ("بالطائرات" and "الطائرات" meet)."""
    return _PROCLITICS.sub("", word)


# A site name after the last bar of a headline ("... قربها | أخبار").
_SITE_SUFFIX = re.compile(r"\s*[|]\s*[^|]{1,30}$")
_SITE_SUFFIX_MAX_WORDS = 3


def _title_span(text: str, ln: _Line) -> tuple[int, int]:
    """[start, end) of a headline line without a trailing site name."""
    raw = text[ln.start : ln.end]
    m = _SITE_SUFFIX.search(raw)
    if m and len(raw[m.start() :].split()) - 1 <= _SITE_SUFFIX_MAX_WORDS:
        head = raw[: m.start()].rstrip(_JUNK)
        if len(head.split()) >= 4:
            return ln.start, ln.start + len(head)
    return ln.start, ln.end


def clean(text: str) -> CleanedArticle:
    """Separate the article body from page furniture and collect the page metadata."""
    reader = _PageReader(text, _lines(text))
    for i, ln in enumerate(reader.lines):
        if i != reader.title_index:
            reader.read(i, ln)
    return reader.result()


class _PageReader:
    """One pass over a page's lines, top to bottom; state lives for a single clean() call."""

    def __init__(self, text: str, lines: list[_Line]) -> None:
        self.lines = lines
        # TEXT characters below each line: "a read-also near the end ends the body".
        self.text_after = [0] * (len(lines) + 1)
        for i in range(len(lines) - 1, -1, -1):
            own = len(lines[i].raw) if lines[i].kind is LineKind.TEXT else 0
            self.text_after[i] = self.text_after[i + 1] + own
        self.trailing_links = _trailing_links(lines)
        # Index of the first paragraph-like line at or after each line (len(lines): none).
        self.next_paragraph = [len(lines)] * (len(lines) + 1)
        for i in range(len(lines) - 1, -1, -1):
            self.next_paragraph[i] = i if _is_paragraph(lines[i]) else self.next_paragraph[i + 1]
        # Furniture told by its place: labels above the first paragraph, names under masthead
        # labels, a foreign-script post above its embed signature, tag lines closing the page.
        last_paragraph = max((i for i, ln in enumerate(lines) if _is_paragraph(ln)), default=-1)
        self.skipped = (
            _head_furniture(lines, self.next_paragraph[0])
            | _staff_names(lines)
            | _embedded_posts(lines)
        )
        self.tag_lines = _trailing_tags(lines, last_paragraph) - self.skipped - self.trailing_links
        # "مسقط - الرؤية", "وهج الخليج – مسقط": a short label with a dash right above the first
        # paragraph is its dateline (place and outlet), read for entities like one.
        above = self.next_paragraph[0] - 1
        self.head_dateline: tuple[int, int] | None = None
        if (
            0 <= above < len(lines)
            and above in self.skipped
            and _DASHED_LABEL.match(lines[above].key)
        ):
            self.head_dateline = (lines[above].start, lines[above].end)
        self.title_index = _detect_title(lines, self.skipped)
        self.title_span: tuple[int, int] | None = None
        self.title: str | None = None
        self.title_key = ""
        if self.title_index is not None:
            self.title_span = _title_span(text, lines[self.title_index])
            self.title = _display(text[self.title_span[0] : self.title_span[1]])
            self.title_key = _norm_key(self.title)
            # Content lines above the headline were passed over as furniture by _detect_title;
            # marker lines there still give their metadata (source, tags).
            self.skipped |= {
                i for i in range(self.title_index) if lines[i].kind not in MARKER_KINDS
            }
        self.markers_parsed = 0
        self.body: list[tuple[int, int]] = []
        self.shown: list[str] = []
        self.body_keys: set[str] = set()
        if self.title_index is not None:
            self.body_keys.add(_line_key(lines[self.title_index]))
        self.body_chars = 0
        self.ended = False  # past the article: only metadata is collected from here on
        self.related_mode = False  # lines under a read-also/related marker are links
        self.keywords_mode = False  # lines under a bare tags marker are tags
        self.source: str | None = None
        self.source_after_end = False
        self.dateline_source: str | None = None  # "القاهرة - أ ش أ": used when no source line
        self.dateline_span: tuple[int, int] | None = None
        self.keywords: list[str] = []
        self.related: list[str] = []
        self.related_keys: list[str] = []  # normalized forms, for de-duplication
        self.page_words: str | None = None

    def read(self, i: int, ln: _Line) -> None:
        if i in self.skipped:
            return
        if (
            (i in self.tag_lines or _is_tag_list(self.lines, i))
            and not self.ended
            and not self.related_mode
        ):
            self._tags(ln)
            return
        if self._repeats_title(ln):
            return
        if self.keywords_mode:
            if (
                ln.kind in _TAG_KINDS
                and ln.words <= _MAX_TAG_WORDS
                and not _SENTENCE_END.search(ln.key)
            ):
                self.keywords.append(_strip_bullet(ln.raw))
                return
            self.keywords_mode = False
        if ln.kind in MARKER_KINDS:
            self._marker(i, ln)
        else:
            self._content(i, ln)

    def _marker(self, i: int, ln: _Line) -> None:
        kind = ln.kind
        self.related_mode = False
        if (
            kind in _TERMINAL
            and self.body_chars
            and not _is_sidebar(kind, self.body_chars, self.text_after[i + 1])
        ):
            self.ended = True
        place_first = kind is LineKind.META and _DATELINE.match(ln.key) is not None
        if (
            kind is LineKind.META
            and self.dateline_source is None
            and (place_first or _DATELINE_OUTLET_FIRST.match(ln.key))
        ):
            self.dateline_source = _dateline_agency(ln.raw, outlet_first=not place_first)
            if self.dateline_span is None:
                self.dateline_span = (ln.start, ln.end)
        elif kind is LineKind.SOURCE:
            self._source(ln)
        elif kind is LineKind.KEYWORDS:
            value = self._after_marker(ln, _KEYWORDS)
            if value:
                self.keywords.extend(_split_keywords(value, self._page_words()))
            else:
                self.keywords_mode = True
        elif kind in (LineKind.READ_ALSO, LineKind.RELATED):
            marker = _READ_ALSO if kind is LineKind.READ_ALSO else _RELATED
            inline = self._after_marker(ln, marker)
            if inline and len(inline.split()) >= 2:
                self._add_related(_strip_bullet(inline))
                return
            self.related_mode = True
            if (
                kind is LineKind.READ_ALSO
                and not self.ended
                and self.body_chars
                and self.text_after[i + 1] * _APPENDED_ARTICLE_RATIO < self.body_chars
                and not self._continues_body(i + 1)
            ):
                # A standalone read-also near the end of the page, and the paragraph after its
                # headlines opens a new story: another article follows.
                self.ended = True

    def _page_words(self) -> str:
        """The page's words for tag phrases, without the tag lines themselves."""
        if self.page_words is None:
            self.page_words = _page_words(
                [ln for j, ln in enumerate(self.lines) if j not in self.tag_lines]
            )
        return self.page_words

    def _tags(self, ln: _Line) -> None:
        """A tag line without a marker: its items are keywords."""
        self.keywords.extend(_split_keywords(ln.raw, self._page_words()))

    def _repeats_title(self, ln: _Line) -> bool:
        """The headline printed again, maybe glued to a caption ("...شخصينالامطار في جدة")."""
        if not self.title_key or ln.kind is LineKind.TEXT:
            return False
        key = _line_key(ln)
        if self.title_key.startswith(key) and key.count(" ") >= _LABEL_MAX_WORDS - 1:
            return True  # a shorter form of the headline ("غارة جوية تقتل العشرات في دوما")
        if not key.startswith(self.title_key):
            return False
        return len(key[len(self.title_key) :].split()) <= _LABEL_MAX_WORDS + 2

    def _source(self, ln: _Line) -> None:
        value = (
            self._after_marker(ln, _SOURCE) if _SOURCE.match(ln.key) else ln.raw.strip(" ()[]-–—")
        )
        value = value.strip(" .()[]\"'«»")
        # The first source line before the body ends wins; one inside appended furniture
        # (another article's credit) counts only when the page has no other.
        if value and (self.source is None or (self.source_after_end and not self.ended)):
            self.source = value
            self.source_after_end = self.ended

    def _content(self, i: int, ln: _Line) -> None:
        kind = ln.kind
        if (
            kind is LineKind.HEADLINE
            and self.related_mode
            and (ln.words > _MAX_RELATED_WORDS or _is_continuation(ln))
        ):
            self.related_mode = False  # a paragraph without final punctuation, not a link
        if kind is LineKind.TEXT:
            self.related_mode = False
        elif self._is_link(i, kind):
            self._add_related(_strip_bullet(ln.raw), _BULLET.sub("", ln.key, count=1))
            return
        if self.ended:
            return
        key = _line_key(ln)
        if kind is not LineKind.TEXT and key in self.body_keys:
            return  # a repeated headline
        self.body_keys.add(key)
        self.body.append((ln.start, ln.end))
        self.shown.append(ln.raw)
        self.body_chars += len(ln.raw)

    def _after_marker(self, ln: _Line, marker: re.Pattern[str]) -> str:
        """What follows a marker on its line; parsed for the first _MAX_METADATA_LINES only."""
        self.markers_parsed += 1
        if self.markers_parsed > _MAX_METADATA_LINES:
            return ""  # a page of thousands of marker lines: the first ones are plenty
        return _after_marker(ln.raw, marker)

    def _continues_body(self, start: int) -> bool:
        """Whether the first paragraph at or after line `start` continues the article."""
        j = self.next_paragraph[start]
        return j < len(self.lines) and _is_continuation(self.lines[j])

    def _add_related(self, headline: str, key: str | None = None) -> None:
        if len(self.related) >= _MAX_RELATED:
            return  # thousands of links: the first ones are plenty
        self.related.append(headline)
        self.related_keys.append(key if key is not None else normalize_str(headline))

    def _is_link(self, i: int, kind: LineKind) -> bool:
        """A headline or bulleted line that links elsewhere rather than belonging to the body."""
        if self.related_mode:
            return True
        if self.ended:
            return kind is LineKind.BULLET
        return i in self.trailing_links

    def result(self) -> CleanedArticle:
        title_key = _norm_key(self.title or "")
        related = _dedup(self.related, self.related_keys)
        return CleanedArticle(
            body=tuple(self.body),
            text="\n\n".join(self.shown),
            title=self.title,
            source=self.source or self.dateline_source or None,
            keywords=_dedup(self.keywords),
            related_headlines=tuple(r for r in related if _norm_key(r) != title_key),
            title_span=self.title_span,
            dateline_span=self.dateline_span or self.head_dateline,
        )


def _line_key(ln: _Line) -> str:
    return " ".join(_WORD.findall(_BULLET.sub("", ln.key, count=1)))


def _norm_key(s: str) -> str:
    return " ".join(_WORD.findall(normalize_str(_BULLET.sub("", s, count=1))))


# Arabic news paragraphs after the first almost always open with a connective: و + verb or
# particle ("وأضاف", "وفي"), or a phrase such as "كما" / "من جهته". A lead paragraph of a new
# story opens with its own verb or noun ("بحث الرئيس ..."). Words that merely start with و are
# listed so they do not read as connectives (normalized forms).
_CONTINUATION = re.compile(
    r"^[\W_]*(?:و\S{2,}|كما|من\s+(?:جهته|جهتها|جانبه|جانبها|ناحيته|ناحيتها)|بدوره|بدورها"
    r"|الي\s+ذلك|في\s+المقابل|في\s+غضون\s+ذلك|في\s+سياق\s+متصل|يذكر\s+ان|تجدر\s+الاشاره"
    r"|يشار\s+الي|واضاف|لكن|غير\s+ان|اما|ثم|هذا|فيما|بينما|ويذكر|مشيرا|مضيفا|مؤكدا"
    r"|(?:من|علي)\s+(?:جانب|صعيد)\s+(?:اخر|متصل)|في\s+الوقت\s+(?:نفسه|ذاته)|بالتزامن)(?=[\W_]|$)"
    r'|^\s*"'  # a quotation carries on the story
)
_W_INITIAL_WORDS = _normalized_words(
    "وزير وزيرة وزارة وزراء واشنطن وكالة وكالات وفد وسط وقت وفاة ولاية ولايات ولي وصل وصلت "
    "وقع وقعت وجه وجهت وافق وافقت وعد وصف وضع ودع ورد وردت وثيقة وحدة ولد وكيل واصل واصلت "
    "وجود وسائل واجه واجهت وادي والي وليد وائل وارسو ويليام وليام وقف وقفة ورشة وظائف وضعت"
)


def _is_sidebar(kind: LineKind, body_chars: int, text_after: int) -> bool:
    """A related/most-read block with most of the article still below it is a sidebar."""
    return kind is LineKind.RELATED and text_after > _SIDEBAR_RATIO * body_chars


def _is_continuation(ln: _Line) -> bool:
    """Whether a line opens with a connective that continues an article ("وأضاف", "كما")."""
    if ln.key.split(" ", 1)[0] in _W_INITIAL_WORDS:
        return False
    return _CONTINUATION.match(ln.key) is not None


# A row of a standings table: "3- الملعب التونسي 30 نقطة", "الأهلي: 41 نقطة".
_STANDINGS_ROW = re.compile(r"\d+\s*(?:نقطه|نقاط|points?|pts)[\W_]*$", re.IGNORECASE)


def _trailing_links(lines: list[_Line]) -> set[int]:
    """Indices of the headline list that closes a page after its last paragraph.

    Two or more bulleted lines, or (on a page with punctuated paragraphs) unpunctuated
    headline lines, with no paragraph after them are a list of links, marker or not.
    """
    has_text = any(ln.kind is LineKind.TEXT for ln in lines)
    run: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        kind = lines[i].kind
        if lines[i].raw.strip().startswith("|") or _STANDINGS_ROW.search(lines[i].key):
            break  # "| 6- سموحة: | 31 نقطة |": the rows of a table are content, not links
        if kind is LineKind.BULLET or (
            kind is LineKind.HEADLINE and has_text and lines[i].words <= _MAX_RELATED_WORDS
        ):
            run.append(i)
        elif kind not in MARKER_KINDS:
            break
    return set(run) if len(run) >= 2 else set()


# --- lead sentence ------------------------------------------------------------------------------
# A sentence ends at . ! ? ؟ (optionally followed by closing quotes/brackets) before whitespace,
# but not after an abbreviation (a single letter such as "د." or "U.S.", or a known short form),
# and not at ".." (used in Arabic news as a pause) or inside numbers such as 3.5.
_SENT_END = re.compile(r"(?<!\.)([.!?؟]|\.\.\.|…)([\"'”’»)\]]*)(?=\s|$)")
_ABBREV_WINDOW = 12  # longer than any abbreviation in _ABBREV
_ABBREV = _lowercase_words(
    "mr mrs ms dr prof st jr sr inc ltd co corp vs etc no jan feb mar apr jun jul aug sep sept"
    " oct nov dec gen col lt sgt rep sen gov u.s u.k u.n e.g i.e a.m p.m د م ج ص ق ه هـ أ.د ا.د"
)


def lead_sentence(body_text: str) -> str:
    """The first sentence of the cleaned body (Arabic and Latin sentence ends)."""
    text = body_text.strip()
    if not text:
        return ""
    para_end = len(text)
    nl = text.find("\n")
    if nl >= 0:
        para_end = nl
    para = text[:para_end].strip()
    for m in _SENT_END.finditer(para):
        if m.group(1) == ".":
            # The word before the full stop (a bounded look back keeps this linear).
            before = para[max(0, m.start() - _ABBREV_WINDOW) : m.start()].split()
            token = before[-1].lower() if before else ""
            if token in _ABBREV or (len(token.replace(".", "")) <= 1 and token):
                continue
            if len(token) <= 4 and "." in token:  # U.S, e.g, أ.د
                continue
        return para[: m.end()].strip()
    return para
