"""Through the real engine (calc14): a calculation that answers one of several questions in a
message offers the others as ❓ buttons, as an FAQ answer does; one question gets none."""

from tests.calc.chat import plain, say


def _faq_buttons(replies) -> list[str]:
    return [b.data for r in replies for row in r.buttons for b in row if b.data.startswith("faq:")]


async def test_the_other_question_of_a_jkp_calculation_is_a_button(engine):
    replies = await say(engine, "kena phk, jkp saya berapa dari gaji 4 juta? terus berapa lama "
                                "cairnya")
    assert replies[0].kind == "calculation" and "Rp2.400.000" in plain(replies)
    assert "faq:jkp-lama-cair" in _faq_buttons(replies)
    assert "tombol ❓" in plain(replies)


async def test_a_calculation_asking_one_thing_offers_no_other_question(engine):
    replies = await say(engine, "gaji 5jt iuran bpjs tk berapa")
    assert replies[0].kind == "calculation" and not _faq_buttons(replies)
    assert "❓" not in plain(replies)
