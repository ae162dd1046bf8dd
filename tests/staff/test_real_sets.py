"""faq test on real messages: both parts asked through the engine, each against its floors."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from bot.cli import main
from bot.console.ask import ask, ask_two_taps
from bot.staff.real_sets import (
    Asked,
    PartFloor,
    PartResult,
    RealCase,
    RealOutcome,
    evaluate_real,
    load_floors,
    load_part,
    outcome,
    report_real,
)
from tests.conftest import FAQ_DIR

MESSAGES = """\
- q: "berapa iuran jkm"
  expect: jkm-iuran
  source: https://example.org/a
- q: "gaji 5jt potong berapa"
  expect: calculation
  source: https://example.org/b
- q: "resep nasi goreng enak"
  expect: fallback
  source: https://example.org/c
- q: "berapa iuran jkm sebulan"
  expect: jkm-manfaat
  source: https://example.org/d
"""


async def test_parts_count_right_wrong_and_out_of_scope(engine, tmp_path: Path):
    real = tmp_path / "real" / "heldout"
    real.mkdir(parents=True)
    (real / "self-written.yaml").write_text(MESSAGES)
    parts, problems = await evaluate_real(tmp_path, set(engine.store.current.faq.entries),
                                          lambda q: ask(engine, q))
    assert problems == []
    (part,) = parts
    assert part.name == "heldout" and len(part.results) == 4
    assert part.answered == pytest.approx(2 / 3)  # the JKM contribution and the calculation
    assert part.self_written_answered == pytest.approx(2 / 3)
    assert part.wrong == pytest.approx(1 / 4)  # jkm-iuran answered where jkm-manfaat expected
    # one tap away: the JKM contribution answered; jkm-manfaat only if a button offers it
    offered = "jkm-manfaat" in part.results[3].offered
    assert part.one_tap == pytest.approx((1 + offered) / 2)
    assert "entri benar sekali ketuk" in part.summary()
    assert part.out_of_scope_answered == 0
    part.floor = PartFloor(min_answered=0.6, max_wrong=0.3)
    assert part.ok()
    part.floor = PartFloor(min_answered=0.6, max_wrong=0.2)
    assert not part.ok()


async def test_the_other_questions_of_a_message_count_when_offered(engine, tmp_path: Path):
    real = tmp_path / "real" / "tune"
    real.mkdir(parents=True)
    (real / "self-written.yaml").write_text(
        "- q: 'jht bisa cair brp lama klo resign? terus kalau mau daftar bpu caranya gmn?'\n"
        "  expect: jht-klaim-resign\n"
        "  also: [daftar-bpu-cara, jkm-manfaat, no-such-entry]\n"
        "  source: https://example.org/a\n")
    parts, problems = await evaluate_real(tmp_path, set(engine.store.current.faq.entries),
                                          lambda q: ask(engine, q))
    assert problems == []
    (part,) = parts
    assert part.results[0].case.also == ("daftar-bpu-cara", "jkm-manfaat")  # unknown ids dropped
    assert part.others_offered == (1, 2)  # the BPU question is a button; JKM is not offered
    assert "pertanyaan lain ditawarkan 1/2" in part.summary()


async def test_two_taps_adds_the_entries_behind_other_topics_and_changes_nothing_else(engine):
    case = RealCase("syarat", "x-entry", "f.yaml", 1, "https://example.org/a")
    replies = await ask_two_taps(engine, case.question)
    assert isinstance(replies, Asked) and len(replies.behind) == 4
    assert not replies.behind & {i for r in replies for i, _ in r.suggestions}
    behind = next(iter(replies.behind))
    part = PartResult("tune", [outcome(replace(case, expect=behind), replies)])
    plain = outcome(replace(case, expect=behind), list(replies))
    assert part.one_tap == 0.0 and part.two_taps == 1.0 and plain.behind == frozenset()
    assert part.results[0].verdict == plain.verdict == "other"
    assert "dua ketuk 100.0%" in part.summary()


def test_bad_items_are_reported_with_file_and_line(tmp_path: Path):
    (tmp_path / "tune").mkdir()
    (tmp_path / "tune" / "x.yaml").write_text(
        '- q: "a"\n  expect: no-such-entry\n  source: https://e.org\n'
        '- q: "b"\n  expect: jkm-iuran\n')
    cases, problems = load_part(tmp_path / "tune", {"jkm-iuran"})
    assert cases == []
    assert [(p.line, p.entry) for p in problems] == [(2, "no-such-entry"), (4, "")]


def test_every_yaml_file_of_a_part_is_read_and_numbered_files_count_as_self_written(
        tmp_path: Path):
    part_dir = tmp_path / "tune"
    part_dir.mkdir()
    item = '- q: "{}"\n  expect: jkm-iuran\n  source: https://e.org/{}\n'
    for name in ("self-written.yaml", "self-written-2.yaml", "public-faq-2.yaml"):
        (part_dir / name).write_text(item.format(name, name))
    cases, problems = load_part(part_dir, {"jkm-iuran"})
    assert problems == []
    assert sorted(c.file for c in cases) == [
        "tests/real/tune/public-faq-2.yaml", "tests/real/tune/self-written-2.yaml",
        "tests/real/tune/self-written.yaml"]
    # only the second self-written file is answered: 1 of its 2 self-written messages
    part = PartResult("tune", [RealOutcome(c, "faq" if c.file.endswith("-2.yaml") else "fallback",
                                           "jkm-iuran", None) for c in cases])
    assert part.self_written_answered == pytest.approx(1 / 2)
    assert part.answered == pytest.approx(2 / 3)


def test_faq_test_fails_below_a_part_floor(tmp_path: Path, capsys):
    faq = tmp_path / "faq"
    # the labelled sets and one real part (the others would only be asked to no purpose)
    shutil.copytree(FAQ_DIR, faq, ignore=shutil.ignore_patterns("tune", "heldout-*", "en"))
    (faq / "tests" / "real" / "config.yaml").write_text(
        "heldout:\n  min_answered: 0.999\n")
    assert main(["faq", "test", str(faq), "--no-save"]) == 1
    out = capsys.readouterr().out
    assert "real/heldout:" in out and "wajib 99.9%" in out
    # held-out failures are never listed one by one (nobody tunes on them by reading the report)
    assert "tests/real/heldout/" not in out


async def test_tuned_only_never_asks_a_held_out_message(engine, tmp_path: Path):
    for name in ("tune", "heldout", "heldout-4"):
        (tmp_path / "real" / name).mkdir(parents=True)
        (tmp_path / "real" / name / "public-faq.yaml").write_text(MESSAGES)
    asked = []

    def counting(q):
        asked.append(q)
        return ask(engine, q)

    parts, _ = await evaluate_real(tmp_path, set(engine.store.current.faq.entries), counting,
                                   tuned_only=True)
    assert [p.name for p in parts] == ["tune"] and len(asked) == 4
    parts, _ = await evaluate_real(tmp_path, set(engine.store.current.faq.entries), counting)
    assert [p.name for p in parts] == ["tune", "heldout", "heldout-4"]


@pytest.mark.parametrize("name", ["heldout-2", "heldout-3", "heldout-4", "heldout-5", "heldout-6",
                                  "heldout-7", "heldout-8", "heldout-9", "heldout-10",
                                  "heldout-11"])
async def test_the_later_held_out_parts_are_measured_against_their_own_floor_and_never_listed(
        engine, tmp_path: Path, name: str):
    real = tmp_path / "real"
    (real / name).mkdir(parents=True)
    (real / name / "self-written-6.yaml").write_text(MESSAGES)
    (real / "config.yaml").write_text(
        f"{name}:\n  min_answered: 0.6\n  max_wrong: 0.3\n  max_out_of_scope_answered: 0\n")
    floors, problems = load_floors(real)
    assert problems == [] and floors[name].min_answered == 0.6
    parts, problems = await evaluate_real(tmp_path, set(engine.store.current.faq.entries),
                                          lambda q: ask(engine, q))
    assert problems == []
    (part,) = parts
    assert part.name == name and part.floor.max_wrong == 0.3 and part.ok()
    assert any(not r.passed for r in part.results)  # one wrong answer, yet it is not listed
    lines = report_real(parts)
    assert lines == [part.summary()] and lines[0].startswith(f"real/{name}: 4 pesan")


def test_a_floor_for_an_unknown_part_is_a_problem(tmp_path: Path):
    (tmp_path / "config.yaml").write_text("heldout-12:\n  min_answered: 0.5\n")
    floors, problems = load_floors(tmp_path)
    assert floors == {} and [p.entry for p in problems] == ["heldout-12"]
