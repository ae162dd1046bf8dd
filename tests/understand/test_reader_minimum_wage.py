"""The reader on wages named as a minimum wage: 'gaji UMR Jakarta', 'upah minimum Jawa Barat'."""

from datetime import date

from bot.understand.reader import read
from tests.reader_cues import CUES

ON = date(2026, 11, 24)


def test_a_province_named_as_the_wage_is_noted_for_the_calculator():
    req = read("gaji UMR jakarta iuran berapa", CUES, ON)
    assert req is not None and req.kind == "contribution" and req.wages == []
    assert req.min_wage["place"] == "dki_jakarta" and req.min_wage["kind"] == "province"
    assert req.problem is None


def test_the_corpus_titles_are_jht_projections_on_the_minimum_wage():
    req = read("Berapa Saldo JHT yang Bisa Dicairkan Setelah 5 Tahun Kerja dengan Gaji UMP "
               "Jakarta?", CUES, ON)
    assert req is not None and req.kind == "projection" and req.months == 60
    assert req.min_wage["said"] == "ump" and req.min_wage["province"] == "dki_jakarta"
    req = read("Cara Hitung Saldo JHT dengan Gaji UMR dan Lama Kerja 5 Tahun", CUES, ON)
    assert req is not None and req.kind == "projection" and req.months == 60
    assert req.min_wage["place"] is None and req.problem.key == "min_wage_where"


def test_cities_map_to_their_province_or_their_own_umk():
    medan = read("iuran bpjs gaji sesuai umr medan", CUES, ON)
    assert medan.min_wage["kind"] == "city" and medan.min_wage["province"] == "sumatera_utara"
    surabaya = read("iuran jkk kelompok 2 gaji umk surabaya", CUES, ON)
    assert surabaya.min_wage["kind"] == "umk" and surabaya.min_wage["place"] == "surabaya"
    assert surabaya.jkk_class == 2
    # the longest name wins: Papua Barat Daya is not Papua Barat, Kabupaten Bekasi not Bekasi
    assert read("potongan gaji ump papua barat daya", CUES, ON).min_wage["place"] \
        == "papua_barat_daya"
    assert read("potongan gaji umk kabupaten bekasi", CUES, ON).min_wage["place"] \
        == "kabupaten_bekasi"
    assert read("upah minimum jawa barat potong bpjs berapa", CUES, ON).min_wage["place"] \
        == "jawa_barat"


def test_questions_about_the_minimum_wage_itself_stay_with_the_faq():
    assert read("potongan bpjs gaji umr jakarta", CUES, ON).min_wage is not None
    for text in ("ump jakarta 2026 brp", "umk karawang tahun depan naik berapa",
                 "perusahaan daftarin saya pakai gaji umr padahal gaji saya lebih tinggi, boleh?",
                 "upah yg dilaporin ke bpjs boleh pake umr aja gk, pdhal gj aslinya lbh gede",
                 "krywn umr 57 msh bs didftrin jp?"):
        assert read(text, CUES, ON) is None, text


def test_a_number_given_beside_the_minimum_wage_wins():
    req = read("gaji saya umr jakarta 5.396.761 potong bpjs berapa", CUES, ON)
    assert req.wages == [("5396761", 1)] and req.min_wage is None
    assert read("potongan gaji umr jakarta", CUES, ON).min_wage is not None
