"""A question typed in the middle of the pre-registration: how surely a message asks, and its
answer read as a BPU worker's question.

The words are data: faq/replies.yaml (asking words), data/answer_words.yaml `greeting_names`
("Selamat Riyadi" is a name) and `question_context` (who asks in this flow). Nothing here
logs: the texts are personal data.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.core.engine import Ctx
from bot.core.replies import Reply
from bot.registration.answer_words import answer_words
from bot.registration.consent import asked_back
from bot.registration.steps import notice, read_answer
from bot.registration.typed import no_name, strip_name
from bot.registration.validators import Invalid
from bot.understand.normalize import clean
from bot.understand.replies import Level, ReplyWords, question_level

_STRICT_STEPS = ("nik", "dob", "phone", "income")  # values a validator checks closely


def level_of(words: ReplyWords, data: dict[str, Any], text: str, today: date) -> Level:
    """How surely the text is a question; a program word next to a valid number or date
    ("gaji 3 juta", "3 juta setelah potongan") is still the step's value, and a greeting word
    that is also a given name is a name at the name step ("Selamat Riyadi", "Salam")."""
    step = data["step"]
    if step == "consent" and asked_back(text, words):  # "setuju?": asked again, no FAQ
        return "none"
    level = question_level(text, words, step, topic_is_answer=step == "programs")
    if level == "weak" and step == "name" and greeting_name(text, words):
        return "none"
    if level == "strong" and step in _STRICT_STEPS and question_level(
            text, words, step, topic_is_answer=True) == "none":
        try:
            read_answer(step, text, data["fields"], today)
        except Invalid:
            return level
        return "none"
    return level


def greeting_name(text: str, words: ReplyWords) -> bool:
    """Whether the only asking-like words of a name are greetings that are also given names
    ("Selamat Riyadi", "Salam Nugroho", "Selamat"), and the whole is no greeting alone."""
    named = set(answer_words().optional.get("greeting_names", ()))
    weak = [t for t in clean(text).split() if t in words.weak_question_words]
    return bool(weak) and all(t in named for t in weak) and not no_name(strip_name(text))


def asks_about_data(text: str) -> bool:
    """Whether a mid-form question asks why the NIK or the data is needed or whether it is
    safe (`data_questions`: every word of one line in the message, in any order)."""
    tokens = set(clean(text).split())
    return any(set(line.split()) <= tokens
               for line in answer_words().optional.get("data_questions", ()))


async def answer_in_flow(ctx: Ctx, text: str) -> list[Reply]:
    """The answer to a question asked mid-form. One that is no sure answer alone ("iurannya
    berapa sih?") is read as asked by a BPU worker (`question_context`) when that makes it an
    answer titled for BPU; the question log keeps no text of it either way (registration texts
    are personal data)."""
    if asks_about_data(text):  # the form's own answer: what the data is for, /hapusdata
        reply = notice(ctx, "data_why")
        reply.kind = "faq"  # an answer to the question, not a step of the form
        return [reply]
    context = answer_words().optional.get("question_context", ())
    matcher = ctx.content.matcher_for(ctx.lang)
    if context and matcher.match(text).outcome == "suggest":  # no calculation, no smalltalk
        told = f"{text} {context[0]}"
        result = matcher.match(told)
        entry = ctx.content.faq.entries.get(result.best.entry_id) if result.best else None
        # the context decides only for an answer about it ("Besar iuran BPU"), not for one
        # it merely tipped over the line ("Cek status kepesertaan" for "kenapa harus pake nik")
        if result.outcome == "answer" and entry and context[0] in clean(entry.title).split():
            text = told
    return await ctx.engine.answer_question(ctx, text)
