"""A BPU contribution paid and doubted ("bpu penghasilan 3jt, iuran sy 20.400 tiap bulan, udh
bener?"): the amount paid is set beside the one computed, and months typed with it ("3 bulan
terakhir") are how long it was paid, not months to pay ahead."""

from __future__ import annotations

from bot.understand.request import CalcRequest
from bot.understand.roles import Roles


def paid_doubt(req: CalcRequest, roles: Roles, kinds: set[str]) -> None:
    """Note the one contribution paid (`paid_seen`) when a BPU contribution is doubted."""
    if req.kind != "contribution" or req.who != "bpu" or req.arrears \
            or "payslip_doubt" not in kinds or len(roles.paid) != 1:
        return
    req.paid_seen, req.period_months = str(roles.paid[0]), None
