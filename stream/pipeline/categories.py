"""Category taxonomy (YAML, validated on load) and evidence-based multi-label classification.

Terms go through the same normalization and clitic-aware matcher as entities; a category is
assigned only when its weighted evidence says the article is substantially about it.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any, NoReturn, TypeGuard

import yaml

from schemas import CategoryScore, Entity
from stream.pipeline.matcher import Token, pattern_tokens, stem_candidates, tokenize
from stream.pipeline.normalize import NormalizedText, normalize

# The categories every taxonomy must define (ARCHITECTURE.md); more may be added.
REQUIRED_IDS: tuple[str, ...] = (
    "taiwan_strait", "red_sea", "ukraine", "gaza_israel", "south_china_sea", "iran", "sudan",
    "syria", "lebanon", "yemen", "us_politics", "economy", "energy", "sports", "technology",
    "health", "climate_disaster",
)  # fmt: skip

_ID = re.compile(r"^[a-z][a-z0-9_]{1,63}$")
# Sentence ends in normalized text: . ! ? ; and line breaks (a decimal point is not an end).
_SENTENCE_END = re.compile(r"[!?;\n]|\.(?!\d)")

_TOP_KEYS = frozenset({"version", "settings", "categories"})
_CATEGORY_KEYS = frozenset(
    {"id", "label_ar", "label_en", "description", "threshold", "requires", "terms", "negative",
     "combinations", "entities"}
)  # fmt: skip
_GROUP_KEYS = frozenset({"weight", "terms"})
_COMBINATION_KEYS = frozenset(
    {"name", "weight", "all_of", "any_of", "none_of", "within", "ordered"}
)
_ENTITY_KEYS = frozenset({"id", "weight"})


class TaxonomyError(ValueError):
    """The taxonomy file is missing, unreadable or invalid; the message says where and why."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Scoring knobs shared by all categories (the `settings` block of the file)."""

    title_weight: float = 2.0  # evidence in the headline counts this many times
    lead_weight: float = 1.5  # evidence in the lead (first sentence of the body)
    repeat_decay: float = 0.5  # the k-th repetition of the same evidence counts decay**k
    passing_factor: float = 0.4  # evidence confined to one body sentence is a passing mention
    passing_min_sentences: int = 4  # ... in a body of at least this many sentences
    passing_min_terms: int = 4  # ... unless it holds this many distinct terms (not combinations)
    dominance: float = 0.2  # drop categories weaker than this fraction of the strongest one


@dataclass(frozen=True, slots=True)
class Combination:
    """Terms that count together: every all_of group, one any_of term, no none_of term."""

    name: str
    weight: float
    all_of: tuple[tuple[str, ...], ...]
    any_of: tuple[str, ...]
    none_of: tuple[str, ...]
    within: int | None
    ordered: bool = False  # with `within`: the other groups come after the first, not before


@dataclass(frozen=True, slots=True)
class Category:
    """One category of the taxonomy, as validated from the file."""

    id: str
    label_ar: str
    label_en: str
    description: str
    threshold: float
    requires: tuple[tuple[str, ...], ...]  # each group needs a match before anything counts
    terms: tuple[tuple[str, float], ...]
    negative: tuple[tuple[str, float], ...]
    combinations: tuple[Combination, ...]
    entities: tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """A validated taxonomy: version, scoring settings and categories in file order."""

    version: str
    categories: tuple[Category, ...]
    settings: Settings = field(default_factory=Settings)
    source: str = "<memory>"

    @classmethod
    def load(cls, path: Path | None = None) -> Taxonomy:
        """Read and validate a taxonomy file (None: the packaged stream/resources/taxonomy.yaml)."""
        if path is None:
            resource = resources.files("stream.resources").joinpath("taxonomy.yaml")
            try:
                data = resource.read_bytes()
            except OSError as exc:
                raise TaxonomyError(f"packaged taxonomy.yaml: cannot read: {exc}") from exc
            return cls.parse(data, source="stream/resources/taxonomy.yaml")
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise TaxonomyError(f"{path}: cannot read: {exc}") from exc
        return cls.parse(data, source=str(path))

    @classmethod
    def parse(cls, data: bytes | str, source: str = "<memory>") -> Taxonomy:
        """Validate taxonomy YAML text; `source` names it in error messages."""
        return _Validator(source).taxonomy(data)

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.categories]

    def category(self, category_id: str) -> Category:
        for c in self.categories:
            if c.id == category_id:
                return c
        raise KeyError(category_id)


# --------------------------------------------------------------------------- validation


class _UniqueKeyLoader(yaml.SafeLoader):
    """A SafeLoader that rejects duplicate mapping keys (PyYAML silently keeps the last)."""


def _construct_unique_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node)
        if key in mapping:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        mapping[key] = loader.construct_object(value_node)
    return mapping


_UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_unique_mapping
)


class _Validator:
    """Turns parsed YAML into a Taxonomy, or raises TaxonomyError naming file, category, field."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, problem: str, category: str | None = None, where: str | None = None) -> NoReturn:
        parts = [self.source]
        if category is not None:
            parts.append(f"category {category!r}")
        if where is not None:
            parts.append(f"field {where}")
        raise TaxonomyError(": ".join([*parts, problem]))

    def taxonomy(self, data: bytes | str) -> Taxonomy:
        try:
            text = data.decode("utf-8") if isinstance(data, bytes) else data
        except UnicodeDecodeError as exc:
            self.fail(f"not UTF-8 ({exc})")
        try:
            doc = yaml.load(text, Loader=_UniqueKeyLoader)  # a SafeLoader subclass
        except yaml.YAMLError as exc:
            self.fail(f"invalid YAML (incomplete or partially written file?): {exc}")
        if not isinstance(doc, dict):
            self.fail("top level must be a mapping with version and categories")
        self.unknown_keys(doc, _TOP_KEYS, None, "top level")
        version = doc.get("version")
        if not isinstance(version, str) or not version.strip():
            self.fail('must be a non-empty string (quote numbers: version: "1.0")', None, "version")
        settings = self.settings(doc.get("settings", {}))
        raw_categories = doc.get("categories")
        if not isinstance(raw_categories, list) or not raw_categories:
            self.fail("must be a non-empty list of categories", None, "categories")
        categories: list[Category] = []
        seen: set[str] = set()
        for index, raw in enumerate(raw_categories):
            category = self.category(raw, index)
            if category.id in seen:
                self.fail("duplicate category id", category.id, "id")
            seen.add(category.id)
            categories.append(category)
        missing = [i for i in REQUIRED_IDS if i not in seen]
        if missing:
            self.fail(f"required categories missing: {', '.join(missing)}", None, "categories")
        return Taxonomy(version.strip(), tuple(categories), settings, self.source)

    def unknown_keys(
        self, mapping: Mapping[Any, Any], allowed: frozenset[str], category: str | None, where: str
    ) -> None:
        unknown = sorted(str(k) for k in mapping if k not in allowed)
        if unknown:
            self.fail(
                f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}",
                category,
                where,
            )

    def settings(self, raw: Any) -> Settings:
        if not isinstance(raw, dict):
            self.fail("must be a mapping", None, "settings")
        defaults = Settings()
        allowed = frozenset(Settings.__dataclass_fields__)
        self.unknown_keys(raw, allowed, None, "settings")
        values: dict[str, Any] = {}
        for key, value in raw.items():
            default = getattr(defaults, key)
            if isinstance(default, int) and not isinstance(default, bool):
                if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                    self.fail("must be a positive integer", None, f"settings.{key}")
            elif not _is_number(value) or not 0 <= value <= 10:
                self.fail("must be a number between 0 and 10", None, f"settings.{key}")
            values[key] = value
        settings = Settings(**values)
        for name in ("repeat_decay", "passing_factor", "dominance"):
            if getattr(settings, name) > 1:
                self.fail("must be between 0 and 1", None, f"settings.{name}")
        return settings

    def category(self, raw: Any, index: int) -> Category:
        if not isinstance(raw, dict):
            self.fail(f"entry #{index + 1} must be a mapping", None, "categories")
        cid = raw.get("id")
        if not isinstance(cid, str) or not _ID.match(cid):
            self.fail(f"entry #{index + 1}: id must match {_ID.pattern} (got {cid!r})", None, "id")
        self.unknown_keys(raw, _CATEGORY_KEYS, cid, "category")
        for key in ("label_ar", "label_en", "description"):
            value = raw.get(key)
            if not isinstance(value, str) or not value.strip():
                self.fail("must be a non-empty string", cid, key)
        threshold = raw.get("threshold")
        if not _is_number(threshold) or threshold <= 0:
            self.fail(f"must be a positive number (got {threshold!r})", cid, "threshold")
        raw_requires = raw.get("requires", [])
        if not isinstance(raw_requires, list):
            self.fail("must be a list of term lists", cid, "requires")
        requires = tuple(
            self.term_list(g, cid, f"requires[{j}]") for j, g in enumerate(raw_requires)
        )
        terms = self.weighted_groups(raw.get("terms"), cid, "terms", required=True)
        negative = self.weighted_groups(raw.get("negative", []), cid, "negative")
        seen: dict[tuple[str, ...], str] = {}
        for where, group in (("terms", terms), ("negative", negative)):
            for term, _ in group:
                tokens = pattern_tokens(term)
                if tokens in seen:
                    self.fail(
                        f"{term!r} duplicates {seen[tokens]!r} after normalization", cid, where
                    )
                seen[tokens] = term
        combinations = self.combinations(raw.get("combinations", []), cid)
        entities = self.entities(raw.get("entities", []), cid)
        return Category(
            id=cid,
            label_ar=raw["label_ar"].strip(),
            label_en=raw["label_en"].strip(),
            description=raw["description"].strip(),
            threshold=float(threshold),
            requires=requires,
            terms=terms,
            negative=negative,
            combinations=combinations,
            entities=entities,
        )

    def weighted_groups(
        self, raw: Any, cid: str, where: str, required: bool = False
    ) -> tuple[tuple[str, float], ...]:
        if not isinstance(raw, list) or (required and not raw):
            self.fail("must be a list of {weight, terms} groups", cid, where)
        out: list[tuple[str, float]] = []
        for i, group in enumerate(raw):
            loc = f"{where}[{i}]"
            if not isinstance(group, dict):
                self.fail("must be a mapping with weight and terms", cid, loc)
            self.unknown_keys(group, _GROUP_KEYS, cid, loc)
            weight = group.get("weight")
            if not _is_number(weight) or weight <= 0:
                self.fail(f"weight must be a positive number (got {weight!r})", cid, loc)
            for term in self.term_list(group.get("terms"), cid, f"{loc}.terms"):
                out.append((term, float(weight)))
        return tuple(out)

    def term_list(self, raw: Any, cid: str, where: str) -> tuple[str, ...]:
        if not isinstance(raw, list) or not raw:
            self.fail("must be a non-empty list of terms", cid, where)
        out: list[str] = []
        for term in raw:
            if not isinstance(term, str) or not term.strip():
                self.fail(f"term {term!r} must be a non-empty string", cid, where)
            if not pattern_tokens(term):
                self.fail(f"term {term!r} has no letters or digits after normalization", cid, where)
            out.append(term.strip())
        return tuple(out)

    def combinations(self, raw: Any, cid: str) -> tuple[Combination, ...]:
        if not isinstance(raw, list):
            self.fail("must be a list", cid, "combinations")
        out: list[Combination] = []
        names: set[str] = set()
        for i, combo in enumerate(raw):
            loc = f"combinations[{i}]"
            if not isinstance(combo, dict):
                self.fail("must be a mapping", cid, loc)
            self.unknown_keys(combo, _COMBINATION_KEYS, cid, loc)
            name = combo.get("name")
            if not isinstance(name, str) or not name.strip():
                self.fail("name must be a non-empty string", cid, loc)
            if name in names:
                self.fail(f"duplicate combination name {name!r}", cid, loc)
            names.add(name)
            weight = combo.get("weight")
            if not _is_number(weight) or weight == 0:
                self.fail(f"weight must be a non-zero number (got {weight!r})", cid, loc)
            raw_all = combo.get("all_of", [])
            if not isinstance(raw_all, list):
                self.fail("all_of must be a list of term lists", cid, loc)
            all_of = tuple(
                self.term_list(g, cid, f"{loc}.all_of[{j}]") for j, g in enumerate(raw_all)
            )
            any_of = (
                self.term_list(combo["any_of"], cid, f"{loc}.any_of") if "any_of" in combo else ()
            )
            none_of = (
                self.term_list(combo["none_of"], cid, f"{loc}.none_of")
                if "none_of" in combo
                else ()
            )
            if len(all_of) + (1 if any_of else 0) < 2:
                self.fail(
                    "needs at least two groups (all_of groups plus any_of); "
                    "a single group is just a term",
                    cid,
                    loc,
                )
            within = combo.get("within")
            if within is not None and (
                not isinstance(within, int) or isinstance(within, bool) or within < 1
            ):
                self.fail(f"within must be a positive number of tokens (got {within!r})", cid, loc)
            ordered = combo.get("ordered", False)
            if not isinstance(ordered, bool) or (ordered and within is None):
                self.fail("ordered must be true or false, and needs within", cid, loc)
            out.append(
                Combination(name.strip(), float(weight), all_of, any_of, none_of, within, ordered)
            )
        return tuple(out)

    def entities(self, raw: Any, cid: str) -> tuple[tuple[str, float], ...]:
        if not isinstance(raw, list):
            self.fail("must be a list of {id, weight}", cid, "entities")
        out: list[tuple[str, float]] = []
        for i, cue in enumerate(raw):
            loc = f"entities[{i}]"
            if not isinstance(cue, dict):
                self.fail("must be a mapping with id and weight", cid, loc)
            self.unknown_keys(cue, _ENTITY_KEYS, cid, loc)
            eid, weight = cue.get("id"), cue.get("weight")
            if not isinstance(eid, str) or not eid.strip():
                self.fail("id must be a knowledge-base id string", cid, loc)
            if not _is_number(weight) or weight <= 0:
                self.fail(f"weight must be a positive number (got {weight!r})", cid, loc)
            out.append((eid.strip(), float(weight)))
        return tuple(out)


def _is_number(value: Any) -> TypeGuard[float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


# --------------------------------------------------------------------------- classification

_TITLE = -1  # sentence number of headline tokens
_TITLE_OFFSET = -1_000_000  # headline token positions, far from body tokens for proximity
_LEAD_WORDS = 15  # a lead shorter than this is a headline or dateline: the next sentence joins
# What a pattern is matched for. Each (category, kind) is matched leftmost-longest on its own,
# so a long term of one category never hides a shorter term of another.
_TERM, _COMBO, _REQUIRE = 0, 1, 2

_Channel = tuple[int, int]  # (category index, kind)


@dataclass(slots=True)
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    payloads: dict[_Channel, list[Any]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Region:
    """A normalized piece of the article: its tokens, their positions and sentence numbers."""

    norm: NormalizedText
    tokens: tuple[Token, ...]
    token_origin: tuple[int, ...]  # original start offset of each token (for bisect)
    first_token: int  # global position of the first token
    sentences: tuple[int, ...]  # global sentence number of each token
    is_title: bool

    def span(self, index: int, length: int) -> tuple[int, int]:
        """Original [start, end) of `length` tokens from `index`."""
        last = self.tokens[index + length - 1]
        return self.token_origin[index], self.norm.ends[last.end - 1]


@dataclass(frozen=True, slots=True)
class _Found:
    region: _Region
    index: int  # token index in the region
    length: int  # tokens
    payloads: tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class _Document:
    regions: tuple[_Region, ...]
    lead_sentences: frozenset[int]
    body_sentences: int
    found: Mapping[_Channel, list[_Found]]


@dataclass(frozen=True, slots=True)
class _Hit:
    key: str  # the evidence label: a term as written, a combination name or an entity id
    weight: float
    position: int  # global token position
    sentence: int
    factor: float
    start: int = -1  # original offsets, for overlap checks between terms and entity mentions
    end: int = -1
    combination: bool = False  # derived from words already counted as terms


class _Index:
    """Every pattern of every category in one token trie, matched in a single pass.

    The same normalization, tokens and proclitic readings as `TermMatcher` (whose matching this
    reproduces per channel), but one walk over the text serves all categories instead of one
    per category: classification of a 1 MB article stays within a few seconds.
    """

    def __init__(self) -> None:
        self._root = _Node()

    def add(self, pattern: str, channel: _Channel, payload: Any, if_free: bool = False) -> None:
        """Add a pattern; with `if_free`, only where the channel has no pattern yet."""
        tokens = pattern_tokens(pattern)
        if not tokens:
            raise ValueError(f"pattern {pattern!r} has no letters or digits after normalization")
        node = self._root
        for tok in tokens:
            node = node.children.setdefault(tok, _Node())
        if if_free and node.payloads.get(channel):
            return
        payloads = node.payloads.setdefault(channel, [])
        if payload not in payloads:
            payloads.append(payload)

    def scan(self, region: _Region, out: dict[_Channel, list[_Found]]) -> None:
        """Append to `out` the leftmost-longest matches of every channel in `region`."""
        tokens, text = region.tokens, region.norm.text
        joinable = [_joinable(text[left.end : right.start]) for left, right in pairwise(tokens)]
        readings: dict[str, list[tuple[str, int]]] = {}
        next_free: dict[_Channel, int] = {}
        root = self._root.children
        for i, tok in enumerate(tokens):
            stems = readings.get(tok.text)
            if stems is None:
                stems = readings[tok.text] = stem_candidates(tok.text)
            longest: dict[_Channel, tuple[int, list[Any]]] = {}
            for stem, _ in stems:
                node = root.get(stem)
                length = 1
                while node is not None:
                    for channel, payloads in node.payloads.items():
                        if channel not in longest or length > longest[channel][0]:
                            longest[channel] = (length, payloads)
                    j = i + length
                    if j >= len(tokens) or not joinable[j - 1]:
                        break
                    node = node.children.get(tokens[j].text)
                    length += 1
            for channel, (length, payloads) in longest.items():
                if i >= next_free.get(channel, 0):
                    out.setdefault(channel, []).append(_Found(region, i, length, tuple(payloads)))
                    next_free[channel] = i + length


def _indefinite(pattern: str) -> str | None:
    """The indefinite form of a definite multi-word term: الإغلاق الحكومي -> إغلاق حكومي.

    Text proclitics are handled by the matcher, but an article written in the *term* must be
    present in the text; a noun phrase whose every word carries it also appears without it.
    """
    tokens = pattern_tokens(pattern)
    if len(tokens) < 2 or not all(t.startswith("ال") and len(t) >= 5 for t in tokens):
        return None
    return " ".join(t[2:] for t in tokens)


def _joinable(gap: str) -> bool:
    """Two tokens may be parts of one term only when separated by a space or hyphen."""
    return len(gap) <= 3 and gap.strip(" -") == "" and "\n" not in gap


def _region(
    norm: NormalizedText, first_token: int, sentences: Sequence[int], title: bool
) -> _Region:
    tokens = tuple(tokenize(norm))
    origin = tuple(norm.starts[t.start] for t in tokens)
    return _Region(norm, tokens, origin, first_token, tuple(sentences), title)


@dataclass(frozen=True, slots=True)
class _Compiled:
    index: int
    category: Category
    entity_weights: Mapping[str, float]


class CategoryClassifier:
    """Scores every category of a taxonomy on an article and returns those it is about."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self._index = _Index()
        compiled = []
        for ci, category in enumerate(taxonomy.categories):
            self._add(ci, category)
            compiled.append(_Compiled(ci, category, dict(category.entities)))
        self._compiled = tuple(compiled)

    def _add(self, ci: int, category: Category) -> None:
        entries: list[tuple[str, _Channel, Any]] = []
        entries += [(t, (ci, _TERM), (t, w)) for t, w in category.terms]
        entries += [(t, (ci, _TERM), (t, -w)) for t, w in category.negative]
        for k, combo in enumerate(category.combinations):
            for g, group in enumerate(combo.all_of):
                entries += [(t, (ci, _COMBO), (k, g)) for t in group]
            entries += [(t, (ci, _COMBO), (k, len(combo.all_of))) for t in combo.any_of]
            entries += [(t, (ci, _COMBO), (k, -1)) for t in combo.none_of]
        for g, group in enumerate(category.requires):
            entries += [(t, (ci, _REQUIRE), g) for t in group]
        for term, channel, payload in entries:
            self._index.add(term, channel, payload)
        # Then the indefinite forms, where no term of the category is written that way already.
        for term, channel, payload in entries:
            variant = _indefinite(term)
            if variant is not None:
                self._index.add(variant, channel, payload, if_free=True)

    def classify(
        self,
        text: str,
        spans: Sequence[tuple[int, int]] | None,
        title: str | None,
        entities: Sequence[Entity],
    ) -> list[CategoryScore]:
        """Categories the article is substantially about, highest score first, with evidence.

        `text` is the article as received; `spans` the [start, end) body regions in reading
        order (None: all of it), so page furniture outside them is never evidence; `title` the
        headline, weighted above the body; `entities` the entity stage's output, whose
        knowledge-base ids add the taxonomy's entity cues. Pure and thread-safe.
        """
        doc = self._document(text, spans, title)
        scored: list[tuple[float, Category, list[str]]] = []
        for compiled in self._compiled:
            strength, evidence = self._strength(compiled, doc, entities)
            if strength >= 1.0:
                scored.append((strength, compiled.category, evidence))
        if not scored:
            return []
        top = max(s for s, _, _ in scored)
        results = [
            CategoryScore(id=c.id, score=round(1.0 - 2.0 ** (-s), 4), evidence=evidence)
            for s, c, evidence in scored
            if s >= self.taxonomy.settings.dominance * top
        ]
        results.sort(key=lambda r: -r.score)
        return results

    def explain(
        self,
        text: str,
        spans: Sequence[tuple[int, int]] | None = None,
        title: str | None = None,
        entities: Sequence[Entity] = (),
    ) -> dict[str, tuple[float, list[str]]]:
        """Strength (evidence / threshold, assigned from 1.0) and evidence of every category.

        For analysts tuning a taxonomy; ignores the dominance rule that `classify` applies.
        """
        doc = self._document(text, spans, title)
        return {c.category.id: self._strength(c, doc, entities) for c in self._compiled}

    def _document(
        self, text: str, spans: Sequence[tuple[int, int]] | None, title: str | None
    ) -> _Document:
        regions: list[_Region] = []
        if title and title.strip():
            norm = normalize(title)
            count = len(tokenize(norm))
            regions.append(_region(norm, _TITLE_OFFSET, [_TITLE] * count, title=True))
        position = 0
        sentence = 0
        sizes: dict[int, int] = defaultdict(int)  # tokens per (raw) sentence number
        for start, end in spans if spans is not None else [(0, len(text))]:
            if end <= start:
                continue
            norm = normalize(text[start:end], offset=start)
            tokens = tokenize(norm)
            if not tokens:
                continue
            ends = [m.start() for m in _SENTENCE_END.finditer(norm.text)]
            numbers = [sentence + bisect_right(ends, t.start) for t in tokens]
            for n in numbers:
                sizes[n] += 1
            regions.append(_region(norm, position, numbers, title=False))
            position += len(tokens)
            sentence = numbers[-1] + 1
        # Number sentences densely: punctuation with no words between is not a sentence.
        dense = {s: i for i, s in enumerate(sorted(sizes))}
        regions = [
            r
            if r.is_title
            else _Region(
                r.norm, r.tokens, r.token_origin, r.first_token,
                tuple(dense[s] for s in r.sentences), False,
            )
            for r in regions
        ]  # fmt: skip
        # The lead is the first sentence; short ones before it (a headline, a dateline) are
        # counted with it: sentences are taken until they hold 15 words, three at most.
        lead: set[int] = set()
        words = 0
        for number in sorted(sizes)[:3]:
            lead.add(dense[number])
            words += sizes[number]
            if words >= _LEAD_WORDS:
                break
        lead = lead or {0}
        found: dict[_Channel, list[_Found]] = {}
        for region in regions:
            self._index.scan(region, found)
        return _Document(tuple(regions), frozenset(lead), len(dense), found)

    def _strength(
        self, compiled: _Compiled, doc: _Document, entities: Sequence[Entity]
    ) -> tuple[float, list[str]]:
        settings = self.taxonomy.settings
        ci, category = compiled.index, compiled.category
        if category.requires:
            groups = {g for f in doc.found.get((ci, _REQUIRE), ()) for g in f.payloads}
            if len(groups) < len(category.requires):
                return 0.0, []
        hits = [
            self._hit(key, weight, doc, f)
            for f in doc.found.get((ci, _TERM), ())
            for key, weight in f.payloads
        ]
        hits += self._combination_hits(compiled, doc)
        hits += self._entity_hits(compiled, doc, entities, hits)
        positive = [h for h in hits if h.weight > 0]
        if not positive:
            return 0.0, []
        by_key: dict[str, list[_Hit]] = defaultdict(list)
        for hit in hits:
            by_key[hit.key].append(hit)
        contributions: dict[str, float] = {}
        for key, key_hits in by_key.items():
            factors = sorted((h.factor for h in key_hits), reverse=True)
            contributions[key] = key_hits[0].weight * sum(
                f * settings.repeat_decay**k for k, f in enumerate(factors)
            )
        raw = sum(contributions.values())
        if raw <= 0:
            return 0.0, []
        # Where is the evidence? Combinations are made of words already counted, and a sentence
        # holding only supporting words (weight < 2) does not make a mention a subject.
        words = [h for h in positive if not h.combination] or positive
        strong = [h for h in words if h.weight >= 2] or words
        in_front = any(h.sentence == _TITLE or h.sentence in doc.lead_sentences for h in strong)
        if (
            not in_front
            and len({h.sentence for h in strong}) == 1
            and doc.body_sentences >= settings.passing_min_sentences
            and len({h.key for h in words}) < settings.passing_min_terms
        ):
            raw *= settings.passing_factor  # one sentence deep in a longer article: a mention
        evidence = sorted(
            (k for k, v in contributions.items() if v > 0), key=lambda k: -contributions[k]
        )
        return raw / category.threshold, evidence

    def _factor(self, sentence: int, doc: _Document) -> float:
        settings = self.taxonomy.settings
        if sentence == _TITLE:
            return settings.title_weight
        if sentence in doc.lead_sentences:
            return settings.lead_weight
        return 1.0

    def _hit(self, key: str, weight: float, doc: _Document, found: _Found) -> _Hit:
        region = found.region
        sentence = region.sentences[found.index]
        start, end = region.span(found.index, found.length)
        return _Hit(
            key, weight, region.first_token + found.index, sentence,
            self._factor(sentence, doc), start, end,
        )  # fmt: skip

    def _combination_hits(self, compiled: _Compiled, doc: _Document) -> list[_Hit]:
        combos = compiled.category.combinations
        if not combos:
            return []
        by_group: dict[tuple[int, int], list[_Hit]] = defaultdict(list)
        for f in doc.found.get((compiled.index, _COMBO), ()):
            hit = self._hit("", 0.0, doc, f)
            for k, g in f.payloads:
                by_group[(k, g)].append(hit)
        out: list[_Hit] = []
        for k, combo in enumerate(combos):
            groups = [by_group.get((k, g), []) for g in range(len(combo.all_of))]
            if combo.any_of:
                groups.append(by_group.get((k, len(combo.all_of)), []))
            if any(not g for g in groups):
                continue
            vetoes = by_group.get((k, -1), [])
            if combo.within is None:
                if not vetoes:
                    anchor = max(groups[0], key=lambda h: h.factor)
                    out.append(
                        _Hit(combo.name, combo.weight, anchor.position, anchor.sentence,
                             anchor.factor, combination=True)
                    )  # fmt: skip
                continue
            n, low = combo.within, 1 if combo.ordered else -combo.within
            for anchor in groups[0]:
                if any(
                    all(not low <= h.position - anchor.position <= n for h in g) for g in groups[1:]
                ):
                    continue
                if any(abs(v.position - anchor.position) <= n for v in vetoes):
                    continue
                out.append(
                    _Hit(combo.name, combo.weight, anchor.position, anchor.sentence,
                         anchor.factor, combination=True)
                )  # fmt: skip
        return out

    def _entity_hits(
        self,
        compiled: _Compiled,
        doc: _Document,
        entities: Sequence[Entity],
        term_hits: Iterable[_Hit],
    ) -> list[_Hit]:
        if not compiled.entity_weights or not entities:
            return []
        # Words a term already judged (for or against) are not counted again through a cue.
        taken = [(h.start, h.end) for h in term_hits]
        body = [r for r in doc.regions if not r.is_title and r.tokens]
        out: list[_Hit] = []
        for entity in entities:
            weight = compiled.entity_weights.get(entity.id or "")
            if weight is None:
                continue
            for start, end in entity.mentions:
                if any(s < end and start < e for s, e in taken):
                    continue  # the same words already counted as a term
                region = next(
                    (r for r in body if r.token_origin[0] <= start < r.norm.ends[-1]), None
                )
                if region is None:
                    continue  # outside the body spans: page furniture is not evidence
                index = max(bisect_right(region.token_origin, start) - 1, 0)
                sentence = region.sentences[index]
                out.append(
                    _Hit(str(entity.id), weight, region.first_token + index, sentence,
                         self._factor(sentence, doc), start, end)
                )  # fmt: skip
        return out


# --------------------------------------------------------------------------- hot reload


@dataclass(frozen=True, slots=True)
class _FileState:
    mtime_ns: int
    size: int


class TaxonomyReloader:
    """Keeps a classifier for a taxonomy file and swaps in a new one when the file changes.

    Pure (no Faust): the worker calls `maybe_reload()` from a timer and on SIGHUP. An invalid or
    half-written file is logged and ignored; the classifier in force stays until a valid one.
    """

    def __init__(self, path: Path, log: logging.Logger | None = None) -> None:
        self.path = Path(path)
        self.log = log or logging.getLogger(__name__)
        state = self._stat()
        data = self._read()
        self._classifier = CategoryClassifier(Taxonomy.parse(data, source=str(self.path)))
        self._state = state
        self._digest = hashlib.sha256(data).hexdigest()
        self._rejected: str | None = None  # digest of the last content that failed validation
        self._problem: str | None = None  # the last problem logged, not to repeat it every tick

    @property
    def classifier(self) -> CategoryClassifier:
        return self._classifier

    def maybe_reload(self, force: bool = False) -> bool:
        """Reload if the file changed (or `force`); True when a new taxonomy was swapped in.

        A file that cannot be read or does not validate is logged (once per problem, or again
        when forced, e.g. on SIGHUP) and the taxonomy in force stays; this never raises for it.
        """
        try:
            state = self._stat()
            if not force and state == self._state:
                return False
            data = self._read()
        except TaxonomyError as exc:
            self._complain(str(exc), force)
            return False
        if self._stat_or_none() != state:
            # Still being written: look again on the next call rather than judge half a file.
            self.log.warning("taxonomy %s changed while being read; will retry", self.path)
            return False
        digest = hashlib.sha256(data).hexdigest()
        if digest == self._digest or (digest == self._rejected and not force):
            self._state = state
            return False
        try:
            classifier = CategoryClassifier(Taxonomy.parse(data, source=str(self.path)))
        except ValueError as exc:  # TaxonomyError, or a pattern the matcher refuses
            self._state, self._rejected = state, digest
            self._complain(str(exc), force=True)
            return False
        old = self._classifier.taxonomy.version
        self._classifier, self._state, self._digest = classifier, state, digest
        self._rejected = self._problem = None
        self.log.info(
            "taxonomy reloaded from %s: version %s -> %s",
            self.path,
            old,
            classifier.taxonomy.version,
        )
        return True

    def _complain(self, problem: str, force: bool) -> None:
        if force or problem != self._problem:
            self.log.error(
                "taxonomy reload refused, keeping version %s: %s",
                self._classifier.taxonomy.version,
                problem,
            )
        self._problem = problem

    def _stat(self) -> _FileState:
        try:
            st = self.path.stat()
        except OSError as exc:
            raise TaxonomyError(f"{self.path}: cannot read: {exc}") from exc
        return _FileState(st.st_mtime_ns, st.st_size)

    def _stat_or_none(self) -> _FileState | None:
        try:
            return self._stat()
        except TaxonomyError:
            return None

    def _read(self) -> bytes:
        try:
            return self.path.read_bytes()
        except OSError as exc:
            raise TaxonomyError(f"{self.path}: cannot read: {exc}") from exc
