"""Effective-dated rates: every figure the assistant states, with its date and legal basis."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from bot.content.yamlsrc import ContentError, LineDict, LineList, Problem, load_yaml
from bot.core.formatting import date_id, number, percent, rupiah

UNITS = ("percent", "rupiah", "count", "text")
CONFIDENCE = ("confirmed", "unconfirmed", "derived")


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

    @property
    def confirmed(self) -> bool:
        return self.confidence != "unconfirmed" and self.value is not None

    @property
    def amount(self) -> Decimal:
        """The numeric value; raises if the value is unknown or text."""
        if not isinstance(self.value, Decimal):
            raise MissingRate(f"{self.key}: no numeric value for this date")
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

    def source_line(self) -> str:
        """'label: value (basis, berlaku sejak 1 Maret 2026)' for 'rates used' footers."""
        period = f"berlaku sejak {date_id(self.valid_from)}"
        if self.valid_until:
            period += f" s.d. {date_id(self.valid_until)}"
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

    def at(self, on: date) -> RateValue | None:
        found = None
        for val in self.values:  # sorted by valid_from; the last one started wins
            if val.valid_from <= on and (val.valid_until is None or on <= val.valid_until):
                found = val
        return found


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
            raise MissingRate(f"unknown rate '{key}'") from None

    def find(self, key: str, on: date) -> RateValue | None:
        return self.rate(key).at(on)

    def get(self, key: str, on: date) -> RateValue:
        value = self.find(key, on)
        if value is None:
            raise MissingRate(f"rate '{key}' has no value on {on.isoformat()}")
        return value


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
        return rates, [Problem(display, 1, "", "rates file must be a mapping of keys")]

    def bad(line: int, key: str, msg: str) -> None:
        problems.append(Problem(display, line, key, msg))

    for key, spec in data.items():
        line = data.line_of(key)
        if not isinstance(spec, LineDict):
            bad(line, key, "must be a mapping with label, unit and values")
            continue
        unknown = set(spec) - {"label", "unit", "values", "note"}
        if unknown:
            bad(line, key, f"unknown field(s): {', '.join(sorted(unknown))}")
        label, unit = spec.get("label"), spec.get("unit")
        if not isinstance(label, str) or not label.strip():
            bad(spec.line_of("label"), key, "missing label")
        if unit not in UNITS:
            bad(spec.line_of("unit"), key, f"unit must be one of {', '.join(UNITS)}")
        raw_values = spec.get("values")
        if not isinstance(raw_values, LineList) or not raw_values:
            bad(spec.line_of("values"), key, "values must be a non-empty list")
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
                bad(cur_line, key, f"two values start on {cur.valid_from.isoformat()}")
            elif prev.valid_until and prev.valid_until >= cur.valid_from:
                bad(cur_line, key, f"periods overlap: {prev.valid_from} - {prev.valid_until} "
                    f"and from {cur.valid_from}")
        rates[key] = Rate(key, str(label), str(unit), tuple(v for v, _ in parsed_values))
    return rates, problems


def _parse_value(item, key, label, unit, line, bad) -> RateValue | None:
    if not isinstance(item, LineDict):
        bad(line, key, "each value must be a mapping with value, from, basis, confidence")
        return None
    unknown = set(item) - {"value", "from", "until", "basis", "confidence", "note"}
    if unknown:
        bad(line, key, f"unknown field(s) in value: {', '.join(sorted(unknown))}")
    ok = True
    start = _to_date(item.get("from"))
    if start is None:
        bad(line, key, "value has no valid 'from' date (YYYY-MM-DD)")
        ok = False
    until = None
    if "until" in item:
        until = _to_date(item.get("until"))
        if until is None:
            bad(line, key, "'until' is not a valid date (YYYY-MM-DD)")
            ok = False
        elif start and until < start:
            bad(line, key, "'until' is before 'from'")
            ok = False
    basis = item.get("basis")
    if not isinstance(basis, str) or not basis.strip():
        bad(line, key, "value has no legal basis ('basis')")
        ok = False
    confidence = item.get("confidence")
    if confidence not in CONFIDENCE:
        bad(line, key, f"confidence must be one of {', '.join(CONFIDENCE)}")
        ok = False
    raw = item.get("value", "<missing>")
    value: Decimal | str | None
    if raw == "<missing>":
        bad(line, key, "value is missing (write null if unknown for the period)")
        return None
    if raw is None:
        value = None
        if confidence != "unconfirmed":
            bad(line, key, "an unknown (null) value must be marked unconfirmed")
            ok = False
    elif unit == "text":
        value = str(raw)
    else:
        try:
            value = Decimal(str(raw))
        except InvalidOperation:
            bad(line, key, f"value '{raw}' is not a number")
            return None
        if value < 0:
            bad(line, key, "value is negative")
            ok = False
    if not ok:
        return None
    note = str(item.get("note", "") or "")
    return RateValue(key, label, unit, value, start, until, str(basis), str(confidence), note)


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
