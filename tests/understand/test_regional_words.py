"""Regional function words (Javanese, Sundanese, Betawi, Minang, Medan, Banjar) are read as the
Indonesian words they stand for, and the words they look like stay what they are."""

from __future__ import annotations

import pytest

from bot.content.clause_cues import load_clause_cues
from bot.understand.clauses import asks
from tests.conftest import FAQ_DIR

CUES = load_clause_cues(FAQ_DIR, [])


@pytest.mark.parametrize(("regional", "indonesian"), [
    ("jht kowe wes cair urung", "jht sudah cair belum"),  # pronouns are filler, as "saya"
    ("kek mana cara klaim jht", "bagaimana cara klaim jht"),
    ("kayapa daftar bpu amun kada punya npwp", "bagaimana daftar bpu kalau tidak punya npwp"),
    ("jht ambo alah cair alun", "jht saya sudah cair belum"),
    ("iuran bpu bapira sebulan", "iuran bpu berapa sebulan"),
    ("kunaon klaim jht ditolak euy", "kenapa klaim jht ditolak"),
])
def test_regional_words_read_as_indonesian(matcher, regional, indonesian):
    read = matcher.normalizer.content(matcher.normalizer.tokens(regional))
    assert read == matcher.normalizer.content(matcher.normalizer.tokens(indonesian))


def test_the_words_they_look_like_stay(matcher):
    tokens = matcher.normalizer.tokens
    assert "belum" not in tokens("kantor cabang dekat alun-alun kota")  # the town square
    assert "sudah" not in tokens("my parents want to claim his jht")  # not Sundanese "parantos"
    assert "rekening" in tokens("ganti rek bank jht")  # "rek" stays rekening, not a particle


@pytest.mark.parametrize("text", [
    "daftar bpu kek mana", "jht cair bilo", "sing ngurus klaim jkm sinten",
    "iuran jp barapo persen", "klaim jkp cemana",
])
def test_regional_question_words_ask(text):
    assert asks(text, CUES)
