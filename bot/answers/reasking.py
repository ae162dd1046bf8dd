"""A question asked again as a correction or a swap says: "bukan bpu, yg karyawan"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.understand.match_result import PROGRAM_TOKENS, MatchResult, floors, programs_in

if TYPE_CHECKING:
    from bot.content.faqbase import Entry
    from bot.understand.cues import Cues
    from bot.understand.matcher import Matcher

# The participant groups (calc-cues.yaml `who`) a follow-up may swap: "kalau perusahaan?"
SWAP_WHO = ("employer", "staff", "bpu")
# An entry about this many of the five programs is about the scheme as a whole.
GENERAL = 3
# How far down the re-asked question's ranking a reading as general may be.
READINGS = 8


def reasked(before: str, rest: str, cues: Cues) -> tuple[str, str]:
    """The question before asked again with what a correction or a swap names ("iuran bpu
    brp" + "yg karyawan" -> "iuran yg karyawan brp"): its programs replaced by the programs
    named, else its participant words (calc-cues.yaml `who`: bpu, perusahaan, karyawan) by
    the rest, else the word the correction says no to ("bukan jmo, website") by the rest;
    otherwise the rest is added. Also what the rest names, without the word said no to."""
    question, new = _reask(before, rest, cues)
    return question, " ".join(new)


def _reask(before: str, rest: str, cues: Cues) -> tuple[str, list[str]]:
    low = " ".join(re.findall(r"\w+", before.lower()))
    new = _without_denied(re.findall(r"\w+", rest.lower()), low.split(), cues)
    dropped = new.pop(0) if len(new) >= 2 and new[0] in low.split() else None
    named = [w for w in new if w in PROGRAM_TOKENS]
    words = low.split()
    if named and any(w in PROGRAM_TOKENS for w in words):
        at = next(i for i, w in enumerate(words) if w in PROGRAM_TOKENS)
        kept = [w for w in words if w not in PROGRAM_TOKENS]
        extra = [w for w in new if w not in PROGRAM_TOKENS and w not in words]
        return " ".join([*kept[:at], *named, *kept[at:], *extra]), new
    spans = sorted(span for key in SWAP_WHO for span in cues.spans("who", key, low))
    if spans and any(cues.has("who", key, " ".join(new)) for key in SWAP_WHO):
        out, end = [], 0
        for i, (start, stop) in enumerate(spans):
            out += [low[end:start], " ".join(new) if i == 0 else ""]
            end = max(end, stop)
        return " ".join(" ".join([*out, low[end:]]).split()), new
    if dropped is not None:
        return " ".join(" ".join(new) if w == dropped else w for w in words), new
    return f"{low} {' '.join(new)}".strip(), new


def _without_denied(new: list[str], before: list[str], cues: Cues) -> list[str]:
    """The words of a correction without the program it says no to ("jkm bukan jkk", "jkm
    not jkk": calc-cues.yaml `reading.denial_words`), when the question before named it."""
    denial = set(cues.reading.get("denial_words", ()))
    out: list[str] = []
    for i, word in enumerate(new):
        if word in denial and i + 1 < len(new) and new[i + 1] in PROGRAM_TOKENS \
                and new[i + 1] in before:
            continue
        if i and new[i - 1] in denial and word in PROGRAM_TOKENS and word in before:
            continue
        out.append(word)
    return out


def reasked_match(matcher: Matcher, question: str, named_in: str,
                   previous: Entry | None) -> MatchResult | None:
    """The re-asked question's answer, when it answers with another entry than the one just
    given and about every program the correction or swap names."""
    result = matcher.match(question, joined=True)
    best = result.best
    if result.outcome != "answer" or best is None \
            or (previous is not None and best.entry_id == previous.id):
        return None
    named = programs_in(matcher.query_tokens(named_in)[1])
    entries = matcher.faq.entries
    if not named and previous is not None and _general(previous) \
            and not _general(entries[best.entry_id]):
        # "iuran bpu brp" -> "bukan bpu, yg karyawan": the question was about every program
        # and the correction names none; an entry on one program narrows it to a program
        # nobody named. The first reading as general as the question, when one answers.
        floor = floors(joined=True)[0]
        wider = matcher.match(question, limit=READINGS, joined=True).candidates
        # ... and about what it asked: the correction changes who, not what
        asked = matcher.facets_of(previous.id)[0]
        kept = [c for c in wider if c.score >= floor and _general(entries[c.entry_id])
                and c.entry_id != previous.id and matcher.facets_of(c.entry_id)[0] <= asked]
        if not kept:
            return None
        return MatchResult("answer", (kept[0],), tokens=result.tokens)
    return result if named <= programs_of(entries[best.entry_id]) else None


def _general(entry: Entry) -> bool:
    """About the scheme as a whole (UMUM) or about most of its programs."""
    programs = set(entry.programs)
    return "UMUM" in programs or len(programs) >= GENERAL


def programs_of(entry: Entry) -> frozenset[str]:
    """An entry's programs as `programs_in` names them ("JHT")."""
    return frozenset(p.upper() for p in entry.programs)
