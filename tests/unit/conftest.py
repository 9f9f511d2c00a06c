"""Fixtures shared by the unit tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from stream.pipeline.entities import EntityExtractor, KnowledgeBase
from stream.pipeline.tagger import EntityTagger


@pytest.fixture(scope="session")
def extractor() -> EntityExtractor:
    """The extractor over the packaged knowledge base, built once (it takes about a second)."""
    return EntityExtractor(KnowledgeBase.load())


@pytest.fixture(scope="session")
def tagged_extractor(extractor: EntityExtractor) -> EntityExtractor:
    """The production extractor: the same rules plus the packaged sequence tagger."""
    return EntityExtractor(extractor.kb, EntityTagger.load())


Found = Callable[[str], set[tuple[str, str]]]


@pytest.fixture(scope="session")
def found(extractor: EntityExtractor) -> Found:
    """The (surface, type) of every entity mention the extractor finds in a text."""

    def mentions(text: str) -> set[tuple[str, str]]:
        return {(text[s:e], ent.type) for ent in extractor.extract(text) for s, e in ent.mentions}

    return mentions
