"""The words after /pengingat (data/reminder_words.yaml, staff-edited), read once and checked.

Command arguments, not chat words: the file ships with the code and is read at start, so a
broken or missing list stops the start instead of leaving reminders that cannot be stopped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.content.wordfile import read_shipped
from bot.content.yamlsrc import ContentError, LineList, Problem, is_word_item

WORDS_FILE = Path(__file__).resolve().parent / "data" / "reminder_words.yaml"
LISTS = ("stop", "start", "day_leads")
WORD_RE = re.compile(r"^[a-z0-9]+$")  # an argument is compared whole, lower case


@dataclass(frozen=True)
class ReminderWords:
    """`/pengingat <word>`: stop, start at the default day, or the word before a day."""

    stop: frozenset[str]
    start: frozenset[str]
    day_leads: tuple[str, ...]  # in file order: the first that leads the argument is dropped


def check_reminder_words(path: Path) -> tuple[ReminderWords | None, list[Problem]]:
    """Read and check the file: (the lists, or None with every problem as file:line)."""
    shown, data, problems = read_shipped(path, WORDS_FILE, LISTS)
    if data is None:
        return None, problems
    lists: dict[str, tuple[str, ...]] = {}
    for name in LISTS:
        value = data.get(name)
        if not isinstance(value, LineList) or (name == "stop" and not value):
            problems.append(Problem(shown, data.line_of(name) if name in data else 1, name,
                                    f"daftar '{name}' harus ada dan berupa daftar kata"
                                    + (" yang tidak kosong" if name == "stop" else "")))
            continue
        lists[name] = tuple(str(item).lower() for item in value)
        for i, item in enumerate(value):
            if not is_word_item(item) or not WORD_RE.match(str(item).lower()):
                problems.append(Problem(shown, value.line_of(i), name, f"'{item}' bukan satu kata "
                                        "a-z/angka (on/off/yes/no diberi tanda kutip)"))
    for word in sorted(set(lists.get("stop", ())) & set(lists.get("start", ()))):
        problems.append(Problem(shown, data.line_of("start"), "start",
                                f"'{word}' ada di stop dan start: artinya tidak jelas"))
    if problems:
        return None, problems
    return ReminderWords(frozenset(lists["stop"]), frozenset(lists["start"]),
                         lists["day_leads"]), []


@lru_cache(maxsize=1)
def reminder_words() -> ReminderWords:
    """The lists of the shipped file, read once. A broken file raises ContentError, which stops
    the bot at start (bot.app.composition) with every problem as file:line, as `faq check`."""
    words, problems = check_reminder_words(WORDS_FILE)
    if problems or words is None:
        raise ContentError(problems)
    return words
