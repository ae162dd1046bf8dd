"""Which words of a long message weigh more: its asking clauses, or what a plain question is about.

A story scored as one bag of words drowns its question; the words of the clauses that ask weigh
weighing.ASKING_EMPHASIS times the story's (bot/understand/clauses.py splits the message).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.understand.clauses import asks, clauses, plain, told_before
from bot.understand.several import SHORT_CLAUSE_WORDS

if TYPE_CHECKING:  # the matcher calls in here; only its type is needed
    from bot.understand.matcher import Matcher

# A message of at least this many content words is long: its asking clauses weigh more.
LONG_MESSAGE_WORDS = 8
# A complaint that asks nothing ("... tidak bersedia mencairkan JHT istri kami dengan alasan
# perusahaan tempat istri bekerja menunggak") is about the reason it was refused: the words of
# the reason (up to a comma or a stop word) weigh ASKING_EMPHASIS times. The refusal, reason
# and stop words are data (faq/clause-cues.yaml `refused_*`, `reason_*`). Only a reason of
# REASON_MIN_WORDS content words (not counting `reason_vague` ones) tells one: "ditolak karena
# alasannya berbeda-beda" and "enggak bisa dicairkan dengan alasan aturannya berubah" answered
# wrong entries with fewer (real/tune, 2026-12-01); at 3 no tune or dev answer turns wrong.
REASON_MIN_WORDS = 3


def asking_words(m: Matcher, text: str, query: tuple[str, ...]) -> frozenset[str]:
    """A long message's asking-clause words (weighed ASKING_EMPHASIS times)."""
    emphasis: set[str] = set()
    cues = m.faq.clause_cues
    if len(query) >= LONG_MESSAGE_WORDS:
        parts = clauses(text, cues)
        asking = [i for i, c in enumerate(parts) if c.asks]
        if asking and len(asking) < len(parts):
            for i in asking:
                words = m.query_tokens(parts[i].text)[1]
                if i and plain(words, cues):
                    # "... kartu saya ditolak di apotek. ini kenapa ya?": the question
                    # asks about what was just told (clauses.told_before).
                    emphasis.update(told_before(parts, i, lambda t: m.query_tokens(t)[1], cues))
                    # ... and the story's event words (faq/facets.yaml `events`), told
                    # anywhere: the event decides the program more than the background
                    # clause next to the question. (Borrowed by every short question too,
                    # it turned a right answer wrong: "my husband died. he paid JP for 20
                    # years. do I get a widow's pension?")
                    emphasis.update(events(m, query))
                else:
                    emphasis.update(words)
                    if i and len(words) < SHORT_CLAUSE_WORDS:
                        # "suami saya baru 6 tahun ikut JP waktu meninggal. dapat pensiun
                        # janda?": a short question is asked about what was just
                        # told; it does not outweigh it.
                        emphasis.update(m.query_tokens(parts[i - 1].text)[1])
        elif not asking and not asks(text, cues):
            emphasis.update(refusal_reason(m, text))
    return frozenset(emphasis)


def refusal_reason(m: Matcher, text: str) -> list[str]:
    """The content words of the reasons given after a refusal in a text (ClauseCues.reason_re)."""
    words: list[str] = []
    cues = m.faq.clause_cues
    refused = cues.refused_re.search(text)
    if refused:
        for found in cues.reason_re.finditer(text, refused.start()):
            told = [w for w in m.query_tokens(found.group(1))[1] if w not in cues.reason_vague]
            if len(told) >= REASON_MIN_WORDS:  # "karena alasannya berbeda-beda" tells none
                words += told
    return words


def events(m: Matcher, query: tuple[str, ...]) -> list[str]:
    """The message's words that tell what happened (a death, an accident, an illness:
    faq/facets.yaml `events`), wherever in the story they were told."""
    return [w for w in query if m.facets.read_tokens((w,))[0] & m.facets.events]
