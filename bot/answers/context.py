"""A short follow-up read with the answer just given: "syaratnya apa?" after the JHT claim."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from bot.answers.audience import restated_match, said_audience
from bot.answers.guards import again, own_agency, weakened
from bot.answers.pointing import pointed
from bot.answers.program_kept import audience_kept, program_kept
from bot.answers.reasking import programs_of, reasked, reasked_match
from bot.answers.related import toward_related
from bot.answers.story_ties import question_decides
from bot.answers.ties import tie_broken
from bot.understand.clauses import Clause, asks, clauses, without_thought_start
from bot.understand.match_result import PROGRAM_TOKENS, MatchResult, programs_in

if TYPE_CHECKING:
    from collections.abc import Callable

    from bot.content.faqbase import Entry
    from bot.understand.clause_words import ClauseCues
    from bot.understand.cues import Cues
    from bot.understand.matcher import Matcher

# A follow-up refers to the answer of the last half hour; a longer message says what it is
# about itself.
FOLLOWUP_SECONDS = 1800
MAX_WORDS = 8
# A story told before may choose among this many readings of the follow-up on its own.
READINGS = 12
# How far down the story's own ranking its reading of the follow-up may be.
STORY_RANKS = 3
# A gloss in brackets in a title ("JKM (death benefit) contribution").
_GLOSS = re.compile(r"\s*\([^)]*\)")


@lru_cache(maxsize=4)
def _bare_program(fillers: tuple[str, ...]) -> re.Pattern[str]:
    """A program named alone ("jkm?", "jp nya?", calc-cues.yaml `program_fillers`): it asks
    the last question of that program."""
    after = f"(?: (?:{'|'.join(map(re.escape, fillers))}))?" if fillers else ""
    return re.compile(rf"(?:{'|'.join(PROGRAM_TOKENS)}){after}")


def elliptical(text: str, cues: Cues) -> bool:
    """A short message that leans on what came before: a follow-up opener ("kalau di phk?",
    faq/calc-cues.yaml `followup`), a "-nya" pointing back ("syaratnya", "berapa lama
    cairnya"), a word of `pointers` ("how long does it take?"), a program named alone, or a
    correction (`corrections`: "bukan, maksud saya jkp"). An Indonesian pointer ("itu bisa
    dari hp?", `pointing`) is not one: `steered` tries its reading first, whatever else."""
    low = text.lower().strip()
    words = re.findall(r"\w+", low)
    if not words or len(words) > MAX_WORDS:
        return False
    bare = _bare_program(cues.program_fillers).fullmatch(" ".join(words))
    return (cues.starts_followup(low) or any(w == "nya" or (len(w) > 5 and w.endswith("nya"))
                                             for w in words)
            or cues.points_back(low) or bool(bare) or bool(cues.correction(low)[0]))


def short_question(text: str, clause: ClauseCues) -> bool:
    """A short message that only asks ("jht bisa cair?", "dapet santunan brp?"): it tells no
    situation of its own, so the one told just before is still the one asked about."""
    return (0 < len(re.findall(r"\w+", text)) <= MAX_WORDS
            and all(c.asks for c in _parts(text, clause)))


def short_statement(text: str, clause: ClauseCues) -> bool:
    """One to three words that tell without asking or naming a program ("sy resign", "kena
    phk"): right after an answer they add to it, like a follow-up."""
    words = re.findall(r"\w+", text.lower())
    return (0 < len(words) <= 3 and not any(w in PROGRAM_TOKENS for w in words)
            and not any(c.asks for c in _parts(text, clause)))


def _parts(text: str, clause: ClauseCues) -> list[Clause]:
    """The message's clauses (faq/clause-cues.yaml); a message of one sentence is one."""
    return clauses(text, clause) or [Clause(text.strip(), asks(text, clause))]


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
    opposed = bool(aspects & matcher.facets.causes
                   & matcher.facets.opposites(matcher.facets_of(previous.id)[0]))
    if program and not programs_in(tokens) and not opposed:
        words.append(program)
    if not audiences:
        said = matcher.facets.audience_words  # faq/facets.yaml `audience_words`
        own = matcher.facets_of(previous.id)[1]
        # An answer for nobody in particular is for its topic's asker (`topic_words`): a wage
        # earner after the wage deduction (a wage calculation's entry too), not an informal one
        topic = matcher.facets.topic_words.get(previous.topic)
        if own:
            words += [said[a] for a in sorted(own) if a in said]
        elif topic:
            words.append(topic)
    # "jkk nya?": a program alone asks the same again. A program's name may itself be a cue
    # (jkk: accident, jkm: death); only other aspects say the follow-up asks something new.
    by_name = frozenset().union(*(matcher.facets.read(p)[0] for p in programs_in(tokens)))
    if not aspects - matcher.facets.causes - by_name:
        asked = matcher.facets_of(previous.id)[0] & matcher.facets.read(before)[0]
        said_aspect = matcher.facets.aspect_words  # faq/facets.yaml `aspect_words`
        words += [said_aspect[a] for a in sorted(asked) if a in said_aspect]
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


def situation(asked: list[str], cues: Cues, clause: ClauseCues) -> str:
    """What the previous messages told rather than asked ("bapak saya meninggal kemarin"),
    oldest first, as sentences; "" when they only asked. It goes back through messages that
    told something or leaned on the one before (a follow-up, a short question naming no
    program), and stops at a question asked on its own: a story told before "iuran jkk
    berapa persen" is not about what follows it."""
    told: list[str] = []
    for message in asked:
        parts = _parts(message, clause)
        told = [c.text.rstrip(".!,; ") for c in parts if not c.asks] + told
        leaned = elliptical(message, cues) or (short_question(message, clause) and not any(
            w in PROGRAM_TOKENS for w in re.findall(r"\w+", message.lower())))
        if any(c.asks for c in parts) and not leaned:
            break
    told = [t for t in told if t]
    return ". ".join(told) + "." if told else ""


def steered(matcher: Matcher, text: str, previous: Entry | None, asked: list[str],
            alone: MatchResult, cues: Cues, lang: str, leaning: bool = True) -> MatchResult:
    """`_read`, moved to an entry the last answer offered next when one is among its close
    readings (related.py)."""
    result = _read(matcher, text, previous, asked, alone, cues, lang, leaning)
    return toward_related(matcher, result, previous)


def _read(matcher: Matcher, text: str, previous: Entry | None, asked: list[str],
          alone: MatchResult, cues: Cues, lang: str, leaning: bool) -> MatchResult:
    """`_steered`; then, when that answers nothing, a program named alone ("klo jht?" after
    "jp buat bpu bisa ga") asks the question before again for that program."""
    if own_agency(matcher, text, alone):
        return alone  # "klo taspen ngurusnya dimana?": another agency's business, as named
    # The previous message matched again, at most once for both uses (a whole match).
    offered = cache(lambda: _offered(matcher, previous, asked))
    result = _steered(matcher, text, previous, asked, alone, cues, lang, leaning, offered)
    kept = program_kept(matcher, text, previous, asked, result) \
        or audience_kept(matcher, text, previous, asked, result)  # "how much?" after JKP
    if kept is not None:
        return kept
    if result.outcome != "answer":
        on = previous.id if previous else next(iter(offered()), None)
        broken = tie_broken(matcher, text, alone, on)  # ties.py
        if broken is not None:
            return broken
    if result.outcome == "answer" or not (leaning and previous and asked):
        return result
    tokens = _after_opener(matcher, text, cues)
    if tokens and all(t in PROGRAM_TOKENS for t in tokens) and not elliptical(asked[0], cues):
        rest = cues.after_followup(text)
        again = reasked_match(matcher, *reasked(asked[0], rest, cues), previous)
        if again is not None:
            return again
    return result


def _steered(matcher: Matcher, text: str, previous: Entry | None, asked: list[str],
             alone: MatchResult, cues: Cues, lang: str, leaning: bool,
             offered: Callable[[], set[str]]) -> MatchResult:
    """The follow-up's match with what the previous message told and its answer said, when
    that is at least as decided as the message alone: an answer beats anything, a list beats
    a fallback. `asked`: the previous messages, newest first (those whose text was kept).
    `leaning` (`elliptical`): the answer's program and audience carry over too; a plain
    short question (`short_question`) borrows only the situation told. `previous`: None when
    the last message got no answer (a list, a fallback, a calculation): only its story counts.
    `offered`: `_offered`, computed when first asked for.
    """
    cue, rest = cues.correction(text)
    if cue and asked:
        # "bukan, maksud saya yg jkp": the question before, asked again as corrected
        corrected = reasked_match(matcher, *reasked(asked[0], rest, cues), previous)
        if corrected is not None:
            return corrected
    said = said_audience(matcher, text, cues) if leaning and asked else None
    if previous is None:
        leaning = False
    if previous is not None and (pointing := pointed(matcher, text, previous, cues,
                                                     lang, alone)) is not None:
        # "itu bisa dari hp?": about the entry just answered; when that reading finds nothing,
        # the message is read as it would be without its pointer word
        return pointing
    seen: dict[str, set[str]] = {}

    def readings(question: str) -> set[str]:
        if question not in seen:  # the same question may be checked twice
            seen[question] = _readings(matcher, question) | offered()
        return seen[question]

    swapped = swapped_title(matcher, text, previous, cues, lang) if leaning else None
    if swapped is not None:
        # Only an answer about the program just named: a title that reads differently with
        # another program ("ditanggung" = covered, or paid by) must not turn into a guess.
        result = matcher.match(swapped, joined=True)
        named = programs_in(matcher.query_tokens(text)[0])
        best = result.best
        if result.outcome == "answer" and best is not None \
                and named <= programs_of(matcher.faq.entries[best.entry_id]) \
                and _same_aspect(matcher, previous.id, best.entry_id):
            return result
    if said is not None:
        # "kalau perusahaan?" after the BPU payment deadline, "eh saya freelance bukan
        # karyawan" (after a list too): the question before, asked again for the group (and
        # program) now named (a follow-up before it: the title)
        before = previous.title_in(lang) if previous and elliptical(asked[0], cues) \
            else asked[0]
        swapped_match = restated_match(matcher, *reasked(before, said, cues), previous)
        if swapped_match is not None:
            return swapped_match
    if leaning and _bare(matcher, text, cues):
        # "kalo telat?" after the payment deadline: one or two words that only make sense
        # with the question just answered.
        titled = matcher.match(f"{previous.title_in(lang)} {text}", joined=True)
        if titled.outcome == "answer" and titled.best is not None \
                and titled.best.entry_id != previous.id \
                and titled.best.entry_id in readings(text):
            return titled
    words = context_words(matcher, text, previous, asked[0] if asked else "") \
        if leaning else []
    told = situation(asked, cues, matcher.faq.clause_cues)
    if not words and not told:
        return alone
    # "terus" opening it says "then", yet is a word of the FAQ's own (JKP goes on)
    own = without_thought_start(text, matcher.faq.clause_cues)
    question = " ".join((own, *words))
    result = alone
    if words:
        # Likewise the previous answer's program and audience: "saya mau daftarin perusahaan
        # saya, caranya gimana?" says what it is about, whatever was asked before.
        carried = matcher.match(question, joined=True)
        if carried.best is not None and carried.best.entry_id in readings(own) \
                and not weakened(carried, alone):
            result = carried
    if told:
        # The situation first, then the follow-up: a short question after a story borrows
        # the story's words and keeps the lead (bot/understand/several.py). The story only
        # chooses among what the question itself could mean: "lupa password jmo gmn" after
        # "cara klaim jkp" is about JMO, not the JKP claim.
        story = matcher.match(f"{told} {question}", limit=STORY_RANKS, joined=True)
        mine = [c for c in story.candidates if c.entry_id in readings(question)]
        if story.best is not None and story.best.entry_id in readings(question):
            # ... its near ties decided by the question, when it asks something of its own
            # ("kalau jht?" only names the program the question before is asked of again)
            asked_words = matcher.query_tokens(cues.after_followup(text))[1]
            result = story if all(t in PROGRAM_TOKENS for t in asked_words) \
                else question_decides(matcher, question, story)
        elif again(story, previous, mine):
            # "ditanggung ga?" after the commuting accident answered: the story and the
            # question still lead to that answer, far ahead of anything the words alone allow
            result = story
        elif story.outcome == "answer" == alone.outcome and mine:
            # "jkp bisa diklaim?" after "sy resign 2 bulan lalu": the story leads to the JHT
            # claim, the question names JKP: the story's first reading the question allows.
            # Only instead of an answer: a list is not made an answer this way.
            result = MatchResult("answer", tuple(mine), tokens=story.tokens)
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
        found |= {e.id for e in matcher.faq.entries.values() if named <= programs_of(e)}
    return found


def _offered(matcher: Matcher, previous: Entry | None, asked: list[str]) -> set[str]:
    """The entry the conversation is on when the last message got a list, not an answer: the
    list's first ("sy wfh trus jatuh" offered the WFH accident first). The follow-up may
    mean it however far down its own ranking that entry is."""
    last = matcher.match(asked[0]) if previous is None and asked else None
    if last is None or last.best is None or last.outcome not in ("answer", "suggest"):
        return set()
    return {last.best.entry_id}


def _same_aspect(matcher: Matcher, before: str, now: str) -> bool:
    """The new entry is about what the old one was (benefit, contribution, timing...) and
    about nothing opposed to it (benefit / contribution); anything goes when the old one says
    nothing. The cause (accident, illness) is left out: it changes with the program."""
    a = matcher.facets_of(before)[0] - matcher.facets.causes
    b = matcher.facets_of(now)[0] - matcher.facets.causes
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
    rest = cues.after_followup(text)
    plain = matcher.faq.clause_cues.plain_asking
    return tuple(t for t in matcher.query_tokens(rest)[1] if t not in plain)


def _one_program(entry: Entry) -> str | None:
    """The entry's program as a query word ("jht") when it is about one of the five only."""
    five = [p.lower() for p in entry.programs if p.lower() in PROGRAM_TOKENS]
    return five[0] if len(five) == 1 else None
