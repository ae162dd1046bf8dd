"""A number typed alone with nothing asked ("5jt", "12", "0"): what the bot can do with it.

Such a message read as a question got FAQ suggestions about something else. A monthly amount
("5jt", "Rp 5.000.000") is asked back as a wage or an income whose contributions can be
worked out (the calculator's employee / self-employed buttons, the amount kept); any other
number ("12", "0", "2026") gets the calculator's menu and an example of a whole question.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.calc.table import MENU
from bot.core.replies import Button, Reply
from bot.understand.amount_forms import prepare
from bot.understand.amounts import find_amounts
from bot.understand.reader import read

if TYPE_CHECKING:
    from bot.calc.feature import Calculator
    from bot.core.engine import Ctx

_REST = re.compile(r"[\s?!.,:;=~*\-]*(rp\.?)?[\s?!.,:;=~*\-]*")  # what may surround it


def alone(text: str, lang: str) -> str | None:
    """The number when the message is one number and nothing else (punctuation aside)."""
    typed = prepare(text.strip(), lang)
    found = find_amounts(typed)
    if len(found) != 1 or found[0].kind != "money":
        return None  # "12 bulan", "3 tahun" alone say what they count: a question's words
    number = found[0]
    rest = typed[:number.start] + " " + typed[number.end:]
    return number.text.strip() if _REST.fullmatch(rest.lower()) else None


async def number_reply(ctx: Ctx, calc: Calculator, text: str) -> list[Reply] | None:
    """The wage question for an amount typed alone, the menu for another number; else None.
    A follow-up opener before it ("kalau 5jt?", "what about 5m") with no result to follow
    up leaves it alone too."""
    cues = ctx.content.cues
    number = alone(text, ctx.lang) or (alone(cues.after_followup(text.lower()), ctx.lang)
                                       if cues.starts_followup(text.lower()) else None)
    if number is None:
        return None
    req = read(f"penghasilan {number}", cues, ctx.on, ctx.lang)
    if req is not None and not req.problem and req.missing() == "kind" and req.wages:
        asked = await calc.answer(ctx, req)
        if len(asked) == 1 and asked[0].buttons:  # "karyawan or self-employed?", kept
            lead = ctx.text("number_alone_wage", amount=int(req.wages[0][0]))
            asked[0].text = f"{lead}\n\n{asked[0].text}\n\n{ctx.text('number_alone_not_wage')}"
            return asked
    buttons = [[Button(label, f"calc:m:{topic}")] for topic, label in MENU]
    return [Reply(ctx.text("number_alone_other", number=number), buttons, kind="calculation")]
