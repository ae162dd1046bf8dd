"""Words texted without vowels ("tlt", "dftrkn") are read as the FAQ word they shorten."""

from __future__ import annotations

import pytest

from bot.content.store import build_content
from bot.understand.abbreviations import Abbreviations, looks_abbreviated, skeleton
from tests.conftest import AS_OF, FAQ_DIR, TEMPLATES_DIR


@pytest.fixture(scope="module")
def matcher():
    return build_content(FAQ_DIR, TEMPLATES_DIR, AS_OF).matcher


def test_skeleton_and_what_looks_abbreviated():
    assert skeleton("kecelakaan") == "kclkn"
    assert looks_abbreviated("dftrkn") and looks_abbreviated("pncairn")
    # Ordinary words keep their vowels; two consonants say too little.
    assert not looks_abbreviated("karawang") and not looks_abbreviated("shopee")
    assert not looks_abbreviated("lm") and not looks_abbreviated("b4yar")


def test_affixes_peel_off_but_an_ambiguous_skeleton_is_never_guessed():
    words = Abbreviations([("telat", "telat"), ("bayar", "bayar"), ("cara", "cara"),
                           ("cari", "cari"), ("daftar", "daftar"), ("pensiun", "pensiun"),
                           ("pinisan", "pinisan"), ("pns", "pns")])
    assert words.expand("tlt") == "telat"
    assert words.expand("dbyr") == "bayar"  # di- kept
    assert words.expand("dftrkn") == "daftar"  # -kan kept
    assert words.expand("crr") is None  # no such word
    # "pnsn" fits two words: not read as "pns" + "-an" either.
    assert words.expand("pnsn") is None


def test_a_stronger_layer_keeps_its_reading():
    words = Abbreviations([("penghasilan", "gaji")], [("penghasilan", "hasil")])
    assert words.expand("pnghsln") == "gaji"


def test_vowel_less_words_reach_the_faq_words(matcher):
    _, query = matcher.query_tokens("dndnya brp klo tlt byr iuran")
    assert {"denda", "telat", "bayar"} <= set(query)
    _, query = matcher.query_tokens("prshn sy tdk dftrkn")
    assert {"perusahaan", "daftar"} <= set(query)
    # Words of phrasings as written ("pencairan") are indexed too, read as their root.
    assert "cair" in matcher.query_tokens("brp lm pncairn jht")[1]
    result = matcher.match("dndnya brp klo tlt byr iuran")
    assert result.outcome == "answer" and result.best.entry_id == "iuran-pu-denda"
