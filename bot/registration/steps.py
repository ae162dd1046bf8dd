"""The steps of the BPU pre-registration: order, choices, and reading one answer per step.

Pure functions over the flow's JSON state, so the state machine in `bot.registration.flow` stays a
small router and each step is testable on its own. Values are stored JSON-friendly (dates as
ISO strings, money as int) because the state lives in the `sessions` table.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Container
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from bot.core.engine import Ctx
from bot.core.locale import formats
from bot.core.privacy import mask_digits, mask_phone
from bot.core.replies import Button, Reply
from bot.registration import answer_parts as parts
from bot.registration.answer_words import AnswerWords, answer_words
from bot.registration.income_forms import read_income
from bot.registration.regions import Region, get_region, match_region
from bot.registration.together import born_with_nik
from bot.registration.typed import (
    Incomplete,
    after_correction,
    no_name,
    pick_number,
    read_date,
    strip_name,
)
from bot.registration.validators import (
    Invalid,
    check_birth_date,
    check_name,
    check_nik,
    check_occupation,
    check_place,
    nik_matches_birth_date,
    normalize_phone,
)
from bot.rules.contributions import BpuResult, bpu_contribution
from bot.understand.normalize import clean
from bot.understand.reading import word_pattern

FLOW = "registration"
STEPS = ("name", "nik", "dob", "phone", "occupation", "location", "income", "programs")
# Steps whose reader takes almost any words; the strict ones refuse "tidak tahu" themselves.
_FREE_TEXT = ("name", "occupation", "location")
FIELD_LABELS = {
    "name": "Nama", "nik": "NIK", "dob": "Tanggal lahir", "phone": "Nomor HP",
    "occupation": "Pekerjaan", "location": "Lokasi kerja", "income": "Penghasilan",
    "programs": "Program",
}


@dataclass(frozen=True)
class Occupation:
    code: str
    label: str
    transport: bool = False
    label_en: str = ""  # the button in an English conversation


OCCUPATIONS = (
    Occupation("ojol", "Ojol / kurir", True, "Ride-hailing driver / courier"),
    Occupation("sopir", "Sopir / angkutan", True, "Driver / transport"),
    Occupation("pedagang", "Pedagang", label_en="Trader / vendor"),
    Occupation("petani", "Petani / pekebun", label_en="Farmer / grower"),
    Occupation("nelayan", "Nelayan", label_en="Fisher"),
    Occupation("nakes", "Tenaga kesehatan mandiri (perawat/bidan)",
               label_en="Independent health worker (nurse/midwife)"),
    Occupation("art", "Asisten rumah tangga", label_en="Domestic worker"),
    Occupation("buruh", "Buruh harian / serabutan", label_en="Day labourer / odd jobs"),
)
# "saya bekerja sebagai penjahit", "pekerjaan saya: guru ngaji": the lead-in is not the job.
_JOB_LEADS = (
    re.compile(r"^(?:saya|aku|sy)\s+", re.I),
    re.compile(r"^(?:pekerjaan|kerjaan|kerja)\s+(?:saya|aku|sy)\b\s*(?::|adalah)?\s*", re.I),
    re.compile(r"^(?:pekerjaan|kerjaan)\s*(?::|adalah)\s*", re.I),
    re.compile(r"^(?:bekerja|kerja)\s+(?:sebagai|jadi)\s+", re.I),
    re.compile(r"^(?:sebagai|jadi)\s+", re.I),
)


def _alt(words: tuple[str, ...]) -> str:
    """The words as one regex group (a space matches any spaces); an empty list never matches."""
    return "(?:" + "|".join(word_pattern(w) for w in words) + ")" if words else "(?!)"


@lru_cache(maxsize=4)
def _intent_re(lists: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern[str]:
    """ "mau daftar", "daftarkan saya", "daftar bpu sekarang" from the register_* lists of
    answer_words.yaml: the words are data, their order is here."""
    w = {name: _alt(words) for name, words in lists}
    return re.compile(
        rf"^(?:{w['register_subjects']}\s+)?{w['register_wants']}"
        rf"\s+(?:{w['register_me']}\s+)?(?:{w['register_fillers']}\s+)?{w['register_verbs']}\b"
        rf"|^{w['register_me_verbs']}\s+{w['register_me']}\b"
        rf"|^{w['register_alone']}(?:\s+{w['register_alone_tails']})*$")


def _has_any(words: str, listed: tuple[str, ...]) -> bool:
    """Whether any listed word or phrase stands whole in the cleaned words."""
    padded = f" {words} "
    return any(f" {w} " in padded for w in listed)


def wants_to_register(text: str, lists: AnswerWords | None = None) -> bool:
    """Explicit intent ("mau daftar", "daftarkan saya"); how-to questions go to the FAQ."""
    if text.strip().endswith("?"):
        return False
    required = (lists or answer_words()).required
    words = clean(text)
    return bool(_intent_re(tuple(sorted(required.items()))).search(words)) \
        and not _has_any(words, required["howto_words"])


def occupation_by_code(code: str) -> Occupation | None:
    return next((o for o in OCCUPATIONS if o.code == code), None)


def occupation_shown(label: str, lang: str) -> str:
    """A stored occupation in the reply language: a button's label_en, a typed one as typed."""
    job = next((o for o in OCCUPATIONS if o.label == label), None)
    return job.label_en if job is not None and job.label_en and lang == "en" else label


def _job_code(words: list[str], lists: AnswerWords) -> str | None:
    """The button a job's words name (answer_words.yaml jobs): a strong word first
    ("driver gojek": gojek), else a weak one ("driver")."""
    padded = f" {' '.join(words)} "
    for table in (lists.strong_jobs, lists.weak_jobs):
        hits = sorted((padded.find(f" {w} "), -len(w), code) for w, code in table.items()
                      if f" {w} " in padded)  # the first, then the longest: "taksi online"
        if hits:
            return hits[0][2]
    return None


def read_occupation(text: str, lists: AnswerWords | None = None) -> Occupation:
    """A button label typed out, a common job word, or any short free-text job."""
    lists = lists or answer_words()
    for lead in _JOB_LEADS:
        text = lead.sub("", text.strip(), count=1) or text
    words = clean(text).split()
    by_label = next((o for o in OCCUPATIONS if clean(o.label) == " ".join(words)), None)
    short = len(words) <= 6
    code = by_label.code if by_label else (_job_code(words, lists) if short else None)
    if code is not None:
        return occupation_by_code(code)  # type: ignore[return-value]
    job = check_occupation(text)
    return Occupation("lain", job, _has_any(clean(job), lists.required["transport_words"]))


def read_programs(text: str) -> bool | None:
    """True = with JHT, False = JKK + JKM only, None = not understood (answer_words.yaml)."""
    lists = answer_words()
    words = clean(text).split()
    padded = f" {' '.join(words)} "
    said = {w for w in (lists.with_jht | lists.without_jht | lists.negations | lists.only)
            if f" {w} " in padded}
    negated = bool(said & lists.negations)
    if said & lists.with_jht - lists.without_jht:
        return not negated
    if said & lists.without_jht or said & lists.only or set(words) == {"jkk", "jkm"}:
        return False
    return None


@dataclass
class StepResult:
    """What reading one answer produced: fields to store, or suggestions to offer."""

    values: dict[str, Any]
    suggestions: list[Region] | None = None
    notice: str = ""


def read_answer(step: str, text: str, fields: dict[str, Any], today: date,
                free_place: bool = False) -> StepResult:
    """Validate one typed answer for `step`; raises Invalid with the message to show.

    `free_place`: the user said their place is not in the list; unless the text now names one
    clearly, it is stored as typed, with an empty region code (the flag staff look for).
    """
    if step in _FREE_TEXT and parts.not_known(text):  # "ngga tau": asked again, never the value
        raise Invalid("not_known")
    # "penghasilan ralat 3 juta" where programs are asked: a correction, not "3 programs"
    if step in STEPS and parts.corrects_earlier(text, step, STEPS[:STEPS.index(step)]):
        raise Invalid("other_field")
    text = parts.drop_replaced(text)  # "Kab. Bogor bukan Bandung": the old value is no answer
    if step in ("name", "occupation", "location", "income"):
        text = after_correction(text)  # "Budi Santosa, eh maksudnya Budi Santoso"
    if step == "name":
        if no_name(name := check_name(strip_name(text))):  # "menu", "good morning"
            raise Invalid("name_no_name")
        return StepResult({"name": name})
    if step == "nik":
        info = check_nik(pick_number(text, _is_nik))
        if born := born_with_nik(info.nik, text, today):  # "NIK ..., lahir 17-08-1990": both
            return StepResult({"nik": info.nik, "dob": born.isoformat()})
        if fields.get("dob") and not nik_matches_birth_date(info.nik, date.fromisoformat(
                fields["dob"])):
            raise Invalid("nik_not_dob")
        return StepResult({"nik": info.nik})
    if step == "dob":
        born = check_birth_date(read_date(text, today), today)
        if fields.get("nik") and not nik_matches_birth_date(fields["nik"], born):
            raise Invalid("dob_not_nik")
        return StepResult({"dob": born.isoformat()})
    if step == "phone":
        return StepResult({"phone": normalize_phone(pick_number(text, _is_phone, first=True))})
    if step == "occupation":
        job = read_occupation(text)
        return StepResult({"occupation": job.label, "transport": job.transport})
    if step == "location":
        match = match_region(text)
        if match.chosen is not None:
            return StepResult({"region": match.chosen.code})
        if free_place:
            return StepResult({"region": "", "place": check_place(text)})
        if match.suggestions:
            return StepResult({}, suggestions=match.suggestions)
        raise Invalid("region_unknown")
    if step == "income":  # a range, per day or week, "2 jutaan" (income_forms)
        return StepResult({"income": read_income(text)})
    if step == "programs":
        with_jht = read_programs(text)
        if with_jht is None:
            raise Invalid("programs_pick")
        return StepResult({"jht": with_jht})
    raise ValueError(f"unknown step {step}")


def _is_nik(number: str) -> bool:
    return len(re.sub(r"\D", "", number)) == 16


def _is_phone(number: str) -> bool:
    try:
        normalize_phone(number)
    except Invalid:
        return False
    return True


def read_kept(data: dict[str, Any], text: str, today: date) -> StepResult:
    """The step's value from the flow state; a part kept from the last message ("17 agustus")
    is read together with this one ("1985"), and an incomplete answer is kept in `partial`."""
    step, free = data["step"], bool(data.get("free_place"))
    kept = data.get("partial") or {}
    if kept.get("step") == step:
        with contextlib.suppress(Invalid):  # else read alone: a whole new answer
            return _read_keeping(data, f"{kept['text']} {text}", today, free)
    return _read_keeping(data, text, today, free)


def _read_keeping(data: dict[str, Any], text: str, today: date, free: bool) -> StepResult:
    try:
        return read_answer(data["step"], text, data["fields"], today, free_place=free)
    except Incomplete:
        data["partial"] = {"step": data["step"], "text": text}
        raise


def next_step(step: str, given: Container[str] = ()) -> str:
    """The step after `step`, past any this answer `given` too (the birth date with the NIK)."""
    index = STEPS.index(step) + 1
    while index < len(STEPS) and STEPS[index] in given:
        index += 1
    return STEPS[index] if index < len(STEPS) else "summary"


def previous_step(step: str) -> str:
    if step == "summary":
        return STEPS[-1]
    index = STEPS.index(step)
    return STEPS[max(index - 1, 0)]


def income_decimal(fields: dict[str, Any]) -> Decimal:
    return Decimal(int(fields["income"]))


def region_of(fields: dict[str, Any]) -> Region | None:
    return get_region(fields.get("region", ""))


def estimate(ctx: Ctx, fields: dict[str, Any]) -> BpuResult:
    """The monthly contribution for the fields given (income, JHT, transport)."""
    return bpu_contribution(ctx.content.faq.rates, ctx.on, income_decimal(fields),
                            with_jht=bool(fields["jht"]), transport=bool(fields["transport"]),
                            periods=(1,))


FIELD_LABELS_EN = {
    "name": "Name", "nik": "NIK", "dob": "Date of birth", "phone": "Phone number",
    "occupation": "Occupation", "location": "Place of work", "income": "Income",
    "programs": "Programs",
}


def field_labels(ctx: Ctx) -> dict[str, str]:
    """The names of the fields in the reply language."""
    return FIELD_LABELS_EN if ctx.lang == "en" else FIELD_LABELS


def field_view(fields: dict[str, Any], ctx: Ctx) -> dict[str, str]:
    """Field values for display; NIK and phone masked even for their owner."""
    view: dict[str, str] = {}
    if "name" in fields:
        view["name"] = fields["name"]
    if "nik" in fields:
        view["nik"] = mask_digits(fields["nik"])
    if "dob" in fields:
        view["dob"] = formats(ctx.lang).date(date.fromisoformat(fields["dob"]))
    if "phone" in fields:
        view["phone"] = mask_phone(fields["phone"])
    if "occupation" in fields:
        view["occupation"] = occupation_shown(fields["occupation"], ctx.lang)
    if region := region_of(fields):
        view["location"] = region.full_label
    elif fields.get("place"):
        view["location"] = ctx.text("place_unlisted", place=fields["place"])
    if "income" in fields:
        view["income"] = ctx.text("per_month", amount=fields["income"])
    if "jht" in fields:
        view["programs"] = "JKK, JKM, JHT" if fields["jht"] else "JKK, JKM"
    return view


def notice(ctx: Ctx, what: str, buttons: list[list[Button]] | None = None,
           **context: Any) -> Reply:
    """One of the short registration/personal-data messages in reg_notice.html.j2."""
    context.setdefault("ref_code", "")
    context.setdefault("count", 0)
    context.setdefault("draft", False)
    context.setdefault("press", False)
    return ctx.reply("reg_notice.html.j2", kind="flow", buttons=buttons, what=what, **context)
