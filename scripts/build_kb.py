"""Build stream/resources/kb.jsonl from CLDR territory names (babel, pycountry) and data/kb/*.yaml.

Reproducible and deterministic: the same sources give byte-identical output, sorted by id.
Run `uv run python scripts/build_kb.py`; it prints a size summary by type and source.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from itertools import product
from math import prod
from pathlib import Path
from typing import Any

import pycountry
import yaml
from babel import Locale

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stream.pipeline.entities import given_names  # noqa: E402
from stream.pipeline.matcher import pattern_tokens  # noqa: E402

DATA = ROOT / "data" / "kb"
OUT = ROOT / "stream" / "resources" / "kb.jsonl"

_SLUG = re.compile(r"[^a-z0-9]+")
_PAREN = re.compile(r"\s*\(([^)]*)\)\s*")
_CLDR_REGIONS = {  # numeric UN M.49 regions worth matching in news (CLDR gives their Arabic names)
    "002",
    "003",
    "005",
    "009",
    "011",
    "013",
    "014",
    "015",
    "017",
    "018",
    "019",
    "029",
    "030",
    "034",
    "035",
    "039",
    "142",
    "143",
    "145",
    "150",
    "151",
    "154",
    "155",
    "419",
}
_NAME_EN_FIX = {"US": "United States", "GB": "United Kingdom", "PS": "Palestine"}
# State bodies generated for every country with a nationality adjective:
# (key, Arabic head, adjective gender, English template, extra Arabic heads).
_BODIES = (
    ("foreign-ministry", "وزارة الخارجية", "f", "Foreign Ministry of {c}", ("الخارجية",)),
    ("defence-ministry", "وزارة الدفاع", "f", "Ministry of Defence of {c}", ("الدفاع",)),
    ("interior-ministry", "وزارة الداخلية", "f", "Ministry of the Interior of {c}", ("الداخلية",)),
    ("health-ministry", "وزارة الصحة", "f", "Ministry of Health of {c}", ("الصحة",)),
    ("army", "الجيش", "m", "Armed Forces of {c}", ("القوات المسلحة:f",)),
    ("navy", "البحرية", "f", "Navy of {c}", ("القوات البحرية",)),
    ("coast-guard", "خفر السواحل", "m", "Coast Guard of {c}", ()),
    ("government", "الحكومة", "f", "Government of {c}", ()),
    ("presidency", "الرئاسة", "f", "Presidency of {c}", ()),
    ("police", "الشرطة", "f", "Police of {c}", ()),
    ("national-team", "المنتخب", "m", "{c} national team", ("المنتخب الوطني",)),
    ("central-bank", "البنك المركزي", "m", "Central Bank of {c}", ()),
    ("parliament", "البرلمان", "m", "Parliament of {c}", ()),
    ("state-tv", "التلفزيون", "m", "State television of {c}", ("التلفزيون الرسمي:m",)),
    ("embassy", "السفارة", "f", "Embassy of {c}", ()),
    ("intelligence", "المخابرات", "f", "Intelligence service of {c}", ("الاستخبارات",)),
    ("air-force", "سلاح الجو", "m", "Air Force of {c}", ("القوات الجوية:f",)),
)
_BODY_EN_OVERRIDES = {
    "rasd:org:foreign-ministry-us": "U.S. Department of State",
    "rasd:org:defence-ministry-us": "U.S. Department of Defense",
    "rasd:org:army-us": "United States Armed Forces",
    "rasd:org:army-il": "Israel Defense Forces",
}
_SHORT_STOP = frozenset(
    (
        *("الثاني", "الثالث", "الأول", "السادس", "الخامس", "الرابع", "الابن", "الأب"),
        *("بن", "ابن", "أبو", "آل", "عبد", "الله", "الدين", "جونيور"),
    )
)
VALID_TYPES = ("PER", "LOC", "ORG")
ARAB_LEAGUE = frozenset(
    "AE BH DJ DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE".split()  # noqa: SIM905
)


def slug(text: str) -> str:
    """ASCII slug of an English name: 'Antony Blinken' -> 'antony-blinken'."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _SLUG.sub("-", folded).strip("-")


def _uniq(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        item = " ".join(str(item).split())
        if item:
            seen.setdefault(item, None)
    return list(seen)


def _cldr_forms(name: str) -> list[str]:
    """'ميانمار (بورما)' -> ['ميانمار', 'بورما']; a long parenthesis is dropped."""
    inner = _PAREN.findall(name)
    outer = _PAREN.sub(" ", name).strip()
    return _uniq([outer, *[i for i in inner if len(i.split()) <= 2 and "منطقة" not in i]])


def adjective_forms(base: str, gender: str, definite: bool) -> str:
    """'كوري شمالي', 'f', True -> 'الكورية الشمالية'."""
    words = base.split()
    if gender == "f":
        words = [w + "ة" for w in words]
    if definite:
        words = ["ال" + w for w in words]
    return " ".join(words)


def _entry(
    *,
    id: str,
    type: str,
    name: str,
    name_en: str | None,
    variants: Iterable[str] = (),
    variants_en: Iterable[str] = (),
    weak: Iterable[str] = (),
    context: Iterable[str] = (),
    country: str | None = None,
    role: str | None = None,
    adjectives: Iterable[str] = (),
    source: str,
) -> dict[str, Any]:
    variants_l = [v for v in _uniq(variants) if v != name]
    record: dict[str, Any] = {
        "id": id,
        "type": type,
        "name": name,
        "name_en": name_en,
        "variants": variants_l,
        "variants_en": [v for v in _uniq(variants_en) if v != name_en],
        "weak": _uniq(weak),
        "context": _uniq(context),
        "country": country,
        "role": role,
        "adjectives": _uniq(adjectives),
        "source": source,
    }
    return record


def build_countries(path: Path) -> list[dict[str, Any]]:
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    curated: dict[str, dict[str, Any]] = {str(k): v or {} for k, v in spec["territories"].items()}
    ar, en = Locale("ar").territories, Locale("en").territories
    out = []
    for code in sorted(ar):
        extra = curated.get(code, {})
        if extra.get("skip") or code in {"XA", "XB", "ZZ", "001"}:
            continue
        if code.isdigit() and code not in _CLDR_REGIONS:
            continue
        forms = _cldr_forms(ar[code])
        name_en = _NAME_EN_FIX.get(code, en.get(code, code))
        names_en = [en.get(code, "")]
        country = pycountry.countries.get(alpha_2=code) if not code.isdigit() else None
        if country is not None:
            names_en += [
                getattr(country, attr, "") for attr in ("name", "common_name", "official_name")
            ]
        names_en = [n for n in names_en if n and "," not in n and "(" not in n]
        ident = extra.get("qid") or f"rasd:loc:{slug(name_en)}"
        out.append(
            _entry(
                id=ident,
                type="LOC",
                name=forms[0],
                name_en=name_en,
                variants=[*forms[1:], *extra.get("aka", [])],
                variants_en=[*names_en, *extra.get("aka_en", [])],
                weak=extra.get("weak", []),
                country=None if code.isdigit() else code,
                role="region" if code.isdigit() else "country or territory",
                adjectives=extra.get("adj", []),
                source="cldr",
            )
        )
    return out


def build_bodies(countries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Ministries, armies, navies and coast guards of every country with an adjective."""
    out = []
    for c in countries:
        if not c["adjectives"] or c["country"] is None:
            continue
        cc = c["country"].lower()
        for key, head, gender, template, extra_heads in _BODIES:
            ident = f"rasd:org:{key}-{cc}"
            variants = []
            if key == "embassy":
                variants.append(f"سفارة {c['name']}")  # "سفارة الفلبين"
            if key == "national-team":
                variants += [f"منتخب {name}" for name in (c["name"], *c["variants"])]
            for adj in c["adjectives"]:
                variants.append(f"{head} {adjective_forms(adj, gender, True)}")
                for extra in extra_heads:
                    word, _, g = extra.partition(":")
                    variants.append(f"{word} {adjective_forms(adj, g or gender, True)}")
            out.append(
                _entry(
                    id=ident,
                    type="ORG",
                    name=variants[0],
                    name_en=_BODY_EN_OVERRIDES.get(ident, template.format(c=c["name_en"])),
                    variants=variants[1:],
                    country=c["country"],
                    source="generated",
                )
            )
    return out


def build_curated(path: Path) -> list[dict[str, Any]]:
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    default_type = spec["type"]
    out = []
    for i, item in enumerate(spec["entities"], 1):
        kind = item.get("type", default_type)
        if "en" not in item or "ar" not in item:
            raise SystemExit(f"{path.name}: entry {i} needs 'en' and 'ar': {item}")
        ident = item.get("qid") or item.get("id") or f"rasd:{kind.lower()}:{slug(item['en'])}"
        country = item.get("country")
        if country is not None and not (isinstance(country, str) and len(country) == 2):
            # YAML reads an unquoted NO (Norway) as false
            raise SystemExit(
                f"{path.name}: entry {i} ({item['en']}): country {country!r} is not a two-letter "
                'code (write Norway as "NO")'
            )
        out.append(
            _entry(
                id=ident,
                type=kind,
                name=item["ar"],
                name_en=item["en"],
                variants=[*item.get("aka", []), *item.get("short", []), *item.get("weak", [])],
                variants_en=item.get("aka_en", []),
                weak=item.get("weak", []),
                context=item.get("context", []),
                country=country,
                role=item.get("role"),
                source="curated",
            )
            | {"_short": item.get("short")}
        )
    return out


def add_surnames(people: list[dict[str, Any]]) -> None:
    """Give each person without an explicit `short` list its last name word, when unambiguous."""
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for p in people:
        for form in [p["name"], *p["variants"]]:
            owners[form].add(p["id"])
    candidates: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for p in people:
        words = p["name"].split()
        if p["_short"] is None and len(words) >= 2:
            last = words[-1]
            if last not in _SHORT_STOP and len(last) >= 3:
                candidates[p["id"]] = last
                counts[last] += 1
    for p in people:
        last = candidates.get(p["id"])
        unique = last and counts[last] == 1 and owners.get(last, {p["id"]}) <= {p["id"]}
        if unique and last not in p["variants"]:
            p["variants"].append(last)


_PLACE_PREFIXES = {pattern_tokens(w)[0] for w in ("بيت", "أبو", "بن")}
_ABAD = pattern_tokens("آباد")


_ADMIN_HEADS = frozenset(
    pattern_tokens(h)[0]
    for h in ("مدينة", "محافظة", "ولاية", "بلدة", "قرية", "مقاطعة", "حي", "منطقة", "بلدية", "إقليم")
)


def build_gazetteer(path: Path, known: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Towns and villages from data/kb/gazetteer.tsv (GeoNames, see scripts/import_geonames.py).

    A GeoNames name never takes a name another entity already has (curated entries win), never
    starts with a given name ("صلاح الدين", "عمر المختار" are people first), and belongs to the
    most populous of the places that share it.
    """
    taken = {pattern_tokens(n) for r in known for n in [r["name"], *r["variants"]]}
    given = {pattern_tokens(n)[0] for n in given_names()}
    given |= {pattern_tokens(r["name"])[0] for r in known if r["type"] == "PER"}
    # ... but "بيت" (Pete Hegseth), "أبو" and "بن" also start villages and towns (بيت عوا،
    # أبو ديس، بن عروس), and a "-آباد" name is a place (حيدر آباد، جلال آباد).
    given -= _PLACE_PREFIXES
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        gid, cc, pop, name_en, names, weak = line.split("\t")
        rows.append(
            (int(pop), int(gid), cc, name_en, names.split("|"), set(filter(None, weak.split("|"))))
        )
    owner: dict[tuple[str, ...], int] = {}
    for _pop, gid, _cc, _en, names, _weak in sorted(rows, key=lambda r: (-r[0], r[1])):
        for n in names:
            owner.setdefault(pattern_tokens(n), gid)
    out = []
    for pop, gid, cc, name_en, names, weak in sorted(rows, key=lambda r: r[1]):
        keys = {pattern_tokens(n) for n in names}
        keep = [
            n
            for n in names
            if (key := pattern_tokens(n))
            and key not in taken
            and owner[key] == gid
            and (key[0] not in given or key[1:2] == _ABAD)
            # "مدينة زنجبار", "ولاية صحار": the administrative head stays out of the name
            # (docs/knowledge-base.md, span conventions) when the bare name is a name too
            and not (key[0] in _ADMIN_HEADS and (key[1:] in keys or key[1:] in taken))
        ]
        if not keep:
            continue
        keep.sort(key=lambda n: (n.endswith("ه"), n in weak, len(n.split()), n))
        out.append(
            _entry(
                id=f"rasd:loc:geonames-{gid}",
                type="LOC",
                name=keep[0],
                name_en=name_en,
                variants=keep[1:],
                weak=[n for n in keep if n in weak],
                country=cc,
                role=f"populated place, population {pop} (GeoNames)",
                source="geonames",
            )
        )
    return out


def add_spellings(
    records: list[dict[str, Any]],
    applies: Callable[[dict[str, Any]], bool],
    spellings: Callable[[str], list[str]],
) -> None:
    """Give each record `applies` selects the other spellings of its names, unless such a
    spelling already names another entity (the first record to claim it keeps it)."""
    taken = {pattern_tokens(n): r["id"] for r in records for n in [r["name"], *r["variants"]]}
    for r in records:
        if not applies(r):
            continue
        extra = [
            other
            for name in [r["name"], *r["variants"]]
            for other in spellings(name)
            if taken.setdefault(pattern_tokens(other), r["id"]) == r["id"]
        ]
        r["variants"] = _uniq([*r["variants"], *extra])


def g_spellings(name: str) -> list[str]:
    """Foreign names are written with غ or ج for the sound g (الكونغرس / الكونجرس, غوتيريش /
    جوتيريش, by Levantine and Egyptian outlets): each spelling gets the other, word by word, since
    a name may mix them (نايغل فاراج: the g of Nigel, the j of Farage)."""
    options = [dict.fromkeys((w, w.replace("غ", "ج"), w.replace("ج", "غ"))) for w in name.split()]
    if prod(len(o) for o in options) > 8:  # a long name: whole-name swaps only
        return [name.replace(a, b) for a, b in (("غ", "ج"), ("ج", "غ")) if a in name]
    return [" ".join(words) for words in product(*options) if " ".join(words) != name]


def foreign(r: dict[str, Any]) -> bool:
    """Outside the Arab League, and not a bare Arabic-named body (UN agencies, movements: their
    ج and غ are Arabic letters)."""
    if r["country"] in ARAB_LEAGUE or r["source"] == "geonames":
        return False
    return r["country"] is not None or r["type"] == "PER"


_COMPOUND_SECOND = frozenset("رضا علي باقر جواد حسن حسين مهدي تقي صادق كاظم أمين".split())  # noqa: SIM905


def compound_spellings(name: str) -> list[str]:
    """'عبد الله' / 'عبدالله', 'أبو بكر' / 'أبوبكر', 'محمد رضا' / 'محمدرضا': compound given
    names are written joined or apart."""
    words = name.split()
    out = []
    for i, w in enumerate(words[:-1]):
        nxt = words[i + 1]
        if w in ("عبد", "أبو") or (w == "محمد" and nxt in _COMPOUND_SECOND):
            out.append(" ".join([*words[:i], w + nxt, *words[i + 2 :]]))
    for i, w in enumerate(words):
        for head in ("عبد", "أبو"):
            if w.startswith(head) and len(w) > len(head) + 2 and w[len(head) :].startswith("ال"):
                out.append(" ".join([*words[:i], head, w[len(head) :], *words[i + 1 :]]))
    return out


def place_compound_spellings(name: str) -> list[str]:
    """'أم درمان' / 'أمدرمان', 'أبو ظبي' / 'أبوظبي': place names that start with أم or أبو are
    written joined or apart (a joined أبو is split too; a joined أم is not: أمريكا)."""
    words = name.split()
    if len(words) >= 2 and words[0] in ("أم", "أبو") and not words[1].startswith("ال"):
        return [" ".join([words[0] + words[1], *words[2:]])]
    first = words[0] if words else ""
    if first.startswith("أبو") and len(first) > 5 and first[3] != "ا":
        return [" ".join(["أبو", first[3:], *words[1:]])]  # not أم: "أمريكا" is one word
    return []


def merge(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records sharing an id (a curated entry extending a generated one) are merged."""
    by_id: dict[str, dict[str, Any]] = {}
    for r in records:
        r.pop("_short", None)
        prev = by_id.get(r["id"])
        if prev is None:
            by_id[r["id"]] = r
            continue
        if prev["type"] != r["type"]:
            raise SystemExit(f"id {r['id']} used for {prev['type']} and {r['type']}")
        # The curated record wins for names; variants are the union.
        first, second = (r, prev) if r["source"] == "curated" else (prev, r)
        merged = dict(first)
        for key in ("variants", "variants_en", "weak", "context", "adjectives"):
            merged[key] = _uniq([*first[key], *second[key]])
        merged["variants"] = [
            v for v in _uniq([*merged["variants"], second["name"]]) if v != merged["name"]
        ]
        by_id[r["id"]] = merged
    return [by_id[k] for k in sorted(by_id)]


def build() -> list[dict[str, Any]]:
    countries = build_countries(DATA / "countries.yaml")
    curated: list[dict[str, Any]] = []
    for path in sorted(DATA.glob("*.yaml")):
        if path.name != "countries.yaml":
            curated += build_curated(path)
    add_surnames([r for r in curated if r["type"] == "PER"])
    records = merge([*countries, *build_bodies(countries), *curated])
    add_spellings(records, foreign, g_spellings)
    add_spellings(records, lambda r: r["type"] == "PER", compound_spellings)
    add_spellings(records, lambda r: r["type"] == "LOC", place_compound_spellings)
    records += build_gazetteer(DATA / "gazetteer.tsv", records)
    records.sort(key=lambda r: r["id"])
    for r in records:
        if r["type"] not in VALID_TYPES or not r["name"].strip():
            raise SystemExit(f"bad record {r['id']}: type {r['type']!r}, name {r['name']!r}")
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    records = build()
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in records]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    by_type = Counter(r["type"] for r in records)
    by_source = Counter(r["source"] for r in records)
    variants = sum(1 + len(r["variants"]) + len(r["variants_en"]) for r in records)
    print(f"wrote {len(records)} entities ({variants} names) to {args.out}")
    print("  by type:   " + ", ".join(f"{k} {by_type[k]}" for k in VALID_TYPES))
    print("  by source: " + ", ".join(f"{k} {v}" for k, v in sorted(by_source.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
