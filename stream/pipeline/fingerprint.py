"""Near-duplicate detection of syndicated copies: 64-bit SimHash over normalized word shingles.

Fingerprint the cleaned body (furniture already removed); LSH band keys let near-duplicates meet
on one Kafka partition / table key. MAX_DISTANCE comes from measurements (comment below).
"""

from __future__ import annotations

import hashlib
import re

from stream.pipeline.normalize import normalize_str

__all__ = ["DEFAULT_BANDS", "MAX_DISTANCE", "band_keys", "hamming", "is_near_duplicate", "simhash"]

# Measured on tests/resources/cleaning (the seed, four same-topic stories and seven outlet-style
# pages, 44-510 words; 20 random variants of each; tests/unit/test_fingerprint.py re-checks it):
#   same text, other furniture / dateline / punctuation / digits / diacritics: 0 bits
#   one word changed: 27% within 3 bits, 77% within 6, 92% within 8 (the 510-word seed: 99%)
#   one word changed plus a leftover related-headline line: 29% / 71% / 90% (the stray line
#   itself is skipped, see _tokens; 5% / 32% / 56% before that)
#   last paragraph dropped: 4-15 bits;  different stories (78 pairs, many on one topic): 23-42
#   bits, mean ~32.
# 8 bits keeps most lightly edited copies while staying 15 bits below the closest different story
# (3 bits, the usual web-page choice, would miss most edited copies of short wire stories).
# LSH needs MAX_DISTANCE + 1 bands (pigeonhole: at most 8 differing bits leave one of 9 bands,
# 7-8 bits each, identical).
MAX_DISTANCE = 8
DEFAULT_BANDS = MAX_DISTANCE + 1
_BITS = 64
_SHINGLE = 3
_WORD = re.compile(r"[^\W_]+")
_MASK = (1 << _BITS) - 1
# A syndicated copy often opens with its own dateline ("واشنطن - وكالات:", "القاهرة (أ ش أ) -"):
# a short prefix ending in " - ", ": " or ")" is left out of the fingerprint, at most twice.
_DATELINE = re.compile(r"[^\n.!?:]{1,50}?(?:\s-\s|:\s|\)\s*-?\s*)")
_MAX_DATELINE_WORDS = 6
_MAX_DATELINE_PARTS = 2
_MAX_STRAY_WORDS = 15
_PROSE_END = re.compile(r"[.!?\"')]\s*$")
# Per byte value, a table mapping the byte to b"\x01" when bit k is set, else b"\x00".
_BIT_TABLES = tuple(bytes((v >> k) & 1 for v in range(256)) for k in range(8))


def _tokens(text: str) -> list[str]:
    """Words of the prose paragraphs, dateline left out.

    Short paragraphs without a final full stop (a stray headline, a caption, a byline the
    cleaner kept) are skipped, so one copy keeping such a line does not move the fingerprint;
    a text made only of such lines keeps them all. Paragraph breaks do not cut shingles, so
    a copy with other paragraphing (or none) fingerprints the same.
    """
    norm = normalize_str(text)
    for _ in range(_MAX_DATELINE_PARTS):
        m = _DATELINE.match(norm)
        if m is None or len(m.group().split()) > _MAX_DATELINE_WORDS:
            break
        norm = norm[m.end() :]
    paragraphs = [_WORD.findall(p) for p in norm.split("\n")]
    prose = [
        words
        for p, words in zip(norm.split("\n"), paragraphs, strict=True)
        if len(words) > _MAX_STRAY_WORDS or _PROSE_END.search(p)
    ]
    return [w for words in (prose or paragraphs) for w in words]


def _shingles(tokens: list[str]) -> set[str]:
    if len(tokens) < _SHINGLE:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + _SHINGLE]) for i in range(len(tokens) - _SHINGLE + 1)}


def simhash(text: str) -> int:
    """64-bit SimHash of `text` over normalized 3-word shingles (0 for text without words)."""
    shingles = _shingles(_tokens(text))
    if not shingles:
        return 0
    packed = b"".join(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest() for s in shingles)
    n = len(shingles)
    fingerprint = 0
    # Count, for each of the 64 bit positions, how many shingle hashes set it: bytes.translate
    # turns each byte into 0/1 for one bit, and count() sums them, both in C.
    for byte_index in range(8):
        column = packed[byte_index::8]
        for bit in range(8):
            ones = column.translate(_BIT_TABLES[bit]).count(1)
            if ones * 2 > n:
                fingerprint |= 1 << (8 * (7 - byte_index) + bit)
    return fingerprint & _MASK


def hamming(a: int, b: int) -> int:
    """Number of differing bits between two fingerprints."""
    return ((a ^ b) & _MASK).bit_count()


def band_keys(fingerprint: int, bands: int = DEFAULT_BANDS) -> list[str]:
    """LSH band keys: fingerprints within `bands - 1` bits share at least one key.

    The 64 bits are cut into `bands` contiguous bands (sizes differ by at most one bit); a key
    names the band and its bits, so equal bits in different bands never collide.
    """
    if not 1 <= bands <= _BITS:
        raise ValueError(f"bands must be between 1 and {_BITS}, got {bands}")
    keys = []
    start = 0
    for band in range(bands):
        size = _BITS // bands + (1 if band < _BITS % bands else 0)
        value = (fingerprint >> start) & ((1 << size) - 1)
        keys.append(f"{band}-{bands}:{value:x}")
        start += size
    return keys


def is_near_duplicate(a: int, b: int, max_distance: int = MAX_DISTANCE) -> bool:
    """True when fingerprints `a` and `b` differ in at most `max_distance` bits."""
    return hamming(a, b) <= max_distance
