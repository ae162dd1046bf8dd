"""Forwarded chain messages and "bener gak?" (bot/understand/forwards.py).

The messages here were written for these tests (helper forward15, 2026-12-01), not taken from
the blind, real or conversation sets.
"""

from __future__ import annotations

import pytest

from bot.understand.forwards import reading

SCAM = "daftar-penipuan"


@pytest.fixture(scope="module")
def cues(content):
    return content.faq.clause_cues


@pytest.mark.parametrize("text", [
    # a forward asking for a click on a short link
    "*PENTING* saldo JHT anda bisa dicairkan 100% tanpa ke kantor, klik bit.ly/cair-jht "
    "sebelum tgl 30!! sebarkan ke keluarga 🙏 --- min ini asli ga?",
    # a caller asking for the code sent by SMS
    "td ada yg telp ngaku dari bpjamsostek, katanya bsu sy mau cair tp harus kirim kode otp "
    "yg masuk ke hp. bener gak itu",
    # money first
    "[Diteruskan] Peserta yth, dana JKP anda Rp 3jt siap dicairkan, cukup bayar biaya admin "
    "150rb ke rekening petugas. hoax ya?",
    "my cousin forwarded this: click the link to withdraw your JHT today. is this real?",
    # someone else's message told, no truth check: a scam's ask still decides
    "dapet wa dari nomor ga dikenal, disuruh klik link buat cek bsu",
    "ada yg wa nawarin pencairan jht cepat 1 hari, cukup bayar biaya admin 200rb",
])
def test_a_truth_checked_message_that_asks_for_a_click_an_otp_or_money_is_a_scam(
        content, text):
    lang = "en" if text.startswith("my cousin") else "id"
    result = content.matcher_for(lang).match(text)
    assert result.outcome == "answer" and result.best.entry_id == SCAM


@pytest.mark.parametrize("text, not_entry", [
    # the user's own trouble with an OTP or PIN: no one asks for it
    ("kode otp jmo gak pernah masuk ke hp, bener gak harus ganti nomor di kantor cabang?", SCAM),
    ("lupa pin jmo, bener ya harus daftar ulang?", SCAM),
])
def test_an_otp_or_pin_of_ones_own_is_no_scam(matcher, text, not_entry):
    result = matcher.match(text)
    assert result.best is None or result.best.entry_id != not_entry


def test_a_scam_signal_without_a_forward_or_a_truth_check_is_read_as_written(cues):
    """"minta otp" alone is not rewritten: the matcher reads the message itself."""
    text = "cara reset jmo kalau sistem minta otp tapi nomor lama hilang"
    assert reading(text, cues) == text


def test_a_link_alone_is_no_scam_signal(cues):
    """Checking a BSU recipient is done through an official link: "link" is no signal."""
    text = "[Diteruskan] cek penerima bantuan subsidi upah di link resmi kemnaker. bener ga?"
    assert reading(text, cues) == text


def test_a_forward_or_truth_check_without_a_scams_ask_is_read_as_written(cues):
    """The claim decides, and "bener gak" may be the very words an entry is phrased with."""
    for text in ("Fwd: JHT sekarang bisa cair 30% walau masih kerja. --- hoaks ga nih?",
                 "bener gak jht bisa cair 10 persen buat rumah"):
        assert reading(text, cues) == text


def test_a_forwarded_scam_is_read_as_the_scam_words(cues):
    read = reading("Fwd: klaim JHT online cukup klik link ini!! sebarkan", cues)
    assert read == " ".join(cues.scam_words) and "penipuan" in read


def test_a_forwarded_claim_about_jht_reaches_the_jht_rule(matcher):
    """No scam's ask: the claim decides. A forwarded notice that JHT waits until 56 is about
    that rule (its entry ties at the top with the pension-age entry, and leads)."""
    result = matcher.match("Diteruskan dari grup kantor: mulai tahun depan JHT baru bisa "
                           "dicairkan saat usia 56 tahun, buruan cairkan!! --- bener ga ini?")
    assert result.best is not None and result.best.entry_id == "jht-aturan-56-tahun-dibatalkan"


def test_the_scam_answer_tells_not_to_open_or_pass_on_a_chain_message(content):
    """A forwarded scam is answered by the scam warning: it says what to do with the forward."""
    entry = content.faq.entries[SCAM]
    assert "jangan ikut disebarkan" in entry.answer and "do not pass it on" in entry.answer_en
    assert entry.sources and "confidence: C-page" in entry.sources
