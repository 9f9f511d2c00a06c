"""The packaged knowledge base and taxonomy agree with each other."""

from __future__ import annotations

from stream.pipeline.categories import Taxonomy
from stream.pipeline.entities import KnowledgeBase


def test_every_entity_cue_of_the_packaged_taxonomy_is_in_the_packaged_kb():
    kb = KnowledgeBase.load()
    taxonomy = Taxonomy.load()
    missing = [
        (category_id, entity_id)
        for category_id in taxonomy.ids
        for entity_id, _ in taxonomy.category(category_id).entities
        if entity_id not in kb
    ]
    assert not missing, f"taxonomy cites ids the knowledge base lacks: {missing}"
