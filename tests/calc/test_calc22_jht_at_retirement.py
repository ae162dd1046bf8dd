"""JHT named with retirement and no JP ("gaji 5jt jht pas pensiun brp", review22): the JHT
balance at retirement, not the JP pension (it asked "Sudah/akan berapa lama masa iur JP
Anda?", and an answer gave a JP pension)."""

from tests.calc.chat import plain, say


async def test_jht_at_retirement_is_a_jht_projection(engine):
    text = plain(await say(engine, "umur 30 gaji 5jt jht pas pensiun brp"))
    assert "JP" not in text and "saldo JHT" in text
    # the years answered: 5jt x 5,7% = 285.000 a month
    assert "Rp285.000" in plain(await say(engine, "26 tahun"))
    # the pension alone is still JP's
    assert "masa iur JP" in plain(await say(engine, "gaji 5jt pensiun dapet brp", "u2"))


async def test_jht_at_retirement_in_english_is_a_projection_too(engine):
    # it was the JHT contribution on 10 million
    text = plain(await say(engine, "born 1990 salary 10m jht at retirement", "en1"))
    assert "years ahead" in text and "contribution" not in text.lower()
