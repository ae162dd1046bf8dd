"""Through the real engine (session 14, calc8): a BPU's late fine asked with its months and
no income is answered by the entry on paying BPU late (no fine), not by asking a wage, and
which pay a contribution is counted from by the entry on the wage base."""

from bot.core.replies import Event


async def _first(engine, text, user="u1"):
    return (await engine.handle(Event(user, "console", text=text)))[0]


async def test_a_bpu_late_fine_without_income_is_the_bpu_late_entry(engine):
    reply = await _first(engine, "saya pekerja mandiri bpu, telat bayar 3 bulan dendanya berapa")
    assert reply.kind == "faq" and reply.entry_id == "iuran-bpu-telat"


async def test_which_pay_counts_is_the_wage_base_entry(engine):
    reply = await _first(engine, "gaji 5jt tunjangan tetap 750rb, iuran dihitung dari yang mana?")
    assert reply.kind == "faq" and reply.entry_id == "iuran-pu-dasar-upah"
