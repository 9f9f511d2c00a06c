"""Entity extraction: the seed article's must-show entities, clitics, variants and overlaps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from schemas import Entity
from stream.pipeline.entities import EntityExtractor

SEED = Path(__file__).resolve().parents[2] / "samples" / "seed-article-ar.txt"


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module", params=["rules", "tagged"])
def seed_entities(request: pytest.FixtureRequest, seed: str) -> list[Entity]:
    """The seed's entities from the rules alone and from the production extractor (the rules
    plus the sequence tagger): both must show what the seed must show."""
    fixture = "extractor" if request.param == "rules" else "tagged_extractor"
    extractor: EntityExtractor = request.getfixturevalue(fixture)
    return extractor.extract(seed)


def _by_en(entities: list[Entity], name_en: str) -> Entity:
    found = [e for e in entities if e.name_en == name_en]
    assert len(found) == 1, f"{name_en}: {[e.name_en for e in entities]}"
    return found[0]


def _surfaces(text: str, entity: Entity) -> set[str]:
    return {text[s:e] for s, e in entity.mentions}


@pytest.mark.parametrize(
    ("name_en", "kind", "surfaces"),
    [
        pytest.param(
            "Antony Blinken", "PER", {"أنتوني بلينكن", "بلينكن"}, id="blinken-full-and-surname"
        ),
        pytest.param(
            "Yoko Kamikawa", "PER", {"كاميكاوا يوكو", "كاميكاوا"}, id="kamikawa-family-first"
        ),
        pytest.param("Fumio Kishida", "PER", {"فوميو كيشيدا"}, id="kishida"),
        pytest.param("Jake Sullivan", "PER", {"جيك سوليفان"}, id="sullivan"),
        pytest.param("Gina Raimondo", "PER", {"جينا ريموندو"}, id="raimondo"),
        pytest.param("Recep Tayyip Erdogan", "PER", {"رجب طيب أردوغان", "أردوغان"}, id="erdogan"),
        pytest.param("Ahmed Attaf", "PER", {"أحمد عطاف", "عطاف"}, id="attaf-after-clitic-lam"),
        pytest.param("Abdelmadjid Tebboune", "PER", {"عبد المجيد تبون", "تبون"}, id="tebboune"),
        pytest.param("Washington", "LOC", {"واشنطن", "واشنطن العاصمة"}, id="washington"),
        pytest.param("Tokyo", "LOC", {"طوكيو"}, id="tokyo"),
        pytest.param("Ishikawa", "LOC", {"إيشيكاوا"}, id="ishikawa-head-outside"),
        pytest.param("Haneda Airport", "LOC", {"مطار هانيدا"}, id="haneda-head-inside"),
        pytest.param("Taiwan Strait", "LOC", {"مضيق تايوان"}, id="taiwan-strait"),
        pytest.param("South China Sea", "LOC", {"بحر الصين الجنوبي"}, id="south-china-sea"),
        pytest.param("Red Sea", "LOC", {"البحر الأحمر"}, id="red-sea"),
        pytest.param("Yemen", "LOC", {"اليمن"}, id="yemen"),
        pytest.param("Gaza", "LOC", {"غزة"}, id="gaza"),
        pytest.param("Finland", "LOC", {"فنلندا"}, id="finland-after-waw"),
        pytest.param("Poland", "LOC", {"بولندا"}, id="poland"),
        pytest.param("Netherlands", "LOC", {"هولندا"}, id="netherlands"),
        pytest.param("U.S. Department of State", "ORG", {"الخارجية الأمريكية"}, id="state-dept"),
        pytest.param("Kyodo News", "ORG", {"كيودو"}, id="kyodo-in-parentheses"),
        pytest.param("Houthis", "ORG", {"الحوثيون", "الحوثيين"}, id="houthis-plural-forms"),
        pytest.param("Coast Guard of Japan", "ORG", {"خفر السواحل الياباني"}, id="coast-guard"),
    ],
)
def test_seed_must_show(
    seed: str, seed_entities: list[Entity], name_en: str, kind: str, surfaces: set[str]
) -> None:
    entity = _by_en(seed_entities, name_en)
    assert entity.type == kind
    assert _surfaces(seed, entity) == surfaces
    assert entity.count == len(entity.mentions)


@pytest.mark.parametrize(
    ("surface", "start"),
    [
        pytest.param("أنتوني بلينكن", 274, id="blinken"),
        pytest.param("كاميكاوا يوكو", 306, id="kamikawa"),
        pytest.param("فوميو كيشيدا", 1028, id="kishida"),
        pytest.param("الخارجية الأمريكية", 179, id="state-dept"),
        pytest.param("خفر السواحل الياباني", 749, id="coast-guard-after-lil"),
        pytest.param("مطار هانيدا", 785, id="haneda"),
        pytest.param("كيودو", 922, id="kyodo"),
    ],
)
def test_seed_offsets(seed: str, seed_entities: list[Entity], surface: str, start: int) -> None:
    spans = [(s, e) for ent in seed_entities for s, e in ent.mentions]
    assert (start, start + len(surface)) in spans
    assert seed[start : start + len(surface)] == surface


def test_seed_has_no_adjective_or_title_entities(seed: str, seed_entities: list[Entity]) -> None:
    surfaces = {seed[s:e] for ent in seed_entities for s, e in ent.mentions}
    for word in ("الأمريكي", "اليابانية", "الرئيس", "وزير الخارجية", "الجزائري"):
        assert word not in surfaces


def test_seed_entities_ordered_by_first_mention(seed_entities: list[Entity]) -> None:
    firsts = [e.mentions[0][0] for e in seed_entities]
    assert firsts == sorted(firsts)
    ids = [e.id for e in seed_entities if e.id]
    assert len(ids) == len(set(ids)), "each entity once per article"


@pytest.mark.parametrize(
    ("text", "surface", "name_en"),
    [
        pytest.param("قال وبلينكن أمس", "بلينكن", "Antony Blinken", id="waw-clitic"),
        pytest.param("رسالة لبلينكن من الوزير", "بلينكن", "Antony Blinken", id="lam-clitic"),
        pytest.param("التقى بلنكن نظيره", "بلنكن", "Antony Blinken", id="transliteration-variant"),
        pytest.param(
            "وصل Antony Blinken to Cairo", "Antony Blinken", "Antony Blinken", id="english-name"
        ),
        pytest.param("عاد إلى اليمن", "اليمن", "Yemen", id="plain"),
        pytest.param("بالنسبة لليمن فإن", "ليمن", "Yemen", id="lil-article-elided"),
        pytest.param("وفي الولايات المتحدة", "الولايات المتحدة", "United States", id="multiword"),
        pytest.param("زار أمريكا", "أمريكا", "United States", id="curated-variant"),
        pytest.param("زار امريكا", "امريكا", "United States", id="bare-alef"),
        pytest.param("في روسيا الاتحادية", "روسيا الاتحادية", "Russia", id="long-form"),
        pytest.param("سفينة في البحر الاحمر", "البحر الاحمر", "Red Sea", id="hamza-dropped"),
        pytest.param("مدينة غزه", "غزه", "Gaza", id="teh-marbuta-as-heh"),
        pytest.param("قال المسؤول فى غزة", "غزة", "Gaza", id="alef-maksura-fi"),
        pytest.param("الحوثي يعلن", "الحوثي", "Houthis", id="houthi-singular"),
        pytest.param("هاجم الحوثيين سفينة", "الحوثيين", "Houthis", id="houthi-oblique-plural"),
        pytest.param("أنصار الله تعلن", "أنصار الله", "Houthis", id="houthi-alias"),
        pytest.param(
            "وقالت الخارجية الأميركية",
            "الخارجية الأميركية",
            "U.S. Department of State",
            id="ministry-by-adjective",
        ),
        pytest.param("بيان لحلف الناتو", "حلف الناتو", "NATO", id="nato-alias"),
    ],
)
def test_variants_and_clitics(
    extractor: EntityExtractor, text: str, surface: str, name_en: str
) -> None:
    entity = _by_en(extractor.extract(text), name_en)
    assert _surfaces(text, entity) == {surface}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("في بحر الصين الجنوبي", {"بحر الصين الجنوبي"}, id="longest-not-china"),
        pytest.param("مضيق تايوان", {"مضيق تايوان"}, id="strait-not-taiwan"),
        pytest.param("كوريا الشمالية", {"كوريا الشمالية"}, id="country-long-name"),
        pytest.param("صحيفة واشنطن بوست", {"واشنطن بوست"}, id="outlet-not-city"),
        pytest.param("مجلس الأمن الدولي", {"مجلس الأمن الدولي"}, id="un-security-council"),
        pytest.param("اليمنية", set(), id="no-match-inside-word"),
        pytest.param("الحكومة السعودية قررت", {"الحكومة السعودية"}, id="country-used-as-adjective"),
        pytest.param("مباحثات جزائرية - تركية", set(), id="indefinite-adjectives"),
        pytest.param("الفنانة السورية", set(), id="article-on-bare-name-is-an-adjective"),
        pytest.param("التحالف بقيادة السعودية", {"السعودية"}, id="genitive-country-name"),
        pytest.param("نصب النازحون الخيام", set(), id="weak-place-without-context"),
    ],
)
def test_overlaps_and_boundaries(extractor: EntityExtractor, text: str, expected: set[str]) -> None:
    got = {text[s:e] for ent in extractor.extract(text) for s, e in ent.mentions}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "name_en"),
    [
        pytest.param(
            "زار الملك عبد الله الثاني عمّان والتقى رئيس الوزراء الأردني",
            "Amman",
            id="amman-with-jordan",
        ),
        pytest.param("وصل الوزير إلى مسقط في سلطنة عمان", "Oman", id="oman-sultanate"),
        pytest.param("مباراة برشلونة في الدوري الإسباني", "FC Barcelona", id="club-by-context"),
        pytest.param("وصل السياح إلى برشلونة الإسبانية", "Barcelona", id="city-by-default"),
    ],
)
def test_ambiguous_names_resolved_by_context(
    extractor: EntityExtractor, text: str, name_en: str
) -> None:
    assert name_en in {e.name_en for e in extractor.extract(text)}


@pytest.mark.parametrize(
    ("text", "present"),
    [
        pytest.param("دعم مالي كبير", False, id="mali-financial"),
        pytest.param("هجوم في مالي وبوركينا فاسو", True, id="mali-with-support"),
        pytest.param("قال الرئيس الأسد في خطاب", True, id="assad-after-title"),
        pytest.param("ملك الغابة هو الأسد", False, id="lion-not-assad"),
    ],
)
def test_weak_names_need_support(extractor: EntityExtractor, text: str, present: bool) -> None:
    weak = {"مالي", "الأسد"}
    got = {text[s:e] for ent in extractor.extract(text) for s, e in ent.mentions if ent.id}
    assert bool(got & weak) is present


def test_spans_restrict_extraction(extractor: EntityExtractor) -> None:
    text = "اقرأ أيضا: بوتين يزور الصين. وصل بلينكن إلى القاهرة."
    body = (text.index("وصل"), len(text))
    names = {e.name_en for e in extractor.extract(text, [body])}
    assert names == {"Antony Blinken", "Cairo"}
    for ent in extractor.extract(text, [body]):
        assert all(s >= body[0] for s, _ in ent.mentions)


def test_empty_and_punctuation_only(extractor: EntityExtractor) -> None:
    for text in ("", " ", "،،،", "(((", "\n\n"):
        assert extractor.extract(text) == []


def test_mentions_never_cross_on_dev_set(extractor: EntityExtractor) -> None:
    """Mentions are disjoint, or one holds the other (a court's seat); they never cross."""
    dev = Path(__file__).resolve().parents[1] / "resources" / "entities_dev.jsonl"
    for line in dev.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        spans = sorted((s, e) for ent in extractor.extract(text) for s, e in ent.mentions)
        assert len(spans) == len(set(spans)), text[:60]
        for a, (s1, e1) in enumerate(spans):
            for s2, e2 in spans[a + 1 :]:
                assert s2 >= e1 or e2 <= e1, (text[:60], text[s1:e1], text[s2:e2])
        for s, e in spans:
            assert text[s:e] and text[s:e] == text[s:e].strip()


@pytest.mark.parametrize(
    ("text", "name_en"),
    [
        pytest.param("قرر البنك المركزي المصري", "Central Bank of Egypt", id="central-bank"),
        pytest.param("بث التلفزيون السوري", "State television of Syria", id="state-tv"),
        pytest.param("أعلنت الرئاسة المصرية", "Presidency of Egypt", id="presidency"),
        pytest.param("قالت الشرطة البريطانية", "Police of United Kingdom", id="police"),
        pytest.param("فاز المنتخب المغربي", "Morocco national team", id="national-team"),
        pytest.param(
            "شنت القوات المسلحة الأمريكية ضربات", "United States Armed Forces", id="forces"
        ),
    ],
)
def test_generated_state_bodies(extractor: EntityExtractor, text: str, name_en: str) -> None:
    assert name_en in {e.name_en for e in extractor.extract(text)}


def test_forces_named_by_a_nationality_are_a_description(extractor: EntityExtractor) -> None:
    """ "القوات الروسية" (Russian forces) is left unlabelled by independent labellers; "الجيش
    الروسي" and "القوات المسلحة الروسية" name the armed forces."""
    text = "تقدمت القوات الروسية نحو القرية، وقال الجيش الروسي إن القوات المسلحة الروسية سيطرت."
    mentions = {text[s:e] for ent in extractor.extract(text) for s, e in ent.mentions}
    assert "القوات الروسية" not in mentions
    assert {"الجيش الروسي", "القوات المسلحة الروسية"} <= mentions


def test_names_in_a_dateline_line_are_read(tagged_extractor: EntityExtractor) -> None:
    from stream.pipeline import reading_spans
    from stream.pipeline.clean import clean

    text = (
        "الدوحة – قنا:\nقامت وزيرة الصحة العامة بالتصريح بأن مؤسسة حمد الطبية أصبحت اليوم ضمن "
        "أفضل المؤسسات الصحية على مستوى العالم بعد الكثير من النجاحات."
    )
    found = {
        (text[s:e], ent.type)
        for ent in tagged_extractor.extract(text, reading_spans(clean(text)))
        for s, e in ent.mentions
    }
    assert {("الدوحة", "LOC"), ("قنا", "ORG")} <= found


def test_a_latin_spelling_after_an_arabic_name_is_the_same_entity(
    extractor: EntityExtractor,
) -> None:
    text = "وقال أنس الشريف Anas Al-Sharif إن شركة أبل (Apple) ستفتتح مكتبا."
    ents = {e.name: e for e in extractor.extract(text)}
    anas, apple = ents["أنس الشريف"], ents["أبل"]
    assert (anas.type, [text[s:e] for s, e in anas.mentions]) == (
        "PER",
        ["أنس الشريف", "Anas Al-Sharif"],
    )
    assert [text[s:e] for s, e in apple.mentions] == ["أبل", "Apple"] and apple.count == 2


def test_latin_span_another_entity_held_moves_to_the_arabic_name() -> None:
    from stream.pipeline.entities import latin_echoes

    text = 'وأورد موقع "تك كرانش" Tech Crunch الخبر'
    outlet = Entity(id=None, type="ORG", name="تك كرانش", name_en=None, text="تك كرانش",
                    mentions=[[12, 20]], count=1)  # fmt: skip
    person = Entity(id=None, type="PER", name="Tech Crunch", name_en=None, text="Tech Crunch",
                    mentions=[[22, 33]], count=1)  # fmt: skip
    assert text[12:20] == "تك كرانش" and text[22:33] == "Tech Crunch"
    (merged,) = latin_echoes(text, None, [outlet, person])
    assert (merged.type, merged.mentions, merged.count) == ("ORG", [[12, 20], [22, 33]], 2)


def test_a_latin_outlet_and_arabic_is_its_arabic_service(extractor: EntityExtractor) -> None:
    text = "وذكرت CNN بالعربية أن المحكمة قضت، بحسب BBC العربي"
    mentions = {text[s:e]: ent.type for ent in extractor.extract(text) for s, e in ent.mentions}
    assert mentions == {"CNN بالعربية": "ORG", "BBC العربي": "ORG"}


def test_an_arabic_service_word_another_entity_held_gives_way() -> None:
    from stream.pipeline.entities import arabic_services

    text = "CGTN العربية / 2025"
    outlet = Entity(id=None, type="ORG", name="CGTN", name_en=None, text="CGTN",
                    mentions=[[0, 4]], count=1)  # fmt: skip
    channel = Entity(id=None, type="ORG", name="العربية", name_en=None, text="العربية",
                     mentions=[[5, 12]], count=1)  # fmt: skip
    (merged,) = arabic_services(text, None, [outlet, channel])
    assert (merged.name, merged.mentions, merged.text) == ("CGTN", [[0, 12]], "CGTN العربية")
    # an Arabic name keeps its own end ("قناة العربية" is no Latin name)
    person = Entity(id=None, type="PER", name="CGTN", name_en=None, text="CGTN",
                    mentions=[[0, 4]], count=1)  # fmt: skip
    assert arabic_services(text, None, [person]) == [person]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("في إطار دورة المنستير WTA للاعبات التنس", id="another-name-after-a-place"),
        pytest.param("دبي - العربية Business", id="part-of-an-outlet-name"),
        pytest.param("قال أنس الشريف Anas Al-Sharif and others", id="a-latin-phrase"),
    ],
)
def test_no_latin_echo(extractor: EntityExtractor, text: str) -> None:
    latin = [
        text[s:e] for ent in extractor.extract(text) for s, e in ent.mentions if text[s:e].isascii()
    ]
    assert latin == []


def test_a_quoted_name_after_a_site_is_an_outlet(found) -> None:
    assert ("تك كرانش", "ORG") in found('وأورد موقع "تك كرانش" الذي نشر تفاصيل الصفقة')
