"""Calculations in the conversation: free text ("gaji 6 juta potong berapa") and /hitung.

A message with an amount and a context word becomes a calculation (`calc_intent.detect`).
A choice the answer depends on and the text did not give (JKK risk class, BPU with JHT, the
transport sector, PU or BPU, years of membership) is asked with buttons; the pending request is
kept in the user's session (flow "calc"), so a press, or a typed answer, continues it, also
after a restart. Every result lists the rates it used with basis and validity date.
"""

from __future__ import annotations

import re
from decimal import Decimal

from markupsafe import Markup

from bot import benefits as ben
from bot import calculator as calc
from bot.amounts import find_amounts, parse_amount
from bot.calc_intent import CalcRequest, detect, jkk_class_of
from bot.engine import Ctx, Feature, Handler, PressHandler
from bot.rates import RateValue
from bot.replies import Button, Reply
from bot.sessions import Session

FLOW = "calc"
AGAIN = [Button("🔁 Hitung lagi", "calc:again")]
CLASS_BUTTONS = [
    [Button("I · sangat rendah", "calc:k:1"), Button("II · rendah", "calc:k:2")],
    [Button("III · sedang", "calc:k:3"), Button("IV · tinggi", "calc:k:4")],
    [Button("V · sangat tinggi", "calc:k:5")],
]
YEAR_BUTTONS = [[Button(f"{y} tahun", f"calc:y:{y}") for y in (5, 10, 15)],
                [Button(f"{y} tahun", f"calc:y:{y}") for y in (20, 25, 30)]]
MENU = [
    ("wage", "👷 Iuran karyawan (dari gaji)"),
    ("bpu", "🛵 Iuran pekerja mandiri (BPU)"),
    ("staff", "🏢 Iuran semua karyawan"),
    ("jkp", "📉 JKP (kena PHK)"),
    ("jkk_death", "🕊️ Meninggal karena kecelakaan kerja"),
    ("disability", "🦽 Cacat total tetap (JKK)"),
    ("jkm", "🕊️ Meninggal bukan karena kerja (JKM)"),
    ("jht", "💰 Proyeksi saldo JHT"),
    ("jp", "👴 Perkiraan pensiun bulanan (JP)"),
]
ASK_AMOUNT = {"bpu": "penghasilan", "staff": "gaji"}


class Calculator(Feature):
    name = "calculator"

    def commands(self) -> dict[str, Handler]:
        return {"hitung": self.menu}

    def presses(self) -> dict[str, PressHandler]:
        return {"calc": self.press}

    async def menu(self, ctx: Ctx) -> list[Reply]:
        """/hitung [teks]: compute the text given, or offer the calculator menu."""
        if ctx.event.args.strip():
            req = detect(ctx.event.args) or detect("gaji " + ctx.event.args)
            if req is not None:
                return await self.answer(ctx, req)
        await self._clear(ctx)
        buttons = [[Button(label, f"calc:m:{topic}")] for topic, label in MENU]
        return [ctx.reply("calc_menu.html.j2", kind="calculation", buttons=buttons)]

    # ------------------------------------------------------------ free text
    async def on_text(self, ctx: Ctx) -> list[Reply] | None:
        text = ctx.event.text
        session = await ctx.sessions.get(ctx.event.session_key)
        fresh = detect(text)
        if session is not None and session.flow == FLOW and session.data.get("await"):
            if fresh is not None and fresh.wages and not _only_amount(text):
                return await self.answer(ctx, fresh)  # a whole new question replaces the old
            return await self._typed_answer(ctx, session, text)
        if fresh is None and session is not None and session.flow == FLOW and "req" in session.data:
            # "risiko sedang" right after a result that lacked the class: finish that result.
            req = CalcRequest.from_dict(session.data["req"])
            cls, clinic, _ = jkk_class_of(text)
            if req.topic in ("wage", "staff") and req.jkk_class is None and cls is not None \
                    and not find_amounts(text) and len(text.split()) <= 6:
                req.jkk_class, req.clinic, req.focus = cls, clinic, "both"
                return await self.answer(ctx, req)
        if fresh is None:
            return None
        return await self.answer(ctx, fresh)

    async def _typed_answer(self, ctx: Ctx, session: Session, text: str) -> list[Reply] | None:
        """The user typed instead of pressing: read the awaited value or re-ask."""
        req = CalcRequest.from_dict(session.data["req"])
        waiting = session.data["await"]
        found = find_amounts(text)
        if not found and len(text.split()) >= 3 and waiting in ("amount", "staff", "years"):
            await self._clear(ctx)  # a different question: let the FAQ answer it
            return None
        if waiting == "class":
            cls, clinic, _ = jkk_class_of(f"risiko {text}")
            if cls is None and text.strip() in ("1", "2", "3", "4", "5"):
                cls = int(text.strip())
            if cls is None:
                if not found:
                    await self._clear(ctx)
                    return None
                return [await self._ask(ctx, "class", req, retry=True)]
            req.jkk_class, req.clinic = cls, clinic
            return await self.answer(ctx, req)
        if waiting == "years":
            count = next((a for a in found if a.value and a.kind in ("years", "months", "money")),
                         None)
            if count is None or count.value is None or not 0 < count.value <= 50 * 12:
                return [await self._ask(ctx, "years", req, retry=True)]
            req.months = int(count.value) if count.kind == "months" else int(count.value) * 12
            return await self.answer(ctx, req)
        if waiting == "staff":
            staff = detect(text if "gaji" in text.lower() else f"gaji {text}")
            if staff is None or staff.problem or not staff.wages:
                return [await self._ask(ctx, "staff", req, retry=True,
                                  problem=staff.problem if staff else None)]
            req.wages, req.jkk_class = staff.wages, staff.jkk_class or req.jkk_class
            return await self.answer(ctx, req)
        if waiting == "amount":
            value, problem = parse_amount(text, what=ASK_AMOUNT.get(req.topic, "gaji"))
            if problem:
                return [await self._ask(ctx, "amount", req, retry=True, problem=problem)]
            req.wages, req.problem = [(str(value), 1)], None
            return await self.answer(ctx, req)
        if waiting == "kind":
            low = text.lower()
            if re.search(r"\b(karyawan|pegawai|pu|penerima upah|digaji|gaji)\b", low):
                req.topic = "wage"
                return await self.answer(ctx, req)
            if re.search(r"\b(bpu|mandiri|informal|ojol|kurir|sopir|pedagang|freelance)", low):
                req.topic = "bpu"
                return await self.answer(ctx, req)
            if len(text.split()) <= 2:
                return [await self._ask(ctx, "kind", req, retry=True)]
        await self._clear(ctx)  # waiting for a button only: typed text is a new message
        return None

    # ------------------------------------------------------------ buttons
    async def press(self, ctx: Ctx, rest: str) -> list[Reply]:
        action, _, arg = rest.partition(":")
        if action == "again":
            return await self.menu(ctx)
        if action == "m":
            req = CalcRequest(topic=arg if arg in dict(MENU) else "wage")
            if req.topic == "jkm":
                return await self.answer(ctx, req)
            return [await self._ask(ctx, "staff" if req.topic == "staff" else "amount", req)]
        session = await ctx.sessions.get(ctx.event.session_key)
        if session is None or session.flow != FLOW or "req" not in session.data:
            return [ctx.reply("calc_expired.html.j2", kind="calculation", buttons=[AGAIN])]
        req = CalcRequest.from_dict(session.data["req"])
        if action == "k" and arg in ("1", "2", "3", "4", "5"):
            req.jkk_class = int(arg)
        elif action == "j":
            req.with_jht = arg == "1"
        elif action == "t":
            req.transport = arg == "1"
        elif action == "p" and arg in ("pu", "bpu"):
            req.topic = "wage" if arg == "pu" else "bpu"
        elif action == "y" and arg.isdigit():
            req.months = int(arg) * 12
        else:
            return [ctx.reply("calc_expired.html.j2", kind="calculation", buttons=[AGAIN])]
        return await self.answer(ctx, req)

    # ------------------------------------------------------------ answering
    async def answer(self, ctx: Ctx, req: CalcRequest) -> list[Reply]:
        """Compute what can be computed; ask (with buttons) for the first missing choice."""
        if req.problem:
            waiting = "staff" if req.topic == "staff" else "amount"
            return [await self._ask(ctx, waiting, req, problem=req.problem)]
        if req.topic == "pu_or_bpu":
            return [await self._ask(ctx, "kind", req)]
        if req.topic == "jkm":
            await self._save(ctx, req, None)
            res = ben.jkm_benefit(ctx.content.faq.rates, ctx.on)
            return [self._result(ctx, "calc_jkm.html.j2", res.rates_used, r=res,
                                 wage=req.wage)]
        if not req.wages:
            return [await self._ask(ctx, "staff" if req.topic == "staff" else "amount", req)]
        if req.topic in ("jht", "jp") and not req.months:
            return [await self._ask(ctx, "years", req)]
        handler = getattr(self, f"_answer_{req.topic}")
        return await handler(ctx, req)

    async def _answer_wage(self, ctx: Ctx, req: CalcRequest) -> list[Reply]:
        rates = ctx.content.faq.rates
        assert req.wage is not None
        res = calc.wage_contribution(rates, ctx.on, req.wage, req.jkk_class)
        need_class = req.jkk_class is None and req.focus != "worker"
        saved = await self._save(ctx, req, "class" if need_class else None)
        buttons = (CLASS_BUTTONS if need_class and saved else []) + [AGAIN]
        extra = [rates.get(k, ctx.on) for k in ("jkp_rate_total", "jkp_government_rate",
                                                "jkp_from_jkk_rate")]
        return [self._result(ctx, "calc_wage.html.j2", res.rates_used + extra, buttons, r=res,
                             req=req, need_class=need_class, jkp=_by_key(extra))]

    async def _answer_staff(self, ctx: Ctx, req: CalcRequest) -> list[Reply]:
        res = calc.staff_contribution(ctx.content.faq.rates, ctx.on, req.wage_list(),
                                      req.jkk_class)
        need_class = req.jkk_class is None
        saved = await self._save(ctx, req, "class" if need_class else None)
        buttons = (CLASS_BUTTONS if need_class and saved else []) + [AGAIN]
        return [self._result(ctx, "calc_staff.html.j2", res.rates_used, buttons, r=res,
                             req=req)]

    async def _answer_bpu(self, ctx: Ctx, req: CalcRequest) -> list[Reply]:
        rates = ctx.content.faq.rates
        assert req.wage is not None
        res = calc.bpu_contribution(rates, ctx.on, req.wage, with_jht=bool(req.with_jht),
                                    transport=bool(req.transport))
        saved = await self._save(ctx, req, None)
        buttons: list[list[Button]] = []
        if saved and req.with_jht is None:
            buttons.append([Button("➕ Hitung dengan JHT", "calc:j:1")])
        elif saved and req.with_jht:
            buttons.append([Button("➖ Tanpa JHT", "calc:j:0")])
        if saved and req.transport is None and res.other_discount is not None:
            buttons.append([Button("🛵 Saya ojol/kurir/sopir", "calc:t:1")])
        return [self._result(ctx, "calc_bpu.html.j2", res.rates_used, [*buttons, AGAIN], r=res,
                             req=req)]

    async def _answer_jkp(self, ctx: Ctx, req: CalcRequest) -> list[Reply]:
        rates = ctx.content.faq.rates
        assert req.wage is not None
        res = ben.jkp_benefit(rates, ctx.on, req.wage)
        old = ben.jkp_old_rule(rates, req.wage) if req.old_rule else None
        await self._save(ctx, req, None)
        used = res.rates_used + (old.rates_used if old else [])
        return [self._result(ctx, "calc_jkp.html.j2", used, r=res, old=old)]

    async def _answer_jkk_death(self, ctx: Ctx, req: CalcRequest) -> list[Reply]:
        assert req.wage is not None
        res = ben.jkk_death(ctx.content.faq.rates, ctx.on, req.wage)
        await self._save(ctx, req, None)
        return [self._result(ctx, "calc_jkk_death.html.j2", res.rates_used, r=res)]

    async def _answer_jkm(self, ctx: Ctx, req: CalcRequest) -> list[Reply]:
        return await self.answer(ctx, CalcRequest(topic="jkm", wages=req.wages))

    async def _answer_disability(self, ctx: Ctx, req: CalcRequest) -> list[Reply]:
        assert req.wage is not None
        res = ben.jkk_disability(ctx.content.faq.rates, ctx.on, req.wage)
        await self._save(ctx, req, None)
        return [self._result(ctx, "calc_disability.html.j2", res.rates_used, r=res)]

    async def _answer_jht(self, ctx: Ctx, req: CalcRequest) -> list[Reply]:
        assert req.wage is not None and req.months
        kwargs = {}
        if req.annual_return is not None:
            kwargs["annual_return"] = Decimal(req.annual_return)
        if req.wage_growth is not None:
            kwargs["wage_growth"] = Decimal(req.wage_growth)
        res = ben.jht_projection(ctx.content.faq.rates, ctx.on, req.wage,
                                  max(1, req.months // 12), Decimal(req.balance or 0), **kwargs)
        await self._save(ctx, req, None)
        return [self._result(ctx, "calc_jht.html.j2", res.rates_used, r=res)]

    async def _answer_jp(self, ctx: Ctx, req: CalcRequest) -> list[Reply]:
        assert req.wage is not None and req.months
        res = ben.jp_estimate(ctx.content.faq.rates, ctx.on, req.wage, req.months)
        await self._save(ctx, req, None)
        return [self._result(ctx, "calc_jp.html.j2", res.rates_used, r=res)]

    # ------------------------------------------------------------ helpers
    def _result(self, ctx: Ctx, template: str, used: list[RateValue],
                buttons: list[list[Button]] | None = None, **context: object) -> Reply:
        unique = list({(v.key, v.valid_from): v for v in used}.values())
        context.setdefault("rate", _by_key(unique))
        return ctx.reply(template, kind="calculation", buttons=buttons or [AGAIN],
                         on=ctx.on, used=unique, unconfirmed=[v for v in unique
                                                              if not v.confirmed], **context)

    async def _ask(self, ctx: Ctx, waiting: str, req: CalcRequest, retry: bool = False,
                   problem: str | None = None) -> Reply:
        """Ask for the missing piece; the request waits in the session."""
        buttons: list[list[Button]] = []
        if waiting == "class":
            buttons = CLASS_BUTTONS
        elif waiting == "years":
            buttons = YEAR_BUTTONS
        elif waiting == "kind":
            buttons = [[Button("👷 Karyawan (penerima upah)", "calc:p:pu")],
                       [Button("🛵 Pekerja mandiri (BPU)", "calc:p:bpu")]]
        req.problem = None
        saved = await self._save(ctx, req, waiting)
        return ctx.reply("calc_ask.html.j2", kind="calculation",
                         buttons=buttons if saved else [], waiting=waiting, topic=req.topic,
                         retry=retry, saved=saved, problem=Markup(problem) if problem else None,
                         what=ASK_AMOUNT.get(req.topic, "gaji"))

    async def _save(self, ctx: Ctx, req: CalcRequest, waiting: str | None) -> bool:
        """Keep the request for the next press; never overwrite another flow's session."""
        key = ctx.event.session_key
        current = await ctx.sessions.get(key)
        if current is not None and current.flow != FLOW:
            return False
        await ctx.sessions.save(Session(key, FLOW, {"req": req.to_dict(), "await": waiting}))
        return True

    async def _clear(self, ctx: Ctx) -> None:
        current = await ctx.sessions.get(ctx.event.session_key)
        if current is not None and current.flow == FLOW:
            await ctx.sessions.clear(ctx.event.session_key)


def _by_key(values: list[RateValue]) -> dict[str, RateValue]:
    return {v.key: v for v in values}


def _only_amount(text: str) -> bool:
    """'5 juta' alone answers a question; it is not a new question."""
    return len(text.split()) <= 3
