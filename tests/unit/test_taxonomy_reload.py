"""Hot reload of the taxonomy: valid files swap in, invalid or half-written ones are refused."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from stream.pipeline.categories import TaxonomyError, TaxonomyReloader

FIXTURES = Path(__file__).parents[1] / "resources" / "taxonomies"
MINIMAL = (FIXTURES / "minimal.yaml").read_text(encoding="utf-8")
LOG = "test.taxonomy.reload"
TEXT = "أطلق الحوثيون صواريخ على سفينة في البحر الأحمر قرب باب المندب."


def v2(text: str = MINIMAL) -> str:
    """Version 2: a new version string and 'سفينة' as a red_sea term."""
    return text.replace('version: "test-1"', 'version: "test-2"').replace(
        "terms: [البحر الأحمر, باب المندب]", "terms: [البحر الأحمر, باب المندب, سفينة]"
    )


def write(path: Path, text: str, bump: int = 1) -> None:
    """Write and move the mtime forward, so the change is seen even on coarse clocks."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    stamp = max(before + bump * 1_000_000_000, path.stat().st_mtime_ns)
    os.utime(path, ns=(stamp, stamp))


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "taxonomy.yaml"
    write(p, MINIMAL)
    return p


@pytest.fixture
def reloader(path: Path) -> TaxonomyReloader:
    return TaxonomyReloader(path, logging.getLogger(LOG))


def red_sea_evidence(reloader: TaxonomyReloader) -> list[str]:
    scores = reloader.classifier.classify(TEXT, None, None, [])
    return next(s.evidence for s in scores if s.id == "red_sea")


def test_initial_load(reloader: TaxonomyReloader) -> None:
    assert reloader.classifier.taxonomy.version == "test-1"
    assert reloader.maybe_reload() is False  # nothing changed


def test_invalid_initial_file_raises(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text('version: "1"\ncategories: []\n', encoding="utf-8")
    with pytest.raises(TaxonomyError):
        TaxonomyReloader(bad)


def test_missing_initial_file_raises(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError):
        TaxonomyReloader(tmp_path / "absent.yaml")


def test_valid_change_is_swapped_in(path: Path, reloader: TaxonomyReloader) -> None:
    old = reloader.classifier
    assert "سفينة" not in red_sea_evidence(reloader)
    write(path, v2())
    assert reloader.maybe_reload() is True
    assert reloader.classifier is not old
    assert reloader.classifier.taxonomy.version == "test-2"
    assert "سفينة" in red_sea_evidence(reloader)
    assert reloader.maybe_reload() is False  # already in force


def test_old_classifier_keeps_working_after_swap(path: Path, reloader: TaxonomyReloader) -> None:
    """An event being classified during a swap finishes with the classifier it started with."""
    old = reloader.classifier
    write(path, v2())
    assert reloader.maybe_reload()
    assert old.taxonomy.version == "test-1"
    assert [s.id for s in old.classify(TEXT, None, None, [])] == ["red_sea"]


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(MINIMAL.replace("threshold: 3", "threshold: -3", 1), id="negative-threshold"),
        pytest.param(MINIMAL.replace("  - id: sports", "  - id: Sports Desk", 1), id="bad-id"),
        pytest.param(MINIMAL + "  - id: [", id="broken-yaml"),
        pytest.param("", id="emptied"),
    ],
)
def test_invalid_change_keeps_the_old_taxonomy(
    path: Path, reloader: TaxonomyReloader, caplog: pytest.LogCaptureFixture, content: str
) -> None:
    old = reloader.classifier
    write(path, content)
    with caplog.at_level(logging.ERROR, logger=LOG):
        assert reloader.maybe_reload() is False
    assert reloader.classifier is old
    assert reloader.classifier.taxonomy.version == "test-1"
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1
    assert str(path) in errors[0].getMessage()
    assert "keeping version test-1" in errors[0].getMessage()


def test_partial_write_is_refused_then_completed_write_is_accepted(
    path: Path, reloader: TaxonomyReloader, caplog: pytest.LogCaptureFixture
) -> None:
    full = v2()
    write(path, full[: len(full) // 2])  # the editor or copy is half-way through
    with caplog.at_level(logging.ERROR, logger=LOG):
        assert reloader.maybe_reload() is False
    assert reloader.classifier.taxonomy.version == "test-1"
    assert "invalid YAML" in caplog.text or "required categories missing" in caplog.text
    write(path, full)  # the write completes
    assert reloader.maybe_reload() is True
    assert reloader.classifier.taxonomy.version == "test-2"


def test_rejected_file_is_logged_once_not_on_every_timer_tick(
    path: Path, reloader: TaxonomyReloader, caplog: pytest.LogCaptureFixture
) -> None:
    write(path, "version: [")
    with caplog.at_level(logging.ERROR, logger=LOG):
        for _ in range(5):
            assert reloader.maybe_reload() is False
        write(path, "version: [")  # touched again, same bad content
        assert reloader.maybe_reload() is False
    assert len([r for r in caplog.records if r.levelno == logging.ERROR]) == 1


def test_force_reads_again_and_logs_a_still_invalid_file(
    path: Path, reloader: TaxonomyReloader, caplog: pytest.LogCaptureFixture
) -> None:
    """SIGHUP calls maybe_reload(force=True): the operator gets the reason again."""
    write(path, "version: [")
    with caplog.at_level(logging.ERROR, logger=LOG):
        assert reloader.maybe_reload() is False
        assert reloader.maybe_reload(force=True) is False
    assert len([r for r in caplog.records if r.levelno == logging.ERROR]) == 2


def test_touch_without_change_does_not_reload(path: Path, reloader: TaxonomyReloader) -> None:
    old = reloader.classifier
    write(path, MINIMAL)
    assert reloader.maybe_reload() is False
    assert reloader.maybe_reload(force=True) is False
    assert reloader.classifier is old


def test_same_size_change_is_seen_through_mtime(path: Path, reloader: TaxonomyReloader) -> None:
    same_size = MINIMAL.replace('version: "test-1"', 'version: "test-9"')
    assert len(same_size) == len(MINIMAL)
    write(path, same_size)
    assert reloader.maybe_reload() is True
    assert reloader.classifier.taxonomy.version == "test-9"


def test_deleted_file_keeps_the_old_taxonomy(
    path: Path, reloader: TaxonomyReloader, caplog: pytest.LogCaptureFixture
) -> None:
    path.unlink()
    with caplog.at_level(logging.ERROR, logger=LOG):
        for _ in range(3):  # timer ticks during the outage: one log line, not one per tick
            assert reloader.maybe_reload() is False
    assert reloader.classifier.taxonomy.version == "test-1"
    assert "cannot read" in caplog.text
    assert len([r for r in caplog.records if r.levelno == logging.ERROR]) == 1
    write(path, v2())  # restored
    assert reloader.maybe_reload() is True


def test_atomic_replace_is_picked_up(path: Path, reloader: TaxonomyReloader) -> None:
    """The recommended way to publish: write a temporary file, then rename it over the old one."""
    tmp = path.with_suffix(".tmp")
    write(tmp, v2(), bump=5)
    tmp.replace(path)
    assert reloader.maybe_reload() is True
    assert reloader.classifier.taxonomy.version == "test-2"
