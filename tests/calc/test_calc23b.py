"""Through the real engine (calc23b): "what about 9m" after an English result, "salary 9m" in
a message of no clear language, an STMB month number asked before the wage, unpaid months
listed by name."""

from tests.calc.chat import plain, say


async def _text(engine, text: str) -> str:
    return plain(await say(engine, text))


async def test_what_about_9m_after_an_english_result_is_nine_million(engine):
    await say(engine, "how much is the contribution for salary 5m")
    text = await _text(engine, "what about 9m")
    # 9.000.000 x (JHT 2% + JP 1%) = 270.000
    assert "IDR 270,000" in text and "too large" not in text


async def test_salary_9m_on_a_payslip_is_nine_million(engine):
    text = await _text(engine, "payslip: salary 9m, jht 180k, jp 90k")
    assert "9.000.000.000" not in text and "9,000,000,000" not in text
    assert "9.000.000" in text or "9,000,000" in text


async def test_an_stmb_month_number_asks_the_wage_then_gives_that_months_rate(engine):
    asked = await _text(engine, "stmb bulan ke 15 brp")
    assert "gaji" in asked.lower() and "?" in asked
    text = await _text(engine, "7jt")
    # month 15 is after the first 12 months: 50% of 7.000.000
    assert "Rp3.500.000" in text.splitlines()[0] and "ke-15" in text


async def test_unpaid_months_listed_by_name_are_owed(engine):
    first = (await _text(engine, "gaji 5jt belum bayar oktober november desember")).splitlines()[0]
    # 5jt x (JHT 5,7% + JP 3% + JKM 0,3%) = 450.000 a month, x 3 = 1.350.000 (no JKK group)
    assert "Rp1.350.000" in first
