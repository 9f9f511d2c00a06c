"""Hot reload of the taxonomy in a running worker: new categories route, bad files are refused."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import yaml

from stream.pipeline.categories import Taxonomy

pytestmark = pytest.mark.integration

PACKAGED = Path(Taxonomy.load.__code__.co_filename).parent.parent / "resources" / "taxonomy.yaml"
MARKER = "الزرافات القزمة"
TEXT = (
    f"رصد باحثون قطيعا من {MARKER} في محمية طبيعية، وقالوا إن أعداد {MARKER} تراجعت كثيرا. "
    f"ويأمل الباحثون أن تساعد المحمية على حماية {MARKER} من الانقراض."
)


def _write_atomically(path: Path, text: str) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def _with_wildlife(version: str) -> str:
    data = yaml.safe_load(PACKAGED.read_text(encoding="utf-8"))
    data["version"] = version
    data["categories"].append(
        {
            "id": "wildlife",
            "label_ar": "الحياة البرية",
            "label_en": "Wildlife",
            "description": "Animals in the wild (added by a hot-reload test).",
            "threshold": 1,
            "terms": [{"weight": 3, "terms": [MARKER]}],
        }
    )
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def test_worker_picks_up_a_new_taxonomy_and_keeps_it_when_the_next_is_broken(harness, tmp_path):
    taxonomy = tmp_path / "taxonomy.yaml"
    taxonomy.write_text(PACKAGED.read_text(encoding="utf-8"), encoding="utf-8")
    worker = harness.worker(RASD_TAXONOMY_PATH=str(taxonomy), RASD_TAXONOMY_RELOAD_SECONDS="0.5")
    worker.start()

    def send(i: int) -> dict:
        harness.produce([json.dumps({"id": f"r{i}", "text": TEXT}, ensure_ascii=False).encode()])
        records = harness.consume(
            harness.enriched, i + 1, until=lambda rs: any(r["article_id"] == f"r{i}" for r in rs)
        )
        return next(r for r in records if r["article_id"] == f"r{i}")

    before = send(0)
    assert "wildlife" not in [c["id"] for c in before["categories"]]

    _write_atomically(taxonomy, _with_wildlife("reload-test-2"))
    deadline = time.monotonic() + 30
    while "taxonomy reloaded: version reload-test-2" not in worker.log():
        assert time.monotonic() < deadline, worker.log()[-3000:]
        time.sleep(0.2)
    after = send(1)
    assert after["taxonomy_version"] == "reload-test-2"
    assert [c["id"] for c in after["categories"]] == ["wildlife"]
    routed = harness.consume(harness.category_prefix + "wildlife", 1)
    assert [r["event_id"] for r in routed] == [after["event_id"]]

    _write_atomically(taxonomy, "version: broken\ncategories: [\n")  # invalid YAML
    deadline = time.monotonic() + 30
    while "taxonomy reload refused, keeping version reload-test-2" not in worker.log():
        assert time.monotonic() < deadline, worker.log()[-3000:]
        time.sleep(0.2)
    kept = send(2)
    assert kept["taxonomy_version"] == "reload-test-2"
    assert [c["id"] for c in kept["categories"]] == ["wildlife"]
