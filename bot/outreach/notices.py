"""/langganan and /umumkan: notices to subscribers when a rule changes.

After every content reload (and at start-up) the periodic work compares the dated rupiah and
percent values with the ones it saw last (kept in the database, so a change made while the bot
was down is noticed too). A change becomes a DRAFT shown to the admins; only an admin's press
sends it. Sending goes out in batches per tick, each recipient claimed in the database before
the message is queued: a restart never sends anyone a notice twice.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import replace

from markupsafe import escape

from bot.content.rates import Rates
from bot.core.engine import Ctx, Engine, Feature, Handler, PressHandler
from bot.core.replies import Button, Event, Reply
from bot.storage.outreach import Notice, OutreachStore

log = logging.getLogger(__name__)

SNAPSHOT_KEY = "outreach.rates"
WATCHED_UNITS = ("rupiah", "percent")  # figures users pay or get; not texts or counts
# Per tick (every RELOAD_CHECK_SECONDS). PTB's rate limiter paces the actual sends within
# Telegram's ~30 messages/s, so a batch this size also leaves room for answering users.
BATCH = 300
STOP = Button("🛑 Berhenti langganan", "nt:stop")
# What may follow /langganan: words that stop the notices, words that start them (or nothing).
STOP_WORDS = ("stop", "berhenti", "off", "mati", "unsubscribe")
START_WORDS = ("start", "mulai", "on", "ya", "yes", "aktif", "subscribe")


def snapshot(rates: Rates) -> dict[str, list[list[str]]]:
    """Every watched value as (from, until, value), by key: what a change is measured on."""
    out: dict[str, list[list[str]]] = {}
    keys = rates.keys()  # a sorted list (Rates is not iterable)
    for key in keys:
        rate = rates.rate(key)
        if rate.unit in WATCHED_UNITS:
            out[key] = [[v.valid_from.isoformat(), str(v.valid_until or ""), str(v.value)]
                        for v in rate.values]
    return out


def changes(rates: Rates, before: dict[str, list[list[str]]], lang: str = "id",
            english: Callable[[str], str] = str) -> list[str]:
    """One line per value added or changed since `before` (HTML-safe), in `lang`; `english`
    puts a legal basis in English (faq/language.yaml basis_en)."""
    lines = []
    for key, values in snapshot(rates).items():
        old = {tuple(v) for v in before.get(key, [])}
        rate = rates.rate(key)
        for raw, value in zip(values, rate.values, strict=True):
            if tuple(raw) not in old and value.value is not None:
                basis = english(value.basis) if lang == "en" else value.basis
                lines.append(str(escape(f"{value.label_in(lang)}: {value.display(lang)} "
                                        f"({value.period_text(lang)}; {basis})")))
    return lines


def send_buttons(notice_id: int) -> list[list[Button]]:
    return [[Button("📣 Kirim ke pelanggan", f"nt:send:{notice_id}"),
             Button("🗑 Buang", f"nt:drop:{notice_id}")]]


class Notices(Feature):
    """Subscriptions, admin previews and batched sending of rule-change notices."""

    name = "notices"

    def commands(self) -> dict[str, Handler]:
        return {"langganan": self.subscribe, "umumkan": self.announce}

    def presses(self) -> dict[str, PressHandler]:
        return {"nt": self.press}

    @staticmethod
    def store(engine: Engine) -> OutreachStore:
        return OutreachStore(engine.db)

    async def subscribe(self, ctx: Ctx) -> list[Reply]:
        """/langganan: subscribe (opt-in); `/langganan stop` unsubscribes."""
        if ctx.event.chat_type != "private":
            return [ctx.reply("notice_info.html.j2", state="private")]
        arg = ctx.event.args.strip().lower()
        if arg in STOP_WORDS:
            return await self._set(ctx, False)
        if arg and arg not in START_WORDS:  # "/langganan xyz": neither, so nothing changes
            return [ctx.reply("notice_info.html.j2", state="usage")]
        return await self._set(ctx, True)

    async def _set(self, ctx: Ctx, on: bool) -> list[Reply]:
        await self.store(ctx.engine).set_notices(ctx.event.session_key, on)
        if on:
            return [ctx.reply("notice_info.html.j2", state="on", buttons=[[STOP]])]
        return [ctx.reply("notice_info.html.j2", state="off")]

    async def announce(self, ctx: Ctx) -> list[Reply]:
        """/umumkan [teks] (admins): write a notice, or preview the drafts waiting."""
        if not ctx.event.is_admin:
            return [ctx.reply("admin_refused.html.j2")]
        store = self.store(ctx.engine)
        text = ctx.event.args.strip()
        if text:
            # The admin's words as written; for English subscribers in the English frame.
            body = replace(ctx, lang="id").render("notice.html.j2", lines=[], text=text)
            body_en = replace(ctx, lang="en").render("notice.html.j2", lines=[], text=text)
            notice_id = await store.add_notice("admin", body, mask_author(ctx.event), body_en)
            notice = await store.notice(notice_id)
            assert notice is not None
            return [await self.preview(ctx.engine, notice, ctx.lang)]
        drafts = await store.notices_in("draft")
        if not drafts:
            return [ctx.reply("notice_info.html.j2", state="no_drafts")]
        return [await self.preview(ctx.engine, n, ctx.lang) for n in drafts]

    async def preview(self, engine: Engine, notice: Notice, lang: str = "id") -> Reply:
        count = await self.store(engine).subscribers()
        header = engine.store.current.renderer.text("nt_preview", lang, id=notice.id,
                                                    count=count)
        return Reply(header + "\n\n" + notice.body, send_buttons(notice.id))

    async def press(self, ctx: Ctx, rest: str) -> list[Reply]:
        action, _, arg = rest.partition(":")
        if action == "stop":
            return await self._set(ctx, False)
        if action == "on":
            return await self._set(ctx, True)
        if not ctx.event.is_admin:
            return [ctx.reply("admin_refused.html.j2")]
        if not arg.isdigit():
            return [Reply(ctx.text("button_expired"))]
        store = self.store(ctx.engine)
        if action == "send" and await store.set_status(int(arg), "sending", "draft"):
            return [Reply(ctx.text("nt_sending", id=arg))]
        if action == "drop" and await store.set_status(int(arg), "dropped", "draft"):
            return [Reply(ctx.text("nt_dropped", id=arg))]
        return [Reply(ctx.text("nt_done_before", id=arg))]

    # ---- periodic work ------------------------------------------------------------------
    async def tick(self, engine: Engine) -> None:
        # One instance per transport does this (always this one on SQLite).
        if not await engine.db.try_lead(f"notices:{','.join(sorted(engine.channels))}"):
            return
        await self.draft_on_change(engine)
        await self.send_batch(engine)

    async def draft_on_change(self, engine: Engine) -> None:
        """Compare the rates with the last ones seen; a change becomes a draft for admins."""
        store = self.store(engine)
        rates = engine.store.current.faq.rates
        now = snapshot(rates)
        seen = await store.get_meta(SNAPSHOT_KEY)
        if seen == json.dumps(now, sort_keys=True):
            return
        await store.set_meta(SNAPSHOT_KEY, json.dumps(now, sort_keys=True))
        if seen is None:
            return  # first run: nothing to compare with
        lines = changes(rates, json.loads(seen))
        if not lines:
            return  # a value removed or ended early: not news for users
        ctx = Ctx(Event("0", "system"), engine)
        body = ctx.render("notice.html.j2", lines=lines, text="")
        english = changes(rates, json.loads(seen), "en", engine.store.current.basis_words.english)
        body_en = replace(ctx, lang="en").render("notice.html.j2", lines=english, text="")
        notice = await store.notice(await store.add_notice("rates", body, body_en=body_en))
        assert notice is not None
        previews = {lang: await self.preview(engine, notice, lang) for lang in ("id", "en")}
        await engine.notify_admins_each(previews.__getitem__)
        log.info("rule change noticed: draft notice #%s for the admins", notice.id)

    async def send_batch(self, engine: Engine) -> None:
        """Queue the next batch of every notice being sent; report when one is done."""
        store = self.store(engine)
        for notice in await store.notices_in("sending"):
            recipients = await store.claim_recipients(notice.id, engine.channels, BATCH)
            for contact in recipients:
                lang = await engine.language_of(contact.user_key)
                stop = replace(STOP, label=engine.store.current.renderer.english_label(STOP.label)
                               ) if lang == "en" else STOP
                engine.outbox.append((contact.user_id, Reply(notice.body_in(lang), [[stop]])))
            if len(recipients) < BATCH and await store.set_status(notice.id, "sent",
                                                                   "sending"):
                done = await store.notice(notice.id)
                total = done.sent_count if done else len(recipients)
                await engine.notify_admins_each(lambda lang, n=notice.id, t=total: Reply(
                    engine.store.current.renderer.text("nt_sent", lang, id=n, total=t)))


def mask_author(event: Event) -> str:
    """Who wrote a notice, as a channel and masked id (never the full id)."""
    return f"{event.channel}:{event.user_id[-4:]}"
