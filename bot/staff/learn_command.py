"""/belajar for admins: review candidate phrasings one at a time and add, redirect or ignore them.

Each decision is written exactly as `faq learn --apply` writes it (same validation, same log),
then the live content is reloaded so the next user already gets the better answer. The admin's
place in the review is kept in its own session row, so it never disturbs a conversation (e.g.
/daftar) the admin has open as an ordinary user.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import asdict
from datetime import date
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from bot.content.store import Content
from bot.core.admin import admin_only
from bot.core.engine import Ctx, Feature, Handler, PressHandler
from bot.core.privacy import mask_user
from bot.core.replies import Button, Reply
from bot.staff.commands import parse_since
from bot.staff.learn import LearnCandidate, find_candidates
from bot.storage.learn_log import LearnLog, registered_name_words
from bot.storage.question_log import fetch_rows
from bot.storage.sessions import Session

if TYPE_CHECKING:
    from bot.staff.learn_apply import Applied

log = logging.getLogger(__name__)

FLOW = "belajar"
PREFIX = "bl"
MIN_USERS = 2
MAX_SEARCH_RESULTS = 6
LABEL_CHARS = 64


def search_entries(content: Content, words: str) -> list[str]:
    """Entry ids for an admin's search words: the matcher's view first, then titles and ids."""
    found: list[str] = []
    result = content.matcher.match(words, limit=MAX_SEARCH_RESULTS)
    if result.outcome != "smalltalk":
        found += [c.entry_id for c in result.candidates]
    labels = {e.id: f"{e.id.replace('-', ' ')} {e.title}" for e in content.faq.entries.values()}
    for _label, _score, entry_id in process.extract(words, labels, scorer=fuzz.WRatio,
                                                    limit=MAX_SEARCH_RESULTS, score_cutoff=50):
        found.append(entry_id)
    return list(dict.fromkeys(found))[:MAX_SEARCH_RESULTS]


def _label(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


class LearnCommand(Feature):
    """Admin review of learned phrasings; claims text only while its admin searches entries."""

    name = "learn"

    def commands(self) -> dict[str, Handler]:
        return {"belajar": admin_only(self.start)}

    def presses(self) -> dict[str, PressHandler]:
        return {PREFIX: self.press}

    @staticmethod
    def _key(ctx: Ctx) -> str:
        return f"{FLOW}:{ctx.event.session_key}"

    async def start(self, ctx: Ctx) -> list[Reply]:
        """Show the strongest candidate (optionally since N days / a date)."""
        if ctx.event.chat_type != "private":
            return [ctx.reply("learn_info.html.j2", mode="private")]
        since = parse_since(ctx.event.args, date.today())
        if since is None:
            return [ctx.reply("report_usage.html.j2", command="belajar")]
        session = Session(self._key(ctx), FLOW, {"since": since.isoformat(), "skipped": []})
        return [await self._next(ctx, session)]

    async def _candidates(self, ctx: Ctx, session: Session, decided: str | None = None
                          ) -> list[LearnCandidate]:
        """The undecided candidates (`decided`: one about to be recorded). Reads only: slow
        (mining in a thread), so it runs before the update's first write, which on SQLite takes
        the database's write lock until the update commits (other chats would wait)."""
        since = date.fromisoformat(session.data["since"])
        rows = await fetch_rows(ctx.engine.db, since)
        settled = await LearnLog(ctx.engine.db).settled_keys() | set(session.data["skipped"])
        if decided is not None:
            settled.add(decided)
        names = await registered_name_words(ctx.engine.db)
        mining = await asyncio.to_thread(find_candidates, rows, ctx.content, settled, MIN_USERS,
                                         names)
        return mining.candidates

    async def _next(self, ctx: Ctx, session: Session,
                    candidates: list[LearnCandidate] | None = None) -> Reply:
        """The strongest undecided candidate, remembered in the admin's session."""
        if candidates is None:
            candidates = await self._candidates(ctx, session)
        if not candidates:
            await ctx.sessions.clear(session.key)
            return ctx.reply("learn_info.html.j2", mode="none",
                             since=date.fromisoformat(session.data["since"]))
        session.data.update(current=asdict(candidates[0]), total=len(candidates), search=False)
        await ctx.sessions.save(session)
        return self._show(ctx, session)

    def _show(self, ctx: Ctx, session: Session) -> Reply:
        c = LearnCandidate(**session.data["current"])
        tok = c.token
        buttons = [
            [Button(_label(f"➕ Tambah ke: {c.entry_title}"), f"{PREFIX}:a:{tok}:{c.entry_id}")],
            [Button("🔎 Entri lain", f"{PREFIX}:o:{tok}")],
            [Button("🚫 Bukan frasa (abaikan)", f"{PREFIX}:i:{tok}"),
             Button("🆕 Perlu entri baru", f"{PREFIX}:n:{tok}")],
            [Button("⏭ Lewati", f"{PREFIX}:s:{tok}")],
        ]
        return ctx.reply("learn_candidate.html.j2", buttons=buttons, c=c,
                         total=session.data.get("total", 1))

    async def press(self, ctx: Ctx, rest: str) -> list[Reply]:
        """Every /belajar button: a(dd), o(ther entry), i(gnore), n(ew entry), s(kip), c(urrent)."""
        if not ctx.event.is_admin:
            log.warning("refused /belajar button from non-admin %s", mask_user(ctx.event.user_id))
            return [ctx.reply("admin_refused.html.j2")]
        action, _, rest = rest.partition(":")
        tok, _, entry_id = rest.partition(":")
        session = await ctx.sessions.get(self._key(ctx))
        current = session.data.get("current") if session is not None else None
        if session is None or current is None or LearnCandidate(**current).token != tok:
            return [ctx.reply("learn_info.html.j2", mode="stale")]
        c = LearnCandidate(**current)
        if action == "a" and ctx.content.faq.entry(entry_id) is not None:
            return await self._add(ctx, session, c, entry_id)
        if action in ("i", "n"):
            decision = "ignored" if action == "i" else "new_entry"
            following = await self._candidates(ctx, session, decided=c.key)  # before writing
            await LearnLog(ctx.engine.db).record(self._actor(ctx), decision, c.key, c.phrasing,
                                                 c.entry_id)
            info = ctx.reply("learn_info.html.j2", mode=decision, phrasing=c.phrasing)
            return [info, await self._next(ctx, session, following)]
        if action == "s":
            session.data["skipped"].append(c.key)
            return [await self._next(ctx, session)]
        if action == "o":
            session.data["search"] = True
            await ctx.sessions.save(session)
            return [ctx.reply("learn_info.html.j2", mode="search", phrasing=c.phrasing,
                              buttons=[[Button("⬅️ Kembali", f"{PREFIX}:c:{tok}")]])]
        session.data["search"] = False
        await ctx.sessions.save(session)
        return [self._show(ctx, session)]

    async def on_text(self, ctx: Ctx) -> list[Reply] | None:
        """Search words typed after "🔎 Entri lain"; any other text is not ours."""
        if not ctx.event.is_admin or ctx.event.chat_type != "private":
            return None
        session = await ctx.sessions.get(self._key(ctx))
        if session is None or not session.data.get("search") or not session.data.get("current"):
            return None
        c = LearnCandidate(**session.data["current"])
        words = ctx.event.text.strip()
        found = search_entries(ctx.content, words)
        entries = ctx.content.faq.entries
        buttons = [[Button(_label(entries[e].title), f"{PREFIX}:a:{c.token}:{e}")] for e in found]
        buttons.append([Button("⬅️ Kembali", f"{PREFIX}:c:{c.token}")])
        session.data["search"] = False  # one search per press; "Entri lain" again to retry
        await ctx.sessions.save(session)
        return [ctx.reply("learn_info.html.j2", mode="results", words=words, found=bool(found),
                          phrasing=c.phrasing, buttons=buttons)]

    @staticmethod
    def _actor(ctx: Ctx) -> str:
        # Staff accountability needs the admin's own id; admins are staff, listed in ADMIN_IDS.
        return f"{ctx.event.channel}:{ctx.event.user_id}"

    async def _add(self, ctx: Ctx, session: Session, c: LearnCandidate,
                   entry_id: str) -> list[Reply]:
        # Imported at an admin's first decision, not at start: it loads the FAQ regression tests.
        from bot.staff import learn_apply

        settings, on = ctx.settings, ctx.on
        note = f"dipelajari {date.today().isoformat()} (/belajar)"

        def work() -> Applied:
            baseline = learn_apply.Baseline.load(settings.faq_dir, settings.templates_dir, on)
            return learn_apply.apply_phrasing(settings.faq_dir, settings.templates_dir, on,
                                              baseline, entry_id, c.phrasing, note)

        learn_log = LearnLog(ctx.engine.db)
        try:
            applied = await asyncio.to_thread(work)
        except learn_apply.Refused as exc:
            await learn_log.record(self._actor(ctx), "refused", c.key, c.phrasing, entry_id,
                                   str(exc))
            info = ctx.reply("learn_info.html.j2", mode="refused", phrasing=c.phrasing,
                             entry_id=entry_id, reason=str(exc))
            return [info, self._show(ctx, session)]
        # Live now, not at the next tick; then the next candidate on the new content. Both
        # slow, both before this update's first write (see `_candidates`).
        error = await asyncio.to_thread(ctx.engine.store.reload)
        if error is not None:
            log.warning("reload after /belajar refused: %s", error)
        following = await self._candidates(ctx, session, decided=c.key)
        await learn_log.record(self._actor(ctx), "added", c.key, c.phrasing, entry_id,
                               applied.detail())
        info = ctx.reply("learn_info.html.j2", mode="added", phrasing=c.phrasing,
                         entry_id=entry_id, file=applied.file, line=applied.line,
                         pass_before=applied.pass_before, pass_after=applied.pass_after,
                         answered=applied.answered_now)
        return [info, await self._next(ctx, session, following)]
