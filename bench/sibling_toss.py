"""A coin toss between siblings? Answered right vs wrong by close-runner-up signals (bench only).

Reads the rows `python bench/decide.py log` and `log --deleak` wrote (TUNING data only) and
counts, for each confident FAQ answer whose runner-up is close (gap under G points), how often a
"coin toss" signal fires on right and on wrong answers: the runner-up of the same topic (and
audience), the message holding no word (IDF weight) the best entry's phrasings and keywords use
and the runner-up's do not ("distinguishing word"), less such weight than the runner-up's, a tie
at the 100 cap, a message short or long, an entry pair whose phrasings rank each other close
(confusable). A rule asking such answers back ("did you mean" with both first) is kept only when,
summed over de-leaked real/tune and the blind dev halves, it removes at least 5 wrong answers and
3 times as many wrong as right (bench/README.md "sibling_toss.py").
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.decide import DELEAK_FILE, FEATURES_FILE  # noqa: E402
from bot.content.store import build_content  # noqa: E402

Row = dict
Signal = Callable[[dict], bool]
CONFUSABLE_SCORE = 70.0  # a phrasing of one entry puts the other at least this high


def _facts(m, row: Row) -> dict | None:
    """Gap, score, sibling and distinguishing weights of the answer's first two entries."""
    top = row["top"]
    if not top or len(top) < 2:
        return None
    (a, score), (b, second) = top[0], top[1]
    ea, eb = m.faq.entries[a], m.faq.entries[b]
    words = set(m.query_tokens(row["q"])[1])
    ia, ib, postings, idf = m._entry_index[a], m._entry_index[b], m._entry_postings, m._idf

    def only(x: int, y: int) -> float:
        return sum(idf.get(t, 0.0) for t in words
                   if x in postings.get(t, ()) and y not in postings.get(t, ()))
    return {"gap": score - second, "score": score, "a": a, "b": b, "words": len(words),
            "topic": ea.topic == eb.topic, "audience": ea.audience == eb.audience,
            "mine": only(ia, ib), "theirs": only(ib, ia)}


def _confusable(m) -> dict[tuple[str, str], float]:
    """Per entry pair: the share of either entry's phrasings that rank the other entry at
    CONFUSABLE_SCORE or more (the phrasing asked as a question)."""
    hits: dict[tuple[str, str], int] = defaultdict(int)
    counts: dict[str, int] = defaultdict(int)
    for e_idx, eid in enumerate(m._entry_ids):
        for p in m._entry_phrasings[e_idx]:
            counts[eid] += 1
            for c in m.rank(tuple(m._phrase_text[p].split()), 4):
                if c.entry_id != eid and c.score >= CONFUSABLE_SCORE:
                    hits[(eid, c.entry_id)] += 1
    return {pair: n / counts[pair[0]] for pair, n in hits.items()}


def main() -> int:
    content = build_content(ROOT / "faq", ROOT / "templates", date.today())
    m = content.matcher_for("id")
    plain = [json.loads(line) for line in FEATURES_FILE.read_text().splitlines()]
    deleak = [json.loads(line) for line in DELEAK_FILE.read_text().splitlines()]
    labelled = ("labelled", "labelled-en")
    sets = {"de-leaked real/tune": [r for r in deleak if r["group"] == "real-tune"],
            "blind dev": [r for r in plain if r["group"] not in (*labelled, "real-tune")],
            "blind dev de-leaked": [r for r in deleak if r["group"] not in (*labelled,
                                                                          "real-tune")],
            "labelled + real/tune": [r for r in plain if r["group"] in (*labelled,
                                                                        "real-tune")]}
    answered = {name: [(r, f) for r in rows if r["features"] is not None and r["kind"] == "faq"
                       and (f := _facts(m, r)) is not None] for name, rows in sets.items()}
    pairs = _confusable(m)
    signals: dict[str, Signal] = {
        "tie at 100 (gap < 2)": lambda f: f["score"] >= 100 and f["gap"] < 2,
        "tie at 100, runner-up distinguishes more":
            lambda f: f["score"] >= 100 and f["gap"] < 2 and f["mine"] < f["theirs"]}
    for gap in (3, 5, 10):
        for sib in ("topic", "topic+audience", "any"):
            def near(f: dict, gap: float = gap, sib: str = sib) -> bool:
                return f["gap"] < gap and (sib == "any" or f["topic"]) and (
                    sib != "topic+audience" or f["audience"])
            signals[f"gap<{gap} {sib}: no distinguishing word"] = (
                lambda f, near=near: near(f) and f["mine"] == 0)
            signals[f"gap<{gap} {sib}: runner-up distinguishes more"] = (
                lambda f, near=near: near(f) and f["mine"] < f["theirs"])
            signals[f"gap<{gap} {sib}: short (< 8 words), runner-up more"] = (
                lambda f, near=near: near(f) and f["words"] < 8 and f["mine"] < f["theirs"])
            for top in (90, 100):
                signals[f"gap<{gap} {sib}: score < {top}, runner-up distinguishes more"] = (
                    lambda f, near=near, top=top: near(f) and f["score"] < top
                    and f["mine"] < f["theirs"])
                signals[f"gap<{gap} {sib}: score < {top}, no distinguishing word"] = (
                    lambda f, near=near, top=top: near(f) and f["score"] < top
                    and f["mine"] == 0)
            signals[f"gap<{gap} {sib}: confusable pair"] = (
                lambda f, near=near: near(f) and pairs.get((f["a"], f["b"]), 0.0)
                + pairs.get((f["b"], f["a"]), 0.0) >= 0.2)
    print("signal | " + " | ".join(f"{name} right/wrong" for name in sets) + " | kept")
    for label, fires in signals.items():
        counts = [(sum(r["right"] for r, f in rows if fires(f)),
                   sum(r["wrong"] for r, f in rows if fires(f))) for rows in answered.values()]
        right = counts[0][0] + counts[1][0]
        wrong = counts[0][1] + counts[1][1]
        kept = "yes" if wrong >= 5 and wrong >= 3 * right else "no"
        print(f"{label} | " + " | ".join(f"{r}/{w}" for r, w in counts) + f" | {kept}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
