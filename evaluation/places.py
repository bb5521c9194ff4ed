"""Province names to one code per province, through the product's own gazetteer (ingest/lexicon/provinces.tsv).

The yardstick codes provinces by its reference tables; here the codes are the gazetteer's province ids.
Scores only need the two to group names alike, and a test checks that they do for every name the gold
files and the gazetteer use. A name that is no province keeps itself ("?" + its squashed spelling),
so two unknown places still meet when they are spelled alike.
"""

from __future__ import annotations

import re
from functools import cache

from evaluation.names import fold_name, squash
from ingest.gazetteer import load_gazetteer

# "tỉnh X", "thành phố X", "TP X" name the province X.
_HEAD = re.compile(r"^(?:tinh|thanh pho|tp)\s+")
UNKNOWN = "?"


def _bare(spelling: str) -> str:
    return squash(_HEAD.sub("", fold_name(spelling)))


@cache
def _province_ids() -> dict[str, str]:
    """Squashed spelling → province id, from the gazetteer's names, English names and aliases.

    A spelling with a head word is filed under the bare name: the yardstick reads "tỉnh Viêng Chăn" as
    "Viêng Chăn", the capital, because its tables know no spelling with "tỉnh"; the gazetteer (rightly,
    for ingest) keeps the province of Vientiane apart by that spelling, but scoring must group as the
    yardstick does. A bare spelling the gazetteer gives one province outranks a head-word spelling of
    another.
    """
    provinces = load_gazetteer().provinces.values()
    bare_spellings: dict[str, str] = {}
    headed_spellings: dict[str, str] = {}
    for province in provinces:
        for spelling in (province.name, province.name_en, *province.aliases):
            if _HEAD.match(fold_name(spelling)):
                headed_spellings.setdefault(_bare(spelling), province.id)
            else:
                bare_spellings.setdefault(squash(spelling), province.id)
    return headed_spellings | bare_spellings


def province_code(name: str) -> str | None:
    """The province a name denotes, or None: the whole spelling first, then without its head word."""
    ids = _province_ids()
    return ids.get(squash(name)) or ids.get(_bare(name))


def place_code(name: str) -> str:
    """province_code, or the name itself marked unknown."""
    return province_code(name) or UNKNOWN + squash(name)


def is_known(code: str) -> bool:
    return not code.startswith(UNKNOWN)
