"""Render a Text (a macro of templates/texts.html.j2) the way a reply shows it, for assertions."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from bot.content.render import Renderer
from bot.core.replies import Text

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


@lru_cache(maxsize=1)
def renderer() -> Renderer:
    return Renderer(TEMPLATES)


def said(text: Text | None, lang: str = "id") -> str:
    """The sentence in Indonesian (or English); empty for no text."""
    if text is None:
        return ""
    return renderer().text(text.key, lang, **dict(text.params))
