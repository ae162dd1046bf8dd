"""A foreign worker (TKA, expat) or their employer is an audience read from the foreign words
("asing" after synonyms: "expat", "wna", "bule", a nationality), and the TKA entries are its
entries (faq/facets.yaml `audiences.tka`); it is not a sole audience: JHT for someone leaving
Indonesia stays a general question."""

from __future__ import annotations

from datetime import date

import pytest

from bot.content.store import Content, build_content
from bot.understand.matcher import Matcher
from tests.conftest import FAQ_DIR, TEMPLATES_DIR


@pytest.fixture(scope="module")
def content() -> Content:
    return build_content(FAQ_DIR, TEMPLATES_DIR, date(2026, 12, 1), thorough=False)


@pytest.fixture(scope="module")
def matcher(content: Content) -> Matcher:
    return content.matcher


@pytest.mark.parametrize("text", [
    "karyawan wna kami habis kontrak",
    "saya expat kerja di jakarta",
    "tka di pabrik harus ikut jamsostek",
])
def test_foreign_workers_read_as_tka(matcher: Matcher, text: str) -> None:
    assert "tka" in matcher.facets.read(text)[1]


def test_a_nationality_reads_as_tka_in_english(content: Content) -> None:
    assert "tka" in content.matcher_en.facets.read("I'm a British engineer in Jakarta")[1]


def test_an_indonesian_abroad_is_no_tka(matcher: Matcher) -> None:
    assert "tka" not in matcher.facets.read("sy tkw di taiwan")[1]


@pytest.mark.parametrize("text", [
    "ada nomor asing nelpon ngaku dari bpjs tk",
    "saya abk di kapal asing, bisa ikut bpjs tk?",
    "saya kerja di perusahaan asing, kalau resign jht bisa cair?",
])
def test_a_bare_asing_is_no_tka(matcher: Matcher, text: str) -> None:
    # "asing" alone is also "unknown" or a foreign firm/ship employing Indonesians
    assert "tka" not in matcher.facets.read(text)[1]


def test_the_tka_entries_are_its_audience(matcher: Matcher) -> None:
    for entry_id in ("pk-tenaga-kerja-asing", "pk-tka-meninggalkan-indonesia", "rujukan-izin-tka"):
        assert "tka" in matcher.facets_of(entry_id)[1], entry_id
    # the expat's employer asks about the leaving expat too ("tka kami pulang for good")
    assert "employer" in matcher.facets_of("pk-tka-meninggalkan-indonesia")[1]
    assert "tka" not in matcher.facets.sole
