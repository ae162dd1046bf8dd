"""An acknowledgement before a follow-up ("oh ok, and JP?", "oke min, kalau jp?") is left out."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.understand.clause_words import ClauseCues


@lru_cache(maxsize=4)
def _leads(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """The acknowledgement words at a message's start, longest first, each with the marks
    after it."""
    if not words:
        return None
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^\W*(?:(?:{alts})\b[\s,.!]*)+", re.IGNORECASE)


def without_lead(text: str, clause: ClauseCues) -> str:
    """The message without the acknowledgement it opens with (clause-cues.yaml
    `followup_leads`) when words follow it; the message itself otherwise ("oke" alone is a
    reply of its own)."""
    pattern = _leads(clause.words.get("followup_leads", ()))
    found = pattern.match(text) if pattern else None
    rest = text[found.end():] if found else text
    return rest if re.search(r"\w", rest) else text
