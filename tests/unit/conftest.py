"""Fixtures shared by the unit tests."""

from __future__ import annotations

import pytest

from stream.pipeline.entities import EntityExtractor, KnowledgeBase


@pytest.fixture(scope="session")
def extractor() -> EntityExtractor:
    """The extractor over the packaged knowledge base, built once (it takes about a second)."""
    return EntityExtractor(KnowledgeBase.load())
