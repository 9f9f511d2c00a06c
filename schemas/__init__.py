"""Rasd's wire contracts: pydantic models and their exported JSON Schema files (schemas/json)."""

from schemas.models import (
    MAX_TEXT_CHARS,
    SCHEMA_VERSION,
    Alert,
    Article,
    CategoryScore,
    DeadLetter,
    EnrichedArticle,
    Entity,
)

__all__ = [
    "MAX_TEXT_CHARS",
    "SCHEMA_VERSION",
    "Alert",
    "Article",
    "CategoryScore",
    "DeadLetter",
    "EnrichedArticle",
    "Entity",
]
