"""The Faust agents in Faust's test mode (no broker): what each input turns into.

Publishing is recorded instead of sent; the real broker is exercised in tests/integration.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from schemas import DeadLetter, EnrichedArticle
from stream import agents


@pytest.fixture
def sent(monkeypatch) -> list[tuple[str, bytes | None, dict[str, Any]]]:
    records: list[tuple[str, bytes | None, dict[str, Any]]] = []

    async def record(topic, key, value):
        records.append((topic.get_topic_name(), key, json.loads(value)))

    monkeypatch.setattr(agents, "deliver", record)
    # No broker here: the group's committed offset is unknown, so no gap check at the start.
    monkeypatch.setattr(agents, "_committed_or_start", lambda topic, partition: None)
    agents.app.load_resources()  # as the worker does before its agents start
    return records


def _run(agent, values: list[bytes], sent: list) -> None:
    """Feed the agent and wait until every input produced its one output."""

    async def go() -> None:
        async with agent.test_context() as test_agent:
            for i, value in enumerate(values):
                await test_agent.put(value=value, key=f"k{i}".encode())
            for _ in range(200):
                if len(sent) >= len(values):
                    break
                await asyncio.sleep(0.05)

    asyncio.run(go())


@pytest.mark.parametrize(
    ("value", "error_type"),
    [
        pytest.param(b"<html>", "invalid_json", id="not-json"),
        pytest.param(b'{"title": "x"}', "invalid_article", id="not-an-article"),
        pytest.param(b'{"text": "   "}', "empty_text", id="empty-text"),
    ],
)
def test_unusable_input_becomes_one_dead_letter(sent, value, error_type):
    _run(agents.enrich_articles, [value], sent)
    [(topic, key, record)] = sent
    assert topic == agents.settings.topic_dlq
    letter = DeadLetter.model_validate(record)
    assert letter.error_type == error_type
    assert letter.payload.encode() == value
    assert key == b"k0"


def test_enrichment_failure_is_dead_lettered_as_internal(sent, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("stage crashed")

    monkeypatch.setattr(agents, "enrich", boom)
    _run(agents.enrich_articles, [json.dumps({"text": "نص صالح"}).encode()], sent)
    [(topic, _, record)] = sent
    assert topic == agents.settings.topic_dlq
    assert record["error_type"] == "internal" and "stage crashed" in record["error"]


def test_valid_article_goes_to_the_dedup_stage(sent):
    text = "التقى وزير الخارجية الأمريكي نظيره الياباني في طوكيو لبحث الأوضاع في مضيق تايوان."
    _run(
        agents.enrich_articles,
        [json.dumps({"id": "a1", "text": text}, ensure_ascii=False).encode()],
        sent,
    )
    [(topic, key, record)] = sent
    assert topic == agents.dedup_topic.get_topic_name()
    assert key == b"a1"
    event = EnrichedArticle.model_validate(record["event"])
    assert event.article_id == "a1" and event.duplicate_of is None


def _raw(offset: int, article_id: str) -> agents.RawRecord:
    value = json.dumps({"id": article_id, "text": "نص صالح للتحليل"}, ensure_ascii=False)
    return agents.RawRecord("articles.raw", 0, offset, 0, b"k", value.encode())


def test_gap_before_reports_skipped_offsets_within_a_generation(monkeypatch):
    monkeypatch.setattr(agents, "_last_offsets", {})
    key = ("articles.raw", 0)
    assert agents.gap_before(key, 1, 10) is None  # first seen: checked against the commit
    assert agents.gap_before(key, 1, 11) is None
    assert agents.gap_before(key, 1, 15) == (12, 15)
    assert agents.gap_before(key, 1, 16) is None
    assert agents.gap_before(key, 2, 40) is None  # a new generation starts over
    assert agents.gap_before(key, 2, 42) == (41, 42)
    assert agents.gap_before(("articles.raw", 1), 2, 0) is None


def test_records_the_stream_skipped_are_read_handled_and_acked_first(sent, monkeypatch):
    """Faust can drop records around a rebalance (module doc): the agent fills the hole."""
    monkeypatch.setattr(agents, "_last_offsets", {})
    starts: list[int] = []

    def committed(topic, partition):
        starts.append(partition)
        return 0  # the group resumes at offset 0, where the stream starts: nothing skipped

    reads: list[tuple[int, int]] = []

    def read(topic, partition, start, end):
        reads.append((start, end))
        return [_raw(offset, f"skipped-{offset}") for offset in range(start, end)]

    acked: list[int] = []
    monkeypatch.setattr(agents, "_committed_or_start", committed)
    monkeypatch.setattr(agents, "read_records", read)
    monkeypatch.setattr(agents, "ack_refilled", lambda record: acked.append(record.offset))
    value = json.dumps({"id": "live", "text": "نص صالح للتحليل"}, ensure_ascii=False).encode()

    async def go() -> None:
        async with agents.enrich_articles.test_context() as test_agent:
            await test_agent.put(value=value, key=b"k")  # offset 0
            test_agent.sent_offset = 3  # offsets 1 and 2 never reach the stream
            await test_agent.put(value=value, key=b"k")
            for _ in range(200):
                if len(sent) >= 4:
                    break
                await asyncio.sleep(0.05)

    asyncio.run(go())
    assert starts == [0] and reads == [(1, 3)] and acked == [1, 2]
    ids = [EnrichedArticle.model_validate(r["event"]).article_id for _, _, r in sent]
    assert ids == ["live", "skipped-1", "skipped-2", "live"]
