"""Split a long message into the sentences and clauses that may carry its question.

People write stories: "pas saya mau berobat di Puskesmas, kata petugasnya tidak bisa ... apa
gunanya ini kartu BPJS Ketenagakerjaan?". Scored as one bag of words, the story's words dilute
the question; scored clause by clause, the asking clause stands out. Greetings and thanks
carry no content words, so they drop out by themselves (stopwords).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Sentence ends, and the conjunctions that usually start a new thought in chatty Indonesian.
_SENTENCE_RE = re.compile(r"(?<=[.?!;:\n])\s+|\n+")
_CLAUSE_RE = re.compile(r",\s+|\s+(?=(?:tapi|tetapi|namun|padahal|sedangkan|terus|lalu|trus)\b)",
                        re.IGNORECASE)
_THOUGHT_RE = re.compile(r"\s+(?=(?:terus|lalu|trus|satu lagi|sama satu lagi)\b)", re.IGNORECASE)
_QUESTION_RE = re.compile(
    r"\?|\b(?:apa|apakah|berapa|brp|bagaimana|gimana|gmn|kapan|kenapa|mengapa|knp|siapa|"
    r"dimana|di mana|kemana|bisakah|bisa\s?ga|bisa\s?gak|boleh\s?ga|bolehkah|haruskah|"
    r"wajibkah|apa\s?aja|gmna|bgmn|ga\s?sih|gak\s?sih|ya\s?kak)\b",
    re.IGNORECASE)
MIN_WORDS = 3  # a clause shorter than this cannot carry a question on its own


@dataclass(frozen=True)
class Clause:
    text: str
    asks: bool  # has a question mark or a question word


def clauses(text: str, split_long: bool = True) -> list[Clause]:
    """Sentences and, with `split_long`, the clauses of long sentences, in order; a message
    of one sentence gives []. Without `split_long` each clause is a sentence, or a new thought
    started by "terus", "lalu", "tapi" ...: how people separate two questions."""
    out: list[Clause] = []
    sentences = [s.strip() for s in _SENTENCE_RE.split(text) if s and s.strip()]
    if not split_long:
        sentences = [p.strip() for s in sentences for p in _THOUGHT_RE.split(s) if p.strip()]
    for sentence in sentences:
        parts = [sentence]
        if split_long and len(sentence.split()) > 12:
            parts += [p.strip() for p in _CLAUSE_RE.split(sentence) if p and p.strip()]
        for part in parts:
            if len(part.split()) >= MIN_WORDS:
                out.append(Clause(part, bool(_QUESTION_RE.search(part))))
    unique = list(dict.fromkeys(out))
    return unique if len(unique) > 1 else []
