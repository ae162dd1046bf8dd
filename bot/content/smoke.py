"""Smoke-render the reply templates before new content goes live.

Compiling a template does not prove it renders: `{{ no_such_variable }}` or `{{ name.x.y }}`
compile fine and then fail for every user (StrictUndefined). So each reply template the bot
cannot do without is rendered with a representative context, the same shapes the features pass;
and a template the last good content had may not disappear. Templates whose context is a
feature's rich result object (calc_*, most reg_*, report_*) are compiled and required to exist,
and are covered by the features' own tests.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from bot.content.faqbase import FaqBase
from bot.content.render import Renderer
from bot.content.yamlsrc import Problem

_DAY = date(2026, 1, 15)

# template -> contexts to render it with (each a separate render). Only plain values: a sample
# must not need any feature's code to build.
SAMPLES: dict[str, list[dict[str, Any]]] = {
    "start.html.j2": [{"name": "Budi"}, {"name": ""}],
    "help.html.j2": [{}],
    "fallback.html.j2": [{}],
    "error.html.j2": [{}],
    "unknown_command.html.j2": [{"command": "xyz"}],
    "suggestions.html.j2": [{"titles": ["Apa itu JHT?", "Cara klaim JHT"]}],
    "more_topics.html.j2": [{"found": True, "titles": ["Apa itu JHT?"]}, {"found": False}],
    "smalltalk.html.j2": [{"mode": "hello"}, {"mode": "thanks"}],
    "about.html.j2": [{"version": "0.1.0", "entries": 100, "topics": 10, "today": _DAY,
                       "website": "www.bpjsketenagakerjaan.go.id"}],
    "topics.html.j2": [{}],
    "topic.html.j2": [{"title": "JHT"}],
    "cancelled.html.j2": [{"had_session": True}, {"had_session": False}],
    "feedback.html.j2": [{"positive": True}, {"positive": False}],
    "faq_answer.html.j2": [{"title": "Apa itu JHT?", "answer": "Jaminan Hari Tua.",
                            "basis": "PP 46/2015", "reviewed": _DAY, "redirect": False,
                            "unconfirmed": False, "alternatives": True, "others": False,
                            "untranslated": False},
                           {"title": "BPJS Kesehatan", "answer": "Bukan di sini.",
                            "basis": "-", "reviewed": _DAY, "redirect": True,
                            "unconfirmed": True, "alternatives": False, "others": True,
                            "untranslated": True}],
    "admin_refused.html.j2": [{}],
    "tg_private_only.html.j2": [{}],
    "tg_unsupported.html.j2": [{}],
    "reload_done.html.j2": [{"entries": 100, "topics": 10}],
    "reload_failed.html.j2": [{"problems": ["faq/jht.yaml:3: jht-x: contoh"], "more": 0}],
    "start_check_failed.html.j2": [{"problems": ["faq/jht.yaml:3: jht-x: contoh"], "more": 2}],
    "report_usage.html.j2": [{"command": "laporan"}],
    "calc_menu.html.j2": [{}],
    "calc_expired.html.j2": [{}],
    "reg_consent.html.j2": [{"lead": ""}, {"lead": "use_buttons"}],
    "flood.html.j2": [{}],
    "admin_errors.html.j2": [{"counts": [("RuntimeError", 3)], "minutes": 60}],
    "calc_no_rate.html.j2": [{"on": _DAY}],
    "handoff.html.j2": [{"state": state, "id": 7, "question": "jht saya?", "answer": "Sudah.",
                         "opening": None, "hours": "08.00-16.00"}
                        for state in ("consent", "sent", "declined", "already", "answer",
                                      "closed_by_staff", "closed_by_user", "unavailable")]
                        + [{"state": "request", "staff": staff, "previous": previous}
                           for staff in (True, False) for previous in ("jht saya?", None)],
    "handoff_queue.html.j2": [{"items": []}],
    "handoff_staff.html.j2": [{"mark": "#H", "id": 7, "question": "jht saya?"}],
    "reminder_menu.html.j2": [{"stopped": True, "private_only": False},
                              {"stopped": False, "private_only": True},
                              {"stopped": False, "private_only": False, "day": 10,
                               "first": _DAY, "amount_known": True},
                              {"stopped": False, "private_only": False, "day": None,
                               "default_day": 10}],
    "notice.html.j2": [{"lines": ["JP: batas baru"], "text": ""}, {"lines": [], "text": "Info"}],
    "notice_info.html.j2": [{"state": s} for s in ("on", "off", "private", "no_drafts")],
    "learn_info.html.j2": [{"mode": "ignored", "phrasing": "jht"},
                           {"mode": "none", "since": _DAY}],
    "learn_new_entries.html.j2": [{"decisions": []}],
}


def call_center_of(faq: FaqBase, on: date) -> str:
    """The call-center number every reply template receives (`Ctx.render` adds it)."""
    value = faq.rates.find("call_center", on) if "call_center" in set(faq.rates.keys()) else None
    return "175" if value is None else str(value.value)


def smoke_render(renderer: Renderer, call_center: str) -> list[Problem]:
    """Render each sampled template the way the bot will, in Indonesian and (from
    templates/en/) in English; every failure is a Problem."""
    problems: list[Problem] = []
    names = renderer.names
    for name, contexts in SAMPLES.items():
        if name not in names:
            continue  # reported by missing_templates when the last good content had it
        langs = ("id", "en") if renderer.has_english(name) else ("id",)
        for lang in langs:
            shown = f"templates/{'en/' if lang == 'en' else ''}{name}"
            for context in contexts:
                try:
                    renderer.render(name, lang=lang, **{"call_center": call_center, **context})
                except Exception as exc:  # whatever jinja or a filter raises: not live-able
                    problems.append(Problem(shown, _lineno(exc), "",
                                            f"template fails when rendered: "
                                            f"{type(exc).__name__}: {exc}"))
                    break
    return problems


def missing_templates(required: Iterable[str], renderer: Renderer) -> list[Problem]:
    """Templates the bot used (present in the last good content) that are gone now."""
    return [Problem(f"templates/{name}", 1, "", "template deleted, but the bot still uses it")
            for name in sorted(set(required) - renderer.names)]


def _lineno(exc: Exception) -> int:
    """The template line of a render error, when jinja's traceback tells it."""
    tb = exc.__traceback__
    line = 1
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(".j2") or "<template>" in (
                tb.tb_frame.f_code.co_filename):
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
