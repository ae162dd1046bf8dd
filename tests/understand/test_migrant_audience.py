"""A migrant worker (PMI) or their family is answered from the PMI entries, the aspect asked
picking among them; an expat, a trip abroad or a country alone is not a PMI (faq/facets.yaml
`audiences.pmi`, `sole_audiences`)."""

from __future__ import annotations

import pytest

from bot.content.faqbase import load_faq
from bot.understand.facet_deltas import SIBLING_PENALTY, SOLE_PENALTY, FacetGroups
from bot.understand.matcher import Matcher
from tests.conftest import FAQ_DIR


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_faq(FAQ_DIR))


@pytest.mark.parametrize("text", [
    "sy tkw di taiwan",
    "suami saya kerja di malaysia jadi buruh kebun",
    "calon pmi mau berangkat ke korea",
])
def test_migrant_writers_read_as_pmi(matcher: Matcher, text: str) -> None:
    assert "pmi" in matcher.facets.read(text)[1]


@pytest.mark.parametrize("text", [
    "saya mau liburan ke jepang bulan depan",
    "saya tka dari malaysia kerja di jakarta",
    "anak saya kuliah di australia",
])
def test_a_country_alone_is_no_pmi(matcher: Matcher, text: str) -> None:
    assert "pmi" not in matcher.facets.read(text)[1]


def test_the_pmi_entries_are_the_pmi_audiences(matcher: Matcher) -> None:
    for entry_id in ("pmi-program", "pmi-iuran", "pmi-jht", "pmi-klaim"):
        assert "pmi" in matcher.facets_of(entry_id)[1], entry_id
    assert "pmi" not in matcher.facets_of("jkm-cara-klaim")[1]


def test_a_migrant_message_demotes_the_other_entries(matcher: Matcher) -> None:
    groups = FacetGroups([matcher.facets_of("pmi-klaim"), matcher.facets_of("jkm-cara-klaim")],
                         matcher.facets.sole)
    story = matcher.facets.read("bapak saya tki di saudi meninggal di sana, ahli warisnya "
                                "ngurus klaim gimana")
    mine, general = groups.deltas(story, frozenset())
    assert mine - general >= SOLE_PENALTY


def test_the_asked_aspect_picks_among_the_pmi_entries(matcher: Matcher) -> None:
    groups = FacetGroups([matcher.facets_of("pmi-iuran"), matcher.facets_of("pmi-program")],
                         matcher.facets.sole)
    asked = matcher.facets.read("aku tkw di singapura, iuran bpjs tk ku sebulan berapa")
    contribution, general = groups.deltas(asked, frozenset())
    assert contribution - general >= SIBLING_PENALTY
    # no aspect asked: the PMI entries stay level
    plain = groups.deltas(matcher.facets.read("aku tkw di singapura"), frozenset())
    assert plain[0] == plain[1]


def test_a_migrant_heir_gets_the_pmi_claim(matcher: Matcher) -> None:
    result = matcher.match("ibu saya tkw di hongkong meninggal bulan lalu karena sakit, kami "
                           "keluarganya mau urus santunan, gimana caranya")
    assert result.candidates[0].entry_id == "pmi-klaim"
    assert result.candidates[0].score - result.candidates[1].score > 5


def test_leaving_for_work_is_no_departure_abroad(matcher: Matcher) -> None:
    # "sebelum berangkat kerja" is a commute, not a migrant's departure (pmi17 dropped the
    # pmi-klaim phrasing "terdaftar ... sebelum berangkat, keluarganya mau klaim")
    result = matcher.match("adik saya sudah terdaftar bpjs tk sebelum berangkat kerja, "
                           "kecelakaan motor, klaimnya gimana")
    assert result.candidates[0].entry_id == "jkk-perjalanan"
