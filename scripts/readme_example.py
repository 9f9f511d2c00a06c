"""Regenerate the README's "Example: the seed article" block from `rasd enrich --text`.

uv run python scripts/readme_example.py
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
START, END = "<!-- seed-example:start -->", "<!-- seed-example:end -->"


def main() -> int:
    out = subprocess.run(
        [sys.executable, "-m", "stream.cli", "enrich", "--text", "samples/seed-article-ar.txt"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    event = json.loads(out)
    event["processed_at"] = "2026-11-27T12:00:00Z"
    event["text"] = event["text"][:160] + " … " + event["text"][-120:]
    shown = 8
    total = len(event["entities"])
    event["entities"] = event["entities"][:shown]
    body = json.dumps(event, ensure_ascii=False, indent=2)
    for entity in event["entities"]:  # keep mention lists on one line
        mentions = json.dumps(entity["mentions"])
        body = body.replace(
            json.dumps(entity["mentions"], indent=2).replace("\n", "\n      "), mentions
        )
    block = (
        f"{START}\n`uv run rasd enrich --text samples/seed-article-ar.txt` (the scraped page in "
        f"`samples/`; `text` shortened here, and {shown} of its {total} entities shown):\n\n"
        f"```json\n{body}\n```\n{END}"
    )
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    (ROOT / "README.md").write_text(head + block + tail, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
