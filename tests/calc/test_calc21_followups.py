"""Through the real engine (calc21): answers typed loosely to the calculator's own questions
back: the wage as "4jtan" or "around 6 million", the years as "18thn 9bln", and one wage for
the staff counted before the list was asked."""

from tests.calc.chat import plain, say


async def _first(engine, text: str) -> str:
    return plain(await say(engine, text)).strip().splitlines()[0]


async def test_an_about_amount_answers_the_wage_question(engine):
    await say(engine, "potongan bpjs tk saya brp")
    # 3jt x (JHT 2% + JP 1%) = 90.000
    assert "Rp90.000" in await _first(engine, "3jtan")


async def test_an_english_million_answers_the_wage_question(engine):
    await say(engine, "how much is my bpjs tk deduction?")
    # 7 million x 3% = 210,000
    assert "210,000" in await _first(engine, "around 7 million")


async def test_years_and_months_answer_the_years_question(engine):
    await say(engine, "pensiun jp nanti brp, gaji 4jt")
    # 1% x 225/12 x 4jt = 750.000
    assert "Rp750.000" in await _first(engine, "18thn 9bln")


async def test_one_wage_after_a_headcount_is_each_persons(engine):
    await say(engine, "karyawan 3 org, iuran perusahaan brp")
    # 3 x 5jt x (JKM 0,3% + JHT 3,7% + JP 2%) = 900.000
    assert "Rp900.000" in await _first(engine, "gajinya 5jt semua")


async def test_a_list_after_a_headcount_is_still_the_list(engine):
    await say(engine, "karyawan 3 org, iuran perusahaan brp")
    # (4jt + 6jt) x 6% = 600.000
    assert "Rp600.000" in await _first(engine, "4jt, 6jt")


async def test_a_job_answers_employee_or_self_employed(engine):
    await say(engine, "iuran bpjs tk sebulan brp, penghasilan 4jt")
    # BPU on 4jt: (40.000 JKK + 6.800 JKM) / 2 (PP 50/2025) = 23.400
    assert "Rp23.400" in await _first(engine, "driver grab")


async def test_a_factory_job_answers_employee(engine):
    await say(engine, "iuran bpjs tk sebulan brp, penghasilan 4jt")
    # 4jt x (JHT 2% + JP 1%) = 120.000
    assert "Rp120.000" in await _first(engine, "buruh pabrik")


async def test_a_freelance_worker_is_self_employed(engine):
    await say(engine, "iuran bpjs tk sebulan brp, penghasilan 4jt")
    assert "Rp23.400" in await _first(engine, "pekerja lepas")


async def test_a_denied_group_is_not_the_answer(engine):
    await say(engine, "iuran bpjs tk sebulan brp, penghasilan 4jt")
    assert "Rp120.000" in await _first(engine, "bukan bpu, sy karyawan")


async def test_a_wage_in_words_without_its_scale_is_asked_as_millions(engine):
    await say(engine, "potongan bpjs tk saya brp")
    assert "Rp4,5 juta" in await _first(engine, "empat setengah")
    assert "Rp135.000" in await _first(engine, "4,5 juta")
