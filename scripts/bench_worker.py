"""End-to-end worker benchmark on a real local broker: articles/s from raw to enriched.

    uv run python scripts/bench_worker.py [--articles 2000] [--port 19192]

Starts its own broker (fresh data) on --port, publishes N sample-based articles to unique topics,
starts `rasd worker`, and reports the time until every event arrived. Stops what it started.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from kafka import KafkaConsumer, KafkaProducer

from stream.kafka_local import LocalKafka
from stream.pipeline.categories import Taxonomy
from stream.settings import Settings
from stream.topics import ensure_topics

ROOT = Path(__file__).resolve().parents[1]


def _articles(n: int) -> list[bytes]:
    base = [json.loads(line) for line in (ROOT / "samples/articles.jsonl").read_text().splitlines()]
    base.append({"text": (ROOT / "samples/seed-article-ar.txt").read_text(encoding="utf-8")})
    out = []
    for i in range(n):
        article = dict(base[i % len(base)])
        article["id"] = f"bench-{i}"
        article["text"] = f"{article['text']}\n\n(تحديث {i})"
        out.append(json.dumps(article, ensure_ascii=False).encode())
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--port", type=int, default=19192)
    parser.add_argument("--partitions", type=int, default=4)
    args = parser.parse_args()

    state = Path(tempfile.mkdtemp(prefix="rasd-bench-"))
    broker = LocalKafka(state / "kafka", port=args.port, controller_port=args.port + 1)
    broker.start(fresh=True)
    run = uuid.uuid4().hex[:8]
    env = {
        **os.environ,
        "RASD_BOOTSTRAP_SERVERS": broker.bootstrap,
        "RASD_APP_ID": f"bench-{run}",
        "RASD_TOPIC_ARTICLES": f"b{run}.articles.raw",
        "RASD_TOPIC_ENRICHED": f"b{run}.events.enriched",
        "RASD_TOPIC_DLQ": f"b{run}.articles.dlq",
        "RASD_TOPIC_ALERTS": f"b{run}.alerts",
        "RASD_TOPIC_CATEGORY_PREFIX": f"b{run}.events.category.",
        "RASD_PARTITIONS": str(args.partitions),
        "RASD_DATA_DIR": str(state / "worker"),
        "RASD_WEB_ENABLED": "false",
    }
    settings = Settings(
        bootstrap_servers=broker.bootstrap,
        app_id=env["RASD_APP_ID"],
        topic_articles=env["RASD_TOPIC_ARTICLES"],
        topic_enriched=env["RASD_TOPIC_ENRICHED"],
        topic_dlq=env["RASD_TOPIC_DLQ"],
        topic_alerts=env["RASD_TOPIC_ALERTS"],
        topic_category_prefix=env["RASD_TOPIC_CATEGORY_PREFIX"],
        partitions=args.partitions,
    )
    worker = None
    try:
        ensure_topics(settings, Taxonomy.load().ids)
        values = _articles(args.articles)
        producer = KafkaProducer(bootstrap_servers=broker.bootstrap, acks="all", linger_ms=5)
        for i, value in enumerate(values):
            producer.send(settings.topic_articles, key=f"k{i}".encode(), value=value)
        producer.flush()
        producer.close()
        size = sum(len(v) for v in values)
        print(f"published {len(values)} articles ({size / 1e6:.1f} MB)", file=sys.stderr)

        began = time.perf_counter()
        log = (state / "worker.log").open("wb")
        print(f"worker log: {state / 'worker.log'}", file=sys.stderr)
        worker = subprocess.Popen(
            [sys.executable, "-m", "stream.cli", "worker", "-l", "warning"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        consumer = KafkaConsumer(
            settings.topic_enriched,
            bootstrap_servers=broker.bootstrap,
            group_id=None,
            auto_offset_reset="earliest",
            consumer_timeout_ms=500,
            metadata_max_age_ms=1000,
        )
        seen: set[str] = set()
        first_at = None
        while len(seen) < len(values) and time.perf_counter() - began < 300:
            for msg in consumer:
                if first_at is None:
                    first_at = time.perf_counter()
                seen.add(json.loads(msg.value)["event_id"])
        done = time.perf_counter()
        consumer.close()
        assert first_at is not None, "no event arrived"
        steady = (len(seen) - 1) / (done - first_at) if done > first_at else float("nan")
        print(
            f"{len(seen)} of {len(values)} events in {done - began:.1f}s from worker start "
            f"(start-up to first event {first_at - began:.1f}s); steady state {steady:.0f} "
            f"articles/s, {size / (done - first_at) / 1e6:.2f} MB/s; "
            f"{args.partitions} partitions, one worker process"
        )
        return 0 if len(seen) == len(values) else 1
    finally:
        if worker is not None:
            worker.send_signal(signal.SIGTERM)
            try:
                worker.wait(timeout=60)
            except subprocess.TimeoutExpired:
                worker.kill()
        broker.stop()


if __name__ == "__main__":
    sys.exit(main())
