"""The learning decisions as staff read them in `report stats`, `report misses` and /laporan."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from bot.core.engine import Ctx
from bot.core.replies import Reply
from bot.storage.database import Database
from bot.storage.learn_log import LearnDecision, LearnLog

ACTION_LABELS = {"added": "ditambahkan", "refused": "ditolak", "ignored": "diabaikan",
                 "new_entry": "perlu entri baru"}


def _when(decision: LearnDecision) -> str:
    return datetime.fromtimestamp(decision.decided_at).strftime("%Y-%m-%d %H:%M")


def learned_text(decisions: list[LearnDecision]) -> str:
    """Plain text for `report stats`: every change to the FAQ files made from traffic."""
    counts = Counter(d.action for d in decisions)
    lines = ["", "Belajar dari pertanyaan (faq learn, /belajar): " + (
        ", ".join(f"{ACTION_LABELS[a]} {counts[a]}" for a in ACTION_LABELS if counts[a])
        or "-")]
    for d in decisions:
        if d.action == "added":
            lines.append(f"  {_when(d)}  {d.actor}: “{d.phrasing}” -> {d.entry_id} ({d.detail})")
    return "\n".join(lines)


def new_entries_md(decisions: list[LearnDecision]) -> str:
    """A section for `report misses`: questions staff marked as needing a new entry."""
    wanted = [d for d in decisions if d.action == "new_entry"]
    if not wanted:
        return ""
    lines = ["", "## Perlu entri baru (ditandai staf lewat /belajar)", "",
             "| tanggal | pertanyaan | entri terdekat | oleh |", "|---|---|---|---|"]
    lines += [f"| {_when(d)} | {d.phrasing.replace('|', '/')} | {d.entry_id or '-'} | "
              f"{d.actor} |" for d in wanted]
    return "\n".join(lines) + "\n"


async def load_decisions(db: Database, since: date | None) -> list[LearnDecision]:
    """Decisions since a date (all when None)."""
    return await LearnLog(db).decisions(since)


async def new_entries_reply(ctx: Ctx, since: date) -> Reply | None:
    """For /laporan: the questions staff marked as needing a new entry, if any."""
    wanted = await LearnLog(ctx.engine.db).decisions(since, ("new_entry",))
    if not wanted:
        return None
    return ctx.reply("learn_new_entries.html.j2", decisions=wanted)
