"""English calculations show their rates' legal basis in English (faq/language.yaml basis_en)."""

from __future__ import annotations

import re

from bot.core.replies import Event

# The legal words and notes of faq/rates.yaml's basis lines; place and regulation names
# ("Jawa Barat", "Permen KP") stay as written.
INDONESIAN = {"pasal", "ayat", "bukan", "peraturan", "aturan", "belum", "dilihat", "tentang",
              "dan", "nomor", "tahun", "keputusan", "pengumuman", "gubernur", "layanan",
              "ketentuan", "sejalan", "tidak", "ditemukan", "kelompok", "batas", "upah", "bulan",
              "pernyataan", "sumber", "diverifikasi", "surat", "disebut", "dalam", "syarat",
              "definisi", "januari", "februari", "maret", "mei", "juni", "juli", "agustus",
              "oktober", "desember"}


def test_every_rates_basis_reads_in_english(engine) -> None:
    content = engine.store.current
    english, rates = content.basis_words.english, content.faq.rates
    keys = rates.keys()
    for key in keys:
        for value in rates.rate(key).values:
            words = {w.lower() for w in re.findall(r"[^\W\d_]+", english(value.basis))}
            assert not words & INDONESIAN, (key, english(value.basis))


async def test_an_english_calculations_details_cite_articles_in_english(engine) -> None:
    (_short,) = await engine.handle(Event("f1", text="my salary is 5 million, how much is the "
                                                    "bpjs contribution"))
    (detail,) = await engine.handle(Event("f1", press="calc:d"))
    assert "Art. 16 para. (1)" in detail.text and "February 2026" in detail.text
    assert "Pasal" not in detail.text and "ayat" not in detail.text
    (_indonesian,) = await engine.handle(Event("f2", text="gaji 5 juta iuran bpjs tk berapa"))
    (rincian,) = await engine.handle(Event("f2", press="calc:d"))
    assert "Pasal 16 ayat (1)" in rincian.text  # Indonesian replies keep the basis as written
