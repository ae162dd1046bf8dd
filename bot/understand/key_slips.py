"""Slips of a thumb on a phone keyboard: "bphs" (bpjs), "perudahaan" (perusahaan), "klaaim"
(klaim), "saldojaminan" (saldo jaminan), "ca ir" (cair).

A word neither the FAQ nor a dictionary knows is read as the one word of the FAQ's vocabulary
(its phrasings' and synonyms' words as written) that one slip gives back: a neighbouring key on a
phone's QWERTY layout instead of the letter meant, a letter dropped, a letter typed twice, two
neighbouring letters swapped. When no word or several fit, the word stays as written (the typo
repair after this one may still snap it): a guess between two words is no reading. A missed space
("saldojaminan") is read as the one pair of known words it splits into; a space typed inside a
word ("ca ir") as the known word the two pieces make, when a piece is no word. Each word is
looked at once (cached); a known word costs one set lookup before this.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

from bot.understand.abbreviations import neighbour_swaps
from bot.understand.english_words import english_words
from bot.understand.spelling_shape import shaped

# A shorter word is too often another word one slip away ("utu": itu, atu, utk).
MIN_LENGTH = 4
# A key beside the one meant is read from this length, or in a shorter word no Indonesian
# word or name is shaped like ("bphs", "duks", "jkut"; spelling_shape.py): a four-letter word
# so shaped is too often a name or another language's word one key from a FAQ word ("yuli"
# tuli, "tina" tiba, "java" jaga).
MIN_NEIGHBOUR_LENGTH = 5
# Two letters swapped are read from this length, as wordrepair.MIN_SWAP_LENGTH ("klao" stays),
# or in a shorter word no Indonesian word is shaped like ("bpsj", "ujga").
MIN_SWAP_LENGTH = 5
# Each piece of a word split at a missed space is this long at least: two letters are too often
# an ending or a prefix ("dulu an", "di hidupin", "list in").
MIN_PIECE = 3
# With a slip in one of them, both pieces are MIN_LENGTH letters at least: "pelayananan" is no
# "pelayana" (pelayanan) + "nan".
# Each piece of a word a space slipped into is this long at least ("am a" is no "ama").
MIN_JOINED_PIECE = 2
# Pieces that are Indonesian affixes: a word so split is inflected, not two words
# ("dapet nya", "ter cover", "pra kerja").
_AFFIXES = frozenset(("nya", "nye", "kan", "lah", "kah", "pun", "ter", "ber", "per", "pra",
                      "pen", "pem", "men", "mem"))
_VOWELS = frozenset("aiueo")
# Colloquial Indonesian drops me- from an active verb and keeps the nasal that replaced the
# root's first sound: m- for p (pilih), n- for t, ny- for s or c, ng- for k or a vowel.
_NASALS = (("ny", ("s", "c")), ("ng", ("k", "")), ("m", ("p",)), ("n", ("t",)))
# A phone's QWERTY letter rows, each shifted right of the one above by this many keys.
_ROWS = (("qwertyuiop", 0.0), ("asdfghjkl", 0.5), ("zxcvbnm", 1.5))
_AT = {c: (r, i + shift) for r, (row, shift) in enumerate(_ROWS) for i, c in enumerate(row)}
# The keys touching a key: beside it in its row, less than a key's width off in the next row.
NEIGHBOURS = {c: "".join(o for o, (r2, x2) in _AT.items() if o != c and (
    (r2 == r and abs(x2 - x) == 1) or (abs(r2 - r) == 1 and abs(x2 - x) < 1)))
    for c, (r, x) in _AT.items()}


# English auxiliaries, which the English word list leaves out (function words): with -nt they
# are a negation written without its apostrophe ("dont", "isnt"), no slip of "dong".
_AUXILIARIES = frozenset(("do", "does", "did", "is", "are", "was", "were", "has", "have", "had"))


def _english(word: str) -> bool:
    """An English word, or an English negation written without its apostrophe."""
    return word in english_words() or (word.endswith("nt") and (
        word[:-2] in _AUXILIARIES or word[:-2] in english_words()))


def _plural(word: str, fits: Callable[[str], bool]) -> bool:
    """An English plural of a known or English word ("freelancers" is no "freelance rs")."""
    return word.endswith("s") and (fits(word[:-1]) or word[:-1] in english_words())


class KeySlips:
    """Reads the slips above against the FAQ's known words."""

    def __init__(self, known: frozenset[str] | set[str], is_word: Callable[[str], bool],
                 spelt_within: Callable[[str], set[str]],
                 meaning: Callable[[str], str] | None = None, min_length: int = MIN_LENGTH,
                 slip_proof: Callable[[str], bool] | None = None):
        """`known`: words as the FAQ and synonyms write them (stopwords too); `is_word`: a
        dictionary word or an inflection of one; `spelt_within(word)`: the words `word` is a
        vowel-dropped form of (abbreviations.py): such a word is a shortening, not a slip;
        `meaning(word)`: what a known word means (its synonym's canonical form): known words of
        one meaning one slip away are one reading ("accident", its variant "accidnet");
        `min_length`: the shortest word read; `slip_proof`: of the dictionary words, those no
        slip is read in (default all); the others are read back to a dictionary word only, and
        a word with -nya is always a word ("matanya" is no "katanya")."""
        self._known = known
        self._meaning = meaning
        self._min_length = min_length
        self._slip_proof = slip_proof or (lambda _w: True)
        # Per length, the known words sorted as written and sorted backwards: the words one
        # letter longer than a written word that hold it around one gap are found by bisection
        # (26 letters tried at every gap cost ~80 us a word, each cached or not).
        by_length: dict[int, list[str]] = {}
        for w in known:
            by_length.setdefault(len(w), []).append(w)
        self._sorted = {n: (sorted(ws), sorted(w[::-1] for w in ws))
                        for n, ws in by_length.items()}
        self._is_word = is_word
        self._spelt_within = spelt_within
        self.read = lru_cache(maxsize=8192)(self._read)
        self.apart = lru_cache(maxsize=8192)(self._apart)

    def cache_clear(self) -> None:
        """Forget the per-word readings: a cold pass again."""
        self.read.cache_clear()
        self.apart.cache_clear()

    def joined(self, words: list[str]) -> list[str]:
        """`words` with two pieces of one known word joined where a space slipped inside it
        ("ca ir" -> cair), when a piece is neither a known nor a dictionary word."""
        out: list[str] = []
        i = 0
        while i < len(words):
            if i + 1 < len(words) and self._pieces(words[i], words[i + 1]):
                out.append(words[i] + words[i + 1])
                i += 2
            else:
                out.append(words[i])
                i += 1
        return out

    @staticmethod
    def one_slip_of(word: str, meant: str) -> bool:
        """Whether `word` is `meant` with one slip: a neighbouring key, two neighbouring
        letters swapped, a letter dropped or typed twice."""
        n, m = len(word), len(meant)
        if n == m:
            diff = [i for i in range(n) if word[i] != meant[i]]
            return (len(diff) == 1 and word[diff[0]] in NEIGHBOURS.get(meant[diff[0]], "")) \
                or (len(diff) == 2 and diff[1] == diff[0] + 1
                    and word[diff[0]] == meant[diff[1]] and word[diff[1]] == meant[diff[0]])
        if n == m - 1:
            return any(meant[:i] + meant[i + 1:] == word for i in range(m))
        return n == m + 1 and any(word[i] == word[i - 1] and word[:i] + word[i + 1:] == meant
                                  for i in range(1, n))

    def _pieces(self, first: str, second: str) -> bool:
        """Whether `first` and `second` are one known word a space slipped into."""
        known = self._known
        if (first in known and second in known) or (first + second) not in known \
                or min(len(first), len(second)) < MIN_JOINED_PIECE:
            return False  # most pairs: two known words, or no known word together
        return first.isalpha() and second.isalpha() \
            and not (self._stands(first) and self._stands(second))

    def _stands(self, word: str) -> bool:
        """A word of its own: known to the FAQ, a dictionary word or an English one."""
        return word in self._known or self._is_word(word) or word in english_words()

    def _read(self, word: str) -> str:
        """`word` with its one slip undone, or as it is."""
        if len(word) < self._min_length or self._fits(word) or not word.isalpha() \
                or not word.isascii():
            return word
        found = self._one_slip(word)
        if len(found) > 1 and self._meaning is not None:
            found = self._one_meaning(found)
        if len(found) != 1:
            return word
        fixed, sure = found.popitem()
        if not sure or self._spelt_within(word) - {fixed}:
            return word  # "oprsi" is operasi with vowels dropped, not a slip of "porsi"
        # The dictionaries are asked last (stemming costs): only about a word to be replaced.
        if self._is_word(word) and (word.endswith("nya") or self._slip_proof(word)
                                    or not self._is_word(fixed)):
            return word  # a dictionary word, unless derived from a root the FAQ never writes
        if _english(word) or self._nasal_verb(word):
            return word
        return fixed

    def _one_meaning(self, found: dict[str, bool]) -> dict[str, bool]:
        """`found` as one reading when its words all mean the same (an English word of them
        first, else the first in order; sure when any is), else as it is."""
        if len({self._meaning(w) for w in found}) > 1:  # type: ignore[misc]
            return found
        return {min(found, key=lambda w: (not _english(w), w)): any(found.values())}

    def _nasal_verb(self, word: str) -> bool:
        """A colloquial active verb: the root with its first sound nasalised, the me- dropped
        ("milih" pilih, "nulis" tulis, "nyari" cari, "ngambil" ambil), no slip of "mulih"."""
        for nasal, first in _NASALS:
            if word.startswith(nasal) and any(self._is_word(f + word[len(nasal):])
                                              for f in first):
                return True
        return False

    def _fits(self, word: str) -> bool:
        """A word the FAQ knows, or one of them with -nya ("duitnya"; "nannya" is no "nan")."""
        return word in self._known or (len(word) >= MIN_LENGTH + 3 and word.endswith("nya")
                                       and word[:-3] in self._known)

    def _known_among(self, words: list[str] | set[str]) -> set[str]:
        """The words of `words` that `_fits` (a set intersection first: hundreds of them)."""
        found = set(self._known.intersection(words))
        found.update(w for w in words if w.endswith("nya") and self._fits(w))
        return found

    def _one_slip(self, word: str) -> dict[str, bool]:
        """The known words one slip away from `word`, each with whether that slip may be read
        back. Every slip counts against the others (a word two slips could make is no
        reading), but a key beside the one meant is read back only from MIN_NEIGHBOUR_LENGTH
        letters, a swap from MIN_SWAP_LENGTH, or in a shorter word no word is shaped like; a
        letter dropped or doubled only in a word with a vowel ("pkwtt" is an acronym, no
        "pkwt" typed twice)."""
        n = len(word)
        vowelless = _VOWELS.isdisjoint(word)
        misshapen = vowelless or not shaped(word)
        dropped = self._dropped(word)
        if word.endswith("nya") and n >= MIN_LENGTH + 3:  # the letter dropped from the stem
            dropped |= {w + "nya" for w in self._dropped(word[:-3])}
        slips = (
            ([w for _i, w in neighbour_swaps(word)], n >= MIN_SWAP_LENGTH or misshapen),
            ([word[:i] + key + word[i + 1:] for i, c in enumerate(word)  # a key beside
              for key in NEIGHBOURS.get(c, "")], misshapen or n >= MIN_NEIGHBOUR_LENGTH),
            ([word[:i] + word[i + 1:] for i in range(1, n) if word[i - 1] == word[i]],
             not vowelless),  # a letter typed twice
            (dropped, not vowelless),
        )
        found: dict[str, bool] = {}
        for candidates, sure in slips:
            for w in self._known_among(candidates):
                found[w] = found.get(w, False) or sure
        return found

    def _dropped(self, word: str) -> set[str]:
        """The known words `word` is with one letter dropped: at each gap, the words one letter
        longer that start with what comes before it (or end with what comes after, the longer
        of the two), found by bisection."""
        found: set[str] = set()
        forward, backward = self._sorted.get(len(word) + 1, ((), ()))
        end = len(forward)
        for i in range(len(word) + 1):
            head, tail = word[:i], word[i:]
            if len(head) >= len(tail):
                at = bisect_left(forward, head)
                while at < end and forward[at].startswith(head):
                    if forward[at][i + 1:] == tail and forward[at][i].isalpha():
                        found.add(forward[at])
                    at += 1
            else:
                liat = tail[::-1]
                at = bisect_left(backward, liat)
                while at < end and backward[at].startswith(liat):
                    if backward[at][len(tail) + 1:] == head[::-1] \
                            and backward[at][len(tail)].isalpha():
                        found.add(backward[at][::-1])
                    at += 1
        return found

    def _apart(self, word: str) -> str:
        """`word` split where a space was missed ("saldojaminan" -> "saldo jaminan"), when
        exactly one split gives two known words and `word` is no word; else the one split
        that gives a known word and a piece one slip from another ("proyekpeerintah" ->
        "proyek pemerintah", "bisafair" -> "bisa cair"); else as it is."""
        fits = self._fits
        if len(word) < 2 * MIN_PIECE or fits(word) or not word.isalpha():
            return word
        cuts = [(word[:i], word[i:]) for i in range(MIN_PIECE, len(word) - MIN_PIECE + 1)
                if word[:i] not in _AFFIXES and word[i:] not in _AFFIXES]
        splits = [(a, b) for a, b in cuts if fits(a) and fits(b)]
        if not splits and not _plural(word, fits):
            # An acronym of two consonants glued on ("tkmandiri", "bedanyajp", "jhtvs").
            splits = [(a, b) for a, b in ((word[:2], word[2:]), (word[:-2], word[-2:]))
                      if fits(a) and fits(b) and _VOWELS.isdisjoint(min(a, b, key=len))]
        if not splits and not self._two_letter_split(word):
            # A slip beside the missed space: one piece fits, the other is one slip from a word.
            splits = [(self.read(a), b) if fits(b) else (a, self.read(b)) for a, b in cuts
                      if fits(a) != fits(b) and min(len(a), len(b)) >= MIN_LENGTH]
            splits = [(a, b) for a, b in splits if fits(a) and fits(b)]
        if len(splits) != 1 or self._is_word(word) or _english(word):
            return word
        return " ".join(splits[0])

    def _two_letter_split(self, word: str) -> bool:
        """Whether `word` is two known words, one of two letters ("bangunandi", "daftarinpt"):
        a reading that counts against a split with a slip ("bangu nandi", "daftar inpt")."""
        fits = self._fits
        return (fits(word[:2]) and fits(word[2:])) or (fits(word[:-2]) and fits(word[-2:]))
