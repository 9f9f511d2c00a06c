"""Parsing raw Kafka values into Articles, and dead letters for those that cannot be used.

Shared by the Faust agent and the offline `rasd enrich`: both reject the same inputs alike.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import UTC, datetime
from typing import Literal

from pydantic import ValidationError

from schemas import MAX_TEXT_CHARS, Article, DeadLetter
from schemas.models import DeadLetterErrorType

# A raw message larger than this cannot hold a valid article (1 MB text plus metadata and JSON
# escaping); it is rejected before decoding so a huge poison message costs nothing to parse.
MAX_RAW_BYTES = 6 * MAX_TEXT_CHARS + 64 * 1024


class RejectedMessage(Exception):
    """An input that cannot become an enriched event; carries the dead-letter error type."""

    def __init__(self, error_type: DeadLetterErrorType, reason: str) -> None:
        super().__init__(reason)
        self.error_type: DeadLetterErrorType = error_type
        self.reason = reason


def parse_article(value: bytes | str | None) -> Article:
    """Decode and validate one raw message value. Raises RejectedMessage with a precise reason."""
    if value is None:
        raise RejectedMessage("invalid_json", "message has no value (tombstone)")
    raw = value.encode("utf-8", "surrogatepass") if isinstance(value, str) else value
    if len(raw) > MAX_RAW_BYTES:
        raise RejectedMessage("too_large", f"message is {len(raw)} bytes (limit {MAX_RAW_BYTES})")
    try:
        data = json.loads(raw)
    except UnicodeDecodeError as exc:
        raise RejectedMessage("invalid_json", f"value is not UTF-8: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise RejectedMessage("invalid_json", f"value is not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise RejectedMessage(
            "invalid_article", f"expected a JSON object, got {type(data).__name__}"
        )
    text = data.get("text")
    if isinstance(text, str):
        if len(text) > MAX_TEXT_CHARS:
            raise RejectedMessage(
                "too_large", f"text is {len(text)} characters (limit {MAX_TEXT_CHARS})"
            )
        if not text.strip():
            raise RejectedMessage("empty_text", "text is empty or only whitespace")
    try:
        return Article.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '<root>'}: {err['msg']}"
            for err in exc.errors()
        )
        raise RejectedMessage("invalid_article", f"not an Article: {problems}") from exc


def encode_bytes(data: bytes) -> tuple[str, Literal["utf-8", "base64"]]:
    """(text, encoding): UTF-8 text when it decodes, base64 otherwise."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return base64.b64encode(data).decode("ascii"), "base64"


def decode_payload(letter: DeadLetter) -> bytes:
    """The original bytes of a dead-lettered message (for replay tools and tests)."""
    if letter.payload_encoding == "base64":
        try:
            return base64.b64decode(letter.payload, validate=True)
        except binascii.Error as exc:
            raise ValueError(f"dead letter payload is not valid base64: {exc}") from exc
    return letter.payload.encode("utf-8")


def dead_letter(
    error_type: DeadLetterErrorType,
    error: str,
    payload: bytes | None,
    *,
    key: bytes | None = None,
    topic: str | None = None,
    partition: int | None = None,
    offset: int | None = None,
    now: datetime | None = None,
) -> DeadLetter:
    """Build the DeadLetter for one unusable message, keeping its original bytes."""
    payload_text, payload_encoding = encode_bytes(payload or b"")
    key_text, key_encoding = encode_bytes(key) if key is not None else (None, None)
    return DeadLetter(
        error_type=error_type,
        error=error,
        source_topic=topic,
        partition=partition,
        offset=offset,
        key=key_text,
        key_encoding=key_encoding,
        payload=payload_text,
        payload_encoding=payload_encoding,
        failed_at=now or datetime.now(UTC),
    )
