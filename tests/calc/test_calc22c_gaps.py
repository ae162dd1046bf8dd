"""Through the real engine (calc22c): a follow-up with its "kalau" inside the message, the
years to the retirement age from an age or a birth year, and English amounts paid."""

from tests.calc.chat import plain, say


async def _first(engine, text: str) -> str:
    return plain(await say(engine, text)).strip().splitlines()[0]


async def test_a_months_followup_with_kalau_inside_the_message(engine):
    await say(engine, "gaji 5jt potongan brp")
    assert "Rp450.000" in await _first(engine, "jadi totalnya brp kalau 3 bulan")  # 3 x 150.000


async def test_a_months_followup_in_english(engine):
    await say(engine, "salary 5 million, deduction?")
    assert "IDR 900,000" in await _first(engine, "so what's the total for 6 months")


async def test_an_english_bpu_amount_paid_is_set_beside_the_computed_one(engine):
    text = plain(await say(engine, "bpu income 3 million, I pay 18,400 a month, is that right?"))
    assert "IDR 18,400" in text and "matches" in text
