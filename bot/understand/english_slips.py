"""Phone-keyboard slips in an English message: "contibution", "recieve", "pensoin", "wokrer".

The English matcher reads English, Indonesian and chat words; a word typed with a slip of the
thumb is none of them. As the Indonesian word repair does (bot/understand/key_slips.py), a word
that neither the FAQ writes (its phrasings, titles, keywords, synonyms and stopwords in either
language, the chat forms) nor a dictionary knows (the English word list, Sastrawi's roots) is
read as the one written word one slip gives back: a neighbouring key, a letter dropped or typed
twice, two neighbouring letters swapped; a missed space as the two words it splits into, a space
typed inside a word as the word. A real English or Indonesian word is never read as another.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from bot.understand.english_words import english_words
from bot.understand.key_slips import KeySlips

# English suffixes that are words of their own too: a word so split is derived, not two words
# ("heirship", "homeless"), as key_slips' Indonesian affixes.
_SUFFIXES = frozenset(("ship", "hood", "less", "ness", "ment", "able", "ful", "wise", "like"))


MIN_SHORT = 3  # a word this short is read back to an English word only (_short)


def _no_shortening(_word: str) -> set[str]:
    """English is not written without its vowels on purpose: no word is a shortening here."""
    return set()


class EnglishSlips:
    """Reads the slips above against the English matcher's written words."""

    def __init__(self, known: Iterable[str], is_word: Callable[[str], bool],
                 meanings: Mapping[str, str], english: Callable[[str], bool]):
        """`known`: every word the English matcher's FAQ writes, as written; `is_word`: an
        Indonesian dictionary word or an inflection of one (an English one is asked too);
        `meanings`: the one-word synonyms (a misspelt variant, "accidnet", means what the word
        does: two such words one slip away are one reading); `english`: an English word,
        function words too."""
        self._known = frozenset(known)
        self._english = english
        self._dictionary = words = english_words()
        self._slips = KeySlips(self._known, lambda w: w in words or is_word(w), _no_shortening,
                               lambda w: meanings.get(w, w), min_length=MIN_SHORT)

    def cache_clear(self) -> None:
        """Forget the per-word readings: a cold pass again."""
        self._slips.cache_clear()

    def words(self, words: list[str]) -> list[str]:
        """`words` with each slipped word read as the written word it was meant to be."""
        known, read, dictionary = self._known, self._slips.read, self._dictionary
        if known.issuperset(words):
            return words  # most messages: every word written somewhere (speed)
        # An English word is asked first (a hash lookup; read() asks it only after trying
        # every slip): most unknown words of an English message are such words.
        out = [w if w in known or w in dictionary else self._apart(self._short(w, read(w)))
               for w in self._slips.joined(words)]
        return " ".join(out).split() if any(" " in w for w in out) else out

    def _short(self, word: str, read: str) -> str:
        """`read`, but a three-letter word only as an English word ("fkr" for, "csn" can): the
        other short words one slip from a FAQ word are acronyms ("kjs" is no "kis", "tbi" no
        "tni", "smk" no "msk")."""
        return read if len(word) > MIN_SHORT or self._english(read) else word

    def _apart(self, word: str) -> str:
        """`word` split where a space was missed (key_slips), unless the second piece is an
        English suffix."""
        split = self._slips.apart(word)
        return word if split.rpartition(" ")[2] in _SUFFIXES else split
