"""The next step asked after an answer ("terus?", "abis itu?", "what do we do next?")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.understand.clause_words import cue_words

if TYPE_CHECKING:
    from bot.content.faqbase import Entry
    from bot.understand.clause_words import ClauseCues
    from bot.understand.matcher import Matcher

# A calculation has its own follow-ups (the calculator's buttons): no next step offered there.
NOT_AFTER = ("calculation",)


def asks_next_step(text: str, clause: ClauseCues) -> bool:
    """Whether the message only asks for the next step: cue phrases (clause-cues.yaml
    `next_step_cues`) among filler words (`next_step_fillers`, `followup_leads`); a message
    that asks something of its own ("terus cara klaim jkk gimana?") does not."""
    return only_cues(text, clause.words.get("next_step_cues", ()),
                     {*clause.words.get("next_step_fillers", ()),
                      *clause.words.get("followup_leads", ())})


def only_cues(text: str, cues: tuple[str, ...], fillers: set[str]) -> bool:
    """Whether the text is cue phrases among filler words and nothing else (at least one cue)."""
    words = [w for w in cue_words(text) if w not in fillers]
    longest = max((len(c.split()) for c in cues), default=0)
    phrases = frozenset(cues)
    found = False
    while words:  # what is left must be cue phrases, one after another, longest first
        size = next((n for n in range(min(longest, len(words)), 0, -1)
                     if " ".join(words[:n]) in phrases), 0)
        if not size:
            return False
        words, found = words[size:], True
    return found


def next_steps(matcher: Matcher, entry: Entry) -> list[Entry]:
    """The steps after an answer: its related entries about a step to take (facets.yaml
    `next_steps`: a claim, documents, registering), else all of them. None when the answer is
    itself a step or says nothing the facets read (its own text holds the steps: it is given
    again, as before) or relates to nothing."""
    steps = matcher.facets.next_steps
    own = matcher.facets.asked_of(matcher.facets_of(entry.id)[0])
    if not own or own & steps:
        return []
    related = [matcher.faq.entries[r] for r in entry.related if r in matcher.faq.entries]
    return [e for e in related if matcher.facets_of(e.id)[0] & steps] or related
