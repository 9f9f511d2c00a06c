"""normalize(): one rule at a time, offsets back to the original text, and the 1 MB budget."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from stream.pipeline import normalize as nm
from stream.pipeline.clean import clean
from stream.pipeline.normalize import normalize, normalize_str

SEED = (Path(__file__).parents[1] / "resources" / "cleaning" / "seed-article-ar.txt").read_text(
    encoding="utf-8"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("الولایات فی", "الولايات في", id="farsi-yeh"),
        pytest.param("کتاب", "كتاب", id="keheh"),
        pytest.param("گاز پترول چای", "كاز بترول جاي", id="persian-letters"),
        pytest.param("ۃ ے ٹ", "ه ي ت", id="urdu-letters"),
        pytest.param("ڤ ۆ ە ڭ ٺ", "ف و ه ك ت", id="rare-letters-via-arclean"),
        pytest.param("ٵ ٸ", "ا ي", id="high-hamza-letters"),
        pytest.param("أعلنـــت", "اعلنت", id="tatweel"),
        pytest.param("مقـ.ـتل تحـ.ـرير الشـ•ـام", "مقتل تحرير الشام", id="word-split-by-dot"),
        pytest.param("و.م.ع أ.ف.ب انتهى.وقال", "و.م.ع ا.ف.ب انتهي.وقال", id="dots-kept"),
        pytest.param("قَالَ الرَّئِيسُ مُسْتَقِرٌّ", "قال الرئيس مستقر", id="diacritics"),
        pytest.param("أإآٱا", "ااااا", id="alef-variants"),
        pytest.param("مستشفى على", "مستشفي علي", id="alef-maksura"),
        pytest.param("مدينة", "مدينه", id="teh-marbuta"),
        pytest.param("٢٠٢٤ ۱۴۰۲", "2024 1402", id="arabic-indic-and-persian-digits"),
        pytest.param("٣٫٥٪ و١٬٠٠٠", "3.5% و1,000", id="arabic-decimal-percent-thousands"),
        pytest.param("قال، ثم؛ لماذا؟", "قال, ثم; لماذا?", id="arabic-punctuation"),
        pytest.param(
            "«نجاح» “جيد” ‘x’ – — …", '"نجاح" "جيد" \'x\' - - ...', id="typographic-punctuation"
        ),
        pytest.param("a\u00a0b\u2009c\u3000d\te", "a b c d e", id="odd-spaces"),
        pytest.param("ab\u200bc\u200c\u200dd\ufeff", "abcd", id="zero-width"),
        pytest.param(
            "\u202bنص\u202c \u200fمكتوب\u200e \u2067x\u2069", "نص مكتوب x", id="bidi-controls"
        ),
        pytest.param("\ufefb \ufdf2 \ufe8d\ufee0", "لا الله ال", id="presentation-forms"),
        pytest.param("ﷺ", "صلي الله عليه وسلم", id="phrase-ligature-with-spaces"),
        pytest.param("COVID-19 Reuters", "covid-19 reuters", id="latin-lowercase"),
        pytest.param("ＡＢＣ１２", "abc12", id="fullwidth"),
        pytest.param("  a  \n\n  b  ", "a\nb", id="whitespace-runs"),
        pytest.param("a \u0651 b", "a b", id="mark-between-spaces"),
        pytest.param("", "", id="empty"),
        pytest.param("\u0640\u200b\u064b", "", id="only-invisible"),
    ],
)
def test_normalize_rules(text: str, expected: str) -> None:
    assert normalize(text).text == expected
    assert normalize_str(text) == expected
    assert nm._normalize_reference(text).text == expected


@pytest.mark.parametrize(
    "rule",
    [
        nm.join_split_words,
        nm.strip_invisible,
        nm.unify_spaces,
        nm.unicode_compat,
        nm.ascii_punctuation,
        nm.ascii_digits,
        nm.dediacritize,
        nm.unify_letters,
        nm.fold_case,
    ],
    ids=lambda f: f.__name__,
)
def test_each_rule_is_idempotent(rule: object) -> None:
    assert callable(rule)
    sample = "أعلنـــتِ الولایات ١٢٣ «نعم»، ﻻ Ａb\u200b\u00a0…"
    once = rule(sample)
    assert rule(once) == once


@pytest.mark.parametrize(
    ("text", "needle", "original"),
    [
        pytest.param("وقال بلينكن الیوم", "اليوم", "الیوم", id="farsi-yeh-span"),
        pytest.param("في الشَّرْقِ الأوسط", "الشرق", "الشَّرْقِ", id="diacritics-span"),
        pytest.param("أعلنـــت الحكومة", "اعلنت", "أعلنـــت", id="tatweel-span"),
        pytest.param("مقتل مسلـ.ـحي الفصيلين", "مسلحي", "مسلـ.ـحي", id="split-word-span"),
        pytest.param("زار \ufefbهور", "لاهور", "\ufefbهور", id="ligature-span"),
        pytest.param("عام ٢٠٢٤ م", "2024", "٢٠٢٤", id="digits-span"),
        pytest.param(
            "الأمم\u00a0\u00a0المتحدة", "الامم المتحده", "الأمم\u00a0\u00a0المتحدة", id="nbsp-span"
        ),
    ],
)
def test_spans_map_back_to_the_original(text: str, needle: str, original: str) -> None:
    norm = normalize(text, offset=7)
    i = norm.text.index(needle)
    start, end = norm.span(i, i + len(needle))
    assert text[start - 7 : end - 7] == original


def test_span_rejects_empty_and_out_of_range() -> None:
    norm = normalize("نص")
    with pytest.raises(ValueError):
        norm.span(1, 1)
    with pytest.raises(ValueError):
        norm.span(0, 5)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("a\ufdd0b \u064b\ufdd1 c", id="noncharacters-in-text"),
        pytest.param("".join(map(chr, range(0xFDD0, 0xFDF0))) + " ن\u064bص", id="all-marks-taken"),
        pytest.param("قال ﷺ  \ufdfa\n ثم", id="phrase-ligatures-next-to-spaces"),
    ],
)
def test_fast_path_equals_reference_on_awkward_text(text: str) -> None:
    assert normalize(text, offset=3) == nm._normalize_reference(text, offset=3)


def test_fast_path_equals_reference_on_the_seed() -> None:
    assert normalize(SEED) == nm._normalize_reference(SEED)
    assert normalize(SEED, offset=100) == nm._normalize_reference(SEED, offset=100)


def test_one_megabyte_cleans_and_normalizes_in_well_under_a_second() -> None:
    body = "\n\n".join(SEED.split("\n\n")[:17])
    big = ((body + "\n\n") * 300)[:1_000_000]
    clean(big[:1000])  # warm caches
    started = time.process_time()  # CPU time: other processes on the machine do not count
    cleaned = clean(big)
    normalize(big)
    elapsed = time.process_time() - started
    assert cleaned.body
    # ~0.5 s on a laptop core; the bound catches accidental quadratic work, not jitter.
    assert elapsed < 2.0


@pytest.mark.parametrize(
    ("first", "last"),
    [
        pytest.param(0x0000, 0x07FF, id="latin-greek-cyrillic-arabic"),
        pytest.param(0x0800, 0x08FF, id="arabic-extended"),
        pytest.param(0x2000, 0x2BFF, id="punctuation-symbols"),
        pytest.param(0x3000, 0x30FF, id="cjk-punctuation-kana"),
        pytest.param(0xFB00, 0xFFFF, id="presentation-forms-fullwidth"),
    ],
)
def test_every_character_normalizes_to_a_fixed_point(first: int, last: int) -> None:
    for code in range(first, last + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        mapped = normalize_str(chr(code))
        assert normalize_str(mapped) == mapped, hex(code)
