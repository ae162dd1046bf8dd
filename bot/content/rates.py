"""Effective-dated rates: every figure the assistant states, with its date and legal basis."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path

from bot.content.yamlsrc import (
    NEWS_IN_BASIS_RE,
    ContentError,
    LineDict,
    LineList,
    Problem,
    load_yaml,
)
from bot.core.formatting import date_id, month_id, number, percent, rupiah

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

    def stale_note(self) -> str:
        """One sentence for a value used past its known period; empty when it is current."""
        if not self.stale or self.next_due is None:
            return ""
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

    def display(self) -> str:
        if self.value is None:
            return "belum terkonfirmasi"
        if self.unit == "percent":
            return percent(self.amount)
        if self.unit == "rupiah":
            return rupiah(self.amount)
        if self.unit == "count":
            return number(self.amount)
        return str(self.value)

    def period_text(self) -> str:
        """'berlaku sejak 1 Maret 2026' / 'untuk iuran Februari 2025 s.d. Januari 2026'."""
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

    def source_line(self) -> str:
        """'label: value (basis, berlaku sejak 1 Maret 2026)' for 'rates used' footers."""
        period = self.period_text()
        if self.stale and self.next_due:
            flag = (f"; angka mulai {date_id(self.next_due)} belum diumumkan, "
                    f"perkiraan memakai batas {self.year}")
        else:
            flag = "; belum terkonfirmasi" if not self.confirmed else ""
        return f"{self.label}: {self.display()} ({self.basis}, {period}{flag})"


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


def _to_date(raw: object) -> date | None:
    if isinstance(raw, date):
        return raw
    if isinstance(raw, str):
        try:
            return date.fromisoformat(raw.strip())
        except ValueError:
            return None
    return None


def parse_rates(data: object, display: str) -> tuple[dict[str, Rate], list[Problem]]:
    """Validate the rates mapping; collect every problem instead of stopping at the first."""
    problems: list[Problem] = []
    rates: dict[str, Rate] = {}
    if not isinstance(data, LineDict):
        return rates, [Problem(display, 1, "", "rates.yaml harus berupa mapping kunci")]

    def bad(line: int, key: str, msg: str) -> None:
        problems.append(Problem(display, line, key, msg))

    for key, spec in data.items():
        line = data.line_of(key)
        if not isinstance(spec, LineDict):
            bad(line, key, "harus berupa mapping dengan label, unit dan values")
            continue
        unknown = set(spec) - {"label", "unit", "values", "note", "renews", "per", "sources"}
        if unknown:
            bad(line, key, f"kolom tidak dikenal: {', '.join(sorted(unknown))}")
        renews = spec.get("renews")
        if renews is not None and not RENEWS_RE.match(str(renews)):
            bad(spec.line_of("renews"), key, "renews harus berbentuk BB-TT, mis. 03-01")
            renews = None
        per = spec.get("per", "day")
        if per not in PERIODS:
            bad(spec.line_of("per"), key, f"per harus salah satu dari {', '.join(PERIODS)}")
            per = "day"
        key_sources = _sources(spec.get("sources"), key, spec.line_of("sources") or line, bad)
        label, unit = spec.get("label"), spec.get("unit")
        if not isinstance(label, str) or not label.strip():
            bad(spec.line_of("label"), key, "label belum diisi")
        if unit not in UNITS:
            bad(spec.line_of("unit"), key, f"unit harus salah satu dari {', '.join(UNITS)}")
        raw_values = spec.get("values")
        if not isinstance(raw_values, LineList) or not raw_values:
            bad(spec.line_of("values"), key, "values harus berupa daftar yang tidak kosong")
            continue
        parsed_values: list[tuple[RateValue, int]] = []
        for i, item in enumerate(raw_values):
            vline = raw_values.line_of(i)
            parsed = _parse_value(item, key, str(label), str(unit), vline, bad)
            if parsed:
                parsed_values.append((parsed, vline))
        parsed_values.sort(key=lambda pair: pair[0].valid_from)
        for (prev, _), (cur, cur_line) in itertools.pairwise(parsed_values):
            if cur.valid_from == prev.valid_from:
                bad(cur_line, key, f"dua nilai mulai pada {cur.valid_from.isoformat()}")
            elif prev.valid_until and prev.valid_until >= cur.valid_from:
                bad(cur_line, key, "periode tumpang tindih: "
                    f"{prev.valid_from} - {prev.valid_until} dan mulai {cur.valid_from}")
        values = [replace(v, per=str(per)) for v, _ in parsed_values]
        if renews is not None and values and values[-1].valid_until is None:
            values[-1] = replace(values[-1], known_until=_known_until(values[-1].valid_from,
                                                                      str(renews)))
        rates[key] = Rate(key, str(label), str(unit), tuple(values),
                          str(renews) if renews is not None else None, str(per), key_sources)
    return rates, problems


def _known_until(start: date, renews: str) -> date:
    """The day before the first `renews` (MM-DD) date after `start`."""
    month, day = (int(part) for part in renews.split("-"))
    due = date(start.year, month, day)
    if due <= start:
        due = date(start.year + 1, month, day)
    return due - timedelta(days=1)


def _sources(raw: object, key: str, line: int, bad) -> tuple[str, ...]:
    """`sources`: a list of news or web pages (text, usually with a URL)."""
    if raw is None:
        return ()
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not all(isinstance(s, str) and s.strip() for s in raw):
        bad(line, key, "sources harus berupa daftar teks (judul/URL berita)")
        return ()
    return tuple(s.strip() for s in raw)


def _parse_value(item, key, label, unit, line, bad) -> RateValue | None:
    if not isinstance(item, LineDict):
        bad(line, key, "setiap nilai harus berupa mapping dengan value, from, basis, confidence")
        return None
    unknown = set(item) - {"value", "from", "until", "basis", "confidence", "note", "sources"}
    if unknown:
        bad(line, key, f"kolom tidak dikenal pada nilai: {', '.join(sorted(unknown))}")
    ok = True
    start = _to_date(item.get("from"))
    if start is None:
        bad(line, key, "nilai tidak punya tanggal 'from' yang valid (YYYY-MM-DD)")
        ok = False
    until = None
    if "until" in item:
        until = _to_date(item.get("until"))
        if until is None:
            bad(line, key, "'until' bukan tanggal yang valid (YYYY-MM-DD)")
            ok = False
        elif start and until < start:
            bad(line, key, "'until' sebelum 'from'")
            ok = False
    basis = item.get("basis")
    if not isinstance(basis, str) or not basis.strip():
        bad(line, key, "nilai tidak punya dasar hukum ('basis')")
        ok = False
    elif NEWS_IN_BASIS_RE.search(basis):
        bad(line, key, "basis hanya untuk peraturan (UU, PP, Perpres, Permenaker, SE); pindahkan "
            f"berita/situs '{NEWS_IN_BASIS_RE.search(basis).group(0)}' ke 'sources'")
        ok = False
    confidence = item.get("confidence")
    if confidence not in CONFIDENCE:
        bad(line, key, f"confidence harus salah satu dari {', '.join(CONFIDENCE)}")
        ok = False
    raw = item.get("value", "<missing>")
    value: Decimal | str | None
    if raw == "<missing>":
        bad(line, key, "value belum diisi (tulis null bila belum diketahui untuk periode itu)")
        return None
    if raw is None:
        value = None
        if confidence != "unconfirmed":
            bad(line, key, "nilai null (belum diketahui) harus ditandai unconfirmed")
            ok = False
    elif unit == "text":
        value = str(raw)
    else:
        try:
            value = Decimal(str(raw))
        except InvalidOperation:
            bad(line, key, f"nilai '{raw}' bukan angka")
            return None
        if value < 0:
            bad(line, key, "nilai negatif")
            ok = False
    if not ok:
        return None
    note = str(item.get("note", "") or "")
    sources = _sources(item.get("sources"), key, line, bad)
    return RateValue(key, label, unit, value, start, until, str(basis), str(confidence), note,
                     sources)


def load_rates(path: Path, display: str | None = None) -> Rates:
    """Load and validate the rates file; raise ContentError listing every problem."""
    display = display or path.name
    data, problems = load_yaml(path, display)
    rates: dict[str, Rate] = {}
    if data is not None:
        rates, more = parse_rates(data, display)
        problems += more
    if any(p.severity == "error" for p in problems):
        raise ContentError(problems)
    return Rates(rates)
