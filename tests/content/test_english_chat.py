"""English chat forms (faq/language.yaml `english_chat`): read by the English matcher as the
words they stand for, unless the FAQ writes the form itself; never by the Indonesian matcher."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bot.content.english import english_view, load_language
from bot.content.english_chat import chat_forms, read_chat_forms
from bot.content.store import build_content
from bot.content.yamlsrc import load_yaml
from tests.conftest import FAQ_DIR, TEMPLATES_DIR


@pytest.fixture(scope="module")
def content():
    return build_content(FAQ_DIR, TEMPLATES_DIR, date(2026, 12, 2), thorough=False)


def test_a_chat_form_reads_as_its_word_in_the_english_matcher_only(content):
    english = content.matcher_en.normalizer
    assert english.tokens("hv to pay") == english.tokens("have to pay")
    assert english.tokens("wats the diff") == english.tokens("wats the difference")
    assert english.tokens("i wanna reg") == english.tokens("i want to register")
    assert content.matcher.normalizer.tokens("diff") == ("diff",)  # Indonesian: as written


def test_a_form_the_faq_writes_itself_is_not_read(content):
    view = english_view(content.faq, content.faq.synonyms_en)
    pairs = (*view.language.chat_forms, ("info", "information"), ("jht", "old age"))
    forms = chat_forms(replace(view, language=replace(view.language, chat_forms=pairs)))
    assert forms["hv"] == ("have",) and forms["wont"] == ("won", "t")
    assert "info" not in forms and "jht" not in forms  # a phrasing's word and a synonym's


def test_a_form_under_two_words_or_not_one_word_is_a_problem(tmp_path):
    path = tmp_path / "language.yaml"
    path.write_text("english_chat:\n  year: [yr]\n  your: [yr, Ur, 'u r']\n", encoding="utf-8")
    data, _ = load_yaml(path, path.name)
    problems: list = []
    assert read_chat_forms(data, path.name, problems) == (("yr", "year"),)
    assert len(problems) == 3, problems


def test_a_list_the_language_file_does_not_know_is_a_problem(tmp_path):
    """A mistyped list name ("englsh:") left English unread on a reload that was accepted."""
    (tmp_path / "language.yaml").write_text("englsh: [the, is]\nindonesian: [yang]\n",
                                            encoding="utf-8")
    problems: list = []
    load_language(tmp_path, problems)
    assert [p.entry for p in problems] == ["englsh"], problems
