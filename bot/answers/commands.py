"""General commands: /start (with deep links), /help, /topik, /tentang, /batal."""

from __future__ import annotations

from bot import __version__
from bot.answers.feature import opened_entry_reply, topic_buttons, topic_menu
from bot.core.engine import Ctx, Feature, Handler
from bot.core.replies import Reply
from bot.understand.language import LANGUAGES


class GeneralCommands(Feature):
    name = "general"

    def commands(self) -> dict[str, Handler]:
        return {"start": self.start, "help": self.help, "bantuan": self.help,
                "topik": self.topics, "tentang": self.about,
                "batal": self.cancel, "cancel": self.cancel,
                "bahasa": self.language, "language": self.language}

    async def start(self, ctx: Ctx) -> list[Reply]:
        """Welcome, or follow a deep link: faq_<id>, daftar, hitung."""
        payload = ctx.event.args.strip()
        if payload.startswith("faq_"):
            entry = ctx.content.faq.entry(payload[4:])
            if entry is not None:
                return [await opened_entry_reply(ctx, entry, "tautan")]
        elif payload:
            # "/start start" is harmless: the nested /start has no payload, so it welcomes.
            replies = await ctx.engine.run_command(ctx, payload.lower())
            if replies is not None:
                return replies
        return [ctx.reply("start.html.j2", buttons=topic_buttons(ctx),
                          name=ctx.event.user_name)]

    async def help(self, ctx: Ctx) -> list[Reply]:
        return [ctx.reply("help.html.j2")]

    async def topics(self, ctx: Ctx) -> list[Reply]:
        return [topic_menu(ctx)]

    async def about(self, ctx: Ctx) -> list[Reply]:
        faq = ctx.content.faq
        return [ctx.reply("about.html.j2", version=__version__, entries=len(faq.entries),
                          topics=len(faq.topics), today=ctx.on, website=ctx.text_of("website"))]

    async def language(self, ctx: Ctx) -> list[Reply]:
        """/bahasa id|en: choose the reply language (stored); without an argument, show it."""
        choice = ctx.event.args.strip().lower()[:2]
        choice = {"in": "id", "ba": "id", "ig": "en", "ing": "en"}.get(choice, choice)
        if choice in LANGUAGES:
            await ctx.sessions.set_language(ctx.event.session_key, choice)
            ctx.lang = choice
        return [ctx.reply("language.html.j2", chosen=choice in LANGUAGES)]

    async def cancel(self, ctx: Ctx) -> list[Reply]:
        had = await ctx.sessions.clear(ctx.event.session_key)
        return [ctx.reply("cancelled.html.j2", had_session=had)]
