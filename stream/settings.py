"""Rasd's configuration: one pydantic-settings class, read from RASD_* environment variables.

Only app, topics, agents and cli read settings; everything else takes values as arguments.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every knob of the worker and the tools. Environment: RASD_<FIELD> (case-insensitive)."""

    model_config = SettingsConfigDict(env_prefix="RASD_", env_file=None, extra="ignore")

    bootstrap_servers: str = Field(
        "127.0.0.1:9092", description="Kafka bootstrap servers, comma-separated host:port."
    )
    security_protocol: Literal["PLAINTEXT", "SASL_PLAINTEXT", "SASL_SSL", "SSL"] = Field(
        "PLAINTEXT", description="Kafka security protocol."
    )
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] = Field(
        "PLAIN", description="SASL mechanism when a SASL protocol is used."
    )
    sasl_username: str | None = Field(None, description="SASL user name.")
    sasl_password: SecretStr | None = Field(None, description="SASL password (never logged).")

    app_id: str = Field(
        "rasd", description="Faust app id: the consumer group and prefix of internal topics."
    )
    topic_articles: str = Field("articles.raw", description="Input topic of raw articles.")
    topic_enriched: str = Field("events.enriched", description="Every enriched event.")
    topic_category_prefix: str = Field(
        "events.category.", description="Prefix of the per-category topics (prefix + id)."
    )
    topic_dlq: str = Field("articles.dlq", description="Dead letters: unusable input.")
    topic_alerts: str = Field("alerts", description="Alerts for dashboards and on-call.")
    partitions: int = Field(
        4, ge=1, description="Partitions of articles.raw and of the output topics created by Rasd."
    )
    replication_factor: int = Field(1, ge=1, description="Replication of topics Rasd creates.")
    max_message_bytes: int = Field(
        8 * 1024 * 1024,
        ge=1024 * 1024,
        description="max.message.bytes of Rasd's topics and the producer's request limit. Room "
        "for a 1 MB article whose dead letter carries it base64-encoded.",
    )

    taxonomy_path: Path | None = Field(
        None, description="Category taxonomy YAML; default: the packaged taxonomy."
    )
    taxonomy_reload_seconds: float = Field(
        5.0, gt=0, description="How often the worker checks the taxonomy file for changes."
    )
    kb_path: Path | None = Field(
        None, description="Entity knowledge base (JSON Lines); default: the packaged one."
    )
    entity_tagger: bool = Field(
        True,
        description="Let the CRF sequence tagger decide entity spans from the rules' output "
        "(false: the rules and knowledge base alone).",
    )
    entity_tagger_model: Path | None = Field(
        None, description="Entity tagger model (crfsuite); default: the packaged one."
    )
    dedup_window_hours: float = Field(
        72.0, gt=0, description="How long a story's fingerprint is remembered for duplicates."
    )

    data_dir: Path = Field(
        Path(".rasd/worker"),
        description="Faust data directory (worker state; tables are rebuilt from changelogs).",
    )
    web_enabled: bool = Field(True, description="Serve Faust's web endpoints (stats, health).")
    web_port: int = Field(6066, ge=0, le=65535, description="Port of Faust's web server.")
    web_host: str = Field("127.0.0.1", description="Bind address of Faust's web server.")
    log_level: Literal["debug", "info", "warning", "error"] = Field(
        "info", description="Worker log level."
    )
    session_timeout: float = Field(
        30.0,
        ge=6.0,
        description="Seconds without heartbeats before a worker's partitions are "
        "given to another worker of the group (failover time after a crash).",
    )
    commit_interval: float = Field(
        1.0, gt=0, description="Seconds between offset commits (of acknowledged messages only)."
    )

    @field_validator("topic_category_prefix")
    @classmethod
    def _prefix_is_usable(cls, value: str) -> str:
        if not value or any(c.isspace() for c in value):
            raise ValueError("topic_category_prefix must be a non-empty topic-name prefix")
        return value

    @property
    def broker_url(self) -> str:
        """Faust broker URL(s) built from bootstrap_servers."""
        return ";".join(f"kafka://{s.strip()}" for s in self.bootstrap_servers.split(",") if s)

    def category_topic(self, category_id: str) -> str:
        return f"{self.topic_category_prefix}{category_id}"


def settings_table() -> list[tuple[str, str, str]]:
    """(variable, default, description) of every setting, for the README and `rasd config`."""
    rows = []
    for name, field in Settings.model_fields.items():
        default = field.default
        shown = "" if default is None else str(default)
        rows.append((f"RASD_{name.upper()}", shown, field.description or ""))
    return rows
