"""An heir asking for all their rights, and the cause of a death an heir does not tell
(bot/understand/writer.py: `asks_all`, `cause`, `at_work` in faq/facets.yaml `story_writers`).

The messages here were written for these tests (helper heirs10, 2026-12-01), not taken from
the blind sets or faq/tests/real.
"""

from __future__ import annotations

from dataclasses import replace

from bot.content.facets import Writer, load_facets
from bot.understand import writer
from bot.understand.writer import ALL_PENALTY, ALL_SUFFIX, WriterReader, writer_penalty

HEIR_ALL = "heir" + ALL_SUFFIX
ASKS_ALL = "suami saya meninggal kemarin, saya sebagai istri dapat apa saja ya dari bpjs"


def _plain(matcher) -> WriterReader:
    """The heir writer without the new fields: no asks_all, no causes."""
    return WriterReader(tuple(replace(w, asks_all=(), cause="", at_work=(), work_cause="")
                              for w in matcher.faq.facets.story_writers))


def test_an_heir_asking_for_everything_is_read_so(matcher):
    assert HEIR_ALL in matcher.facets.read(ASKS_ALL)[1]
    asks_one = "suami saya meninggal kemarin, pensiun janda bisa saya terima ga dari bpjs"
    audiences = matcher.facets.read(asks_one)[1]
    assert "heir" in audiences and HEIR_ALL not in audiences


def test_the_entries_that_list_every_right_are_read_from_their_phrasings(matcher):
    """JKM's benefit (which names JHT, JP and JKK death too) and JKK death ask "what do we
    get"; the widow's pension, JHT for heirs and the scholarship answer a part."""
    for entry in ("jkm-manfaat", "jkk-meninggal"):
        assert HEIR_ALL in matcher.facets_of(entry)[1], entry
    for entry in ("jp-ahli-waris", "jht-ahli-waris", "jkm-beasiswa"):
        assert HEIR_ALL not in matcher.facets_of(entry)[1], entry


def test_what_are_my_rights_reaches_the_answer_with_every_right(matcher, monkeypatch):
    """The husband's words ("istri", "bulan", "ahli waris") fit the widower's pension and JHT
    for heirs best; asked for every right, he gets JKM's answer, which lists JHT and JP too."""
    text = ("istri saya meninggal dunia bulan lalu, dia ikut bpjs tk dari kantornya, hak ahli "
            "waris apa saja")
    _, query = matcher.query_tokens(text)
    ranked = [c.entry_id for c in matcher.rank_message(text, query, 3)]
    assert ranked[0] == "jkm-manfaat"
    monkeypatch.setattr(matcher.facets, "story_writers", _plain(matcher))
    ranked = [c.entry_id for c in matcher.rank_message(text, query, 3)]
    assert ranked[0] != "jkm-manfaat"


def test_the_penalty_falls_on_the_writers_partial_entries_only(matcher):
    reader = matcher.facets.story_writers
    asked = frozenset({"heir", HEIR_ALL})
    death = frozenset({"death"})
    assert writer_penalty(reader, death, frozenset({"heir"}), asked) == ALL_PENALTY
    assert writer_penalty(reader, death, frozenset({"heir", HEIR_ALL}), asked) == 0.0
    # another audience the message names spares the entry (jkm-bpu for a BPU member's widow)
    assert writer_penalty(reader, death, frozenset({"heir", "bpu"}), asked | {"bpu"}) == 0.0
    # an entry about the death but not for the heir (a migrant worker's claim) is spared too
    assert writer_penalty(reader, death, frozenset(), asked) == 0.0


def test_a_death_told_without_its_cause_is_read_as_not_at_work(matcher, monkeypatch):
    """No accident told: JKK death entries give way (JKM's answer names JKK too)."""
    text = "bapak saya meninggal minggu lalu, keluarga dapat apa aja dari bpjs tk"
    assert "illness" in matcher.facets.read(text)[0]
    r = matcher.match(text)
    assert r.outcome == "answer" and r.candidates[0].entry_id == "jkm-manfaat"
    _, query = matcher.query_tokens(text)
    jkk = {c.entry_id: c.score for c in matcher.rank_message(text, query, 5)}["jkk-meninggal"]
    monkeypatch.setattr(matcher.facets, "story_writers", _plain(matcher))
    plain = {c.entry_id: c.score for c in matcher.rank_message(text, query, 5)}
    assert plain["jkk-meninggal"] > jkk  # the contrary situation's penalty
    monkeypatch.undo()
    told = "bapak saya meninggal kecelakaan kerja minggu lalu, keluarga dapat apa aja"
    assert "illness" not in matcher.facets.read(told)[0]
    # an entry's phrasings keep their own causes
    assert "illness" not in matcher.facets.read(text, 0)[0]


def test_a_death_at_work_is_a_work_accident_without_the_word(matcher, monkeypatch):
    text = "suami saya pingsan lalu meninggal saat bekerja di gudang, keluarga dapat apa saja"
    aspects = matcher.facets.read(text)[0]
    assert "accident" in aspects and "illness" not in aspects
    assert matcher.match(text).candidates[0].entry_id == "jkk-meninggal"
    monkeypatch.setattr(matcher.facets, "story_writers", _plain(matcher))
    assert "accident" not in matcher.facets.read(text)[0]


def test_the_new_fields_are_loaded_and_checked(tmp_path):
    (tmp_path / "facets.yaml").write_text(
        "aspects:\n  death: [meninggal]\n  illness: [sakit]\n  accident: [kecelakaan]\n"
        "story_writers:\n  heir:\n    event: death\n    cues: [suami]\n    cause: illness\n"
        "    asks_all: [dapat apa]\n    at_work: [saat kerja]\n    work_cause: accident\n"
        "  broken:\n    event: death\n    cues: [x]\n    cause: nothing\n")
    problems: list = []
    facets = load_facets(tmp_path / "facets.yaml", problems)
    assert facets.story_writers == (Writer("heir", "death", ("suami",), (), "illness",
                                           ("dapat apa",), ("saat kerja",), "accident"),)
    assert [p.entry for p in problems] == ["broken"]


def test_the_years_the_deceased_worked_do_not_pull_the_living_workers_entries(matcher,
                                                                              monkeypatch):
    """"kerja 10 tahun" fits the partial JHT withdrawal after 10 years (jht-klaim-sebagian),
    a living worker's claim: an heir's story keeps it off the buttons (WRITER_PENALTY)."""
    text = "kakak saya meninggal, dia kerja 10 tahun di pabrik garmen, klaim bpjs nya gmn"
    _, query = matcher.query_tokens(text)
    assert "jht-klaim-sebagian" not in [c.entry_id for c in matcher.rank_message(text, query, 3)]
    monkeypatch.setattr(writer, "WRITER_PENALTY", 10.0)  # the penalty before heirs10
    assert "jht-klaim-sebagian" in [c.entry_id for c in matcher.rank_message(text, query, 3)]


def test_a_death_at_work_puts_jkk_before_jkms_claim(matcher, monkeypatch):
    """Told of a death at work, JKM's claim entry (a death not at work) is not answered
    (CAUSE_PENALTY). With an accident told too, JKK death is answered outright (the
    penalty and the several-events bonus of facet_deltas together)."""
    with_accident = ("bapak saya meninggal tertabrak truk saat bekerja di gudang, "
                     "ngurus klaimnya kemana ya")
    result = matcher.match(with_accident)
    assert result.outcome == "answer" and result.candidates[0].entry_id == "jkk-meninggal"
    at_work = "bapak saya meninggal saat bekerja di gudang, ngurus klaimnya kemana ya"
    result = matcher.match(at_work)
    assert not (result.outcome == "answer" and result.candidates[0].entry_id == "jkm-cara-klaim")
    monkeypatch.setattr(writer, "CAUSE_PENALTY", 0.0)
    result = matcher.match(at_work)
    assert result.outcome == "answer" and result.candidates[0].entry_id == "jkm-cara-klaim"


def test_the_cause_penalty_falls_on_the_writers_entries_not_about_it(matcher):
    reader = matcher.facets.story_writers
    heir, told = frozenset({"heir"}), frozenset({"death", "accident"})
    assert writer_penalty(reader, frozenset({"death"}), heir, heir, told) == writer.CAUSE_PENALTY
    assert writer_penalty(reader, told, heir, heir, told) == 0.0
    assert writer_penalty(reader, frozenset({"death"}), heir, heir, frozenset({"death"})) == 0.0
