# ruff: noqa: E501  (the items are data: one message per line)
"""Writes dev-2.yaml and heldout-2.yaml: the second blind calculation set, figures by hand.

Written without reading dev.yaml, heldout.yaml or faq/tests/calc/*.yaml. The arithmetic uses
only faq/rates.yaml values (typed here, not read from the bot) and the facts sheet (section 9
wins), with the helpers of make.py (JP cap by contribution month, BPU clamp and PP 50/2025
discount). Dated 2026-11-30: contribution month November 2026, JP cap Rp11.086.300.
Run once; the split is fixed by random.Random(20261209).shuffle.
"""

from __future__ import annotations

from decimal import Decimal

from make import CAP, bpu, emp, fine, jp, r, total, worker, write_split

M = 1_000_000
JKP_CAP = 5 * M  # jkp_wage_cap
JKM = 42 * M  # jkm_total
JKK_DEATH_EXTRA = 12 * M + 10 * M  # jkk_periodic_lump + jkk_funeral


def pct(w, rate: str) -> int:
    """A rate in percent of a wage, rounded to the rupiah."""
    return r(Decimal(str(w)) * Decimal(rate) / 100)


def bpu_full(income, jht=False):
    """BPU without the PP 50/2025 discount (non-transport outside Apr-Dec 2026, transport after Mar 2027)."""
    return bpu(income, discount=False, jht=jht)


def jkp(w):
    """JKP cash benefit: 60% of the wage capped at Rp5 juta, per month and for 6 months."""
    month = r(min(Decimal(str(w)), JKP_CAP) * Decimal("0.6"))
    return [month, 6 * month]


def stmb(w, months):
    """STMB: 100% of the wage for the first 12 months, 50% after (jkk_stmb_*)."""
    w = Decimal(str(w))
    return r(w * min(months, 12) + w / 2 * max(months - 12, 0))


def jkk_death(w):
    """48 x wage + periodic Rp12 jt + funeral Rp10 jt; the 48 x wage part alone is accepted too."""
    return [r(48 * Decimal(str(w))) + JKK_DEATH_EXTRA, r(48 * Decimal(str(w)))]


ITEMS = [
    # --- worker share, amounts in every form (3% of the wage below the JP cap)
    ("gaji 4,8jt bpjs tk motong brp", "contribution", worker(4.8 * M)),  # 4.8M x 3% = 144,000
    ("Rp 4 500 000 gaji sy, potongan bpjs ketenagakerjaan?", "contribution", worker(4.5 * M)),  # 135,000
    ("gaji empat setengah juta dipotong bpjs tk berapa", "contribution", worker(4.5 * M)),  # 135,000
    ("gaji 4jt an potongan bpjs tk kira2 brp", "contribution", worker(4 * M)),  # 120,000
    ("gaji sebulan 3.750.000 potongan jht dan jp berapa", "contribution", worker(3.75 * M)),  # 112,500
    ("gaji 5,75 jt potongan bpjs naker brp", "contribution", worker(5.75 * M)),  # 172,500
    ("gaji tiga juta dua ratus ribu potongan bpjs tk", "contribution", worker(3.2 * M)),  # 96,000
    ("gaji 2jt 750rb potong bpjs tk berapa ya kak", "contribution", worker(2.75 * M)),  # 82,500
    ("upah saya Rp3.100.000/bln potongan bpjstk brp", "contribution", worker(3.1 * M)),  # 93,000
    ("gaji 45rb sehari potongan bpjs tk sebulan brp", "contribution", worker(45_000 * 26)),  # 1,170,000 x 3% = 35,100
    ("gaji harian 175 ribu, bpjs tk dipotong berapa sebulan", "contribution", worker(175_000 * 26)),  # 4,550,000 x 3% = 136,500
    ("gaji UMR 4.901.117 potongan bpjs tk brp", "contribution", worker(4_901_117)),  # 147,033.51 -> 147,034
    ("gaji sesuai umr 3,3jt iuran jht jp yg dipotong", "contribution", worker(3.3 * M)),  # 99,000
    ("gaji 11 juta potongan jp berapa", "contribution", [pct(11 * M, "1"), pct(11 * M, "3")]),  # under the cap: 110,000 / 330,000
    ("gaji 18jt potongan bpjs tk sebulan", "contribution", worker(18 * M)),  # 360,000 + 1% x 11,086,300 = 470,863
    ("gaji 25 juta potongan jp karyawan", "contribution", [pct(CAP[2026], "1"), pct(CAP[2026], "3")]),  # 110,863 / 332,589
    ("gaji 8jt bulan juni 2025 potongan bpjs tk", "contribution", worker(8 * M, 2025, 6)),  # 240,000
    ("gaji 10,8jt potongan jp bulan februari 2026", "contribution", [pct(CAP[2025], "1"), pct(CAP[2025], "3")]),  # cap 10,547,400: 105,474 / 316,422
    ("gaji dua belas juta potongan bpjs tk", "contribution", worker(12 * M)),  # 240,000 + 110,863 = 350,863
    ("gaji saya 6.2 jt, berapa yang dipotong untuk jht", "contribution", pct(6.2 * M, "2")),  # 124,000
    ("gaji setahun 72 juta potongan bpjs tk perbulan", "contribution", worker(6 * M)),  # 6M x 3% = 180,000
    ("gaji per minggu 900rb potongan bpjs tk", "contribution", worker(900_000 * 4)),  # 3.6M x 3% = 108,000
    ("penghasilan 5jt dipotong bpjs ketenagakerjaan brp", "contribution", worker(5 * M)),  # 150,000
    ("gaji 3jt + tunjangan 750rb potongan bpjs tk", "contribution", [worker(3.75 * M), worker(3 * M)]),  # 112,500 / 90,000
    ("gaji 4 koma 2 juta potongan bpjs tk", "contribution", worker(4.2 * M)),  # 126,000
    ("gj 5jt bpjs tk brp", "contribution", [worker(5 * M), total(5 * M)]),  # 150,000 / 450,000
    ("gaji 3.5 jt, bpjs tk nya brp sih yg ditanggung karyawan", "contribution", worker(3.5 * M)),  # 105,000
    # --- per program, employer and total
    ("iuran jkk risiko rendah gaji 6 jt", "contribution", pct(6 * M, "0.54")),  # 32,400
    ("jkk kelompok IV gaji 5,5 juta", "contribution", pct(5.5 * M, "1.27")),  # 69,850
    ("iuran jkm utk gaji 4.000.000", "contribution", pct(4 * M, "0.3")),  # 12,000
    ("iuran jht total gaji 5jt (perusahaan + pekerja)", "contribution", pct(5 * M, "5.7")),  # 285,000
    ("jht bagian perusahaan gaji 6,5jt", "contribution", pct(6.5 * M, "3.7")),  # 240,500
    ("perusahaan nanggung berapa untuk bpjs tk karyawan gaji 4,5jt (jkk 0,24%)", "contribution", emp(4.5 * M, 1)),  # 4.5M x 6.24% = 280,800
    ("total iuran bpjs tk gaji 7 jt jkk 0.89%", "contribution", total(7 * M, 3)),  # 7M x 9.89% = 692,300
    ("berapa iuran bpjs tk yg dibayar pemberi kerja utk upah 3 juta", "contribution", emp(3 * M)),  # 3M x 6% = 180,000
    ("iuran jp perusahaan gaji 15 jt", "contribution", [pct(CAP[2026], "2"), pct(CAP[2026], "3")]),  # 221,726 / 332,589
    ("iuran jkk kelompok 5 gaji 8 juta", "contribution", pct(8 * M, "1.74")),  # 139,200
    ("gaji lima juta iuran jkk risiko sedang", "contribution", pct(5 * M, "0.89")),  # 44,500
    ("employer share of bpjs tk for a 9,000,000 salary, low-risk company", "contribution", emp(9 * M, 2), "en"),  # 9M x 6.54% = 588,600
    ("what is the JP contribution on a 20 million salary", "contribution",
     [pct(CAP[2026], "1"), pct(CAP[2026], "3"), pct(CAP[2026], "2")], "en"),  # 110,863 / 332,589 / 221,726
    # --- several workers (total = 9% each, employer = 6%; clinics and pharmacies JKK group I)
    ("punya 3 karyawan gajinya 4jt, 3,5jt sama 3jt, iuran bpjs tk totalnya berapa", "contribution",
     [total(4 * M) + total(3.5 * M) + total(3 * M), emp(4 * M) + emp(3.5 * M) + emp(3 * M)]),  # 10.5M x 9% = 945,000 / x 6% = 630,000
    ("klinik 4 perawat gaji 3,8jt, iuran bpjs tk per bulan semua", "contribution",
     [4 * total(3.8 * M, 1), 4 * emp(3.8 * M, 1)]),  # 15.2M x 9.24% = 1,404,480 / x 6.24% = 948,480
    ("hrd: 12 karyawan @ Rp 5.500.000, total iuran perusahaan", "contribution",
     [12 * emp(5.5 * M), 12 * total(5.5 * M)]),  # 66M x 6% = 3,960,000 / x 9% = 5,940,000
    ("karyawan A gaji 6jt, karyawan B gaji 5jt, iuran bpjs tk keduanya", "contribution",
     [total(6 * M) + total(5 * M), emp(6 * M) + emp(5 * M)]),  # 11M: 990,000 / 660,000
    ("5 karyawan gaji 3 juta dan 2 supervisor gaji 7 juta, iuran bpjs tk total sebulan", "contribution",
     [5 * total(3 * M) + 2 * total(7 * M), 5 * emp(3 * M) + 2 * emp(7 * M)]),  # 29M: 2,610,000 / 1,740,000
    ("warung makan 3 pegawai gaji 1,8jt iuran bpjs tk", "contribution",
     [3 * total(1.8 * M), 3 * emp(1.8 * M)]),  # 5.4M: 486,000 / 324,000
    ("20 karyawan gaji 12 juta, total iuran jp perusahaan", "contribution",
     [20 * pct(CAP[2026], "2"), 20 * pct(CAP[2026], "3")]),  # 20 x 221,726 = 4,434,520 / 20 x 332,589 = 6,651,780
    ("iuran bpjs tk untuk 6 orang karyawan masing2 gaji 4.2 jt, jkk kelompok 2", "contribution",
     [6 * total(4.2 * M, 2), 6 * emp(4.2 * M, 2)]),  # 25.2M x 9.54% = 2,404,080 / x 6.54% = 1,648,080
    ("apotek saya ada 2 apoteker gaji 6jt dan 3 asisten gaji 3,5jt berapa iuran bpjs tk perusahaan", "contribution",
     [2 * emp(6 * M, 1) + 3 * emp(3.5 * M, 1), 2 * emp(6 * M) + 3 * emp(3.5 * M),
      2 * total(6 * M, 1) + 3 * total(3.5 * M, 1), 2 * total(6 * M) + 3 * total(3.5 * M)]),  # 22.5M: 1,404,000 / 1,350,000 / 2,079,000 / 2,025,000
    ("we employ 4 people at 8 million each, how much is the total bpjs tk per month", "contribution",
     [4 * total(8 * M), 4 * emp(8 * M)], "en"),  # 32M: 2,880,000 / 1,920,000
    ("karyawan 2 org: 4.500.000 dan 5jt, potongan bpjs tk masing2", "contribution",
     [worker(4.5 * M) + worker(5 * M), worker(4.5 * M), worker(5 * M)]),  # 285,000 / 135,000 / 150,000
    ("bengkel las 3 orang gaji 4jt jkk risiko tinggi total iuran", "contribution",
     [3 * total(4 * M, 4), 3 * emp(4 * M, 4)]),  # 12M x 10.27% = 1,232,400 / x 7.27% = 872,400
    # --- BPU, contribution month November 2026: JKK 1% (income clamped 1 - 20.7 jt) + JKM 6,800, halved
    ("ojol penghasilan 4,5jt iuran bpjs tk sebulan", "contribution", bpu(4.5 * M)),  # (45,000 + 6,800) / 2 = 25,900
    ("pedagang sayur penghasilan 100rb sehari iuran bpjs tk", "contribution", bpu(100_000 * 26)),  # 2.6M: 16,400
    ("nelayan penghasilan tidak tentu kira2 2 juta, iuran jkk jkm brp", "contribution", bpu(2 * M)),  # 13,400
    ("petani sawit penghasilan 6 jt sebulan ikut bpjs tk plus jht", "contribution", bpu(6 * M, jht=True)),  # 33,400 + 120,000 = 153,400
    ("saya buka warung, penghasilan 3,5 juta, iuran bpjs mandiri berapa", "contribution", bpu(3.5 * M)),  # 20,900
    ("kurir shopee penghasilan 5jt iuran bpu", "contribution", bpu(5 * M)),  # 28,400
    ("supir angkot penghasilan 3 juta iuran bpjs tk bulan januari 2027", "contribution", bpu(3 * M)),  # transport discount to Mar 2027: 18,400
    ("tukang jahit penghasilan 2,5 juta iuran bulan februari 2027", "contribution", bpu_full(2.5 * M)),  # non-transport, no discount: 31,800
    ("ojol penghasilan 4 juta iuran april 2027", "contribution", bpu_full(4 * M)),  # transport discount ended: 46,800
    ("BPU penghasilan Rp 500.000 iuran berapa", "contribution", bpu(500_000)),  # clamped to 1M: 8,400
    ("pekerja mandiri penghasilan 30 juta per bulan iuran bpjs tk", "contribution", bpu(30 * M)),  # clamped to 20.7M: 106,900
    ("freelance desain grafis penghasilan 8 juta sebulan iuran bpjs tk mandiri", "contribution", bpu(8 * M)),  # 43,400
    ("penghasilan sebulan 3jt, saya tukang ojek, iuran jkk jkm jht", "contribution", bpu(3 * M, jht=True)),  # 18,400 + 60,000 = 78,400
    ("petani karet penghasilan 36 juta setahun iuran bpjs tk per bulan", "contribution", bpu(3 * M)),  # 3M: 18,400
    ("nelayan penghasilan 1 juta seminggu iuran bpjs tk", "contribution", bpu(4 * M)),  # 4M: 23,400
    ("tukang bangunan harian penghasilan 120rb/hari iuran bpjs tk mandiri", "contribution", bpu(120_000 * 26)),  # 3.12M: 19,000
    ("ojol penghasilan 3jt iuran bulan maret 2026", "contribution", bpu(3 * M)),  # transport from Jan 2026: 18,400
    ("penjual gorengan penghasilan 2,5 jt iuran bpjs tk bulan mei 2026", "contribution", bpu(2.5 * M)),  # Apr-Dec 2026: 15,900
    ("I'm a freelance translator earning 12 million a month, how much is BPJS TK", "contribution", bpu(12 * M), "en"),  # 63,400
    ("ojol penghasilan empat juta iuran jkk jkm", "contribution", bpu(4 * M)),  # 23,400
    ("pedagang keliling untung 75rb per hari iuran bpjs tk brp", "contribution", bpu(75_000 * 26)),  # 1.95M: 13,150
    # --- late fines: 2% a month of the contribution due
    ("telat bayar iuran 3 bulan, iuran sebulan Rp 2.500.000, dendanya", "fine", fine(2.5 * M, 3)),  # 150,000
    ("denda keterlambatan 2 bulan iuran 4,2jt", "fine", fine(4.2 * M, 2)),  # 168,000
    ("nunggak iuran tiga bulan, iuran perbulan 1,5 juta denda berapa", "fine", fine(1.5 * M, 3)),  # 90,000
    ("perusahaan telat setor bpjs tk dua bulan, total iuran 8jt per bulan, dendanya", "fine", fine(8 * M, 2)),  # 320,000
    ("telat sebulan bayar iuran 750rb dendanya brp", "fine", fine(750_000, 1)),  # 15,000
    ("denda telat 5 bulan iuran 10 juta", "fine", fine(10 * M, 5)),  # 1,000,000
    ("telat bayar bpjs tk 2 bulan, 3 karyawan gaji 4jt, denda", "fine", fine(3 * total(4 * M), 2)),  # 1,080,000 x 4% = 43,200
    ("telat bayar 4 bulan iuran gaji 5 jt (1 karyawan) dendanya", "fine", fine(total(5 * M), 4)),  # 450,000 x 8% = 36,000
    ("we are 3 months late on bpjs tk, monthly contribution 6 million, what's the penalty", "fine", fine(6 * M, 3), "en"),  # 360,000
    ("iuran bulan oktober 2 juta belum dibayar, dendanya?", "fine", fine(2 * M, 1)),  # due 15 Nov, on 30 Nov 1 month late: 40,000
    ("telat enam bulan bayar iuran 1 juta per bulan dendanya", "fine", fine(1 * M, 6)),  # 120,000
    ("telat setahun bayar iuran 500rb per bulan denda", "fine", fine(500_000, 12)),  # 120,000
    ("denda bpjs tk iuran Rp 3.250.000 telat 2 bln", "fine", fine(3.25 * M, 2)),  # 130,000
    # --- payslip checks: the figure is the right deduction
    ("gaji 5.200.000 dipotong bpjs tk 156.000 bener ga", "payslip", worker(5.2 * M)),  # 156,000
    ("slip gaji: gaji 4jt, potongan jht 80rb jp 40rb, sudah benar?", "payslip", worker(4 * M)),  # 120,000
    ("gaji 7,5jt dipotong 262.500 utk bpjs tk kok banyak ya", "payslip", worker(7.5 * M)),  # 225,000
    ("gaji 15jt kok dipotong bpjs tk 450rb, bukannya ada batas jp", "payslip", worker(15 * M)),  # 300,000 + 110,863 = 410,863
    ("dipotong 123.456 bener ga, gaji 4.115.200", "payslip", worker(4_115_200)),  # 123,456
    ("my payslip: salary 6,000,000, bpjs tk deduction 180,000, correct?", "payslip", worker(6 * M), "en"),  # 180,000
    ("gaji 3,6 jt potongan bpjs tk di slip 144rb apa ga kebanyakan", "payslip", worker(3.6 * M)),  # 108,000
    # --- benefits
    ("suami meninggal karena kecelakaan kerja, gaji 5,5 juta, santunan brp", "benefit", jkk_death(5.5 * M)),  # 264M + 22M = 286M
    ("pekerja meninggal kecelakaan kerja gaji empat juta dapat berapa ahli waris", "benefit", jkk_death(4 * M)),  # 192M + 22M = 214M
    ("ibu saya meninggal sakit jantung, peserta bpjs tk aktif, dapat brp", "benefit", JKM),  # 42M
    ("ayah meninggal dunia bukan kecelakaan kerja gaji 7jt santunan kematian", "benefit", JKM),  # 42M
    ("kecelakaan kerja cacat total tetap gaji 4,5jt", "benefit", r(56 * 4.5 * M)),  # 70% x 80 = 56 x 4.5M = 252M
    ("kecelakaan kerja ga bisa kerja 5 bulan gaji 3,9 juta stmb berapa", "benefit", [stmb(3.9 * M, 5), 3_900_000]),  # 19.5M / 3.9M a month
    ("stmb gaji 6jt tidak mampu bekerja 15 bulan", "benefit", [stmb(6 * M, 15), 6 * M]),  # 72M + 3 x 3M = 81M / 6M
    ("kena phk gaji 4jt jkp dapat berapa", "benefit", jkp(4 * M)),  # 2.4M / 14.4M
    ("di-PHK, upah terakhir 9,5 juta, jkp brp per bulan", "benefit", jkp(9.5 * M)),  # capped 5M: 3M / 18M
    ("saya kena phk gaji 2,8jt dapat jkp brp", "benefit", jkp(2.8 * M)),  # 1,680,000 / 10,080,000
    ("masa iur jp 15 tahun gaji 6 jt pensiun bulanan", "benefit", jp(15, 6 * M)),  # 1% x 15 x 6M = 900,000
    ("jp 22 tahun upah rata2 12 juta pensiun per bulan", "benefit", [jp(22, 12 * M), r(0.22 * 12 * M)]),  # 22% x 11,086,300 = 2,438,986 / 2,640,000
    ("iuran jp baru 10 tahun gaji 5jt dapat pensiun bulanan?", "benefit", None),  # under 15 years: lump sum, not monthly
    ("pensiun jp 35 tahun gaji 9jt", "benefit", jp(35, 9 * M)),  # 35% x 9M = 3,150,000
    ("kerja dua puluh lima tahun gaji 8 jt pensiun jp berapa", "benefit", jp(25, 8 * M)),  # 25% x 8M = 2,000,000
    ("istri meninggal (peserta bpjs tk) jkm nya brp", "benefit", JKM),  # 42M
    ("my wife died of illness, she was a bpjs tk member, how much is the death benefit", "benefit", JKM, "en"),  # 42M
    ("worker died in a work accident, wage 8 million, compensation?", "benefit", jkk_death(8 * M), "en"),  # 384M + 22M = 406M
    ("laid off with 12 million salary, jkp per month?", "benefit", jkp(12 * M), "en"),  # capped: 3M / 18M
    ("kecelakaan kerja meninggal, upah Rp 3 500 000", "benefit", jkk_death(3.5 * M)),  # 168M + 22M = 190M
    ("kecelakaan kerja dirawat 18 bulan gaji 5jt, stmb total", "benefit", [stmb(5 * M, 18), 5 * M]),  # 60M + 6 x 2.5M = 75M
    ("how much will my family receive if I die from natural causes as a bpjs tk member", "benefit", JKM, "en"),  # 42M
    ("kecelakaan kerja, cacat total, upah 6 juta, dapat santunan brp", "benefit", r(56 * 6 * M)),  # 336M
    # --- JHT projections (kind only)
    ("saldo jht sekarang 35jt gaji 7jt, 20 tahun lagi berapa", "projection", None),
    ("kalau gaji 4,5jt kerja sampai pensiun 25 thn lagi jht nya terkumpul brp", "projection", None),
    ("simulasi saldo jht gaji 10 juta selama sepuluh tahun", "projection", None),
    ("estimate my JHT balance after 15 years with a 20 million salary", "projection", None, "en"),
    # --- the bot must ask back
    ("berapa iuran bpjs ketenagakerjaan sebulan?", "ask", None),
    ("gaji 4 atau 5 juta iuran bpjs tk", "ask", None),
    ("potongan bpjs tk gaji saya brp ya", "ask", None),
    ("iuran bpu berapa sebulan", ["ask", "contribution"], None),
    ("pendapatan 4jt/bulan iuran bpjs tk berapa ya", "ask", None),
    # Label corrected in calc7: the UMP lookup (branch ump, merged) computes with the confirmed
    # UMP Jawa Tengah 2026 Rp2.327.386: JHT 2% 46.548 + JP 1% 23.274. Asking is right too.
    ("gaji umr jawa tengah potongan bpjs tk", ["contribution", "ask"], 69822),
    ("denda telat bayar iuran 3 bulan berapa", "ask", None),  # no contribution amount
    # --- other schemes
    ("saya asn pppk gaji 4jt potongan taspen berapa", "other_scheme", None),
    ("prajurit tni gaji 5jt iuran asabri", "other_scheme", None),
    # --- English wage earners
    ("my monthly salary is IDR 7.5 million, how much goes to bpjs ketenagakerjaan from my pay", "contribution", worker(7.5 * M), "en"),  # 225,000
    ("daily wage 180k, bpjs tk deduction per month?", "contribution", worker(180_000 * 26), "en"),  # 4.68M x 3% = 140,400
    ("salary 5.5jt, how much is the jht deduction", "contribution", pct(5.5 * M, "2"), "en"),  # 110,000
    ("my salary is Rp 13,000,000, how much bpjs tk is deducted", "contribution", worker(13 * M), "en"),  # 260,000 + 110,863 = 370,863
    # --- numbers, but not a calculation
    ("saldo jht saya 25 juta bisa cair semua?", "none", None),
    ("kpj 23045678901 lupa password jmo", "none", None),
    ("sudah kerja 5 tahun resign kapan jht cair", "none", None),
    ("umur 45 bisa daftar jkp?", "none", None),
    ("klaim jkp ditolak padahal sudah iur 12 bulan", "none", None),
    ("bayar iuran bpu lewat indomaret biaya admin 2500?", "none", None),
    ("usia pensiun 58 atau 59 tahun 2026?", "none", None),
    ("pt potong gaji 3% tapi tidak disetor ke bpjs, lapor kemana", "none", None),
    ("gaji 2 bulan belum dibayar perusahaan, bpjs tk bisa bantu?", "none", None),
    ("lahir 1970 usia pensiun jp kapan", "none", None),
    ("jht 15 juta cair berapa hari", "none", None),
    ("what documents do I need to claim a jht of 40 million", "none", None, "en"),
    ("wa bpjs tk 0811 8 175 175 resmi ga?", "none", None),
    ("bayar iuran tanggal 16 kena denda ga", "none", None),
    ("pt 100 karyawan wajib daftar jkp?", "none", None),
    ("gaji saya 3jt apakah wajib ikut bpjs tk", "none", None),
    ("iuran 8.400 untuk ojol sampai kapan", "none", None),
]


def main() -> None:
    write_split(ITEMS, 20261209, "dev-2", "heldout-2")


if __name__ == "__main__":
    main()
