"""Category evaluation: the metrics, the labelled file format, and the dev set as a guard."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stream.evaluation.categories import (
    FOCAL_CATEGORIES,
    EvaluationDataError,
    evaluate,
    read_labelled,
)
from stream.pipeline.categories import CategoryClassifier, Taxonomy

DEV = Path(__file__).parents[1] / "resources" / "categories_dev.jsonl"


def labelled(tmp_path: Path, rows: list[tuple[str, list[str]]]) -> Path:
    path = tmp_path / "labelled.jsonl"
    path.write_text(
        "".join(
            json.dumps({"text": t, "categories": c}, ensure_ascii=False) + "\n" for t, c in rows
        ),
        encoding="utf-8",
    )
    return path


def test_metrics_by_hand(tmp_path: Path) -> None:
    path = labelled(
        tmp_path,
        [("a", ["red_sea"]), ("b", ["red_sea", "yemen"]), ("c", []), ("d", ["ukraine"])],
    )
    predicted = {"a": ["red_sea"], "b": ["red_sea"], "c": ["red_sea"], "d": ["ukraine"]}
    report = evaluate(path, lambda text: predicted[text])
    red_sea = report.stats("red_sea")
    assert (red_sea.tp, red_sea.fp, red_sea.fn, red_sea.support) == (2, 1, 0, 2)
    assert red_sea.precision == pytest.approx(2 / 3)
    assert red_sea.recall == 1.0
    assert red_sea.f1 == pytest.approx(0.8)
    assert report.stats("yemen").f1 == 0.0 and report.stats("yemen").support == 1
    # micro: tp 3 (red_sea 2, ukraine 1), fp 1, fn 1 -> 6 / 8
    assert report.micro_f1 == pytest.approx(0.75)
    # macro over the focal categories that occur: red_sea and ukraine (the others are undefined)
    assert report.macro_f1 == pytest.approx((0.8 + 1.0) / 2)
    assert report.articles == 4
    assert [e.line for e in report.errors] == [2, 3]
    assert report.exact_match == 0.5


def test_every_focal_category_is_reported(tmp_path: Path) -> None:
    report = evaluate(labelled(tmp_path, [("x", [])]), lambda text: [])
    assert set(FOCAL_CATEGORIES) <= set(report.per_category)
    assert report.macro_f1 == 0.0  # nothing to average


def test_missed_focal_category_counts_as_zero_in_macro(tmp_path: Path) -> None:
    path = labelled(tmp_path, [("a", ["red_sea"]), ("b", ["taiwan_strait"])])
    report = evaluate(path, lambda text: ["red_sea"] if text == "a" else [])
    assert report.macro_f1 == pytest.approx((1.0 + 0.0) / 2)


def test_format_lists_categories_and_summary(tmp_path: Path) -> None:
    path = labelled(tmp_path, [("a", ["red_sea"]), ("b", ["sports"])])
    text = evaluate(path, lambda t: ["red_sea"]).format(show_errors=True)
    assert "precision" in text and "recall" in text and "support" in text
    assert "red_sea" in text and "sports" in text
    assert "micro-F1" in text and "macro-F1" in text
    assert "line 2" in text  # the error listing


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("not json", id="not-json"),
        pytest.param('{"text": "x"}', id="no-categories"),
        pytest.param('{"text": 3, "categories": []}', id="text-not-string"),
        pytest.param('{"text": "x", "categories": "red_sea"}', id="categories-not-list"),
        pytest.param('["x", ["red_sea"]]', id="not-an-object"),
    ],
)
def test_malformed_line_is_reported_with_its_number(tmp_path: Path, line: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "ok", "categories": []}\n\n' + line + "\n", encoding="utf-8")
    with pytest.raises(EvaluationDataError, match=r"bad\.jsonl:3"):
        read_labelled(path)


# --------------------------------------------------------------------------- the dev set


def test_dev_set_is_large_and_labelled_with_taxonomy_ids() -> None:
    rows = read_labelled(DEV)
    assert len(rows) >= 60
    known = set(Taxonomy.load().ids)
    for line, text, categories in rows:
        assert text.strip(), line
        assert set(categories) <= known, (line, categories)
    labelled_focal = {c for _, _, cats in rows for c in cats if c in FOCAL_CATEGORIES}
    assert labelled_focal == set(FOCAL_CATEGORIES)
    assert sum(1 for _, _, cats in rows if not cats) >= 5  # articles about none of them


def test_dev_set_scores_stay_above_the_targets() -> None:
    """A regression guard, not the quality claim: the taxonomy's author wrote the dev set."""
    classifier = CategoryClassifier(Taxonomy.load())
    report = evaluate(DEV, lambda t: [s.id for s in classifier.classify(t, None, None, [])])
    assert report.macro_f1 >= 0.9, report.format()
    assert report.micro_f1 >= 0.85, report.format()
