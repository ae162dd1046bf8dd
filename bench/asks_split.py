"""Does the message ask anything? Answered right vs wrong by the asking clause (bench only).

Reads the rows `python bench/decide.py log` and `log --deleak` wrote (TUNING data only) and
counts, for each confident FAQ or redirect answer, whether a signal about the message's asking
fires: no asking clause at all (bot/understand/clauses.asks finds no "?", question word or tag),
the answered entry using little of the asking clause's own topic words, the asking clause alone
matching nothing. A rule that asks such answers back ("did you mean") only helps where the
signal fires on clearly more wrong answers than right ones (bench/README.md "asks_split.py").
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
from bot.understand.clauses import asks, clauses  # noqa: E402

MIN_WORDS = 6  # a shorter message without a question word is a keyword query ("jht cair")
Row = dict
Signal = Callable[[Row], bool]


def _asking_share(content, row: Row) -> float | None:
    """Share of the asking clauses' topic words (IDF weight) the answered entry uses; None
    when every clause asks, none does, or the asking clauses name no topic."""
    m = content.matcher_for("en" if "en" in row["group"] else "id")
    cues = m.faq.clause_cues
    parts = clauses(row["q"], cues)
    asking = [c for c in parts if c.asks]
    if not asking or len(asking) == len(parts):
        return None
    words = [w for w in m.query_tokens(" ".join(c.text for c in asking))[1]
             if w not in cues.plain_asking and w in m._idf]
    if not words:
        return None
    e_idx = m._entry_index[row["entry"]]
    used = sum(m._idf[w] for w in words if e_idx in m._entry_postings.get(w, ()))
    return used / sum(m._idf[w] for w in words)


def signals(content) -> dict[str, Signal]:
    """The signals counted, by name."""
    cues = content.faq.clause_cues

    def no_ask(r: Row) -> bool:
        return not asks(r["q"], cues) and len(r["q"].split()) >= MIN_WORDS

    def low_share(limit: float) -> Signal:
        return lambda r: (s := _asking_share(content, r)) is not None and s < limit

    return {
        "no asking clause": no_ask,
        "no asking clause, gap < 10": lambda r: no_ask(r) and r["features"]["gap"] < 0.1,
        "no asking clause, score < 80": lambda r: no_ask(r) and r["features"]["score"] < 0.8,
        "no asking clause, 2+ clauses": lambda r: no_ask(r) and len(clauses(r["q"], cues)) > 1,
        "asking words unused (share 0)": low_share(0.01),
        "asking words mostly unused (< .5)": low_share(0.5),
    }


def _column(group: str) -> str:
    if group.startswith("labelled"):
        return "labelled"
    return group if group in ("real-tune", "dev-8") else "blind dev"


def main() -> int:
    content = build_content(ROOT / "faq", ROOT / "templates", date.today())
    print_split(signals(content),
                lambda r: r["kind"] in ("faq", "redirect") and r["features"] is not None,
                _column, lambda r: not r["right"], 36)
    return 0


if __name__ == "__main__":
    sys.exit(main())
