"""`faq test` on real messages: faq/tests/real/{tune,heldout,heldout-2..heldout-11}, whole engine.

The labelled sets in faq/tests/ measure the matcher; these measure the bot as a user meets it
(the calculator and redirects included), on messages people really wrote. Each part has its
own committed floor in faq/tests/real/config.yaml; the held-out parts are never tuned on
(heldout-2 is the fifth collection, held out whole so that it gives a figure nobody has seen;
heldout-3 is the held-out half of the sixth, heldout-4 that of the seventh, heldout-5 that of the
eighth, heldout-6 that of the ninth, heldout-7 that of the tenth, heldout-8 that of the eleventh,
heldout-9 that of the twelfth, heldout-10 that of the thirteenth, heldout-11 that of the
fourteenth).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from bot.content.yamlsrc import LineDict, Problem, load_yaml
from bot.core.replies import Reply
from bot.staff.regression import labelled_file

REAL_DIR = Path("real")
PARTS = ("tune", "heldout", "heldout-2", "heldout-3", "heldout-4", "heldout-5", "heldout-6",
         "heldout-7", "heldout-8", "heldout-9", "heldout-10", "heldout-11")
TUNED_PARTS = ("tune",)  # the only part whose failures `faq test` lists one by one
SPECIAL = ("fallback", "calculation")
SELF_WRITTEN = "self-written"  # the file holding messages written by the askers themselves
ANSWERING_KINDS = ("faq", "redirect", "calculation")

Ask = Callable[[str], Awaitable[list[Reply]]]


class Asked(list[Reply]):
    """The replies to one message, with the entries "🔎 Topik lain" (or 👎 under an answer)
    shows when pressed (console/ask.py `ask_two_taps`): a second tap, kept apart from what is
    offered."""

    behind: frozenset[str] = frozenset()


@dataclass(frozen=True)
class RealCase:
    question: str
    expect: str
    file: str
    line: int
    source: str
    also: tuple[str, ...] = ()  # the other questions of the message (entry ids)


@dataclass(frozen=True)
class RealOutcome:
    case: RealCase
    kind: str  # the main reply's kind: faq, redirect, calculation, suggestions, fallback, ...
    entry_id: str | None
    first_suggestion: str | None
    offered: frozenset[str] = frozenset()  # every entry answered or offered as a button
    behind: frozenset[str] = frozenset()  # the entries "🔎 Topik lain" shows (a second tap)

    @property
    def in_scope(self) -> bool:
        return self.case.expect != "fallback"

    @property
    def answered_right(self) -> bool:
        if self.case.expect == "calculation":
            return self.kind == "calculation"
        return self.kind in ("faq", "redirect") and self.entry_id == self.case.expect

    @property
    def suggested_right(self) -> bool:
        return self.kind == "suggestions" and self.first_suggestion == self.case.expect

    @property
    def answered_wrong(self) -> bool:
        """A confident answer (FAQ, redirect or calculation) that is not the right one."""
        if self.case.expect == "fallback":
            return self.out_of_scope_answered
        return self.kind in ANSWERING_KINDS and not self.answered_right

    @property
    def out_of_scope_answered(self) -> bool:
        """Out of scope, yet answered from an FAQ entry or a calculation (a redirect is fine)."""
        return self.case.expect == "fallback" and self.kind in ("faq", "calculation")

    @property
    def passed(self) -> bool:
        if self.case.expect == "fallback":
            return not self.out_of_scope_answered
        return self.answered_right

    @property
    def verdict(self) -> str:
        """right / suggested (first of a "did you mean") / wrong (a confident other answer;
        out of scope: an FAQ answer or a calculation) / other (fallback, menu, ...)."""
        if self.passed:
            return "right"
        if self.suggested_right:
            return "suggested"
        return "wrong" if self.answered_wrong else "other"

    @property
    def reached(self) -> str:
        if self.kind in ("faq", "redirect"):
            return str(self.entry_id)
        if self.kind == "suggestions":
            return f"{self.first_suggestion} (saran)"
        return self.kind


@dataclass(frozen=True)
class PartFloor:
    min_answered: float = 0.0
    max_wrong: float = 1.0
    min_self_written_answered: float = 0.0
    max_out_of_scope_answered: int = 0


@dataclass
class PartResult:
    name: str
    results: list[RealOutcome] = field(default_factory=list)
    floor: PartFloor = field(default_factory=PartFloor)

    def _share(self, items: list[RealOutcome], pred: Callable[[RealOutcome], bool]) -> float:
        return sum(1 for r in items if pred(r)) / len(items) if items else 0.0

    @property
    def in_scope(self) -> list[RealOutcome]:
        return [r for r in self.results if r.in_scope]

    @property
    def answered(self) -> float:
        """In-scope messages answered outright with the right entry (or a calculation)."""
        return self._share(self.in_scope, lambda r: r.answered_right)

    @property
    def suggested(self) -> float:
        return self._share(self.in_scope, lambda r: r.suggested_right)

    @property
    def one_tap(self) -> float:
        """In-scope messages (calculations aside) whose right entry is answered or offered as a
        button: one tap away even where the bot asks back or answers wrong. Reported only."""
        asked = [r for r in self.in_scope if r.case.expect != "calculation"]
        return self._share(asked, lambda r: r.answered_right or r.case.expect in r.offered)

    @property
    def two_taps(self) -> float:
        """As `one_tap`, or among the entries behind "🔎 Topik lain". Reported only."""
        asked = [r for r in self.in_scope if r.case.expect != "calculation"]
        return self._share(asked, lambda r: r.answered_right or r.case.expect in r.offered
                           or r.case.expect in r.behind)

    @property
    def self_written_answered(self) -> float:
        own = [r for r in self.in_scope if SELF_WRITTEN in r.case.file]
        return self._share(own, lambda r: r.answered_right)

    @property
    def wrong(self) -> float:
        """All messages answered confidently with something that is not right."""
        return self._share(self.results, lambda r: r.answered_wrong)

    @property
    def out_of_scope_answered(self) -> int:
        return sum(1 for r in self.results if r.out_of_scope_answered)

    @property
    def others_offered(self) -> tuple[int, int]:
        """(found, asked): the other questions of several-question messages (`also`) that
        were answered or offered as a button."""
        asked = [(e, r) for r in self.in_scope for e in r.case.also]
        return sum(1 for e, r in asked if e in r.offered), len(asked)

    def ok(self) -> bool:
        f = self.floor
        return (bool(self.results) and self.answered >= f.min_answered
                and self.wrong <= f.max_wrong
                and self.self_written_answered >= f.min_self_written_answered
                and self.out_of_scope_answered <= f.max_out_of_scope_answered)

    def summary(self) -> str:
        f = self.floor
        found, asked = self.others_offered
        return (f"real/{self.name}: {len(self.results)} pesan; dijawab benar "
                f"{self.answered:.1%} (wajib {f.min_answered:.1%}), ditulis sendiri "
                f"{self.self_written_answered:.1%} (wajib {f.min_self_written_answered:.1%}),"
                f" entri benar jadi saran pertama {self.suggested:.1%}; dijawab salah "
                f"{self.wrong:.1%} (batas {f.max_wrong:.1%}); di luar cakupan terjawab "
                f"{self.out_of_scope_answered} (batas {f.max_out_of_scope_answered}); "
                f"pertanyaan lain ditawarkan {found}/{asked}; entri benar sekali ketuk "
                f"{self.one_tap:.1%}, dua ketuk {self.two_taps:.1%}")


def load_floors(real_dir: Path) -> tuple[dict[str, PartFloor], list[Problem]]:
    """Committed floors per part from real/config.yaml."""
    path = real_dir / "config.yaml"
    if not path.is_file():
        return {}, []
    display = "tests/real/config.yaml"
    data, problems = load_yaml(path, display)
    floors: dict[str, PartFloor] = {}
    if not isinstance(data, LineDict):
        return floors, problems or [Problem(display, 1, "", "harus berupa pemetaan")]
    for part, raw in data.items():
        if part not in PARTS or not isinstance(raw, LineDict):
            problems.append(Problem(display, data.line_of(part), str(part),
                                    f"harus salah satu dari {', '.join(PARTS)} dengan ambangnya"))
            continue
        values = {}
        for key in PartFloor.__dataclass_fields__:
            value = raw.get(key, getattr(PartFloor(), key))
            if not isinstance(value, int | float) or value < 0:
                problems.append(Problem(display, raw.line_of(key), key, "harus angka >= 0"))
                value = getattr(PartFloor(), key)
            values[key] = value
        floors[part] = PartFloor(**values)
    return floors, problems


def load_part(part_dir: Path, entry_ids: set[str]) -> tuple[list[RealCase], list[Problem]]:
    """Every labelled real message of one part, with file:line problems."""
    cases: list[RealCase] = []
    problems: list[Problem] = []
    for path in sorted(part_dir.glob("*.yaml")):
        display = f"tests/real/{part_dir.name}/{path.name}"
        for question, expect, item, line in labelled_file(path, display, entry_ids, SPECIAL,
                                                          problems):
            source = item.get("source")
            if not (isinstance(source, str) and source.startswith("http")):
                problems.append(Problem(display, line, "", "'source' (URL sumber) belum diisi"))
                continue
            also = item.get("also")
            others = tuple(a for a in also if a in entry_ids) if isinstance(also, list) else ()
            cases.append(RealCase(question, expect, display, line, source, others))
    return cases, problems


def main_reply(replies: list[Reply]) -> Reply | None:
    """The reply that carries the decision (an info notice before it is not the answer)."""
    return next((r for r in replies if r.kind != "info"), replies[0] if replies else None)


def offered(replies: list[Reply]) -> frozenset[str]:
    """The entries the replies answered or offer as a button: suggestions, runners-up, the
    message's other questions and related entries (one tap away for the user)."""
    ids = {r.entry_id for r in replies if r.entry_id}
    for r in replies:
        ids.update(i for i, _ in r.suggestions)
        ids.update(i for i, _ in r.alternatives)
        for row in r.buttons:
            for button in row:
                kind, _, rest = button.data.partition(":")
                if kind in ("faq", "pick"):
                    ids.add(rest.rpartition(":")[2])
    return frozenset(ids)


async def evaluate_part(name: str, cases: list[RealCase], ask: Ask,
                        floor: PartFloor) -> PartResult:
    """Ask every message (each as a new user) and classify the main reply."""
    result = PartResult(name, floor=floor)
    for case in cases:
        result.results.append(outcome(case, await ask(case.question)))
    return result


def outcome(case: RealCase, replies: list[Reply]) -> RealOutcome:
    """The engine's replies to one message, classified by their main reply."""
    reply = main_reply(replies)
    kind = reply.kind if reply else "fallback"
    first = reply.suggestions[0][0] if reply and reply.suggestions else None
    behind = replies.behind if isinstance(replies, Asked) else frozenset()
    return RealOutcome(case, kind, reply.entry_id if reply else None, first, offered(replies),
                       behind)


async def evaluate_real(tests_dir: Path, entry_ids: set[str], ask: Ask,
                        tuned_only: bool = False) -> tuple[list[PartResult], list[Problem]]:
    """Every part of faq/tests/real (only the tuning part with `tuned_only`), each against its
    floor."""
    real_dir = tests_dir / REAL_DIR
    floors, problems = load_floors(real_dir)
    parts = []
    for name in PARTS:
        if not (real_dir / name).is_dir() or (tuned_only and name not in TUNED_PARTS):
            continue
        cases, case_problems = load_part(real_dir / name, entry_ids)
        problems += case_problems
        parts.append(await evaluate_part(name, cases, ask, floors.get(name, PartFloor())))
    return parts, problems


def report_real(parts: list[PartResult], show_failures: bool = True) -> list[str]:
    """Lines for `faq test`: failures of the tuning part only, then one summary per part.
    Held-out failures are not listed, so that nobody tunes on them by reading the report."""
    lines = []
    for part in parts:
        if show_failures and part.name in TUNED_PARTS:
            for r in part.results:
                if not r.passed:
                    tag = "SALAH" if r.answered_wrong else "MELESET"
                    lines.append(f"{tag} {r.case.file}:{r.case.line}: \"{r.case.question[:120]}\""
                                 f" diharapkan {r.case.expect}, didapat {r.reached}")
        lines.append(part.summary())
    return lines
