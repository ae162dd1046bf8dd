"""Loading validates everything and reports every problem at once as file:line: entry: msg."""

import shutil
from pathlib import Path

import pytest

from bot.content.faqbase import load_faq
from bot.content.yamlsrc import ContentError
from tests.conftest import FAQ_DIR

GOOD_ENTRY = """\
  - id: contoh-satu
    title: Contoh satu
    questions: [apa itu contoh satu, contoh satu itu apa]
    audience: all
    programs: [JHT]
    answer: Jawaban {{ txt('call_center') }}
    basis: PP 46/2015
    reviewed: 2026-11-24
"""


def make_dir(tmp_path: Path, body: str) -> Path:
    shutil.copy(FAQ_DIR / "rates.yaml", tmp_path / "rates.yaml")
    shutil.copy(FAQ_DIR / "synonyms.yaml", tmp_path / "synonyms.yaml")
    shutil.copy(FAQ_DIR / "clause-cues.yaml", tmp_path / "clause-cues.yaml")  # else a warning
    (tmp_path / "contoh.yaml").write_text(body, encoding="utf-8")
    return tmp_path


def problems_of(directory: Path) -> list[str]:
    with pytest.raises(ContentError) as err:
        load_faq(directory)
    return [str(p) for p in err.value.problems]


def test_real_faq_base_loads():
    faq = load_faq(FAQ_DIR)
    assert faq.entries and faq.topics
    for entry in faq.entries.values():
        assert entry.basis and entry.reviewed and len(entry.questions) >= 2


def test_valid_minimal_file_loads(tmp_path):
    faq = load_faq(make_dir(tmp_path, "topic: contoh\ntitle: Contoh\nentries:\n" + GOOD_ENTRY))
    entry = faq.entries["contoh-satu"]
    assert entry.file == "contoh.yaml" and entry.line == 4 and entry.topic == "contoh"


def test_every_problem_is_reported_with_file_line_and_entry(tmp_path):
    body = "topic: contoh\ntitle: Contoh\nentries:\n" + GOOD_ENTRY + """\
  - id: Bad Id
    title: x
    questions: [satu]
    audience: everyone
    programs: [XYZ]
    answer: ok
    basis: PP
    reviewed: kemarin
    related: [tidak-ada]
  - id: contoh-satu
    title: Duplikat
    questions: [a b, c d]
    audience: all
    programs: [JHT]
    answer: ok
    reviewed: 2026-11-24
"""
    found = problems_of(make_dir(tmp_path, body))
    joined = "\n".join(found)
    assert "contoh.yaml:12: Bad Id: id harus" in joined
    assert "contoh.yaml:14: Bad Id: questions perlu paling sedikit 2 cara bertanya" in joined
    assert "contoh.yaml:15: Bad Id: audience harus salah satu dari" in joined
    assert "contoh.yaml:16: Bad Id: program tidak dikenal" in joined
    assert "contoh.yaml:19: Bad Id: reviewed harus tanggal" in joined
    assert "contoh-satu: dasar hukum ('basis') belum diisi" in joined


def test_yaml_syntax_error_names_file_and_line(tmp_path):
    body = "topic: contoh\ntitle: Contoh\nentries:\n  - id: a\n    title: [unclosed\n"
    found = problems_of(make_dir(tmp_path, body))
    assert any(p.startswith("contoh.yaml:") and "sintaks YAML" in p for p in found)


def test_unknown_related_and_duplicate_ids_across_files(tmp_path):
    make_dir(tmp_path, "topic: contoh\ntitle: Contoh\nentries:\n" + GOOD_ENTRY)
    (tmp_path / "lain.yaml").write_text(
        "topic: lain\ntitle: Lain\nentries:\n" + GOOD_ENTRY.replace(
            "reviewed: 2026-11-24", "reviewed: 2026-11-24\n    related: [hilang]"),
        encoding="utf-8")
    joined = "\n".join(problems_of(tmp_path))
    assert "lain.yaml:4: contoh-satu: id ganda (juga di contoh.yaml:4)" in joined


def test_duplicate_key_in_an_entry_is_an_error_with_its_line(tmp_path):
    body = "topic: contoh\ntitle: Contoh\nentries:\n" + GOOD_ENTRY + "    title: Lagi\n"
    found = problems_of(make_dir(tmp_path, body))
    assert any(p.startswith("contoh.yaml:12:") and "kunci ganda 'title'" in p for p in found)


def test_a_broken_entry_is_reported_once_not_again_by_every_link_to_it(tmp_path):
    broken = GOOD_ENTRY.replace("audience: all", "audience: semua")
    linking = GOOD_ENTRY.replace("contoh-satu", "contoh-dua").replace(
        "reviewed: 2026-11-24", "reviewed: 2026-11-24\n    related: [contoh-satu]")
    found = problems_of(make_dir(tmp_path, "topic: contoh\ntitle: Contoh\nentries:\n"
                                 + broken + linking))
    assert found == ["contoh.yaml:7: contoh-satu: "
                     "audience harus salah satu dari worker, employer, all"]


def test_an_unquoted_no_in_a_synonym_list_is_reported_not_read_as_false(tmp_path):
    from bot.content.faqbase import _load_synonyms

    path = tmp_path / "synonyms.yaml"
    path.write_text("synonyms:\n  tidak: [gak, no]\n  nomor: [\"no\"]\n", encoding="utf-8")
    problems: list = []
    synonyms = _load_synonyms(path, problems)
    assert [p for p in problems if "tanda kutip" in p.message and p.line == 2]
    assert "false" not in synonyms.replacements  # YAML's false is never a word
    assert synonyms.replacements["no"] == "nomor"  # quoted, it is the word


def test_a_mistyped_list_name_in_a_synonyms_file_is_a_problem(tmp_path):
    """"stopword:" for "stopwords:" was accepted on a reload and dropped every stopword."""
    from bot.content.faqbase import _load_synonyms

    path = tmp_path / "synonyms.yaml"
    path.write_text("synonyms:\n  iuran: [potongan]\nstopword: [dong]\nthanks: [makasih]\n"
                    "not_faq_targets: [iuran]\n", encoding="utf-8")
    problems: list = []
    synonyms = _load_synonyms(path, problems)
    assert [(p.entry, p.line) for p in problems] == [("stopword", 3)], problems
    assert synonyms.thanks == {"makasih"} and synonyms.replacements == {"potongan": "iuran"}
