"""BPU arrears: months unpaid by an informal worker are owed, never fined."""

from __future__ import annotations

from bot.understand.request import CalcRequest


def bpu_arrears(req: CalcRequest) -> None:
    """"bpu nunggak 3 bulan, penghasilan 2jt, bayar brp": BPU has no late fine (facts 1d), so
    a fine asked with the income is the contribution for the months owed (`arrears`)."""
    if req.kind != "fine" or req.who != "bpu" or not req.months_late or not req.wages:
        return
    req.kind, req.arrears = "contribution", True
    req.period_months, req.months_late = req.months_late, None
