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


async def test_a_birth_year_runs_a_jht_projection_to_the_full_claim_age(engine):
    lines = plain(await say(engine, "lahir 1995 gaji 6jt simulasi jht sampai pensiun")).splitlines()
    # born 1995: 31 in 2026; JHT full claim at 56 (faq/rates.yaml jht_full_age): 25 years
    assert "25 tahun" in lines[0]
    assert "dari umur 31" in lines[1] and "usia 56" in lines[1]


async def test_a_jp_pension_to_the_pension_age_of_the_year_reached(engine):
    lines = plain(await say(engine, "lahir 1995 gaji 6jt jp sampai pensiun dapat brp")).splitlines()
    # 31 in 2026; the JP age is 65 from 2043 (rates.yaml jp_pension_age): 34 years,
    # 1% x 34 x Rp6.000.000 = Rp2.040.000 a month
    assert "Rp2.040.000" in lines[0] and "usia 65" in lines[1]


async def test_the_retirement_note_goes_when_the_years_are_changed(engine):
    await say(engine, "umur 30 gaji 6jt simulasi jht sampai pensiun")
    text = plain(await say(engine, "kalau 10 tahun?"))
    assert "10 tahun" in text and "Sampai pensiun" not in text
