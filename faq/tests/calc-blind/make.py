# ruff: noqa: E501  (the items are data: one message per line)
"""Writes dev.yaml and heldout.yaml: the blind calculation set, figures worked out by hand.

The arithmetic below uses only faq/rates.yaml values and the facts sheet (section 9 wins), typed
here on purpose (not read from the bot) so the set checks the bot instead of echoing it.
Run once; the split is fixed by random.Random(20261208).shuffle.
"""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import yaml

CAP = {2024: 10_042_300, 2025: 10_547_400, 2026: 11_086_300}  # JP wage cap from 1 March
JKK = {1: "0.24", 2: "0.54", 3: "0.89", 4: "1.27", 5: "1.74"}


def r(x) -> int:
    return int(Decimal(str(x)).quantize(Decimal(1), ROUND_HALF_UP))


def cap(year: int = 2026, month: int = 11) -> int:
    return CAP[year if month >= 3 else year - 1]


def worker(w, y=2026, m=11):
    """JHT 2% + JP 1% (JP on the capped wage)."""
    return r(Decimal(w) * Decimal("0.02") + min(Decimal(w), cap(y, m)) * Decimal("0.01"))


def employer(w, jkk=None, y=2026, m=11):
    """JKM 0.3% + JHT 3.7% + JP 2% (capped) + JKK by group when known."""
    w = Decimal(w)
    out = w * Decimal("0.003") + w * Decimal("0.037") + min(w, cap(y, m)) * Decimal("0.02")
    if jkk:
        out += w * Decimal(JKK[jkk]) / 100
    return out


def total(w, jkk=None, y=2026, m=11):
    return r(employer(w, jkk, y, m) + worker(w, y, m))


def emp(w, jkk=None):
    return r(employer(w, jkk))


def bpu(income, discount=True, jht=False):
    """JKK 1% of income clamped to 1 - 20.7 juta + JKM 6,800; PP 50/2025 halves JKK + JKM."""
    base = min(max(Decimal(income), Decimal(1_000_000)), Decimal(20_700_000))
    jkk_jkm = base / 100 + 6800
    out = jkk_jkm / 2 if discount else jkk_jkm
    return r(out + (base * Decimal("0.02") if jht else 0))


def fine(monthly, months):
    return r(Decimal(monthly) * Decimal("0.02") * months)


def jp(years, wage):
    v = Decimal("0.01") * years * min(Decimal(wage), CAP[2026])
    return r(min(max(v, Decimal(411_400)), Decimal(4_932_300)))


M = 1_000_000
ITEMS = [
    # --- wage earners: what is cut from the pay
    ("gaji 4,5jt potongan bpjs tk brp", "contribution", worker(4.5 * M)),
    ("gaji saya 4.500.000 dipotong bpjs tk berapa ya", "contribution", worker(4.5 * M)),
    ("Gaji pokok Rp 4.500.000,- potongan BPJS Ketenagakerjaan sebulan berapa?", "contribution",
     worker(4.5 * M)),
    ("gaji 4500k potongan jht jp brp", "contribution", worker(4.5 * M)),
    ("gaji 4 juta 500 ribu kena potong bpjs tk berapa", "contribution", worker(4.5 * M)),
    ("gajiku 4.5 jt sebulan, yg dipotong buat bpjs tk brp ya", "contribution", worker(4.5 * M)),
    ("gaji empat juta potongan bpjs ketenagakerjaan berapa", "contribution", worker(4 * M)),
    ("gaji 7,25 juta potongan jht berapa", "contribution", r(7.25 * M * 0.02)),
    ("gaji 12 jt potongan bpjs tk berapa", "contribution", worker(12 * M)),
    ("gaji pokok 5jt tunjangan tetap 1jt potongan bpjs tk", "contribution", worker(6 * M)),
    ("gapok 4jt tunjangan jabatan 500rb uang makan 600rb potongan bpjs berapa", "contribution",
     worker(4.5 * M)),
    ("gaji 5 juta lembur 1 juta potongan bpjs tk brp", "contribution", worker(5 * M)),
    ("gajih 3,5jt potngan bpjs tk brapa", "contribution", worker(3.5 * M)),
    ("gaji 6jt iuaran bpjs ketenagakerjaan brp", "contribution", [worker(6 * M), total(6 * M)]),
    ("umr bekasi 5.3 juta iuran jht sebulan", "contribution", [r(5.3 * M * 0.057), r(5.3 * M * 0.02)]),
    ("ump jakarta 5.396.761 potongan bpjs tk", "contribution", worker(5_396_761)),
    ("gaji sesuai umr aja, potongan bpjs tk berapa", "ask", None),
    ("gaji umr potongan bpjs tk brp", "ask", None),
    ("gaji harian 150rb potongan bpjs tk berapa", "contribution", worker(150_000 * 26)),
    ("upah 120 ribu per hari, iuran bpjs tk yg dipotong brp", "contribution", worker(120_000 * 26)),
    ("gaji mingguan 1 juta potongan bpjs tk", "contribution", worker(4 * M)),
    ("gaji 60 juta setahun potongan bpjs tk", "contribution", worker(5 * M)),
    ("gaji setahun 84 jt, iuran jht perbulan brp", "contribution", [r(7 * M * 0.057), r(7 * M * 0.02)]),
    ("gaji 3-4 juta potongan bpjs", "ask", None),
    ("gaji antara 5 sampai 6 juta iuran bpjs tk berapa", "ask", None),
    ("gaji 5 potongan bpjs brp", "ask", None),
    ("hitung iuran bpjs tk dong", "ask", None),
    ("berapa potongan bpjs tk kalau gaji ump", "ask", None),
    ("gaji 10jt iuran jp nya berapa", "contribution", [r(10 * M * 0.03), r(10 * M * 0.01)]),
    ("gaji 20 juta iuran jp brp", "contribution", [r(CAP[2026] * 0.03), r(CAP[2026] * 0.01)]),
    ("iuran jp bulan februari 2026 gaji 15jt", "contribution", [r(CAP[2025] * 0.03), r(CAP[2025] * 0.01)]),
    ("gaji 15jt potongan jp bulan maret 2026", "contribution", [r(CAP[2026] * 0.01), r(CAP[2026] * 0.03)]),
    ("iuran jkm gaji 8 juta", "contribution", r(8 * M * 0.003)),
    ("iuran jkk gaji 5jt risiko sangat rendah", "contribution", r(5 * M * 0.0024)),
    ("jkk kelompok 3 gaji 6 juta berapa iurannya", "contribution", r(6 * M * 0.0089)),
    ("pabrik risiko tinggi gaji 4jt iuran jkk berapa", "contribution", r(4 * M * 0.0127)),
    ("perusahaan bayar berapa untuk karyawan gaji 5 juta", "contribution", emp(5 * M)),
    ("bagian perusahaan iuran bpjs tk gaji 7 jt jkk kelompok 1", "contribution", emp(7 * M, 1)),
    ("saya hrd, karyawan gaji 4.8jt, total iuran bpjs tk perusahaan + karyawan berapa (jkk 0,54%)",
     "contribution", total(4.8 * M, 2)),
    ("iuran bulan desember gaji 5jt berapa dipotong", "contribution", worker(5 * M)),
    ("gaji 15 jt, potongan bpjs tk januari 2026", "contribution", worker(15 * M, 2026, 1)),
    ("hitung iuran jp bulan agustus 2025 gaji 12 juta", "contribution",
     [r(CAP[2025] * 0.03), r(CAP[2025] * 0.01)]),
    ("potongan jp tahun 2024 gaji 11 juta bulan mei", "contribution", [r(CAP[2024] * 0.01), r(CAP[2024] * 0.03)]),
    ("kerja sejak 2015 gaji sekarang 6,5jt iuran jht sebulan", "contribution",
     [r(6.5 * M * 0.057), r(6.5 * M * 0.02)]),
    ("usia 57 gaji 8 jt potongan jp masih?", "contribution", [r(8 * M * 0.01), r(8 * M * 0.03)]),
    ("guru honorer gaji 1,5jt iuran bpjs tk berapa", ["contribution", "ask"], worker(1.5 * M)),
    # --- HR, clinics, shops: several staff
    ("klinik saya 7 karyawan gaji rata2 3jt total iuran perusahaan", "contribution",
     [7 * emp(3 * M, 1), 7 * total(3 * M, 1)]),
    ("apotek 3 karyawan gaji 2,5jt semua, iuran bpjs tk sebulan total", "contribution", 3 * total(2.5 * M, 1)),
    ("toko saya 5 karyawan gaji 3,5 juta iuran bpjs tk berapa", "contribution",
     [5 * total(3.5 * M), 5 * emp(3.5 * M)]),
    ("karyawan 3 orang gaji 5jt 4jt 3jt total iuran", "contribution",
     total(5 * M) + total(4 * M) + total(3 * M)),
    ("2 karyawan gaji 6 juta dan 1 karyawan gaji 4 juta, total iuran bpjs tk", "contribution",
     2 * total(6 * M) + total(4 * M)),
    ("klinik 10 pegawai, 4 orang gaji 5jt dan 6 orang gaji 3jt, iuran perusahaan per bulan?",
     "contribution", [4 * emp(5 * M, 1) + 6 * emp(3 * M, 1), 4 * total(5 * M, 1) + 6 * total(3 * M, 1)]),
    ("bengkel 4 karyawan gaji 3 jt jkk kelompok 2 total iuran", "contribution", 4 * total(3 * M, 2)),
    ("pabrik 50 karyawan gaji umr 5,2 jt iuran perusahaan sebulan", "contribution",
     [50 * emp(5.2 * M), 50 * total(5.2 * M)]),
    ("karyawan 8 orang, gaji rata-rata 4,2 jt, jkk 0.24%, total iuran per bulan", "contribution",
     8 * total(4.2 * M, 1)),
    ("proyek konstruksi nilai kontrak 200 juta iuran bpjs tk berapa", "contribution",
     r(100 * M * 0.0024 + 100 * M * 0.0019)),
    # --- English
    ("my salary is 9 million rupiah, how much is deducted for bpjs ketenagakerjaan", "contribution",
     worker(9 * M), "en"),
    ("my company has 5 employees earning 10 million each, total bpjs ketenagakerjaan contribution?",
     "contribution", 5 * total(10 * M), "en"),
    ("we have 2 staff, salary 25 million each, employer contribution?", "contribution",
     [2 * emp(25 * M), 2 * total(25 * M)], "en"),
    ("my salary is 15 million how much bpjs tk deduction", "contribution", worker(15 * M), "en"),
    ("I earn IDR 8,000,000 per month, how much is my bpjs ketenagakerjaan deduction?", "contribution",
     worker(8 * M), "en"),
    ("salary Rp 12.500.000, what's the employee share of BPJS TK", "contribution", worker(12.5 * M), "en"),
    ("expat here, salary 40 million a month, how much is my jht deduction", "contribution",
     r(40 * M * 0.02), "en"),
    ("how much is the bpjs employment contribution for a salary of 6.5 million", "contribution",
     [worker(6.5 * M), total(6.5 * M)], "en"),
    ("monthly salary 5,000,000 rupiah, how much does the employer pay for bpjs tk", "contribution",
     emp(5 * M), "en"),
    ("salary 4.5m, bpjs tk cut?", "contribution", worker(4.5 * M), "en"),
    ("I get paid 200k a day, what's my bpjs tk deduction", "contribution", worker(200_000 * 26), "en"),
    ("freelancer income 10 million a month, bpjs ketenagakerjaan how much", "contribution",
     bpu(10 * M), "en"),
    ("our company paid bpjs tk 2 months late, monthly contribution is 10 million, what is the fine",
     "fine", fine(10 * M, 2), "en"),
    ("my husband died in a work accident, salary 10 million, how much will we get", "benefit",
     48 * 10 * M + 22 * M, "en"),
    ("injured at work, salary 7 million, off work for 14 months, how much stmb", "benefit",
     [7 * M, 12 * 7 * M + 2 * 3_500_000], "en"),
    ("laid off, last salary 4.5 million, how much job loss benefit", "benefit",
     [2_700_000, 6 * 2_700_000], "en"),
    ("i've paid jp for 18 years, salary 9 million, monthly pension?", "benefit", jp(18, 9 * M), "en"),
    ("if my salary is 10 million, how much JHT after 20 years", "projection", None, "en"),
    ("my payslip shows 300k bpjs tk deduction on 10 million salary, is that right", "payslip",
     worker(10 * M), "en"),
    ("my JHT balance is 45 million, can I withdraw 30% for a house?", "none", None, "en"),
    # --- informal workers (BPU); contribution month November 2026: discount still on
    ("saya ojol penghasilan kira2 3 juta bayar bpjs tk berapa", "contribution", bpu(3 * M)),
    ("driver grab pendapatan 4jt sebulan iuran bpjs mandiri brp", "contribution", bpu(4 * M)),
    ("kurir penghasilan 2,5 juta iuran bpjs tk bpu", "contribution", bpu(2.5 * M)),
    ("pedagang pasar omzet 5 juta sebulan bpjs tk bayar brp", "contribution", bpu(5 * M)),
    ("petani penghasilan 2 juta iuran bpjs plus jht", "contribution", bpu(2 * M, jht=True)),
    ("nelayan pendapatan 1,5 jt iuran bpjs ketenagakerjaan brp", "contribution", bpu(1.5 * M)),
    ("saya penjahit penghasilan 800 ribu sebulan iuran bpjs tk berapa", "contribution", bpu(800_000)),
    ("wiraswasta penghasilan 25 juta iuran bpu berapa", "contribution", bpu(25 * M)),
    ("ojol penghasilan 150rb sehari iuran bpjs tk", "contribution", bpu(150_000 * 26)),
    ("saya ojol, iuran bulan april 2027 penghasilan 3jt berapa", "contribution", bpu(3 * M, False)),
    ("petani penghasilan 3 juta iuran bulan januari 2027", "contribution", bpu(3 * M, False)),
    ("pedagang penghasilan 3 juta iuran bulan maret 2026 berapa", "contribution", bpu(3 * M, False)),
    ("ojol penghasilan 3jt iuran bulan februari 2026", "contribution", bpu(3 * M)),
    ("bpu penghasilan 4 juta dengan jht berapa totalnya", "contribution", bpu(4 * M, jht=True)),
    ("saya ojol mau daftar bpjs tk paling murah bayar berapa", ["contribution", "ask"], bpu(1 * M)),
    ("penghasilan 3 juta bayar bpjs tk berapa", "ask", None),
    ("saya kerja sendiri jualan online untung 6jt sebulan iuran bpjs tk", "contribution", bpu(6 * M)),
    ("buruh tani dapet 80rb per hari, ikut bpjs tk bayar brp", "contribution", bpu(80_000 * 26)),
    ("nelayan penghasilan 12 juta setahun iuran bpjs tk", "contribution", bpu(1 * M)),
    ("tukang ojek pangkalan pendapatan 2 jt iuran jkk jkm berapa", "contribution", bpu(2 * M)),
    ("saya ojol penghasilan 700 ribu seminggu iuran bpjs", "contribution", bpu(700_000 * 4)),
    # --- late fines: 2% a month of the contribution due
    ("telat bayar 3 bulan dendanya berapa iuran 500rb", "fine", fine(500_000, 3)),
    ("iuran bpjs tk perusahaan 2 juta sebulan telat 2 bulan denda brp", "fine", fine(2 * M, 2)),
    ("telat bayar iuran 2 bulan gaji 5 juta 10 karyawan denda berapa", "fine",
     fine(10 * total(5 * M), 2)),
    ("denda telat 1 bulan iuran Rp 1.250.000", "fine", fine(1_250_000, 1)),
    ("nunggak iuran 4 bulan, iuran per bulan 3,5jt, dendanya berapa", "fine", fine(3.5 * M, 4)),
    ("klinik telat bayar bpjs tk 2 bulan, karyawan 5 gaji 4jt, denda?", "fine",
     fine(5 * total(4 * M, 1), 2)),
    ("telat dari agustus iuran 1 juta sebulan dendanya berapa", "fine", None),
    ("telat bayar bpjs tk 3 bulan gaji 6 jt dendanya", "fine", fine(total(6 * M), 3)),
    ("bpu telat bayar 3 bulan iuran 16.800 kena denda brp", "fine", None),
    ("telat bayar iuran 6 bulan 2,4jt per bulan, total denda", "fine", fine(2.4 * M, 6)),
    ("tanggal 20 desember baru bayar iuran november, iuran 3 juta, denda?", "fine", fine(3 * M, 1)),
    # --- benefits
    ("suami meninggal kecelakaan kerja gajinya 6 juta dapat berapa", "benefit", 48 * 6 * M + 22 * M),
    ("bapak meninggal krn kecelakaan kerja, gaji 4,2jt, ahli waris dapat brp", "benefit",
     r(48 * 4.2 * M) + 22 * M),
    ("ayah meninggal biasa bukan kecelakaan dapat santunan berapa", "benefit", 42 * M),
    ("istri saya meninggal karena sakit, peserta bpjs tk, gaji 5jt, santunan jkm brp", "benefit", 42 * M),
    ("karyawan saya meninggal di rumah (bukan kecelakaan) gaji 3,5jt, keluarganya dapat santunan berapa",
     "benefit", 42 * M),
    ("cacat total karena kecelakaan kerja gaji 5jt dapat berapa", "benefit", 56 * 5 * M),
    ("kecelakaan kerja sampai cacat tetap total, upah 3.800.000, santunannya", "benefit", r(56 * 3.8 * M)),
    ("kecelakaan kerja tidak bisa kerja 2 bulan gaji 4jt dapat berapa", "benefit", [4 * M, 8 * M]),
    ("kecelakaan kerja dirawat 3 bulan gaji 6,5 juta, gaji selama ga kerja dibayar berapa", "benefit",
     [6_500_000, 19_500_000]),
    ("kena phk gaji 8 juta dapat jkp berapa", "benefit", [3 * M, 18 * M]),
    ("saya dipecat gaji 3,2jt dapat uang jkp berapa", "benefit", [1_920_000, 11_520_000]),
    ("kerja 12 tahun gaji terakhir 7jt pensiun dapat berapa", "benefit", None),
    ("kerja 20 tahun gaji 8jt pensiun dapat berapa", "benefit", jp(20, 8 * M)),
    ("masa iur jp 25 tahun gaji 10 juta pensiun bulanan brp", "benefit", jp(25, 10 * M)),
    ("ikut jp 30 tahun gaji 15 juta, pensiun per bulan", "benefit", jp(30, 15 * M)),
    # The 2026 floor (Rp411.400) is unconfirmed in rates.yaml: not applying it is right too.
    ("pensiun jp 16 tahun gaji 2 jt berapa sebulan", "benefit", [jp(16, 2 * M), r(0.01 * 16 * 2 * M)]),
    # --- JHT projections (the figure rests on assumptions: kind only)
    ("saldo jht 20 juta gaji 6jt 10 tahun lagi jadi berapa", "projection", None),
    ("gaji 5jt kerja 15 tahun lagi jht terkumpul berapa", "projection", None),
    ("simulasi jht gaji 4 juta 25 tahun", "projection", None),
    # --- payslip checks: the figure is the right deduction
    ("slip gaji saya 5jt dipotong bpjs tk 200rb bener ga", "payslip", worker(5 * M)),
    ("gaji 6 juta kok potongan jht jp 250 ribu, wajar ga", "payslip", worker(6 * M)),
    # --- other schemes
    ("pns gaji 5jt potongan taspen", "other_scheme", None),
    ("anggota polri gaji 6 jt iuran bpjs tk berapa", "other_scheme", None),
    # --- numbers, but not a calculation
    ("nomor kpj saya 19012345678 gimana cek saldo", "none", None),
    ("nik 3201234567890001 gak bisa daftar jmo", "none", None),
    ("call center bpjs tk 175 atau 1500910?", "none", None),
    ("hp saya 081234567890 ganti nomor di jmo gimana", "none", None),
    ("sudah 3 kali ke kantor cabang klaim jht belum cair", "none", None),
    ("klaim jht 30% syaratnya apa", "none", None),
    ("gaji 13 kena potong bpjs tk ga", "none", None),
    ("thr 5 juta dipotong bpjs tk gak", "none", None),
    ("saya resign tahun 2023, jht bisa dicairkan 2026?", "none", None),
    ("pajak jht 60 juta berapa", "none", None),
    ("umur 56 tahun bisa klaim jht?", "none", None),
    ("kantor cabang bpjs tk jl. sudirman no 12 buka jam berapa", "none", None),
    ("jht saya 10 tahun bisa ambil 10% kan?", "none", None),
    ("pt saya 2 tahun tidak daftarkan karyawan, lapor kemana", "none", None),
    ("bsu 600 ribu kapan cair", "none", None),
    ("jkm 42 juta itu sudah termasuk beasiswa?", "none", None),
    ("saya lahir 1990, kapan umur pensiun saya", "none", None),
    ("phk setelah 6 tahun gaji 5 jt berapa pesangon", "none", None),
    ("denda telat bayar bpjs tk 2% itu per bulan atau per tahun", "none", None),
]


def as_item(row: tuple) -> dict:
    q, kind, figure = row[:3]
    item: dict = {"q": q, "kind": kind}
    if figure is not None:
        item["figure"] = figure
    if len(row) > 3:
        item["lang"] = row[3]
    return item


def write_split(rows: list[tuple], seed: int, dev: str, heldout: str) -> None:
    """Shuffle the 150 rows once with `seed`; the first half to `dev`.yaml, the rest to
    `heldout`.yaml beside this script."""
    items = [as_item(row) for row in rows]
    assert len(items) == 150, len(items)
    assert len({i["q"] for i in items}) == 150
    random.Random(seed).shuffle(items)
    here = Path(__file__).parent
    for name, part in ((dev, items[:75]), (heldout, items[75:])):
        text = yaml.safe_dump(part, allow_unicode=True, sort_keys=False, width=100)
        (here / f"{name}.yaml").write_text(text, encoding="utf-8")


def followup_items(followups: list[tuple]) -> list[dict]:
    """Items for follow-up rows (earlier messages, then the row as `as_item` reads it)."""
    items = []
    for before, *rest in followups:
        item = as_item(tuple(rest))
        item["before"] = before
        items.append(item)
    return items


def write_stratified(items: list[dict], seed: int, dev: str, heldout: str) -> None:
    """Shuffle the 150 items once with `seed`, order them by kind and deal them alternately to
    `dev`.yaml and `heldout`.yaml beside this script, so each kind is split evenly."""
    assert len(items) == 150, len(items)
    assert len({(tuple(i.get("before", ())), i["q"]) for i in items}) == 150
    random.Random(seed).shuffle(items)
    items.sort(key=lambda i: i["kind"][0] if isinstance(i["kind"], list) else i["kind"])
    here = Path(__file__).parent
    for name, part in ((dev, items[0::2]), (heldout, items[1::2])):
        text = yaml.safe_dump(part, allow_unicode=True, sort_keys=False, width=100)
        (here / f"{name}.yaml").write_text(text, encoding="utf-8")


def main() -> None:
    write_split(ITEMS, 20261208, "dev", "heldout")


if __name__ == "__main__":
    main()
