"""A content file that maps list names to word lists: read, with its shape problems reported."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from bot.content.yamlsrc import LineDict, Problem, load_yaml

ROOT = Path(__file__).resolve().parents[2]  # files shipped with the code are named from here


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


def read_shipped(path: Path, shipped: Path, names: Iterable[str]
                 ) -> tuple[str, LineDict | None, list[Problem]]:
    """A list file that ships with the code (`shipped`), or a copy of it at `path`: (the name
    problems give it, its mapping or None, the problems so far). The shipped file is named by
    its repository path, as `faq check` prints it; a copy (a test, a trial edit) by its name."""
    shown = str(path.relative_to(ROOT)) if path == shipped and path.is_relative_to(ROOT) \
        else path.name
    problems: list[Problem] = []
    return shown, read_list_file(path.parent, path.name, names, problems, shown), problems
