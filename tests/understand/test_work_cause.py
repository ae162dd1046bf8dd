"""A death at work is JKK's, one away from work JKM's: the story steers the entry
(bot/understand/second_look.py `contradicts` and the story's programs in `story_led`;
bot/understand/writer.py `not_at_work` in faq/facets.yaml `story_writers`).

The messages here were written for these tests (helper cause15, 2026-12-01), not taken from
the blind sets or faq/tests/real.
"""

from __future__ import annotations

from dataclasses import replace

from bot.understand import second_look
from bot.understand.writer import WriterReader


def _without_not_at_work(matcher) -> WriterReader:
    return WriterReader(tuple(replace(w, not_at_work=())
                              for w in matcher.faq.facets.story_writers))


def test_a_runner_up_that_drops_the_program_named_does_not_lead(matcher):
    """JKM's scholarship explains more words (kuliah, anak) but not "kecelakaan kerja"."""
    query = matcher.query_tokens("suami meninggal kecelakaan kerja, anak kuliah, beasiswa?")[1]
    assert second_look.contradicts(matcher, query, "jkm-beasiswa", "jkk-beasiswa")
    assert not second_look.contradicts(matcher, query, "jkk-beasiswa", "jkm-beasiswa")


def test_a_scholarship_after_a_work_accident_is_jkks(matcher):
    result = matcher.match("suami meninggal kecelakaan kerja, anak msh kuliah. dpt beasiswa gak?")
    assert result.best is not None and result.best.entry_id == "jkk-beasiswa"


def test_the_asking_clause_keeps_the_programs_of_its_story(matcher):
    """The clause "beasiswa dr bpjs ada?" alone is JKM's; the story named JKK."""
    result = matcher.match("papa meninggal krn kecelakaan kerja, aku masih kuliah semester 3. "
                           "beasiswa dr bpjs ada?")
    assert result.best is not None and result.best.entry_id == "jkk-beasiswa"


def test_an_accident_away_from_work_is_read_as_not_at_work(matcher):
    text = "suami saya meninggal kecelakaan motor waktu mudik lebaran, dapat santunan apa"
    aspects = matcher.facets.read(text)[0]
    assert "illness" in aspects and "accident" not in aspects
    result = matcher.match(text)
    assert result.best is not None and result.best.entry_id.startswith("jkm-")


def test_a_negated_at_work_cue_is_not_at_work(matcher):
    """ "bukan waktu kerja" holds the at_work cue "waktu kerja"."""
    for text in ("kakak saya meninggal jatuh dari motor, bukan waktu kerja, keluarga dapat apa",
                 "bapak meninggal, bukan waktu kerja, ahli waris dapat santunan apa saja"):
        aspects = matcher.facets.read(text)[0]
        assert "illness" in aspects and "accident" not in aspects, text


def test_a_work_accident_stays_jkks_beside_an_away_cue(matcher):
    text = "ayah meninggal kecelakaan kerja di pabrik, dirawat di rumah dulu, ahli waris dapat apa"
    aspects = matcher.facets.read(text)[0]
    assert "accident" in aspects and "illness" not in aspects
    result = matcher.match(text)
    assert result.best is not None and result.best.entry_id.startswith("jkk-")


def test_without_the_cues_the_away_accident_reads_as_an_accident(matcher):
    plain = _without_not_at_work(matcher)
    text = "suami saya meninggal kecelakaan motor waktu mudik lebaran, dapat santunan apa"
    words = ("suami", "saya", "tinggal", "celaka", "motor", "waktu", "mudik")
    aspects = frozenset({"death", "accident"})
    audiences = frozenset({"heir"})
    causes = frozenset({"accident", "illness"})
    assert plain.caused(words, aspects, audiences, causes) == aspects
    told = matcher.facets.story_writers.caused(words, aspects, audiences, causes)
    assert told == frozenset({"death", "illness"}), text


def test_cues_that_stem_to_common_words_are_left_out(matcher):
    """ "dirumah" stems to "rumah" ("ibu rumah tangga"), "nikahan" to "nikah"."""
    for writer in matcher.faq.facets.story_writers:
        for cue in writer.not_at_work:
            assert cue not in ("dirumah", "nikahan", "pengajian"), cue


def test_not_at_work_is_loaded_and_checked(tmp_path):
    from bot.content.facets import load_facets

    (tmp_path / "facets.yaml").write_text(
        "aspects:\n  death: [meninggal]\n  illness: [sakit]\n  accident: [kecelakaan]\n"
        "story_writers:\n  heir:\n    event: death\n    cues: [suami]\n    cause: illness\n"
        "    at_work: [saat kerja]\n    work_cause: accident\n    not_at_work: [Mudik]\n"
        "  broken:\n    event: death\n    cues: [x]\n    not_at_work: [1]\n")
    problems: list = []
    facets = load_facets(tmp_path / "facets.yaml", problems)
    assert [w.not_at_work for w in facets.story_writers] == [("mudik",)]
    assert [p.entry for p in problems] == ["broken"]
