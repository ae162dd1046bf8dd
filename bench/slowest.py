"""The slowest questions of the latency rows at their fastest: `python bench/slowest.py [N] [K]`.

Per question of the real row (faq/tests on the Indonesian matcher) and the English row
(faq/tests/en on the English matcher), the fastest thread-CPU time of N cold passes (caches
cleared before each, as bench/latency.py does), its query words and how many rankings
(`Matcher.rank` calls, memo hits included) one match makes. Prints the p99 of the fastest
times (what the code costs, not the shared VM's jitter) and the K slowest questions.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import AS_OF, FAQ_DIR, TEMPLATES_DIR, clear_match_caches, percentile
from bot.content.store import build_content
from bot.staff.regression import ENGLISH_DIR, load_labelled
from bot.understand import ranking


def fastest(matcher: object, questions: list[str], passes: int) -> list[float]:
    """Each question's fastest thread-CPU seconds over `passes` cold passes."""
    best = [float("inf")] * len(questions)
    for _ in range(passes):
        clear_match_caches(matcher)
        for i, q in enumerate(questions):
            c0 = time.thread_time()
            matcher.match(q)  # type: ignore[attr-defined]
            best[i] = min(best[i], time.thread_time() - c0)
    return best


def rank_calls(matcher: object, question: str) -> int:
    """How many times one match runs ranking.rank (memo hits not counted)."""
    count = 0
    real = ranking.rank

    def counting(*args: object, **kwargs: object) -> object:
        nonlocal count
        count += 1
        return real(*args, **kwargs)

    ranking.rank = counting  # type: ignore[assignment]
    try:
        matcher.match(question)  # type: ignore[attr-defined]
    finally:
        ranking.rank = real  # type: ignore[assignment]
    return count


def main() -> None:
    passes = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    shown = int(sys.argv[2]) if len(sys.argv) > 2 else 12
    content = build_content(FAQ_DIR, TEMPLATES_DIR, AS_OF, thorough=False)
    ids = set(content.faq.entries)
    rows = {"id": (content.matcher, FAQ_DIR / "tests"),
            "en": (content.matcher_en, FAQ_DIR / "tests" / ENGLISH_DIR)}
    for name, (matcher, folder) in rows.items():
        cases, _ = load_labelled(folder, ids)
        questions = [c.question for c in cases if c.expect != "calc"]
        for q in questions:  # the stem cache warm, as in bench/latency.py
            matcher.match(q)
        best = fastest(matcher, questions, passes)
        print(f"{name}: {len(questions)} questions, fastest of {passes}: "
              f"p99 {percentile(best, 99) * 1000:.3f} ms, total {sum(best) * 1000:.1f} ms")
        order = sorted(range(len(questions)), key=lambda i: -best[i])[:shown]
        for i in order:
            q = questions[i]
            words = len(matcher.query_tokens(q)[1])
            print(f"  {best[i] * 1000:6.3f} ms  {words:3d} words  "
                  f"{rank_calls(matcher, q)} ranks  {q[:70]!r}")


if __name__ == "__main__":
    main()
