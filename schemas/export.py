"""Export the wire-contract models as JSON Schema files (schemas/json/*.schema.json)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from schemas.models import Alert, Article, DeadLetter, EnrichedArticle

CONTRACTS: dict[str, type[BaseModel]] = {
    "article": Article,
    "enriched_article": EnrichedArticle,
    "dead_letter": DeadLetter,
    "alert": Alert,
}
JSON_DIR = Path(__file__).resolve().parent / "json"


def schema_text(model: type[BaseModel]) -> str:
    """The JSON Schema of a model, serialized deterministically."""
    # Inputs are documented as producers must write them, outputs as Rasd writes them.
    mode: Literal["validation", "serialization"] = (
        "validation" if model is Article else "serialization"
    )
    schema = model.model_json_schema(mode=mode)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def export_all(out_dir: Path | None = None) -> list[Path]:
    out_dir = out_dir or JSON_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in CONTRACTS.items():
        path = out_dir / f"{name}.schema.json"
        path.write_text(schema_text(model), encoding="utf-8")
        written.append(path)
    return written
