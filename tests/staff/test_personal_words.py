"""faq/personal-words.yaml: staff's words add to learn.py's filter, never replace it (fail safe)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.content.faqbase import load_faq
from bot.content.personal_words import FILE, PersonalWords, load_personal_words
from bot.content.yamlsrc import ContentError, Problem
from bot.staff import learn
from bot.staff.learn import NO_ADDITIONS, personal_reason
from tests.conftest import FAQ_DIR

VOCAB = frozenset({"jht", "klaim", "cair", "mau", "bisa", "meninggal", "berapa", "lama"})


def _load(directory: Path) -> tuple[PersonalWords, list[Problem]]:
    problems: list[Problem] = []
    return load_personal_words(directory, problems), problems


def _file(tmp_path: Path, text: str) -> Path:
    (tmp_path / FILE).write_text(text, encoding="utf-8")
    return tmp_path


def test_the_shipped_file_loads_and_lists_every_built_in_word():
    words, problems = _load(FAQ_DIR)
    assert problems == []
    # The file shows staff every word in use; the code's copy is the floor it cannot go below.
    assert words.name_owners >= learn._NAME_OWNERS and words.name_intros >= learn._NAME_INTROS
    assert words.address_words >= learn._ADDRESS_WORDS


def test_an_added_word_masks_more(tmp_path: Path):
    words, problems = _load(_file(tmp_path, "name_owners: [kakek]\n"
                                            "name_intros: [dengan nama]\n"))
    assert problems == []
    for text in ("nama kakek sudah meninggal jht bisa cair", "klaim jht dengan  nama budi"):
        assert personal_reason(text, VOCAB) is None
        assert personal_reason(text, VOCAB, added=words) == "menyebut nama orang"


def test_an_added_address_word_lets_a_greeting_through(tmp_path: Path):
    words, _ = _load(_file(tmp_path, "address_words: [juragan]\n"))
    text = "Halo Juragan, jht cair berapa lama"
    assert personal_reason(text, VOCAB) == "mungkin memuat nama orang"
    assert personal_reason(text, VOCAB, added=words) is None


@pytest.mark.parametrize("text, line, says", [
    ("name_owners: [kakek, '(x']\n", 1, "'(x' bukan satu kata"),
    ("name_owners: [kakek]\nname_intros:\n  - atas nama\n  - no\n", 4, "butir ke-2"),
    ("name_owners: kakek\n", 1, "harus berupa daftar"),
    ("name_ownerz: [kakek]\n", 1, "tidak dikenal"),
    ("name_owners: [kakek\n", 2, "sintaks YAML"),
])
def test_a_broken_file_is_reported_at_its_line_and_still_masks_with_the_defaults(
        tmp_path: Path, text: str, line: int, says: str):
    words, problems = _load(_file(tmp_path, text))
    assert [p.file for p in problems] == [FILE] and problems[0].line == line
    assert says in problems[0].message
    assert words == NO_ADDITIONS  # nothing of a half-read file is used ...
    for name in ("nama saya budi mau klaim jht", "klaim jht atas nama budi",
                 "klaim jht a.n. budi", "pak Joko meninggal klaim jht"):
        assert personal_reason(name, VOCAB, added=words) is not None  # ... the defaults are


def test_an_emptied_or_missing_file_keeps_the_built_in_words(tmp_path: Path):
    empty, problems = _load(_file(tmp_path, "name_owners: []\nname_intros: []\n"
                                            "address_words: []\n"))
    missing, more = _load(tmp_path / "nowhere")
    assert problems == more == [] and empty == missing == NO_ADDITIONS
    assert personal_reason("nama saya budi mau klaim jht", VOCAB, added=empty) is not None
    assert personal_reason("Halo Kak, jht cair berapa lama", VOCAB, added=empty) is None


def test_faq_check_names_the_file_and_line(tmp_path: Path):
    faq = tmp_path / "faq"
    shutil.copytree(FAQ_DIR, faq, ignore=shutil.ignore_patterns("tests"))
    text = (faq / FILE).read_text(encoding="utf-8").replace("name_owners: [saya,",
                                                            "name_owners: [Nama Saya!,")
    (faq / FILE).write_text(text, encoding="utf-8")
    line = text[:text.index("name_owners:")].count("\n") + 1
    with pytest.raises(ContentError) as err:  # `faq check` reports it; a reload keeps the old
        load_faq(faq)
    assert f"{FILE}:{line}: name_owners: 'Nama Saya!' bukan satu kata" in str(err.value)
