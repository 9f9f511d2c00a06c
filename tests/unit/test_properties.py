"""Properties for any input string: cleaning and normalization never raise and keep their offsets.

Two generators: arbitrary Unicode text, and page-like text assembled from Arabic news lines,
furniture markers in several spellings, bullets, odd spaces and invisible characters.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from stream.pipeline import normalize as nm
from stream.pipeline.clean import MARKER_KINDS, clean, lead_sentence, line_kind
from stream.pipeline.fingerprint import simhash
from stream.pipeline.language import detect_language
from stream.pipeline.normalize import normalize, normalize_str

_PIECES = [
    "أعلنت وزارة الصحة اليوم تسجيل 120 إصابة جديدة، مشيرة إلى تحسن الوضع.",
    "وقال المصدر إن الاجتماع سيعقد الأسبوع المقبل.",
    "وأكد الوزير أيضا أن الحكومة ملتزمة بخطتها.",
    "الصحة العالمية تحذر من موجة جديدة",
    "اقرأ أيضا:",
    "إقرأ أيضاً: ",
    "اقـرأ ايضا - ",
    "Read also:",
    "مقالات مشابهة",
    "مواضيع ذات صلة",
    "الأكثر قراءة",
    "كلمات دلالية: ",
    "الوسوم: ",
    "وسوم",
    "Tags: ",
    "المصدر: ",
    "المصدر - وكالات",
    "نقلا عن ",
    "شارك",
    "تابعونا على فيسبوك",
    "جميع الحقوق محفوظة ©",
    "التعليقات",
    "• ",
    "- ",
    "1. ",
    "الولایات المتحدة فی",
    "قَالَ الرَّئِيسُ",
    "ـــ",
    "٢٠٢٤ ۱۴۰۲ 3.5",
    "COVID-19 Reuters",
    "\ufefb\ufdf2ﷺ",
    " ",
    "  ",
    "\u00a0",
    "\u200b",
    "\u200f",
    "\n",
    "\n\n",
    "\r\n",
    "\u2029",
    "\x1c",
    "\x00",
    "\x07",
    "\x9b",
    ":",
    ".",
    "؟",
]

page_text = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)
any_text = st.one_of(st.text(max_size=300), page_text)


def _check_normalized(text: str, offset: int) -> None:
    norm = normalize(text, offset=offset)
    assert len(norm.text) == len(norm.starts) == len(norm.ends)
    assert norm.original_length == len(text)
    for start, end in zip(norm.starts, norm.ends, strict=True):
        assert offset <= start < end <= offset + len(text)
    assert list(norm.starts) == sorted(norm.starts)
    if norm.text:
        start, end = norm.span(0, len(norm.text))
        assert offset <= start < end <= offset + len(text)


@settings(max_examples=300, deadline=None)
@given(any_text, st.integers(min_value=0, max_value=1000))
def test_normalize_offsets_are_inside_the_original(text: str, offset: int) -> None:
    _check_normalized(text, offset)


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_normalize_is_idempotent_and_agrees_with_the_reference(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once
    assert normalize_str(text) == once
    assert normalize(text) == nm._normalize_reference(text)


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_clean_never_raises_and_body_spans_are_valid(text: str) -> None:
    cleaned = clean(text)
    previous_end = 0
    for start, end in cleaned.body:
        assert 0 <= start < end <= len(text)
        assert start >= previous_end  # reading order, no overlap
        previous_end = end
    paragraphs = [p for p in cleaned.text.split("\n\n") if p]
    assert len(paragraphs) == len(cleaned.body)
    lead_sentence(cleaned.text)
    detect_language(text)
    simhash(cleaned.text)


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_cleaned_text_holds_no_furniture_marker_lines(text: str) -> None:
    cleaned = clean(text)
    for line in cleaned.text.split("\n"):
        if line:
            assert line_kind(line) not in MARKER_KINDS, line


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_metadata_is_clean_text(text: str) -> None:
    cleaned = clean(text)
    for item in (*cleaned.keywords, *cleaned.related_headlines):
        assert item and item == item.strip() and "\n" not in item
    if cleaned.source is not None:
        assert cleaned.source.strip() == cleaned.source != ""
