"""Which language a message is written in, from two word lists kept as data (faq/language.yaml)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.understand.normalize import clean

LANGUAGES = ("id", "en")
SHORT_WORDS = 3  # up to this many words, one word of a single language decides


@dataclass(frozen=True)
class LanguageDetector:
    """Counts English and Indonesian marker words; says "en", "id" or None (unsure)."""

    english: frozenset[str] = frozenset()
    indonesian: frozenset[str] = frozenset()

    def detect(self, text: str) -> str | None:
        """The message's language, or None when it is too short or too mixed to tell."""
        words = [w.replace("'", "") for w in clean(text.replace("'", "")).split()]
        en = sum(w in self.english for w in words)
        id_ = sum(w in self.indonesian for w in words)
        if en >= 2 and en >= 2 * id_:  # at most half as many Indonesian words (language.yaml)
            return "en"
        if id_ >= 2 and id_ >= en:
            return "id"
        if len(words) <= SHORT_WORDS:
            if en and not id_:
                return "en"
            if id_ and not en:
                return "id"
        if id_ and not en:
            return "id"
        return None


def client_language(code: str) -> str:
    """Telegram's language_code (or any locale) to one of LANGUAGES: English or Indonesian."""
    return "en" if (code or "").lower().startswith("en") else "id"
