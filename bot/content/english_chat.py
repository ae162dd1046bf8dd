"""English chat forms ("hv", "diff", "reg"): read from faq/language.yaml, kept for the English
matcher only where the FAQ does not use the form as a word of its own."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.content.yamlsrc import LineDict, Problem
from bot.understand.normalize import clean

if TYPE_CHECKING:
    from bot.content.faqbase import FaqBase

CHAT_KEY = "english_chat"


def read_chat_forms(data: LineDict, display: str,
                    problems: list[Problem]) -> tuple[tuple[str, str], ...]:
    """The file's `english_chat` (word: [forms]) as (form, word) pairs; a form written under
    two words, or one that is not a single lower-case word, is a problem."""
    table = data.get(CHAT_KEY)
    if table is None:
        return ()
    if not isinstance(table, LineDict):
        problems.append(Problem(display, data.line_of(CHAT_KEY), CHAT_KEY,
                                f"'{CHAT_KEY}' harus memetakan kata ke bentuk chat-nya"))
        return ()
    found: dict[str, str] = {}
    for word, forms in table.items():
        line = table.line_of(word)
        if not isinstance(forms, list) or not all(isinstance(f, str) for f in forms):
            problems.append(Problem(display, line, str(word), "bentuk chat harus daftar kata"))
            continue
        for form in forms:
            key = form.strip()
            if key != clean(key) or len(key.split()) != 1:
                problems.append(Problem(display, line, str(word),
                                        f"bentuk chat '{form}' harus satu kata huruf kecil"))
            elif key in found and found[key] != str(word):
                problems.append(Problem(display, line, str(word), f"bentuk chat '{key}' "
                                        f"juga menuju '{found[key]}': bentuk ganda tidak dibaca"))
            else:
                found[key] = str(word)
    return tuple(found.items())


def chat_forms(view: FaqBase) -> dict[str, tuple[str, ...]]:
    """For the English matcher's FAQ (`english_view`): each chat form the FAQ does not write
    itself (in a phrasing, title, keyword, synonym, stopword, greeting or thanks word of either
    language), with the cleaned words it stands for ("wont" -> ("won", "t"), as "won't")."""
    own = written_words(view)
    return {form: tuple(clean(word).split()) for form, word in view.language.chat_forms
            if form not in own}


def written_words(view: FaqBase) -> set[str]:
    """Every word the FAQ writes itself, cleaned: in a phrasing, title, keyword, synonym,
    stopword, greeting or thanks word of either language."""
    own: set[str] = set()
    for entry in view.entries.values():
        for text in (entry.title, *entry.questions, *entry.keywords):
            own.update(clean(text).split())
    syn = view.synonyms
    for variant, canonical in syn.replacements.items():
        own.update(clean(variant).split())
        own.update(canonical.split())
    return own | syn.stopwords | syn.greetings | syn.thanks | syn.pings | syn.hellos


def english_word(faq: FaqBase, dictionary: Callable[[str], bool]) -> Callable[[str], bool]:
    """Whether a word is English: in the dictionary, or a word of an English synonym variant
    or stopword (the dictionary leaves out "pay", "my")."""
    own = {w for v in faq.synonyms_en.replacements for w in clean(v).split()}
    english = frozenset(own | faq.synonyms_en.stopwords)
    return lambda word: word in english or dictionary(word)


def phrase_forms(view: FaqBase) -> dict[str, str]:
    """Every one-word chat form and its one word, the FAQ's own words too ("hw" -> how):
    inside a synonym phrase a form is read as its word (bot/understand/mixed_phrases.py)."""
    return {form: word for form, word in view.language.chat_forms
            if len(clean(word).split()) == 1}


def typed_words(view: FaqBase) -> set[str]:
    """The words an English message's slip is read back to (bot/understand/english_slips.py):
    the FAQ's own, the chat forms and the words they stand for."""
    forms = {w for form, word in view.language.chat_forms for w in (form, *clean(word).split())}
    return written_words(view) | forms


def word_meanings(view: FaqBase) -> dict[str, str]:
    """Each one-word synonym variant, cleaned, and the canonical form it means."""
    return {words[0]: canonical for variant, canonical in view.synonyms.replacements.items()
            if len(words := clean(variant).split()) == 1}
