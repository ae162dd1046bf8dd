"""Content that stays true on every date (content review 2026-11; issue 14): every answer
renders at one date a month from 2025-01 to today + 15 months, and nothing is called current
past its known period. Each test names the review item it guards."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from bot.cli import main
from bot.console.ask import ask
from bot.content.check import check_dates, sweep_dates
from bot.content.faqbase import load_faq
from bot.content.render import Renderer, to_plain
from tests.conftest import FAQ_DIR, TEMPLATES_DIR

FAQ = load_faq(FAQ_DIR)
RENDERER = Renderer(TEMPLATES_DIR)
TODAY = date.today()


def monthly(start: date, end: date) -> list[date]:
    days, day = [], start
    while day <= end:
        days.append(day)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 15)
    return days


def render(entry_id: str, on: date) -> str:
    entry = FAQ.entries[entry_id]
    html, _ = RENDERER.render_answer(entry.id, entry.answer, FAQ.rates, on)
    return to_plain(html)


def test_scheduled_figure_in_passing_is_dated_when_past_its_period():  # S1
    text = render("iuran-pu-potong-gaji", date(2027, 3, 15))
    assert "Rp11.086.300 (batas 2026, berlaku sejak 1 Maret 2026; batas mulai 1 Maret 2027 " \
           "belum diumumkan" in text
    assert "belum diumumkan" not in render("iuran-pu-potong-gaji", date(2027, 2, 15))


def test_every_answer_renders_once_a_month_until_15_months_ahead():
    end = date(TODAY.year + (TODAY.month + 14) // 12, (TODAY.month + 14) % 12 + 1, 1)
    problems = check_dates(FAQ, RENDERER, monthly(date(2025, 1, 15), end))
    assert [str(p) for p in problems] == []


def test_every_answer_renders_at_every_boundary_date():
    dates = sweep_dates(FAQ, TODAY)
    assert date(2027, 3, 1) in dates and date(2027, 2, 28) in dates  # JP cap renewal
    assert date(2026, 2, 1) in dates and date(2026, 1, 31) in dates  # labour discount ends
    assert [str(p) for p in check_dates(FAQ, RENDERER, dates)] == []


@pytest.mark.parametrize("on", [date(2027, 3, 1), date(2027, 4, 1), date(2028, 6, 1)])
def test_no_answer_calls_the_2026_jp_cap_current_after_february_2027(on):  # S1
    for entry_id in FAQ.entries:
        text = render(entry_id, on)
        for sentence in text.replace("\n", ". ").split(". "):
            assert not ("Rp11.086.300" in sentence and "saat ini" in sentence), (entry_id, sentence)


def test_jp_cap_answer_on_2027_03_15_says_not_announced_yet():  # S1, issue "done means"
    text = render("jp-batas-upah", date(2027, 3, 15))
    assert "belum diumumkan" in text and "Rp11.086.300" in text and "batas 2026" in text
    assert "saat ini" not in text
    assert "saat ini" in render("jp-batas-upah", date(2026, 11, 30))


def test_jp_benefit_limits_are_not_current_in_2027():  # S4
    text = render("jp-manfaat-min-max", date(2027, 1, 15))
    assert "belum diumumkan" in text and "batas 2026" in text and "saat ini" not in text


def test_npwp_also_after_a_partial_claim():  # W1
    for entry_id in ("jht-npwp", "jht-dokumen", "jht-lapak-asik"):
        assert "sebagian" in render(entry_id, TODAY), entry_id
    assert "hanya diperlukan" not in render("jht-npwp", TODAY)


def test_bpu_overview_does_not_promise_every_bpu_a_discount_in_early_2026():  # S2
    text = render("iuran-bpu-besaran", date(2026, 2, 15))
    assert "hanya untuk sektor transportasi" in text


def test_labour_discount_still_applies_to_the_january_contribution_in_february():  # S3
    text = render("pk-diskon-padat-karya", date(2026, 2, 10))
    assert "Iuran Januari 2026" in text and "masih didiskon" in text
    assert "sudah berakhir" not in render("pk-diskon-padat-karya", date(2025, 1, 15))


def test_discount_conditions_say_when_the_discount_is_over():  # S6
    assert "sudah berakhir" in render("iuran-bpu-diskon-syarat", date(2027, 4, 1))
    assert "sudah berakhir" not in render("iuran-bpu-diskon-syarat", date(2026, 11, 30))


def test_jkm_contribution_mentions_the_longer_transport_discount():  # S7
    assert "transportasi" in render("jkm-iuran", date(2026, 12, 1))


def test_old_jkp_contribution_adds_up():  # W3
    text = render("jkp-iuran", date(2025, 1, 15))
    assert "0,46%" in text and "0,22%" in text and "0,14%" in text and "0,1%" in text


@pytest.mark.parametrize("entry_id, full", [
    ("jkp-apa-itu", "Jaminan Kehilangan Pekerjaan"), ("jkk-manfaat", "Jaminan Kecelakaan Kerja"),
    ("jkm-manfaat", "Jaminan Kematian"), ("jht-apa-itu", "Jaminan Hari Tua"),
    ("jp-apa-itu", "Jaminan Pensiun")])
def test_program_definitions_expand_the_acronym(entry_id, full):  # K1-K5
    assert full in render(entry_id, TODAY)


def test_program_overview_expands_every_acronym():  # K4
    text = render("umum-program", TODAY)
    for full in ("Jaminan Kecelakaan Kerja", "Jaminan Kematian", "Jaminan Hari Tua",
                 "Jaminan Pensiun", "Jaminan Kehilangan Pekerjaan"):
        assert full in text


def test_hedges_where_the_reference_is_unconfirmed():  # U1, U3, X1
    assert "belum terkonfirmasi" in render("iuran-bpu-tabel", TODAY)
    assert "belum terkonfirmasi" in render("pk-npp", TODAY)
    assert "belum kami verifikasi" in render("jht-saldo-gabung", TODAY)


async def test_apa_itu_jkp_answers_with_the_full_name(engine):  # issue "done means"
    for question, full in (("apa itu jkp", "Jaminan Kehilangan Pekerjaan"),
                           ("apa itu jkk", "Jaminan Kecelakaan Kerja"),
                           ("apa itu jkm", "Jaminan Kematian")):
        replies = await ask(engine, question)
        assert replies[0].kind == "faq" and full in replies[0].text, question


async def test_every_calculator_answers_once_a_month_until_15_months_ahead(engine):  # S5
    from bot.console.sweep import CALC_QUESTIONS, sweep_calculators

    end = date(TODAY.year + (TODAY.month + 14) // 12, (TODAY.month + 14) % 12 + 1, 1)
    problems = await sweep_calculators(engine, monthly(date(2025, 1, 15), end))
    assert [str(p) for p in problems] == []
    engine.today = lambda: TODAY
    for question in CALC_QUESTIONS:  # the sweep only counts if each is read as a calculation
        assert (await ask(engine, question))[0].kind == "calculation", question


# ---------------------------------------------------------------- the guard itself
@pytest.fixture
def faq_copy(tmp_path: Path) -> Path:
    target = tmp_path / "faq"
    shutil.copytree(FAQ_DIR, target)
    return target


def run(argv: list[str], capsys) -> tuple[int, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_check_fails_on_a_stale_figure_called_current(faq_copy: Path, capsys) -> None:
    """The old jp-batas-upah (no stale() branch) fails, naming the date it goes wrong."""
    replace_in(faq_copy / "jp.yaml", "{% if stale('jp_wage_cap') -%}", "{% if false -%}")
    code, out = run(["faq", "check", str(faq_copy), "--as-of", "2026-11-30"], capsys)
    assert code == 1
    assert "jp-batas-upah: pada 2027-03-01:" in out and "stale('jp_wage_cap')" in out


def test_check_fails_on_a_typed_month_and_year(faq_copy: Path, capsys) -> None:  # S6
    replace_in(faq_copy / "jkm.yaml", "Siapkan: kartu peserta", "Sejak April 2026 siapkan: kartu")
    code, out = run(["faq", "check", str(faq_copy)], capsys)
    assert code == 1 and "jkm-syarat-klaim: jawaban menulis periode 'April 2026'" in out


def test_check_fails_on_news_in_basis(faq_copy: Path, capsys) -> None:
    replace_in(faq_copy / "jkm.yaml", "    basis: PP 44/2015", "    basis: PP 44/2015; detik.com")
    code, out = run(["faq", "check", str(faq_copy)], capsys)
    assert code == 1 and "ke 'sources'" in out


def test_check_fails_on_a_crash_at_a_boundary_date(faq_copy: Path, capsys) -> None:  # S8
    """An answer that needs a rate missing before 7 Feb 2025 fails at the sweep date."""
    replace_in(faq_copy / "jkp.yaml", "{% if has('jkp_benefit_rate') -%}", "{% if true -%}")
    code, out = run(["faq", "check", str(faq_copy), "--as-of", "2026-11-30"], capsys)
    assert code == 1 and "jkp-apa-itu: pada 2025-01-01:" in out


def test_a_broken_file_reports_its_own_errors_only(faq_copy: Path, capsys) -> None:
    """Issue 14 item 7: entries in other files that link to the broken file's ids are fine."""
    path = faq_copy / "jkm.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[19] = "  oops: [unclosed\n"
    path.write_text("".join(lines), encoding="utf-8")
    code, out = run(["faq", "check", str(faq_copy)], capsys)
    reported = [line for line in out.splitlines() if ".yaml:" in line]
    assert code == 1 and reported and all(line.startswith("jkm.yaml:") for line in reported)
    assert "sintaks YAML" in reported[0]


def test_sources_are_listed_for_staff_not_in_basis(capsys) -> None:  # issue 14 item 5
    code, out = run(["faq", "check", str(FAQ_DIR), "--sources"], capsys)
    assert code == 0
    assert any(line.startswith("rates.yaml:") and ": jp_benefit_max: sumber: " in line
               and "liputan6" in line for line in out.splitlines())
    for entry in FAQ.entries.values():
        assert "grid.id" not in entry.basis and "antaranews" not in entry.basis
