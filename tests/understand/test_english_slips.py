"""Slips of a thumb in English messages (bot/understand/english_slips.py)."""

from __future__ import annotations

import pytest

from bot.content.store import build_content
from bot.understand.english_slips import EnglishSlips
from bot.understand.normalize import is_word
from tests.conftest import AS_OF, FAQ_DIR, TEMPLATES_DIR

KNOWN = {"contribution", "receive", "pension", "worker", "claim", "my", "how", "many", "jht",
         "for", "the", "heir", "register", "kerja"}
ENGLISH = {"contribution", "receive", "pension", "worker", "claim", "my", "how", "many", "for",
           "the", "heir", "register", "our", "can"}
SLIPS = EnglishSlips(KNOWN | {"our", "can", "kis"}, is_word, {}, ENGLISH.__contains__)


@pytest.mark.parametrize(("typed", "meant"), [
    ("contibution", "contribution"),  # a letter dropped
    ("recieve", "receive"),  # two letters swapped
    ("pensoin", "pension"),
    ("wokrer", "worker"),
    ("clsim", "claim"),  # a key beside the one meant
    ("registter", "register"),  # a letter typed twice
])
def test_a_slipped_english_word_reads_as_the_written_word(typed, meant):
    assert SLIPS.words(["my", typed]) == ["my", meant]


def test_a_missed_space_and_a_space_inside_a_word():
    assert SLIPS.words(["howmany", "jht"]) == ["how", "many", "jht"]
    assert SLIPS.words(["contri", "bution"]) == ["contribution"]


def test_real_words_stay_as_written():
    # English words one slip from a written word ("work" worker, "clam" claim), an Indonesian
    # one ("kerjs" is no word, "kerja" is), a derived word ("heirship" is no "heir ship").
    for word in ("work", "clam", "pensions", "recover", "heirship", "bekerja", "workers"):
        assert SLIPS.words([word]) == [word]


@pytest.fixture(scope="module")
def matcher_en():
    return build_content(FAQ_DIR, TEMPLATES_DIR, AS_OF, thorough=False).matcher_en


def test_the_english_matcher_reads_slips_in_messages(matcher_en):
    tokens = matcher_en.normalizer.tokens
    assert tokens("how do i recieve my pensoin") == tokens("how do i receive my pension")
    assert tokens("wokrer contibution") == tokens("worker contribution")


def test_a_three_letter_slip_reads_as_an_english_word_only():
    assert SLIPS.words(["fkr", "my", "jht"]) == ["for", "my", "jht"]
    assert SLIPS.words(["csn", "i"]) == ["can", "i"]
    assert SLIPS.words(["kjs"]) == ["kjs"]  # an acronym, not "kis" (no English word)


def test_variants_of_one_meaning_are_one_reading():
    slips = EnglishSlips({"accident", "accidnet", "salary", "salah"}, is_word,
                         {"accident": "kecelakaan", "accidnet": "kecelakaan"},
                         {"accident", "salary"}.__contains__)
    assert slips.words(["accidnt"]) == ["accident"]
    assert slips.words(["salay"]) == ["salay"]  # salary or salah: no reading
