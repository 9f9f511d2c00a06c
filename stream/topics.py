"""Every Kafka topic Rasd reads or writes, raw bytes in and out, and their creation at start-up."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from kafka import KafkaAdminClient
from kafka.admin import NewTopic
from kafka.errors import TopicAlreadyExistsError

from stream.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TopicSpec:
    name: str
    partitions: int
    config: dict[str, str]


def admin_kwargs(settings: Settings) -> dict[str, object]:
    """kafka-python connection arguments (shared by admin, producer and consumer tools)."""
    kwargs: dict[str, object] = {
        "bootstrap_servers": [s.strip() for s in settings.bootstrap_servers.split(",") if s],
        "security_protocol": settings.security_protocol,
    }
    if settings.security_protocol.startswith("SASL"):
        kwargs["sasl_mechanism"] = settings.sasl_mechanism
        kwargs["sasl_plain_username"] = settings.sasl_username
        kwargs["sasl_plain_password"] = (
            settings.sasl_password.get_secret_value() if settings.sasl_password else None
        )
    return kwargs


def dedup_topic_name(settings: Settings) -> str:
    return f"{settings.app_id}-dedup"


def required_topics(settings: Settings, category_ids: Iterable[str]) -> list[TopicSpec]:
    """The public topics of the data flow; Faust creates its own internal ones."""
    config = {"max.message.bytes": str(settings.max_message_bytes)}
    names = [
        settings.topic_articles,
        settings.topic_enriched,
        settings.topic_dlq,
        settings.topic_alerts,
        *(settings.category_topic(cid) for cid in sorted(set(category_ids))),
    ]
    return [TopicSpec(name, settings.partitions, config) for name in names]


def ensure_topics(settings: Settings, category_ids: Iterable[str]) -> list[str]:
    """Create missing topics (names and partition counts from settings). Returns those created."""
    specs = required_topics(settings, category_ids)
    admin = KafkaAdminClient(client_id=f"{settings.app_id}-admin", **admin_kwargs(settings))
    try:
        existing = set(admin.list_topics())
        missing = [s for s in specs if s.name not in existing]
        created: list[str] = []
        for spec in missing:
            try:
                admin.create_topics(
                    [
                        NewTopic(
                            spec.name,
                            spec.partitions,
                            settings.replication_factor,
                            topic_configs=spec.config,
                        )
                    ]
                )
                created.append(spec.name)
            except TopicAlreadyExistsError:
                pass  # another worker created it between list and create
        if created:
            log.info("created topics: %s", ", ".join(created))
        return created
    finally:
        admin.close()
