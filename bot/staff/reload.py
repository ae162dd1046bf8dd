"""Live content reload: notice edited FAQ files, swap them in only if they validate, tell admins.

A broken edit never takes the bot down: the store keeps serving the last good content, and the
admins get the problems as `file:line: entry: message` so staff can fix the exact line.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

from bot.content.yamlsrc import ContentError
from bot.core.admin import admin_only
from bot.core.engine import Ctx, Engine, Feature, Handler
from bot.core.replies import Reply

log = logging.getLogger(__name__)

MAX_PROBLEMS_SHOWN = 10
MAX_PROBLEM_CHARS = 300
NOTICE_JOB = "content-reload-notice"
START_FAILED = "start_check_failed.html.j2"


def problem_lines(error: ContentError) -> tuple[list[str], int]:
    """The errors to show (each shortened) and how many more were left out."""
    errors = [p for p in error.problems if p.severity == "error"] or error.problems
    shown = []
    for problem in errors[:MAX_PROBLEMS_SHOWN]:
        text = str(problem)
        shown.append(text if len(text) <= MAX_PROBLEM_CHARS
                     else text[: MAX_PROBLEM_CHARS - 1] + "…")
    return shown, max(len(errors) - MAX_PROBLEMS_SHOWN, 0)


def failure_reply(engine: Engine, error: ContentError, lang: str = "id",
                  template: str = "reload_failed.html.j2") -> Reply:
    """The problems for the admins; `lang`: the admin who asked (broadcasts: Indonesian)."""
    shown, more = problem_lines(error)
    renderer = engine.store.current.renderer  # the last good templates
    text = renderer.render(template, lang, problems=shown, more=more)
    return Reply(text, kind="info")


def success_reply(engine: Engine, lang: str = "id") -> Reply:
    faq = engine.store.current.faq
    text = engine.store.current.renderer.render(
        "reload_done.html.j2", lang, entries=len(faq.entries), topics=len(faq.topics))
    return Reply(text, kind="info")


async def _tell_admins_once(engine: Engine, reply: Callable[[str], Reply]) -> None:
    """A content notice for the admins. Every instance reloads its own content; the admins
    hear about it once, from the instance that leads this job (SQLite: the one process)."""
    if await engine.db.try_lead(NOTICE_JOB):
        await engine.notify_admins_each(reply)


class ContentReloader(Feature):
    """Checks the content files every RELOAD_CHECK_SECONDS (a stat per file); /reload forces it.
    With several instances each reloads, and only the leader of NOTICE_JOB tells the admins."""

    name = "reloader"

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self._clock = clock
        self._last_check: float | None = None
        self._lock = asyncio.Lock()  # a /reload during a timed reload waits, never interleaves

    def commands(self) -> dict[str, Handler]:
        return {"reload": admin_only(self.reload_command)}

    async def tick(self, engine: Engine) -> None:
        if engine.store.unverified:  # a fast start left checks for once the bot is up
            await self._verify(engine)
        now = self._clock()
        interval = engine.settings.reload_check_seconds
        if self._last_check is not None and now - self._last_check < interval:
            return
        self._last_check = now
        if engine.store.changed():
            error = await self._reload(engine)
            await _tell_admins_once(engine, lambda lang: success_reply(engine, lang)
                                    if error is None else failure_reply(engine, error, lang))

    async def _verify(self, engine: Engine) -> None:
        """Render every answer and template off the event loop; a problem (the content was
        edited while the bot was down, and broken) goes to the admins' error digest and the
        log, the answer concerned gets the error reply until the content is fixed."""
        async with self._lock:
            error = await asyncio.to_thread(engine.store.verify)
        if error is None:
            return
        engine.report_error("ContentError")
        # The admins get the problems with file and line, as for a failed reload. The notice's
        # own template may be the broken one: the digest remains.
        try:
            await _tell_admins_once(
                engine, lambda lang: failure_reply(engine, error, lang, START_FAILED))
        except Exception:
            log.exception("could not tell the admins about the start check")

    async def _reload(self, engine: Engine) -> ContentError | None:
        """Build the new index off the event loop so users keep getting answers meanwhile."""
        async with self._lock:
            return await asyncio.to_thread(engine.store.reload)

    async def reload_command(self, ctx: Ctx) -> list[Reply]:
        """Reload now, whether or not the files look changed; answer the admin who asked."""
        engine = ctx.engine
        error = await self._reload(engine)
        self._last_check = self._clock()
        if error is not None:
            reply = failure_reply(engine, error, ctx.lang)
            others = failure_reply(engine, error)
            for admin_id in sorted(engine.settings.admin_ids):
                if str(admin_id) != ctx.event.user_id:
                    engine.outbox.append((str(admin_id), others))
            return [reply]
        return [success_reply(engine, ctx.lang)]
