"""The consent typed instead of pressed: a clear yes or no in chat words, never a guess.

Consent to keep personal data must be explicit (UU 27/2022): at the consent step the reply is
read with faq/replies.yaml's yes/no words and data/answer_words.yaml's `consent_yes` /
`consent_no` ("gapapa", "silakan", "bersedia"; "keberatan", "emoh"); a yes asked back as a
question ("setuju?", "boleh?") or anything else is no answer, and the consent is asked again.
Nothing here logs.
"""

from __future__ import annotations

from dataclasses import replace

from bot.registration.answer_words import answer_words
from bot.understand.replies import ReplyWords, YesNo, yes_no


def _consent_words(words: ReplyWords) -> ReplyWords:
    extra = answer_words().optional
    return replace(words, yes=words.yes | frozenset(extra.get("consent_yes", ())),
                   no=words.no | frozenset(extra.get("consent_no", ())))


def said_to(step: str, text: str, words: ReplyWords) -> YesNo | None:
    """A plain yes, no or cancel typed at `step` (the consent reads its own words too)."""
    if step != "consent":
        return yes_no(text, words)
    if "?" in text:
        return None  # "setuju?", "boleh?": asked back, not agreed
    return yes_no(text, _consent_words(words))


def asked_back(text: str, words: ReplyWords) -> bool:
    """A yes or no word asked as a question at the consent ("setuju?", "ok?"): no answer,
    and no question for the FAQ either: the consent is asked again."""
    return "?" in text and yes_no(text.replace("?", " "), _consent_words(words)) is not None
