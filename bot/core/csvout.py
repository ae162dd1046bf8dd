"""CSV for staff that spreadsheet programs open as data, never as formulas; private files."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable
from pathlib import Path

# A cell starting with one of these is evaluated as a formula by Excel, LibreOffice and Google
# Sheets (CSV injection). A leading apostrophe makes them show the text instead; the masked
# phone "+62*******7890" needs it too.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """A text cell that would start a formula gets a leading apostrophe; numbers pass."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_text(header: list[str], rows: Iterable[Iterable[object]],
             lineterminator: str = "\r\n") -> str:
    """The CSV text of `rows` under `header`, every text cell neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=lineterminator)
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return out.getvalue()


def write_private(path: Path, data: bytes) -> None:
    """Write a file readable and writable by its owner only (0600), also when it existed."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)  # an existing file keeps its old mode through O_CREAT
        with os.fdopen(fd, "wb") as out:
            fd = -1
            out.write(data)
    finally:
        if fd != -1:
            os.close(fd)
