"""Reading a reply to a prompt: yes, no, cancel, a question for the FAQ, or an answer.

The words are data (`faq/replies.yaml`, loaded by `bot.content.replywords`), so staff extend them
without touching code. A conversation asks two things of a message:

- `yes_no`: at a confirmation ("Apakah Anda setuju?", the summary, "lanjutkan?"), is the whole
  message a plain yes ("ya", "iya kak", "ok lanjut"), no ("tidak", "gak") or cancel ("gak jadi",
  "batal")? Mixed or longer messages are neither.
- `question_level`: at a step that expects a value (a name, a job, a place), is this a question?
  "strong" = certainly a question (a "?", an asking word such as berapa/gimana/apakah, a particle
  such as "ga sih", a program word such as jht/iuran/klaim, or too long to be the value); "weak" =
  only a word that asks but also occurs in names ("Kapan Sinaga"), which the flow asks back about;
  "none" = an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from bot.understand.normalize import clean

_DOUBLED_END_RE = re.compile(r"([a-z])\1+\b")
YesNo = Literal["yes", "no", "cancel"]
Level = Literal["strong", "weak", "none"]


@dataclass(frozen=True)
class ReplyWords:
    """The staff-editable word lists of `faq/replies.yaml` (all lower case, cleaned)."""

    yes: frozenset[str] = frozenset({"ya", "iya", "y", "ok", "oke", "setuju"})
    no: frozenset[str] = frozenset({"tidak", "tdk", "gak", "ga", "nggak", "no"})
    cancel: frozenset[str] = frozenset({"batal", "gak jadi", "ga jadi", "tidak jadi"})
    fillers: frozenset[str] = frozenset()  # "kak", "deh", "dong": ignored around yes/no
    question_words: frozenset[str] = frozenset({"apa", "apakah", "berapa", "bagaimana"})
    weak_question_words: frozenset[str] = frozenset()  # also found in names: "kapan"
    question_phrases: frozenset[str] = frozenset()  # "ga sih", "bisa gak", "dong"
    topic_words: frozenset[str] = frozenset()  # program and claim words: "jht", "iuran"
    topic_prefixes: tuple[str, ...] = ()  # "iuran" also covers "iurannya"
    kah_bases: frozenset[str] = frozenset()  # "bisa" -> "bisakah"
    question_endings: frozenset[str] = frozenset()  # "... bayar sendiri ga"
    smalltalk: frozenset[str] = frozenset()  # "halo", "makasih": a message, not a value
    max_answer_words: dict[str, int] = field(default_factory=dict)  # per step: name 6, ...
    not_in_answers: dict[str, frozenset[str]] = field(default_factory=dict)  # name: "yang"


def _cut(tokens: list[str], phrases: frozenset[str], longest: int) -> list[tuple[str, bool]]:
    """The tokens cut into phrases of the list, longest first (up to `longest` words), each
    with whether it is one; a word that starts none stands alone."""
    out: list[tuple[str, bool]] = []
    i = 0
    while i < len(tokens):
        size = next((n for n in range(min(longest, len(tokens) - i), 0, -1)
                     if " ".join(tokens[i:i + n]) in phrases), 0)
        out.append((" ".join(tokens[i:i + size]), True) if size else (tokens[i], False))
        i += size or 1
    return out


def yes_no(text: str, words: ReplyWords) -> YesNo | None:
    """A plain yes, no or cancel filling the whole message, else None."""
    cleaned = clean(text)
    if not cleaned:
        return None
    said = _yes_no(cleaned, words)
    if said is None:  # "iyaa", "okk", "gakk": a doubled last letter
        said = _yes_no(_DOUBLED_END_RE.sub(r"\1", cleaned), words)
    return said


def _yes_no(cleaned: str, words: ReplyWords) -> YesNo | None:
    """Cancel, no or yes: the message cut into that kind's phrases and fillers, longest first,
    nothing left over, at least one of the kind's ("ya deh": "ya" is both; "ya udah boleh":
    "ya udah" before the filler "ya"); several together ("iya ok", "yes i agree"), never a mix
    of two kinds."""
    tokens = cleaned.split()
    for kind, phrases, most in (("cancel", words.cancel, 4), ("no", words.no, 3),
                                ("yes", words.yes, 4)):
        parts = _cut(tokens, phrases | words.fillers, 4)
        said = [p for p, known in parts if known and p in phrases]
        if all(known for _, known in parts) and said and len(said) <= most:
            return kind  # type: ignore[return-value]
    return None


def _has_phrase(cleaned: str, phrases: frozenset[str]) -> bool:
    padded = f" {cleaned} "
    return any(f" {phrase} " in padded for phrase in phrases)


def question_level(text: str, words: ReplyWords, step: str = "",
                   topic_is_answer: bool = False) -> Level:
    """How surely `text`, typed where `step`'s value was asked, is a question instead."""
    stripped = text.strip()
    cleaned = clean(stripped)
    tokens = cleaned.split()
    if stripped.endswith("?") or ("?" in stripped and len(tokens) > 2):
        return "strong"
    if not tokens:
        return "none"
    if any(t in words.question_words for t in tokens):
        return "strong"
    if any(t.endswith("kah") and t[:-3] in words.kah_bases for t in tokens):
        return "strong"
    if _has_phrase(cleaned, words.question_phrases):
        return "strong"
    if len(tokens) >= 3 and tokens[-1] in words.question_endings:
        return "strong"
    if not topic_is_answer and (_has_phrase(cleaned, words.topic_words) or any(
            t.startswith(words.topic_prefixes) for t in tokens)):
        return "strong"
    if any(t in words.not_in_answers.get(step, ()) for t in tokens):
        return "strong"
    weak_count = sum(t in words.weak_question_words for t in tokens)
    chatter = words.smalltalk | words.fillers | words.weak_question_words | words.yes
    if all(t in chatter for t in tokens) and any(t in words.smalltalk for t in tokens):
        return "weak" if weak_count else "strong"  # "makasih min"; "selamat pagi" asked back
    if weak_count >= 2:  # "kalau udah daftar kapan aktifnya"
        return "strong"
    limit = words.max_answer_words.get(step)
    if limit is not None and len(tokens) > limit and (weak_count or len(tokens) > 2 * limit):
        return "strong"
    return "weak" if weak_count else "none"


def is_question(text: str, words: ReplyWords, step: str = "") -> bool:
    """Certainly a question (for callers that never ask back)."""
    return question_level(text, words, step) == "strong"
