"""A forwarded chain message or a "bener gak?" that asks for a click, an OTP or money: a scam.

People forward a WhatsApp chain message and ask "bener gak?", "hoax ya?", "ini asli min?". When
the message (a forward, marked "[Diteruskan]", "sebarkan", "Fwd:" ..., or any message with such a
truth check) asks for a click on a link, an OTP or PIN, a transfer or an admin fee, it is a scam
whatever it promises (JHT, BSU, a loan): it is read as the scam words, so the scam warning
answers it instead of the entry of what it promises. Without a scam's ask the message is read as
written: "bener ga" is a plain ask about the claim told before it (clause-cues.yaml
`plain_asking`), and a forward's claim already decides (stripping the markers lifted unrelated
entries to the same capped score: ties decided by nothing). The cue lists are data:
faq/clause-cues.yaml `forward_marks`, `truth_asks`, `scam_signals`, `scam_words`.
"""

from __future__ import annotations

import re

from bot.understand.clause_words import ClauseCues

# Punctuation as spaces: the cues read "[Diteruskan]" and "bit.ly" as words.
_PUNCTUATION_RE = re.compile(r"[^\w\s]|_")


def reading(text: str, cues: ClauseCues) -> str:
    """What the matcher reads for a message: the scam words for a forwarded or truth-checked
    scam, or else the message itself."""
    plain = _PUNCTUATION_RE.sub(" ", text)
    if cues.scam_re.search(plain) and (cues.forward_re.search(plain)
                                       or cues.truth_re.search(plain)):
        return " ".join(cues.scam_words)
    return text
