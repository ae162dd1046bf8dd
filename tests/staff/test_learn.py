"""`faq learn`: what users chose becomes a phrasing, end to end, with its guardrails."""

from __future__ import annotations

import asyncio
import csv
import io
import re
from pathlib import Path

import pytest

from bot.cli import main
from bot.core.engine import Engine
from bot.core.replies import Event, Reply
from bot.core.settings import Settings
from bot.staff.learn_apply import Baseline, Refused, apply_phrasing
from bot.storage.learn_log import LearnLog
from tests.conftest import AS_OF, FAQ_DIR, TEMPLATES_DIR

# Questions the FAQ answers only with "did you mean", and the entry users mean. The first one
# the current matcher still offers as a suggestion is used, so tuning the matcher or the
# content does not silently turn the test into a no-op.
SUGGESTED = [("tangan pekerja kami diamputasi karena mesin, santunannya apa",
              "jkk-cacat-sebagian"),
             ("perawat home care lepas bisa ikut bpjstk jalur apa", "iuran-bpu-nakes"),
             ("pindah perusahaan jht gimana", "jht-saldo-gabung"),
             ("santunan kematian kapan cairnya", "jkm-cara-klaim"),
             ("kalau telat lapor kecelakaan kerja gimana", "jkk-lapor-kecelakaan"),
             ("jht vs jp mana yang cair duluan", "jp-resign"),
             ("jht vs jp lebih untung mana", "jp-beda-jht")]


def suggested_pair(engine: Engine) -> tuple[str, str]:
    for question, entry_id in SUGGESTED:
        result = engine.store.current.matcher.match(question)
        if result.outcome == "suggest" and entry_id in [c.entry_id for c in result.candidates]:
            return question, entry_id
    pytest.fail("none of SUGGESTED gets 'did you mean' any more; add a current example")


async def ask(engine: Engine, text: str, user: str) -> Reply:
    return (await engine.handle(Event(user, text=text)))[0]


async def ask_and_pick(engine: Engine, text: str, user: str, entry_id: str) -> Reply:
    """A user asks, gets "did you mean" and presses the entry they meant."""
    menu = await ask(engine, text, user)
    assert menu.kind == "suggestions", (text, menu.kind)
    pick = next(b.data for row in menu.buttons for b in row if b.data.endswith(f":{entry_id}"))
    return (await engine.handle(Event(user, press=pick)))[0]


async def learn(settings: Settings, faq_dir: Path, capsys, *args: str) -> tuple[int, str, str]:
    """The real CLI, in a thread: it runs its own event loop next to the engine's."""
    code = await asyncio.to_thread(
        main, ["faq", "learn", str(faq_dir), "--db", str(settings.bot_db_path), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


async def test_choices_become_a_phrasing_end_to_end(live: Engine, settings: Settings,
                                                    faq_copy: Path, capsys) -> None:
    question, entry_id = suggested_pair(live)
    for user in ("u1", "u2", "u3", "u3", "u3"):  # u3 asks three times: still one user
        assert (await ask_and_pick(live, question, user, entry_id)).entry_id == entry_id

    code, out, _err = await learn(settings, faq_copy, capsys, "--format", "csv")
    assert code == 0
    (row,) = [r for r in csv_rows(out) if r["phrasing"] == question]
    assert row["entry_id"] == entry_id and row["chose"] == "3" and row["support"] == "3"
    assert row["now"] == "suggest"

    path = faq_copy / live.store.current.faq.entries[entry_id].file
    before = path.read_text(encoding="utf-8").splitlines()
    code, _out, err = await learn(settings, faq_copy, capsys, "--apply", "--yes")
    assert code == 0, err
    assert "DITAMBAHKAN" in err and "langsung dijawab" in err
    after = path.read_text(encoding="utf-8").splitlines()
    added = [line for line in after if line not in before]
    assert len(added) == 1 and added[0].strip().startswith(f"- {question}  # dipelajari")
    # Every original line, comments included, is still there in the same order.
    assert [line for line in after if line != added[0]] == before
    assert any(line.lstrip().startswith("#") for line in before)

    await live.tick()  # the running bot's live reload
    answer = await ask(live, question, "u4")
    assert answer.kind == "faq" and answer.entry_id == entry_id

    (decision,) = await LearnLog(live.db).decisions()
    assert decision.action == "added" and decision.entry_id == entry_id
    assert decision.actor.startswith("cli") and re.search(r"\.yaml:\d+", decision.detail)
    code, out, _err = await learn(settings, faq_copy, capsys, "--format", "csv")
    assert code == 0 and csv_rows(out) == []  # learned: nothing left to propose

    code = await asyncio.to_thread(main, ["report", "stats", "--db", str(settings.bot_db_path)])
    out = capsys.readouterr().out
    assert code == 0 and "ditambahkan 1" in out  # who, when, what: for the stats report
    assert f"“{question}” -> {entry_id}" in out and decision.actor in out


async def test_one_user_repeating_is_not_enough(live: Engine, settings: Settings,
                                                faq_copy: Path, capsys) -> None:
    question, entry_id = suggested_pair(live)
    for _ in range(4):
        await ask_and_pick(live, question, "same-user", entry_id)
    code, out, _err = await learn(settings, faq_copy, capsys, "--format", "csv")
    assert code == 0 and csv_rows(out) == []
    code, out, _err = await learn(settings, faq_copy, capsys, "--format", "csv",
                                  "--min-users", "1")
    assert [r["support"] for r in csv_rows(out)] == ["1"]


async def test_nik_and_phone_are_never_proposed_with_their_digits(
        live: Engine, settings: Settings, faq_copy: Path, capsys) -> None:
    question, entry_id = suggested_pair(live)
    personal = [f"{question} nik saya 3273011708900001", f"{question} wa 0812-3456-7890",
                f"{question} no hp +6281234567890"]
    for i, text in enumerate(personal):
        if (await ask(live, text, f"p{i}")).kind == "suggestions":
            await ask_and_pick(live, text, f"p{i}", entry_id)
    await ask_and_pick(live, question, "p9", entry_id)
    code, out, _err = await learn(settings, faq_copy, capsys, "--format", "csv",
                                  "--min-users", "1")
    assert code == 0
    rows = csv_rows(out)
    shown = " ".join(r["phrasing"] + " " + r["other_examples"] for r in rows)
    assert rows and "nik saya" in shown and not re.search(r"\d{4}|\*", shown), shown
    code, _out, err = await learn(settings, faq_copy, capsys, "--apply", "--yes",
                                  "--min-users", "1")
    assert code == 0, err
    new_lines = added_lines(faq_copy)
    phrasings = [line.split("  # dipelajari")[0] for line in new_lines]
    assert phrasings and not any(re.search(r"\d{4}|\*", p) for p in phrasings), phrasings


def added_lines(faq_copy: Path) -> list[str]:
    """Lines of the copied FAQ files that the original files do not have."""
    out = []
    for path in faq_copy.glob("*.yaml"):
        original = set((FAQ_DIR / path.name).read_text(encoding="utf-8").splitlines())
        out += [line for line in path.read_text(encoding="utf-8").splitlines()
                if line not in original]
    return out


def test_refuses_a_phrasing_that_lowers_the_pass_rate_and_leaves_the_file(
        faq_copy: Path) -> None:
    baseline = Baseline.load(faq_copy, TEMPLATES_DIR, AS_OF)
    entries = baseline.content.faq.entries
    reasons = []
    for outcome in baseline.evaluation.results:
        expect = outcome.case.expect
        if not outcome.passed or expect not in entries:
            continue
        other = next(e for e in entries.values() if e.topic != entries[expect].topic)
        path = faq_copy / other.file
        before = path.read_text(encoding="utf-8")
        try:
            apply_phrasing(faq_copy, TEMPLATES_DIR, AS_OF, baseline, other.id,
                           outcome.case.question, "uji")
        except Refused as exc:
            reasons.append(str(exc))
            assert path.read_text(encoding="utf-8") == before
            if str(exc).startswith("faq test turun"):
                break
        else:
            baseline = Baseline.load(faq_copy, TEMPLATES_DIR, AS_OF)
    assert reasons and reasons[-1].startswith("faq test turun"), reasons


async def test_apply_asks_for_each_candidate(live: Engine, settings: Settings, faq_copy: Path,
                                             capsys, monkeypatch) -> None:
    pairs = [(q, e) for q, e in SUGGESTED
             if live.store.current.matcher.match(q).outcome == "suggest"][:2]
    assert len(pairs) == 2
    for question, entry_id in pairs:
        for user in ("u1", "u2"):
            await ask_and_pick(live, question, user, entry_id)
    monkeypatch.setattr("sys.stdin", io.StringIO("n\ny\n"))  # skip the first, add the second
    code, out, err = await learn(settings, faq_copy, capsys, "--apply")
    assert code == 0, err
    assert err.count("[y/N/q]") == 2 and err.count("DITAMBAHKAN") == 1
    (decision,) = await LearnLog(live.db).decisions()
    listed = [line.split("|")[2].strip() for line in out.splitlines() if line.startswith("| 1")
              or line.startswith("| 2")]
    assert decision.phrasing == listed[1]
    assert len(added_lines(faq_copy)) == 1
