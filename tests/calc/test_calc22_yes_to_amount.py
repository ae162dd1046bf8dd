"""The calculator asks back "Angka "4,5" kurang jelas: maksud Anda Rp4,5 juta?": a yes
answers it (review22: "ya" got "Saya belum menemukan angka gaji dalam jawaban Anda")."""

from tests.calc.chat import plain, press, say


async def test_yes_to_the_amount_asked_back_takes_it(engine):
    await say(engine, "gaji 4jt potong brp")
    assert "maksud Anda" in plain(await say(engine, "eh salah 4,5"))
    # 4,5 juta x (JHT 2% + JP 1%) = 135.000
    assert "Rp135.000" in plain(await say(engine, "ya"))


async def test_no_to_the_amount_asked_back_asks_for_the_number(engine):
    await say(engine, "gaji 4,5 potong brp", "u2")
    text = plain(await say(engine, "tidak", "u2"))
    assert "Rp135.000" not in text and "gaji" in text
    assert "Rp150.000" in plain(await say(engine, "5 juta", "u2"))


async def test_yes_to_a_wage_typed_without_its_unit_takes_it(engine):
    """"5" at the wage question asks "Maksud Anda Rp5 juta?" and "2500" "Rp2.500.000?": a
    yes got "Saya belum menemukan angka gaji" (review22b; only "4,5" was taken)."""
    await press(engine, "calc:m:wage", "u3")
    assert "Maksud Anda Rp5 juta" in plain(await say(engine, "5", "u3"))
    assert "Rp150.000" in plain(await say(engine, "ya", "u3"))  # 5 juta x 3%
    await press(engine, "calc:m:wage", "u4")
    assert "Maksud Anda Rp2.500.000" in plain(await say(engine, "2500", "u4"))
    assert "Rp75.000" in plain(await say(engine, "ya", "u4"))
