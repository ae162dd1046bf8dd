"""Through the real engine (calc9): JKK asked without a risk group says it depends on the
group (never "Rp0 + JKK"), and the group picked then gives the figure."""

from tests.calc.chat import plain, press, say


async def test_jkk_alone_without_a_group_asks_the_group_instead_of_rp0(engine):
    text = plain(await say(engine, "berapa iuran jkk kalau gaji 4jt"))
    first = text.strip().splitlines()[0]
    assert "Rp0" not in first and "kelompok risiko" in first
    text = plain(await press(engine, "calc:k:2"))
    assert "Rp21.600" in text  # JKK kelompok II 0,54% x Rp4.000.000


async def test_jkk_alone_for_a_staff_without_a_group_asks_the_group(engine):
    text = plain(await say(engine, "iuran jkk 3 karyawan gaji 4jt berapa"))
    first = text.strip().splitlines()[0]
    assert "Rp0" not in first and "kelompok risiko" in first


async def test_jkk_deducted_from_pay_is_still_nothing(engine):
    text = plain(await say(engine, "potongan jkk dari gaji 4jt berapa"))
    assert "Rp0" in text.strip().splitlines()[0]  # JKK is the employer's: nothing deducted


async def test_the_english_jkk_alone_asks_the_group(engine):
    text = plain(await say(engine, "jkk contribution for a 4 million salary?"))
    first = text.strip().splitlines()[0]
    assert "IDR 0" not in first and "risk group" in first
