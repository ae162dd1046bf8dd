"""Done means: `python -m bot chat --json` driven by a script that reads each prompt.

The script decides every answer from the prompt it just read (text and buttons), stops the
process halfway, starts a new one on the same database, and finishes; the pre-registration with
its reference code must then be in the database, and the export CLI must write it masked.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from bot.core.settings import PROJECT_ROOT

NIK = "3273011708900001"  # man born 17-08-1990, Kota Bandung


def respond(reply: dict) -> str:
    """What a person would type after reading this prompt."""
    text = reply["text"]
    buttons = [b["data"] for row in reply["buttons"] for b in row]
    if "reg:consent:yes" in buttons:
        return json.dumps({"press": "reg:consent:yes"})
    if "reg:confirm" in buttons:
        return json.dumps({"press": "reg:confirm"})
    if "reg:prog:jht" in buttons:
        return json.dumps({"press": "reg:prog:jht"})
    if "reg:occ:ojol" in buttons:
        return "1"  # numbered option: the first button (Ojol / kurir)
    if "Maksud Anda yang mana" in text:
        return json.dumps({"press": next(b for b in buttons if b == "reg:loc:32.73")})
    answers = {"nama lengkap": "Budi Santoso", "NIK": NIK, "tanggal lahir": "17/8/1990",
               "nomor HP": "+62 812-3456-7890", "kabupaten/kota": "bandung",
               "penghasilan": "Rp 3.000.000"}
    for cue, value in answers.items():
        if cue in text:
            return value
    raise AssertionError(f"unexpected prompt: {text}")


def run_chat(db: Path, first: str, turns: int | None) -> tuple[list[dict], str]:
    """Talk to one chat process: send `first`, then answer each prompt for `turns` turns."""
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "LOG_LEVEL": "DEBUG"}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "chat", "--json", "--db", str(db), "--as-of",
         "2026-11-24", "--user", "budi"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=PROJECT_ROOT, env=env)
    assert proc.stdin and proc.stdout
    seen: list[dict] = []
    line = first
    done = 0
    while True:
        proc.stdin.write(line + "\n")
        proc.stdin.flush()
        replies = json.loads(proc.stdout.readline())["replies"]
        seen.extend(replies)
        done += 1
        last = replies[-1]
        if "Kode referensi" in last["text"] or (turns is not None and done >= turns):
            break
        line = respond(last)
    proc.stdin.close()
    stderr = proc.stderr.read() if proc.stderr else ""
    assert proc.wait(timeout=30) == 0, stderr
    return seen, stderr


def test_console_script_registers_across_a_restart(tmp_path):
    db = tmp_path / "bot.sqlite3"
    first, err1 = run_chat(db, "saya ingin mendaftar", turns=5)  # up to the birth date
    assert all(r["kind"] == "flow" for r in first)
    assert "nomor HP" in first[-1]["text"]
    # A new process on the same database: the next answer continues where it stopped.
    second, err2 = run_chat(db, "0812-3456-7890", turns=None)
    assert "Langkah 5 dari 8" in second[0]["text"]
    done = second[-1]["text"]
    assert "Kode referensi" in done and "belum menjadi peserta" in done

    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT ref_code, nik, full_name, phone, region_code, transport, "
                            "with_jht, monthly_estimate FROM registrations").fetchall()
        drafts = conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
    assert len(rows) == 1 and drafts == 0
    ref_code, nik, name, phone, region, transport, with_jht, estimate = rows[0]
    assert ref_code in done
    assert (nik, name, phone, region, transport, with_jht) == \
        (NIK, "Budi Santoso", "+6281234567890", "32.73", 1, 1)
    # Ojol, 24 Nov 2026: JKK 30.000 + JKM 6.800 + JHT 60.000 = 96.800; transport discount 50% of
    # 36.800 = 18.400 -> 78.400.
    assert estimate == 78400

    # Even with LOG_LEVEL=DEBUG, nothing personal reached the logs of either process.
    for secret in (NIK, "81234567890", "3456-7890", "1990", "Budi", "Santoso"):
        assert secret not in err1 + err2, secret

    out = tmp_path / "regs.csv"
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "export", "registrations", "--db", str(db), "--out",
         str(out)], capture_output=True, text=True, cwd=PROJECT_ROOT, env=env, check=True)
    assert "1 pre-registration(s)" in result.stderr
    (row,) = csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines())
    assert row["ref_code"] == ref_code and row["nik"] == "************0001"
    assert NIK not in out.read_text(encoding="utf-8-sig")
    subprocess.run([sys.executable, "-m", "bot", "export", "registrations", "--db", str(db),
                    "--out", str(out), "--full"], cwd=PROJECT_ROOT, env=env, check=True,
                   capture_output=True)
    (row,) = csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines())
    assert row["nik"] == NIK and row["phone"] == "'+6281234567890"  # shown as text
