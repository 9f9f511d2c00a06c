"""A CRF sequence tagger that reads the rules' output and decides the final entity spans.

The rules and the knowledge base (stream.pipeline.entities) find names and link them. Each rule
sees one pattern, and where outlets write names in ways no rule foresaw they miss them or cut
them wrongly. The tagger labels every token B-/I-PER, B-/I-LOC, B-/I-ORG or O with a
linear-chain CRF (python-crfsuite). Its features are the token and its neighbours (normalized
form, stem without proclitics, affixes, punctuation), the packaged word lists (given and family
names, frequent words, titles, organization and place heads, nationality adjectives), every
knowledge-base match before any rule judged it, and what the rules decided (here and for the
same word elsewhere in the text). From labelled paragraphs (scripts/train_tagger.py, data in
data/ner/) it learns when to trust the rules and when to overrule them; it overrules them only
where it is sure (`arbitrate`).

Its spans are linked back to entities: a span the rules found too keeps their entity (id, names,
offsets); another span is looked up in the knowledge base by name, with or without its
proclitics, and is otherwise a new entity with id null. Texts that are mostly not Arabic keep
the rules' entities (the tagger learned from Arabic news).
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, cast

from schemas import Entity
from schemas.models import EntityType
from stream.pipeline.entities import BLESSINGS, UNIT_WORDS, reading_regions
from stream.pipeline.matcher import stem_candidates
from stream.pipeline.normalize import NormalizedText, normalize, normalize_str

if TYPE_CHECKING:
    from stream.pipeline.entities import EntityExtractor, KBEntry

MODEL_NAME = "entity_tagger.crfsuite"
TYPES = ("PER", "LOC", "ORG")
# How sure the tagger must be (the marginal probability of each token's label) to overrule
# the rules: add, drop, retype or reshape one of their spans.
THRESHOLD = 0.7
# ... and to drop one of their spans with nothing in its place (a known country after a clitic
# at 0.71 is more likely the tagger's mistake than the rules').
DROP_THRESHOLD = 0.8
LABELS = ("O", *(f"{p}-{t}" for t in TYPES for p in "BI"))

# Words and single punctuation marks: punctuation is a token here (quotes, commas and
# parentheses are strong evidence where a name starts and ends).
_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
_PROCLITICS = frozenset("وفبكل")
_WINDOW = (-2, -1, 1, 2)
# What is read off the neighbouring tokens: stem, punctuation, word lists, knowledge-base
# matches and script flags (Latin, capitalized, number); the next and previous also give suffixes.
_FAR_PREFIXES = ("st=", "punct=", "c:", "cs:", "kbB", "kbI", "lat", "cap", "num", "maqsura")
_CACHE_SIZE = 200_000


class TaggerError(ValueError):
    """The tagger model cannot be loaded."""


@dataclass(frozen=True, slots=True)
class TagToken:
    """A token of one reading region: normalized text, [start, end) in the original text, the
    region it belongs to, and its [nstart, nend) in that region's normalized text."""

    text: str
    start: int
    end: int
    region: int
    nstart: int
    nend: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_arabic(self) -> bool:
        return "\u0600" <= self.text[0] <= "\u06ff"


def tag_tokens(
    text: str, spans: Sequence[tuple[int, int]] | None
) -> tuple[list[TagToken], list[NormalizedText]]:
    """Tokens of the reading regions, and each region's normalized text."""
    tokens: list[TagToken] = []
    norms: list[NormalizedText] = []
    for r, (start, end) in enumerate(reading_regions(text, spans)):
        norm = normalize(text[start:end], offset=start)
        norms.append(norm)
        for m in _TOKEN.finditer(norm.text):
            s, e = norm.span(m.start(), m.end())
            tokens.append(TagToken(m.group(), s, e, r, m.start(), m.end()))
    return tokens, norms


def _stem(word: str) -> str:
    """The token with all its proclitics (and the article) removed."""
    return stem_candidates(word)[-1][0]


def _token_range(starts: list[int], ends: list[int], s: int, e: int) -> tuple[int, int] | None:
    """First and last token overlapping original [s, e), if any."""
    first = bisect_right(ends, s)
    last = bisect_left(starts, e) - 1
    return (first, last) if first <= last else None


class Features:
    """Token features for the CRF: one list of strings per token (training and tagging share it)."""

    def __init__(self, extractor: EntityExtractor) -> None:
        self.extractor = extractor
        self.classes = extractor.word_classes()
        self._cache: dict[tuple[str, bool], tuple[str, ...]] = {}  # word features by word
        # Words a proclitic may be peeled off to reach (وليد stays, وبايدن -> بايدن).
        self.lexicon = frozenset().union(
            *(self.classes[k] for k in ("given", "given_word", "kb_word", "frequent"))
        )
        self.given = self.classes["given"] | self.classes["given_word"]

    def _word(self, token: TagToken, original: str) -> list[str]:
        capital = original[:1].isupper()
        cached = self._cache.get((token.text, capital))
        if cached is None:
            if len(self._cache) > _CACHE_SIZE:
                self._cache.clear()
            cached = self._cache[(token.text, capital)] = self._word_features(token, capital)
        out = list(cached)
        if original.endswith("ى") and token.text.endswith("ي"):
            out.append("maqsura")  # "على" (on) and "علي" (Ali) normalize alike
        return out

    def _word_features(self, token: TagToken, capital: bool) -> tuple[str, ...]:
        w = token.text
        if not token.is_word:
            return (f"punct={w}",)
        st = _stem(w)
        out = [f"w={w}", f"st={st}", f"p2={st[:2]}", f"p3={st[:3]}", f"s2={st[-2:]}"]
        out += [f"s3={st[-3:]}", f"cl={w[: len(w) - len(st)] if w.endswith(st) else '?'}"]
        if w.isdigit():
            out.append("num")
        elif w.isascii():
            out.append("lat")
            if capital:
                out.append("cap")
        if len(st) <= 2:
            out.append("short")
        for name, words in self.classes.items():
            if w in words:
                out.append("c:" + name)
            elif st in words:
                out.append("cs:" + name)
        return tuple(out)

    def __call__(
        self,
        text: str,
        tokens: list[TagToken],
        norms: list[NormalizedText],
        rules: list[tuple[str, str]],
        kb: list[tuple[int, int, str, int]] | None = None,
    ) -> list[list[str]]:
        """Features per token; `rules` is `rule_tags(tokens, <the rules' entities>)`, `kb` the
        knowledge-base names over the tokens (`kb_token_spans`; found here when not given)."""
        if kb is None:
            kb = kb_token_spans(self.extractor, tokens, norms)
        base = [self._word(t, text[t.start : t.end]) for t in tokens]
        for first, last, kinds, length in kb:
            for i in range(first, last + 1):
                base[i].append(f"kb{'B' if i == first else 'I'}={kinds}")
                base[i].append(f"kbn={min(length, 3)}")
        # What the rules made of the same word elsewhere in the text (names recur).
        seen: dict[str, set[str]] = {}
        for token, (tag, _) in zip(tokens, rules, strict=True):
            if tag != "O":
                seen.setdefault(_stem(token.text), set()).add(tag[2:])
        for token, feats in zip(tokens, base, strict=True):
            if token.is_word:
                feats += [f"doc={kind}" for kind in sorted(seen.get(_stem(token.text), ()))]
        far = [[f for f in feats if f.startswith(_FAR_PREFIXES)] for feats in base]
        near = [
            [*shown, *(f for f in feats if f.startswith("s2="))]
            for shown, feats in zip(far, base, strict=True)
        ]
        out = []
        for i, token in enumerate(tokens):
            tag, linked = rules[i]
            f = list(base[i])
            f += [f"r={tag}", f"rl={linked}{tag[:1]}"]
            f.append(f"r-1|r={rules[i - 1][0] if i else '^'}|{tag}")
            for d in _WINDOW:
                j = i + d
                if not (0 <= j < len(tokens)) or tokens[j].region != token.region:
                    f.append(f"{d}:edge")
                    continue
                f.append(f"{d}:r={rules[j][0]}")
                f += [f"{d}:{feat}" for feat in (near[j] if abs(d) == 1 else far[j])]
            out.append(f)
        return out


def kb_token_spans(
    extractor: EntityExtractor, tokens: list[TagToken], norms: list[NormalizedText]
) -> list[tuple[int, int, str, int]]:
    """Every knowledge-base name over the tokens, before any rule decides: (first token, last
    token, the types it may have as `EntityExtractor.kb_spans` gives them, length in words)."""
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    out = []
    for norm in norms:
        for s, e, kinds, length in extractor.kb_spans(norm):
            found = _token_range(starts, ends, s, e)
            if found is not None:
                out.append((found[0], found[1], kinds, length))
    return out


def rule_tags(tokens: list[TagToken], entities: list[Entity]) -> list[tuple[str, str]]:
    """Per token: the rules' BIO label and whether that entity is linked ("kb") or new."""
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    tags = [("O", "")] * len(tokens)
    # Longer mentions are written last: a court named with its seat ("محكمة الاستئناف بطنجة")
    # holds the seat's own place mention, and the tags show the outer name.
    mentions = sorted(
        ((s, e, ent) for ent in entities for s, e in ent.mentions), key=lambda m: m[1] - m[0]
    )
    for s, e, ent in mentions:
        linked = "kb" if ent.id else "new"
        found = _token_range(starts, ends, s, e)
        if found is None:
            continue
        for i in range(found[0], found[1] + 1):
            tags[i] = (("B-" if i == found[0] else "I-") + ent.type, linked)
    return tags


def decode(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """BIO labels -> [first, last] token spans with their type (an I- after O starts a span)."""
    out: list[tuple[int, int, str]] = []
    current: list[int | str] | None = None
    for i, label in enumerate([*labels, "O"]):
        kind = label[2:]
        if label.startswith("I-") and current is not None and current[2] == kind:
            current[1] = i
            continue
        if current is not None:
            out.append((int(current[0]), int(current[1]), str(current[2])))
            current = None
        if label != "O":
            current = [i, i, kind]
    return out


def _is_clitic_chain(head: str) -> bool:
    """ "و", "ب", "وب", "لل", "ولل" …: proclitics a word may carry, in their order."""
    return re.fullmatch(r"[وف]?(?:لل|[بكل])?", head) is not None and head != ""


def gold_labels(text: str, tokens: list[TagToken], surfaces: dict[str, str]) -> list[str]:
    """Project labelled surfaces ({surface key: type}) onto tokens, longest match first.

    The keys are compared as the evaluation does (stream.evaluation.entities.surface_key), so a
    label "الجيش" marks "وللجيش" too, exactly as it would be scored.
    """
    from stream.evaluation.entities import surface_key

    labels = ["O"] * len(tokens)
    i = 0
    while i < len(tokens):
        first = tokens[i].text
        # The key strips proclitics in one order only ("لوكالة" keeps its و, "وكالة" loses it),
        # so a label "وكالة فرانس برس" is also tried on "لوكالة فرانس برس" without the ل.
        peeled = [n for n in (1, 2, 3) if len(first) - n >= 3 and _is_clitic_chain(first[:n])]
        for length in range(min(10, len(tokens) - i), 0, -1):
            last = tokens[i + length - 1]
            if last.region != tokens[i].region:
                continue
            rest = text[tokens[i].end : last.end]
            kind = surfaces.get(surface_key(text[tokens[i].start : last.end]))
            for n in peeled:
                if kind is None:
                    kind = surfaces.get(surface_key(first[n:] + rest))
            if kind is not None:
                labels[i] = "B-" + kind
                labels[i + 1 : i + length] = ["I-" + kind] * (length - 1)
                i += length
                break
        else:
            i += 1
    return labels


class EntityTagger:
    """The CRF model plus how its spans become entities; plugs into EntityExtractor(tagger=)."""

    def __init__(
        self, model: Path, threshold: float = THRESHOLD, drop_threshold: float = DROP_THRESHOLD
    ) -> None:
        import pycrfsuite

        self.path = model
        self.threshold = threshold
        self.drop_threshold = drop_threshold
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(model))
        except (OSError, ValueError) as exc:
            raise TaggerError(f"{model}: cannot load the entity tagger model: {exc}") from exc
        labels = set(self._tagger.labels())
        if not labels <= set(LABELS) or "O" not in labels:
            raise TaggerError(f"{model}: not an entity tagger model (labels {sorted(labels)})")
        self._features: Features | None = None  # built for the first extractor it serves
        self._lock = threading.Lock()  # a crfsuite Tagger is not safe across threads

    @classmethod
    def load(cls, path: Path | None = None) -> EntityTagger:
        """The model at `path`, or the packaged one."""
        if path is not None:
            if not path.is_file():
                raise TaggerError(f"{path}: entity tagger model not found")
            return cls(path)
        with resources.as_file(resources.files("stream.resources") / MODEL_NAME) as packaged:
            if not packaged.is_file():
                raise TaggerError(
                    f"{packaged}: the packaged entity tagger model is missing; "
                    "build it with `make tagger-model`"
                )
            return cls(packaged)  # crfsuite reads the whole model into memory on open

    def refine(
        self,
        extractor: EntityExtractor,
        text: str,
        spans: Sequence[tuple[int, int]] | None,
        entities: list[Entity],
    ) -> list[Entity]:
        tokens, norms = tag_tokens(text, spans)
        words = [t for t in tokens if t.is_word]
        if not words or 2 * sum(t.is_arabic for t in words) < len(words):
            return entities
        if self._features is None or self._features.extractor is not extractor:
            self._features = Features(extractor)
        tags = rule_tags(tokens, entities)
        kb = kb_token_spans(extractor, tokens, norms)
        features = self._features(text, tokens, norms, tags, kb)
        with self._lock:
            labels = self._tagger.tag(features)
            confidence = [self._tagger.marginal(label, i) for i, label in enumerate(labels)]
        rules = decode([tag for tag, _ in tags])
        agreed = set(rules)  # "أشرف بن شرقي": a name the rules found may hold such words
        near = _Near(rules)
        tagged, rejected = [], []
        for span in decode(labels):
            around = near(span)  # the guards look at the rules' names in and next to the span
            if span in agreed or not (
                _crosses_clause(tokens, span)
                or _joins_rule_spans(tokens, span, around)
                or _titled_person_inside(tokens, span, around, self._features.classes)
                or _district_head(tokens, span, around)
                or _crosses_rule_name(span, around)
                or _ends_in_known_body(tokens, tags, span, around, self._features.classes)
                or _indefinite_body(
                    tokens, span, self._features.classes, extractor.is_indefinite_nisba
                )
                or (span[2] != "LOC" and tokens[span[0]].text.isdigit())  # "2026-02-08 أبوظبي"
            ):
                span = _no_phrase_after(
                    tokens, span, around, self._features.classes, extractor.is_verbal_noun
                )
                span = _no_noun_after(tokens, tags, span, around, self._features.classes)
                span = _no_verb_before(tokens, span, around, self._features.classes)
                span = _no_sport_after(tokens, span, around)
                span = _one_body_one_script(tokens, span, self._features.classes)
                tagged.append(_before_dash(text, tokens, span))
            else:
                rejected.append(span)
        # no name is tagged inside a competition ("أدنوك" in "دوري أدنوك للمحترفين"), as the
        # rules report none there
        events = [(a, b) for a, b, kinds, _ in kb if kinds == "EVENT"]
        chosen = [
            span
            for span in arbitrate(
                tagged, confidence, rules, self.threshold, self.drop_threshold, rejected
            )
            if span in agreed
            or not (
                any(a <= span[0] and span[1] <= b for a, b in events)
                or _generic_body(tokens, span)
                or _generic_unit(tokens, span, near(span))
                or _model_code(tokens, span)
                or _anaphor(tokens, span, self._features.classes)
            )
        ]
        frequent = self._features.classes["frequent"]
        taken = {i for a, b, _ in chosen for i in range(a, b + 1)}
        for span in rules:
            a, b, _ = span
            rare_kb_name = all(
                tags[i][1] == "kb"
                and tokens[i].text not in frequent
                and not any(stem in frequent for stem, _ in stem_candidates(tokens[i].text))
                for i in range(a, b + 1)
            )
            known = rare_kb_name or (
                all(tags[i][1] == "kb" for i in range(a, b + 1)) and _set_apart(text, tokens, a, b)
            )
            if known and not any(i in taken for i in range(a, b + 1)):
                # "روداو": a known name in no dictionary is not dropped, nor one standing
                # alone between separators, as credits do ("فرانس 24 / أ ف ب", "(رويترز)")
                chosen.append(span)
                taken.update(range(a, b + 1))
        chosen.sort()
        return _link(extractor, self._features, text, tokens, norms, chosen, entities)


class _Near:
    """The rules' spans (sorted, not overlapping, as `decode` gives them) that overlap a span
    or touch it within two tokens: what the guards need, without a scan of every name of a
    long text for each tagged span."""

    def __init__(self, rules: list[tuple[int, int, str]]) -> None:
        self.rules = rules
        self.starts = [r[0] for r in rules]
        self.ends = [r[1] for r in rules]

    def __call__(self, span: tuple[int, int, str]) -> list[tuple[int, int, str]]:
        lo = bisect_left(self.ends, span[0] - 2)
        hi = bisect_right(self.starts, span[1] + 2)
        return self.rules[lo:hi]


def _set_apart(text: str, tokens: list[TagToken], first: int, last: int) -> bool:
    """Is tokens[first..last] a line or a separated item of one: punctuation or the line's
    edge on both sides, and a separator ("/", "-", "(") on at least one?"""

    def edge(k: int) -> str | None:
        if k < 0 or k >= len(tokens) or tokens[k].region != tokens[first].region:
            return ""
        if k > last:
            gap = text[tokens[last].end : tokens[k].start]
        else:
            gap = text[tokens[k].end : tokens[first].start]
        if "\n" in gap:
            return ""  # the line ends (or starts) here
        return None if tokens[k].is_word else tokens[k].text

    before, after = edge(first - 1), edge(last + 1)
    if before is None or after is None:
        return False
    return bool(set(before + after) & set("/-–()"))


# Words that end a clause or start one, "south of" and the like, and prepositions no name holds:
# no name runs across them ("... الإعلام إن وزارة ...", "مقر شرطة الاحتياطي المركزي جنوبي
# العاصمة", "سفير الاتحاد الأوروبي لدى الصومال").
_CLAUSE_TEXT = """
إن أن إنه أنه إنها أنها بأن بأنه بأنها الذي التي الذين قد لقد لم لن هو هي هم كان كانت
ومقره ومقرها
جنوبي شمالي شرقي غربي
لدى منذ خلال
"""
_CLAUSE_WORDS = frozenset(normalize_str(w) for w in _CLAUSE_TEXT.split())


# Bodies every state has, named by their common noun alone: no labeller of real news tags
# "البرلمان" (0 of 20 in blind sets 12-18), "الحكومة" (0 of 43) or "الجيش" (0 of 37).
_GENERIC_WORDS = frozenset(
    normalize_str(w)
    for w in (
        "البرلمان",
        "الحكومة",
        "الجيش",
        "الرئاسة",
        "الوزارة",
        "المجلس",
        "المحكمة",
        "النيابة",
        "السلطات",
    )
)


def _generic_body(tokens: list[TagToken], span: tuple[int, int, str]) -> bool:
    """Is a tagged span one such word, with or without proclitics ("وللبرلمان")?"""
    first, last, _ = span
    if first != last:
        return False
    word = tokens[first].text
    return any(word[n:] in _GENERIC_WORDS or "ال" + word[n:] in _GENERIC_WORDS for n in range(4))


_UNIT_WORDS = frozenset(normalize_str(w) for w in UNIT_WORDS)


def _crosses_rule_name(span: tuple[int, int, str], rules: list[tuple[int, int, str]]) -> bool:
    """Does a tagged place or body run into the start of one of the rules' persons, holding
    only part of the name ("متوسط الميدان عبد الجليل ساعد": not a square "الميدان عبد الجليل"
    but the player "عبد الجليل ساعد")?"""
    first, last, kind = span
    return kind != "PER" and any(
        rkind == "PER" and first < ra <= last < rb for ra, rb, rkind in rules
    )


def _ends_in_known_body(
    tokens: list[TagToken],
    tags: Sequence[tuple[str, str]],
    span: tuple[int, int, str],
    rules: list[tuple[int, int, str]],
    classes: dict[str, frozenset[str]],
) -> bool:
    """Does a tagged place or body end in a known organization joined to it by ب, or by ل when
    that is one word and no body's head ("إدارة الإعلام بالمكتبة لرويترز", "وزارة الثروات
    الطبيعية بحكومة إقليم كردستان")? The words before it are about the organization, whose
    name the rules found. A known place stays inside ("الهيئة العامة لقناة السويس"), and so does
    a body after ل ("المديرية العامة للدفاع المدني", "القيادة العامة للقوات المسلحة"). A known
    name that starts with these letters itself ("شركة بوينغ") ends the span there too: the
    rules' name without its head is what labellers write."""
    first, last, kind = span
    if kind == "PER":
        return False
    for ra, rb, rkind in rules:
        if rkind != "ORG" or rb != last or ra <= first:
            continue
        clitic = tokens[ra].text[: len(tokens[ra].text) - len(tokens[ra].text.lstrip("وفبل"))]
        if "ل" in clitic or "ب" in clitic:
            words = [tokens[ra].text[len(clitic) :], *(t.text for t in tokens[ra + 1 : rb + 1])]
            linked = all(tags[i][1] == "kb" for i in range(ra, rb + 1))
            return linked and ("ب" in clitic or (ra == rb and words[0] not in classes["org_head"]))
    return False


def _indefinite_body(
    tokens: list[TagToken],
    span: tuple[int, int, str],
    classes: dict[str, frozenset[str]],
    nisba: Callable[[str], bool],
) -> bool:
    """Is a tagged body an indefinite head and an indefinite nationality or nisba ("محكمة
    سعودية عامة بالرياض": a Saudi court; "معهد فني صناعي": a technical institute; no name), or
    an indefinite head and a لل- word alone ("مستشفى للوقوف", "مركز للتدريب")?"""
    first, last, kind = span
    if kind != "ORG" or first == last:
        return False
    head, adjective = tokens[first].text, tokens[first + 1].text
    if last == first + 1 and adjective.startswith("لل") and head in classes["org_head"]:
        return True  # "نقل إلى مستشفى للوقوف على حالته": a hospital, for a purpose
    return (
        "ال" not in head[:4]
        and not adjective.startswith("ال")
        and (adjective in classes["nationality"] or nisba(adjective))  # "معهد فني صناعي"
        and head in classes["org_head"]
        and adjective not in classes["kb_word"]
    )


_SPORTS = frozenset(normalize_str(w) for w in ("القدم", "اليد", "السلة", "الطائرة", "الصالات"))


def _no_sport_after(
    tokens: list[TagToken], span: tuple[int, int, str], rules: list[tuple[int, int, str]]
) -> tuple[int, int, str]:
    """A rules' national team the tagger ran on into its sport ("المنتخب الوطني المغربي لكرة
    القدم") ends where the rules end it; a federation keeps it ("اتحاد الإمارات لكرة القدم")."""
    first, last, kind = span
    if kind != "ORG" or last - first < 2 or tokens[last].text not in _SPORTS:
        return span
    if _TEAM not in tokens[first].text:
        return span  # "اتحاد الإمارات لكرة القدم": a federation is named with its sport
    if tokens[last - 1].text != _KURA:
        return span
    for ra, rb, rkind in rules:
        if (ra, rkind) == (first, kind) and rb == last - 2:
            return (ra, rb, rkind)
    return span


def _one_body_one_script(
    tokens: list[TagToken], span: tuple[int, int, str], classes: dict[str, frozenset[str]]
) -> tuple[int, int, str]:
    """A tagged name ends where the script changes ("أنس الشريف Anas Al-Sharif": the name and
    its transliteration) and a tagged body before a second body joined by و ("قسم شرطة سيدي
    جابر وإدارة شرطة النجدة")."""
    first, last, kind = span
    for k in range(first + 1, last + 1):
        word = tokens[k].text
        if word[0].isalpha() and tokens[k].is_arabic != tokens[first].is_arabic:
            return (first, k - 1, kind)  # digits belong to either script ("ملعب 8 ماي 1945")
        if kind == "ORG" and k > first + 1 and word[:1] == "و":
            bare = word[3:] if word.startswith("وال") else word[1:]
            if bare in classes["org_head"]:
                return (first, k - 1, kind)
    return span


_KURA = normalize_str("لكرة")
_TEAM = normalize_str("منتخب")
_MARKAZ = frozenset(normalize_str(w) for w in ("مركز", "ومركز", "بمركز", "لمركز"))


def _district_head(
    tokens: list[TagToken], span: tuple[int, int, str], rules: list[tuple[int, int, str]]
) -> bool:
    """Is a tagged body "مركز" and a place the rules found ("مركز دمنهور")? An Egyptian
    markaz is the district of its town: the rules' place stands."""
    first, last, kind = span
    if kind != "ORG" or tokens[first].text not in _MARKAZ:
        return False
    return any(a == first + 1 and b == last and k == "LOC" for a, b, k in rules)


def _generic_unit(
    tokens: list[TagToken], span: tuple[int, int, str], rules: list[tuple[int, int, str]]
) -> bool:
    """Is a tagged body a head and such a unit ("شرطة المديرية التحقيق"), where the rules
    found nothing?"""
    first, last, kind = span
    if kind != "ORG" or first == last or tokens[first + 1].text not in _UNIT_WORDS:
        return False
    return not any(a <= last and first <= b for a, b, _ in rules)


def _no_noun_after(
    tokens: list[TagToken],
    tags: list[tuple[str, str]],
    span: tuple[int, int, str],
    rules: list[tuple[int, int, str]],
    classes: dict[str, frozenset[str]],
) -> tuple[int, int, str]:
    """A known body the tagger ran on into a definite noun that qualifies nothing ("المجلس
    السياسي الأعلى العدوان الصهيوني": the council condemned the aggression) ends where the
    knowledge base ends it."""
    first, last, kind = span
    if kind != "ORG":
        return span
    for ra, rb, rkind in rules:
        if (ra, rkind) != (first, kind) or rb >= last or tags[ra][1] != "kb":
            continue
        word = tokens[rb + 1].text
        if (
            word.startswith("ال")
            and not word.endswith(("ي", "يه", "يين", "يون", "يات"))
            and word not in classes["nationality"]
            and word not in classes["loc_tail"]
            and word not in classes["kb_word"]
        ):
            return (ra, rb, rkind)
    return span


def _anaphor(
    tokens: list[TagToken], span: tuple[int, int, str], classes: dict[str, frozenset[str]]
) -> bool:
    """Is a tagged place one definite place head ("الجزيرة") in an article that names the
    place with that head ("جزيرة تايوان ... في محيط الجزيرة"): "the island", not a name?"""
    first, last, kind = span
    if first != last or kind != "LOC":
        return False
    word = tokens[first].text
    at = word.find("ال")
    if at < 0 or at > 2 or (at and not _is_clitic_chain(word[:at])):
        return False
    head = word[at + 2 :]
    if head not in classes["loc_outside"] and head not in classes["loc_inside"]:
        return False
    return any(
        t.text == head or (t.text[1:] == head and t.text[0] in "وفبلك")
        for t, after in pairwise(tokens)
        if after.is_word
    )


def _titled_person_inside(
    tokens: list[TagToken],
    span: tuple[int, int, str],
    rules: list[tuple[int, int, str]],
    classes: dict[str, frozenset[str]],
) -> bool:
    """Does a tagged body or place start inside a title and hold the rules' person with the
    title before it ("ولي العهد الأمير الحسين بن عبدالله": not "العهد الأمير الحسين ..." but a
    title and a person; "طريق الملك فهد" and "مستشفى الملك فهد" start with their heads)?"""
    first, last, kind = span
    if kind == "PER" or first == 0 or tokens[first - 1].text not in classes["title"]:
        return False  # "ولي العهد": the span starts inside a title
    return any(
        rkind == "PER" and first < ra and rb <= last and tokens[ra - 1].text in classes["title"]
        for ra, rb, rkind in rules
    )


def _model_code(tokens: list[TagToken], span: tuple[int, int, str]) -> bool:
    """Is a tagged span one Latin word with digits in it ("V3", "H800"): a product's code?"""
    first, last, _ = span
    word = tokens[first].text
    return (
        first == last
        and word.isascii()
        and any(c.isdigit() for c in word)
        and any(c.isalpha() for c in word)
    )


def _no_phrase_after(
    tokens: list[TagToken],
    span: tuple[int, int, str],
    rules: list[tuple[int, int, str]],
    classes: dict[str, frozenset[str]],
    verbal_noun: Callable[[str], bool],
) -> tuple[int, int, str]:
    """A rules' name the tagger ran on into a phrase with ب- that names no place ("المنتخب
    الكويتي بمعسكر خارجي") or into the verbal noun of its action ("أعلنت المندوبية الجهوية
    للتربية بنابل تعليق الدروس") ends where the rules end it, or after its seat. A known place
    after ب or في may be the body's seat ("مديرية الصحة ببني سويف"): the rules mark it, and the
    tagger decides ("نقابة المهندسين في القاهرة بحرية الصحافة" ends at the seat)."""
    first, last, kind = span
    if kind == "PER":
        for ra, rb, rkind in rules:
            if (
                (ra, rkind) == (first, kind)
                and rb + 1 < last
                and tokens[rb + 1].text in BLESSINGS
                and tokens[rb + 2].text == _ALLAH
            ):
                return (ra, rb, rkind)  # "نواف الأحمد الجابر الصباح طيب الله ثراه"
        return span  # "راجيش كومار بالاي": a name word may start with ب
    for ra, rb, rkind in rules:
        if (ra, rkind) == (first, kind) and rb < last:
            end = rb
            at = rb + 2 if tokens[rb + 1].text == "في" else rb + 1  # "بنابل", "في القاهرة"
            seat = next((r for r in rules if r[0] == at and r[2] == "LOC"), None)
            if seat is not None and seat[1] < last and (at == rb + 2 or tokens[at].text[0] == "ب"):
                end = seat[1]  # the body's seat, then the words the tagger ran on into
            word = tokens[end + 1].text
            if (
                len(word) > 3
                and word[0] == "ب"
                and word[1:] in classes["frequent"]
                and not any(word[1:] in classes[k] for k in _NAMING_CLASSES)
                and not any(a <= end + 1 <= b for a, b, _ in rules)
            ):
                return (ra, end, rkind)
            if (
                verbal_noun(word)
                and not any(word in classes[k] for k in _NAMING_CLASSES)
                and not any(a <= end + 1 <= b for a, b, _ in rules)
            ):
                return (ra, end, rkind)
    return span


def _no_verb_before(
    tokens: list[TagToken],
    span: tuple[int, int, str],
    rules: list[tuple[int, int, str]],
    classes: dict[str, frozenset[str]],
) -> tuple[int, int, str]:
    """A rules' place or body the tagger ran back into the verb before it ("وتضم فرنسا")
    starts where the rules start it."""
    first, last, kind = span
    if kind == "PER":
        return span
    for ra, rb, rkind in rules:
        if rkind == kind and first < ra <= rb == last:
            for i in range(first, ra):
                word = tokens[i].text
                stem = word[1:] if word[:1] in "وف" and len(word) >= 4 else word
                if (
                    len(stem) >= 3
                    and stem[0] in "يتن"
                    and stem[1] not in "اوي"
                    and word in classes["frequent"]
                    and not any(stem in classes[k] or word in classes[k] for k in _NAMING_CLASSES)
                ):
                    return (ra, rb, rkind)
    return span


_ALLAH = normalize_str("الله")
_DASHES = ("-", "–", "—")
_ROAD_HEADS = frozenset(normalize_str(w) for w in ("طريق", "شارع", "معبر", "خط"))


def _before_dash(
    text: str, tokens: list[TagToken], span: tuple[int, int, str]
) -> tuple[int, int, str]:
    """A person or a place the tagger ran on across a spaced dash ("مسجد الرحمن - الجبانة",
    "عبد الكريم عويس -نديبة": items of a list) ends before it; a road joins two places with
    one ("طريق مصر - أسيوط"), a body its seat ("دائرة الصحة – أبوظبي"), a hyphenated name
    has no space ("جان-بول")."""
    first, last, kind = span
    if kind == "ORG":
        return span
    head = tokens[first].text
    if kind == "LOC" and any(head[n:] in _ROAD_HEADS for n in range(3)):
        return span
    for k in range(first + 1, last):
        tok = tokens[k]
        if tok.text in _DASHES and (
            text[tok.start - 1 : tok.start].isspace() or text[tok.end : tok.end + 1].isspace()
        ):
            return (first, k - 1, kind)
    return span


# Nouns that after ب start a body or a place, not a phrase: "كلية الزراعة بجامعة ...".
_NAMING_CLASSES = ("org_head", "loc_inside", "loc_outside", "loc_named", "kb_word", "given")


def _crosses_clause(tokens: list[TagToken], span: tuple[int, int, str]) -> bool:
    """Does a tagged span hold a clause word after its first token?"""
    first, last, _ = span
    return any(tokens[i].text in _CLAUSE_WORDS for i in range(first + 1, last + 1))


def _joins_rule_spans(
    tokens: list[TagToken], span: tuple[int, int, str], rules: list[tuple[int, int, str]]
) -> bool:
    """Does a tagged span run two of the rules' names together across "و" ("الشرطة والقوة
    الجوية": two clubs, not one)? A name with و inside ("وزارة الصناعة والتجارة") is one span
    for the rules too."""
    first, last, _ = span
    inside = [r for r in rules if first <= r[0] and r[1] <= last]
    for (_, end, _), (start, _, _) in pairwise(inside):
        if tokens[start].text.startswith("و") or any(
            tokens[i].text == "و" for i in range(end + 1, start)
        ):
            return True
    return False


def arbitrate(
    tagged: list[tuple[int, int, str]],
    confidence: Sequence[float],
    rules: list[tuple[int, int, str]],
    threshold: float,
    drop_threshold: float | None = None,
    rejected: Sequence[tuple[int, int, str]] = (),
) -> list[tuple[int, int, str]]:
    """The tagger's spans where it agrees with the rules or is sure (every token's marginal
    probability at least `threshold`); elsewhere the rules' spans stand. Dropping a span of
    theirs outright takes `drop_threshold` (default: `threshold`). A tagged span `rejected`
    beforehand (it ran across a clause) drops nothing: its confidence is in the wrong span."""
    if drop_threshold is None:
        drop_threshold = threshold
    agreed = set(rules)
    accepted: list[tuple[int, int, str]] = []
    doubted: list[tuple[int, int, str]] = list(rejected)
    for span in tagged:
        a, b, _ = span
        if span in agreed or min(confidence[a : b + 1]) >= threshold:
            accepted.append(span)
        else:
            doubted.append(span)
    # A tagged span that only cuts a rules' name short ("نمير حبيب" of "نمير حبيب مخلوف") drops
    # the cut words: that takes the dropping bar on them.
    near = _Near(rules)
    for n, (a, b, kind) in enumerate(accepted):
        for ra, rb, rkind in near(accepted[n]):
            if rkind == kind and ra <= a and b <= rb and (ra, rb) != (a, b):
                cut = [*range(ra, a), *range(b + 1, rb + 1)]
                if min(confidence[i] for i in cut) < drop_threshold and not any(
                    o is not accepted[n] and o[0] <= rb and ra <= o[1] for o in accepted
                ):
                    accepted[n] = (ra, rb, rkind)
                break
    taken = {i for a, b, _ in accepted for i in range(a, b + 1)}
    kept = set(accepted)
    in_doubt = {i for a, b, _ in doubted for i in range(a, b + 1)}
    for span in rules:
        a, b, _ = span
        if span in kept or any(i in taken for i in range(a, b + 1)):
            continue
        contested = any(i in in_doubt for i in range(a, b + 1))
        if contested or min(confidence[a : b + 1]) < drop_threshold:
            accepted.append(span)  # the tagger was not sure enough to drop or change it
            taken.update(range(a, b + 1))
    return sorted(accepted)


def _trim(tokens: list[TagToken], first: int, last: int) -> tuple[int, int] | None:
    """The span without punctuation at its ends, but with a "+" written onto its last word
    ("أوبك+")."""
    while first <= last and not tokens[first].is_word:
        first += 1
    while last >= first and not tokens[last].is_word:
        last -= 1
    if first > last:
        return None
    nxt = last + 1
    if nxt < len(tokens) and tokens[nxt].text == "+" and tokens[nxt].start == tokens[last].end:
        last = nxt
    return first, last


def _span_name(tokens: list[TagToken], first: int, last: int, clitic: int) -> str:
    words = [tokens[first].text[clitic:], *(t.text for t in tokens[first + 1 : last + 1])]
    return " ".join(w for w in words if w)


def _clitic(
    extractor: EntityExtractor,
    features: Features,
    tokens: list[TagToken],
    first: int,
    last: int,
    kind: str,
) -> tuple[int, KBEntry | None]:
    """How many normalized characters of the first token are proclitics, and the KB entity
    the span names once they are removed (if any)."""
    candidates = stem_candidates(tokens[first].text)
    for _, clitic in candidates:
        entry = extractor.kb_entry(_span_name(tokens, first, last, clitic), kind)
        if entry is not None:
            return clitic, entry
    word = tokens[first].text
    for stem, clitic in candidates:
        if clitic and set(word[:clitic]) <= _PROCLITICS and extractor.is_head(stem):
            return clitic, None  # "وطريق الملك فهد": the road starts after و
    if kind == "PER" and word not in features.given:
        for stem, clitic in candidates:
            if clitic and set(word[:clitic]) <= _PROCLITICS and stem in features.given:
                # "وفاطمة" (a frequent word itself) is و + فاطمة, "ولورا" is و + لورا (not
                # ول + ورا); "وليد" and "كريم" are names as written
                return clitic, None
    if word.startswith("وو") and len(word) > 3 and word[1:] in features.lexicon:
        return 1, None  # "ووادي نحيز", "ووسط البلد" (but "وول ستريت" is Wall Street)
    if word in features.lexicon:
        return 0, None
    best = 0
    for stem, clitic in candidates:
        head = word[:clitic]
        if clitic and set(head) <= _PROCLITICS and stem in features.lexicon:
            best = max(best, clitic)
    return best, None


def _keep_nested(entities: list[Entity], groups: dict[object, list[tuple[int, int]]]) -> None:
    """A rule mention inside another rule mention that was kept stays too: the seat in
    "محكمة الاستئناف بطنجة" is a place of its own (the tags hold only the outer name)."""
    kept = {(s, e): key for key, ms in groups.items() if isinstance(key, int) for s, e in ms}
    for n, ent in enumerate(entities):
        for s, e in ent.mentions:
            if (s, e) in kept:
                continue
            if any(a <= s and e <= b and k != n for (a, b), k in kept.items()):
                groups.setdefault(n, []).append((s, e))


def _link(
    extractor: EntityExtractor,
    features: Features,
    text: str,
    tokens: list[TagToken],
    norms: list[NormalizedText],
    spans: list[tuple[int, int, str]],
    entities: list[Entity],
) -> list[Entity]:
    """Entities for the chosen spans. A span the rules found keeps their mention and entity;
    another joins the rules' entity of the same name or KB id, else the KB entity it names,
    else a new entity (id null) shared by the spans with the same normalized text and type."""
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    by_range: dict[tuple[int, int], tuple[int, tuple[int, int]]] = {}
    rule_names: dict[tuple[str, str], int] = {}
    rule_ids: dict[str, int] = {}
    for n, ent in enumerate(entities):
        if ent.id:
            rule_ids.setdefault(ent.id, n)
        for s, e in ent.mentions:
            found = _token_range(starts, ends, s, e)
            if found is not None:
                by_range.setdefault(found, (n, (s, e)))
            rule_names.setdefault((normalize_str(text[s:e]), ent.type), n)
    groups: dict[object, list[tuple[int, int]]] = {}
    new: dict[object, tuple[str, KBEntry | None]] = {}
    for first, last, kind in spans:
        trimmed = _trim(tokens, first, last)
        if trimmed is None:
            continue
        first, last = trimmed
        rule = by_range.get((first, last))
        if rule is not None and entities[rule[0]].type == kind:
            groups.setdefault(rule[0], []).append(rule[1])
            continue
        clitic, entry = _clitic(extractor, features, tokens, first, last, kind)
        head = tokens[first]
        if clitic >= 2 and head.text[clitic - 2 : clitic] == "ال":
            # "والباراغواي": the article stays in the mention, as written (the scorer's
            # proclitic rule would otherwise read باراغواي as ب + اراغواي)
            clitic -= 2
        norm = norms[head.region]
        start = norm.span(head.nstart + clitic, head.nend)[0]
        mention = (start, tokens[last].end)
        surface = normalize_str(text[mention[0] : mention[1]])
        key: object
        if entry is not None:
            key = rule_ids.get(entry.id, entry.id)
        else:
            key = rule_names.get((surface, kind), (kind, surface))
        groups.setdefault(key, []).append(mention)
        if not isinstance(key, int):
            new.setdefault(key, (kind, entry))
    _keep_nested(entities, groups)
    out = []
    for key, mentions in groups.items():
        where = sorted(set(mentions))
        if isinstance(key, int):
            ent = entities[key]
            name, name_en, ident, kind = ent.name, ent.name_en, ent.id, ent.type
        else:
            kind, entry = new[key]
            if entry is not None:
                name, name_en, ident = entry.name, entry.name_en, entry.id
            else:
                s, e = max(where, key=lambda m: (m[1] - m[0], -m[0]))
                name, name_en, ident = text[s:e], None, None
        out.append(
            Entity(
                id=ident,
                type=cast(EntityType, kind),
                name=name,
                name_en=name_en,
                text=text[where[0][0] : where[0][1]],
                mentions=[[s, e] for s, e in where],
                count=len(where),
            )
        )
    out.sort(key=lambda e: (e.mentions[0][0], e.mentions[0][1]))
    return out
