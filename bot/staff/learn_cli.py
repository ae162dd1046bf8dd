"""`python -m bot faq learn`: list candidate phrasings; `--apply` adds the confirmed ones."""

from __future__ import annotations

import argparse
import csv
import getpass
import io
import sys
from datetime import date
from pathlib import Path

from bot.content.yamlsrc import ContentError
from bot.core.settings import Settings
from bot.staff.learn import LearnCandidate, Mining, find_candidates
from bot.staff.learn_apply import Baseline, Refused, apply_phrasing
from bot.storage.database import database_target, open_database, sqlite_file_missing
from bot.storage.learn_log import LearnLog, registered_name_words
from bot.storage.question_log import fetch_rows

CSV_COLUMNS = ["rank", "token", "phrasing", "entry_id", "entry_title", "users", "support",
               "chose", "thumbs_up", "thumbs_down", "fallback", "now", "now_entry",
               "other_examples"]


def candidates_csv(candidates: list[LearnCandidate]) -> str:
    """One row per candidate, for spreadsheets."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for i, c in enumerate(candidates, 1):
        writer.writerow([i, c.token, c.phrasing, c.entry_id, c.entry_title, c.users, c.support,
                         c.chose, c.thumbs_up, c.thumbs_down, c.fallback, c.now,
                         c.now_entry or "", " | ".join(c.examples)])
    return out.getvalue()


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def candidates_md(mining: Mining, since: date | None) -> str:
    """A markdown table for reading in the terminal."""
    head = f"# Frasa yang bisa dipelajari{f' sejak {since.isoformat()}' if since else ''}\n"
    lines = [head]
    if not mining.candidates:
        lines.append("Tidak ada kandidat.")
    else:
        lines += ["| # | frasa (disamarkan) | entri | pengguna | memilih | 👍 | 👎 | fallback | "
                  "sekarang | contoh lain |", "|---|---|---|---|---|---|---|---|---|---|"]
        for i, c in enumerate(mining.candidates, 1):
            lines.append(f"| {i} | {_cell(c.phrasing)} | {c.entry_id} | {c.support} | "
                         f"{c.chose} | {c.thumbs_up} | {c.thumbs_down} | {c.fallback} | "
                         f"{c.now} | {_cell(' / '.join(c.examples)) or '-'} |")
    if mining.hidden_personal:
        lines.append(f"\n{mining.hidden_personal} kelompok tidak ditampilkan: semua kalimatnya "
                     "tampak memuat data pribadi.")
    return "\n".join(lines) + "\n"


def cli_actor() -> str:
    """Who applied a change from the command line: the operating-system user."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


def _confirm(candidate: LearnCandidate) -> str:
    """Ask on the terminal: y (add), n (skip), q (stop); no answer means no."""
    print(f"Tambahkan “{candidate.phrasing}” ke {candidate.entry_id} "
          f"({candidate.entry_title})? [y/N/q] ", end="", file=sys.stderr, flush=True)
    try:
        answer = input().strip().lower()
    except EOFError:
        return "q"
    return answer[:1] or "n"


async def apply_candidates(mining: Mining, log: LearnLog, faq_dir: Path, settings: Settings,
                           baseline: Baseline, yes: bool) -> int:
    """Add each confirmed candidate in turn; each is validated against the FAQ as changed so
    far. Returns how many were refused."""
    refused, today = 0, date.today()
    actor = cli_actor()
    for candidate in mining.candidates:
        choice = "y" if yes else _confirm(candidate)
        if choice == "q":
            break
        if choice != "y":
            continue
        try:
            applied = apply_phrasing(faq_dir, settings.templates_dir, today, baseline,
                                     candidate.entry_id, candidate.phrasing,
                                     f"dipelajari {today.isoformat()} (faq learn)")
        except Refused as exc:
            refused += 1
            await log.record(actor, "refused", candidate.key, candidate.phrasing,
                             candidate.entry_id, str(exc))
            print(f"DITOLAK “{candidate.phrasing}” -> {candidate.entry_id}: {exc}",
                  file=sys.stderr)
            continue
        baseline = applied.baseline
        await log.record(actor, "added", candidate.key, candidate.phrasing, candidate.entry_id,
                         applied.detail())
        direct = "langsung dijawab" if applied.answered_now else "masih berupa saran"
        print(f"DITAMBAHKAN “{candidate.phrasing}” -> {candidate.entry_id} ({applied.detail()};"
              f" sekarang {direct})", file=sys.stderr)
    return refused


async def run_learn_cli(args: argparse.Namespace, settings: Settings) -> int:
    """List (and with --apply, add) the candidate phrasings; exit 1 if any was refused."""
    faq_dir: Path = args.directory or settings.faq_dir
    target = database_target(settings, args.db)
    if sqlite_file_missing(target):
        print(f"no question log at {target} (use --db PATH)", file=sys.stderr)
        return 1
    try:
        baseline = Baseline.load(faq_dir, settings.templates_dir, date.today())
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print("FAILED: the FAQ files do not validate; run `faq check` first", file=sys.stderr)
        return 1
    db = await open_database(target)
    try:
        log = LearnLog(db)
        mining = find_candidates(await fetch_rows(db, args.since), baseline.content,
                                 await log.settled_keys(), args.min_users,
                                 await registered_name_words(db))
        if args.format == "csv":
            sys.stdout.write(candidates_csv(mining.candidates))
        else:
            sys.stdout.write(candidates_md(mining, args.since))
        sys.stdout.flush()
        if not args.apply or not mining.candidates:
            return 0
        refused = await apply_candidates(mining, log, faq_dir, settings, baseline, args.yes)
    finally:
        await db.close()
    return 1 if refused else 0

