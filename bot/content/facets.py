"""Facet cues (faq/facets.yaml): words that say what a question is about and who is asking."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bot.content.yamlsrc import LineDict, Problem, load_yaml

FACETS_FILE = "facets.yaml"
SECTIONS = ("aspects", "audiences", "writers", "writer_forms", "story_writers", "contrasts",
            "situations", "other_agencies", "causes", "audience_words", "aspect_words", "events",
            "topic_words", "own_agency", "sole_audiences", "instead_of", "not_cues",
            "next_steps")
# The writer's roles: one who employs people, one who works for someone (see FacetReader.writer).
WRITER_ROLES = ("employer", "worker")


@dataclass(frozen=True)
class Facets:
    """Cue phrases per facet value: aspect (definition, contribution, benefit, ...) and
    audience (employer, bpu). Staff extend them like the synonyms."""

    aspects: dict[str, tuple[str, ...]] = field(default_factory=dict)
    audiences: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Pairs of aspects that exclude each other (a benefit question is never a contribution one)
    contrasts: tuple[tuple[str, str], ...] = ()
    # Aspects that tell the asker's situation (a work accident, still working): an entry about
    # the contrary one is demoted even when it is about what is asked; sharing one is no bonus.
    situations: tuple[str, ...] = ()
    # Other agencies' names (canonical words after synonyms): a question naming one is about
    # that agency, so entries that never name it are demoted.
    other_agencies: tuple[str, ...] = ()
    # Aspects that are a cause (work accident, illness): a follow-up naming the opposite cause
    # is another program's question (bot/answers/context.py).
    causes: tuple[str, ...] = ()
    # The word that stands for an audience in a follow-up's query ("bpu", "perusahaan").
    audience_words: dict[str, str] = field(default_factory=dict)
    # Likewise for an aspect a program named alone keeps ("jkk nya?" after a contribution).
    aspect_words: dict[str, str] = field(default_factory=dict)
    # Aspects that tell what happened (a death, an accident): a question with no topic of its
    # own weighs their words from anywhere in the story (Matcher.emphasis).
    events: tuple[str, ...] = ()
    # Who writes, in the writer's own words before synonyms ("karyawan saya" vs "kantor saya"):
    # role (employer / worker) -> cue phrases; and each cue word's other spellings ("sy", "dr").
    writers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    writer_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Who writes, read from a story (bot/understand/writer.py): the event it tells, the
    # words that say who writes, the audiences it stands instead of ("suami saya meninggal").
    story_writers: tuple[Writer, ...] = ()
    # Who asks, said by the topic of an answer that names no audience of its own: a topic id
    # -> the word a follow-up's query adds ("telat bayar?" after a wage earner's contribution).
    topic_words: dict[str, str] = field(default_factory=dict)
    # BPJS Ketenagakerjaan's own names (canonical words): a question naming it and no other
    # agency is not answered from a phrasing that names only another (bot/understand/agency.py).
    own_agency: tuple[str, ...] = ()
    # Audiences answered by their own entries (PMI): the others are demoted for their messages.
    sole_audiences: tuple[str, ...] = ()
    # Audiences read instead of others the same words name: a household employing a domestic
    # worker is no company, though "majikan" reads as one (FacetReader.standing).
    instead_of: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Phrases, as written, whose words are no cue: "rumah sakit" (hospital) tells no illness.
    not_cues: tuple[str, ...] = ()
    # Aspects of a step to take (a claim, documents, registering): offered when the next step
    # is asked after an answer about something else (bot/answers/next_steps.py).
    next_steps: tuple[str, ...] = ()


@dataclass(frozen=True)
class Writer:
    """A writer read from a story: "suami saya meninggal" is written by an heir."""

    name: str  # also an audience value: entries whose phrasings read so are for this writer
    event: str  # an aspect the message must tell too ("" for none)
    cues: tuple[str, ...]  # who writes, as written ("suami", "almarhum", "sy kerja")
    instead_of: tuple[str, ...] = ()  # audiences the story misreads ("kerja di pabrik")
    cause: str = ""  # the aspect a story that tells no cause is read with (a death: illness)
    asks_all: tuple[str, ...] = ()  # asking for all the writer's rights ("dapat apa saja")
    at_work: tuple[str, ...] = ()  # the event happened at work ("saat bekerja") ...
    work_cause: str = ""  # ... so the story is read with this cause (a work accident)
    # ... or did not ("pergi kondangan", "bukan waktu kerja"): an accident told is read as not
    # at work, with `cause`, and these cues' words are no `at_work` cue ("waktu kerja").
    not_at_work: tuple[str, ...] = ()


def load_facets(path: Path, problems: list[Problem]) -> Facets:
    """Read the facets file; a missing file means no facets (matching still works)."""
    if not path.is_file():
        return Facets()
    data, syntax = load_yaml(path, path.name, empty_ok=False)
    problems += syntax
    if data is None:
        return Facets()
    if not isinstance(data, LineDict):
        problems.append(Problem(path.name, 1, "", "facets file must be a mapping"))
        return Facets()
    parsed: dict[str, dict[str, tuple[str, ...]]] = {}
    contrasts = _contrasts(data, path.name, problems)
    for section in SECTIONS[:4]:
        table = data.get(section, LineDict())
        if not isinstance(table, LineDict):
            problems.append(Problem(path.name, data.line_of(section), section,
                                    f"'{section}' must map a name to a list of cue phrases"))
            table = LineDict()
        values: dict[str, tuple[str, ...]] = {}
        for name, cues in table.items():
            if not isinstance(cues, list) or not all(isinstance(c, str) and c.strip()
                                                     for c in cues):
                problems.append(Problem(path.name, table.line_of(name), str(name),
                                        "cues must be a list of words or phrases"))
                continue
            values[str(name)] = tuple(c.strip().lower() for c in cues)
        parsed[section] = values
    for key in sorted(set(data) - set(SECTIONS)):
        problems.append(Problem(path.name, data.line_of(key), key,
                                f"unknown section; use {', '.join(SECTIONS)}"))
    for a, b in contrasts:
        for name in (a, b):
            if name not in parsed.get("aspects", {}):
                problems.append(Problem(path.name, data.line_of("contrasts"), name,
                                        "contrast names an aspect that is not defined"))
    for role in sorted(set(parsed.get("writers", {})) - set(WRITER_ROLES)):
        problems.append(Problem(path.name, data.line_of("writers"), role,
                                f"writers are {' or '.join(WRITER_ROLES)}"))
        parsed["writers"].pop(role)
    agencies = _word_list(data, "other_agencies", path.name, problems)
    own = _word_list(data, "own_agency", path.name, problems)
    for word in sorted(set(own) & set(agencies)):
        problems.append(Problem(path.name, data.line_of("own_agency"), word,
                                "own_agency names an agency of other_agencies"))
    aspects, audiences = parsed.get("aspects", {}), parsed.get("audiences", {})
    return Facets(aspects, audiences, contrasts,
                  _aspect_list(data, "situations", aspects, path.name, problems),
                  agencies,
                  _aspect_list(data, "causes", aspects, path.name, problems),
                  _words(data, "audience_words", audiences, path.name, problems),
                  _words(data, "aspect_words", aspects, path.name, problems),
                  _aspect_list(data, "events", aspects, path.name, problems),
                  parsed.get("writers", {}), parsed.get("writer_forms", {}),
                  _story_writers(data, aspects, audiences, path.name, problems),
                  _words(data, "topic_words", None, path.name, problems), own,
                  _aspect_list(data, "sole_audiences", audiences, path.name, problems,
                               "audiences"),
                  _instead_of(data, audiences, path.name, problems),
                  _word_list(data, "not_cues", path.name, problems),
                  _aspect_list(data, "next_steps", aspects, path.name, problems))


def _instead_of(data: LineDict, audiences: dict, file: str,
                problems: list[Problem]) -> dict[str, tuple[str, ...]]:
    """The `instead_of` section: an audience -> the audiences it stands instead of."""
    table = data.get("instead_of", LineDict())
    if not isinstance(table, LineDict) or not all(
            k in audiences and isinstance(v, list) and all(a in audiences for a in v)
            for k, v in table.items()):
        problems.append(Problem(file, data.line_of("instead_of"), "instead_of",
                                "instead_of must map a defined audience to a list of audiences"))
        return {}
    return {str(k): tuple(map(str, v)) for k, v in table.items()}


def _word_list(data: LineDict, key: str, file: str, problems: list[Problem]) -> tuple[str, ...]:
    """A section that lists words (other_agencies, own_agency, not_cues), lower-cased."""
    words = data.get(key, [])
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        problems.append(Problem(file, data.line_of(key), key, f"{key} must be a list of words"))
        return ()
    return tuple(w.strip().lower() for w in words)


def _story_writers(data: LineDict, aspects: dict, audiences: dict, file: str,
                   problems: list[Problem]) -> tuple[Writer, ...]:
    """The `story_writers` section: name -> {event, cause, work_cause: aspects, cues: [words],
    instead_of: [audiences], asks_all, at_work, not_at_work: [words]}, in the order written
    (the first a message tells is its writer)."""
    table = data.get("story_writers", LineDict())
    if not isinstance(table, LineDict):
        problems.append(Problem(file, data.line_of("story_writers"), "story_writers",
                                "'story_writers' must map a name to event, cues and instead_of"))
        return ()
    found = []
    for name, spec in table.items():
        ok = isinstance(spec, LineDict) and spec.get("event", "") in (*aspects, "") \
            and spec.get("cause", "") in (*aspects, "") \
            and spec.get("work_cause", "") in (*aspects, "")
        cues = spec.get("cues") if ok else None
        asks = spec.get("asks_all", []) if ok else None
        at_work = spec.get("at_work", []) if ok else None
        not_at_work = spec.get("not_at_work", []) if ok else None
        instead = spec.get("instead_of", []) if ok else None
        ok = ok and isinstance(cues, list) and bool(cues) and all(
            isinstance(k, str) and k.strip() for k in cues) and isinstance(instead, list) \
            and all(a in audiences for a in instead) and str(name) not in audiences \
            and all(isinstance(x, list) and all(isinstance(k, str) and k.strip() for k in x)
                    for x in (asks, at_work, not_at_work))
        if not ok:
            problems.append(Problem(file, table.line_of(name), str(name),
                                    "a writer needs a list of cues, optionally an event, a "
                                    "cause and a work_cause (aspects), instead_of "
                                    "(audiences), asks_all, at_work and not_at_work (cues); "
                                    "its name must "
                                    "not be an audience"))
            continue
        found.append(Writer(str(name), str(spec.get("event", "")),
                            tuple(k.strip().lower() for k in cues),
                            tuple(str(a) for a in instead), str(spec.get("cause", "")),
                            tuple(k.strip().lower() for k in asks),
                            tuple(k.strip().lower() for k in at_work),
                            str(spec.get("work_cause", "")),
                            tuple(k.strip().lower() for k in not_at_work)))
    return tuple(found)


def _aspect_list(data: LineDict, section: str, aspects: dict, file: str,
                 problems: list[Problem], kind: str = "aspects") -> tuple[str, ...]:
    """A section that lists aspects defined under `aspects` (situations, causes, events), or
    audiences defined under `audiences` (sole_audiences)."""
    names = data.get(section, [])
    if not isinstance(names, list) or not all(isinstance(x, str) and x in aspects
                                              for x in names):
        problems.append(Problem(file, data.line_of(section), section,
                                f"{section} must be a list of defined {kind}"))
        return ()
    return tuple(names)


def _words(data: LineDict, section: str, values: dict | None, file: str,
           problems: list[Problem]) -> dict[str, str]:
    """A `*_words` section: a facet value (a topic id: `values` None, checked against the
    topics by `unknown_topic_words`) -> the one word a follow-up's query adds for it."""
    words = data.get(section, LineDict())
    if not isinstance(words, LineDict) or not all(
            (values is None or k in values) and isinstance(v, str) and v.strip()
            for k, v in words.items()):
        problems.append(Problem(file, data.line_of(section), section,
                                f"{section} must map a defined facet value to one word"))
        return {}
    return {str(k): str(v).strip().lower() for k, v in words.items()}


def unknown_topic_words(facets: Facets, topics: dict, file: str = FACETS_FILE
                        ) -> list[Problem]:
    """`topic_words` naming a topic the FAQ does not have."""
    return [Problem(file, 1, "topic_words", f"unknown topic '{t}'")
            for t in sorted(set(facets.topic_words) - set(topics))]


def _contrasts(data: LineDict, file: str, problems: list[Problem]) -> tuple[tuple[str, str], ...]:
    pairs = data.get("contrasts", [])
    ok = isinstance(pairs, list) and all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in pairs)
    if not ok:
        problems.append(Problem(file, data.line_of("contrasts"), "contrasts",
                                "contrasts must be a list of [aspect, aspect] pairs"))
        return ()
    return tuple((a, b) for a, b in pairs)
