"""The enrichment pipeline: pure Python, no Faust, no Kafka, no settings reads.

`enrich(article, resources)` is the one function the Faust agent, `rasd enrich` and the
benchmarks share: clean -> detect language -> entities -> categories -> EnrichedArticle.
"""

from __future__ import annotations

import hashlib
import json
from bisect import bisect_right
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from schemas import Article, EnrichedArticle, Entity
from stream.pipeline.categories import CategoryClassifier, Taxonomy
from stream.pipeline.clean import (
    CleanedArticle,
    clean,
    is_button_row,
    lead_sentence,
    line_spans,
)
from stream.pipeline.entities import EntityExtractor, KnowledgeBase
from stream.pipeline.language import detect_language
from stream.pipeline.tagger import EntityTagger

try:
    PIPELINE_VERSION = version("rasd")
except PackageNotFoundError:  # running from a source tree that was not installed
    PIPELINE_VERSION = "0+unknown"


@dataclass(frozen=True, slots=True)
class Resources:
    """The validated data stages the pipeline needs, built once at start-up."""

    extractor: EntityExtractor
    classifier: CategoryClassifier

    @property
    def kb_version(self) -> str:
        return self.extractor.kb.version

    @property
    def taxonomy_version(self) -> str:
        return self.classifier.taxonomy.version


def load_extractor(
    kb_path: Path | None = None, tagger: bool = True, tagger_model: Path | None = None
) -> EntityExtractor:
    """The entity extractor: the knowledge base and rules, plus the sequence tagger unless
    `tagger` is False (packaged ones when paths are None)."""
    kb = KnowledgeBase.load(kb_path)
    return EntityExtractor(kb, EntityTagger.load(tagger_model) if tagger else None)


def load_resources(
    kb_path: Path | None = None,
    taxonomy_path: Path | None = None,
    *,
    tagger: bool = True,
    tagger_model: Path | None = None,
) -> Resources:
    """Load and validate the knowledge base, tagger and taxonomy (packaged ones when paths are
    None).

    Raises KnowledgeBaseError, TaggerError or TaxonomyError with a clear message when one is
    invalid.
    """
    extractor = load_extractor(kb_path, tagger, tagger_model)
    classifier = CategoryClassifier(Taxonomy.load(taxonomy_path))
    return Resources(extractor, classifier)


def _digest(*parts: str | None) -> str:
    payload = json.dumps(parts, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def article_id(article: Article) -> str:
    """The producer's id, else a stable id derived from the URL, else from the text."""
    if article.id:
        return article.id
    if article.url:
        return "url-" + _digest(article.url)[:24]
    return "text-" + _digest(article.text)[:24]


def event_id(article: Article) -> str:
    """Deterministic id of the enriched event: a hash of the article's content and identity.

    Re-delivery of the same message yields the same id, so downstream consumers can be idempotent.
    Processing time and pipeline versions are deliberately not part of it.
    """
    published = article.published_at.isoformat() if article.published_at else None
    return _digest(
        article_id(article), article.url, article.source, article.title, article.text, published
    )[:32]


def entity_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where entities are read: every line of the input that holds text, trimmed (the
    cleaner's own line split). That is the whole page, furniture included: a read-also
    article, related headlines, captions and credit lines name people, places and
    organizations too (the seed page's أردوغان، عطاف and تبون appear only in its read-also
    article), and labellers of real news pages tag them. Each line is a region of its own: no
    name runs across a line break. Rows of share buttons are left out."""
    return tuple((s, e) for s, e in line_spans(text) if not is_button_row(text[s:e]))


def reading_spans(cleaned: CleanedArticle) -> tuple[tuple[int, int], ...]:
    """The article itself: the body, a headline taken from the page's first line and a
    dateline on its own line ("الدوحة – قنا:"), in text order. Categories take their entity
    cues only from names mentioned here, not from the page furniture around it."""
    extra = [s for s in (cleaned.title_span, cleaned.dateline_span) if s is not None]
    if not extra:
        return cleaned.body
    return tuple(sorted({*extra, *cleaned.body}))


def mentioned_in(entities: list[Entity], spans: tuple[tuple[int, int], ...]) -> list[Entity]:
    """The entities with at least one mention inside `spans` (sorted, non-overlapping)."""
    starts = [a for a, _ in spans]
    out = []
    for entity in entities:
        for s, e in entity.mentions:
            k = bisect_right(starts, s) - 1
            if k >= 0 and e <= spans[k][1]:
                out.append(entity)
                break
    return out


def enrich(
    article: Article,
    resources: Resources,
    *,
    processed_at: datetime | None = None,
    duplicate_of: str | None = None,
) -> EnrichedArticle:
    """Turn one validated Article into an EnrichedArticle."""
    cleaned = clean(article.text)
    title = article.title.strip() if article.title and article.title.strip() else cleaned.title
    entities = resources.extractor.extract(article.text, entity_spans(article.text))
    cues = mentioned_in(entities, reading_spans(cleaned))  # not the read-also story's names
    categories = resources.classifier.classify(article.text, cleaned.body, title, cues)
    return EnrichedArticle(
        event_id=event_id(article),
        article_id=article_id(article),
        url=article.url,
        source=article.source or cleaned.source,
        title=title,
        language=detect_language(cleaned.text or article.text),
        published_at=article.published_at,
        processed_at=processed_at or datetime.now(UTC),
        text=cleaned.text,
        lead=lead_sentence(cleaned.text),
        keywords=list(cleaned.keywords),
        related_headlines=list(cleaned.related_headlines),
        entities=entities,
        categories=categories,
        duplicate_of=duplicate_of,
        taxonomy_version=resources.taxonomy_version,
        kb_version=resources.kb_version,
        pipeline_version=PIPELINE_VERSION,
    )
