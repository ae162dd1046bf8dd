"""rates.yaml on disk: validate every key and value into `Rates`, collecting every problem."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path

from bot.content.rates import (
    CONFIDENCE,
    PERIODS,
    RENEWS_RE,
    UNITS,
    Rate,
    Rates,
    RateValue,
)
from bot.content.yamlsrc import (
    NEWS_IN_BASIS_RE,
    ContentError,
    LineDict,
    LineList,
    Problem,
    load_yaml,
)

# The minimum wages (faq/rates.yaml "Upah minimum"): checked beyond the other keys.
MINIMUM_WAGE_KEYS = ("ump_", "umk_")


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
        unknown = set(spec) - {"label", "label_en", "unit", "values", "note", "renews", "per",
                               "sources"}
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
        label_en = spec.get("label_en", "")
        if not isinstance(label_en, str):
            bad(spec.line_of("label_en"), key, "label_en harus berupa teks")
            label_en = ""
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
        if str(key).startswith(MINIMUM_WAGE_KEYS):
            _check_minimum_wage(key, unit, spec.line_of("unit") or line, parsed_values, bad)
        for (prev, _), (cur, cur_line) in itertools.pairwise(parsed_values):
            if cur.valid_from == prev.valid_from:
                bad(cur_line, key, f"dua nilai mulai pada {cur.valid_from.isoformat()}")
            elif prev.valid_until and prev.valid_until >= cur.valid_from:
                bad(cur_line, key, "periode tumpang tindih: "
                    f"{prev.valid_from} - {prev.valid_until} dan mulai {cur.valid_from}")
        values = [replace(v, per=str(per), label_en=label_en.strip()) for v, _ in parsed_values]
        if renews is not None and values and values[-1].valid_until is None:
            values[-1] = replace(values[-1], known_until=_known_until(values[-1].valid_from,
                                                                      str(renews)))
        rates[key] = Rate(key, str(label), str(unit), tuple(values),
                          str(renews) if renews is not None else None, str(per), key_sources)
    return rates, problems


def _check_minimum_wage(key, unit, line: int, values: list[tuple[RateValue, int]],
                        bad) -> None:
    """A UMP/UMK is the wage of a calculation (bot/calc/minimum_wage.py): rupiah, and each
    figure ends, so it is never used as the wage of a later year."""
    if unit != "rupiah":
        bad(line, key, "upah minimum (ump_/umk_) harus unit rupiah")
    for value, vline in values:
        if isinstance(value.value, Decimal) and value.value <= 0:
            bad(vline, key, "angka upah minimum harus di atas 0 (tulis null bila belum diketahui)")
        if value.valid_until is None:
            bad(vline, key, "angka upah minimum harus punya 'until' (31 Desember tahunnya): "
                "tanpa itu dipakai juga di tahun berikutnya")


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


def load_rates_file(path: Path, display: str | None = None) -> Rates:
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
