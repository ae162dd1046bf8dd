"""Sastrawi's root words (its own ~30,000) behind its dictionary interface, held compactly.

Why this shape: as a tuple of strings the list held ~1.8 MB for the whole life of the process
(a string object per word), a set 2 MB more. Here the sorted words are one newline-joined
string (~0.25 MB) with every BLOCK-th word kept as a signpost: a lookup bisects the signposts
(in C), then searches its block's few words in one substring test. The answers are exact, the
same as the tuple's bisection, at ~1 us a lookup (the stems are cached: stemcache.py).
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from itertools import accumulate

from Sastrawi.Dictionary.DictionaryInterface import DictionaryInterface

BLOCK = 16  # words per signpost: ~1,900 signposts, a block searched in ~100 characters


class Roots(DictionaryInterface):
    """The root words, sorted, one lookup ~1 us; no object of the library is changed."""

    def __init__(self, words: list[str]):
        # As Sastrawi's ArrayDictionary.add: blank lines are no words (and a word holds no
        # newline: the file was split on them).
        ordered = sorted({w for w in words if w and w.strip()})
        self._count = len(ordered)
        self._signposts = tuple(ordered[::BLOCK])
        # Each block's start in the text (the newline before its first word), then the
        # text's final newline: the last block's end.
        at = list(accumulate(map((1).__add__, map(len, ordered)), initial=0))
        self._starts = array("I", at[::BLOCK])
        if len(ordered) % BLOCK:
            self._starts.append(at[-1])
        self._text = "\n" + "\n".join(ordered) + "\n"

    def __len__(self) -> int:
        return self._count

    @property
    def words(self) -> tuple[str, ...]:
        """Every word, sorted (a new tuple: for checks, not lookups)."""
        return tuple(self._text[1:-1].split("\n")) if self._count else ()

    def contains(self, word: str | None) -> bool:
        if not isinstance(word, str) or not word or "\n" in word:
            return False  # Sastrawi's disambiguators may ask about None; a set said no
        block = bisect_right(self._signposts, word) - 1
        if block < 0:
            return False
        # The block's words with the newlines around each: "\nword\n" is one of them.
        chunk = self._text[self._starts[block]:self._starts[block + 1] + 1]
        return f"\n{word}\n" in chunk
