"""Throughput benchmark of the pure pipeline (`rasd bench`): start-up, articles/s, latency."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

from schemas import Article
from stream.messages import parse_article
from stream.pipeline import Resources, enrich, load_resources


def _load_articles(paths: list[Path]) -> list[Article]:
    articles: list[Article] = []
    for path in paths:
        if path.suffix == ".txt":
            articles.append(Article(id=path.name, text=path.read_text(encoding="utf-8")))
            continue
        for line in path.read_bytes().splitlines():
            try:
                articles.append(parse_article(line))
            except Exception:  # benchmarks measure valid articles only
                continue
    return articles


def run_bench(
    paths: list[Path], repeat: int, load: Callable[[], Resources] = load_resources
) -> str:
    started = time.perf_counter()
    resources = load()
    startup = time.perf_counter() - started
    articles = _load_articles(paths)
    if not articles:
        return "no valid articles to benchmark"
    latencies: list[float] = []
    chars = 0
    began = time.perf_counter()
    for _ in range(repeat):
        for article in articles:
            t0 = time.perf_counter()
            enrich(article, resources)
            latencies.append(time.perf_counter() - t0)
            chars += len(article.text)
    total = time.perf_counter() - began
    latencies.sort()
    p95 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))]
    return (
        f"resources loaded in {startup:.2f}s (kb {resources.kb_version}, "
        f"taxonomy {resources.taxonomy_version}, "
        f"entity tagger {'on' if resources.extractor.tagger else 'off'})\n"
        f"{len(latencies)} enrichments of {len(articles)} distinct articles in {total:.2f}s: "
        f"{len(latencies) / total:.1f} articles/s, {chars / total / 1e6:.2f} M chars/s\n"
        f"latency per article: median {statistics.median(latencies) * 1000:.1f} ms, "
        f"p95 {p95 * 1000:.1f} ms, max {latencies[-1] * 1000:.1f} ms"
    )
