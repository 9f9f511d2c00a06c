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
