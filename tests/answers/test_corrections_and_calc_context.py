"""Corrections ("bukan, maksud saya jkp"), participant swaps ("kalau perusahaan?") and
follow-ups after a calculation's result are read with what came before."""

from __future__ import annotations

from pathlib import Path

from bot.content.calc_cues import load_cues, unknown_context
from bot.core.replies import Event
from bot.staff.reports import compute_stats
from bot.storage.question_log import QuestionLog, fetch_rows

CUES = Path(__file__).resolve().parents[2] / "faq" / "calc-cues.yaml"


async def say(engine, text, user):
    return (await engine.handle(Event(user, "console", text=text)))[0]


async def test_a_correction_asks_the_question_before_again_for_what_it_names(engine):
    assert (await say(engine, "iuran jkm berapa persen", "fix1")).entry_id == "jkm-iuran"
    assert (await say(engine, "bukan, maksud saya jkp", "fix1")).entry_id == "jkp-iuran"
    assert (await say(engine, "berapa lama jkm cair", "fix2")).entry_id == "jkm-lama-cair"
    assert (await say(engine, "eh salah, maksudnya jht", "fix2")).entry_id == "jht-lama-cair"
    # the word said no to is the one replaced, the cue may come last
    assert (await say(engine, "usia pensiun jht berapa", "fix3")).entry_id == "jht-usia-pensiun"
    assert (await say(engine, "bukan jht, jp maksud saya", "fix3")).entry_id \
        == "jp-usia-pensiun"


async def test_the_program_a_correction_says_no_to_is_not_asked(engine):
    # "jp bukan jht": jp replaces jht; jht is not asked as well
    assert (await say(engine, "iuran jht berapa persen", "fix4")).entry_id == "jht-iuran"
    assert (await say(engine, "maksud saya jp bukan jht", "fix4")).entry_id == "jp-iuran"
    assert (await say(engine, "cara klaim jkm", "fix5")).entry_id == "jkm-cara-klaim"
    assert (await say(engine, "maaf typo, jkk maksudnya", "fix5")).entry_id == "jkk-cara-klaim"


def test_correction_cues_are_read_at_the_start_or_the_end_only():
    cues = load_cues(CUES)
    assert cues.correction("eh salah, maksudnya jp") == ("eh salah maksudnya", "jp")
    assert cues.correction("yg jkk maksud sy") == ("maksud sy", "yg jkk")
    assert cues.correction("iuran jht 2% bukan?") == ("", "")  # a tag question
    assert cues.correction("jkm bukan karena kecelakaan kerja") == ("", "")
    assert cues.correction("sori typo, maksudnya jkp") == ("sori typo maksudnya", "jkp")


async def test_a_participant_swap_asks_the_question_before_for_them(engine):
    assert (await say(engine, "batas bayar iuran bpu tanggal berapa", "swap1")).entry_id \
        == "iuran-bpu-jatuh-tempo"
    assert (await say(engine, "kalau perusahaan?", "swap1")).entry_id == "iuran-pu-jatuh-tempo"
    assert (await say(engine, "denda telat bayar iuran perusahaan berapa", "swap2")).entry_id \
        == "iuran-pu-denda"
    assert (await say(engine, "kalo bpu?", "swap2")).entry_id == "iuran-bpu-telat"


async def test_a_followup_after_a_calculation_is_read_with_its_entry(engine):
    assert (await say(engine, "di phk gaji 8 juta jkp dapat berapa", "calc1")).kind \
        == "calculation"
    log = QuestionLog(engine.db)
    last = await log.last_answer(Event("calc1", "console").session_key, 60)
    assert last is not None and last[0] == "jkp-besar-manfaat"
    assert (await say(engine, "syaratnya apa aja?", "calc1")).entry_id == "jkp-syarat-klaim"


async def test_a_calculations_entry_is_not_counted_as_shown(engine):
    await say(engine, "gaji 5 juta potong berapa", "calc2")
    rows = await fetch_rows(engine.db)
    assert [r.entry_id for r in rows] == ["iuran-pu-potong-gaji"]
    assert compute_stats(rows).top_entries == []


def test_an_unknown_calculation_entry_is_a_problem():
    cues = load_cues(CUES)
    assert unknown_context(cues, {"iuran-pu-rincian"})  # the others are unknown here
    cues.calc_context = {"wage": "no-such-entry"}
    problems = unknown_context(cues, {"iuran-pu-rincian"})
    assert [p.entry for p in problems] == ["calc_context"] and "no-such-entry" in str(problems[0])


def test_followup_words_are_staff_data(tmp_path):
    """The causes, the audience words and the words after a bare program live in faq files."""
    from bot.answers.context import elliptical
    from bot.content.facets import load_facets

    problems: list = []
    facets = load_facets(CUES.parent / "facets.yaml", problems)
    assert not problems
    assert set(facets.causes) == {"accident", "illness"}
    assert facets.audience_words == {"bpu": "bpu", "employer": "perusahaan"}
    (tmp_path / "facets.yaml").write_text(
        "aspects: {claim: [cair]}\naudiences: {bpu: [bpu]}\ncauses: [accident]\n"
        "audience_words: {nobody: x}\n")
    problems = []
    load_facets(tmp_path / "facets.yaml", problems)
    assert sorted(p.entry for p in problems) == ["audience_words", "causes"]
    cues = load_cues(CUES)
    assert elliptical("jkm juga?", cues)
    cues.program_fillers = ()
    assert not elliptical("jkm juga?", cues)


async def test_a_program_named_alone_asks_the_question_before_for_it(engine):
    assert (await say(engine, "jp untuk pekerja mandiri ada ga", "prog1")).entry_id \
        == "iuran-bpu-program"
    assert (await say(engine, "kalau jht?", "prog1")).entry_id == "iuran-bpu-jht"


async def test_a_short_statement_adds_to_the_answer_before(engine):
    assert (await say(engine, "jht bisa dicairkan kapan", "tell1")).entry_id \
        == "jht-bpu-berhenti"
    assert (await say(engine, "kena phk", "tell1")).entry_id == "jht-klaim-phk"
    # never the answer before again, and words that mean nothing alone are not steered
    await say(engine, "cara klaim jht lewat jmo", "tell2")
    assert (await say(engine, "udah resign", "tell2")).entry_id == "jht-klaim-resign"
    await say(engine, "jkk apa aja yg ditanggung", "tell3")
    assert (await say(engine, "thanks a lot!", "tell3")).kind != "faq"


async def test_dana_hari_tua_is_jht(engine):
    # "dana/uang hari tua" is the JHT (faq/synonyms.yaml), not the JP old-age pension
    assert (await say(engine, "dana hari tua", "syn1")).entry_id == "jht-apa-itu"


async def test_the_story_chooses_its_first_reading_the_question_allows(engine):
    # the story alone leads elsewhere (the commuting accident, the JHT claim); its next
    # reading that the short question itself allows is the answer
    await say(engine, "ibu saya meninggal kecelakaan waktu pulang kerja naik motor", "story1")
    assert (await say(engine, "keluarga dapat berapa?", "story1")).entry_id == "jkk-meninggal"
    await say(engine, "saya keluar kerja 2 bulan lalu, resign", "story2")
    assert (await say(engine, "jkp bisa diklaim?", "story2")).entry_id == "jkp-resign"


async def test_a_pointer_word_points_at_the_entry_just_answered(engine):
    """"itu"/"tersebut"/"that" stand for what was just said: a calculation's entry, or the
    answer; an aspect that entry lacks moves to the entry that has it, a program named is a
    question of its own."""
    await say(engine, "gaji 5 juta potong berapa", "point1")
    assert (await say(engine, "itu untuk apa?", "point1")).entry_id == "iuran-pu-potong-gaji"
    assert (await say(engine, "lapak asik itu apa", "point2")).entry_id == "jht-lapak-asik"
    assert (await say(engine, "itu bisa lewat hp?", "point2")).entry_id == "jht-lapak-asik"
    assert (await say(engine, "berapa uang jkp per bulan", "point3")).entry_id \
        == "jkp-besar-manfaat"
    assert (await say(engine, "itu cara klaimnya gimana?", "point3")).entry_id \
        == "jkp-cara-klaim"
    assert (await say(engine, "apa itu jht", "point3")).entry_id == "jht-apa-itu"


async def test_itu_after_a_topic_of_its_own_points_at_nothing(engine):
    """"tapera itu apa?" marks its own topic: it is not read with the answer before."""
    await say(engine, "iuran jht brp persen", "own1")
    assert (await say(engine, "tapera itu apa?", "own1")).entry_id == "rujukan-tapera"
    await say(engine, "gaji 5 juta potong berapa", "own2")
    assert (await say(engine, "umk itu apa sih", "own2")).entry_id == "rujukan-ump"
    await say(engine, "cara klaim jkm", "own3")
    assert (await say(engine, "bpjs kesehatan itu beda ga sama bpjs tk?", "own3")).entry_id \
        == "umum-beda-bpjs-kes"


async def test_a_pointer_with_nothing_before_it_is_not_answered(engine):
    # "itu buat apa aja?" as a first message reduces to "untuk": no entry is what it asks
    for n, text in enumerate(("itu buat apa aja?", "itu gimana caranya", "tersebut syaratnya apa")):
        assert (await say(engine, text, f"nothing{n}")).kind in ("fallback", "suggestions")
    # the same words after a calculation point at its entry
    await say(engine, "gaji 5 juta potong berapa", "pointer1")
    assert (await say(engine, "itu buat apa aja?", "pointer1")).kind == "faq"
    # a topic of the message's own is not a pointer
    assert (await say(engine, "apa itu jkp", "pointer2")).entry_id == "jkp-apa-itu"


async def test_a_correction_of_who_keeps_a_general_question_general(engine):
    # the BPU contributions (every program) corrected to employees: the employees'
    # contributions of every program, not the JKM one the words alone lead to
    await say(engine, "iuran bpu brp sebulan", user="general")
    assert (await say(engine, "eh salah, maksud saya karyawan", user="general")).entry_id \
        == "iuran-pu-rincian"
    await say(engine, "iuran bpu bisa bayar dimana", user="general2")
    assert (await say(engine, "kalau perusahaan?", user="general2")).entry_id \
        == "iuran-pu-kode-bayar"


async def test_apa_itu_with_a_term_asks_what_that_term_is(engine):
    """"apa itu bpu?" after the JP answer asks what BPU is (it was the JP answer again): the
    pointer closes the definition opener, the term after it is the message's own topic."""
    await say(engine, "kalau jp berapa persen?", "what1")
    assert (await say(engine, "apa itu bpu?", "what1")).entry_id == "umum-beda-pu-bpu"
    await say(engine, "iuran jp berapa persen", "what2")
    assert (await say(engine, "apa itu lapak asik?", "what2")).entry_id == "jht-lapak-asik"
    # ... also a term the answer just given names
    await say(engine, "jht cair berapa lama", "what3")
    assert (await say(engine, "apa itu jmo", "what3")).entry_id == "daftar-jmo"
    # "apa itu bisa ...?" asks about what was just said: still read with it
    await say(engine, "apa itu lapak asik", "what4")
    assert (await say(engine, "apa itu bisa dari hp?", "what4")).entry_id == "jht-lapak-asik"
