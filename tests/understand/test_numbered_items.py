"""Numbered questions ("mau tanya 2 hal: 1) ... 2) ...") are read one item at a time."""

from __future__ import annotations

from functools import partial

from bot.content.clause_cues import load_clause_cues
from bot.understand import clauses as reading
from bot.understand.items import itemized
from tests.conftest import FAQ_DIR

CUES = load_clause_cues(FAQ_DIR, [])
clauses = partial(reading.clauses, cues=CUES)


def test_a_numbered_list_is_split_into_its_items():
    text = "tolong dijawab: 1. iuran dibayar tgl brp 2. kalau telat dendanya brp 3. bisa dicicil ga"
    asking = [c.text for c in clauses(text, split_long=False) if c.asks]
    assert asking == ["iuran dibayar tgl brp", "kalau telat dendanya brp", "bisa dicicil ga"]
    assert len(itemized("mau tanya 2 hal: 1) denda brp 2) kode bayar apa").splitlines()) == 3


def test_a_lone_number_or_an_amount_is_no_item():
    for text in ("pindah kerja, kartu bpjs tk jd 2. gabunginnya gimana",
                 "gaji Rp 1.500.000 dan 2. apa", "saya naik ke lantai 2. di sana ditolak"):
        assert itemized(text) == text


def test_an_announced_count_asks_about_nothing(matcher):
    # "mau tanya 2 hal:" names no topic: the items' entries lead, not a lone "2".
    result = matcher.match("mau tanya 2 hal: 1) iuran bulan ini telat bayar dendanya brp "
                           "2) bayarnya pake kode apa")
    assert result.outcome == "answer" and result.candidates[0].entry_id == "iuran-pu-denda"
    assert reading.plain(("2",), CUES) and not reading.plain(("2", "jht"), CUES)


def test_the_whole_message_reads_no_item_marks(matcher):
    # The marks' lone numbers no longer count as words the answer leaves unexplained.
    result = matcher.match("tolong dijawab: 1. iuran perusahaan dibayar tgl brp 2. kalau telat "
                           "dendanya brp 3. bisa dicicil ga")
    assert result.outcome == "answer"
    assert result.candidates[0].entry_id == "iuran-pu-jatuh-tempo"


def test_mana_after_a_preposition_asks():
    for text in ("terus laporannya ke mana", "terus iurannya dari mana"):
        assert reading.asks(text, CUES)
