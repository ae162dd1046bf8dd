"""Changing an answer given before: from the summary by text ("ubah nomor hp"), or at a later
step ("eh salah, tahunnya 1986" typed where the phone number is asked).

The field and change words are data (data/answer_words.yaml `fields`, `edit_words`). Nothing here
logs: the texts are personal data.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.registration.answer_words import answer_words
from bot.registration.steps import STEPS, read_answer
from bot.registration.typed import has_correction, read_date
from bot.registration.validators import Invalid, check_birth_date, nik_matches_birth_date
from bot.understand.normalize import clean

_STRICT = ("nik", "dob", "phone", "income")  # values a validator checks closely


def named_fields(text: str) -> set[str]:
    """The steps whose field words the text holds ("nomor hp" -> phone; "-nya" ignored)."""
    words = [w[:-3] if w.endswith("nya") and len(w) > 5 else w for w in clean(text).split()]
    padded = f" {' '.join(words)} "
    return {step for phrase, step in answer_words().fields.items() if f" {phrase} " in padded}


def edit_target(text: str) -> str | None:
    """At the summary, the step a message asks to change ("ubah nomor hp", "tanggal lahirnya
    salah"): a change word and one field's words, else None."""
    if not set(clean(text).split()) & answer_words().edit_words:
        return None
    steps = named_fields(text)
    return steps.pop() if len(steps) == 1 else None


def correct_earlier(data: dict[str, Any], text: str, today: date) -> str | None:
    """A text that is not the current step's value but corrects an earlier answer: the field it
    names, else the step just before. The new value is stored in `data` and its step returned;
    None when the text is no such correction (the caller then shows the step's own error)."""
    step, fields = data["step"], data["fields"]
    if step not in STEPS or data.get("editing") or not has_correction(text):
        return None
    earlier = [s for s in STEPS[:STEPS.index(step)] if s in fields or
               (s == "location" and "region" in fields) or (s == "programs" and "jht" in fields)]
    named = sorted(named_fields(text) - {step})
    target = named[0] if len(named) == 1 else (None if named else
                                               (earlier[-1] if earlier else None))
    if target not in earlier or (not named and target not in _STRICT):
        return None  # "salah ketik" is no name: a free-text answer is changed only when named
    others = {k: v for k, v in fields.items() if k != target}
    try:
        if target == "dob":  # only the part written changes: "tahunnya 1986"
            born = check_birth_date(read_date(text, today, base=date.fromisoformat(
                fields["dob"])), today)
            if fields.get("nik") and not nik_matches_birth_date(fields["nik"], born):
                return None
            values: dict[str, Any] = {"dob": born.isoformat()}
        else:
            result = read_answer(target, text, others, today)
            if result.suggestions is not None:
                return None
            values = result.values
    except Invalid:
        return None
    fields.update(values)
    return target
