"""Answer a "did you mean"? Its first entry right vs not, by signal (bench only, tuning data).

Reads the rows `python bench/decide.py log --deleak` (and `log`) wrote: every "did you mean"
the matcher gave on real/tune, the blind dev halves and the labelled sets, with the facts it had
(bot/understand/decision.py) and whether its first entry was the expected one. For each signal,
right-first / not-right (out of scope among them) per column. Answering the suggestions a signal
fires on only helps where right-first clearly outnumbers the rest on real/tune AND blind dev
(bench/README.md "promote_split.py"): a first entry that is not right becomes a wrong answer.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.decide import DELEAK_FILE, FEATURES_FILE  # noqa: E402

Signal = Callable[[dict[str, float]], bool]
SIGNALS: dict[str, Signal] = {
    "all": lambda f: True,
    "close tie (score >= 66)": lambda f: f["score"] >= 0.66,
    "score 55-66": lambda f: 0.55 <= f["score"] < 0.66,
    "score < 55": lambda f: f["score"] < 0.55,
    "sibling runner-up, lead >= 5": lambda f: f["sibling"] == 1 and f["gap"] >= 0.05,
    "other-topic runner-up, lead >= 5": lambda f: f["sibling"] == 0 and f["gap"] >= 0.05,
    "lead over the third >= 15": lambda f: f["third_gap"] >= 0.15,
    "long message": lambda f: f["long"] == 1,
    "asking clause ranks another first": lambda f: f["clause_other"] == 1,
    "program named, entry about it": lambda f: f["program_named"] == 1
    and f["program_missed"] == 0,
    "audience named and agreed": lambda f: f["audience_agree"] == 1,
    "no alien facet word": lambda f: f["alien_facet"] == 0,
    "English": lambda f: f["english"] == 1,
}


def _column(group: str) -> str:
    if group.startswith("labelled"):
        return "labelled"
    return "real-tune" if group == "real-tune" else "blind dev"


def table(path: Path) -> None:
    """Print right-first / not right (out of scope) per signal and column."""
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    rows = [r for r in rows if r["promote"] is not None]
    names = ("real-tune", "blind dev", "labelled")
    print(f"{path.name}: right first / not right (out of scope)   " + " | ".join(names))
    for name, fires in SIGNALS.items():
        cells: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for r in rows:
            p = r["promote"]
            if fires(p["features"]):
                cell = cells[_column(r["group"])]
                cell[0 if p["right"] else 1] += 1
                cell[2] += bool(p["oos"])
        print(f"  {name:36s}" + " | ".join(
            f"{cells[c][0]:3d}/{cells[c][1]:3d} ({cells[c][2]:2d})" for c in names))


def main() -> int:
    for path in (DELEAK_FILE, FEATURES_FILE):
        if path.exists():
            table(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
