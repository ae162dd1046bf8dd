"""`faq check`: validate entries, rates, synonyms and templates; render every answer."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from jinja2 import Environment, TemplateError, TemplateSyntaxError
from rapidfuzz import fuzz, process

from bot.content.basis_en import check_basis
from bot.content.calc_cues import FILE_NAME as CUES_FILE
from bot.content.calc_cues import Cues, read_cues, unknown_context
from bot.content.facets import unknown_topic_words
from bot.content.faqbase import FaqBase, load_faq
from bot.content.jinjacache import ParseMemo
from bot.content.markup import markup_problems
from bot.content.rates import MissingRate
from bot.content.render import Renderer, disallowed_tags, to_plain
from bot.content.smoke import call_center_of, smoke_render
from bot.content.synonym_use import unused_targets
from bot.content.yamlsrc import ContentError, Problem
from bot.core.formatting import MONTHS_ID
from bot.understand.matcher import PROGRAM_TOKENS
from bot.understand.normalize import Normalizer

# A figure typed straight into an answer (Rp 5.000, 0,24%, 42 juta) bypasses the rates file.
LITERAL_FIGURE_RE = re.compile(
    r"(rp\s?\d)|(idr\s?\d)|(\d+([.,]\d+)?\s?%)|"
    r"(\d+([.,]\d+)?\s?(juta|jt|ribu|rb|miliar|million|thousand|billion)\b)", re.I
)
# A period typed as text ("April 2026", "Januari 2026-Maret 2027") goes stale silently; periods
# come from the rates through since()/until().
MONTH_YEAR_RE = re.compile(
    r"\b(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|"
    r"desember|january|february|march|may|june|july|august|october|december)\s+(19|20)\d\d\b",
    re.I)
SENTENCE_RE = re.compile(r"[^.!?\n]+")
TEMPLATE_CODE_RE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
UNCONFIRMED_HINT_RE = re.compile(r"175|kantor cabang|jmo|belum (ter)?konfirmasi|pastikan", re.I)
UNCONFIRMED_HINT_EN_RE = re.compile(r"branch office|not confirmed|confirm|check with", re.I)
# An Indonesian month name in a rendered English answer: a text value (`txt`) written in
# Indonesian, where `since()` / `until()` would have given the English date.
_ID_ONLY_MONTHS = [m for m in MONTHS_ID if m not in ("April", "September", "November")]
ID_MONTH_RE = re.compile(r"\b(" + "|".join(_ID_ONLY_MONTHS) + r")\b")
# Two phrasings of different entries this similar (rapidfuzz ratio over normalised text) leave
# the matcher guessing between them; staff should reword or merge.
NEAR_DUPLICATE_RATIO = 92.0


def answers_of(entry) -> list[tuple[str, str]]:
    """(language, template source) of each answer an entry has: Indonesian, maybe English."""
    return [("id", entry.answer), *((("en", entry.answer_en),) if entry.answer_en else ())]


def check_answers(faq: FaqBase, renderer: Renderer, on: date, render: bool = True,
                  keep: bool = True) -> list[Problem]:
    """Render each answer for `on`; report template errors, bad tags and stray literals.

    `render=False` (a start that verifies later, `ContentStore.verify`): syntax only, and
    not even that for an answer whose exact source parsed before (`ParseMemo`).
    `keep=False`: no compiled answer is kept (they compile again on first use)."""
    problems: list[Problem] = []
    memo = None if render else ParseMemo(renderer.answer_env, "answers")
    for entry, (lang, source) in ((e, a) for e in faq.entries.values() for a in answers_of(e)):
        field = "answer_en: " if lang == "en" else ""

        def add(msg: str, severity: str = "error", entry=entry, field=field) -> None:
            problems.append(Problem(entry.file, entry.line, entry.id, field + msg, severity))

        for tag in sorted(disallowed_tags(source)):
            add(f"jawaban memakai <{tag}>, yang tidak diizinkan HTML Telegram")
        literal = TEMPLATE_CODE_RE.sub("", source)
        for problem in markup_problems(literal):
            add(problem)
        if LITERAL_FIGURE_RE.search(literal):
            add("jawaban menulis angka langsung; ambil dari rates.yaml ({{ rp('kunci') }})")
        month = MONTH_YEAR_RE.search(literal)
        if month:
            add(f"jawaban menulis periode '{month.group(0)}' langsung; ambil dari rates.yaml "
                "dengan {{ since('kunci') }} / {{ until('kunci') }}")
        if render:
            problems.extend(render_problems(faq, renderer, entry, on, lang=lang, keep=keep))
            if not keep:  # one compiled answer at a time: a low peak leaves less resident
                renderer.forget_validated()
        elif memo is not None and "{" in source:  # no jinja delimiter: nothing to parse
            try:
                memo.parse(source)
            except TemplateSyntaxError as exc:
                add(f"kesalahan template jawaban: {exc}")
    if memo is not None:
        memo.save()
    return problems


def render_problems(faq: FaqBase, renderer: Renderer, entry, on: date,
                    when: str = "", lang: str = "id", keep: bool = True) -> list[Problem]:
    """Render one answer at one date: template errors, missing rates, unconfirmed values
    without a pointer to 175/JMO/branch, stale values quoted as current."""
    problems: list[Problem] = []

    def add(msg: str) -> None:
        field = "answer_en: " if lang == "en" else ""
        problems.append(Problem(entry.file, entry.line, entry.id, when + field + msg))

    source = entry.answer_en if lang == "en" else entry.answer
    try:
        html, ctx = renderer.render_answer(entry.id, source, faq.rates, on, lang=lang,
                                           keep=keep and lang != "en")
    except MissingRate as exc:
        add(f"jawaban memakai tarif yang tidak tersedia: {exc}")
        return problems
    except TemplateError as exc:
        add(f"kesalahan template jawaban: {exc}")
        return problems
    plain = to_plain(html)
    month = ID_MONTH_RE.search(plain) if lang == "en" else None
    if month:
        add(f"jawaban bahasa Inggris menulis bulan '{month.group(0)}' dalam bahasa Indonesia "
            "(nilai teks dari rates.yaml?); pakai {{ since('kunci') }} / {{ until('kunci') }}")
    if ctx.unconfirmed() and not (UNCONFIRMED_HINT_RE.search(plain)
                                  or (lang == "en" and UNCONFIRMED_HINT_EN_RE.search(plain))):
        keys = ", ".join(v.key for v in ctx.unconfirmed())
        add(f"jawaban mengutip nilai belum terkonfirmasi ({keys}) tanpa mengarahkan ke "
            "175/JMO/kantor cabang")
    for value in ctx.stale_unasked():
        add(f"jawaban mengutip {value.key} ({value.display()}) yang sudah lewat periodenya "
            f"(angka baru jatuh tempo {value.next_due}) tanpa memeriksa "
            f"{{% if stale('{value.key}') %}}")
    for value in ctx.used.values():
        if value.stale and value.value is not None:
            shown = value.display(lang)  # as the answer shows it: "3,7%" or "3.7%"
            for sentence in SENTENCE_RE.findall(plain):
                if shown in sentence and ("saat ini" in sentence.lower()
                                          or (lang == "en" and " now " in sentence.lower())):
                    add(f"jawaban menyebut {value.key} {shown} 'saat ini', padahal angka itu "
                        f"hanya diketahui sampai {value.known_until}")
                    break
    return problems


# The oldest date the content answers for: rates keep older history (the JP caps since 2015),
# but the answers describe today's channels (JMO, the 2025 JKP rules) and are not meant for
# dates before this one.
SWEEP_FROM = date(2025, 1, 1)
ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def sweep_dates(faq: FaqBase, on: date) -> list[date]:
    """The dates every answer is rendered at: each date from SWEEP_FROM where a rate starts,
    ends or goes stale, the day before each, `on` and `on` + 15 months."""
    later = _add_months(on, 15)
    days = {d for d in faq.rates.boundary_dates() if SWEEP_FROM <= d <= later}
    return sorted({*days, SWEEP_FROM, on, later})


def _add_months(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def check_dates(faq: FaqBase, renderer: Renderer, dates: list[date]) -> list[Problem]:
    """Render every answer at each date; one problem per entry and message, naming the first
    date it happens (`pada 2027-03-01: ...`)."""
    seen: set[tuple[str, str]] = set()
    problems: list[Problem] = []
    for day in dates:
        for entry, (lang, _) in ((e, a) for e in faq.entries.values() for a in answers_of(e)):
            for problem in render_problems(faq, renderer, entry, day, lang=lang):
                key = (entry.id, ISO_DATE_RE.sub("D", problem.message))
                if key in seen:
                    continue
                seen.add(key)
                problems.append(Problem(problem.file, problem.line, problem.entry,
                                        f"pada {day.isoformat()}: {problem.message}"))
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
                f"pertanyaan '{originals[j]}' hampir sama dengan '{originals[i]}' di entri "
                f"{first.id} ({first.file}:{first.line}), kemiripan {score:.0f}; pencocok "
                "tidak bisa membedakannya: ubah salah satu atau gabungkan entrinya", "warning"))
    return problems


def source_lines(faq: FaqBase) -> list[str]:
    """`faq check --sources`: the news and web pages behind each entry and rate value, in the
    usual `file:line: id: ...` shape, for staff to re-check (`basis` holds only the law)."""
    lines = [f"{e.file}:{e.line}: {e.id}: sumber: {source}"
             for e in faq.entries.values() for source in e.sources]
    rates_file = faq.directory / "rates.yaml"
    text = rates_file.read_text(encoding="utf-8").splitlines() if rates_file.exists() else []
    starts = {line.split(":", 1)[0]: n for n, line in enumerate(text, 1)
              if line and not line[0].isspace() and not line.startswith("#")}
    keys = faq.rates.keys()
    for key in keys:
        rate = faq.rates.rate(key)
        for source in (*rate.sources, *(s for v in rate.values for s in v.sources)):
            lines.append(f"rates.yaml:{starts.get(key, 1)}: {key}: sumber: {source}")
    return lines


def check_templates(templates_dir: Path, compile: bool = True) -> list[Problem]:
    """Compile every reply template, so a broken edit is caught before it goes live.
    `compile=False` (a start that verifies later): syntax only, and not even that for a
    template whose exact source compiled before (bytecode cache)."""
    problems: list[Problem] = []
    names = sorted(p.name for p in templates_dir.glob("*.j2"))
    sources: dict[str, str] = {}
    for name in names:  # an unreadable file would otherwise escape as an exception
        try:
            sources[name] = (templates_dir / name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(f"{templates_dir.name}/{name}", 1, "",
                                    f"cannot read file: {exc}"))
    if problems:
        return problems
    if not names:
        problems.append(Problem(str(templates_dir), 1, "", "tidak ada template (*.j2)"))
    env = Renderer(templates_dir).env  # the real environment: same filters and settings
    return problems + template_problems(env, names, templates_dir.name,
                                        None if compile else sources)


def template_problems(env: Environment, names: Iterable[str], folder: str,
                      parse_only: dict[str, str] | None = None) -> list[Problem]:
    """Compile each named template; with `parse_only` (name -> source), parse it instead,
    unless its exact source parsed before (`ParseMemo`)."""
    problems: list[Problem] = []
    memo = None if parse_only is None else ParseMemo(env, "templates")
    for name in names:
        display = f"{folder}/{name}"
        try:
            if memo is None:
                env.get_template(name)
            else:
                memo.parse(parse_only[name], name)  # type: ignore[index]
        except TemplateSyntaxError as exc:
            problems.append(Problem(display, exc.lineno or 1, "",
                                    f"sintaks template: {exc.message}"))
        except TemplateError as exc:
            problems.append(Problem(display, 1, "", f"kesalahan template: {exc}"))
    if memo is not None:
        memo.save()
    return problems


def check_calc_context(cues: Cues | None, faq: FaqBase) -> list[Problem]:
    """Every entry a calculation's result is read with (calc-cues.yaml `calc_context`)."""
    # None: the cue file does not validate, and read_cues reported its own problems.
    return [] if cues is None else unknown_context(cues, faq.entries)


def check_minimum_wage(directory: Path, cues: Cues | None, faq: FaqBase) -> list[Problem]:
    """Every province and UMK city the calculator reads a minimum wage for (calc-cues.yaml
    `minimum_wage`) has its figure key (`ump_<key>`, `umk_<key>`) in rates.yaml."""
    places = None if cues is None else cues.minimum_wage  # None: see check_calc_context
    if places is None:
        return []
    rows = (directory / CUES_FILE).read_text(encoding="utf-8").splitlines()
    cities = {p.key for p in places.places.values() if p.kind == "umk"}
    problems = []
    for group, key, rate in [*(("provinces", k, f"ump_{k}") for k in places.provinces),
                             *(("cities", k, f"umk_{k}") for k in sorted(cities))]:
        if rate in faq.rates:
            continue
        start = next((i for i, row in enumerate(rows) if row.startswith("minimum_wage:")), 0)
        start = next((i for i, row in enumerate(rows[start:], start)
                      if row.strip() == f"{group}:"), start)
        line = next((i for i, row in enumerate(rows[start:], start + 1)
                     if row.strip().startswith(f"{key}:")), start + 1)
        problems.append(Problem(CUES_FILE, line, f"minimum_wage.{group}.{key}",
                                f"kunci '{rate}' tidak ada di rates.yaml: upah minimum tempat "
                                "ini tidak bisa dipakai (salah ketik di salah satu file?)"))
    return problems


def run_check(
    directory: Path, templates_dir: Path, on: date, sweep: bool = True
) -> tuple[FaqBase | None, list[Problem]]:
    """Everything `faq check` reports, errors and warnings, sorted by file and line; with
    `sweep`, every answer is also rendered at every boundary date of the rates."""
    cues, cue_problems = read_cues(directory)  # read once: checked here, used below
    template_problems = [*check_templates(templates_dir), *cue_problems]
    try:
        faq = load_faq(directory)
    except ContentError as exc:
        return None, sorted([*exc.problems, *template_problems], key=lambda p: (p.file, p.line))
    if any(p.severity == "error" for p in template_problems):
        return faq, sorted([*faq.warnings, *template_problems], key=lambda p: (p.file, p.line))
    renderer = Renderer(templates_dir)
    problems = [*faq.warnings, *template_problems, *check_near_duplicates(faq),
                *unused_targets(faq), *check_minimum_wage(directory, cues, faq),
                *check_calc_context(cues, faq), *unknown_topic_words(faq.facets, faq.topics),
                *check_answers(faq, renderer, on), *check_basis(directory, faq),
                *smoke_render(renderer, call_center_of(faq, on))]
    if sweep:
        found = {(p.entry, ISO_DATE_RE.sub("D", p.message)) for p in problems}
        problems += [p for p in check_dates(faq, renderer, sweep_dates(faq, on))
                     if (p.entry, ISO_DATE_RE.sub("D", p.message.split(": ", 1)[-1]))
                     not in found]
    return faq, sorted(problems, key=lambda p: (p.file, p.line))
