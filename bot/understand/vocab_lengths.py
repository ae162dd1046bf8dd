"""The typo repair's vocabulary by word length: only words a misspelling could be compared to."""

from __future__ import annotations

from rapidfuzz import fuzz, process


class ByLength:
    """Vocabulary words in their order, with the sub-list each word length can match.

    fuzz.ratio is an Indel ratio, at most 100 * (1 - |a - b| / (a + b)) for lengths a and b,
    so a word whose length keeps it below the cutoff can never be the closest one: leaving it
    out changes no result (the others keep their order, so ties resolve as before) and saves
    rapidfuzz a comparison per word (~40% of a miss on the English vocabulary).
    """

    def __init__(self, words: list[str]):
        self.words = words
        # The words compared, as new strings made one after another: next to each other in
        # memory, not spread over the heap where the content's reading made them. A message's
        # repair is cold (its words are new): over a spread vocabulary rapidfuzz waited on
        # memory, 2-4x longer (311-604 vs 138-157 us a miss after a cache flush; perf17).
        # Equal strings: every comparison, result and tie is the same.
        self._packed = ["".join(list(word)) for word in words]
        self._near: dict[tuple[int, float], list[str]] = {}  # a few dozen lengths at most

    def __len__(self) -> int:
        return len(self.words)

    def closest(self, word: str, cutoff: float) -> tuple[str, float, int] | None:
        """rapidfuzz's closest word to `word` by fuzz.ratio from `cutoff`, as over all words
        (the index is into the sub-list)."""
        return process.extractOne(word, self.near(len(word), cutoff), scorer=fuzz.ratio,
                                  score_cutoff=cutoff)

    def near(self, length: int, cutoff: float) -> list[str]:
        """The words a word of `length` letters may reach `cutoff` with (a margin of 1)."""
        key = (length, cutoff)
        found = self._near.get(key)
        if found is None:
            found = self._near[key] = [w for w in self._packed
                                       if reachable(length, len(w), cutoff - 1.0)]
        return found


def indel_cap(a: int, b: int) -> float:
    """The highest Indel ratio (0-1: fuzz.ratio, token_sort_ratio / 100) two texts of lengths
    `a` and `b` can have: 1 - |a - b| / (a + b) (1.0 for two empty texts)."""
    return 1.0 - abs(a - b) / (a + b) if a + b else 1.0


def reachable(a: int, b: int, cutoff: float) -> bool:
    """Whether texts of lengths `a` and `b` can have a fuzz.ratio of at least `cutoff`."""
    return a + b > 0 and 100.0 * indel_cap(a, b) >= cutoff
