"""A JHT balance asked for the years since work began ("kerja sejak 2016 ... saldo jht skrg
brp", review22): the balance so far, with the wage typed as today's wage, not a projection of
as many years ahead (it was "Proyeksi saldo JHT, 10 tahun ke depan", the wage grown from today)."""

from datetime import date
from decimal import Decimal

from bot.content.faqbase import load_faq
from bot.rules.benefits import jht_projection
from tests.calc.chat import plain, say
from tests.conftest import AS_OF, FAQ_DIR


def test_a_balance_so_far_grows_the_wage_up_to_today():
    rates = load_faq(FAQ_DIR).rates
    ahead = jht_projection(rates, AS_OF, Decimal(5_000_000), 10)
    so_far = jht_projection(rates, AS_OF, Decimal(5_000_000), 10, so_far=True)
    # the first year's wage is today's taken back 3% a year: 5jt / 1,03^9 = 3.832.042,6
    assert so_far.balance_end < ahead.balance_end and so_far.so_far and not ahead.so_far
    assert so_far.monthly_first == ahead.monthly_first == Decimal(285_000)  # today's: 5,7%


async def test_a_balance_since_a_start_year_is_the_balance_now(engine):
    text = plain(await say(engine, "kerja sejak 2016 gaji 5jt, saldo jht sy kira2 skrg brp"))
    rates = load_faq(FAQ_DIR).rates
    figure = jht_projection(rates, date(2026, 11, 24), Decimal(5_000_000), 10,
                            so_far=True).balance_end
    assert f"Rp{figure:,.0f}".replace(",", ".") in text
    assert "sekarang" in text.splitlines()[0] and "ke depan" not in text
    # asked for years ahead after it, it is a projection again
    text = plain(await say(engine, "kalau 20 tahun?"))
    assert "20 tahun" in text.splitlines()[0] and "sekarang" not in text.splitlines()[0]
