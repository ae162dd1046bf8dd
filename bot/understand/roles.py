"""Give every amount in a message its role: wage, allowance, deduction, income, balance...

The nearest role word before an amount decides; an amount right after another one with only a
comma or "dan" between them continues a list ("gaji 4jt 5jt 6jt"); an amount with no word
before it may take the word right after it ("5jt gaji saya"). Headcounts pair with wages so
that "3 orang gaji 4jt 5jt 6jt" is three people, not five.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

from bot.core.replies import Text
from bot.understand.amounts import COUNTERS, Amount
from bot.understand.cues import Cues, blanked, ends_before
from bot.understand.reading import alt, rule
from bot.understand.restated import rebased, restated

ROLE_ORDER = ("wage", "allowance", "variable_allowance", "deduction", "income", "balance",
              "paid", "benefit")
# "iurannya Rp16.800" or "diklaim Rp10 juta (biaya pemakaman)" in a story is what was paid or
# received, not a wage to compute from. A large amount after "iuran" stays a wage: "iuran 5jt
# berapa" is shorthand for "the contribution on a 5 million wage".
PAID_MAX = Decimal(1_000_000)
MAX_HEADCOUNT = 100_000  # the largest employers in Indonesia stay below this
AFTER_WINDOW = 14
# An allowance paid per day or week worked depends on attendance: not a fixed allowance
# (tunjangan tetap), so not in the contribution wage (PP 36/2021 Pasal 7; SE-07/MEN/1990)
PER_ATTENDANCE = ("day", "week")
AFTER_GAP = 10  # a period word this close after an amount's end is its period
# a role word with only these between it and the next amount is that amount's ("dipotong
# 270rb", "potongannya: rp 270.000", "deduction is 270,000"; not "deduction on 10 million")
_OWNS_NEXT_RE = re.compile(r"^(?:nya)?\s*(?:[:=]|is|sebesar|sekitar)?\s*(?:rp\.?\s*)?$")
_RESTATED_RE = re.compile(r"^\s*(?:\(|=)\s*(?:rp\.?\s*)?$")
_ADJACENT_RE = re.compile(r"^[\s,]*(?:rupiah\s*|rp\s*)?$")
_HEADS_GAP_RE = re.compile(r"[\s:]*$")  # nothing but spaces between a headcount and a wage
# "from my", "dari": between a deduction word and the pay it is taken from
# one or two bare digits right before a year word count years ("20 tahunan"): a year's pay is
# never typed without its scale that small
_YEARS_COUNT_RE = re.compile(r"(?<![\d.,])\d{1,2}\s*$")
_SOURCE_RE = re.compile(r"\s*(?:from|dari|dr)\s+(?:(?:my|a|the|his|her|your|their|our)\s+)?$")


# A word for a person ("mandor", "karyawan", "chef"): one person when no count stands before it
PEOPLE_RE = re.compile(r"(?<![a-z])(?:" + "|".join(
    re.escape(w) for w in sorted((w for w, k in COUNTERS.items() if k == "people"),
                                 key=len, reverse=True)) + r")(?![a-z])")


@dataclass
class Roles:
    """The amounts of one message by role, with what could not be read."""

    money: list[tuple[Amount, str]] = field(default_factory=list)  # (amount, role)
    heads: list[Amount] = field(default_factory=list)
    wages: list[tuple[Decimal, int]] = field(default_factory=list)
    period: str | None = None  # "day" | "week" when the wage/income was given per period
    # each wage's own period, for a list mixing daily, weekly and monthly pay: by the amount's
    # position (two groups paid the same amount may be paid per different periods), then one
    # per entry of `wages`
    period_at: dict[int, str | None] = field(default_factory=dict)
    wage_periods: list[str | None] = field(default_factory=list)
    # Amounts written right after a 'paid' cue ("iuran 2 juta"), whatever role they took:
    # in a late-fine question they are the contribution that was due, not a wage.
    paid: list[Decimal] = field(default_factory=list)
    # "potongan jht 80rb jp 40rb": deductions named program by program, added to the first
    deduction_parts: list[Decimal] = field(default_factory=list)
    problem: Text | None = None
    staff_ask: bool = False
    split_total: Decimal | None = None  # a payroll total split equally over the headcount
    set_aside: Decimal | None = None  # "gaji 7jt, jht dari gaji pokok 5jt": the 7jt not used

    def of(self, role: str) -> list[Decimal]:
        return [a.value for a, r in self.money if r == role and a.value is not None]


def _role_cues(cues: Cues, low: str) -> list[tuple[int, int, str]]:
    found = []
    for role in ROLE_ORDER:
        found += [(s, e, role) for s, e in cues.spans("roles", role, low)]
    # A longer cue covering a shorter one wins ("tunjangan tidak tetap" over "tunjangan").
    found.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    kept: list[tuple[int, int, str]] = []
    for cue in found:
        if kept and cue[0] < kept[-1][1]:
            continue
        kept.append(cue)
    return kept


def _month_after(cues: Cues) -> str:
    """A month word right after an amount ("4,2jt sebulan", "5jt/bulan"; `reading.month_words`)."""
    return rf"\s*/?\s*{alt(cues, 'month_words')}\b"


def _period_near(cues: Cues, low: str, start: int, amount: Amount, stop: int) -> str | None:
    """The period of the amount at start..end: a period word between its role word (or one
    right before that: "daily wage") and the amount, or shortly after the amount. A year
    must follow the amount directly: in "gaji 5jt iuran setahun" the year is the iuran's."""
    end = amount.start
    if cues.pattern("month_after", _month_after).match(low, amount.end):
        return None  # "6 hari seminggu gaji 4,2jt sebulan": a month's pay, said right after it
    for name in cues.keys("periods"):
        yearly = cues.periods[name].months != 1
        for s, e in cues.spans("periods", name, low):
            # after a long amount ("seratus lima puluh ribu sehari") the window runs on
            # from its end
            if yearly and (ends_before(rule(cues, "tenure_before"), low, s)
                           or ends_before(_YEARS_COUNT_RE, low, s)):
                continue  # "sudah kerja setahun", "udh 20 tahunan": how long, not a year's pay
            if (start - 1 <= e <= start or (start <= s and e <= end + 1)) \
                    or (end <= s <= min(stop, max(end + AFTER_WINDOW, amount.end + AFTER_GAP))
                        and not (yearly and (not _ADJACENT_RE.match(low[amount.end:s])
                                             or rule(cues, "growth_next").match(low, e)
                                             or _contribution_next(cues, low, amount.end,
                                                                   s, e)))):
                return name
    return None


def _contribution_next(cues: Cues, low: str, after: int, start: int, end: int) -> bool:
    """"5,5jt, setahun iuran": a year after a comma and right before a contribution word is
    the contribution's period ("36 juta setahun, iuran bpu" stays a year's income)."""
    return "," in low[after:start] and any(
        end < s <= end + 2 for s, _e in cues.spans("kinds", "contribution", low))


def _own_start(cues: Cues, low: str, amounts: list[Amount], amount: Amount, start: int) -> int:
    """Where an amount's own words may start: after every amount before it and a period word
    right after that one ("4 org 120rb/hari kerja 25 hari, mandor 5jt": not "hari")."""
    ends_at: dict[int, list[int]] = {}  # by start: looked up per amount, not scanned
    for s, e in cues.group_spans("periods", low):
        ends_at.setdefault(s, []).append(e)
    for other in amounts:
        if other.end <= amount.start:
            end = max([other.end] + [e for d in range(4) for e in ends_at.get(other.end + d, ())
                                     if e <= amount.start])
            start = max(start, end)
    return start


def _period_follows(cues: Cues, low: str, amount: Amount) -> bool:
    """A period word right after or right before the amount ("130rb/hari", "720rb seminggu",
    "dibayar mingguan 900rb"): it is pay, not a deduction or a contribution."""
    return any(amount.end <= s <= amount.end + 2 or amount.start - 2 <= e <= amount.start
               for s, e in cues.group_spans("periods", low))


def _each_after_heads(cues: Cues, low: str, amounts: list[Amount], start: int, end: int
                      ) -> bool:
    """"@ 5,5 juta" / "masing-masing 5jt" after a headcount that follows the role word."""
    return bool(rule(cues, "each").search(low, start, end)) and any(
        a.kind == "people" and start <= a.start and a.end <= end for a in amounts)


def _heads_blanked(low: str, amounts: list[Amount], start: int, end: int) -> str:
    """The text between two amounts with the headcounts in it blanked."""
    return blanked(low[start:end], [(a.start - start, a.end - start) for a in amounts
                                    if a.kind == "people" and start <= a.start and a.end <= end])


def _program_spans(cues: Cues, low: str) -> list[tuple[int, int]]:
    """Where program names occur in the message (looked up once, not once per amount)."""
    return cues.group_spans("programs", low)


def _program_gap(cues: Cues, spans: list[tuple[int, int]], low: str, start: int, end: int
                 ) -> bool:
    """True when only a program name (and separators) stands between two amounts."""
    gap = list(low[start:end])
    named = False
    for s, e in spans:
        if start <= s and e <= end:
            gap[s - start:e - start] = " " * (e - s)
            named = True
    return named and bool(rule(cues, "list_gap").match("".join(gap)))


def assign(low: str, amounts: list[Amount], cues: Cues, default: str) -> Roles:
    """Roles for the money amounts, the headcounts, and the wages as (amount, people)."""
    out = Roles()
    role_cues = _role_cues(cues, low)
    prev_end, prev_role = 0, None
    taken = 0  # end of a cue read AFTER the previous amount: it is not the next one's too
    money = [a for a in amounts if a.kind == "money"]
    programs = _program_spans(cues, low)
    for i, amount in enumerate(money):
        if i and amount.value is not None and amount.value == money[i - 1].value \
                and _RESTATED_RE.match(low[money[i - 1].end:amount.start]):
            continue  # "5 jt (lima juta)": the same amount said again
        if restated(low, cues, amount, out.money):
            continue  # "gaji manajer 15jt, JP dihitung dr 15jt": that wage, not a second one
        if rebased(low, cues, amount, out.money):  # "gaji 7jt, jht dihitung dari gapok 5jt"
            out.set_aside = next(a.value for a, r in out.money if r in ("wage", "income"))
            out.money = [(a, r) for a, r in out.money if r not in ("wage", "income")]
        before = [c for c in role_cues if max(prev_end, taken) <= c[0] and c[1] <= amount.start]
        nxt = money[i + 1].start if i + 1 < len(money) else len(low)
        role = None
        if before and before[-1][2] == "deduction" and _wage_of_source(role_cues, low,
                                                                      before[-1][1], amount):
            role = "wage"  # "deducted from my 25m salary": the pay it is deducted from
        elif before and not (before[-1][2] not in ("wage", "income") and _each_after_heads(
                cues, low, amounts, before[-1][1], amount.start)):
            role = before[-1][2]
        elif before:  # "potongan ... 4 karyawan @ 5,5 juta": each one's pay
            role = default
        elif prev_role and rule(cues, "list_gap").match(_heads_blanked(low, amounts, prev_end,
                                                                       amount.start)):
            role = prev_role  # "gaji 4jt 3 org, 7jt 1 org": the list goes on past a headcount
        elif rule(cues, "each").search(low, max(prev_end, taken), amount.start):
            role = default
        elif any(a.kind == "people" and max(prev_end, taken) <= a.start
                 and _heads_gap(cues, low, a.end, amount.start) for a in amounts):
            role = default  # "2 supervisor 7jt, total potongan ...": that headcount's pay
        elif prev_role == "deduction" and _program_gap(cues, programs, low, prev_end, amount.start):
            role = "deduction"
            if amount.value is not None:
                out.deduction_parts.append(amount.value)
        else:
            after = [c for c in role_cues if amount.end <= c[0] <= amount.end + AFTER_WINDOW
                     and c[1] <= nxt and not _owned_by_next(low, c, nxt, role_cues)]
            role = after[0][2] if after else default
            if _period_follows(cues, low, amount):  # "130rb/hari, potongan ...": pay per day
                role, after = default, []
            if role == "paid":  # "150rb iuran bpjs brp": iuran names what is asked
                role = default
            taken = after[0][1] if after else taken
        if role == "paid" and before and amount.value is not None:
            out.paid.append(amount.value)
        if role == "paid" and (amount.value is None or amount.value >= PAID_MAX):
            role = default
        if role == "allowance" and _period_near(cues, low, before[-1][0] if before else prev_end,
                                                amount, nxt) in PER_ATTENDANCE:
            role = "variable_allowance"  # "tunjangan makan harian 25rb": paid per day worked
        if role in ("wage", "income"):
            period = _period_near(cues, low, before[-1][0] if before else prev_end,
                                  amount, nxt)
            if period and out.period is None:
                out.period = period
            if amount.value is not None:  # its own: not a period of an amount before it
                own = _own_start(cues, low, amounts, amount,
                                 before[-1][0] if before else prev_end)
                out.period_at[amount.start] = _period_near(cues, low, own, amount, nxt)
        out.money.append((amount, role))
        prev_end, prev_role = amount.end, role
    out.heads = [_per_branch(a, low, cues) for a in amounts if a.kind == "people" and a.value]
    _pair(out, low, cues)
    return out


def _owned_by_next(low: str, cue: tuple[int, int, str], nxt: int,
                   role_cues: list[tuple[int, int, str]]) -> bool:
    """"sebulan 9jt, dipotong 270rb": a role word the next amount follows closely (no other
    role word between) is that amount's, not the one before it."""
    return nxt < len(low) and bool(_OWNS_NEXT_RE.match(low[cue[1]:nxt])) \
        and not any(cue[1] <= c[0] and c[1] <= nxt for c in role_cues)


def _months(cues: Cues) -> str:
    """The words of a monthly wage ("bulanan", "per bulan"; calc-cues.yaml
    `reading.month_words`): no period to convert, but one may stand before a group's pay."""
    return rf"\b{alt(cues, 'month_words')}\b"


def _heads_gap(cues: Cues, low: str, start: int, end: int) -> bool:
    """Nothing but spaces, or a period word ("1 org bulanan 4jt"), between a headcount and
    an amount: the amount is that headcount's pay."""
    spans = cues.group_spans("periods", low)
    spans += [m.span() for m in cues.pattern("month_words", _months).finditer(low, start, end)]
    gap = blanked(low[start:end], [(s - start, e - start) for s, e in spans
                                   if start <= s and e <= end])
    return bool(_HEADS_GAP_RE.match(gap))


def _wage_of_source(role_cues: list[tuple[int, int, str]], low: str, cue_end: int,
                    amount: Amount) -> bool:
    """"deducted from my 25m salary", "dipotong dari 5jt gaji saya": after a deduction word and
    "from", an amount the wage word follows directly is the pay, not what was deducted."""
    return bool(_SOURCE_RE.match(low, cue_end, amount.start)) and any(
        c[0] >= amount.end and not low[amount.end:c[0]].strip() and c[2] == "wage"
        for c in role_cues)


def _per_branch(heads: Amount, low: str, cues: Cues) -> Amount:
    """A headcount each of several branches has ("2 cabang, masing2 3 karyawan"): all of them."""
    m = rule(cues, "branches_each").search(low[:heads.start])
    if m is None or heads.value is None:
        return heads
    return replace(heads, value=heads.value * int(m.group("n")))


def _lone_person(out: Roles, low: str, wages: list[Amount]) -> int | None:
    """The index of the one wage whose stretch of text names a person with no count ("...,
    mandor bulanan 5jt") when every other wage has exactly one headcount before it."""
    if not out.heads or len(out.heads) + 1 != len(wages):
        return None
    bounds = [0] + [w.end for w in wages[:-1]]
    counts = [sum(bounds[i] <= h.start < w.start for h in out.heads) for i, w in enumerate(wages)]
    if sorted(counts) != [0] + [1] * (len(wages) - 1):
        return None
    lone = counts.index(0)
    return lone if PEOPLE_RE.search(low, bounds[lone], wages[lone].start) else None


def _pair(out: Roles, low: str, cues: Cues) -> None:
    """Wages with their headcounts; a disagreement is asked back, never guessed."""
    wage_amounts = [a for a, r in out.money if r in ("wage", "income") and a.value is not None]
    heads = [int(h.value) for h in out.heads if h.value is not None]
    if any(h > MAX_HEADCOUNT for h in heads):
        out.problem = Text.of("heads_too_many", heads=max(heads))
        return
    values = [a.value for a in wage_amounts if a.value is not None]
    # every way of pairing below keeps one entry per wage amount, in order
    out.wage_periods = [out.period_at.get(a.start) for a in wage_amounts]
    if len(heads) == len(values) + 1 and len(values) > 1 and heads[0] == sum(heads[1:]) \
            and out.heads[0].start < wage_amounts[0].start:
        # "klinik 10 pegawai, 4 orang gaji 5jt dan 6 orang gaji 3jt": 10 is the total
        heads, out.heads = heads[1:], out.heads[1:]
    if not heads:
        out.wages = [(v, 1) for v in values]
        return
    if len(heads) == 1 and len(values) == 1:
        if heads[0] > 1 and rule(cues, "total_pay").search(low, 0, wage_amounts[0].start):
            # "10 karyawan total gaji 45jt": the payroll, split equally (said in the reply)
            out.split_total = values[0]
            out.wages = [(values[0] / heads[0], heads[0])]
            return
        out.wages = [(values[0], heads[0])]
        return
    if len(heads) == 1 and len(values) == heads[0]:
        out.wages = [(v, 1) for v in values]  # "3 orang gaji 4jt 5jt 6jt": one wage each
        return
    if len(heads) == len(values) and (
            all(h.start < w.start for h, w in zip(out.heads, wage_amounts, strict=True))
            or all(w.end <= h.start and (i + 1 == len(heads) or h.start < wage_amounts[i + 1].start)
                   for i, (h, w) in enumerate(zip(out.heads, wage_amounts, strict=True)))):
        # "3 orang gaji 4jt, 2 orang gaji 6jt" or "gaji 4jt 3 orang, 6jt 2 orang"
        out.wages = [(v, h) for v, h in zip(values, heads, strict=True)]
        return
    lone = _lone_person(out, low, wage_amounts)
    if lone is not None:  # "4 org 120rb/hari, mandor bulanan 5jt": the mandor is one person
        heads.insert(lone, 1)
        out.wages = [(v, h) for v, h in zip(values, heads, strict=True)]
        return
    out.wages = [(v, 1) for v in values]
    out.staff_ask = True
    out.problem = Text.of("heads_wages_differ", heads=" + ".join(str(h) for h in heads),
                          wages=len(values))
