"""Command line: `python -m bot [chat|ask|run|webhook|faq|report|reminders|export] ...`.

`faq check` / `faq test` validate and regression-test the FAQ; `report misses|stats` read the
question log for staff. With no sub-command: the Telegram bot when TELEGRAM_BOT_TOKEN is set,
else the console chat.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from bot.content.yamlsrc import ContentError
from bot.core.logs import configure_logging
from bot.core.settings import Settings, SettingsError, load_settings
from bot.outreach.cli import add_parser as add_reminders_parser

if TYPE_CHECKING:
    from bot.content.faqbase import FaqBase


def _as_of(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command")

    chat = sub.add_parser("chat", help="console chat with the assistant")
    chat.add_argument("--user", default="console-user", help="user id (default: console-user)")
    chat.add_argument("--db", type=Path, help="SQLite file (default: BOT_DB_PATH)")
    chat.add_argument("--as-of", type=_as_of, help="date for effective-dated values")
    chat.add_argument("--json", action="store_true", help="one JSON line out per line in")

    ask = sub.add_parser("ask", help="answer one question, or one per stdin line with --json")
    ask.add_argument("question", nargs="*")
    ask.add_argument("--json", action="store_true")
    ask.add_argument("--as-of", type=_as_of)
    ask.add_argument("--lang", choices=("id", "en"), default="",
                     help="reply in this language (default: the question's language)")

    run = sub.add_parser("run", help="run the Telegram bot (polling, or a webhook server)")
    run.add_argument("--webhook", action="store_true",
                     help="serve a webhook (WEBHOOK_URL, WEBHOOK_LISTEN, WEBHOOK_PORT, "
                          "WEBHOOK_SECRET) instead of polling")
    sub.add_parser("webhook", help="set, delete or show the webhook (a deploy step when "
                   "instances run with WEBHOOK_SET=0)").add_argument("action", choices=(
                       "set", "delete", "info"))

    faq = sub.add_parser("faq", help="check the FAQ files")
    faq_sub = faq.add_subparsers(dest="faq_command", required=True)
    check = faq_sub.add_parser("check", help="validate entries, rates, synonyms and templates")
    check.add_argument("directory", nargs="?", type=Path)
    check.add_argument("--as-of", type=_as_of, default=None)
    check.add_argument("--sources", action="store_true",
                       help="also list the news/web sources behind entries and rates")
    test = faq_sub.add_parser("test", help="run the labelled questions in DIR/tests/*.yaml")
    test.add_argument("directory", nargs="?", type=Path)
    test.add_argument("--as-of", type=_as_of, default=None)
    test.add_argument("--min-pass", type=_rate, default=None,
                      help="required pass rate 0-1 (default: min_pass_rate in tests/config.yaml)")
    test.add_argument("--baseline", type=Path, default=None,
                      help="earlier run to compare with (default: DIR/tests/.last-run.json)")
    test.add_argument("--no-save", action="store_true",
                      help="do not save this run as the baseline for the next one")
    test.add_argument("--tune-only", action="store_true",
                      help="real messages: the tuning part only, no held-out figures (while "
                           "tuning; CI runs every part)")
    learn = faq_sub.add_parser("learn", help="candidate phrasings from what users chose")
    learn.add_argument("directory", nargs="?", type=Path)
    learn.add_argument("--db", type=Path, default=None, help="SQLite file (default: BOT_DB_PATH)")
    learn.add_argument("--since", type=_as_of, default=None, help="from this date (YYYY-MM-DD)")
    learn.add_argument("--min-users", type=int, default=2,
                       help="distinct users needed behind a candidate (default 2)")
    learn.add_argument("--format", choices=("md", "csv"), default="md")
    learn.add_argument("--apply", action="store_true", help="add candidates, asking for each")
    learn.add_argument("--yes", action="store_true", help="with --apply: do not ask")

    report = sub.add_parser("report", help="what users asked: misses and statistics")
    report_sub = report.add_subparsers(dest="report_command", required=True)
    misses = report_sub.add_parser("misses", help="unanswered and 👎 questions, grouped")
    stats = report_sub.add_parser("stats", help="questions per day, outcomes, top entries")
    for rp in (misses, stats):
        rp.add_argument("--since", type=_as_of, default=None, help="from this date (YYYY-MM-DD)")
        rp.add_argument("--db", type=Path, default=None, help="SQLite file (default: BOT_DB_PATH)")
    misses.add_argument("--format", choices=("csv", "md"), default="md")

    add_reminders_parser(sub)  # reminders due (bot/outreach/cli.py)
    export = sub.add_parser("export", help="staff exports (local tool: needs the database file)")
    export_sub = export.add_subparsers(dest="export_command", required=True)
    regs = export_sub.add_parser("registrations", help="BPU pre-registrations as CSV")
    regs.add_argument("--out", type=Path, required=True, help="CSV file to write ('-' = stdout)")
    regs.add_argument("--db", type=Path, help="SQLite file (default: BOT_DB_PATH)")
    regs.add_argument("--full", action="store_true",
                      help="name, NIK, phone and birth date in clear (default: masked)")
    return parser


def _rate(value: str) -> float:
    try:
        rate = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value}") from None
    if rate > 1:  # "95" means 95%
        rate /= 100
    if not 0 <= rate <= 1:
        raise argparse.ArgumentTypeError(f"rate must be 0-1 or 0-100: {value}")
    return rate


async def _export_registrations(settings: Settings, args: argparse.Namespace) -> int:
    from bot.storage.database import database_target, open_database
    from bot.storage.registrations import RegistrationStore

    db = await open_database(database_target(settings, args.db))
    try:
        store = RegistrationStore(db)
        count = len(await store.all())
        data = await store.export_csv(full=args.full)
    finally:
        await db.close()
    if str(args.out) == "-":
        sys.stdout.buffer.write(data)
    else:
        from bot.core.csvout import write_private

        write_private(args.out, data)  # personal data: readable by its owner only
    # Counts only: the file itself is personal data and stays where the staff member put it.
    print(f"{count} pre-registration(s) exported to {args.out} "
          f"({'FULL personal data' if args.full else 'NIK/phone masked'})", file=sys.stderr)
    return 0


def cmd_faq_check(args: argparse.Namespace, settings: Settings) -> int:
    from bot.content.check import run_check
    from bot.outreach import reminder_words
    from bot.registration import answer_words

    directory = args.directory or settings.faq_dir
    on = args.as_of or date.today()
    faq, problems = run_check(directory, settings.templates_dir, on)
    # these ship with the code and are read once at start
    problems += answer_words.check_answer_words(answer_words.WORDS_FILE)[1]
    problems += reminder_words.check_reminder_words(reminder_words.WORDS_FILE)[1]
    if faq is not None and not any(p.severity == "error" for p in problems):
        problems += asyncio.run(_calculator_sweep(settings, directory, on, faq))
    if faq is not None and args.sources:
        from bot.content.check import source_lines

        for line in source_lines(faq):
            print(line)
    for problem in problems:
        print(problem)
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = len(problems) - errors
    if faq is not None and not errors:
        print(f"OK: {len(faq.entries)} entri dalam {len(faq.topics)} topik, "
              f"{len(faq.rates.keys())} tarif; {warnings} peringatan")
        return 0
    print(f"GAGAL: {errors} kesalahan, {warnings} peringatan", file=sys.stderr)
    return 1


async def _calculator_sweep(settings: Settings, directory: Path, on: date, faq: FaqBase) -> list:
    """Every calculator at every date `faq check` renders `faq`'s answers at (console.sweep)."""
    from dataclasses import replace

    from bot.app.composition import build_engine, close_engine
    from bot.console.sweep import sweep_calculators
    from bot.content.check import sweep_dates

    dates = sweep_dates(faq, on)
    quiet = logging.getLogger("bot")
    level = quiet.level
    quiet.setLevel(logging.WARNING)  # no start-up chatter in the check's output
    try:
        engine = await build_engine(replace(settings, faq_dir=directory), as_of=on,
                                    db_path=":memory:")
    finally:
        quiet.setLevel(level)
    try:
        return await sweep_calculators(engine, dates)
    finally:
        await close_engine(engine)


async def _chat(settings: Settings, args: argparse.Namespace) -> int:
    from bot.app.composition import build_engine, close_engine
    from bot.console.chat import run_console

    engine = await build_engine(settings, as_of=args.as_of, db_path=args.db)
    try:
        await run_console(engine, str(args.user), json_mode=args.json)
    finally:
        await close_engine(engine)
    return 0


async def _ask(settings: Settings, args: argparse.Namespace) -> int:
    from bot.app.composition import build_engine, close_engine
    from bot.console.ask import ask, run_ask_lines, summarize
    from bot.console.chat import format_plain

    # `ask` keeps nothing: an in-memory database per run.
    engine = await build_engine(settings, as_of=args.as_of, db_path=":memory:")
    try:
        if args.json and not args.question:
            await run_ask_lines(engine, lang=args.lang)
        else:
            question = " ".join(args.question).strip()
            if not question:
                print("usage: python -m bot ask \"pertanyaan\"", file=sys.stderr)
                return 2
            replies = await ask(engine, question, args.lang)
            if args.json:
                import json

                print(json.dumps(summarize(question, replies), ensure_ascii=False))
            else:
                print(format_plain(replies)[0])
    finally:
        await close_engine(engine)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as exc:  # one line for the operator; never a traceback
        print(f"Pengaturan salah: {exc}", file=sys.stderr)
        return 2
    # One redacting root handler: no NIK, phone, birth date or token in any log line, even
    # from libraries at LOG_LEVEL=DEBUG.
    configure_logging(settings.log_level,
                      secrets=(settings.telegram_bot_token, settings.webhook_secret))
    try:
        return _dispatch(args, settings)
    except ContentError as exc:
        # Nothing valid to serve yet (a running bot keeps its last good content instead):
        # say what is wrong the way `faq check` does, not with a traceback.
        print(f"Berkas konten tidak valid (FAQ di {settings.faq_dir} atau kata pra-pendaftaran "
              "bawaan); bot tidak dijalankan. Perbaiki lalu cek dengan `python -m bot faq check`:",
              file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    if args.command in ("chat", "ask"):
        # Keep the console readable: only warnings and worse from the libraries.
        logging.getLogger().setLevel(logging.WARNING)
    if args.command == "faq" and args.faq_command == "check":
        return cmd_faq_check(args, settings)
    if args.command == "faq" and args.faq_command == "test":
        from bot.console.faq_test import cmd_faq_test

        return cmd_faq_test(args, settings)
    if args.command == "faq" and args.faq_command == "learn":
        from bot.staff.learn_cli import run_learn_cli

        return asyncio.run(run_learn_cli(args, settings))
    if args.command == "report":
        from bot.staff.reports import run_report_cli

        return asyncio.run(run_report_cli(args, settings))
    if args.command == "reminders":
        from bot.outreach.cli import run as run_reminders

        return asyncio.run(run_reminders(args, settings))
    if args.command == "chat":
        return asyncio.run(_chat(settings, args))
    if args.command == "ask":
        return asyncio.run(_ask(settings, args))
    if args.command == "run" or (args.command is None and settings.telegram_bot_token):
        from bot.telegram.app import run_bot

        return run_bot(settings, webhook=getattr(args, "webhook", False))
    if args.command == "webhook":
        from bot.telegram.webhook_cli import webhook_command

        return webhook_command(settings, args.action)
    if args.command == "export" and args.export_command == "registrations":
        return asyncio.run(_export_registrations(settings, args))
    if args.command is None:
        where = ("PostgreSQL dari DATABASE_URL" if settings.database_url
                 else f"SQLite lokal di {settings.bot_db_path}")
        print(f"TELEGRAM_BOT_TOKEN belum diisi: membuka chat konsol ({where}).", file=sys.stderr)
        args = build_parser().parse_args(["chat"])
        logging.getLogger().setLevel(logging.WARNING)
        return asyncio.run(_chat(settings, args))
    build_parser().print_help()
    return 2
