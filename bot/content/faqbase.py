"""FAQ content: entries, topics and synonyms loaded from `faq/`, validated into typed objects."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path

from bot.content import personal_words
from bot.content.clause_cues import FILE as CLAUSE_CUES_FILE
from bot.content.clause_cues import load_clause_cues
from bot.content.english import (
    ENGLISH_FIELDS,
    LANGUAGE_FILE,
    SYNONYMS_EN_FILE,
    load_language,
    parse_english,
)
from bot.content.facets import FACETS_FILE, Facets, load_facets
from bot.content.rates import Rates, load_rates
from bot.content.replywords import load_reply_words
from bot.content.yamlsrc import (
    NEWS_IN_BASIS_RE,
    ContentError,
    LineDict,
    LineList,
    Problem,
    is_word_item,
    load_yaml,
)
from bot.understand.clause_words import ClauseCues
from bot.understand.language import LanguageDetector
from bot.understand.replies import ReplyWords

AUDIENCES = ("worker", "employer", "all")
PROGRAMS = ("JKK", "JKM", "JHT", "JP", "JKP", "UMUM")
KINDS = ("answer", "redirect")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,40}$")  # fits Telegram's 64-byte callback/deep links
RESERVED_FILES = {"rates.yaml", "synonyms.yaml", "calc-cues.yaml", "replies.yaml", FACETS_FILE,
                  LANGUAGE_FILE, SYNONYMS_EN_FILE, CLAUSE_CUES_FILE, personal_words.FILE}
ENTRY_FIELDS = {
    "id", "title", "questions", "keywords", "audience", "programs", "kind",
    "answer", "basis", "sources", "reviewed", "related", *ENGLISH_FIELDS,
}


@dataclass(frozen=True)
class Entry:
    id: str
    title: str
    questions: tuple[str, ...]
    keywords: tuple[str, ...]
    audience: str
    programs: tuple[str, ...]
    kind: str
    answer: str  # jinja2 template source
    basis: str
    reviewed: date
    related: tuple[str, ...]
    topic: str
    file: str
    line: int
    sources: tuple[str, ...] = ()  # news / web pages (staff see them in faq check)
    title_en: str = ""  # English: button label, phrasings and answer (optional, see english.py)
    questions_en: tuple[str, ...] = ()
    answer_en: str = ""

    def title_in(self, lang: str) -> str:
        """The button label in a reply language (English when there is one)."""
        return self.title_en if lang == "en" and self.title_en else self.title


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    file: str
    entry_ids: tuple[str, ...]
    title_en: str = ""  # the topic menu in English

    def title_in(self, lang: str) -> str:
        return self.title_en if lang == "en" and self.title_en else self.title


@dataclass(frozen=True)
class Synonyms:
    """Staff-editable language data: variant -> canonical, stopwords, greetings, thanks."""

    replacements: dict[str, str] = field(default_factory=dict)
    stopwords: frozenset[str] = frozenset()
    greetings: frozenset[str] = frozenset()
    thanks: frozenset[str] = frozenset()
    pings: frozenset[str] = frozenset()  # "kok ga dibales": greeted back, never thanked
    hellos: frozenset[str] = frozenset()  # "makasih, pagi": a greeting beside thanks wins


@dataclass(frozen=True)
class FaqBase:
    entries: dict[str, Entry]
    topics: dict[str, Topic]
    synonyms: Synonyms
    rates: Rates
    directory: Path
    warnings: tuple[Problem, ...] = ()
    replies: ReplyWords = field(default_factory=ReplyWords)  # faq/replies.yaml
    facets: Facets = field(default_factory=Facets)  # faq/facets.yaml
    language: LanguageDetector = field(default_factory=LanguageDetector)  # faq/language.yaml
    synonyms_en: Synonyms = field(default_factory=Synonyms)  # faq/synonyms-en.yaml
    clause_cues: ClauseCues = field(default_factory=ClauseCues)  # faq/clause-cues.yaml
    personal_words: personal_words.PersonalWords = field(
        default_factory=personal_words.PersonalWords)  # faq/personal-words.yaml

    def entry(self, entry_id: str) -> Entry | None:
        return self.entries.get(entry_id)


def _str_list(value: object) -> list[str] | None:
    if isinstance(value, list) and all(is_word_item(v) for v in value):
        return [str(v).strip() for v in value]
    return None


def _list_problem(value: object) -> str:
    """Why a list of words is not one: YAML read an unquoted yes/no/on/off as true/false."""
    if isinstance(value, list) and any(isinstance(v, bool) for v in value):
        return ("yes/no/on/off/true/false tanpa tanda kutip dibaca YAML sebagai benar/salah: "
                "tulis \"no\" dengan tanda kutip")
    return "varian harus berupa daftar"


def _parse_entry(raw: LineDict, topic: str, file: str, bad) -> Entry | None:
    eid = raw.get("id")
    name = eid if isinstance(eid, str) else f"entry@{raw.line}"
    before = bad.count

    def err(key: str, msg: str) -> None:
        bad(raw.line_of(key), name, msg)

    if not isinstance(eid, str) or not ID_RE.match(eid):
        err("id", "id harus 2-41 karakter a-z, 0-9 dan '-' (tetap: dipakai tombol dan tautan)")
    for key in sorted(set(raw) - ENTRY_FIELDS):
        err(key, f"kolom tidak dikenal '{key}'")
    title = raw.get("title")
    if not isinstance(title, str) or not title.strip():
        err("title", "title belum diisi")
    elif len(title) > 48:
        err("title", f"title {len(title)} karakter; label tombol paling panjang 48")
    questions = _str_list(raw.get("questions"))
    if not questions or len(questions) < 2:
        err("questions", "questions perlu paling sedikit 2 cara bertanya")
    elif any(not q for q in questions):
        err("questions", "ada questions yang kosong")
    keywords = _str_list(raw.get("keywords", [])) if "keywords" in raw else []
    if keywords is None:
        err("keywords", "keywords harus berupa daftar kata")
    audience = raw.get("audience")
    if audience not in AUDIENCES:
        err("audience", f"audience harus salah satu dari {', '.join(AUDIENCES)}")
    programs = _str_list(raw.get("programs"))
    if not programs:
        err("programs", f"programs harus berisi satu atau lebih dari {', '.join(PROGRAMS)}")
    elif any(p not in PROGRAMS for p in programs):
        err("programs", f"program tidak dikenal; pakai {', '.join(PROGRAMS)}")
    kind = raw.get("kind", "answer")
    if kind not in KINDS:
        err("kind", f"kind harus salah satu dari {', '.join(KINDS)}")
    answer = raw.get("answer")
    if not isinstance(answer, str) or not answer.strip():
        err("answer", "missing answer")
    basis = raw.get("basis")
    if not isinstance(basis, str) or not basis.strip():
        err("basis", "dasar hukum ('basis') belum diisi")
    elif NEWS_IN_BASIS_RE.search(basis):
        err("basis", "basis hanya untuk peraturan (UU, PP, Perpres, Permenaker, SE); "
            f"pindahkan berita/situs '{NEWS_IN_BASIS_RE.search(basis).group(0)}' ke 'sources'")
    sources = _str_list(raw.get("sources", [])) if "sources" in raw else []
    if sources is None or any(not s for s in sources):
        err("sources", "sources harus berupa daftar teks (judul/URL berita)")
    reviewed = raw.get("reviewed")
    if not isinstance(reviewed, date):
        err("reviewed", "reviewed harus tanggal YYYY-MM-DD")
    related = _str_list(raw.get("related", [])) if "related" in raw else []
    if related is None:
        err("related", "related harus berupa daftar id entri")
    english = parse_english(raw, err)
    if bad.count > before:
        return None
    return Entry(**english,  # type: ignore[arg-type]

        id=eid, title=title.strip(), questions=tuple(questions), keywords=tuple(keywords or ()),
        audience=audience, programs=tuple(programs), kind=kind, answer=answer.strip(),
        basis=basis.strip(), reviewed=reviewed, related=tuple(related or ()),
        topic=topic, file=file, line=raw.line, sources=tuple(sources or ()),
    )


class _Collector:
    """Collects problems for one file; `count` lets callers see whether a step added any."""

    def __init__(self, file: str, problems: list[Problem]):
        self.file, self.problems, self.count = file, problems, 0

    def __call__(self, line: int, entry: str, msg: str, severity: str = "error") -> None:
        self.problems.append(Problem(self.file, line, entry, msg, severity))
        if severity == "error":
            self.count += 1


DECLARED_ID_RE = re.compile(r"^\s*-?\s*id:\s*['\"]?([a-z0-9][a-z0-9-]*)", re.M)


def _declared_ids(path: Path) -> set[str]:
    """The entry ids written in a file, read as plain text (for a file that does not parse)."""
    try:
        return set(DECLARED_ID_RE.findall(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError):
        return set()


def _load_topic_file(path: Path, problems: list[Problem],
                     invalid_ids: set[str] | None = None) -> tuple[Topic | None, list[Entry]]:
    data, syntax = load_yaml(path, path.name, empty_ok=False)
    problems += syntax
    if data is None or not isinstance(data, LineDict):
        # A file that does not parse still declares its ids: links to them from other,
        # untouched files are not new problems (the error is in this file only).
        if invalid_ids is not None:
            invalid_ids.update(_declared_ids(path))
        if data is None:
            return None, []
    bad = _Collector(path.name, problems)
    if not isinstance(data, LineDict):
        bad(1, "", "berkas harus berisi topic, title dan entries")
        return None, []
    topic_id = data.get("topic")
    if not isinstance(topic_id, str) or not ID_RE.match(topic_id):
        bad(data.line_of("topic"), "", "id 'topic' kosong atau tidak valid")
        topic_id = path.stem
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        bad(data.line_of("title"), "", "'title' topik belum diisi")
        title = topic_id
    raw_entries = data.get("entries")
    if not isinstance(raw_entries, LineList) or not raw_entries:
        bad(data.line_of("entries"), "", "'entries' harus berupa daftar yang tidak kosong")
        return None, []
    entries = []
    for i, raw in enumerate(raw_entries):
        if not isinstance(raw, LineDict):
            bad(raw_entries.line_of(i), "", "setiap entri harus berupa mapping (id, title, ...)")
            continue
        entry = _parse_entry(raw, topic_id, path.name, bad)
        if entry:
            entries.append(entry)
        elif invalid_ids is not None and isinstance(raw.get("id"), str):
            invalid_ids.add(raw["id"])  # already reported; links to it are not a new problem
    title_en = data.get("title_en")
    if title_en is not None and not isinstance(title_en, str):
        bad(data.line_of("title_en"), "", "'title_en' topik harus berupa teks")
    topic = Topic(topic_id, title.strip(), path.name, tuple(e.id for e in entries),
                  title_en.strip() if isinstance(title_en, str) else "")
    return topic, entries


def _load_synonyms(path: Path, problems: list[Problem]) -> Synonyms:
    if not path.is_file():
        return Synonyms()
    data, syntax = load_yaml(path, path.name, empty_ok=False)
    problems += syntax
    if data is None:
        return Synonyms()
    bad = _Collector(path.name, problems)
    if not isinstance(data, LineDict):
        bad(1, "", "berkas sinonim harus berupa mapping")
        return Synonyms()
    replacements: dict[str, str] = {}
    table = data.get("synonyms", {})
    if not isinstance(table, LineDict):
        bad(data.line_of("synonyms"), "", "'synonyms' harus memetakan bentuk baku ke variannya")
        table = LineDict()
    for canonical, variants in table.items():
        items = _str_list(variants)
        if items is None:
            bad(table.line_of(canonical), canonical, _list_problem(variants))
            continue
        for variant in items:
            key = variant.lower().strip()
            if key in replacements and replacements[key] != canonical:
                bad(table.line_of(canonical), canonical,
                    f"varian '{key}' sudah menuju '{replacements[key]}'")
            replacements[key] = str(canonical).lower()
    lists, names = {}, [f.name for f in fields(Synonyms)][1:]  # the word lists after replacements
    for key in sorted(set(data) - {"synonyms", "not_faq_targets", *names}):  # a mistyped name
        bad(data.line_of(key), key, f"daftar '{key}' tidak dikenal")  # would drop its words
    for name in names:
        items = _str_list(data.get(name, []))
        if items is None:
            bad(data.line_of(name), name, f"'{name}' harus berupa daftar kata")
            items = []
        lists[name] = frozenset(w.lower() for w in items)
    return Synonyms(replacements, *lists.values())  # in the fields' order


def load_faq(directory: Path) -> FaqBase:
    """Load every topic file, the synonyms and the rates; raise ContentError with all problems."""
    problems: list[Problem] = []
    rates = None
    try:
        rates = load_rates(directory / "rates.yaml")
    except ContentError as exc:
        problems += exc.problems
    synonyms = _load_synonyms(directory / "synonyms.yaml", problems)
    synonyms_en = _load_synonyms(directory / SYNONYMS_EN_FILE, problems)
    language = load_language(directory, problems)
    replies = load_reply_words(directory, problems)
    facets = load_facets(directory / FACETS_FILE, problems)
    clause_cues = load_clause_cues(directory, problems)
    personal = personal_words.load_personal_words(directory, problems)
    entries: dict[str, Entry] = {}
    topics: dict[str, Topic] = {}
    invalid_ids: set[str] = set()
    files = sorted(p for p in directory.glob("*.yaml") if p.name not in RESERVED_FILES)
    if not files:
        problems.append(Problem(str(directory), 1, "", "tidak ada berkas FAQ (*.yaml)"))
    for path in files:
        topic, file_entries = _load_topic_file(path, problems, invalid_ids)
        if topic is None:
            continue
        if topic.id in topics:
            problems.append(Problem(path.name, 1, "", f"topic '{topic.id}' juga ada di "
                                    f"{topics[topic.id].file}"))
        topics[topic.id] = topic
        for entry in file_entries:
            if entry.id in entries:
                other = entries[entry.id]
                problems.append(Problem(entry.file, entry.line, entry.id,
                                        f"id ganda (juga di {other.file}:{other.line})"))
                continue
            entries[entry.id] = entry
    for entry in entries.values():
        for rel in entry.related:
            if rel not in entries and rel not in invalid_ids:
                problems.append(Problem(entry.file, entry.line, entry.id,
                                        f"entri related '{rel}' tidak ada"))
    if any(p.severity == "error" for p in problems) or rates is None:
        raise ContentError(problems)
    warnings = tuple(p for p in problems if p.severity == "warning")
    return FaqBase(entries, topics, synonyms, rates, directory, warnings, replies, facets,
                   language, synonyms_en, clause_cues, personal)
