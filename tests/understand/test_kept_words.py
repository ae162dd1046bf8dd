"""The English typo repair's shortcut: a listed word no FAQ word is a form of is kept unsearched."""

from __future__ import annotations

import pytest

from bot.content.store import build_content
from bot.understand.english_words import WORDS_FILE, english_words, related
from bot.understand.kept_words import KeptWords, sure_kept
from tests.conftest import AS_OF, FAQ_DIR, TEMPLATES_DIR


@pytest.fixture(scope="module")
def english():
    return build_content(FAQ_DIR, TEMPLATES_DIR, AS_OF, thorough=False).matcher_en


def brute(token: str, vocab: list[str]) -> bool:
    """What `KeptWords.sure` must answer, from every vocabulary word."""
    return token in english_words() and not any(related(token, w) for w in vocab)


@pytest.mark.parametrize(("vocab", "token"), [
    (["age"], "aging"),  # a three-letter word: found by the token's first two letters
    (["kategori"], "category"),  # the Indonesian spelling starts otherwise ("kat", not "cat")
    (["wage"], "wages"), (["retire"], "retiring"), (["study"], "studies"),
    (["difference"], "different"),  # the same stem
    (["stop"], "stopped"), (["claimed"], "claim"),  # either way round
])
def test_a_form_in_the_vocabulary_is_never_sure(vocab: list[str], token: str) -> None:
    kept = KeptWords(english_words(), [*vocab, "pajak", "iuran"])
    assert related(token, vocab[0])
    assert not kept.sure(token)
    assert vocab[0] in kept.candidates(token)


def test_sure_only_for_listed_words_of_four_letters() -> None:
    kept = KeptWords(english_words(), ["pajak", "iuran", "seaweeds"])
    assert kept.sure("plantation") and kept.sure("village")
    assert not kept.sure("seaweed")  # "seaweeds" is its plural
    assert not kept.sure("mandor") and not kept.sure("natuna")  # not English words
    assert not kept.sure("tax")  # never repaired anyway: too short


def test_the_same_answer_as_every_vocabulary_word(english) -> None:
    vocab = english._vocab.words
    kept = KeptWords(english_words(), vocab)
    words = WORDS_FILE.read_text(encoding="utf-8").split()
    sample = words[::37] + [w for w in words if w.startswith(("categ", "contrib", "claim"))]
    answers = {t: kept.sure(t) for t in sample}
    assert answers == {t: brute(t, vocab) for t in sample}
    assert 0 < sum(answers.values()) < len(sample)  # both answers occur


def test_the_repair_gives_what_the_search_gave(english, monkeypatch) -> None:
    words = WORDS_FILE.read_text(encoding="utf-8").split()
    named = {"category": "kategori", "though": "though", "clients": "client",
             "furniture": "furnitur", "seaweed": "seaweed", "jaminn": "jamin",
             "pensiunn": "pensiun", "plantation": "plantation"}
    sample = [*words[::97], *named]
    assert english._sure_kept is not None
    fast = [english._correct_uncached(t) for t in sample]
    assert dict(zip(sample, fast, strict=True)).items() >= named.items()
    monkeypatch.setattr(english, "_sure_kept", None)
    assert fast == [english._correct_uncached(t) for t in sample]


def test_only_the_english_lists_keep_gets_the_shortcut() -> None:
    assert sure_kept(english_words().keeps, ["pajak"]) is not None
    assert sure_kept(lambda token, closest: True, ["pajak"]) is None
    assert sure_kept(None, ["pajak"]) is None


def test_the_word_hashes_are_sorted_as_one_sort_makes_them():
    """EnglishWords sorts its keys a leading byte at a time (no list of 40k ints at start):
    the same array as sorting them all at once, and every listed word is in it."""
    from array import array

    from bot.understand.english_words import EnglishWords, _key

    words = [w for w in WORDS_FILE.read_text(encoding="utf-8").split() if w]
    assert english_words()._keys == array("I", sorted(map(_key, words)))
    small = EnglishWords(["wage", "salary", "zebra", "apple"])
    assert list(small._keys) == sorted(map(_key, ["wage", "salary", "zebra", "apple"]))
    assert "salary" in small and "wages" not in small and len(small) == 4
