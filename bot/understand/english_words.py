"""English dictionary words (english-words.txt): in an English message they are not typos."""

from __future__ import annotations

import re
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache
from pathlib import Path

WORDS_FILE = Path(__file__).with_name("english-words.txt")


def _key(word: str) -> int:
    return zlib.crc32(word.encode())


class EnglishWords:
    """A membership test over a word list, held as sorted 32-bit hashes.

    Why hashes: the 40k words as Python strings take ~2.5 MB, as one joined string ~0.36 MB;
    4 bytes a word is ~0.16 MB. A word not in the list answers yes only on a CRC32 collision,
    about once in 100,000 words, and then it merely keeps its spelling.
    """

    def __init__(self, words: Iterable[str]):
        # Sorted a leading byte at a time: one list of every key as a Python int was a ~1.5 MB
        # peak of small objects in the start's index build, resident after as holes (mem22b).
        keys = array("I", map(_key, words))
        buckets = [array("I") for _ in range(256)]
        for key in keys:
            buckets[key >> 24].append(key)
        self._keys = array("I")
        for bucket in buckets:
            self._keys.extend(sorted(bucket))

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        key = _key(word)
        i = bisect_left(self._keys, key)
        return i < len(self._keys) and self._keys[i] == key

    def __len__(self) -> int:
        return len(self._keys)

    def keeps(self, token: str, closest: str) -> bool:
        """Whether `token` keeps its spelling rather than become the FAQ's `closest` word.

        A word of the list does, unless it is a form of `closest` ("wages" for "wage",
        "count" for "counted", "different" for "difference") or the same word spelt the
        Indonesian way ("category" for "kategori", "migrant" for "migran").
        """
        return token in self and not related(token, closest)


def related(token: str, word: str) -> bool:
    """Two forms of one word, or an English word and its Indonesian spelling."""
    return (inflects(token, word) or inflects(word, token) or _stem(token) == _stem(word) != ""
            or cognate(token, word))


_SUFFIXES = frozenset({"s", "es", "ed", "ing", "ings", "er", "ers", "ly"})
_AFTER_E = frozenset({"ed", "ing", "ings", "er", "ers"})  # retire -> retired, retiring
_AFTER_DOUBLE = frozenset({"ed", "ing", "er", "ers"})  # stop -> stopped


def inflects(token: str, word: str) -> bool:
    """`token` is `word` with an English inflection: "wages", "retired", "stopped", "studies"."""
    if token.startswith(word):
        rest = token[len(word):]
        if rest in ("d", "r", "rs") and word.endswith("e"):  # arrived, retiree
            return True
        return rest in _SUFFIXES or (rest.startswith(word[-1]) and rest[1:] in _AFTER_DOUBLE)
    if word.endswith("e") and token.startswith(word[:-1]):
        return token[len(word) - 1:] in _AFTER_E
    if word.endswith("y") and token.startswith(word[:-1]):
        return token[len(word) - 1:] in ("ies", "ied")
    return False


def base_forms(word: str) -> list[str]:
    """The forms `word` may be an inflection of, most likely first: "salaries" -> "salary",
    "capped" -> "cap", "retired" -> "retire", "delivering" -> "deliver", "boxes" -> "box"."""
    if len(word) < 4 or not word.isalpha():
        return []
    out: list[str] = []
    if word.endswith("ies") or word.endswith("ied"):
        out.append(word[:-3] + "y")
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            out += [stem, stem + "e"]
            if len(stem) >= 3 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # stopped -> stop
    if word.endswith("es"):
        out.append(word[:-2])  # boxes -> box
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        out.append(word[:-1])
    if word.endswith("ly") and len(word) >= 6:
        out.append(word[:-2])
    return out


# Endings whose word families meet in the middle ("differ-ent", "differ-ence"), longest first.
_ENDINGS = ("ations", "ation", "ences", "ence", "ances", "ance", "ents", "ent", "ants", "ant",
            "ions", "ion", "ings", "ing", "ers", "er", "ed", "es", "ly")


def _stem(word: str) -> str:
    """`word` less its longest English ending if at least four letters remain, else ""."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return ""


_SPELLING = (("tion", "si"), ("ph", "f"), ("qu", "kw"), ("ce", "se"), ("c", "k"), ("y", "i"))
_DOUBLE_RE = re.compile(r"([a-z])\1")


def cognate(token: str, word: str) -> bool:
    """`word` is `token` in Indonesian spelling, give or take two letters at the end.

    "definition" -> "definisi", "tariff" -> "tarif", "ambulances" -> "ambulans", "anatomy" ->
    "anatomis". Short words must match whole: "orange" is not "orang", nor "locking" "login".
    """
    token = indonesian_spelling(token)
    if token == word:
        return len(word) >= 5
    shorter, longer = sorted((token, word), key=len)
    return len(shorter) >= 6 and len(longer) - len(shorter) <= 2 and longer.startswith(shorter)


def indonesian_spelling(token: str) -> str:
    """`token` spelt the Indonesian way ("category" -> "kategori"), as `cognate` compares it."""
    for english, indonesian in _SPELLING:
        token = token.replace(english, indonesian)
    return _DOUBLE_RE.sub(r"\1", token)


@cache
def english_words() -> EnglishWords:
    """The shipped list, read once (only the English matcher asks for it)."""
    with WORDS_FILE.open(encoding="utf-8") as lines:
        return EnglishWords(w for w in (line.strip() for line in lines) if w)
