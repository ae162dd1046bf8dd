"""Through the real engine (calc22): a BPU's months owed are the contributions of the past
months, each at its own rates (the PP 50/2025 discount only where it applied), with no fine."""

from tests.calc.chat import plain, say


async def _first(engine, text: str) -> str:
    return plain(await say(engine, text)).strip().splitlines()[0]


async def test_bpu_arrears_are_the_months_owed_without_a_fine(engine):
    first = await _first(engine, "pedagang bpu nunggak 3 bulan, penghasilan 2jt, totalnya brp")
    # as of 24 Nov 2026: Sep - Nov 2026, each (20.000 JKK + 6.800 JKM) / 2 = 13.400
    assert "Rp40.200" in first and "tanpa denda" in first
    assert "September 2026" in first and "November 2026" in first


async def test_bpu_arrears_before_the_discount_are_counted_in_full(engine):
    first = await _first(engine, "pedagang bpu nunggak 10 bulan, penghasilan 2jt, bayar brp")
    # Feb - Nov 2026: Feb and Mar 26.800 each (no discount before April for other sectors),
    # Apr - Nov 13.400 each: 53.600 + 107.200 = 160.800
    assert "Rp160.800" in first


async def test_an_added_allowance_goes_on_top_of_the_last_wage(engine):
    await say(engine, "gaji 5jt potongan bpjs tk brp")
    # (5jt + 1jt) x (JHT 2% + JP 1%) = 180.000
    assert "Rp180.000" in await _first(engine, "kalau ditambah tunjangan tetap 1jt?")


async def test_a_new_wage_still_replaces_the_last_one(engine):
    await say(engine, "gaji 5jt potongan bpjs tk brp")
    assert "Rp210.000" in await _first(engine, "kalau 7jt?")


async def test_the_contribution_typed_for_a_fine_is_its_base(engine):
    await say(engine, "denda telat 2 bulan brp")
    # 2% x 2 months x 3jt = 120.000 (not the fine on a 3jt wage)
    assert "Rp120.000" in await _first(engine, "iuran sebulannya 3jt")


async def test_a_start_year_answers_the_years_question(engine):
    await say(engine, "pensiun jp nanti brp, gaji 6jt")
    # as of 24 Nov 2026, since 2006: 20 years; 1% x 20 x 6jt = 1.200.000
    assert "Rp1.200.000" in await _first(engine, "iur dari 2006 sampai skrg")


async def test_a_minimum_wage_a_bit_above_answers_the_wage_question(engine):
    await say(engine, "potongan bpjs tk saya brp")
    # UMP Jawa Barat 2026 Rp2.317.601 x (JHT 2% + JP 1%) = 69.528 (each program rounded)
    first = await _first(engine, "sedikit di atas umr jabar")
    assert "Rp69.528" in first
