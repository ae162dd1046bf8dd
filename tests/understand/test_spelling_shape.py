"""Whether a short word is spelt as Indonesian words and names are
(bot/understand/spelling_shape.py)."""

from __future__ import annotations

import pytest

from bot.understand.spelling_shape import shaped


@pytest.mark.parametrize("word", ["yuli", "tina", "java", "klaim", "staf", "agli", "daerah",
                                  "bangkrut", "kontrak", "sawah", "nyari", "tang"])
def test_words_and_names_are_shaped(word):
    assert shaped(word)


@pytest.mark.parametrize("word", ["bphs", "duks", "jkut", "bpje", "caea", "tspi", "anwk",
                                  "biss", "carw", "hsri"])
def test_slips_of_a_thumb_are_not(word):
    assert not shaped(word)
