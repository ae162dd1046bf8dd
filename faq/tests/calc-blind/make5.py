# ruff: noqa: E501  (the items are data: one message per line)
"""Writes dev-5.yaml and heldout-5.yaml: the fifth blind calculation set, figures by hand.

Angles: employer payroll (several workers on different wages, risk groups, wages above the JP
cap), informal workers (BPU by trade and chosen income, domestic workers), benefit estimates
(JHT growth, JP, JKP, JKK wage replacement and death, JKM), wages given per day / week / year,
typos and chat-written numbers, requests that are NOT calculations although they carry numbers
(they belong to the FAQ: `none`), and multi-turn follow-ups (`before`: the earlier messages of
the same chat; the last message is scored on the reply alone).
Written without reading the bot's replies to them. The arithmetic uses only faq/rates.yaml
values (typed here, not read from the bot) and the facts sheet (section 9 wins), with the
helpers of make.py / make3.py. Dated 2026-11-30: contribution month November 2026, JP cap
Rp11.086.300, both PP 50/2025 BPU discounts on. Conventions of the earlier sets: JKK only when a
risk group or a clinic / school is named; day x 26 unless the days are typed, week x 4, year / 12;
STMB and JKP accept the monthly or the total figure; JKK death = 48 x wage + Rp22 juta (the 48 x
wage part alone accepted); the unconfirmed 2026 JP floor is not applied (accepted where it binds).
Domestic workers (ART/PRT, sopir pribadi): faq/iuran-bpu.yaml (a C-page source, not in the facts
sheet or rates.yaml) says they join as BPU; their figure is the BPU contribution on the wage,
with or without the PP 50/2025 discount (whether it covers them is not stated anywhere).
Split once, stratified by label as make4.py: shuffled with random.Random(20261201), sorted by
first label (stable), dealt alternately to dev-5 and heldout-5.
"""

from __future__ import annotations

from make import (
    as_item,
    bpu,
    emp,
    employer,
    fine,
    followup_items,
    r,
    total,
    worker,
    write_stratified,
)
from make3 import (
    CAP26,
    JKM,
    UMP_JAKARTA,
    bpu_full,
    d,
    disability_part,
    disability_total,
    emps,
    jkk_death,
    jkp,
    jp_month,
    stmb,
    totals,
    workers,
)

M = 1_000_000
UMK_SURABAYA = 5_288_796  # umk_surabaya 2026
UMK_KARAWANG = 5_886_853  # umk_karawang 2026


def prt(income, jht=False):
    """Domestic worker as BPU: discounted or full JKK + JKM (the discount's reach is unstated)."""
    return [bpu(income, jht=jht), bpu_full(income, jht=jht)]


def jht_part(w):
    """JHT of one wage: total 5,7% or the worker's 2%."""
    return [r(d(w) * d("0.057")), r(d(w) * d("0.02"))]


def many(n, w, jkk=None):
    """n workers on one wage: the per-worker rounded figure x n, or the sum rounded once."""
    unrounded = (employer(w, jkk) + d(worker(w))) * n
    return sorted({n * total(w, jkk), r(unrounded)})


ITEMS = [
    # ------------------------------------------------ employer payroll
    ("PT kami 6 karyawan: 2 org 5jt, 3 org 6jt, 1 org 15jt. iuran bpjs tk yg dibayar perusahaan total", "contribution", [emps(5 * M, 5 * M, 6 * M, 6 * M, 6 * M, 15 * M), totals(5 * M, 5 * M, 6 * M, 6 * M, 6 * M, 15 * M)]),
    ("karyawan 12 orang gaji 4,5jt, jkk risiko rendah, total iuran sebulan", "contribution", 12 * total(4.5 * M, 2)),
    ("hitung bpjs tk 3 karyawan: 4jt, 6jt, 12jt, bagian perusahaan", "contribution", [emps(4 * M, 6 * M, 12 * M), totals(4 * M, 6 * M, 12 * M)]),
    ("gaji 2 manajer 20jt dan 25jt, iuran jp bagian perusahaan brp", "contribution", [r(2 * d(CAP26) * d("0.02")), r(2 * d(CAP26) * d("0.03"))]),
    ("gudang risiko sedang 7 pekerja @3,9jt, iuran perusahaan sebulan", "contribution", [7 * emp(3.9 * M, 3), 7 * total(3.9 * M, 3)]),
    ("restoran sy 5 karyawan gaji 3,2jt, total iuran bpjs tk", "contribution", 5 * total(3.2 * M)),
    ("pabrik kayu (risiko tinggi) 15 buruh gaji 4,2 jt, total iuran bpjs tk", "contribution", many(15, 4.2 * M, 4)),
    ("perusahaan IT 4 programmer gaji 14jt, total iuran bpjs tk sebulan", "contribution", 4 * total(14 * M)),
    ("kantor kami 3 staf gaji 5jt + 1 manajer 18jt, iuran yg dibayar kantor", "contribution", [emps(5 * M, 5 * M, 5 * M, 18 * M), totals(5 * M, 5 * M, 5 * M, 18 * M)]),
    ("iuran jkm + jkk kelompok 1 utk 10 karyawan gaji 4jt", "contribution", r(10 * d(4 * M) * d("0.0054"))),
    ("iuran jht 8 karyawan gaji 5jt, bagian perusahaan brp", "contribution", [r(8 * d(5 * M) * d("0.037")), r(8 * d(5 * M) * d("0.057"))]),
    ("gaji karyawan 3jt dan 3,5jt, total potongan ke karyawan brp", "contribution", workers(3 * M, 3.5 * M)),
    ("2 karyawan gaji 11jt dan 13jt, iuran jp total (perusahaan+karyawan)", "contribution", r(d(11 * M) * d("0.03") + d(CAP26) * d("0.03"))),
    ("biaya bpjs tk perusahaan per bulan kalau 20 karyawan gaji umr jakarta", "contribution", [*many(20, UMP_JAKARTA), 20 * emp(UMP_JAKARTA)]),
    ("toko bangunan: 3 karyawan gaji 3jt, 1 sopir 3,5jt. iuran bpjs tk sebulan", "contribution", totals(3 * M, 3 * M, 3 * M, 3.5 * M)),
    ("bengkel las (risiko tinggi) 2 tukang las 4,5jt, iuran jkk nya aja", "contribution", r(2 * d(4.5 * M) * d("0.0127"))),
    ("my company has 5 staff at 8 million, employer bpjs tk cost per month", "contribution", [5 * emp(8 * M), 5 * total(8 * M)], "en"),
    ("HR here: 2 employees, 6m and 16m salary, total bpjs tk contribution?", "contribution", totals(6 * M, 16 * M), "en"),
    ("peternakan ayam 6 pekerja gaji 2,8jt risiko sedang, total iuran", "contribution", 6 * total(2.8 * M, 3)),
    ("sekolah swasta 10 guru gaji 3jt, iuran bpjs tk total (jkk kelompok 1)", "contribution", 10 * total(3 * M, 1)),
    ("usaha laundry 2 karyawan gaji 2,7jt, bagian saya sbg pemilik brp", "contribution", [2 * emp(2.7 * M), 2 * total(2.7 * M)]),
    ("total potongan bpjs tk utk 4 karyawan @ 5,5 juta", "contribution", [4 * worker(5.5 * M), 4 * total(5.5 * M)]),
    ("pabrik garmen 50 operator gaji umk karawang, jkk risiko rendah, total iuran bpjs tk", "contribution", many(50, UMK_KARAWANG, 2)),
    ("gaji direktur 30jt, iuran bpjs tk perusahaan + karyawan", "contribution", total(30 * M)),
    ("cafe saya: 3 barista 3,3jt, 1 kasir 3jt, iuran bpjs tk total brp", "contribution", totals(3.3 * M, 3.3 * M, 3.3 * M, 3 * M)),
    # ------------------------------------------------ informal workers (BPU), domestic workers
    ("sy pedagang keliling penghasilan 2,5jt, iuran bpjs tk brp", "contribution", bpu(2.5 * M)),
    ("ojol pilih penghasilan 3 juta, iuran + jht brp sebulan", "contribution", bpu(3 * M, jht=True)),
    ("petani penghasilan 1 jt, iuran jkk jkm brp", "contribution", bpu(1 * M)),
    ("tukang parkir penghasilan 700rb, iuran bpjs tk brp", "contribution", bpu(700_000)),
    ("youtuber penghasilan 30 jt, iuran bpu + jht", "contribution", bpu(30 * M, jht=True)),
    ("ojol penghasilan 4jt, iuran bulan januari 2027 brp", "contribution", bpu(4 * M)),
    ("penjual bakso penghasilan 4jt, iuran bpu bulan januari 2027", "contribution", bpu_full(4 * M)),
    ("kurir lepas penghasilan 150rb per hari, iuran bpu + jht", "contribution", bpu(150_000 * 26, jht=True)),
    ("nelayan dapat 3,5 jt sebulan, iuran bpjs tk utk 3 bulan", "contribution", [3 * bpu(3.5 * M), bpu(3.5 * M)]),
    ("online taxi driver income 6m, bpu contribution?", "contribution", bpu(6 * M), "en"),
    ("sy penjahit penghasilan 1,8jt, ikut jkk jkm jht brp", "contribution", bpu(1.8 * M, jht=True)),
    ("bpu 4,5 jt iuran sebulan", "contribution", bpu(4.5 * M)),
    ("mitra gojek penghasilan 250rb/hari iuran bpjs tk brp", "contribution", bpu(250_000 * 26)),
    ("ART saya gajinya 2 jt, iuran bpjs tk nya brp", "contribution", prt(2 * M)),
    ("mau daftarin pembantu rumah tangga gaji 1,5jt, bayar iuran brp sebulan", "contribution", prt(1.5 * M)),
    ("sopir pribadi gaji 4jt, majikan bayar iuran bpjs tk brp", "contribution", prt(4 * M)),
    ("prt gaji 2,5jt + jht iurannya berapa", "contribution", prt(2.5 * M, jht=True)),
    ("asisten rumah tangga upah 100rb sehari, iuran bpjs tk", "contribution", prt(100_000 * 26)),
    ("iuran bpjs tk buat ART saya brp ya", ["ask", "none"], None),
    # ------------------------------------------------ wage per day / week / year
    ("penghasilan saya 36jt setahun, ikut bpu bayar brp sebulan", "contribution", bpu(3 * M)),
    ("gaji setahun 60 juta, potongan bpjs tk sebulan brp", "contribution", worker(5 * M)),
    ("annual salary 150 million, bpjs tk employee deduction per month", "contribution", worker(12.5 * M), "en"),
    ("nelayan penghasilan 18jt per tahun iuran bpjs tk", "contribution", bpu(1.5 * M)),
    ("gaji 720rb seminggu potongan bpjs tk", "contribution", worker(720_000 * 4)),
    ("upah mingguan 1,25jt, iuran bpjs tk total perusahaan+pekerja", "contribution", total(1.25 * M * 4)),
    ("karyawan harian 130rb/hari, potongan bpjs tk brp", "contribution", worker(130_000 * 26)),
    ("gaji perhari 200rb, 5 hari seminggu, potongan bpjs tk", "contribution", worker(200_000 * 5 * 4)),
    ("tukang ojek dapat 100rb per hari, iuran bpu brp", "contribution", bpu(100_000 * 26)),
    ("gaji per minggu 900 ribu, iuran jht nya brp", "contribution", jht_part(900_000 * 4)),
    ("penghasilan 2jt per minggu, bpu + jht", "contribution", bpu(8 * M, jht=True)),
    ("gaji tahunan 84jt, jp perusahaan brp sebulan", "contribution", [r(d(7 * M) * d("0.02")), r(d(7 * M) * d("0.03"))]),
    ("pendapatan setahun 24 juta, iuran bpjs tk mandiri", "contribution", bpu(2 * M)),
    ("upah harian 175.000 x 22 hari, total iuran bpjs tk", "contribution", total(175_000 * 22)),
    ("weekly wage 1.5 million, how much is the bpjs tk deduction", "contribution", worker(6 * M), "en"),
    ("daily rate 250k, 20 working days, employer bpjs tk share", "contribution", [emp(5 * M), total(5 * M)], "en"),
    ("gaji 3jt setahun lalu, sekarang 4jt, potongan bpjs tk brp", "contribution", worker(4 * M)),
    ("gaji mingguan potongan bpjs tk brp", "ask", None),
    # ------------------------------------------------ typos, chat-written numbers
    ("gj 4jt500 potngn bpjs ktngkrjaan brp", "contribution", worker(4.5 * M)),
    ("gaji 4.2 juta.potongan bpjstk?", "contribution", worker(4.2 * M)),
    ("gji sy 3,75 jt, bpjs tk potong brp ya kak", "contribution", worker(3.75 * M)),
    ("gaji 4500000 potongan jht", "contribution", r(d(4.5 * M) * d("0.02"))),
    ("gaji Rp.6.000.000 potongan bpjs tk", "contribution", worker(6 * M)),
    ("gaji 6jt-an potongan bpjs tk", "contribution", worker(6 * M)),
    ("gaji 5,5 jt'an brp potongan bpjstk", "contribution", worker(5.5 * M)),
    ("gaji 4 koma 5 juta potongan bpjs tk", "contribution", worker(4.5 * M)),
    ("gaji 3 juta 750 potongan bpjs tk", "contribution", worker(3.75 * M)),
    ("gaji 7.5jt/bln iuran jht jp karyawan", "contribution", worker(7.5 * M)),
    ("gaji 2,9 jt bpjs tk potongan nya brp ya min", "contribution", worker(2.9 * M)),
    ("potongan bpjs tk utk gaji 8,25jt", "contribution", worker(8.25 * M)),
    ("gaji empat juta tujuh ratus ribu, potongan bpjs tk", "contribution", worker(4.7 * M)),
    ("gaji 4jt 750rb potongan bpjs tk", "contribution", worker(4.75 * M)),
    ("gaji 3.5jt potonagn bpjs tk brapa", "contribution", worker(3.5 * M)),
    ("gaji 5jt,potongan bpjs tk,brp?", "contribution", worker(5 * M)),
    ("GAJI 4,8JT POTONGAN BPJS TK BERAPA", "contribution", worker(4.8 * M)),
    ("gaji 4,5 jt (bersih), potongan bpjs tk brp", "contribution", worker(4.5 * M)),
    ("salary 6.5mio, bpjs tk deduction?", "contribution", worker(6.5 * M), "en"),
    ("gaji sebesar rp 5.250.000 perbulan, potongan bpjs tk?", "contribution", worker(5.25 * M)),
    ("gaji dua juta delapan ratus ribu, potongan bpjs tk nya", "contribution", worker(2.8 * M)),
    # ------------------------------------------------ benefits: JHT, JP, JKP, JKK, JKM
    ("gaji 6jt, kerja 10 tahun, kira2 saldo jht brp", ["projection", "ask"], None),
    ("saldo jht skrg 40jt, gaji 8jt, 5 tahun lagi jadi brp", "projection", None),
    ("jht saya tiap bulan masuk brp, gaji 4,4jt", "contribution", jht_part(4.4 * M)),
    ("jp 22 tahun gaji 9jt sebulan dpt brp", "benefit", jp_month(22, 9 * M)),
    ("jaminan pensiun masa iur 18 th, upah 12jt", "benefit", jp_month(18, 12 * M)),
    ("kalau iur jp 35 tahun gaji 15jt pensiunnya brp", "benefit", jp_month(35, 15 * M)),
    ("jp 15 thn upah 2,5 jt", "benefit", [jp_month(15, 2.5 * M), 411_400]),
    ("pension after 20 years, salary 8 million, monthly pension?", "benefit", jp_month(20, 8 * M), "en"),
    ("kena phk gaji 8jt, jkp sebulan brp", "benefit", jkp(8 * M)),
    ("phk, upah 4,3 jt, jkp dapat brp", "benefit", jkp(4.3 * M)),
    ("jkp kalau gaji umk surabaya", "benefit", jkp(UMK_SURABAYA)),
    ("kecelakaan kerja, gaji 3,8jt, 4 bulan tidak bekerja, stmb brp", "benefit", stmb(3.8 * M, 4)),
    ("kena kecelakaan kerja dirawat 16 bulan gaji 5jt, dapat brp", "benefit", stmb(5 * M, 16)),
    ("accident at work, salary 6 million, 2 months off, how much wage replacement", "benefit", stmb(6 * M, 2), "en"),
    ("ketabrak pas pulang kerja, 45 hari ga kerja, gaji 4jt, santunan brp", ["benefit", "ask"], [6 * M, 4 * M]),
    ("suami meninggal kecelakaan kerja gaji 6jt, ahli waris dapat brp", "benefit", jkk_death(6 * M)),
    ("karyawan tewas kecelakaan kerja, upah 3,5jt, santunan kematian brp", "benefit", jkk_death(3.5 * M)),
    ("cacat total tetap karena laka kerja, upah 5jt", "benefit", disability_total(5 * M)),
    ("kehilangan jari telunjuk krn kecelakaan kerja cacat 9%, gaji 4,5jt", ["benefit", "ask"], disability_part(9, 4.5 * M)),
    ("istri meninggal sakit, gajinya 3,5jt, jkm dapat brp", "benefit", JKM),
    ("bapak wafat karena stroke, peserta aktif, upah 7jt, santunan kematian", "benefit", JKM),
    ("my father passed away from illness, salary 5 million, death benefit?", "benefit", JKM, "en"),
    ("berapa stmb kalau gaji 5jt?", ["ask", "benefit"], 5 * M),
    ("pensiun jp saya brp nanti, udah iuran lama", "ask", None),
    # ------------------------------------------------ fines, payslips
    ("telat bayar iuran 2 bulan, total iuran sebulan 3.450.000, dendanya", "fine", fine(3.45 * M, 2)),
    ("perusahaan nunggak 5 bln, 10 karyawan gaji 4jt, denda brp", "fine", fine(10 * total(4 * M), 5)),
    ("gaji 4,2jt dipotong bpjs tk 126rb, udah bener?", "payslip", worker(4.2 * M)),
    ("slip gaji: gaji 8jt, jht 160rb, jp 80rb, bener ga?", "payslip", worker(8 * M)),
    ("gaji 15jt potongan jp 150rb bener?", "payslip", [r(d(CAP26) * d("0.01")), worker(15 * M)]),
    ("hitung iuran bpjs tk 5 karyawan", "ask", None),
    # ------------------------------------------------ NOT calculations although they carry numbers
    ("gaji sy 5jt, kalo resign skrg jht bisa langsung cair ga?", "none", None),
    ("udah kerja 3 tahun gaji 6jt, kalau keluar jht bisa diambil semua?", "none", None),
    ("gaji 7jt tapi di bpjs dilaporin 4jt, boleh gak?", "none", None),
    ("saldo jht 25jt, berapa lama cairnya?", "none", None),
    ("umur 56 tahun, jp bisa diambil bulanan atau sekaligus?", "none", None),
    ("iur jp baru 8 tahun, pas pensiun dapat bulanan ga?", "none", None),
    ("karyawan cuma 3 orang wajib daftar bpjs tk gak?", "none", None),
    ("kerja 2 bulan sudah ikut bpjs tk, kalau phk dapat jkp?", "none", None),
    ("bayar iuran bpu 16.800 tiap bulan dapat manfaat apa aja", "none", None),
    ("telat bayar bpu 3 bulan, kepesertaan saya masih aktif?", "none", None),
    ("resign 1 bulan lalu, jht sudah bisa dicairkan?", "none", None),
    ("gaji 4,5jt, perusahaan gak daftarin bpjs tk, saya harus lapor kemana", "none", None),
    ("2 tahun lalu kecelakaan kerja, masih bisa klaim?", "none", None),
    ("potongan 3% bpjs tk di slip gaji itu untuk jht dan jp ya?", "none", None),
    ("umur 58 thn baru daftar bpjs tk bisa ikut jp?", "none", None),
    ("gaji 5jt, bisa ambil kpr lewat bpjs tk?", "none", None),
    ("anak saya 2, syarat beasiswa jkm apa aja?", "none", None),
    ("phk tanggal 3 november, paling lambat klaim jkp kapan?", "none", None),
    ("salary 10 million, can I withdraw my jht after resigning?", "none", None, "en"),
    ("gaji 6 juta, jht 10 persen bisa diambil kalau sudah kerja berapa tahun?", "none", None),
    ("kantor potong gaji 4jt saya tiap bulan tapi ga disetor ke bpjs, gimana?", "none", None),
]

# multi-turn follow-ups: (earlier messages, last message, kind, figure[, lang])
FOLLOWUPS = [
    (["gaji 4jt potongan bpjs tk brp"], "kalau gajinya 5jt?", "contribution", worker(5 * M)),
    (["iuran bpjs tk karyawan gaji 4,5jt total brp"], "kalau 3 orang?", "contribution", 3 * total(4.5 * M)),
    (["gaji 6jt potongan bpjs tk berapa"], "yang ditanggung perusahaan berapa?", "contribution", [emp(6 * M), total(6 * M)]),
    (["ojol penghasilan 3jt iuran bpjs tk brp"], "kalau tambah jht?", "contribution", bpu(3 * M, jht=True)),
    (["jkp kalau gaji 4jt brp"], "kalau gaji 7jt?", "benefit", jkp(7 * M)),
    (["gaji 5jt potongan bpjs tk brp"], "jp nya aja berapa", "contribution", [r(d(5 * M) * d("0.01")), r(d(5 * M) * d("0.03"))]),
    (["hitung iuran bpjs tk gaji 8jt"], "jkk risiko sedang", "contribution", [total(8 * M, 3), emp(8 * M, 3)]),
    (["pensiun jp 20 tahun gaji 6jt brp"], "kalau 25 tahun?", "benefit", jp_month(25, 6 * M)),
    (["gaji 4jt potongan bpjs tk brp"], "oh iya, jht bisa dicairkan kapan?", "none", None),
    (["iuran bpu penghasilan 2jt"], "kalau 5jt?", "contribution", bpu(5 * M)),
    (["gaji 3,5jt potongan bpjs tk"], "salah, maksudnya 5,3jt", "contribution", worker(5.3 * M)),
    (["kecelakaan kerja gaji 5jt, 2 bulan tidak bisa kerja, stmb brp"], "kalau 15 bulan?", "benefit", stmb(5 * M, 15)),
    (["salary 9 million, bpjs tk deduction?"], "what about the employer share?", "contribution", [emp(9 * M), total(9 * M)], "en"),
    (["gaji 5 juta potongan bpjs tk berapa"], "kalau di phk dapat jkp berapa?", "benefit", jkp(5 * M)),
    (["karyawan saya 2 orang gaji 5jt, iuran bpjs tk total"], "kalau 4 orang?", "contribution", 4 * total(5 * M)),
    (["gaji 7jt potongan bpjs tk"], "makasih, kalau mau cek saldo jht gimana?", "none", None),
]


def main() -> None:
    items = [as_item(row) for row in ITEMS] + followup_items(FOLLOWUPS)
    write_stratified(items, 20261201, "dev-5", "heldout-5")


if __name__ == "__main__":
    main()
