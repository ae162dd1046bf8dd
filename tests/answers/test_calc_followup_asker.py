"""A follow-up after a wage earner's contribution (a calculation's or an answer's) is the
wage earner's question, and "terus" opening a follow-up only says "then"."""

from __future__ import annotations

from pathlib import Path

from bot.content.facets import Facets, load_facets, unknown_topic_words
from bot.content.faqbase import load_faq
from bot.core.replies import Event
from bot.understand.clauses import without_thought_start

FAQ = Path(__file__).resolve().parents[2] / "faq"


async def say(engine, text, user):
    return (await engine.handle(Event(user, "console", text=text)))[0]


async def test_late_payment_after_a_wage_calculation_is_the_employers_fine(engine):
    assert (await say(engine, "gaji 4,5jt iuran bpjs tk nya brp", "pu1")).kind == "calculation"
    assert (await say(engine, "kalau telat bayar gmn?", "pu1")).entry_id == "iuran-pu-denda"
    # ... and after the wage earners' contribution answered
    assert (await say(engine, "iuran karyawan berapa persen", "pu2")).entry_id \
        == "iuran-pu-rincian"
    assert (await say(engine, "kalau telat bayar gimana?", "pu2")).entry_id == "iuran-pu-denda"


async def test_an_informal_workers_follow_up_stays_theirs(engine):
    assert (await say(engine, "saya ojol penghasilan 3 juta iuran bpjs tk berapa", "bpu1")).kind \
        == "calculation"
    assert (await say(engine, "kalau telat bayar gmn?", "bpu1")).entry_id == "iuran-bpu-telat"


async def test_then_opening_a_follow_up_keeps_the_calculations_program(engine):
    assert (await say(engine, "gaji 6 juta kena phk jkp dapet berapa", "then1")).kind \
        == "calculation"
    assert (await say(engine, "terus klaimnya gmn", "then1")).entry_id == "jkp-cara-klaim"
    assert (await say(engine, "gaji 5jt meninggal santunan jkm berapa", "then2")).kind \
        == "calculation"
    assert (await say(engine, "terus klaimnya gmn", "then2")).entry_id == "jkm-cara-klaim"


def test_a_thought_start_is_dropped_only_as_the_first_word():
    clause = load_faq(FAQ).clause_cues
    assert without_thought_start("terus klaimnya gmn", clause) == "klaimnya gmn"
    assert without_thought_start("Satu lagi syaratnya?", clause) == "syaratnya?"
    assert without_thought_start("terusnya gmn", clause) == "terusnya gmn"
    assert without_thought_start("trus", clause) == "trus"
    assert without_thought_start("jkp terus cair?", clause) == "jkp terus cair?"


def test_topic_words_are_staff_data_checked_against_the_topics(tmp_path):
    problems: list = []
    facets = load_facets(FAQ / "facets.yaml", problems)
    assert not problems and facets.topic_words["iuran-pu"] == "pu"
    assert unknown_topic_words(facets, load_faq(FAQ).topics) == []
    assert [p.message for p in unknown_topic_words(Facets(topic_words={"nope": "x"}), {})] \
        == ["unknown topic 'nope'"]
    (tmp_path / "facets.yaml").write_text("topic_words: {iuran-pu: ''}\n")
    problems = []
    load_facets(tmp_path / "facets.yaml", problems)
    assert [p.entry for p in problems] == ["topic_words"]


async def test_a_pointer_keeps_its_entry_rather_than_move_to_a_weak_reading(engine):
    assert (await say(engine, "rekomposisi jkk ke jkp itu apa", "pt1")).entry_id \
        == "iuran-pu-rekomposisi-jkk"
    assert (await say(engine, "itu berlaku sejak kapan?", "pt1")).entry_id \
        == "iuran-pu-rekomposisi-jkk"
    # a reading that would be answered still takes the aspect the entry lacks
    assert (await say(engine, "berapa uang jkp per bulan", "pt2")).entry_id \
        == "jkp-besar-manfaat"
    assert (await say(engine, "itu cairnya berapa lama?", "pt2")).entry_id == "jkp-lama-cair"
