"""A short message saying who asks ("eh saya freelance bukan karyawan", "kalau buat
perusahaan?") asks the question before again for that group (bot/answers/audience.py)."""

from __future__ import annotations

from pathlib import Path

from bot.answers.audience import said_audience
from bot.content.calc_cues import load_cues
from bot.content.faqbase import load_faq
from bot.core.replies import Event
from bot.understand.matcher import Matcher

FAQ = Path(__file__).resolve().parents[2] / "faq"


async def say(engine, text, user):
    return (await engine.handle(Event(user, "console", text=text)))[0]


def test_only_a_message_that_says_who_asks_is_read_so():
    matcher, cues = Matcher(load_faq(FAQ)), load_cues(FAQ / "calc-cues.yaml")
    assert said_audience(matcher, "sebenarnya saya ojek online, bukan pegawai", cues) \
        == "sebenarnya saya ojek online,"
    assert said_audience(matcher, "kalau untuk tkw di hongkong?", cues) is not None
    assert said_audience(matcher, "actually I'm self-employed, not staff", cues) is not None
    # a question of its own, a story, a bare follow-up: not who asks
    for text in ("saya mandiri, syarat daftarnya apa?", "saya resign", "dokumennya?",
                 "kalau jp?", "saya karyawan dan kena phk kemarin"):
        assert said_audience(matcher, text, cues) is None, text


async def test_who_asks_said_after_an_answer_asks_it_again_for_them(engine):
    assert (await say(engine, "iuran jht bpu berapa", "aud1")).entry_id == "iuran-bpu-jht"
    assert (await say(engine, "eh ternyata saya pegawai, bukan mandiri", "aud1")).entry_id \
        == "jht-iuran"
    assert (await say(engine, "gimana cara daftar jadi peserta", "aud2")).entry_id \
        == "daftar-bpu-cara"
    assert (await say(engine, "maksudnya untuk pabrik saya", "aud2")).entry_id \
        == "pk-daftar-perusahaan"


async def test_an_answer_for_everyone_is_given_again_for_the_group_named(engine):
    assert (await say(engine, "jkm iurannya berapa", "aud3")).entry_id == "jkm-iuran"
    assert (await say(engine, "oh sebenarnya saya buruh pabrik, bukan bpu", "aud3")).entry_id \
        == "jkm-iuran"


async def test_who_changes_not_what_was_asked(engine):
    # "iuran jkm ... tkw di hongkong" alone leads to the migrant's claim; the contribution
    # just answered keeps the migrant's contribution
    assert (await say(engine, "iuran jkm berapa persen", "aud4")).entry_id == "jkm-iuran"
    assert (await say(engine, "kalau untuk tkw di hongkong?", "aud4")).entry_id == "pmi-iuran"


async def test_an_answer_not_for_the_group_named_gives_way_to_theirs(engine):
    # the re-asked question still leads to the wage deduction: the first close reading for
    # the self-employed instead
    assert (await say(engine, "how much is cut from my wages for BPJS TK?", "aud5")).entry_id \
        == "iuran-pu-potong-gaji"
    assert (await say(engine, "actually I'm self-employed, not on payroll", "aud5")).entry_id \
        == "iuran-bpu-besaran"
