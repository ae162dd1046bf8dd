"""What reading a follow-up in context costs: `python bench/followup_cost.py [--repeats N]`.

For the last message of every conversation in faq/tests/conversations/dev.yaml that takes the
context path (bot/answers/context.py: `elliptical` or `short_question`), the thread CPU time of
`Matcher.match` plus `context.steered`, with the previous message's answer as context and the
matcher's caches cleared before each message, as bench/latency.py does. `--set 4`: the dev half
of another conversation set (bench/conversations.py; its text messages only, the last two).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import AS_OF  # noqa: E402
from bench.conversations import SET_FILES  # noqa: E402
from bot.answers.context import elliptical, short_question, steered  # noqa: E402
from bot.content.store import build_content  # noqa: E402
from bot.content.yamlsrc import load_yaml  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--set", type=int, default=1, dest="which",
                        help="conversation set whose dev half is read (default 1)")
    args = parser.parse_args()
    content = build_content(ROOT / "faq", ROOT / "templates", AS_OF)
    matcher, cues = content.matcher, content.cues
    name = SET_FILES[args.which].format(half="dev")
    items, _ = load_yaml(ROOT / "faq/tests/conversations" / name, name)
    cases = []
    for item in items:
        turns = [str(t) for t in item["turns"] if isinstance(t, str) and not t.startswith("/")]
        if len(turns) < 2:
            continue
        before, last = matcher.match(turns[-2]).best, turns[-1]
        leaning = elliptical(last, cues)
        if before is not None and (leaning or short_question(last, content.faq.clause_cues)):
            cases.append((last, content.faq.entries[before.entry_id], turns[-2::-1], leaning))
    times = []
    for _ in range(args.repeats):
        for text, previous, asked, leaning in cases:
            matcher._correct.cache_clear()
            matcher.normalizer.tokens.cache_clear()
            start = time.thread_time_ns()
            steered(matcher, text, previous, asked, matcher.match(text), cues, "id", leaning)
            times.append((time.thread_time_ns() - start) / 1e6)
    times.sort()
    print(f"{len(cases)} follow-ups x {args.repeats}: median {statistics.median(times):.2f} ms, "
          f"p99 {times[int(len(times) * 0.99)]:.2f} ms, max {times[-1]:.2f} ms")


if __name__ == "__main__":
    main()
