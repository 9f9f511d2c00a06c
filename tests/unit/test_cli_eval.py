"""`rasd eval entities` scores what `enrich` reports: the names on the whole page."""

from __future__ import annotations

import json

from click.testing import CliRunner

from stream.cli import main

PAGE = (
    "بلينكن يزور طوكيو\n\n"
    "وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى طوكيو اليوم في زيارة تستمر يومين، "
    "يبحث خلالها مع المسؤولين اليابانيين التعاون الأمني والتجاري بين البلدين.\n\n"
    "اقرأ أيضا:\n"
    "• أردوغان يستقبل رئيس وزراء باكستان في أنقرة"
)


def test_names_in_read_also_headlines_are_scored_too(tmp_path):
    gold = {
        "text": PAGE,
        "entities": [
            {"text": "بلينكن", "type": "PER", "canonical_en": "Antony Blinken"},
            {"text": "أنتوني بلينكن", "type": "PER", "canonical_en": "Antony Blinken"},
            {"text": "طوكيو", "type": "LOC", "canonical_en": "Tokyo"},
            {"text": "أردوغان", "type": "PER", "canonical_en": "Recep Tayyip Erdogan"},
            {"text": "باكستان", "type": "LOC", "canonical_en": "Pakistan"},
            {"text": "أنقرة", "type": "LOC", "canonical_en": "Ankara"},
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "entities", str(path)])
    assert result.exit_code == 0, result.output
    overall = next(line for line in result.output.splitlines() if line.startswith("overall"))
    precision, recall = (float(x) for x in overall.split()[1:3])
    assert precision == 1.0, result.output
    assert recall == 1.0, result.output  # أردوغان, أنقرة, باكستان: the read-also headline
