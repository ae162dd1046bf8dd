"""Kabupaten/kota list (bot/data/regions.csv) and fuzzy matching of what people type.

"bandung" is ambiguous (Kabupaten Bandung, Kota Bandung, Kabupaten Bandung Barat), so the matcher
only accepts a place without asking when one candidate is clearly the best; otherwise the flow
shows the candidates as buttons.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.registration.validators import DATA_DIR, province_names
from bot.understand.normalize import clean

MAX_SUGGESTIONS = 5
ACCEPT_SCORE = 92  # a single candidate at or above this is taken without asking
SUGGEST_SCORE = 70
# Everyday names that fuzzy matching cannot guess; one code = taken directly, more = offered.
ALIASES: dict[str, tuple[str, ...]] = {
    "jakpus": ("31.71",), "jakut": ("31.72",), "jakbar": ("31.73",), "jaksel": ("31.74",),
    "jaktim": ("31.75",), "jakarta": ("31.71", "31.72", "31.73", "31.74", "31.75"),
    "jogja": ("34.71", "34.04", "34.02"), "jogjakarta": ("34.71",), "yogya": ("34.71",),
    "solo": ("33.72",), "tangsel": ("36.74",), "ujung pandang": ("73.71",),
    "bogor": ("32.71", "32.01"), "batam": ("21.71",),
}
_KIND_WORDS = {"kabupaten": "kabupaten", "kab": "kabupaten", "kota": "kota", "kodya": "kota",
               "kotamadya": "kota"}


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


def match_region(text: str) -> RegionMatch:
    """Find the kabupaten/kota the user means; kind words ("kab", "kota") narrow the search."""
    words = clean(text).split()
    kind = None
    if words and words[0] in _KIND_WORDS:
        kind = _KIND_WORDS[words[0]]
        words = words[1:]
    query = " ".join(w for w in words if w not in ("kabupaten", "kab", "kota", "di"))
    if len(re.sub(r"\s", "", query)) < 3:
        return RegionMatch(None, [])
    regions = all_regions()
    if kind is None and query in ALIASES:
        found = [regions[c] for c in ALIASES[query]]
        return RegionMatch(found[0], []) if len(found) == 1 else RegionMatch(None, found)
    choices = {c: n for c, n in _choices().items() if kind is None or regions[c].kind == kind}
    scored = process.extract(query, choices, scorer=_score, limit=MAX_SUGGESTIONS * 2)
    scored = [(regions[code], score) for _, score, code in scored if score >= SUGGEST_SCORE]
    if not scored:
        return RegionMatch(None, [])
    best, best_score = scored[0]
    exact = [r for r, _ in scored if clean(r.name) == query]
    if len(exact) == 1 and (kind is not None or len([r for r, s in scored if s >= 90]) == 1):
        return RegionMatch(exact[0], [])
    close = [r for r, s in scored if s >= best_score - 5]
    if best_score >= ACCEPT_SCORE and len(close) == 1:
        return RegionMatch(best, [])
    return RegionMatch(None, [r for r, _ in scored[:MAX_SUGGESTIONS]])


def _score(query: str, choice: str, **_: object) -> float:
    # WRatio rewards partial matches ("jaksel" ~ "jakarta selatan" is handled by the prefix
    # check); plain ratio keeps "bandung" from scoring 100 against every "... bandung ..." name.
    if choice == query:
        return 100.0
    score = fuzz.WRatio(query, choice)
    if choice.startswith(query + " "):
        score = max(score, 90.0)
    return float(min(score, 95.0))
