"""`python -m bot reminders due --from DATE --to DATE [--db PATH]`: what would be sent."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from bot.core.privacy import mask_user
from bot.core.settings import Settings
from bot.outreach.schedule import due_dates, kind_of
from bot.storage.database import database_target, open_database, sqlite_file_missing
from bot.storage.outreach import OutreachStore


def add_parser(sub: Any) -> None:
    """Register `reminders due` on the top-level subparsers."""
    reminders = sub.add_parser("reminders", help="monthly contribution reminders (/pengingat)")
    rsub = reminders.add_subparsers(dest="reminders_command", required=True)
    due = rsub.add_parser("due", help="reminders that would be sent between two dates")
    due.add_argument("--from", dest="start", type=date.fromisoformat, required=True)
    due.add_argument("--to", dest="end", type=date.fromisoformat, required=True)
    due.add_argument("--db", type=Path, default=None)


async def run(args: argparse.Namespace, settings: Settings) -> int:
    """One line per reminder: date, masked user id (last 4 digits), kind; in date order."""
    target = database_target(settings, args.db)
    if sqlite_file_missing(target):
        print(f"no database at {target} (use --db PATH)", file=sys.stderr)
        return 1
    db = await open_database(target)
    try:
        store = OutreachStore(db)
        lines = []
        for contact in await store.reminders():
            sent = await store.sent_months(contact.user_key)
            for day in due_dates(contact, args.start, args.end, sent):
                lines.append((day, mask_user(contact.user_id), kind_of(contact)))
    finally:
        await db.close()
    for day, user, kind in sorted(lines):
        print(f"{day.isoformat()} {user} {kind}")
    return 0
