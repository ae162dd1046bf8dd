"""Statements with a figure or a minimum wage that ask nothing (calc25): a news headline about
sums is not a wage to compute, and a sentence saying contributions follow the UMK is a rule
question for the FAQ; the terse requests beside them are still computed or asked back."""

from bot.understand.reader import read
from tests.reader_cues import CUES, ON


def test_a_headline_about_billions_owed_is_not_a_wage():
    assert read("1.000 Perusahaan di Kota Bekasi Tunggak Iuran BPJS Ketenagakerjaan, Total "
                "Capai Rp43 Miliar", CUES, ON) is None
    assert read("BP Jamsostek tanggung biaya perawatan ojol korban tabrak lari hingga Rp1,2 M",
                CUES, ON) is None


def test_a_wage_in_billions_asked_is_still_asked_back_as_a_typo():
    for text in ("gaji 2 milyar potong berapa", "gaji Rp 12345678901234567890123 iuran",
                 "iuran untuk 43 miliar berapa?"):
        req = read(text, CUES, ON)
        assert req is not None and req.problem is not None, text
        assert req.problem.key == "monthly_too_big", text


def test_a_sentence_saying_contributions_follow_the_umk_is_for_the_faq():
    assert read("Patokannya, BPJS pakai UMK Mojokerto bukan gaji yang diterima. Jadi kami "
                "bayar iuran sesuai UMK saja,", CUES, ON) is None


def test_a_terse_request_on_the_minimum_wage_is_still_computed():
    for text in ("ojol penghasilan setara umr jogja, iuran bpu",
                 "iuran bpjs tk gaji sesuai umr jakarta berapa"):
        req = read(text, CUES, ON)
        assert req is not None and req.min_wage is not None, text
