"""Indonesian text normalisation: case, punctuation, stretched letters, slang and synonyms."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.faqbase import Synonyms

_STRETCH_RE = re.compile(r"([a-z])\1{2,}")  # "bangettt" -> "banget"; keeps real doubles ("maaf")
_NON_WORD_RE = re.compile(r"[^a-z0-9]+")
_DIGIT_LETTER_RE = re.compile(r"(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)")
_HELLO = {"halo", "hai", "hi", "hello", "pagi", "siang", "sore", "malam"}
_REDUP_RE = re.compile(r"\b([a-z]{2,})2\b")  # "kapan2" -> "kapan kapan" (Indonesian plural)


def clean(text: str) -> str:
    """Lower-case, strip accents and punctuation, un-stretch letters; words joined by spaces."""
    # Drop only combining accents ("é" -> "e"); other symbols (dashes, emoji) separate words.
    text = "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).lower()
    text = _REDUP_RE.sub(r"\1 \1", text)
    text = _STRETCH_RE.sub(r"\1", text)
    text = _DIGIT_LETTER_RE.sub(" ", text)
    return _NON_WORD_RE.sub(" ", text).strip()


class Normalizer:
    """Turns user text into canonical tokens using the staff-edited synonyms file."""

    def __init__(self, synonyms: Synonyms):
        self.synonyms = synonyms
        self._words: dict[str, str] = {}
        phrases: dict[tuple[str, ...], str] = {}
        for variant, canonical in synonyms.replacements.items():
            words = tuple(clean(variant).split())
            if len(words) == 1:
                self._words[words[0]] = canonical
            elif words:
                phrases[words] = canonical
        # Longest phrase first so "bpjs kesehatan" wins over a shorter overlapping variant.
        self._phrases = sorted(phrases.items(), key=lambda kv: -len(kv[0]))
        self._max_phrase = max((len(p) for p, _ in self._phrases), default=1)
        self._phrase_map = dict(self._phrases)
        self.stopwords = synonyms.stopwords
        self.tokens = lru_cache(maxsize=4096)(self._tokens)

    def _tokens(self, text: str) -> tuple[str, ...]:
        """All canonical tokens, stopwords included (for smalltalk detection)."""
        words = clean(text).split()
        out: list[str] = []
        i = 0
        while i < len(words):
            for size in range(min(self._max_phrase, len(words) - i), 1, -1):
                canonical = self._phrase_map.get(tuple(words[i : i + size]))
                if canonical:
                    out.extend(canonical.split())
                    i += size
                    break
            else:
                word = words[i]
                out.extend(self._words.get(word, word).split())
                i += 1
        return tuple(out)

    def content(self, tokens: tuple[str, ...]) -> tuple[str, ...]:
        """Tokens without stopwords, duplicates dropped, order kept."""
        seen: dict[str, None] = {}
        for tok in tokens:
            if tok not in self.stopwords:
                seen.setdefault(tok, None)
        return tuple(seen)

    def is_smalltalk(self, tokens: tuple[str, ...]) -> str | None:
        """'greeting' or 'thanks' when the message holds nothing but such words."""
        if not tokens:
            return None
        syn = self.synonyms
        if all(t in syn.thanks or t in syn.greetings or t in syn.stopwords for t in tokens):
            if any(t in syn.thanks for t in tokens) and not _HELLO & set(tokens):
                return "thanks"
            return "greeting"
        return None
