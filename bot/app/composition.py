"""Composition root of the core: content, database and every feature, in one visible order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from bot.answers.commands import GeneralCommands
from bot.answers.feature import Answers
from bot.calc.feature import Calculator
from bot.content.jinjacache import use_bytecode_cache
from bot.content.store import ContentStore
from bot.core.engine import Engine
from bot.core.settings import Settings
from bot.outreach.handoff import StaffHandoff
from bot.outreach.notices import Notices
from bot.outreach.reminder_words import reminder_words
from bot.outreach.reminders import Reminders
from bot.registration.answer_words import answer_words
from bot.registration.flow import RegistrationFlow
from bot.registration.personal_data import PersonalData
from bot.registration.step_again import StepAgain
from bot.staff.commands import StaffReports
from bot.staff.learn_command import LearnCommand
from bot.staff.reload import ContentReloader
from bot.storage.database import open_database
from bot.storage.question_log import QuestionLog
from bot.storage.sessions import SessionStore
from bot.understand import stemcache
from bot.understand.normalize import record_stems


def fixed_or_today(as_of: date | None) -> Callable[[], date]:
    """`--as-of` pins the date used for effective-dated values; otherwise today."""
    return (lambda: as_of) if as_of else date.today


async def build_engine(settings: Settings, as_of: date | None = None,
                       db_path: Path | str | None = None) -> Engine:
    """Open the database, load the content and register the features, in order."""
    in_memory = db_path == ":memory:"  # `ask` keeps nothing
    if db_path is not None and not in_memory:  # `--db PATH`: always a SQLite file
        settings = replace(settings, bot_db_path=Path(db_path), database_url="")
    today = fixed_or_today(as_of)
    store = _build_content(settings, today)
    answer_words()  # these files ship with the code: broken = no start, each problem as file:line
    reminder_words()
    db = await open_database(":memory:" if in_memory
                             else settings.database_url or settings.bot_db_path)
    engine = Engine(store, db, SessionStore(db), QuestionLog(db), settings, today)
    # Order matters for free text: a feature earlier in this list sees a message first.
    engine.add(StaffHandoff())  # first: a staff reply in the staff group is an answer
    engine.add(GeneralCommands())
    # /datasaya, /hapusdata, admin /ekspor; claims only a yes or no typed to /hapusdata's
    # question, also in the middle of a registration
    engine.add(PersonalData())
    engine.add(Reminders())  # /pengingat + monthly reminders on tick; claims a day typed for it
    engine.add(RegistrationFlow())  # before the calculator and FAQ: it owns text mid-flow
    engine.add(StepAgain())  # claims no text: the form's step again after another's button
    engine.add(Calculator())  # numbers with a context word ("gaji 5 juta ...") before the FAQ
    engine.add(ContentReloader())  # admin /reload + periodic file check; claims no text
    engine.add(StaffReports())  # admin /laporan, /statistik; claims no text
    engine.add(LearnCommand())  # admin /belajar; claims text only while an admin searches
    engine.add(Notices())  # /langganan, admin /umumkan + rule-change drafts; claims no text
    engine.add(Answers())  # last: every message nobody else claimed is a question
    return engine


def _build_content(settings: Settings, today: Callable[[], date]) -> ContentStore:
    """Load the content, with stems from the cache next to the database (kept up to date)."""
    cache = None if str(settings.bot_db_path) == ":memory:" \
        else settings.bot_db_path.parent / stemcache.FILE_NAME
    stemcache.load(stemcache.SHIPPED)
    if cache is not None:
        stemcache.load(cache)
        use_bytecode_cache(cache.parent / "cache")
    record_stems(True)
    try:
        # Fast start: answers and templates are rendered once the bot is up (the reloader's
        # first tick), not before the first answer; a reload still checks everything.
        store = ContentStore(settings.faq_dir, settings.templates_dir, today,
                             verify_later=True)
    finally:
        record_stems(False)
    if cache is not None:
        stemcache.save(cache)
    return store


async def close_engine(engine: Engine) -> None:
    await engine.db.close()
