"""The "Legal basis" line of an English answer, in English (faq/language.yaml `basis_en`).

An entry's `basis` is written in Indonesian ("PP 44/2015 Pasal 5 ayat (3)", "ketentuan layanan
BPJS Ketenagakerjaan (bukan peraturan)"). English answers show it through a table of phrases:
each Indonesian phrase (whole recurring notes first, then the legal words around regulation
names: Pasal -> Art., ayat -> para.) becomes its English wording; regulation names stay as they
are. `faq check` refuses an English basis line that still has a word which is neither English
(bot/understand/english-words.txt, language.yaml `english`) nor a name the table keeps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from bot.content.english import LANGUAGE_FILE
from bot.content.yamlsrc import LineDict, Problem, load_yaml
from bot.understand.english_words import base_forms, english_words

BASIS_LIST = "basis_en"
WORD_RE = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class BasisWords:
    """Indonesian phrase -> English wording (longest phrase first), and the words kept as
    written: names, and short English words the word list lacks (it keeps 4+ letters)."""

    phrases: tuple[tuple[str, str], ...] = ()
    names: frozenset[str] = frozenset()
    indonesian: frozenset[str] = frozenset()  # language.yaml `indonesian`: never English here
    english_extra: frozenset[str] = frozenset()  # language.yaml `english`

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        if not self.phrases:
            return None
        alts = "|".join(re.escape(p) for p, _ in self.phrases)
        return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.I)

    @cached_property
    def _wording(self) -> dict[str, str]:
        return {p.lower(): e for p, e in self.phrases}

    def english(self, basis: str) -> str:
        """`basis` with every listed Indonesian phrase in its English wording."""
        pattern = self._pattern
        if pattern is None:
            return basis
        return pattern.sub(lambda m: self._wording[m.group(0).lower()], basis)

    def indonesian_words(self, text: str) -> list[str]:
        """The words of an English basis line that are not English nor a kept name."""
        return [w for w in WORD_RE.findall(text)
                if w not in self.names and not (len(w) > 1 and w.isupper())
                and (w.lower() in self.indonesian or not (len(w) == 1 or _english(w.lower())
                                                          or w.lower() in self.english_extra))]


def _english(word: str) -> bool:
    """A word of the English list, or an inflection of one ("fishers")."""
    words = english_words()
    return word in words or any(b in words for b in base_forms(word))


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(w, str) and w.strip() for w in value)


def load_basis_words(directory: Path, problems: list[Problem]) -> BasisWords:
    """language.yaml `basis_en`: `phrases` (Indonesian: English), `names` and `english` (words
    kept as written)."""
    path = directory / LANGUAGE_FILE
    if not path.is_file():
        return BasisWords()
    data, _syntax = load_yaml(path, path.name)  # a syntax error is load_language's to report
    if not isinstance(data, LineDict):
        return BasisWords()
    lists = {name: frozenset(w.lower().strip() for w in data.get(name) or ()
                             if isinstance(w, str)) for name in ("english", "indonesian")}
    table = data.get(BASIS_LIST)
    if table is None:
        return BasisWords(indonesian=lists["indonesian"], english_extra=lists["english"])
    line = data.line_of(BASIS_LIST)

    def bad(msg: str) -> BasisWords:
        problems.append(Problem(path.name, line, BASIS_LIST, msg))
        return BasisWords(indonesian=lists["indonesian"], english_extra=lists["english"])

    if not isinstance(table, dict) or set(table) - {"phrases", "names", "english"}:
        return bad("basis_en berisi 'phrases' (frasa Indonesia: bahasa Inggris), 'names' dan "
                   "'english'")
    phrases = table.get("phrases") or {}
    names = [*(table.get("names") or []), *(table.get("english") or [])]
    if not isinstance(phrases, dict) or not all(
            isinstance(k, str) and k.strip() and isinstance(v, str) for k, v in phrases.items()):
        return bad("basis_en.phrases harus berupa pasangan 'frasa Indonesia: frasa Inggris'")
    if not _strings(names):
        return bad("basis_en.names dan basis_en.english harus berupa daftar kata (teks)")
    ordered = sorted(((k.strip(), v.strip()) for k, v in phrases.items()),
                     key=lambda kv: -len(kv[0]))
    return BasisWords(tuple(ordered), frozenset(n.strip() for n in names),
                      lists["indonesian"], lists["english"])


def basis_problems(faq, table: BasisWords) -> list[Problem]:
    """Each English answer whose basis line still has an Indonesian word (`faq check`)."""
    problems = []
    for entry in faq.entries.values():
        shown = table.english(entry.basis)
        left = list(dict.fromkeys(table.indonesian_words(shown)))
        if left:
            words = ", ".join(f"'{w}'" for w in left)
            problems.append(Problem(
                entry.file, entry.line, entry.id,
                f"basis untuk jawaban bahasa Inggris masih memuat kata Indonesia {words} "
                f"(\"{shown}\"); tambahkan terjemahannya di language.yaml basis_en.phrases "
                "(atau nama resmi di basis_en.names, kata Inggris di basis_en.english)"))
    return problems


def check_basis(directory: Path, faq) -> list[Problem]:
    """`faq check`: the table's own problems, then every basis line it leaves Indonesian."""
    problems: list[Problem] = []
    table = load_basis_words(directory, problems)
    return problems + basis_problems(faq, table)
