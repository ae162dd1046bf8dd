"""Repairs to a message's words before the synonyms read them: texting and broken phrases.

The synonyms turn phrases into one canonical word ("jaminan kecelakaan kerja" -> jkk). A phrase
with one misspelt or vowel-less word ("jmnn kclkn krja") never meets its synonym, and the typo
repair after it (Matcher._correct) sees single words only. So two repairs run first, on the
words as written:
1. a word texted without vowels is read as the known word with the same consonants
   (bot/understand/abbreviations.py);
2. a misspelt word that completes a synonym phrase with its neighbours is read as that phrase's
   word ("krja" next to "jaminan kecelakaan" is "kerja"; "hr" between "jaminan" and "tua" is
   "hari", the same consonants); a misspelt word that completes no phrase is left to the typo
   repair.
Before both, chat endings on a known word are read (bot/understand/chat_endings.py), a
word with two neighbouring letters swapped by a slip ("persyraatan", "batnu") is read as the one
known word one swap back gives, and other phone-keyboard slips (a neighbouring key, a letter
dropped or doubled, a space missed or typed inside a word) as the one known word they fit
(bot/understand/key_slips.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from rapidfuzz import fuzz

from bot.understand.abbreviations import (
    Abbreviations,
    looks_abbreviated,
    neighbour_swaps,
    skeleton,
)
from bot.understand.chat_endings import ChatEndings
from bot.understand.key_slips import KeySlips

MIN_FIX_LENGTH = 4  # shorter words are too ambiguous to repair by spelling
# ... but a three-letter word one key slip from the word its neighbours' phrase expects is
# that word ("di hpk" is "di phk", "bps tk" "bpjs tk"): the phrase says which word it is.
MIN_SLIP_LENGTH = 3
# A slip is read back only in a word this long: in a short one a swap makes another word too
# often ("tua"/"uta", "kalo"/"klao").
MIN_SWAP_LENGTH = 5
_DOUBLE_RE = re.compile(r"([a-z])\1")
# Whole words of letters only: "5jt" or "rp3" are amounts, not texting.
_LETTERS_RE = re.compile(r"(?<![\w])[A-Za-z]+(?![\w])")
_VOWEL_RE = re.compile(r"[aiueoy]")  # y too: "ny" is -nya, "my" English, not a shortening


class WordRepair:
    """The words a FAQ knows as written, its synonyms' phrases, and the repairs above."""

    def __init__(self, known: set[str], settled: set[str], abbreviations: Abbreviations,
                 phrases: Iterable[tuple[str, ...]], skip: Iterable[str],
                 is_word: Callable[[str], bool], is_root: Callable[[str], bool] | None = None,
                 slip_proof: Callable[[str], bool] | None = None):
        """`known`: every word the FAQ and synonyms write, misspelt variants included (never
        expanded); `settled`: the words that are words in their own right (never mended into
        a phrase: "informal" is not "formal" of "pekerja formal"); `skip`: stopwords;
        `slip_proof`: a dictionary word no key slip is read in (default `is_word`)."""
        self._stop = frozenset(skip)
        self._known = frozenset(known) | self._stop
        self._settled = frozenset(settled) | self._stop
        self._abbreviations = abbreviations
        self._is_word = is_word
        self._endings = ChatEndings(self._known, self._stop, is_word, is_root or is_word)
        # Phrase word -> the phrases holding it, with its position.
        self._in_phrases: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for phrase in phrases:
            for pos, word in enumerate(phrase):
                self._in_phrases.setdefault(word, []).append((phrase, pos))
        self._skeletons = {w: skeleton(w) for w in self._in_phrases}  # per word, not per look
        # The consonants of a phrase word with vowels: only such a word may be a vowel-less
        # shortening to mend (a set lookup first: most words are not).
        self._shortenings = frozenset(sk for w, sk in self._skeletons.items() if sk != w)
        self._unswapped = lru_cache(maxsize=8192)(self._unswap)
        self._slips = KeySlips(self._known, is_word, abbreviations.spelt_within,
                               slip_proof=slip_proof)

    def cache_clear(self) -> None:
        """Forget the per-word readings (chat endings, swapped letters, key slips): a cold pass
        again."""
        self._endings.read.cache_clear()
        self._unswapped.cache_clear()
        self._slips.cache_clear()

    def words(self, words: list[str]) -> list[str]:
        """The message's words with texted words expanded and broken phrases mended."""
        endings, known, unswapped = self._endings.read, self._known, self._unswapped
        slip, apart = self._slips.read, self._slips.apart
        words = self._slips.joined(words)
        out = [w if w in known else apart(slip(unswapped(self._expand(self._undouble(endings(w))))))
               for w in words]
        if any(" " in w for w in out):  # a missed space read: two words
            out = " ".join(out).split()
        for i, word in enumerate(out):
            if (len(word) >= MIN_SLIP_LENGTH and word not in self._settled and word.isalpha()) \
                    or (word in self._shortenings and _vowelless(word)):
                fixed = self._phrase_word(out, i)
                # A real word is no misspelling: "kemudian" is not "kematian" of "santunan
                # kematian", nor "sebenarnya" the "sebabnya" of a phrase (as Matcher._correct).
                if fixed is not None and not self._is_word(word):
                    out[i] = fixed
        return out

    def unstretched(self, single: list[str], double: list[str]) -> list[str]:
        """Each stretched word with one of its letter (`single`, as clean() writes it) or two
        (`double`): two when only that is a word the FAQ knows and a dictionary word ("maaf",
        "saat", not "maf"; a misspelt variant such as "kecelkaan" would hide its phrase)."""
        if len(single) != len(double):
            return single
        return [d if s != d and s not in self._known and (
                    (d in self._known and self._is_word(d)) or self._shortened_twice(s, d))
                else s for s, d in zip(single, double, strict=True)]

    def _shortened_twice(self, single: str, double: str) -> bool:
        """Whether dropping vowels made the run, not a stretch: "sntnnnya" (santunannya) is a
        shortening with two letters, none with one."""
        expand = self._abbreviations.expand
        return expand(double) is not None and expand(single) is None

    def expand_text(self, text: str) -> str:
        """`text` with its vowel-less words written out ("dnd tlt 3 bln" -> "denda telat 3
        bulan"), everything else as it was: for readers of the raw text (the calculator)."""
        return _LETTERS_RE.sub(lambda m: self._expand(m.group(0).lower())
                               if looks_abbreviated(m.group(0).lower()) else m.group(0), text)

    def _undouble(self, word: str) -> str:
        """A letter typed twice by a stretch or a slip ("teruss", "jhtnyaa", "bisaa"): the
        word with one of them, when that is a known word (three or more are undone by
        normalize.clean already)."""
        if word in self._known or not _DOUBLE_RE.search(word):
            return word
        for m in reversed(list(_DOUBLE_RE.finditer(word))):
            single = word[: m.start()] + word[m.start() + 1:]
            base = single[:-3] if single.endswith("nya") else single
            if single in self._known or base in self._known:
                return single
        return word

    def _unswap(self, word: str) -> str:
        """`word` with two neighbouring letters swapped back ("persyraatan" -> persyaratan,
        "batnu" -> bantu), when exactly one swap gives a word the FAQ or synonyms write and
        `word` is no dictionary word; else as it is (fuzzy ratios count a swap as two edits, so
        the typo repair after this one snaps "batnu" to "batuk", "persyraatan" to another word)."""
        if len(word) < MIN_SWAP_LENGTH or word in self._known or not word.isalpha():
            return word
        found = {swapped for _i, swapped in neighbour_swaps(word)
                 if swapped in self._known and swapped not in self._stop}
        if len(found) != 1:
            return word
        swapped = found.pop()
        # A word with vowels dropped is no slip: "oprsi" is operasi, not "porsi" swapped back.
        if self._abbreviations.spelt_within(word) - {swapped}:
            return word
        # The dictionary is asked last (stemming costs): only about a word to be replaced.
        return word if self._is_word(word) else swapped

    def _expand(self, word: str) -> str:
        if word in self._known:
            return word
        found = self._abbreviations.expand(word)  # None unless the word looks abbreviated
        if found is None or found in self._stop:
            return word  # a filler word says nothing: "ppn" (tax) is not "apapun"
        # The dictionary is asked last (stemming costs): only about a word to be replaced.
        return word if self._is_word(word) else found

    def _phrase_word(self, words: list[str], i: int) -> str | None:
        """The word a synonym phrase expects at `i`, given a neighbour that is in it, when
        `words[i]` is a misspelling of it (cutoffs as Matcher._correct) and the whole phrase
        is then there. Only the words a neighbour's phrases expect are compared: cheap."""
        word = words[i]
        cutoff = 80 if len(word) < 7 else 75
        bare = word in self._shortenings and _vowelless(word)
        # A word of its own ("bpjs" of "bpjs tk") or a short one is mended by its consonants only,
        # a short one by a key slip too.
        fuzzy = len(word) >= MIN_FIX_LENGTH and word not in self._settled
        slipped = not fuzzy and len(word) >= MIN_SLIP_LENGTH and word not in self._settled
        for j in (i - 1, i + 1):
            if not 0 <= j < len(words):
                continue
            for phrase, pos in self._in_phrases.get(words[j], ()):
                k = pos + i - j  # where words[i] sits in the phrase
                if not 0 <= k < len(phrase) or phrase[k] == word:
                    continue
                expected = phrase[k]
                # A vowel-less word is its phrase word's consonants ("jaminan hr tua"), however
                # short: the whole phrase around it says which word ("hr" alone may be HR).
                if ((bare and self._skeletons[expected] == word) or (
                        fuzzy and len(expected) >= MIN_FIX_LENGTH
                        and fuzz.ratio(word, expected) >= cutoff)
                        or (slipped and self._slips.one_slip_of(word, expected))) \
                        and self._completes_phrase(words, i, expected):
                    return expected
        return None

    def _completes_phrase(self, words: list[str], i: int, fixed: str) -> bool:
        for phrase, pos in self._in_phrases.get(fixed, ()):
            start = i - pos
            if start < 0 or start + len(phrase) > len(words):
                continue
            if all(k == pos or words[start + k] == w for k, w in enumerate(phrase)):
                return True
        return False


def _vowelless(word: str) -> bool:
    """Two or more letters and no vowel: a shortening ("hr", "jmnn"), never a word."""
    return len(word) >= 2 and word.isalpha() and word.isascii() and not _VOWEL_RE.search(word)
