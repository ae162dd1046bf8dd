"""`faq check`'s calculator sweep: every calculator answers at every boundary date.

The same engine the console and Telegram use answers a fixed set of calculation questions (one
per calculator and the cases that have broken before: a BPU discount that starts inside the
projection, a wage above the JP cap) at each date; an apology reply ("Maaf, terjadi gangguan")
or an exception is a problem naming the date and the question.
"""

from __future__ import annotations

import logging
from datetime import date

from bot.console.ask import ask
from bot.content.yamlsrc import Problem

CALC_QUESTIONS = (
    "gaji 6 juta potong berapa",
    "gaji 15 juta potong berapa",
    "perusahaan bayar berapa untuk karyawan gaji 5 juta risiko sangat rendah",
    "penghasilan 2 jt iuran bpu berapa",
    "pedagang penghasilan 3 juta iuran bpu berapa",
    "ojol penghasilan 4 juta iuran bpu berapa",
    "penghasilan 25 juta iuran bpu berapa",
    "10 karyawan gaji 4 juta",
    "kena phk gaji 8 juta dapat jkp berapa",
    "kena phk gaji 8 juta dapat jkp berapa aturan lama",
    "meninggal kecelakaan kerja gaji 5 juta santunan berapa",
    "cacat total kecelakaan kerja gaji 5 juta dapat berapa",
    "gaji 8 juta masa iur 20 tahun pensiun jp berapa",
    "santunan jkm kalau meninggal gaji 4 juta berapa",
    "gaji 5 juta 10 tahun saldo jht jadi berapa",
)
APOLOGY = "terjadi gangguan"


async def sweep_calculators(engine, dates: list[date],
                            questions: tuple[str, ...] = CALC_QUESTIONS) -> list[Problem]:
    """Ask every calculation question at every date; one problem per failing question, at the
    first date it fails (with how many dates in all)."""
    failures: dict[str, list[date]] = {}
    engine_logger = logging.getLogger("bot.core.engine")
    level = engine_logger.level
    engine_logger.setLevel(logging.CRITICAL)  # the problem list says it; no tracebacks
    try:
        for day in dates:
            engine.today = lambda day=day: day
            for question in questions:
                try:
                    replies = await ask(engine, question)
                    broken = not replies or any(APOLOGY in r.text for r in replies)
                except Exception:  # the engine never raises; be safe anyway
                    broken = True
                if broken:
                    failures.setdefault(question, []).append(day)
    finally:
        engine_logger.setLevel(level)
    return [Problem("templates", 1, "kalkulator",
                    f"pada {days[0].isoformat()}: '{q}' gagal dijawab (pesan gangguan); "
                    f"gagal di {len(days)} tanggal")
            for q, days in failures.items()]
