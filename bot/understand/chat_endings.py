"""Chat endings on a known word: "gajix"/"saldony" (-nya), "gajiq" (-ku), "dibatalin" (-kan).

Indonesian chat writes the suffix -nya as -x or -ny, "aku"/-ku as q, and Jakartan -in for -kan.
A word so written is read only when its stem is a word the FAQ or the synonyms write (or, for
-x/-ny, a dictionary word of five letters or more), and the word as written is neither: "relax"
stays, "buku" is a word, "main" is no "makan". Each word is looked at once (cached): set lookups.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from functools import lru_cache

# The stem of an ending this short says too little ("box", "fix", "max" are English; "nanny"
# is no "nan" + -nya).
MIN_STEM = 4
# A stem only the dictionary knows (not the FAQ) must be this long: "rela" of "relax" is a word.
MIN_DICTIONARY_STEM = 5


class ChatEndings:
    """Reads the chat endings above against the FAQ's known words."""

    def __init__(self, known: Container[str], stop: Container[str],
                 is_word: Callable[[str], bool], is_root: Callable[[str], bool]):
        """`known`: words as the FAQ and synonyms write them; `stop`: filler words (no stem);
        `is_word`: a dictionary word or an inflection of one; `is_root`: a root as written."""
        self._known = known
        self._stop = stop
        self._is_word = is_word
        self._is_root = is_root
        self.read = lru_cache(maxsize=8192)(self._read)

    def _read(self, word: str) -> str:
        """`word` with its chat ending written out, or as it is."""
        if len(word) <= MIN_STEM or word in self._known or not word.isalpha():
            return word
        last = word[-1]
        if last == "x" or (last == "y" and word[-2] == "n"):  # -nya: "gajix", "saldony"
            stem = word[:-1] if last == "x" else word[:-2]
            if len(stem) >= MIN_STEM and stem not in self._stop and not self._is_word(word) and (
                    stem in self._known or stem + "nya" in self._known
                    or (len(stem) >= MIN_DICTIONARY_STEM and self._is_word(stem))):
                return stem + "nya"
        elif last == "q" or (last == "u" and word[-2] == "k"):  # -ku: "gajiq", "umurku"
            stem = word[:-1] if last == "q" else word[:-2]
            if len(stem) >= MIN_STEM and stem in self._known and stem not in self._stop \
                    and not self._is_root(word):
                return stem  # "saya" says nothing the matcher reads: the stem alone
        elif last == "n" and word[-2] == "i":  # Jakartan -in: "dibatalin", "mengajuin"
            formal = word[:-2] + "kan"
            if formal in self._known and not self._is_root(word):
                return formal
        return word
