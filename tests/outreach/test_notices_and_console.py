"""Rule-change drafts on a content reload, and /pengingat in `chat --json` + `reminders due`."""

from __future__ import annotations

import json

from bot.core.replies import Event
from bot.outreach.notices import SNAPSHOT_KEY, snapshot
from bot.storage.outreach import OutreachStore
from tests.console.test_interfaces import run_cli


async def test_a_rate_change_becomes_a_draft_for_admins_once(engine):
    store = OutreachStore(engine.db)
    await engine.tick()  # first run: remembers the rates, drafts nothing
    assert await store.notices_in("draft") == []
    assert engine.drain_outbox() == []
    seen = snapshot(engine.store.current.faq.rates)
    seen.pop("bpu_discount_rate")  # as if the discount was just added by a reload
    seen["jp_wage_cap"] = seen["jp_wage_cap"][:-1]
    await store.set_meta(SNAPSHOT_KEY, json.dumps(seen, sort_keys=True))
    await engine.tick()
    drafts = await store.notices_in("draft")
    assert len(drafts) == 1
    assert "diskon" in drafts[0].body.lower() and "batas upah" in drafts[0].body.lower()
    to_admins = engine.drain_outbox()
    assert [target for target, _ in to_admins] == ["999"]
    assert "Pratinjau" in to_admins[0][1].text
    assert any(b.data == f"nt:send:{drafts[0].id}" for row in to_admins[0][1].buttons
               for b in row)
    await engine.tick()  # nothing new: no second draft
    assert len(await store.notices_in("draft")) == 1


async def test_admin_only_and_umumkan_lists_drafts(engine):
    refused = await engine.handle(Event("5", "telegram", command="umumkan", args="halo"))
    assert "hanya untuk admin" in refused[0].text
    empty = await engine.handle(Event("999", "telegram", command="umumkan", is_admin=True))
    assert "Tidak ada draf" in empty[0].text
    await engine.handle(Event("999", "telegram", command="umumkan", args="Libur <b>",
                              is_admin=True))
    listed = await engine.handle(Event("999", "telegram", command="umumkan", is_admin=True))
    assert "Libur &lt;b&gt;" in listed[0].text


def test_chat_json_pengingat_on_and_off_and_reminders_due(tmp_path):
    db = str(tmp_path / "bot.sqlite3")
    lines = "/pengingat\n" + json.dumps({"press": "rm:day:12"}) + "\n"
    chat = run_cli("chat", "--json", "--user", "555123", "--db", db, "--as-of", "2026-11-24",
                   stdin=lines)
    assert chat.returncode == 0, chat.stderr
    out = [json.loads(line) for line in chat.stdout.splitlines()]
    assert "Pilih tanggal" in out[0]["replies"][0]["text"]
    assert "tanggal 12" in out[1]["replies"][0]["text"]
    due = run_cli("reminders", "due", "--from", "2026-12-01", "--to", "2027-01-31", "--db", db)
    assert due.returncode == 0, due.stderr
    assert due.stdout.splitlines() == ["2026-12-12 ***5123 iuran", "2027-01-12 ***5123 iuran"]
    stop = run_cli("chat", "--json", "--user", "555123", "--db", db, stdin="/pengingat stop\n")
    assert "dihentikan" in json.loads(stop.stdout.splitlines()[0])["replies"][0]["text"]
    due = run_cli("reminders", "due", "--from", "2026-12-01", "--to", "2027-01-31", "--db", db)
    assert due.returncode == 0 and due.stdout == ""
