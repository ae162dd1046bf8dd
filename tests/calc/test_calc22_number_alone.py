"""A number typed alone with nothing asked ("5jt", "12", "0") got FAQ suggestions about
something else (review22): now what the bot can do with it, in the user's language."""

import pytest

from bot.calc.number_alone import alone
from tests.calc.chat import plain, press, say


def _data(replies) -> list[str]:
    return [b.data for r in replies for row in r.buttons for b in row]


@pytest.mark.parametrize("text", ["5jt", "5 juta", "Rp 5.000.000", "5jt?", "5000000"])
async def test_an_amount_alone_is_asked_as_a_wage(engine, text):
    replies = await say(engine, text)
    assert len(replies) == 1 and replies[0].kind == "calculation"
    assert "Rp5.000.000" in plain(replies) and "gaji atau penghasilan" in plain(replies)
    assert _data(replies) == ["calc:p:pu", "calc:p:bpu"]


async def test_the_wage_question_keeps_the_amount_for_the_button(engine):
    await say(engine, "5jt", "w1")
    # employee: JHT 2% + JP 1% of 5 juta taken from the wage
    assert "Rp150.000" in plain(await press(engine, "calc:p:pu", "w1"))


@pytest.mark.parametrize("text", ["12", "0", "2026"])
async def test_another_number_alone_gets_what_numbers_can_do(engine, text):
    replies = await say(engine, text, f"n{text}")
    assert replies[0].kind == "calculation" and f"Angka {text} saja" in plain(replies)
    assert "calc:m:wage" in _data(replies) and not any(
        d.startswith(("pick:", "faq:")) for d in _data(replies))


async def test_in_english(engine):
    text = plain(await say(engine, "1.5 million", "e1"))
    assert "IDR 1,500,000" in text and "salary or income" in text
    await say(engine, "what is jht?", "e2")
    assert "The number 12 alone" in plain(await say(engine, "12", "e2"))


@pytest.mark.parametrize("text", ["jht 5jt", "5jt 2 orang", "12 bulan", "umur 40", "(5jt)"])
def test_not_a_number_alone(text):
    assert alone(text, "id") is None


def test_punctuation_and_rp_around_it_are_alone():
    assert alone("rp 5jt!", "id") == "rp 5jt" and alone("12?", "id") == "12"


async def test_a_number_after_a_result_is_still_its_follow_up(engine):
    await say(engine, "gaji 4jt potong brp", "f1")
    text = plain(await say(engine, "5jt", "f1"))
    assert "Rp150.000" in text and "gaji atau penghasilan" not in text


@pytest.mark.parametrize("text", ["kalau 5jt?", "kalo 5 juta?", "what about 5m?"])
async def test_an_amount_after_a_followup_word_with_nothing_to_follow(engine, text):
    """review26: "kalau 5jt?" after a FAQ answer (or /hitung's menu) got FAQ suggestions
    about JKM benefits and JHT tax; now the wage question, as for "5jt" alone. (After a FAQ
    answer to a calculable question, "iuran bpu brp", the amount is read with that question:
    calc26, tests/calc/test_calc26_gaps.py.)"""
    user = f"f1-{text}"
    await say(engine, "cara klaim jht", user)
    replies = await say(engine, text, user)
    assert replies[0].kind == "calculation"
    assert "5.000.000" in plain(replies) or "5,000,000" in plain(replies)
    assert _data(replies) == ["calc:p:pu", "calc:p:bpu"]


async def test_a_followup_amount_after_a_result_still_recomputes_it(engine):
    await say(engine, "gaji 5jt potong berapa", "f2")
    assert "Rp210.000" in plain(await say(engine, "kalau 7jt?", "f2"))
