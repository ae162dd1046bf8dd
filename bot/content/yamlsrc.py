"""YAML loading that remembers line numbers, so every content error can name file:line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


class LineDict(dict):
    """A mapping that knows the 1-based line it starts on and the line of each key."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    line: int = 0
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


# libyaml's C parser is ~8x faster and still gives node marks; fall back to pure Python.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loader whose mappings and sequences carry their source lines."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            key = str(key)
        if key in result:
            raise yaml.MarkedYAMLError(
                problem=f"kunci ganda '{key}'", problem_mark=key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


def _construct_timestamp(loader: _LineLoader, node: yaml.ScalarNode) -> object:
    """A date YAML recognises by its shape but the calendar lacks (2026-02-30) is a problem
    at its own line, not a ValueError that names no file."""
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError as exc:
        raise yaml.constructor.ConstructorError(
            problem=f"tanggal '{node.value}' tidak ada ({exc})",
            problem_mark=node.start_mark) from exc


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def is_word_item(value: object) -> bool:
    """A list item that can be a word: text or a number, never YAML's true/false (an unquoted
    yes/no/on/off), which Python counts as an int."""
    return isinstance(value, str | int) and not isinstance(value, bool)


@dataclass(frozen=True)
class Problem:
    """One content problem, printed as `file:line: entry: message`."""

    file: str
    line: int
    entry: str
    message: str
    severity: str = "error"  # error | warning

    def __str__(self) -> str:
        prefix = "peringatan: " if self.severity == "warning" else ""
        return f"{self.file}:{self.line}: {self.entry or '-'}: {prefix}{self.message}"


class ContentError(Exception):
    """Raised when content does not validate; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = [p for p in problems if p.severity == "error"]
        super().__init__("\n".join(str(p) for p in errors) or "content error")


EMPTIED = "berkas kosong (isinya terhapus?); kembalikan isinya, misalnya dari git"


def load_yaml(path: Path, display: str, empty_ok: bool = True) -> tuple[Any, list[Problem]]:
    """Load one YAML file; a syntax error becomes a Problem instead of an exception.
    `empty_ok=False`: a file with no YAML in it (only blanks or comments) is a problem too."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(display, 1, "", f"berkas tidak bisa dibaca: {exc}")]
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        return None, [Problem(display, line, "", f"sintaks YAML: {exc.problem}")]
    except yaml.YAMLError as exc:
        return None, [Problem(display, 1, "", f"sintaks YAML: {exc}")]
    return data, [Problem(display, 1, "", EMPTIED)] if data is None and not empty_ok else []


# `basis` names laws and regulations; news and web pages belong in `sources`.
NEWS_IN_BASIS_RE = re.compile(
    r"\b[\w-]+\.(com|co|id|net|org|info|io|tv)\b|\b(grid|antaranews|kompas|detik|tribun|"
    r"liputan6|okezone|kontan|suara|cnbc|huggingface|flipbuilder|perisaiblora|parapuan|"
    r"mastacie|wisatakini|katadata|penyukajalanjalan|suaranasional|alongwalker|metrotv)",
    re.I)
