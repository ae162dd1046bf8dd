"""Changing an answer given before: from the summary by text ("ubah nomor hp"), or at a later
step ("eh salah, tahunnya 1986" typed where the phone number is asked).

The field and change words are data (data/answer_words.yaml `fields`, `edit_words`). Nothing here
logs: the texts are personal data.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.registration.answer_parts import drop_replaced, named_fields, replaces, value_after_field
from bot.registration.answer_words import answer_words
from bot.registration.steps import STEPS, previous_step, read_answer
from bot.registration.typed import has_correction, read_date, words_before_correction
from bot.registration.validators import Invalid, check_birth_date, nik_matches_birth_date
from bot.understand.normalize import clean

_STRICT = ("nik", "dob", "phone", "income")  # values a validator checks closely


def bare_correction(text: str) -> bool:
    """Only says the answer before was wrong, without the new value ("Eh salah", "salah
    ketik tadi"; data/answer_words.yaml `wrong_words`, `correction_chat`): never a value."""
    words = answer_words()
    tokens = clean(text).split()
    allowed = words.wrong_words | words.correction_chat | {
        w for phrase in words.corrections for w in phrase.split()}
    return (0 < len(tokens) <= 8 and any(t in words.wrong_words for t in tokens)
            and all(t in allowed for t in tokens))


def given(fields: dict[str, Any], step: str) -> bool:
    """Whether the step's answer is stored (a place as a listed region)."""
    return step in fields or (step == "location" and "region" in fields) \
        or (step == "programs" and "jht" in fields)


def drop_transient(data: dict[str, Any]) -> None:
    """Forget what belonged to the step being left (offered places, an ask-back, half a date)."""
    for key in ("suggest", "free_place", "pending", "partial"):
        data.pop(key, None)


def rewound(data: dict[str, Any], text: str) -> bool:
    """A bare correction at a step ("Eh salah"): the step just answered is asked again (its
    value kept until a new one replaces it), or, where nothing was answered yet or the step
    holds a value, the step itself. False (nothing changed) for any other text."""
    step = data["step"]
    # At an ask-back or offered places, "salah" says no to them (the caller reads it so).
    if step not in STEPS or any(data.get(k) for k in ("editing", "pending", "suggest")) \
            or not bare_correction(text):
        return False
    if step != STEPS[0] and not given(data["fields"], step):
        data["step"] = previous_step(step)
    drop_transient(data)
    return True


def edit_target(text: str) -> str | None:
    """At the summary, the step a message asks to change ("ubah nomor hp", "tanggal lahirnya
    salah"): a change word and one field's words, else None."""
    if not set(clean(text).split()) & answer_words().edit_words:
        return None
    steps = named_fields(text)
    return steps.pop() if len(steps) == 1 else None


def summary_change(data: dict[str, Any], text: str, today: date
                   ) -> tuple[str, dict[str, Any] | None] | None:
    """At the summary, the step a message changes and its new values when written with it
    ("ganti pekerjaan jadi nelayan", "penghasilan saya 3 juta bukan 2,5"); values None when
    only the change is asked ("ubah nomor hp": that step is asked again). None otherwise."""
    target = edit_target(text)
    named = named_fields(text)
    if target is None and ("?" in text or len(named) != 1):
        return None
    target = target or named.pop()
    value = value_after_field(text, target)
    others = {k: v for k, v in data["fields"].items() if k != target}
    try:
        result = read_answer(target, value, others, today) if value else None
    except Invalid:
        result = None
    if result is None or result.suggestions is not None:
        return (target, None) if edit_target(text) else None
    data.update(step=target, editing=True)  # stored as the edit of that step: summary again
    return target, result.values


def reopened(data: dict[str, Any], text: str) -> str:
    """The lead of a step asked again by a text at a later step: "rewrite" for a bare
    correction (rewound), "edit" for an earlier answer asked to be changed (open_edit), else
    "" (nothing changed)."""
    return "rewrite" if rewound(data, text) else "edit" if open_edit(data, text) else ""


def open_edit(data: dict[str, Any], text: str) -> bool:
    """At a later step, an earlier answer asked to be changed with no new value ("ubah nama",
    "mau ganti nomor hp dulu" where the income is asked): that step is asked (`editing`), and
    then the one left (`back_to`). A value typed with it ("eh salah, namanya Siti") is a
    correction instead (correct_earlier); False, `data` unchanged, for any other text."""
    step, fields = data["step"], data["fields"]
    target = edit_target(text) if step in STEPS and not data.get("editing") else None
    if target is None or target == step or not given(fields, target):
        return False
    words = answer_words()
    allowed = words.edit_words | words.wrong_words | words.correction_chat | words.edit_chat \
        | {w for phrase in words.fields for w in phrase.split()}
    if not all(w in allowed for w in (w[:-3] if w.endswith("nya") and len(w) > 5 else w
                                      for w in clean(text).split())):
        return False
    data.update(step=target, editing=True, back_to=step)
    drop_transient(data)
    return True


def correct_earlier(data: dict[str, Any], text: str, today: date) -> str | None:
    """A text that is not the current step's value but corrects an earlier answer: the field it
    names, else the step just before. The new value is stored in `data` and its step returned;
    None when the text is no such correction (the caller then shows the step's own error)."""
    step, fields = data["step"], data["fields"]
    if step not in STEPS or data.get("editing") or not (has_correction(text) or replaces(text)):
        return None
    earlier = [s for s in STEPS[:STEPS.index(step)] if given(fields, s)]
    named = sorted(named_fields(text) - {step})
    target = named[0] if len(named) == 1 else (None if named else
                                               (earlier[-1] if earlier else None))
    if target not in earlier or (not named and target not in _STRICT):
        return None  # "salah ketik" is no name: a free-text answer is changed only when named
    others = {k: v for k, v in fields.items() if k != target}
    try:
        if target == "dob":  # only the part written changes: "tahunnya 1986"
            born = check_birth_date(read_date(drop_replaced(text), today, base=date.fromisoformat(
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


def leading_correction(data: dict[str, Any], text: str, today: date) -> str | None:
    """A message that opens with a correction ("oops i mean 3 juta", "sorry wrong, it's
    0812...") where this step's answer is not given yet corrects the answer before, when it
    reads as one (correct_earlier): "3" is then no program count. None otherwise."""
    words = answer_words()
    before = words_before_correction(text)
    if before is None or data.get("editing") or given(data["fields"], data["step"]) or not all(
            w in words.wrong_words or w in words.correction_chat for w in clean(before).split()):
        return None
    return correct_earlier(data, text, today)
