"""Numbers typed right after a question the FAQ answered: "jkp brp kalau kena phk" (the FAQ's
JKP entry), then "gaji terakhir 6,2jt": the wage of the JKP asked, read with the question
before it, not a contribution of its own; "iuran perusahaan utk karyawan sy brp" (the FAQ),
then "4 org, gajinya 3,5jt semua": the employer's part. Only when the question before held no
amount and was not answered by a calculation, and the numbers name no kind or program."""

from __future__ import annotations

from bot.core.engine import Ctx
from bot.understand.amount_forms import prepare
from bot.understand.amounts import find_amounts
from bot.understand.reader import read
from bot.understand.request import CalcRequest

JOIN_SECONDS = 600  # the question before was asked in the last ten minutes


async def after_question(ctx: Ctx, text: str, fresh: CalcRequest | None) -> CalcRequest | None:
    """The message read with the question before it when that question gave its kind (see the
    module docstring); else `fresh`, the message read alone."""
    if (fresh is not None and fresh.kind != "contribution") or not find_amounts(text):
        return fresh  # most messages: no rewrite of the text (prepare) for them
    cues, low = ctx.content.cues, prepare(text)
    if cues.found("kinds", low) or cues.found("programs", low):
        return fresh
    key = ctx.event.session_key
    if await ctx.qlog.last_outcome(key, JOIN_SECONDS) in (None, "calculation"):
        return fresh
    last = await ctx.qlog.last_question(key, JOIN_SECONDS)
    if last is None or find_amounts(last[1]):
        return fresh
    joined = read(f"{last[1].rstrip(' ?.!')}, {text}", cues, ctx.on, ctx.lang)
    if joined is None or joined.kind == "not_calc" or joined.problem:
        return fresh
    return joined
