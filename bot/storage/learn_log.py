"""Staff decisions on learned phrasings: who added, refused or ignored what, and when.

Read by `faq learn` and /belajar (a decided question is not proposed again) and by the stats
report (every change to the FAQ files made from traffic is accounted for).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from datetime import date, datetime

from bot.storage.database import Database

ACTIONS = ("added", "refused", "ignored", "new_entry")
# Decisions that settle a question for good; a refusal does not (the FAQ may change).
SETTLED = ("added", "ignored", "new_entry")


@dataclass(frozen=True)
class LearnDecision:
    decided_at: float
    actor: str
    action: str
    group_key: str
    phrasing: str
    entry_id: str | None
    detail: str

    @property
    def day(self) -> date:
        return datetime.fromtimestamp(self.decided_at).date()


class LearnLog:
    """The `faq_learn_log` table."""

    def __init__(self, db: Database):
        self.db = db

    async def record(self, actor: str, action: str, group_key: str, phrasing: str,
                     entry_id: str | None, detail: str = "") -> None:
        """Append one decision (an audit trail: rows are never updated)."""
        if action not in ACTIONS:
            raise ValueError(f"unknown learn action {action!r}")
        await self.db.write(
            "INSERT INTO faq_learn_log(decided_at, actor, action, group_key, phrasing,"
            " entry_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (time.time(), actor, action, group_key, phrasing, entry_id, detail),
        )

    async def settled_keys(self) -> set[str]:
        """Normalised questions already added, ignored or sent to the misses report."""
        marks = ",".join("?" * len(SETTLED))
        rows = await self.db.fetchall(
            f"SELECT DISTINCT group_key FROM faq_learn_log WHERE action IN ({marks})", SETTLED)
        return {row[0] for row in rows}

    async def decisions(self, since: date | None = None,
                        actions: tuple[str, ...] = ACTIONS) -> list[LearnDecision]:
        """Decisions since a date, oldest first."""
        start = datetime.combine(since, datetime.min.time()).timestamp() if since else 0.0
        marks = ",".join("?" * len(actions))
        rows = await self.db.fetchall(
            "SELECT decided_at, actor, action, group_key, phrasing, entry_id, detail"
            f" FROM faq_learn_log WHERE decided_at >= ? AND action IN ({marks})"
            " ORDER BY decided_at, id", (start, *actions))
        return [LearnDecision(*tuple(row)) for row in rows]


async def registered_name_words(db: Database) -> frozenset[str]:
    """Lower-case words of the names typed during pre-registrations, so that none of them can
    reach a FAQ file through a question the same person asked."""
    names = [row[0] for row in await db.fetchall("SELECT full_name FROM registrations")]
    return frozenset(w for name in names for w in re.findall(r"[a-z]{3,}", str(name).lower()))
