"""Effective-dated rates: every figure the assistant states, with its date and legal basis."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from bot.core.formatting import date_id, month_id
from bot.core.locale import formats

UNITS = ("percent", "rupiah", "count", "text")
CONFIDENCE = ("confirmed", "unconfirmed", "derived")
# `per`: what `from`/`until` count. `day` (default): calendar days. `contribution_month`: the
# month a contribution is FOR (a wage earner pays month M by the 15th of M+1), so a discount
# "until 2026-01-31" still applies to the January 2026 contribution paid in February.
# `month`: the dates are known only to the month (since()/until() print "Mei 2025").
PERIODS = ("day", "month", "contribution_month")
# `renews: MM-DD`: a new figure is due every year on that day (JP wage cap: 03-01). The newest
# value is known only until the day before the next due date; after that it is `stale`.
RENEWS_RE = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


def contribution_month(on: date) -> date:
    """The contribution month a date belongs to, as its first day."""
    return on.replace(day=1)


def previous_month(on: date) -> date:
    """First day of the month before `on`'s month."""
    return (on.replace(day=1) - timedelta(days=1)).replace(day=1)


def paying_month(on: date, due_day: int) -> date:
    """The contribution month whose payment is due now: last month's until its due day
    (the 15th), this month's afterwards."""
    return previous_month(on) if on.day <= due_day else contribution_month(on)


@dataclass(frozen=True)
class RateValue:
    key: str
    label: str
    unit: str
    value: Decimal | str | None  # None: known to exist but not known for this period
    valid_from: date
    valid_until: date | None
    basis: str
    confidence: str
    note: str = ""
    sources: tuple[str, ...] = ()  # news / web pages behind the value (basis holds the law)
    known_until: date | None = None  # scheduled values: last day this figure is known to hold
    stale: bool = False  # looked up past known_until: the next figure is not announced yet
    per: str = "day"  # day | month | contribution_month (see PERIODS)
    label_en: str = ""  # the English name, for English calculation footers

    def label_in(self, lang: str) -> str:
        return self.label_en if lang == "en" and self.label_en else self.label

    @property
    def per_month(self) -> bool:
        """Dates shown as months ("Januari 2026"), not days."""
        return self.per != "day"

    @property
    def confirmed(self) -> bool:
        return self.confidence != "unconfirmed" and self.value is not None and not self.stale

    @property
    def next_due(self) -> date | None:
        """When the next figure of a scheduled value is (or was) due."""
        return self.known_until + timedelta(days=1) if self.known_until else None

    @property
    def year(self) -> int:
        """The year of this figure ("batas 2026")."""
        return self.valid_from.year

    def stale_note(self, lang: str = "id") -> str:
        """One sentence for a value used past its known period; empty when it is current."""
        if not self.stale or self.next_due is None:
            return ""
        fmt = formats(lang)
        if lang == "en":
            return (f"{self.label_in(lang)}: the figure for the period from "
                    f"{fmt.date(self.next_due)} "
                    f"has not been announced; the estimate uses the {self.year} figure "
                    f"({self.display(lang)}, valid from {fmt.date(self.valid_from)}).")
        return (f"{self.label} untuk periode mulai {date_id(self.next_due)} belum diumumkan; "
                f"perkiraan memakai batas {self.year} ({self.display()}, berlaku sejak "
                f"{date_id(self.valid_from)}).")

    @property
    def amount(self) -> Decimal:
        """The numeric value; raises if the value is unknown or text."""
        if not isinstance(self.value, Decimal):
            raise MissingRate(f"{self.key}: tidak ada nilai angka untuk tanggal ini")
        return self.value

    @property
    def fraction(self) -> Decimal:
        """A percent value as a fraction (0.24 -> 0.0024)."""
        return self.amount / Decimal(100)

    def display(self, lang: str = "id") -> str:
        """The value formatted for the reply language ("3,7%" / "3.7%")."""
        fmt = formats(lang)
        if self.value is None:
            return "not confirmed" if lang == "en" else "belum terkonfirmasi"
        if self.unit == "percent":
            return fmt.percent(self.amount)
        if self.unit == "rupiah":
            return fmt.rupiah(self.amount)
        if self.unit == "count":
            return fmt.number(self.amount)
        return str(self.value)

    def period_text(self, lang: str = "id") -> str:
        """'berlaku sejak 1 Maret 2026' / 'untuk iuran Februari 2025 s.d. Januari 2026'."""
        if lang == "en":
            return self._period_en()
        if self.per == "month":
            return f"berlaku sejak {month_id(self.valid_from)}" + (
                f" s.d. {month_id(self.valid_until)}" if self.valid_until else "")
        if self.per == "contribution_month":
            text = f"untuk iuran {month_id(self.valid_from)}"
            if self.valid_until:
                text += f" s.d. {month_id(self.valid_until)}"
            return text
        text = f"berlaku sejak {date_id(self.valid_from)}"
        if self.valid_until:
            text += f" s.d. {date_id(self.valid_until)}"
        return text

    def _period_en(self) -> str:
        """'valid from 1 March 2026' / 'for contributions February 2025 to January 2026'."""
        fmt = formats("en")
        show = fmt.month if self.per_month else fmt.date
        start = ("for contributions " if self.per == "contribution_month" else "valid from ")
        text = start + show(self.valid_from)
        return text + (f" to {show(self.valid_until)}" if self.valid_until else "")

    def source_line(self, lang: str = "id") -> str:
        """'label: value (basis, berlaku sejak 1 Maret 2026)' for 'rates used' footers."""
        period = self.period_text(lang)
        en = lang == "en"
        if self.stale and self.next_due:
            day = formats(lang).date(self.next_due)
            flag = (f"; the figure from {day} is not announced, the estimate uses the "
                    f"{self.year} figure" if en else
                    f"; angka mulai {day} belum diumumkan, perkiraan memakai batas {self.year}")
        elif not self.confirmed:
            flag = "; not confirmed" if en else "; belum terkonfirmasi"
        else:
            flag = ""
        return f"{self.label_in(lang)}: {self.display(lang)} ({self.basis}, {period}{flag})"


class MissingRate(LookupError):
    """No value of this key covers the requested date (or the key does not exist)."""


@dataclass(frozen=True)
class Rate:
    key: str
    label: str
    unit: str
    values: tuple[RateValue, ...]
    renews: str | None = None  # "MM-DD": a new figure is due every year on that day
    per: str = "day"
    sources: tuple[str, ...] = ()

    def at(self, on: date) -> RateValue | None:
        """The value for a date (for `per: contribution_month`, for the month of that date);
        a scheduled value past its known period comes back with `stale=True`."""
        if self.per == "contribution_month":
            on = contribution_month(on)
        found = None
        for val in self.values:  # sorted by valid_from; the last one started wins
            if val.valid_from <= on and (val.valid_until is None or on <= val.valid_until):
                found = val
        if found is not None and found.known_until is not None and on > found.known_until:
            return replace(found, stale=True)
        return found

    def last_before(self, on: date) -> RateValue | None:
        """The newest value with a figure that started on or before `on`, even if it has
        ended (what a temporary rule was, once it is over)."""
        if self.per == "contribution_month":
            on = contribution_month(on)
        found = None
        for val in self.values:
            if val.valid_from <= on and val.value is not None:
                found = val
        return found

    def next_after(self, on: date) -> RateValue | None:
        """The first value with a figure that starts after `on` (a rule announced ahead)."""
        if self.per == "contribution_month":
            on = contribution_month(on)
        return next((v for v in self.values if v.valid_from > on and v.value is not None),
                    None)

    def boundaries(self) -> set[date]:
        """Every date where a value of this key starts, ends, or goes stale."""
        days: set[date] = set()
        for val in self.values:
            days.add(val.valid_from)
            if val.valid_until:
                days.add(val.valid_until + timedelta(days=1))
            if val.next_due:
                days.add(val.next_due)
        return days


class Rates:
    """All rates; look a value up for a date."""

    def __init__(self, rates: dict[str, Rate]):
        self._rates = rates

    def __contains__(self, key: str) -> bool:
        return key in self._rates

    def keys(self) -> list[str]:
        return sorted(self._rates)

    def rate(self, key: str) -> Rate:
        try:
            return self._rates[key]
        except KeyError:
            raise MissingRate(f"kunci tarif '{key}' tidak dikenal") from None

    def find(self, key: str, on: date) -> RateValue | None:
        return self.rate(key).at(on)

    def get(self, key: str, on: date) -> RateValue:
        value = self.find(key, on)
        if value is None:
            raise MissingRate(f"tarif '{key}' tidak punya nilai pada {on.isoformat()}")
        return value

    def boundary_dates(self) -> list[date]:
        """Every date where some value starts, ends or goes stale, and the day before each:
        the dates `faq check` renders everything at."""
        days: set[date] = set()
        for rate in self._rates.values():
            for day in rate.boundaries():
                days.update((day, day - timedelta(days=1)))
        return sorted(days)


def load_rates(path: Path, display: str | None = None) -> Rates:
    """Load and validate the rates file; raise ContentError listing every problem
    (the file side lives in bot.content.rates_file)."""
    from bot.content.rates_file import load_rates_file

    return load_rates_file(path, display)
