"""Kabupaten/kota list (data/regions.csv), everyday aliases (data/region_aliases.csv) and the
matching of what people type.

"bandung" is ambiguous (Kabupaten Bandung, Kota Bandung, Kabupaten Bandung Barat), so the matcher
only accepts a place without asking when one candidate is clearly the best; otherwise the flow
shows the candidates as buttons.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.registration.answer_words import answer_words
from bot.registration.validators import DATA_DIR, province_names
from bot.understand.normalize import clean

MAX_SUGGESTIONS = 5
ACCEPT_SCORE = 92  # a single candidate at or above this is taken without asking
SUGGEST_SCORE = 70
ALIASES_FILE = DATA_DIR / "region_aliases.csv"
_KIND_WORDS = {"kabupaten": "kabupaten", "kab": "kabupaten", "kota": "kota", "kodya": "kota",
               "kotamadya": "kota"}
# Words around a place name that are not part of it ("di kec. cikarang", "daerah jaksel").
_FILLER_WORDS = {"di", "kec", "kecamatan", "daerah", "wilayah", "sekitar", "area", "provinsi",
                 "prov", *_KIND_WORDS}


@dataclass(frozen=True)
class Region:
    code: str  # Kemendagri "PP.RR"
    province_code: str
    kind: str  # kabupaten | kota
    name: str

    @property
    def label(self) -> str:
        prefix = "Kab." if self.kind == "kabupaten" else "Kota"
        return f"{prefix} {self.name}"

    @property
    def province(self) -> str:
        return province_names()[self.province_code]

    @property
    def full_label(self) -> str:
        return f"{self.label}, {self.province}"


@dataclass(frozen=True)
class RegionMatch:
    chosen: Region | None  # set when the text names one place clearly
    suggestions: list[Region]  # otherwise the candidates to offer (may be empty)


@lru_cache(maxsize=1)
def all_regions() -> dict[str, Region]:
    with (DATA_DIR / "regions.csv").open(encoding="utf-8", newline="") as f:
        return {row["code"]: Region(row["code"], row["province_code"], row["kind"], row["name"])
                for row in csv.DictReader(f)}


def get_region(code: str) -> Region | None:
    return all_regions().get(code)


@lru_cache(maxsize=1)
def _choices() -> dict[str, str]:
    return {code: clean(region.name) for code, region in all_regions().items()}


@lru_cache(maxsize=1)
def _province_names() -> dict[str, str]:
    return {clean(name): code for code, name in province_names().items()}


def check_aliases(path: Path) -> tuple[dict[str, tuple[str, ...]], list[str]]:
    """Read `alias,code,region` rows (# lines are comments); problems as `file:line: message`."""
    regions = all_regions()
    found: dict[str, list[str]] = {}
    problems: list[str] = []
    with path.open(encoding="utf-8", newline="") as f:
        lines = list(enumerate(f, start=1))
    rows = [(n, line) for n, line in lines if line.strip() and not line.startswith("#")]
    header = next(csv.reader([rows[0][1]])) if rows else []
    if header != ["alias", "code", "region"]:
        return {}, [f"{path.name}:1: the first row must be alias,code,region"]
    for number, line in rows[1:]:
        def bad(message: str, number: int = number) -> None:
            problems.append(f"{path.name}:{number}: {message}")

        cells = [c.strip() for c in next(csv.reader([line]))]
        if len(cells) != 3:
            bad("needs three columns: alias,code,region")
            continue
        alias, code, label = cells
        region = regions.get(code)
        if not alias or clean(alias) != alias:
            bad(f"alias '{alias}' must be lower case without punctuation ('{clean(alias)}')")
        elif region is None:
            bad(f"code '{code}' is not in regions.csv")
        elif region.label != label:
            bad(f"code {code} is '{region.label}', not '{label}'")
        elif code in found.get(alias, []):
            bad(f"'{alias}' -> {code} is listed twice")
        else:
            found.setdefault(alias, []).append(code)
    return {alias: tuple(codes) for alias, codes in found.items()}, problems


@lru_cache(maxsize=1)
def aliases() -> dict[str, tuple[str, ...]]:
    """Everyday names from region_aliases.csv; a broken file stops the bot with every problem."""
    table, problems = check_aliases(ALIASES_FILE)
    if problems:
        raise ValueError("\n".join(problems))
    return table


def _split_province(words: list[str]) -> tuple[list[str], str | None]:
    """'kab bekasi jawa barat' -> ('kab bekasi', '32'), unless the province is the name itself."""
    provinces = _province_names()
    for size in (3, 2, 1):
        if len(words) <= size:
            continue
        tail = " ".join(words[-size:])
        head = [w for w in words[:-size] if w not in _FILLER_WORDS]
        if tail in provinces and head:
            return words[:-size], provinces[tail]
    return words, None


def _read_place(text: str) -> tuple[str | None, str, str | None]:
    """(kind, name words, province code) from 'Kab. Bekasi, Jawa Barat', 'kota jogja', ..."""
    place, _, rest = text.partition(",")
    province = _province_names().get(clean(rest)) if rest else None
    words = [w for w in clean(place).split() if w not in answer_words().place_drop]
    bare = " ".join(w for w in words if w not in _FILLER_WORDS)
    if province is None and bare not in _choices().values() and bare not in aliases():
        words, province = _split_province(words)  # "Kota Banda Aceh" keeps its "Aceh"
    kinds = {_KIND_WORDS[w] for w in words if w in _KIND_WORDS}  # "kerja di kota malang"
    kind = kinds.pop() if len(kinds) == 1 else None
    query = " ".join(w for w in words if w not in _FILLER_WORDS)
    return kind, query, province


def match_region(text: str) -> RegionMatch:
    """Find the kabupaten/kota the user means; kind words ("kab", "kota") and a province narrow
    the search, aliases (region_aliases.csv) name what fuzzy matching cannot guess."""
    kind, query, province = _read_place(text)
    if len(re.sub(r"\s", "", query)) < 3:
        return RegionMatch(None, [])
    regions = all_regions()

    def fits(code: str) -> bool:
        region = regions[code]
        return (kind is None or region.kind == kind) and province in (None, region.province_code)

    exact = [c for c, name in _choices().items() if name == query and fits(c)]
    if len(exact) == 1:
        return RegionMatch(regions[exact[0]], [])
    if len(exact) > 1:  # "bandung": Kab. and Kota Bandung, then "Bandung Barat"
        longer = [c for c, name in _choices().items() if name.startswith(query + " ") and fits(c)]
        return RegionMatch(None, [regions[c] for c in [*exact, *longer][:MAX_SUGGESTIONS]])
    if query in aliases():
        codes = [c for c in aliases()[query] if fits(c)] or list(aliases()[query])
        found = [regions[c] for c in codes]
        return RegionMatch(found[0], []) if len(found) == 1 else RegionMatch(None, found)
    inside = _named_inside(query.split(), fits)
    if inside:
        found = [regions[c] for c in inside[:MAX_SUGGESTIONS]]
        return RegionMatch(found[0], []) if len(found) == 1 else RegionMatch(None, found)
    choices = {c: n for c, n in _choices().items() if fits(c)}
    scored = process.extract(query, choices, scorer=_score, limit=MAX_SUGGESTIONS * 2)
    scored = [(regions[code], score) for _, score, code in scored if score >= SUGGEST_SCORE]
    if not scored:
        return RegionMatch(None, [])
    best, best_score = scored[0]
    close = [r for r, s in scored if s >= best_score - 5]
    if best_score >= ACCEPT_SCORE and len(close) == 1:
        return RegionMatch(best, [])
    return RegionMatch(None, [r for r, _ in scored[:MAX_SUGGESTIONS]])


@lru_cache(maxsize=1)
def _by_name() -> dict[str, tuple[str, ...]]:
    names: dict[str, list[str]] = {}
    for code, name in _choices().items():
        names.setdefault(name, []).append(code)
    return {name: tuple(codes) for name, codes in names.items()}


def _named_inside(words: list[str], fits: Callable[[str], bool]) -> list[str]:
    """The regions whose whole name, else an alias, is a run of several words ("bantul jogja",
    "sidoarjo jatim", "pasar sleman"); the longest run that names one wins."""
    if len(words) < 2:
        return []
    for table in (_by_name(), aliases()):
        for size in range(len(words) - 1, 0, -1):
            runs = {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}
            hits = sorted({c for run in runs for c in table.get(run, ()) if fits(c)})
            if hits:
                return hits
    return []


def _score(query: str, choice: str, **_: object) -> float:
    # WRatio rewards partial matches ("jaksel" ~ "jakarta selatan" is handled by the prefix
    # check); plain ratio keeps "bandung" from scoring 100 against every "... bandung ..." name.
    if choice == query:
        return 100.0
    score = fuzz.WRatio(query, choice)
    if choice.startswith(query + " "):
        score = max(score, 90.0)
    return float(min(score, 95.0))
