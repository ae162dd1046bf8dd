"""The registration's prompts: each step (or consent, summary, resume) with its buttons."""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.core.engine import Ctx
from bot.core.replies import Button, Reply
from bot.registration.regions import get_region
from bot.registration.steps import (
    OCCUPATIONS,
    STEPS,
    estimate,
    field_labels,
    field_view,
    notice,
    region_of,
)
from bot.registration.validators import age_on


def resume_prompt(ctx: Ctx) -> Reply:
    """Continue or start over, after a long pause."""
    return notice(ctx, "resume", buttons=[[
        Button(ctx.say("▶️ Lanjutkan", "▶️ Continue"), "reg:resume:go"),
        Button(ctx.say("🔄 Mulai dari awal", "🔄 Start over"), "reg:resume:new")]])


def prompt(ctx: Ctx, data: dict[str, Any], lead: str = "", error: str = "") -> Reply:
    """Ask the current step (or show consent/summary), with buttons for it."""
    step = data["step"]
    fields = data["fields"]
    lead, _, corrected = lead.partition(":")  # "corrected:dob": that earlier answer was changed
    buttons: list[list[Button]] = []
    pending = data.get("pending") or {}
    context: dict[str, Any] = {"step": step, "lead": lead, "error": error,
                               "view": field_view(fields, ctx), "editing": data.get("editing"),
                               "labels": field_labels(ctx), "suggest": [], "estimate": None,
                               "age": None, "pension_age": None, "region": None,
                               "pending": pending.get("text", ""), "corrected": corrected,
                               "back_to": data.get("back_to")}
    if step == "consent":
        buttons = [[Button(ctx.say("✅ Saya setuju", "✅ I agree"), "reg:consent:yes"),
                    Button(ctx.say("❌ Tidak setuju", "❌ I do not agree"), "reg:consent:no")]]
        return ctx.reply("reg_consent.html.j2", kind="flow", buttons=buttons, lead=lead)
    if pending:
        buttons = [[Button(ctx.say("✅ Ya, benar", "✅ Yes, correct"), "reg:ask:yes"),
                    Button(ctx.say("❓ Bukan, itu pertanyaan", "❓ No, it is a question"),
                           "reg:ask:no")]]
        return ctx.reply("reg_prompt.html.j2", kind="flow", buttons=buttons, **context)
    if step == "occupation":
        buttons = [[Button(ctx.say(o.label, o.label_en or o.label), f"reg:occ:{o.code}")]
                   for o in OCCUPATIONS]
    elif step == "location" and data.get("suggest"):
        regions = [r for r in (get_region(c) for c in data["suggest"]) if r]
        context["suggest"] = regions
        buttons = [[Button(r.full_label[:60], f"reg:loc:{r.code}")] for r in regions]
        buttons.append([Button(ctx.say("Tidak ada di daftar", "Not in the list"),
                               "reg:loc:other")])
    elif step == "programs":
        buttons = [[Button("JKK + JKM", "reg:prog:basic")],
                   [Button("JKK + JKM + JHT", "reg:prog:jht")]]
    elif step == "summary":
        context["estimate"] = estimate(ctx, fields)
        context["region"] = region_of(fields)
        context["age"] = age_on(date.fromisoformat(fields["dob"]), ctx.on)
        context["pension_age"] = int(ctx.content.faq.rates.get("jp_pension_age", ctx.on).amount)
        buttons = [[Button(ctx.say("✅ Benar, simpan", "✅ Correct, save"), "reg:confirm")]]
        labels = field_labels(ctx)
        edits = [Button(f"✏️ {labels[s]}", f"reg:edit:{s}") for s in STEPS]
        buttons += [edits[i:i + 2] for i in range(0, len(edits), 2)]
        buttons.append([Button(ctx.say("❌ Batalkan", "❌ Cancel"), "reg:cancel")])
        return ctx.reply("reg_summary.html.j2", kind="flow", buttons=buttons, **context)
    return ctx.reply("reg_prompt.html.j2", kind="flow", buttons=buttons, **context)
