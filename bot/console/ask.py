"""`python -m bot ask`: one question in, one reply out, for scripts and regression runs."""

from __future__ import annotations

import itertools
import json
import sys
from typing import TextIO

from bot.content.render import to_plain
from bot.core.engine import Engine
from bot.core.replies import Event, Reply
from bot.staff.real_sets import Asked

_ids = itertools.count(1)


async def ask(engine: Engine, question: str, lang: str = "") -> list[Reply]:
    """Each question gets a fresh user, so no conversation state leaks between questions;
    `lang` ("id" / "en") forces the reply language, else it follows the question."""
    return await engine.handle(Event(f"ask-{next(_ids)}", "ask", text=question,
                                     force_language=lang))


async def ask_two_taps(engine: Engine, question: str) -> Asked:
    """As `ask`, then "🔎 Topik lain" pressed by the same user when the reply has it, else
    👎 under an answer (it shows the same next entries): the entries shown are the replies'
    `behind` (real sets' two-tap figure)."""
    user = f"ask-{next(_ids)}"
    replies = Asked(await engine.handle(Event(user, "ask", text=question)))
    data = [b.data for r in replies for row in r.buttons for b in row]
    more = next((d for d in data if d.startswith("more:")), None) \
        or next((d for d in data if d.startswith("fb:") and d.endswith(":0")), None)
    if more is not None:
        pressed = await engine.handle(Event(user, "ask", press=more))
        replies.behind = frozenset(i for r in pressed for i, _ in r.suggestions)
    return replies


def summarize(question: str, replies: list[Reply]) -> dict:
    main = next((r for r in replies if r.kind != "info"), replies[0] if replies else None)
    return {
        "question": question,
        "kind": main.kind if main else "fallback",
        "language": main.language if main and main.language else "id",
        "text": "\n\n".join(to_plain(r.text) for r in replies),
        "entry_id": main.entry_id if main else None,
        "score": None if main is None or main.score is None else round(main.score, 1),
        "suggestions": [{"id": i, "title": t} for i, t in (main.suggestions if main else [])],
        "alternatives": [{"id": i, "title": t} for i, t in (main.alternatives if main else [])],
    }


async def run_ask_lines(engine: Engine, stdin: TextIO = sys.stdin,
                        stdout: TextIO = sys.stdout, lang: str = "") -> None:
    for line in stdin:
        question = line.strip()
        if not question:
            continue
        stdout.write(json.dumps(summarize(question, await ask(engine, question, lang)),
                                ensure_ascii=False) + "\n")
        stdout.flush()
