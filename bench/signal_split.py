"""The wrong/right table the *_split.py scripts print: how often each signal fires on the
confident answers of decide.py's tuning logs (plain and de-leaked), per column of sets."""

from __future__ import annotations

import json
from collections.abc import Callable

from bench.decide import DELEAK_FILE, FEATURES_FILE

Row = dict
Signal = Callable[[Row], bool]


def print_split(signals: dict[str, Signal], keep: Signal, column: Callable[[str], str],
                wrong: Signal, width: int) -> None:
    """Rows of both logs (a missing log is skipped) that `keep` holds, grouped by `column` of
    their set and the log; per signal, "wrong/right" answers it fires on in each column."""
    columns: dict[str, list[Row]] = {}
    for label, path in {"": FEATURES_FILE, " de-leaked": DELEAK_FILE}.items():
        if not path.exists():
            continue
        for line in path.read_text().splitlines():
            row = json.loads(line)
            if keep(row):
                columns.setdefault(column(row["group"]) + label, []).append(row)
    names = sorted(columns)
    print("wrong/right answers the signal fires on:", " | ".join(names))
    for name, fires in signals.items():
        cells = [f"{sum(1 for r in columns[c] if wrong(r) and fires(r))}/"
                 f"{sum(1 for r in columns[c] if r['right'] and fires(r))}" for c in names]
        print(f"{name:{width}s}", " | ".join(f"{c:>7s}" for c in cells))
