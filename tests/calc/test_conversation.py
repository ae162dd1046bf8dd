"""Calculations through the real engine: free text, buttons, typed answers, restarts, CLI."""

import json
import subprocess
import sys
from datetime import date

import pytest

from bot.app.composition import build_engine, close_engine
from bot.console.ask import ask, summarize
from bot.core.replies import Event
from bot.core.settings import PROJECT_ROOT
from bot.storage.sessions import Session
from bot.understand.reader import read
from tests.calc.chat import plain, press, say
from tests.reader_cues import CUES


def detect(text):
    """The reader's request, or None when the message is no calculation for the calculator."""
    req = read(text, CUES, date(2026, 11, 24))
    return None if req is None or req.kind == "not_calc" else req


def button_data(replies) -> list[str]:
    return [b.data for r in replies for row in r.buttons for b in row]


async def test_worker_deduction_needs_no_class(engine):
    replies = await say(engine, "gaji saya 6 juta potong berapa?")
    assert replies[0].kind == "calculation"
    text = plain(replies)
    assert "Potongan gaji Anda: Rp180.000" in text  # 2% 120.000 + 1% 60.000
    assert "calc:k:1" not in button_data(replies)
    assert "calc:again" in button_data(replies)


async def test_missing_class_is_asked_with_buttons_and_the_press_finishes(engine):
    replies = await say(engine, "gaji 5 juta iuran berapa")
    assert [f"calc:k:{i}" for i in range(1, 6)] == [d for d in button_data(replies)
                                                    if d.startswith("calc:k:")]
    assert "Dipotong dari gaji: Rp150.000" in plain(replies)  # worker part answered already
    replies = await press(engine, "calc:k:3")
    assert "dibayar perusahaan: Rp344.500" in plain(replies)
    assert "calc:d" in button_data(replies)  # the table and legal basis are behind Rincian
    text = plain(await press(engine, "calc:d"))
    # 0,89% 44.500 + 0,3% 15.000 + 3,7% 185.000 + 2% 100.000
    assert "Total dibayar perusahaan: Rp344.500" in text
    assert "PP 44/2015 Pasal 16 ayat (1)" in text and "1 Juli 2015" in text


async def test_class_can_be_typed_instead_of_pressed(engine):
    await say(engine, "perusahaan bayar berapa untuk gaji 4 juta")
    replies = await say(engine, "sangat tinggi")
    # 1,74% 69.600 + 0,3% 12.000 + 3,7% 148.000 + 2% 80.000
    assert "Rp309.600" in plain(replies)


async def test_done_means_employer_312000_with_breakdown(engine):
    replies = await say(engine, "perusahaan bayar berapa untuk karyawan gaji 5 juta risiko "
                                "sangat rendah")
    text = plain(replies)
    assert "Rp312.000" in text
    assert "JKK Rp12.000 + JKM Rp15.000 + JHT Rp185.000 + JP Rp100.000" in text


async def test_clinic_sets_class_1_and_says_2019_placement_is_unconfirmed(engine):
    text = plain(await say(engine, "klinik saya, gaji perawat 4 juta iuran berapa"))
    assert "Rp9.600" in text  # 0,24% x 4.000.000
    text = plain(await press(engine, "calc:d"))
    assert "PP 82/2019 belum terkonfirmasi" in text


async def test_choice_survives_a_restart(settings):
    eng = await build_engine(settings, as_of=date(2026, 11, 24))
    await say(eng, "gaji 5 juta iuran berapa")
    await close_engine(eng)
    eng = await build_engine(settings, as_of=date(2026, 11, 24))
    try:
        assert "Rp312.000" in plain(await press(eng, "calc:k:1"))
    finally:
        await close_engine(eng)


async def test_bpu_with_jht_button(engine):
    replies = await say(engine, "penghasilan 2 juta iuran bpu berapa")
    text = plain(replies)
    assert "Normal Rp26.800" in text and "Perkiraan iuran BPU: Rp13.400" in text
    assert "s.d. 31 Desember 2026" in text and "PERKIRAAN" in text
    replies = await press(engine, "calc:j:1")
    assert "Perkiraan iuran BPU: Rp53.400" in plain(replies)  # 66.800 - 13.400


async def test_bpu_in_2027_offers_the_transport_discount(settings):
    eng = await build_engine(settings, as_of=date(2027, 1, 15))
    try:
        replies = await say(eng, "penghasilan 2 juta iuran bpu berapa")
        text = plain(replies)
        assert "Tidak ada diskon" in text and "31 Maret 2027" in text
        assert "calc:t:1" in button_data(replies)
        text = plain(await press(eng, "calc:t:1"))
        assert "Perkiraan iuran BPU: Rp13.400" in text
    finally:
        await close_engine(eng)


async def test_ambiguous_amount_is_asked_back_and_the_topic_kept(engine):
    replies = await say(engine, "penghasilan 5,5 iuran bpu berapa")
    assert "Rp5,5 juta" in plain(replies) and replies[0].kind == "calculation"
    replies = await say(engine, "5,5 juta")
    assert "Perkiraan iuran BPU" in plain(replies)
    assert "Rp55.000" in plain(replies)  # 1% x 5.500.000


async def test_absurd_amount_re_asks_until_fixed(engine):
    assert "terlalu besar" in plain(await say(engine, "gaji 2 milyar potong berapa"))
    assert "lebih dari nol" in plain(await say(engine, "0"))
    assert "Rp180.000" in plain(await say(engine, "6 juta"))


async def test_hitung_menu_guides_to_a_result(engine):
    replies = await engine.handle(Event("u1", "console", command="hitung"))
    assert "calc:m:bpu" in button_data(replies)
    assert "penghasilan" in plain(await press(engine, "calc:m:bpu"))
    assert "Rp26.800" in plain(await say(engine, "dua juta"))


async def test_hitung_staff_then_class(engine):
    await press(engine, "calc:m:staff")
    replies = await say(engine, "10 karyawan gaji 4 juta")
    assert "Iuran 10 karyawan" in plain(replies)
    text = plain(await press(engine, "calc:k:3"))
    assert "perusahaan: Rp2.756.000" in text  # 356.000 + 120.000 + 1.480.000 + 800.000


async def test_pu_or_bpu_is_asked(engine):
    replies = await say(engine, "penghasilan 3 juta iuran berapa")
    assert {"calc:p:pu", "calc:p:bpu"} <= set(button_data(replies))
    assert "Perkiraan iuran BPU" in plain(await press(engine, "calc:p:bpu"))


async def test_jp_years_asked_with_buttons(engine):
    replies = await say(engine, "pensiun gaji 8 juta dapat berapa")
    assert "calc:y:20" in button_data(replies)
    assert "Rp1.600.000 per bulan" in plain(await press(engine, "calc:y:20"))  # 1% x 20 x 8 jt


async def test_jkp_and_death_benefits(engine):
    text = plain(await say(engine, "kena phk gaji 8 juta dapat jkp berapa"))
    assert "Rp3.000.000 per bulan" in text and "Rp18.000.000" in text
    assert "45%" not in text  # the old rule only when asked
    text = plain(await say(engine, "meninggal karena kecelakaan kerja gaji 5 juta"))
    assert "Rp262.000.000" in text  # 48 x 5 jt + 12 jt + 10 jt


async def test_jht_projection_states_assumptions(engine):
    text = plain(await say(engine, "proyeksi saldo jht gaji 6 juta 10 tahun"))
    assert "Asumsi, bukan janji" in text and "5% per tahun" in text and "3% per tahun" in text


async def test_plain_questions_still_go_to_the_faq(engine):
    replies = await say(engine, "apa itu jkm")
    assert replies and replies[0].kind != "calculation"
    replies = await say(engine, "klaim jht 10 tahun syaratnya apa")
    assert replies and replies[0].kind != "calculation"


async def test_a_new_question_while_waiting_leaves_the_calculator(engine):
    await press(engine, "calc:m:wage")
    replies = await say(engine, "bagaimana cara mendaftar bpjs ketenagakerjaan")
    assert replies and replies[0].kind != "calculation"
    assert await engine.sessions.get("console:u1") is None


async def test_another_flow_is_never_overwritten(engine):
    # A flow no feature owns, so only the calculator's own care keeps it intact.
    await engine.sessions.save(Session("console:u1", "survey", {"step": "q1"}))
    replies = await say(engine, "gaji 5 juta iuran berapa")
    assert replies[0].kind == "calculation"
    assert not [d for d in button_data(replies) if d.startswith("calc:k:")]
    session = await engine.sessions.get("console:u1")
    assert session.flow == "survey" and session.data == {"step": "q1"}


async def test_stale_press_and_again(engine):
    replies = await press(engine, "calc:k:2")
    assert "tidak aktif" in plain(replies)
    replies = await press(engine, "calc:again")
    assert "calc:m:wage" in button_data(replies)


async def test_ask_summary_kind_is_calculation(engine):
    replies = await ask(engine, "gaji 15 juta potongan jp saya berapa")
    summary = summarize("gaji 15 juta potongan jp saya berapa", replies)
    assert summary["kind"] == "calculation" and "Rp110.863" in summary["text"]


def test_cli_ask_json_gives_kind_calculation():
    """One real `python -m bot ask --json` process (stdin mode: one JSON line per question)."""
    questions = ["gaji 15 juta potongan jp saya berapa",
                 "penghasilan 2 juta iuran bpu berapa", "apa itu jkm"]
    out = subprocess.run([sys.executable, "-m", "bot", "ask", "--json", "--as-of", "2026-11-24"],
                         cwd=PROJECT_ROOT, input="\n".join(questions) + "\n", capture_output=True,
                         text=True, check=True,
                         env={"PATH": "/usr/bin:/bin", "BOT_DB_PATH": ":memory:"})
    results = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["kind"] for r in results][:2] == ["calculation", "calculation"]
    assert results[2]["kind"] != "calculation"
    assert "Rp110.863" in results[0]["text"]
    assert "Rp13.400" in results[1]["text"] and "31 Desember 2026" in results[1]["text"]


# ---------------------------------------------------------------- intent detection


@pytest.mark.parametrize(("text", "topic", "wages", "cls", "focus"), [
    ("gaji 15 juta potongan jp saya berapa", "wage", [("15000000", 1)], None, "worker"),
    ("perusahaan bayar berapa untuk karyawan gaji 5 juta risiko sangat rendah", "wage",
     [("5000000", 1)], 1, "employer"),
    ("gaji 4 juta kelompok 3", "wage", [("4000000", 1)], 3, "both"),
    ("iuran jkk kelompok II gaji 3jt", "wage", [("3000000", 1)], 2, "both"),
    ("gaji 7 juta risiko tinggi", "wage", [("7000000", 1)], 4, "both"),
    ("10 karyawan gaji 4 juta", "staff", [("4000000", 10)], None, "both"),
    ("gaji karyawan 4jt, 5jt, 7,5jt, 12jt", "staff",
     [("4000000", 1), ("5000000", 1), ("7500000", 1), ("12000000", 1)], None, "both"),
    ("penghasilan 2 juta iuran bpu berapa", "bpu", [("2000000", 1)], None, "both"),
    ("kena phk gaji 8 juta dapat jkp berapa", "jkp", [("8000000", 1)], None, "both"),
    ("cacat total tetap gaji 5 juta", "disability", [("5000000", 1)], None, "both"),
    ("meninggal gaji 5 juta dapat berapa", "jkm", [("5000000", 1)], None, "both"),
])
def test_detect(text, topic, wages, cls, focus):
    req = detect(text)
    assert req is not None
    assert (req.topic, req.wages, req.jkk_class, req.focus) == (topic, wages, cls, focus)


@pytest.mark.parametrize("text", [
    "syarat klaim jht", "klaim jht 10 tahun", "saldo jht 15 juta bisa klaim di jmo?",
    "apa itu jkk", "jam buka kantor cabang", "jht saya cair berapa? gaji 10.000.000",
    "nik 3171234567890001 hp 081234567890 iuran",
])
def test_not_a_calculation(text):
    assert detect(text) is None


def test_transport_and_jht_choices_are_read():
    req = detect("saya ojol penghasilan 3 jt iuran bpu dengan jht")
    assert req is not None and req.transport is True and req.with_jht is True
    req = detect("pedagang penghasilan 3 jt iuran bpu tanpa jht")
    assert req is not None and req.transport is False and req.with_jht is False


async def test_hitung_with_arguments_computes_directly(engine):
    replies = await engine.handle(Event("u1", "console", command="hitung", args="gaji 6 juta"))
    assert "Rp180.000" in plain(replies)


async def test_kind_can_be_typed(engine):
    await say(engine, "penghasilan 3 juta iuran berapa")
    assert "Perkiraan iuran BPU" in plain(await say(engine, "saya ojol"))


async def test_class_typed_after_a_worker_result_completes_the_employer_part(engine):
    await say(engine, "gaji 5 juta potong berapa")
    text = plain(await say(engine, "risiko sangat rendah"))
    assert "dibayar perusahaan: Rp312.000" in text


async def test_forged_class_press_gets_a_message_not_an_error(engine):
    await say(engine, "gaji 5 juta iuran berapa")
    replies = await press(engine, "calc:k:12")
    assert "tidak aktif" in plain(replies) and replies[0].kind == "calculation"


async def test_old_jkp_rule_only_when_asked(engine):
    text = plain(await say(engine, "kena phk gaji 4 juta dapat jkp berapa, aturan lama gimana"))
    assert "Rp2.400.000 per bulan" in text  # 60% x 4.000.000
    # 45% x 4 jt x 3 + 25% x 4 jt x 3 = 5.400.000 + 3.000.000
    assert "45% untuk 3 bulan pertama" in text and "total Rp8.400.000" in text
