"""`faq check` on a copy of the real FAQ with injected errors: file, line, exit code."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import AS_OF, FAQ_DIR, TEMPLATES_DIR


@pytest.fixture
def faq_copy(tmp_path: Path) -> Path:
    target = tmp_path / "faq"
    shutil.copytree(FAQ_DIR, target)
    return target


def line_of(path: Path, needle: str, start: int = 0) -> int:
    """1-based line of the first line containing `needle` after line `start`."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if number > start and needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def run(argv: list[str], capsys) -> tuple[int, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_real_copy_passes(faq_copy: Path, capsys) -> None:
    code, out = run(["faq", "check", str(faq_copy)], capsys)
    assert code == 0, out
    assert out.startswith("OK") or "\nOK:" in out


def test_the_cue_file_is_read_once(faq_copy: Path, monkeypatch) -> None:
    """run_check validates calc-cues.yaml and uses it (minimum wages, calc_context)."""
    from bot.content import calc_cues, check

    reads: list[Path] = []
    load = calc_cues.load_cues

    def counted(path: Path):
        reads.append(path)
        return load(path)

    monkeypatch.setattr(calc_cues, "load_cues", counted)
    monkeypatch.setattr(check, "load_cues", counted, raising=False)  # wherever it is called
    faq, problems = check.run_check(faq_copy, TEMPLATES_DIR, AS_OF, sweep=False)
    assert faq is not None and not [p for p in problems if p.severity == "error"]
    assert reads == [faq_copy / calc_cues.FILE_NAME]


def test_invalid_field_reports_file_line_entry(faq_copy: Path, capsys) -> None:
    path = faq_copy / "jkm.yaml"
    entry_line = line_of(path, "id: jkm-syarat-klaim")
    programs_line = line_of(path, "programs: [JKM]", start=entry_line)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[programs_line - 1] = lines[programs_line - 1].replace("[JKM]", "[JKX]")
    path.write_text("".join(lines), encoding="utf-8")

    code, out = run(["faq", "check", str(faq_copy)], capsys)
    assert code == 1
    assert f"jkm.yaml:{programs_line}: jkm-syarat-klaim: program tidak dikenal" in out
    assert "GAGAL:" in out


def test_yaml_syntax_error_and_literal_figure(faq_copy: Path, capsys) -> None:
    path = faq_copy / "jkm.yaml"
    text = path.read_text(encoding="utf-8")
    answer_line = line_of(path, "Siapkan: kartu peserta")
    # A literal figure in an answer bypasses rates.yaml: an error on the entry.
    path.write_text(text.replace("Siapkan: kartu peserta", "Biaya Rp 5.000. Siapkan: kartu"),
                    encoding="utf-8")
    code, out = run(["faq", "check", str(faq_copy)], capsys)
    assert code == 1
    assert "jkm.yaml:" in out and "jkm-syarat-klaim: jawaban menulis angka langsung" in out

    # A tab-broken mapping: YAML syntax error with the line it happened on.
    broken = text.splitlines(keepends=True)
    broken[answer_line - 1] = "  oops: [unclosed\n"
    path.write_text("".join(broken), encoding="utf-8")
    code, out = run(["faq", "check", str(faq_copy)], capsys)
    assert code == 1
    reported = [line for line in out.splitlines() if line.startswith("jkm.yaml:")]
    assert reported and "sintaks YAML" in reported[0]
    line_no = int(reported[0].split(":")[1])
    assert abs(line_no - answer_line) <= 2  # the parser points at or just after the bad line


def test_broken_template_reported(faq_copy: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES_DIR, templates)
    (templates / "help.html.j2").write_text("Halo\n{% if %}\n", encoding="utf-8")
    monkeypatch.setenv("TEMPLATES_DIR", str(templates))
    code, out = run(["faq", "check", str(faq_copy)], capsys)
    assert code == 1
    assert "templates/help.html.j2:2: -: sintaks template" in out


def near_duplicates(out: str, *ids: str) -> list[str]:
    return [line for line in out.splitlines()
            if "hampir sama" in line and all(i in line for i in ids)]


def test_near_duplicate_phrasing_is_a_warning(faq_copy: Path, capsys) -> None:
    _, before = run(["faq", "check", str(faq_copy)], capsys)
    assert near_duplicates(before, "jkm-syarat-klaim", "jkm-manfaat") == []
    path = faq_copy / "jkm.yaml"
    text = path.read_text(encoding="utf-8")
    # Give the second entry a phrasing that only differs in punctuation from the first's.
    text = text.replace("      - apa saja syarat klaim jkm\n",
                        "      - apa saja syarat klaim jkm\n"
                        "      - jaminan kematian dapat berapa?\n")
    path.write_text(text, encoding="utf-8")
    code, out = run(["faq", "check", str(faq_copy)], capsys)
    assert code == 0, out  # warnings do not fail the check
    [warning] = near_duplicates(out, "jkm-syarat-klaim", "jkm-manfaat")
    assert warning.startswith(f"jkm.yaml:{line_of(path, 'id: jkm-syarat-klaim')}: "
                              "jkm-syarat-klaim: peringatan:")
    assert "'jaminan kematian dapat berapa?'" in warning


def test_different_program_is_not_a_near_duplicate(faq_copy: Path, capsys) -> None:
    """'syarat klaim jkm' vs 'syarat klaim jkk' differ by one letter but are different things."""
    path = faq_copy / "jkm.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("      - jaminan kematian dapat berapa\n",
                        "      - jaminan kematian dapat berapa\n"
                        "      - apa saja syarat klaim jkk\n")
    path.write_text(text, encoding="utf-8")
    code, out = run(["faq", "check", str(faq_copy)], capsys)
    assert code == 0, out
    assert near_duplicates(out, "syarat klaim jkk") == []


def unused_target_warnings(out: str) -> list[str]:
    return [line for line in out.splitlines()
            if line.startswith("synonyms.yaml:") and "tidak dipakai pertanyaan/judul" in line]


def test_synonym_target_no_phrasing_uses_is_a_warning(faq_copy: Path, capsys) -> None:
    """A mapping onto a word no entry uses makes the mapped word unknown: staff are warned
    with file:line; a target listed under not_faq_targets is intended and not warned about."""
    path = faq_copy / "synonyms.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("synonyms:\n", "synonyms:\n  zebrakuda: [zbrkd]\n", 1),
                    encoding="utf-8")
    code, out = run(["faq", "check", str(faq_copy)], capsys)
    assert code == 0, out  # a warning, not an error
    [warning] = unused_target_warnings(out)
    assert warning.startswith(f"synonyms.yaml:{line_of(path, 'zebrakuda:')}: zebrakuda: ")
    path.write_text(path.read_text(encoding="utf-8") + "not_faq_targets: [zebrakuda]\n",
                    encoding="utf-8")
    _, listed = run(["faq", "check", str(faq_copy)], capsys)
    assert unused_target_warnings(listed) == []
