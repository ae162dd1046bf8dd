"""The words an FAQ uses: what tells a question word from a name."""

from __future__ import annotations

import re

from bot.content.faqbase import FaqBase


def faq_words(faq: FaqBase) -> frozenset[str]:
    """Every word the FAQ itself uses (titles, phrasings, keywords, synonyms), lower case."""
    words: set[str] = set()
    for entry in faq.entries.values():
        for text in (entry.title, *entry.questions, *entry.keywords):
            words.update(re.findall(r"[a-z]+", text.lower()))
    for variant, canonical in faq.synonyms.replacements.items():
        words.update(re.findall(r"[a-z]+", f"{variant} {canonical}"))
    return frozenset(words)
