"""`faq/clause-cues.yaml`: where a message splits, what asks, a refusal's reason; validated."""

from __future__ import annotations

import re
from pathlib import Path

from bot.content.wordfile import read_list_file
from bot.content.yamlsrc import LineDict, LineList, Problem, is_word_item
from bot.understand.clause_words import LISTS, ClauseCues, compile_cues

FILE = "clause-cues.yaml"
# A cue is words (letters, digits, an apostrophe or a hyphen) separated by single spaces: no
# regex syntax, no punctuation (the structure around the words is code).
CUE_RE = re.compile(r"^[\w'-]+(?: [\w'-]+)*$")


def load_clause_cues(directory: Path, problems: list[Problem]) -> ClauseCues:
    """Read and validate the file; every problem goes to `problems` as file:line. Without
    the file (a warning) nothing is split and nothing asks: long messages are read whole."""
    path = directory / FILE
    if not path.is_file():
        problems.append(Problem(FILE, 1, "", "berkas penanda kalimat tidak ada: pesan panjang "
                                "dibaca utuh, tanpa memecah klausa yang bertanya",
                                severity="warning"))
        return ClauseCues()
    found = len(problems)
    data = read_list_file(directory, FILE, LISTS, problems)
    if data is None:
        return ClauseCues()
    lists = {}
    for name in LISTS:
        if name not in data:
            problems.append(Problem(FILE, 1, name, f"daftar '{name}' tidak ada"))
            continue
        words = _words(data, name, problems)
        if words is not None:
            lists[name] = words
    if len(problems) > found:
        return ClauseCues()  # a cue file read in part would change answers silently
    return compile_cues(lists)


def _words(data: LineDict, name: str, problems: list[Problem]) -> tuple[str, ...] | None:
    """One list: lower-case words or phrases (inner spaces made single); None if malformed."""
    value = data[name]
    if not isinstance(value, list) or not value:
        problems.append(Problem(FILE, data.line_of(name), name,
                                f"'{name}' harus berupa daftar kata yang tidak kosong"))
        return None
    words = []
    for i, item in enumerate(value):
        text = " ".join(str(item).lower().split()) if is_word_item(item) else ""
        if not CUE_RE.match(text):
            line = value.line_of(i) if isinstance(value, LineList) else data.line_of(name)
            shown = f"'{item}'" if text else f"butir ke-{i + 1}"
            problems.append(Problem(FILE, line, name, f"{shown} bukan kata (hanya huruf, angka, "
                                    "' dan -; yes/no/on/off diberi tanda kutip)"))
            return None
        words.append(text)
    return tuple(words)
