"""Who writes a story, read from it: the writer is an audience of its own.

Why: "bapak sy kerja di pabrik roti 15 thn, kemarin meninggal ditabrak mobil. klaimnya gmn"
asks as an heir, though no word of its question says so, and its story reads as an employer's
("pabrik" is "perusahaan"). A kin word ("bapak", "suami", "almarhum") in a message that tells
the writer's event (faq/facets.yaml `story_writers`: a death) says whose story it is; entries whose
phrasings read the same way are for that writer (FacetReader.of_phrasings), so a topicless
question after such a story ranks the heir's entries (JKM, JKK death, JHT and JP heirs).
An heir who asks for all their rights ("saya dapat apa saja", `asks_all`) is read as such: the
entries that list them all (jkm-manfaat, jkk-death) lead the partial ones (widow's pension, JHT).
A death told without its cause is read as not at work (JKM), or as a work accident (JKK) when
the story says it happened at work (`at_work`, "saat bekerja"); an accident told away from work
(`not_at_work`: "pergi kondangan", "waktu liburan", "bukan waktu kerja") is read as not at work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.understand.normalize import clean, stem

if TYPE_CHECKING:  # content builds the cues; understanding needs only their types
    from bot.content.facets import Writer


# A writer is read from a story, a message of at least this many written words: "duit buat
# ahli waris brp" asks about heirs, it tells no story (and is asked back, not answered). An
# entry's phrasings are read whatever their length (facets.FacetReader.of_phrasings). 6 to 10
# give the same on every dev set.
STORY_WORDS = 8
# An entry that is not for the writer a story tells loses this much (bot/understand/ranking.py):
# the heir of a worker who died asks for the heir's rights, whatever the question's words
# ("kerja 10 tahun" told of the deceased does not make it the living worker's partial JHT
# claim). 10 -> 20 (heirs10): the same on every dev half, real/tune and the labelled sets.
WRITER_PENALTY = 20.0
# A writer asking for all their rights ("suami meninggal, saya dapat apa saja") is an audience
# of its own, the writer's name with this suffix: the entries whose phrasings ask so (JKM's
# benefit, which lists the JHT, JP and JKK rights too; JKK death) are for them, and the writer's
# other entries (JP widow's pension, JHT for heirs, scholarship) lose ALL_PENALTY (heir messages
# of the tuning data, 2026-12-01: 15 and 20 the same, 10 one right answer fewer).
ALL_SUFFIX = "+all"
ALL_PENALTY = 15.0
# A death at work told (the writer's `work_cause`, a work accident): the writer's entries not
# about it (JKM's claim, documents, scholarship) lose this much to JKK's. Not more: at 12 the
# entries for heirs of either cause ("siapa ahli waris") start losing (heir messages, 2026-12-01).
CAUSE_PENALTY = 6.0


class WriterReader:
    """Finds a writer (faq/facets.yaml `story_writers`) in a text's written words."""

    def __init__(self, writers: tuple[Writer, ...]):
        self._writers = writers
        self.asking_all = frozenset(w.name + ALL_SUFFIX for w in writers if w.asks_all)
        self.names = frozenset(w.name for w in writers) | self.asking_all
        self.events = {w.name: w.event for w in writers}  # writer -> the event it tells
        self.events |= {w.name + ALL_SUFFIX: w.event for w in writers if w.asks_all}
        self._causes = {w.name: w.cause for w in writers if w.cause}  # writer -> untold cause
        self._told = frozenset(w.event for w in writers)
        self._all_told = all(w.event for w in writers)  # every writer needs its event
        # first stemmed cue word -> [(cue words, writer index)]. Cues are matched as written:
        # after synonyms "almarhum" is "meninggal", the event itself, and "kantor saya" the
        # employer's "perusahaan saya".
        self._cues: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for i, writer in enumerate(writers):
            for cue in writer.cues:
                words = tuple(stem(w) for w in clean(cue).split())
                if words:
                    self._cues.setdefault(words[0], []).append((words, i))
        self._asks = [self._stemmed(w.asks_all) for w in writers]
        self.work_causes = {w.name: w.work_cause for w in writers if w.work_cause}
        self._at_work = {w.name: self._stemmed(w.at_work) for w in writers if w.work_cause}
        self._not_at_work = {w.name: self._stemmed(w.not_at_work) for w in writers
                             if w.work_cause and w.not_at_work}

    @staticmethod
    def _stemmed(cues: tuple[str, ...]) -> list[tuple[str, ...]]:
        return [words for cue in cues if (words := tuple(stem(w) for w in clean(cue).split()))]

    def __bool__(self) -> bool:
        return bool(self._writers)

    def audiences(self, words: tuple[str, ...], aspects: frozenset[str],
                  audiences: frozenset[str]) -> frozenset[str]:
        """`audiences` with the writer a text tells (the first in faq/facets.yaml whose cue
        is among `words`, the stems of its written words, and whose event is among
        `aspects`), standing instead of the audiences the story misreads."""
        if self._all_told and self._told.isdisjoint(aspects):
            return audiences  # most messages tell no death: nothing to look for
        found: set[int] = set()
        for i, word in enumerate(words):
            for cue, w_idx in self._cues.get(word, ()):
                if w_idx not in found and words[i : i + len(cue)] == cue:
                    found.add(w_idx)
        for w_idx in sorted(found):
            writer = self._writers[w_idx]
            if not writer.event or writer.event in aspects:
                found_all = _has(words, self._asks[w_idx])
                return (audiences - frozenset(writer.instead_of)) | {writer.name} | (
                    {writer.name + ALL_SUFFIX} if found_all else set())
        return audiences

    def caused(self, words: tuple[str, ...], aspects: frozenset[str],
               audiences: frozenset[str], causes: frozenset[str]) -> frozenset[str]:
        """`aspects` with the writer's cause when the story tells none of `causes` (facets
        `causes`): an heir who tells of a death at work ("saat bekerja", `at_work`) lost the
        worker to a work accident; one who tells of no accident, to an illness as far as the
        FAQ can tell, so the JKK death entries give way to JKM's, whose answer names JKK too.
        An accident told away from work (`not_at_work`, "pergi kondangan") is such a cause too:
        the work cause it was read with gives way to the writer's cause."""
        for name in audiences & self._causes.keys():
            away = self._not_at_work.get(name, [])
            masked = blanked(words, away)  # "bukan waktu kerja" is no "waktu kerja"
            at_work = name in self._at_work and _has(masked, self._at_work[name])
            if causes.isdisjoint(aspects):
                return aspects | {self.work_causes[name] if at_work else self._causes[name]}
            work = self.work_causes.get(name)
            if work in aspects and not at_work and masked != words:
                return (aspects - {work}) | {self._causes[name]}
            return aspects
        return aspects


def blanked(words: tuple[str, ...], cues: list[tuple[str, ...]]) -> tuple[str, ...]:
    """`words` with every cue found among them blanked out (the same tuple when none is)."""
    firsts = {cue[0] for cue in cues if cue}
    out = None
    for i, word in enumerate(words):
        if word in firsts:
            for cue in cues:
                if cue and cue[0] == word and words[i : i + len(cue)] == cue:
                    out = out or list(words)
                    out[i : i + len(cue)] = [""] * len(cue)
    return tuple(out) if out else words


def _has(words: tuple[str, ...], cues: list[tuple[str, ...]]) -> bool:
    """Whether one of the cues (stemmed words) is among `words`, in order."""
    # Only where a cue's first word stands (a slice at every position was ~0.1 ms a story).
    starts: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        starts.setdefault(word, []).append(i)
    return any(not cue or any(words[i : i + len(cue)] == cue for i in starts.get(cue[0], ()))
               for cue in cues)


def writer_penalty(reader: WriterReader, e_aspects: frozenset[str], e_audiences: frozenset[str],
                   q_audiences: frozenset[str], q_aspects: frozenset[str] = frozenset()) -> float:
    """How much an entry loses when the message's writer is not its reader: it is neither for
    that writer nor about the writer's event ("beda jkm dan jkk" is a death's entry too), nor
    for another audience the message names; or it is the writer's entry but answers a part of
    all they ask for, or a death not at work when one at work is told."""
    shared = q_audiences & e_audiences
    if shared and shared <= reader.names:  # the writer's own entry, no other audience's
        asking_all = q_audiences & reader.asking_all
        if asking_all and asking_all.isdisjoint(shared):
            return ALL_PENALTY  # the writer's entry that answers a part ("pensiun janda")
    # A death at work told: the writer's entries not about it lose, even when they are for
    # another audience the story names too (a fisherman's heir: JKM for a missing BPU member).
    for name in shared & reader.work_causes.keys():
        if reader.work_causes[name] in q_aspects - e_aspects:
            return CAUSE_PENALTY  # JKM's claim for a death at work
    return _penalty(reader, e_aspects, e_audiences, q_audiences)


def _penalty(reader: WriterReader, e_aspects: frozenset[str], e_audiences: frozenset[str],
             q_audiences: frozenset[str]) -> float:
    """WRITER_PENALTY for an entry neither for the writer nor about the writer's event."""
    if q_audiences & e_audiences:
        return 0.0
    for name in q_audiences & reader.names:
        if reader.events[name] and reader.events[name] not in e_aspects:
            return WRITER_PENALTY
    return 0.0
