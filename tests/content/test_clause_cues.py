"""faq/clause-cues.yaml: validated as file:line, and a broken edit never stops the bot."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.content.check import run_check
from bot.content.clause_cues import FILE, load_clause_cues
from bot.content.faqbase import load_faq
from bot.content.store import ContentStore
from bot.content.yamlsrc import Problem
from bot.understand.clause_words import LISTS, ClauseCues
from bot.understand.clauses import asks
from tests.conftest import AS_OF, FAQ_DIR, TEMPLATES_DIR
from tests.content.edits import edit_once


@pytest.fixture
def cue_copy(tmp_path: Path) -> Path:
    shutil.copy(FAQ_DIR / FILE, tmp_path / FILE)
    return tmp_path


def _problems(directory: Path) -> list[Problem]:
    problems: list[Problem] = []
    load_clause_cues(directory, problems)
    return problems


def test_the_real_file_has_every_list_and_no_problem():
    problems: list[Problem] = []
    cues = load_clause_cues(FAQ_DIR, problems)
    assert problems == []
    assert set(cues.words) == set(LISTS) and all(cues.words.values())
    assert asks("jht saya bisa cair kan", cues) and not asks("jht saya sudah cair", cues)


@pytest.mark.parametrize("old, new, entry, says", [
    ("\ntags: [ga,", "\ntags: ['(ga',", "tags", "'(ga' bukan kata"),
    ("\ntags: [ga,", "\ntags: [no,", "tags", "butir ke-1 bukan kata"),
    ("\nannounce_verbs: [tanya, nanya]", "\nannounce_verbs: []", "announce_verbs",
     "daftar kata yang tidak kosong"),
    ("\nannounce_verbs: [tanya, nanya]", "\nannounce_verbs: tanya", "announce_verbs",
     "daftar kata yang tidak kosong"),
    ("\nannounce_verbs: [tanya, nanya]", "\nannounce_verbs: [tanya, nanya]\nannounced: [x]",
     "announced", "tidak dikenal"),
])
def test_a_malformed_list_is_an_error_at_its_line(cue_copy: Path, old, new, entry, says):
    line = edit_once(cue_copy / FILE, old, new) + 1  # `old` starts with the line break before it
    if entry == "announced":
        line += 1
    found = [p for p in _problems(cue_copy) if p.entry == entry]
    assert len(found) == 1, _problems(cue_copy)
    assert found[0].file == FILE and found[0].line == line and found[0].severity == "error"
    assert says in found[0].message


def test_a_missing_list_is_an_error(cue_copy: Path):
    edit_once(cue_copy / FILE, "\nreason_stops: [padahal, tapi, tetapi, namun]", "")
    assert [(p.entry, p.severity) for p in _problems(cue_copy)] == [("reason_stops", "error")]


def test_a_yaml_syntax_error_names_the_file(cue_copy: Path):
    edit_once(cue_copy / FILE, "\ntags: [ga,", "\ntags: [ga,,]]")
    assert any(p.file == FILE and p.severity == "error" for p in _problems(cue_copy))


def test_faq_check_reports_a_broken_cue_file_with_its_line(tmp_path: Path):
    faq = tmp_path / "faq"
    shutil.copytree(FAQ_DIR, faq)
    line = edit_once(faq / FILE, "\nrefused_words: [ditolak,", "\nrefused_words: ['ditolak?',") + 1
    _faq, problems = run_check(faq, TEMPLATES_DIR, AS_OF, sweep=False)
    assert f"{FILE}:{line}: refused_words: 'ditolak?' bukan kata" in "\n".join(map(str, problems))


def test_without_the_file_a_warning_and_nothing_is_split(tmp_path: Path):
    faq = tmp_path / "faq"
    shutil.copytree(FAQ_DIR, faq)
    (faq / FILE).unlink()
    loaded = load_faq(faq)
    assert any(w.file == FILE for w in loaded.warnings)
    assert not asks("jht cair kapan?", loaded.clause_cues)  # ClauseCues(): asks nothing
    assert isinstance(loaded.clause_cues, ClauseCues)


def test_a_reload_with_a_broken_cue_file_keeps_serving_the_last_good_content(tmp_path: Path):
    faq = tmp_path / "faq"
    shutil.copytree(FAQ_DIR, faq)
    store = ContentStore(faq, TEMPLATES_DIR, lambda: AS_OF)
    before = store.current
    two = "jht saya bisa cair kapan? terus daftar bpu buat istri gimana caranya?"
    asked = before.matcher.match(two)
    edit_once(faq / FILE, "\nthought_starts: [terus,", "\nthought_starts: [terus!,")
    error = store.reload()
    assert error is not None and store.current is before
    assert any(p.file == FILE and p.entry == "thought_starts" for p in error.problems)
    again = store.current.matcher.match(two)  # still answering, still splitting the questions
    assert again.outcome == asked.outcome and again.others == asked.others
