"""`faq test`: pass rules, both rates, exit codes, file:line problems and changes since a run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bot.cli import main
from bot.staff.regression import Evaluation, Labelled, Outcome, Thresholds
from tests.conftest import FAQ_DIR


@pytest.fixture
def faq_copy(tmp_path: Path) -> Path:
    target = tmp_path / "faq"
    shutil.copytree(FAQ_DIR, target, ignore=shutil.ignore_patterns(".last-run.json"))
    return target


GOOD = ("- q: bapak saya meninggal dapat santunan berapa dari bpjs ketenagakerjaan\n"
        "  expect: jkm-manfaat\n"
        "- q: resep nasi goreng enak\n  expect: fallback\n"
        "- q: selamat pagi\n  expect: smalltalk\n")


@pytest.fixture
def own_labels(faq_copy: Path) -> Path:
    """A copy whose labelled set is small and known, so exit codes do not track main's tuning
    (without the English and real-message sets, which test_committed_labels_pass asks)."""
    tests = faq_copy / "tests"
    for path in tests.glob("*.yaml"):
        path.unlink()
    for name in ("en", "real"):
        shutil.rmtree(tests / name)
    (tests / "config.yaml").write_text("min_pass_rate: 0.95\nmax_out_of_scope_answered: 0\n",
                                       encoding="utf-8")
    (tests / "baik.yaml").write_text(GOOD, encoding="utf-8")
    return faq_copy


def run(argv: list[str], capsys) -> tuple[int, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def outcome(expect: str, got: str, entry: str | None) -> Outcome:
    return Outcome(Labelled("q", expect, "tests/x.yaml", 1), got, entry, 70.0)


def test_redirect_is_a_right_answer_to_out_of_scope() -> None:
    redirected = Outcome(Labelled("q", "fallback", "tests/x.yaml", 1), "answer",
                         "rujukan-pajak", 90.0, redirect=True)
    assert redirected.passed and not redirected.out_of_scope_answered
    assert redirected.reached == "rujukan-pajak (rujukan)"


def test_pass_rules() -> None:
    assert outcome("jkm-manfaat", "answer", "jkm-manfaat").passed
    assert outcome("jkm-manfaat", "suggest", "jkm-manfaat").passed
    assert not outcome("jkm-manfaat", "answer", "jkm-syarat-klaim").passed
    assert not outcome("jkm-manfaat", "fallback", "jkm-manfaat").passed
    assert outcome("fallback", "fallback", None).passed
    assert outcome("fallback", "suggest", "jkm-manfaat").passed
    wrong = outcome("fallback", "answer", "jkm-manfaat")
    assert not wrong.passed and wrong.out_of_scope_answered
    assert outcome("smalltalk", "smalltalk", None).passed
    assert not outcome("smalltalk", "fallback", None).passed


def test_answered_and_suggested_rates_are_separate() -> None:
    ev = Evaluation([outcome("a", "answer", "a"), outcome("a", "suggest", "a"),
                     outcome("a", "answer", "b"), outcome("fallback", "fallback", None)],
                    thresholds=Thresholds(0.7, 0))
    assert ev.pass_rate == 0.75
    assert ev.answered_rate == pytest.approx(1 / 3)
    assert ev.suggested_first_rate == pytest.approx(1 / 3)
    assert ev.ok() and not ev.ok(0.8)


def test_committed_labels_pass(faq_copy: Path, capsys) -> None:
    code, out = run(["faq", "test", str(faq_copy)], capsys)
    assert code == 0, out
    assert "dijawab" in out and "saran pertama" in out
    assert (faq_copy / "tests" / ".last-run.json").is_file()


def test_failures_listed_with_entry_reached_and_exit_1(own_labels: Path, capsys) -> None:
    faq_copy = own_labels
    (faq_copy / "tests" / "salah.yaml").write_text(
        "- q: santunan jkm berapa\n  expect: jkm-syarat-klaim\n"
        "- q: uang duka bpjs berapa juta\n  expect: fallback\n", encoding="utf-8")
    code, out = run(["faq", "test", str(faq_copy), "--min-pass", "0"], capsys)
    assert code == 1  # an out-of-scope question answered confidently fails regardless of rate
    assert ('GAGAL tests/salah.yaml:1: "santunan jkm berapa" diharapkan jkm-syarat-klaim, '
            "didapat jkm-manfaat") in out
    assert ('DI LUAR CAKUPAN TERJAWAB tests/salah.yaml:3: "uang duka bpjs berapa juta" '
            "diharapkan fallback, didapat jkm-manfaat") in out
    assert "1 dijawab (batas 0)" in out


def test_pass_rate_threshold_exit_codes(own_labels: Path, capsys) -> None:
    faq_copy = own_labels
    code, out = run(["faq", "test", str(faq_copy)], capsys)
    assert code == 0 and "3 pertanyaan: lulus 100.0%" in out
    (faq_copy / "tests" / "salah.yaml").write_text(
        "- q: santunan jkm berapa\n  expect: jkm-syarat-klaim\n", encoding="utf-8")
    code, out = run(["faq", "test", str(faq_copy)], capsys)  # 0.95 from config.yaml
    assert code == 1 and "lulus 75.0% (wajib 95.0%)" in out
    code, out = run(["faq", "test", str(faq_copy), "--min-pass", "0.7"], capsys)
    assert code == 0, out
    (faq_copy / "tests" / "config.yaml").write_text("min_pass_rate: 0.7\n", encoding="utf-8")
    code, out = run(["faq", "test", str(faq_copy)], capsys)
    assert code == 0 and "wajib 70.0%" in out


def test_unknown_entry_and_bad_items_report_file_line(own_labels: Path, capsys) -> None:
    faq_copy = own_labels
    (faq_copy / "tests" / "rusak.yaml").write_text(
        "- q: santunan jkm berapa\n  expect: jkm-tidak-ada\n- q: tanpa label\n",
        encoding="utf-8")
    code, out = run(["faq", "test", str(faq_copy), "--min-pass", "0"], capsys)
    assert code == 1
    assert "tests/rusak.yaml:2: jkm-tidak-ada: entri yang diharapkan tidak ada" in out
    assert "tests/rusak.yaml:3: -: 'expect' belum diisi" in out


def test_no_labelled_questions_fails(own_labels: Path, capsys) -> None:
    faq_copy = own_labels
    for path in (faq_copy / "tests").glob("*.yaml"):
        path.unlink()
    code, out = run(["faq", "test", str(faq_copy)], capsys)
    assert code == 1 and "tidak ada pertanyaan uji berlabel" in out


def test_broken_faq_fails_with_problems(faq_copy: Path, capsys) -> None:
    path = faq_copy / "jkm.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("audience: all", "audience: x", 1),
                    encoding="utf-8")
    code, out = run(["faq", "test", str(faq_copy)], capsys)
    assert code == 1 and "jkm.yaml:" in out and "audience harus salah satu dari" in out


def test_changes_since_the_last_run_are_listed(own_labels: Path, capsys) -> None:
    faq_copy = own_labels
    code, _ = run(["faq", "test", str(faq_copy)], capsys)
    assert code == 0
    baseline = faq_copy / "tests" / ".last-run.json"
    saved = json.loads(baseline.read_text(encoding="utf-8"))
    question = next(q for q, v in saved.items() if v["entry"] == "jkm-manfaat")
    # Staff move the phrasing that answered it; the next run must show the change.
    saved[question] = {"outcome": "answer", "entry": "jkm-syarat-klaim"}
    baseline.write_text(json.dumps(saved), encoding="utf-8")
    code, out = run(["faq", "test", str(faq_copy)], capsys)
    assert code == 0
    assert f'BERUBAH tests/baik.yaml:1: "{question}"' in out
    assert "sebelumnya: jkm-syarat-klaim" in out and "1 pertanyaan berubah" in out
