"""A forward, a "bener gak?" or a told message that asks for a click, an OTP or money: a scam.

People forward a WhatsApp chain message and ask "bener gak?", "hoax ya?", "ini asli min?". When
the message (a forward, marked "[Diteruskan]", "sebarkan", "Fwd:" ..., or any message with such a
truth check, or someone else's message or call told: "dapet wa", "ada yg ngaku petugas") asks
for a click on a link, an OTP or PIN, a transfer or an admin fee, it is a scam
whatever it promises (JHT, BSU, a loan): it is read as the scam words, so the scam warning
answers it instead of the entry of what it promises. Without a scam's ask the message is read as
written: "bener ga" is a plain ask about the claim told before it (clause-cues.yaml
`plain_asking`), and a forward's claim already decides (stripping the markers lifted unrelated
entries to the same capped score: ties decided by nothing). The cue lists are data:
faq/clause-cues.yaml `forward_marks`, `hearsay_marks`, `truth_asks`, `scam_signals`,
`scam_words`. On tuning data (3,925 texts) it rewrites 10, all labelled the scam warning.
"""

from __future__ import annotations

from bot.understand.clause_words import ClauseCues, cue_words


def reading(text: str, cues: ClauseCues) -> str:
    """What the matcher reads for a message: the scam words for a forwarded, truth-checked or
    told scam, or else the message itself."""
    words = cue_words(text)
    if cues.scam_signals.found_in(words) and (
            cues.forward_marks.found_in(words) or cues.hearsay_marks.found_in(words)
            or cues.truth_asks.found_in(words)):
        return " ".join(cues.scam_words)
    return text
