"""A calculator button press applied to the kept request (class, JHT, transport, kind, ...)."""

from __future__ import annotations

from bot.understand.request import BENEFITS, CalcRequest


def apply_press(req: CalcRequest, action: str, arg: str) -> bool:
    """Set what the pressed button chose; False for a press this request cannot take."""
    if action == "k" and arg in ("1", "2", "3", "4", "5"):
        req.jkk_class = int(arg)
    elif action == "j":
        req.with_jht = arg == "1"
    elif action == "t":
        req.transport = arg == "1"
    elif action == "p" and arg in ("pu", "bpu"):
        req.who = arg
    elif action == "y" and arg.isdigit() and 0 < int(arg) <= 60:
        req.months = int(arg) * 12
    elif action == "l" and arg.isdigit() and 0 < int(arg) <= 120:
        req.months_late = int(arg)
    elif action == "b" and arg in BENEFITS:
        req.kind, req.benefit = "benefit", arg
    else:
        return False
    return True
