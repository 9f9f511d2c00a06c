"""clean(): regressions from a blind run on real news pages (title taken from furniture, furniture
left in `text`). Every page here is crafted in the shape of what broke, never copied from one.
"""

from __future__ import annotations

from typing import Any

import pytest

from stream.pipeline.clean import clean

B1 = (
    "أعلن البنك المركزي، اليوم الخميس، رفع أسعار الفائدة بمقدار نقطتين مئويتين في محاولة "
    "للسيطرة على معدلات التضخم المرتفعة."
)
B2 = "وقال محافظ البنك في بيان إن القرار جاء بعد مراجعة شاملة لتطورات الأسعار في الأسواق المحلية."
B3 = "وأضاف أن اللجنة ستواصل متابعة المؤشرات الاقتصادية خلال الأشهر المقبلة وتتخذ ما يلزم."
BODY = (B1, B2, B3)
HEADLINE = "البنك المركزي يرفع أسعار الفائدة لكبح التضخم"


def page(*lines: str) -> str:
    return "\n\n".join(lines)


def assert_body_kept(text: str, *paragraphs: str) -> None:
    for p in paragraphs:
        assert p in text, p


# --- the title is taken from furniture ---------------------------------------------------------
TITLE_CASES = [
    pytest.param(
        page(
            "الإشراف العام\nسامي العلي\nرئيس التحرير\nمحمــود فــؤاد",
            "الإشراف العام\nسامي العلي\nرئيس التحرير\nمحمــود فــؤاد",
            HEADLINE,
            *BODY,
        ),
        HEADLINE,
        ["الإشراف العام", "سامي العلي", "رئيس التحرير", "محمــود فــؤاد"],
        id="masthead-printed-twice-with-tatweel-names",
    ),
    pytest.param(
        page("رئيس مجلس الإدارة", "كريم عادل نصر", "مدير التحرير", "هالة يوسف", HEADLINE, *BODY),
        HEADLINE,
        ["رئيس مجلس الإدارة", "كريم عادل نصر", "مدير التحرير", "هالة يوسف"],
        id="chairman-and-managing-editor-labels",
    ),
    pytest.param(
        page("رئيس التحرير: نادر الشامي", HEADLINE, *BODY),
        HEADLINE,
        ["نادر الشامي"],
        id="editor-in-chief-inline-name",
    ),
    pytest.param(
        page("بوابة النهار\nبوابة النهار الإخبارية", HEADLINE, *BODY),
        HEADLINE,
        ["بوابة النهار"],
        id="site-name-above-headline",
    ),
    pytest.param(
        page("في Monday 3 March, 2025", HEADLINE, *BODY),
        HEADLINE,
        ["Monday"],
        id="english-weekday-date-line",
    ),
    pytest.param(
        page(" date 2025-03-03 Advertisement", HEADLINE, "03-03-2025 | 10:45", *BODY),
        HEADLINE,
        ["2025-03-03", "Advertisement", "10:45"],
        id="date-prefix-and-advertisement",
    ),
    pytest.param(page("شؤون عربية", HEADLINE, *BODY), HEADLINE, ["شؤون عربية"], id="section-label"),
    pytest.param(
        page("الصورة من موقع الانفجار في المرفأ", HEADLINE, *BODY),
        HEADLINE,
        ["الصورة من"],
        id="photo-caption-al-sura-min",
    ),
    pytest.param(
        page(
            "حساب الجيش اللبناني على إكس",
            "آلية عسكرية وسط الركام في بلدة حدودية، 12 مارس 2025",
            HEADLINE,
            "قسم الأخبار",
            "منشور الأربعاء 12 آذار/مارس 2025",
            *BODY,
        ),
        HEADLINE,
        ["حساب الجيش", "آلية عسكرية", "قسم الأخبار", "منشور"],
        id="social-credit-and-dated-caption",
    ),
    pytest.param(
        page("النبأ- عمان", *BODY), None, ["النبأ- عمان"], id="outlet-dateline-no-headline"
    ),
    pytest.param(page("سعر الصرف", *BODY), None, ["سعر الصرف\n"], id="two-word-tag-no-headline"),
    pytest.param(
        page("وزارة المالية المصرية", *BODY),
        None,
        ["وزارة المالية المصرية"],
        id="caption-no-headline",
    ),
    pytest.param(
        page(f"### {HEADLINE}", B1, "### تفاصيل القرار", B2, B3),
        HEADLINE,
        ["###"],
        id="markdown-heading-marks",
    ),
    pytest.param(
        page(f"{HEADLINE} | أخبار", *BODY), HEADLINE, ["| أخبار"], id="site-suffix-after-bar"
    ),
    pytest.param(
        page(f"{HEADLINE} ....", f"{HEADLINE} ....", *BODY),
        f"{HEADLINE} ....",
        [],
        id="ellipsis-headline-printed-twice",
    ),
    pytest.param(
        page('82.40 دولار سعر برميل خام "برنت"', *BODY),
        '82.40 دولار سعر برميل خام "برنت"',
        [],
        id="number-led-headline-is-not-a-numbered-bullet",
    ),
    pytest.param(
        page(HEADLINE, f"{HEADLINE}مبنى البنك المركزي", "البنك المركزي", *BODY),
        HEADLINE,
        ["مبنى البنك"],
        id="headline-repeated-glued-to-caption",
    ),
    pytest.param(
        page("أخبار المدينة logo", HEADLINE, "صورة توضيحية", *BODY),
        HEADLINE,
        ["logo", "توضيحية"],
        id="site-logo-and-illustrative-photo-label",
    ),
    pytest.param(
        page(" date 2025-03-03 أخبار|الشرق الأوسط", HEADLINE, *BODY),
        HEADLINE,
        ["أخبار|", "الشرق الأوسط"],
        id="date-prefix-then-breadcrumb-label",
    ),
    pytest.param(
        page(HEADLINE, "أخبار الاقتصاد العربي اليوم", "أخبار الاقتصاد العربي اليوم", *BODY),
        HEADLINE,
        ["أخبار الاقتصاد"],
        id="four-word-section-label-printed-twice",
    ),
    pytest.param(
        page(f"{HEADLINE} وسط توقعات بمزيد من الزيادات", HEADLINE, *BODY),
        f"{HEADLINE} وسط توقعات بمزيد من الزيادات",
        [f"{HEADLINE}\n"],  # not left in the text as a line of its own
        id="shorter-form-of-the-headline",
    ),
    pytest.param(
        page(HEADLINE, "تابع أحدث الأخبار عبر تطبيق نبض", *BODY),
        HEADLINE,
        ["تابع أحدث"],
        id="follow-the-latest-news-call",
    ),
    pytest.param(
        page(HEADLINE, "الجيش السوري", "دمشق\nدمشق", "وزير الخارجية الأردني", *BODY),
        HEADLINE,
        ["الجيش السوري", "دمشق", "وزير الخارجية الأردني"],
        id="tag-and-caption-labels-between-headline-and-body",
    ),
]


@pytest.mark.parametrize(("text", "title", "furniture"), TITLE_CASES)
def test_title_is_not_furniture(text: str, title: str | None, furniture: list[str]) -> None:
    cleaned = clean(text)
    assert cleaned.title == title
    for f in furniture:
        assert f not in cleaned.text + "\n", f
        assert cleaned.title is None or f not in cleaned.title
    assert_body_kept(cleaned.text, B1, B2, B3)
    if title is None:
        assert cleaned.title_span is None
    else:
        assert cleaned.title_span is not None
        start, end = cleaned.title_span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == title


# --- furniture left in the body ----------------------------------------------------------------
FURNITURE_CASES: list[Any] = [
    pytest.param(
        page(HEADLINE, "كتب- سامي العلي:", *BODY), ["سامي العلي"], {}, id="byline-kataba-dash"
    ),
    pytest.param(page(f" date 2025-01-05 {B1}", B2, B3), ["date", "2025"], {}, id="date-prefix"),
    pytest.param(page(f"2025-01-05 {B1}", B2, B3), ["2025-01-05"], {}, id="iso-date-prefix"),
    pytest.param(
        page(HEADLINE, "محليات05-01-2025 | 10:30", *BODY),
        ["محليات"],
        {},
        id="section-glued-to-date",
    ),
    pytest.param(
        page(HEADLINE, "منشور الأحد 5 كانون الثاني/يناير 2025", *BODY),
        ["منشور"],
        {},
        id="published-weekday-date",
    ),
    pytest.param(
        page(HEADLINE, *BODY[:1], "موظفون أمام مقر البنك في وسط العاصمة (أ.ف.ب)", *BODY[1:]),
        ["موظفون أمام"],
        {},
        id="caption-afp-credit",
    ),
    pytest.param(
        page(B1, "محافظ البنك خلال المؤتمر الصحفي (رويترز)", B2, B3),
        ["محافظ البنك خلال"],
        {},
        id="caption-reuters-credit",
    ),
    pytest.param(
        page(B1, "واجهة مبنى البنك المركزي (Getty Images)", B2, B3),
        ["واجهة مبنى"],
        {},
        id="caption-getty-credit",
    ),
    pytest.param(
        page(HEADLINE, "مقر البنك المركزي أرشيفية", *BODY),
        ["مقر البنك المركزي أرشيفية"],
        {},
        id="caption-archive-photo",
    ),
    pytest.param(
        page(HEADLINE, *BODY, "تعليقات", "مقال رئيس التحرير", "محمــد ســالم"),
        ["رئيس التحرير", "محمــد ســالم"],
        {},
        id="editor-column-after-comments",
    ),
    pytest.param(
        page(*BODY, "هذا المحتوى مطبوع من موقع النهار"),
        ["مطبوع"],
        {},
        id="printed-from-site-footer",
    ),
    pytest.param(
        page(*BODY, "This article was printed from Al-Nahar"),
        ["printed"],
        {},
        id="printed-from-site-footer-english",
    ),
    pytest.param(page(*BODY, "شاهد الهدف"), ["شاهد"], {}, id="watch-the-goal"),
    pytest.param(page(B1, "شاهد الفيديو", B2, B3), ["شاهد"], {}, id="watch-the-video"),
    pytest.param(page(B1, B2, "شاهد بالفيديو", B3), ["شاهد"], {}, id="watch-with-video"),
    pytest.param(
        page(
            B1, "بيان الحكومة 3_3_2025م pic.twitter.com/AbCd123— الناطق (@gov_sp) March 3, 2025", B2
        ),
        ["pic.twitter", "@gov_sp"],
        {},
        id="embedded-post-signature",
    ),
    pytest.param(
        page(
            B1,
            "Our troops reached the northern border today. #Update https://t.co/xYz12",
            "— Ministry of Defense (@mod_news) March 3, 2025",
            B2,
        ),
        ["troops", "@mod_news"],
        {},
        id="english-post-above-its-signature",
    ),
    pytest.param(
        page(B1, "Markets rallied after the decision pic.twitter.com/Qw12", B2, B3),
        ["Markets", "pic.twitter"],
        {},
        id="english-post-with-image-link",
    ),
    pytest.param(
        page(HEADLINE, B1, B2, "الاقتصاد، البنك المركزي، أسعار الفائدة، التضخم", B3),
        ["الاقتصاد،"],
        {"keywords": ("الاقتصاد", "البنك المركزي", "أسعار الفائدة", "التضخم")},
        id="comma-tag-line-without-marker",
    ),
    pytest.param(
        page(HEADLINE, *BODY, "البنك المركزي أسعار الفائدة التضخم"),
        ["أسعار الفائدة التضخم"],
        {"keywords": ("البنك المركزي", "أسعار الفائدة", "التضخم")},
        id="closing-tag-line-of-page-words",
    ),
]


@pytest.mark.parametrize(("text", "furniture", "expected"), FURNITURE_CASES)
def test_furniture_is_not_left_in_text(
    text: str, furniture: list[str], expected: dict[str, Any]
) -> None:
    cleaned = clean(text)
    for f in furniture:
        assert f not in cleaned.text, f
    assert_body_kept(cleaned.text, B1, B2)
    if "keywords" in expected:
        assert cleaned.keywords == expected["keywords"]


def test_leading_date_prefix_leaves_the_lead_clean() -> None:
    cleaned = clean(page(f" date 2025-01-05 {B1}", B2))
    assert cleaned.text.startswith(B1)
    assert cleaned.body[0][0] == page(f" date 2025-01-05 {B1}", B2).index(B1)


# --- body text that looks like the new furniture shapes ----------------------------------------
KEPT_CASES = [
    pytest.param(
        page("رئيس مجلس الإدارة يستقيل بعد خسائر الشركة", *BODY),
        "رئيس مجلس الإدارة يستقيل بعد خسائر الشركة",
        [],
        id="headline-about-a-chairman",
    ),
    pytest.param(
        page("زلزال يضرب تركيا", *BODY), "زلزال يضرب تركيا", [], id="three-word-verb-headline"
    ),
    pytest.param(
        page(HEADLINE, B1, "خلفيات القرار", B2, B3),
        HEADLINE,
        ["خلفيات القرار"],
        id="mid-body-two-word-subheading",
    ),
    pytest.param(
        page(HEADLINE, *BODY, "وتترقب الأسواق ردود فعل المستثمرين على القرار"),
        HEADLINE,
        ["وتترقب الأسواق ردود فعل المستثمرين على القرار"],
        id="closing-line-without-full-stop",
    ),
    pytest.param(
        page(HEADLINE, *BODY, "المستثمرون يترقبون قرارات الحكومة المقبلة"),
        HEADLINE,
        ["المستثمرون يترقبون قرارات الحكومة المقبلة"],
        id="closing-line-with-new-words-is-not-tags",
    ),
    pytest.param(
        page(HEADLINE, B1, "الصورة من الداخل تبدو أكثر قتامة، بحسب موظفين في البنك.", B2),
        HEADLINE,
        ["الصورة من الداخل تبدو أكثر قتامة"],
        id="sentence-opening-with-al-sura",
    ),
    pytest.param(
        page(HEADLINE, B1, "وعقد الاجتماع الأخير للجنة في القاهرة، 19 أكتوبر 2024.", B2),
        HEADLINE,
        ["وعقد الاجتماع الأخير"],
        id="sentence-ending-with-a-date",
    ),
    pytest.param(
        page(HEADLINE, "2023-24 كان موسما صعبا للبنوك المحلية، بحسب التقرير السنوي.", B1, B2),
        HEADLINE,
        ["2023-24 كان موسما صعبا"],
        id="paragraph-opening-with-a-season",
    ),
    pytest.param(
        page(HEADLINE, B1, "زار الوزير القاهرة، عمان، بيروت، دمشق.", B2),
        HEADLINE,
        ["زار الوزير القاهرة، عمان، بيروت، دمشق."],
        id="enumeration-sentence-is-not-a-tag-line",
    ),
    pytest.param(
        page(
            HEADLINE, B1, "وجاء تشكيل الفريق على النحو التالي:", "سامي علي، أحمد حسن، كريم نصر", B2
        ),
        HEADLINE,
        ["سامي علي، أحمد حسن، كريم نصر"],
        id="line-up-after-a-colon-is-not-a-tag-line",
    ),
    pytest.param(
        page(HEADLINE, B1, "شاهد عيان: سمعنا دوي انفجارين قرب المطار.", B2),
        HEADLINE,
        ["شاهد عيان"],
        id="eyewitness-is-not-watch-video",
    ),
    pytest.param(
        page(HEADLINE, B1, "وقال رئيس التحرير إن الصحيفة ستواصل تغطية الأزمة.", B2),
        HEADLINE,
        ["وقال رئيس التحرير"],
        id="editor-in-chief-in-a-sentence",
    ),
]


@pytest.mark.parametrize(("text", "title", "kept"), KEPT_CASES)
def test_body_like_furniture_is_kept(text: str, title: str | None, kept: list[str]) -> None:
    cleaned = clean(text)
    assert cleaned.title == title
    assert_body_kept(cleaned.text, B1, B2, *kept)


def test_marker_lines_above_the_headline_still_give_metadata() -> None:
    cleaned = clean(
        page("المصدر: رويترز", "الوسوم: البنك المركزي، التضخم", "شؤون عربية", HEADLINE, *BODY)
    )
    assert cleaned.title == HEADLINE
    assert cleaned.source == "رويترز"
    assert cleaned.keywords == ("البنك المركزي", "التضخم")
    assert cleaned.text == page(*BODY)
