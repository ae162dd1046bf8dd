"""Complaints that ask nothing: the reason given for a refusal is what they are about."""

from __future__ import annotations

REFUSED = ("Sudah dua kali saya datang ke kantor cabang bawa berkas lengkap. Petugasnya tidak "
           "bisa mencairkan JHT saya dengan alasan perusahaan belum menyetor iuran selama "
           "setahun, padahal gaji saya tiap bulan dipotong.")


def test_the_reason_for_a_refusal_weighs_more(matcher):
    _, query = matcher.query_tokens(REFUSED)
    emphasis = matcher.emphasis(REFUSED, query)
    assert "perusahaan" in emphasis
    assert "gaji" not in emphasis  # after "padahal": the writer's objection, not the reason


def test_a_complaint_about_arrears_ranks_the_arrears_entry_first(matcher):
    assert matcher.match(REFUSED).candidates[0].entry_id == "jht-perusahaan-nunggak"


def test_a_vague_reason_weighs_nothing_more(matcher):
    text = ("Kami sudah lapor ke kantor pusat dan cepat selesai. Di kantor daerah klaim kami "
            "sering ditolak karena alasannya berbeda-beda,")
    _, query = matcher.query_tokens(text)
    assert matcher.emphasis(text, query) == frozenset()


def test_a_question_weighs_its_asking_clause_not_the_reason(matcher):
    text = REFUSED + " Saya harus lapor ke mana ya?"
    _, query = matcher.query_tokens(text)
    assert "setor" not in matcher.emphasis(text, query)
