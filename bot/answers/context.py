"""A short follow-up read with the answer just given: "syaratnya apa?" after the JHT claim."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.understand.clauses import PLAIN_ASKING_WORDS, Clause, asks, clauses
from bot.understand.match_result import PROGRAM_TOKENS, MatchResult, programs_in

if TYPE_CHECKING:
    from bot.content.faqbase import Entry
    from bot.understand.cues import Cues
    from bot.understand.matcher import Matcher

# A follow-up refers to the answer of the last half hour; a longer message says what it is
# about itself.
FOLLOWUP_SECONDS = 1800
MAX_WORDS = 8
# Words that stand for an entry's audience in a question (faq/facets.yaml `audiences`).
AUDIENCE_WORDS = {"bpu": "bpu", "employer": "perusahaan"}
# A word for the contribution aspect: "jkk nya?" after the JHT contribution for BPU asks the
# JKK contribution. Not the benefit: many entries about a claim read as one ("dapat"), so
# "kalau jht?" after "jkp saya bisa cair?" would lose the claim to the JHT benefits.
ASPECT_WORDS = {"contribution": "iuran"}
# The facet aspects that are a cause (work accident, illness): they decide the program.
CAUSES = frozenset({"accident", "illness"})
# A story told before may choose among this many readings of the follow-up on its own.
READINGS = 12
# A program named alone ("jkm?", "jp nya?") asks the last question of it.
_BARE_PROGRAM = re.compile(rf"(?:{'|'.join(PROGRAM_TOKENS)})(?: (?:nya|aja|juga|gimana|gmn))?")
# A gloss in brackets in a title ("JKM (death benefit) contribution").
_GLOSS = re.compile(r"\s*\([^)]*\)")


def elliptical(text: str, cues: Cues) -> bool:
    """A short message that leans on what came before: a follow-up opener ("kalau di phk?",
    faq/calc-cues.yaml `followup`), a "-nya" pointing back ("syaratnya", "berapa lama
    cairnya"), a word of `pointers` ("how long does it take?") or a program named alone."""
    low = text.lower().strip()
    words = re.findall(r"\w+", low)
    if not words or len(words) > MAX_WORDS:
        return False
    return (cues.starts_followup(low) or any(w == "nya" or (len(w) > 5 and w.endswith("nya"))
                                             for w in words)
            or cues.points_back(low) or bool(_BARE_PROGRAM.fullmatch(" ".join(words))))


def short_question(text: str) -> bool:
    """A short message that only asks ("jht bisa cair?", "dapet santunan brp?"): it tells no
    situation of its own, so the one told just before is still the one asked about."""
    return (0 < len(re.findall(r"\w+", text)) <= MAX_WORDS
            and all(c.asks for c in _parts(text)))


def _parts(text: str) -> list[Clause]:
    """The message's clauses; a message of one sentence is one."""
    return clauses(text) or [Clause(text.strip(), asks(text))]


def context_words(matcher: Matcher, text: str, previous: Entry, before: str = "") -> list[str]:
    """What the follow-up leaves out and the previous answer said: its program (one, of the
    five), its audience and, when the previous message (`before`) asked it too, that it was
    about a contribution; each only when the follow-up names none of its own."""
    tokens, _ = matcher.query_tokens(text)
    words = []
    program = _one_program(previous)
    aspects, audiences = matcher.facets.read(text)
    # "kalo meninggalnya krn sakit?" after the work-accident death: a cause opposed to the
    # previous answer's (faq/facets.yaml contrasts) is another program's question, so the
    # program does not carry over. Other contrasts (benefit / contribution) keep it:
    # "iurannya brp" after the JKK benefits is the JKK contribution.
    opposed = bool(aspects & CAUSES
                   & matcher.facets.opposites(matcher.facets_of(previous.id)[0]))
    if program and not programs_in(tokens) and not opposed:
        words.append(program)
    if not audiences:
        words += [AUDIENCE_WORDS[a] for a in sorted(matcher.facets_of(previous.id)[1])
                  if a in AUDIENCE_WORDS]
    if not aspects - CAUSES:  # "jkk nya?": a program (a cause) alone asks the same again
        asked = matcher.facets_of(previous.id)[0] & matcher.facets.read(before)[0]
        words += [ASPECT_WORDS[a] for a in sorted(asked) if a in ASPECT_WORDS]
    return words


def swapped_title(matcher: Matcher, text: str, previous: Entry, cues: Cues,
                  lang: str) -> str | None:
    """"kalau jkm?" after "Berapa lama JHT cair?" asks the same of another program: the
    previous title with the program swapped, when the follow-up names only a program."""
    tokens = _after_opener(matcher, text, cues)
    before = _one_program(previous)
    if len(tokens) != 1 or tokens[0] not in PROGRAM_TOKENS or not before \
            or tokens[0] == before:
        return None
    # A gloss in brackets explains the old program ("JKM (death benefit) contribution").
    title = _GLOSS.sub("", previous.title_in(lang))
    pattern = re.compile(rf"\b{before}\b", re.IGNORECASE)
    if pattern.search(title):
        return pattern.sub(tokens[0].upper(), title)
    return f"{title} {tokens[0].upper()}"  # "JP pension age" has it, "Pension age" may not


def situation(asked: list[str], cues: Cues) -> str:
    """What the previous messages told rather than asked ("bapak saya meninggal kemarin"),
    oldest first, as sentences; "" when they only asked. It goes back through messages that
    told something or leaned on the one before (a follow-up, a short question naming no
    program), and stops at a question asked on its own: a story told before "iuran jkk
    berapa persen" is not about what follows it."""
    told: list[str] = []
    for message in asked:
        parts = _parts(message)
        told = [c.text.rstrip(".!,; ") for c in parts if not c.asks] + told
        leaned = elliptical(message, cues) or (short_question(message) and not any(
            w in PROGRAM_TOKENS for w in re.findall(r"\w+", message.lower())))
        if any(c.asks for c in parts) and not leaned:
            break
    told = [t for t in told if t]
    return ". ".join(told) + "." if told else ""


def steered(matcher: Matcher, text: str, previous: Entry | None, asked: list[str],
            alone: MatchResult, cues: Cues, lang: str, leaning: bool = True) -> MatchResult:
    """The follow-up's match with what the previous message told and its answer said, when
    that is at least as decided as the message alone: an answer beats anything, a list beats
    a fallback. `asked`: the previous messages, newest first (those whose text was kept).
    `leaning` (`elliptical`): the answer's program and audience carry over too; a plain
    short question (`short_question`) borrows only the situation told. `previous`: None when
    the last message got no answer (a list, a fallback, a calculation): only its story counts.
    """
    if previous is None:
        leaning = False
    seen: dict[str, set[str]] = {}

    def readings(question: str) -> set[str]:
        if question not in seen:  # the same question may be checked twice
            seen[question] = _readings(matcher, question)
        return seen[question]

    swapped = swapped_title(matcher, text, previous, cues, lang) if leaning else None
    if swapped is not None:
        # Only an answer about the program just named: a title that reads differently with
        # another program ("ditanggung" = covered, or paid by) must not turn into a guess.
        result = matcher.match(swapped)
        named = programs_in(matcher.query_tokens(text)[0])
        best = result.best
        if result.outcome == "answer" and best is not None \
                and named <= _programs(matcher.faq.entries[best.entry_id]) \
                and _same_aspect(matcher, previous.id, best.entry_id):
            return result
    if leaning and _bare(matcher, text, cues):
        # "kalo telat?" after the payment deadline: one or two words that only make sense
        # with the question just answered.
        titled = matcher.match(f"{previous.title_in(lang)} {text}")
        if titled.outcome == "answer" and titled.best is not None \
                and titled.best.entry_id != previous.id \
                and titled.best.entry_id in readings(text):
            return titled
    words = context_words(matcher, text, previous, asked[0] if asked else "") \
        if leaning else []
    told = situation(asked, cues)
    if not words and not told:
        return alone
    question = " ".join((text, *words))
    result = alone
    if words:
        # Likewise the previous answer's program and audience: "saya mau daftarin perusahaan
        # saya, caranya gimana?" says what it is about, whatever was asked before.
        carried = matcher.match(question)
        if carried.best is not None and carried.best.entry_id in readings(text):
            result = carried
    if told:
        # The situation first, then the follow-up: a short question after a story borrows
        # the story's words and keeps the lead (bot/understand/several.py). The story only
        # chooses among what the question itself could mean: "lupa password jmo gmn" after
        # "cara klaim jkp" is about JMO, not the JKP claim.
        story = matcher.match(f"{told} {question}")
        if story.best is not None and story.best.entry_id in readings(question):
            result = story
    if result.outcome == "answer" or (result.outcome == "suggest"
                                      and alone.outcome not in ("answer", "smalltalk")):
        return result
    return alone


def _readings(matcher: Matcher, text: str) -> set[str]:
    """The entries a question could mean on its own: its first READINGS, and every entry
    about a program it names ("kalau jht bapak saya bisa diambil juga?": any JHT entry)."""
    query = matcher.query_tokens(text)[1]
    found = {c.entry_id for c in matcher.rank_message(text, query, READINGS)}
    named = programs_in(query)
    if named:
        found |= {e.id for e in matcher.faq.entries.values() if named <= _programs(e)}
    return found


def _same_aspect(matcher: Matcher, before: str, now: str) -> bool:
    """The new entry is about what the old one was (benefit, contribution, timing...) and
    about nothing opposed to it (benefit / contribution); anything goes when the old one says
    nothing. The cause (accident, illness) is left out: it changes with the program."""
    a = matcher.facets_of(before)[0] - CAUSES
    b = matcher.facets_of(now)[0] - CAUSES
    if not a:
        return True
    return bool(a & b) and not (b & matcher.facets.opposites(a)) - a


def _bare(matcher: Matcher, text: str, cues: Cues) -> bool:
    """A follow-up of one or two content words after its opener, none of them a program."""
    tokens = _after_opener(matcher, text, cues)
    return 0 < len(tokens) <= 2 and not programs_in(tokens)


def _after_opener(matcher: Matcher, text: str, cues: Cues) -> tuple[str, ...]:
    """The content words of a follow-up after its opener ("kalau", "what about"), without
    the words that only ask ("berapa", "gimana")."""
    rest = text.strip()[len(cues.followup_opener(text)):]
    return tuple(t for t in matcher.query_tokens(rest)[1] if t not in PLAIN_ASKING_WORDS)


def _programs(entry: Entry) -> frozenset[str]:
    """An entry's programs as `programs_in` names them ("JHT")."""
    return frozenset(p.upper() for p in entry.programs)


def _one_program(entry: Entry) -> str | None:
    """The entry's program as a query word ("jht") when it is about one of the five only."""
    five = [p.lower() for p in entry.programs if p.lower() in PROGRAM_TOKENS]
    return five[0] if len(five) == 1 else None
