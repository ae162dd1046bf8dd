"""A message naming BPJS Ketenagakerjaan alone is not answered from another agency's phrasing
(bot/understand/agency.py, faq/facets.yaml own_agency)."""

from __future__ import annotations

from pathlib import Path

from bot.content.facets import load_facets
from bot.understand.agency import foreign_phrasings, names_own_only

OWN, OTHERS = frozenset({"bpjstk"}), frozenset({"bpjskes", "taspen"})


def test_a_phrasing_is_foreign_when_it_names_only_another_agency():
    phrasings = [("bpjskes", "nonaktif"), ("beda", "bpjstk", "bpjskes"), ("jht", "cair")]
    assert foreign_phrasings(phrasings, OWN, OTHERS) == frozenset({0})


def test_a_message_names_its_own_agency_only_without_another():
    assert names_own_only(("bpjstk", "nonaktif"), OWN, OTHERS)
    assert not names_own_only(("bpjstk", "bpjskes", "beda"), OWN, OTHERS)
    assert not names_own_only(("jht", "cair"), OWN, OTHERS)


def test_bpjs_tk_by_its_many_names_is_the_own_agency(matcher):
    for text in ("bpjs tk", "jamsostek", "bp jamsostek", "bpjs ketenagakerjaan"):
        assert not matcher.facets.own_agency.isdisjoint(matcher.query_tokens(text)[1]), text
    assert matcher.facets.own_agency.isdisjoint(matcher.facets.agencies)


def test_a_bpjs_tk_message_is_not_answered_by_the_bpjs_kesehatan_redirect(matcher):
    # "bpjstk" and "bpjskes" are close strings: the redirect's "bpjs kes sy mati gara gara
    # telat bayar" shared everything else, and answered this at 82.6.
    for text in ("bpjs tk sy mati gara gara kantor telat bayar",
                 "bpjs ketenagakerjaan saya nonaktif karena telat bayar"):
        result = matcher.match(text)
        assert result.best is not None
        assert result.best.entry_id != "rujukan-bpjs-kesehatan", text


def test_a_bpjs_kesehatan_message_still_reaches_its_redirect(matcher):
    result = matcher.match("bpjs kesehatan sy mati gara gara kantor telat bayar")
    assert (result.outcome, result.best.entry_id) == ("answer", "rujukan-bpjs-kesehatan")
    both = matcher.match("bpjs tk sama bpjs kesehatan bedanya apa")
    assert both.best.entry_id == "umum-beda-bpjs-kes"


def test_own_agency_must_be_a_list_of_words_other_than_the_other_agencies(tmp_path: Path):
    path = tmp_path / "facets.yaml"
    path.write_text("other_agencies: [bpjskes]\nown_agency: [bpjstk, bpjskes]\n")
    problems: list = []
    assert load_facets(path, problems).own_agency == ("bpjstk", "bpjskes")
    assert [p.message for p in problems] == ["own_agency names an agency of other_agencies"]
    path.write_text("own_agency: bpjstk\n")
    problems = []
    assert load_facets(path, problems).own_agency == ()
    assert [p.message for p in problems] == ["own_agency must be a list of words"]


def test_the_manpower_office_by_its_long_names_is_disnaker_not_bpjs_tk(matcher):
    # "ketenagakerjaan" alone is BPJS TK's own name: "dinas ketenagakerjaan" and
    # "pengawas ketenagakerjaan" are the regional manpower office (synonyms.yaml disnaker).
    for text in ("dinas ketenagakerjaan", "dinas tenaga kerja", "pengawas ketenagakerjaan",
                 "disnakertrans", "dinas naker"):
        words = matcher.query_tokens(text)[1]
        assert "disnaker" in words and matcher.facets.own_agency.isdisjoint(words), text


def test_disnaker_is_no_other_agency_a_bpjs_tk_question_naming_it_keeps_its_answer(matcher):
    # Tuning data: of 11 messages naming Disnaker or Kemnaker none expects rujukan-disnaker
    # and pk-pengaduan, jkp-cara-klaim name them too; as other_agencies real/tune lost 3.
    assert matcher.facets.agencies.isdisjoint({"disnaker", "kemnaker"})
    for text in ("sudah lapor disnaker, jht bisa cair?",
                 "perusahaan belum lapor phk ke disnaker, jkp saya gimana"):
        result = matcher.match(text)
        assert result.candidates and result.candidates[0].entry_id != "rujukan-disnaker", text
    for text in ("lapor ke dinas ketenagakerjaan soal pesangon",
                 "disnaker, gaji sy ga dibayar 2 bulan"):
        result = matcher.match(text)
        assert result.best is not None and result.best.entry_id == "rujukan-disnaker", text
