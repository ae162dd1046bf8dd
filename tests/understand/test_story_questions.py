"""Long stories with a plain question ("apa aja itu?", "caranya gimana?"): what it asks about."""

from __future__ import annotations

from functools import partial

from bot.content.clause_cues import load_clause_cues
from bot.understand import clauses as reading
from bot.understand import several
from bot.understand.clauses import TOLD_MIN_WORDS, Clause
from bot.understand.facet_deltas import EVENTS_BONUS, facet_adjustment
from tests.conftest import FAQ_DIR

# The cue words as staff wrote them (faq/clause-cues.yaml).
CUES = load_clause_cues(FAQ_DIR, [])
clauses = partial(reading.clauses, cues=CUES)
plain = partial(reading.plain, cues=CUES)
told_before = partial(reading.told_before, cues=CUES)


def _words(text: str) -> list[str]:
    return text.split()


def test_a_plain_question_reads_past_a_clause_that_tells_too_little():
    parts = [Clause("ikan asin goreng renyah", False), Clause("tapi lupa", False),
             Clause("apa itu", True)]
    assert told_before(parts, 2, _words) == ["tapi", "lupa", "ikan", "asin", "goreng",
                                             "renyah"]


def test_a_plain_question_reads_only_the_clause_before_when_it_tells_enough():
    told = ["ikan", "asin", "goreng", "renyah"][:TOLD_MIN_WORDS]
    parts = [Clause("sayur bening", False), Clause(" ".join(told), False),
             Clause("apa itu", True)]
    assert told_before(parts, 2, _words) == told


def test_caranya_asks_no_topic_of_its_own(matcher):
    assert plain(matcher.query_tokens("caranya gimana?")[1])
    assert not plain(matcher.query_tokens("cara daftar bpu gimana?")[1])


def test_the_story_behind_a_thin_clause_is_what_a_plain_question_asks(matcher):
    text = ("HRD sudah menjelaskan ada 5 program bpjs tk waktu saya masuk kerja tapi saya "
            "lupa. apa aja itu?")
    _, query = matcher.query_tokens(text)
    assert "program" in matcher.emphasis(text, query)


def test_plain_questions_after_a_story_are_one_question_not_several(matcher):
    """ "benar tidak? caranya gimana?" both ask about the story told: the message is ranked
    whole, not as two questions each borrowing the story (which read "tidak punya bos" as an
    employer's and answered an employer's entry)."""
    text = ("saya tukang jahit di rumah, tidak punya bos. katanya bisa ikut bpjs tk sendiri. "
            "benar tidak? caranya gimana?")
    _, query = matcher.query_tokens(text)
    parts = clauses(text, split_long=False)
    asking = [c for c in parts if c.asks]
    assert len(asking) == 2
    # Each plain question may still offer a button (read with the clause told before it),
    # but none is a first reading that could lead.
    found = several.clause_entries(matcher, text, query, parts, asking)
    assert all(a.reread for a in found)


def test_questions_with_topics_of_their_own_are_still_several(matcher):
    text = "jht saya bisa cair kapan? terus daftar bpu buat istri gimana caranya?"
    _, query = matcher.query_tokens(text)
    parts = clauses(text, split_long=False)
    asking = [c for c in parts if c.asks]
    found = several.clause_entries(matcher, text, query, parts, asking)
    assert len(found) == 2


def test_an_entry_telling_every_event_of_the_story_gains():
    told = (frozenset({"death", "accident", "benefit"}), frozenset())
    events = frozenset({"death", "accident", "illness"})
    both = (frozenset({"death", "accident"}), frozenset())
    one = (frozenset({"death"}), frozenset())
    gain = (facet_adjustment(both, told, frozenset(), events=events)
            - facet_adjustment(one, told, frozenset(), events=events))
    assert gain == EVENTS_BONUS
    # one event told: nothing for telling it too (its aspect or situation terms weigh it)
    single = (frozenset({"death", "benefit"}), frozenset())
    assert facet_adjustment(both, single, frozenset(), events=events) \
        == facet_adjustment(one, single, frozenset(), events=events)


def test_a_death_by_work_accident_is_a_work_accident_death_before_a_plain_death(matcher):
    text = "kakak saya meninggal tertabrak mobil pas pulang kerja. syarat klaimnya apa saja?"
    _, query = matcher.query_tokens(text)
    ranked = [c.entry_id for c in matcher.rank_message(text, query, 5)]
    first_jkm = next(i for i, e in enumerate(ranked) if e.startswith("jkm-"))
    assert ranked.index("jkk-meninggal") < first_jkm, ranked
