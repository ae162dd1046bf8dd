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

from bot.understand.message_memo import once

# Sentence ends, and the conjunctions that usually start a new thought in chatty Indonesian.
# Speed, not meaning (here and below): every split point starts with a space or a comma, so
# the patterns start by taking that one character (`\s` or `[,\s]`, then look-behinds say
# which it was): a pattern that starts with a character class lets the regex engine skip to
# the next such character instead of trying every position (sentences 7.9 -> 3.1 us on a
# 300-character story). Every split gives what it gave without it.
_SENTENCE_RE = re.compile(r"\s(?:(?<=[.?!;:\n]\s)\s*|(?<=\n)\n*)")
# "lalu" after a time word is "ago / last" ("minggu lalu", "2 tahun lalu"), not "then"; the
# spaces before "lalu" are matched from the first one ("minggu  lalu" too).
# (Read after the first space is taken: the words end just before it.)
_NOT_AGO = (r"(?<=\s)(?<!hari\s)(?<!minggu\s)(?<!pekan\s)(?<!bulan\s)(?<!bln\s)(?<!tahun\s)"
            r"(?<!thn\s)(?<!waktu\s)(?<!\s\s)")
# A word alternative is only tried at a letter one of its words starts with (`(?=[...])`, the
# same case folding as the words).
_CLAUSE_RE = re.compile(r"[,\s](?:(?<=,)\s+|(?<=\s)\s*(?=(?:tapi|tetapi|namun|padahal|sedangkan|"
                        rf"terus|trus)\b)|{_NOT_AGO}\s*(?=lalu\b))", re.IGNORECASE)
_THOUGHT_RE = re.compile(r"\s(?:\s*(?=(?:terus|trus|satu lagi|sama satu lagi)\b)"
                         rf"|{_NOT_AGO}\s*(?=lalu\b))", re.IGNORECASE)
_QUESTION_RE = re.compile(
    r"\?|\b(?=[abdghkmswy])(?:apa|apakah|berapa|brp|bagaimana|gimana|gmn|kapan|kenapa|mengapa|"
    r"knp|siapa|dimana|di mana|kemana|bisakah|bisa\s?ga|bisa\s?gak|boleh\s?ga|bolehkah|haruskah|"
    r"wajibkah|apa\s?aja|gmna|bgmn|ga\s?sih|gak\s?sih|ya\s?kak)\b",
    re.IGNORECASE)
# A yes/no question often ends in a tag instead of a question word: "hrs ke rs tertentu ga",
# "jht masih bisa cair kan".
_TAG_RE = re.compile(r"\b(?=[gnetk])(?:ga|gak|nggak|ngga|enggak|engga|tidak|kan|kah|nggk|gk)"
                     r"\s*\??\s*$", re.IGNORECASE)
# "ada jkp ga buat saya", "bisa diurus adik gak ya": a yes/no question with the tag inside;
# also "sekalian mau tanya cara cek saldo", which announces a question ("min mau tanya" alone
# is a greeting: it joins the question after it).
_INNER_TAG_RE = re.compile(
    r"\b(?=[abdhimpsw])(?:(?:ada|bisa|boleh|dapat|dapet|dpt|wajib|harus|hrs|perlu)\b[^,.!?]*?"
    r"\b(?:ga|gak|nggak|ngga|enggak|engga|gk)\b(?!\s+(?:bisa|ada|mau|tau|tahu|jelas|masuk|muncul|cair|keluar))"
    r"|(?:mau|ingin|pengen|sekalian|satu lagi)\s+(?:tanya|nanya)\s+\w+\W+\w+)", re.IGNORECASE)
# Where two questions are joined inside one sentence: a comma, or "dan", "sama", "juga", "terus"
# ... ("santunan berapa ya dan anaknya dapat beasiswa gak?"). Split there only when both sides
# ask with a question word or tag of their own (question_parts), so "beda jht dan jp apa" and
# "saya pemilik toko, wajib daftar?" stay whole.
_JOIN_RE = re.compile(r"[,\s](?:(?<=,)\s*|(?<=\s)\s*(?=(?:dan|sama|juga|jg|terus|trus|trs|sekalian|"
                      rf"and|also|plus)\b)|{_NOT_AGO}\s*(?=lalu\b))", re.IGNORECASE)
# English asks at the start of its clause: "what / how / why / is / am / was / has / do / can /
# must ...", or after a joining word ("..., and which programs are compulsory?"); "when /
# where / which / who" start stories too ("when I was working ..."), so alone they ask only
# with a "?".
_EN_ASK = (r"what|whats|what's|how|why|is|are|am|was|were|has|have|do|does|did|can|could|"
           r"must|should|will|would|shall|may i|may we")
_EN_QUESTION_RE = re.compile(
    rf"^\W*(?:(?:and|also|plus|or|but|so)\s+)?(?:{_EN_ASK})\b"
    r"|^\W*(?:and|also|plus|or|but|so)\s+(?:when|where|which|who|whom)\b"
    r"|^\W*(?:when|where|which|who|whom)\b.*\?\s*$", re.IGNORECASE)
# Canonical content words (after synonyms and stemming) that ask without naming a topic: "ini
# kenapa ya?", "saya harus gimana?", "solusinya apa?". A question made only of these is about
# the clause told just before it.
PLAIN_ASKING_WORDS = frozenset({
    "kenapa", "mengapa", "bagaimana", "apa", "apakah", "berapa", "kapan", "mana", "siapa",
    "harus", "bisa", "boleh", "yang", "terus", "laku", "solusi", "bantu", "tidak", "begitu",
    "gitu", "benar", "maksud", "cerah", "wajar", "salah", "langkah", "terjadi", "info", "tanya",
    "mohon", "tolong", "caranya", "cara", "sih", "dong", "kah", "gimana"})
# A plain question asks about the clause told just before it; a clause with fewer topic words
# than this ("tapi sy lupa") tells too little, so the one before it is read too ("dijelasin
# hrd ada 5 program bpjs tk tapi sy lupa. apa aja itu?").
TOLD_MIN_WORDS = 3
# A long sentence without punctuation (clauses._run_on) splits before a question word, and
# before a purpose or reason ("biar", "karena") that ends the question; only when its questions
# hold at most RUN_ON_QUESTION_SHARE of its words (0.34 to 0.5 give the same on every dev set).
_PUNCTUATED_RE = re.compile(r"[.?!,;:]")
_RUN_ON_RE = re.compile(
    r"\s+(?=(?:apakah|berapa|brp|bagaimana|gimana|gmn|gmna|bgmn|kapan|kenapa|mengapa|knp|"
    r"bisa\s?ga|bisa\s?gak|bisa\s?nggak|boleh\s?ga|apa\s?aja|biar|supaya|agar|soalnya|karena|"
    r"krn)\b)", re.IGNORECASE)
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
def clauses(text: str, split_long: bool = True) -> list[Clause]:
    """Sentences and, with `split_long`, the clauses of long sentences, in order; a message
    of one sentence gives []. Without `split_long` each clause is a sentence, or a new thought
    started by "terus", "lalu", "tapi" ...: how people separate two questions."""
    out: list[Clause] = []
    sentences = [s.strip() for s in _SENTENCE_RE.split(text) if s and s.strip()]
    if not split_long:
        sentences = [p.strip() for s in sentences for p in _THOUGHT_RE.split(s) if p.strip()]
        sentences = [p for s in sentences for p in question_parts(s)]
    for sentence in sentences:
        parts = [sentence]
        if split_long and len(sentence.split()) > 12:
            parts += [p.strip() for p in _CLAUSE_RE.split(sentence) if p and p.strip()]
            if len(parts) == 2:  # one clause: perhaps a run-on
                parts = _run_on(sentence) or parts
        for part in parts:
            # The tag marks a question only where questions are split from each other.
            asks = bool(_QUESTION_RE.search(part)) if split_long else _asks(part)
            if len(part.split()) >= (MIN_WORDS if split_long or not asks else MIN_QUESTION_WORDS):
                out.append(Clause(part, asks))
    unique = list(dict.fromkeys(out))
    return unique if len(unique) > 1 else []


def plain(words: Iterable[str]) -> bool:
    """Whether a question's content words only ask ("gimana caranya?"), naming no topic."""
    return all(w in PLAIN_ASKING_WORDS for w in words)


def told_before(parts: list[Clause], i: int,
                words: Callable[[str], Iterable[str]]) -> list[str]:
    """The content words (`words` of a text) told before the plain question `parts[i]`: the
    clause just before it, and earlier ones while the last one read names too few topics."""
    told: list[str] = []
    for j in range(i - 1, -1, -1):
        found = list(words(parts[j].text))
        told += found
        if sum(w not in PLAIN_ASKING_WORDS for w in found) >= TOLD_MIN_WORDS:
            break
    return told


def _run_on(sentence: str) -> list[str]:
    """The parts of a long sentence said without punctuation (voice typing: "saya nelayan
    ... tiap hari bisa ga ikut bpjs biar kalau ada apa2 keluarga dapet santunan"), split
    before its question and after it; [] if it is punctuated, or if the question would be
    most of it (then weighing it more would weigh everything more)."""
    if _PUNCTUATED_RE.search(sentence):
        return []
    pieces = [p.strip() for p in _RUN_ON_RE.split(sentence) if p and p.strip()]
    asking = sum(len(p.split()) for p in pieces if _QUESTION_RE.search(p))
    if len(pieces) < 2 or asking > len(sentence.split()) * RUN_ON_QUESTION_SHARE:
        return []
    return pieces


def asks(text: str) -> bool:
    """Whether a sentence asks: a question mark, a question word or a question tag."""
    return _asks(text)


def _asks(part: str) -> bool:
    return bool(_QUESTION_RE.search(part) or _TAG_RE.search(part)
                or _INNER_TAG_RE.search(part) or _EN_QUESTION_RE.search(part))


def _own_question(part: str) -> bool:
    """Asks with a question word or tag of its own, not by a bare "?"."""
    return bool(_QUESTION_RE.search(part.replace("?", " ")) or _TAG_RE.search(part)
                or _INNER_TAG_RE.search(part) or _EN_QUESTION_RE.search(part))


def question_parts(sentence: str) -> list[str]:
    """The questions inside one sentence, split at commas and joining words only between two
    parts that each ask; a part that asks nothing stays with the question before it (or, at
    the start, with the one after it)."""
    pieces = [p.strip(" ,") for p in _JOIN_RE.split(sentence) if p and p.strip(" ,")]
    if len(pieces) > MAX_PIECES:
        return [sentence]  # a list ("1, 2, 3, ..."), not questions; and a bound on the work
    groups: list[str] = []
    pending = ""  # leading words that ask nothing: the first question's situation
    for piece in pieces:
        if not groups:
            pending = f"{pending} {piece}".strip()
            if _own_question(pending):
                groups.append(pending)
            continue
        if _own_question(piece) and len(piece.split()) >= MIN_QUESTION_WORDS:
            groups.append(piece)
        else:
            groups[-1] = f"{groups[-1]} {piece}"
    if not groups:
        return [sentence]
    return groups
