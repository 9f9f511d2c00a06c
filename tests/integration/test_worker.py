"""The worker end to end on the real broker: enrichment, routing, dead letters, restarts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from kafka import KafkaConsumer, KafkaProducer, OffsetAndMetadata, TopicPartition

from schemas import Article, DeadLetter, EnrichedArticle
from stream.messages import decode_payload
from stream.pipeline import event_id

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.integration


def _article(i: int, text: str) -> bytes:
    return json.dumps({"id": f"a{i}", "text": text}, ensure_ascii=False).encode()


def test_seed_goes_to_enriched_and_its_category_topics(harness, seed_text):
    worker = harness.worker()
    worker.start()
    harness.produce([json.dumps({"id": "seed", "text": seed_text}, ensure_ascii=False).encode()])

    [record] = harness.consume(harness.enriched, 1)
    event = EnrichedArticle.model_validate(record)
    assert event.article_id == "seed"
    assert event.event_id == event_id(Article(id="seed", text=seed_text))
    assert event.categories, "the seed is about several categories"
    for category in event.categories:
        routed = harness.consume(harness.category_prefix + category.id, 1)
        assert [r["event_id"] for r in routed] == [event.event_id]


def test_unusable_messages_are_dead_lettered_and_the_rest_enriched(harness):
    good = "أعلنت وزارة الخارجية اليابانية أن الوزيرة ستزور واشنطن الأسبوع المقبل لبحث التعاون."
    values = [
        _article(1, good),
        b"\xff\xfe not json",
        json.dumps({"title": "no text"}).encode(),
        json.dumps({"id": "empty", "text": " \n "}).encode(),
        _article(2, good + " وتستمر الزيارة يومين."),
    ]
    harness.produce(values, keys=[b"k0", b"k1", b"k2", b"k3", b"k4"])
    worker = harness.worker()
    worker.start()

    enriched = harness.consume(harness.enriched, 2)
    letters = [DeadLetter.model_validate(r) for r in harness.consume(harness.dlq, 3)]
    assert sorted(r["article_id"] for r in enriched) == ["a1", "a2"]
    by_type = {letter.error_type: letter for letter in letters}
    assert set(by_type) == {"invalid_json", "invalid_article", "empty_text"}
    originals = {b"k1": values[1], b"k2": values[2], b"k3": values[3]}
    for letter in letters:
        assert letter.source_topic == harness.articles
        assert letter.partition is not None and letter.offset is not None
        assert letter.key is not None
        assert decode_payload(letter) == originals[letter.key.encode()]
    assert by_type["invalid_json"].payload_encoding == "base64"


def test_restart_mid_batch_loses_nothing_and_redelivers_identical_ids(harness, seed_text):
    # Page-sized articles so that the batch takes the worker several seconds.
    texts = [f"{seed_text}\n\nتحديث رقم {i}." for i in range(400)]
    harness.produce([_article(i, t) for i, t in enumerate(texts)])
    expected = {event_id(Article(id=f"a{i}", text=t)) for i, t in enumerate(texts)}

    first = harness.worker()
    first.start()
    harness.consume(harness.enriched, 8)
    first.kill()  # no graceful shutdown: uncommitted work must be redone, not lost
    done_before_restart = {r["event_id"] for r in harness.consume(harness.enriched, 0, timeout=2)}
    assert len(done_before_restart) < len(expected), "the worker must be stopped mid-batch"
    second = harness.worker()
    second.start()

    records = harness.consume(
        harness.enriched,
        len(expected),
        timeout=240,  # 400 pages on a loaded 2-core runner; speed is for `rasd bench`
        until=lambda rs: {r["event_id"] for r in rs} >= expected,
    )
    ids = [r["event_id"] for r in records]
    assert set(ids) == expected
    by_id: dict[str, dict] = {}
    for r in records:
        stable = {k: v for k, v in r.items() if k != "processed_at"}
        assert by_id.setdefault(r["event_id"], stable) == stable, "a re-delivery changed content"
    assert second.stop() == 0
    # the gap check at each assignment asked the broker for the committed offsets
    assert "could not read the committed offset" not in first.log() + second.log()


_REFILL = """
import json, sys
from stream import agents
topic = sys.argv[1]
records = agents.read_records(topic, 0, 1, 3)
print(json.dumps({
    "start": agents._committed_or_start(topic, 0),
    "records": [[r.offset, r.key.decode(), json.loads(r.value)["id"]] for r in records],
}))
"""


def _refill_probe(harness) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _REFILL, harness.articles],
        cwd=ROOT,
        env=harness.env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_gap_refill_reads_skipped_records_and_the_resume_offset(harness):
    """What the enrich agent uses when Faust skips records (stream/agents.py) on the broker."""
    producer = KafkaProducer(bootstrap_servers=harness.bootstrap, acks="all")
    for i in range(5):
        producer.send(harness.articles, key=f"k{i}".encode(), value=_article(i, "نص"), partition=0)
    producer.flush()
    producer.close()

    probe = _refill_probe(harness)
    assert probe["records"] == [[1, "k1", "a1"], [2, "k2", "a2"]]
    assert probe["start"] == 0  # nothing committed: the group starts at the log start

    tp = TopicPartition(harness.articles, 0)
    group = KafkaConsumer(bootstrap_servers=harness.bootstrap, group_id=harness.env["RASD_APP_ID"])
    group.commit({tp: OffsetAndMetadata(3, "", -1)})
    group.close()
    assert _refill_probe(harness)["start"] == 3


def test_article_near_the_1mb_limit_is_enriched(harness, seed_text):
    body = seed_text.split("المصدر:")[0]
    text = (body * (950_000 // len(body) + 1))[:950_000]
    value = json.dumps({"id": "big", "text": text}, ensure_ascii=False).encode()
    assert len(value) > 1_000_000  # above Kafka's default message size
    worker = harness.worker()
    worker.start()
    harness.produce([value], max_request_size=4 * 1024 * 1024)
    [record] = harness.consume(harness.enriched, 1, timeout=120)
    event = EnrichedArticle.model_validate(record)
    assert event.article_id == "big"
    assert event.event_id == event_id(Article(id="big", text=text))
