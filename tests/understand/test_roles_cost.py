"""The cost of reading roles does not grow with the square of a message's length: the program
names between amounts ("potongan jht 80rb jp 40rb") are found once per message."""

from __future__ import annotations

from datetime import date

from bot.understand.cues import Cues
from bot.understand.reader import read
from tests.reader_cues import CUES


def _program_searches(monkeypatch, text: str) -> int:
    calls = 0
    spans = Cues.spans

    def counting(self, group, key, low):
        nonlocal calls
        calls += group == "programs"
        return spans(self, group, key, low)

    monkeypatch.setattr(Cues, "spans", counting)
    read(text, CUES, date(2026, 11, 24))
    monkeypatch.setattr(Cues, "spans", spans)
    return calls


def test_program_names_between_deductions_are_found_once(monkeypatch):
    short = _program_searches(monkeypatch, "slip gaji 4jt potongan jht 80rb jp 40rb brp")
    long = _program_searches(monkeypatch, "slip gaji 4jt berapa potongan "
                             + "jht 80rb jp 40rb " * 40)
    assert long <= short + len(CUES.keys("programs"))


def test_deductions_named_by_program_still_add_up():
    req = read("slip gaji: gaji 4jt, potongan jht 80rb jp 40rb, sudah benar?", CUES,
               date(2026, 11, 24))
    assert req is not None and req.deduction == "120000"
