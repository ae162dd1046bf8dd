"""Staff reports in Telegram: /laporan (misses, CSV attached) and /statistik (usage numbers)."""

from __future__ import annotations

from datetime import date, timedelta

from bot.core.admin import admin_only
from bot.core.engine import Ctx, Feature, Handler
from bot.core.replies import Reply
from bot.storage.question_log import fetch_rows

DEFAULT_DAYS = 30
SUMMARY_GROUPS = 5


def parse_since(args: str, today: date) -> date | None:
    """'' -> last 30 days; '7' -> last 7 days; '2026-11-01' -> since that date; else None."""
    text = args.strip()
    if not text:
        return today - timedelta(days=DEFAULT_DAYS - 1)
    if text.isdigit() and 0 < int(text) <= 3650:
        return today - timedelta(days=int(text) - 1)
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


class StaffReports(Feature):
    name = "staff"

    def commands(self) -> dict[str, Handler]:
        return {"laporan": admin_only(self.misses), "statistik": admin_only(self.stats)}

    async def misses(self, ctx: Ctx) -> list[Reply]:
        """Unanswered and 👎 questions, grouped: a short summary plus the full CSV as a file."""
        # Imported on an admin's first report, not at start: no user needs them (~0.4 MB).
        from bot.staff.learn_report import new_entries_reply
        from bot.staff.reports import group_misses, misses_csv

        today = date.today()
        since = parse_since(ctx.event.args, today)
        if since is None:
            return [ctx.reply("report_usage.html.j2", command="laporan")]
        groups = group_misses(await fetch_rows(ctx.engine.db, since), ctx.content)
        reply = ctx.reply("report_misses.html.j2", since=since, groups=groups[:SUMMARY_GROUPS],
                          total_groups=len(groups), total=sum(g.count for g in groups))
        if groups:
            reply.document = (f"pertanyaan-belum-terjawab-{since.isoformat()}.csv",
                              misses_csv(groups).encode("utf-8-sig"))  # BOM: Excel reads UTF-8
        wanted = await new_entries_reply(ctx, since)  # marked "needs a new entry" in /belajar
        return [reply, wanted] if wanted else [reply]

    async def stats(self, ctx: Ctx) -> list[Reply]:
        from bot.staff.reports import compute_stats

        since = parse_since(ctx.event.args, date.today())
        if since is None:
            return [ctx.reply("report_usage.html.j2", command="statistik")]
        stats = compute_stats(await fetch_rows(ctx.engine.db, since))
        return [ctx.reply("report_stats.html.j2", since=since, stats=stats,
                          per_day=stats.per_day[-14:])]
