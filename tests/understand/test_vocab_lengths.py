"""The typo repair's length-filtered vocabulary finds what a search of every word finds."""

from __future__ import annotations

import random

from rapidfuzz import fuzz, process

from bot.understand.vocab_lengths import ByLength, reachable


def _words(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choice("aeikmnrst") for _ in range(rng.randint(3, 12))) for _ in range(n)]


def test_closest_is_the_closest_of_all_words():
    rng = random.Random(7)
    vocab = _words(rng, 800)
    by_length = ByLength(vocab)
    for token in _words(rng, 600) + [w[:-1] for w in vocab[:100]] + [w + "s" for w in vocab[:100]]:
        cutoff = 80 if len(token) < 7 else 75
        every = process.extractOne(token, vocab, scorer=fuzz.ratio, score_cutoff=cutoff)
        found = by_length.closest(token, cutoff)
        assert (found and found[:2]) == (every and every[:2]), token


def test_the_length_bound_holds_and_cuts():
    rng = random.Random(3)
    for a, b in zip(_words(rng, 2000), _words(rng, 2000), strict=True):
        assert fuzz.ratio(a, b) <= 100 * (1 - abs(len(a) - len(b)) / (len(a) + len(b))) + 1e-9
    assert reachable(5, 6, 80) and not reachable(4, 12, 75)
    assert len(ByLength(["ab", "abcd", "abcdefghijklmnop"]).near(4, 80)) == 1


def test_the_words_compared_are_equal_copies_in_order():
    """closest() compares fresh copies of the words (made one after another, near in memory):
    the same words in the same order, so results and ties are those of the vocabulary."""
    vocab = ["".join(["kla", "im"]), "iuran", "jaminan"]
    by_length = ByLength(vocab)
    assert by_length._packed == vocab and by_length.words is vocab
    assert all(a is not b for a, b in zip(by_length._packed, vocab, strict=True))
    assert by_length.closest("klaimm", 80) == ("klaim", 100 * 10 / 11, 0)
