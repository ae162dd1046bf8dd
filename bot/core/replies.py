"""Transport-neutral events in and replies out: the only shapes adapters see."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ReplyKind = Literal[
    "faq", "calculation", "suggestions", "fallback", "redirect", "smalltalk", "flow", "info"
]


@dataclass(frozen=True)
class Text:
    """A sentence for the user, by key: its words are a macro in templates/texts.html.j2 (and
    templates/en/texts.html.j2), so code that finds a problem never holds the wording."""

    key: str
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, key: str, /, **params: object) -> Text:
        return cls(key, tuple(params.items()))


@dataclass(frozen=True)
class Button:
    """One button. `data` is what a press sends back (max 64 bytes, Telegram's limit)."""

    label: str
    data: str = ""
    url: str = ""  # link buttons carry a URL instead of data
    share_query: str = ""  # inline-mode "share" buttons (switch_inline_query)


@dataclass
class Reply:
    """One message to the user: HTML text (Telegram subset) and rows of buttons."""

    text: str
    buttons: list[list[Button]] = field(default_factory=list)
    kind: ReplyKind = "info"
    entry_id: str | None = None
    score: float | None = None
    suggestions: list[tuple[str, str]] = field(default_factory=list)  # (entry id, title)
    # Under an answer: close runners-up and the message's other questions (entry id, title)
    alternatives: list[tuple[str, str]] = field(default_factory=list)
    document: tuple[str, bytes] | None = None  # (file name, content) for exports
    language: str = ""  # the reply language ("id" / "en"), set by the engine


@dataclass(frozen=True)
class Event:
    """One thing a user did: typed text, pressed a button, or sent a command."""

    user_id: str
    channel: str = "console"  # console | telegram | ask
    text: str = ""
    press: str = ""  # button data
    command: str = ""  # without the slash, lower case
    args: str = ""  # text after the command
    chat_type: str = "private"  # private | group | inline
    language: str = "id"  # the client's language (Telegram's language_code): "id" or "en"
    force_language: str = ""  # "id" | "en": reply in this language whatever the text (ask --lang)
    is_admin: bool = False
    user_name: str = ""  # first name for greetings only; never stored
    chat_id: str = ""  # the chat it came from, when it is not the user's own (groups)
    reply_to: str = ""  # text of the bot's message this one replies to (staff answers)

    @property
    def session_key(self) -> str:
        return f"{self.channel}:{self.user_id}"
