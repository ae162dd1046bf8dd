"""The question log as staff see it: misses, 👎, statistics, /laporan, /statistik, privacy."""

from __future__ import annotations

import asyncio
import csv
import io
import os
import time
from datetime import date
from unittest.mock import patch

from bot.cli import main
from bot.content.render import to_plain
from bot.core.engine import Engine
from bot.core.replies import Event
from bot.core.settings import Settings

UNANSWERABLE = "cara perpanjang sim di polres"


async def ask(engine: Engine, text: str, user: str = "u1"):
    return (await engine.handle(Event(user, text=text)))[0]


async def report(settings: Settings, capsys, *args: str) -> tuple[int, str]:
    """The real CLI, in a thread: it runs its own event loop, next to the running engine's."""
    where = [] if settings.database_url else ["--db", str(settings.bot_db_path)]
    with patch.dict(os.environ, {"DATABASE_URL": settings.database_url}):
        code = await asyncio.to_thread(main, ["report", *args, *where])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


async def test_unanswered_question_shows_up_grouped(engine: Engine, settings: Settings,
                                                    capsys) -> None:
    for user, text in [("u1", UNANSWERABLE), ("u2", "cara perpanjang SIM di polres?"),
                       ("u3", "perpanjang sim polres caranya")]:
        assert (await ask(engine, text, user)).kind == "fallback"
    assert (await ask(engine, "santunan jkm berapa")).kind == "faq"

    code, out = await report(settings, capsys, "misses", "--format", "csv")
    assert code == 0
    rows = csv_rows(out)
    assert len(rows) == 1  # three wordings of one missing topic are one group
    row = rows[0]
    assert row["count"] == "3" and row["users"] == "3" and row["fallback"] == "3"
    assert "sim" in row["example"].lower() and row["now"] == "fallback"

    code, out = await report(settings, capsys, "misses")  # markdown for reading
    assert code == 0 and "| 1 | 3 | 3 | 0 |" in out and "santunan" not in out


async def test_thumbs_down_shows_up_with_nearest_entry(engine: Engine, settings: Settings,
                                                       capsys) -> None:
    answer = await ask(engine, "santunan jkm berapa")
    down = next(b.data for row in answer.buttons for b in row if b.data.endswith(":0"))
    await engine.handle(Event("u1", press=down))
    # Someone else's 👎 on the same logged answer is ignored: only the asker rates.
    await engine.handle(Event("u2", press=down))

    code, out = await report(settings, capsys, "misses", "--format", "csv")
    rows = csv_rows(out)
    assert len(rows) == 1
    assert rows[0]["thumbs_down"] == "1" and rows[0]["count"] == "1"
    assert rows[0]["nearest_entry"] == "jkm-manfaat" and float(rows[0]["nearest_score"]) > 60

    code, out = await report(settings, capsys, "stats")
    assert code == 0 and "👍 0 / 👎 1" in out and "jkm-manfaat" in out


async def test_unpicked_suggestions_are_misses_picked_are_not(engine: Engine,
                                                              settings: Settings,
                                                              capsys) -> None:
    qlog = engine.qlog
    await qlog.record("console:u1", "console", "klaim kematian berapa lama", "suggestions",
                      "jkm-syarat-klaim", 50.0)
    picked = await qlog.record("console:u2", "console", "ahli waris dapat apa", "suggestions",
                               "jkm-manfaat", 52.0)
    await qlog.choose(picked, "console:u2", "jkm-manfaat")
    _, out = await report(settings, capsys, "misses", "--format", "csv")
    rows = csv_rows(out)
    assert [r["example"] for r in rows] == ["klaim kematian berapa lama"]
    assert rows[0]["suggestions_unpicked"] == "1"


async def test_since_filters_old_questions(engine: Engine, settings: Settings, capsys) -> None:
    await ask(engine, UNANSWERABLE)
    old_id = await engine.qlog.record("console:u9", "console", "resep nasi goreng", "fallback",
                                      None, None)
    old = time.mktime(date(2025, 1, 10).timetuple())
    await engine.db.write("UPDATE question_log SET asked_at = ? WHERE id = ?", (old, old_id))
    _code, out = await report(settings, capsys, "misses", "--format", "csv")
    assert len(csv_rows(out)) == 2
    _, out = await report(settings, capsys, "misses", "--format", "csv",
                          "--since", "2025-06-01")
    assert [r["example"] for r in csv_rows(out)] == [UNANSWERABLE]
    _, out = await report(settings, capsys, "stats", "--since", "2025-06-01")
    assert "Pertanyaan: 1, terjawab 0%" in out


async def test_stats_counts_days_outcomes_entries(engine: Engine, settings: Settings,
                                                  capsys) -> None:
    await ask(engine, "santunan jkm berapa")
    await ask(engine, "apa saja syarat klaim jkm")
    await ask(engine, UNANSWERABLE)
    await ask(engine, "halo")  # smalltalk is not a question for the log
    code, out = await report(settings, capsys, "stats")
    assert code == 0
    assert "Pertanyaan: 3, terjawab 67%" in out
    assert "answered 2" in out and "fallback 1" in out
    assert f"{date.today().isoformat()}      3 pertanyaan, 67% terjawab" in out


async def test_laporan_sends_csv_and_summary_to_admin(engine: Engine) -> None:
    await ask(engine, UNANSWERABLE)
    replies = await engine.handle(Event("999", command="laporan", is_admin=True))
    assert len(replies) == 1
    reply = replies[0]
    assert reply.document is not None
    name, data = reply.document
    assert name.endswith(".csv")
    rows = csv_rows(data.decode("utf-8-sig"))
    assert rows[0]["example"] == UNANSWERABLE
    summary = to_plain(reply.text)
    assert "Pertanyaan belum terjawab" in summary and UNANSWERABLE in summary

    bad = await engine.handle(Event("999", command="laporan", args="kemarin", is_admin=True))
    assert "Format:" in to_plain(bad[0].text) and bad[0].document is None


async def test_statistik_for_admin(engine: Engine) -> None:
    await ask(engine, "santunan jkm berapa")
    replies = await engine.handle(Event("999", command="statistik", args="7", is_admin=True))
    text = to_plain(replies[0].text)
    assert "Statistik" in text and "Pertanyaan: 1" in text and "jkm-manfaat" in text


async def test_question_log_holds_no_personal_data(engine: Engine) -> None:
    nik, phone = "3171234567890001", "0812-3456-7890"
    user_id = "700123456"
    event = Event(user_id, "telegram", text=f"nik saya {nik} hp {phone} email budi@mail.com "
                  "lahir 12-05-1990, jht saya cair berapa? gaji 10.000.000",
                  user_name="Budi Santoso")
    await engine.handle(event)
    rows = [dict(r) for r in await engine.db.fetchall("SELECT * FROM question_log")]
    assert len(rows) == 1
    stored = " ".join(str(v) for v in rows[0].values())
    for secret in (nik, phone, "34567890", "budi@mail.com", "Budi", user_id, "12-05-1990"):
        assert secret not in stored
    assert "***0001" in rows[0]["question"] and "***7890" in rows[0]["question"]
    assert "10.000.000" in rows[0]["question"]  # amounts stay: staff need them
    assert len(rows[0]["user_hash"]) == 16 and rows[0]["user_hash"] != user_id
    # The same person always gets the same hash, so reports can count distinct users.
    assert rows[0]["user_hash"] == await engine.qlog.user_hash(event.session_key)


def test_report_without_database_is_a_clear_error(tmp_path, capsys) -> None:
    code = main(["report", "misses", "--db", str(tmp_path / "none.sqlite3")])
    assert code == 1 and "no question log" in capsys.readouterr().err
    assert not (tmp_path / "none.sqlite3").exists()
