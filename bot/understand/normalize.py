"""Indonesian text normalisation: case, punctuation, stretched letters, slang and synonyms."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from Sastrawi.Stemmer.Stemmer import Stemmer

from bot.understand.abbreviations import Abbreviations
from bot.understand.message_memo import once
from bot.understand.roots import sastrawi_roots
from bot.understand.wordrepair import WordRepair

if TYPE_CHECKING:  # content builds the index; understanding needs only its types
    from bot.content.faqbase import Synonyms
    from bot.understand.english_slips import EnglishSlips
    from bot.understand.mixed_phrases import MixedPhrases, SynonymTables


# Sastrawi: dictionary-based Indonesian stemmer (pencairan/dicairkan -> cair). Its root
# dictionary also lets us undo the colloquial "-in" suffix (cairin, ajuin) it does not know.
# Built here rather than by `StemmerFactory().create_stemmer()`: the same Stemmer on the same
# words, without the factory's result cache (`stem` below has its own).
_ROOTS = sastrawi_roots()  # compact: roots.py
_STEMMER = Stemmer(_ROOTS)
_SHORT_ROOTS = frozenset({"aju", "isi"})  # ajuin, isiin: 3-letter roots worth undoing

_STRETCH_RE = re.compile(r"([a-z])\1{2,}")  # "bangettt" -> "banget"; keeps real doubles ("maaf")
# Whether there is a stretch at all: the same texts as _STRETCH_RE, found in less than half
# the time (8.1 -> 3.4 us on a 300-character story; no repeat count to try).
_STRETCHED_RE = re.compile(r"([a-z])\1\1")
_NON_WORD_RE = re.compile(r"[^a-z0-9]+")
# ASCII text: every character but a-z and 0-9 becomes a space; splitting and joining then does
# what _NON_WORD_RE.sub + strip does (8.8 -> 2.5 us on a 300-character story).
_NON_WORD_ASCII = str.maketrans({chr(i): " " for i in range(128)
                                 if not ("a" <= chr(i) <= "z" or "0" <= chr(i) <= "9")})
# Digit runs: a space goes where one meets a letter a-z ("jht2023" -> "jht 2023"). Found as
# runs, not as the zero-width boundaries themselves: those were tried at every position of
# the text (12.7 -> 3.1 us on a 300-character story, the same text out).
_DIGITS_RE = re.compile(r"\d\d*")  # not \d+: a class first lets the engine skip to a digit
_REDUP_RE = re.compile(r"\b([a-z]{2,})2\b")  # "kapan2" -> "kapan kapan" (Indonesian plural)


@once  # a text's tokens and its facets' written words both clean it (message_memo.py)
def clean(text: str) -> str:
    """Lower-case, strip accents and punctuation, un-stretch letters; words joined by spaces."""
    return _clean(text, r"\1")


def clean_doubled(text: str) -> str:
    """`clean`, a stretched letter kept twice ("maaaf" -> "maaf", where `clean` gives "maf"):
    the same words in the same places, for the word repair to choose from."""
    return _clean(text, r"\1\1")


def _clean(text: str, stretched: str) -> str:
    """`clean`, a run of three or more of one letter written `stretched`."""
    # Drop only combining accents ("é" -> "e"); other symbols (dashes, emoji) separate words.
    # ASCII text has neither (NFKD leaves it as it is): skip the per-character pass.
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text)
                       if not unicodedata.combining(c))
    text = text.lower()
    if "2" in text:  # the only reduplication mark
        text = _REDUP_RE.sub(r"\1 \1", text)
    # A substitution with a group template costs a Python call even when nothing matches:
    # search first (most texts have no stretched letters, many no digits).
    if _STRETCHED_RE.search(text):
        text = _STRETCH_RE.sub(stretched, text)
    if _DIGITS_RE.search(text):
        text = _apart(text)
    if text.isascii():
        return " ".join(text.translate(_NON_WORD_ASCII).split())
    return _NON_WORD_RE.sub(" ", text).strip()


def _apart(text: str) -> str:
    """`text` with a space between each digit run and a letter a-z next to it."""
    out: list[str] = []
    last = 0
    for run in _DIGITS_RE.finditer(text):
        start, end = run.span()
        if start and "a" <= text[start - 1] <= "z":
            out += (text[last:start], " ")
            last = start
        if end < len(text) and "a" <= text[end] <= "z":
            out += (text[last:end], " ")
            last = end
    out.append(text[last:])
    return "".join(out)


# Stems known without Sastrawi: preloaded from the persistent cache (bot/understand/stemcache)
# and stems computed while content is built (never users' words: they could be names, and
# the lru cache covers them); `_new` says whether the cache file is stale.
_known: dict[str, str] = {}
_new = False
_recording = False


def record_stems(on: bool) -> None:
    """Start or stop remembering new stems for the persistent cache (on while content builds)."""
    global _recording
    _recording = on


def preload_stems(stems: dict[str, str]) -> None:
    """Adopt stems read from the persistent cache (computed by this same code and version)."""
    for word, root in stems.items():
        _known.setdefault(word, root)


def known_stems() -> dict[str, str]:
    """Every stem known so far (preloaded or computed), for the persistent cache."""
    return dict(_known)


def stems_changed() -> bool:
    """Whether words were stemmed since the cache was last loaded or saved."""
    return _new


def mark_stems_saved() -> None:
    """The persistent cache now holds every known stem."""
    global _new
    _new = False


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """Root of an Indonesian word; digits, short words and unknown roots pass through."""
    if len(word) < 4 or not word.isalpha():
        return word
    root = _known.get(word)
    if root is None:
        root = _stem(word)
        if _recording:
            global _new
            _known[word] = root
            _new = True
    return root


def _stem(word: str) -> str:
    """`stem` without the caches: Sastrawi plus our colloquial "-in" rule."""
    base = word[:-3] if word.endswith("nya") and len(word) > 6 else word
    if not _ROOTS.contains(base):  # "ingin", "mesin", "yakin" are words, not root + "-in"
        for suffix in ("in", "kin"):  # Jakartan colloquial: cairin, ajuin, gabungin, masukin
            root = base[: -len(suffix)]
            if base.endswith(suffix) and (len(root) >= 4 or root in _SHORT_ROOTS) \
                    and _ROOTS.contains(root):
                return _STEMMER.stem(root)
    root = _STEMMER.stem(word)
    return root if len(root) >= 3 else word


def is_word(word: str) -> bool:
    """A real Indonesian word (its root is in the dictionary): not a typo to repair."""
    return _ROOTS.contains(word) or _ROOTS.contains(stem(word))


MESSAGE_TEXTS = 4096  # the token cache's size for users' messages
INDEXED_TEXTS = 256  # ... while an index is built: above any entry's phrasings and keywords


class Normalizer:
    """Turns user text into canonical tokens using the staff-edited synonyms file."""

    def __init__(self, synonyms: Synonyms,
                 base_forms: Callable[[str], Iterable[str]] | None = None,
                 chat: Mapping[str, tuple[str, ...]] | None = None):
        """`base_forms(word)`: the word's uninflected forms, tried when the synonyms know the
        word only as one of them ("salaries" -> "salary", "capped" -> "cap"; English).
        `chat`: chat forms read as the words they stand for ("hv" -> have; English)."""
        self.synonyms = synonyms
        self._base_forms = base_forms
        self._chat = chat or {}
        # Set once the phrasings are indexed (messages only): English phrases with an
        # Indonesian word in them ("work kecelakaan"; bot/understand/mixed_phrases.py).
        self.mixed: MixedPhrases | None = None
        self.slips: EnglishSlips | None = None  # ... and a slip of the thumb (English)
        self._words: dict[str, str] = {}
        phrases: dict[tuple[str, ...], str] = {}
        for variant, canonical in synonyms.replacements.items():
            words = tuple(clean(variant).split())
            if len(words) == 1:
                self._words[words[0]] = canonical
            elif words:
                phrases[words] = canonical
        self._split = {w: tuple(c.split()) for w, c in self._words.items()}  # _tokens's
        # Longest phrase first so "bpjs kesehatan" wins over a shorter overlapping variant.
        # (The sorted pairs are not kept: only the map's order is read.)
        self._phrase_map = dict(sorted(phrases.items(), key=lambda kv: -len(kv[0])))
        # Per first two words, the lengths of the phrases starting with them, longest first:
        # _tokens looks up only those (an English story's "what", "not", "from" start dozens of
        # phrases, each once tried at every length up to the longest phrase's).
        sizes: dict[tuple[str, str], set[int]] = {}
        for words in phrases:
            sizes.setdefault(words[:2], set()).add(len(words))
        self._phrase_sizes = {pair: tuple(sorted(n, reverse=True)) for pair, n in sizes.items()}
        self._phrase_starts = frozenset(words[0] for words in phrases)
        # Words of multi-word synonyms: "rumah sakitnya" must still meet "rumah sakit".
        self._phrase_words = frozenset(w for words in phrases for w in words)
        self.stopwords = synonyms.stopwords
        # Canonical forms (jht, bpjstk, cair...) are already roots chosen by staff: keep them.
        self._protected = frozenset(w for c in synonyms.replacements.values() for w in c.split())
        # Set by the matcher once it knows the phrasings' words (bot/understand/wordrepair).
        self.repair: WordRepair | None = None
        # The words an inflected word may become: synonym words, phrase words, stopwords.
        self._lemmas = frozenset(self._words) | self._phrase_words | self.stopwords
        self.cache_tokens(MESSAGE_TEXTS)

    def cache_tokens(self, size: int) -> None:
        """A fresh token cache of `size` texts: users' messages (MESSAGE_TEXTS), or while an
        index reads the phrasings (INDEXED_TEXTS: each is read twice, one entry's after
        another; all of them at once made a 1.4 MB peak that stayed resident)."""
        self.tokens = lru_cache(maxsize=size)(self._tokens)

    def phrase_tables(self) -> SynonymTables:
        """The one-word synonyms, the phrases and their lengths per first two words, as read
        here: shared by the mixed phrases (bot/understand/mixed_phrases.py), not built twice."""
        return self._words, self._phrase_map, self._phrase_sizes

    def _tokens(self, text: str) -> tuple[str, ...]:
        """All canonical tokens, stopwords included (for smalltalk detection)."""
        words = clean(text).split()
        if self.repair is not None:
            # A stretched word ("maaaf", "saaaat") is the known word with one or two of the
            # letter: clean() keeps one, so the two-letter reading is offered beside it (rare).
            if _STRETCHED_RE.search(text.lower()):  # lower() first: faster than re.IGNORECASE
                words = self.repair.unstretched(words, clean_doubled(text).split())
            words = self.repair.words(words)
        if self.slips is not None:
            words = self.slips.words(words)
        if self._chat and not self._chat.keys().isdisjoint(words):
            words = [w for word in words for w in self._chat.get(word, (word,))]
        if self.mixed is not None:
            words = self.mixed.read(words)
        if "nya" in " ".join(words):  # most messages: no word to look at (speed)
            words = [w[:-3] if w.endswith("nya") and w[:-3] in self._phrase_words else w
                     for w in words]
        if self._base_forms is not None:
            lemmas = self._lemmas  # known words as they are, without a call (speed)
            words = [w if w in lemmas else self._base(w) for w in words]
        out: list[str] = []
        starts, phrase_sizes, phrase_map = self._phrase_starts, self._phrase_sizes, self._phrase_map
        n = len(words)
        i = 0
        while i < n:
            # Longest phrase first, as over every length; only lengths some phrase starting
            # with these two words has can match. No phrase starts with most words.
            if words[i] in starts and i + 1 < n and (
                    found := phrase_sizes.get((words[i], words[i + 1]))):
                for size in found:
                    canonical = phrase_map.get(tuple(words[i : i + size])) \
                        if size <= n - i else None
                    if canonical:
                        out.extend(canonical.split())
                        i += size
                        break
                else:
                    size = 0
                if size:
                    continue
            word = words[i]
            if word not in self._words and len(word) >= 7 and word.endswith("nya"):
                # "kematiannya" must still meet the phrase "santunan kematian"
                word = word[:-3]
                words[i] = word
                continue
            split = self._split.get(word)  # a synonym's canonical words, split once
            if split is not None:
                out.extend(split)
            elif word.isalnum():  # no whitespace: word.split() is [word] (speed)
                out.append(word)
            else:  # a repair's expansion may hold several words
                out.extend(word.split())
            i += 1
        return tuple(out)

    @once  # a story's words come again in its clauses (message_memo.py)
    def _base(self, word: str) -> str:
        """`word`, or the base form the synonyms know when they do not know it as written."""
        if word in self._lemmas or self._base_forms is None:
            return word
        return next((b for b in self._base_forms(word) if b in self._lemmas), word)

    def repair_of(self, words: set[str]) -> WordRepair:
        """The repairs of texted and misspelt words (bot/understand/wordrepair.py) for a FAQ
        whose phrasings use `words` (as written), besides the synonyms' own words."""
        synonym_words = {*self._words, *self._phrase_words, *self._protected}
        # Root words first, then the phrasings' own words (a variant may be misspelt). What a
        # word means: its synonym's canonical form, or its stem for the phrasings' words (the
        # index has just stemmed them: cached); other words are not stemmed (start time).
        ordered = sorted(words | synonym_words,
                         key=lambda w: (not _ROOTS.contains(w), w not in words, len(w), w))
        abbreviations = Abbreviations((w, self._words.get(w) or (stem(w) if w in words else w))
                                      for w in ordered)
        settled = words | set(self._words) | self._protected
        # A word is a dictionary word through an affix only when the FAQ writes its root in
        # some form: "ditemkan" (di-tem-kan) is "ditemukan" slipped, "tumai" (tuma-i) "tunai".
        roots = frozenset(stem(w) for w in words | synonym_words)
        return WordRepair(words | synonym_words, settled, abbreviations, self._phrase_map,
                          self.stopwords, is_word, _ROOTS.contains,
                          lambda w: _ROOTS.contains(w) or stem(w) in roots)

    def content(self, tokens: tuple[str, ...]) -> tuple[str, ...]:
        """Stemmed tokens without stopwords, duplicates dropped, order kept."""
        seen: dict[str, None] = {}
        for tok in tokens:
            if tok in self.stopwords:
                continue
            root = tok if tok in self._protected else stem(tok)
            # Synonyms are written as surface forms; an inflected one ("diamputasi") meets
            # its variant ("amputasi") only after stemming. Short roots are too ambiguous
            # ("kematian" -> "mati", which staff mapped to "inactive"), so they are left alone.
            if root != tok and len(root) >= 5:
                root = self._words.get(root, root)
            for word in root.split():
                if word not in self.stopwords:
                    seen.setdefault(word, None)
        return tuple(seen)

    def is_smalltalk(self, tokens: tuple[str, ...], text: str = "") -> str | None:
        """'greeting' or 'thanks' when the message holds nothing but such words; a message of
        emoji or marks only is a thanks with a thanks mark in it ("👍", ":)", "🙏🙏"; the
        `thanks` items without letters), else greeted with what the assistant does ("😀", a
        "??" ping)."""
        syn = self.synonyms
        if not tokens:
            if not text.strip() or any(c.isalnum() for c in text):
                return None
            marks = (m for m in syn.thanks if not any(c.isalnum() for c in m))
            return "thanks" if "?" not in text and any(m in text for m in marks) else "greeting"
        if all(t in syn.thanks or t in syn.greetings or t in syn.pings or t in syn.stopwords
               for t in tokens):
            if any(t in syn.thanks for t in tokens) and not syn.hellos & set(tokens) \
                    and not syn.pings & set(tokens):
                return "thanks"
            return "greeting"
        return None
