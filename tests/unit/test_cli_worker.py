"""`rasd worker` refuses to start on bad data, before it touches Kafka."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from stream.cli import main


@pytest.mark.parametrize(
    ("variable", "content", "problem"),
    [
        pytest.param(
            "RASD_TAXONOMY_PATH", "version: x\ncategories: []\n", "categories", id="empty-taxonomy"
        ),
        pytest.param(
            "RASD_TAXONOMY_PATH",
            "version: x\ncategories: [\n",
            "taxonomy.bad",
            id="truncated-taxonomy",
        ),
        pytest.param("RASD_KB_PATH", '{"id": "x"}\n', "type", id="kb-entry-without-type"),
        pytest.param("RASD_KB_PATH", "not json\n", "line 1", id="kb-not-json"),
    ],
)
def test_bad_taxonomy_or_kb_stops_the_worker_with_a_clear_message(
    tmp_path, monkeypatch, variable, content, problem
):
    path = tmp_path / ("taxonomy.bad" if "TAXONOMY" in variable else "kb.bad")
    path.write_text(content, encoding="utf-8")
    monkeypatch.setenv(variable, str(path))
    monkeypatch.setenv("RASD_BOOTSTRAP_SERVERS", "127.0.0.1:1")  # nothing must connect
    result = CliRunner().invoke(main, ["worker"])
    assert result.exit_code == 2
    assert "cannot start the worker" in result.output
    assert problem in result.output


def test_a_bad_tagger_model_stops_the_worker_with_a_clear_message(tmp_path, monkeypatch):
    model = tmp_path / "tagger.crfsuite"
    model.write_bytes(b"not a crfsuite model")
    monkeypatch.setenv("RASD_ENTITY_TAGGER_MODEL", str(model))
    monkeypatch.setenv("RASD_BOOTSTRAP_SERVERS", "127.0.0.1:1")  # nothing must connect
    result = CliRunner().invoke(main, ["worker"])
    assert result.exit_code == 2
    assert "cannot start the worker" in result.output
    assert "cannot load the entity tagger model" in result.output
