""""🔎 Topik lain": the next entries of a message's ranking, one tap behind a "did you mean"."""

from __future__ import annotations

from bot.core.engine import Ctx
from bot.core.replies import Button, Reply
from bot.understand import runner_offers
from bot.understand.next_entries import next_entries, shown_by


def all_topics_row(ctx: Ctx) -> list[list[Button]]:
    """The button back to the topic menu, under every list of entries to pick from."""
    return [[Button(ctx.say("📚 Lihat semua topik", "📚 All topics"), "menu")]]


def more_row(ctx: Ctx, log_id: int | None) -> list[list[Button]]:
    """The button under a "did you mean" or a fallback that offers an entry. It needs the
    logged question (masked) to rank again when pressed: none when nothing was logged."""
    if log_id is None or not ctx.qlog.keep_text:
        return []
    return [[Button(ctx.text("btn_more_topics"), f"more:{log_id}")]]


async def more_topics(ctx: Ctx, rest: str) -> list[Reply]:
    """The next entries of the logged question's ranking as "did you mean" buttons (a choice
    is recorded like one), or the topic menu when none scores enough. The logged text, not
    the typed one, is ranked again: nothing new is kept; what was offered is that text's
    reply as matched now (a follow-up read with the answer before may have offered others)."""
    asked = await ctx.qlog.asked(int(rest), ctx.event.session_key) if rest.isdigit() else None
    if asked is None:
        return [Reply(ctx.text("button_expired"), kind="info")]
    text, entry_id = asked
    content = ctx.content
    matcher = content.matcher_for("en" if content.language.mixed(text) else ctx.lang)
    result = matcher.match(text)
    shown = [*shown_by(result), *(c.entry_id for c in runner_offers.alternatives(matcher, result)),
             *([entry_id] if entry_id else [])]
    entries = [content.faq.entries[i] for i in next_entries(matcher, text, shown)
               if i in content.faq.entries]
    menu = all_topics_row(ctx)
    if not entries:
        return [ctx.reply("more_topics.html.j2", kind="info", found=False, buttons=menu)]
    reply = ctx.reply(
        "more_topics.html.j2", kind="suggestions", found=True,
        titles=[e.title_in(ctx.lang) for e in entries],
        buttons=[[Button(e.title_in(ctx.lang), f"pick:{rest}:{e.id}")] for e in entries] + menu)
    reply.suggestions = [(e.id, e.title_in(ctx.lang)) for e in entries]
    return [reply]


async def after_dislike(ctx: Ctx, log_id: int) -> list[Reply]:
    """After 👎 under an answer: the next entries of its question's ranking, as "🔎 Topik lain"
    shows them (the answer and what it offered left out); nothing when none scores enough or
    the question's text was not kept. 2026-12-02 (reach21): an answer has no "🔎 Topik lain";
    behind 👎, the right entry of 9 of real/tune's 46 wrong answers and 15 of the blind dev
    halves' 89 (two taps 548 -> 557 of 709, 1496 -> 1511 of 1551), in lists of about 4."""
    return [r for r in await more_topics(ctx, str(log_id)) if r.kind == "suggestions"]
