"""A wage given as a minimum wage: "gaji UMR Jakarta", "upah minimum", "gaji sesuai UMK Bekasi".

The words and places are data (faq/calc-cues.yaml `minimum_wage`): every province with its
names and main cities, and the cities whose own UMK is in faq/rates.yaml (`umk_<key>`). The
reader only notes what was named on the request (`min_wage`); the calculator
(bot.calc.minimum_wage) looks the figure up for the calculation's date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.core.replies import Text
from bot.understand.request import CalcRequest

if TYPE_CHECKING:  # roles imports cues, which imports this module
    from bot.understand.amounts import Amount
    from bot.understand.roles import Roles

# How far before "umr" a wage word may stand: "gaji saya sesuai umr", "digaji standar ump".
WAGE_GAP = 25
TERSE_WORDS = 12  # a request typed as a phrase is shorter; a statement is a sentence
KINDS = ("province", "umk", "city")  # a province, a city with a known UMK, any other city


@dataclass(frozen=True)
class Place:
    """A place a minimum wage is named for."""

    key: str  # the province key (rates `ump_<key>`) or the UMK city key (rates `umk_<key>`)
    name: str  # shown to the user: "Jawa Barat", "Kota Surabaya", "Medan"
    province: str  # the province key the place lies in (itself for a province)
    kind: str  # one of KINDS


def _pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    alts = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9])(?:{alts})(?:nya)?(?![a-z0-9])")


@dataclass
class MinimumWage:
    """The minimum-wage words and the places they are named for."""

    words: tuple[str, ...] = ()  # umr, ump, umk, upah minimum...
    wage_words: tuple[str, ...] = ()  # gaji, upah, digaji, sesuai, standar...
    not_wage: tuple[str, ...] = ()  # "lapor ... pakai umr", "di bawah umr": no wage given
    compare: tuple[str, ...] = ()  # "sudah sesuai umk belum", "di bawah umr": a comparison
    # "di atas umr dikit", "a bit above the minimum wage": about that wage, not a comparison
    near: tuple[str, ...] = ()  # dikit, sedikit, a bit, slightly...
    near_over: tuple[str, ...] = ()  # di atas, lebih dari, above...: the words it softens
    places: dict[str, Place] = field(default_factory=dict)  # every name -> its place
    provinces: dict[str, Place] = field(default_factory=dict)  # province key -> place
    _re: dict[str, re.Pattern[str] | None] = field(default_factory=dict)

    def _get(self, name: str, words: tuple[str, ...]) -> re.Pattern[str] | None:
        if name not in self._re:
            self._re[name] = _pattern(words)
        return self._re[name]

    def place_in(self, text: str) -> Place | None:
        """The first place named in (lower-case) text; the longest name wins at one spot."""
        pattern = self._get("places", tuple(self.places))
        m = pattern.search(text) if pattern else None
        if m is None:
            return None
        return self.places.get(m.group(0)) or self.places.get(m.group(0).removesuffix("nya"))

    def said_in(self, text: str) -> str | None:
        """The first minimum-wage word in (lower-case) text, as said ("umr", "umk"), or None."""
        levels = self._get("words", self.words)
        m = levels.search(text) if levels else None
        return m.group(0).removesuffix("nya") if m else None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the minimum-wage words, the wage words and the places stand in (lower-case)
        text."""
        found = (self._get("words", self.words), self._get("wage", self.wage_words),
                 self._get("places", tuple(self.places)))
        return [m.span() for pattern in found if pattern for m in pattern.finditer(text)]

    def level_in(self, text: str) -> str | None:
        """The minimum-wage word given as a wage ("gaji umr"), or None; "gaji di atas umr
        dikit" is about that wage (the approximation is read like "4jtan")."""
        near = self._get("near", self.near)
        over = self._get("near_over", self.near_over) if near and near.search(text) else None
        if (block := self._get("not", self.not_wage)) and any(
                not (over and over.fullmatch(m.group(0))) for m in block.finditer(text)):
            return None
        levels, wage = self._get("words", self.words), self._get("wage", self.wage_words)
        for m in levels.finditer(text) if levels else ():
            said = m.group(0).removesuffix("nya")
            before = text[max(0, m.start() - WAGE_GAP):m.start()]
            if said.startswith(("upah", "gaji")) or (wage and wage.search(before)) \
                    or (over and over.search(before)) \
                    or not text[:m.start()].strip(" ,.:;-"):  # "UMR jkt, potongan brp"
                return said
        return None

    def compares(self, text: str) -> bool:
        """Whether a minimum wage is named to compare a wage with ("gaji 3jt sudah sesuai
        UMK belum", "di bawah UMR gak"): a question about the minimum wage itself."""
        levels, compare = self._get("words", self.words), self._get("compare", self.compare)
        return bool(levels and compare) and any(
            compare.search(text[max(0, m.start() - WAGE_GAP):m.start()])
            for m in levels.finditer(text))


def parse(data: object, bad: Callable[[str, str], None]) -> MinimumWage:
    """The `minimum_wage` group of calc-cues.yaml; `bad(key, message)` collects problems."""
    mw = MinimumWage()
    if not isinstance(data, dict):
        bad("minimum_wage", "must map words, wage_words, not_wage, provinces and cities")
        return mw
    for name in ("words", "wage_words", "not_wage"):
        words = _texts(data.get(name))
        if not words:
            bad(f"minimum_wage.{name}", "must be a non-empty list of words")
            continue
        setattr(mw, name, words)
    for name in ("compare", "near", "near_over"):  # optional: without them none is special
        if name in data:
            words = _texts(data.get(name))
            if words:
                setattr(mw, name, words)
            else:
                bad(f"minimum_wage.{name}", "must be a non-empty list of words")

    def add(name: str, place: Place) -> None:
        if name in mw.places and mw.places[name] != place:
            bad(f"minimum_wage.{place.key}", f"'{name}' is also {mw.places[name].key}")
        mw.places[name] = place

    provinces, cities = data.get("provinces"), data.get("cities") or {}
    if not isinstance(provinces, dict) or not provinces:
        bad("minimum_wage.provinces", "must map each province key to its name and names")
        provinces = {}
    if not isinstance(cities, dict):
        bad("minimum_wage.cities", "must map each UMK city key to its name, names, province")
        cities = {}
    for key, item in provinces.items():
        names = _texts(item.get("names")) if isinstance(item, dict) else None
        towns = _texts(item.get("cities") or []) if isinstance(item, dict) else None
        if not names or towns is None or not isinstance(item.get("name"), str):
            bad(f"minimum_wage.provinces.{key}",
                "needs name and names (and cities): lists of non-empty words")
            continue
        mw.provinces[key] = Place(key, item["name"], key, "province")
        for name in names:
            add(name, mw.provinces[key])
        for city in towns:
            add(city, Place(city, city.title(), key, "city"))
    for key, item in cities.items():
        names = _texts(item.get("names")) if isinstance(item, dict) else None
        province = item.get("province") if isinstance(item, dict) else None
        if not names or not isinstance(province, str) or province not in mw.provinces \
                or not isinstance(item.get("name"), str):
            bad(f"minimum_wage.cities.{key}", "needs name, names and a known province")
            continue
        place = Place(key, item["name"], province, "umk")
        for name in names:
            add(name, place)
    return mw


def _texts(value: object) -> tuple[str, ...] | None:
    """A list of words, lower-case, or None when it is not a list of non-empty texts (an empty
    name would match every message)."""
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        return None
    return tuple(w.strip().lower() for w in value)


def named(text: str, mw: MinimumWage) -> dict | None:
    """What a text names as the wage: {"said": "umr", "place": key, "kind": ...}, or None."""
    said = mw.level_in(text)
    if said is None:
        return None
    return noted(said, mw.place_in(text))


def noted(said: str, place: Place | None) -> dict:
    """The minimum wage a request notes: the word said and the place named (None: to ask)."""
    return {"said": said, "place": place.key if place else None,
            "kind": place.kind if place else None,
            "province": place.province if place else None,
            "name": place.name if place else None, "value": None}


# Between a headcount and the minimum-wage word: "10 org umr", "5 org bulanan umr jakarta",
# "7 karyawan gaji umr" (one word at most, then the level word)
_AFTER_HEADS_RE = re.compile(r"[\s,:@]*(?:[a-z]+\s+)?$")


def level_at(low: str, mw: MinimumWage, heads: list[Amount]) -> tuple[int, str] | None:
    """(position, word) of the minimum-wage word named as a group's wage, or None."""
    levels = mw._get("words", mw.words)
    block = mw._get("not", mw.not_wage)
    wage = mw._get("wage", mw.wage_words)
    if levels is None or (block is not None and block.search(low)):
        return None
    for m in levels.finditer(low):
        before = low[max(0, m.start() - WAGE_GAP):m.start()]
        after_heads = any(h.end <= m.start() and _AFTER_HEADS_RE.fullmatch(low[h.end:m.start()])
                          for h in heads)
        if after_heads or (wage is not None and wage.search(before)):
            return m.start(), m.group(0).removesuffix("nya")
    return None


def mark(req: CalcRequest, low: str, mw: MinimumWage | None, asks_calc: bool,
         roles: Roles | None = None, asks_figure: bool = True) -> bool:
    """Note on `req` a minimum wage named as the wage ("iuran gaji umr jakarta"); False when
    there is none or the message asks for no calculation ("ump jakarta 2026 brp")."""
    if mw is None or not asks_calc:
        return False
    if not asks_figure and "?" not in low and len(low.split()) > TERSE_WORDS \
            and mw.compares(low):
        # "... jadi kami bayar iuran sesuai UMK saja": a sentence with no number and nothing
        # asked tells the rule it follows, the FAQ answers; "ojol setara umr jogja, iuran bpu"
        # is a terse request, computed
        return False
    req.min_wage = named(low, mw)
    heads = roles.heads if roles is not None else []
    level = level_at(low, mw, heads) if req.min_wage is None and heads else None
    if level is not None:  # "10 org umr jakarta": the level word right after a headcount
        req.min_wage = noted(level[1], mw.place_in(low[level[0]:]))
    if req.min_wage is not None and len(heads) == 1 and heads[0].value and roles is not None \
            and not roles.wages and roles.problem and roles.problem.key == "heads_wages_differ":
        # "10 karyawan gaji UMR Jakarta": ten people on that one wage, not a missing list
        req.min_wage["heads"] = int(heads[0].value)
        roles.problem, roles.staff_ask = None, False
    if req.min_wage is not None and req.min_wage["place"] is None:
        req.problem = Text.of("min_wage_where")  # "gaji UMR" alone: which province?
    return req.min_wage is not None
