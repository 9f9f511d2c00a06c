"""The exported JSON Schema files, docker-compose.yml and ARCHITECTURE-level names stay in sync."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from schemas.export import CONTRACTS, JSON_DIR, schema_text
from stream.kafka_local import kafka_version
from stream.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", sorted(CONTRACTS))
def test_json_schema_files_match_the_models(name):
    path = JSON_DIR / f"{name}.schema.json"
    assert path.exists(), f"{path} missing: run `make schemas`"
    assert path.read_text(encoding="utf-8") == schema_text(CONTRACTS[name]), (
        f"{path.name} is stale: run `make schemas` and commit the result"
    )


def _compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def test_compose_runs_kafka_worker_and_feeder():
    services = _compose()["services"]
    assert set(services) >= {"kafka", "worker", "feeder"}
    assert services["kafka"]["image"] == f"apache/kafka:{kafka_version()}"
    assert services["kafka"]["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert services["worker"]["command"] == ["rasd", "worker"]
    assert (ROOT / "Dockerfile").exists()


def test_compose_settings_are_real_settings_with_the_documented_topics():
    env = _compose()["services"]["worker"]["environment"]
    fields = {f"RASD_{name.upper()}" for name in Settings.model_fields}
    assert set(env) <= fields, f"unknown settings in compose: {set(env) - fields}"
    defaults = Settings()
    for name in (
        "topic_articles",
        "topic_enriched",
        "topic_category_prefix",
        "topic_dlq",
        "topic_alerts",
    ):
        assert env[f"RASD_{name.upper()}"] == getattr(defaults, name)
    assert Settings(**{k[5:].lower(): v for k, v in env.items()})  # every value validates


def test_compose_feeder_sends_files_that_exist():
    command = _compose()["services"]["feeder"]["command"]
    assert command[:2] == ["rasd", "produce"]
    for path in command[2:]:
        assert (ROOT / path).is_file(), path


def test_architecture_topics_are_the_defaults():
    defaults = Settings()
    assert (
        defaults.topic_articles,
        defaults.topic_enriched,
        defaults.topic_dlq,
        defaults.topic_alerts,
    ) == ("articles.raw", "events.enriched", "articles.dlq", "alerts")
    assert defaults.category_topic("red_sea") == "events.category.red_sea"


def test_readme_configuration_table_matches_the_settings():
    from click.testing import CliRunner

    from stream.cli import main

    table = CliRunner().invoke(main, ["config"]).output
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- settings-table:start -->") + len("<!-- settings-table:start -->")
    end = readme.index("<!-- settings-table:end -->")
    assert readme[start:end].strip() == table.strip(), "README table is stale: paste `rasd config`"
