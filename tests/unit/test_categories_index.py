"""The classifier's one-pass index: same matches as TermMatcher per channel, indefinite forms."""

from __future__ import annotations

import pytest

from stream.pipeline.categories import (
    CategoryClassifier,
    Taxonomy,
    _Found,
    _indefinite,
    _Index,
    _region,
)
from stream.pipeline.matcher import TermMatcher, tokenize
from stream.pipeline.normalize import normalize

# Two channels with overlapping patterns: each must be matched leftmost-longest on its own.
CHANNEL_A = ["البحر الأحمر", "البحر", "باب المندب", "حوثيين", "الحرب في أوكرانيا", "Red Sea"]
CHANNEL_B = ["البحر الأحمر السينمائي", "الأحمر", "أوكرانيا", "كوفيد-19", "sea"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("هاجم الحوثيين سفينة في البحر الأحمر قرب باب المندب.", id="plain"),
        pytest.param("وبالبحر الأحمر وللحوثيين والحرب في أوكرانيا", id="clitics"),
        pytest.param("مهرجان البحر الأحمر السينمائي والبحر الأحمر", id="overlapping-longest"),
        pytest.param("البحر\nالأحمر ليس عبارة واحدة هنا", id="line-break-splits-a-term"),
        pytest.param("ارتفعت إصابات كوفيد-19، وقال خبراء Red Sea shipping", id="hyphen-and-latin"),
        pytest.param("البحـــر الأحمَر ، باب  المندب", id="tatweel-diacritics-spaces"),
        pytest.param("", id="empty"),
    ],
)
def test_index_matches_term_matcher_per_channel(text: str) -> None:
    index = _Index()
    for pattern in CHANNEL_A:
        index.add(pattern, (0, 0), pattern)
    for pattern in CHANNEL_B:
        index.add(pattern, (1, 0), pattern)
    norm = normalize(text)
    region = _region(norm, 0, [0] * len(tokenize(norm)), title=False)
    found: dict[tuple[int, int], list[_Found]] = {}
    index.scan(region, found)
    for channel, patterns in (((0, 0), CHANNEL_A), ((1, 0), CHANNEL_B)):
        matcher = TermMatcher((p, p) for p in patterns)
        # Same terms in the same order, ending at the same place. (TermMatcher's start skips
        # the proclitic; the index keeps the token start, which is all the classifier needs.)
        expected = [(m.payloads, m.end) for m in matcher.find(text)]
        got = [(f.payloads, region.span(f.index, f.length)[1]) for f in found.get(channel, [])]
        assert got == expected, channel


@pytest.mark.parametrize(
    ("term", "variant"),
    [
        pytest.param("الإغلاق الحكومي", "اغلاق حكومي", id="noun-adjective"),
        pytest.param("الذكاء الاصطناعي", "ذكاء اصطناعي", id="hamza-normalized"),
        pytest.param("مجلس الشيوخ", None, id="construct-state-keeps-its-form"),
        pytest.param("الاقتصاد", None, id="single-word"),
        pytest.param("Red Sea", None, id="latin"),
    ],
)
def test_indefinite_form_of_definite_phrases(term: str, variant: str | None) -> None:
    assert _indefinite(term) == variant


def test_indefinite_text_matches_a_definite_term() -> None:
    classifier = CategoryClassifier(Taxonomy.load())
    text = "أطلقت الشركة نموذج ذكاء اصطناعي جديداً لتحليل الصور، وقالت إن الخوارزميات أسرع."
    evidence = classifier.explain(text)["technology"][1]
    assert "الذكاء الاصطناعي" in evidence
