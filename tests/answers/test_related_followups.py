"""A follow-up asking what the last answer offered next (its related entries' buttons)."""

from __future__ import annotations

from bot.answers.related import toward_related
from bot.core.replies import Event
from bot.understand.match_result import Candidate, MatchResult


async def say(engine, text, user="rel1"):
    return (await engine.handle(Event(user, "console", text=text)))[0]


def _result(outcome, *scored):
    return MatchResult(outcome, tuple(Candidate(e, s, "") for e, s in scored))


async def test_a_followup_off_the_programs_goes_to_the_answers_related_entry(engine):
    # alone the JKP documents lead; after the online JHT claim (its button: the JHT documents)
    assert (await say(engine, "how do I claim my JHT through the app")).entry_id \
        == "jht-klaim-jmo"
    assert (await say(engine, "which documents are needed?")).entry_id == "jht-dokumen"


async def test_only_an_offered_entry_among_close_readings_moves_the_reading(engine):
    matcher = engine.store.current.matcher
    entries = matcher.faq.entries
    paying = entries["iuran-bpu-cara-bayar"]  # related: iuran-bpu-beberapa-bulan
    listed = _result("suggest", ("iuran-bpu-beberapa-bulan", 59.0), ("pmi-iuran", 54.0))
    moved = toward_related(matcher, listed, paying)
    assert moved.outcome == "answer" and moved.best.entry_id == "iuran-bpu-beberapa-bulan"
    # too far below the first reading: the words decide
    far = _result("answer", ("jkp-syarat-klaim", 83.0), ("jht-dokumen", 70.0))
    assert toward_related(matcher, far, entries["jht-klaim-jmo"]) is far
    # an answer on the conversation's program stays (the JKM claim, not its documents button)
    same = _result("answer", ("jkm-cara-klaim", 100.0), ("jkm-syarat-klaim", 100.0))
    assert toward_related(matcher, same, entries["jkm-manfaat"]) is same
    # nothing before it: as it is
    assert toward_related(matcher, listed, None) is listed

