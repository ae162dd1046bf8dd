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
ANSWERED = {"faq", "suggestions", "redirect"}
# step -> (question typed first, then the answer); None = answered with "ya".
SCRIPT: dict[str, tuple[str, str | None]] = {
    "consent": ("bpu itu apa sih", None),
    "name": ("jht cair brp lama klo resign", "Kapan Sinaga"),  # a real (rare) name, asked back
    "nik": ("kenapa harus kasih nik?", NIK),
    "dob": ("usia berapa jaminan hari tua bisa cair penuh", "17 Agustus 1990"),
    "phone": ("jkk itu apa sih", "0812-3456-7890"),
    "occupation": ("eh kalau ojol iurannya dapet diskon ga sih", "pedagang bakso"),
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
    if "UU 27/2022" in text:
        return "consent"
    if "Ringkasan pra-pendaftaran" in text:
        return "summary"
    if m := re.search(r"Langkah (\d) dari 8", text):
        return STEP_OF_LANGKAH[int(m[1]) - 1]
    raise AssertionError(f"unexpected prompt: {text}")


def test_questions_at_every_step_and_ya_at_every_confirmation(tmp_path: Path):
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
        if step != "ask_back" and step not in asked:
            asked.add(step)
            line = SCRIPT[step][0]
            answers[line] = []
        elif step == "ask_back" or SCRIPT[step][1] is None:
            line, yes_typed = "ya", yes_typed + 1
        else:
            line = SCRIPT[step][1] or ""
    else:
        raise AssertionError("the registration never finished")
    proc.stdin.close()
    assert proc.wait(timeout=30) == 0, proc.stderr.read() if proc.stderr else ""

    # Every question was answered, then its step asked again.
    assert asked == set(SCRIPT) and len(answers) == len(SCRIPT) and yes_typed == 3
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
        drafts = conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
    assert drafts == 0
    # Trader, 24 Nov 2026, 3 juta with JHT: JKK 1% 30.000 + JKM 6.800 + JHT 2% 60.000 = 96.800;
    # 50% off JKK + JKM (PP 50/2025, until 31 Dec 2026) = 18.400 -> 78.400.
    assert rows == [("Kapan Sinaga", NIK, "1990-08-17", "+6281234567890", "Pedagang", 0,
                     "32.16", "Kab. Bekasi, Jawa Barat", 3000000, 1, 78400)]
