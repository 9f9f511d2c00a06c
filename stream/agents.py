"""Thin Faust agents: parse -> enrich -> (deduplicate) -> publish, or dead-letter.

Every input message ends as exactly one enriched event or one dead letter. A message is only
acknowledged (so its offset only committed) after what it produced was acknowledged by Kafka.

faust-streaming can skip records of articles.raw around a rebalance: a stream drops the
records fetched while the flow was suspended or under the previous consumer generation, and the
fetcher has already moved past them. Such a record is never handled; its offset is then either
counted as done by Faust's gap handling (meant for compacted topics) or never acknowledged, which
stops the partition's commits for good (both seen on a worker restarted after a crash: 16 of
400 articles never came out). The enrich agent therefore checks the offsets it receives per
partition against the last one (or, first after an assignment, the group's committed offset)
and, where they jump, reads the missing records itself, handles them and acknowledges them to
Faust before going on: nothing is lost, at worst an article is enriched twice (same event_id).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from dataclasses import dataclass
from typing import Any

import faust
from faust.types import TP, EventT, Message, StreamT, TopicT

from schemas import Article, DeadLetter, EnrichedArticle
from stream.app import app
from stream.messages import RejectedMessage, dead_letter, parse_article
from stream.pipeline import enrich
from stream.pipeline.dedup import DuplicateIndex, story_fingerprint
from stream.topics import admin_kwargs, dedup_topic_name

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


@dataclass(frozen=True)
class RawRecord:
    """A record read around Faust (a gap refill), shaped like the Faust message fields used."""

    topic: str
    partition: int
    offset: int
    timestamp: int  # ms
    key: bytes | None
    value: bytes | None


class _Refilled:
    """Stands in for a Faust event: `.message` is all the handlers read."""

    def __init__(self, record: RawRecord) -> None:
        self.message = record


def coordinates(event: EventT | _Refilled) -> str:
    msg = event.message
    return f"{msg.topic}[{msg.partition}]@{msg.offset}"


async def deliver(topic: TopicT, key: bytes | None, value: bytes) -> None:
    """Send and wait for the broker's acknowledgement."""
    fut = await topic.send(key=key, value=value)
    await fut


async def send_dead_letter(event: EventT | _Refilled, letter: DeadLetter) -> None:
    log.warning("dead-lettering %s: %s: %s", coordinates(event), letter.error_type, letter.error)
    await deliver(dlq_topic, event.message.key, letter.model_dump_json().encode())


def letter_for(event: EventT | _Refilled, error_type: Any, reason: str) -> DeadLetter:
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


def _committed_or_start(topic: str, partition: int) -> int | None:
    """Where the group resumes topic[partition]: its committed offset, else the log start."""
    from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition

    tp = TopicPartition(topic, partition)
    admin = KafkaAdminClient(**admin_kwargs(settings))
    try:
        offsets = admin.list_group_offsets({app.conf.id: [tp]})
    finally:
        admin.close()
    committed = offsets.get(app.conf.id, {}).get(tp)
    if committed is not None and committed.offset >= 0:
        return int(committed.offset)
    if app.conf.consumer_auto_offset_reset != "earliest":
        return None
    consumer = KafkaConsumer(group_id=None, **admin_kwargs(settings))
    try:
        return int(consumer.beginning_offsets([tp])[tp])
    finally:
        consumer.close()


def read_records(topic: str, partition: int, start: int, end: int) -> list[RawRecord]:
    """The records of topic[partition] at offsets [start, end), read directly (blocking)."""
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(
        group_id=None,
        enable_auto_commit=False,
        fetch_max_bytes=settings.max_message_bytes * 2,
        max_partition_fetch_bytes=settings.max_message_bytes,
        **admin_kwargs(settings),
    )
    tp = TopicPartition(topic, partition)
    out: list[RawRecord] = []
    try:
        consumer.assign([tp])
        consumer.seek(tp, start)
        deadline = time.monotonic() + 60
        while consumer.position(tp) < end and time.monotonic() < deadline:
            for rec in consumer.poll(timeout_ms=1000).get(tp, []):
                if start <= rec.offset < end:
                    out.append(
                        RawRecord(topic, partition, rec.offset, rec.timestamp, rec.key, rec.value)
                    )
    finally:
        consumer.close()
    if len({r.offset for r in out}) < end - start:
        log.warning(
            "gap refill %s[%d] %d..%d: %d records there", topic, partition, start, end - 1, len(out)
        )
    return out


# Per partition of articles.raw: (consumer generation, last offset handed to the agent).
_last_offsets: dict[tuple[str, int], tuple[int, int]] = {}


def gap_before(key: tuple[str, int], generation: int, offset: int) -> tuple[int, int] | None:
    """[start, end) skipped before `offset` within a generation; records `offset` as seen.

    None when nothing was skipped, or when `offset` is the first of its partition in this
    generation (the caller then checks it against the committed offset).
    """
    last = _last_offsets.get(key)
    _last_offsets[key] = (generation, offset)
    if last is None or last[0] != generation:
        return None
    return (last[1] + 1, offset) if offset > last[1] + 1 else None


async def refill_gap(event: EventT) -> list[_Refilled]:
    """The records the stream skipped before `event` on its partition (see module doc)."""
    msg = event.message
    key = (msg.topic, msg.partition)
    first = _last_offsets.get(key, (None, 0))[0] != app.consumer_generation_id
    gap = gap_before(key, app.consumer_generation_id, msg.offset)
    if first:
        try:
            start = await asyncio.to_thread(_committed_or_start, msg.topic, msg.partition)
        except Exception:  # the broker will not say: go on as Faust does
            log.exception("could not read the committed offset of %s", coordinates(event))
            start = None
        gap = (start, msg.offset) if start is not None and start < msg.offset else None
    if gap is None:
        return []
    start, end = gap
    log.warning(
        "stream skipped %s[%d] %d..%d: reading them directly",
        msg.topic,
        msg.partition,
        start,
        end - 1,
    )
    records = await asyncio.to_thread(read_records, msg.topic, msg.partition, start, end)
    return [_Refilled(r) for r in records]


def ack_refilled(record: RawRecord) -> None:
    """Tell Faust's consumer a refilled record is done, so the partition's commits go on."""
    message = Message(
        topic=record.topic,
        partition=record.partition,
        offset=record.offset,
        timestamp=record.timestamp / 1000,
        timestamp_type=0,
        headers=None,
        key=record.key,
        value=record.value,
        checksum=None,
        tp=TP(record.topic, record.partition),
        generation_id=app.consumer_generation_id,
    )
    app.consumer.ack(message)


async def handle_article(event: EventT | _Refilled) -> None:
    """One articles.raw record -> the dedup stage, or articles.dlq; returns once Kafka has it."""
    try:
        article = parse_article(event.message.value)
        # CPU-bound: off the event loop, so heartbeats and commits keep flowing.
        enriched, fingerprint = await asyncio.to_thread(enrich_with_fingerprint, article)
    except RejectedMessage as exc:
        await send_dead_letter(event, letter_for(event, exc.error_type, exc.reason))
        return
    except Exception as exc:  # a poison message must never stall the partition
        log.exception("enrichment failed for %s", coordinates(event))
        await send_dead_letter(event, letter_for(event, "internal", f"{type(exc).__name__}: {exc}"))
        return
    record = {
        "event": enriched.model_dump(mode="json"),
        "fingerprint": None if fingerprint is None else format(fingerprint, "x"),
    }
    value = json.dumps(record, ensure_ascii=False).encode()  # UTF-8, not \u escapes: size
    await deliver(dedup_topic, enriched.article_id.encode(), value)


@app.agent(articles_topic, name="enrich")
async def enrich_articles(stream: StreamT) -> None:
    """articles.raw -> (enrich) -> dedup stage, or articles.dlq."""
    async for event in stream.events():
        for skipped in await refill_gap(event):
            await handle_article(skipped)
            ack_refilled(skipped.message)
        await handle_article(event)


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
