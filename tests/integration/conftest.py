"""Fixtures for tests against the real local Kafka broker that `make test` starts.

Every test gets its own topics, consumer group and worker process, so tests never see each
other's messages.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from kafka import KafkaConsumer, KafkaProducer

from stream.pipeline.categories import Taxonomy
from stream.settings import Settings
from stream.topics import ensure_topics

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def bootstrap() -> str:
    server = os.environ.get("RASD_TEST_BOOTSTRAP")
    if not server:
        message = "RASD_TEST_BOOTSTRAP is not set: run `make test`, which starts the broker"
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(message)
        pytest.skip(message)
    return server


class Worker:
    """A `rasd worker` subprocess with its own log file."""

    def __init__(self, env: dict[str, str], log_path: Path) -> None:
        self.env = env
        self.log_path = log_path
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 90.0) -> None:
        offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "stream.cli", "worker", "-l", "info"],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = self.log_path.read_bytes()[offset:].decode("utf-8", errors="replace")
            if "Ready" in text:
                return
            if self.proc.poll() is not None:
                raise AssertionError(f"worker exited with {self.proc.returncode}:\n{text[-4000:]}")
            time.sleep(0.3)
        raise AssertionError(f"worker not ready after {timeout}s:\n{self.log()[-4000:]}")

    def stop(self, timeout: float = 60.0) -> int:
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.kill()
        self.proc.wait()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


class Harness:
    """Unique topics for one test, plus produce/consume helpers over kafka-python."""

    def __init__(self, bootstrap: str, tmp_path: Path) -> None:
        run = uuid.uuid4().hex[:10]
        self.bootstrap = bootstrap
        self.tmp_path = tmp_path
        self.articles = f"t{run}.articles.raw"
        self.enriched = f"t{run}.events.enriched"
        self.dlq = f"t{run}.articles.dlq"
        self.category_prefix = f"t{run}.events.category."
        self.env = {
            **os.environ,
            "RASD_BOOTSTRAP_SERVERS": bootstrap,
            "RASD_APP_ID": f"rasd-test-{run}",
            "RASD_TOPIC_ARTICLES": self.articles,
            "RASD_TOPIC_ENRICHED": self.enriched,
            "RASD_TOPIC_DLQ": self.dlq,
            "RASD_TOPIC_ALERTS": f"t{run}.alerts",
            "RASD_TOPIC_CATEGORY_PREFIX": self.category_prefix,
            "RASD_PARTITIONS": "2",
            "RASD_DATA_DIR": str(tmp_path / "worker-data"),
            "RASD_WEB_ENABLED": "false",
            "RASD_COMMIT_INTERVAL": "0.5",
            "RASD_SESSION_TIMEOUT": "8",
        }
        self.workers: list[Worker] = []
        # As an operator would (`rasd kafka topics`): topics exist before producers write.
        settings = Settings(
            **{
                k[5:].lower(): v
                for k, v in self.env.items()
                if k.startswith("RASD_") and k[5:].lower() in Settings.model_fields
            }
        )
        ensure_topics(settings, Taxonomy.load().ids)

    def worker(self, **extra_env: str) -> Worker:
        w = Worker({**self.env, **extra_env}, self.tmp_path / f"worker-{len(self.workers)}.log")
        self.workers.append(w)
        return w

    def produce(
        self,
        values: list[bytes],
        keys: list[bytes | None] | None = None,
        max_request_size: int = 1048576,
    ) -> None:
        producer = KafkaProducer(
            bootstrap_servers=self.bootstrap, acks="all", max_request_size=max_request_size
        )
        try:
            for i, value in enumerate(values):
                key = keys[i] if keys else f"k{i}".encode()
                producer.send(self.articles, key=key, value=value).get(timeout=30)
        finally:
            producer.close()

    def consume(
        self,
        topic: str,
        count: int,
        timeout: float = 90.0,
        until: Callable[[list[dict]], bool] | None = None,
    ) -> list[dict]:
        """Read `topic` from the beginning until `count` records arrived (or `until` holds)."""
        consumer = KafkaConsumer(
            topic,
            bootstrap_servers=self.bootstrap,
            group_id=None,
            auto_offset_reset="earliest",
            enable_auto_commit=False,
            consumer_timeout_ms=200,
            metadata_max_age_ms=1000,
        )
        records: list[dict] = []
        deadline = time.monotonic() + timeout
        try:
            while time.monotonic() < deadline:
                for msg in consumer:
                    records.append(json.loads(msg.value))
                done = until(records) if until else len(records) >= count
                if done:
                    break
        finally:
            consumer.close()
        return records


@pytest.fixture
def harness(bootstrap: str, tmp_path: Path) -> Iterator[Harness]:
    h = Harness(bootstrap, tmp_path)
    yield h
    for w in h.workers:
        if w.proc is not None and w.proc.poll() is None:
            w.stop()


@pytest.fixture
def seed_text() -> str:
    return (ROOT / "samples" / "seed-article-ar.txt").read_text(encoding="utf-8")
