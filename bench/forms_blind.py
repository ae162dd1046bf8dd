"""Pre-registration replies: `python bench/forms_blind.py [--set 1|2|3] [--dev-only] [--failures]`.

Scores faq/tests/forms-blind/{dev,heldout}.yaml (replies written blind from the step prompts;
see that folder's README.md); `--set 2` the second set, {dev,heldout}-2.yaml (written
2026-12-02 from the prompts and from how people type such data in chats; an item may carry
`given`, its own answers to earlier steps in place of the usual ones). Each item is one new
user sent through the whole engine (as of 2026-11-30, in-memory database): /daftar, the
earlier steps answered the usual way, then the item's message(s) at its step; the session
(or the stored registration) is then compared with `expect`. When the item expects a birth
date, the NIK given earlier carries that date, as a real person's does. `--failures` lists
the DEV half's misses only: the held-out half is scored as figures only, never listed.
`--set 3` (2026-12-02) adds two outcomes any step may expect: `answer` (a question asked
mid-form is answered, by an FAQ answer or a calculation, while the step and every field given
so far are kept) and `withdraw` (the person stops: the form ends and nothing is stored).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import logging
import re
import sys
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.content.yamlsrc import LineDict, LineList, load_yaml  # noqa: E402
from bot.core.replies import Event  # noqa: E402
from bot.core.settings import load_settings  # noqa: E402
from bot.registration.steps import OCCUPATIONS, STEPS, occupation_by_code  # noqa: E402

SET_DIR = ROOT / "faq" / "tests" / "forms-blind"
HALVES = ("dev", "heldout")
AS_OF = date(2026, 11, 30)
STEP_KINDS = ("consent", *STEPS, "confirm")
FIELD = {"name": "name", "nik": "nik", "dob": "dob", "phone": "phone",
         "occupation": "occupation", "location": "region", "income": "income",
         "programs": "jht"}
# The usual answers to the steps before the item's own (text, or a button press).
USUAL: dict[str, tuple[str, str]] = {
    "consent": ("press", "reg:consent:yes"), "name": ("text", "Siti Nurhaliza"),
    "nik": ("text", ""), "dob": ("text", "17 Agustus 1990"), "phone": ("text", "0812-3456-7890"),
    "occupation": ("press", "reg:occ:pedagang"), "location": ("text", "Kota Bandung"),
    "income": ("text", "2,5 juta"), "programs": ("press", "reg:prog:basic"),
}


class _Errors(logging.Handler):
    """Counts the errors the engine logs (it answers a crash with an apology, not a raise)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


@dataclass(frozen=True)
class Item:
    step: str
    texts: tuple[str, ...]
    expect: Any
    given: tuple[tuple[str, str], ...] = ()  # earlier steps answered otherwise than USUAL


# Reply kinds that answer a question (the form's own prompts are "flow").
ANSWER_KINDS = ("faq", "calculation")


@dataclass(frozen=True)
class Scored:
    item: Item
    right: bool
    got: str


def load(path: Path) -> list[Item]:
    """The items of one half (a malformed item stops the run: the file is ours)."""
    data, problems = load_yaml(path, path.name)
    assert not problems and isinstance(data, LineList), problems
    items = []
    for row in data:
        assert isinstance(row, LineDict) and row["step"] in STEP_KINDS, row
        texts = row["texts"] if "texts" in row else [row["text"]]
        expect = row["expect"]
        expect = dict(expect) if isinstance(expect, dict) else expect
        given = tuple((str(k), str(v)) for k, v in dict(row.get("given") or {}).items())
        assert all(k in USUAL for k, _ in given), row
        items.append(Item(str(row["step"]), tuple(str(t) for t in texts), expect, given))
    return items


def _nik_for(born: date, serial: int) -> str:
    """A Kota Bandung NIK for a man born on `born` (unique per user: no duplicate NIK)."""
    return f"327301{born:%d%m%y}{serial % 10000:04d}"


def _expected_dob(item: Item) -> date | None:
    value = item.expect.get("dob") if isinstance(item.expect, dict) else (
        item.expect if item.step == "dob" else None)
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return date.fromisoformat(value)
    return None


def _phone(value: Any) -> str:
    digits = re.sub(r"\D", "", str(value))
    return "0" + digits[2:] if digits.startswith("62") else digits


def _same(step: str, stored: Any, want: Any) -> bool:
    """Whether a stored field value is the expected one (names: any case)."""
    if step == "name":
        return " ".join(str(stored).split()).casefold() == " ".join(str(want).split()).casefold()
    if step == "phone":
        return _phone(stored) == _phone(want)
    if step == "occupation":
        if str(want).startswith("other:"):
            labels = {o.label for o in OCCUPATIONS}
            return stored not in labels and want[6:].casefold() in str(stored).casefold()
        job = occupation_by_code(str(want))
        return job is not None and stored == job.label
    if step == "income":
        return stored == int(want)
    return bool(stored == want)


def judge(item: Item, data: dict[str, Any] | None, stored: int,
          kinds: tuple[str, ...] = (), kept: bool = True) -> tuple[bool, str]:
    """(right, what happened) from the session afterwards and the registrations stored;
    `kinds` are the reply kinds of the last message, `kept` whether the fields are unchanged."""
    step, want = item.step, item.expect
    if data is None:
        got = "saved" if stored else "ended"
    elif data.get("step") != (step if step != "confirm" else "summary"):
        got = f"step:{data.get('step')}" + (":edit" if data.get("editing") else "")
    elif data.get("pending"):
        got = "asked-back"
    elif data.get("suggest"):
        got = "suggest:" + ",".join(data["suggest"])
    else:
        got = "reask"
    if want == "withdraw":
        return got == "ended" and not stored, got
    if want == "answer":
        answered = any(k in ANSWER_KINDS for k in kinds)
        return answered and kept and got == "reask", f"{got} kinds={','.join(kinds)} kept={kept}"
    if step == "consent":
        verdicts = {"yes": "step:name", "no": "ended", "reask": "reask"}
        return got == verdicts[str(want)], got
    if step == "confirm" and not isinstance(want, dict):  # a mapping: the fields, below
        if want == "confirm":
            return got == "saved", got
        if want == "cancel":
            return got == "ended", got
        if want == "reask":
            return got == "reask", got
        return got == f"step:{str(want)[5:]}:edit", got
    fields = (data or {}).get("fields", {})
    if isinstance(want, dict):
        seen = {k: fields.get(FIELD.get(k, k)) for k in want}
        return all(_same(k, seen[k], v) for k, v in want.items()), f"{got} {seen}"
    value = fields.get(FIELD[step])
    if want == "reask":
        return value is None and got in ("reask", "asked-back"), got
    if isinstance(want, str) and want.startswith("suggest:"):
        offered = set((data or {}).get("suggest") or ())
        return set(want[8:].split(",")) <= offered and value is None, got
    if value is None:
        return False, got
    return _same(step, value, want), f"{got} stored={value!r}"


async def run(halves: tuple[str, ...], suffix: str = "") -> dict[str, list[Scored]]:
    """Send every item as one fresh user; judge the state afterwards."""
    from bot.app.composition import build_engine, close_engine
    from bot.storage.registrations import RegistrationStore

    settings = replace(load_settings(env={}, dotenv=ROOT / "absent.env"),
                       faq_dir=ROOT / "faq", templates_dir=ROOT / "templates")
    engine = await build_engine(settings, AS_OF, db_path=":memory:")
    errors = _Errors()
    logging.getLogger().addHandler(errors)
    logging.getLogger().setLevel(logging.ERROR)
    for handler in logging.getLogger().handlers:
        if handler is not errors:
            handler.setLevel(logging.CRITICAL)  # the crash is counted, not printed
    serial = itertools.count(1)
    try:
        out: dict[str, list[Scored]] = {}
        for half in halves:
            rows = []
            for item in load(SET_DIR / f"{half}{suffix}.yaml"):
                number = next(serial)
                user = f"form-{half}-{number}"

                async def send(text: str = "", press: str = "", command: str = "",
                               user: str = user) -> list[str]:
                    replies = await engine.handle(Event(user, "console", text=text, press=press,
                                                        command=command))
                    return [r.kind for r in replies]

                born = _expected_dob(item) or date(1990, 8, 17)
                await send(command="daftar")
                target = item.step if item.step != "confirm" else "summary"
                for step in ("consent", *STEPS):
                    if step == target:
                        break
                    kind, value = USUAL[step]
                    if step == "dob":
                        value = f"{born:%d-%m-%Y}"
                    elif step == "nik":
                        value = _nik_for(born, number)
                    value = dict(item.given).get(step, value)
                    await send(text=value) if kind == "text" else await send(press=value)
                session = await engine.sessions.get(f"console:{user}")
                reached = session.data.get("step") if session else None
                if reached != target:  # the usual (or given) answers did not lead there
                    rows.append(Scored(item, False, f"setup: stopped at {reached}"))
                    continue
                before = errors.count
                fields_before = dict(session.data.get("fields", {})) if session else {}
                kinds: list[str] = []
                try:
                    for text in item.texts:
                        kinds = await send(text=text)
                except Exception as exc:  # a crash is a miss, not a stop
                    rows.append(Scored(item, False, f"error {type(exc).__name__}"))
                    continue
                if errors.count > before:
                    rows.append(Scored(item, False, "error (logged)"))
                    continue
                session = await engine.sessions.get(f"console:{user}")
                stored = len(await RegistrationStore(engine.db).for_owner(f"console:{user}"))
                data = session.data if session else None
                kept = data is not None and dict(data.get("fields", {})) == fields_before
                right, got = judge(item, data, stored, tuple(kinds), kept)
                rows.append(Scored(item, right, got))
            out[half] = rows
        return out
    finally:
        await close_engine(engine)


def summary(half: str, rows: list[Scored]) -> str:
    """One line per half: right overall, then per step."""
    right = sum(r.right for r in rows)
    per = Counter(r.item.step for r in rows)
    ok = Counter(r.item.step for r in rows if r.right)
    steps = ", ".join(f"{s} {ok[s]}/{per[s]}" for s in STEP_KINDS if per[s])
    share = f"{right / len(rows):.1%}" if rows else "-"
    return f"{half}: {right}/{len(rows)} ({share}); {steps}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list the dev half's misses")
    parser.add_argument("--dev-only", action="store_true", help="score the dev half only")
    parser.add_argument("--set", choices=("1", "2", "3"), default="1", help="which blind set")
    args = parser.parse_args()
    suffix = "" if args.set == "1" else f"-{args.set}"
    results = asyncio.run(run(("dev",) if args.dev_only else HALVES, suffix))
    if args.failures:
        for r in results["dev"]:
            if not r.right:
                print(f"MISS [{r.item.step}] {' | '.join(r.item.texts)!r} -> {r.got} "
                      f"(want {r.item.expect!r})")
    for half, rows in results.items():
        print(summary(half + suffix, rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
