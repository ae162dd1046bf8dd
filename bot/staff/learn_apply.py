"""Add a confirmed phrasing to its entry's `questions:` list, only if the FAQ stays as good.

The phrasing goes into the staff's own topic file as one new line after the entry's last
question; every other byte (comments, blank lines, quoting, key order) is left as it was. The
position comes from the YAML parser's marks, not from re-dumping the file, which is why no
round-trip YAML library is needed. Before the file is written, a copy of the FAQ with the change
must pass everything `faq check` and `faq test` require, and must not lower the pass rate.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from bot.content.check import NEAR_DUPLICATE_RATIO, run_check
from bot.content.faqbase import FaqBase
from bot.content.store import Content, build_content
from bot.content.yamlsrc import ContentError
from bot.staff.learn import faq_vocabulary, personal_reason, redact_for_faq
from bot.staff.regression import Evaluation, evaluate_content
from bot.understand.matcher import PROGRAM_TOKENS
from bot.understand.normalize import Normalizer

# One change at a time per process: two admins pressing "add" together must not both insert
# into the same original text (across processes, the re-read before writing catches it).
_APPLY_LOCK = threading.Lock()


class Refused(Exception):
    """A phrasing that cannot be added; the message (Indonesian) says why."""


@dataclass
class Baseline:
    """The FAQ as it is now, and its labelled-question results, to compare a change with."""

    content: Content
    evaluation: Evaluation

    @classmethod
    def load(cls, faq_dir: Path, templates_dir: Path, on: date) -> Baseline:
        content = build_content(faq_dir, templates_dir, on)
        return cls(content, evaluate_content(content, faq_dir / "tests"))


@dataclass
class Applied:
    file: str
    line: int
    pass_before: float
    pass_after: float
    answered_now: bool  # the phrasing is now answered directly by its entry
    baseline: Baseline  # the FAQ after the change: the baseline for the next one

    def detail(self) -> str:
        return (f"{self.file}:{self.line}; faq test {self.pass_before:.1%} -> "
                f"{self.pass_after:.1%}")


def yaml_scalar(text: str) -> str:
    """`text` as a one-line YAML scalar: plain when that reads back the same, else quoted."""
    try:
        if yaml.safe_load(f"- {text}") == [text] and "#" not in text:
            return text
    except yaml.YAMLError:
        pass
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted one


def _questions_node(root: yaml.Node, entry_id: str) -> yaml.SequenceNode:
    def value(node: yaml.Node, key: str) -> yaml.Node | None:
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode) and k.value == key:
                    return v
        return None

    entries = value(root, "entries")
    for item in entries.value if isinstance(entries, yaml.SequenceNode) else []:
        eid = value(item, "id")
        if isinstance(eid, yaml.ScalarNode) and eid.value == entry_id:
            questions = value(item, "questions")
            if not isinstance(questions, yaml.SequenceNode) or not questions.value:
                raise Refused(f"entri {entry_id} tidak punya daftar questions")
            if questions.flow_style:
                raise Refused(f"questions entri {entry_id} ditulis dalam satu baris [..]; "
                              "tambahkan frasa secara manual")
            return questions
    raise Refused(f"entri {entry_id} tidak ditemukan di berkasnya")


def insert_phrasing(text: str, entry_id: str, phrasing: str, note: str) -> tuple[str, int]:
    """`text` with one `- phrasing  # note` line after the entry's last question; its line."""
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        raise Refused(f"berkas tidak bisa dibaca: {exc}") from None
    questions = _questions_node(root, entry_id)
    first, last = questions.value[0], questions.value[-1]
    lines = text.splitlines(keepends=True)
    dash_line = lines[first.start_mark.line]
    indent = dash_line[: len(dash_line) - len(dash_line.lstrip())]
    # After the last item, including any continuation lines of a multi-line scalar.
    end = last.end_mark.line if last.end_mark.column == 0 else last.end_mark.line + 1
    if end > 0 and not lines[end - 1].endswith("\n"):
        lines[end - 1] += "\n"
    lines.insert(end, f"{indent}- {yaml_scalar(phrasing)}  # {note}\n")
    new_text = "".join(lines)
    added = yaml.safe_load(new_text)
    entry = next(e for e in added["entries"] if e.get("id") == entry_id)
    if entry["questions"][-1] != phrasing:  # never write a file we cannot read back
        raise Refused("frasa tidak bisa disisipkan dengan aman; tambahkan secara manual")
    return new_text, end + 1


def near_duplicate(faq: FaqBase, entry_id: str, phrasing: str) -> str | None:
    """The phrasing of another entry this one is nearly the same as (faq check's rule)."""
    normalizer = Normalizer(faq.synonyms)

    def norm(text: str) -> str:
        return " ".join(normalizer.content(normalizer.tokens(text)))

    def programs(text: str) -> set[str]:
        return {t for t in text.split() if t in PROGRAM_TOKENS}

    mine = norm(phrasing)
    for entry in faq.entries.values():
        if entry.id == entry_id:
            continue
        for other in entry.questions:
            theirs = norm(other)
            if (theirs and fuzz.ratio(mine, theirs) >= NEAR_DUPLICATE_RATIO
                    and programs(mine) == programs(theirs)):
                return f"hampir sama dengan frasa '{other}' di entri {entry.id}"
    return None


def apply_phrasing(faq_dir: Path, templates_dir: Path, on: date, baseline: Baseline,
                   entry_id: str, phrasing: str, note: str) -> Applied:
    """Validate the change on a copy of the FAQ, then write it; raise Refused with the reason."""
    with _APPLY_LOCK:
        return _apply(faq_dir, templates_dir, on, baseline, entry_id, phrasing, note)


def _apply(faq_dir: Path, templates_dir: Path, on: date, baseline: Baseline, entry_id: str,
           phrasing: str, note: str) -> Applied:
    entry = baseline.content.faq.entry(entry_id)
    if entry is None:
        raise Refused(f"entri {entry_id} tidak ada")
    # The last gate before a FAQ file: whatever the caller checked, nothing personal passes.
    if redact_for_faq(phrasing) != phrasing:
        raise Refused("frasa memuat nomor, e-mail atau tautan")
    content = baseline.content
    personal = personal_reason(phrasing, faq_vocabulary(content), added=content.faq.personal_words)
    if personal:
        raise Refused(f"frasa {personal}")
    if phrasing.strip().lower() in {q.lower() for q in entry.questions}:
        raise Refused(f"frasa ini sudah ada di entri {entry_id}")
    duplicate = near_duplicate(baseline.content.faq, entry_id, phrasing)
    if duplicate:
        raise Refused(duplicate)
    path = faq_dir / entry.file
    original = path.read_text(encoding="utf-8")
    new_text, line = insert_phrasing(original, entry_id, phrasing, note)
    with tempfile.TemporaryDirectory(prefix="faq-learn-") as tmp:
        copy = Path(tmp) / "faq"
        shutil.copytree(faq_dir, copy)
        (copy / entry.file).write_text(new_text, encoding="utf-8")
        after = _validated(copy, templates_dir, on, baseline)
    if path.read_text(encoding="utf-8") != original:
        raise Refused(f"{entry.file} berubah selama pemeriksaan; coba lagi")
    _write_atomically(path, new_text)
    result = after.content.matcher.match(phrasing)
    answered = (result.outcome == "answer" and result.best is not None
                and result.best.entry_id == entry_id)
    return Applied(entry.file, line, baseline.evaluation.pass_rate, after.evaluation.pass_rate,
                   answered, Baseline(after.content, after.evaluation))


def _validated(copy: Path, templates_dir: Path, on: date, baseline: Baseline) -> Baseline:
    """The changed copy, if it passes `faq check` and does no worse on `faq test`."""
    _faq, problems = run_check(copy, templates_dir, on)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise Refused(f"faq check gagal: {errors[0]}")
    try:
        after = Baseline.load(copy, templates_dir, on)
    except ContentError as exc:
        raise Refused(f"faq check gagal: {exc.problems[0]}") from None
    before = baseline.evaluation
    if after.evaluation.problems:
        raise Refused(f"faq test gagal: {after.evaluation.problems[0]}")
    if len(after.evaluation.out_of_scope_answered) > len(before.out_of_scope_answered):
        raise Refused("faq test: pertanyaan di luar cakupan jadi dijawab dengan yakin")
    if after.evaluation.pass_rate < before.pass_rate:
        old = {r.case.question for r in before.failures}
        worse = [r.case.question for r in after.evaluation.failures
                 if r.case.question not in old]
        example = f" (mis. \"{worse[0]}\")" if worse else ""
        raise Refused(f"faq test turun dari {before.pass_rate:.1%} ke "
                      f"{after.evaluation.pass_rate:.1%}{example}")
    return after


def _write_atomically(path: Path, text: str) -> None:
    """Replace the file in one step, so the live reload never reads half a file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        shutil.copymode(path, tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
