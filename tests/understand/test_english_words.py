"""The shipped English word list and the English matcher's typo repair that spares its words."""

from __future__ import annotations

import re

import pytest

from bot.content.store import build_content
from bot.understand.english_words import (
    WORDS_FILE,
    EnglishWords,
    base_forms,
    english_words,
    related,
)
from tests.conftest import AS_OF, FAQ_DIR, TEMPLATES_DIR


@pytest.fixture(scope="module")
def content():
    return build_content(FAQ_DIR, TEMPLATES_DIR, AS_OF, thorough=False)


def test_the_word_list_is_plain_sorted_lowercase_words() -> None:
    words = WORDS_FILE.read_text(encoding="utf-8").splitlines()
    assert 20_000 <= len(words) <= 60_000
    assert words == sorted(set(words))
    bad = [w for w in words if not re.fullmatch(r"[a-z]{4,}", w)]  # shorter ones are never repaired
    assert not bad, bad[:10]
    for word in ("brother", "passport", "october", "married", "warning", "wages", "colour"):
        assert word in words
    for word in ("iuran", "jaminan", "pesangon", "bpjs"):  # the FAQ's Indonesian words are not
        assert word not in words
    assert (WORDS_FILE.parent / "english-words.COPYRIGHT").is_file()  # SCOWL's notice ships too


def test_membership_is_exact_and_compact() -> None:
    words = english_words()
    assert len(words) == len(WORDS_FILE.read_text(encoding="utf-8").split())
    assert "brother" in words and "october" in words
    assert "brothr" not in words and "jaminan" not in words and 42 not in words
    assert len(words) * words._keys.itemsize < 300_000  # 4 bytes a word, not a str each
    assert "abc" in EnglishWords(["abc"]) and "abd" not in EnglishWords(["abc"])


@pytest.mark.parametrize(("word", "closest"), [
    ("wages", "wage"), ("retired", "retire"), ("stopped", "stop"), ("count", "counted"),
    ("different", "difference"), ("category", "kategori"), ("migrants", "migran"),
    ("definition", "definisi"), ("tariff", "tarif"),
])
def test_a_form_or_cognate_of_the_closest_word_is_still_read_as_it(word, closest) -> None:
    assert related(word, closest)
    assert not english_words().keeps(word, closest)


@pytest.mark.parametrize(("word", "closest"), [
    ("brother", "broker"), ("boat", "bot"), ("october", "doctor"), ("passport", "password"),
    ("married", "arrive"), ("warning", "warung"), ("sister", "sistem"), ("orange", "orang"),
    ("earning", "meaning"), ("store", "setor"),
])
def test_an_english_word_is_not_a_typo_of_a_look_alike(word, closest) -> None:
    assert not related(word, closest)
    assert english_words().keeps(word, closest)


def test_the_english_matcher_leaves_english_words_alone(content) -> None:
    matcher = content.matcher_en
    # Words no synonym covers were "repaired" into FAQ words: earning -> meaning,
    # projection -> protection, soldiers -> older.
    assert matcher.query_tokens("freelancer earning 3 million a month")[1][:2] == ("bpu", "earning")
    assert "projection" in matcher.query_tokens("jht balance projection")[1]
    assert "soldiers" in matcher.query_tokens("the soldiers and their wages")[1]
    # Misspellings and Indonesian spellings are still repaired.
    assert "kategori" in matcher.query_tokens("which categories of migrants")[1]
    assert matcher.query_tokens("reset my pasword")[1][-1] == "password"
    assert "compensation" in matcher.query_tokens("compensasion for the injury")[1]


def test_only_the_english_matcher_knows_english_words(content) -> None:
    assert content.matcher._keep is None
    assert content.matcher_en._keep is not None


@pytest.mark.parametrize(("word", "base"), [
    ("salaries", "salary"), ("capped", "cap"), ("retired", "retire"), ("stopped", "stop"),
    ("delivering", "deliver"), ("boxes", "box"), ("programs", "program"),
])
def test_an_inflected_word_offers_its_base_form(word, base) -> None:
    assert base in base_forms(word)


def test_the_english_matcher_reads_an_inflected_word_as_its_synonym(content) -> None:
    # faq/synonyms-en.yaml writes "salary" (gaji) and "cap" (batas), not every inflection.
    assert "gaji" in content.matcher_en.query_tokens("our salaries")[1]
    assert "batas" in content.matcher_en.query_tokens("is the deduction capped")[1]
    # Only variants of the English file: "kitas" is not the Indonesian stopword "kita".
    assert "kitas" in content.matcher_en.query_tokens("kitas renewal")[1]
    # The Indonesian matcher has no English inflections.
    assert "salaries" in content.matcher.query_tokens("salaries")[0]


def test_an_english_story_word_weighs_less_than_an_unknown_word(content) -> None:
    matcher = content.matcher_en
    # "kitchen" (a dictionary word the FAQ never uses) lowers the score less than a
    # non-word of the same length would.
    story = matcher.rank(matcher.query_tokens("jht balance kitchen")[1], 1)[0].score
    unknown = matcher.rank(matcher.query_tokens("jht balance qzxvbnm")[1], 1)[0].score
    assert story > unknown
