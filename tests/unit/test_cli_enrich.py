"""`rasd enrich`: the offline mode of the worker's job."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from schemas import DeadLetter, EnrichedArticle
from stream.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_one_output_line_per_input_line_in_order(tmp_path):
    lines = [
        json.dumps(
            {"id": "ok-1", "text": "زار وزير الخارجية الأمريكي طوكيو اليوم."}, ensure_ascii=False
        ),
        "{not json",
        json.dumps({"id": "empty", "text": ""}),
        json.dumps({"title": "no text"}),
        json.dumps({"id": "ok-2", "text": "Talks in Kyiv continued on Monday."}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["enrich", str(path)])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == len(lines)
    assert EnrichedArticle.model_validate(out[0]).article_id == "ok-1"
    assert [DeadLetter.model_validate(o).error_type for o in out[1:4]] == [
        "invalid_json",
        "empty_text",
        "invalid_article",
    ]
    assert f"{path}:2" in out[1]["error"]
    assert EnrichedArticle.model_validate(out[4]).language == "en"


def test_text_mode_enriches_the_seed_page():
    result = CliRunner().invoke(
        main, ["enrich", "--text", str(ROOT / "samples/seed-article-ar.txt")]
    )
    assert result.exit_code == 0, result.output
    [line] = result.stdout.splitlines()
    event = EnrichedArticle.model_validate_json(line)
    assert event.source == "البوابة نيوز"
    assert event.language == "ar"
    assert "مقالات مشابهة" not in event.text


def test_missing_file_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["enrich", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
