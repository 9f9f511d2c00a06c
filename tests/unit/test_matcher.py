"""Clitic-aware token-trie matching (shared by entities and categories)."""

from __future__ import annotations

import pytest

from stream.pipeline.matcher import TermMatcher, pattern_tokens, stem_candidates


@pytest.fixture(scope="module")
def matcher() -> TermMatcher[str]:
    return TermMatcher(
        [
            ("اليمن", "yemen"),
            ("الولايات المتحدة", "us"),
            ("الولايات المتحدة الأمريكية", "usa"),
            ("البحر الأحمر", "red-sea"),
            ("بحر الصين الجنوبي", "scs"),
            ("الصين", "china"),
            ("بلينكن", "blinken"),
            ("Red Sea", "red-sea-en"),
            ("أ ف ب", "afp"),
            ("العربية.نت", "alarabiya-net"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "surface", "payload", "clitic"),
    [
        pytest.param("واليمن", "اليمن", "yemen", "و", id="waw"),
        pytest.param("فاليمن", "اليمن", "yemen", "ف", id="fa"),
        pytest.param("باليمن", "اليمن", "yemen", "ب", id="ba"),
        pytest.param("لليمن", "ليمن", "yemen", "ل", id="lil-elided-alef"),
        pytest.param("وباليمن", "اليمن", "yemen", "وب", id="waw-ba"),
        pytest.param("وبلينكن", "بلينكن", "blinken", "و", id="waw-on-name"),
        pytest.param("لبلينكن", "بلينكن", "blinken", "ل", id="lam-on-name"),
        pytest.param("كالولايات المتحدة", "الولايات المتحدة", "us", "ك", id="kaf-multiword"),
    ],
)
def test_proclitics(
    matcher: TermMatcher[str], text: str, surface: str, payload: str, clitic: str
) -> None:
    (m,) = matcher.find(text)
    assert text[m.start : m.end] == surface
    assert m.payloads == (payload,)
    assert m.clitic == clitic


@pytest.mark.parametrize(
    ("text", "payloads"),
    [
        pytest.param("في بحر الصين الجنوبي", ["scs"], id="longest-wins"),
        pytest.param("الولايات المتحدة الأمريكية", ["usa"], id="longest-multiword"),
        pytest.param("الولايات المتحدة والصين", ["us", "china"], id="two-matches"),
        pytest.param("اليمنية", [], id="token-boundary"),
        pytest.param("الولايات، المتحدة", [], id="punctuation-breaks-term"),
        pytest.param("البحر\nالأحمر", [], id="newline-breaks-term"),
        pytest.param("البحر-الأحمر", ["red-sea"], id="hyphen-joins"),
        pytest.param("in the Red Sea", ["red-sea-en"], id="english-case-insensitive"),
        pytest.param("البحر الاحمر", ["red-sea"], id="hamza-normalized"),
        pytest.param("صورة أرشيفية (أ.ف.ب)", ["afp"], id="abbreviation-with-dots"),
        pytest.param("الولايات. المتحدة", [], id="full-stop-breaks-words"),
        pytest.param("لـ«العربية.نت»", ["alarabiya-net"], id="site-with-its-domain"),
        pytest.param("العربية. نت", [], id="domain-needs-the-bare-dot"),
    ],
)
def test_longest_match_and_boundaries(
    matcher: TermMatcher[str], text: str, payloads: list[str]
) -> None:
    assert [m.payloads[0] for m in matcher.find(text)] == payloads


def test_spans_and_token_index(matcher: TermMatcher[str]) -> None:
    text = "اليمن ثم الصين"
    found = matcher.find(text, [(6, len(text))])
    assert [(text[m.start : m.end], m.index) for m in found] == [("الصين", 1)]


def test_shared_pattern_keeps_every_payload() -> None:
    m = TermMatcher([("عمان", "oman"), ("عمّان", "amman")])
    (match,) = m.find("في عمان")
    assert set(match.payloads) == {"oman", "amman"}


@pytest.mark.parametrize(
    ("token", "stems"),
    [
        pytest.param("والصين", {"والصين", "الصين", "صين"}, id="waw-article"),
        pytest.param("لليمن", {"لليمن", "ليمن", "اليمن", "يمن"}, id="lil"),
        pytest.param("بن", {"بن"}, id="short-word-kept"),
        pytest.param("Blinken", {"Blinken"}, id="latin-untouched"),
    ],
)
def test_stem_candidates(token: str, stems: set[str]) -> None:
    assert {s for s, _ in stem_candidates(token)} == stems


def test_pattern_without_letters_is_rejected() -> None:
    assert pattern_tokens("...") == ()
    with pytest.raises(ValueError, match="no letters"):
        TermMatcher([("...", "x")])


@pytest.mark.parametrize(
    ("patterns", "text", "expected"),
    [
        pytest.param(
            [("دولة الإمارات", "uae-short"), ("الإمارات العربية المتحدة", "uae")],
            "وصل إلى دولة الإمارات العربية المتحدة أمس",
            [("الإمارات العربية المتحدة", "uae")],
            id="head-before-longer-name",
        ),
        pytest.param(
            [("دولة الإمارات", "uae-short"), ("الإمارات العربية المتحدة", "uae")],
            "وصل إلى دولة الإمارات أمس",
            [("دولة الإمارات", "uae-short")],
            id="head-kept-when-nothing-longer",
        ),
    ],
)
def test_later_match_reaching_further_wins(
    patterns: list[tuple[str, str]], text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(text[m.start : m.end], m.payloads[0]) for m in TermMatcher(patterns).find(text)]
    assert found == expected
