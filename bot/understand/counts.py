"""Years, months and percentages in a calculation message, and whether a count of years or
months is how long the person has worked ("saya ojol 2 tahun") rather than how many months of
contributions are asked for ("iuran untuk 2 tahun")."""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise

from bot.core.replies import Text
from bot.understand.amounts import Amount
from bot.understand.cues import Cues
from bot.understand.reading import alt, rule
from bot.understand.request import CalcRequest

MAX_YEARS = 60  # a working life; "1000 tahun" is a typo
AGE_GAP = 4  # "usia 65 tahun", "umur: 56 thn": the age word right before the number
# The words of the age, raise and tenure readings are calc-cues `reading` lists (reading.py)
# "saya 27 thn, kerja 3 tahun": a count of years right after "saya" and closing its clause is
# the person's age (within these bounds), not years of membership
SELF_AGE_END_RE = re.compile(r"\s*(?:[,.;]|$)")
SELF_AGE_MIN, SELF_AGE_MAX = 15, 80
# "20 tahun 6 bulan", "3thn, 4bln", "2 years and 8 months": what may stand between the years
# and the months of one length
YEARS_MONTHS_GAP_RE = re.compile(r"\s*(?:,|\s(?:dan|and|&|lebih|more))?\s*")
# "saya (45 thn) gaji 7jt": brackets around the age are only an aside, read as spaces (same
# length, so positions hold)
_BRACKETS = str.maketrans("()", "  ")


def people_scaled(low: str, found: list[Amount], cues: Cues) -> list[Amount]:
    """"2 ribu karyawan gaji 5jt", "pabrik 1,5 ribu buruh": a scaled number right before a
    word for people (calc-cues `reading.headcount_words`) counts them, unless a wage or
    another role word stands right before it ("gaji 3 juta karyawan saya" is a wage)."""
    roles = [e for _s, e in cues.group_spans("roles", low)]
    out = []
    for a in found:
        heads = rule(cues, "headcount_after").match(low, a.end)
        if a.kind == "money" and a.explicit and a.value is not None and a.value >= 1000 \
                and heads and not a.text.startswith("rp") \
                and a.value == int(a.value) and not rule(cues, "wage_word").search(low[:a.start]) \
                and not any(e <= a.start and not low[e:a.start].strip(" :") for e in roles):
            a = Amount(a.value, a.start, heads.end(), low[a.start:heads.end()], "people")
        out.append(a)
    return out


def without_ages(low: str, found: list[Amount], cues: Cues) -> list[Amount]:
    """"umur 29 anak 2 gaji 5,2jt": a number right after an age word (calc-cues roles.age,
    with only `reading.age_now_fillers` between) is the age, never a headcount or money;
    years ("usia 65 tahun") are kept for read_counts, which reads them as an age."""
    ages = {m.start(1) for _s, e in cues.spans("roles", "age", low)
            if (m := rule(cues, "age_now").match(low, e))}
    found = [a for a in found if not (a.start in ages and a.kind in ("people", "money")
                                      and not a.explicit)]
    if any(a.kind == "money" for a in found):
        return found
    # "beasiswa 2 anak dari jkm": with no amount of money, children counted are a family's,
    # never a staff to list (calc-cues `reading.family_nouns`; "5 anak buah gaji 3jt" keeps)
    family = cues.pattern("family_count", _family_count)
    return [a for a in found if not (a.kind == "people" and family.fullmatch(a.text))]


def _family_count(c: Cues) -> str:
    return rf"\d+\s*{alt(c, 'family_nouns')}"


def read_counts(req: CalcRequest, found: list[Amount], low: str, cues: Cues) -> Amount | None:
    """Membership or months late, returns and wage growth onto `req`; the count the months
    were read from (None when none was)."""
    ages = cues.spans("roles", "age", low)
    source = years = None
    for amount in found:
        if amount.value is None:
            continue
        if amount.kind == "years" and (any(0 <= amount.start - e <= AGE_GAP for _, e in ages)
                                       or any((m := rule(cues, "age_now").match(low, e))
                                              and m.start(1) == amount.start for _, e in ages)
                                       or rule(cues, "age_after").match(low, amount.end)
                                       or _self_age(low, amount, cues)):
            continue  # "usia 65 tahun", "umur saya 45 thn" are ages, not years of membership
        if amount.kind == "years":
            if not 0 < amount.value <= MAX_YEARS:
                req.problem = Text.of("years_impossible", value=amount.value,
                                      max_years=MAX_YEARS)
                continue
            if not req.months:
                req.months, source, years = int(amount.value * 12), amount, amount
        elif amount.kind == "months":
            if not 0 < amount.value <= MAX_YEARS * 12:
                req.problem = Text.of("months_impossible", value=amount.value)
                continue
            if years is not None and years is source and _joined(low, years, amount):
                # "20 tahun 6 bulan", "16thn 4bln": one length, in years and months
                req.months = int(years.value * 12 + amount.value)
                source = Amount(Decimal(req.months), years.start, amount.end,
                                low[years.start:amount.end], "months")
                continue
            req.months, source = int(amount.value), amount
        elif amount.kind == "percent":
            if rule(cues, "raise_before").search(low[max(0, amount.start - 30):amount.start]):
                req.wage_growth = str(amount.value)
            else:
                req.annual_return = str(amount.value)
    return source


def _joined(low: str, years: Amount, months: Amount) -> bool:
    """Whether the months come right after the years, as one length ("3thn, 4bln")."""
    return years.kind == "years" and months.kind == "months" and years.end <= months.start \
        and bool(YEARS_MONTHS_GAP_RE.fullmatch(low[years.end:months.start]))


def joined_months(low: str, found: list[Amount]) -> int | None:
    """"20thn 6bln" typed as an answer: the months of one length in years and months; None
    when no years are followed by months."""
    return next((int(y.value * 12 + m.value) for y, m in pairwise(found)
                 if y.value and m.value and _joined(low, y, m)), None)


def years_to_age(low: str, cues: Cues) -> int | None:
    """"umur 40 skrg ... jht nanti pas 56 brp": the years from the age named (after an age
    word) to the age the projection runs to (calc-cues `reading.age_target_words`)."""
    for now in _age_nows(low, cues):
        target = now and rule(cues, "age_target").search(low, now.end())
        if target and int(now.group(1)) < int(target.group("age")) <= SELF_AGE_MAX:
            return int(target.group("age")) - int(now.group(1))
    return None


def _age_nows(low: str, cues: Cues) -> list[re.Match[str] | None]:
    """The ages said as today's (group 1): "umur 40 skrg", "35 years old", "saya 45 thn"."""
    nows = [rule(cues, "age_now").match(low, e) for _s, e in cues.spans("roles", "age", low)]
    nows += list(rule(cues, "age_old").finditer(low))  # "35 years old, ... retiring at 56"
    return nows + _self_age_matches(low, cues)  # "saya 45 thn gaji 7jt, ... sampai 56"


def age_now(low: str, cues: Cues) -> int | None:
    """The person's age today as the message says it (a birth year reads as "umur N"), or
    None; a working age only."""
    ages = [int(m.group(1)) for m in _age_nows(low, cues) if m]
    return next((a for a in ages if SELF_AGE_MIN <= a <= SELF_AGE_MAX), None)


def _self_age(low: str, amount: Amount, cues: Cues) -> bool:
    """"saya 27 thn, ...", "saya 45 thn gaji 7jt": an age said right after a first-person word
    (calc-cues who.worker), closing its clause or followed by the pay (roles.wage / income)."""
    bare = low.translate(_BRACKETS)  # "saya (45 thn) gaji 7jt" as "saya 45 thn gaji 7jt"
    return amount.value is not None and SELF_AGE_MIN <= amount.value <= SELF_AGE_MAX \
        and any(e <= amount.start and not bare[e:amount.start].strip()
                and _age_ends(low, bare, s, amount.end, cues)
                for s, e in cues.spans("who", "worker", low))


def _self_age_matches(low: str, cues: Cues) -> list[re.Match[str]]:
    """"saya 45 thn gaji 7jt": the age after a first-person word, as `_self_age` reads it."""
    out, bare = [], low.translate(_BRACKETS)
    for s, e in cues.spans("who", "worker", low):
        m = rule(cues, "years_count").match(bare, e)
        if m and SELF_AGE_MIN <= int(m.group(1)) <= SELF_AGE_MAX \
                and _age_ends(low, bare, s, m.end(), cues):
            out.append(m)
    return out


def _age_ends(low: str, bare: str, who: int, end: int, cues: Cues) -> bool:
    """Whether a number after the first-person word at `who`, ending at `end`, is said as an
    age: it closes its clause, or the pay follows and "saya" opens a clause ("jp saya 16
    tahun gaji ..." is membership). `bare`: `low` with brackets as spaces."""
    return bool(SELF_AGE_END_RE.match(bare, end)) \
        or (_pay_next(bare, end, cues) and _clause_start(low, who))


def _clause_start(low: str, start: int) -> bool:
    """Whether `start` opens the message or a clause ("jp saya 16 tahun": "saya" is "my")."""
    return not low[:start].strip() or low[:start].rstrip()[-1] in ",.;:!?("


def _pay_next(low: str, end: int, cues: Cues) -> bool:
    """Whether a wage or income word comes right after `end` ("45 thn gaji 7jt")."""
    rest = low[end:].lstrip(" ,")
    return any(s == 0 for r in ("wage", "income") for s, _e in cues.spans("roles", r, rest))


def is_tenure(low: str, count: Amount, cues: Cues) -> bool:
    """Whether a count says how long the person has worked ("saya ojol 2 tahun", "sudah
    kerja 3 tahun"), not how many months of contributions they ask about."""
    before = low[:count.start]
    if rule(cues, "tenure_lead").search(before) or rule(cues, "tenure_after").match(low, count.end):
        return True
    jobs = cues.group_spans("sectors", low)
    jobs += cues.spans("who", "bpu", low)
    link = rule(cues, "tenure_link")  # "ojol sudah 2 tahun": only link words between
    return any(e <= count.start and link.fullmatch(low[e:count.start])
               and not _paid_before(low, s, cues) for s, e in jobs)


def _paid_before(low: str, start: int, cues: Cues) -> bool:
    """Whether what is paid is named right before the job word ("bayar bpu 6 bulan", "iuran
    bpu 2 bulan"): the months paid, not how long the person has worked."""
    return cues.has("roles", "paid", " ".join(low[:start].split()[-2:]))


def worked(low: str, count: Amount, kinds: set[str], cues: Cues) -> bool:
    """`is_tenure`, unless a pension is asked with a benefit verb or beside the contribution
    paid: "iuran jp sudah 18 tahun gaji 5jt dapat pensiun brp", "udah 9 taunan iuran jp ...
    pensiun brp" count the years paid, the membership the pension is on."""
    return is_tenure(low, count, cues) and not (
        "pension" in kinds and ("benefit_verbs" in kinds or _paid_clause(low, count, cues)))


def _paid_clause(low: str, count: Amount, cues: Cues) -> bool:
    """Whether the count's clause names what was paid (calc-cues roles.paid: "iuran", "bayar";
    or JP) and no work (`reading.work_words`): "iuran jp sudah 16 tahun, ...", not "sudah
    kerja 4 tahun, iuran jp untuk pensiun brp"."""
    start = max((low.rfind(c, 0, count.start) for c in ",.;!?"), default=-1) + 1
    ends = [i for c in ",.;!?" if (i := low.find(c, count.end)) >= 0]
    clause = low[start:min(ends, default=len(low))]
    work = cues.pattern("work_word", lambda c: rf"\b{alt(c, 'work_words')}\b")
    return (cues.has("roles", "paid", clause) or "JP" in cues.found("programs", clause)) \
        and not work.search(clause)


def days_per_month(low: str, found: list[Amount], cues: Cues) -> int | None:
    """The days worked a month as typed with a daily wage: "kerja 22 hari (sebulan)", or
    "6 hari seminggu" times the weeks a month; None when no such count is given."""
    week = cues.periods.get("week")
    weeks = cues.spans("periods", "week", low) if week else []
    for amount in found:
        if amount.kind != "days" or amount.value is None or amount.value != int(amount.value):
            continue
        days = int(amount.value)
        gap = rule(cues, "days_week_gap")
        if any(s >= amount.end and gap.fullmatch(low[amount.end:s])
               for s, _ in weeks):  # "6 hari seminggu", "6 hari kerja seminggu"
            return int(days * week.per_month) if week and 0 < days <= 7 else None
        return days if 0 < days <= 31 else None
    return None


def heads_written_after(low: str, cues: Cues) -> str:
    """"karyawan ada 3", "pegawainya sebanyak 12": the number after a staff noun and a linking
    word counts people; written as "3 orang" so the amount grammar counts it."""
    return rule(cues, "heads_after_noun").sub(lambda m: m.group(0) + " orang", low)


def pension_from_age(req: CalcRequest, low: str, kinds: set[str], cues: Cues) -> set[str]:
    """"umur 30 gaji 5jt, iuran jp sampai usia 60 dapat berapa": JP named with a benefit verb,
    a pension word or, JP alone, a future word or no contribution word ("saya 45 thn, jp nanti
    sampai 56") and an age now and a target age is the pension after those years."""
    alone = req.programs == ["JP"]  # "umur 45 ..., jp sampai 56 brp": no contribution word
    asks = {"benefit_verbs", "pension"} | ({"projection"} if alone else set())
    if "JP" not in req.programs or req.months \
            or not (asks & kinds or (alone and "contribution" not in kinds)):
        return kinds
    years = years_to_age(low, cues)
    if not years:
        return kinds
    req.months = years * 12
    return (kinds - {"contribution"}) | {"pension"}
