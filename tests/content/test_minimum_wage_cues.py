"""A broken `minimum_wage` group in calc-cues.yaml: a problem with file and line from `faq
check`, never a crash, and never a blank name that every message would match."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.calc_cues import FILE_NAME, check_cues
from tests.conftest import FAQ_DIR

GOOD = ("  words: [umr]\n  wage_words: [gaji]\n  not_wage: [lapor]\n"
        "  provinces:\n    jabar: {name: Jawa Barat, names: [jawa barat], cities: [bogor]}\n")


def _with_group(tmp_path: Path, group: str) -> Path:
    """A copy of the cue file whose minimum_wage group is `group`."""
    head = (FAQ_DIR / FILE_NAME).read_text(encoding="utf-8").split("\nminimum_wage:")[0]
    (tmp_path / FILE_NAME).write_text(f"{head}\nminimum_wage:\n{group}", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("group", "key"), [
    ("  words: [umr]\n  wage_words: [gaji]\n  not_wage: [lapor]\n  provinces: [a, b]\n",
     "minimum_wage.provinces"),
    (GOOD + "  cities: [bekasi]\n", "minimum_wage.cities"),
    (GOOD + "  cities:\n    bekasi: {name: Kota Bekasi, names: [bekasi], province: [jabar]}\n",
     "minimum_wage.cities.bekasi"),
    (GOOD.replace("names: [jawa barat]", "names: [jawa barat, '']"),
     "minimum_wage.provinces.jabar"),
    (GOOD.replace("names: [jawa barat]", "names: [jawa barat, null]"),
     "minimum_wage.provinces.jabar"),
    (GOOD.replace("cities: [bogor]", "cities: bogor"), "minimum_wage.provinces.jabar"),
    (GOOD.replace("words: [umr]", "words: ['  ']"), "minimum_wage.words"),
    ("  words: [umr]\n  wage_words: [gaji]\n  not_wage: [lapor]\n", "minimum_wage.provinces"),
])
def test_a_broken_group_is_a_problem_not_a_crash(tmp_path: Path, group: str, key: str):
    problems = check_cues(_with_group(tmp_path, group))
    assert any(p.entry == key and p.file == FILE_NAME and p.line > 1 for p in problems), problems


def test_a_good_group_has_no_problem(tmp_path: Path):
    assert check_cues(_with_group(tmp_path, GOOD)) == []


def test_faq_check_reports_a_place_without_its_figure_key(tmp_path: Path):
    """A province or UMK city the reader knows, but no ump_/umk_ key in rates.yaml (a typo in
    either file): named by `faq check` with the cue file's line."""
    import shutil

    from bot.content.check import run_check
    from tests.conftest import AS_OF, TEMPLATES_DIR

    faq = tmp_path / "faq"
    shutil.copytree(FAQ_DIR, faq)
    rates = faq / "rates.yaml"
    text = rates.read_text(encoding="utf-8")
    rates.write_text(text.replace("\nump_jawa_barat:", "\nump_jabar:", 1)
                     .replace("\numk_depok:", "\numk_kota_depok:", 1), encoding="utf-8")
    rows = (faq / FILE_NAME).read_text(encoding="utf-8").splitlines()
    _faq, problems = run_check(faq, TEMPLATES_DIR, AS_OF, sweep=False)
    found = {p.entry: p for p in problems if p.entry.startswith("minimum_wage")}
    assert set(found) == {"minimum_wage.provinces.jawa_barat", "minimum_wage.cities.depok"}
    for key, prefix, rate in (("provinces.jawa_barat", "    jawa_barat:", "ump_jawa_barat"),
                              ("cities.depok", "    depok:", "umk_depok")):
        problem = found[f"minimum_wage.{key}"]
        assert problem.file == FILE_NAME and rate in problem.message
        assert rows[problem.line - 1].startswith(prefix)


def test_a_reload_with_a_broken_group_keeps_serving_and_names_the_problem(tmp_path: Path):
    import shutil

    from bot.content.store import ContentStore
    from tests.conftest import AS_OF, TEMPLATES_DIR

    faq = tmp_path / "faq"
    shutil.copytree(FAQ_DIR, faq)
    store = ContentStore(faq, TEMPLATES_DIR, lambda: AS_OF)
    before = store.current
    path = faq / FILE_NAME
    head = path.read_text(encoding="utf-8").split("\nminimum_wage:")[0]
    path.write_text(head + "\nminimum_wage:\n  words: [umr]\n  wage_words: [gaji]\n"
                    "  not_wage: [lapor]\n  provinces: [jakarta]\n", encoding="utf-8")
    error = store.reload()
    assert error is not None and store.current is before
    assert any(p.entry == "minimum_wage.provinces" for p in error.problems), error.problems
