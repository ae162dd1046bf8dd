"""Staff reports over the question log: what the bot could not answer, and how it is used.

`misses` groups unanswered questions (fallback, "did you mean" with no pick) and 👎 answers by
similarity, so one missing FAQ entry shows up as one row with a count, not fifty near-identical
lines. Each group names the entry the *current* matcher finds nearest, so staff see at a glance
whether a phrasing is missing (close score) or a whole new entry is needed (low score).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz, process

from bot.content.store import Content, build_content
from bot.content.yamlsrc import ContentError
from bot.core.csvout import csv_text
from bot.core.settings import Settings
from bot.staff.learn_report import learned_text, load_decisions, new_entries_md
from bot.storage.database import database_target, open_database, sqlite_file_missing
from bot.storage.handoffs import count_pending
from bot.storage.question_log import LogRow, fetch_rows
from bot.understand.normalize import clean

CLUSTER_SIMILARITY = 80.0  # token_set_ratio over normalised text to join a group
ANSWERED = ("answered", "redirect", "calculation")
# Button presses and deep links (logged for feedback only), staff answers to hand-offs (the
# question itself was logged already when it was asked), and flood notices (counted apart).
NOT_QUESTIONS = ("opened", "staff_answered", "flood")


@dataclass
class MissGroup:
    key: str  # normalised text of the first (most frequent) question
    rows: list[LogRow] = field(default_factory=list)
    nearest_entry: str = ""
    nearest_title: str = ""
    nearest_score: float | None = None
    now: str = ""  # what the current matcher does with the example: answer/suggest/fallback

    @property
    def count(self) -> int:
        return len(self.rows)

    @property
    def users(self) -> int:
        return len({r.user_hash for r in self.rows})

    @property
    def examples(self) -> list[str]:
        return [q for q, _ in Counter(r.question for r in self.rows).most_common(3)]

    def reasons(self) -> Counter[str]:
        out: Counter[str] = Counter()
        for r in self.rows:
            if r.feedback == -1:
                out["thumbs_down"] += 1
            elif r.outcome in ("fallback", "staff_answered"):
                out[r.outcome] += 1
            else:
                out["suggestions_unpicked"] += 1
        return out

    @property
    def last_asked(self) -> date:
        return max(r.day for r in self.rows)


def _normalised(content: Content | None, question: str) -> str:
    if content is not None:
        text = " ".join(content.matcher.query_tokens(question)[1])
        if text:
            return text
    return clean(question)


def group_misses(rows: list[LogRow], content: Content | None) -> list[MissGroup]:
    """Greedy similarity clustering, most frequent wording first; biggest groups first."""
    by_text: dict[str, list[LogRow]] = {}
    for row in rows:
        if row.is_miss:
            by_text.setdefault(_normalised(content, row.question), []).append(row)
    groups: list[MissGroup] = []
    keys: list[str] = []
    for text, members in sorted(by_text.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        found = process.extractOne(text, keys, scorer=fuzz.token_set_ratio,
                                   score_cutoff=CLUSTER_SIMILARITY) if keys and text else None
        if found is not None:
            groups[found[2]].rows.extend(members)
        else:
            groups.append(MissGroup(text, list(members)))
            keys.append(text)
    if content is not None:
        for group in groups:
            result = content.matcher.match(group.examples[0])
            group.now = result.outcome
            if result.best is not None:
                entry = content.faq.entries[result.best.entry_id]
                group.nearest_entry, group.nearest_title = entry.id, entry.title
                group.nearest_score = round(result.best.score, 1)
    groups.sort(key=lambda g: (-g.count, -g.users, g.key))
    return groups


CSV_COLUMNS = ["group", "count", "users", "fallback", "suggestions_unpicked", "thumbs_down",
               "example", "other_examples", "nearest_entry", "nearest_title", "nearest_score",
               "now", "last_asked"]


def misses_csv(groups: list[MissGroup]) -> str:
    """The grouped misses as CSV; users' questions are text cells, never formulas."""
    rows = []
    for i, g in enumerate(groups, 1):
        reasons = g.reasons()
        rows.append([i, g.count, g.users, reasons["fallback"],
                     reasons["suggestions_unpicked"], reasons["thumbs_down"], g.examples[0],
                     " | ".join(g.examples[1:]), g.nearest_entry, g.nearest_title,
                     "" if g.nearest_score is None else g.nearest_score, g.now,
                     g.last_asked.isoformat()])
    return csv_text(CSV_COLUMNS, rows)


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def misses_md(groups: list[MissGroup], since: date | None = None) -> str:
    head = f"# Pertanyaan yang belum terjawab{f' sejak {since.isoformat()}' if since else ''}\n"
    if not groups:
        return head + "\nTidak ada. 🎉\n"
    lines = [head, "| # | jumlah | pengguna | 👎 | contoh pertanyaan | entri terdekat | skor | "
             "sekarang |", "|---|---|---|---|---|---|---|---|"]
    for i, g in enumerate(groups, 1):
        score = "" if g.nearest_score is None else f"{g.nearest_score:.0f}"
        lines.append(f"| {i} | {g.count} | {g.users} | {g.reasons()['thumbs_down']} | "
                     f"{_md_cell(g.examples[0])} | {g.nearest_entry or '-'} | {score} | "
                     f"{g.now or '-'} |")
    return "\n".join(lines) + "\n"


@dataclass
class Stats:
    questions: int
    per_day: list[tuple[date, int, int]]  # day, questions, answered
    outcomes: Counter[str]
    top_entries: list[tuple[str, int]]
    feedback_up: int
    feedback_down: int
    down_entries: list[tuple[str, int]]
    floods: int = 0  # times a user reached the inbound flood limit

    @property
    def answered_share(self) -> float:
        answered = sum(self.outcomes[o] for o in ANSWERED)
        return answered / self.questions if self.questions else 0.0


def compute_stats(rows: list[LogRow], top: int = 10) -> Stats:
    questions = [r for r in rows if r.outcome not in NOT_QUESTIONS]
    days: dict[date, list[int]] = {}
    for r in questions:
        day = days.setdefault(r.day, [0, 0])
        day[0] += 1
        day[1] += r.outcome in ANSWERED
    shown: Counter[str] = Counter()
    for r in rows:
        # A calculation's entry_id is only what a follow-up leans on, not an answer shown
        entry = r.chosen_entry_id or (r.entry_id if r.outcome in ("answered", "redirect", "opened")
                                      else None)
        if entry:
            shown[entry] += 1
    down = Counter(r.chosen_entry_id or r.entry_id for r in rows
                   if r.feedback == -1 and (r.chosen_entry_id or r.entry_id))
    return Stats(
        questions=len(questions),
        per_day=[(d, n, a) for d, (n, a) in sorted(days.items())],
        outcomes=Counter(r.outcome for r in questions),
        top_entries=shown.most_common(top),
        feedback_up=sum(1 for r in rows if r.feedback == 1),
        feedback_down=sum(1 for r in rows if r.feedback == -1),
        down_entries=down.most_common(top),
        floods=sum(1 for r in rows if r.outcome == "flood"),
    )


def stats_text(stats: Stats, since: date | None = None) -> str:
    """Plain text for the terminal."""
    lines = [f"Statistik pertanyaan{f' sejak {since.isoformat()}' if since else ''}",
             f"Pertanyaan: {stats.questions}, terjawab {stats.answered_share:.0%}",
             "Hasil: " + (", ".join(f"{k} {v}" for k, v in stats.outcomes.most_common()) or "-"),
             f"Umpan balik: 👍 {stats.feedback_up} / 👎 {stats.feedback_down}",
             f"Batas pesan tercapai (banjir pesan): {stats.floods} kali", "", "Per hari:"]
    lines += [f"  {d.isoformat()}  {n:5d} pertanyaan, {a / n:.0%} terjawab"
              for d, n, a in stats.per_day] or ["  -"]
    lines += ["", "Entri teratas:"]
    lines += [f"  {n:5d}  {e}" for e, n in stats.top_entries] or ["  -"]
    if stats.down_entries:
        lines += ["", "Entri dengan 👎 terbanyak:"]
        lines += [f"  {n:5d}  {e}" for e, n in stats.down_entries]
    return "\n".join(lines)


def load_content_for_report(settings: Settings) -> Content | None:
    """The current FAQ, to name the nearest entry; a broken FAQ must not block the report."""
    try:
        return build_content(settings.faq_dir, settings.templates_dir, date.today())
    except ContentError:
        return None


async def run_report_cli(args: argparse.Namespace, settings: Settings) -> int:
    target = database_target(settings, args.db)
    if sqlite_file_missing(target):
        print(f"no question log at {target} (use --db PATH)", file=sys.stderr)
        return 1
    db = await open_database(target)
    try:
        rows = await fetch_rows(db, args.since)
        learned = await load_decisions(db, args.since)
        waiting = await count_pending(db)
    finally:
        await db.close()
    if args.report_command == "stats":
        print(stats_text(compute_stats(rows), args.since) + learned_text(learned)
              + f"\nTanya petugas belum ditutup: {waiting} (admin: /antrean)")
        return 0
    content = load_content_for_report(settings)
    if content is None:
        print("warning: FAQ files do not validate; nearest entries left blank", file=sys.stderr)
    groups = group_misses(rows, content)
    sys.stdout.write(misses_csv(groups) if args.format == "csv"
                     else misses_md(groups, args.since) + new_entries_md(learned))
    return 0
