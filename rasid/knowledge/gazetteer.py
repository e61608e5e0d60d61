"""Countries, nationality adjectives, regions and cities, loaded from data files.

Names come from ``countries.tsv`` (plus babel's CLDR Arabic country name), ``countries_world.tsv`` (the
rest of the world, generated), the hand-written
``places.tsv`` and ``cities.tsv``, generated from GeoNames by ``build_gazetteer``.  Nationality adjectives are generated from one masculine form per
country (سوري → سورية، السوري، السوريون، السوريين …) so the data stays short.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from rasid.knowledge.lexicon import load_tsv
from rasid.text.normalize import fold


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: a country, a region or a city."""

    id: str
    name_en: str
    type: str  # country | region | province | city | nationality
    country: str | None
    aliases: tuple[str, ...] = field(default_factory=tuple)

    @property
    def label(self) -> str:
        return {"region": "LOC", "nationality": "NORP"}.get(self.type, "GPE")


def _cldr_name(iso2: str) -> str | None:
    """The Arabic CLDR name of a territory, when babel is installed."""
    try:
        from babel import Locale
    except ImportError:  # babel is optional: the TSV already lists the usual names
        return None
    return Locale("ar").territories.get(iso2)


DEMONYM_SUFFIXES = ("", "ه", "ون", "ين", "ان", "تان", "تين", "ات")


def demonym_forms(masc: str) -> list[str]:
    """Inflected forms of a nationality adjective: fem., plural, dual, definite (folded).  Every word of a
    two-word adjective agrees: كوري جنوبي → الكوريين الجنوبيين."""
    words = fold(masc).split()
    forms = [" ".join(w + suffix for w in words) for suffix in DEMONYM_SUFFIXES]
    return forms + [" ".join("ال" + w for w in f.split()) for f in forms]


@lru_cache(maxsize=1)
def countries() -> tuple[Place, ...]:
    """Every country with its aliases (TSV aliases first, then the CLDR name)."""
    out = []
    for row in (*load_tsv("countries.tsv"), *load_tsv("countries_world.tsv")):
        aliases = [a for a in row["aliases"].split("|") if a]
        cldr = _cldr_name(row["iso2"])
        if cldr and fold(cldr) not in {fold(a) for a in aliases}:
            aliases.append(cldr)
        out.append(Place(row["iso3"], row["name_en"], "country", row["iso3"], tuple(aliases)))
    return tuple(out)


@lru_cache(maxsize=1)
def nationalities() -> tuple[Place, ...]:
    """Nationality adjectives (NORP) with all generated forms as aliases."""
    out = []
    names = {fold(a) for p in (*countries(), *places()) for a in p.aliases}
    for row in load_tsv("countries.tsv"):
        forms: list[str] = []
        for masc in (d for d in row["demonym"].split("|") if d):
            if masc.startswith("="):  # a broken plural (أتراك): no inflection of its own
                forms += [fold(masc[1:]), "ال" + fold(masc[1:])]
                continue
            forms += demonym_forms(masc)
            if fold(masc) + "ا" not in names:  # مصورا فرنسيا (accusative), but روسيا and تركيا are countries
                forms.append(fold(masc) + "ا")
        if forms:
            out.append(Place("NAT:" + row["iso3"], row["name_en"], "nationality", row["iso3"], tuple(dict.fromkeys(forms))))
    return tuple(out)


def _places(name: str) -> tuple[Place, ...]:
    return tuple(
        Place(row["id"], row["name_en"], row["type"], row["country"] or None, tuple(a for a in row["aliases"].split("|") if a))
        for row in load_tsv(name)
    )


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    """Hand-written regions, provinces and cities, with the spellings news uses."""
    return _places("places.tsv")


@lru_cache(maxsize=1)
def cities() -> tuple[Place, ...]:
    """The GeoNames long tail of cities (``cities.tsv``); hand-written places win over it."""
    return _places("cities.tsv")
