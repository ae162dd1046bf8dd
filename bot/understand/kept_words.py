"""English words the typo repair keeps without looking for the closest FAQ word.

Why: in the English matcher a word the FAQ never uses ("seaweed", "plantation") was compared
with every vocabulary word of a near length (rapidfuzz, ~45 us a word, 3-4 words in a long
story) only for `EnglishWords.keeps` to keep it, as it keeps every listed word unless the
closest word is a form of it (`english_words.related`). When no vocabulary word at all is a
form of a listed word, that search cannot change the result, so it is skipped.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from bot.understand.english_words import EnglishWords, indonesian_spelling, related

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable


class KeptWords:
    """The vocabulary indexed by the letters any form of a word must start with."""

    def __init__(self, words: EnglishWords, vocab: Iterable[str]):
        self._words = words
        self._by3: dict[str, list[str]] = defaultdict(list)  # four letters or more
        self._by2: dict[str, list[str]] = defaultdict(list)  # three letters
        for word in vocab:
            if len(word) >= 4:
                self._by3[word[:3]].append(word)
            elif len(word) == 3:
                self._by2[word[:2]].append(word)

    def candidates(self, token: str) -> list[str]:
        """Every vocabulary word `related` to `token` (four letters or more), and others.

        `related(token, w)` needs one of: `token` starts with `w` less its last letter
        (`inflects(token, w)`); `w` starts with `token` less its last letter (`inflects(w,
        token)`); both start with the same stem of four letters or more; `w` starts with the
        first five letters of `token` in Indonesian spelling (`cognate`). With `token` of four
        letters or more, each puts `w` (of four or more) among the words starting with the
        first three letters of `token` or of its Indonesian spelling, and a three-letter `w`
        (only the first two cases) among those starting with the first two of `token`.
        """
        found = list(self._by3.get(token[:3], ()))
        spelt = indonesian_spelling(token)[:3]
        if spelt != token[:3]:
            found += self._by3.get(spelt, ())
        found += self._by2.get(token[:2], ())
        return found

    def sure(self, token: str) -> bool:
        """Whether `keeps(token, closest)` holds whatever the closest vocabulary word is:
        `token` is a listed word and no vocabulary word is a form of it."""
        if len(token) < 4 or token not in self._words:
            return False
        return not any(related(token, word) for word in self.candidates(token))


def sure_kept(keep: Callable[[str, str], bool] | None,
              vocab: Iterable[str]) -> Callable[[str], bool] | None:
    """`KeptWords.sure` over `vocab` when `keep` is an `EnglishWords.keeps` (the English
    matcher's), else None (no shortcut: another `keep` may keep for other reasons)."""
    words = getattr(keep, "__self__", None)
    if isinstance(words, EnglishWords) and getattr(keep, "__func__", None) is EnglishWords.keeps:
        return KeptWords(words, vocab).sure
    return None
