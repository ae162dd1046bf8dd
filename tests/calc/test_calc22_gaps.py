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
