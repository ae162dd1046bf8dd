"""Words texted without their vowels: "tlt" (telat), "dftrkn" (daftarkan), "pncairn" (pencairan).

Indonesians shorten words in chat by dropping vowels, often keeping the affixes: "dbyr"
(dibayar), "dndnya" (dendanya). A fuzzy ratio against the FAQ's words misses most of these (too
many letters are gone), but the consonants left are the word's own, in order. So each FAQ word
and each synonym variant is indexed by its consonant skeleton, and an unknown word written
mostly without vowels is read as the one FAQ word with the same skeleton, once its affixes are
peeled off. A skeleton shared by two different words ("cr": cara, cair) is never guessed,
unless the letters written rule out all but one: "mndri" (the i kept) is mandiri, not mandor.
Two consonants say too little, except after a first vowel kept: "irn" (iuran), "eml" (email).
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable

from rapidfuzz import fuzz

_VOWELS_RE = re.compile(r"[aiueo]")
# Fewer consonants than this say too little about which word was meant ("lm", "hr").
MIN_CONSONANTS = 3
# The affixes people keep when they drop vowels, as skeletons: di- and -nya/-kan/-an. Tried only
# when the whole skeleton matches nothing. Other prefixes peel off real letters too often
# ("mslh", masalah, is not "slh"; "bbrp", beberapa, is not "brp").
_PREFIXES = ("d",)
# Two written forms this similar (rapidfuzz ratio) with the same skeleton spell one word.
SAME_WORD = 85
_SUFFIXES = ("ny", "kn", "n")
# A skeleton this long may be read with two neighbouring letters swapped back ("tkrnc").
MIN_SWAPPED = 5


def skeleton(word: str) -> str:
    """The word's consonants in order ("kecelakaan" -> "kclkn")."""
    return _VOWELS_RE.sub("", word)


def looks_abbreviated(word: str) -> bool:
    """Written mostly without vowels: none at all, or (from five letters) at most one vowel
    per three letters. "part", "born" and "must" are words, not "prt", "brn", "mst"."""
    if not word.isalpha() or len(skeleton(word)) < MIN_CONSONANTS:
        return False
    vowels = len(_VOWELS_RE.findall(word))
    return vowels == 0 or (len(word) >= 5 and vowels * 3 <= len(word))


class Abbreviations:
    """Skeleton -> the one word it can stand for."""

    def __init__(self, *layers: Iterable[tuple[str, Hashable]]):
        """`layers` of (word as written, what it means), strongest first; within a layer the
        first word written for a meaning represents it. A later layer only fills skeletons the
        earlier ones left free. Misspelt variants share a skeleton with their word
        ("ketenagakerjan"): one meaning, so no ambiguity."""
        self._words: dict[str, str] = {}
        self._ambiguous: set[str] = set()
        # An ambiguous skeleton's readings: per meaning, every word written for it (the first
        # represents it), for a written vowel to choose between.
        self._readings: dict[str, list[list[str]]] = {}
        for pairs in layers:
            found: dict[str, dict[Hashable, str]] = {}
            spelt: dict[str, dict[Hashable, list[str]]] = {}
            for surface, meaning in pairs:
                sk = _key(surface)
                if len(sk) >= MIN_CONSONANTS and surface.isalpha():
                    found.setdefault(sk, {}).setdefault(meaning, surface)
                    spelt.setdefault(sk, {}).setdefault(meaning, []).append(surface)
            for sk, meanings in found.items():
                if sk in self._words or sk in self._ambiguous:
                    continue
                # A skeleton that means two things is no reading: never guessed between. Two
                # spellings of one word ("kesehatan", "kesehatn") are one thing, though.
                words = list(meanings.values())
                if all(_same_word(words[0], w) for w in words[1:]):
                    self._words[sk] = words[0]
                else:
                    self._ambiguous.add(sk)
                    self._readings[sk] = list(spelt[sk].values())

    def __len__(self) -> int:
        return len(self._words)

    def expand(self, word: str) -> str | None:
        """The FAQ word a vowel-less `word` stands for, or None."""
        if not looks_abbreviated(word):
            # Two consonants after the first letter, a vowel ("irn": iuran, "eml": email): read
            # as the one word with that first letter and those consonants.
            if len(word) == 3 and word[0] in _INITIAL_VOWELS and word.isalpha() \
                    and skeleton(word[1:]) == word[1:]:
                return self._words.get(word) or None
            return None
        sk = skeleton(word)
        found = self._read(sk)
        if found == "" and sk != word:
            found = self._written_in(word, sk)
        if found is not None or len(sk) < MIN_SWAPPED:
            return found or None
        # Two neighbouring letters swapped by a slip ("knrtk" kontrak, "tkrnci" terkunci): read
        # when exactly one swap gives a word, and no swap an ambiguous skeleton. With a vowel
        # left, the word the swap gives must hold every letter written, in order: English
        # "missing" would be "message", "warning" "warung" on consonants alone.
        if sk == word:
            read = {self._read(swapped) for _i, swapped in neighbour_swaps(sk)}
        else:
            read = set()
            for i, swapped in neighbour_swaps(word):
                if word[i] not in _INITIAL_VOWELS and word[i + 1] not in _INITIAL_VOWELS:
                    reading = self._read(skeleton(swapped))
                    if reading == "" or (reading and in_order(swapped, reading)):
                        read.add(reading)
        read.discard(None)
        return read.pop() if len(read) == 1 and "" not in read else None

    def spelt_within(self, word: str) -> set[str]:
        """The words of `word`'s skeleton that hold every letter of `word` in order: what it
        reads as with vowels dropped ("oprsi": operasi), whether it looks abbreviated or not."""
        sk = skeleton(word)
        spellings = [[self._words[sk]]] if sk in self._words else self._readings.get(sk, [])
        return {s[0] for s in spellings if any(in_order(word, w) for w in s)}

    def _written_in(self, word: str, sk: str) -> str:
        """The one reading of the ambiguous skeleton `sk` (or of it peeled, as `_read` found
        it) that holds every letter written for it in order ("mndri": mandiri, not mandor;
        "oprsnya": operasi, not porsi), or "" when none or several do ("tnggl")."""
        for start, end in _spans(sk):
            candidate = sk[start:end]
            if candidate in self._ambiguous:
                break
        else:
            return ""
        if candidate not in self._readings:
            return ""
        # The letters written for the peeled part: from its first consonant (or the word's
        # start) to the consonant after it (or the word's end).
        at = [i for i, c in enumerate(word) if c not in _INITIAL_VOWELS]
        core = word[at[start] if start else 0: at[end] if end < len(at) else len(word)]
        fits = [spellings[0] for spellings in self._readings[candidate]
                if any(in_order(core, s) for s in spellings)]
        return fits[0] if len(fits) == 1 else ""

    def _read(self, sk: str) -> str | None:
        """The word of a skeleton or of it peeled, None if none, "" if ambiguous."""
        for candidate in _peeled(sk):
            if candidate in self._ambiguous:
                return ""  # "pnsn" is pensiun or another word: not "pns" + "-an"
            if len(candidate) >= MIN_CONSONANTS:
                found = self._words.get(candidate)
                if found is not None:
                    return found
        return None


_INITIAL_VOWELS = frozenset("aiueo")


def _same_word(first: str, other: str) -> bool:
    """Two spellings of one word: this similar, or (five letters or more) one neighbouring swap
    apart ("iuran", "iruan": a slip the ratio counts as two edits; "form" is no "from")."""
    if fuzz.ratio(first, other) >= SAME_WORD:
        return True
    return len(first) == len(other) >= MIN_SWAPPED and any(
        other == swapped for _i, swapped in neighbour_swaps(first))


def neighbour_swaps(word: str) -> list[tuple[int, str]]:
    """Each spelling of `word` with two different neighbouring letters swapped, with where."""
    return [(i, word[:i] + word[i + 1] + word[i] + word[i + 2:])
            for i in range(len(word) - 1) if word[i] != word[i + 1]]


def _key(word: str) -> str:
    """The word's skeleton, or for a word of five letters or more with two consonants that
    starts with a vowel, that vowel and its consonants ("iuran" -> "irn": "rn" alone says too
    little). A shorter word is not keyed: English "ask", "its" are no "asik", "itas"."""
    sk = skeleton(word)
    return word[0] + sk if len(sk) == 2 and len(word) >= 5 and word[0] in _INITIAL_VOWELS \
        else sk


def in_order(written: str, word: str) -> bool:
    """Every letter of `written` is in `word`, in the same order."""
    letters = iter(word)
    return all(c in letters for c in written)


def _peeled(sk: str) -> list[str]:
    """The skeleton, then without a suffix, a prefix, or both."""
    return [sk[start:end] for start, end in _spans(sk)]


def _spans(sk: str) -> list[tuple[int, int]]:
    """Where `_peeled`'s skeletons sit in `sk`, in its order."""
    ends = [len(sk)] + [len(sk) - len(s) for s in _SUFFIXES if sk.endswith(s)]
    return [(0, e) for e in ends] + [(len(p), e) for e in ends for p in _PREFIXES
                                     if sk[:e].startswith(p)]
