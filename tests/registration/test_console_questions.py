"""Done means (issue 13): a registration through `python -m bot chat --json` where a question is
typed at each step and "ya" at each confirmation ends with the right data stored and every
question answered.

A script reads each prompt like a person would: the first time a step is asked it types a
question about BPJS Ketenagakerjaan instead of the answer (mostly without "?"), then the answer;
every confirmation (consent, "is this your name?", the summary) gets a plain "ya".
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

from bot.core.settings import PROJECT_ROOT

NIK = "3273011708900001"  # man born 17-08-1990
NIK_F = "3273015708900003"  # woman born 17-08-1990
ANSWERED = {"faq", "suggestions", "redirect"}
# step -> (question typed first, then the answer); None = a confirmation, answered "ya".
SCRIPT: dict[str, tuple[str, str | None]] = {
    "consent": ("syarat daftar bpu apa aja", None),
    "name": ("jht cair brp lama klo resign", "Kapan Sinaga"),  # a real (rare) name, asked back
    "ask_back": ("", None),
    "nik": ("daftar bpu bisa lewat jmo ga", NIK),
    "dob": ("usia berapa jaminan hari tua bisa cair penuh?", "17 Agustus 1990"),
    "phone": ("manfaat jkk apa aja", "0812-3456-7890"),
    "occupation": ("ojol dapat diskon iuran ga", "pedagang bakso"),
    "location": ("bayar iurannya dimana", "Kab. Bekasi, Jawa Barat"),  # the bot's own format
    "income": ("petani bisa ikut bpjs tk ga", "3 juta"),
    "programs": ("bedanya jkk jkm sama jht apa", "dengan jht"),
    "summary": ("dipecat perusahaan masa tunggu klaim jht berapa", None),
}
STEP_OF_LANGKAH = ["name", "nik", "dob", "phone", "occupation", "location", "income", "programs"]


def step_of(text: str) -> str:
    """Which prompt this is, read from its text as a person would."""
    if "itu nama Anda?" in text:
        return "ask_back"
    if "Maksud Anda yang mana?" in text:
        return "suggest"
    if "seperti yang Anda tulis" in text:
        return "free_place"
    if "UU 27/2022" in text:
        return "consent"
    if "Ringkasan pra-pendaftaran" in text:
        return "summary"
    if m := re.search(r"Langkah (\d) dari 8", text):
        return STEP_OF_LANGKAH[int(m[1]) - 1]
    raise AssertionError(f"unexpected prompt: {text}")


def register(tmp_path: Path, script: dict[str, tuple[str, str | None]], yes: str
             ) -> tuple[dict[str, list[dict]], int, list[tuple]]:
    """Run one chat process through the script; the questions' replies, yeses and rows."""
    db = tmp_path / "bot.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "chat", "--json", "--db", str(db), "--as-of",
         "2026-11-24", "--user", "kapan"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=PROJECT_ROOT, env=env)
    assert proc.stdin and proc.stdout
    asked: set[str] = set()
    answers: dict[str, list[dict]] = {}  # question -> the replies it got
    yes_typed = 0
    line = "mau daftar"
    for _ in range(40):
        proc.stdin.write(line + "\n")
        proc.stdin.flush()
        replies = json.loads(proc.stdout.readline())["replies"]
        if line in answers:
            answers[line] = replies
        last = replies[-1]
        if "Kode referensi" in last["text"]:
            break
        assert last["kind"] == "flow", last
        step = step_of(last["text"])
        question, value = script[step]
        if question and step not in asked:
            asked.add(step)
            line = question
            answers[line] = []
        elif value is None:
            line, yes_typed = yes, yes_typed + 1
        else:
            line = value
    else:
        raise AssertionError("the registration never finished")
    proc.stdin.close()
    assert proc.wait(timeout=30) == 0, proc.stderr.read() if proc.stderr else ""
    assert asked == {s for s, (q, _) in script.items() if q}
    for question, replies in answers.items():
        assert len(replies) >= 2, question
        assert replies[0]["kind"] in ANSWERED, (question, replies[0])
        assert replies[-1]["kind"] == "flow", question
        assert "Kembali ke pra-pendaftaran" in replies[-1]["text"], question
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT full_name, nik, birth_date, phone, occupation, transport, region_code, "
            "region_name, monthly_income, with_jht, monthly_estimate FROM registrations"
        ).fetchall()
        assert conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 0
    return answers, yes_typed, rows


def test_questions_at_every_step_and_ya_at_every_confirmation(tmp_path: Path):
    answers, yes_typed, rows = register(tmp_path, SCRIPT, "ya")
    assert len(answers) == 10 and yes_typed == 3  # consent, "is this your name?", summary
    # Trader, 24 Nov 2026, 3 juta with JHT: JKK 1% 30.000 + JKM 6.800 + JHT 2% 60.000 = 96.800;
    # 50% off JKK + JKM (PP 50/2025, until 31 Dec 2026) = 18.400 -> 78.400.
    assert rows == [("Kapan Sinaga", NIK, "1990-08-17", "+6281234567890", "Pedagang", 0,
                     "32.16", "Kab. Bekasi, Jawa Barat", 3000000, 1, 78400)]


def test_other_words_a_place_not_in_the_list_and_questions_at_the_place_prompts(tmp_path):
    script = {
        **SCRIPT,
        "name": ("kapan perlindungan mulai aktif setelah daftar", "nama saya Siti Aminah"),
        "nik": ("cek saldo jht gimana", NIK_F),
        "occupation": ("pekerja mandiri bisa ikut jht ga", "saya bekerja sebagai kurir paket"),
        "location": ("telat bayar iuran bpu gimana", "bandung"),
        "suggest": ("santunan kematian bpu berapa", "gak ada"),
        "free_place": ("", "Desa Sukamaju, perbatasan Bandung-Sumedang"),
        "programs": ("bedanya jkk jkm sama jht apa", "jkk jkm aja"),
    }
    answers, yes_typed, rows = register(tmp_path, script, "iya kak")
    assert len(answers) == 11 and yes_typed == 2  # consent, summary
    # Courier, 24 Nov 2026, 3 juta without JHT: JKK 30.000 + JKM 6.800 = 36.800; transport 50% off
    # -> 18.400. The place is stored as typed with an empty region code: the flag for staff.
    assert rows == [("Siti Aminah", NIK_F, "1990-08-17", "+6281234567890", "Ojol / kurir", 1,
                     "", "Desa Sukamaju, perbatasan Bandung-Sumedang", 3000000, 0, 18400)]
