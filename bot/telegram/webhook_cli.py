"""`python -m bot webhook set|delete|info`: pointing Telegram at the instances (a deploy step)."""

from __future__ import annotations

import asyncio
import json
import sys

from bot.core.settings import Settings
from bot.telegram.app import build_application
from bot.telegram.webhook import set_webhook


async def _webhook_command(settings: Settings, action: str) -> int:
    app = build_application(settings, webhook=True)
    async with app.bot:
        if action == "set":
            await set_webhook(app, settings, settings.webhook_secret)
            print(f"Webhook dipasang: {settings.webhook_url}")
        elif action == "delete":
            await app.bot.delete_webhook()
            print("Webhook dihapus (mode polling bisa dipakai lagi).")
        else:
            info = await app.bot.get_webhook_info()
            print(json.dumps({"url": info.url, "pending_update_count": info.pending_update_count,
                              "last_error_message": info.last_error_message},
                             ensure_ascii=False))
    return 0


def webhook_command(settings: Settings, action: str) -> int:
    """`python -m bot webhook set|delete|info`: a one-off deploy step for several instances."""
    if not settings.telegram_bot_token:
        print("TELEGRAM_BOT_TOKEN belum diisi (lihat .env.example).", file=sys.stderr)
        return 2
    if action == "set" and not (settings.webhook_url and settings.webhook_secret):
        print("WEBHOOK_URL dan WEBHOOK_SECRET wajib diisi untuk `webhook set`.", file=sys.stderr)
        return 2
    return asyncio.run(_webhook_command(settings, action))
