"""clean(): each kind of page furniture, in several spellings, leaves the body for metadata."""

from __future__ import annotations

from typing import Any

import pytest

from stream.pipeline.clean import clean

B1 = (
    "أعلنت وزارة الصحة المصرية، اليوم الأحد، تسجيل 120 إصابة جديدة بالحصبة في ثلاث محافظات، "
    "مشيرة إلى أن جميع الحالات تتلقى العلاج."
)
B2 = "وقال المتحدث باسم الوزارة إن الفرق الطبية تواصل أعمال التطعيم والمتابعة في المدارس والقرى."
B3 = (
    "وأضاف أن الوزارة ستعلن عن إجراءات وقائية جديدة خلال الأيام المقبلة بالتنسيق مع منظمة "
    "الصحة العالمية."
)
H1 = "الصحة العالمية تحذر من موجة جديدة للحصبة في الشرق الأوسط"
H2 = "ارتفاع أسعار اللقاحات في الأسواق العالمية"
H3 = "وزير الصحة يتفقد مستشفيات الصعيد"
BODY = (B1, B2, B3)


def page(*lines: str) -> str:
    return "\n\n".join(lines)


CASES = [
    # --- read-also, inline and standalone, many spellings -----------------------------------
    pytest.param(page(B1, f"اقرأ أيضا: {H1}", B2, B3), {"related": (H1,)}, id="read-also-inline"),
    pytest.param(page(B1, "اقرأ أيضاً:", H1, B2, B3), {"related": (H1,)}, id="read-also-tanween"),
    pytest.param(
        page(B1, "اقرا ايضا", f"- {H1}", f"- {H2}", B2, B3),
        {"related": (H1, H2)},
        id="read-also-no-hamza-bullets",
    ),
    pytest.param(page(B1, f"إقرأ ايضا.. {H1}", B2, B3), {"related": (H1,)}, id="read-also-kasra"),
    pytest.param(
        page(B1, f"اقـرأ أيضـاً - {H1}", B2, B3), {"related": (H1,)}, id="read-also-tatweel"
    ),
    pytest.param(page(B1, f"شاهد أيضا: {H2}", B2, B3), {"related": (H2,)}, id="watch-also"),
    pytest.param(page(B1, f"طالع أيضًا | {H3}", B2, B3), {"related": (H3,)}, id="read-also-talie"),
    pytest.param(page(B1, f"Read also: {H1}", B2, B3), {"related": (H1,)}, id="read-also-english"),
    pytest.param(
        page(B1, B2, B3, "اقرأ المزيد", H1, H2), {"related": (H1, H2)}, id="read-more-end"
    ),
    pytest.param(page(B1, B2, "قد يهمك أيضاً", H3, B3), {"related": (H3,)}, id="may-interest-you"),
    # --- related sections at the end -------------------------------------------------------
    pytest.param(
        page(*BODY, "مواضيع ذات صلة", f"• {H1}", f"• {H2}", f"• {H3}"),
        {"related": (H1, H2, H3)},
        id="related-topics-bullets",
    ),
    pytest.param(
        page(*BODY, "مقالات مشابهة", f"1. {H1}", f"2. {H2}", f"3- {H3}"),
        {"related": (H1, H2, H3)},
        id="similar-articles-numbered",
    ),
    pytest.param(
        page(*BODY, "مقالات ذات صلة:", H1, H2),
        {"related": (H1, H2)},
        id="related-articles-plain-lines",
    ),
    pytest.param(
        page(*BODY, "الأكثر قراءة", f"▪ {H2}", f"▪ {H3}", f"▪ {H2}"),
        {"related": (H2, H3)},
        id="most-read-deduplicated",
    ),
    pytest.param(
        page(*BODY, "أخبار متعلقة", f"* {H1}", "مواضيع ذات صلة", f"* {H1}", f"* {H3}"),
        {"related": (H1, H3)},
        id="two-related-blocks",
    ),
    pytest.param(
        page(*BODY, "Related articles", f"• {H1}", f"• {H2}"),
        {"related": (H1, H2)},
        id="related-english",
    ),
    pytest.param(
        page(*BODY, "الاكثر مشاهدة:", H2, "آخر الأخبار", H3),
        {"related": (H2, H3)},
        id="most-viewed-latest-news",
    ),
    # --- keyword / tag lines ---------------------------------------------------------------
    pytest.param(
        page(*BODY, "كلمات دلالية: الحصبة، وزارة الصحة، التطعيم"),
        {"keywords": ("الحصبة", "وزارة الصحة", "التطعيم")},
        id="keywords-dalalia-comma",
    ),
    pytest.param(
        page(*BODY, "الوسوم: الحصبة - التطعيم - مصر"),
        {"keywords": ("الحصبة", "التطعيم", "مصر")},
        id="tags-alwusum-dash",
    ),
    pytest.param(
        page(*BODY, "وسوم", "الحصبة", "التطعيم", "منظمة الصحة العالمية"),
        {"keywords": ("الحصبة", "التطعيم", "منظمة الصحة العالمية")},
        id="tags-wusum-one-per-line",
    ),
    pytest.param(
        page(*BODY, "Tags: measles, vaccination | Egypt"),
        {"keywords": ("measles", "vaccination", "Egypt")},
        id="tags-english",
    ),
    pytest.param(
        page(*BODY, "الوسوم: #الحصبة #وزارة_الصحة #التطعيم"),
        {"keywords": ("الحصبة", "وزارة الصحة", "التطعيم")},
        id="tags-hashtags",
    ),
    pytest.param(
        page(*BODY, "الكلمات المفتاحية: منظمة الصحة العالمية وزارة الصحة الحصبة"),
        {"keywords": ("منظمة الصحة العالمية", "وزارة الصحة", "الحصبة")},
        id="keywords-space-separated-phrases-from-body",
    ),
    pytest.param(
        page(*BODY, "كلمات دلالية: وزارة الصحة، وزاره الصحه، منظمة الصحة العالمیة"),
        {"keywords": ("وزارة الصحة", "منظمة الصحة العالمیة")},
        id="keywords-deduplicated-normalized",
    ),
    # --- source lines ----------------------------------------------------------------------
    pytest.param(page(*BODY, "المصدر: وكالات"), {"source": "وكالات"}, id="source-colon"),
    pytest.param(page(*BODY, "المصدر - رويترز"), {"source": "رويترز"}, id="source-dash"),
    pytest.param(
        page(*BODY, "المصدر : سكاي نيوز عربية."),
        {"source": "سكاي نيوز عربية"},
        id="source-spaced-colon",
    ),
    pytest.param(
        page(*BODY, "نقلا عن وكالة الأنباء الألمانية"),
        {"source": "وكالة الأنباء الألمانية"},
        id="source-naqlan",
    ),
    pytest.param(
        page(*BODY, "نقلاً عن: الشرق الأوسط"), {"source": "الشرق الأوسط"}, id="source-naqlan-tanween"
    ),
    pytest.param(page(*BODY, "(المصدر: الأهرام)"), {"source": "الأهرام"}, id="source-in-brackets"),
    pytest.param(page(*BODY, "Source: Reuters"), {"source": "Reuters"}, id="source-english"),
    # --- share / subscribe / copyright / comments / ads / bylines -------------------------
    pytest.param(page("شارك الخبر", *BODY, "شارك"), {}, id="share-lines"),
    pytest.param(page(*BODY, "تابعونا على فيسبوك وتويتر"), {}, id="follow-us"),
    pytest.param(page(*BODY, "تابعوا آخر الأخبار عبر تطبيق تلغرام"), {}, id="follow-telegram"),
    pytest.param(page(*BODY, "اشترك في النشرة البريدية"), {}, id="subscribe"),
    pytest.param(page(*BODY, "للاشتراك في قناتنا على يوتيوب اضغط هنا"), {}, id="subscribe-youtube"),
    pytest.param(page("فيسبوك تويتر واتساب تلغرام", *BODY), {}, id="social-buttons"),
    pytest.param(page(*BODY, "جميع الحقوق محفوظة © 2024"), {}, id="copyright-arabic"),
    pytest.param(
        page(*BODY, "© 2024 Example News. All rights reserved."), {}, id="copyright-english"
    ),
    pytest.param(
        page(*BODY, "التعليقات", "مقال رائع، شكرا للكاتب على هذا التحليل المفيد جدا."),
        {},
        id="comments-section",
    ),
    pytest.param(page(B1, "إعلان", B2, B3), {}, id="advertisement-mid-body"),
    pytest.param(
        page("الرئيسية > أخبار > صحة", "كتب: محمد علي", "الأحد 14 يناير 2024 - 10:30 ص", *BODY),
        {},
        id="breadcrumb-byline-date",
    ),
    pytest.param(
        page(*BODY, "• " + H1, "• " + H2, "• " + H3),
        {"related": (H1, H2, H3)},
        id="bullet-headlines-at-end",
    ),
    pytest.param(
        page(H1, *BODY, H1),
        {"title": H1, "related": ()},
        id="repeated-headline",
    ),
    pytest.param(
        page(
            *BODY,
            "إقرأ أيضاً:",
            H2,
            "ارتفعت أسعار اللقاحات بنسبة 15 بالمئة.",
            "وعزا خبراء ذلك للطلب.",
        ),
        {"related": (H2,)},
        id="read-also-near-end-appended-article",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_furniture_leaves_the_body(text: str, expected: dict[str, Any]) -> None:
    cleaned = clean(text)
    assert cleaned.text.split("\n\n") == list(BODY)
    if "related" in expected:
        assert cleaned.related_headlines == expected["related"]
    if "keywords" in expected:
        assert cleaned.keywords == expected["keywords"]
    if "source" in expected:
        assert cleaned.source == expected["source"]
    if "title" in expected:
        assert cleaned.title == expected["title"]


@pytest.mark.parametrize(
    "text",
    [pytest.param(p.values[0], id=p.id) for p in CASES],
)
def test_body_spans_point_at_the_body_paragraphs(text: str) -> None:
    cleaned = clean(text)
    assert [text[s:e] for s, e in cleaned.body] == list(BODY)


@pytest.mark.parametrize(
    ("dateline", "source"),
    [
        ("الدوحة – قنا:", "قنا"),
        ("الجزائر - سبأنت", "سبأنت"),
        ("الرباط - ماب", "ماب"),
        ("طهران - إرنا", "إرنا"),
        ("سرت (ليبيا) (أ ف ب) –", "أ ف ب"),  # France 24: place (country) (agency) –
        ("باريس (أ ف ب)", "أ ف ب"),
    ],
)
def test_a_dateline_line_is_kept_apart_for_entities(dateline: str, source: str) -> None:
    from stream.pipeline import reading_spans

    text = page(dateline, *BODY)
    cleaned = clean(text)
    assert cleaned.source == source
    assert cleaned.dateline_span is not None
    assert text[slice(*cleaned.dateline_span)] == dateline
    assert dateline not in cleaned.text  # furniture for the reader
    spans = reading_spans(cleaned)
    assert spans[0] == cleaned.dateline_span and list(spans) == sorted(spans)


@pytest.mark.parametrize("label", ["مسقط - الرُّؤية", "وهج الخليج – مسقط"])
def test_a_dashed_label_above_the_first_paragraph_is_read_as_its_dateline(label: str) -> None:
    from stream.pipeline import reading_spans

    text = page("جامعة السلطان قابوس تحتفل بتخريج الدفعة الرابعة", label, *BODY)
    cleaned = clean(text)
    assert cleaned.dateline_span is not None
    assert text[slice(*cleaned.dateline_span)] == label
    assert label not in cleaned.text
    assert cleaned.dateline_span in reading_spans(cleaned)
    # a section label that is not right above the first paragraph stays furniture
    other = clean(page("محليات - اقتصاد", "جامعة السلطان قابوس تحتفل بتخريج الدفعة", *BODY))
    assert other.dateline_span is None


def test_a_photo_credit_with_a_copyright_sign_does_not_end_the_article() -> None:
    text = page("© AP Photo / Hussein Malla جندي من قوات الدعم السريع", *BODY)
    cleaned = clean(text)
    assert len(cleaned.body) == len(BODY)
    footer = clean(page(*BODY, "© 2025 جميع الحقوق محفوظة", "خبر آخر في ذيل الصفحة للقراءة"))
    assert len(footer.body) == len(BODY)
