"""A "why?" after an answer ("knp gitu?", "kok bisa?", "why not?"): the answer again.

The answer just given holds its reason and its legal basis; read alone, a message of why-words
and fillers only matches nothing (a list of guesses) or, all stopwords, greets the user back.
The words are data (faq/clause-cues.yaml `why_cues`, `why_fillers`). "kenapa ditolak?" asks a
question of its own and is read as one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answers.next_steps import only_cues

if TYPE_CHECKING:
    from bot.understand.clause_words import ClauseCues


def asks_why(text: str, clause: ClauseCues) -> bool:
    """Whether the message only asks why (why-words among fillers and follow-up leads)."""
    return only_cues(text, clause.words.get("why_cues", ()),
                     {*clause.words.get("why_fillers", ()),
                      *clause.words.get("followup_leads", ())})
