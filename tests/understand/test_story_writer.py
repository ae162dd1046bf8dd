"""Who writes a long story (bot/understand/writer.py): the heir of a worker who died.

The messages here were written for these tests (helper stories9, 2026-12-01), not taken from
the blind sets.
"""

from __future__ import annotations

from bot.content.facets import Writer, load_facets
from bot.understand.writer import CAUSE_PENALTY, WRITER_PENALTY, WriterReader, writer_penalty

HEIR_STORY = ("bapak saya kerja di pabrik roti 15 tahun, kemarin meninggal karena serangan "
              "jantung. klaimnya gimana ya")


def test_kin_and_a_death_read_as_an_heir_not_as_the_employer_the_story_suggests(matcher):
    """"kerja di pabrik" reads as an employer ("pabrik" is "perusahaan"); the writer is the
    worker's child."""
    aspects, audiences = matcher.facets.read(HEIR_STORY)
    assert "death" in aspects
    assert "heir" in audiences and "employer" not in audiences


def test_a_grandchild_in_a_regional_story_is_an_heir(matcher):
    """"mbah" (Javanese grandparent) is kin: the grandchild asks as an heir (wrong22); written
    for this test."""
    aspects, audiences = matcher.facets.read("mbahku seda taun wingi, biyen kerja neng pabrik "
                                             "rokok. jht ne iso dijupuk ora")
    assert "death" in aspects and "heir" in audiences


def test_no_death_no_heir(matcher):
    audiences = matcher.facets.read("bapak saya kerja di pabrik roti, kemarin kecelakaan di "
                                    "jalan. klaimnya gimana ya")[1]
    assert "heir" not in audiences


def test_an_employer_telling_a_death_is_still_the_employer(matcher):
    audiences = matcher.facets.read("karyawan kami meninggal kecelakaan di gudang kemarin, "
                                    "apa yang harus kami laporkan")[1]
    assert "employer" in audiences and "heir" not in audiences


def test_a_short_question_about_heirs_tells_no_story(matcher):
    """"how much money for the heirs": asked about heirs, not written by one; the entries'
    phrasings, short as they are, are still read."""
    assert "heir" not in matcher.facets.read("duit buat ahli waris brp")[1]
    assert "heir" in matcher.facets.read("duit buat ahli waris brp", 0)[1]


def test_tinggal_is_not_a_death(matcher):
    """"meninggal" stems to "tinggal" (to live, to stay): an event's cue is the word itself."""
    aspects, audiences = matcher.facets.read("saya tinggal sama ibu di batam, mau daftar bpu")
    assert "death" not in aspects and "heir" not in audiences
    assert "death" in matcher.facets.read("bapak meninggalnya kemarin sore")[0]


def test_entries_for_heirs_are_read_from_their_phrasings(matcher):
    for entry in ("jkm-cara-klaim", "jkm-manfaat", "jkk-meninggal", "jht-ahli-waris",
                  "jp-ahli-waris"):
        assert "heir" in matcher.facets_of(entry)[1], entry
    assert "heir" not in matcher.facets_of("jht-klaim-jmo")[1]
    # A few of a migrant worker's claims tell a death: the entry is about a death too.
    assert "death" in matcher.facets_of("pmi-klaim")[0]


def test_writer_penalty_spares_entries_about_the_death_or_for_another_audience(matcher):
    reader = matcher.facets.story_writers
    heir = frozenset({"heir"})
    assert writer_penalty(reader, frozenset({"claim"}), frozenset(), heir) == WRITER_PENALTY
    assert writer_penalty(reader, frozenset({"accident", "death"}), frozenset(), heir) == 0.0
    assert writer_penalty(reader, frozenset({"claim"}), frozenset({"bpu"}),
                          heir | {"bpu"}) == 0.0
    assert writer_penalty(reader, frozenset({"claim"}), frozenset(), frozenset({"bpu"})) == 0.0


def test_an_heirs_story_ranks_the_heirs_entries(matcher, monkeypatch):
    """A pensioner's death: the pension going on to the widow (jp-ahli-waris) comes up among
    the pension entries the words "pensiun" and "usia" fit (jp-apa-itu, jp-masih-kerja)."""
    text = ("Ayah saya sudah pensiun dari pabrik dan tiap bulan terima uang pensiun JP. Minggu "
            "lalu ayah meninggal di usia 63. Ibu masih ada. Uang pensiunnya masih jalan buat ibu?")
    _, query = matcher.query_tokens(text)
    ranked = [c.entry_id for c in matcher.rank_message(text, query, 6)]
    assert "jp-ahli-waris" in ranked[:3]
    monkeypatch.setattr(matcher.facets, "story_writers", WriterReader(()))
    ranked = [c.entry_id for c in matcher.rank_message(text, query, 6)]
    assert "jp-ahli-waris" not in ranked[:3]


def test_an_heirs_regional_story_leads_to_the_heirs_entry(matcher, monkeypatch):
    """Javanese: "my father died last week, a member through his office; where do I go?"
    Without the writer, "kantor" reads as an employer's question: it scores the heir's entry
    lower, with an employer's entry next. (Answered until 2026-12-01; since the one-question
    answer threshold is 66, match_result.SINGLE_ANSWER_SCORE, the heir's entry is the first
    "did you mean" button either way.)"""
    text = ("bapak kulo seda minggu wingi, peserta bpjs tk saking kantor. kulo kedah ngurus "
            "teng pundi mas")
    first, second = matcher.match(text).candidates[:2]
    assert first.entry_id == "jkm-cara-klaim" and second.entry_id.startswith("jkm-")
    monkeypatch.setattr(matcher.facets, "story_writers", WriterReader(()))
    alone = matcher.match(text).candidates
    assert alone[0].score < first.score and alone[1].entry_id.startswith("pk-")


def test_writers_are_loaded_and_checked(tmp_path):
    (tmp_path / "facets.yaml").write_text(
        "aspects:\n  death: [meninggal]\naudiences:\n  employer: [hrd]\n"
        "story_writers:\n  heir:\n    event: death\n    cues: [suami, almarhum]\n"
        "    instead_of: [employer]\n"
        "  broken:\n    event: nothing\n    cues: [x]\n")
    problems: list = []
    facets = load_facets(tmp_path / "facets.yaml", problems)
    assert facets.story_writers == (Writer("heir", "death", ("suami", "almarhum"), ("employer",)),)
    assert [p.entry for p in problems] == ["broken"]


def test_regional_kin_words_tell_an_heir(matcher):
    """Javanese, Betawi and slang kin words (faq/facets.yaml story_writers cues; written for this
    test, helper heir9): the spouse or parent who died makes the writer an heir, not the
    employer the factory in the story suggests."""
    for story in ("bojo saya wafat bulan kemarin, dia kerja di pabrik sepatu. saya bisa klaim apa",
                  "emak meninggal minggu lalu, dulu kerja di pabrik garmen. jht nya gimana",
                  "bokap gue meninggal karena sakit, kerja di kantor 20 taun, klaimnya gmn"):
        aspects, audiences = matcher.facets.read(story)
        assert "death" in aspects, story
        assert "heir" in audiences and "employer" not in audiences, story


def test_regional_kin_word_with_a_death_at_work_ranks_jkk_death(matcher):
    result = matcher.match("bojoku meninggal pas kerja di gudang, ketiban rak besi. "
                           "keluarga dapet apa dari bpjs")
    assert result.candidates[0].entry_id == "jkk-meninggal"



def test_a_death_at_work_lowers_the_writers_entries_for_a_second_audience_too(matcher):
    """A fisherman's heir who tells a death at sea (heir and BPU audiences): JKM's entries for
    heirs and BPU members (a member missing at sea) give way to JKK death (heir9)."""
    reader = matcher.facets.story_writers
    both = frozenset({"heir", "bpu"})
    told = frozenset({"death", "accident"})
    assert writer_penalty(reader, frozenset({"death", "claim"}), both, both,
                          told) == CAUSE_PENALTY
    assert writer_penalty(reader, told, both, both, told) == 0.0
    assert writer_penalty(reader, frozenset({"death", "claim"}), both, both,
                          frozenset({"death", "illness"})) == 0.0
