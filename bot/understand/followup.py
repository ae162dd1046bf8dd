"""Follow-ups after a result: "kalau 7jt?", "kalau risiko sedang?", "untuk 6 bulan?".

`read_change` finds the one value a short message changes; `apply_change` puts it into the
last request, so the calculation is repeated with everything else as it was.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from bot.core.replies import Text
from bot.understand.amount_forms import prepare
from bot.understand.amounts import check_monthly, find_amounts
from bot.understand.counts import MAX_YEARS, people_scaled
from bot.understand.cues import Cues, Period, blanked
from bot.understand.dates import find_month
from bot.understand.jkk_class import jkk_class_of
from bot.understand.minimum_wage import Place
from bot.understand.month_range import typed_range
from bot.understand.reader import MAX_MONTHS_LATE, read
from bot.understand.reading import alt, rule
from bot.understand.request import CalcRequest
from bot.understand.roles import MAX_HEADCOUNT
from bot.understand.who import names_group

MAX_WORDS = 7  # longer messages are new questions, not follow-ups


def read_change(text: str, cues: Cues, on: date, lang: str = "id") -> dict[str, Any] | None:
    """The values a short follow-up changes, or None when it changes nothing; `lang` is the
    message's language ("what about 9m": 9 million in English, 9 miliar in Indonesian)."""
    low = prepare(text, lang)
    if len(low.split()) > MAX_WORDS:
        return None
    change: dict[str, Any] = {}
    cls = _class_change(low, cues)
    if cls is not None:
        change["jkk_class"] = cls
    month, spans = find_month(low, on, cues)
    if month:
        change["month"] = month.isoformat()
    span = typed_range(low, on, cues)  # "kalau bayar sampai maret 2027": from now to March
    if span:
        change["month"], change["months"] = span[0].isoformat(), span[1]
    heads = rule(cues, "staff_count").search(low)  # "kalau karyawannya 10?": after the noun
    if heads:
        change["heads"] = int(heads.group(1)) if 0 < int(heads.group(1)) <= MAX_HEADCOUNT else -1
    for amount in people_scaled(low, find_amounts(low), cues):  # "2 ribu orang": people
        if heads and amount.start == heads.start(1):
            continue
        if any(s <= amount.start < e for s, e in spans) or amount.value is None:
            if amount.problem:
                change["problem"] = amount.problem
            continue
        if amount.kind == "money" and (amount.explicit or amount.value >= 1000):
            problem = check_monthly(amount.value, "gaji", amount.explicit)
            change["problem" if problem else "amount"] = problem or str(amount.value)
        elif amount.kind in ("years", "months"):  # "1 tahun 3 bulan": fifteen months
            months = amount.value * (12 if amount.kind == "years" else 1)
            ok = 0 < months <= MAX_YEARS * 12 and change.get("months", 0) >= 0
            change["months"] = change.get("months", 0) + int(months) if ok else -1
        elif amount.kind == "people":
            change["heads"] = int(amount.value) if 0 < amount.value <= MAX_HEADCOUNT else -1
    if "months" not in change and "amount" not in change and "year" in cues.periods \
            and cues.spans("periods", "year", low):
        change["months"] = 12  # "setahun jadi berapa?": twelve months of the last result
    programs = [p for p in cues.found("programs", low)
                if not (p == "JKK" and "jkk_class" in change)]  # "jkk risiko sedang": the group
    if programs:  # "jht nya aja?": the last contribution narrowed to that program
        change["programs"] = programs
    sectors = cues.found("sectors", low)
    if sectors:
        change["transport"] = "transport" in sectors
    choice = rule(cues, "jht_choice").search(low)
    if choice:
        change["with_jht"] = choice.group("no") is None
    if "amount" in change and "heads" in change and rule(cues, "adds_group").search(low):
        change["add"] = True  # "kalau ditambah 5 org gaji 8jt?": one more group in the list
    elif "amount" in change and rule(cues, "adds_group").search(low):
        change["raise_by"] = change["amount"]  # "kalau ditambah tunjangan 500rb?": on top
    _who_change(low, cues, change)
    return change or None


def _class_change(low: str, cues: Cues) -> int | None:
    """The JKK risk group a follow-up names: "kelompok 2", "risiko sedang", or a level or
    number alone ("sedang", "4", read as after "risiko"); a number that begins an amount is
    none ("4 juta", "5,4 juta", "3 karyawan", "2 tahun": review21, they set group 4, 5, 3, 2)."""
    if re.search(r"risiko|resiko|kelompok|kelas", low):
        cls, clinic, _ = jkk_class_of(low, cues)
        return None if clinic else cls
    probe = "risiko "
    cls, clinic, span = jkk_class_of(probe + low, cues)
    if cls is None or clinic:
        return None
    end = span[1] - len(probe) if span else 0
    return None if any(a.start < end < a.end for a in find_amounts(low)) else cls


def _who_change(low: str, cues: Cues, change: dict[str, Any]) -> None:
    """Corrections of whose contribution it is: "yg karyawan doang, bukan perusahaan" (the
    worker's part), "bukan bpu min, yg karyawan" (a wage earner), "bukan karyawan, saya ojol"
    (an informal worker). A word after a denial ("bukan", "not") is what it is not."""
    denied = [m.span() for m in rule(cues, "denied_part").finditer(low)]
    kept = blanked(low, denied)
    said_not = " ".join(low[s:e] for s, e in denied)
    if cues.has("who", "employer", kept):
        change["focus"] = "employer"
    elif cues.has("who", "employer", said_not) or rule(cues, "worker_side").search(kept):
        change["focus"] = "worker"  # "bukan perusahaan", "yg dipotong dr gaji sy"
    informal = cues.has("who", "bpu", kept) or bool(cues.found("sectors", kept))
    salaried = cues.has("who", "staff", kept) or cues.has("roles", "wage", kept)
    if informal and (cues.has("who", "staff", said_not) or cues.has("who", "bpu", kept)):
        change["who"] = "bpu"
    elif salaried and not informal and (cues.has("who", "bpu", said_not)
                                        or bool(cues.found("sectors", said_not))
                                        or cues.has("who", "staff", kept)):
        change["who"] = "pu"


def only_changes(text: str, cues: Cues) -> bool:
    """Whether a short message holds nothing but what a follow-up changes or says around it
    ("jht nya doang brp", "sama jht sekalian", "yg karyawan doang, bukan perusahaan"): names
    of programs, payers, sectors and periods, contribution, asking and correction words, and
    the glue words of calc-cues.yaml `reading.followup_glue`. "jht bisa dicairkan kapan?"
    keeps words of its own: a new question. The amounts it changes count too ("jadi totalnya
    brp kalau 3 bulan": the months, with the "kalau" inside the message)."""
    low = prepare(text)
    amounts = [(a.start, a.end) for a in find_amounts(low)]
    return len(low.split()) <= MAX_WORDS and _nothing_else(low, _around_change(low, cues) + amounts)


def _around_change(low: str, cues: Cues) -> list[tuple[int, int]]:
    """Where a follow-up's words stand that name what is computed or say around a change."""
    spans = [span for group in ("programs", "who", "sectors", "periods")
             for span in cues.group_spans(group, low)]
    spans += cues.spans("kinds", "contribution", low) + cues.spans("roles", "deduction", low)
    for group in ("followup", "corrections", "program_fillers", "asking", "pointing"):
        spans += cues.spans(group, "", low)
    spans += [m.span() for m in rule(cues, "followup_glue").finditer(low)]
    spans += [m.span() for m in rule(cues, "worker_side").finditer(low)]
    return spans


def place_change(text: str, cues: Cues) -> tuple[str | None, Place] | None:
    """(the minimum-wage word said, the place) of a short follow-up that names nothing else
    but another place for the last result's minimum wage ("kalau jawa barat?", "eh maksudnya
    umr kota bandung", "bukan jakarta, jawa barat": the place not denied), or None."""
    low, mw = prepare(text), cues.minimum_wage
    if mw is None or len(low.split()) > MAX_WORDS:
        return None
    denied = [m.span() for m in rule(cues, "denied_part").finditer(low)]
    place = mw.place_in(blanked(low, denied))
    if place is None:
        return None
    spans = denied + mw.spans(low) + _around_change(low, cues)
    spans += [m.span() for m in cues.pattern("place_fillers", _place_fillers).finditer(low)]
    return (mw.said_in(low), place) if _nothing_else(low, spans) else None


def _place_fillers(cues: Cues) -> str:
    """The words before a place's name ("di", "daerah"; calc-cues.yaml reading.place_fillers)."""
    return rf"\b{alt(cues, 'place_fillers')}(?!\w)"


CUE_KINDS = {"death": "benefit", "accident": "benefit", "disability": "benefit",
             "job_loss": "benefit", "pension": "benefit", "projection": "projection",
             "fine": "fine", "payslip": "payslip"}


def fits(last: CalcRequest, text: str, cues: Cues) -> bool:
    """Whether a short message can change the last request: "kalau 2 tahun lagi saldo jht
    saya" after a contribution is a new question, not "2 years of contributions"."""
    low = prepare(text)
    if last.kind == "contribution" and not set(cues.reading.get("payout_words", ())).isdisjoint(
            re.findall(r"\w+", low)):
        return False  # "kalau resign jht cair brp": the balance paid out, no part of the last
    asked = {CUE_KINDS[k] for k in cues.found("kinds", low) if k in CUE_KINDS}
    if last.kind == "contribution" and (
            any(cues.spans("periods", p, low) for p in cues.periods)
            or all(_glue_only(low[s:e], cues) for s, e in cues.spans("kinds", "projection", low))):
        # "setahun jadi berapa?": a year of that contribution; "sama jht nya jd brp": the
        # "jadi berapa" of a follow-up ("so how much?"), no projection
        asked.discard("projection")
    if asked - {last.kind}:
        return False
    named = set(cues.found("programs", low))
    return not named or (last.kind == "contribution" and named <= set(last.programs or named))


def _glue_only(piece: str, cues: Cues) -> bool:
    """Whether a piece of text is only follow-up glue and asking words ("jd brp")."""
    spans = [m.span() for m in rule(cues, "followup_glue").finditer(piece)]
    return _nothing_else(piece, spans + cues.spans("asking", "", piece))


def fine_after(text: str, last: CalcRequest, cues: Cues, on: date, lang: str = "id"
               ) -> CalcRequest | None:
    """A late fine asked after a wage earner's or a staff contribution, with no contribution
    of its own: on that result's wages ("10 karyawan ..." then "kalau telat 2 bulan
    dendanya?"); with no months named ("kalau telat bayar?") the fine for each month late.
    A question about being late ("apakah masih dilindungi", "kenapa") is the FAQ's."""
    if last.kind != "contribution" or last.who != "pu" or not last.wages:
        return None
    low = prepare(text, lang)
    if "fine" not in cues.found("kinds", low) or not _only_late(low, cues) or any(
            rule(cues, name).search(low) for name in ("why_when", "where", "whether", "how")):
        return None
    fresh = read(text, cues, on, lang)
    if fresh is None and any(a.kind == "money" for a in find_amounts(low)):
        return None
    if fresh is not None and (fresh.kind != "fine" or fresh.wages or fresh.contribution
                              or fresh.problem or fresh.min_wage):
        return None
    months = fresh.months_late if fresh is not None else None
    if fresh is None:  # "kalau telat 2 bulan dendanya" asks no figure word: the months typed
        typed = [a.value for a in find_amounts(low) if a.kind == "months" and a.value]
        months = int(typed[0]) if len(typed) == 1 and 0 < typed[0] <= MAX_MONTHS_LATE else None
    return CalcRequest(kind="fine", who="pu", wages=list(last.wages), jkk_class=last.jkk_class,
                       month=last.month, months_late=months or 1, late_each=not months)


def _only_late(low: str, cues: Cues) -> bool:
    """Whether a message says only that it is late and asks ("terus kalau nunggak 2 bulan
    dendanya brp", "kalau telat bayar?"): "telat daftarin karyawan", "telat lapor kecelakaan"
    or "denda bpu" keep words of their own."""
    low = re.sub(r"(?<=[a-z])nya\b", "", low)  # "dendanya", "iurannya"
    spans = [m.span() for m in rule(cues, "followup_glue").finditer(low)]
    spans += cues.spans("kinds", "fine", low) + cues.spans("kinds", "contribution", low)
    spans += cues.spans("roles", "paid", low)
    spans += [span for group in ("employer", "staff", "worker")
              for span in cues.spans("who", group, low)]
    spans += cues.group_spans("periods", low)
    for group in ("followup", "corrections", "asking", "pointing"):
        spans += cues.spans(group, "", low)
    spans += [(a.start, a.end) for a in find_amounts(low) if a.kind == "months"]
    return _nothing_else(low, spans)


def _nothing_else(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether `text` holds no word (two letters or more) outside `spans`."""
    return not re.search(r"[a-z]{2,}", blanked(text, spans))


def names_request(text: str, cues: Cues) -> bool:
    """Whether a message names what to compute (a kind, a program, a sector or who pays):
    "kalau gaji 7jt?" names none, so after a JKP result it changes that result's wage."""
    low = prepare(text)
    return bool(cues.found("kinds", low) or cues.found("programs", low)
                or cues.found("sectors", low) or names_group(low, cues))


def with_last_wage(text: str, last: CalcRequest, cues: Cues, on: date,
                   lang: str = "id") -> CalcRequest | None:
    """A benefit, a late fine or a JHT projection asked after a wage earner's result, without a
    wage of its own ("kalau di phk dapat jkp berapa?", "kalau telat 2 bulan dendanya?" after
    "gaji 5 juta potongan ..."): read with that one wage."""
    if last.who != "pu" or len(last.wages) != 1 or last.wages[0][1] != 1:
        return None
    req = read(f"{text} gaji {Decimal(last.wages[0][0]):f}", cues, on, lang)
    # ... and a JHT balance after some years ("kalau kerja 6 tahun jht nya jadi brp?")
    return req if req is not None and req.kind in ("benefit", "fine", "projection") \
        and not req.problem else None


def apply_change(req: CalcRequest, change: dict[str, Any]) -> CalcRequest:
    """A copy of the request with the changed values; impossible ones become `problem`."""
    new = replace(req, wages=list(req.wages), problem=None)
    if change.get("problem"):
        new.problem = change["problem"]
        return new
    if change.get("months") == -1 or change.get("heads") == -1:
        new.problem = Text.of("change_impossible")
        return new
    if "heads" in change and "amount" not in change and len(new.wages) > 1:
        # "kalau 4 org?" after "10 org 5jt, 3 org 7jt": which group is not said (review21: the
        # same result came back, unchanged, with no word why)
        new.problem = Text.of("heads_which_group", groups=len(new.wages))
        return new
    if change.get("who") in ("pu", "bpu") and change["who"] != new.who and new.wage is not None:
        # "bukan bpu, yg karyawan": the same amount, as a wage or as a declared income
        new.who, new.transport, new.with_jht, new.domestic = change["who"], None, None, False
        new.focus = None if change["who"] == "pu" else new.focus
    for key in ("jkk_class", "month", "transport", "with_jht", "focus"):
        if key in change:
            setattr(new, key, change[key])
    if "programs" in change and new.kind == "contribution":
        new.programs = list(change["programs"])
    if change.get("add") and "amount" in change and "heads" in change and (
            new.wages or new.min_wage):
        if not new.wages and new.min_wage:  # the last group was paid a minimum wage: kept
            new.min_wage = {**new.min_wage, "slot": 0, "value": None,
                            "heads": new.min_wage.get("heads") or 1}
        new.wages.append((change["amount"], change["heads"]))
        new.allowance, new.income_period, new.per_month = None, None, None
        new.focus = new.focus if new.focus != "worker" else "both"
        return new
    if "raise_by" in change and len(new.wages) == 1 and not new.income_period:
        change = {**change, "amount": str(Decimal(new.wages[0][0]) + Decimal(change["raise_by"]))}
    if "amount" in change:
        heads = new.headcount or 1
        if new.income_period and new.per_month:
            new.income_each = change["amount"]
            monthly = str(Period((), Decimal(new.per_month), Decimal(new.income_months or 1))
                          .monthly(Decimal(change["amount"])))
            new.wages = [(monthly, heads)]
        elif new.kind == "projection" and new.balance and not new.wages:
            new.balance = change["amount"]
        else:
            new.wages = [(change["amount"], heads)]
        new.allowance = new.set_aside = None
    if "heads" in change and len(new.wages) == 1:
        new.wages = [(new.wages[0][0], change["heads"])]
    if "months" in change:
        if new.kind == "fine":
            new.months_late = change["months"]
        elif new.kind in ("benefit", "projection"):
            new.months = change["months"]
        else:
            new.period_months = change["months"]
    return new
