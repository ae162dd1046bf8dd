"""Conversation sets: `python bench/conversations.py [--set 2..7] [--alone]` scores follow-ups.

Each conversation of faq/tests/conversations/{dev,heldout}.yaml (`--set 2`: set2-dev.yaml /
set2-heldout.yaml, a second set written blind the same way; `--set 3`: set3-*.yaml, a third one
whose kinds say what the last message leans on and whose `expect` may be `calculation`) is sent
through the whole engine by one new user, message after message (as-of 2026-11-30, in-memory
database), and the LAST reply is scored the way bench/blind.py scores a message: answered right /
right entry suggested first / answered wrong (a confident FAQ, redirect or calculation answer
that is not the expected entry; for `fallback`: any of those) / the rest (fallback, menu, right
entry not first). Figures per half and per kind. `--alone` sends only the last message, as a new
user: what a bot without conversation memory would answer. `--compare` runs both ways and
counts, per half, the conversations memory won (right only in context) and lost (right only
alone). `--failures` lists the DEV half's misses (with `--compare`: its lost ones) only: the
held-out half is scored as figures only.

Set 4 (`--set 4`) adds turns that press a button (`{press: <data>}`, sent only when one of the
replies before offered a button with that data; `*` globs, e.g. `fb:*:1`) or send a command
("/daftar"), and three expectations: `polite` (the reply is a small-talk reply: not a FAQ,
redirect or calculation answer (wrong), not a fallback, menu or suggestion list (other)),
`form-keep` (the pre-registration goes on, every field stored before the last message keeps its
value or is being asked again, and no field holds the last message) and `form-ended` (no
registration in progress and none stored); a mapping (`{name: "Agus Salim"}`) is the fields the
registration must hold afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import fnmatch
import itertools
import sys
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.content.yamlsrc import LineDict, LineList, load_yaml  # noqa: E402
from bot.core.replies import Event, Reply  # noqa: E402
from bot.core.settings import load_settings  # noqa: E402
from bot.staff.real_sets import ANSWERING_KINDS, RealCase, outcome  # noqa: E402

SET_DIR = ROOT / "faq" / "tests" / "conversations"
HALVES = ("dev", "heldout")
SET_FILES = {1: "{half}.yaml", 2: "set2-{half}.yaml", 3: "set3-{half}.yaml",
             4: "set4-{half}.yaml", 5: "set5-{half}.yaml", 6: "set6-{half}.yaml",
             7: "set7-{half}.yaml"}  # per set
KINDS = ("program-swap", "ellipsis", "situation", "new-topic", "english")
# Set 3 sorts its conversations by what the last message leans on (README, "Set 3")
KINDS_3 = ("after-calc", "story-then-question", "correction", "after-suggestion", "program-swap",
           "ellipsis", "english", "new-topic")
# Set 4: replies, pointers and corrections (README, "Set 4")
KINDS_4 = ("after-calc", "after-answer", "after-suggestion", "correction", "registration",
           "closing", "ping", "topic-switch", "english")
# Set 5: another audience or person, figures added, the next step, replies (README, "Set 5")
KINDS_5 = ("audience-swap", "person-swap", "numbers-after", "next-step", "askback-reply",
           "fragment-typo", "audience-correction", "topic-switch", "english")
# Set 6: who asks, corrections, figures, replies to the bot's question, why / how much / when /
# where after an answer (README, "Set 6")
KINDS_6 = ("program-swap", "ellipsis", "situation", "new-topic", "audience", "correction",
           "numbers-after", "yesno-reply", "why", "amount", "time", "place", "english")
# Set 7: another situation, a short ask, "itu buat saya?", English after Indonesian, another
# programme, thanks then a question, a figure changed after a calculation, a new topic (README)
KINDS_7 = ("situation-swap", "short-ask", "applies-to-me", "english-after", "program-swap",
           "thanks-then", "after-calc", "new-topic")
SET_KINDS = {1: KINDS, 2: KINDS, 3: KINDS_3, 4: KINDS_4, 5: KINDS_5, 6: KINDS_6, 7: KINDS_7}
FORM = ("form-keep", "form-ended")  # `expect` on the pre-registration's state (set 4)
CALC = ("calc", "calculation")  # `expect` for a last message that should be calculated
AS_OF = date(2026, 11, 30)


@dataclass(frozen=True)
class Press:
    """A button press: the data of a button one of the replies before offered (a glob)."""

    data: str

    def __str__(self) -> str:
        return f"[{self.data}]"


Turn = str | Press


@dataclass(frozen=True)
class Conversation:
    turns: tuple[Turn, ...]
    expect: str
    kind: str
    fields: tuple[tuple[str, str], ...] = ()  # expect "form-fields": what the form must hold


@dataclass(frozen=True)
class Scored:
    case: Conversation
    verdict: str  # right | suggested | wrong | other
    reached: tuple[str, ...]  # what each sent message got, the last one scored


def load(path: Path, kinds: tuple[str, ...] = KINDS) -> list[Conversation]:
    """The conversations of one half (malformed items stop the run: the file is ours)."""
    data, problems = load_yaml(path, path.name)
    assert not problems and isinstance(data, LineList), problems
    cases = []
    for item in data:
        assert isinstance(item, LineDict)
        turns = tuple(Press(str(t["press"])) if isinstance(t, dict) else str(t)
                      for t in item["turns"])
        kind = str(item["kind"])
        assert 2 <= len(turns) <= 5 and kind in kinds, (path.name, turns, kind)
        assert isinstance(turns[-1], str), (path.name, turns)
        if isinstance(item["expect"], dict):
            fields = tuple((str(k), str(v)) for k, v in item["expect"].items())
            cases.append(Conversation(turns, "form-fields", kind, fields))
            continue
        expect = str(item["expect"])
        cases.append(Conversation(turns, "calculation" if expect in CALC else expect, kind))
    return cases


def _pressed(turn: Press, offered: list[Reply]) -> str:
    """The data of the first offered button the press names ("" when none was offered). An
    entry's button (`faq:<id>`) is also its choice in a "did you mean" list (`pick:<log>:<id>`)."""
    wanted = [turn.data]
    if turn.data.startswith("faq:"):
        wanted.append(f"pick:*:{turn.data[4:]}")
    for reply in offered:
        for row in reply.buttons:
            for button in row:
                if button.data and any(fnmatch.fnmatchcase(button.data, w) for w in wanted):
                    return button.data
    return ""


def _event(user: str, turn: Turn, offered: list[Reply]) -> Event | None:
    """The event a turn sends (None: a press of a button that was not offered)."""
    if isinstance(turn, Press):
        data = _pressed(turn, offered)
        return Event(user, "console", press=data) if data else None
    if turn.startswith("/") and turn[1:2].isalpha():
        command, _, args = turn[1:].partition(" ")
        return Event(user, "console", command=command.lower(), args=args)
    return Event(user, "console", text=turn)


def _plain(text: object) -> str:
    return " ".join(str(text).casefold().replace(",", " ").split())


def form_verdict(case: Conversation, before: dict[str, object] | None,
                 after: dict[str, object] | None, stored: int) -> tuple[str, str]:
    """The verdict on the pre-registration's state after the last message (set 4)."""
    fields = dict((after or {}).get("fields") or {})
    if case.expect == "form-ended":
        return ("right" if after is None and not stored else "other"), (
            "ended" if after is None else f"step:{after.get('step')}")
    if after is None:
        return ("other" if not stored else "wrong"), "ended" if not stored else "saved"
    got = f"step:{after.get('step')} {sorted(fields)}"
    if case.expect == "form-fields":
        ok = all(_plain(fields.get(k)) == _plain(v) for k, v in case.fields)
        return ("right" if ok else "wrong"), got
    earlier = dict((before or {}).get("fields") or {})
    kept = all(fields.get(k) in (v, None) for k, v in earlier.items())
    last = _plain(case.turns[-1])
    taken = any(_plain(v) == last for v in fields.values())
    return ("right" if kept and not taken else "wrong"), got


def verdict(case: Conversation, replies: list[Reply]) -> tuple[str, str]:
    """The verdict on the replies to one message of the conversation, and what it reached (the
    entry, the first suggestion, or the kind). Stricter than `faq test` on `fallback`: a
    redirect in reply to "makasih" is a wrong answer too."""
    got = outcome(RealCase(str(case.turns[-1]), case.expect, "", 0, ""), replies)
    if case.expect == "fallback":
        return ("wrong" if got.kind in ANSWERING_KINDS else "right"), got.reached
    if case.expect == "polite":
        verdict = ("wrong" if got.kind in ANSWERING_KINDS
                   else "right" if got.kind == "smalltalk" else "other")
        return verdict, got.kind if got.kind != "faq" else got.reached
    return got.verdict, got.reached


async def run(halves: tuple[str, ...], alone: bool, which: int = 1) -> dict[str, list[Scored]]:
    """Send every conversation (or only its last message) as one fresh user; score the end."""
    from bot.app.composition import build_engine, close_engine
    from bot.registration.steps import FLOW
    from bot.storage.registrations import RegistrationStore

    settings = replace(load_settings(env={}, dotenv=ROOT / "absent.env"),
                       faq_dir=ROOT / "faq", templates_dir=ROOT / "templates")
    engine = await build_engine(settings, AS_OF, db_path=":memory:")
    users = itertools.count(1)
    try:
        out: dict[str, list[Scored]] = {}
        for half in halves:
            rows = []
            for case in load(SET_DIR / SET_FILES[which].format(half=half), SET_KINDS[which]):
                user = f"convo-{next(users)}"  # no state shared between conversations
                got, last, replies = [], "", []
                before: dict[str, object] | None = None
                for turn in case.turns[-1:] if alone else case.turns:
                    event = _event(user, turn, replies)
                    if event is None:
                        got.append("not offered")
                        continue
                    session = await engine.sessions.get(event.session_key)
                    before = session.data if session and session.flow == FLOW else None
                    replies = await engine.handle(event)
                    last, reached = verdict(case, replies)
                    got.append(reached)
                if case.expect in FORM or case.expect == "form-fields":
                    session = await engine.sessions.get(f"console:{user}")
                    after = session.data if session and session.flow == FLOW else None
                    stored = len(await RegistrationStore(engine.db).for_owner(f"console:{user}"))
                    last, reached = form_verdict(case, before, after, stored)
                    got[-1] = reached
                rows.append(Scored(case, last, tuple(got)))
            out[half] = rows
        return out
    finally:
        await close_engine(engine)


def _share(k: int, n: int) -> str:
    return f"{k}/{n} ({k / n:.1%})" if n else "0/0"


def summary(half: str, rows: list[Scored], alone: bool, kinds: tuple[str, ...] = KINDS) -> str:
    """One line per half: the four verdicts, then right per kind."""
    n = len(rows)
    count = Counter(r.verdict for r in rows)
    by_kind = ", ".join(
        f"{k} {sum(r.verdict == 'right' for r in rows if r.case.kind == k)}/"
        f"{sum(r.case.kind == k for r in rows)}" for k in kinds)
    mode = "pesan terakhir saja" if alone else "dalam percakapan"
    return (f"{half} ({mode}): {n} percakapan; dijawab benar {_share(count['right'], n)}, "
            f"saran pertama {_share(count['suggested'], n)}, dijawab salah "
            f"{_share(count['wrong'], n)}, lainnya (fallback/menu/saran lain) "
            f"{_share(count['other'], n)}; benar per jenis: {by_kind}")


def changes(context: list[Scored], alone: list[Scored]) -> tuple[list[Scored], list[Scored]]:
    """The conversations right only in context (won) and right only alone (lost)."""
    won = [c for c, a in zip(context, alone, strict=True)
           if c.verdict == "right" and a.verdict != "right"]
    lost = [c for c, a in zip(context, alone, strict=True)
            if a.verdict == "right" and c.verdict != "right"]
    return won, lost


def compare_line(half: str, won: list[Scored], lost: list[Scored],
                 kinds: tuple[str, ...] = KINDS) -> str:
    """Memory's effect on one half, per kind."""
    per_kind = ", ".join(f"{k} +{sum(r.case.kind == k for r in won)}"
                         f"/-{sum(r.case.kind == k for r in lost)}" for k in kinds)
    return (f"{half}: ingatan percakapan menambah {len(won)} benar, menghilangkan {len(lost)}; "
            f"per jenis: {per_kind}")


def show(r: Scored, alone: bool) -> str:
    """One dev miss: each message sent and what it got."""
    sent = r.case.turns[-1:] if alone else r.case.turns
    trail = " | ".join(f"{str(t)[:60]!r} -> {g}" for t, g in zip(sent, r.reached, strict=True))
    return f"{r.verdict.upper():9} [{r.case.kind}] {trail} (want {r.case.expect})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list the dev half's misses")
    parser.add_argument("--alone", action="store_true",
                        help="send only the last message of each conversation (no memory)")
    parser.add_argument("--compare", action="store_true",
                        help="run in context and alone; count what memory won and lost")
    parser.add_argument("--dev-only", action="store_true", help="score the dev half only")
    parser.add_argument("--set", type=int, choices=sorted(SET_FILES), default=1, dest="which",
                        help="which conversation set (default 1: dev.yaml / heldout.yaml; "
                             "2-7: setN-*.yaml)")
    args = parser.parse_args()
    halves = ("dev",) if args.dev_only else HALVES
    kinds = SET_KINDS[args.which]
    if args.compare:
        context = asyncio.run(run(halves, alone=False, which=args.which))
        alone = asyncio.run(run(halves, alone=True, which=args.which))
        if args.failures:
            for r in changes(context["dev"], alone["dev"])[1]:
                print("LOST", show(r, alone=False))
        for half in halves:
            print(summary(half, context[half], alone=False, kinds=kinds))
            print(summary(half, alone[half], alone=True, kinds=kinds))
            print(compare_line(half, *changes(context[half], alone[half]), kinds=kinds))
        return 0
    results = asyncio.run(run(halves, args.alone, args.which))
    if args.failures:
        for r in results["dev"]:
            if r.verdict != "right":
                print(show(r, args.alone))
    for half, rows in results.items():
        print(summary(half, rows, args.alone, kinds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
