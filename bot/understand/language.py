"""Which language a message is written in, from two word lists kept as data (faq/language.yaml)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.understand.english_words import english_words
from bot.understand.normalize import clean

LANGUAGES = ("id", "en")
SHORT_WORDS = 3  # up to this many words, one word of a single language decides


@dataclass(frozen=True)
class LanguageDetector:
    """Counts English and Indonesian marker words; says "en", "id" or None (unsure)."""

    english: frozenset[str] = frozenset()
    indonesian: frozenset[str] = frozenset()
    # English chat forms and the words they stand for ("hv" -> "have"; faq/language.yaml
    # `english_chat`), for the English matcher (bot/content/english.py); detection ignores them.
    chat_forms: tuple[tuple[str, str], ...] = ()
    # English words that say no language in a short message when a word no English dictionary
    # has follows: Indonesian writes "no" for nomor ("no kpj 1234...", "no hp"), so such a
    # message keeps the user's language ("no wait" stays English).
    not_alone: frozenset[str] = frozenset()

    def _counts(self, text: str) -> tuple[int, int, int]:
        """(English marker words, Indonesian marker words, words) of a message."""
        words = [w.replace("'", "") for w in clean(text.replace("'", "")).split()]
        # A short message's one-letter word says no language: "aaaa" (cleaned to "a") or "a"
        # alone is no English article, and a short message decides the remembered language
        # (review21: a key held down turned the user's next "jht" into an English answer).
        short = len(words) <= SHORT_WORDS
        return (sum(w in self.english and not (short and (len(w) == 1 or (
                    w in self.not_alone and i + 1 < len(words)
                    and words[i + 1] not in english_words())))
                    for i, w in enumerate(words)),
                sum(w in self.indonesian for w in words), len(words))

    def detect(self, text: str) -> str | None:
        """The message's language, or None when it is too short or too mixed to tell."""
        return _decide(*self._counts(text))

    def mixed(self, text: str) -> bool:
        """A code-switched message: not clearly English, yet with English marker words beside
        the Indonesian ones, at least one for two ("ayah saya meninggal, how to klaim jkm?",
        "apa itu jkp and how to klaim it"). The English matcher, which also knows every
        Indonesian word and phrasing, reads it; the reply stays in the user's language."""
        en, id_, n = self._counts(text)
        if not (en and id_):
            return False
        found = _decide(en, id_, n)
        return found is None or (found == "id" and en >= 2 and 2 * en >= id_)


def _decide(en: int, id_: int, n: int) -> str | None:
    if en >= 2 and en >= 2 * id_:  # at most half as many Indonesian words (language.yaml)
        return "en"
    if id_ >= 2 and id_ >= en:
        return "id"
    if n <= SHORT_WORDS and en and not id_:
        return "en"
    if id_ and not en:
        return "id"
    return None


def client_language(code: str) -> str:
    """Telegram's language_code (or any locale) to one of LANGUAGES: English or Indonesian."""
    return "en" if (code or "").lower().startswith("en") else "id"
