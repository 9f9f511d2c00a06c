"""Taxonomy loading and validation: the packaged file, and precise errors for bad files."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from stream.pipeline.categories import REQUIRED_IDS, CategoryClassifier, Taxonomy, TaxonomyError

FIXTURES = Path(__file__).parents[1] / "resources" / "taxonomies"
MINIMAL = FIXTURES / "minimal.yaml"


def minimal() -> dict[str, Any]:
    """A fresh copy of the minimal valid taxonomy as plain data (each test mutates its own)."""
    return copy.deepcopy(yaml.safe_load(MINIMAL.read_text(encoding="utf-8")))


def write(tmp_path: Path, data: Any, name: str = "taxonomy.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def category(data: dict[str, Any], cid: str) -> dict[str, Any]:
    return next(c for c in data["categories"] if c["id"] == cid)


# --------------------------------------------------------------------------- packaged taxonomy


def test_packaged_taxonomy_loads_with_every_required_id() -> None:
    taxonomy = Taxonomy.load()
    assert taxonomy.version
    assert set(REQUIRED_IDS) <= set(taxonomy.ids)
    assert len(taxonomy.ids) == len(set(taxonomy.ids))


def test_packaged_taxonomy_categories_are_documented() -> None:
    for c in Taxonomy.load().categories:
        assert c.label_ar and c.label_en and len(c.description) > 20, c.id
        assert c.terms, c.id
        assert any("\u0600" <= ch <= "\u06ff" for term, _ in c.terms for ch in term), c.id
        assert any(term.isascii() for term, _ in c.terms), f"{c.id}: no English term"


@pytest.mark.parametrize("category_id", ["syria", "sudan", "yemen", "lebanon"])
def test_country_categories_need_more_than_place_names(category_id: str) -> None:
    """A list of place names (an outbreak counted city by city) once made a country story:
    each country category asks for its place and, separately, for something happening there."""
    requires = Taxonomy.load().category(category_id).requires
    assert len(requires) >= 2, category_id
    anchors = set(requires[1])
    assert {"الحكومة", "غارات", "اشتباكات", "النازحين"} <= anchors, category_id
    assert "السودان" not in anchors and "سوريا" not in anchors and "اليمن" not in anchors


def test_packaged_taxonomy_compiles() -> None:
    assert CategoryClassifier(Taxonomy.load()).taxonomy.version == Taxonomy.load().version


def test_minimal_fixture_is_valid() -> None:
    taxonomy = Taxonomy.load(MINIMAL)
    assert taxonomy.version == "test-1"
    assert taxonomy.ids == list(REQUIRED_IDS)


def test_combination_requires_and_settings_are_parsed(tmp_path: Path) -> None:
    data = minimal()
    data["settings"] = {"title_weight": 3, "passing_min_sentences": 6}
    red = category(data, "red_sea")
    red["requires"] = [["البحر الأحمر", "باب المندب"]]
    red["negative"] = [{"weight": 2, "terms": ["منتجع"]}]
    red["combinations"] = [
        {"name": "ships", "weight": 2, "all_of": [["سفينة"], ["هجوم"]], "any_of": ["الحوثي"],
         "none_of": ["سياحة"], "within": 10},
    ]  # fmt: skip
    red["entities"] = [{"id": "rasd:loc:red-sea", "weight": 1.5}]
    taxonomy = Taxonomy.load(write(tmp_path, data))
    parsed = taxonomy.category("red_sea")
    assert taxonomy.settings.title_weight == 3
    assert taxonomy.settings.passing_min_sentences == 6
    assert parsed.requires == (("البحر الأحمر", "باب المندب"),)
    assert parsed.negative == (("منتجع", 2.0),)
    combo = parsed.combinations[0]
    assert (combo.name, combo.all_of, combo.any_of, combo.none_of, combo.within) == (
        "ships", (("سفينة",), ("هجوم",)), ("الحوثي",), ("سياحة",), 10,
    )  # fmt: skip
    assert parsed.entities == (("rasd:loc:red-sea", 1.5),)


def test_entity_cue_missing_from_knowledge_base_is_fine(tmp_path: Path) -> None:
    """The taxonomy loads standalone: cue ids are not checked against the knowledge base."""
    data = minimal()
    category(data, "sudan")["entities"] = [{"id": "rasd:org:not-in-any-kb", "weight": 1}]
    assert Taxonomy.load(write(tmp_path, data)).category("sudan").entities


# --------------------------------------------------------------------------- validation errors


Change = Callable[[dict[str, Any]], None]


def _drop(key: str) -> Change:
    def change(d: dict[str, Any]) -> None:
        del d[key]

    return change


def _set_category(cid: str, key: str, value: Any) -> Change:
    def change(d: dict[str, Any]) -> None:
        category(d, cid)[key] = value

    return change


def _remove_category(cid: str) -> Change:
    def change(d: dict[str, Any]) -> None:
        d["categories"] = [c for c in d["categories"] if c["id"] != cid]

    return change


def _duplicate_category(d: dict[str, Any]) -> None:
    d["categories"].append(copy.deepcopy(category(d, "sports")))


INVALID = [
    pytest.param(_drop("version"), [None, "version"], id="missing-version"),
    pytest.param(lambda d: d.update(version=1.2), [None, "version", "quote"], id="numeric-version"),
    pytest.param(_drop("categories"), [None, "categories"], id="missing-categories"),
    pytest.param(
        _remove_category("red_sea"), [None, "categories", "red_sea"], id="missing-required-id"
    ),
    pytest.param(_duplicate_category, ["sports", "duplicate category id"], id="duplicate-id"),
    pytest.param(lambda d: d.update(colour="red"), [None, "colour"], id="unknown-top-level-key"),
    pytest.param(
        _set_category("health", "treshold", 3), ["health", "treshold"], id="typo-in-field-name"
    ),
    pytest.param(
        _set_category("iran", "id", "Iran Nuclear"), [None, "id", "Iran Nuclear"],
        id="bad-id-format",
    ),
    pytest.param(
        _set_category("syria", "threshold", -1), ["syria", "threshold"], id="negative-threshold"
    ),
    pytest.param(
        _set_category("syria", "threshold", "high"), ["syria", "threshold"], id="text-threshold"
    ),
    pytest.param(
        _set_category("lebanon", "label_ar", ""), ["lebanon", "label_ar"], id="empty-label"
    ),
    pytest.param(_set_category("yemen", "terms", []), ["yemen", "terms"], id="no-terms"),
    pytest.param(
        _set_category("yemen", "terms", [{"weight": 0, "terms": ["اليمن"]}]),
        ["yemen", "terms[0]", "weight"],
        id="zero-weight",
    ),
    pytest.param(
        _set_category("yemen", "terms", [{"weight": 2, "terms": ["…؟!"]}]),
        ["yemen", "terms[0].terms", "no letters"],
        id="term-without-letters",
    ),
    pytest.param(
        _set_category("ukraine", "terms", [{"weight": 3, "terms": ["أوكرانيا", "اوكرانيا"]}]),
        ["ukraine", "duplicates", "after normalization"],
        id="duplicate-term-after-normalization",
    ),
    pytest.param(
        _set_category("ukraine", "negative", [{"weight": 1, "terms": ["كييف"]}]),
        ["ukraine", "negative", "duplicates"],
        id="term-both-positive-and-negative",
    ),
    pytest.param(
        _set_category("red_sea", "combinations", [{"name": "x", "weight": 2, "all_of": [["سفن"]]}]),
        ["red_sea", "combinations[0]", "two groups"],
        id="combination-with-one-group",
    ),
    pytest.param(
        _set_category(
            "red_sea", "combinations", [{"name": "x", "weight": 0, "all_of": [["أ ب"], ["سفن"]]}]
        ),
        ["red_sea", "combinations[0]", "non-zero"],
        id="combination-zero-weight",
    ),
    pytest.param(
        _set_category(
            "red_sea",
            "combinations",
            [{"name": "x", "weight": 1, "all_of": [["حوثي"], ["سفن"]], "within": 2.5}],
        ),
        ["red_sea", "combinations[0]", "within"],
        id="proximity-not-integer",
    ),
    pytest.param(
        _set_category(
            "red_sea",
            "combinations",
            [{"name": "x", "weight": 1, "all_of": [["حوثي"], ["سفن"]], "ordered": True}],
        ),
        ["red_sea", "combinations[0]", "needs within"],
        id="ordered-without-proximity",
    ),
    pytest.param(
        _set_category("red_sea", "requires", ["البحر الأحمر"]),
        ["red_sea", "requires[0]"],
        id="requires-not-groups",
    ),
    pytest.param(
        _set_category("sudan", "entities", [{"weight": 2}]), ["sudan", "entities[0]", "id"],
        id="entity-cue-without-id",
    ),
    pytest.param(
        lambda d: d.update(settings={"dominance": 2}), [None, "settings.dominance"],
        id="setting-out-of-range",
    ),
    pytest.param(
        lambda d: d.update(settings={"lead_factor": 2}), [None, "settings", "lead_factor"],
        id="unknown-setting",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("change", "expected"), INVALID)
def test_invalid_taxonomy_is_rejected_with_a_precise_message(
    tmp_path: Path, change: Any, expected: list[str | None]
) -> None:
    data = minimal()
    change(data)
    path = write(tmp_path, data)
    with pytest.raises(TaxonomyError) as info:
        Taxonomy.load(path)
    message = str(info.value)
    assert message.startswith(str(path)), message
    cid, *fragments = expected
    if cid is not None:
        assert f"category {cid!r}" in message, message
    for fragment in fragments:
        assert fragment is not None and fragment in message, message


RAW_INVALID = [
    pytest.param(
        b"version: \"1\"\ncategories:\n  - id: [unclosed\n", "invalid YAML", id="broken-yaml"
    ),
    pytest.param(b"- just\n- a list\n", "top level", id="top-level-list"),
    pytest.param(b"", "top level", id="empty-file"),
    pytest.param(b"version: \"1\"\nversion: \"2\"\n", "duplicate key", id="duplicate-yaml-key"),
    pytest.param("version: «1»".encode("cp1256"), "not UTF-8", id="not-utf8"),
]  # fmt: skip


@pytest.mark.parametrize(("content", "fragment"), RAW_INVALID)
def test_unparseable_file_is_rejected(tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "taxonomy.yaml"
    path.write_bytes(content)
    with pytest.raises(TaxonomyError, match=fragment):
        Taxonomy.load(path)


def test_truncated_file_is_rejected(tmp_path: Path) -> None:
    """A half-written copy of a valid file misses categories (or is not YAML): never accepted."""
    text = MINIMAL.read_bytes()
    path = tmp_path / "taxonomy.yaml"
    for cut in (len(text) // 3, len(text) // 2, len(text) - 40):
        path.write_bytes(text[:cut])
        with pytest.raises(TaxonomyError):
            Taxonomy.load(path)


def test_missing_file_is_a_taxonomy_error(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError, match="cannot read"):
        Taxonomy.load(tmp_path / "nope.yaml")


def test_taxonomy_error_is_a_value_error() -> None:
    assert issubclass(TaxonomyError, ValueError)
