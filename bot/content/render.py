"""Jinja2 rendering: reply templates from `templates/` and FAQ answers that quote the rates."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from jinja2 import DictLoader, Environment, StrictUndefined, select_autoescape
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from bot.content.rates import Rates, RateValue
from bot.core import formatting

# Telegram's HTML parse mode accepts only these tags; faq check refuses others.
ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
                "blockquote", "tg-spoiler", "span"}
TAG_RE = re.compile(r"</?([a-zA-Z][a-zA-Z0-9-]*)[^>]*>")


def to_plain(text: str) -> str:
    """Telegram HTML to plain text for the console and `ask`: drop tags, unescape entities."""
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = re.sub(r'<a\s+href="([^"]*)"[^>]*>(.*?)</a>', r"\2 (\1)", text, flags=re.S)
    text = TAG_RE.sub("", text)
    return html.unescape(text).strip()


def disallowed_tags(text: str) -> set[str]:
    return {m.group(1).lower() for m in TAG_RE.finditer(text)} - ALLOWED_TAGS


@dataclass
class RateContext:
    """What an answer template may call; records the values used, for footers and checks."""

    rates: Rates
    on: date
    used: dict[str, RateValue] = field(default_factory=dict)

    def _get(self, key: str) -> RateValue:
        value = self.rates.get(key, self.on)
        self.used[key] = value
        return value

    def rp(self, key: str, times: float | int = 1) -> str:
        value = self._get(key)
        if value.value is None:
            return "(belum terkonfirmasi)"
        return formatting.rupiah(value.amount * _dec(times))

    def rp_pct(self, amount_key: str, percent_key: str) -> str:
        """An amount times a percentage, both from the rates (e.g. the maximum JP deduction)."""
        amount, pct = self._get(amount_key), self._get(percent_key)
        if amount.value is None or pct.value is None:
            return "(belum terkonfirmasi)"
        return formatting.rupiah(amount.amount * pct.fraction)

    def pct(self, key: str) -> str:
        return self._get(key).display()

    def num(self, key: str) -> str:
        return self._get(key).display()

    def txt(self, key: str) -> str:
        return str(self._get(key).value)

    def since(self, key: str) -> str:
        return formatting.date_id(self._get(key).valid_from)

    def until(self, key: str) -> str:
        value = self._get(key)
        return formatting.date_id(value.valid_until) if value.valid_until else ""

    def basis(self, key: str) -> str:
        return self._get(key).basis

    def has(self, key: str) -> bool:
        """True when the key has a (confirmed or not) value on this date; for temporary rules."""
        value = self.rates.find(key, self.on)
        if value is not None:
            self.used[key] = value
        return value is not None and value.value is not None

    def unconfirmed(self) -> list[RateValue]:
        return [v for v in self.used.values() if not v.confirmed]

    def globals(self) -> dict[str, object]:
        return {
            "rp": self.rp, "rp_pct": self.rp_pct, "pct": self.pct, "num": self.num, "txt": self.txt,
            "since": self.since, "until": self.until, "basis": self.basis, "has": self.has,
            "today": formatting.date_id(self.on),
        }


def _dec(value: float | int) -> Decimal:
    return Decimal(str(value))


class Renderer:
    """Owns both jinja2 environments; answers are compiled once per content load."""

    def __init__(self, templates_dir: Path):
        # Snapshot the sources now: a loader reading files lazily would let a half-finished edit
        # leak into the content that is supposed to keep serving until a reload validates.
        sources = {p.relative_to(templates_dir).as_posix(): p.read_text(encoding="utf-8")
                   for p in sorted(templates_dir.rglob("*.j2"))}
        self.env = Environment(
            loader=DictLoader(sources),
            autoescape=select_autoescape(["html", "j2", "html.j2"], default=True),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )
        self.env.filters.update(
            rupiah=formatting.rupiah, percent=formatting.percent, number=formatting.number,
            date_id=formatting.date_id, month_id=formatting.month_id,
        )
        # Staff-edited answers run sandboxed: content files must not reach Python internals.
        self.answer_env = SandboxedEnvironment(autoescape=True, undefined=StrictUndefined)
        self._answers: dict[str, object] = {}

    @property
    def names(self) -> set[str]:
        """Every template this renderer holds."""
        return set(self.env.list_templates())

    def render(self, template: str, /, **context: object) -> str:
        text = self.env.get_template(template).render(**context)
        return re.sub(r"\n{3,}", "\n\n", text).strip()

    def compile_answer(self, key: str, source: str) -> None:
        self._answers[key] = self.answer_env.from_string(source)

    def render_answer(
        self, key: str, source: str, rates: Rates, on: date
    ) -> tuple[Markup, RateContext]:
        """Render one answer; returns the HTML and the rate values it used."""
        template = self._answers.get(key)
        if template is None:
            template = self.answer_env.from_string(source)
            self._answers[key] = template
        ctx = RateContext(rates, on)
        text = template.render(**ctx.globals())
        return Markup(text.strip()), ctx
