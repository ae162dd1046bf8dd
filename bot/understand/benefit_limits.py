"""Benefits the wage does not decide, or that the situation rules out."""

from __future__ import annotations

from bot.understand.cues import Cues
from bot.understand.request import CalcRequest


def flat_without_place(req: CalcRequest) -> None:
    """JKM is a flat sum (Rp42 juta): "jkm nya brp, gaji umr" needs no province asked; the
    minimum wage is dropped, so JKM without a wage stays with the FAQ (earlier decision)."""
    if req.kind == "benefit" and req.benefit == "death" and req.min_wage is not None \
            and req.min_wage.get("place") is None and not req.wages:
        req.min_wage = None
        if req.problem is not None and req.problem.key == "min_wage_where":
            req.problem = None


def ruled_out(req: CalcRequest, low: str, cues: Cues) -> bool:
    """JKP asked after a contract that ended on schedule ("habis kontrak ga diperpanjang"):
    no JKP (facts 4e), a question for the FAQ, not 60% of the wage; a layoff named beside it
    ("di phk sebelum kontrak habis") is still computed."""
    return req.kind == "benefit" and req.benefit == "job_loss" \
        and cues.has("not_calculation", "no_jkp", low) and not cues.has("kinds", "job_loss", low)
