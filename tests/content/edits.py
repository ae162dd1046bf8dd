"""Editing a copy of a content file in a test."""

from __future__ import annotations

from pathlib import Path


def edit_once(path: Path, old: str, new: str) -> int:
    """Replace `old` once; the 1-based line it was on."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[:text.index(old)].count("\n") + 1
