"""Knowledge base: packaged file, id convention, validation errors and reproducible build."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from stream.pipeline.entities import KnowledgeBase, KnowledgeBaseError

ROOT = Path(__file__).resolve().parents[2]
GOOD = {"id": "rasd:per:jane-doe", "type": "PER", "name": "جين دو", "name_en": "Jane Doe"}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def _write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "kb.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_packaged_kb_loads_with_version(kb: KnowledgeBase) -> None:
    assert len(kb) > 2000
    assert kb.version.startswith("kb-") and len(kb.version) == 15
    assert KnowledgeBase.load(ROOT / "stream" / "resources" / "kb.jsonl").version == kb.version


@pytest.mark.parametrize(
    ("entity_id", "kind", "name_en"),
    [
        pytest.param("Q30", "LOC", "United States", id="us"),
        pytest.param("Q17", "LOC", "Japan", id="japan"),
        pytest.param("Q212", "LOC", "Ukraine", id="ukraine"),
        pytest.param("Q159", "LOC", "Russia", id="russia"),
        pytest.param("Q865", "LOC", "Taiwan", id="taiwan"),
        pytest.param("Q805", "LOC", "Yemen", id="yemen"),
        pytest.param("Q794", "LOC", "Iran", id="iran"),
        pytest.param("Q801", "LOC", "Israel", id="israel"),
        pytest.param("rasd:per:antony-blinken", "PER", "Antony Blinken", id="blinken"),
        pytest.param("rasd:loc:red-sea", "LOC", "Red Sea", id="red-sea"),
        pytest.param("rasd:org:houthis", "ORG", "Houthis", id="houthis"),
        pytest.param("rasd:org:foreign-ministry-us", "ORG", "U.S. Department of State", id="state"),
    ],
)
def test_ids_other_engineers_rely_on(
    kb: KnowledgeBase, entity_id: str, kind: str, name_en: str
) -> None:
    entry = kb.get(entity_id)
    assert entry is not None
    assert (entry.type, entry.name_en) == (kind, name_en)


def test_every_cldr_country_is_present(kb: KnowledgeBase) -> None:
    countries = {e.country for e in kb if e.role == "country or territory"}
    assert len(countries) >= 240
    assert {"PS", "EH", "XK", "TW", "SS", "VA"} <= countries


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        pytest.param([json.dumps(GOOD), json.dumps(GOOD)], "duplicate id", id="duplicate-id"),
        pytest.param(
            [json.dumps(GOOD | {"name": "  "})], "missing or empty 'name'", id="empty-name"
        ),
        pytest.param(
            [json.dumps(GOOD | {"type": "MISC"})], "unknown type 'MISC'", id="unknown-type"
        ),
        pytest.param(['{"id": "Q1", "type": "LOC",'], "invalid JSON", id="bad-json"),
        pytest.param(["[1, 2]"], "expected a JSON object", id="not-an-object"),
        pytest.param([json.dumps(GOOD | {"id": "Q12x"})], "Wikidata id", id="bad-id"),
        pytest.param(
            [json.dumps(GOOD | {"id": "rasd:loc:jane-doe"})], "does not match type", id="id-type"
        ),
        pytest.param([json.dumps(GOOD | {"variants": "جين"})], "list of strings", id="variants"),
        pytest.param([json.dumps(GOOD | {"variants": ["،"]})], "empty name", id="empty-variant"),
        pytest.param([""], "empty", id="empty-file"),
    ],
)
def test_validation_errors_name_file_line_and_problem(
    tmp_path: Path, lines: list[str], message: str
) -> None:
    path = _write(tmp_path, *lines)
    with pytest.raises(KnowledgeBaseError) as excinfo:
        KnowledgeBase.load(path)
    assert message in str(excinfo.value)
    assert str(path) in str(excinfo.value)


def test_error_names_the_line(tmp_path: Path) -> None:
    second = GOOD | {"id": "rasd:per:john-doe", "type": "PERSON"}
    path = _write(tmp_path, json.dumps(GOOD), json.dumps(second))
    with pytest.raises(KnowledgeBaseError, match=r"line 2 \(id 'rasd:per:john-doe'\)"):
        KnowledgeBase.load(path)


def test_missing_file_is_a_kb_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match="cannot read"):
        KnowledgeBase.load(tmp_path / "absent.jsonl")


def test_build_is_reproducible_and_matches_committed_file() -> None:
    spec = importlib.util.spec_from_file_location("build_kb", ROOT / "scripts" / "build_kb.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    first = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in module.build()]
    second = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in module.build()]
    assert first == second
    committed = (ROOT / "stream" / "resources" / "kb.jsonl").read_text(encoding="utf-8")
    assert committed == "\n".join(first) + "\n", "run scripts/build_kb.py and commit kb.jsonl"
    ids = [json.loads(line)["id"] for line in first]
    assert ids == sorted(ids)


def test_g_spellings_are_generated_word_by_word() -> None:
    spec = importlib.util.spec_from_file_location("build_kb", ROOT / "scripts" / "build_kb.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert set(module.g_spellings("نايجل فاراج")) == {"نايغل فاراج", "نايجل فاراغ", "نايغل فاراغ"}
    assert module.g_spellings("الكونغرس") == ["الكونجرس"]
    assert module.g_spellings("واشنطن") == []


def test_place_names_with_um_or_abu_are_written_joined_or_apart() -> None:
    spec = importlib.util.spec_from_file_location("build_kb", ROOT / "scripts" / "build_kb.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.place_compound_spellings("أم درمان") == ["أمدرمان"]
    assert module.place_compound_spellings("أبوظبي") == ["أبو ظبي"]
    assert module.place_compound_spellings("أم الخير") == []
    assert module.place_compound_spellings("أمستردام") == []


def test_a_country_yaml_read_as_false_stops_the_build(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("build_kb", ROOT / "scripts" / "build_kb.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = tmp_path / "extra.yaml"
    path.write_text("type: ORG\nentities:\n  - {en: Equinor, ar: إكوينور, country: NO}\n")
    with pytest.raises(SystemExit, match=r'Equinor.*write Norway as "NO"'):
        module.build_curated(path)
    path.write_text('type: ORG\nentities:\n  - {en: Equinor, ar: إكوينور, country: "NO"}\n')
    (entry,) = module.build_curated(path)
    assert entry["country"] == "NO"
