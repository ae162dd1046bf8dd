"""English content: the entries' English fields, the language words and the English matcher.

An entry may carry `title_en`, `questions_en` and `answer_en`. English messages are matched by a
second matcher over the same entries: its phrasings are the Indonesian ones plus the English
ones, and its synonyms are the Indonesian file plus faq/synonyms-en.yaml (English words mapped to
the same canonical words), so an English question reaches an entry even where only the
Indonesian phrasings share its words. The Indonesian matcher is untouched by any of this.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from bot.content.english_chat import read_chat_forms
from bot.content.yamlsrc import LineDict, Problem, load_yaml
from bot.understand.clause_words import english as english_cues
from bot.understand.english_words import base_forms
from bot.understand.language import LanguageDetector

if TYPE_CHECKING:
    from bot.content.faqbase import FaqBase, Synonyms

LANGUAGE_FILE = "language.yaml"
SYNONYMS_EN_FILE = "synonyms-en.yaml"
# language.yaml lists
LANGUAGE_LISTS = {"english", "indonesian", "english_chat", "basis_en", "english_not_alone"}
ENGLISH_FIELDS = {"title_en", "questions_en", "answer_en"}
# A note under an entry answered in Indonesian because it has no English answer yet.
NO_ENGLISH_NOTE = "This answer is only available in Indonesian for now."


def parse_english(raw: LineDict, err) -> dict[str, object]:
    """The optional English fields of one entry; problems go to `err(key, message)`."""
    out: dict[str, object] = {"title_en": "", "questions_en": (), "answer_en": ""}
    title = raw.get("title_en")
    if title is not None:
        if not isinstance(title, str) or not title.strip():
            err("title_en", "title_en harus berupa teks")
        elif len(title) > 48:
            err("title_en", f"title_en {len(title)} karakter; label tombol paling panjang 48")
        else:
            out["title_en"] = title.strip()
    questions = raw.get("questions_en")
    if questions is not None:
        if (not isinstance(questions, list) or len(questions) < 2
                or not all(isinstance(q, str) and q.strip() for q in questions)):
            err("questions_en", "questions_en perlu paling sedikit 2 pertanyaan (teks)")
        else:
            out["questions_en"] = tuple(q.strip() for q in questions)
    answer = raw.get("answer_en")
    if answer is not None:
        if not isinstance(answer, str) or not answer.strip():
            err("answer_en", "answer_en harus berupa teks")
        else:
            out["answer_en"] = answer.strip()
    if out["answer_en"] and not out["title_en"]:
        err("answer_en", "entri dengan answer_en perlu title_en (label tombol bahasa Inggris)")
    return out


def _words(data: LineDict, name: str, display: str, problems: list[Problem]) -> frozenset[str]:
    items = data.get(name, [])
    if not isinstance(items, list) or not all(isinstance(w, str) for w in items):
        problems.append(Problem(display, data.line_of(name), name,
                                f"'{name}' harus berupa daftar kata (kutip yes/no/on/off)"))
        return frozenset()
    return frozenset(w.lower().strip() for w in items)


def load_language(directory: Path, problems: list[Problem]) -> LanguageDetector:
    """faq/language.yaml: the English and Indonesian marker words, the English chat forms."""
    path = directory / LANGUAGE_FILE
    if not path.is_file():
        return LanguageDetector()
    data, syntax = load_yaml(path, path.name, empty_ok=False)
    problems += syntax
    if not isinstance(data, LineDict):
        if data is not None:
            problems.append(Problem(path.name, 1, "", "berkas harus berisi english dan indonesian"))
        return LanguageDetector()
    for key in sorted(set(data) - LANGUAGE_LISTS):  # a mistyped name would drop its words
        problems.append(Problem(path.name, data.line_of(key), key, f"daftar '{key}' tidak "
                                f"dikenal; gunakan {', '.join(sorted(LANGUAGE_LISTS))}"))
    return LanguageDetector(_words(data, "english", path.name, problems),
                            _words(data, "indonesian", path.name, problems),
                            read_chat_forms(data, path.name, problems),
                            _words(data, "english_not_alone", path.name, problems))


def merged_synonyms(base: Synonyms, english: Synonyms) -> Synonyms:
    """The Indonesian synonyms with the English ones on top (English wins a shared variant)."""
    return replace(base, replacements={**base.replacements, **english.replacements},
                   stopwords=base.stopwords | english.stopwords,
                   greetings=base.greetings | english.greetings,
                   thanks=base.thanks | english.thanks, pings=base.pings | english.pings,
                   hellos=base.hellos | english.hellos)


def english_base_forms(english: Synonyms) -> Callable[[str], list[str]]:
    """A word's uninflected forms that a variant of faq/synonyms-en.yaml writes: "salaries"
    -> "salary", "capped" -> "cap"; never an Indonesian word ("kitas" is not "kita") nor a
    stopword ("members" of "family members die" stays a word)."""
    words = frozenset(w for v in english.replacements for w in v.split())

    def forms(word: str) -> list[str]:
        return [b for b in base_forms(word) if b in words]
    return forms


def english_view(faq: FaqBase, english: Synonyms) -> FaqBase:
    """The FAQ as the English matcher indexes it: every entry with its English phrasings and
    title added to the Indonesian ones, the merged synonyms, and the clause cues that read an
    English question without punctuation (clause_words.english)."""
    entries = {
        eid: replace(e, questions=(*e.questions, *e.questions_en,
                                   *((e.title_en,) if e.title_en else ())))
        for eid, e in faq.entries.items()
    }
    return replace(faq, entries=entries, synonyms=merged_synonyms(faq.synonyms, english),
                   clause_cues=english_cues(faq.clause_cues))
