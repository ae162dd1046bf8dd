"""The console chat: the same engine as Telegram, buttons as numbered options."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from dataclasses import replace
from typing import TextIO

from bot.content.render import to_plain
from bot.core.engine import Engine
from bot.core.replies import Button, Event, Reply


def parse_input(line: str, user_id: str, last_buttons: list[Button], json_mode: bool,
                is_admin: bool = False) -> Event:
    """Turn one typed line into an Event: a press, a /command, or plain text."""
    return replace(_parse(line, user_id, last_buttons, json_mode), is_admin=is_admin)


def _a_value(number: str, buttons: list[Button]) -> bool:
    """A number typed under a menu of numbers (days, amounts) or naming a label's number is
    that number, as in Telegram, not the index of a button."""
    numbers = [re.findall(r"\d+", b.label) for b in buttons]
    return any(str(int(number)) in found for found in numbers) or (
        2 * sum(bool(found) for found in numbers) > len(numbers))


def _parse(line: str, user_id: str, last_buttons: list[Button], json_mode: bool) -> Event:
    text = line.strip()
    if json_mode and text.startswith("{"):
        try:
            obj = json.loads(text)
        except json.JSONDecodeError:
            obj = None
        if isinstance(obj, dict):
            if isinstance(obj.get("press"), str):
                return Event(user_id, "console", press=obj["press"])
            if isinstance(obj.get("text"), str):
                text = obj["text"].strip()
    if text.startswith("/"):
        command, _, args = text[1:].partition(" ")
        return Event(user_id, "console", command=command.split("@")[0].lower(), args=args.strip())
    pressable = [b for b in last_buttons if b.data]
    if (text.isdigit() and 1 <= int(text) <= len(pressable) and len(text) <= 2
            and not _a_value(text, pressable)):
        return Event(user_id, "console", press=pressable[int(text) - 1].data)
    for button in pressable:
        if text.casefold() == button.label.casefold():
            return Event(user_id, "console", press=button.data)
    return Event(user_id, "console", text=text)


def reply_to_json(reply: Reply) -> dict:
    return {
        "text": to_plain(reply.text),
        "kind": reply.kind,
        "buttons": [[{"label": b.label, "data": b.data or b.url} for b in row]
                    for row in reply.buttons],
    }


def format_plain(replies: Iterable[Reply]) -> tuple[str, list[Button]]:
    """Plain text for a terminal, and the buttons in the order they were numbered."""
    parts, numbered = [], []
    for reply in replies:
        lines = [to_plain(reply.text)]
        for row in reply.buttons:
            for button in row:
                if button.data:
                    numbered.append(button)
                    lines.append(f"  [{len(numbered)}] {button.label}")
                elif button.url:
                    lines.append(f"  -> {button.label}: {button.url}")
        if reply.document:
            lines.append(f"  (berkas: {reply.document[0]}, {len(reply.document[1])} byte)")
        parts.append("\n".join(lines))
    return "\n\n".join(parts), numbered


async def run_console(engine: Engine, user_id: str, json_mode: bool,
                      stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> None:
    """Read lines until EOF (or /keluar); one JSON line out per line in with --json.

    A `--user` id listed in ADMIN_IDS is an admin here too (staff run the console locally).
    Before each line the engine's periodic work runs when due (RELOAD_CHECK_SECONDS), so edited FAQ
    files go live in the console as on Telegram; notices for this user are shown inline.
    """
    is_admin = user_id.isdigit() and int(user_id) in engine.settings.admin_ids
    engine.channels.add("console")  # reminders and notices for console users show inline
    last_buttons: list[Button] = []
    if not json_mode:
        text, last_buttons = format_plain(await engine.handle(Event(user_id, "console",
                                                                    command="start")))
        stdout.write(text + "\n\n(ketik /keluar untuk berhenti)\n> ")
        stdout.flush()
    for line in stdin:
        if not line.strip():
            if json_mode:
                stdout.write(json.dumps({"replies": []}) + "\n")
                stdout.flush()
            continue
        if not json_mode and line.strip().lower() in ("/keluar", "/exit", "/quit"):
            break
        await engine.tick_if_due()
        event = parse_input(line, user_id, last_buttons, json_mode, is_admin)
        replies = await engine.handle(event)
        replies += [reply for target, reply in engine.drain_outbox() if target == user_id]
        if json_mode:
            last_buttons = [b for r in replies for row in r.buttons for b in row]
            out = {"replies": [reply_to_json(r) for r in replies]}
            stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        else:
            text, last_buttons = format_plain(replies)
            stdout.write(text + "\n> ")
        stdout.flush()
