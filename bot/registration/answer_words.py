"""The word lists of data/answer_words.yaml (staff-edited), loaded once and checked.

Nothing here logs: the lists are read at start, the texts they are used on are personal data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.content.yamlsrc import is_word_item

DATA_DIR = Path(__file__).resolve().parent / "data"
WORDS_FILE = DATA_DIR / "answer_words.yaml"
FIELD_STEPS = ("name", "nik", "dob", "phone", "occupation", "location", "income", "programs")
JOB_CODES = ("ojol", "sopir", "pedagang", "petani", "nelayan", "nakes", "art", "buruh")
_LISTS = ("not_months", "corrections", "name_leads", "name_address", "income_drop",
          "place_drop", "edit_words", "wrong_words", "correction_chat")
# Lists that must be there: without one, "mau daftar" or a transport job would silently not
# be read (steps.wants_to_register, steps.read_occupation)
REQUIRED = ("transport_words", "howto_words", "register_subjects", "register_wants",
            "register_me", "register_fillers", "register_verbs", "register_me_verbs",
            "register_alone", "register_alone_tails")


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
    # REQUIRED lists by name: transport jobs, how-to words, the parts of "mau daftar"
    required: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _strings(raw: Any, where: str, problems: list[str]) -> list[str]:
    """A list of words (numbers allowed, written as text); anything else is reported."""
    if not isinstance(raw, list):
        problems.append(f"{where}: harus berupa daftar kata")
        return []
    words = []
    for item in raw:
        if not is_word_item(item):
            problems.append(f"{where}: '{item}' bukan kata")
            continue
        words.append(" ".join(str(item).lower().split()))
    return words


def _mapping(raw: Any, where: str, keys: tuple[str, ...], problems: list[str]
             ) -> dict[str, str]:
    """{key: [words]} -> {word: key}, each key checked against `keys`."""
    out: dict[str, str] = {}
    if not isinstance(raw, dict):
        problems.append(f"{where}: harus berupa pemetaan")
        return out
    for key, words in raw.items():
        if str(key) not in keys:
            problems.append(f"{where}: '{key}' tidak dikenal; gunakan {', '.join(keys)}")
            continue
        for word in _strings(words, f"{where}.{key}", problems):
            out[word] = str(key)
    return out


def check_answer_words(path: Path) -> tuple[AnswerWords | None, list[str]]:
    """Read and check the file: (the lists, problems as 'answer_words.yaml: message')."""
    problems: list[str] = []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        return None, [f"{path.name}: {exc}"]
    if not isinstance(data, dict):
        return None, [f"{path.name}: harus berupa pemetaan nama daftar -> kata"]
    known = {*_LISTS, *REQUIRED, "months", "date_labels", "jobs", "programs", "fields"}
    problems += [f"daftar '{k}' tidak dikenal" for k in sorted(set(data) - known)]
    months = {w: int(m) for w, m in _mapping(
        data.get("months"), "months", tuple(str(n) for n in range(1, 13)), problems).items()}
    lists = {name: _strings(data.get(name, []), name, problems) for name in _LISTS}
    problems += [f"daftar '{name}' tidak ada" for name in REQUIRED if name not in data]
    required = {name: tuple(_strings(data.get(name, []), name, problems)) for name in REQUIRED}
    jobs = data.get("jobs") if isinstance(data.get("jobs"), dict) else {}
    programs = data.get("programs") if isinstance(data.get("programs"), dict) else {}
    words = AnswerWords(
        months=months, not_months=frozenset(lists["not_months"]),
        date_labels=_mapping(data.get("date_labels"), "date_labels",
                             ("day", "month", "year", "skip"), problems),
        corrections=frozenset(lists["corrections"]),
        name_leads=tuple(sorted(lists["name_leads"], key=len, reverse=True)),
        name_address=frozenset(lists["name_address"]),
        strong_jobs=_mapping(jobs.get("strong", {}), "jobs.strong", JOB_CODES, problems),
        weak_jobs=_mapping(jobs.get("weak", {}), "jobs.weak", JOB_CODES, problems),
        with_jht=frozenset(_strings(programs.get("with_jht", []), "with_jht", problems)),
        without_jht=frozenset(_strings(programs.get("without_jht", []), "without_jht",
                                       problems)),
        negations=frozenset(_strings(programs.get("not", []), "programs.not", problems)),
        only=frozenset(_strings(programs.get("only", []), "programs.only", problems)),
        income_drop=tuple(sorted(lists["income_drop"], key=len, reverse=True)),
        place_drop=frozenset(lists["place_drop"]),
        fields=_mapping(data.get("fields"), "fields", FIELD_STEPS, problems),
        edit_words=frozenset(lists["edit_words"]), wrong_words=frozenset(lists["wrong_words"]),
        correction_chat=frozenset(lists["correction_chat"]), required=required)
    if len(set(months.values())) != 12:
        problems.append("months: setiap bulan 1-12 harus punya nama")
    return words, [f"{path.name}: {p}" for p in problems]


@lru_cache(maxsize=1)
def answer_words() -> AnswerWords:
    """The lists of the shipped file; a broken file stops the bot at start (tests check it)."""
    words, problems = check_answer_words(WORDS_FILE)
    if problems or words is None:
        raise ValueError("\n".join(problems))
    return words
