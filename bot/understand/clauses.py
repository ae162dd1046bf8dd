"""Split a long message into the sentences and clauses that may carry its question.

People write stories: "pas saya mau berobat di Puskesmas, kata petugasnya tidak bisa ... apa
gunanya ini kartu BPJS Ketenagakerjaan?". Scored as one bag of words, the story's words dilute
the question; scored clause by clause, the asking clause stands out. Greetings and thanks
carry no content words, so they drop out by themselves (stopwords).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot.understand.clause_words import NEVER, ClauseCues
from bot.understand.items import itemized
from bot.understand.message_memo import once

# Sentence ends. Speed, not meaning (here and in bot/understand/clause_words.py): every split
# point starts with a space or a comma, so the patterns start by taking that one character
# (`\s` or `[,\s]`, then look-behinds say which it was): a pattern that starts with a
# character class lets the regex engine skip to the next such character instead of trying
# every position (sentences 7.9 -> 3.1 us on a 300-character story).
_SENTENCE_RE = re.compile(r"\s(?:(?<=[.?!;:\n]\s)\s*|(?<=\n)\n*)")
# The words that start a clause, ask, or join two questions are data (faq/clause-cues.yaml,
# compiled in bot/understand/clause_words.py: `ClauseCues`, passed as `cues` below).
# A plain question asks about the clause told just before it; a clause with fewer topic words
# than this ("tapi sy lupa") tells too little, so the one before it is read too ("dijelasin
# hrd ada 5 program bpjs tk tapi sy lupa. apa aja itu?").
TOLD_MIN_WORDS = 3
# A long sentence without punctuation (clauses._run_on) splits before a question word, and
# before a purpose or reason ("biar", "karena") that ends the question; only when its questions
# hold at most RUN_ON_QUESTION_SHARE of its words (0.34 to 0.5 give the same on every dev set).
_PUNCTUATED_RE = re.compile(r"[.?!,;:]")
RUN_ON_QUESTION_SHARE = 0.5
MIN_WORDS = 3  # a clause shorter than this cannot carry a question on its own
# More comma/joiner pieces than this in one sentence is a list, not questions joined: it is
# not split (each piece re-reads the text before it, so a 4096-character list cost seconds).
MAX_PIECES = 24
MIN_QUESTION_WORDS = 2  # "santunannya brp?" after a story: a question of its own


@dataclass(frozen=True)
class Clause:
    text: str
    asks: bool  # has a question mark or a question word


@once  # asked again for the same text within one match (message_memo.py)
def clauses(text: str, cues: ClauseCues, split_long: bool = True) -> list[Clause]:
    """Sentences and, with `split_long`, the clauses of long sentences, in order; a message
    of one sentence gives []. Without `split_long` each clause is a sentence, or a new thought
    started by "terus", "lalu", "tapi" ...: how people separate two questions."""
    out: list[Clause] = []
    sentences = [s.strip() for s in _SENTENCE_RE.split(itemized(text)) if s and s.strip()]
    known: dict[str, bool] = {}  # parts whose `_asks` is known (speed: not read again)
    # English typed without any "?" (cues.english): a clause opening as a question asks. A
    # writer who marks one question marks the others: then only the "?" tells.
    unmarked = cues.clause_asks_re is not NEVER and "?" not in text
    if not split_long:
        sentences = [p.strip() for s in sentences for p in cues.thought_re.split(s) if p.strip()]
        groups = [g for s in sentences for g in _question_groups(s, cues)]
        known = {part: asks for part, asks in groups if asks is not None}
        sentences = [part for part, _ in groups]
    for sentence in sentences:
        parts = [sentence]
        if split_long and len(sentence.split()) > 12:
            parts += [p.strip() for p in cues.clause_re.split(sentence) if p and p.strip()]
            if len(parts) == 2:  # one clause: perhaps a run-on
                parts = _run_on(sentence, cues, unmarked) or parts
        for part in parts:
            # The tag marks a question only where questions are split from each other.
            asks = (bool(cues.question_re.search(part)
                         or (unmarked and cues.clause_asks_re.search(part)))
                    if split_long
                    else known[part] if part in known else _asks(part, cues))
            if len(part.split()) >= (MIN_WORDS if split_long or not asks else MIN_QUESTION_WORDS):
                out.append(Clause(part, asks))
    unique = list(dict.fromkeys(out))
    return unique if len(unique) > 1 else []


def without_thought_start(text: str, cues: ClauseCues) -> str:
    """The message without a word that only opens it as the next thought ("terus klaimnya
    gmn": clause-cues `thought_starts`); the message itself when it has none or only that."""
    opened = cues.thought_start_re.match(text.strip())
    return (text.strip()[opened.end():].strip() or text) if opened else text


def plain(words: Iterable[str], cues: ClauseCues) -> bool:
    """Whether a question's content words only ask ("gimana caranya?"), naming no topic
    (faq/clause-cues.yaml `plain_asking`); a number alone names none either ("mau tanya 2 hal:"
    announces the questions that follow)."""
    return all(w in cues.plain_asking or w.isdigit() for w in words)


def told_before(parts: list[Clause], i: int, words: Callable[[str], Iterable[str]],
                cues: ClauseCues) -> list[str]:
    """The content words (`words` of a text) told before the plain question `parts[i]`: the
    clause just before it, and earlier ones while the last one read names too few topics."""
    told: list[str] = []
    for j in range(i - 1, -1, -1):
        found = list(words(parts[j].text))
        told += found
        if sum(w not in cues.plain_asking for w in found) >= TOLD_MIN_WORDS:
            break
    return told


def _run_on(sentence: str, cues: ClauseCues, unmarked: bool = False) -> list[str]:
    """The parts of a long sentence said without punctuation (voice typing: "saya nelayan
    ... tiap hari bisa ga ikut bpjs biar kalau ada apa2 keluarga dapet santunan"), split
    before its question and after it; [] if it is punctuated, or if the question would be
    most of it (then weighing it more would weigh everything more). `unmarked`: English
    without a "?", whose questions are the clauses opening as one (`clauses`)."""
    if _PUNCTUATED_RE.search(sentence):
        return []
    pieces = [p.strip() for p in cues.run_on_re.split(sentence) if p and p.strip()]
    asking = sum(len(p.split()) for p in pieces if cues.question_re.search(p)
                 or (unmarked and cues.clause_asks_re.search(p)))
    if len(pieces) < 2 or asking > len(sentence.split()) * RUN_ON_QUESTION_SHARE:
        return []
    return pieces


def asks(text: str, cues: ClauseCues) -> bool:
    """Whether a sentence asks: a question mark, a question word or a question tag."""
    return _asks(text, cues)


def _asks(part: str, cues: ClauseCues) -> bool:
    return bool(cues.question_re.search(part) or cues.tag_re.search(part)
                or cues.inner_tag_re.search(part) or cues.en_question_re.search(part))


def _own_question(part: str, cues: ClauseCues) -> bool:
    """Asks with a question word or tag of its own, not by a bare "?"."""
    return _word_asks(part, 0, cues) or _tag_asks(part, 0, cues)


def _word_asks(text: str, told: int, cues: ClauseCues) -> bool:
    """`_own_question`'s question word; `_tag_asks` its tags (`told`: see `_question_groups`)."""
    return bool(cues.question_re.search(text.replace("?", " "),
                                        max(0, told + 1 - cues.question_len)))


def _tag_asks(text: str, told: int, cues: ClauseCues) -> bool:
    return bool(cues.tag_re.search(text, max(0, told + 1 - cues.tag_len))
                or cues.inner_tag_re.search(text) or cues.en_question_re.search(text))


def question_parts(sentence: str, cues: ClauseCues) -> list[str]:
    """The questions inside one sentence, split at commas and joining words only between two
    parts that each ask; a part that asks nothing stays with the question before it (or, at
    the start, with the one after it)."""
    return [part for part, _ in _question_groups(sentence, cues)]


def _question_groups(sentence: str, cues: ClauseCues) -> list[tuple[str, bool | None]]:
    """`question_parts`, each with `_asks` of it where known, else None (speed, not meaning):
    a part found asking asks, and still does after taking the next piece if it asked by a
    question word; a sentence that is one piece, asks nothing and has no "?" asks nothing (a
    "?" is all `_asks` reads beyond `_own_question`). The text before the first question
    grows piece by piece; `told` is how much of it asked nothing before: a question word or
    tag not within it takes a character after it (a tag whose word ends within it would match
    there too), so it starts at most the longest cue before that, and searching from there
    keeps a long story linear."""
    pieces = [p.strip(" ,") for p in cues.join_re.split(sentence) if p and p.strip(" ,")]
    if len(pieces) > MAX_PIECES:
        return [(sentence, None)]  # a list ("1, 2, 3, ..."), not questions; a bound on work
    groups: list[str] = []
    by_word: list[bool] = []  # the group asks by a question word: kept as it grows
    sure: list[bool] = []
    pending = ""  # leading words that ask nothing: the first question's situation
    for piece in pieces:
        if not groups:
            told = len(pending)
            pending = f"{pending} {piece}".strip()
            word = _word_asks(pending, told, cues)
            if word or _tag_asks(pending, told, cues):
                groups.append(pending)
                by_word.append(word)
                sure.append(True)
            continue
        word = _word_asks(piece, 0, cues)
        if (word or _tag_asks(piece, 0, cues)) and len(piece.split()) >= MIN_QUESTION_WORDS:
            groups.append(piece)
            by_word.append(word)
            sure.append(True)
        else:
            groups[-1] = f"{groups[-1]} {piece}"
            sure[-1] = by_word[-1]
    if not groups:
        return [(sentence, False if pending == sentence and "?" not in sentence else None)]
    return [(part, True if asks else None) for part, asks in zip(groups, sure, strict=True)]
