"""The share asked of a named program: the employer's part of JHT is not the JHT total."""

from bot.content.render import to_plain
from bot.core.replies import Event


async def first_line(engine, text: str) -> str:
    replies = await engine.handle(Event("p1", "console", text=text))
    return to_plain(replies[0].text).splitlines()[0]


async def test_employer_share_of_jht(engine):
    line = await first_line(engine, "jht bagian perusahaan gaji 6,5jt")
    assert "Rp240.500" in line  # 3,7% x 6.500.000, not 5,7% (Rp370.500)


async def test_employer_share_of_jp_is_on_the_cap(engine):
    line = await first_line(engine, "iuran jp perusahaan gaji 15 jt")
    assert "Rp221.726" in line  # 2% x batas upah 11.086.300


async def test_worker_and_total_of_a_program_unchanged(engine):
    assert "Rp130.000" in await first_line(engine, "potongan jht gaji 6,5jt")  # 2%
    assert "Rp370.500" in await first_line(engine, "iuran jht gaji 6,5jt")  # 5,7%
