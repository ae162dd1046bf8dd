"""F7: CSV exports open as data in spreadsheets (no formula injection); files are private."""

from __future__ import annotations

import csv
import os
import stat
import subprocess
import sys
import time
from datetime import date

from bot.core.csvout import FORMULA_START, safe_cell
from bot.core.settings import PROJECT_ROOT
from bot.staff.reports import group_misses, misses_csv
from bot.storage.question_log import fetch_rows
from bot.storage.registrations import Registration, RegistrationStore

HOSTILE = '-HYPERLINK("http://evil.example/x","klik")'


def _registration(owner: str, nik: str, name: str, occupation: str) -> Registration:
    return Registration(owner_key=owner, nik=nik, full_name=name, birth_date=date(1990, 8, 17),
                        phone="+6281234567890", occupation=occupation, transport=False,
                        region_code="32.73", region_name="Kota Bandung", monthly_income=2500000,
                        with_jht=True, monthly_estimate=None, consent_at=time.time())


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(text.lstrip("\ufeff").splitlines()) for cell in row]


def test_safe_cell_prefixes_every_formula_start():
    for start in FORMULA_START:
        assert safe_cell(f"{start}1+1") == f"'{start}1+1"
    assert safe_cell("Pedagang") == "Pedagang" and safe_cell(-5) == -5


async def test_registration_export_has_no_formula_cells(engine):
    store = RegistrationStore(engine.db)
    await store.add(_registration("console:a", "3273015708900003", "=cmd|' /C calc'!A0", HOSTILE))
    await store.add(_registration("console:b", "3273011708900001", "@SUM(A1)", "\tTab"))
    for full in (False, True):
        cells = _cells((await store.export_csv(full=full)).decode("utf-8"))
        assert not [c for c in cells if c.startswith(FORMULA_START)], full
        assert "'+62*******7890" in cells or "'+6281234567890" in cells
        assert "'" + HOSTILE in cells


async def test_misses_csv_has_no_formula_cells(engine):
    for question in ("=1+1 kenapa", "+62 berapa", "@admin tolong"):
        await engine.qlog.record("console:x", "console", question, "fallback", None, None)
    groups = group_misses(await fetch_rows(engine.db), engine.store.current)
    cells = _cells(misses_csv(groups))
    assert not [c for c in cells if c.startswith(FORMULA_START)]


async def test_cli_export_file_is_readable_by_its_owner_only(engine, settings, tmp_path):
    await RegistrationStore(engine.db).add(
        _registration("console:a", "3273015708900003", "Siti", "Pedagang"))
    out = tmp_path / "regs.csv"
    out.write_text("old")
    out.chmod(0o644)  # an existing, world-readable file is tightened too
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "DATABASE_URL": settings.database_url}
    where = [] if settings.database_url else ["--db", str(settings.bot_db_path)]
    subprocess.run([sys.executable, "-m", "bot", "export", "registrations", *where,
                    "--out", str(out)], cwd=PROJECT_ROOT, env=env,
                   check=True, capture_output=True)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = out.read_text(encoding="utf-8-sig")
    assert "S***" in text and "Siti" not in text  # the name masked as NIK and phone are
