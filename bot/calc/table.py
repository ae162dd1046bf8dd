"""Which builder answers which topic, and the /hitung menu's starting requests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from bot.calc import benefit_results as benefits
from bot.calc import check_results as checks
from bot.calc import results as contributions
from bot.calc.outcome import Outcome
from bot.core.engine import Ctx
from bot.understand.request import CalcRequest

Builder = Callable[[Ctx, CalcRequest, date], Outcome]
BUILDERS: dict[str, Builder] = {
    "wage": contributions.wage, "staff": contributions.staff, "bpu": contributions.bpu,
    "jakon": contributions.jakon,
    "jkm": benefits.jkm, "jkk_death": benefits.jkk_death, "disability": benefits.disability,
    "stmb": benefits.stmb, "jkp": benefits.jkp, "jht": benefits.jht, "jp": benefits.jp,
    "jht_partial": benefits.jht_partial,
    "fine": checks.fine, "payslip": checks.payslip, "other_scheme": checks.other_scheme,
}
MENU = [
    ("wage", "👷 Iuran karyawan (dari gaji)"),
    ("bpu", "🛵 Iuran pekerja mandiri (BPU)"),
    ("staff", "🏢 Iuran semua karyawan"),
    ("jkp", "📉 JKP (kena PHK)"),
    ("jkk_death", "🕊️ Meninggal karena kecelakaan kerja"),
    ("disability", "🦽 Cacat total tetap (JKK)"),
    ("jkm", "🕊️ Meninggal bukan karena kerja (JKM)"),
    ("jht", "💰 Proyeksi saldo JHT"),
    ("jp", "👴 Perkiraan pensiun bulanan (JP)"),
]
_MENU_REQUESTS = {
    "bpu": {"who": "bpu"}, "staff": {"staff_ask": True},
    "jkp": {"kind": "benefit", "benefit": "job_loss"},
    "jkk_death": {"kind": "benefit", "benefit": "accident_death"},
    "disability": {"kind": "benefit", "benefit": "disability"},
    "jkm": {"kind": "benefit", "benefit": "death"},
    "jht": {"kind": "projection"}, "jp": {"kind": "benefit", "benefit": "pension"},
}


def from_menu(topic: str) -> CalcRequest:
    """The empty request a /hitung menu button starts (unknown topics: one wage earner)."""
    return CalcRequest(**_MENU_REQUESTS.get(topic, {}))
