"""`faq/personal-words.yaml`: words that mark personal data in a learned phrasing; validated.

The file only ADDS words: bot/staff/learn.py keeps its built-in lists and always applies them,
so a missing, emptied or broken file can never let a name through that the defaults catch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bot.content.wordfile import read_list_file
from bot.content.yamlsrc import LineDict, LineList, Problem, is_word_item

FILE = "personal-words.yaml"
WORD_RE = re.compile(r"^[a-z]+$")
PHRASE_RE = re.compile(r"^[a-z]+(?: [a-z]+)*$")
# list name -> (what an item must look like, how the file explains it)
LISTS = {"name_owners": (WORD_RE, "satu kata huruf a-z"),
         "name_intros": (PHRASE_RE, "kata atau frasa huruf a-z"),
         "address_words": (WORD_RE, "satu kata huruf a-z"),
         "data_labels": (WORD_RE, "satu kata huruf a-z")}


@dataclass(frozen=True)
class PersonalWords:
    """Staff's words, lower case; learn.py adds them to its built-in ones."""

    name_owners: frozenset[str] = frozenset()  # "nama <word>" gives a name: "nama istri"
    name_intros: frozenset[str] = frozenset()  # a phrase that gives a name: "atas nama"
    address_words: frozenset[str] = frozenset()  # "Halo Kak": capitalised but not a name
    # Words that only label personal data ("nik", "no hp", "tgl lahir"): a message of these and
    # the data itself asks nothing (bot/answers/personal_only.py).
    data_labels: frozenset[str] = frozenset()


def load_personal_words(directory: Path, problems: list[Problem]) -> PersonalWords:
    """Read and validate the file; every problem goes to `problems` as file:line. Any problem
    gives no additions; a missing file none either. The built-in words apply in every case."""
    path = directory / FILE
    if not path.is_file():
        return PersonalWords()
    found = len(problems)
    data = read_list_file(directory, FILE, LISTS, problems)
    if data is None:
        return PersonalWords()
    lists = {name: _words(data, name, problems) for name in LISTS}
    if len(problems) > found:
        return PersonalWords()
    return PersonalWords(**lists)


def _words(data: LineDict, name: str, problems: list[Problem]) -> frozenset[str]:
    """One list (left out = empty): lower-case words, a phrase's inner spaces made single."""
    value = data.get(name)
    if value is None:
        return frozenset()
    if not isinstance(value, LineList):
        problems.append(Problem(FILE, data.line_of(name), name, f"'{name}' harus berupa daftar"))
        return frozenset()
    pattern, shape = LISTS[name]
    words = set()
    for i, item in enumerate(value):
        text = " ".join(str(item).lower().split()) if is_word_item(item) else ""
        if not pattern.match(text):
            shown = f"'{item}'" if text else f"butir ke-{i + 1}"
            problems.append(Problem(FILE, value.line_of(i), name,
                                    f"{shown} bukan {shape} (yes/no/on/off diberi tanda kutip)"))
            continue
        words.add(text)
    return frozenset(words)
