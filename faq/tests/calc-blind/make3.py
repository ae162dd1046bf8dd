# ruff: noqa: E501  (the items are data: one message per line)
"""Writes dev-3.yaml and heldout-3.yaml: the third blind calculation set, figures by hand.

Written without reading dev*.yaml, heldout*.yaml or faq/tests/calc/*.yaml. The arithmetic uses
only faq/rates.yaml values (typed here, not read from the bot) and the facts sheet (section 9
wins), with the helpers of make.py (JP cap by contribution month, BPU clamp and PP 50/2025
discount, 2% late fine). Dated 2026-11-30: contribution month November 2026, JP cap
Rp11.086.300, both BPU discounts on. Same conventions as the first two sets: JKK only when a
risk group or a clinic is named (clinic = group I, 0.24%); day x 26, week x 4; STMB and JKP
accept the monthly or the total figure; JKK death = 48 x wage + Rp22 juta (the 48 x wage part
alone accepted). Partial disability = % x 80 x wage (facts sheet 4a, a formula from memory, so
asking is accepted too). Months late derived from calendar dates ("dari agustus", "sejak
lebaran") are asked: how a part month counts is not in the facts sheet.
Run once; the split is fixed by random.Random(20261211).shuffle.
"""

from __future__ import annotations

from decimal import Decimal

from make import bpu, emp, fine, r, total, worker, write_split

M = 1_000_000
CAP26 = 11_086_300  # jp_wage_cap from 2026-03-01
JKM = 42 * M  # jkm_total
JKK_DEATH_EXTRA = 12 * M + 10 * M  # jkk_periodic_lump + jkk_funeral
UMP_JAKARTA = 5_729_876  # ump_dki_jakarta 2026
UMP_JATIM = 2_446_880  # ump_jawa_timur 2026
UMP_BANTEN = 3_100_881  # ump_banten 2026
UMP_DIY = 2_417_495  # ump_di_yogyakarta 2026


def d(x) -> Decimal:
    return Decimal(str(x))


def totals(*wages, jkk=None) -> int:
    """Several workers: each wage's employer + worker contribution (each capped on its own)."""
    return sum(total(w, jkk) for w in wages)


def workers(*wages) -> int:
    return sum(worker(w) for w in wages)


def emps(*wages, jkk=None) -> int:
    return sum(emp(w, jkk) for w in wages)


def jkp(w):
    """JKP: 60% of the wage capped at Rp5 juta, per month and over 6 months."""
    month = r(min(d(w), d(5 * M)) * d("0.6"))
    return [month, 6 * month]


def stmb(w, months):
    """STMB: 100% for the first 12 months, 50% after; the monthly wage is accepted too."""
    w = d(w)
    return [r(w * min(months, 12) + w / 2 * max(months - 12, 0)), r(w)]


def jkk_death(w):
    return [r(48 * d(w)) + JKK_DEATH_EXTRA, r(48 * d(w))]


def disability_total(w):
    return r(d("0.70") * 80 * d(w))


def disability_part(pct, w):
    return r(d(pct) / 100 * 80 * d(w))


def jp_month(years, w):
    """1% x years x wage (capped); the unconfirmed 2026 floor/ceiling is not applied."""
    return r(d("0.01") * years * min(d(w), d(CAP26)))


def bpu_full(income, jht=False):
    return bpu(income, discount=False, jht=jht)


ITEMS = [
    # ---------------------------------------------------------------- HR / payroll, several workers
    ("karyawan kami 4 orang: 4,2jt, 5,5jt, 6jt, 13jt. total iuran bpjs tk sebulan berapa?", "contribution", totals(4.2 * M, 5.5 * M, 6 * M, 13 * M)),
    ("hitungin iuran bpjstk buat 2 staf admin gaji 4.8 jt dan 1 supervisor gaji 9 jt", "contribution", totals(4.8 * M, 4.8 * M, 9 * M)),
    ("sy hrd, ada 10 operator gaji 5,1 juta. iuran perusahaan + karyawan totalnya?", "contribution", 10 * total(5.1 * M)),
    ("payroll bulan ini: 3 orang @ 4.500.000 dan 2 orang @ 7.250.000, bpjs tk nya berapa semua", "contribution", totals(*[4.5 * M] * 3, *[7.25 * M] * 2)),
    ("gaji karyawan saya 3,5jt sama 4jt, potongan bpjs tk masing2 berapa?", "contribution", [worker(3.5 * M), worker(4 * M), workers(3.5 * M, 4 * M), totals(3.5 * M, 4 * M)]),
    ("perusahaan bayar berapa utk bpjs ketenagakerjaan kalau gaji manajer 18 juta", "contribution", [emp(18 * M), total(18 * M)]),
    ("hitung iuran bpjs tk: 5 karyawan gaji 2.9 jt, jkk kelompok 2", "contribution", 5 * total(2.9 * M, 2)),
    ("ada 2 satpam gaji 4,6 jt dan 1 cleaning service 3,9 jt. iuran bpjs tk totalnya?", "contribution", totals(4.6 * M, 4.6 * M, 3.9 * M)),
    ("pabrik risiko tinggi, 20 buruh gaji 5jt, iuran bpjs tk bagian perusahaan berapa", "contribution", [20 * emp(5 * M, 4), 20 * total(5 * M, 4)]),
    ("gaji direktur 25jt dan sekretaris 6,5jt, total iuran bpjs naker?", "contribution", totals(25 * M, 6.5 * M)),
    ("tolong hitung bpjs tk karyawan baru gaji 4.350.000 sebulan, bagian kantor dan bagian dia", "contribution", [total(4.35 * M), emp(4.35 * M), worker(4.35 * M)]),
    ("2 driver gaji 4 jt, 1 admin 5 jt. berapa yg dipotong dari gaji mereka total?", "contribution", [workers(4 * M, 4 * M, 5 * M), totals(4 * M, 4 * M, 5 * M)]),
    ("iuran jp saja untuk karyawan gaji 14 juta berapa?", "contribution", [r(d(CAP26) * d("0.03")), r(d(CAP26) * d("0.01"))]),
    # ---------------------------------------------------------------- clinic and shop owners
    ("klinik saya punya 2 perawat gaji 4,5 jt dan 1 dokter gaji 11 jt, iuran bpjs tk total?", "contribution", totals(4.5 * M, 4.5 * M, 11 * M, jkk=1)),
    ("saya pemilik klinik gigi, asisten gaji 3.800.000, iuran bpjs tk nya brp", "contribution", [total(3.8 * M, 1), emp(3.8 * M, 1)]),
    ("toko kelontong saya ada 2 karyawan gaji 2,6 jt, iuran bpjs tk berapa", "contribution", 2 * total(2.6 * M)),
    ("bengkel saya 3 mekanik gaji 3,4 jt, risiko sedang, iuran bpjs tk?", "contribution", 3 * total(3.4 * M, 3)),
    ("klinik pratama: 5 perawat @4jt, iuran jkk sama jkm aja berapa", "contribution", r(5 * (d(4 * M) * d("0.0024") + d(4 * M) * d("0.003")))),
    ("laundry saya 2 karyawan gaji 2jt500, iuran bpjs tk berapa", "contribution", 2 * total(2.5 * M)),
    ("salon saya 1 karyawan gaji 3,2 juta. bagian saya sbg pemilik berapa?", "contribution", [emp(3.2 * M), total(3.2 * M)]),
    # ---------------------------------------------------------------- BPU by trade, brackets
    ("saya tukang cukur penghasilan 3 juta sebulan, iuran bpjs tk berapa", "contribution", bpu(3 * M)),
    ("petani mau daftar bpu, pilih upah 2 juta, bayar berapa sebulan", "contribution", bpu(2 * M)),
    ("nelayan penghasilan 1,5 jt iuran bpjs tk pakai jht berapa", "contribution", bpu(1.5 * M, jht=True)),
    ("ojol pendapatan 4 juta, iuran jkk jkm berapa sekarang", "contribution", bpu(4 * M)),
    ("kurir paket penghasilan 5jt, iuran bpu + jht berapa", "contribution", bpu(5 * M, jht=True)),
    ("pedagang pasar omzet bersih 6 juta sebulan, iuran bpjs tk bpu berapa", "contribution", bpu(6 * M)),
    ("tukang bangunan harian 150rb, ikut bpu iurannya berapa", "contribution", bpu(150_000 * 26)),
    ("saya freelancer desain, penghasilan 8 juta, iuran bpjs tk mandiri berapa", "contribution", bpu(8 * M)),
    ("sopir angkot penghasilan 3,5 jt iuran bpjs tk januari 2027 berapa", "contribution", bpu(3.5 * M)),
    ("pedagang penghasilan 3 juta, iuran bpu bulan januari 2027 berapa", "contribution", bpu_full(3 * M)),
    ("guru ngaji penghasilan 900 ribu, bisa ikut bpjs tk? iurannya berapa", "contribution", bpu(900_000)),
    ("bpu penghasilan 25 juta iuran jkk jkm jht berapa", "contribution", bpu(25 * M, jht=True)),
    ("petani karet dapat 800rb seminggu, iuran bpjs tk berapa", "contribution", bpu(800_000 * 4)),
    ("ojol, pilih nominal 1 juta yg paling murah, tambah jht jadi berapa", "contribution", bpu(1 * M, jht=True)),
    # ---------------------------------------------------------------- late fines
    ("iuran bulanan 2,4 juta telat 2 bulan dendanya berapa", "fine", fine(2.4 * M, 2)),
    ("telat bayar bpjs tk 3 bulanan, iuran 1,5 jt sebulan, dendanya?", "fine", fine(1.5 * M, 3)),
    ("nunggak iuran dari agustus, iuran 2 juta per bulan, dendanya berapa", "ask", None),
    ("sejak lebaran belum bayar iuran bpjs tk, iuran 900rb, denda brp", "ask", None),
    ("iuran september belum dibayar, totalnya 3,2 juta, denda sampai hari ini berapa?", "ask", None),
    ("denda telat 4 bulan kalau iuran perusahaan 12 juta sebulan", "fine", fine(12 * M, 4)),
    ("perusahaan telat setor 1 bulan, gaji karyawan 5 jt, dendanya berapa", "fine", fine(total(5 * M), 1)),
    ("iuran rp 780.000 terlambat 5 bulan denda?", "fine", fine(780_000, 5)),
    ("telat dua bulan bayar iuran 3jt, kena denda berapa", "fine", fine(3 * M, 2)),
    ("tunggakan 6 bulan iuran 1.200.000/bln, denda totalnya", "fine", fine(1.2 * M, 6)),
    ("keterlambatan 1 bulan iuran Rp. 4.750.000,- dendanya berapa ya", "fine", fine(4.75 * M, 1)),
    ("denda kalau telat 2 bulan, gaji 8 juta, 1 karyawan", "fine", fine(total(8 * M), 2)),
    ("belum bayar iuran 3 bulan terakhir, iuran 650rb, ada denda berapa", "fine", fine(650_000, 3)),
    ("telat bayar iuran bpjs tk dari bulan juli, iuran 1 juta", "ask", None),
    # ---------------------------------------------------------------- JKK benefits
    ("kecelakaan kerja, 3 bulan tidak bisa kerja, gaji 5 jt, stmb dapat berapa", "benefit", stmb(5 * M, 3)),
    ("suami kecelakaan kerja dirawat 14 bulan, gaji 4 juta, santunan upah selama tidak bekerja berapa", "benefit", stmb(4 * M, 14)),
    ("laka kerja gaji 6,2 jt, ga masuk kerja 2 bulan, dapat berapa dari bpjs", "benefit", stmb(6.2 * M, 2)),
    ("cacat total tetap akibat kecelakaan kerja, gaji 4.5 juta, santunannya berapa", "benefit", disability_total(4.5 * M)),
    ("kecelakaan kerja cacat sebagian 10%, gaji 5 juta, dapat berapa", ["benefit", "ask"], disability_part(10, 5 * M)),
    ("tangan cacat 25% karena kecelakaan kerja, upah 3,6jt, santunan cacat berapa", ["benefit", "ask"], disability_part(25, 3.6 * M)),
    ("cacat total karena kecelakaan kerja gaji 7jt berapa santunan", "benefit", disability_total(7 * M)),
    ("suami meninggal kecelakaan kerja, gajinya 6 juta, ahli waris dapat berapa", "benefit", jkk_death(6 * M)),
    ("bapak meninggal karena kecelakaan kerja di pabrik, upah 3,9 jt, santunannya?", "benefit", jkk_death(3.9 * M)),
    ("ketabrak pas pulang kerja, ga bisa kerja 5 bulan, gaji 4,4 juta, dapat apa berapa", "benefit", stmb(4.4 * M, 5)),
    ("accident at work, off for 2 months, salary 9 million, how much wage replacement?", "benefit", stmb(9 * M, 2), "en"),
    # ---------------------------------------------------------------- JKM / heirs
    ("ayah meninggal karena sakit, gaji 3,5 juta, ahli waris dapat berapa dari bpjs tk", "benefit", JKM),
    ("istri saya wafat bukan kecelakaan kerja, gaji 4 juta, berapa santunan jkm", "benefit", JKM),
    ("karyawan kami meninggal (sakit jantung), gaji 5,5 jt, keluarga dapat berapa", "benefit", JKM),
    ("ibu meninggal, peserta bpu penghasilan 2 juta, santunan kematian berapa", "benefit", JKM),
    ("my husband passed away from illness, salary 7 million, how much jkm do we get?", "benefit", JKM, "en"),
    ("adik meninggal kecelakaan motor bukan kerja, gaji 3 jt, santunannya berapa", "benefit", JKM),
    # ---------------------------------------------------------------- JP
    ("iur jp 20 tahun gaji 8 juta nanti pensiun dapat berapa sebulan", "benefit", jp_month(20, 8 * M)),
    ("pensiun jp kalau masa iur 25 tahun gaji 15 juta berapa per bulan", "benefit", jp_month(25, 15 * M)),
    ("jaminan pensiun 30 thn gaji 4jt dapat berapa", "benefit", jp_month(30, 4 * M)),
    ("masa iur jp baru 8 tahun, gaji 6 juta, pensiun dapat apa? berapa", "benefit", None),
    ("jp saya 16 tahun gaji 2,5 juta, manfaat pensiun bulanan berapa", "benefit", [jp_month(16, 2.5 * M), 411_400]),
    ("pension after 18 years of contributions, salary 10 million, monthly amount?", "benefit", jp_month(18, 10 * M), "en"),
    ("iuran pensiun 10 tahun, gaji 7 jt, uang pensiunnya berapa", "benefit", None),
    ("pensiun 22 tahun iur, gaji terakhir 12,5 jt berapa pensiun bulanan", "benefit", jp_month(22, 12.5 * M)),
    ("manfaat pensiun bulanan kalau iur 15 tahun gaji 5,8 juta", "benefit", jp_month(15, 5.8 * M)),
    # ---------------------------------------------------------------- JKP
    ("kena phk gaji 7 juta, jkp dapat berapa", "benefit", jkp(7 * M)),
    ("di phk, gaji 4 jt, uang jkp per bulan berapa", "benefit", jkp(4 * M)),
    ("jkp kalau gaji 3.750.000 kena phk dapat berapa total", "benefit", jkp(3.75 * M)),
    ("dirumahkan lalu phk, gaji 5 juta pas, jkp nya?", "benefit", jkp(5 * M)),
    ("laid off, salary 12 million, how much job loss benefit per month?", "benefit", jkp(12 * M), "en"),
    ("kehilangan pekerjaan gaji 2,9jt, manfaat jkp berapa", "benefit", jkp(2.9 * M)),
    # ---------------------------------------------------------------- number formats
    ("gaji 2,5jt potongan bpjs tk brp", "contribution", worker(2.5 * M)),
    ("gaji 2.5 jt iuran bpjs ketenagakerjaan berapa", "contribution", [worker(2.5 * M), total(2.5 * M)]),
    ("gaji 2jt500 potong bpjs tk berapa", "contribution", worker(2.5 * M)),
    ("gaji Rp. 4.750.000,- potongan jht dan jp berapa", "contribution", worker(4.75 * M)),
    ("gaji 4,75 juta iuran bpjs tk total berapa", "contribution", total(4.75 * M)),
    ("gaji empat juta potongan bpjs tk nya berapa", "contribution", worker(4 * M)),
    ("gaji UMR jakarta potongan bpjs tk berapa", "contribution", worker(UMP_JAKARTA)),
    ("gaji saya umr jatim, potongan bpjs ketenagakerjaan?", "contribution", worker(UMP_JATIM)),
    ("gaji 5 jt-an potongan bpjs tk kira2", "contribution", worker(5 * M)),
    ("gaji IDR 7,200,000 bpjs tk deduction", "contribution", worker(7.2 * M)),
    ("gaji tiga setengah juta potongan bpjs tk berapa ya", "contribution", worker(3.5 * M)),
    ("upah 125rb per hari, potongan bpjs tk sebulan?", "contribution", worker(125_000 * 26)),
    # ---------------------------------------------------------------- English and code-switched
    ("my salary is 8 million, how much bpjs tk is deducted?", "contribution", worker(8 * M), "en"),
    ("my employee earns 6.5 million a month, what's the total bpjs ketenagakerjaan contribution?", "contribution", total(6.5 * M), "en"),
    ("gaji gue 5 juta, how much is the potongan bpjs tk?", "contribution", worker(5 * M)),
    ("we have 3 staff at 5 million each, total bpjs tk per month?", "contribution", 3 * total(5 * M), "en"),
    ("I'm a grab driver earning 4 million, how much is bpjs tk?", "contribution", bpu(4 * M), "en"),
    ("what is the employer's share for a salary of 20 million?", "contribution", [emp(20 * M), total(20 * M)], "en"),
    ("late payment 3 months, monthly contribution 2 million, fine?", "fine", fine(2 * M, 3), "en"),
    ("salary 9 million, payslip shows 270k jamsostek deduction, is that right?", "payslip", worker(9 * M), "en"),
    ("gaji 6jt, employer share nya berapa ya?", "contribution", [emp(6 * M), total(6 * M)]),
    ("my clinic has 4 nurses at 4.2 million, how much bpjs tk in total?", "contribution", 4 * total(4.2 * M, 1), "en"),
    ("the umr jakarta salary, bpjs tk deduction how much?", "contribution", worker(UMP_JAKARTA), "en"),
    ("salary 15 million, jp contribution capped? how much jp for me", "contribution", [r(d(CAP26) * d("0.01")), r(d(CAP26) * d("0.03"))], "en"),
    # ---------------------------------------------------------------- payslips
    ("gaji 7,5 jt slip potong jht 150rb jp 75rb bener ga", "payslip", worker(7.5 * M)),
    ("gaji 12 juta dipotong bpjs tk 360rb kok banyak", "payslip", worker(12 * M)),
    ("slip gaji: gapok 5jt tunj tetap 1jt, potongan bpjs tk 180.000, sesuai ga", "payslip", worker(6 * M)),
    ("gaji 4.2 jt tapi kepotong bpjs tk 150rb, harusnya berapa?", "payslip", worker(4.2 * M)),
    # ---------------------------------------------------------------- projections, other schemes
    ("gaji 6 juta, jht saya 20 tahun lagi terkumpul berapa", "projection", None),
    ("saldo jht 40 juta, gaji 8 jt, 10 tahun lagi jadi berapa", "projection", None),
    ("asn gaji 5 juta, iuran taspen berapa", ["other_scheme", "none"], None),
    ("prajurit tni gaji 4 juta iuran asabri?", ["other_scheme", "none"], None),
    # ---------------------------------------------------------------- not calculations (numbers inside)
    ("saldo jht saya 25 juta bisa dicairkan semua?", "none", None),
    ("klaim jht di atas 15 juta harus ke kantor cabang ya?", "none", None),
    ("sudah bayar iuran 3 bulan tapi kartu belum keluar", "none", None),
    ("nomor kpj saya 12345678901 kok tidak terdaftar", "none", None),
    ("umur 53 masih bisa daftar jkp?", "none", None),
    ("sudah 12 tahun kerja, bisa ambil jht 30% buat rumah?", "none", None),
    ("tanggal 15 itu batas bayar iuran ya?", "none", None),
    ("call center 175 buka 24 jam?", "none", None),
    ("gaji saya 4 juta tapi dilaporkan 2 juta ke bpjs, bagaimana cara melaporkan perusahaan", "none", None),
    ("I worked in Indonesia for 3 years, can I claim JHT when I leave for good?", "none", None, "en"),
    ("is the 50% discount for bpu until december 2026?", "none", None, "en"),
    ("kenapa saldo jht saya cuma 2 juta padahal sudah kerja 5 tahun", "none", None),
    ("jht 10% bisa diambil setelah berapa tahun", "none", None),
    ("pensiun umur 58 atau 59 sekarang?", "none", None),
    # ---------------------------------------------------------------- a number missing: ask, keep the rest
    ("denda telat bayar iuran 3 bulan berapa?", "ask", None),
    ("saya mau hitung iuran bpjs tk karyawan saya, ada 5 orang", "ask", None),
    ("gaji saya UMR, potongan bpjs tk berapa", "ask", None),
    ("kecelakaan kerja ga masuk 2 bulan, dapat stmb berapa", "ask", None),
    ("jp saya nanti berapa sebulan, udah iur 18 tahun", "ask", None),
    ("kena phk, jkp saya dapat berapa per bulan?", "ask", None),
    ("cacat total tetap karena kecelakaan kerja, santunannya berapa?", ["ask", "none"], None),
    ("telat 2 bulan, iuran karyawan saya 3 orang, dendanya?", "ask", None),
    ("how much is the late fine if we paid 2 months late?", "ask", None, "en"),
    ("hitung iuran klinik saya, 6 perawat", "ask", None),
    ("suami meninggal kecelakaan kerja, berapa santunan yang diterima?", ["ask", "none"], None),
    ("iuran bpjs tk 2 karyawan gaji beda2 berapa?", "ask", None),
    ("gaji 5 potongan bpjs tk berapa", "ask", None),
    ("ojol mau daftar bpjs tk, penghasilan tidak tentu, iurannya berapa", ["ask", "none"], None),
    # ---------------------------------------------------------------- more everyday contributions
    ("gaji pokok 4 juta tunjangan tetap 750rb, potongan bpjs tk?", "contribution", worker(4.75 * M)),
    ("gaji 5,5 jt plus lembur 1 jt, potongan bpjs tk berapa", "contribution", worker(5.5 * M)),
    ("gaji 11 juta, iuran jp berapa total perusahaan dan saya", "contribution", r(11 * M * d("0.03"))),
    ("gaji umr banten, iuran bpjs tk total berapa", "contribution", total(UMP_BANTEN)),
    ("gaji umr jogja potongan bpjs tk", "contribution", worker(UMP_DIY)),
    ("buruh harian lepas upah 110 ribu sehari, iuran bpjs tk total berapa", "contribution", total(110_000 * 26)),
    ("gaji mingguan 900 ribu, potongan bpjs tk per bulan", "contribution", worker(900_000 * 4)),
    ("gaji 20jt potongan jp kena batas ya? berapa potongan total", "contribution", worker(20 * M)),
    ("gaji 4 jt berapa iuran bpjs tk untuk 3 bulan", "contribution", [3 * worker(4 * M), 3 * total(4 * M)]),
    ("iuran jkk kelompok 5 gaji 6 juta berapa", "contribution", r(6 * M * d("0.0174"))),
]


def main() -> None:
    write_split(ITEMS, 20261211, "dev-3", "heldout-3")


if __name__ == "__main__":
    main()
