"""Calculations in the conversation: free text ("gaji 6 juta potong berapa") and /hitung.

A message with an amount and a context word becomes a calculation (`calc_intent.detect`).
A choice the answer depends on and the text did not give (JKK risk class, BPU with JHT, the
transport sector, PU or BPU, years of membership) is asked with buttons; the pending request is
kept in the user's session (flow "calc"), so a press, or a typed answer, continues it, also
after a restart. Every result lists the rates it used with basis and validity date.
"""

from __future__ import annotations

import re

from markupsafe import Markup

from bot.calc.results import AGAIN, BUILDERS, CLASS_BUTTONS
from bot.core.engine import Ctx, Feature, Handler, PressHandler
from bot.core.replies import Button, Reply
from bot.storage.sessions import Session
from bot.understand.amounts import find_amounts, parse_amount
from bot.understand.calc_intent import CalcRequest, detect, jkk_class_of

FLOW = "calc"
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
            return await BUILDERS["jkm"](ctx, req, self._save)
        if not req.wages:
            return [await self._ask(ctx, "staff" if req.topic == "staff" else "amount", req)]
        if req.topic in ("jht", "jp") and not req.months:
            return [await self._ask(ctx, "years", req)]
        return await BUILDERS[req.topic](ctx, req, self._save)

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


def _only_amount(text: str) -> bool:
    """'5 juta' alone answers a question; it is not a new question."""
    return len(text.split()) <= 3
