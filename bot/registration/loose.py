"""An answer followed by a loose tail: "serabutan, apa aja yg ada" (whatever there is), "Budi
Santoso, mohon dibantu", "tukang, apa aja yg penting halal". The tail asks nothing, so the
answer before it is the step's value. A whole answer followed by a tail that surely asks
("pedagang, syaratnya apa aja", "3 juta, iurannya berapa ya") is kept and the tail answered as a
question (`asked_after`); anything else stays one message, read as typed.

The "whatever" words are data (data/answer_words.yaml `loose_phrases`); the asking words are
faq/replies.yaml's. Nothing here logs: the texts are personal data.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from bot.registration.answer_words import answer_words
from bot.registration.steps import STEPS, read_answer
from bot.registration.validators import Invalid
from bot.understand.normalize import clean
from bot.understand.replies import ReplyWords, question_level

_SEPARATOR_RE = re.compile(r"\s*[,;]\s*|\s+-\s+")


def _asks(text: str, words: ReplyWords) -> bool:
    """Whether a tail asks anything once its "whatever" phrases are taken out (no step's own
    rules: "mohon dibantu" is no name, but no question either)."""
    padded = f" {clean(text)} "
    for phrase in answer_words().optional.get("loose_phrases", ()):
        padded = padded.replace(f" {phrase} ", " ")
    return question_level(padded, words) != "none"


def _step_level(text: str, words: ReplyWords, step: str) -> str:
    """How surely `text` asks at `step` (a programme named answers the programmes step)."""
    return question_level(text, words, step, topic_is_answer=step == "programs")


def answer_part(words: ReplyWords, data: dict[str, Any], text: str, today: date) -> str:
    """The text to read as the step's value: the part before a loose tail when the whole
    reads as a question only because of that tail; else the text as typed."""
    step = data.get("step")
    if step not in STEPS or "?" in text or data.get("partial"):
        return text
    parts = _SEPARATOR_RE.split(text.strip(), maxsplit=1)
    if len(parts) != 2 or not parts[0] or not parts[1]:
        return text
    head, tail = parts
    if _step_level(head, words, step) != "none" or _asks(tail, words) \
            or _step_level(text, words, step) == "none":
        return text
    try:
        read_answer(step, head, data["fields"], today, free_place=bool(data.get("free_place")))
    except Invalid:
        return text
    return head


_ASKED_AFTER_RE = re.compile(r"\s*[,;]\s*|\s+-\s+|(?<=[^\W\d_])\.\s+")


def asked_after(words: ReplyWords, data: dict[str, Any], text: str, today: date
                ) -> tuple[dict[str, Any], str] | None:
    """An answer followed by a question in one message ("3 juta, iurannya berapa ya",
    "17-08-1990, umur segitu masih bisa ikut jht?"): the answer's values and the question, when
    the part before it is a whole valid answer that asks nothing and the rest surely asks;
    else None (a place still to choose from a list is no whole answer)."""
    step = data.get("step")
    if step not in STEPS or data.get("partial") or data.get("suggest"):
        return None
    parts = _ASKED_AFTER_RE.split(text.strip(), maxsplit=1)
    if len(parts) != 2 or not parts[0] or "?" in parts[0] or not parts[1]:
        return None
    head, tail = parts
    if _step_level(head, words, step) != "none" \
            or question_level(tail, words) != "strong" or not _asks(tail, words):
        return None
    try:
        result = read_answer(step, head, data["fields"], today,
                             free_place=bool(data.get("free_place")))
    except Invalid:
        return None
    return (result.values, tail) if result.suggestions is None and result.values else None
