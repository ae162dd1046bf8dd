"""What users asked and how it went: outcome, entry, score, chosen suggestion, feedback.

No personal data: the user is stored as a salted hash; the salt lives only in this database.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass
from datetime import date, datetime

from bot.core.privacy import redact
from bot.storage.database import Database

__all__ = ["OUTCOMES", "LogRow", "QuestionLog", "fetch_rows", "redact", "since_timestamp"]

OUTCOMES = ("answered", "suggestions", "fallback", "redirect", "smalltalk", "calculation",
            "flood")  # flood: a user reached the inbound limit (no text kept)

# SQLite's INTEGER and PostgreSQL's BIGINT range; a larger id can only come from forged data
MAX_ROW_ID = 2**63 - 1
# What is stored instead of a question typed in the middle of a conversation that collects
# personal data: such a question often carries the data itself ("saya Siti lahir 17-8-1990 ...").
UNKEPT_TEXT = "[pertanyaan di tengah pendaftaran; teks tidak disimpan]"


def typed(question: object) -> bool:
    """A logged question the user typed and the log kept: not UNKEPT_TEXT, not a button's
    "[tombol] <title>"."""
    return not str(question).startswith("[")


class QuestionLog:
    def __init__(self, db: Database, keep_text: bool = True):
        self.db = db
        self.keep_text = keep_text
        self._salt: str | None = None

    def without_text(self) -> QuestionLog:
        """The same log, but questions are recorded without their text (outcome, entry and
        score are kept for the statistics)."""
        other = QuestionLog(self.db, keep_text=False)
        other._salt = self._salt
        return other

    async def _get_salt(self) -> str:
        if self._salt is None:
            read = "SELECT value FROM meta WHERE key = 'log_salt'"
            salt = await self.db.fetchval(read)
            if salt is None:
                # Another instance may draw one at the same moment: the first one stays.
                await self.db.write("INSERT INTO meta(key, value) VALUES ('log_salt', ?) "
                                    "ON CONFLICT DO NOTHING", (secrets.token_hex(16),))
                salt = await self.db.fetchval(read)
            self._salt = str(salt)
        return self._salt

    async def user_hash(self, session_key: str) -> str:
        salt = await self._get_salt()
        return hashlib.sha256(f"{salt}:{session_key}".encode()).hexdigest()[:16]

    async def record(self, session_key: str, channel: str, question: str, outcome: str,
                     entry_id: str | None, score: float | None) -> int:
        return await self.db.insert(
            "INSERT INTO question_log(asked_at, user_hash, channel, question, outcome, entry_id,"
            " score) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (time.time(), await self.user_hash(session_key), channel,
             redact(question)[:500] if self.keep_text else UNKEPT_TEXT,
             outcome, entry_id, None if score is None else round(score, 1)),
        )

    async def last_answer(self, session_key: str, within_seconds: float, told: int = 3
                          ) -> tuple[str | None, list[str]] | None:
        """What a user's follow-up may lean on, None when they asked nothing in the last
        `within_seconds`: the entry they were last given (answered, opened, or chosen from
        suggestions) if that was their last question, else None; and the texts of their last
        `told` questions of that time, newest first (those that were kept)."""
        rows = await self.db.fetchall(
            "SELECT question, outcome, entry_id, chosen_entry_id FROM question_log "
            "WHERE user_hash = ? AND asked_at >= ? ORDER BY id DESC LIMIT ?",
            (await self.user_hash(session_key), time.time() - within_seconds, told))
        if not rows:
            return None
        row = rows[0]
        # A calculation's entry is the FAQ entry its result is about (calc-cues `calc_context`)
        given = row["chosen_entry_id"] or (
            row["entry_id"] if row["outcome"] in ("answered", "redirect", "opened", "calculation")
            else None)
        # Not kept (UNKEPT_TEXT) or not typed ("[tombol] <title>"): nothing the user told.
        texts = [str(r["question"]) for r in rows if typed(r["question"])]
        return (str(given) if given else None), texts

    async def last_question(self, session_key: str, within_seconds: float
                            ) -> tuple[int, str] | None:
        """A user's newest typed question of the last `within_seconds` (id, text as kept);
        None when there is none or its text was not kept."""
        row = await self.db.fetchone(
            "SELECT id, question FROM question_log WHERE user_hash = ? AND asked_at >= ? "
            "ORDER BY id DESC LIMIT 1",
            (await self.user_hash(session_key), time.time() - within_seconds))
        if row is None or not typed(row["question"]):
            return None
        return int(row["id"]), str(row["question"])

    async def last_outcome(self, session_key: str, within_seconds: float) -> str | None:
        """How a user's last question of the last `within_seconds` was answered ("answered",
        "calculation", ...); None when they asked nothing then."""
        outcome = await self.db.fetchval(
            "SELECT outcome FROM question_log WHERE user_hash = ? AND asked_at >= ? "
            "ORDER BY id DESC LIMIT 1",
            (await self.user_hash(session_key), time.time() - within_seconds))
        return None if outcome is None else str(outcome)

    async def count_user(self, session_key: str) -> int:
        """How many logged questions (with their choices and feedback) belong to a user."""
        return int(await self.db.fetchval(
            "SELECT COUNT(*) FROM question_log WHERE user_hash = ?",
            (await self.user_hash(session_key),)) or 0)

    async def delete_user(self, session_key: str) -> int:
        """Delete a user's logged questions, with their choices and feedback (/hapusdata)."""
        cur = await self.db.write(
            "DELETE FROM question_log WHERE user_hash = ?", (await self.user_hash(session_key),))
        return cur.rowcount

    async def _owned(self, log_id: int, session_key: str) -> bool:
        """Only the person who asked may attach a choice or feedback to a logged question."""
        if not 0 < log_id <= MAX_ROW_ID:  # forged button data: no database can even hold it
            return False
        owner = await self.db.fetchval(
            "SELECT user_hash FROM question_log WHERE id = ?", (log_id,))
        return owner is not None and owner == await self.user_hash(session_key)

    async def asked(self, log_id: int, session_key: str) -> tuple[str, str | None] | None:
        """A user's own logged question as kept (personal data masked) and its entry; None
        when it is not theirs, is gone, or its text was not kept."""
        if not await self._owned(log_id, session_key):
            return None
        row = await self.db.fetchone(
            "SELECT question, entry_id FROM question_log WHERE id = ?", (log_id,))
        if row is None or not typed(row["question"]):
            return None
        return str(row["question"]), row["entry_id"]

    async def choose(self, log_id: int, session_key: str, entry_id: str) -> None:
        if await self._owned(log_id, session_key):
            await self.db.write(
                "UPDATE question_log SET chosen_entry_id = ? WHERE id = ?", (entry_id, log_id))

    async def feedback(self, log_id: int, session_key: str, value: int) -> bool:
        if not await self._owned(log_id, session_key):
            return False
        await self.db.write(
            "UPDATE question_log SET feedback = ? WHERE id = ?", (1 if value > 0 else -1, log_id))
        return True


@dataclass(frozen=True)
class LogRow:
    asked_at: float
    user_hash: str
    question: str
    outcome: str
    entry_id: str | None
    score: float | None
    chosen_entry_id: str | None
    feedback: int | None

    @property
    def day(self) -> date:
        return datetime.fromtimestamp(self.asked_at).date()

    @property
    def is_miss(self) -> bool:
        unpicked = self.outcome == "suggestions" and not self.chosen_entry_id
        # "staff_answered": a hand-off staff answered (bot.outreach.handoff), so staff can
        # turn it into an entry
        return (self.outcome in ("fallback", "staff_answered") or unpicked
                or self.feedback == -1)


def since_timestamp(since: date | None) -> float:
    return datetime.combine(since, datetime.min.time()).timestamp() if since else 0.0


async def fetch_rows(db: Database, since: date | None = None) -> list[LogRow]:
    rows = await db.fetchall(
        "SELECT asked_at, user_hash, question, outcome, entry_id, score, chosen_entry_id,"
        " feedback FROM question_log WHERE asked_at >= ? ORDER BY asked_at, id",
        (since_timestamp(since),))
    # Masked again on reading: a row logged before today's masking rules reaches no staff
    # view (/laporan, its CSV, `report misses`, faq learn) with a name or date as typed.
    return [LogRow(*(redact(v) if i == 2 and isinstance(v, str) and typed(v) else v
                     for i, v in enumerate(tuple(row))))
            for row in rows]
