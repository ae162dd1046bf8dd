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


async def test_english_subscribers_get_the_notice_in_english(engine):
    """A subscriber who writes English got the Indonesian notice (its body was rendered once)."""
    engine.channels.add("console")  # as `chat` does: this process reaches console users
    await engine.handle(Event("501", "console", command="langganan"))
    await engine.handle(Event("502", "console", command="langganan"))
    await engine.sessions.set_language("console:502", "en")
    store = OutreachStore(engine.db)
    await engine.tick()
    seen = snapshot(engine.store.current.faq.rates)
    seen["jp_wage_cap"] = seen["jp_wage_cap"][:-1]  # as if the newest JP cap were just added
    await store.set_meta(SNAPSHOT_KEY, json.dumps(seen, sort_keys=True))
    await engine.tick()
    (draft,) = await store.notices_in("draft")
    assert "batas upah" in draft.body.lower() and "rules have changed" in draft.body_en
    engine.drain_outbox()
    await engine.handle(Event("999", "telegram", press=f"nt:send:{draft.id}", is_admin=True))
    await engine.tick()
    sent = dict(engine.drain_outbox())
    indonesian, english = sent["501"], sent["502"]
    assert "aturan yang berubah" in indonesian.text and "Berhenti" in indonesian.buttons[0][0].label
    assert "rules have changed" in english.text and "Unsubscribe" in english.buttons[0][0].label
    assert "aturan" not in english.text.lower()


async def test_an_admins_text_goes_out_in_the_readers_frame(engine):
    engine.channels.add("console")
    await engine.handle(Event("511", "console", command="langganan"))
    await engine.sessions.set_language("console:511", "en")
    await engine.handle(Event("999", "telegram", command="umumkan", args="Kantor tutup 25 Des",
                              is_admin=True))
    (draft,) = await OutreachStore(engine.db).notices_in("draft")
    engine.drain_outbox()
    await engine.handle(Event("999", "telegram", press=f"nt:send:{draft.id}", is_admin=True))
    await engine.tick()
    sent = dict(engine.drain_outbox())
    assert "Kantor tutup 25 Des" in sent["511"].text and "you subscribed" in sent["511"].text
