"""Why a long story is missed: the blind dev halves' `story` messages by cause (bench only).

`python bench/story_causes.py [--list]` asks every blind DEV half through the whole engine
(bench/blind.py; never a held-out half) and sorts each `story` message it does not answer
right into one cause, read from the matcher (the message's language's) in this order:

- out of scope / redirect label;
- implicit: the message asks nothing (clauses.asks finds no "?", question word or tag);
- question clause not found: it asks, but no clause of the split (clauses.clauses) asks, so no
  word is emphasised ("... bener gt?", "... gmn ini": shorter than a clause, or a tag);
- right entry first, asked back: the whole message ranks the label first (a "did you mean":
  under the answer score, a close tie, or a second look);
- story outweighs the question: the asking clauses or the last sentence alone rank the label
  first, the whole message does not;
- sibling first: the whole message's first entry is of the label's topic;
- label not in the whole message's first ten entries (vocabulary);
- another topic's entry first.

Then, for the stories answered right and the missed ones, how often each of a few facts holds
(what tells them apart). bench/README.md "Session 20 (story20)" has the table of 2026-12-02.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.blind import DEV_PARTS, Scored, run  # noqa: E402
from bot.content.store import Content, build_content  # noqa: E402
from bot.understand.clauses import asks, clauses  # noqa: E402
from bot.understand.items import itemized  # noqa: E402

_LAST_RE = re.compile(r"(?<=[.?!\n])\s+")
Facts = dict


def _rank_of(ranked: list, entry_id: str) -> int | None:
    ids = [c.entry_id for c in ranked]
    return ids.index(entry_id) if entry_id in ids else None


def facts(content: Content, text: str, expect: str) -> Facts:
    """What the matcher reads in one message, against its label."""
    lang = content.language.detect(text)
    m = content.matcher_for("en" if lang == "en" else "id")
    cues = m.faq.clause_cues
    text = itemized(text)
    query = m.query_tokens(text)[1]
    asking = " ".join(c.text for c in clauses(text, cues) if c.asks)
    whole = m.rank_message(text, query, 10)
    own = m.query_tokens(asking)[1] if asking else ()
    alone = m.rank(own, 10, m.facets.read(asking)) if own else []
    last = [s for s in _LAST_RE.split(text.strip()) if s.strip()][-1:] or [text]
    last_words = m.query_tokens(last[0])[1]
    by_last = m.rank(last_words, 10, m.facets.read(last[0])) if last_words else []
    top = whole[0] if whole else None
    topic = m.faq.entries[expect].topic if expect in m.faq.entries else None
    return {
        "words": len(query), "asks": asks(text, cues), "clause": bool(asking),
        "whole": _rank_of(whole, expect), "alone": _rank_of(alone, expect),
        "last": _rank_of(by_last, expect),
        "sibling": top is not None and top.entry_id != expect
        and m.faq.entries[top.entry_id].topic == topic,
        "score": top.score if top else 0.0,
        "lead": top.score - whole[1].score if len(whole) > 1 else (top.score if top else 0.0),
        "english": lang == "en",
    }


def cause(expect: str, f: Facts) -> str:
    """The first cause that fits a missed story (the order above)."""
    if expect == "fallback" or expect.startswith("rujukan"):
        return "out of scope / redirect label"
    if not f["asks"]:
        return "implicit: asks nothing"
    if not f["clause"]:
        return "question clause not found"
    if f["whole"] == 0:
        return "right entry first, asked back"
    if f["alone"] == 0 or f["last"] == 0:
        return "story outweighs the question"
    if f["sibling"]:
        return "sibling first (same topic)"
    if f["whole"] is None:
        return "label not in the first ten"
    return "another topic's entry first"


FACTS: dict[str, Callable[[Facts], bool]] = {
    "20+ content words": lambda f: f["words"] >= 20,
    "an asking clause found (emphasis applies)": lambda f: f["clause"],
    "asking clauses alone rank the label first": lambda f: f["alone"] == 0,
    "last sentence alone ranks the label first": lambda f: f["last"] == 0,
    "whole message ranks the label first": lambda f: f["whole"] == 0,
    "label in the whole message's first three": lambda f: f["whole"] is not None
    and f["whole"] < 3,
    "first entry scores 66+": lambda f: f["score"] >= 66,
    "first entry leads by 5+": lambda f: f["lead"] >= 5,
    "English matcher": lambda f: f["english"],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list each missed story")
    args = parser.parse_args()
    content = build_content(ROOT / "faq", ROOT / "templates", date.today(), thorough=False)
    results = asyncio.run(run(DEV_PARTS, date.today()))
    rows: list[tuple[str, Scored, Facts]] = [
        (part, r, facts(content, r.case.question, r.case.expect))
        for part, scored in results.items() for r in scored if r.case.style == "story"]
    missed = [(p, r, f) for p, r, f in rows if r.verdict != "right"]
    right = [f for _, r, f in rows if r.verdict == "right"]
    causes = Counter((cause(r.case.expect, f), r.verdict) for _, r, f in missed)
    print(f"stories: {len(rows)}, answered right {len(right)}, missed {len(missed)}")
    print("| cause | missed | first suggested | other | wrong |\n|---|---|---|---|---|")
    totals = Counter(cause(r.case.expect, f) for _, r, f in missed)
    for name, _ in totals.most_common():
        n = {v: causes[(name, v)] for v in ("suggested", "other", "wrong")}
        print(f"| {name} | {sum(n.values())} | {n['suggested']} | {n['other']} | {n['wrong']} |")
    print(f"\n| fact | right ({len(right)}) | missed ({len(missed)}) |\n|---|---|---|")
    for name, test in FACTS.items():
        a, b = sum(map(test, right)), sum(test(f) for _, _, f in missed)
        print(f"| {name} | {a} ({a / max(len(right), 1):.0%}) | "
              f"{b} ({b / max(len(missed), 1):.0%}) |")
    if args.list:
        for part, r, f in missed:
            print(f"{part:8} {r.verdict:9} {cause(r.case.expect, f):32} "
                  f"{r.case.question[:90]!r} -> {r.reached} (want {r.case.expect})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
