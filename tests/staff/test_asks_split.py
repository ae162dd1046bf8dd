"""bench/asks_split.py: which answered messages ask nothing, and how much of the asking clause
the answered entry uses."""

from __future__ import annotations

from bench.asks_split import _asking_share, signals
from bot.content.store import build_content
from tests.conftest import AS_OF, FAQ_DIR, TEMPLATES_DIR

CONTENT = build_content(FAQ_DIR, TEMPLATES_DIR, AS_OF)


def _row(text: str, entry: str = "jht-cek-saldo") -> dict:
    return {"q": text, "group": "real-tune", "entry": entry, "right": True,
            "features": {"gap": 0.05, "score": 0.7}}


def test_a_statement_asks_nothing_and_a_question_does() -> None:
    no_ask = signals(CONTENT)["no asking clause"]
    assert no_ask(_row("gaji saya tiap bulan dipotong buat iuran terus menerus"))
    assert not no_ask(_row("gaji saya tiap bulan dipotong buat iuran, itu berapa persen?"))
    assert not no_ask(_row("saldo jht saya bisa dicek lewat jmo ga"))  # a tag asks
    assert not no_ask(_row("cek saldo jht"))  # a short keyword query is not a statement


def test_the_asking_share_reads_only_the_asking_clause() -> None:
    text = ("Saya sudah kerja lima tahun di pabrik dan sekarang resign. "
            "Bagaimana cara cek saldo jht saya?")
    assert _asking_share(CONTENT, _row(text)) == 1.0
    assert _asking_share(CONTENT, _row(text, "jkm-manfaat")) < 0.5
    assert _asking_share(CONTENT, _row("Bagaimana cara cek saldo jht?")) is None  # one clause
