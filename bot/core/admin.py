"""Admin-only commands: refuse everyone not in ADMIN_IDS politely, and log the attempt."""

from __future__ import annotations

import functools
import logging

from bot.core.engine import Ctx, Handler
from bot.core.privacy import mask_user
from bot.core.replies import Reply

log = logging.getLogger(__name__)


def admin_only(handler: Handler) -> Handler:
    """Wrap a command handler so only admins (Event.is_admin, set by the transport) reach it."""

    @functools.wraps(handler)
    async def guarded(ctx: Ctx) -> list[Reply]:
        event = ctx.event
        if not event.is_admin:
            # The masked id is enough to notice a pattern; never the full id or the message.
            log.warning("refused admin command /%s from non-admin %s on %s",
                        event.command, mask_user(event.user_id), event.channel)
            return [ctx.reply("admin_refused.html.j2")]
        log.info("admin command /%s by %s", event.command, mask_user(event.user_id))
        return await handler(ctx)

    return guarded
