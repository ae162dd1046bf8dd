"""bench/deleak.py finds a phrasing written later from a message's own words, and only that."""

from __future__ import annotations

from bench.deleak import _scalar, copies, without
from bot.content.faqbase import load_faq
from bot.staff.real_sets import RealCase
from bot.understand.matcher import Matcher
from tests.conftest import FAQ_DIR


def test_yaml_list_lines_give_their_phrasing() -> None:
    assert _scalar('      - "Cara cek saldo JHT"') == "cara cek saldo jht"
    assert _scalar("    title: Apa itu JHT?") is None
    assert _scalar("      - [a, b]") is None


def test_only_later_phrasings_mostly_made_of_the_message_count_as_copies() -> None:
    faq = load_faq(FAQ_DIR)
    m = Matcher(faq)
    entry = faq.entries["jht-cek-saldo"]
    phrasing = entry.questions[0]
    name = entry.file.rsplit("/", 1)[-1]
    times = {(name, phrasing.strip().lower()): 200}
    case = RealCase(phrasing + " dong min", "jht-cek-saldo", "x.yaml", 1, "https://example.org")
    assert copies(m, faq, case, 100, times, 0.6) == {("jht-cek-saldo", phrasing)}
    assert copies(m, faq, case, 300, times, 0.6) == frozenset()  # written before the message
    other = RealCase("iuran jkm bpu berapa", "iuran-bpu-besaran", "x.yaml", 1, "https://x.org")
    assert copies(m, faq, other, 100, times, 0.6) == frozenset()  # not its words


def test_without_removes_just_those_phrasings() -> None:
    faq = load_faq(FAQ_DIR)
    entry = faq.entries["jht-cek-saldo"]
    dropped = without(faq, frozenset({("jht-cek-saldo", entry.questions[0])}))
    assert dropped.entries["jht-cek-saldo"].questions == entry.questions[1:]
    assert dropped.entries["jht-apa-itu"] is faq.entries["jht-apa-itu"]
    assert faq.entries["jht-cek-saldo"].questions == entry.questions  # the original is kept
