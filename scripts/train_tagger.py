"""Train the entity tagger (stream/resources/entity_tagger.crfsuite) from labelled paragraphs.

    uv run python scripts/train_tagger.py            # data/ner/train.jsonl + the dev set
    uv run python scripts/train_tagger.py --eval FILE.jsonl   # also score a held-out file

Input files are the evaluation format: {"text", "entities": [{"text", "type", ...}]} per line.
Each text is read as `enrich` reads it (every line of the page), the rules and the knowledge
base run on it, and the labelled surfaces are projected onto its tokens as the evaluation
matches them.
The model depends on what the rules output: retrain it after changing the rules or the
knowledge base (`make tagger-model`). Training is deterministic for a given input.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from tqdm import tqdm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stream.evaluation.entities import load_labelled, surface_key  # noqa: E402
from stream.pipeline import entity_spans, load_resources  # noqa: E402
from stream.pipeline.tagger import (  # noqa: E402
    MODEL_NAME,
    Features,
    gold_labels,
    rule_tags,
    tag_tokens,
)

DEFAULT_DATA = [ROOT / "data/ner/train.jsonl", ROOT / "tests/resources/entities_dev.jsonl"]
# L1 keeps the model small (features that never help get weight 0); found on held-out sets.
PARAMS = {"c1": 0.1, "c2": 0.05, "max_iterations": 200, "feature.possible_transitions": True}


def sequences(paths: list[Path]) -> list[tuple[list[list[str]], list[str]]]:
    """(features, gold labels) per labelled text, with the rules-only extractor."""
    resources = load_resources(tagger=False)
    features = Features(resources.extractor)
    items = []
    for path in paths:
        if not path.is_file():
            raise SystemExit(f"{path}: no such file")
        try:
            items += load_labelled(path)
        except ValueError as exc:
            raise SystemExit(str(exc)) from exc
    out = []
    for obj in tqdm(items, desc="featurizing", unit="text", file=sys.stderr):
        text = str(obj["text"])
        spans = entity_spans(text)
        tokens, norms = tag_tokens(text, spans)
        if not tokens:
            continue
        entities = resources.extractor.extract_rules(text, spans)
        surfaces: dict[str, str] = {}
        for g in obj.get("entities", []):
            surfaces.setdefault(surface_key(str(g["text"])), str(g["type"]))
        feats = features(text, tokens, norms, rule_tags(tokens, entities))
        out.append((feats, gold_labels(text, tokens, surfaces)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="*", type=Path, help="labelled JSONL files")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "stream" / "resources" / MODEL_NAME, help="model path"
    )
    parser.add_argument("--c1", type=float, default=PARAMS["c1"], help="L1 regularization")
    parser.add_argument("--c2", type=float, default=PARAMS["c2"], help="L2 regularization")
    parser.add_argument(
        "--max-iterations", type=int, default=PARAMS["max_iterations"], help="L-BFGS iterations"
    )
    parser.add_argument("--eval", type=Path, action="append", default=[], help="held-out file")
    args = parser.parse_args()
    paths = args.data or DEFAULT_DATA

    import pycrfsuite

    data = sequences(paths)
    trainer = pycrfsuite.Trainer(verbose=False)
    for xs, ys in data:
        trainer.append(xs, ys)

    trainer.set_params(
        {**PARAMS, "c1": args.c1, "c2": args.c2, "max_iterations": args.max_iterations}
    )
    started = time.monotonic()
    print(
        f"training on {len(data)} texts, {sum(len(y) for _, y in data)} tokens ...", file=sys.stderr
    )
    trainer.train(str(args.out))
    info = trainer.logparser.last_iteration
    print(
        f"wrote {args.out} ({args.out.stat().st_size // 1024} KB) in "
        f"{time.monotonic() - started:.0f} s; loss {info['loss']:.1f}, "
        f"{info['active_features']} active features after {info['num']} iterations",
        file=sys.stderr,
    )
    for path in args.eval:
        from stream.evaluation.entities import evaluate
        from stream.pipeline.tagger import EntityTagger

        resources = load_resources(tagger=False)
        extractor = resources.extractor
        for name, tagger in (("rules", None), ("tagger", EntityTagger(args.out))):
            extractor.tagger = tagger
            report = evaluate(path, lambda t, x=extractor: x.extract(t, entity_spans(t)))
            print(f"{path} {name}: F1 {report.overall.f1:.3f}", file=sys.stderr)


if __name__ == "__main__":
    main()
