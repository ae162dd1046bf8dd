"""A computed calculation: a phone-sized reply, and the full detail behind "Rincian".

Builders return an `Outcome` (pure: no session, no sending); the feature decides the buttons
and keeps the request for follow-ups and the "Rincian" press.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from bot.content.rates import RateValue
from bot.core.engine import Ctx
from bot.core.replies import Button, Reply

AGAIN = [Button("🔁 Hitung lagi", "calc:again")]
DETAIL = Button("📋 Rincian", "calc:d")
CLASS_BUTTONS = [
    [Button("I · sangat rendah", "calc:k:1"), Button("II · rendah", "calc:k:2")],
    [Button("III · sedang", "calc:k:3"), Button("IV · tinggi", "calc:k:4")],
    [Button("V · sangat tinggi", "calc:k:5")],
]  # labels: btn_ macros of templates/texts.html.j2 (English replies show the English ones)
SHORT_LIMIT = 600  # characters of plain text in the main reply (issue 13, item 15)


@dataclass
class Outcome:
    """What one calculation shows: short template, detail template, rates and context."""

    short: str
    detail: str | None
    used: list[RateValue]
    context: dict[str, Any] = field(default_factory=dict)
    waiting: str | None = None  # "class": the class buttons continue this result
    buttons: list[list[Button]] = field(default_factory=list)  # offered only when saved


def by_key(values: list[RateValue]) -> dict[str, RateValue]:
    return {v.key: v for v in values}


def render(ctx: Ctx, out: Outcome, on: date, template: str,
           buttons: list[list[Button]]) -> Reply:
    """Render one side of the outcome with the rates it used and the date it is for."""
    unique = list({(v.key, v.valid_from): v for v in out.used}.values())
    if ctx.lang == "en":  # the footer's legal basis in English (faq/language.yaml basis_en)
        english = ctx.content.basis_words.english
        unique = [replace(v, basis=english(v.basis)) for v in unique]
    context = dict(out.context)
    context.setdefault("rate", by_key(unique))
    reply = ctx.reply(template, kind="calculation", buttons=buttons, on=on, used=unique,
                      unconfirmed=[v for v in unique if not v.confirmed], **context)
    if template != out.detail and context.get("min_wage") is not None:
        # "gaji UMR Jakarta": which figure was used as the wage, and that the real one may differ
        reply.text = reply.text.rstrip() + "\n\n" + ctx.render("calc_min_wage.html.j2",
                                                             v=context["min_wage"],
                                                             req=context.get("req")).strip()
    if template != out.detail and any(v.stale for v in unique):
        # A figure past its known period (the JP cap after 1 March) is never shown as current,
        # so the short reply says so too; the detail's footer already does.
        reply.text = reply.text.rstrip() + "\n" + ctx.render("calc_stale.html.j2", used=unique)
    return reply
