"""What a calculation message asks: a plain, JSON-serialisable request (kept in the session).

`kind` is what is asked; `topic` is the one calculation that answers it (the result builder).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal

from bot.core.replies import Text

KINDS = ("contribution", "benefit", "projection", "fine", "payslip", "other_scheme", "not_calc")
BENEFITS = ("death", "accident_death", "accident", "disability", "job_loss", "pension")
BENEFIT_TOPICS = {"death": "jkm", "accident_death": "jkk_death", "accident": "stmb",
                  "disability": "disability", "job_loss": "jkp", "pension": "jp",
                  "jht_partial": "jht_partial"}


@dataclass
class CalcRequest:
    """One calculation request as read from a message (or built by /hitung and buttons)."""

    kind: str = "contribution"
    benefit: str | None = None  # one of BENEFITS when kind is "benefit"
    who: str | None = "pu"  # pu (wage earner) | bpu (informal) | jakon (construction project)
    # | None: still to be asked
    focus: str = "both"  # worker | employer | both | total (both, the total asked for)
    wages: list[tuple[str, int]] = field(default_factory=list)  # (Decimal as str, headcount)
    programs: list[str] = field(default_factory=list)  # named programs narrow a contribution
    jkk_class: int | None = None
    jkk_rate: str | None = None  # "jkk 0,54%": the JKK rate as typed; the class is looked up
    clinic: bool = False
    with_jht: bool | None = None
    transport: bool | None = None
    domestic: bool = False  # a domestic worker (ART/PRT): BPU, the rule unconfirmed
    income_period: str | None = None  # day | week: the wage was converted from this period
    income_each: str | None = None  # the amount per day/week as typed
    per_month: str | None = None  # days or weeks counted in a month (the stated assumption)
    days_typed: bool = False  # per_month is the days worked as typed ("kerja 22 hari")
    income_months: str | None = None  # months one period covers ("year": 12); None = 1
    allowance: str | None = None  # fixed allowance included in the wage
    excluded: list[str] = field(default_factory=list)  # variable pay left out of the wage
    deduction: str | None = None  # a deduction seen on a payslip
    # a payslip typed line by line: (JHT | JP | JKK | JKM | TK | KES | PPH, amount) as typed
    slip_lines: list[tuple[str, str]] = field(default_factory=list)
    balance: str | None = None
    contract_value: str | None = None  # construction: the project's contract value (no PPN)
    disability_pct: str | None = None  # "cacat 25%": partial disability, the table's percent
    months: int | None = None  # membership (JP) or projection length (JHT)
    # the months back to a start typed ("kerja sejak 2015"): while `months` still equals them,
    # a JHT balance is the balance so far (the wage typed is today's), not a projection ahead
    months_since: int | None = None
    # "lahir 1995 ... jht sampai pensiun": the age now; the calculator counts the years to the
    # retirement age (`retire_age`, said in the result) from faq/rates.yaml
    age_now: int | None = None
    retire_age: int | None = None
    months_late: int | None = None
    late_each: bool = False  # "kalau telat bayar?" with no months: the fine per month late
    contribution: str | None = None  # the monthly contribution as stated (late fine)
    period_months: int | None = None  # contributions for this many months
    arrears: bool = False  # BPU months owed (no fine): period_months past months, not ahead
    paid_seen: str | None = None  # "iuran sy 20.400 tiap bulan, bener?": BPU paid, checked
    arrears_now: bool = False  # "2 bulan + bulan ini": the months owed end with this month
    month: str | None = None  # ISO first day of the contribution month meant
    annual_return: str | None = None
    wage_growth: str | None = None
    old_rule: bool = False
    scheme: str | None = None  # other scheme's manager (PT Taspen) when kind is other_scheme
    scheme_who: str | None = None
    reason: str | None = None  # why it is not a calculation (scam, tax)
    problem: Text | None = None  # a question to ask back instead of computing
    staff_ask: bool = False  # the headcount and the list of wages disagree: ask for the list
    heads_asked: int | None = None  # "karyawan 5 org, iuran?": the headcount the list is asked for
    split_total: str | None = None  # "10 karyawan total gaji 45jt": that total, split equally
    month_no: int | None = None  # "stmb bulan ke-14": the month of STMB asked
    claim_shares: list[int] = field(default_factory=list)  # "klaim jht 10%": the shares typed
    set_aside: str | None = None  # "gaji 7jt, jht dari gaji pokok 5jt": the wage not used (7jt)
    # "gaji UMR Jakarta": the minimum wage named as the wage (bot.understand.minimum_wage.named);
    # its "value" is the figure the calculator last used for it
    min_wage: dict | None = None

    @property
    def topic(self) -> str:
        """The calculation that answers this request."""
        if self.kind in ("fine", "payslip", "other_scheme", "not_calc"):
            return self.kind
        if self.kind == "benefit":
            return BENEFIT_TOPICS.get(self.benefit or "", "jkm")
        if self.kind == "projection":
            return "jht"
        if self.who == "bpu":
            return "bpu"
        if self.who == "jakon":
            return "jakon"
        if self.who is None:
            return "pu_or_bpu"
        if len(self.wages) > 1 or self.headcount > 1 or self.staff_ask:
            return "staff"
        return "wage"

    @property
    def wage(self) -> Decimal | None:
        return Decimal(self.wages[0][0]) if self.wages else None

    @property
    def headcount(self) -> int:
        return sum(n for _, n in self.wages)

    def missing(self) -> str | None:
        """What the calculator asks before computing (amount, staff, years, late, kind), or
        None; a minimum wage named ("gaji UMR Jakarta") counts as the amount."""
        topic = self.topic
        if topic == "pu_or_bpu":
            return "kind"
        if not self.wages and not self.min_wage and topic not in ("jkm", "other_scheme", "jakon") \
                and not (topic in ("jht", "jht_partial") and self.balance) \
                and not (topic == "fine" and self.contribution):
            return "staff" if topic == "staff" else "amount"
        if topic in ("jht", "jp") and not self.months:
            return "years"
        if topic == "fine" and self.who != "bpu" and not self.months_late:
            return "late"
        return None

    def wage_list(self) -> list[tuple[Decimal, int]]:
        return [(Decimal(w), n) for w, n in self.wages]

    def month_date(self) -> date | None:
        return date.fromisoformat(self.month) if self.month else None

    def to_dict(self) -> dict:
        # A problem is a question asked now, in this reply; it is never kept with the request.
        return {**asdict(self), "problem": None}

    @classmethod
    def from_dict(cls, data: dict) -> CalcRequest:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["wages"] = [tuple(w) for w in known.get("wages", [])]
        known["slip_lines"] = [tuple(x) for x in known.get("slip_lines", [])]
        known["problem"] = None  # older versions kept it (as Indonesian text)
        return cls(**known)
