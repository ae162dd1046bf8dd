"""The words that say where a message splits and which of its parts ask, compiled.

The lists live in `faq/clause-cues.yaml` (staff-editable; `bot.content.clause_cues` validates
the file). Here they are put into the patterns of bot/understand/clauses.py and
bot/understand/emphasis.py: the words are data, the structure around them (punctuation, word
boundaries, "lalu" not after a time word) is code. In a cue phrase a space stands for one
space, tab or line break; a form written joined ("bisaga") is a cue of its own.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field, replace

# Every list of the file, in the order the file explains them.
LISTS = ("clause_starts", "thought_starts", "then_words", "ago_words", "joiners",
         "question_words", "tags", "done_asks", "done_tags", "done_ends", "inner_asks",
         "inner_tags", "not_after_tag", "announce", "announce_verbs", "en_asks", "en_joiners",
         "en_story_asks", "run_on_starts", "en_run_on_starts",
         "plain_asking", "refused_negations", "refused_verbs", "refused_words", "reason_starts",
         "reason_stops", "reason_vague", "forward_marks", "hearsay_marks", "truth_asks",
         "scam_signals", "scam_words", "reminder_asks", "audience_fillers", "followup_leads",
         "next_step_cues", "next_step_fillers", "person_asks", "why_cues", "why_fillers")
NEVER = re.compile(r"(?!)")  # a pattern that matches nothing: no cue file, no cue


# ASCII punctuation as spaces: the cues read "[Diteruskan]", "bit.ly" and "remind me!" as words.
# (A table and word lookups, not a regex of every cue: every message passes here; Phrases.)
_SPACES = str.maketrans(dict.fromkeys(string.punctuation, " "))


def cue_words(text: str) -> list[str]:
    """The message's words as `Phrases.found_in` reads them: lower case, punctuation apart."""
    return text.lower().translate(_SPACES).split()


class Phrases:
    """Cue phrases found as whole words in a list of words: looked up from the words a phrase
    starts with (every message is read: no regex of every cue)."""

    def __init__(self, phrases: tuple[str, ...]) -> None:
        self.phrases = frozenset(phrases)
        self.starts = frozenset(p.split()[0] for p in phrases)
        self.length = max((len(p.split()) for p in phrases), default=0)

    def found_in(self, words: list[str]) -> bool:
        """Whether one of the phrases is in the words (lower case, one word each)."""
        return any(" ".join(words[i:i + n]) in self.phrases
                   for i, word in enumerate(words) if word in self.starts
                   for n in range(1, self.length + 1))


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: a memo key (message_memo)
class ClauseCues:
    """The compiled cue patterns; the defaults (no cue file) split nothing and ask nothing."""

    clause_re: re.Pattern[str] = NEVER  # clauses of a long sentence (clauses.clauses)
    thought_re: re.Pattern[str] = NEVER  # a new thought ("terus", "lalu")
    thought_start_re: re.Pattern[str] = NEVER  # a message opened by one ("terus klaimnya?")
    join_re: re.Pattern[str] = NEVER  # where two questions may be joined in one sentence
    question_re: re.Pattern[str] = NEVER  # a "?" or a question word
    tag_re: re.Pattern[str] = NEVER  # a yes/no tag at the end ("... cair kan")
    inner_tag_re: re.Pattern[str] = NEVER  # a tag inside, "sudah ... belum", or announced
    en_question_re: re.Pattern[str] = NEVER  # an English question
    run_on_re: re.Pattern[str] = NEVER  # where a sentence without punctuation splits
    # A long message's clause asking without a "?" or Indonesian question word: English only
    # (`english`: an English question at the clause's start).
    clause_asks_re: re.Pattern[str] = NEVER
    plain_asking: frozenset[str] = frozenset()  # canonical words that ask about no topic
    refused_re: re.Pattern[str] = NEVER  # a refusal (emphasis.refusal_reason)
    reason_re: re.Pattern[str] = NEVER  # the reason given for it, up to a stop word
    reason_vague: frozenset[str] = frozenset()  # reason words that tell nothing
    # A forward, someone else's message told, a truth check, a scam's ask (forwards.py): read
    # as words of the message with punctuation as spaces ("[Diteruskan]", "bit.ly").
    forward_marks: Phrases = field(default_factory=lambda: Phrases(()))  # "diteruskan"
    hearsay_marks: Phrases = field(default_factory=lambda: Phrases(()))  # "dapet wa"
    truth_asks: Phrases = field(default_factory=lambda: Phrases(()))  # "bener gak", "hoax"
    scam_signals: Phrases = field(default_factory=lambda: Phrases(()))  # "klik link", "otp"
    scam_words: tuple[str, ...] = ()  # what the scam entry is ranked with
    # A request to be reminded to pay (bot.answers.reminder_offer: a button, never the answer).
    reminder_asks: Phrases = field(default_factory=lambda: Phrases(()))  # "ingatkan saya"
    # A request to reach a person (bot.answers.person_request: contacts and the hand-off).
    person_asks: Phrases = field(default_factory=lambda: Phrases(()))  # "bicara dengan cs"
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # the lists as read
    # The longest question word and tag, in characters (clauses._grown_asks): a match of
    # question_re or tag_re is at most this long (tag_re: its word). The default bounds nothing.
    question_len: int = 1 << 30
    tag_len: int = 1 << 30


def _phrase(word: str) -> str:
    """One cue as a regex: its characters literally, a space as one whitespace."""
    return re.escape(word).replace(r"\ ", r"\s")


def _alts(words: tuple[str, ...]) -> str:
    """The words as one regex alternation, in the order given."""
    return "|".join(_phrase(w) for w in words)


def _first(words: tuple[str, ...]) -> str:
    """A character class of the words' first letters: the engine tries an alternative only
    where one of them starts (speed, not meaning)."""
    return "".join(re.escape(c) for c in sorted({w[0] for w in words}))


def compile_cues(lists: dict[str, tuple[str, ...]]) -> ClauseCues:
    """The patterns of every list in LISTS (each non-empty, lower-case words)."""
    w = {name: _alts(lists[name]) for name in LISTS}
    # "lalu" after a time word is "ago / last" ("minggu lalu", "2 tahun lalu"), not "then"; the
    # spaces before "lalu" are matched from the first one ("minggu  lalu" too). (Read after
    # the first space is taken: the words end just before it.)
    not_ago = (r"(?<=\s)" + "".join(rf"(?<!{_phrase(a)}\s)" for a in lists["ago_words"])
               + r"(?<!\s\s)")
    then = rf"{not_ago}\s*(?=(?:{w['then_words']})\b)"
    inner_first = _first(lists["inner_asks"] + lists["announce"] + lists["done_asks"])
    return ClauseCues(
        # Every split point starts with a space or a comma, so the patterns start by taking
        # that one character (a pattern that starts with a character class lets the engine
        # skip to the next such character instead of trying every position).
        clause_re=re.compile(rf"[,\s](?:(?<=,)\s+|(?<=\s)\s*(?=(?:{w['clause_starts']})\b)"
                             rf"|{then})", re.IGNORECASE),
        thought_re=re.compile(rf"\s(?:\s*(?=(?:{w['thought_starts']})\b)|{then})",
                              re.IGNORECASE),
        # Longest first: "sama satu lagi" before a shorter cue it starts with.
        thought_start_re=re.compile(
            rf"(?:{_alts(tuple(sorted(lists['thought_starts'], key=len, reverse=True)))})(?=\s)",
            re.IGNORECASE),
        join_re=re.compile(rf"[,\s](?:(?<=,)\s*|(?<=\s)\s*(?=(?:{w['joiners']})\b)|{then})",
                           re.IGNORECASE),
        question_re=re.compile(
            rf"\?|\b(?=[{_first(lists['question_words'])}])(?:{w['question_words']})\b",
            re.IGNORECASE),
        tag_re=re.compile(rf"\b(?=[{_first(lists['tags'])}])(?:{w['tags']})\s*\??\s*$",
                          re.IGNORECASE),
        inner_tag_re=re.compile(
            rf"\b(?=[{inner_first}])(?:(?:{w['inner_asks']})\b[^,.!?]*?"
            rf"\b(?:{w['inner_tags']})\b(?!\s+(?:{w['not_after_tag']}))"
            rf"|(?:{w['announce']})\s+(?:{w['announce_verbs']})\s+\w+\W+\w+"
            # "sudah ... belum" ends the sentence ("... udah cair belum ya?"); inside a story
            # ("udah 2 bulan belum cair") it tells.
            rf"|(?:{w['done_asks']})\b[^,.!?]*?\b(?:{w['done_tags']})"
            rf"(?:\s+(?:{w['done_ends']}))?\s*\??\s*$)", re.IGNORECASE),
        # English asks at the start of its clause, or after a joining word; the story
        # starters ("when I was working ...") ask only with a "?".
        en_question_re=re.compile(
            rf"^\W*(?:(?:{w['en_joiners']})\s+)?(?:{w['en_asks']})\b"
            rf"|^\W*(?:{w['en_joiners']})\s+(?:{w['en_story_asks']})\b"
            rf"|^\W*(?:{w['en_story_asks']})\b.*\?\s*$", re.IGNORECASE),
        run_on_re=re.compile(rf"\s+(?=(?:{w['run_on_starts']})\b)", re.IGNORECASE),
        plain_asking=frozenset(lists["plain_asking"]),
        refused_re=re.compile(rf"\b(?:(?:{w['refused_negations']})\s+(?:{w['refused_verbs']})"
                              rf"|{w['refused_words']})\b", re.IGNORECASE),
        reason_re=re.compile(rf"\b(?:{w['reason_starts']})\b((?:(?!\b(?:{w['reason_stops']})\b)"
                             r"[^.?!;,])+)", re.IGNORECASE),
        reason_vague=frozenset(lists["reason_vague"]),
        forward_marks=Phrases(lists["forward_marks"]),
        hearsay_marks=Phrases(lists["hearsay_marks"]),
        truth_asks=Phrases(lists["truth_asks"]),
        scam_signals=Phrases(lists["scam_signals"]),
        scam_words=lists["scam_words"],
        reminder_asks=Phrases(lists["reminder_asks"]),
        person_asks=Phrases(lists["person_asks"]),
        words=dict(lists),
        question_len=max(map(len, lists["question_words"])),
        tag_len=max(map(len, lists["tags"])))


# English question words a run-on question opens with: no split right after one ("how | do we").
_EN_WH = ("how", "what", "whats", "why", "where", "when", "hw", "wat", "wht", "wats")


def english(cues: ClauseCues) -> ClauseCues:
    """The cues as the English matcher reads a long message (typed in chat, often without
    punctuation): a clause that opens as an English question (`en_asks`, `en_run_on_starts`)
    asks without a "?", and a sentence without punctuation splits before `en_run_on_starts`."""
    if not cues.words:
        return cues
    starts = (*cues.words["run_on_starts"], *cues.words["en_run_on_starts"])
    asked = "".join(rf"(?<!\b{re.escape(w)})" for w in _EN_WH)
    joiners, openers = _alts(cues.words["en_joiners"]), _alts(cues.words["en_run_on_starts"])
    opens = re.compile(rf"{cues.en_question_re.pattern}|^\W*(?:(?:{joiners})\s+)?(?:{openers})\b",
                       re.IGNORECASE)
    return replace(cues, clause_asks_re=opens,
                   run_on_re=re.compile(rf"{asked}\s+(?=(?:{_alts(starts)})\b)", re.IGNORECASE))

