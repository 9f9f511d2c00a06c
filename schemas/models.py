"""Pydantic models of Rasd's wire contracts (schema_version 1), as in ARCHITECTURE.md.

Inputs ignore unknown fields (producers evolve); outputs are strict (extra fields forbidden).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1
MAX_TEXT_CHARS = 1_000_000  # "at most 1 MB": counted in characters of the decoded text

EntityType = Literal["PER", "LOC", "ORG"]
DeadLetterErrorType = Literal[
    "invalid_json", "invalid_article", "too_large", "empty_text", "internal"
]


class Article(BaseModel):
    """An article as scrapers and feeds publish it on `articles.raw`."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)

    id: str | None = Field(
        None,
        max_length=512,
        description="Producer's id; if absent a stable id is derived from url or text.",
    )
    url: str | None = Field(None, max_length=8192, description="Canonical URL of the page.")
    source: str | None = Field(
        None, max_length=512, description="Outlet name; may also be detected from the text."
    )
    title: str | None = Field(None, max_length=4096, description="Headline, if the feed has one.")
    text: str = Field(
        ...,
        description="The article as scraped; may hold page boilerplate. At most 1 MB.",
    )
    published_at: datetime | None = Field(None, description="Publication time, ISO 8601.")
    language: str | None = Field(
        None, max_length=32, description="A hint only; the pipeline detects the language."
    )


class Entity(BaseModel):
    """A person, place or organization found in the article, with every mention."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(
        ...,
        description="Knowledge-base id (a Wikidata id where known), or null for a name "
        "discovered in the text but not in the knowledge base.",
    )
    type: EntityType = Field(..., description="PER (person), LOC (place) or ORG (organization).")
    name: str = Field(..., description="Canonical Arabic name.")
    name_en: str | None = Field(..., description="English name, when known.")
    text: str = Field(..., description="First surface form as written in the input text.")
    mentions: list[Annotated[list[int], Field(min_length=2, max_length=2)]] = Field(
        ...,
        description="[start, end) character offsets of every mention in the input `text`.",
    )
    count: int = Field(..., ge=1, description="Number of mentions.")


class CategoryScore(BaseModel):
    """A category the article is substantially about, with the evidence that fired."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(..., description="Category id from the taxonomy, e.g. red_sea.")
    score: float = Field(..., ge=0.0, le=1.0, description="Confidence in [0, 1].")
    evidence: list[str] = Field(
        ..., description="Matched terms and entity ids that produced the score."
    )


class EnrichedArticle(BaseModel):
    """The enriched event on `events.enriched` and `events.category.<id>`."""

    model_config = ConfigDict(extra="forbid")

    schema_version: Literal[1] = Field(1, description="Contract version.")
    event_id: str = Field(
        ...,
        description="Deterministic: the same article content gives the same id, so consumers "
        "can be idempotent across re-deliveries.",
    )
    article_id: str = Field(..., description="Producer's id, or one derived from url or text.")
    url: str | None = Field(..., description="URL of the page.")
    source: str | None = Field(..., description="Outlet, as given or detected from the text.")
    title: str | None = Field(..., description="Headline, as given or detected.")
    language: str = Field(..., description="Detected language: ar, en or other.")
    published_at: datetime | None = Field(..., description="Publication time, if known.")
    processed_at: datetime = Field(..., description="When Rasd enriched the article (UTC).")
    text: str = Field(..., description="Cleaned body: page furniture removed.")
    lead: str = Field(..., description="First sentence of the body.")
    keywords: list[str] = Field(..., description="Tags the page listed (كلمات دلالية, ...).")
    related_headlines: list[str] = Field(
        ..., description="Headlines of read-also / related-article lists, deduplicated."
    )
    entities: list[Entity] = Field(..., description="People, places and organizations.")
    categories: list[CategoryScore] = Field(
        ..., description="Assigned categories, highest score first; empty when none applies."
    )
    duplicate_of: str | None = Field(
        ..., description="event_id of an earlier near-duplicate (syndicated copy), or null."
    )
    taxonomy_version: str = Field(..., description="Version of the taxonomy that classified it.")
    kb_version: str = Field(..., description="Version of the entity knowledge base.")
    pipeline_version: str = Field(..., description="Version of the Rasd pipeline.")


class DeadLetter(BaseModel):
    """A message that could not be enriched, with the reason and its Kafka coordinates."""

    model_config = ConfigDict(extra="forbid")

    schema_version: Literal[1] = Field(1, description="Contract version.")
    error_type: DeadLetterErrorType = Field(..., description="Machine-readable failure class.")
    error: str = Field(..., description="Human-readable reason.")
    source_topic: str | None = Field(..., description="Topic the message was read from.")
    partition: int | None = Field(..., description="Partition of the message.")
    offset: int | None = Field(..., description="Offset of the message.")
    key: str | None = Field(..., description="Message key (UTF-8, or base64 when not UTF-8).")
    key_encoding: Literal["utf-8", "base64"] | None = Field(
        None, description="How `key` is encoded; null when there is no key."
    )
    payload: str = Field(..., description="The original value (UTF-8, or base64 when not UTF-8).")
    payload_encoding: Literal["utf-8", "base64"] = Field(
        ..., description="How `payload` is encoded."
    )
    failed_at: datetime = Field(..., description="When the message was dead-lettered (UTC).")


class Alert(BaseModel):
    """A spike or watchlist alert on `alerts`."""

    model_config = ConfigDict(extra="forbid")

    schema_version: Literal[1] = Field(1, description="Contract version.")
    alert_id: str = Field(..., description="Deterministic id of the alert.")
    kind: Literal["spike", "watchlist"] = Field(..., description="What triggered it.")
    category: str | None = Field(None, description="Category id, for category alerts.")
    entity_id: str | None = Field(None, description="Entity id, for entity alerts.")
    window_start: datetime = Field(..., description="Start of the counting window.")
    window_end: datetime = Field(..., description="End of the counting window.")
    count: int = Field(..., ge=0, description="Events in the window.")
    baseline: float = Field(..., ge=0.0, description="Expected count for a window.")
    severity: Literal["info", "warning", "critical"] = Field(..., description="How unusual.")
    sample_event_ids: list[str] = Field(..., description="Some event_ids in the window.")
    message: str = Field(..., description="Human-readable summary.")
