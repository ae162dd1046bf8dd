"""`faq/replies.yaml`: the words that answer a prompt (yes, no, cancel) or mark a question."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bot.content.yamlsrc import LineDict, LineList, Problem, load_yaml
from bot.understand.normalize import clean
from bot.understand.replies import ReplyWords

FILE = "replies.yaml"
WORD_LISTS = ("yes_words", "no_words", "cancel_words", "fillers", "question_words",
              "weak_question_words", "question_phrases", "topic_words", "topic_prefixes",
              "kah_bases", "question_endings", "smalltalk")
KNOWN = {*WORD_LISTS, "max_answer_words", "not_in_answers"}
STEPS = ("name", "occupation", "location")  # the free-text steps with their own limits
Bad = Callable[[int, str, str], None]


def load_reply_words(directory: Path, problems: list[Problem]) -> ReplyWords:
    """Read and validate the file; a missing file gives the built-in minimal lists."""
    path = directory / FILE
    if not path.is_file():
        return ReplyWords()
    data, syntax = load_yaml(path, FILE, empty_ok=False)
    problems += syntax
    if data is None:
        return ReplyWords()

    def bad(line: int, entry: str, message: str) -> None:
        """Record one problem of this file."""
        problems.append(Problem(FILE, line, entry, message))

    if not isinstance(data, LineDict):
        bad(1, "", "replies file must be a mapping of list names to word lists")
        return ReplyWords()
    for key in sorted(set(data) - KNOWN):
        bad(data.line_of(key), key, f"unknown list '{key}'; use {', '.join(sorted(KNOWN))}")
    lists = {name: _words(data, name, bad) for name in WORD_LISTS}
    for first, second in (("yes_words", "no_words"), ("yes_words", "cancel_words"),
                          ("no_words", "cancel_words")):
        for word in sorted(lists[first] & lists[second]):
            bad(data.line_of(second), second, f"'{word}' is in both '{first}' and '{second}'")
    return ReplyWords(
        yes=lists["yes_words"], no=lists["no_words"], cancel=lists["cancel_words"],
        fillers=lists["fillers"], question_words=lists["question_words"],
        weak_question_words=lists["weak_question_words"],
        question_phrases=lists["question_phrases"], topic_words=lists["topic_words"],
        topic_prefixes=tuple(sorted(lists["topic_prefixes"])), kah_bases=lists["kah_bases"],
        question_endings=lists["question_endings"], smalltalk=lists["smalltalk"],
        max_answer_words=_limits(data, bad), not_in_answers=_not_in_answers(data, bad))


def _per_step(data: LineDict, key: str, bad: Bad) -> LineDict:
    """A mapping of step -> value, with unknown steps reported."""
    raw = data.get(key, LineDict())
    if not isinstance(raw, LineDict):
        bad(data.line_of(key), key, f"'{key}' must map a step ({', '.join(STEPS)}) to a value")
        return LineDict()
    for step in raw:
        if step not in STEPS:
            bad(raw.line_of(step), step, f"unknown step; use {', '.join(STEPS)}")
    return raw


def _limits(data: LineDict, bad: Bad) -> dict[str, int]:
    """max_answer_words: a whole number of words per step."""
    raw = _per_step(data, "max_answer_words", bad)
    limits: dict[str, int] = {}
    for step, value in raw.items():
        if step not in STEPS:
            continue
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            bad(raw.line_of(step), step, "must be a whole number of words, at least 1")
        else:
            limits[step] = value
    return limits


def _not_in_answers(data: LineDict, bad: Bad) -> dict[str, frozenset[str]]:
    """not_in_answers: words a step's value never contains."""
    raw = _per_step(data, "not_in_answers", bad)
    return {step: _words(raw, step, bad) for step in raw if step in STEPS}


def _words(data: LineDict, name: str, bad: Bad) -> frozenset[str]:
    """One list of words or phrases, each cleaned the way messages are."""
    raw = data.get(name)
    if raw is None:  # a list left out is empty
        return frozenset()
    if not isinstance(raw, LineList):
        bad(data.line_of(name), name, f"'{name}' must be a list of words")
        return frozenset()
    words = []
    for i, item in enumerate(raw):
        if isinstance(item, bool):
            bad(raw.line_of(i), name, f"item {i + 1} of '{name}' was read as true/false: "
                "put it in quotes (\"yes\", \"no\")")
            continue
        word = clean(str(item)) if isinstance(item, str | int) else ""  # bool: handled above
        if not word:
            bad(raw.line_of(i), name, f"item {i + 1} of '{name}' is empty or not a word")
        elif word != str(item).strip().lower():
            bad(raw.line_of(i), name, f"'{item}' would be read as '{word}'; write it that way")
        else:
            words.append(word)
    return frozenset(words)
