"""The registration's prompts: each step (or consent, summary, resume) with its buttons."""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.core.engine import Ctx
from bot.core.replies import Button, Reply
from bot.registration.regions import get_region
from bot.registration.steps import (
    FIELD_LABELS,
    OCCUPATIONS,
    STEPS,
    estimate,
    field_view,
    notice,
    region_of,
)
from bot.registration.validators import age_on


def resume_prompt(ctx: Ctx) -> Reply:
    """Continue or start over, after a long pause."""
    return notice(ctx, "resume", buttons=[[Button("▶️ Lanjutkan", "reg:resume:go"),
                                           Button("🔄 Mulai dari awal", "reg:resume:new")]])


def prompt(ctx: Ctx, data: dict[str, Any], lead: str = "", error: str = "") -> Reply:
    """Ask the current step (or show consent/summary), with buttons for it."""
    step = data["step"]
    fields = data["fields"]
    buttons: list[list[Button]] = []
    pending = data.get("pending") or {}
    context: dict[str, Any] = {"step": step, "lead": lead, "error": error,
                               "view": field_view(fields), "editing": data.get("editing"),
                               "labels": FIELD_LABELS, "suggest": [], "estimate": None,
                               "age": None, "pension_age": None, "region": None,
                               "pending": pending.get("text", "")}
    if step == "consent":
        buttons = [[Button("✅ Saya setuju", "reg:consent:yes"),
                    Button("❌ Tidak setuju", "reg:consent:no")]]
        return ctx.reply("reg_consent.html.j2", kind="flow", buttons=buttons, lead=lead)
    if pending:
        buttons = [[Button("✅ Ya, benar", "reg:ask:yes"),
                    Button("❓ Bukan, itu pertanyaan", "reg:ask:no")]]
        return ctx.reply("reg_prompt.html.j2", kind="flow", buttons=buttons, **context)
    if step == "occupation":
        buttons = [[Button(o.label, f"reg:occ:{o.code}")] for o in OCCUPATIONS]
    elif step == "location" and data.get("suggest"):
        regions = [r for r in (get_region(c) for c in data["suggest"]) if r]
        context["suggest"] = regions
        buttons = [[Button(r.full_label[:60], f"reg:loc:{r.code}")] for r in regions]
        buttons.append([Button("Tidak ada di daftar", "reg:loc:other")])
    elif step == "programs":
        buttons = [[Button("JKK + JKM", "reg:prog:basic")],
                   [Button("JKK + JKM + JHT", "reg:prog:jht")]]
    elif step == "summary":
        context["estimate"] = estimate(ctx, fields)
        context["region"] = region_of(fields)
        context["age"] = age_on(date.fromisoformat(fields["dob"]), ctx.on)
        context["pension_age"] = int(ctx.content.faq.rates.get("jp_pension_age", ctx.on).amount)
        buttons = [[Button("✅ Benar, simpan", "reg:confirm")]]
        edits = [Button(f"✏️ {FIELD_LABELS[s]}", f"reg:edit:{s}") for s in STEPS]
        buttons += [edits[i:i + 2] for i in range(0, len(edits), 2)]
        buttons.append([Button("❌ Batalkan", "reg:cancel")])
        return ctx.reply("reg_summary.html.j2", kind="flow", buttons=buttons, **context)
    return ctx.reply("reg_prompt.html.j2", kind="flow", buttons=buttons, **context)
