"""Indonesian writes "no" for nomor: a short "no kpj 1234..." keeps the user's language."""

from __future__ import annotations

from bot.core.replies import Event
from bot.understand.language import LanguageDetector

DETECT = LanguageDetector(frozenset({"no", "money", "left", "i", "mean"}), frozenset({"saya"}),
                          not_alone=frozenset({"no"}))


def test_no_alone_says_no_language_in_a_short_message() -> None:
    assert DETECT.detect("no kpj 12345678901") is None and DETECT.detect("no hp") is None
    assert DETECT.detect("no money left") == "en"  # English beside it decides
    assert DETECT.detect("no wait") == "en" and DETECT.detect("no") == "en"  # English after it


async def test_no_kpj_keeps_the_reply_indonesian(engine) -> None:
    (reply,) = await engine.handle(Event("n1", text="no kpj 12345678901"))
    assert "data pribadi" in reply.text  # Indonesian, not "personal data"
