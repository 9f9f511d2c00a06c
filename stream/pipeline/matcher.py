"""Clitic-aware multi-word term matching over normalized text (gazetteers, taxonomy terms).

Patterns go through the same `normalize()` as article text, are split into tokens and stored in
a token trie, so a search costs one dictionary walk per token whatever the number of patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Generic, TypeVar

from stream.pipeline.normalize import NormalizedText, normalize

P = TypeVar("P")

_TOKEN = re.compile(r"[^\W_]+")
_ARABIC_START, _ARABIC_END = "\u0600", "\u06ff"

# Arabic proclitics in the order they attach: conjunction, preposition, definite article.
_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ك", "ل")
_ARTICLE = "ال"
_MIN_STEM = 2  # after stripping a conjunction or preposition
_MIN_STEM_AFTER_ARTICLE = 3  # after stripping the article too


@dataclass(frozen=True, slots=True)
class Token:
    """A token of a normalized text: its normalized form and its [start, end) in that text."""

    text: str
    start: int
    end: int

    @property
    def is_arabic(self) -> bool:
        return _ARABIC_START <= self.text[0] <= _ARABIC_END


def tokenize(norm: NormalizedText) -> list[Token]:
    """Split normalized text into word tokens (letters and digits; punctuation separates)."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(norm.text)]


def stem_candidates(token: str) -> list[tuple[str, int]]:
    """Readings of an Arabic token with leading proclitics removed: (stem, clitic length).

    The token itself comes first. `لل` is read as ل + ال (the article's alef is dropped in
    writing), so "لليمن" also yields "اليمن". Stems keep a minimum length so that short words are
    not shredded into accidental matches.
    """
    return list(_stem_candidates(token))


@lru_cache(maxsize=65536)
def _stem_candidates(token: str) -> tuple[tuple[str, int], ...]:
    # Cached: the same few thousand word forms recur across every article.
    out: list[tuple[str, int]] = [(token, 0)]
    if not (_ARABIC_START <= token[:1] <= _ARABIC_END):
        return tuple(out)
    seen = {token}

    def add(stem: str, clitic: int, minimum: int) -> None:
        if len(stem) >= minimum and stem not in seen:
            seen.add(stem)
            out.append((stem, clitic))

    for conj in _CONJUNCTIONS:
        if not token.startswith(conj):
            continue
        rest = token[len(conj) :]
        for prep in _PREPOSITIONS:
            if not rest.startswith(prep):
                continue
            stem = rest[len(prep) :]
            clitic = len(conj) + len(prep)
            if clitic:
                add(stem, clitic, _MIN_STEM)
            if prep == "ل" and stem.startswith("ل"):
                # لل: preposition + article with the alef elided.
                add(_ARTICLE + stem[1:], clitic, _MIN_STEM_AFTER_ARTICLE)
                add(stem[1:], clitic + 1, _MIN_STEM_AFTER_ARTICLE)
            elif stem.startswith(_ARTICLE):
                add(stem[2:], clitic + 2, _MIN_STEM_AFTER_ARTICLE)
    return tuple(out)


@dataclass(slots=True)
class _Node(Generic[P]):
    children: dict[str, _Node[P]] = field(default_factory=dict)
    payloads: list[P] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Match(Generic[P]):
    """A pattern found in the original text: [start, end) offsets and the patterns' payloads."""

    start: int
    end: int
    payloads: tuple[P, ...]
    tokens: int
    clitic: str = ""
    index: int = -1  # position of the first token in the tokenized text (find_normalized)


def pattern_tokens(pattern: str) -> tuple[str, ...]:
    """The normalized token sequence a pattern is matched as."""
    return tuple(t.text for t in tokenize(normalize(pattern)))


_DOMAIN_ENDS = frozenset(("نت", "كوم", "net", "com", "org"))


def _joinable(norm: NormalizedText, left: Token, right: Token) -> bool:
    """Two tokens may be parts of one term only when separated by a space or hyphen."""
    gap = norm.text[left.end : right.start]
    if gap == "." and right.text in _DOMAIN_ENDS:
        return True  # a site named with its domain: "العربية.نت", "مصراوي.كوم"
    if gap.strip() == "." and len(left.text) == len(right.text) == 1:
        return "\n" not in gap  # an abbreviation spelled with dots: "أ.ف.ب", "و.م.ع"
    return len(gap) <= 3 and gap.strip(" -") == "" and "\n" not in gap


class TermMatcher(Generic[P]):
    """Leftmost-longest matching of many multi-word patterns, with proclitics on the first word."""

    def __init__(self, patterns: Iterable[tuple[str, P]]) -> None:
        self._root: _Node[P] = _Node()
        self.size = 0
        for text, payload in patterns:
            tokens = pattern_tokens(text)
            if not tokens:
                raise ValueError(f"pattern {text!r} has no letters or digits after normalization")
            node = self._root
            for tok in tokens:
                node = node.children.setdefault(tok, _Node())
            if payload not in node.payloads:
                node.payloads.append(payload)
            self.size += 1

    def find(self, text: str, spans: Sequence[tuple[int, int]] | None = None) -> list[Match[P]]:
        """All non-overlapping matches in `text` (or only inside the given [start, end) spans)."""
        matches: list[Match[P]] = []
        for start, end in spans if spans is not None else [(0, len(text))]:
            norm = normalize(text[start:end], offset=start)
            matches.extend(self.find_normalized(norm))
        return matches

    def find_normalized(
        self, norm: NormalizedText, tokens: list[Token] | None = None
    ) -> list[Match[P]]:
        """Leftmost-longest matches over an already normalized (and optionally tokenized) text."""
        if tokens is None:
            tokens = tokenize(norm)
        matches: list[Match[P]] = []
        i = 0
        while i < len(tokens):
            best = self._longest_at(norm, tokens, i)
            if best is None:
                i += 1
                continue
            if best.tokens > 1:
                # "دولة الإمارات العربية المتحدة": a match one word later that reaches further
                # is the longer name; a generic head before it must not cut it short.
                later = self._longest_at(norm, tokens, i + 1)
                if later is not None and later.index + later.tokens > i + best.tokens:
                    i += 1
                    continue
            matches.append(best)
            i += best.tokens
        return matches

    def _longest_at(self, norm: NormalizedText, tokens: list[Token], i: int) -> Match[P] | None:
        best: Match[P] | None = None
        first = tokens[i]
        for stem, clitic in _stem_candidates(first.text):
            node = self._root.children.get(stem)
            if node is None:
                continue
            length, last = 1, node if node.payloads else None
            last_len = 1
            j = i + 1
            while j < len(tokens) and _joinable(norm, tokens[j - 1], tokens[j]):
                nxt = node.children.get(tokens[j].text)
                if nxt is None:
                    break
                node = nxt
                length += 1
                j += 1
                if node.payloads:
                    last, last_len = node, length
            if last is None:
                continue
            if best is None or last_len > best.tokens:
                start, end = norm.span(
                    first.start + min(clitic, len(first.text) - 1), tokens[i + last_len - 1].end
                )
                clitic_text = first.text[:clitic]
                best = Match(start, end, tuple(last.payloads), last_len, clitic_text, i)
        return best
