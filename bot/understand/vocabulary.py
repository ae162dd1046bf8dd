"""Function words: Indonesian filler the FAQ never uses, ignored when matching."""

from __future__ import annotations

from collections.abc import Iterable

from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

from bot.understand.normalize import Normalizer


def function_words(normalizer: Normalizer, known: Iterable[str]) -> frozenset[str]:
    """Indonesian function words ("lantas", "mereka", "meski") that no FAQ phrasing uses.

    A word the FAQ never uses weighs as an unknown, heavy word (so "wifi" steers a question
    away from every entry); a function word in a long story must not do that. Sastrawi's
    stopword list (Tala's, 700+ words) names them; a listed word the FAQ does use ("bulan",
    "kerja", "berapa") keeps its weight, so the list never hides a word that tells entries
    apart. Single letters and two-letter words stay: "sim c" or "jp" are not filler.
    """
    vocabulary = set(known)
    found: set[str] = set()
    for word in StopWordRemoverFactory().get_stop_words():
        for token in normalizer.content(normalizer.tokens(word)):
            if len(token) >= 3 and token not in vocabulary:
                found.add(token)
    return frozenset(found)
