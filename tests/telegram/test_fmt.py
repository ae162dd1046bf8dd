"""Message splitting and keyboard conversion for Telegram."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.replies import Button, Reply
from bot.telegram.fmt import (
    MAX_MESSAGE,
    deep_link,
    keyboard,
    share_row,
    split_html,
    tg_len,
)
from tests.telegram.fake_bot_api import check_html


def test_short_text_is_one_part():
    assert split_html("<b>Halo</b>\n\nApa kabar?") == ["<b>Halo</b>\n\nApa kabar?"]


def test_long_text_splits_on_paragraph_boundaries():
    paragraphs = [f"Paragraf {i}: " + "kata " * 150 for i in range(12)]
    text = "\n\n".join(p.strip() for p in paragraphs)
    parts = split_html(text)
    assert len(parts) > 1
    assert all(tg_len(p) <= MAX_MESSAGE for p in parts)
    # Nothing lost, and every cut is between paragraphs.
    assert "\n\n".join(parts) == text
    for part in parts:
        assert part.startswith("Paragraf ")


def test_tags_spanning_a_cut_are_closed_and_reopened():
    text = "<blockquote>" + "\n\n".join("baris panjang " * 60 for _ in range(10)) + "</blockquote>"
    parts = split_html(text)
    assert len(parts) > 1
    for part in parts:
        check_html(part)  # Telegram would accept each part on its own
        assert part.startswith("<blockquote>") and part.endswith("</blockquote>")


def test_one_giant_paragraph_is_cut_at_spaces_not_inside_entities():
    text = ("Rp5.000.000 &amp; tunjangan " * 400).strip()
    parts = split_html(text)
    assert len(parts) > 1
    for part in parts:
        assert tg_len(part) <= MAX_MESSAGE
        check_html(part)
        assert not part.endswith("&") and "&amp" not in part.replace("&amp;", "")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["<b>tebal</b>", "teks biasa", "&lt;x&gt;", "\n", "\n\n",
                                 "😀", "<i>miring " * 3 + "</i>" * 3, "kata " * 300]),
                max_size=80))
def test_split_parts_are_valid_and_within_limit(chunks):
    text = "".join(chunks)
    if not text.strip():
        return
    parts = split_html(text)
    for part in parts:
        assert tg_len(part) <= MAX_MESSAGE
        check_html(part)


def test_keyboard_conversion_kinds_and_bad_data_dropped():
    rows = [[Button("Pilih", "faq:x"), Button("Situs", url="https://bpjsketenagakerjaan.go.id")],
            [Button("Bagikan", share_query="jht resign")],
            [Button("Terlalu panjang", "x" * 65)]]
    markup = keyboard(rows)
    assert markup is not None
    flat = [b for row in markup.inline_keyboard for b in row]
    assert [b.text for b in flat] == ["Pilih", "Situs", "Bagikan"]
    assert flat[0].callback_data == "faq:x"
    assert flat[1].url.startswith("https://")
    assert flat[2].switch_inline_query == "jht resign"
    assert keyboard([]) is None


def test_share_row_only_for_faq_answers_with_a_deep_link():
    faq = Reply("<b>Santunan JKM</b>", kind="faq", entry_id="jkm-manfaat")
    (button,), = share_row(faq, "bpjstk_bot", "Santunan JKM")
    shared = parse_qs(urlparse(button.url).query)
    assert shared["url"] == ["https://t.me/bpjstk_bot?start=faq_jkm-manfaat"]
    assert share_row(Reply("x", kind="suggestions"), "bpjstk_bot", "x") == []
    assert share_row(faq, "", "x") == []
    assert deep_link("b", "daftar") == "https://t.me/b?start=daftar"
