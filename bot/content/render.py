"""Jinja2 rendering: reply templates from `templates/` and FAQ answers that quote the rates."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from jinja2 import DictLoader, Environment, StrictUndefined, Template, select_autoescape
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from bot.content.jinjacache import bytecode_cache, compile_cached
from bot.content.rates import Rates, RateValue, contribution_month, paying_month
from bot.core.locale import INDONESIAN, Formats, formats

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
    """What an answer template may call; records the values used, for footers and checks.

    Scheduled values (the JP cap, renewed every 1 March) may be past their known period: an
    answer that quotes one must ask `stale(key)` first and say the new figure is not announced
    yet; `faq check` fails an answer that quotes a stale value without asking, or calls it
    "saat ini". Keys counted per contribution month (`per: contribution_month`) are looked up
    for this month; `has_paying(key)` asks about the month being paid now (last month's
    contribution until the 15th)."""

    rates: Rates
    on: date
    used: dict[str, RateValue] = field(default_factory=dict)
    quoted: set[str] = field(default_factory=set)  # keys whose figure was printed
    asked_stale: set[str] = field(default_factory=set)  # keys the template checked stale() on
    fmt: Formats = INDONESIAN  # the reply language's number, money and date formats

    @property
    def _unconfirmed_text(self) -> str:
        return "(not confirmed yet)" if self.fmt.lang == "en" else "(belum terkonfirmasi)"

    def _display(self, value: RateValue) -> str:
        """A value as the reply language writes it (3,7% / 3.7%)."""
        if self.fmt is INDONESIAN:
            return value.display()
        if value.value is None:
            return "not confirmed yet"
        by_unit = {"percent": self.fmt.percent, "rupiah": self.fmt.rupiah,
                   "count": self.fmt.number}
        show = by_unit.get(value.unit)
        return show(value.amount) if show else str(value.value)

    def _get(self, key: str, when: str = "now") -> RateValue:
        """The value in force; with when="last" the newest one that started (even if it has
        ended: what a temporary rule was); with when="next" the first one still to come."""
        value = None
        if when == "last":
            value = self.rates.rate(key).last_before(self.on)
        elif when == "next":
            value = self.rates.rate(key).next_after(self.on)
        if value is None:
            value = self.rates.get(key, self.on)
        self.used.setdefault(key, value)
        return value

    def _quote(self, key: str, when: str = "now") -> RateValue:
        value = self._get(key, when)
        self.quoted.add(key)
        return value

    def rp(self, key: str, times: float | int = 1, when: str = "now") -> str:
        value = self._quote(key, when)
        if value.value is None:
            return self._unconfirmed_text
        return self.fmt.rupiah(value.amount * _dec(times))

    def rp_latest(self, key: str) -> str:
        """The amount of a scheduled value, dated when it is past its known period:
        "Rp11.086.300 (batas 2026, berlaku sejak 1 Maret 2026; batas mulai 1 Maret 2027
        belum diumumkan, ...)"."""
        value = self._quote(key)
        self.asked_stale.add(key)
        if value.value is None:
            return self._unconfirmed_text
        text = self.fmt.rupiah(value.amount)
        if value.stale and value.next_due:
            call = self.rates.find("call_center", self.on)
            where = f"call center {call.value}" if call is not None else "kantor cabang"
            if self.fmt.lang == "en":
                where = f"call center {call.value}" if call is not None else "a branch office"
                return text + (f" (the {value.year} cap, in force since "
                               f"{self.fmt.date(value.valid_from)}; the cap from "
                               f"{self.fmt.date(value.next_due)} is not announced yet, "
                               f"check with {where} or JMO)")
            text += (f" (batas {value.year}, berlaku sejak {self.fmt.date(value.valid_from)}; "
                     f"batas mulai {self.fmt.date(value.next_due)} belum diumumkan, "
                     f"pastikan ke {where} atau JMO)")
        return text

    def confirmed(self, key: str) -> bool:
        """True when the value in force is confirmed (and not past its known period)."""
        value = self.rates.find(key, self.on)
        return value is not None and value.confirmed

    def rp_pct(self, amount_key: str, percent_key: str) -> str:
        """An amount times a percentage, both from the rates (e.g. the maximum JP deduction)."""
        amount, pct = self._quote(amount_key), self._quote(percent_key)
        if amount.value is None or pct.value is None:
            return self._unconfirmed_text
        return self.fmt.rupiah(amount.amount * pct.fraction)

    def pct(self, key: str, when: str = "now") -> str:
        return self._display(self._quote(key, when))

    def num(self, key: str, when: str = "now") -> str:
        return self._display(self._quote(key, when))

    def txt(self, key: str) -> str:
        return str(self._get(key).value)

    def since(self, key: str, when: str = "now") -> str:
        value = self._get(key, when)
        return (self.fmt.month(value.valid_from) if value.per_month
                else self.fmt.date(value.valid_from))

    def until(self, key: str, when: str = "now") -> str:
        value = self._get(key, when)
        if not value.valid_until:
            return ""
        return (self.fmt.month(value.valid_until) if value.per_month
                else self.fmt.date(value.valid_until))

    def basis(self, key: str) -> str:
        return self._get(key).basis

    def has(self, key: str) -> bool:
        """True when the key has a (confirmed or not) value on this date; for temporary rules."""
        value = self.rates.find(key, self.on)
        if value is not None:
            self.used[key] = value
        return value is not None and value.value is not None

    def has_paying(self, key: str) -> bool:
        """True when the key covers the contribution month being paid now (last month's,
        until the due day): the January discount is still paid in February."""
        value = self.rates.find(key, paying_month(self.on, self._due_day()))
        if value is not None:
            self.used[key] = value
        return value is not None and value.value is not None

    def later(self, key: str) -> bool:
        """True when a value of the key starts after this date (a rule not yet in force)."""
        return self.rates.rate(key).next_after(self.on) is not None

    def stale(self, key: str) -> bool:
        """True when a scheduled value is past its known period (the next figure is not
        announced yet); answers that quote such a value must ask this first."""
        self.asked_stale.add(key)
        value = self.rates.find(key, self.on)
        return value is not None and value.stale

    def due(self, key: str) -> str:
        """When the next figure of a scheduled value is (or was) due, e.g. "1 Maret 2027"."""
        value = self._get(key)
        return self.fmt.date(value.next_due) if value.next_due else ""

    def year(self, key: str) -> str:
        """The year of the figure in force (or last known): "2026"."""
        return str(self._get(key).year)

    def unconfirmed(self) -> list[RateValue]:
        return [v for v in self.used.values() if not v.confirmed]

    def stale_unasked(self) -> list[RateValue]:
        """Stale values the answer printed without asking stale(key) first."""
        return [v for k, v in self.used.items()
                if v.stale and k in self.quoted and k not in self.asked_stale]

    def globals(self) -> dict[str, object]:
        return {
            "rp": self.rp, "rp_latest": self.rp_latest, "confirmed": self.confirmed,
            "rp_pct": self.rp_pct, "pct": self.pct, "num": self.num, "txt": self.txt,
            "since": self.since, "until": self.until, "basis": self.basis, "has": self.has,
            "has_paying": self.has_paying, "later": self.later, "stale": self.stale,
            "due": self.due, "year": self.year,
            "today": self.fmt.date(self.on),
            "month": self.fmt.month(contribution_month(self.on)),
            "paying": self.fmt.month(paying_month(self.on, self._due_day())),
        }

    def _due_day(self) -> int:
        due = self.rates.find("pu_due_day", self.on)
        return int(due.amount) if due is not None and isinstance(due.value, Decimal) else 15


def _dec(value: float | int) -> Decimal:
    return Decimal(str(value))


def _environment(sources: dict[str, str], fmt: Formats, flavour: str) -> Environment:
    env = Environment(
        loader=DictLoader(sources),
        bytecode_cache=bytecode_cache(flavour),
        autoescape=select_autoescape(["html", "j2", "html.j2"], default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters.update(rupiah=fmt.rupiah, percent=fmt.percent, number=fmt.number,
                       date_id=fmt.date, month_id=fmt.month)
    return env


TEXTS = "texts.html.j2"  # short sentences written by code (re-asks, button labels), per key


class Renderer:
    """Owns both jinja2 environments; answers are compiled once per content load."""

    def __init__(self, templates_dir: Path):
        # Snapshot the sources now: a loader reading files lazily would let a half-finished edit
        # leak into the content that is supposed to keep serving until a reload validates.
        sources = {p.relative_to(templates_dir).as_posix(): p.read_text(encoding="utf-8")
                   for p in sorted(templates_dir.rglob("*.j2"))}
        self.sources = frozenset(sources)
        # One environment per language: English templates (templates/en/) get the same filter
        # names with English formats, so a template is translated without touching its code.
        self.env = _environment(sources, formats("id"), "id")
        self.env_en = _environment(sources, formats("en"), "en")
        # Staff-edited answers run sandboxed: content files must not reach Python internals.
        self.answer_env = SandboxedEnvironment(autoescape=True, undefined=StrictUndefined)
        self._answer_cache = bytecode_cache("answers")
        self._answers: dict[str, object] = {}
        self._labels: dict[str, str] | None = None  # Indonesian button label -> English
        self._validated: dict[str, object] = {}  # English answers compiled to validate them

    @property
    def names(self) -> set[str]:
        """Every template this renderer holds."""
        return set(self.env.list_templates())

    def has_english(self, template: str) -> bool:
        return f"en/{template}" in self.sources

    def render(self, template: str, /, lang: str = "id", **context: object) -> str:
        """Render a reply template; in English when the language is "en" and
        templates/en/<name> exists, else the Indonesian one."""
        if lang == "en" and self.has_english(template):
            text = self.env_en.get_template(f"en/{template}").render(lang="en", **context)
        else:
            text = self.env.get_template(template).render(lang="id", **context)
        return re.sub(r"\n{3,}", "\n\n", text).strip()

    def text(self, key: str, lang: str = "id", /, **params: object) -> str:
        """One sentence from templates/texts.html.j2 (a macro per key), English from
        templates/en/texts.html.j2 when the language is "en"."""
        if lang == "en" and self.has_english(TEXTS):
            module = self.env_en.get_template(f"en/{TEXTS}").module
        else:
            module = self.env.get_template(TEXTS).module
        return str(getattr(module, key)(**params)).strip()

    def english_label(self, label: str) -> str:
        """The English text of a button label: the `btn_` macro (no parameters) whose
        Indonesian text is `label`; the label itself when there is none."""
        labels = self._labels
        if labels is None:  # filled before it is shared: the start check builds it off the loop
            labels = {}
            if self.has_english(TEXTS):
                ind = self.env.get_template(TEXTS).module
                eng = self.env_en.get_template(f"en/{TEXTS}").module
                for name in dir(ind):
                    macro = getattr(ind, name)
                    if name.startswith("btn_") and not macro.arguments and hasattr(eng, name):
                        labels[str(macro()).strip()] = str(getattr(eng, name)()).strip()
            self._labels = labels
        return labels.get(label, label)

    def forget_english(self) -> None:
        """Drop the English templates compiled while validating (smoke render): they compile
        again on first use, so the idle process holds only the English actually asked for."""
        self.env_en.cache.clear()  # type: ignore[union-attr]
        self.forget_validated()
        self._labels = None

    def forget_validated(self) -> None:
        """Drop the answers compiled only to validate them (`render_answer(keep=False)`)."""
        self._validated.clear()

    def compile_answer(self, key: str, source: str) -> None:
        self._answers[key] = self._compile_answer(key, source)

    def _compile_answer(self, key: str, source: str) -> Template:
        """`answer_env.from_string(source)`, through the bytecode cache when there is one."""
        return compile_cached(self.answer_env, self._answer_cache, key, source)

    def render_answer(
        self, key: str, source: str, rates: Rates, on: date, lang: str = "id",
        keep: bool = True,
    ) -> tuple[Markup, RateContext]:
        """Render one answer; returns the HTML and the rate values it used. `keep=False`
        (validating English answers at load) keeps the compiled template only until
        `forget_english()`: English ones are compiled again on first use, so the idle process
        holds only what is asked."""
        key = f"{key}@en" if lang == "en" else key
        template = self._answers.get(key) or self._validated.get(key)
        if template is None:
            template = self._compile_answer(key, source)
            (self._answers if keep else self._validated)[key] = template
        ctx = RateContext(rates, on, fmt=formats(lang))
        text = template.render(**ctx.globals())
        return Markup(text.strip()), ctx
