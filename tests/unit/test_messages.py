"""Parsing raw values into Articles and building dead letters."""

from __future__ import annotations

import json

import pytest

from stream.messages import (
    MAX_RAW_BYTES,
    RejectedMessage,
    dead_letter,
    decode_payload,
    parse_article,
)


@pytest.mark.parametrize(
    ("value", "error_type"),
    [
        pytest.param(b"not json", "invalid_json", id="not-json"),
        pytest.param(b"\xff\xfe\x00", "invalid_json", id="not-utf8"),
        pytest.param(None, "invalid_json", id="tombstone"),
        pytest.param(b"[1, 2]", "invalid_article", id="json-array"),
        pytest.param(b'{"title": "x"}', "invalid_article", id="missing-text"),
        pytest.param(b'{"text": 42}', "invalid_article", id="text-not-string"),
        pytest.param(
            b'{"text": "x", "published_at": "yesterday"}', "invalid_article", id="bad-date"
        ),
        pytest.param(b'{"text": ""}', "empty_text", id="empty-text"),
        pytest.param(
            json.dumps({"text": " \u00a0\n\t"}).encode(), "empty_text", id="whitespace-text"
        ),
        pytest.param(
            json.dumps({"text": "ب" * 1_000_001}).encode(), "too_large", id="text-over-1mb"
        ),
        pytest.param(b" " * (MAX_RAW_BYTES + 1), "too_large", id="raw-over-limit"),
    ],
)
def test_unusable_values_are_rejected_with_their_error_type(value, error_type):
    with pytest.raises(RejectedMessage) as info:
        parse_article(value)
    assert info.value.error_type == error_type
    assert info.value.reason


def test_unknown_fields_are_ignored_on_input():
    article = parse_article(json.dumps({"text": "نص", "new_field": 1, "id": "x"}).encode())
    assert article.id == "x" and article.text == "نص"


@pytest.mark.parametrize(
    "payload",
    [pytest.param(b"plain text", id="utf8"), pytest.param(b"\xff\x00\x10", id="binary")],
)
def test_dead_letter_keeps_the_original_bytes(payload):
    letter = dead_letter(
        "invalid_json", "bad", payload, key=b"\xfe", topic="t", partition=1, offset=7
    )
    assert decode_payload(letter) == payload
    assert (letter.source_topic, letter.partition, letter.offset) == ("t", 1, 7)
    assert letter.key_encoding == "base64"
