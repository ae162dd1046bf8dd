"""Several questions in one message: each question's best entry, and which one leads.

"jht cair kapan? terus daftar bpu gimana?": the message asks two things. Each asking clause
(bot/understand/clauses.py) is ranked on its own words, with the story told around it; the
first-asked question is answered and the others are offered as buttons (Matcher.match).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from bot.understand.carry import carried_reading
from bot.understand.clauses import Clause, plain, told_before, without_thought_start
from bot.understand.facets import FacetSet
from bot.understand.match_result import (
    ANSWER_SCORE,
    BUTTON_SCORE,
    OWN_GAP,
    OWN_RANKS,
    PROGRAMS,
    WEAK_BUTTON_SCORE,
    Candidate,
    programs_in,
)
from bot.understand.weighing import rank_among

if TYPE_CHECKING:  # the matcher calls in here; only its type is needed
    from bot.understand.matcher import Matcher

MAX_OTHERS = 2  # other questions of one message offered as buttons
# Several questions in one message (two reaching OTHER_SCORE): the first asked is answered
# unless it scores ORDER_GAP below the strongest.
ORDER_GAP, OTHER_SCORE = 15.0, 63.0
DISTINCT_ORDER_GAP = 35.0
# A first-asked question just under OTHER_SCORE (from NEAR_FIRST_SCORE) still leads when, counted
# in, it would lead: "bengkel sy 6 org, program wajibnya apa aja? trus klo telat denda brp?"
# asks the program question first though its words score just under 63. From 57 to 62.9 the
# same messages change on faq/tests, real/tune and the blind dev halves; at 55 real/tune
# answers one more message wrong.
NEAR_FIRST_SCORE = 60.0
# Plain questions only ("bener ga? caranya gmn" after a story): the message is ranked whole, and
# each one, read with the clause told before it, is a button from PLAIN_SCORE (55 adds two
# buttons on the blind dev halves, no more `also` reached).
PLAIN_SCORE = 63.0
# An asking clause with fewer content words than this borrows the words told before it.
SHORT_CLAUSE_WORDS = 5


class Asked(NamedTuple):
    """One question's entry: its best, or (`reread`) the next reading of a later question whose
    best an earlier question found already."""

    candidate: Candidate
    words: frozenset[str]  # the question's own words
    reread: bool = False


# A message of at least this many query words reads its later questions' first rows only (no
# next readings: those are buttons only, never the answer). Time, not accuracy: a later clause
# ranked for one row, not OWN_RANKS, costs ~30% less (the 25-word English garment story 2.8 ->
# 2.4 ms). At 25 every output over the tuning texts and conversation dev sets is unchanged
# (perf15b, bench/README.md); at 16-22 some buttons go.
LATER_ROWS_WORDS = 25


def clause_entries(matcher: Matcher, text: str, message: tuple[str, ...], parts: list[Clause],
                   asking: list[Clause]) -> list[Asked]:
    """The best entry of each question (`asking`, of the message's `parts`; `message`
    is its query words) in the order asked, from BUTTON_SCORE, with the question's own
    words: a message may ask about several things ("jht cair kapan? terus daftar bpu?")."""
    if len(asking) > 1:
        # "... temen bilang bisa ikut sendiri. bener ga? caranya gmn": questions made of plain
        # asking words only (clauses.plain) ask about the story, not each about a topic of its
        # own; with fewer than two others left, the message asks one thing, ranked whole
        # (the plain ones may still offer a button: _plain_readings).
        own = [c for c in asking
               if not plain(matcher.query_tokens(c.text)[1], matcher.faq.clause_cues)]
        if len(own) < 2 and len(own) < len(asking):
            return _plain_readings(matcher, parts, [c for c in asking if c not in own])
        asking = own
    if len(asking) == 1:
        # The one question of a story: only its own words can name another topic than
        # the whole message's answer; a short one would borrow the message and repeat it.
        _, query = matcher.query_tokens(asking[0].text)
        if len(query) < SHORT_CLAUSE_WORDS:
            return []
        ranked = matcher.rank(query, 1, matcher.facets.read(asking[0].text),
                           min_score=BUTTON_SCORE)
        return [Asked(ranked[0], frozenset(query))] if ranked and \
            ranked[0].score >= BUTTON_SCORE else []
    found: dict[str, Candidate] = {}  # in the order asked
    reread: dict[str, tuple[Candidate, frozenset[str]]] = {}  # later questions' next readings
    words: dict[str, frozenset[str]] = {}  # each entry's question's own words
    # The story told around the questions ("saya di-PHK ...") is the first question's
    # situation; later ones are follow-ups (only short ones borrow it, see below).
    story = tuple(dict.fromkeys(t for c in parts if not c.asks
                                for t in matcher.query_tokens(c.text)[1]))
    # Who asks is usually said once ("saya HRD klinik ..."), not in every question.
    audiences = matcher.facets.read(text)[1]
    # A question naming no situation of its own asks within the one told before it, in the
    # story or an earlier question (faq/facets.yaml `situations`): "... tertimpa alat berat.
    # keluarga dapat santunan berapa ya dan anaknya dapat beasiswa gak?" is a work accident's
    # death, for the scholarship too (a later question borrowed it only when short: blind dev
    # also reached +2, no answer changed).
    told = matcher.facets.read(" ".join(c.text for c in parts if not c.asks))[0] \
        & matcher.facets.situations if story else frozenset()
    before: tuple[str, ...] = story  # what was told and asked before each question
    for clause in asking:
        _, query = matcher.query_tokens(clause.text)
        # "terus jkp daftarnya dimana": a short question's every word weighs more (below), but
        # the word it was split at names no topic of it (a phrasing telling "... terus
        # diberhentikan" shares it).
        if len(query) <= SHORT_CLAUSE_WORDS:
            _, query = matcher.query_tokens(
                without_thought_start(clause.text, matcher.faq.clause_cues))
        own_words = frozenset(query)
        aspects, own = matcher.facets.read(clause.text)
        emphasis: frozenset[str] = frozenset()
        said, before = before, (*before, *(t for t in query if t not in before))
        if len(query) < SHORT_CLAUSE_WORDS:
            # "terus jp-nya gimana?" after "jht bisa cair kalau resign?": a short question
            # takes its situation from what came before it, never from later questions.
            emphasis = frozenset(query)
            query = (*query, *(t for t in said if t not in emphasis))
        elif story and clause is asking[0]:
            emphasis = frozenset(query)
            query = (*query, *(t for t in story if t not in emphasis))
        if not aspects & matcher.facets.situations:
            aspects = aspects | told
        else:
            told = told | (aspects & matcher.facets.situations)
        # Only a later question's next readings are read (below): the first one needs one row.
        rows = OWN_RANKS if found and len(message) < LATER_ROWS_WORDS else 1
        capped = emphasis.issuperset(query)  # ties at the cap are read again (capped_ties)
        if capped:
            rows = max(rows, OWN_RANKS)
        # An audience answered by its own entries (faq/facets.yaml `sole_audiences`) is the
        # whole message's, in every question: "ART saya ... bisa didaftarkan oleh majikan?"
        # asks for the domestic worker (blind dev-9: 2 wrong answers right).
        own = matcher.facets.standing(own | (audiences & matcher.facets.sole))
        facets = (aspects, own or audiences)
        ranked = matcher.rank(query, rows, facets, emphasis, min_score=BUTTON_SCORE)
        if capped:
            ranked = capped_ties(matcher, ranked, query, facets)
        if ranked and clause is not asking[0] and len(message) < LATER_ROWS_WORDS:
            # "... kewajiban perusahaan? dan batas bayar tiap bulan kapan?" is the employer's
            # deadline: a button for the reading within the message's program and asker (not
            # in a long message, as its next readings: time; no tuning output changes).
            other = carried_reading(matcher, text, said, own_words, query, facets, emphasis,
                                    ranked[0])
            if other is not None and other.entry_id not in found | reread.keys():
                reread[other.entry_id] = (other, own_words)
        if clause is not asking[0] and (not ranked or ranked[0].score < BUTTON_SCORE):
            weak = _weak_reading(matcher, query, facets, emphasis)
            if weak is not None and weak.entry_id not in found | reread.keys():
                reread[weak.entry_id] = (weak, own_words)
        if ranked and ranked[0].score >= BUTTON_SCORE:
            best = ranked[0]
            if best.entry_id in found:
                # A later question asks something else than the earlier one whose answer it
                # found again ("jht sy bisa dicairin kapan? trs bawa apa aja" borrows the
                # JHT story): its own next reading, if close enough, is its button.
                if best.score > found[best.entry_id].score:
                    found[best.entry_id], words[best.entry_id] = best, own_words
                # Only a button: which question leads is decided on first readings alone.
                again = next((c for c in ranked[1:] if c.entry_id not in found
                              and c.entry_id not in reread
                              and c.score >= max(BUTTON_SCORE, ranked[0].score - OWN_GAP)
                              and _same_program(matcher, own_words, best, c)),
                             None)
                if again is not None:
                    reread[again.entry_id] = (again, own_words)
                continue
            found[best.entry_id] = best
            words[best.entry_id] = own_words
    return [Asked(c, words[c.entry_id]) for c in found.values()] + [
        Asked(c, w, True) for i, (c, w) in reread.items() if i not in found]


def _same_program(matcher: Matcher, own: frozenset[str], best: Candidate,
                  other: Candidate) -> bool:
    """Whether a question naming no program may be read as `other` after its best reading
    (`best`, an earlier question's entry) was found already: "habis di phk dpt jkp berapa
    bulan? gaji 6jt dapetnya brp?" asks the JKP amount again, not the JKM benefit that is its
    next reading. Entries of the five programs only; a question naming one keeps its reading."""
    if programs_in(tuple(own)):
        return True
    entries = matcher.faq.entries
    first, then = (set(entries[c.entry_id].programs) & PROGRAMS for c in (best, other))
    return not first or not then or bool(first & then)


def _weak_reading(matcher: Matcher, query: tuple[str, ...], facets: FacetSet,
                  emphasis: frozenset[str]) -> Candidate | None:
    """A later question's best entry from WEAK_BUTTON_SCORE when none reached BUTTON_SCORE:
    a button only ("reread"), so which question leads is decided as before. The same words,
    facets and emphasis as the clause's first ranking: Matcher.rank (rank_memo.shared) starts
    from that ranking's weights, bounds and ratios, only the lower floor is new."""
    ranked = matcher.rank(query, 1, facets, emphasis, min_score=WEAK_BUTTON_SCORE)
    return ranked[0] if ranked and ranked[0].score >= WEAK_BUTTON_SCORE else None


def leading(asked: list[Candidate], words: dict[str, frozenset[str]]) -> tuple[Candidate, ...]:
    """The answer and the other questions of a message asking several things (`asked`, each
    question's best entry in the order asked), or () when none leads clearly enough."""
    main = main_first([c for c in asked if c.score >= OTHER_SCORE], words)
    if asked and NEAR_FIRST_SCORE <= asked[0].score < OTHER_SCORE:
        near = main_first([c for c in asked if c is asked[0] or c.score >= OTHER_SCORE], words,
                          first_floor=NEAR_FIRST_SCORE)
        if near and near[0] is asked[0]:  # counted in, it leads; never lets another lead
            return near
    return main


def main_first(found: list[Candidate], words: dict[str, frozenset[str]] | None = None,
               first_floor: float = ANSWER_SCORE) -> tuple[Candidate, ...]:
    """The first-asked question leads unless it is much weaker than the strongest one:
    people ask their main question first ("wajib daftar? kalau telat dendanya brp").
    The first leads from `first_floor`, the others from ANSWER_SCORE."""
    if len(found) < 2:
        return ()
    strongest = max(found, key=lambda c: c.score)
    # Two questions about different things ("wajib daftar?" / "dendanya brp"): the first
    # is the main one even when clearly weaker; a second that repeats the first's words
    # refines it ("kalau meninggal bagaimana? dana jht-nya bisa cair?").
    gap = ORDER_GAP if words is None or words[found[0].entry_id] & words[
        strongest.entry_id] else DISTINCT_ORDER_GAP
    main = next((c for c in found
                 if c.score >= (first_floor if c is found[0] else ANSWER_SCORE)
                 and c.score >= strongest.score - gap), None)
    if main is None:
        return ()
    rest = [c for c in found if c is not main]
    return (main, *rest[:MAX_OTHERS])


def _plain_readings(matcher: Matcher, parts: list[Clause], plains: list[Clause]) -> list[Asked]:
    """Buttons only: each plain question ("caranya gmn") read with the clause told before it."""
    out: list[Asked] = []
    cues = matcher.faq.clause_cues
    for clause in plains:
        i = parts.index(clause)
        _, own = matcher.query_tokens(clause.text)
        told = told_before(parts, i, lambda t: matcher.query_tokens(t)[1], cues)
        query = (*own, *(t for t in dict.fromkeys(told) if t not in own))
        if len(query) == len(own):
            continue
        ranked = matcher.rank(query, 1, matcher.facets.read(clause.text), frozenset(own),
                              min_score=PLAIN_SCORE)
        if ranked and ranked[0].score >= PLAIN_SCORE and all(
                a.candidate.entry_id != ranked[0].entry_id for a in out):
            out.append(Asked(ranked[0], frozenset(own), True))
    return out


def capped_ties(matcher: Matcher, ranked: list[Candidate], query: tuple[str, ...],
                facets: FacetSet) -> list[Candidate]:
    """A question every word of which weighs more (a short first one, nothing told before):
    entries tied at the 100 cap ("brp saldo jht": jht-apa-itu, jht-cek-saldo, jht-pajak) are
    ordered by the question read plainly, where the emphasis lifts no short phrasing held whole
    in it ("saldo jht") over the entry explaining all of it (issue 12)."""
    tied = [c for c in ranked if c.score >= 100.0]
    if len(tied) < 2:
        return ranked
    plain = {c.entry_id: i for i, c in enumerate(rank_among(matcher, query,
                                                            [c.entry_id for c in tied], facets))}
    tied.sort(key=lambda c: plain.get(c.entry_id, len(plain)))
    return tied + ranked[len(tied):]
