"""English phrases with an Indonesian word in them (bot/understand/mixed_phrases.py)."""

from __future__ import annotations

from bot.understand.mixed_phrases import MixedPhrases

SYNONYMS = {"accident": "kecelakaan", "kecelakaan": "kecelakaan", "work": "bekerja",
            "work accident": "jkk", "pekerja": "karyawan", "worker": "karyawan",
            "migrant worker": "pmi", "pf balance": "jht", "balance": "saldo",
            "salary": "gaji", "wage": "gaji", "minimum wage": "ump", "hw": "bagaimana",
            "hw many": "berapa", "how many days": "lama"}
ENGLISH = frozenset({"accident", "work", "worker", "migrant", "pf", "balance", "salary", "wage",
                     "minimum", "my"})
MIXED = MixedPhrases(SYNONYMS, ENGLISH.__contains__, frozenset({"my", "how", "many"}),
                     {"hw": "how"})


def test_an_indonesian_word_in_an_english_phrase_reads_as_the_phrase():
    said = "who pays the work kecelakaan contribution"
    assert MIXED.read(said.split()) == said.replace("kecelakaan", "accident").split()
    assert MIXED.read(["migrant", "pekerja"]) == ["migrant", "worker"]


def test_english_words_and_words_that_say_the_meaning_already_are_left_alone():
    assert MIXED.read(["minimum", "salary"]) == ["minimum", "salary"]  # both English
    assert MIXED.read(["jht", "balance"]) == ["jht", "balance"]  # "pf balance" is jht alone
    assert MIXED.read(["kecelakaan", "pekerja"]) == ["kecelakaan", "pekerja"]  # no English word


def test_a_chat_form_is_its_word_inside_a_longer_phrase():
    said = "hw many days until paid"
    assert MIXED.read(said.split()) == said.replace("hw", "how").split()
    assert MIXED.read(["hw", "many"]) == ["hw", "many"]  # a phrase as written: the synonyms'


def test_the_normalizers_tables_read_as_the_variants_own():
    # The English matcher shares its Normalizer's tables (memory); they must mean the same.
    from bot.content.faqbase import Synonyms
    from bot.understand.normalize import Normalizer

    shared = MixedPhrases(SYNONYMS, ENGLISH.__contains__, frozenset({"my", "how", "many"}),
                          {"hw": "how"}, Normalizer(Synonyms(SYNONYMS)).phrase_tables())
    for said in ("who pays the work kecelakaan contribution", "migrant pekerja",
                 "hw many days until paid", "hw many", "jht balance", "minimum salary"):
        assert shared.read(said.split()) == MIXED.read(said.split())
