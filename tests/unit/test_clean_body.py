"""clean(): body text that must survive, title detection, display cleaning, and the seed page."""

from __future__ import annotations

from pathlib import Path

import pytest

from stream.pipeline.clean import clean, lead_sentence

RESOURCES = Path(__file__).parents[1] / "resources" / "cleaning"
B1 = "أعلنت الحكومة اليوم عن خطة جديدة لدعم الصادرات الزراعية بقيمة 3.5 مليار دولار."
B2 = "وقال وزير الزراعة إن الخطة تستهدف زيادة الصادرات بنسبة 20 في المئة خلال عامين."


def page(*lines: str) -> str:
    return "\n\n".join(lines)


SURVIVES = [
    pytest.param(
        "وأكد الوزير أيضا أن الحكومة ملتزمة بتوفير التمويل اللازم للمزارعين.",
        id="also-mid-sentence",
    ),
    pytest.param(
        "وقال المصدر إن الاجتماع سيعقد الأسبوع المقبل في القاهرة.", id="source-mid-sentence"
    ),
    pytest.param(
        "المصدر ذاته أكد أن المفاوضات مستمرة منذ أسابيع دون نتائج واضحة.",
        id="source-word-starts-sentence",
    ),
    pytest.param(
        "نقلا عن مصادر مطلعة، ذكرت الصحيفة أن الاتفاق بات وشيكا.", id="naqlan-starts-sentence"
    ),
    pytest.param("شارك الرئيس في القمة العربية التي عقدت في الرياض أمس.", id="share-verb-sentence"),
    pytest.param(
        "اقرأ أيضا ما كتبه المحلل عن الأزمة، فهو يقدم صورة مختلفة تماما.", id="read-also-as-prose"
    ),
    pytest.param(
        "مواضيع ذات صلة بالأمن الإقليمي كانت على طاولة البحث أمس.", id="related-words-as-prose"
    ),
    pytest.param(
        "تابع الوزير أعمال اللجنة الفنية المكلفة بمراجعة العقود طوال اليوم.",
        id="follow-verb-sentence",
    ),
    pytest.param(
        "وأشار إلى أن كلمات دلالية كثيرة استخدمت في الحملة الانتخابية الأخيرة.",
        id="keywords-words-mid-sentence",
    ),
    pytest.param("قَالَ الرَّئِيسُ إِنَّ الوَضْعَ الاقْتِصَادِيَّ مُسْتَقِرٌّ تَمَامًا.", id="diacritized"),
    pytest.param("أعلنـــت الحكومـــة عن خطـــة جديدة للنقل العام في العاصمة.", id="tatweel"),
    pytest.param(
        "وقالت وكالة Reuters إن شركة Apple ستفتتح مصنعا في المنطقة عام 2025.",
        id="mixed-arabic-english",
    ),
    pytest.param(
        "وبحث الجانبان العلاقات بين الولایات المتحدة وکوریا الجنوبیة.", id="farsi-yeh-keheh"
    ),
    pytest.param("وبلغ عدد الزوار ٢٥٠٠ زائر في عام ٢٠٢٤ بزيادة ١٥٪.", id="arabic-indic-digits"),
    pytest.param("وبلغت نسبة النمو ۳٫۵ في المئة وفق أرقام ۱۴۰۲.", id="persian-digits"),
    pytest.param("The minister said the plan would be reviewed next month.", id="english-sentence"),
]


@pytest.mark.parametrize("sentence", SURVIVES)
def test_body_sentence_survives(sentence: str) -> None:
    cleaned = clean(page(B1, sentence, B2))
    assert cleaned.text.split("\n\n") == [B1, sentence, B2]
    assert cleaned.source is None


@pytest.mark.parametrize(
    ("text", "expected_text"),
    [
        pytest.param(f"{B1}\u00a0\u00a0 و{B2}", f"{B1} و{B2}", id="no-break-spaces"),
        pytest.param(f"\u200f{B1}\u200b", B1, id="zero-width-and-bidi"),
        pytest.param(f"{B1}\r\n\r\n{B2}\r\n", f"{B1}\n\n{B2}", id="crlf"),
        pytest.param(f"  {B1}\n{B2}  ", f"{B1}\n\n{B2}", id="single-newlines"),
        pytest.param(f"{B1}\u2029{B2}", f"{B1}\n\n{B2}", id="paragraph-separator"),
        pytest.param("", "", id="empty"),
        pytest.param(" \n\u200b\n ", "", id="blank"),
        pytest.param(f"{B1} {B2}", f"{B1} {B2}", id="one-line-page"),
    ],
)
def test_display_cleaning(text: str, expected_text: str) -> None:
    cleaned = clean(text)
    assert cleaned.text == expected_text
    for start, end in cleaned.body:
        assert 0 <= start < end <= len(text)


@pytest.mark.parametrize(
    ("first", "title"),
    [
        pytest.param(
            "خطة حكومية لدعم الصادرات الزراعية", "خطة حكومية لدعم الصادرات الزراعية", id="headline"
        ),
        pytest.param(
            "هل تنجح خطة دعم الصادرات؟", "هل تنجح خطة دعم الصادرات؟", id="question-headline"
        ),
        pytest.param(
            "Government unveils farm export plan",
            "Government unveils farm export plan",
            id="english-headline",
        ),
        pytest.param(B1, None, id="sentence-is-not-a-headline"),
        pytest.param("عاجل", None, id="single-word"),
    ],
)
def test_title_from_first_line(first: str, title: str | None) -> None:
    cleaned = clean(page(first, B1, B2))
    assert cleaned.title == title
    if title is not None:
        assert title not in cleaned.text


def test_title_after_top_furniture() -> None:
    cleaned = clean(page("الرئيسية > اقتصاد", "شارك", "خطة لدعم الصادرات الزراعية", B1, B2))
    assert cleaned.title == "خطة لدعم الصادرات الزراعية"
    assert cleaned.text == f"{B1}\n\n{B2}"


def test_mid_body_subheading_is_kept() -> None:
    cleaned = clean(page(B1, "تفاصيل الخطة الجديدة", B2))
    assert cleaned.text.split("\n\n") == [B1, "تفاصيل الخطة الجديدة", B2]


def test_mid_body_bullet_list_is_kept() -> None:
    items = ["- دعم أسعار الأسمدة للمزارعين", "- تمويل شراء المعدات الحديثة"]
    cleaned = clean(page(B1, *items, B2))
    assert cleaned.text.split("\n\n") == [B1, *items, B2]
    assert cleaned.related_headlines == ()


# --- the seed page ---------------------------------------------------------------------------
SEED = (RESOURCES / "seed-article-ar.txt").read_text(encoding="utf-8")
SEED_LAST_BODY = "وقبل الجلوس مع بلينكن، أجرت كاميكاوا محادثات مع مسؤولين أمريكيين آخرين أمس"
SECOND_ARTICLE = "بحث الرئيس التركي رجب طيب أردوغان"


def test_seed_text_ends_with_the_last_body_paragraph() -> None:
    cleaned = clean(SEED)
    assert cleaned.text.startswith("بحثت الولايات المتحدة واليابان")
    last = cleaned.text.split("\n\n")[-1]
    assert last.startswith(SEED_LAST_BODY)
    assert last.endswith("ووزيرة التجارة الأمريكية جينا ريموندو.")
    assert len(cleaned.body) == 17
    assert "\u00a0" not in cleaned.text


def test_seed_source_and_keywords() -> None:
    cleaned = clean(SEED)
    assert cleaned.source == "البوابة نيوز"
    # "الولایات المتحدة" (Farsi yeh) is the same keyword as "الولايات المتحدة": kept once.
    assert cleaned.keywords == (
        "إسرائيل",
        "أوكرانيا",
        "الولايات المتحدة",
        "اليابان",
        "الشرق الأوسط",
    )


def test_seed_second_article_and_similar_articles_are_related_not_body() -> None:
    cleaned = clean(SEED)
    assert SECOND_ARTICLE not in cleaned.text
    assert "مقالات مشابهة" not in cleaned.text
    assert "إقرأ أيضاً" not in cleaned.text
    related = cleaned.related_headlines
    assert related[0] == "مباحثات جزائرية - تركية بشأن تطورات الأوضاع الفلسطينية"
    assert 'بلينكن يعود إلى الشرق الأوسط لبدء "المهمة الثامنة"' in related
    assert len(related) == len(set(related)) == 9  # 10 bullets, one repeated, one = the headline
    assert all(not r.startswith("•") for r in related)
    assert not any(SECOND_ARTICLE in r for r in related)


def test_seed_lead_and_title() -> None:
    cleaned = clean(SEED)
    assert cleaned.title is None  # the first line is a full sentence, not a headline
    assert lead_sentence(cleaned.text) == SEED.split("\n", 1)[0]


def test_syndicated_copy_of_the_seed_has_the_same_body() -> None:
    copy = clean((RESOURCES / "seed-syndicated-copy.txt").read_text(encoding="utf-8"))
    seed = clean(SEED)
    assert copy.title == "بلينكن ونظيرته اليابانية يبحثان الشرق الأوسط وأوكرانيا وتايوان"
    assert copy.keywords == ("الولايات المتحدة", "اليابان", "بلينكن", "تايوان")
    assert len(copy.body) == len(seed.body)
    assert copy.related_headlines == ('بلينكن يعود إلى الشرق الأوسط لبدء "المهمة الثامنة"',)


def test_quote_after_a_late_read_also_continues_the_article() -> None:
    quote = "«نحن مستعدون تماما لهذه المرحلة»، قال الوزير."
    cleaned = clean(page(B1, B2, "اقرأ أيضا:", "وزير الزراعة يتفقد الحقول", quote))
    assert cleaned.text.split("\n\n") == [B1, B2, quote]
    assert cleaned.related_headlines == ("وزير الزراعة يتفقد الحقول",)


def test_related_block_above_the_article_gives_no_title() -> None:
    cleaned = clean(page("الأكثر قراءة", "خبر أول عن الطقس", "خبر ثان عن الرياضة", B1, B2))
    assert cleaned.title is None
    assert cleaned.text == f"{B1}\n\n{B2}"
    assert cleaned.related_headlines == ("خبر أول عن الطقس", "خبر ثان عن الرياضة")


def test_space_separated_tags_above_the_body_use_phrases_from_the_page() -> None:
    cleaned = clean(page("الوسوم: وزير الزراعة الصادرات", B1, B2))
    assert cleaned.keywords == ("وزير الزراعة", "الصادرات")
    assert cleaned.text == f"{B1}\n\n{B2}"


def test_long_unpunctuated_first_line_is_the_title_above_punctuated_paragraphs() -> None:
    title = (
        "الحكومة تعلن خطة موسعة لدعم الصادرات الزراعية وفتح أسواق جديدة في أفريقيا وآسيا "
        "خلال العامين المقبلين"
    )
    cleaned = clean(page(title, B1, B2))
    assert cleaned.title == title


def test_unmarked_headline_list_closing_the_page_is_related() -> None:
    links = ["أسعار الذهب اليوم في مصر", "مواعيد مباريات اليوم", "حالة الطقس غدا"]
    cleaned = clean(page(B1, B2, *links))
    assert cleaned.text == f"{B1}\n\n{B2}"
    assert cleaned.related_headlines == tuple(links)


def test_long_unpunctuated_closing_paragraphs_stay_in_the_body() -> None:
    tail = [
        "وأضاف الوزير أن الحكومة ستوفر التمويل اللازم للمزارعين عبر البنك الزراعي بفوائد ميسرة",
        "وأشار إلى أن الخطة ستنفذ على ثلاث مراحل تبدأ الأولى منها مطلع العام المقبل في الدلتا",
    ]
    cleaned = clean(page(B1, B2, *tail))
    assert cleaned.text.split("\n\n") == [B1, B2, *tail]


def test_table_at_the_end_is_body_not_related_headlines() -> None:
    page = (
        "الزمالك يتصدر جدول الدوري برصيد 43 نقطة من 19 مباراة، بعد تحقيق 13 انتصارا.\n"
        "ويأتي بيراميدز في المركز الثاني بنفس الرصيد، حيث فاز في 13 وتعادل في 4.\n"
        "جدول ترتيب الدوري المصري\n"
        "| 1- الزمالك: | 43 نقطة (لعب 19 مباراة) |\n"
        "| 2- بيراميدز: | 43 نقطة (لعب 20 مباراة) |\n"
        "| 3- سموحة: | 31 نقطة (لعب 20 مباراة) |\n"
    )
    cleaned = clean(page)
    assert cleaned.related_headlines == ()
    assert "| 3- سموحة: | 31 نقطة (لعب 20 مباراة) |" in cleaned.text


def test_standings_rows_at_the_end_are_body_not_related_headlines() -> None:
    rows = [
        "1- الترجي الرياضي التونسي 34 نقطة",
        "2- النادي الإفريقي 31 نقطة",
        "16- مستقبل قابس 9 نقاط",
    ]
    page = (
        "حقق الترجي الرياضي فوزا برباعية كاملة اليوم السبت على ضيفه الاتحاد الرياضي ببنقردان.\n\n"
        "وبهذا الفوز، يتصدر الترجي الترتيب برصيد 34 نقطة، متقدماً بثلاث نقاط على منافسه.\n\n"
        "الترتيب العام\n\n" + "\n\n".join(rows) + "\n"
    )
    cleaned = clean(page)
    assert cleaned.related_headlines == ()
    assert cleaned.text.split("\n\n")[-3:] == rows
    # a list of headlines still is one
    links = clean(
        "حقق الترجي الرياضي فوزا برباعية كاملة اليوم السبت على ضيفه الاتحاد الرياضي ببنقردان.\n\n"
        "- الأهلي يواجه الزمالك في نهائي الكأس\n\n- منتخب مصر يستعد لكأس العرب\n"
    )
    assert len(links.related_headlines) == 2
