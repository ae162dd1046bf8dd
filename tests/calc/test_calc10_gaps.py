"""Through the real engine (calc10): a follow-up that only changes the wage keeps the last
calculation's kind, a benefit asked after a wage earner's result uses that wage, and a domestic
worker's BPU estimate says the rule is unconfirmed and where to check."""

from tests.calc.chat import plain, say


async def test_a_wage_only_followup_keeps_the_benefit(engine):
    await say(engine, "jkp kalau gaji 4jt brp")
    first = plain(await say(engine, "kalau gaji 7jt?")).strip().splitlines()[0]
    assert "Rp3.000.000" in first  # 60% of the Rp5 juta cap, not a contribution


async def test_a_benefit_after_a_contribution_uses_its_wage(engine):
    await say(engine, "gaji 5 juta potongan bpjs tk berapa")
    first = plain(await say(engine, "kalau di phk dapat jkp berapa?")).strip().splitlines()[0]
    assert "Rp3.000.000" in first  # 60% x Rp5.000.000


async def test_a_new_request_in_followup_words_still_replaces_the_last(engine):
    await say(engine, "jkp kalau gaji 4jt brp")
    first = plain(await say(engine, "kalau potongan gaji 7jt?")).strip().splitlines()[0]
    assert "Rp210.000" in first  # it names a deduction: JHT 2% + JP 1% of Rp7 juta


async def test_a_domestic_worker_estimate_says_the_rule_is_unconfirmed(engine):
    text = plain(await say(engine, "ART saya gajinya 2 jt, iuran bpjs tk nya brp"))
    assert "Rp13.400" in text.strip().splitlines()[0]
    assert "belum terkonfirmasi" in text and "175" in text and "JMO" in text


async def test_a_short_benefit_question_after_a_result_uses_its_wage(engine):
    await say(engine, "gaji 6jt potongan bpjs tk")
    first = plain(await say(engine, "pensiunnya nanti brp kalau 20 tahun?")).strip().splitlines()[0]
    assert "Rp1.200.000" in first  # 1% x 20 x Rp6.000.000


async def test_a_whether_question_after_a_result_stays_with_the_faq(engine):
    await say(engine, "gaji 6jt potongan bpjs tk")
    replies = await say(engine, "phk dapat jkp ga?")
    assert all(r.kind != "calculation" for r in replies)


async def test_a_program_named_alone_narrows_the_last_contribution(engine):
    await say(engine, "gaji 6jt potongan bpjs tk")
    first = plain(await say(engine, "jht nya aja?")).strip().splitlines()[0]
    assert "Rp120.000" in first  # the worker's JHT 2%


async def test_a_risk_group_with_jkk_named_keeps_the_whole_contribution(engine):
    await say(engine, "hitung iuran bpjs tk gaji 8jt")
    first = plain(await say(engine, "jkk risiko sedang")).strip().splitlines()[0]
    assert "Rp791.200" in first  # total with JKK group III, not JKK alone


async def test_a_small_yearly_wage_is_asked_back(engine):
    first = plain(await say(engine, "gaji 3jt setahun potongan bpjs tk")).strip().splitlines()[0]
    assert "Rp250.000 sebulan" in first and "sebulan?" in first


async def test_a_headcount_after_the_staff_word_changes_the_last_result(engine):
    await say(engine, "gaji 4,5jt iuran bpjs tk brp")
    first = plain(await say(engine, "kalau karyawannya 10?")).strip().splitlines()[0]
    assert "10 karyawan" in first and "Rp4.050.000" in first  # 10 x 9% x Rp4,5 juta


async def test_a_late_fine_after_a_contribution_uses_its_wage(engine):
    await say(engine, "gaji 4,5jt iuran bpjs tk brp")
    first = plain(await say(engine, "terus kalau telat 2 bulan dendanya?")).strip().splitlines()[0]
    assert "Rp16.200" in first  # 2% x 2 x Rp405.000


async def test_an_english_benefit_after_a_result_uses_its_wage(engine):
    await say(engine, "salary 8 million bpjs tk deduction?")
    first = plain(await say(engine, "and if I get laid off, how much jkp?")).strip().splitlines()[0]
    assert "IDR 3,000,000" in first


async def test_a_wage_alone_after_a_benefit_keeps_the_benefit(engine):
    await say(engine, "kecelakaan kerja gaji 5jt 2 bulan ga kerja")
    first = plain(await say(engine, "gajinya 6jt")).strip().splitlines()[0]
    assert "kecelakaan kerja" in first and "Rp6.000.000" in first
