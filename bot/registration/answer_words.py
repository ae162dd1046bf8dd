"""The word lists of data/answer_words.yaml (staff-edited), loaded once and checked.

Nothing here logs: the lists are read at start, the texts they are used on are personal data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.content.wordfile import read_shipped
from bot.content.yamlsrc import ContentError, LineDict, LineList, Problem, is_word_item

DATA_DIR = Path(__file__).resolve().parent / "data"
WORDS_FILE = DATA_DIR / "answer_words.yaml"
FIELD_STEPS = ("name", "nik", "dob", "phone", "occupation", "location", "income", "programs")
JOB_CODES = ("ojol", "sopir", "pedagang", "petani", "nelayan", "nakes", "art", "buruh")
_LISTS = ("not_months", "corrections", "name_leads", "name_address", "income_drop",
          "place_drop", "edit_words", "wrong_words", "correction_chat", "edit_chat", "not_names")
# Lists that must be there: without one, "mau daftar" or a transport job would silently not
# be read (steps.wants_to_register, steps.read_occupation)
REQUIRED = ("transport_words", "howto_words", "register_subjects", "register_wants",
            "register_me", "register_fillers", "register_verbs", "register_me_verbs",
            "register_alone", "register_alone_tails", "replaced_words", "value_links",
            "know_words", "know_chat")
# Lists that may be left out (empty): greeting words that are also given names, the words
# that say an income is per day, week or year or a range, the context a question is asked in
OPTIONAL = ("greeting_names", "income_per_day", "income_per_week", "income_per_year",
            "income_range_words",
            "question_context", "data_questions", "consent_yes", "consent_no", "loose_phrases")
# Every name the file may use, in the order the file lists them (as unknown-name problems show)
KNOWN = ("months", "not_months", "date_labels", "corrections", "name_leads", "name_address",
         "not_names", "jobs", "programs", "income_drop", "place_drop", "fields", "edit_words",
         "wrong_words", "correction_chat", "edit_chat", *REQUIRED, *OPTIONAL)
Bad = Callable[[int, str, str], None]


@dataclass(frozen=True)
class AnswerWords:
    """All lists lower case; phrases keep their single spaces."""

    months: dict[str, int]  # name or abbreviation -> month number
    not_months: frozenset[str]
    date_labels: dict[str, str]  # label word -> "day" | "month" | "year" | "skip"
    corrections: frozenset[str]
    name_leads: tuple[str, ...]  # longest first
    name_address: frozenset[str]
    strong_jobs: dict[str, str]  # word or phrase -> occupation code
    weak_jobs: dict[str, str]
    with_jht: frozenset[str]
    without_jht: frozenset[str]
    negations: frozenset[str]
    only: frozenset[str]
    income_drop: tuple[str, ...]
    place_drop: frozenset[str]
    fields: dict[str, str]  # word or phrase -> step
    edit_words: frozenset[str]
    wrong_words: frozenset[str] = frozenset()  # "salah", "typo": the answer before was wrong
    correction_chat: frozenset[str] = frozenset()  # "tadi", "ketik": around them, no value
    edit_chat: frozenset[str] = frozenset()  # "mau", "dulu": around a change asked, no value
    not_names: tuple[str, ...] = ()  # "halo", "ok siap", "menu": no name (longest first)
    # REQUIRED lists by name: transport jobs, how-to words, the parts of "mau daftar"
    required: dict[str, tuple[str, ...]] = field(default_factory=dict)
    optional: dict[str, tuple[str, ...]] = field(default_factory=dict)  # OPTIONAL by name


def _strings(raw: Any, line: int, where: str, bad: Bad) -> list[str]:
    """A list of words (numbers allowed, written as text); anything else is reported."""
    if not isinstance(raw, list):
        bad(line, where, "harus berupa daftar kata")
        return []
    words = []
    for i, item in enumerate(raw):
        if not is_word_item(item):
            bad(raw.line_of(i) if isinstance(raw, LineList) else line, where,
                f"'{item}' bukan kata (yes/no/on/off diberi tanda kutip)")
            continue
        words.append(" ".join(str(item).lower().split()))
    return words


def _mapping(parent: LineDict, key: str, entry: str, keys: tuple[str, ...], bad: Bad,
             default: dict | None = None) -> dict[str, str]:
    """parent[key] = {name: [words]} -> {word: name}, each name checked against `keys`;
    left out: `default` if given, else a problem."""
    out: dict[str, str] = {}
    raw = parent.get(key, default)
    line = parent.line_of(key)
    if not isinstance(raw, dict):
        bad(line, entry, "harus berupa pemetaan")
        return out
    for name, words in raw.items():
        name_line = raw.line_of(name) if isinstance(raw, LineDict) else line
        if str(name) not in keys:
            bad(name_line, entry, f"'{name}' tidak dikenal; gunakan {', '.join(keys)}")
            continue
        for word in _strings(words, name_line, f"{entry}.{name}", bad):
            out[word] = str(name)
    return out


def check_answer_words(path: Path) -> tuple[AnswerWords | None, list[Problem]]:
    """Read and check the file: (the lists, every problem as file:line like `faq check`)."""
    shown, data, problems = read_shipped(path, WORDS_FILE, KNOWN)
    if data is None:
        return None, problems

    def bad(line: int, entry: str, message: str) -> None:
        """Record one problem of this file."""
        problems.append(Problem(shown, line, entry, message))

    def strings(name: str, within: LineDict = data, entry: str = "") -> list[str]:
        """One list of `within` (left out = empty), reported under `entry` or its name."""
        return _strings(within.get(name, []), within.line_of(name), entry or name, bad)

    months = {w: int(m) for w, m in _mapping(
        data, "months", "months", tuple(str(n) for n in range(1, 13)), bad).items()}
    lists = {name: strings(name) for name in _LISTS}
    for name in REQUIRED:
        if name not in data:
            bad(1, name, f"daftar '{name}' tidak ada")
    required = {name: tuple(strings(name)) for name in REQUIRED}
    jobs, programs = _section(data, "jobs", bad), _section(data, "programs", bad)
    words = AnswerWords(
        months=months, not_months=frozenset(lists["not_months"]),
        date_labels=_mapping(data, "date_labels", "date_labels", ("day", "month", "year", "skip"),
                             bad),
        corrections=frozenset(lists["corrections"]),
        name_leads=tuple(sorted(lists["name_leads"], key=len, reverse=True)),
        name_address=frozenset(lists["name_address"]),
        strong_jobs=_mapping(jobs, "strong", "jobs.strong", JOB_CODES, bad, {}),
        weak_jobs=_mapping(jobs, "weak", "jobs.weak", JOB_CODES, bad, {}),
        with_jht=frozenset(strings("with_jht", programs)),
        without_jht=frozenset(strings("without_jht", programs)),
        negations=frozenset(strings("not", programs, "programs.not")),
        only=frozenset(strings("only", programs, "programs.only")),
        income_drop=tuple(sorted(lists["income_drop"], key=len, reverse=True)),
        place_drop=frozenset(lists["place_drop"]),
        fields=_mapping(data, "fields", "fields", FIELD_STEPS, bad),
        edit_words=frozenset(lists["edit_words"]), wrong_words=frozenset(lists["wrong_words"]),
        correction_chat=frozenset(lists["correction_chat"]),
        edit_chat=frozenset(lists["edit_chat"]), required=required,
        optional={name: tuple(strings(name)) for name in OPTIONAL},
        not_names=tuple(sorted(lists["not_names"], key=len, reverse=True)))
    if len(set(months.values())) != 12:
        bad(data.line_of("months"), "months", "setiap bulan 1-12 harus punya nama")
    return words, sorted(problems, key=lambda p: p.line)


def _section(data: LineDict, key: str, bad: Bad) -> LineDict:
    """A mapping of lists (jobs, programs); left out or malformed: an empty one."""
    value = data.get(key)
    if isinstance(value, LineDict):
        return value
    if value is not None:
        bad(data.line_of(key), key, "harus berupa pemetaan")
    empty = LineDict()
    empty.line, empty.key_lines = data.line_of(key), {}
    return empty


@lru_cache(maxsize=1)
def answer_words() -> AnswerWords:
    """The lists of the shipped file, read once: it ships with the code and is never reloaded.
    A broken file raises ContentError, which stops the bot at start (bot.app.composition) with
    every problem as file:line, the way `faq check` prints them."""
    words, problems = check_answer_words(WORDS_FILE)
    if problems or words is None:
        raise ContentError(problems)
    return words
