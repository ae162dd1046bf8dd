"""The stable interfaces: `ask --json`, `chat --json`, the console, `python -m bot`."""

import io
import json
import os
import subprocess
import sys

from bot.console.ask import ask, summarize
from bot.console.chat import parse_input, run_console
from bot.core.replies import Button, Event
from bot.core.settings import PROJECT_ROOT

# `alternatives` (close runners-up and other questions under an answer) was added in issue 12.
ASK_KEYS = {"question", "kind", "text", "entry_id", "score", "suggestions", "alternatives",
            "language"}
KINDS = {"faq", "calculation", "suggestions", "fallback", "redirect", "smalltalk", "flow"}


def run_cli(*args: str, stdin: str = "", env_extra: dict | None = None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, text=True,
                          capture_output=True, cwd=PROJECT_ROOT, env=env, timeout=120)


async def test_ask_json_contract(engine):
    for question in ("santunan jkm berapa", "resep nasi goreng", "makasih kak", "jkm"):
        out = summarize(question, await ask(engine, question))
        assert set(out) == ASK_KEYS
        assert out["kind"] in KINDS
        assert "<b>" not in out["text"] and out["text"]
        assert all(set(s) == {"id", "title"} for s in out["suggestions"])


async def test_ask_kinds(engine):
    assert summarize("x", await ask(engine, "resep nasi goreng enak"))["kind"] == "fallback"
    assert summarize("x", await ask(engine, "halo kak"))["kind"] == "smalltalk"
    answered = summarize("x", await ask(engine, "berapa santunan jaminan kematian"))
    assert answered["kind"] == "faq" and answered["entry_id"] == "jkm-manfaat"
    assert "Rp42.000.000" in answered["text"]


def test_ask_cli_plain_and_json():
    plain = run_cli("ask", "santunan jkm berapa", "--as-of", "2026-11-24")
    assert plain.returncode == 0, plain.stderr
    assert "Rp42.000.000" in plain.stdout and "<b>" not in plain.stdout
    batch = run_cli("ask", "--json", "--as-of", "2026-11-24",
                    stdin="santunan jkm berapa\n\nresep nasi goreng\n")
    lines = [json.loads(line) for line in batch.stdout.splitlines()]
    assert [line["kind"] for line in lines] == ["faq", "fallback"]


def test_no_token_opens_console_with_notice(tmp_path):
    result = run_cli(stdin="halo\n/keluar\n",
                     env_extra={"BOT_DB_PATH": str(tmp_path / "c.sqlite3")})
    assert result.returncode == 0, result.stderr
    assert "TELEGRAM_BOT_TOKEN" in result.stderr and len(result.stderr.splitlines()) == 1
    assert "BPJS Ketenagakerjaan" in result.stdout
    assert (tmp_path / "c.sqlite3").exists()


async def test_chat_json_one_line_per_input_and_presses(engine):
    stdin = io.StringIO('/topik\n1\n{"press": "menu"}\nsantunan jkm berapa\n{"press": "garbage"}\n')
    stdout = io.StringIO()
    await run_console(engine, "u1", json_mode=True, stdin=stdin, stdout=stdout)
    outs = [json.loads(line) for line in stdout.getvalue().splitlines()]
    assert len(outs) == 5
    first_topic = outs[0]["replies"][0]["buttons"][0][0]
    assert first_topic["data"].startswith("topic:")
    assert outs[1]["replies"][0]["buttons"][0][0]["data"].startswith("faq:")  # pressed "1"
    assert outs[2]["replies"][0]["buttons"][0][0]["data"].startswith("topic:")
    assert outs[3]["replies"][0]["kind"] == "faq"
    assert "tidak berlaku" in outs[4]["replies"][0]["text"]


def test_parse_input_number_label_command_and_text():
    buttons = [Button("Ya", "reg:yes"), Button("Link", url="https://x"), Button("Tidak", "reg:no")]
    assert parse_input("2", "u", buttons, False).press == "reg:no"  # url buttons are skipped
    assert parse_input("tidak", "u", buttons, False).press == "reg:no"
    assert parse_input("/start faq_x", "u", buttons, False) == Event(
        "u", "console", command="start", args="faq_x")
    assert parse_input("2500000", "u", buttons, False).text == "2500000"


async def test_engine_never_raises(engine, monkeypatch):
    async def boom(ctx):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(engine.features[-1], "on_text", boom)
    replies = await engine.handle(Event("u", "console", text="apa saja"))
    assert "gangguan" in replies[0].text and "secret" not in replies[0].text


async def test_start_deep_link_opens_entry(engine):
    replies = await engine.handle(Event("u", "console", command="start", args="faq_jkm-manfaat"))
    assert replies[0].entry_id == "jkm-manfaat"
    unknown = await engine.handle(Event("u", "console", command="start", args="faq_nope"))
    assert "BPJS Ketenagakerjaan" in unknown[0].text


async def test_console_admin_gets_reload_notice_and_admin_commands(engine):
    """ADMIN_IDS holds 999 in the fixture: that console user may /reload and sees notices."""
    stdout = io.StringIO()
    await run_console(engine, "999", json_mode=True, stdin=io.StringIO("/reload\n"),
                      stdout=stdout)
    admin_out = json.loads(stdout.getvalue())
    assert "hanya untuk admin" not in admin_out["replies"][0]["text"]
    stdout = io.StringIO()
    await run_console(engine, "12345", json_mode=True, stdin=io.StringIO("/reload\n"),
                      stdout=stdout)
    refused = json.loads(stdout.getvalue())["replies"][0]["text"]
    assert "hanya untuk admin" in refused


async def test_inline_queries_stay_out_of_the_question_log(engine):
    async def count() -> int:
        return await engine.db.fetchval("SELECT COUNT(*) FROM question_log")

    await engine.handle(Event("u", "telegram-inline", text="syarat", chat_type="inline"))
    assert await count() == 0
    replies = await engine.handle(Event("u", "telegram", text="syarat"))
    assert await count() == 1
    assert replies[0].kind in ("suggestions", "faq")


def test_start_with_invalid_faq_files_reports_problems_not_a_traceback(tmp_path):
    import shutil

    from tests.conftest import FAQ_DIR

    broken = tmp_path / "faq"
    shutil.copytree(FAQ_DIR, broken)
    path = broken / "jkm.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("audience: all", "audience: x", 1),
                    encoding="utf-8")
    result = run_cli("ask", "santunan jkm", env_extra={"FAQ_DIR": str(broken)})
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "jkm.yaml:" in result.stderr and "audience harus salah satu dari" in result.stderr


async def test_periodic_work_runs_when_due_not_on_every_message(engine, monkeypatch):
    """The console calls tick_if_due before every line; the work itself runs per interval."""
    calls = []

    async def counting_tick():
        calls.append(1)

    monkeypatch.setattr(engine, "tick", counting_tick)
    stdout = io.StringIO()
    await run_console(engine, "u1", json_mode=True,
                      stdin=io.StringIO("halo\nmakasih\nhalo\n"), stdout=stdout)
    assert len(stdout.getvalue().splitlines()) == 3 and calls == []  # 30 s not yet elapsed
    engine._last_tick -= engine.settings.reload_check_seconds
    await engine.tick_if_due()
    await engine.tick_if_due()
    assert calls == [1]


def test_a_number_typed_under_a_menu_of_numbers_is_the_number():
    """/pengingat's day buttons print as [1] Tgl 1, [2] Tgl 5, [3] Tgl 10 ...: "5" typed for
    the 5th set the 14th, "3" the 10th (review23). In Telegram a typed "5" is the day 5; so it
    is here, when most labels carry a number or one names the number typed."""
    days = [Button(f"Tgl {d}", f"rm:day:{d}") for d in (1, 5, 10, 12, 14)]
    assert parse_input("5", "u", days, False).text == "5"
    assert parse_input("3", "u", days, False).text == "3"
    assert parse_input("Tgl 12", "u", days, False).press == "rm:day:12"  # the label presses
    topics = [Button("Klaim JHT 10% / 30%", "faq:a"), Button("Dokumen klaim JHT", "faq:b"),
              Button("Berapa lama JHT cair?", "faq:c")]
    assert parse_input("2", "u", topics, False).press == "faq:b"  # a few numbers: still an index
    assert parse_input("10", "u", topics, False).text == "10"  # out of range: text as before
