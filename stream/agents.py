"""Thin Faust agents: parse -> enrich -> (deduplicate) -> publish, or dead-letter.

Every input message ends as exactly one enriched event or one dead letter. A message is only
acknowledged (so its offset only committed) after what it produced was acknowledged by Kafka.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any

import faust
from faust.types import EventT, StreamT, TopicT

from schemas import Article, DeadLetter, EnrichedArticle
from stream.app import app
from stream.messages import RejectedMessage, dead_letter, parse_article
from stream.pipeline import enrich
from stream.pipeline.dedup import DuplicateIndex, story_fingerprint
from stream.topics import dedup_topic_name

log = logging.getLogger(__name__)
settings = app.rasd

articles_topic = app.topic(settings.topic_articles, value_serializer="raw", key_serializer="raw")
enriched_topic = app.topic(settings.topic_enriched, value_serializer="raw", key_serializer="raw")
dlq_topic = app.topic(settings.topic_dlq, value_serializer="raw", key_serializer="raw")
# Every enriched event passes one partition where the fingerprint table lives, so syndicated
# copies meet whatever articles.raw partition they came from (see README, "Near-duplicates").
dedup_topic = app.topic(
    dedup_topic_name(settings),
    partitions=1,
    internal=True,
    config={"max.message.bytes": str(settings.max_message_bytes)},
    value_serializer="raw",
    key_serializer="raw",
)
dedup_table = app.Table(
    "dedup-bands",
    default=None,
    partitions=1,
    schema=faust.Schema(key_serializer="json", value_serializer="json"),
)


def coordinates(event: EventT) -> str:
    msg = event.message
    return f"{msg.topic}[{msg.partition}]@{msg.offset}"


async def deliver(topic: TopicT, key: bytes | None, value: bytes) -> None:
    """Send and wait for the broker's acknowledgement."""
    fut = await topic.send(key=key, value=value)
    await fut


async def send_dead_letter(event: EventT, letter: DeadLetter) -> None:
    log.warning("dead-lettering %s: %s: %s", coordinates(event), letter.error_type, letter.error)
    await deliver(dlq_topic, event.message.key, letter.model_dump_json().encode())


def letter_for(event: EventT, error_type: Any, reason: str) -> DeadLetter:
    msg = event.message
    return dead_letter(
        error_type,
        reason,
        msg.value,
        key=msg.key,
        topic=msg.topic,
        partition=msg.partition,
        offset=msg.offset,
    )


def enrich_with_fingerprint(article: Article) -> tuple[EnrichedArticle, int | None]:
    enriched = enrich(article, app.resources)
    return enriched, story_fingerprint(enriched.text)


@app.agent(articles_topic, name="enrich")
async def enrich_articles(stream: StreamT) -> None:
    """articles.raw -> (enrich) -> dedup stage, or articles.dlq."""
    async for event in stream.events():
        try:
            article = parse_article(event.message.value)
            # CPU-bound: off the event loop, so heartbeats and commits keep flowing.
            enriched, fingerprint = await asyncio.to_thread(enrich_with_fingerprint, article)
        except RejectedMessage as exc:
            await send_dead_letter(event, letter_for(event, exc.error_type, exc.reason))
            continue
        except Exception as exc:  # a poison message must never stall the partition
            log.exception("enrichment failed for %s", coordinates(event))
            await send_dead_letter(
                event, letter_for(event, "internal", f"{type(exc).__name__}: {exc}")
            )
            continue
        record = {
            "event": enriched.model_dump(mode="json"),
            "fingerprint": None if fingerprint is None else format(fingerprint, "x"),
        }
        value = json.dumps(record, ensure_ascii=False).encode()  # UTF-8, not \u escapes: size
        await deliver(dedup_topic, enriched.article_id.encode(), value)


@app.agent(dedup_topic, name="publish")
async def publish_events(stream: StreamT) -> None:
    """dedup stage -> events.enriched and events.category.<id> (duplicate_of filled in)."""
    index = DuplicateIndex(dedup_table, window_seconds=settings.dedup_window_hours * 3600)
    async for event in stream.events():
        try:
            record = json.loads(event.message.value)
            enriched = EnrichedArticle.model_validate(record["event"])
            if record["fingerprint"] is not None:
                enriched.duplicate_of = index.check_and_add(
                    enriched.event_id,
                    int(record["fingerprint"], 16),
                    event.message.timestamp or time.time(),
                )
        except Exception as exc:  # only a bug can get here; keep the record, keep going
            log.exception("publishing failed for %s", coordinates(event))
            await send_dead_letter(
                event, letter_for(event, "internal", f"{type(exc).__name__}: {exc}")
            )
            continue
        value = enriched.model_dump_json().encode()
        key = enriched.article_id.encode()
        outputs = [enriched_topic] + [
            app.topic(settings.category_topic(c.id), value_serializer="raw", key_serializer="raw")
            for c in enriched.categories
        ]
        await asyncio.gather(*(deliver(topic, key, value) for topic in outputs))


@app.timer(interval=settings.taxonomy_reload_seconds)
async def watch_taxonomy() -> None:
    """Hot reload: pick up an edited taxonomy file (an invalid one is logged and ignored)."""
    await app.reload_taxonomy()
