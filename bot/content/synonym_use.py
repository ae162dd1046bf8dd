"""`faq check`: synonym targets that no entry's phrasing, title or keyword uses."""

from __future__ import annotations

from pathlib import Path

from bot.content.english import SYNONYMS_EN_FILE, english_base_forms, english_view
from bot.content.faqbase import FaqBase, Synonyms
from bot.content.yamlsrc import LineDict, Problem, load_yaml
from bot.understand.normalize import Normalizer
from bot.understand.vocabulary import function_words

# A synonym file's list of targets meant to be absent from the FAQ's phrasings: the mapping
# only stops the typo corrector from snapping an everyday word onto an unrelated FAQ word
# ("warning" -> "warung"), and no FAQ word means the same. Listed targets are not warned about.
INTENDED_KEY = "not_faq_targets"
SYNONYMS_FILE = "synonyms.yaml"


def vocabulary(faq: FaqBase, normalizer: Normalizer) -> set[str]:
    """The matcher's words: content tokens of every entry's title, phrasings and keywords."""
    words: set[str] = set()
    for entry in faq.entries.values():
        for text in (entry.title, *entry.questions, *entry.keywords):
            words.update(normalizer.content(normalizer.tokens(text)))
    return words


def unused_targets_in(path: Path, synonyms: Synonyms, faq: FaqBase,
                      normalizer: Normalizer) -> list[Problem]:
    """One warning per synonym target with a content word that no phrasing uses."""
    data, _ = load_yaml(path, path.name)  # syntax problems: reported by load_faq
    if not isinstance(data, LineDict) or not isinstance(data.get("synonyms"), LineDict):
        return []
    table: LineDict = data["synonyms"]
    intended = data.get(INTENDED_KEY, [])
    intended = {str(w).lower() for w in intended} if isinstance(intended, list) else set()
    known = vocabulary(faq, normalizer)
    known |= function_words(normalizer, known)  # filler the matcher drops: mapped to be dropped
    targets = set(synonyms.replacements.values())
    problems = []
    for canonical in table:
        target = str(canonical).lower()
        if target not in targets or target in intended:
            continue
        missing = [t for t in normalizer.content(normalizer.tokens(target)) if t not in known]
        if missing:
            problems.append(Problem(
                path.name, table.line_of(canonical), target,
                f"target sinonim '{target}' tidak dipakai pertanyaan/judul/kata kunci entri mana "
                f"pun ({', '.join(missing)}): kata yang dipetakan ke sana dibaca sebagai kata "
                "asing dan menjauhkan pesan dari entri yang cocok. Petakan ke kata yang dipakai "
                "entri untuk arti itu, atau hapus pemetaannya; bila sengaja (hanya menahan koreksi "
                f"salah ketik), tulis di '{INTENDED_KEY}'",
                "warning"))
    return problems


def unused_targets(faq: FaqBase) -> list[Problem]:
    """Unused targets of faq/synonyms.yaml (Indonesian matcher) and faq/synonyms-en.yaml
    (English matcher: the English phrasings beside the Indonesian ones, merged synonyms)."""
    problems = unused_targets_in(faq.directory / SYNONYMS_FILE, faq.synonyms, faq,
                                 Normalizer(faq.synonyms))
    view = english_view(faq, faq.synonyms_en)
    normalizer = Normalizer(view.synonyms, english_base_forms(faq.synonyms_en))
    return problems + unused_targets_in(faq.directory / SYNONYMS_EN_FILE, faq.synonyms_en,
                                        view, normalizer)
