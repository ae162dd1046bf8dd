"""A content file that maps list names to word lists: read, with its shape problems reported."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from bot.content.yamlsrc import LineDict, Problem, load_yaml


def read_list_file(directory: Path, file: str, names: Iterable[str], problems: list[Problem],
                   display: str | None = None) -> LineDict | None:
    """The file's mapping, or None when it cannot be read as one; syntax errors, a non-mapping
    and unknown list names go to `problems` as file:line (the caller checks each list).
    `display` names the file in problems (a file shipped with the code: its repository path);
    by default its name, as for the files of the FAQ directory."""
    names = list(names)
    shown = display or file
    data, syntax = load_yaml(directory / file, shown)
    problems += syntax
    if syntax:
        return None
    if not isinstance(data, LineDict):
        problems.append(Problem(shown, 1, "", f"berkas harus memetakan nama daftar "
                                f"({', '.join(names)}) ke daftar kata"))
        return None
    for key in sorted(set(data) - set(names)):
        problems.append(Problem(shown, data.line_of(key), str(key),
                                f"daftar '{key}' tidak dikenal; pakai {', '.join(names)}"))
    return data
