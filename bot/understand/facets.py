"""Facets of a question: what it is about (aspect) and who asks (audience), from staff cues.

Why: the token scorer cannot tell "berapa santunan kematian" (a benefit) from "berapa iuran
jkm" (a contribution) when both share most words; nor an employer's "karyawan kami kecelakaan"
from a worker's own claim. The cues live in faq/facets.yaml; entries get their facets from
their own phrasings with the same cues, so no entry needs a hand-written label.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from bot.understand.message_memo import once
from bot.understand.normalize import Normalizer, clean, stem
from bot.understand.writer import STORY_WORDS, WriterReader, blanked

if TYPE_CHECKING:  # content builds the index; understanding needs only its types
    from bot.content.facets import Facets

# An entry has a facet value when at least this share of its phrasings carries the cue.
ENTRY_SHARE = 0.34
WRITER_SHARE = 0.15  # the same for a writer (bot/understand/writer.py)

FacetSet = tuple[frozenset[str], frozenset[str]]  # (aspects, audiences)
EMPTY: FacetSet = (frozenset(), frozenset())
EMPLOYER = frozenset({"employer"})


class FacetReader:
    """Finds facet cues (single words or phrases) in normalised tokens."""

    def __init__(self, facets: Facets, normalizer: Normalizer,
                 programs: frozenset[str] = frozenset()):
        self._normalizer = normalizer
        self.contrasts = {a: b for a, b in facets.contrasts} | {b: a for a, b in facets.contrasts}
        self.situations = frozenset(facets.situations)
        self.causes = frozenset(facets.causes)  # read by follow-ups (bot/answers/context.py)
        self.audience_words = dict(facets.audience_words)
        self.aspect_words = dict(facets.aspect_words)
        self.topic_words = dict(facets.topic_words)
        self.events = frozenset(facets.events)  # read by Matcher.emphasis
        self.next_steps = frozenset(facets.next_steps)  # read by bot/answers/next_steps.py
        # What a story tells rather than what is asked (follow-ups compare entries without it)
        self._told = self.causes | self.events | self.situations
        self.sole = frozenset(facets.sole_audiences)  # read by facet_deltas.FacetGroups
        self._instead = facets.instead_of  # read by standing
        self.story_writers = WriterReader(facets.story_writers)  # who writes a story (heir)
        # Other agencies, in the matcher's own words ("bpjs kesehatan" -> "bpjskes"). "bp2mi"
        # reads as "bp 2 mi": its digit names no agency ("lantai 2" demoted every entry
        # without a "2" by AGENCY_PENALTY).
        self.agencies = frozenset(t for name in facets.other_agencies
                                  for t in normalizer.content(normalizer.tokens(name))
                                  if not t.isdigit())
        self.own_agency = frozenset(t for name in facets.own_agency
                                    for t in normalizer.content(normalizer.tokens(name)))
        # first stemmed token -> [(cue stems, section index, value, cue words)]
        self._index: dict[str, list[tuple[tuple[str, ...], int, str, tuple[str, ...]]]] = {}
        for section, table in enumerate((facets.aspects, facets.audiences)):
            for value, cues in table.items():
                for cue in cues:
                    for words in self._cue_forms(cue, programs):
                        # An event's cue is the word itself, not its stem's other words:
                        # "meninggal" stems to "tinggal" (to live, to stay).
                        exact = words if section == 0 and value in self.events else ()
                        self._index.setdefault(self._stems(words)[0], []).append(
                            (self._stems(words), section, value, exact))
        # Who writes, read on the written words (a cue word's other spellings aside): after
        # synonyms the worker's "kantor saya" is "perusahaan saya", an employer cue.
        self._forms = {form: p for p, forms in facets.writer_forms.items() for form in (p, *forms)}
        # Written phrases whose words are no cue ("rumah sakit" is no "sakit"); after synonyms
        # they are one word ("rumahsakit"), so only the written read needs them blanked.
        self._not_cues = [tuple(clean(c).split()) for c in facets.not_cues]
        self._writers: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for role, cues in facets.writers.items():
            for cue in cues:
                if written := self._as_written(clean(cue).split()):
                    self._writers.setdefault(written[0], []).append((written, role))

    def _cue_forms(self, cue: str, programs: frozenset[str]) -> set[tuple[str, ...]]:
        """A cue's words after synonyms, and as written when the synonyms make it a program
        name it does not spell: "uang duka" becomes "jkm", and "jkm" alone asks no benefit
        (its contribution neither), so only the written "uang duka" is the cue."""
        canonical = self._normalizer.tokens(cue)
        written = tuple(clean(cue).split())
        if len(canonical) == 1 and canonical[0] in programs and canonical != written:
            return {written} if written else set()
        return {canonical} if canonical else set()

    def _as_written(self, words: list[str]) -> tuple[str, ...]:
        return tuple(self._forms.get(w, w) for w in words)

    @staticmethod
    def _stems(tokens: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(map(stem, tokens))

    @once  # the whole message is read again within a match (message_memo.py)
    def read(self, text: str, story_words: int | None = None) -> FacetSet:
        """The aspects and audiences a text's cues name, in its own words or after synonyms
        (the synonym "santunan kematian" -> "jkm" must not hide that it asks for a benefit).
        The story's writer (writer.py) is read from a story of `story_words` written words or
        more (STORY_WORDS; an entry's phrasings: any)."""
        written = tuple(clean(text).split())
        canonical = self.read_tokens(self._normalizer.tokens(text))
        words = self._stems(written)
        kept = blanked(written, self._not_cues)
        raw = self._read(kept, words if kept is written else self._stems(kept))
        aspects, audiences = canonical[0] | raw[0], canonical[1] | raw[1]
        role = self.writer(list(written))
        if role == "employer":
            audiences |= EMPLOYER
        elif role == "worker":  # "pabrik tempat sy kerja" names the employer, not the writer
            audiences -= EMPLOYER
        audiences = self.standing(audiences)
        if self.story_writers and len(written) >= (
                STORY_WORDS if story_words is None else story_words):
            audiences = self.story_writers.audiences(words, aspects, audiences)
            if story_words is None:  # a message; an entry's phrasings keep their own causes
                aspects = self.story_writers.caused(words, aspects, audiences,
                                                        self.causes)
        return aspects, audiences

    def asked_of(self, aspects: frozenset[str]) -> frozenset[str]:
        """An entry's aspects without the causes, events and situations a story tells: what
        it answers (bot/answers/audience.py and next_steps.py compare entries by it)."""
        return aspects - self._told

    def standing(self, audiences: frozenset[str]) -> frozenset[str]:
        """`audiences` without those another of them stands instead of (faq/facets.yaml
        `instead_of`): "mau daftarin ART saya, bisa oleh majikan?" is a household's question,
        though "majikan" reads as a company."""
        for audience, others in self._instead.items():
            if audience in audiences:
                audiences = audiences - frozenset(others)
        return audiences

    def writer(self, words: list[str]) -> str | None:
        """The writer's role from faq/facets.yaml `writers` in the written words: "employer"
        ("karyawan saya", "saya HRD") wins over "worker" ("bos sy", "kantor saya"): the HR
        clerk who writes "bos saya" writes for the employer."""
        if not self._writers:
            return None
        written = self._as_written(words)
        found = None
        for i, word in enumerate(written):
            for cue, role in self._writers.get(word, ()):
                if written[i : i + len(cue)] == cue:
                    if role == "employer":
                        return role
                    found = role
        return found

    def read_tokens(self, tokens: tuple[str, ...]) -> FacetSet:
        return self._read(tokens, self._stems(tokens))

    def _read(self, tokens: tuple[str, ...], words: tuple[str, ...]) -> FacetSet:
        """`tokens`' facets; `words` are their stems."""
        found: tuple[set[str], set[str]] = (set(), set())
        for i, word in enumerate(words):
            for cue, section, value, exact in self._index.get(word, ()):
                if words[i : i + len(cue)] == cue and (not exact or all(
                        c in t for c, t in zip(exact, tokens[i : i + len(cue)], strict=True))):
                    found[section].add(value)
        return frozenset(found[0]), frozenset(found[1])

    def of_phrasings(self, phrasings: list[str], audience: str) -> FacetSet:
        """An entry's facets: the values most of its phrasings carry, plus its audience."""
        aspects: Counter[str] = Counter()
        audiences: Counter[str] = Counter()
        for text in phrasings:
            asp, aud = self.read(text, 0)
            aspects.update(asp)
            audiences.update(aud)
        need = max(1.0, ENTRY_SHARE * len(phrasings))
        # A writer is told by a few of an entry's phrasings ("suami saya meninggal ..."); the
        # others ask the same in general words ("peserta meninggal ...").
        by_writer = max(1.0, WRITER_SHARE * len(phrasings))
        entry_aud = {v for v, n in audiences.items()
                     if n >= (by_writer if v in self.story_writers.names else need)}
        if audience == "employer":
            entry_aud.add("employer")
        # Likewise a writer's event (a death): "tkw meninggal di luar negeri" is one of the
        # migrant workers' claims, and that entry is for the heir too (writer.writer_penalty).
        told = frozenset(self.story_writers.events.values())
        return frozenset(v for v, n in aspects.items()
                         if n >= (by_writer if v in told else need)), frozenset(entry_aud)

    def opposites(self, query: frozenset[str]) -> frozenset[str]:
        """Aspects contrary to the question's and not asked too: an entry about one of them
        answers something else (a contribution entry for a benefit question)."""
        return frozenset(b for a in query if (b := self.contrasts.get(a)) and b not in query)
