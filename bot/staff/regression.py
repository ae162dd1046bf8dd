"""`faq test`: run the staff's labelled questions through the real matcher and score the result.

Labelled files are `faq/tests/*.yaml`, each a list of `{q: "...", expect: <entry id> | fallback |
smalltalk}`. The committed thresholds live in `faq/tests/config.yaml`; the same evaluation backs
`tests/test_labelled.py`, so a matcher or content change that lowers the pass rate fails CI.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bot.content.store import Content, build_content
from bot.content.yamlsrc import LineDict, LineList, Problem, load_yaml
from bot.understand.reader import read

CONFIG_FILE = "config.yaml"
# `calc`: the calculator reads the message as a calculation (used by the English set)
SPECIAL = ("fallback", "smalltalk", "calc")
ENGLISH_DIR = "en"  # faq/tests/en/: the English set, run through the English matcher


@dataclass(frozen=True)
class Thresholds:
    min_pass_rate: float = 0.95
    max_out_of_scope_answered: int = 0


@dataclass(frozen=True)
class Labelled:
    question: str
    expect: str
    file: str
    line: int


@dataclass(frozen=True)
class Outcome:
    """What the matcher did with one labelled question."""

    case: Labelled
    outcome: str  # answer | suggest | fallback | smalltalk
    entry_id: str | None  # the top entry the matcher reached, if any
    score: float | None
    redirect: bool = False  # the entry reached is a redirect ("ask BPJS Kesehatan instead")

    @property
    def reached(self) -> str:
        """A short label for what happened: the entry id, or fallback/smalltalk."""
        if self.outcome in SPECIAL or self.entry_id is None:
            return self.outcome
        if self.outcome == "answer":
            return f"{self.entry_id} (rujukan)" if self.redirect else self.entry_id
        return f"{self.entry_id} (saran)"

    @property
    def passed(self) -> bool:
        expect = self.case.expect
        if expect == "fallback":
            # Pointing the user elsewhere (a redirect entry) is the right answer to an
            # out-of-scope question; only a confident answer from the FAQ itself is wrong.
            return self.outcome in ("fallback", "suggest") or self.redirected
        if expect == "smalltalk":
            return self.outcome == "smalltalk"
        if expect == "calc":
            return self.outcome == "calc"
        return self.outcome in ("answer", "suggest") and self.entry_id == expect

    @property
    def redirected(self) -> bool:
        return self.outcome == "answer" and self.redirect

    @property
    def answered_right(self) -> bool:
        return self.case.expect not in SPECIAL and self.outcome == "answer" and self.passed

    @property
    def out_of_scope_answered(self) -> bool:
        """The worst failure: a question the FAQ cannot answer got a confident answer."""
        return self.case.expect == "fallback" and self.outcome == "answer" and not self.redirect

    def key(self) -> dict[str, object]:
        # A fallback's nearest entry drifts with every new entry; only the outcome matters.
        entry = self.entry_id if self.outcome in ("answer", "suggest") else None
        return {"outcome": self.outcome, "entry": entry}


@dataclass
class Evaluation:
    results: list[Outcome] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # bad labelled files
    thresholds: Thresholds = field(default_factory=Thresholds)

    @property
    def total(self) -> int:
        return len(self.results)

    def _rate(self, items: list[Outcome], pred) -> float:
        return sum(1 for r in items if pred(r)) / len(items) if items else 0.0

    @property
    def pass_rate(self) -> float:
        return self._rate(self.results, lambda r: r.passed)

    @property
    def in_scope(self) -> list[Outcome]:
        return [r for r in self.results if r.case.expect not in SPECIAL]

    @property
    def answered_rate(self) -> float:
        """Share of in-scope questions answered outright with the right entry."""
        return self._rate(self.in_scope, lambda r: r.answered_right)

    @property
    def suggested_first_rate(self) -> float:
        """Share of in-scope questions where the right entry led a 'did you mean' list."""
        return self._rate(self.in_scope, lambda r: r.passed and r.outcome == "suggest")

    @property
    def redirected_out_of_scope(self) -> int:
        return sum(1 for r in self.results if r.case.expect == "fallback" and r.redirected)

    @property
    def failures(self) -> list[Outcome]:
        return [r for r in self.results if not r.passed]

    @property
    def out_of_scope_answered(self) -> list[Outcome]:
        return [r for r in self.results if r.out_of_scope_answered]

    def ok(self, min_pass_rate: float | None = None) -> bool:
        threshold = self.thresholds.min_pass_rate if min_pass_rate is None else min_pass_rate
        return (not self.problems and self.total > 0 and self.pass_rate >= threshold
                and len(self.out_of_scope_answered)
                <= self.thresholds.max_out_of_scope_answered)


def load_thresholds(tests_dir: Path) -> tuple[Thresholds, list[Problem]]:
    path = tests_dir / CONFIG_FILE
    if not path.is_file():
        return Thresholds(), []
    data, problems = load_yaml(path, f"tests/{CONFIG_FILE}")
    if data is None:
        return Thresholds(), problems
    if not isinstance(data, LineDict):
        return Thresholds(), [Problem(f"tests/{CONFIG_FILE}", 1, "", "harus berupa mapping")]
    defaults = Thresholds()
    rate = data.get("min_pass_rate", defaults.min_pass_rate)
    allowed = data.get("max_out_of_scope_answered", defaults.max_out_of_scope_answered)
    if not isinstance(rate, int | float) or not 0 <= rate <= 1:
        problems.append(Problem(f"tests/{CONFIG_FILE}", data.line_of("min_pass_rate"), "",
                                "min_pass_rate harus angka 0 sampai 1"))
        rate = defaults.min_pass_rate
    if not isinstance(allowed, int) or allowed < 0:
        problems.append(Problem(f"tests/{CONFIG_FILE}", data.line_of("max_out_of_scope_answered"),
                                "", "max_out_of_scope_answered harus bilangan bulat >= 0"))
        allowed = defaults.max_out_of_scope_answered
    return Thresholds(float(rate), allowed), problems


def labelled_file(path: Path, display: str, entry_ids: set[str], special: tuple[str, ...],
                  problems: list[Problem]) -> list[tuple[str, str, LineDict, int]]:
    """The (question, expect, item, line) of one labelled file; what is malformed or names an
    unknown entry becomes a `file:line` problem instead."""
    data, syntax = load_yaml(path, display)
    problems += syntax
    if data is None:
        return []
    if not isinstance(data, LineList):
        problems.append(Problem(display, 1, "", "harus berupa daftar {q: ..., expect: ...}"))
        return []
    items = []
    for i, item in enumerate(data):
        line = data.line_of(i)
        if not isinstance(item, LineDict):
            problems.append(Problem(display, line, "", "setiap butir perlu q dan expect"))
            continue
        question, expect = item.get("q"), item.get("expect")
        if not isinstance(question, str) or not question.strip():
            problems.append(Problem(display, line, "", "pertanyaan 'q' belum diisi"))
            continue
        if not isinstance(expect, str) or not expect.strip():
            problems.append(Problem(display, line, "", "'expect' belum diisi"))
            continue
        expect = expect.strip()
        if expect not in special and expect not in entry_ids:
            problems.append(Problem(display, item.line_of("expect"), expect,
                                    "entri yang diharapkan tidak ada (atau pakai "
                                    f"{' / '.join(special)})"))
            continue
        items.append((question.strip(), expect, item, line))
    return items


def load_labelled(tests_dir: Path, entry_ids: set[str]) -> tuple[list[Labelled], list[Problem]]:
    """Every labelled question, with file:line problems for malformed items or unknown ids."""
    cases: list[Labelled] = []
    problems: list[Problem] = []
    for path in sorted(tests_dir.glob("*.yaml")):
        if path.name == CONFIG_FILE:
            continue
        display = (f"tests/{path.name}" if tests_dir.name == "tests"
                   else f"tests/{tests_dir.name}/{path.name}")
        for question, expect, _, line in labelled_file(path, display, entry_ids, SPECIAL,
                                                       problems):
            cases.append(Labelled(question, expect, display, line))
    return cases, problems


def evaluate_content(content: Content, tests_dir: Path, lang: str = "id",
                     on: date | None = None) -> Evaluation:
    """Run every labelled question in `tests_dir` through `content`'s matcher for `lang`;
    a question labelled `calc` goes to the calculator's reader instead."""
    thresholds, problems = load_thresholds(tests_dir)
    cases, case_problems = load_labelled(tests_dir, set(content.faq.entries))
    evaluation = Evaluation(problems=problems + case_problems, thresholds=thresholds)
    matcher = content.matcher_for(lang)
    for case in cases:
        if case.expect == "calc":
            req = read(case.question, content.cues, on or date.today(), lang)
            reads = req is not None and req.kind != "not_calc"
            evaluation.results.append(Outcome(case, "calc" if reads else "fallback", None, None))
            continue
        result = matcher.match(case.question)
        best = result.best if result.outcome != "smalltalk" else None
        entry = content.faq.entries[best.entry_id] if best else None
        evaluation.results.append(Outcome(
            case, result.outcome, entry.id if entry else None,
            round(best.score, 1) if best else None,
            redirect=entry is not None and entry.kind == "redirect"))
    return evaluation


def evaluate(faq_dir: Path, templates_dir: Path, on: date | None = None,
             lang: str = "id") -> Evaluation:
    """Load the content (raises ContentError if it does not validate) and evaluate it: the
    Indonesian set (faq/tests/*.yaml) or, with lang="en", the English one (faq/tests/en/)."""
    content = build_content(faq_dir, templates_dir, on or date.today())
    if lang == "en":
        return evaluate_content(content, faq_dir / "tests" / ENGLISH_DIR, "en", on)
    return evaluate_content(content, faq_dir / "tests", on=on)


def evaluate_both(faq_dir: Path, templates_dir: Path,
                  on: date | None = None) -> tuple[Evaluation, Evaluation | None]:
    """The Indonesian and the English set from one content load (English None if absent)."""
    content = build_content(faq_dir, templates_dir, on or date.today())
    english_dir = faq_dir / "tests" / ENGLISH_DIR
    english = (evaluate_content(content, english_dir, "en", on)
               if english_dir.is_dir() else None)
    return evaluate_content(content, faq_dir / "tests", on=on), english


def format_outcome(r: Outcome) -> str:
    score = "-" if r.score is None else f"{r.score:.1f}"
    return (f"{r.case.file}:{r.case.line}: \"{r.case.question}\" diharapkan {r.case.expect}, "
            f"didapat {r.reached} (skor {score})")


def snapshot(evaluation: Evaluation) -> dict[str, dict[str, object]]:
    return {r.case.question: r.key() for r in evaluation.results}


def changes(evaluation: Evaluation, baseline: dict[str, dict[str, object]]) -> list[Outcome]:
    """Questions whose outcome or entry differs from a saved earlier run."""
    return [r for r in evaluation.results
            if r.case.question in baseline and baseline[r.case.question] != r.key()]


def report_lines(evaluation: Evaluation, min_pass_rate: float,
                 baseline: dict[str, dict[str, object]] | None = None) -> list[str]:
    """The human report `faq test` prints: problems, changes, failures, then the rates."""
    lines = [str(p) for p in evaluation.problems]
    if baseline is not None:
        changed = changes(evaluation, baseline)
        for r in changed:
            before = baseline[r.case.question]
            was = before["entry"] if before["outcome"] == "answer" else (
                f"{before['entry']} (saran)" if before["outcome"] == "suggest"
                else before["outcome"])
            lines.append(f"BERUBAH {format_outcome(r)}; sebelumnya: {was}")
        lines.append(f"{len(changed)} pertanyaan berubah sejak baseline")
    for r in evaluation.failures:
        tag = "DI LUAR CAKUPAN TERJAWAB" if r.out_of_scope_answered else "GAGAL"
        lines.append(f"{tag} {format_outcome(r)}")
    t = evaluation.thresholds
    lines.append(
        f"{evaluation.total} pertanyaan: lulus {evaluation.pass_rate:.1%} "
        f"(wajib {min_pass_rate:.1%}); dalam cakupan: dijawab {evaluation.answered_rate:.1%}, "
        f"saran pertama {evaluation.suggested_first_rate:.1%}; di luar cakupan: "
        f"{evaluation.redirected_out_of_scope} dirujuk, "
        f"{len(evaluation.out_of_scope_answered)} dijawab (batas "
        f"{t.max_out_of_scope_answered})")
    return lines


def load_baseline(path: Path) -> dict[str, dict[str, object]] | None:
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def save_baseline(path: Path, evaluation: Evaluation) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(snapshot(evaluation), ensure_ascii=False, indent=1,
                               sort_keys=True) + "\n", encoding="utf-8")
