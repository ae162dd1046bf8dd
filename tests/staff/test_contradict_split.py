"""bench/contradict_split.py: an answer whose entry contradicts the program or audience the
message names, told by content metadata."""

from __future__ import annotations

from bench.contradict_split import clashes, signals
from bot.content.store import build_content
from tests.conftest import AS_OF, FAQ_DIR, TEMPLATES_DIR

CONTENT = build_content(FAQ_DIR, TEMPLATES_DIR, AS_OF)
CLASH = clashes(CONTENT)


def _row(text: str, top: list | None = None) -> dict:
    return {"q": text, "group": "real-tune", "top": top or [["jht-cek-saldo", 70.0]]}


def test_a_named_program_the_entry_is_not_about_contradicts() -> None:
    row = _row("berapa lama proses klaim jkk kalau tangan saya patah di pabrik?")
    assert CLASH["program"](row, "jht-lama-cair")
    assert not CLASH["program"](row, "jkk-cara-klaim")
    assert not CLASH["program"](_row("lama proses klaim berapa hari?"), "jht-lama-cair")


def test_an_audience_the_message_names_and_the_entry_lacks_contradicts() -> None:
    row = _row("saya ojol ikut bpu, istri meninggal, santunan jkm dapat berapa?")
    assert CLASH["message audience"](row, "jkm-manfaat")
    assert not CLASH["message audience"](row, "jkm-bpu")
    assert CLASH["entry audience"](_row("pabrik phk saya, jkp dapat berapa?"), "jkp-bpu")


def test_a_fitting_runner_up_is_one_that_does_not_contradict() -> None:
    fires = signals(CONTENT)["program, fitting runner-up within 10"]
    text = "berapa lama proses klaim jkk kalau tangan saya patah di pabrik?"
    assert fires(_row(text, [["jht-lama-cair", 80.0], ["jkk-cara-klaim", 72.0]]))
    assert not fires(_row(text, [["jht-lama-cair", 80.0], ["jkk-cara-klaim", 60.0]]))
    assert signals(CONTENT)["asks nothing"](_row("gaji saya dipotong tiap bulan buat iuran"))
