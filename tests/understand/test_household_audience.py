"""A household employing a domestic worker (ART, PRT, sopir pribadi, nanny) is no company: its
messages are answered by the domestic workers' entry, except where they ask what that entry
does not answer (faq/facets.yaml `audiences.household`, `sole_audiences`, `instead_of`)."""

from __future__ import annotations

import pytest

from bot.content.faqbase import load_faq
from bot.understand.facet_deltas import SOLE_PENALTY, FacetGroups
from bot.understand.matcher import Matcher
from tests.conftest import FAQ_DIR


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_faq(FAQ_DIR))


@pytest.mark.parametrize("text", [
    "art saya mau saya daftarkan, bisa oleh majikan?",
    "pembantu kami sudah ikut 4 tahun, kami sebagai pemilik mau daftarin",
    "sopir pribadi keluarga kami bisa didaftarkan?",
])
def test_a_household_is_read_instead_of_a_company(matcher: Matcher, text: str) -> None:
    audiences = matcher.facets.read(text)[1]
    assert "household" in audiences
    assert "employer" not in audiences


def test_a_company_stays_a_company(matcher: Matcher) -> None:
    assert "employer" in matcher.facets.read("karyawan kami mau didaftarkan ke bpjs tk")[1]


def test_the_household_entry_is_the_household_audience(matcher: Matcher) -> None:
    assert "household" in matcher.facets_of("iuran-bpu-pekerja-rumah-tangga")[1]
    assert "household" not in matcher.facets_of("pk-daftar-perusahaan")[1]


def test_a_household_message_demotes_the_company_entries(matcher: Matcher) -> None:
    groups = FacetGroups([matcher.facets_of("iuran-bpu-pekerja-rumah-tangga"),
                          matcher.facets_of("pk-daftar-perusahaan")], matcher.facets.sole)
    asked = matcher.facets.read("mau daftarin art saya ke bpjs tk sebagai majikan")
    mine, company = groups.deltas(asked, frozenset())
    assert mine - company >= SOLE_PENALTY


def test_what_the_household_entry_does_not_answer_keeps_its_entries(matcher: Matcher) -> None:
    groups = FacetGroups([matcher.facets_of("iuran-bpu-pekerja-rumah-tangga"),
                          matcher.facets_of("jkk-biaya-pengobatan")], matcher.facets.sole)
    asked = matcher.facets.read("saya art, tangan saya patah waktu ngepel, biaya berobat "
                                "ditanggung?")
    assert "household" in asked[1]
    assert groups.deltas(asked, frozenset())[1] > -SOLE_PENALTY


def test_the_majikan_question_of_a_household_story(matcher: Matcher) -> None:
    result = matcher.match("Saya mau daftarkan pembantu saya ke BPJS TK, sudah ikut kami 5 "
                           "tahun. Bisa didaftarkan oleh majikan? Iurannya berapa?")
    assert result.outcome == "answer"
    assert result.candidates[0].entry_id == "iuran-bpu-pekerja-rumah-tangga"
