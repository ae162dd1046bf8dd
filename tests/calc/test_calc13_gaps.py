"""Through the real engine (calc13): an English message whose only English words are an income
and a contribution reads a bare "m" as million, not as Indonesian "M" (miliar)."""

from tests.calc.chat import plain, say


async def test_an_english_income_in_m_is_millions(engine):
    text = plain(await say(engine, "grab driver income 5m, contribution?"))
    assert "5,000,000" in text and "5,000,000,000" not in text
