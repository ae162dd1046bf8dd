"""Questions typed in chat short forms, regional words or "sudah ... belum" are read as asking."""

from __future__ import annotations

import pytest

from bot.content.clause_cues import load_clause_cues
from bot.understand.clauses import asks, clauses, plain
from tests.conftest import FAQ_DIR

CUES = load_clause_cues(FAQ_DIR, [])


@pytest.mark.parametrize("text", [
    "thr blm dibayar lapor kmn", "resign kemarin jht cair kpn", "sanksinya ap",
    "dokumen aph aj buat klaim jkm", "rumus ngitung jp gimna",
    # Javanese, Sundanese, Betawi, Minang
    "verifikasi wajah gagal terus, piye carane", "saldo jht e isih, sing iso njupuk sopo yo",
    "santunane piro", "saking bpjs tk angsal pinten", "dendana sabaraha",
    "daftar bpu kumaha", "kartu kis ku ilang, ngurus neng ndi", "bayarnye berape sebulan bang",
    "baa caro klaim santunan kematian", "jht karo jp bedane opo",
])
def test_short_and_regional_question_words_ask(text):
    assert asks(text, CUES)


@pytest.mark.parametrize("text", [
    "itu udah termasuk jht belum", "jht sy udh bisa diambil blm ya?",
    "cek perusahaan sudah bayar iuran saya atau belum",
])
def test_sudah_belum_at_the_end_asks(text):
    assert asks(text, CUES)


@pytest.mark.parametrize("text", [
    "udah 2 bulan belum cair", "sudah lapor tapi belum ada kabar", "belum", "sy blm",
    # "ndi" and "bara" alone are not cues ("batu bara" is coal); a cue never fires inside a word
    "kerja di tambang batu bara", "ndi", "mapping data karyawan", "rapat koperasi",
])
def test_story_words_and_lookalikes_do_not_ask(text):
    assert not asks(text, CUES)


@pytest.mark.parametrize("text", ["ke rs mana yg gratis", "klinik mana yang kerja sama jkk",
                                  "kek mana daftarnya bang", "cemana cara klaim jht"])
def test_which_one_and_medan_how_ask(text):
    # "X mana yg/yang": which X; "kek mana", "cemana": how (Medan). wrong22, 2026-12-02: the
    # first of two numbered questions was read as story, so the second one was answered.
    assert asks(text, CUES)


def test_a_which_question_is_one_of_several():
    parts = clauses("kecelakaan kerja kemarin, 1. ke rs mana yg gratis 2. gaji sy selama ga "
                    "masuk dibayar siapa", CUES, split_long=False)
    assert [c.asks for c in parts] == [False, True, True]


def test_a_regional_question_after_a_story_is_its_asking_clause():
    parts = clauses("bapak seda pas kerja di pabrik minggu kemarin. santunane dapat piro", CUES)
    assert [c.asks for c in parts] == [False, True]


def test_regional_question_words_still_read_as_plain_asking_after_synonyms(matcher):
    # The clause cues read the raw text; the synonyms (piye -> bagaimana, carane -> cara) come
    # after, so the question is still one that names no topic of its own.
    assert plain(matcher.query_tokens("piye carane")[1], matcher.faq.clause_cues)


@pytest.mark.parametrize("text, entry", [
    # "ganti" after a work accident that keeps the worker home: the wage replacement (STMB)
    ("kecelakaan kerja ga bisa kerja sebulan, ada gantinya nggak dari bpjs", "jkk-stmb"),
    ("kecelakaan kerja, gaji selama gak bisa kerja diganti gak", "jkk-stmb"),
    # ... and not when something else is changed
    ("ganti nomor hp di jmo gimana", "daftar-ubah-data"),
])
def test_a_replacement_asked_after_a_work_accident_is_the_wage_replacement(matcher, text, entry):
    result = matcher.match(text)
    assert result.outcome == "answer" and result.best.entry_id == entry
