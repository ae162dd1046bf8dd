"""Does the answer contradict what the message names? Answered right vs wrong (bench only).

Reads the rows `python bench/decide.py log --deleak` (and `log`) wrote (TUNING data only) and
counts, for each confident FAQ answer, whether the answered entry contradicts the message by
content metadata: the message names a program (match_result.PROGRAM_TOKENS) and the entry's
`programs` hold none of them (an UMUM entry contradicts none); the message names an audience of
its own (faq/facets.yaml `audiences`: bpu, pmi, tka, household) the entry's facets lack; the
entry is for such an audience and the message names none; the message asks nothing
(clauses.asks). Each alone, under a score of 80, and with a runner-up within 5/10/15 points
that does not contradict (a "did you mean" could lead with it; not for "asks nothing", the
message's own). A rule asking such answers back helps only where wrong answers clearly
outnumber right ones (bench/README.md "contradict_split.py").
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.signal_split import print_split  # noqa: E402
from bot.content.store import build_content  # noqa: E402
from bot.understand.clauses import asks  # noqa: E402
from bot.understand.match_result import PROGRAM_TOKENS  # noqa: E402

OWN_AUDIENCES = frozenset({"bpu", "pmi", "tka", "household"})  # audiences with entries of their own
Row = dict
Clash = Callable[[Row, str], bool]


def clashes(content) -> dict[str, Clash]:
    """Each contradiction, as (row, entry id) -> whether the entry contradicts the message."""
    faq = content.faq

    def read(row: Row):
        m = content.matcher_for(faq.language.detect(row["q"]) or "id")
        return m, m.query_tokens(row["q"])[1], m.facets.read(row["q"])[1]

    def program(row: Row, entry: str) -> bool:
        _, query, _ = read(row)
        named = {PROGRAM_TOKENS[t] for t in query if t in PROGRAM_TOKENS}
        progs = set(faq.entries[entry].programs)
        return bool(named) and "UMUM" not in progs and not named & progs

    def entry_audiences(m, entry: str) -> frozenset[str]:
        return m._entry_facets[m._entry_index[entry]][1]

    def message_audience(row: Row, entry: str) -> bool:
        m, _, audiences = read(row)
        own = audiences & OWN_AUDIENCES
        return bool(own) and not own & entry_audiences(m, entry)

    def entry_audience(row: Row, entry: str) -> bool:
        m, _, audiences = read(row)
        own = entry_audiences(m, entry) & OWN_AUDIENCES
        return bool(own) and not own & audiences

    return {"program": program, "message audience": message_audience,
            "entry audience": entry_audience,
            "program or message audience": lambda r, e: program(r, e) or message_audience(r, e),
            "asks nothing": lambda r, e: not asks(r["q"], faq.clause_cues)}


def signals(content) -> dict[str, Callable[[Row], bool]]:
    """The signals counted, by name: each clash alone, under 80 points, with a fitting runner."""
    out: dict[str, Callable[[Row], bool]] = {}
    for name, clash in clashes(content).items():
        out[name] = lambda r, c=clash: c(r, r["top"][0][0])
        out[name + ", score < 80"] = lambda r, c=clash: r["top"][0][1] < 80 and c(r, r["top"][0][0])
        if name == "asks nothing":  # the message's own: every runner-up "contradicts" alike
            continue
        for gap in (5, 10, 15):
            out[f"{name}, fitting runner-up within {gap}"] = \
                lambda r, c=clash, g=gap: c(r, r["top"][0][0]) and any(
                    s >= r["top"][0][1] - g and not c(r, e) for e, s in r["top"][1:])
    return out


def _column(group: str) -> str:
    return "labelled" if group.startswith("labelled") else \
        "real-tune" if group == "real-tune" else "blind dev"


def main() -> int:
    content = build_content(ROOT / "faq", ROOT / "templates", date.today())
    print_split(signals(content),
                lambda r: r["kind"] == "faq" and r["features"] is not None and bool(r["top"]),
                _column, lambda r: r["wrong"], 56)
    return 0


if __name__ == "__main__":
    sys.exit(main())
