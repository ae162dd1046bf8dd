"""What around a typed answer is not its value: the old value it replaces ("3 juta bukan 2,5"),
the field it names ("ganti pekerjaan jadi nelayan"), "don't know" ("ngga tau"), and amounts
said in two parts ("2jt500").

The words are data (data/answer_words.yaml `fields`, `replaced_words`, `value_links`,
`know_words`, `know_chat`). Nothing here logs: the texts are personal data.
"""

from __future__ import annotations

import re

from bot.registration.answer_words import answer_words
from bot.registration.typed import has_correction
from bot.understand.normalize import clean

# "2jt500", "1 juta 200", "2 juta 500 ribu", "1jt200rb": millions then thousands, said as one
# amount (three digits after the millions need no unit of their own)
_MILLION_THOUSANDS_RE = re.compile(
    r"(?<![\d.,])(\d+)\s*(?:juta|jt)\s*(?:(\d{1,3})\s*(?:ribu|rebu|rb|k)\b|(\d{3})(?![\d.,]))",
    re.I)


_NOT_LISTED_RE = re.compile(r"\b(?:tidak|tdk|gak|ga|gk|nggak|ngga|enggak|bukan)\s+(?:ada|semua)\b")


def not_listed(text: str) -> bool:
    """Whether the text says the place is not among the offered ones ("tidak ada")."""
    return bool(_NOT_LISTED_RE.search(clean(text)))


def _words(name: str) -> frozenset[str]:
    return frozenset(answer_words().required[name])


def _bare(word: str) -> str:
    """A word as the field lists hold it ("lahirnya" -> "lahir")."""
    return word[:-3] if word.endswith("nya") and len(word) > 5 else word


def named_fields(text: str) -> set[str]:
    """The steps whose field words the text holds ("nomor hp" -> phone; "-nya" ignored)."""
    padded = f" {' '.join(_bare(w) for w in clean(text).split())} "
    return {step for phrase, step in answer_words().fields.items() if f" {phrase} " in padded}


def drop_replaced(text: str) -> str:
    """The text without the value it says it replaces: "Kab. Bogor bukan Bandung" -> "Kab.
    Bogor", "3 juta bukan 2,5". Only with something before the word ("bukan" alone is a no);
    the replaced part runs to the end, to ";" or to a comma before a space."""
    for word in sorted(_words("replaced_words"), key=len, reverse=True):
        found = re.search(rf"(?<=\S)\s+{re.escape(word)}\s+.+?(?=,\s|;|$)", text, re.I)
        if found and re.search(r"[^\W_]", text[:found.start()]):
            return (text[:found.start()] + text[found.end():]).strip(" ,;")
    return text


def replaces(text: str) -> bool:
    """Whether the text says what it replaces ("pekerjaan saya nelayan bukan pedagang")."""
    return drop_replaced(text) != text


def corrects_earlier(text: str, step: str, earlier: tuple[str, ...]) -> bool:
    """Whether the text, typed at `step`, corrects an earlier answer it names and not this
    step's ("penghasilan ralat 3 juta" where the program is asked: "3" is no program count)."""
    named = named_fields(text)
    return bool(named) and step not in named and named <= set(earlier) and (
        has_correction(text) or replaces(text))


def not_known(text: str) -> bool:
    """Whether the whole text says only "I don't know" ("ngga tau", "lupa kak", "belum tahu")."""
    words = answer_words()
    tokens = clean(text).split()
    know = _words("know_words")
    chat = _words("know_chat") | words.negations | words.correction_chat
    return bool(tokens) and any(t in know for t in tokens) and all(
        t in know or t in chat for t in tokens)


def thousands_after_million(text: str) -> str:
    """ "2jt500", "2 juta 500 ribu" -> "2500 ribu"; "1 juta 200" -> "1200 ribu"."""
    return _MILLION_THOUSANDS_RE.sub(
        lambda m: f"{int(m[1]) * 1000 + int(m[2] or m[3])} ribu", text)


def value_after_field(text: str, step: str) -> str:
    """What follows the words naming `step` in a change asked at the summary ("ganti pekerjaan
    jadi nelayan" -> "nelayan", "nomor hp yg bener 0857..." -> "0857..."), without the change
    words around it and the value it replaces; "" when no value is written."""
    words = answer_words()
    phrases = [p for p, s in words.fields.items() if s == step]
    tokens = text.split()
    bare = [_bare(w) for w in (clean(t) for t in tokens)]
    start = None
    for i in range(len(tokens)):
        for phrase in phrases:
            size = len(phrase.split())
            if " ".join(bare[i:i + size]) == phrase:
                start = max(start or 0, i + size)
        if start is not None:
            break
    if start is None:
        return ""
    skip = (words.edit_words | words.edit_chat | words.correction_chat | words.wrong_words
            | _words("value_links") | {w for p in words.corrections for w in p.split()}
            | {w for p in phrases for w in p.split()})
    while start < len(tokens) and (not bare[start] or bare[start] in skip):
        start += 1
    return drop_replaced(" ".join(tokens[start:])).strip(" ,.:;-")


def drop_words(text: str, words: tuple[str, ...]) -> str:
    """The text without these words or signs ("+- 2 juta" -> "2 juta")."""
    for word in words:
        text = re.sub(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", " ", text, flags=re.I)
    return text
