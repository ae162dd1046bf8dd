"""A wage named as a minimum wage, through the real engine: the figure used is said, asked-back
places and numbers continue the calculation, and no figure is used outside its period."""

from datetime import date

from bot.app.composition import build_engine, close_engine
from tests.calc.chat import plain, press, say


async def test_the_ump_is_the_wage_and_the_reply_says_which_figure(engine):
    text = plain(await say(engine, "potongan bpjs gaji umr jakarta"))
    assert "Potongan gaji Anda: Rp171.897" in text  # 2% + 1% of Rp5.729.876
    assert "UMP DKI Jakarta 2026: Rp5.729.876" in text
    assert "31 Desember 2026" in text and "bisa berbeda" in text
    detail = plain(await press(engine, "calc:d"))
    assert "UMP DKI Jakarta: Rp5.729.876 (Keputusan Gubernur DKI Jakarta" in detail


async def test_no_place_asks_the_province_and_keeps_the_rest(engine):
    text = plain(await say(engine, "Cara Hitung Saldo JHT dengan Gaji UMR dan Lama Kerja 5 Tahun"))
    assert "provinsi mana" in text
    text = plain(await say(engine, "jawa barat"))
    assert "saldo JHT setelah 5 tahun" in text  # the 5 years were kept
    assert "UMP Jawa Barat 2026: Rp2.317.601" in text


async def test_a_city_without_a_known_umk_offers_the_province_ump(engine):
    text = plain(await say(engine, "iuran bpjs gaji sesuai umr medan potongan berapa"))
    assert "UMK Medan belum ada di data saya" in text and "Rp3.228.971" in text
    assert "Potongan gaji" not in text
    text = plain(await say(engine, "pakai UMP Sumatera Utara"))
    assert "Potongan gaji Anda: Rp96.869" in text  # 2% 64.580 + 1% 32.290 of Rp3.228.971
    assert "UMP Sumatera Utara 2026" in text


async def test_a_typed_wage_replaces_the_minimum_wage(engine):
    await say(engine, "iuran bpjs gaji sesuai umr medan potongan berapa")
    text = plain(await say(engine, "4 juta"))
    assert "Potongan gaji Anda: Rp120.000" in text and "UMK" not in text and "UMP" not in text
    await say(engine, "potongan bpjs gaji umr jakarta")
    text = plain(await say(engine, "kalau 7 juta?"))
    assert "Rp210.000" in text and "UMP DKI Jakarta" not in text


async def test_disputed_figures_are_never_used(engine):
    text = plain(await say(engine, "potongan gaji ump kalimantan utara"))
    assert "belum terkonfirmasi" in text and "Potongan gaji" not in text
    text = plain(await say(engine, "potongan bpjs gaji umk bekasi"))
    assert "UMK Kota Bekasi belum terkonfirmasi" in text and "Rp2.317.601" in text


async def test_outside_the_known_period_the_number_is_asked(settings):
    eng = await build_engine(settings, as_of=date(2027, 1, 15))
    try:
        text = plain(await say(eng, "potongan bpjs gaji umr jakarta"))
        assert "belum ada di data saya" in text and "2026" in text
        assert "Potongan gaji" not in text and "Rp5.729.876" not in text
        text = plain(await say(eng, "6 juta"))
        assert "Potongan gaji Anda: Rp180.000" in text
    finally:
        await close_engine(eng)


async def test_an_english_follow_up_gets_no_indonesian_dates_or_figures(settings):
    """The province typed in English after the ask-back: the period question is all English."""
    eng = await build_engine(settings, as_of=date(2027, 1, 15))
    try:
        await say(eng, "potongan bpjs gaji umr")
        text = plain(await say(eng, "what is my deduction with the minimum wage of Jawa Barat?"))
        assert "15 January 2027" in text and "not in my data" in text
        assert "Januari" not in text and "berlaku" not in text and "Desember" not in text
    finally:
        await close_engine(eng)


async def test_an_english_follow_up_offers_the_ump_in_english_figures(engine):
    await say(engine, "iuran bpjs gaji sesuai umr medan potongan berapa")
    text = plain(await say(engine, "I mean the minimum wage of Pematangsiantar please"))
    assert "I do not have the UMK of Pematangsiantar" in text
    assert "IDR 3,228,971" in text and "Rp3.228.971" not in text


async def test_a_wage_typed_with_the_place_is_the_wage(engine):
    """"UMR provinsi mana? ... atau langsung angka gaji Anda": "jawa barat 6jt" gives both; the
    typed wage wins, as it does when typed alone."""
    await say(engine, "potongan bpjs gaji umr")
    text = plain(await say(engine, "jawa barat 6jt"))
    assert "Potongan gaji Anda: Rp180.000" in text and "UMP Jawa Barat" not in text
    await say(engine, "potongan bpjs gaji umr")
    text = plain(await say(engine, "ump 2026 jawa barat"))  # a year is no wage
    assert "UMP Jawa Barat 2026: Rp2.317.601" in text


async def test_a_province_key_renamed_by_a_reload_does_not_break_a_saved_calculation(engine):
    """A saved request names the province by its key; staff may rename it (a reload): the
    next step still answers, with the name kept on the request."""
    from dataclasses import replace

    await say(engine, "potongan bpjs gaji umr jakarta")
    content = engine.store.current
    places = content.cues.minimum_wage
    renamed = replace(places, provinces={("jakarta" if k == "dki_jakarta" else k): v
                                         for k, v in places.provinces.items()}, _re={})
    engine.store.current = replace(content, cues=replace(content.cues, minimum_wage=renamed))
    text = plain(await press(engine, "calc:k:2"))
    assert "Rp5.729.876" in text and "UMP DKI Jakarta" in text


async def test_rincian_after_the_year_ends_never_uses_the_old_figure(settings):
    """The short reply on 31 December used the 2026 UMP; "Rincian" pressed on 2 January counts
    January 2027: its figure is not known, so it is asked, as any new calculation would."""
    eng = await build_engine(settings, as_of=date(2026, 12, 31))
    try:
        text = plain(await say(eng, "potongan bpjs gaji umr jakarta"))
        assert "UMP DKI Jakarta 2026: Rp5.729.876" in text
        eng.today = lambda: date(2027, 1, 2)
        text = plain(await press(eng, "calc:d"))
        assert "Rp5.729.876" not in text and "Rincian" not in text
        assert "UMP DKI Jakarta yang berlaku pada 2 Januari 2027 belum ada di data saya" in text
        text = plain(await say(eng, "6 juta"))
        assert "Potongan gaji Anda: Rp180.000" in text
    finally:
        await close_engine(eng)


async def test_the_place_asked_for_a_listed_group_keeps_the_list(engine):
    # "10 org umr, 5 org 8jt": the UMR group keeps its place beside the typed group
    assert "provinsi mana" in plain(await say(engine, "10 org umr, 5 org 8jt iuran brp"))
    text = plain(await say(engine, "jawa barat"))
    assert "10 × Rp2.317.601, 5 × Rp8.000.000" in text
    assert "UMP Jawa Barat 2026: Rp2.317.601" in text


async def test_a_wage_typed_for_a_listed_group_takes_its_place(engine):
    # asked "which province ... or your wage", a wage alone is the UMR group's: never re-asked
    await say(engine, "10 org umr, 5 org 8jt iuran brp")
    text = plain(await say(engine, "7jt"))
    assert "10 × Rp7.000.000, 5 × Rp8.000.000" in text and "UMP" not in text
    await say(engine, "10 org umr, 5 org 8jt iuran brp")
    text = plain(await say(engine, "12 org 6jt, 3 org 9jt"))  # a whole list replaces it
    assert "12 × Rp6.000.000, 3 × Rp9.000.000" in text and "provinsi mana" not in text


async def test_groups_added_to_a_minimum_wage_keep_it_until_a_wage_replaces_the_list(engine):
    await say(engine, "iuran 10 karyawan gaji umr jakarta")
    text = plain(await say(engine, "kalau ditambah 5 org gaji 8jt?"))
    assert "10 × Rp5.729.876, 5 × Rp8.000.000" in text and "UMP DKI Jakarta 2026" in text
    text = plain(await say(engine, "ada 8 org umr jakarta sama 3 org 9jt, iuran perusahaan brp"))
    assert "8 × Rp5.729.876, 3 × Rp9.000.000" in text and "UMP DKI Jakarta 2026" in text
    text = plain(await say(engine, "kalau ditambah 2 org 5jt?"))
    assert "8 × Rp5.729.876, 3 × Rp9.000.000, 2 × Rp5.000.000" in text
    assert "UMP DKI Jakarta 2026" in text
    text = plain(await say(engine, "kalau 6jt?"))  # one wage for all: no minimum wage left
    assert "13 × Rp6.000.000" in text and "UMP" not in text


async def test_a_wage_typed_for_a_counted_minimum_wage_keeps_the_count(engine):
    assert "provinsi mana" in plain(await say(engine, "iuran 10 karyawan gaji umr"))
    text = plain(await say(engine, "7jt"))
    assert "10 × Rp7.000.000" in text and "UMP" not in text


async def test_another_place_after_a_result_looks_its_minimum_wage_up(engine):
    # review21: "kalau jawa barat?" after a UMR Jakarta result went to the FAQ's minimum-wage
    # redirect; the place is the follow-up's change, the rest of the request is kept
    await say(engine, "iuran 10 karyawan gaji umr jakarta")
    text = plain(await say(engine, "kalau jawa barat?"))
    assert "10 × Rp2.317.601" in text and "UMP Jawa Barat 2026" in text
    text = plain(await say(engine, "eh maksudnya umr kota bandung"))
    assert "10 × Rp4.737.678" in text and "UMK Kota Bandung 2026" in text
    text = plain(await say(engine, "kalau di kota bogor?"))
    assert "10 × Rp5.437.203" in text and "UMK Kota Bogor 2026" in text
    # a place with words of its own is a new question, not the place of the result
    assert "🧮" not in plain(await say(engine, "jawa barat ada kantor cabang?"))


async def test_a_place_corrected_after_a_denial_is_the_one_not_denied(engine):
    await say(engine, "potongan bpjs gaji umr jakarta")
    text = plain(await say(engine, "bukan jakarta, jawa barat"))
    assert "UMP Jawa Barat 2026: Rp2.317.601" in text and "Jakarta" not in text


async def test_another_place_for_a_listed_group_keeps_the_other_groups(engine):
    await say(engine, "iuran 10 org umr jakarta, 5 org 8jt")
    text = plain(await say(engine, "kalau jawa barat?"))
    assert "10 × Rp2.317.601, 5 × Rp8.000.000" in text and "Rp5.729.876" not in text
