"""Calculation cues as data: the words that say what is asked, for whom, and each amount's role.

The lists live in `faq/calc-cues.yaml` (staff-editable); `bot.content.calc_cues` validates the
file and builds a `Cues`. This module only matches: a word matches whole, with an optional
-nya/-ku/-mu suffix, and a longer phrase wins over a shorter one at the same place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from bot.understand.minimum_wage import MinimumWage

SUFFIX = r"(?:nya|ku|mu)?"
NEVER = "(?!)"  # a group that never matches
FOUND_KEPT = 512  # spans kept (Cues.spans) before the memo starts again
GROUPS = ("kinds", "programs", "roles", "who", "sectors", "not_calculation")


def _pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    alts = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9])(?:{alts}){SUFFIX}(?![a-z0-9])")


def literal_alt(words: Iterable[str], pattern: Callable[[str], str] = re.escape) -> str:
    """Words as one group, longest first, each as `pattern` writes it (by default matched as
    written); a group that never matches when there are none (a rule built from an empty list
    must not match everything)."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(pattern(w) for w in ordered) + ")" if ordered else NEVER


@lru_cache(maxsize=1024)
def ends_before(pattern: re.Pattern[str], text: str, end: int) -> bool:
    """Whether `pattern` matches within text[:end]. Kept per text and end: a long list asks
    it at the same positions once per amount (a 4096-character list of wages cost ~8 s)."""
    return pattern.search(text, 0, end) is not None


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each span (start, end) replaced by as many spaces, so positions stay."""
    chars = list(text)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


@dataclass(frozen=True)
class Period:
    """Income per day, week or year: the words, how many make a month, how many months one is."""

    words: tuple[str, ...]
    per_month: Decimal
    months: Decimal = Decimal(1)  # a year covers 12 months: its amount is divided by 12

    def monthly(self, each: Decimal) -> Decimal:
        """The monthly amount, to the whole rupiah (a yearly wage / 12 may not divide)."""
        # to_integral_value, not quantize: an absurd amount ("99999...9 sehari") has more digits
        # than quantize may hold and raised; the reader's limits reject it afterwards.
        return (each * self.per_month / self.months).to_integral_value(ROUND_HALF_UP)


@dataclass(frozen=True)
class OtherScheme:
    """A social-security scheme that is not BPJS Ketenagakerjaan (PNS -> Taspen)."""

    name: str
    who: str
    words: tuple[str, ...]


@dataclass
class Cues:
    """Every cue list by group and key, with compiled matchers."""

    lists: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    periods: dict[str, Period] = field(default_factory=dict)
    followup: tuple[str, ...] = ()
    pointers: tuple[str, ...] = ()  # words pointing back to the last answer ("it", "that")
    pointing: tuple[str, ...] = ()  # the same, read in the title's place ("itu", "tersebut")
    # Words that correct the message before ("bukan, maksud saya jkp"): its question is asked
    # again with what the correction names (bot/answers/context.py)
    corrections: tuple[str, ...] = ()
    correction_tails: tuple[str, ...] = ()  # the same, at the end ("jkm maksud saya")
    # Words that may follow a program named alone ("jkm nya?", "jp gimana?")
    program_fillers: tuple[str, ...] = ()
    # The FAQ entry a calculation's result is about, per calculation (CalcRequest.topic): a
    # follow-up after the result ("kalau telat bayar?") is read with it
    calc_context: dict[str, str] = field(default_factory=dict)
    calc_context_lines: dict[str, int] = field(default_factory=dict)
    asking: tuple[str, ...] = ()  # words that ask for a figure (a long story must have one)
    # The word lists the reader's rules are assembled from (bot/understand/reading.py)
    reading: dict[str, tuple[str, ...]] = field(default_factory=dict)
    other_schemes: tuple[OtherScheme, ...] = ()
    # Words that stand for a number: JKK risk levels (1-5), months counted from this one
    numbered: dict[str, dict[str, int]] = field(default_factory=dict)
    payslip_others: dict[str, str] = field(default_factory=dict)
    minimum_wage: MinimumWage | None = None  # "gaji UMR Jakarta" (optional group)
    # Writes out words texted without vowels ("dnd tlt byr" -> "denda telat bayar"), set by
    # the content from the FAQ's word repair; the reader applies it to Indonesian messages.
    spell: Callable[[str], str] | None = None
    _compiled: dict[tuple[str, str], re.Pattern[str] | None] = field(default_factory=dict,
                                                                     repr=False)
    # The spans found in the last texts (`spans`): a message is read by many rules, each
    # asking the same lists of it, some once per amount in it.
    _found: dict[tuple[str, str, str], tuple[tuple[int, int], ...]] = field(
        default_factory=dict, repr=False)

    def _re(self, group: str, key: str) -> re.Pattern[str] | None:
        if (group, key) not in self._compiled:
            if group == "periods":
                words = self.periods[key].words if key in self.periods else ()
            elif group == "followup":
                words = self.followup
            elif group == "pointers":
                words = self.pointers
            elif group == "pointing":
                words = self.pointing
            elif group == "corrections":
                words = self.corrections
            elif group == "correction_tails":
                words = self.correction_tails
            elif group == "asking":
                words = self.asking
            elif group == "other_schemes":
                words = next((s.words for s in self.other_schemes if s.name == key), ())
            else:
                words = self.lists.get(group, {}).get(key, ())
            self._compiled[(group, key)] = _pattern(words)
        return self._compiled[(group, key)]

    def pattern(self, key: str, build: Callable[[Cues], str]) -> re.Pattern[str]:
        """The pattern `build` makes of these cues, compiled on first use, then kept."""
        if ("pattern", key) not in self._compiled:
            self._compiled[("pattern", key)] = re.compile(build(self))
        found = self._compiled[("pattern", key)]
        assert found is not None
        return found

    def spans(self, group: str, key: str, text: str) -> list[tuple[int, int]]:
        """Where the cues of one list occur in (lower-case) text."""
        known = self._found.get((group, key, text))
        if known is None:
            pattern = self._re(group, key)
            known = tuple(m.span() for m in pattern.finditer(text)) if pattern else ()
            if len(self._found) >= FOUND_KEPT:
                self._found.clear()
            self._found[(group, key, text)] = known
        return list(known)

    def has(self, group: str, key: str, text: str) -> bool:
        pattern = self._re(group, key)
        return bool(pattern and pattern.search(text))

    def keys(self, group: str) -> list[str]:
        if group == "periods":
            return list(self.periods)
        return list(self.lists.get(group, {}))

    def group_spans(self, group: str, text: str) -> list[tuple[int, int]]:
        """Where the cues of every list of a group occur, list by list in file order."""
        return [span for key in self.keys(group) for span in self.spans(group, key, text)]

    def found(self, group: str, text: str) -> list[str]:
        """The keys of a group whose cues occur in the text, in file order."""
        return [key for key in self.keys(group) if self.has(group, key, text)]

    def scheme(self, text: str) -> OtherScheme | None:
        return next((s for s in self.other_schemes if self.has("other_schemes", s.name, text)),
                    None)

    def asks_figure(self, text: str) -> bool:
        """Whether the text asks for a figure ("berapa", "hitung"); True with no list."""
        pattern = self._re("asking", "")
        return pattern is None or bool(pattern.search(text))

    def points_back(self, text: str) -> bool:
        """Whether the text holds a word pointing back to the last answer ("it", "that")."""
        pattern = self._re("pointers", "")
        return bool(pattern and pattern.search(text))

    def points_at(self, text: str) -> bool:
        """Whether the text holds a pointer read in the title's place ("itu", "tersebut")."""
        pattern = self._re("pointing", "")
        return bool(pattern and pattern.search(text))

    def pointer_start(self, text: str) -> int:
        """Where the first of those pointers starts (the text's length without one)."""
        pattern = self._re("pointing", "")
        found = pattern.search(text) if pattern else None
        return found.start() if found else len(text)

    def drop_pointers(self, text: str) -> str:
        """The text without those pointers ("itu bisa dari hp?" -> " bisa dari hp?")."""
        pattern = self._re("pointing", "")
        return pattern.sub(" ", text) if pattern else text

    def correction(self, text: str) -> tuple[str, str]:
        """A correction's cue words and what is left of it ("bukan, maksud saya yg jkp" ->
        ("bukan maksud saya", "yg jkp")): `corrections` at its start, `correction_tails` at
        its end ("yg jkk maksud sy"); ("", "") for none."""
        pattern, tails = self._re("corrections", ""), self._re("correction_tails", "")
        low = re.sub(r"[^\w\s]", " ", text.lower()).strip()
        found, rest = [], low
        while pattern is not None or tails is not None:  # "eh salah, maksudnya jp"
            rest = rest.strip()
            head = pattern.match(rest) if pattern else None
            tail = next((m for m in tails.finditer(rest) if m.end() == len(rest)),
                        None) if tails else None
            if head is not None and head.end() > 0:
                found.append(head.group(0))
                rest = rest[head.end():]
            elif tail is not None and tail.start() > 0:
                found.append(tail.group(0))
                rest = rest[:tail.start()]
            else:
                break
        return (" ".join(found), " ".join(rest.split())) if found else ("", "")

    def starts_followup(self, text: str) -> bool:
        return bool(self.followup_opener(text))

    def followup_opener(self, text: str) -> str:
        """The follow-up opener a message starts with ("kalau", "what about"), or ""."""
        pattern = self._re("followup", "")
        found = pattern.match(text.strip()) if pattern else None
        return found.group(0) if found else ""

    def after_followup(self, text: str) -> str:
        """The message after its follow-up opener ("kalau perusahaan?" -> " perusahaan?")."""
        return text.strip()[len(self.followup_opener(text)):]
