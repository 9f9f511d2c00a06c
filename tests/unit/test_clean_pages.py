"""clean() on whole pages laid out the way different outlets lay them out (fixtures)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from stream.pipeline.clean import clean

RESOURCES = Path(__file__).parents[1] / "resources" / "cleaning"

PAGES = [
    pytest.param(
        "page-youm7",
        {
            "title": "وزير الصحة: 120 إصابة جديدة بالحصبة.. والوزارة ترفع درجة الاستعداد",
            "paragraphs": 3,
            "first": "أعلنت وزارة الصحة والسكان",
            "last": "وأضاف أن الوزارة رفعت",
            "related": ("وزير الصحة يتفقد مستشفيات الصعيد ويوجه بسرعة الانتهاء من التطوير",),
            "absent": ("كتب محمد أحمد", "تابعونا", "الأحد، 14 يناير"),
        },
        id="byline-date-mid-body-read-also-telegram-call",
    ),
    pytest.param(
        "page-skynews",
        {
            "title": "الجيش السوداني يعلن استعادة مواقع في الخرطوم",
            "paragraphs": 3,
            "first": "أعلن الجيش السوداني",
            "last": "في المقابل، نفت قوات الدعم السريع",
            "related_count": 3,
            "source": "سكاي نيوز عربية",  # from the dateline, the page has no source line
            "absent": ("سكاي نيوز عربية", "نشر في"),
        },
        id="dateline-line-most-read-at-end",
    ),
    pytest.param(
        "page-aawsat",
        {
            "title": None,
            "paragraphs": 3,
            "first": "قالت الحكومة البريطانية",
            "last": "ويأتي القرار",
            "source": "رويترز",
            "keywords": ("إيران", "بريطانيا", "العقوبات"),
            "absent": ("«الشرق الأوسط»", "صورة أرشيفية", "(رويترز)"),
        },
        id="quoted-outlet-dateline-photo-note-agency-credit-topic-list",
    ),
    pytest.param(
        "page-sidebar",
        {
            "title": "ارتفاع معدل التضخم في منطقة اليورو إلى 2.9 بالمئة",
            "paragraphs": 5,
            "first": "أظهرت بيانات رسمية",
            "last": "وكان البنك قد رفع",
            "related": ("أسعار الذهب اليوم في مصر", "مواعيد مباريات اليوم"),
        },
        id="most-read-sidebar-inside-the-article",
    ),
    pytest.param(
        "page-english",
        {
            "title": "Egypt reports 120 new measles cases",
            "paragraphs": 3,
            "first": "Egypt's health ministry",
            "last": "He added that",
            "keywords": ("Egypt", "measles", "health"),
            "related": (
                "WHO warns of new measles wave in the region",
                "Vaccine prices rise on global markets",
            ),
            "absent": ("By Jane Smith", "Advertisement", "Share this", "Published"),
        },
        id="english-page",
    ),
    pytest.param(
        "page-alarabiya",
        {
            "title": None,
            "paragraphs": 3,
            "first": "قتل 12 شخصا",
            "last": "ومنذ بداية العام",
            "source": "العربية.نت - وكالات",
            "related": ("بالفيديو.. لحظة قصف سوق شعبي في إدلب",),
            "absent": ("دبي - العربية.نت",),
        },
        id="outlet-dateline-watch-also-source",
    ),
]


PAGES.append(
    pytest.param(
        "page-no-full-stops",
        {
            "title": "الحكومة تطلق خطة لدعم الصادرات",
            "paragraphs": 3,
            "first": "أعلنت الحكومة المصرية",
            "last": "وأضاف الوزير أن الحكومة ستوفر",
            "source": "بوابة الأهرام",
            "keywords": ("الصادرات", "الزراعة"),
            "absent": ("يتفقد الحقول", "الطماطم"),
        },
        id="outlet-without-final-full-stops",
    )
)


@pytest.mark.parametrize(("name", "expected"), PAGES)
def test_page(name: str, expected: dict[str, Any]) -> None:
    text = (RESOURCES / f"{name}.txt").read_text(encoding="utf-8")
    cleaned = clean(text)
    paragraphs = cleaned.text.split("\n\n")
    assert cleaned.title == expected["title"]
    assert len(paragraphs) == expected["paragraphs"]
    assert paragraphs[0].startswith(expected["first"])
    assert paragraphs[-1].startswith(expected["last"])
    assert cleaned.source == expected.get("source")
    assert cleaned.keywords == expected.get("keywords", ())
    if "related" in expected:
        assert cleaned.related_headlines == expected["related"]
    if "related_count" in expected:
        assert len(cleaned.related_headlines) == expected["related_count"]
    for fragment in expected.get("absent", ()):
        assert fragment not in cleaned.text
    assert [text[s:e] for s, e in cleaned.body] == paragraphs


def test_seed_flattened_onto_one_line() -> None:
    seed = (RESOURCES / "seed-article-ar.txt").read_text(encoding="utf-8")
    flat = " ".join(seed.split())
    cleaned = clean(flat)
    assert cleaned.source == "البوابة نيوز"
    assert cleaned.keywords == (
        "إسرائيل",
        "أوكرانيا",
        "الولايات المتحدة",
        "اليابان",
        "الشرق الأوسط",
    )
    assert len(cleaned.related_headlines) == 9
    assert cleaned.text.startswith("بحثت الولايات المتحدة")
    assert cleaned.text.endswith("ووزيرة التجارة الأمريكية جينا ريموندو.")
    assert "بحث الرئيس التركي" not in cleaned.text


@pytest.mark.parametrize(
    ("flat", "text", "source", "keywords"),
    [
        pytest.param(
            "أعلنت الحكومة خطة جديدة. وقال الوزير إنها طموحة. المصدر: وكالات",
            "أعلنت الحكومة خطة جديدة. وقال الوزير إنها طموحة.",
            "وكالات",
            (),
            id="flat-source",
        ),
        pytest.param(
            "أعلنت الحكومة خطة جديدة للنقل. الوسوم: الحكومة، النقل",
            "أعلنت الحكومة خطة جديدة للنقل.",
            None,
            ("الحكومة", "النقل"),
            id="flat-tags",
        ),
        pytest.param(
            "وقال المصدر: لا تعليق. وأضاف أن الاجتماع انتهى.",
            "وقال المصدر: لا تعليق. وأضاف أن الاجتماع انتهى.",
            None,
            (),
            id="flat-source-word-in-a-quote-stays",
        ),
        pytest.param(
            "قال الوزير إن الخطة جاهزة. المصدر ذاته أكد أن التنفيذ يبدأ غدا.",
            "قال الوزير إن الخطة جاهزة. المصدر ذاته أكد أن التنفيذ يبدأ غدا.",
            None,
            (),
            id="flat-source-word-starting-a-sentence-stays",
        ),
    ],
)
def test_flattened_furniture(
    flat: str, text: str, source: str | None, keywords: tuple[str, ...]
) -> None:
    cleaned = clean(flat)
    assert cleaned.text == text
    assert cleaned.source == source
    assert cleaned.keywords == keywords
