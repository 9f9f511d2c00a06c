"""Entity evaluation: the matching rule, the report, and the dev set as a regression floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from schemas import Entity
from schemas.models import EntityType
from stream.evaluation.entities import evaluate, surface_key
from stream.pipeline.entities import EntityExtractor, KnowledgeBase

DEV = Path(__file__).resolve().parents[1] / "resources" / "entities_dev.jsonl"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("وبلينكن", "بلينكن", id="waw"),
        pytest.param("لليمن", "اليمن", id="lil"),
        pytest.param("بالولايات المتحدة", "الولايات المتحدة", id="ba-article"),
        pytest.param("غزه", "غزة", id="teh-marbuta"),
        pytest.param("الاردن", "الأردن", id="hamza"),
    ],
)
def test_surface_key_equates_inflected_forms(a: str, b: str) -> None:
    assert surface_key(a) == surface_key(b)


def _entity(text: str, surface: str, kind: EntityType) -> Entity:
    start = text.index(surface)
    return Entity(
        id=None,
        type=kind,
        name=surface,
        name_en=None,
        text=surface,
        mentions=[[start, start + len(surface)]],
        count=1,
    )


def test_scores_by_distinct_surface_and_type(tmp_path: Path) -> None:
    text = "قال بلينكن في واشنطن إن بلينكن"
    gold = [{"text": "بلينكن", "type": "PER"}, {"text": "واشنطن", "type": "LOC"}]
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"text": text, "entities": gold}, ensure_ascii=False) + "\n")

    def predict(t: str) -> list[Entity]:
        return [_entity(t, "بلينكن", "PER"), _entity(t, "واشنطن", "ORG")]

    report = evaluate(path, predict)
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 1, 1)
    assert report.by_type["PER"].f1 == 1.0
    assert report.by_type["LOC"].recall == 0.0
    assert "overall" in report.format() and "PER" in report.format()


def test_bad_file_reports_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "x", "entities": []}\n{oops\n')
    with pytest.raises(ValueError, match="line 2"):
        evaluate(path, lambda t: [])


def test_dev_set_is_large_and_labelled() -> None:
    items = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
    assert len(items) >= 40
    for item in items:
        assert item["entities"], item["text"][:40]
        for ent in item["entities"]:
            assert ent["type"] in {"PER", "LOC", "ORG"} and ent["canonical_en"]


def test_dev_set_f1_floor() -> None:
    report = evaluate(DEV, EntityExtractor(KnowledgeBase.load()).extract)
    assert report.overall.f1 >= 0.85, report.format()
