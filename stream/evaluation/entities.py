"""Entity evaluation over labelled articles: precision, recall and F1 overall and per type.

Matching rule: per article, distinct gold surface strings and distinct predicted mention strings
(the text at each mention's offsets) are compared with their type, after normalization and after
stripping leading proclitics (و ف ب ل ك, ال, لل) from both sides.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from schemas import Entity
from stream.pipeline.normalize import normalize_str

TYPES = ("PER", "LOC", "ORG")


def surface_key(surface: str) -> str:
    """The comparison form of a surface string: normalized, leading proclitics stripped."""
    s = " ".join(normalize_str(surface).split())
    if len(s) > 3 and s[0] in "وف":
        s = s[1:]
    if len(s) > 4 and s.startswith("لل"):
        return s[2:]
    if len(s) > 3 and s[0] in "بكل":
        s = s[1:]
    if len(s) > 4 and s.startswith("ال"):
        s = s[2:]
    return s


@dataclass(slots=True)
class Score:
    """True positives, false positives and false negatives, with the derived rates."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass(slots=True)
class EntityReport:
    """Scores over a labelled file, plus the disagreements for inspection."""

    articles: int = 0
    overall: Score = field(default_factory=Score)
    by_type: dict[str, Score] = field(default_factory=lambda: {t: Score() for t in TYPES})
    false_positives: list[tuple[int, str, str]] = field(default_factory=list)  # article, type, text
    false_negatives: list[tuple[int, str, str]] = field(default_factory=list)

    def format(self) -> str:
        lines = [
            f"entity evaluation over {self.articles} articles",
            f"{'type':<8}{'P':>8}{'R':>8}{'F1':>8}{'TP':>6}{'FP':>6}{'FN':>6}",
        ]
        for name, s in [*self.by_type.items(), ("overall", self.overall)]:
            lines.append(
                f"{name:<8}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}"
                f"{s.tp:>6}{s.fp:>6}{s.fn:>6}"
            )
        return "\n".join(lines)

    def format_errors(self) -> str:
        out = [f"FP a{a} {t} {x}" for a, t, x in self.false_positives]
        out += [f"FN a{a} {t} {x}" for a, t, x in self.false_negatives]
        return "\n".join(out)


def load_labelled(path: Path) -> list[dict[str, object]]:
    """The objects of a labelled JSONL file; ValueError names the file and line of a bad one."""
    items = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}: line {lineno}: invalid JSON: {exc.msg}") from exc
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise ValueError(f"{path}: line {lineno}: expected an object with a 'text' string")
        if not isinstance(obj.get("entities", []), list):
            raise ValueError(f"{path}: line {lineno}: 'entities' must be a list")
        items.append(obj)
    return items


def evaluate(path: Path, predict: Callable[[str], list[Entity]]) -> EntityReport:
    """Score `predict` on a JSONL file of {"text", "entities": [{"text", "type", ...}]}."""
    report = EntityReport()
    for n, item in enumerate(load_labelled(Path(path))):
        text = str(item["text"])
        gold_items = item.get("entities", [])
        assert isinstance(gold_items, list)
        gold = {(surface_key(str(g["text"])), str(g["type"])) for g in gold_items}
        pred = {
            (surface_key(text[s:e]), ent.type) for ent in predict(text) for s, e in ent.mentions
        }
        report.articles += 1
        for kind in TYPES:
            g = {k for k, t in gold if t == kind}
            p = {k for k, t in pred if t == kind}
            score = Score(len(g & p), len(p - g), len(g - p))
            report.by_type[kind].add(score)
            report.overall.add(score)
            report.false_positives += [(n, kind, x) for x in sorted(p - g)]
            report.false_negatives += [(n, kind, x) for x in sorted(g - p)]
    return report
