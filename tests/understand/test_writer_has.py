"""writer._has looks for a cue only where its first word stands: the same answer as a scan."""

from __future__ import annotations

import random

from bot.understand.writer import _has


def _scan(words: tuple[str, ...], cues: list[tuple[str, ...]]) -> bool:
    return any(words[i : i + len(cue)] == cue for cue in cues
               for i in range(len(words) - len(cue) + 1))


def test_has_is_the_scan_on_random_words_and_cues():
    rnd = random.Random(15)
    vocab = list("abcde")
    for _ in range(20_000):
        words = tuple(rnd.choice(vocab) for _ in range(rnd.randint(0, 9)))
        cues = [tuple(rnd.choice(vocab) for _ in range(rnd.randint(0, 3)))
                for _ in range(rnd.randint(0, 4))]
        assert _has(words, cues) == _scan(words, cues), (words, cues)


def test_has_finds_a_cue_in_order_only():
    assert _has(("saat", "bekerja", "di", "pabrik"), [("saat", "bekerja")])
    assert not _has(("bekerja", "saat"), [("saat", "bekerja")])
    assert _has(("a",), [()])  # an empty cue is in any text, as the scan says
