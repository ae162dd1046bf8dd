"""Stories as workers type them: what happened steers the meaning, chat words stay words."""

from __future__ import annotations

import pytest


def test_a_death_is_an_aspect_of_the_question_and_of_heir_entries(matcher):
    assert "death" in matcher.facets.read("ayah sy wafat minggu kemarin")[0]
    assert "death" in matcher.facets_of("jkm-cara-klaim")[0]
    assert "death" not in matcher.facets_of("jht-klaim-jmo")[0]


def test_a_question_without_a_topic_borrows_the_event_told_earlier(matcher):
    """The clause just before the question is background ("beliau peserta dari pabrik");
    the death told first still weighs as the question's."""
    text = ("ibu saya meninggal bulan kemarin karena sakit. beliau peserta bpjs tk dari "
            "pabrik garmen. terus gimana ya?")
    _, query = matcher.query_tokens(text)
    emphasis = matcher.emphasis(text, query)
    assert "meninggal" in emphasis
    assert "sakit" in emphasis


def test_no_event_no_borrowed_event(matcher):
    text = ("saya kerja di toko bangunan lima tahun. bulan ini saya keluar. "
            "terus gimana ya?")
    _, query = matcher.query_tokens(text)
    assert matcher._events(query) == []


@pytest.mark.parametrize(("word", "not_read_as"), [
    ("sktr", "sektor"),  # sekitar, not the FAQ's "sektor"
    ("takon", "jakon"),  # Javanese "tanya"
    ("saiki", "sakit"),  # Javanese "sekarang"
    ("plis", "polisi"),
    ("tlong", "tulang"),
    ("kepungkur", "pungkur"),  # Javanese "lalu" (ago)
])
def test_chat_and_regional_words_are_not_repaired_into_faq_words(matcher, word, not_read_as):
    _, query = matcher.query_tokens(f"saldo jht {word} 5 juta")
    assert not_read_as not in query


def test_jdi_and_sbgai_are_fillers(matcher):
    _, query = matcher.query_tokens("jdi sy sbgai suami dpt apa")
    assert "sbgai" not in query and "jdi" not in query
