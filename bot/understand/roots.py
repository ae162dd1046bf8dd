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
from pathlib import Path

from Sastrawi.Dictionary.DictionaryInterface import DictionaryInterface
from Sastrawi.Stemmer import StemmerFactory as factory_module

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

    @classmethod
    def from_sorted_text(cls, text: str) -> Roots | None:
        """The same Roots straight from a file of sorted, unique words, one a line, without a
        list of its ~30,000 words (a ~2.5 MB peak of small objects that stays resident as
        holes); None when the text is not so (then build from the words)."""
        roots = cls([])
        starts, signposts, previous, at = array("I"), [], "", 0
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            word = text[at:end]
            if not word.strip() or word <= previous:  # blank, unsorted or repeated
                return None
            if roots._count % BLOCK == 0:
                signposts.append(word)
                starts.append(at)
            roots._count += 1
            previous, at = word, end + 1
        if roots._count % BLOCK:
            starts.append(len(text.rstrip("\n")) + 1)
        roots._signposts, roots._starts = tuple(signposts), starts
        roots._text = "\n" + text.rstrip("\n") + "\n"
        return roots if roots._count else None

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


def sastrawi_roots() -> Roots:
    """Sastrawi's root words, read as its StemmerFactory reads them."""
    path = Path(factory_module.__file__).resolve().parent / "data" / "kata-dasar.txt"
    roots = Roots.from_sorted_text(path.read_text(encoding="utf-8")) if path.is_file() else None
    return roots or Roots(factory_module.StemmerFactory().get_words())
