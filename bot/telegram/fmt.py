"""Reply formatting for Telegram: message splitting and keyboards (no network, no state)."""

from __future__ import annotations

import logging
import re
from urllib.parse import quote

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.core.replies import Button, Reply

log = logging.getLogger(__name__)

MAX_MESSAGE = 4096  # Telegram's limit for one text message
MAX_CAPTION = 1024  # ...and for a document caption
MAX_CALLBACK_DATA = 64  # bytes
SHARE_LABEL = "📤 Bagikan"
# Callback data of a button under a menu starts with this: a press on it edits the menu in
# place, whichever instance handles it (nothing is remembered per process).
MENU_PREFIX = "m:"

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>")


def tg_len(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units); raw HTML, so it over-counts safely."""
    return len(text.encode("utf-16-le")) // 2


def _open_tags(html: str) -> list[str]:
    """The opening tags (full text, e.g. `<a href="...">`) still open at the end of `html`."""
    stack: list[tuple[str, str]] = []
    for match in _TAG.finditer(html):
        closing, name = match.group(1), match.group(2).lower()
        if not closing:
            stack.append((name, match.group(0)))
            continue
        for i in range(len(stack) - 1, -1, -1):
            if stack[i][0] == name:
                del stack[i:]
                break
    return [tag for _, tag in stack]


def _closers(opened: list[str]) -> str:
    return "".join(f"</{_TAG.match(tag).group(2)}>" for tag in reversed(opened))  # type: ignore[union-attr]


def _hard_pieces(text: str, limit: int) -> list[str]:
    """Cut one over-long paragraph at spaces, never inside a tag or an `&entity;`."""
    pieces: list[str] = []
    while tg_len(text) > limit:
        cut = limit
        while tg_len(text[:cut]) > limit:
            cut -= 1
        window = text[:cut]
        space = max(window.rfind(" "), window.rfind("\n"))
        if space > limit // 2:
            cut = space
        # Step back out of a tag or an entity the cut would break.
        lt, gt = window.rfind("<", 0, cut), window.rfind(">", 0, cut)
        if lt > gt:
            cut = lt
        amp, semi = window.rfind("&", 0, cut), window.rfind(";", 0, cut)
        if amp > semi and cut - amp < 10:
            cut = amp
        if cut <= 0:
            cut = limit
        pieces.append(text[:cut])
        text = text[cut:].lstrip(" ")
    pieces.append(text)
    return pieces


def split_html(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Split HTML into messages under `limit`, on paragraph, then line, then word boundaries.

    Tags still open at a cut are closed at the end of one part and reopened at the start of
    the next, so every part is valid HTML on its own.
    """
    budget = limit - 200  # room for tags closed and reopened across a cut
    if tg_len(text) <= limit:
        return [text]
    units: list[str] = []
    for para in text.split("\n\n"):
        if tg_len(para) <= budget:
            units.append(para)
            continue
        lines: list[str] = []
        for line in para.split("\n"):
            lines.extend(_hard_pieces(line, budget) if tg_len(line) > budget else [line])
        units.extend(_join(lines, "\n", budget))
    parts = _join(units, "\n\n", budget)
    out: list[str] = []
    carry: list[str] = []
    for part in parts:
        body = "".join(carry) + part
        carry = _open_tags(body)
        out.append(body + _closers(carry))
    return [p for p in out if p.strip()]


def _join(units: list[str], sep: str, budget: int) -> list[str]:
    parts: list[str] = []
    current = ""
    for unit in units:
        candidate = f"{current}{sep}{unit}" if current else unit
        if current and tg_len(candidate) > budget:
            parts.append(current)
            current = unit
        else:
            current = candidate
    if current:
        parts.append(current)
    return parts


def deep_link(username: str, payload: str = "") -> str:
    """`https://t.me/<bot>?start=<payload>`; the payload is limited to [A-Za-z0-9_-]."""
    base = f"https://t.me/{username}"
    return f"{base}?start={payload}" if payload else base


def share_url(username: str, entry_id: str, title: str) -> str:
    """Telegram's share dialog, pre-filled with the deep link that opens this answer."""
    link = deep_link(username, f"faq_{entry_id}")
    return f"https://t.me/share/url?url={quote(link, safe='')}&text={quote(title, safe='')}"


def _button(button: Button, prefix: str = "") -> InlineKeyboardButton | None:
    if button.url:
        return InlineKeyboardButton(button.label, url=button.url)
    if button.share_query:
        return InlineKeyboardButton(button.label, switch_inline_query=button.share_query)
    if button.data and len(button.data.encode()) <= MAX_CALLBACK_DATA:
        data = prefix + button.data
        if len(data.encode()) > MAX_CALLBACK_DATA:  # no room: a press sends a new message
            data = button.data
        return InlineKeyboardButton(button.label, callback_data=data)
    # Telegram refuses the whole message for one bad button; drop it and say so in the log.
    log.warning("dropping button %r: no action or data over %d bytes", button.label,
                MAX_CALLBACK_DATA)
    return None


def keyboard(rows: list[list[Button]], extra: list[list[InlineKeyboardButton]] | None = None,
             menu: bool = False) -> InlineKeyboardMarkup | None:
    """Reply buttons as an inline keyboard (None when there are none); a menu's callback data
    carries MENU_PREFIX."""
    prefix = MENU_PREFIX if menu else ""
    out: list[list[InlineKeyboardButton]] = []
    for row in rows:
        converted = [b for b in (_button(x, prefix) for x in row) if b is not None]
        if converted:
            out.append(converted)
    out.extend(extra or [])
    return InlineKeyboardMarkup(out) if out else None


def menu_press(data: str) -> tuple[str, bool]:
    """Callback data without MENU_PREFIX, and whether the pressed message is a menu."""
    if data.startswith(MENU_PREFIX):
        return data[len(MENU_PREFIX):], True
    return data, False


def share_row(reply: Reply, username: str, title: str) -> list[list[InlineKeyboardButton]]:
    """The "bagikan" row for an FAQ answer, or nothing for other replies."""
    if reply.kind != "faq" or not reply.entry_id or not username:
        return []
    return [[InlineKeyboardButton(SHARE_LABEL, url=share_url(username, reply.entry_id, title))]]


def first_line(html: str) -> str:
    """A reply's first line as plain text (for inline result titles and share texts)."""
    from bot.content.render import to_plain

    plain = to_plain(html)
    return plain.split("\n", 1)[0].strip()
