"""Load and validate `faq/calc-cues.yaml` into `Cues`, every problem as file:line."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from bot.content.yamlsrc import (
    ContentError,
    LineDict,
    LineList,
    Problem,
    is_word_item,
    load_yaml,
)
from bot.understand.cues import GROUPS, Cues, OtherScheme, Period
from bot.understand.minimum_wage import parse as parse_minimum_wage
from bot.understand.reading import NAMES as FIRST_NAMES
from bot.understand.reading import WORD_RE as READING_WORD_RE
from bot.understand.reading_more import NAMES as MORE_NAMES

FILE_NAME = "calc-cues.yaml"
READING_NAMES = FIRST_NAMES + MORE_NAMES
# Keys the reader relies on: a missing one would silently switch a feature off.
REQUIRED = {
    "kinds": {"contribution", "death", "accident", "disability", "job_loss", "pension",
              "benefit_verbs", "projection", "fine", "payslip", "payslip_doubt", "old_rule"},
    "programs": {"JKK", "JKM", "JHT", "JP", "JKP"},
    "roles": {"wage", "allowance", "variable_allowance", "deduction", "income", "balance",
              "paid", "benefit", "age"},
    "who": {"employer", "worker", "staff", "bpu", "clinic"},
    "sectors": {"transport", "other"},
    "not_calculation": {"scam", "tax", "other", "no_jkp"},
}
# Lists in one group that must not share a word: the reader could not tell them apart.
EXCLUSIVE = {"sectors", "programs", "not_calculation"}
TOP = {*GROUPS, "periods", "followup", "pointers", "pointing", "corrections", "correction_tails",
       "program_fillers", "asking", "other_schemes", "payslip_others", "minimum_wage",
       "calc_context", "reading", "numbered"}
# `numbered`: words that stand for a number, each list's numbers bounded (all lists required:
# a missing one would silently stop "risiko sedang", "bulan lalu" or "desember" being read)
NUMBERED = {"risk_levels": (1, 5), "risk_levels_en": (1, 5), "relative_months": (-12, 12),
            "months": (1, 12), "months_short": (1, 12)}
PHRASE_RE = re.compile(r"^[a-z0-9]+(?: [a-z0-9]+)*$")


def _words(value: object) -> tuple[str, ...] | None:
    if isinstance(value, list) and value and all(is_word_item(v) for v in value):
        return tuple(str(v).strip().lower() for v in value if str(v).strip())
    return None


def _number(value: object) -> Decimal | None:
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return number if number > 0 else None


def parse_cues(data: object, display: str = FILE_NAME) -> tuple[Cues, list[Problem]]:
    """Validate the cue data; return what could be read and every problem found."""
    problems: list[Problem] = []

    def bad(line: int, key: str, msg: str) -> None:
        problems.append(Problem(display, line, key, msg))

    cues = Cues()
    if not isinstance(data, LineDict):
        bad(1, "", "file must be a mapping of cue groups")
        return cues, problems
    for key in sorted(set(data) - TOP):
        bad(data.line_of(key), key, f"unknown group '{key}'")
    for group in GROUPS:
        table = data.get(group)
        if not isinstance(table, LineDict):
            bad(data.line_of(group), group, f"'{group}' must map names to word lists")
            continue
        lists: dict[str, tuple[str, ...]] = {}
        owner: dict[str, str] = {}
        for name, value in table.items():
            words = _words(value)
            if words is None:
                bad(table.line_of(name), f"{group}.{name}", "must be a non-empty list of words")
                continue
            lists[name] = words
            for word in words if group in EXCLUSIVE else ():
                if word in owner and owner[word] != name:
                    bad(table.line_of(name), f"{group}.{name}",
                        f"'{word}' is also in {group}.{owner[word]}")
                owner[word] = name
        for missing in sorted(REQUIRED[group] - set(table)):
            bad(data.line_of(group), group, f"missing list '{missing}'")
        cues.lists[group] = lists
    periods = data.get("periods")
    if isinstance(periods, LineDict):
        for name, item in periods.items():
            words = _words(item.get("words")) if isinstance(item, LineDict) else None
            per_month = _number(item.get("per_month")) if isinstance(item, LineDict) else None
            # "months: 12": one period covers 12 months (a year), per_month is then 1
            months = _number(item.get("months", 1)) if isinstance(item, LineDict) else None
            if words is None or per_month is None or months is None:
                bad(periods.line_of(name), f"periods.{name}",
                    "needs words (a list), per_month and optional months (numbers above 0)")
                continue
            cues.periods[name] = Period(words, per_month, months)
    else:
        bad(data.line_of("periods"), "periods", "'periods' must map day/week to words")
    followup = _words(data.get("followup"))
    if followup is None:
        bad(data.line_of("followup"), "followup", "'followup' must be a list of words")
    cues.followup = followup or ()
    # Optional word lists: of follow-ups, words that point back to the last answer, correct the
    # message before (at its start / its end), or may follow a program named alone; `asking`,
    # words that ask for a figure (without it every long story with an amount is read).
    for name in ("pointers", "pointing", "corrections", "correction_tails", "program_fillers",
                 "asking"):
        if name in data:
            words = _words(data.get(name))
            if words is None:
                bad(data.line_of(name), name, f"'{name}' must be a list of words")
            setattr(cues, name, words or ())
    if "calc_context" in data:  # optional: the FAQ entry of each calculation's result
        context = data.get("calc_context")
        if isinstance(context, LineDict) and all(isinstance(v, str) for v in context.values()):
            cues.calc_context = {str(k): str(v) for k, v in context.items()}
            cues.calc_context_lines = {str(k): context.line_of(k) for k in context}
        else:
            bad(data.line_of("calc_context"), "calc_context",
                "'calc_context' must map a calculation to an entry id")
    schemes = data.get("other_schemes")
    if isinstance(schemes, LineList):
        found = []
        for i, item in enumerate(schemes):
            ok = isinstance(item, LineDict) and isinstance(item.get("name"), str) \
                and isinstance(item.get("who"), str) and _words(item.get("words"))
            if not ok:
                bad(schemes.line_of(i), "other_schemes", "each needs name, who and words")
                continue
            found.append(OtherScheme(item["name"], item["who"], _words(item["words"]) or ()))
        cues.other_schemes = tuple(found)
    else:
        bad(data.line_of("other_schemes"), "other_schemes", "must be a list")
    others = data.get("payslip_others")
    if isinstance(others, LineDict) and _number(others.get("bpjs_kesehatan_rate")) \
            and _number(others.get("bpjs_kesehatan_wage_cap")) and others.get("basis"):
        cues.payslip_others = {k: str(v) for k, v in others.items()}
    else:
        bad(data.line_of("payslip_others"), "payslip_others",
            "needs bpjs_kesehatan_rate, bpjs_kesehatan_wage_cap and basis")
    _parse_reading(data, cues, bad)
    _parse_numbered(data, cues, bad)
    if "minimum_wage" in data:  # optional: without it "gaji UMR" is asked back as a number
        line = data.line_of("minimum_wage")
        cues.minimum_wage = parse_minimum_wage(data["minimum_wage"],
                                               lambda key, msg: bad(line, key, msg))
    return cues, problems


def _parse_reading(data: LineDict, cues: Cues, bad) -> None:
    """`reading`: the word lists the reader's rules are built from; every list the rules read
    must be there (a missing one would switch a rule off), each word as WORD_RE allows."""
    table = data.get("reading")
    if not isinstance(table, LineDict):
        bad(data.line_of("reading"), "reading", "'reading' must map names to word lists")
        return
    for name, value in table.items():
        words = _words(value)
        if name not in READING_NAMES:
            bad(table.line_of(name), f"reading.{name}", f"unknown list '{name}'")
        elif words is None:
            bad(table.line_of(name), f"reading.{name}", "must be a non-empty list of words")
        elif wrong := [w for w in words if not READING_WORD_RE.match(w)]:
            bad(table.line_of(name), f"reading.{name}",
                f"'{wrong[0]}' is not a word: letters, digits, spaces, ' . / - inside a word, "
                "'*' only at its start or end")
        else:
            cues.reading[name] = words
    for missing in sorted(set(READING_NAMES) - set(table)):
        bad(data.line_of("reading"), "reading", f"missing list '{missing}'")


def _parse_numbered(data: LineDict, cues: Cues, bad) -> None:
    """`numbered`: for each list, words (letters and digits, single spaces) -> a whole number."""
    table = data.get("numbered")
    if not isinstance(table, LineDict):
        bad(data.line_of("numbered"), "numbered", "'numbered' must map names to word: number")
        return
    for name, value in table.items():
        where, line = f"numbered.{name}", table.line_of(name)
        if name not in NUMBERED:
            bad(line, where, f"unknown list '{name}'; use {', '.join(NUMBERED)}")
            continue
        low, high = NUMBERED[name]
        if not isinstance(value, LineDict) or not value:
            bad(line, where, "must map words to numbers")
            continue
        words: dict[str, int] = {}
        for word, number in value.items():
            text = " ".join(str(word).lower().split()) if is_word_item(word) else ""
            if not PHRASE_RE.match(text):
                bad(value.line_of(word), where, f"'{word}' is not a word or phrase (letters, "
                    "digits, single spaces; quote yes/no/on/off)")
            elif isinstance(number, bool) or not isinstance(number, int) \
                    or not low <= number <= high:
                bad(value.line_of(word), where, f"'{word}': {number} is not a whole number "
                    f"from {low} to {high}")
            else:
                words[text] = number
        cues.numbered[name] = words
    for missing in sorted(set(NUMBERED) - set(table)):
        bad(data.line_of("numbered"), "numbered", f"missing list '{missing}'")


def unknown_context(cues: Cues, entry_ids: set[str] | dict, display: str = FILE_NAME
                    ) -> list[Problem]:
    """`calc_context` entries that name no FAQ entry (checked once the FAQ is loaded): a
    warning, since a follow-up after that calculation is then only read on its own."""
    return [Problem(display, cues.calc_context_lines.get(topic, 1), "calc_context",
                    f"unknown entry id '{entry}' for {topic}", "warning")
            for topic, entry in cues.calc_context.items() if entry not in entry_ids]


def load_cues(path: Path) -> Cues:
    """Load the cue file; raise ContentError with every problem (file:line)."""
    data, problems = load_yaml(path, path.name)
    if data is None:
        raise ContentError(problems or [Problem(path.name, 1, "", "empty file")])
    cues, problems = parse_cues(data, path.name)
    if problems:
        raise ContentError(problems)
    return cues


def check_cues(directory: Path) -> list[Problem]:
    """`faq check`: the cue file's problems (none when it validates)."""
    return read_cues(directory)[1]


def read_cues(directory: Path) -> tuple[Cues | None, list[Problem]]:
    """The cue file of `directory` and its problems (None when it does not validate): read
    once by `faq check`, which checks it and then uses it."""
    path = directory / FILE_NAME
    if not path.is_file():
        return None, [Problem(FILE_NAME, 1, "", "missing: the calculator needs its cue words")]
    try:
        return load_cues(path), []
    except ContentError as exc:
        return None, exc.problems
