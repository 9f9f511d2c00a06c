"""The wordfreq-derived word lists: how they are selected, and the packaged files' shape."""

from __future__ import annotations

import importlib.util
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest

from stream.pipeline.normalize import normalize_str

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def importer() -> ModuleType:
    path = ROOT / "scripts" / "import_wordfreq.py"
    spec = importlib.util.spec_from_file_location("import_wordfreq", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_family_names_keep_nisba_names_and_drop_adjectives_and_nouns(importer) -> None:
    freq = {
        "الشمري": 4.0,  # a family name: its feminine and bare forms are rare
        "الشمريه": 2.0,
        "شمري": 1.8,
        "الزراعي": 4.2,  # an adjective: the feminine is as frequent
        "الزراعيه": 4.5,
        "القاضي": 4.8,  # a noun: frequent without the article too
        "قاضي": 4.3,
        "الحسناوي": 2.4,  # rare, with no other form at all
        "المصري": 5.3,
        "المصريه": 5.3,
        "الوطن": 5.0,  # not a nisba
    }
    assert importer.family_names(freq) == ["الحسناوي", "الشمري"]


def test_frequencies_are_keyed_by_normalized_words(importer) -> None:
    table = {"مدينة": 5.0, "المدينة": 5.2, "المدينه": 4.0, "ذلك": 6.0, "2024": 5.0, "x": 1.0}
    freq = importer.frequencies(lambda w, lang: table[w], list(table))
    assert freq == {"مدينه": 5.0, "المدينه": 5.2, "ذلك": 6.0}


def test_article_words_are_nouns_that_take_the_article(importer) -> None:
    freq = {"دعم": 5.2, "الدعم": 5.0, "مهران": 3.3, "رمضان": 5.0, "الرمضان": 2.4, "فرض": 4.7}
    freq |= {"الفرض": 3.4, "ال": 6.0, "منزل": 2.5, "المنزل": 2.6}
    assert importer.article_words(freq) == ["دعم"]


@pytest.mark.parametrize(
    "name", ["common_words_ar.txt", "family_names_ar.txt", "article_words_ar.txt"]
)
def test_packaged_lists_are_normalized_sorted_and_attributed(name: str) -> None:
    lines = resources.files("stream.resources").joinpath(name).read_text("utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    words = [line for line in lines if not line.startswith("#")]
    assert any("CC BY-SA 4.0" in line for line in header), "the wordfreq licence must be named"
    assert len(words) > 1000
    assert words == sorted(set(words))
    assert all(normalize_str(w) == w and " " not in w for w in words)


def test_given_name_lexicon_has_known_classes_and_no_name_in_two() -> None:
    raw = resources.files("stream.resources").joinpath("given_names_ar.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in raw.splitlines() if line and not line.startswith("#")]
    assert all(len(row) == 2 and row[0] in ("given", "word", "definite") for row in rows)
    names = [normalize_str(name) for _, name in rows]
    assert len(rows) > 1500
    assert len(names) == len(set(names)), "a name is listed twice (after normalization)"
    definite = [name for (kind, _), name in zip(rows, names, strict=True) if kind == "definite"]
    assert definite and all(name.startswith("ال") for name in definite)
