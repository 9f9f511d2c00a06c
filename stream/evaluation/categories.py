"""Evaluation of category classification on labelled JSON Lines ({"text", "categories": [ids]}).

Per-category precision, recall and F1 with support, micro-F1 over all categories and macro-F1
over the five focal categories; `rasd eval categories FILE.jsonl` prints `CategoryReport.format()`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

FOCAL_CATEGORIES: tuple[str, ...] = (
    "taiwan_strait",
    "red_sea",
    "ukraine",
    "gaza_israel",
    "south_china_sea",
)


class EvaluationDataError(ValueError):
    """A line of the labelled file is not {"text": str, "categories": [str, ...]}."""


@dataclass(frozen=True, slots=True)
class CategoryStats:
    """Counts and scores of one category over the labelled set."""

    id: str
    tp: int
    fp: int
    fn: int

    @property
    def support(self) -> int:
        """Articles labelled with the category."""
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _f1(self.tp, self.fp, self.fn)


@dataclass(frozen=True, slots=True)
class Error:
    """One article where the prediction differs from the labels."""

    line: int
    text: str
    expected: tuple[str, ...]
    predicted: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CategoryReport:
    """The evaluation result: per-category stats, micro and macro F1, and the mistakes."""

    articles: int
    per_category: dict[str, CategoryStats]
    errors: tuple[Error, ...] = field(default=())
    focal: tuple[str, ...] = FOCAL_CATEGORIES

    @property
    def micro_f1(self) -> float:
        """F1 over every (article, category) decision of all categories."""
        tp = sum(s.tp for s in self.per_category.values())
        fp = sum(s.fp for s in self.per_category.values())
        fn = sum(s.fn for s in self.per_category.values())
        return _f1(tp, fp, fn)

    @property
    def macro_f1(self) -> float:
        """Unweighted mean F1 of the focal categories that occur (labelled or predicted).

        A focal category absent from both the labels and the predictions has no defined F1 and
        is left out; one that is labelled but never predicted (or the reverse) counts as 0.
        """
        seen = [s for c in self.focal if (s := self.stats(c)).tp + s.fp + s.fn]
        return sum(s.f1 for s in seen) / len(seen) if seen else 0.0

    @property
    def exact_match(self) -> float:
        """Share of articles whose predicted set equals the labelled set."""
        return _ratio(self.articles - len(self.errors), self.articles)

    def stats(self, category: str) -> CategoryStats:
        return self.per_category.get(category, CategoryStats(category, 0, 0, 0))

    def format(self, show_errors: bool = False) -> str:
        """A plain-text table for the terminal."""
        width = max([len(c) for c in self.per_category] + [len("category")])
        lines = [
            f"{'category':<{width}}  precision  recall     f1  support",
        ]
        for cid in sorted(self.per_category, key=lambda c: (c not in self.focal, c)):
            s = self.per_category[cid]
            mark = "*" if cid in self.focal else " "
            lines.append(
                f"{cid:<{width}}{mark} {s.precision:9.3f} {s.recall:7.3f} {s.f1:6.3f} "
                f"{s.support:8d}"
            )
        lines += [
            "",
            f"articles: {self.articles}   exact match: {self.exact_match:.3f}",
            f"micro-F1 (all categories): {self.micro_f1:.3f}",
            f"macro-F1 (* {', '.join(self.focal)}): {self.macro_f1:.3f}",
        ]
        if show_errors and self.errors:
            lines += ["", f"errors ({len(self.errors)}):"]
            for e in self.errors:
                lines.append(
                    f"  line {e.line}: expected {list(e.expected)} got {list(e.predicted)}: "
                    f"{e.text[:90]}"
                )
        return "\n".join(lines)


def read_labelled(path: Path) -> list[tuple[int, str, list[str]]]:
    """(line number, text, categories) of every non-blank line of a labelled JSON Lines file."""
    rows: list[tuple[int, str, list[str]]] = []
    with Path(path).open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvaluationDataError(f"{path}:{number}: invalid JSON: {exc}") from exc
            text, categories = (
                (item.get("text"), item.get("categories")) if isinstance(item, dict) else (0, 0)
            )
            if (
                not isinstance(text, str)
                or not isinstance(categories, list)
                or not all(isinstance(c, str) for c in categories)
            ):
                raise EvaluationDataError(
                    f'{path}:{number}: expected {{"text": str, "categories": [str, ...]}}'
                )
            rows.append((number, text, categories))
    return rows


def score(
    pairs: Iterable[tuple[int, str, Iterable[str], Iterable[str]]],
    categories: Iterable[str] = (),
) -> CategoryReport:
    """Build a report from (line, text, expected, predicted); `categories` are always listed."""
    counts: dict[str, list[int]] = {c: [0, 0, 0] for c in categories}
    errors: list[Error] = []
    articles = 0
    for line, text, expected, predicted in pairs:
        articles += 1
        gold, guess = set(expected), set(predicted)
        for c in gold | guess:
            tp_fp_fn = counts.setdefault(c, [0, 0, 0])
            if c in gold and c in guess:
                tp_fp_fn[0] += 1
            elif c in guess:
                tp_fp_fn[1] += 1
            else:
                tp_fp_fn[2] += 1
        if gold != guess:
            errors.append(Error(line, text, tuple(sorted(gold)), tuple(sorted(guess))))
    per_category = {c: CategoryStats(c, *v) for c, v in counts.items()}
    return CategoryReport(articles, per_category, tuple(errors))


def evaluate(path: Path, predict: Callable[[str], list[str]]) -> CategoryReport:
    """Run `predict(text) -> category ids` over a labelled file and score it."""
    rows = read_labelled(path)
    return score(
        ((line, text, gold, predict(text)) for line, text, gold in rows),
        categories=FOCAL_CATEGORIES,
    )


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(tp: int, fp: int, fn: int) -> float:
    return _ratio(2 * tp, 2 * tp + fp + fn)
