"""FAQ answering: match free text, answer, suggest, redirect or admit not knowing."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answers.audience import said_audience
from bot.answers.context import (
    FOLLOWUP_SECONDS,
    elliptical,
    short_question,
    short_statement,
    steered,
)
from bot.answers.leads import without_lead
from bot.answers.more_topics import after_dislike, all_topics_row, more_row, more_topics
from bot.answers.next_steps import NOT_AFTER, asks_next_step, next_steps
from bot.answers.person_request import asks_person, person_reply
from bot.answers.personal_only import PERSONAL_TEXT, personal_only, personal_reply
from bot.answers.pointing import points_at_nothing
from bot.answers.reminder_offer import with_reminder_button
from bot.answers.why_again import asks_why
from bot.content.faqbase import Entry
from bot.core.engine import Ctx, Feature, PressHandler
from bot.core.replies import Button, Reply
from bot.understand import runner_offers
from bot.understand.match_result import Candidate, MatchResult, fallback_offers

if TYPE_CHECKING:
    from bot.understand.matcher import Matcher

MAX_RELATED = 3


def handoff_row(ctx: Ctx, log_id: int | None) -> list[list[Button]]:
    """"💬 Tanya petugas" (bot.outreach.handoff) under fallbacks and 👎, when staff are set."""
    if not ctx.settings.staff_chat_id or log_id is None or ctx.event.chat_type != "private":
        return []
    return [[Button(ctx.say("💬 Tanya petugas", "💬 Ask our staff"), f"ho:ask:{log_id}")]]


def topic_buttons(ctx: Ctx) -> list[list[Button]]:
    topics = list(ctx.content.faq.topics.values())
    buttons = [Button(t.title_in(ctx.lang), f"topic:{t.id}") for t in topics]
    return [buttons[i : i + 2] for i in range(0, len(buttons), 2)]


def topic_menu(ctx: Ctx) -> Reply:
    return ctx.reply("topics.html.j2", buttons=topic_buttons(ctx))


async def opened_entry_reply(ctx: Ctx, entry: Entry, source: str) -> Reply:
    """An entry opened directly (a button, a deep link): logged as "opened" so feedback on
    it reaches the staff reports like feedback on an answered question."""
    log_id = await _record(ctx, f"[{source}] {entry.title}", "opened", entry.id, None)
    return entry_reply(ctx, entry, log_id)


def entry_reply(ctx: Ctx, entry: Entry, log_id: int | None, score: float | None = None,
                alternatives: tuple[Entry, ...] = (), others: tuple[Entry, ...] = ()) -> Reply:
    """Render one entry's answer with its related entries and feedback buttons; close
    runners-up ("Bukan ini?") and the message's other questions come first."""
    content, lang = ctx.content, ctx.lang
    english = lang == "en" and bool(entry.answer_en)
    answer, rate_ctx = content.renderer.render_answer(
        entry.id, entry.answer_en if english else entry.answer, content.faq.rates, ctx.on,
        lang="en" if english else "id",
    )
    text = ctx.render(
        "faq_answer.html.j2", title=entry.title_in(lang), answer=answer,
        basis=content.basis_words.english(entry.basis) if lang == "en" else entry.basis,
        reviewed=entry.reviewed, unconfirmed=bool(rate_ctx.unconfirmed()),
        redirect=entry.kind == "redirect", alternatives=bool(alternatives),
        others=bool(others), untranslated=lang == "en" and not english,
    )
    buttons: list[list[Button]] = []
    for alt in alternatives:  # choosing one is recorded like a "did you mean" choice
        data = f"pick:{log_id}:{alt.id}" if log_id is not None else f"faq:{alt.id}"
        buttons.append([Button(f"🔁 {ctx.say('Bukan ini?', 'Not this?')} {alt.title_in(lang)}",
                               data)])
    for other in others:
        buttons.append([Button(f"❓ {other.title_in(lang)}", f"faq:{other.id}")])
    shown = {entry.id, *(e.id for e in alternatives), *(e.id for e in others)}
    related = [content.faq.entries[r] for r in entry.related
               if r in content.faq.entries and r not in shown]
    for rel in related[:MAX_RELATED]:
        buttons.append([Button(rel.title_in(lang), f"faq:{rel.id}")])
    if log_id is not None:
        buttons.append([Button(ctx.say("👍 Membantu", "👍 Helpful"), f"fb:{log_id}:1"),
                        Button(ctx.say("👎 Kurang", "👎 Not really"), f"fb:{log_id}:0")])
    kind = "redirect" if entry.kind == "redirect" else "faq"
    reply = Reply(text, buttons, kind=kind, entry_id=entry.id, score=score)
    reply.alternatives = [(e.id, e.title_in(lang)) for e in (*alternatives, *others)]
    return reply


async def _record(ctx: Ctx, text: str, outcome: str, entry_id: str | None,
                  score: float | None) -> int | None:
    """Log a question for the staff reports. Inline-mode queries arrive as the user types
    ("jh", "jht r", ...): logging them would bury the real misses, so they are not logged."""
    if ctx.event.chat_type == "inline":
        return None
    return await ctx.qlog.record(ctx.event.session_key, ctx.event.channel, text, outcome,
                                 entry_id, score)


async def _person_reply(ctx: Ctx, text: str) -> Reply:
    """A request for a person: the staff's contacts, and the hand-off for the writer's last
    question (asked within the follow-up time, and not itself such a request)."""
    previous = await ctx.qlog.last_question(ctx.event.session_key, FOLLOWUP_SECONDS)
    if previous is not None and asks_person(previous[1], ctx.content.faq.clause_cues):
        previous = None
    await _record(ctx, text, "fallback", None, None)  # in the misses report, as asked
    handoff = handoff_row(ctx, previous[0]) if previous else []
    return person_reply(ctx, previous[1] if previous else None, handoff, all_topics_row(ctx))


async def _next_step_reply(ctx: Ctx, matcher: Matcher, text: str) -> Reply | None:
    """The steps after the answer just given as buttons ("terus?" after the JKM benefit:
    next_steps.py); None when there was no answer, a calculation, or no step to offer."""
    key = ctx.event.session_key
    last = await ctx.qlog.last_answer(key, FOLLOWUP_SECONDS)
    entry = ctx.content.faq.entries.get(last[0] or "") if last else None
    if entry is None or await ctx.qlog.last_outcome(key, FOLLOWUP_SECONDS) in NOT_AFTER:
        return None
    steps = next_steps(matcher, entry)[:MAX_RELATED]
    if not steps:
        return None
    log_id = await _record(ctx, text, "suggestions", steps[0].id, None)
    reply = ctx.localized(Reply(
        ctx.text("next_steps", title=entry.title_in(ctx.lang)),
        [[Button(e.title_in(ctx.lang), f"pick:{log_id}:{e.id}" if log_id else f"faq:{e.id}")]
         for e in steps] + all_topics_row(ctx), kind="suggestions"))
    reply.suggestions = [(e.id, e.title_in(ctx.lang)) for e in steps]
    return reply


async def _answer_again(ctx: Ctx) -> MatchResult | None:
    """The answer given last in this chat (a while ago at most), as a match; None without one."""
    last = await ctx.qlog.last_answer(ctx.event.session_key, FOLLOWUP_SECONDS)
    entry = ctx.content.faq.entries.get(last[0] or "") if last is not None else None
    if entry is None:
        return None
    return MatchResult("answer", (Candidate(entry.id, 100.0, entry.title),))


async def answer_question(ctx: Ctx, text: str) -> list[Reply]:
    """The answer to one question; one asking to be reminded gets the reminder button too."""
    return with_reminder_button(ctx, text, await _answer(ctx, text))


async def _answer(ctx: Ctx, text: str) -> list[Reply]:
    """The whole matching decision for one question, logged for the staff reports."""
    content = ctx.content
    matcher = content.matcher_for("en" if content.language.mixed(text) else ctx.lang)
    result = matcher.match(text)
    # A short statement that means something on its own ("sy resign") leans on the answer
    # before; one that means nothing ("thanks a lot!") is not read with it.
    # ... and so does one saying who asks ("eh saya freelance bukan karyawan", audience.py).
    # An acknowledgement before it is left out ("oh ok, and JP?", leads.py).
    clause = content.faq.clause_cues  # faq/clause-cues.yaml
    own = without_lead(text, clause)
    if asks_next_step(own, clause):  # "terus?", "abis itu?" after an answer: its next steps
        offered = await _next_step_reply(ctx, matcher, text)
        if offered is not None:
            return [offered]
    follow_up = elliptical(own, content.cues) or said_audience(matcher, own,
                                                               content.cues) is not None
    told = not follow_up and short_statement(own, clause) \
        and result.outcome in ("answer", "suggest")
    leaning = told or follow_up
    last = None
    again = await _answer_again(ctx) if asks_why(own, clause) else None
    if again is not None:  # "knp gitu?" after an answer: that answer again (why_again.py)
        result = again
    elif result.outcome != "smalltalk" and (leaning or short_question(own, clause)):
        last = await ctx.qlog.last_answer(ctx.event.session_key, FOLLOWUP_SECONDS)
        if last is not None:
            alone = result
            result = steered(matcher, own, content.faq.entries.get(last[0] or ""), last[1],
                             result, content.cues, ctx.lang, leaning)
            if told and result.best is not None and result.best.entry_id == last[0]:
                result = alone  # it adds to the answer before: that answer again is no reply
    if result.outcome != "answer" and asks_person(text, clause):  # "mau bicara dengan cs"
        return [await _person_reply(ctx, text)]
    if result.outcome == "smalltalk":
        return [ctx.reply("smalltalk.html.j2", kind="smalltalk", mode=result.smalltalk)]
    if result.outcome != "answer" and personal_only(text, content):  # "nik 3273...", a name
        await _record(ctx, PERSONAL_TEXT, "fallback", None, None)
        return [personal_reply(ctx, topic_buttons(ctx))]
    pointless = last is None and result.outcome == "answer" \
        and points_at_nothing(matcher, text, content.cues)
    if pointless:
        # "itu buat apa aja?" with no answer before it: the rest ("untuk") is no question
        result = replace(result, outcome="fallback")
    best = result.best
    if result.outcome == "answer" and best is not None:
        entry = content.faq.entries[best.entry_id]
        outcome = "redirect" if entry.kind == "redirect" else "answered"
        log_id = await _record(ctx, text, outcome, entry.id, best.score)
        entries = content.faq.entries
        offered = [entries[c.entry_id] for c in runner_offers.alternatives(matcher, result)]
        return [entry_reply(ctx, entry, log_id, best.score, alternatives=tuple(offered),
                            others=tuple(entries[c.entry_id] for c in result.others
                                         if entries[c.entry_id] not in offered))]
    if result.outcome == "suggest" and best is not None:
        log_id = await _record(ctx, text, "suggestions", best.entry_id, best.score)
        entries = [content.faq.entries[c.entry_id] for c in (*result.candidates, *result.more)]
        reply = ctx.reply(
            "suggestions.html.j2", kind="suggestions",
            titles=[e.title_in(ctx.lang) for e in entries],
            buttons=[[Button(e.title_in(ctx.lang),
                             f"pick:{log_id}:{e.id}" if log_id else f"faq:{e.id}")]
                     for e in entries]
            + more_row(ctx, log_id)
            + all_topics_row(ctx),
        )
        reply.score = best.score
        reply.suggestions = [(e.id, e.title_in(ctx.lang)) for e in entries]
        return [reply]
    log_id = await _record(ctx, text, "fallback", best.entry_id if best else None,
                           best.score if best else None)
    handoff = handoff_row(ctx, log_id)
    near = [] if pointless else [content.faq.entries[c.entry_id]
                                 for c in fallback_offers(result)]
    hint = [*([Button(f"❔ {e.title_in(ctx.lang)}", f"faq:{e.id}")] for e in near),
            *more_row(ctx, log_id)] if near else []
    reply = ctx.reply("fallback.html.j2", kind="fallback", handoff=bool(handoff),
                      near=bool(near), several_near=len(near) > 1,
                      buttons=hint + handoff + topic_buttons(ctx))
    reply.score = best.score if best else None
    return [reply]


class Answers(Feature):
    """The last text hook: every message no other feature claimed is a question."""

    name = "faq"

    def presses(self) -> dict[str, PressHandler]:
        return {"faq": self.open_entry, "pick": self.pick, "fb": self.feedback,
                "topic": self.open_topic, "menu": self.menu, "more": more_topics}

    async def on_text(self, ctx: Ctx) -> list[Reply] | None:
        return await answer_question(ctx, ctx.event.text)

    async def answer_question(self, ctx: Ctx, text: str) -> list[Reply] | None:
        return await answer_question(ctx, text)

    async def open_entry(self, ctx: Ctx, entry_id: str) -> list[Reply]:
        entry = ctx.content.faq.entry(entry_id)
        if entry is None:  # removed by a content update, or forged data: the button expired
            return [Reply(ctx.text("button_expired"), kind="info", buttons=topic_buttons(ctx))]
        return [await opened_entry_reply(ctx, entry, "tombol")]

    async def pick(self, ctx: Ctx, rest: str) -> list[Reply]:
        """A 'did you mean' choice: record what the user meant, then answer it."""
        raw_id, _, entry_id = rest.partition(":")
        entry = ctx.content.faq.entry(entry_id)
        if not raw_id.isdigit() or entry is None:
            return await self.open_entry(ctx, entry_id)
        await ctx.qlog.choose(int(raw_id), ctx.event.session_key, entry_id)
        return [entry_reply(ctx, entry, int(raw_id))]

    async def feedback(self, ctx: Ctx, rest: str) -> list[Reply]:
        raw_id, _, value = rest.partition(":")
        if not raw_id.isdigit() or value not in ("0", "1"):
            return [Reply(ctx.say("Tombol ini sudah tidak berlaku.",
                                  "This button has expired."), kind="info")]
        if not await ctx.qlog.feedback(int(raw_id), ctx.event.session_key,
                                       1 if value == "1" else -1):
            return [Reply(ctx.text("button_not_yours"), kind="info")]  # or deleted (/hapusdata)
        handoff = handoff_row(ctx, int(raw_id)) if value == "0" else []
        thanks = ctx.reply("feedback.html.j2", positive=value == "1", handoff=bool(handoff),
                           buttons=handoff)
        return [thanks, *(await after_dislike(ctx, int(raw_id)) if value == "0" else [])]

    async def open_topic(self, ctx: Ctx, topic_id: str) -> list[Reply]:
        topic = ctx.content.faq.topics.get(topic_id)
        if topic is None:
            return [topic_menu(ctx)]
        entries = [ctx.content.faq.entries[i] for i in topic.entry_ids]
        buttons = [[Button(e.title_in(ctx.lang), f"faq:{e.id}")] for e in entries]
        buttons.append([Button(ctx.say("⬅️ Semua topik", "⬅️ All topics"), "menu")])
        return [ctx.reply("topic.html.j2", title=topic.title_in(ctx.lang), buttons=buttons)]

    async def menu(self, ctx: Ctx, _rest: str) -> list[Reply]:
        return [topic_menu(ctx)]
