"""English synonym phrases with a word written in Indonesian or as a chat form ("work kecelakaan
insurance", "migrant pekerja", "13th mth salary", "hw many days"): read as the phrase (English
matcher only).

A code-mixing writer puts an Indonesian noun into an English phrase. Where each word of the
window means what the phrase's word means (the same canonical word in the synonyms, or the word
itself), one word is the phrase's as written and every word that differs is no English word,
the window is read as the phrase as written, so the synonyms' phrase applies ("work accident"
-> jkk). A chat form of the phrase's word (faq/language.yaml `english_chat`: "hw" for how) is
that word there, even where the FAQ uses the form itself. A window two phrases with different
meanings would both read is left alone, and so is a place where a phrase as written, as long or
longer, starts (the synonyms read that one).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping

from bot.understand.normalize import clean

# What the Normalizer reads the same replacements as (`Normalizer.phrase_tables`).
SynonymTables = tuple[Mapping[str, str], Mapping[tuple[str, ...], str],
                      Mapping[tuple[str, str], tuple[int, ...]]]


def _tables(replacements: Mapping[str, str],
            split: Mapping[str, tuple[str, ...]]) -> SynonymTables:
    """`read` when no Normalizer gives it: the same tables from the variants' words."""
    canon = {words[0]: c for v, c in replacements.items() if len(words := split[v]) == 1}
    phrases = {words: c for v, c in replacements.items() if len(words := split[v]) >= 2}
    sizes: dict[tuple[str, str], tuple[int, ...]] = {}
    for words in phrases:
        sizes[words[:2]] = (*sizes.get(words[:2], ()), len(words))
    return canon, phrases, sizes


class MixedPhrases:
    """The multi-word synonym variants, keyed by the canonical reading of each of their words."""

    def __init__(self, replacements: Mapping[str, str], english: Callable[[str], bool],
                 stopwords: frozenset[str] = frozenset(), forms: Mapping[str, str] = {},
                 read: SynonymTables | None = None):
        """`replacements`: variant -> canonical (the English matcher's merged synonyms);
        `english(word)`: an English word (never read as another word); `stopwords`: words
        that do not make a window English ("my jht" is not "my pf" mixed); `forms`: chat
        forms of English words ("hw" -> how), read as their word inside a phrase; `read`:
        the same replacements as the matcher's Normalizer holds them (`phrase_tables`),
        shared instead of built again (~0.3 MB)."""
        # Each variant's words once, interned: the tables below share them (memory budget).
        split = {v: tuple(map(sys.intern, clean(v).split())) for v in replacements}
        if read is None:
            read = _tables(replacements, split)
        # One-word variant -> canonical; phrase as written (its meaning unread here); per
        # first two words of a phrase as written, its lengths.
        self._canon, self._variants, self._written = read
        self._forms = dict(forms)
        # A chat form means what its word means: "hw many days" is "how many days" (lama).
        self._meaning = {**self._canon, **{f: self._canon.get(w, w) for f, w in forms.items()}}
        by_key: dict[tuple[str, ...], tuple[str, ...] | None] = {}
        meaning: dict[tuple[str, ...], str] = {}
        for variant, canonical in replacements.items():
            words = split[variant]
            if len(words) < 2:
                continue
            key = self._key(words)
            if key in meaning and meaning[key] != canonical:
                by_key[key] = None  # two meanings: never guessed
            elif key not in meaning:
                by_key[key], meaning[key] = words, canonical
        self._by_key = {k: w for k, w in by_key.items() if w is not None}
        shared: dict[str, frozenset[str]] = {}  # one set per meaning, not per phrase
        self._means = {k: shared.setdefault(meaning[k], frozenset(meaning[k].split()))
                       for k in self._by_key}
        sizes: dict[tuple[str, str], set[int]] = {}
        for key in self._by_key:
            sizes.setdefault(key[:2], set()).add(len(key))
        self._sizes = {k: tuple(sorted(n, reverse=True)) for k, n in sizes.items()}
        self._pairs: dict[str, frozenset[str]] = {}  # first key -> second keys (no tuples)
        for first, second in sizes:
            self._pairs[first] = self._pairs.get(first, frozenset()) | {second}
        self._english = english
        self._stopwords = stopwords
        # The words a window can differ by: no English word, meaning a word of some phrase
        # (a message without one is returned at once: most messages).
        phrase_meanings = {k for key in self._by_key for k in key}
        self._foreign = frozenset(
            w for w in {*self._canon, *self._canon.values()}
            if self._canon.get(w, w) in phrase_meanings and " " not in w and not english(w)
        ) | frozenset(f for f in forms if self._meaning[f] in phrase_meanings)

    def _key(self, words: tuple[str, ...] | list[str]) -> tuple[str, ...]:
        return tuple(self._meaning.get(w, w) for w in words)

    def _mixed(self, window: list[str], phrase: tuple[str, ...], means: frozenset[str]) -> bool:
        """The window keeps an English content word of the phrase as written, and writes each
        of its other English words as a word that is no English word and does not already say
        what the phrase means ("work kecelakaan" is jkk; not "minimum salary", "my jht", nor
        "jht balance", which the phrase "pf balance" would read as jht alone)."""
        pairs = [(w, p) for w, p in zip(window, phrase, strict=True)
                 if w != p and self._forms.get(w) != p]  # a chat form is its word
        english = self._english
        if not pairs:
            return any(w != p for w, p in zip(window, phrase, strict=True))
        return (any(w == p and w not in self._stopwords and english(w)
                    for w, p in zip(window, phrase, strict=True))
                and all(english(p) and not english(w)
                        and not means.issuperset(self._canon.get(w, w).split())
                        for w, p in pairs))

    def read(self, words: list[str]) -> list[str]:
        """`words` with each mixed window written as its phrase, longest first."""
        foreign = self._foreign
        if foreign.isdisjoint(words):
            return words
        canon, pairs = self._meaning, self._pairs
        keys = [canon.get(w, w) for w in words]
        out: list[str] = []
        i, done, n = 0, 0, len(words)
        while i < n - 1:
            second = pairs.get(keys[i])
            if second is None or keys[i + 1] not in second:
                i += 1
                continue
            for size in self._sizes[keys[i], keys[i + 1]]:
                if size > n - i or foreign.isdisjoint(words[i:i + size]):
                    continue
                key = tuple(keys[i:i + size])
                phrase = self._by_key.get(key)
                if phrase and not self._written_at(words, i, size) \
                        and self._mixed(words[i:i + size], phrase, self._means[key]):
                    out += words[done:i]
                    out += phrase
                    i = done = i + size
                    break
            else:
                i += 1
        return out + words[done:] if done else words

    def _written_at(self, words: list[str], i: int, size: int) -> bool:
        """Whether a synonym phrase as written, of `size` words or more, starts at words[i]
        (the synonyms read it; a shorter one, "hw many" in "hw many days", gives way)."""
        return any(k >= size and tuple(words[i:i + k]) in self._variants
                   for k in self._written.get((words[i], words[i + 1]), ()))
