"""Calculations in the conversation: free text ("gaji 6 juta potong berapa") and /hitung.

The reader (`bot.understand.reader`) turns a message into a request; this feature asks back
with buttons for what is missing (JKK class, PU or BPU, years, months late), answers with a
phone-sized result, keeps the request in the user's session (flow "calc") so a press, a typed
answer, "Rincian" or a follow-up ("kalau 7jt?") continues it, also after a restart.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from markupsafe import Markup

from bot.calc import minimum_wage
from bot.calc.after_question import after_question
from bot.calc.lookups import class_of_rate, due_of
from bot.calc.number_alone import number_reply
from bot.calc.others import offer_others
from bot.calc.outcome import AGAIN, CLASS_BUTTONS, DETAIL, render
from bot.calc.presses import apply_press
from bot.calc.retirement import to_retirement
from bot.calc.table import BUILDERS, MENU, from_menu
from bot.content.rates import MissingRate
from bot.core.engine import Ctx, Feature, Handler, PressHandler
from bot.core.replies import Button, Reply, Text
from bot.storage.sessions import Session
from bot.understand.amount_forms import prepare
from bot.understand.amounts import find_amounts, parse_amount
from bot.understand.counts import joined_months
from bot.understand.followup import (
    MAX_WORDS,
    apply_change,
    fine_after,
    fits,
    names_request,
    only_changes,
    place_change,
    read_change,
    with_last_wage,
)
from bot.understand.reader import read
from bot.understand.replies import yes_no
from bot.understand.request import CalcRequest
from bot.understand.since import since_months
from bot.understand.who import who_answer

FLOW = "calc"
FOLLOWUP_SECONDS = 3600  # a follow-up refers to a result from the last hour
CARRY_WORDS = 10  # "and if I get laid off, how much jkp?": a benefit on the last wage
YEARS = ((5, 10, 15), (20, 25, 30))  # button rows when the years are asked
LATE_MONTHS = (1, 2, 3, 6)  # buttons when the months late are asked
KIND_BUTTONS = [[Button("👷 Karyawan (penerima upah)", "calc:p:pu")],
                [Button("🛵 Pekerja mandiri (BPU)", "calc:p:bpu")]]
ASK_AMOUNT = {"bpu": "penghasilan", "staff": "gaji"}
TYPED = ("amount", "staff", "years", "kind", "late")
# "Maksud Anda Rp4,5 juta / Rp5 juta / Rp2.500.000?": the value asked back, times this
MEANT_SCALE = {"amount_decimal": 1_000_000, "monthly_millions": 1_000_000,
               "monthly_thousands": 1000}


class Calculator(Feature):
    name = "calculator"

    def commands(self) -> dict[str, Handler]:
        return {"hitung": self.menu}

    def presses(self) -> dict[str, PressHandler]:
        return {"calc": self.press}

    async def menu(self, ctx: Ctx) -> list[Reply]:
        """/hitung [teks]: compute the text given, or offer the calculator menu."""
        args = ctx.event.args.strip()
        if args:
            cues = ctx.content.cues
            req = read(args, cues, ctx.on, ctx.lang) or read("gaji " + args, cues, ctx.on,
                                                               ctx.lang)
            if req is not None and req.kind != "not_calc":
                return await self.answer(ctx, req)
        await self._clear(ctx)
        buttons = [[Button(label, f"calc:m:{topic}")] for topic, label in MENU]
        return [ctx.reply("calc_menu.html.j2", kind="calculation", buttons=buttons)]

    # ------------------------------------------------------------ free text
    async def on_text(self, ctx: Ctx) -> list[Reply] | None:
        replies = await self._on_text(ctx)
        if replies is not None and ctx.event.chat_type != "inline":
            # Logged like a question: the staff statistics count calculations, and a FAQ
            # follow-up after a result is not read with the FAQ answer before it.
            # The entry the result is about (calc-cues.yaml `calc_context`) is kept with it:
            # "kalau telat bayar?" after a contribution is the employer's late fine.
            await ctx.qlog.record(ctx.event.session_key, ctx.event.channel, ctx.event.text,
                                  "calculation", await self._context_entry(ctx), None)
        return replies

    async def _context_entry(self, ctx: Ctx) -> str | None:
        """The FAQ entry of the calculation just answered or asked about, if staff set one."""
        session = await ctx.sessions.get(ctx.event.session_key)
        if session is None or session.flow != FLOW or "req" not in session.data:
            return None
        topic = CalcRequest.from_dict(session.data["req"]).topic
        return ctx.content.cues.calc_context.get(topic)

    async def _on_text(self, ctx: Ctx) -> list[Reply] | None:
        text, cues = ctx.event.text, ctx.content.cues
        session = await ctx.sessions.get(ctx.event.session_key)
        mine = session if session is not None and session.flow == FLOW \
            and "req" in session.data else None
        fresh = await after_question(ctx, text, read(text, cues, ctx.on, ctx.lang))
        if fresh is not None and fresh.kind == "not_calc":
            await self._aside(ctx, mine)
            return None  # a scam or tax question with numbers: the FAQ answers it
        if mine is not None:
            waiting = mine.data.get("await")
            low = text.lower().strip()
            # a correction with a value ("eh salah, gajinya 7,5jt") is a follow-up too
            fix, rest = cues.correction(low) if find_amounts(text) else ("", "")
            followup = (cues.starts_followup(low) or bool(fix)) and len(low.split()) <= MAX_WORDS
            if waiting in TYPED and (fresh is None or _only_amount(text)):
                return await self._typed_answer(ctx, mine, text)  # "5,5 juta", "saya ojol"
            last = CalcRequest.from_dict(mine.data["req"])
            current = mine.idle_seconds() < FOLLOWUP_SECONDS and (
                not mine.data.get("aside") or bool(find_amounts(text)))
            said, left = cues.correction(low)
            if current and said and not left and "?" not in low and not find_amounts(text):
                return [Reply(ctx.text("calc_which_number", what=ASK_AMOUNT.get(  # "eh salah"
                    last.topic, "gaji"), staff=last.topic == "staff"), kind="calculation")]
            moved = minimum_wage.moved(last, *place) if current and last.min_wage and (
                place := place_change(text, cues)) else None
            if moved is not None:  # "kalau jawa barat?" after a result on the UMR Jakarta
                return await self.answer(ctx, moved)
            carried = with_last_wage(text, last, cues, ctx.on, ctx.lang) \
                if current and len(low.split()) <= CARRY_WORDS and (
                    fresh.missing() == "amount" if fresh else cues.asks_figure(low)) else None
            if carried is not None:  # "kalau di phk dapat jkp berapa?": on the same wage
                return await self.answer(ctx, carried)
            late = fine_after(text, last, cues, ctx.on, ctx.lang) \
                if current and len(low.split()) <= CARRY_WORDS else None
            if late is not None:  # "kalau telat bayar?" after a wage or staff result
                return await self.answer(ctx, late)
            named = names_request(rest if fix else text, cues)  # no kind: "gajinya 6jt", "salah"
            if fresh is not None and ((not followup and (named or len(low.split()) > 3))
                                      or (named and fresh.topic != last.topic)):
                return await self.answer(ctx, fresh)  # a whole new request replaces the last
            # A follow-up continues a result from the last hour. Once another question came
            # in between, only one that gives a number ("kalau 7jt?") still does: "kalo mau
            # tambah jht?" after an answer about BPU is about that answer, not the old result.
            if current and (followup or len(low.split()) <= 3 or only_changes(text, cues)):
                change = read_change(text, cues, ctx.on, ctx.lang) if fits(last, text, cues) \
                    else None
                if change:
                    if "jkk_class" in change and last.focus == "worker":
                        change["focus"] = "both"  # the class asks for the employer part too
                    return await self.answer(ctx, apply_change(last, change))
            if waiting == "class" and find_amounts(text) and len(low.split()) <= 3:
                return [await self._ask(ctx, "class", last, retry=True)]
        if fresh is None:
            await self._aside(ctx, mine)
            return await number_reply(ctx, self, text)  # "5jt" alone: a wage? else None
        return await self.answer(ctx, fresh)

    async def _aside(self, ctx: Ctx, mine: Session | None) -> None:
        """Note that the chat moved on from the kept result (its buttons still work)."""
        if mine is not None and not mine.data.get("aside"):
            await ctx.sessions.save(Session(mine.key, FLOW, {**mine.data, "aside": True}))

    async def _typed_answer(self, ctx: Ctx, session: Session, text: str) -> list[Reply] | None:
        """The user typed instead of pressing: read the awaited value or re-ask."""
        req = CalcRequest.from_dict(session.data["req"])
        waiting = session.data["await"]
        # "Jawa Barat" after "UMR provinsi mana?" (asked as the staff list when other groups
        # of the list were typed: "10 org umr, 5 org 8jt")
        if waiting in ("amount", "staff") and minimum_wage.typed(ctx, req, text):
            return await self.answer(ctx, req)
        found = find_amounts(typed := prepare(text, ctx.lang))  # "4jtan", "around 6 million"
        if not found and len(text.split()) >= 3 and waiting in ("amount", "staff", "years",
                                                                 "late"):
            await self._clear(ctx)  # a different question: let the FAQ answer it
            return None
        if waiting == "years" and (since := since_months(typed, ctx.on, ctx.content.cues)):
            req.months = since  # "iur dr 2008, skrg 2026": the months since the start
            return await self.answer(ctx, req)
        if waiting in ("years", "late"):
            count = next((a for a in found if a.value and a.kind in ("years", "months", "money")),
                         None)
            if count is None or count.value is None or not 0 < count.value <= 50 * 12:
                return [await self._ask(ctx, waiting, req, retry=True)]
            joined = joined_months(typed, found)  # "20thn 6bln": one length, 246 months
            months = joined or (int(count.value) * (1 if count.kind == "months" else 12))
            if waiting == "late":
                req.months_late = joined or (int(count.value) if count.kind != "years" else months)
            else:
                req.months = months
            return await self.answer(ctx, req)
        if waiting == "staff":
            source = text if "gaji" in text.lower() else f"gaji {text}"
            staff = read(source, ctx.content.cues, ctx.on, ctx.lang)
            if staff is None or staff.problem or not staff.wages:
                return [await self._ask(ctx, "staff", req, retry=True,
                                        problem=staff.problem if staff else None)]
            minimum_wage.typed_staff(req, staff.wages)
            req.jkk_class = staff.jkk_class or req.jkk_class
            req.staff_ask = True
            return await self.answer(ctx, req)
        if waiting == "amount":
            meant = session.data.get("meant")  # "maksud Anda Rp4,5 juta?" answered "ya"
            value, problem = (int(meant), None) if meant and yes_no(
                text, ctx.content.faq.replies) == "yes" else parse_amount(
                typed, what=ASK_AMOUNT.get(req.topic, "gaji"))
            if problem:
                return [await self._ask(ctx, "amount", req, retry=True, problem=problem)]
            # "10 karyawan gaji UMR" asked back, then "7jt": the ten keep their count
            heads = req.headcount or (req.min_wage or {}).get("heads") or 1
            req.wages, req.problem = [(str(value), heads)], None
            if req.topic == "fine" and ctx.content.cues.has("roles", "paid", typed.lower()):
                req.contribution, req.wages = str(value), []  # "iurannya 2,4jt": the fine's base
            req.income_period = req.income_each = req.per_month = req.income_months = None
            return await self.answer(ctx, req)
        low = text.lower()
        # "buruh pabrik", "driver grab", "dagang": read as a message's words are (decide_who)
        req.who = who_answer(low, ctx.content.cues) or (
            "pu" if re.search(r"\b(karyawan|pegawai|pu|penerima upah|digaji|gaji)\b", low) else
            "bpu" if re.search(r"\b(bpu|mandiri|informal|ojol|kurir|sopir|pedagang|freelance)", low)
            else None)
        if req.who is not None:
            return await self.answer(ctx, req)
        if len(text.split()) <= 2:
            return [await self._ask(ctx, "kind", req, retry=True)]
        await self._clear(ctx)
        return None

    # ------------------------------------------------------------ buttons
    async def press(self, ctx: Ctx, rest: str) -> list[Reply]:
        action, _, arg = rest.partition(":")
        if action == "again":
            return await self.menu(ctx)
        if action == "m":
            req = from_menu(arg)
            if req.topic == "jkm":
                return await self.answer(ctx, req)
            return [await self._ask(ctx, "staff" if req.topic == "staff" else "amount", req)]
        session = await ctx.sessions.get(ctx.event.session_key)
        if session is None or session.flow != FLOW or "req" not in session.data:
            return [ctx.reply("calc_expired.html.j2", kind="calculation", buttons=[AGAIN])]
        req = CalcRequest.from_dict(session.data["req"])
        if action == "d":
            return await self.detail(ctx, req)
        if not apply_press(req, action, arg):
            return [ctx.reply("calc_expired.html.j2", kind="calculation", buttons=[AGAIN])]
        return await self.answer(ctx, req)

    # ------------------------------------------------------------ answering
    async def answer(self, ctx: Ctx, req: CalcRequest) -> list[Reply]:
        """Compute what can be computed; ask (with buttons) for the first missing choice."""
        topic = req.topic
        if not req.problem:  # "gaji UMR Jakarta": the figure on the calculation's date, or ask
            _, req.problem = minimum_wage.apply(ctx, req, req.month_date() or ctx.on)
            topic = req.topic  # "10 karyawan gaji UMR": ten people, so the staff table
        if req.problem:
            return [await self._ask(ctx, "staff" if topic == "staff" else "amount", req,
                                    problem=req.problem)]
        to_retirement(ctx.content.faq.rates, req, req.month_date() or ctx.on)  # "sampai pensiun"
        waiting = req.missing()
        if waiting is not None:
            return [await self._ask(ctx, waiting, req)]
        on = req.month_date() or ctx.on
        if req.jkk_rate and req.jkk_class is None:
            req.jkk_class = class_of_rate(ctx, on, req.jkk_rate)
        try:
            out = BUILDERS[topic](ctx, req, on)
        except MissingRate:
            return [ctx.reply("calc_no_rate.html.j2", kind="calculation", on=on,
                              buttons=[AGAIN])]
        saved = await self._save(ctx, req, out.waiting)
        last_row = [DETAIL, AGAIN[0]] if saved and out.detail else AGAIN
        reply = render(ctx, _with_min_wage(ctx, req, on, out), on, out.short,
                       [*(out.buttons if saved else []), last_row])
        return [offer_others(ctx, req, reply)]  # "... daftarnya dimana?": a ❓ button

    async def detail(self, ctx: Ctx, req: CalcRequest) -> list[Reply]:
        """The full table behind "Rincian": every line, rate, legal basis and date."""
        on = req.month_date() or ctx.on
        _, problem = minimum_wage.apply(ctx, req, on)
        if problem:  # "gaji UMR" pressed after its year ended: never the old figure, asked
            return [await self._ask(ctx, "staff" if req.topic == "staff" else "amount", req,
                                    problem=problem)]
        try:
            out = BUILDERS[req.topic](ctx, req, on) if req.topic in BUILDERS else None
        except MissingRate:
            out = None
        if out is None or out.detail is None:
            return [ctx.reply("calc_expired.html.j2", kind="calculation", buttons=[AGAIN])]
        out.context.setdefault("need_class", False)
        out = _with_min_wage(ctx, req, on, out, note=False)
        buttons = CLASS_BUTTONS if out.waiting == "class" else []
        return [render(ctx, out, on, out.detail, [*buttons, AGAIN])]

    async def _ask(self, ctx: Ctx, waiting: str, req: CalcRequest, retry: bool = False,
                   problem: Text | None = None) -> Reply:
        """Ask for the missing piece; the request waits in the session."""
        years = [[Button(ctx.text("btn_years", n=y), f"calc:y:{y}") for y in row]
                 for row in YEARS]
        late = [[Button(ctx.text("btn_months", n=m), f"calc:l:{m}") for m in LATE_MONTHS]]
        buttons = {"class": CLASS_BUTTONS, "years": years, "kind": KIND_BUTTONS,
                   "late": late}.get(waiting, [])
        req.problem = None
        # the amount it asks whether the user meant ("4,5" or "5" -> 4,5 / 5 juta), for a "ya"
        scale = MEANT_SCALE.get(problem.key) if problem else None
        meant = dict(problem.params).get("value") if problem and scale else None
        saved = await self._save(ctx, req, waiting, None if meant is None else meant * scale)
        return ctx.reply("calc_ask.html.j2", kind="calculation",
                         buttons=buttons if saved else [], waiting=waiting, topic=req.topic,
                         retry=retry, saved=saved, due=due_of(ctx, req, waiting),
                         problem=Markup(ctx.text(problem)) if problem else None,
                         what=ASK_AMOUNT.get(req.topic, "gaji"))

    async def _save(self, ctx: Ctx, req: CalcRequest, waiting: str | None,
                    meant: Decimal | None = None) -> bool:
        """Keep the request for the next press; never overwrite another flow's session."""
        key = ctx.event.session_key
        current = await ctx.sessions.get(key)
        if current is not None and current.flow != FLOW:
            return False
        data = {"req": req.to_dict(), "await": waiting}
        await ctx.sessions.save(Session(key, FLOW, data | ({"meant": str(int(meant))}
                                                           if meant is not None else {})))
        return True

    async def _clear(self, ctx: Ctx) -> None:
        current = await ctx.sessions.get(ctx.event.session_key)
        if current is not None and current.flow == FLOW:
            await ctx.sessions.clear(ctx.event.session_key)


def _only_amount(text: str) -> bool:
    """'5 juta' alone answers a question; it is not a new question."""
    return len(text.split()) <= 3


def _with_min_wage(ctx: Ctx, req: CalcRequest, on: date, out, note: bool = True):
    """A wage taken from the UMP/UMK: listed with the rates used, and (short reply) a note
    saying which figure, its period and confidence, and that the real wage may differ."""
    value = minimum_wage.used(ctx, req, on)
    if value is not None:
        out.used = [value, *out.used]
        if note:
            out.context["min_wage"] = value
    return out
