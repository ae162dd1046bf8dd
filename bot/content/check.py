"""`faq check`: validate entries, rates, synonyms and templates; render every answer."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from jinja2 import TemplateError, TemplateSyntaxError
from rapidfuzz import fuzz, process

from bot.content.faqbase import FaqBase, load_faq
from bot.content.rates import MissingRate
from bot.content.render import Renderer, disallowed_tags, to_plain
from bot.content.smoke import call_center_of, smoke_render
from bot.content.yamlsrc import ContentError, Problem
from bot.understand.matcher import PROGRAM_TOKENS
from bot.understand.normalize import Normalizer

# A figure typed straight into an answer (Rp 5.000, 0,24%, 42 juta) bypasses the rates file.
LITERAL_FIGURE_RE = re.compile(
    r"(rp\s?\d)|(\d+([.,]\d+)?\s?%)|(\d+([.,]\d+)?\s?(juta|jt|ribu|rb|miliar)\b)", re.I
)
TEMPLATE_CODE_RE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
UNCONFIRMED_HINT_RE = re.compile(r"175|kantor cabang|jmo|belum (ter)?konfirmasi|pastikan", re.I)
# Two phrasings of different entries this similar (rapidfuzz ratio over normalised text) leave
# the matcher guessing between them; staff should reword or merge.
NEAR_DUPLICATE_RATIO = 92.0


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


def _programs(text: str) -> set[str]:
    return {t for t in text.split() if t in PROGRAM_TOKENS}


def check_near_duplicates(faq: FaqBase,
                          threshold: float = NEAR_DUPLICATE_RATIO) -> list[Problem]:
    """Warn once per pair of entries whose phrasings are (nearly) the same after normalising."""
    normalizer = Normalizer(faq.synonyms)
    texts: list[str] = []
    owners: list[int] = []
    originals: list[str] = []
    entries = list(faq.entries.values())
    for e_idx, entry in enumerate(entries):
        for phrasing in entry.questions:
            norm = " ".join(normalizer.content(normalizer.tokens(phrasing)))
            if norm:
                texts.append(norm)
                owners.append(e_idx)
                originals.append(phrasing)
    problems: list[Problem] = []
    reported: set[tuple[int, int]] = set()
    for i, text in enumerate(texts):
        # Only look forward: each pair is compared once; ratio is symmetric.
        later = texts[i + 1 :]
        hits = process.extract(text, later, scorer=fuzz.ratio, score_cutoff=threshold,
                               limit=None)
        for _match, score, offset in hits:
            j = i + 1 + offset
            pair = (owners[i], owners[j])
            if owners[i] == owners[j] or pair in reported:
                continue
            reported.add(pair)
            if _programs(text) != _programs(texts[j]):
                continue  # "iuran jkm" vs "iuran jkk": one letter apart, clearly different
            first, second = entries[owners[i]], entries[owners[j]]
            problems.append(Problem(
                second.file, second.line, second.id,
                f"phrasing '{originals[j]}' is nearly the same as '{originals[i]}' of entry "
                f"{first.id} ({first.file}:{first.line}), similarity {score:.0f}; the matcher "
                "cannot tell them apart: reword one or merge the entries", "warning"))
    return problems


def check_templates(templates_dir: Path) -> list[Problem]:
    """Compile every reply template, so a broken edit is caught before it goes live."""
    problems: list[Problem] = []
    names = sorted(p.name for p in templates_dir.glob("*.j2"))
    for name in names:  # an unreadable file would otherwise escape as an exception
        try:
            (templates_dir / name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(f"{templates_dir.name}/{name}", 1, "",
                                    f"cannot read file: {exc}"))
    if problems:
        return problems
    env = Renderer(templates_dir).env  # the real environment: same filters and settings
    if not names:
        problems.append(Problem(str(templates_dir), 1, "", "no templates (*.j2) found"))
    for name in names:
        display = f"{templates_dir.name}/{name}"
        try:
            env.get_template(name)
        except TemplateSyntaxError as exc:
            problems.append(Problem(display, exc.lineno or 1, "",
                                    f"template syntax: {exc.message}"))
        except TemplateError as exc:
            problems.append(Problem(display, 1, "", f"template error: {exc}"))
    return problems


def run_check(
    directory: Path, templates_dir: Path, on: date
) -> tuple[FaqBase | None, list[Problem]]:
    """Everything `faq check` reports, errors and warnings, sorted by file and line."""
    template_problems = check_templates(templates_dir)
    try:
        faq = load_faq(directory)
    except ContentError as exc:
        return None, sorted([*exc.problems, *template_problems], key=lambda p: (p.file, p.line))
    if any(p.severity == "error" for p in template_problems):
        return faq, sorted([*faq.warnings, *template_problems], key=lambda p: (p.file, p.line))
    renderer = Renderer(templates_dir)
    problems = [*faq.warnings, *template_problems, *check_near_duplicates(faq),
                *check_answers(faq, renderer, on),
                *smoke_render(renderer, call_center_of(faq, on))]
    return faq, sorted(problems, key=lambda p: (p.file, p.line))
