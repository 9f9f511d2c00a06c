"""Derive three Arabic word lists from wordfreq for the entity extractor (stream/resources/).

wordfreq (https://github.com/rspeer/wordfreq; its data is CC BY-SA 4.0) estimates how often each
word occurs in Arabic text. Three lists are derived from it, normalized exactly as article text is:

- ``common_words_ar.txt``: every word with Zipf >= 3.0 (at least one use per million words).
  An unknown word that is *not* in it is rare, which is what an unknown family name looks like
  (الداهوم); a word in it may be an everyday word.
- ``family_names_ar.txt``: definite nisba words that read as family names (الشمري، الحسناوي،
  القحطاني) and not as adjectives or nouns. Two tests from the frequencies decide:
  an adjective has a feminine form nearly as frequent as itself (الزراعي / الزراعية), a family
  name does not (الشمري / الشمرية); a noun is frequent without the article too (قاضي / القاضي,
  مستشفى / المستشفى), a family name much less (شمري / الشمري).
- ``article_words_ar.txt``: frequent words (Zipf >= 3.0) nearly as frequent with the article
  as without: nouns and adjectives (دعم / الدعم), which do not continue a person's name, unlike
  names (مهران, رمضان: rare with the article) and verbs.

Neither wordfreq nor this script is a runtime or build dependency: run it when the lists should
change, and review the diff:

    uv run --with wordfreq==3.1.1 python scripts/import_wordfreq.py
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stream.pipeline.matcher import pattern_tokens  # noqa: E402

COMMON_ZIPF = 3.0
MIN_ZIPF = 1.5  # frequencies below this are noise for the tests below
# A nisba is an adjective when its feminine is at most this much rarer (Zipf is log10).
ADJECTIVE_GAP = 0.6
# A definite word is a family name when its form without the article is this much rarer.
BARE_GAP = 1.0
# A word is a noun or adjective when its form with the article is at most this much rarer.
ARTICLE_GAP = 0.6
HEADER = (
    "# Derived from wordfreq 3.1.1 (https://github.com/rspeer/wordfreq), data licensed\n"
    "# CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this list is shared under\n"
    "# the same licence. Written by scripts/import_wordfreq.py; do not edit by hand.\n"
)


def frequencies(
    zipf: Callable[[str, str], float], words: Iterable[str], floor: float = MIN_ZIPF
) -> dict[str, float]:
    """Zipf frequency of every Arabic word down to `floor`, keyed by its normalized form
    (normalized exactly as article text is, so مدينه, مدينة and المدينه meet)."""
    freq: dict[str, float] = {}
    for word in words:
        value = zipf(word, "ar")
        if value < floor:
            break  # the list is ordered by frequency
        tokens = pattern_tokens(word)
        if len(tokens) == 1 and tokens[0].isalpha() and value > freq.get(tokens[0], 0.0):
            freq[tokens[0]] = value
    return freq


def family_names(freq: dict[str, float]) -> list[str]:
    """Definite nisba words (ال...ي) that are neither adjectives nor nouns, by the tests above."""
    out = []
    for word, value in freq.items():
        if not (word.startswith("ال") and word.endswith("ي") and len(word) >= 5):
            continue
        feminine = freq.get(word + "ه", 0.0)  # ة normalizes to ه
        if feminine >= MIN_ZIPF and feminine >= value - ADJECTIVE_GAP:
            continue  # الزراعي / الزراعية
        if freq.get(word[2:], 0.0) >= value - BARE_GAP:
            continue  # القاضي / قاضي, الأولى / أولى
        out.append(word)
    return sorted(out)


def article_words(freq: dict[str, float]) -> list[str]:
    """Frequent words that readily take the article: nouns and adjectives (دعم / الدعم, ضربة /
    الضربة), not names (مهران, رمضان: rare with ال) or verbs (فرض, سينضم)."""
    out = []
    for word, value in freq.items():
        if value < COMMON_ZIPF or word.startswith("ال") or len(word) < 3:
            continue
        if freq.get("ال" + word, 0.0) >= value - ARTICLE_GAP:
            out.append(word)
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "stream" / "resources")
    args = parser.parse_args(argv)
    try:
        from wordfreq import iter_wordlist, zipf_frequency
    except ImportError as exc:
        print(f"error: {exc}; run with: uv run --with wordfreq==3.1.1 python {sys.argv[0]}")
        return 2
    freq = frequencies(zipf_frequency, iter_wordlist("ar"))
    common = sorted(w for w, v in freq.items() if v >= COMMON_ZIPF)
    names = family_names(freq)
    lists = (
        ("common_words_ar.txt", common),
        ("family_names_ar.txt", names),
        ("article_words_ar.txt", article_words(freq)),
    )
    for name, words in lists:
        path = args.out / name
        path.write_text(HEADER + "".join(w + "\n" for w in words), encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}: {len(words)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
