"""Facets (what a question is about, who asks), clauses of long messages, typo repair."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

import pytest

from bot.content.clause_cues import load_clause_cues
from bot.content.facets import load_facets
from bot.content.store import build_content
from bot.understand import clauses as reading
from tests.conftest import FAQ_DIR, TEMPLATES_DIR

# The cue words as staff wrote them (faq/clause-cues.yaml).
CUES = load_clause_cues(FAQ_DIR, [])
clauses = partial(reading.clauses, cues=CUES)


def test_facet_cues_name_benefit_contribution_and_employer(matcher):
    assert "benefit" in matcher.facets.read("berapa santunan kematian bpjs tk")[0]
    assert "contribution" in matcher.facets.read("iuran jkm brp sebulan")[0]
    assert "employer" in matcher.facets.read("karyawan kami kecelakaan di gudang")[1]
    assert matcher.facets.read("halo kak") == (frozenset(), frozenset())


def test_a_cue_the_synonyms_turn_into_a_program_name_is_no_cue_for_that_name(matcher):
    """"uang duka" (benefit) becomes "jkm" after synonyms: naming JKM asks no benefit."""
    # (JKM is a `death` cue of its own: only the benefit must not come with the name.)
    assert "benefit" not in matcher.facets.read("jkm")[0]
    assert matcher.facets.read("iuran jkm")[0] - {"death"} == frozenset({"contribution"})
    assert "benefit" in matcher.facets.read("uang duka brp")[0]
    facets = dict(zip(matcher._entry_ids, matcher._entry_facets, strict=True))
    assert "benefit" not in facets["iuran-bpu-jkm"][0]


def test_entries_get_facets_from_their_own_phrasings(matcher):
    facets = dict(zip(matcher._entry_ids, matcher._entry_facets, strict=True))
    assert "benefit" in facets["jkm-manfaat"][0]
    assert "contribution" in facets["jkm-iuran"][0]


@pytest.mark.parametrize(("question", "expected"), [
    ("manfaat jkm berapa?", "jkm-manfaat"),
    ("Berapa santunan kematian BPJS Ketenagakerjaan?", "jkm-manfaat"),
    ("berapa iuran jkm", "jkm-iuran"),
    ("iuran jkm untuk bukan penerima upah berapa", "iuran-bpu-jkm"),
])
def test_benefit_and_contribution_are_not_blurred(matcher, question, expected):
    result = matcher.match(question)
    assert result.outcome == "answer" and result.best.entry_id == expected


def test_a_contribution_entry_loses_against_a_benefit_question(matcher):
    """The contrast penalty, checked on one pair: with it, the benefit entry ranks first."""
    _, query = matcher.query_tokens("berapa santunan jkm")
    facets = matcher.facets.read("berapa santunan jkm")
    ranked = [c.entry_id for c in matcher.rank(query, None, facets)]
    assert ranked.index("jkm-manfaat") < ranked.index("jkm-iuran")


def test_a_situation_excludes_its_contrary_and_gives_no_bonus():
    from bot.understand.ranking import ASPECT_BONUS, ASPECT_PENALTY, facet_adjustment
    situations = frozenset({"working", "left_job"})
    asked = (frozenset({"claim", "left_job"}), frozenset())
    opposites = frozenset({"working"})
    # the claim is what is asked; the entry about still working is demoted all the same
    assert facet_adjustment((frozenset({"claim", "working"}), frozenset()), asked, opposites,
                            situations) == ASPECT_BONUS - ASPECT_PENALTY
    # a sibling that only shares the situation gets nothing for it
    assert facet_adjustment((frozenset({"left_job"}), frozenset()), asked, opposites,
                            situations) == 0.0


def test_a_resign_question_demotes_the_entry_about_still_working(matcher):
    ranked = {c.entry_id: c.score for c in matcher.match("sudah resign, jht bisa diambil ga?",
                                                         limit=10).candidates}
    assert ranked["jht-klaim-resign"] - ranked.get("jht-masih-kerja", 0.0) >= 5.0


@pytest.mark.parametrize(("text", "expected"), [
    ("adik saya meninggal tertimpa material di proyek tempat dia kerja. dia peserta bpjs tk. "
     "keluarganya dapat santunan berapa? anaknya bisa dapat beasiswa?", "jkk-meninggal"),
    ("ayah meninggal karena sakit jantung di rumah. santunan buat keluarga berapa? beasiswa "
     "anak ada?", "jkm-manfaat"),
])
def test_the_questions_of_a_story_borrow_the_situation_it_told(matcher, text, expected):
    result = matcher.match(text)
    assert result.outcome == "answer" and result.best.entry_id == expected


def test_clauses_split_sentences_and_mark_the_asking_ones():
    text = ("Saya kerja di pabrik 5 tahun. Kemarin saya resign karena pindah kota. "
            "Jht saya bisa cair kapan ya?")
    parts = clauses(text)
    assert [c.asks for c in parts] == [False, False, True]
    assert clauses("jht cair kapan") == []  # one sentence: nothing to split


def test_several_questions_split_on_new_thoughts_only():
    two = clauses("jht cair brp lama klo resign? terus kalau mau daftar bpu caranya gmn?",
                  split_long=False)
    assert len([c for c in two if c.asks]) == 2
    one = clauses("Halo kak, saya resign tanggal 10 kemarin, kapan saya bisa klaim JHT ya? "
                  "makasih", split_long=False)
    assert len([c for c in one if c.asks]) <= 1  # the greeting and thanks ask nothing


def test_a_message_with_two_questions_answers_one_and_offers_the_other(matcher):
    result = matcher.match("jht bisa cair brp lama klo resign? terus kalau mau daftar bpu "
                           "caranya gmn?")
    assert result.outcome == "answer"
    assert result.best.entry_id == "jht-klaim-resign"
    assert [c.entry_id for c in result.others] == ["daftar-bpu-cara"]


def test_a_short_follow_up_question_takes_its_situation_from_the_message(matcher):
    # "terus jp-nya gimana" alone is about any JP entry; after "resign" it is JP after resigning.
    result = matcher.match("min mau tanya, jht sy bisa dicairkan ga kalo resign? "
                           "trus jp nya gimana? makasih")
    assert result.best.entry_id == "jht-klaim-resign"
    assert "jp-resign" in [c.entry_id for c in (*result.others, *result.alternatives)]


def test_who_asks_is_said_once_for_all_the_questions_of_a_message(matcher):
    # "kapan batas bayar iurannya" alone fits the informal worker's deadline; an HR officer
    # asking about the clinic's staff means the employer's deadline.
    result = matcher.match("Selamat siang, saya HRD klinik kecil dengan 6 karyawan. Apakah wajib "
                           "mendaftarkan semua karyawan termasuk yang masih masa percobaan? Dan "
                           "kapan batas bayar iurannya?")
    found = [c.entry_id for c in (*result.candidates[:1], *result.others)]
    assert "iuran-pu-jatuh-tempo" in found
    assert "iuran-bpu-jatuh-tempo" not in found


def test_a_long_story_is_answered_by_its_question(matcher):
    story = ("selamat pagi, saya hrd di sebuah pabrik garmen. kemarin salah satu karyawan kami "
             "jatuh dari tangga di gudang dan kakinya patah, sekarang dirawat. "
             "apa yang harus kami lakukan?")
    result = matcher.match(story)
    assert result.outcome == "answer" and result.best.entry_id.startswith("jkk-")


def test_typo_repair_leaves_real_words_alone(matcher):
    # "meski" is a word; repairing it to the FAQ's "mesin" invented an accident topic
    assert "mesin" not in matcher.query_tokens("meski membayar 20 ribu per bulan")[1]
    assert "cair" in matcher.query_tokens("jht kpn bisa dicairin")[1]


def test_rumah_sakit_is_not_housing(matcher):
    result = matcher.match("tukang las di bengkel kami kena percikan mata, rumah sakitnya bayar "
                           "pakai apa ya")
    assert result.best is not None and result.best.entry_id != "jht-mlt-perumahan"


def test_a_hospital_tells_no_illness(matcher):
    """"rumah sakit" (facets `not_cues`) is where a work accident is treated too: it names no
    illness, so the work-accident entries keep their place; "sakit" alone still does."""
    read = matcher.facets.read
    assert "illness" not in read("dibawa ke rumah sakit setelah jatuh di tempat kerja")[0]
    assert "illness" not in read("karyawan sy dirawat di rumah sakitnya siapa yg bayar")[0]
    assert "illness" in read("sy sakit dirawat di rumah sakit, dapat apa")[0]
    assert "illness" in read("meninggal karena sakit")[0]


def test_close_runners_up_are_offered_as_alternatives(matcher):
    result = matcher.match("berapa iuran jkm")
    assert result.outcome == "answer" and result.best.entry_id == "jkm-iuran"
    # within 15 points (match_result.OFFER_GAP), at most two
    assert all(c.score >= result.best.score - 15 for c in result.alternatives)
    assert len(result.alternatives) <= 2
    assert "iuran-bpu-jkm" in [c.entry_id for c in result.alternatives]  # the BPU one is close
    assert matcher.match("resep nasi goreng").alternatives == ()


def test_dates_do_not_change_matching(matcher):
    other = build_content(FAQ_DIR, TEMPLATES_DIR, date(2027, 6, 1)).matcher
    question = "jht cair brp lama klo resign"
    assert other.match(question).best.entry_id == matcher.match(question).best.entry_id


def test_one_word_that_fits_several_entries_is_a_menu(matcher):
    result = matcher.match("syarat")
    assert result.outcome == "suggest" and len(result.candidates) == 3


def test_word_order_counts_for_adjacent_pairs(matcher):
    """The same words in the order the entry uses them score higher than shuffled."""
    def score(query: tuple[str, ...]) -> float:
        return next(c.score for c in matcher.rank(query) if c.entry_id == "jkp-syarat-klaim")

    # "kantor" keeps the score below the 100 cap, where a difference could not show.
    in_order = score(("syarat", "cair", "jkp", "kantor"))
    shuffled = score(("kantor", "jkp", "syarat", "cair"))
    assert in_order < 100 and in_order > shuffled


def test_a_question_naming_another_agency_is_about_that_agency(content):
    # BPJS Kesehatan is named: the entry on foreign workers' BPJS TK must not answer it.
    english = content.matcher_en.match("is bpjs health mandatory for expats")
    assert english.best.entry_id == "rujukan-bpjs-kesehatan"
    indonesian = content.matcher.match("bpjs kesehatan wajib untuk tka?")
    assert indonesian.outcome != "answer"  # a menu with the BPJS Kesehatan entries, not TKA


def test_a_number_names_no_agency(matcher):
    # "bp2mi" reads as "bp 2 mi": "2" alone ("lantai 2", "2 tahun") must not demote every
    # entry that never writes a 2 (the agency penalty).
    assert "bpjskes" in matcher.facets.agencies
    assert not any(t.isdigit() for t in matcher.facets.agencies)


def test_other_agencies_must_be_a_list_of_words(tmp_path: Path):
    (tmp_path / "facets.yaml").write_text("other_agencies: bpjskes\n")
    problems: list = []
    assert load_facets(tmp_path / "facets.yaml", problems).other_agencies == ()
    assert [p.message for p in problems] == ["other_agencies must be a list of words"]


def test_situations_must_name_defined_aspects(tmp_path):
    (tmp_path / "facets.yaml").write_text("aspects:\n  working: [masih kerja]\n"
                                          "situations: [working, resigned]\n")
    problems = []
    assert load_facets(tmp_path / "facets.yaml", problems).situations == ()
    assert [p.message for p in problems] == ["situations must be a list of defined aspects"]


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "suami saya ikut jaminan pensiun baru 7 tahun, bulan lalu meninggal dunia. saya bisa "
           "dapat pensiun janda?"),
    ("id", "almarhum suami bayar JP cuma 5 tahun sebelum meninggal. apa saya dapat pensiun "
           "janda?"),
    ("en", "my husband joined JP for only 7 years and passed away. do I get a widow pension?"),
])
def test_a_short_question_does_not_outweigh_the_story_told_just_before(content, lang, text):
    # "pensiun janda?" alone is the heirs' pension; told after "only 7 years", it is the
    # pension of a member who died before 15 years of contributions.
    result = content.matcher_for(lang).match(text)
    assert result.outcome == "answer"
    assert result.best.entry_id == "jp-meninggal-sebelum-15"


def test_a_long_sentence_without_punctuation_is_split_around_its_question():
    text = ("saya nelayan kecil punya kapal sendiri tiap hari melaut bisa gak daftar bpjs "
            "ketenagakerjaan soalnya kerja di laut bahaya")
    assert [(c.text, c.asks) for c in clauses(text)] == [
        ("saya nelayan kecil punya kapal sendiri tiap hari melaut", False),
        ("bisa gak daftar bpjs ketenagakerjaan", True),
        ("soalnya kerja di laut bahaya", False)]
    # Punctuated, or a question that is most of the sentence: as before.
    assert clauses(text.replace(" bisa gak", ". bisa gak"))[1].text.startswith("bisa gak")
    assert clauses("tolong bantu saya kak bisa gak saya cairkan jht kalau masih aktif kerja di "
                   "pabrik dan belum resign") == []


@pytest.mark.parametrize(("text", "entry"), [
    ("saya nelayan kecil punya kapal sendiri tiap hari melaut bisa gak daftar bpjs "
     "ketenagakerjaan soalnya kerja di laut bahaya", "iuran-bpu-petani-nelayan"),
    ("ibu saya umurnya 58 tahun udah pensiun dari pabrik tekstil ikut jaminan pensiun dari dulu "
     "gimana cara ngurus pensiun bulanannya", "jp-cara-klaim"),
])
def test_a_voice_typed_question_weighs_more_than_its_story(matcher, text, entry):
    result = matcher.match(text)
    assert result.outcome == "answer"
    assert result.best.entry_id == entry
