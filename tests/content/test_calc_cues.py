"""faq/calc-cues.yaml: validated with file:line, checked by `faq check`, loaded with content."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.content.calc_cues import FILE_NAME, check_cues, load_cues
from bot.content.check import run_check
from bot.content.store import build_content
from bot.content.yamlsrc import ContentError
from tests.conftest import AS_OF, FAQ_DIR, TEMPLATES_DIR


def test_the_real_file_loads():
    cues = load_cues(FAQ_DIR / FILE_NAME)
    assert cues.has("kinds", "death", "suami saya meninggal")
    assert cues.has("roles", "wage", "gajiku 4jt")  # -ku suffix
    assert cues.scheme("saya pns").name == "PT Taspen"
    assert cues.periods["day"].per_month > 0


@pytest.fixture
def faq_copy(tmp_path: Path) -> Path:
    target = tmp_path / "faq"
    shutil.copytree(FAQ_DIR, target)
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_problems_name_file_and_line(faq_copy: Path):
    path = faq_copy / FILE_NAME
    _edit(path, "  other: [pedagang,", "  other: [ojol, pedagang,")  # ojol is also transport
    _edit(path, "  fine: [denda,", "  fines: [denda,")  # a list the reader needs is gone
    problems = check_cues(faq_copy)
    text = "\n".join(str(p) for p in problems)
    line_other = next(i for i, line in enumerate(path.read_text().splitlines(), 1)
                      if line.startswith("  other: [ojol"))
    assert f"{FILE_NAME}:{line_other}: sectors.other: 'ojol' is also in sectors.transport" in text
    assert "missing list 'fine'" in text
    with pytest.raises(ContentError):
        load_cues(path)


def test_faq_check_reports_a_broken_cue_file_and_the_bot_refuses_it(faq_copy: Path):
    _edit(faq_copy / FILE_NAME, "per_month: 26", "per_month: nol")
    _faq, problems = run_check(faq_copy, TEMPLATES_DIR, AS_OF)
    assert any(p.file == FILE_NAME and "per_month" in p.message for p in problems)
    with pytest.raises(ContentError):
        build_content(faq_copy, TEMPLATES_DIR, AS_OF)


def test_staff_can_add_a_cue(faq_copy: Path):
    _edit(faq_copy / FILE_NAME, "  transport: [ojol,", "  transport: [bajaj, ojol,")
    content = build_content(faq_copy, TEMPLATES_DIR, AS_OF)
    assert "transport" in content.cues.found("sectors", "saya sopir bajaj")
