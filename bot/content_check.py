"""`faq check`: validate entries, rates, synonyms and templates; render every answer."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from jinja2 import TemplateError

from bot.faqbase import FaqBase, load_faq
from bot.rates import MissingRate
from bot.render import Renderer, disallowed_tags, to_plain
from bot.yamlsrc import ContentError, Problem

# A figure typed straight into an answer (Rp 5.000, 0,24%, 42 juta) bypasses the rates file.
LITERAL_FIGURE_RE = re.compile(
    r"(rp\s?\d)|(\d+([.,]\d+)?\s?%)|(\d+([.,]\d+)?\s?(juta|jt|ribu|rb|miliar)\b)", re.I
)
TEMPLATE_CODE_RE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
UNCONFIRMED_HINT_RE = re.compile(r"175|kantor cabang|jmo|belum (ter)?konfirmasi|pastikan", re.I)


def check_answers(faq: FaqBase, renderer: Renderer, on: date) -> list[Problem]:
    """Render each answer for `on`; report template errors, bad tags and stray literals."""
    problems: list[Problem] = []
    for entry in faq.entries.values():
        def add(msg: str, severity: str = "error", entry=entry) -> None:
            problems.append(Problem(entry.file, entry.line, entry.id, msg, severity))

        for tag in sorted(disallowed_tags(entry.answer)):
            add(f"answer uses <{tag}>, which Telegram HTML does not allow")
        if LITERAL_FIGURE_RE.search(TEMPLATE_CODE_RE.sub("", entry.answer)):
            add("answer types a figure literally; take it from rates.yaml ({{ rp('key') }})")
        try:
            html, ctx = renderer.render_answer(entry.id, entry.answer, faq.rates, on)
        except MissingRate as exc:
            add(f"answer uses a rate that is not available: {exc}")
            continue
        except TemplateError as exc:
            add(f"answer template error: {exc}")
            continue
        if ctx.unconfirmed() and not UNCONFIRMED_HINT_RE.search(to_plain(html)):
            keys = ", ".join(v.key for v in ctx.unconfirmed())
            add(f"answer quotes unconfirmed value(s) ({keys}) without pointing to 175/JMO/branch")
    return problems


def run_check(
    directory: Path, templates_dir: Path, on: date
) -> tuple[FaqBase | None, list[Problem]]:
    """Everything `faq check` reports, errors and warnings, sorted by file and line."""
    try:
        faq = load_faq(directory)
    except ContentError as exc:
        return None, sorted(exc.problems, key=lambda p: (p.file, p.line))
    problems = list(faq.warnings) + check_answers(faq, Renderer(templates_dir), on)
    return faq, sorted(problems, key=lambda p: (p.file, p.line))
