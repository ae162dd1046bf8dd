"""An informal worker (BPU) writes: programs they lack (faq/facets.yaml `lacks`: no JP, no JKP)
and occupation words read as such (a tailor's "terima jahitan", not an injury's stitches)."""

from __future__ import annotations

from pathlib import Path

from bot.content.facets import load_facets
from bot.understand.lacking import LACKING_PENALTY, lacked, lacking_entries

E = frozenset[str]


def test_entries_about_lacking_programs_only_and_not_for_the_audience():
    facets = [(E(), E()), (E(), E({"bpu"})), (E(), E()), (E(), E())]
    programs = [("JKP",), ("JKP",), ("JKM", "JP"), ()]
    lacking = lacking_entries(programs, facets, {"bpu": ("JP", "JKP")})
    # JKP's own entry for BPU, an entry also about JKM and one about no program are kept
    assert lacking == {"bpu": frozenset({0})}
    assert lacked(lacking, E({"bpu", "employer"})) == frozenset({0})
    assert lacked(lacking, E({"employer"})) == frozenset()


def test_the_faq_reads_jp_and_jkp_as_lacked_by_a_bpu(matcher):
    ids = {matcher._entry_ids[i] for i in matcher._lacking["bpu"]}
    assert {"jkp-iuran", "jp-iuran"} <= ids
    assert not {"jkp-bpu", "jp-siapa-peserta", "jkm-iuran"} & ids  # for BPU too, or not JP/JKP


def test_a_bpu_question_is_not_answered_from_jkp(matcher):
    # "siapa yang bayar iuran jkp" shares the question's words; a trader has no JKP
    text = "sy pedagang pasar, iuran siapa yang bayar"
    top = matcher.rank_message(text, matcher.query_tokens(text)[0], 3)
    assert LACKING_PENALTY > 0
    assert top[0].entry_id != "jkp-iuran"
    assert not {matcher._entry_index[c.entry_id] for c in top[:1]} & matcher._lacking["bpu"]


def test_stitches_are_not_a_tailor(matcher):
    assert "bpu" not in matcher.facets.read("kecelakaan motor, kaki dapat delapan jahitan")[1]
    assert "bpu" in matcher.facets.read("sy nerima jahitan di rumah, bisa ikut bpjs tk")[1]


def test_lacks_must_name_an_audience_and_programs(tmp_path: Path):
    path = tmp_path / "facets.yaml"
    path.write_text("audiences:\n  bpu: [bpu]\nlacks:\n  bpu: [JP, XYZ]\n", encoding="utf-8")
    problems: list = []
    assert load_facets(path, problems).lacks == {}
    assert [p for p in problems if "lacks" in str(p)]
    path.write_text("audiences:\n  bpu: [bpu]\nlacks:\n  bpu: [JP, JKP]\n", encoding="utf-8")
    problems = []
    assert load_facets(path, problems).lacks == {"bpu": ("JP", "JKP")}
    assert not problems
