"""line_kind(): furniture lines in many spellings are markers; body lines sharing words are not.

The lines live in tests/resources/cleaning/*-lines.tsv (id, tab, line) so the layout property
tests can build pages from the same spellings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from stream.pipeline.clean import MARKER_KINDS, line_kind

RESOURCES = Path(__file__).parents[1] / "resources" / "cleaning"


def load_lines(name: str) -> list[tuple[str, str]]:
    """(id, line) rows of a fixture file; '#' starts a comment row."""
    out = []
    for row in (RESOURCES / name).read_text(encoding="utf-8").splitlines():
        if row and not row.startswith("#"):
            case, line = row.split("\t", 1)
            out.append((case, line))
    return out


FURNITURE = [pytest.param(line, id=case) for case, line in load_lines("furniture-lines.tsv")]
BODY = [pytest.param(line, id=case) for case, line in load_lines("body-lines.tsv")]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_line_is_a_marker(line: str) -> None:
    assert line_kind(line) in MARKER_KINDS


@pytest.mark.parametrize("line", BODY)
def test_body_line_is_not_a_marker(line: str) -> None:
    assert line_kind(line) not in MARKER_KINDS


def test_fixture_files_are_not_empty() -> None:
    assert len(FURNITURE) > 100 and len(BODY) > 15
