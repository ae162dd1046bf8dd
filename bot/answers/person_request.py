"""A short message asking for a person ("mau bicara dengan petugas", "talk to a human").

The FAQ has no entry for "let me talk to someone", so such a message used to get suggestions
of unrelated entries ("Pengertian BPJS Ketenagakerjaan"). When the FAQ does not answer it
confidently, it gets its own reply instead: this is an automatic assistant; the agency's own
people are at the call centre, in JMO and at a branch office; and, when a staff group is set,
"💬 Tanya petugas" for the writer's last question (bot.outreach.handoff). A confident FAQ answer
("hubungi cs" -> the call-centre entry) is kept. The request phrases are data:
faq/clause-cues.yaml `person_asks`.
"""

from __future__ import annotations

from bot.core.engine import Ctx
from bot.core.replies import Button, Reply
from bot.understand.clause_words import ClauseCues, cue_words

# Longer messages tell a story around the phrase ("... sudah bicara dengan petugas tapi tetap
# ditolak, harus gimana?"): their question is about the story, and the FAQ reads them.
MAX_WORDS = 12


def asks_person(text: str, cues: ClauseCues) -> bool:
    """Whether a short message asks to reach a person (a `person_asks` phrase)."""
    words = cue_words(text)
    return len(words) <= MAX_WORDS and cues.person_asks.found_in(words)


def person_reply(ctx: Ctx, previous: str | None, handoff: list[list[Button]],
                 topics: list[list[Button]]) -> Reply:
    """The contacts of the agency's staff; `previous` (the writer's last question) with the
    hand-off button for it when `handoff` has one, else how the hand-off is reached."""
    staff = bool(ctx.settings.staff_chat_id) and ctx.event.chat_type == "private"
    reply = ctx.reply("handoff.html.j2", kind="fallback", state="request", staff=staff,
                      previous=previous if handoff else None, buttons=[*handoff, *topics])
    return reply
