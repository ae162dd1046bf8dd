"""Telegram HTML that would be refused: tags left open or closed twice, a bare '<'.

Telegram refuses a whole message whose markup does not parse; the transport then resends it
as plain text (every bold word and link gone). `faq check` and a reload refuse such an answer.
"""

from __future__ import annotations

import re

# A tag as Telegram reads it; anything else starting with '<' must be written &lt;.
TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?>")
VOID_TAGS = {"br", "tg-emoji"}


def markup_problems(literal: str) -> list[str]:
    """What is wrong with the tags of `literal` (an answer with its template code removed)."""
    problems: list[str] = []
    open_tags: list[str] = []
    pos = 0
    for match in TAG_RE.finditer(literal):
        if "<" in literal[pos:match.start()]:
            problems.append("'<' yang bukan tag; tulis &lt;")
        pos = match.end()
        closing, name = match.group(1) == "/", match.group(2).lower()
        if name in VOID_TAGS:
            continue
        if not closing:
            open_tags.append(name)
        elif open_tags and open_tags[-1] == name:
            open_tags.pop()
        else:
            problems.append(f"</{name}> tanpa pembuka <{name}> (atau menutup tag lain)")
    if "<" in literal[pos:]:
        problems.append("'<' yang bukan tag; tulis &lt;")
    problems += [f"<{name}> tidak ditutup (</{name}>)" for name in open_tags]
    return [f"HTML yang ditolak Telegram: {p}" for p in dict.fromkeys(problems)]
