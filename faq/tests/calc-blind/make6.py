# ruff: noqa: E501  (the items are data: one message per line)
"""Writes dev-6.yaml and heldout-6.yaml: the sixth blind calculation set, figures by hand.

Angles: messages typed on Telegram by workers, informal workers and small employers: amounts
inside longer stories, slang amounts (2,5jt, 2.5 jt, 2jt an, 4 juta 200, UMR), several people at
once, "berapa potongan gaji saya", benefit estimates phrased informally (JHT balance, JKM, JKK
wage replacement, JP, JKP), follow-ups after a result (`before`: the earlier messages of the same
chat; the last message is scored on its reply alone), and messages that carry numbers but are
not calculations (where / which papers / why / whether / when, a story with an amount and a FAQ
question: `none`). Where a message can honestly be read both ways (a "wajar ga" deduction with
no deduction stated, a "kenapa" about a benefit figure, "kalau telat bayar?" after a result) both
labels are accepted, with the figure the calculation must show.
Written without running the bot on them. The arithmetic uses only faq/rates.yaml values (typed
here, not read from the bot) and the facts sheet (section 9 wins), with the helpers of make.py /
make3.py / make5.py. Dated 2026-11-30: contribution month November 2026, JP cap Rp11.086.300,
both PP 50/2025 BPU discounts on. Conventions of the earlier sets: JKK only when a risk group or
a clinic / school is named; day x the days typed (x 26 otherwise); STMB and JKP accept the
monthly or the total figure; JKK death = 48 x wage + Rp22 juta (the 48 x wage part alone
accepted); the unconfirmed 2026 JP floor is not applied; JP below 15 years and JHT projections
are scored on kind only; "UMR" with no place is asked.
Split once, stratified by label as make4.py / make5.py: shuffled with random.Random(20261202),
sorted by first label (stable), dealt alternately to dev-6 and heldout-6.
"""

from __future__ import annotations

from make import as_item, bpu, emp, fine, followup_items, r, total, worker, write_stratified
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
from make5 import many

M = 1_000_000
UMK_KOTA_BANDUNG = 4_737_678  # umk_kota_bandung 2026
NOT = "none"

ITEMS = [
    # ------------------------------------------------ amounts inside longer stories
    ("sy baru masuk kerja di pabrik sepatu bulan lalu, gaji pokok 4,6jt, trs di slip ada potongan bpjs tk, itu harusnya brp ya", ["contribution", "payslip"], worker(4.6 * M)),
    ("halo min, saya kerja jadi admin toko online di bekasi, gaji 3,8jt sebulan, bos bilang mau daftarin bpjs tk, kira2 potongan ke saya brp", "contribution", worker(3.8 * M)),
    ("mau tanya, suami sy sopir truk ekspedisi gaji 5,2 juta, perusahaan potong bpjs tk nya brp seharusnya", "contribution", worker(5.2 * M)),
    ("aku freelance desain grafis, sebulan rata2 dapet 7jt, pengen daftar bpjs tk sendiri, iurannya brp sebulan", "contribution", bpu(7 * M)),
    ("sy punya warung makan, 3 karyawan masing2 gaji 2,5jt. kalau didaftarkan bpjs tk, total iuran per bulan brp", "contribution", 3 * total(2.5 * M)),
    ("kemarin HRD bilang gaji sy naik jadi 6,5 jt mulai bulan depan, jadi potongan bpjs tk sy brp nanti", "contribution", worker(6.5 * M)),
    ("anak saya baru kerja di minimarket di jakarta, gajinya umr, potongan bpjs tk nya berapa ya", "contribution", worker(UMP_JAKARTA)),
    ("ceritanya sy kerja di 2 tempat, pagi di kantor gaji 4jt, malam jaga toko 1,5jt. potongan bpjs tk di kantor brp?", "contribution", worker(4 * M)),
    ("suami kerja bangunan harian, 150rb sehari, kerja 24 hari sebulan, kalau ikut bpu iurannya brp", "contribution", bpu(150_000 * 24)),
    ("pagi min, sy satpam di perumahan, gaji 3,4jt, kata temen potongan bpjs tk 4%, bener ga? harusnya brp", ["contribution", "payslip"], worker(3.4 * M)),
    ("istri sy guru honorer di sekolah swasta, honornya 1,5 juta, sekolah mau daftarin bpjs tk, total iuran brp", "contribution", [total(1.5 * M, 1), total(1.5 * M)]),
    ("sy kerja di laundry kiloan, gajinya 2,2 jt, blm didaftarin bpjs tk. kalau didaftarin potongan sy brp", "contribution", worker(2.2 * M)),
    ("bapak sy tukang sayur keliling, dapet sekitar 100rb sehari, mau ikut bpjs tk mandiri, iuran brp", "contribution", bpu(100_000 * 26)),
    ("sy nelayan, hasil tangkapan ga tentu, rata2 2jt sebulan, ikut bpu + jht brp", "contribution", bpu(2 * M, jht=True)),
    ("adik sy jadi kurir paket, sebulan dapet 4,5 jt, iuran bpu brp", "contribution", bpu(4.5 * M)),
    ("sy ibu rumah tangga jualan kue online penghasilan 1,2jt, ikut bpjs tk brp sebulan", "contribution", bpu(1.2 * M)),
    ("sy operator forklift di gudang (risiko sedang), gaji 4,9jt, iuran total bpjs tk brp", "contribution", total(4.9 * M, 3)),
    # ------------------------------------------------ slang and chat-written amounts
    ("gaji sy 2,5jt, dipotong bpjs tk brp ya", "contribution", worker(2.5 * M)),
    ("gj 3.5 jt bpjs tk nya brp sebulan yg dipotong", "contribution", worker(3.5 * M)),
    ("gaji 2jt an, potongan bpjs tk kira2 brp", "contribution", worker(2 * M)),
    ("gaji 4 juta 200, potongan bpjstk brp", "contribution", worker(4.2 * M)),
    ("gaji umr jakarta, total iuran bpjs tk perusahaan + karyawan brp", "contribution", total(UMP_JAKARTA)),
    ("gaji sy UMR, potongan bpjs tk brp", "ask", None),
    ("5jt500 potongan bpjs tk karyawan brp", "contribution", worker(5.5 * M)),
    ("gaji 3jtan, bpjs tk yg dipotong brp", "contribution", worker(3 * M)),
    ("gaji 6,2jt potongan jht nya doang brp", "contribution", r(d(6.2 * M) * d("0.02"))),
    ("gaji 1,8jt tiap bulan dipotong bpjs tk brp", "contribution", worker(1.8 * M)),
    ("gaji 10jt lebih dikit, potongan bpjs tk", "contribution", worker(10 * M)),
    ("salary 7,5jt, potongan bpjs ketenagakerjaan brp", "contribution", worker(7.5 * M)),
    ("gaji 4.750.000 potongan bpjs tk", "contribution", worker(4.75 * M)),
    ("gaji 12jt, iuran jp yg dipotong dr sy brp", "contribution", r(d(CAP26) * d("0.01"))),
    ("upah 3 juta 600 ribu, potongan bpjstk", "contribution", worker(3.6 * M)),
    ("gaji 2 setengah juta potongan bpjs tk", "contribution", worker(2.5 * M)),
    ("gaji kisaran 5jt, dipotong bpjs tk brp", "contribution", worker(5 * M)),
    ("gaji sekitar 4,3 jt/bln, bpjs tk dipotong brp", "contribution", worker(4.3 * M)),
    ("gaji 2,75jt tp blm tunjangan, potongan bpjs tk brp", "contribution", worker(2.75 * M)),
    ("gaji 3700rb potongan bpjstk", "contribution", worker(3.7 * M)),
    ("gaji 8 jt 500 potongan bpjs tk brp", "contribution", worker(8.5 * M)),
    ("gaji 1 juta 750 rb, potongan bpjs tk", "contribution", worker(1.75 * M)),
    ("gaji umr bandung, potongan bpjs tk brp", "contribution", worker(UMK_KOTA_BANDUNG)),
    ("penghasilan 2,5jt/bln ojol, iuran bpu brp", "contribution", bpu(2.5 * M)),
    ("gaji 5jt dipotong bpjs kesehatan dan tk, yg tk brp", "contribution", worker(5 * M)),
    # ------------------------------------------------ several people at once
    ("saya dan istri kerja di pabrik yg sama, gaji sy 4,5jt, istri 3,9jt, total potongan kami berdua brp", "contribution", workers(4.5 * M, 3.9 * M)),
    ("karyawan sy ada 4: 2 org gaji 3jt, 1 org 4jt, 1 org 5,5jt. total iuran bpjs tk sebulan", "contribution", totals(3 * M, 3 * M, 4 * M, 5.5 * M)),
    ("bengkel motor sy 5 mekanik @3,2jt, risiko sedang, total iuran bpjs tk", "contribution", many(5, 3.2 * M, 3)),
    ("3 teman sy ojol penghasilan 3jt, 4jt, 5jt, iuran bpu masing2 brp", "contribution", [bpu(3 * M), bpu(4 * M), bpu(5 * M), bpu(3 * M) + bpu(4 * M) + bpu(5 * M)]),
    ("kakak gaji 8jt, adik gaji 4jt, potongan bpjs tk masing2 brp", "contribution", [worker(8 * M), worker(4 * M), workers(8 * M, 4 * M)]),
    ("usaha catering 7 karyawan gaji 2,8jt, brp yg hrs sy bayar ke bpjs tk sbg pemilik", "contribution", [7 * emp(2.8 * M), *many(7, 2.8 * M)]),
    ("klinik gigi sy: 2 perawat 4jt, 1 admin 3,5jt, iuran bpjs tk total", "contribution", totals(4 * M, 4 * M, 3.5 * M, jkk=1)),
    ("toko sy 2 karyawan gaji 2,5 jt sama 3 jt, potongan dr gaji mereka total brp", "contribution", workers(2.5 * M, 3 * M)),
    ("kami ber-5 sopir travel gaji 4jt semua, iuran bpjs tk perusahaan total brp", "contribution", [5 * emp(4 * M), 5 * total(4 * M)]),
    ("sy & suami sama2 ojol, penghasilan sy 2jt, suami 4jt, iuran bpu berdua brp", "contribution", [bpu(2 * M) + bpu(4 * M), bpu(2 * M), bpu(4 * M)]),
    ("koperasi kami 6 karyawan gaji 2,9jt, total iuran bpjs tk per bulan", "contribution", many(6, 2.9 * M)),
    ("10 karyawan gaji 4jt, 2 supervisor 7jt, total potongan ke karyawan brp", "contribution", 10 * worker(4 * M) + 2 * worker(7 * M)),
    ("3 satpam gaji 3,5jt dan 1 cleaning service 3jt, iuran perusahaan brp", "contribution", [emps(3.5 * M, 3.5 * M, 3.5 * M, 3 * M), totals(3.5 * M, 3.5 * M, 3.5 * M, 3 * M)]),
    ("karyawan sy 8 org gaji 3jt, iuran bpjs tk nya brp ya total", "contribution", 8 * total(3 * M)),
    ("perusahaan mau daftar jp, gaji karyawan 20jt, iuran jp total brp", "contribution", r(d(CAP26) * d("0.03"))),
    # ------------------------------------------------ "berapa potongan gaji saya"
    ("berapa potongan gaji saya buat bpjs tk? gaji 5,8jt", "contribution", worker(5.8 * M)),
    ("berapa potongan gaji saya tiap bulan utk bpjs ketenagakerjaan", ["ask", NOT], None),
    ("potongan gaji saya utk bpjs tk brp ya, gaji sy 3 juta 250 ribu", "contribution", worker(3.25 * M)),
    ("brp sih potongan gaji sy, gaji 9jt, bpjs tk aja", "contribution", worker(9 * M)),
    ("gaji saya 13,5jt, berapa potongan bpjs tk saya", "contribution", worker(13.5 * M)),
    ("berapa potongan gaji saya kalau gaji 4,1jt dan ikut jht jp", "contribution", worker(4.1 * M)),
    # ------------------------------------------------ benefits, informally
    ("saldo jht sy sekarang 18jt, gaji 6jt, kalau 10 thn lagi kira2 jadi brp", "projection", None),
    ("jht sy udah 30an juta, gaji 7jt, pensiun 15 taun lagi, estimasi saldonya", "projection", None),
    ("gaji 4jt baru kerja, kalau 20 tahun kerja jht nya kira2 brp", ["projection", "ask"], None),
    ("ayah meninggal krn sakit, masih aktif bpjs tk, dapat jkm brp", ["benefit", NOT], JKM),
    ("suami meninggal serangan jantung, gajinya 4,5jt, santunan bpjs tk brp", "benefit", JKM),
    ("umur 40 gaji 5jt, kalau meninggal bukan karena kerja ahli waris dpt brp", "benefit", JKM),
    ("kecelakaan motor pas berangkat kerja, dirawat 3 bulan ga bisa kerja, gaji 4,2jt, dpt ganti gaji brp", "benefit", stmb(4.2 * M, 3)),
    ("tangan sy patah krn mesin di pabrik, 6 bln istirahat, gaji 3,3jt, stmb nya berapa", "benefit", stmb(3.3 * M, 6)),
    ("kena kecelakaan kerja udh 14 bulan blm bisa kerja, gaji 5jt, brp yg didapat", "benefit", stmb(5 * M, 14)),
    ("ojol penghasilan 3jt, kalau kecelakaan pas narik dirawat 2 bulan dapet brp", ["benefit", "ask"], stmb(3 * M, 2)),
    ("jp sy nanti brp kalau iur 25 thn, gaji skrg 6jt", "benefit", jp_month(25, 6 * M)),
    ("pensiunan jp gaji 10jt masa iur 30 tahun dapat bulanan brp", "benefit", jp_month(30, 10 * M)),
    ("masa iur jp baru 12 tahun, gaji 5jt, pensiun dapet brp", ["benefit", NOT], None),
    ("di phk bulan ini, gaji terakhir 4,8jt, jkp sy brp sebulan", "benefit", jkp(4.8 * M)),
    ("kena phk gaji 9jt, dpt jkp brp?", "benefit", jkp(9 * M)),
    ("kantor tutup, gaji 3,6jt, uang jkp nya dapet brp ya", "benefit", jkp(3.6 * M)),
    ("jkp kalau gaji umr jakarta brp", "benefit", jkp(UMP_JAKARTA)),
    ("rekan kerja meninggal jatuh dr gedung pas kerja, gaji 5,5jt, keluarga dapat brp", "benefit", jkk_death(5.5 * M)),
    ("tukang las di bengkel, gaji 3,8jt, kalau kena musibah kerja meninggal, keluarga dapet brp", "benefit", jkk_death(3.8 * M)),
    ("cacat total krn kecelakaan kerja, gaji 4jt, dapat santunan brp", "benefit", disability_total(4 * M)),
    ("jari kelingking putus kena mesin, cacat 5%, gaji 3jt", ["benefit", "ask"], disability_part(5, 3 * M)),
    ("cacat sebagian krn kecelakaan kerja gaji 4jt dapat brp", ["ask", NOT], None),
    # ------------------------------------------------ fines and payslips
    ("perusahaan telat bayar iuran 2 bulan, iuran sebulan total 4,2jt, dendanya brp", "fine", fine(4.2 * M, 2)),
    ("bos sy nunggak bpjs tk 4 bulan, kami 6 org gaji 3jt, kena denda brp", "fine", fine(6 * total(3 * M), 4)),
    ("iuran 900rb telat 1 bulan denda nya brp", "fine", fine(900_000, 1)),
    ("dendanya dihitung gmn kalau iuran 2,5jt telat 3 bln", ["fine", NOT], fine(2.5 * M, 3)),
    ("slip gaji sy: gaji 5jt, potongan jht 100rb, jp 50rb, udah bener blm", "payslip", worker(5 * M)),
    ("gaji 4jt tp potongan bpjs tk 200rb, kebanyakan ga sih", "payslip", worker(4 * M)),
    ("potongan wajar ga buat gaji 5 jt", ["contribution", NOT], worker(5 * M)),
    ("kenapa jkp sy cuma 3jt padahal gaji 8jt", [NOT, "benefit"], jkp(8 * M)),
    # ------------------------------------------------ NOT calculations although they carry numbers
    ("jht sy cuma 9 jt kok bisa, padahal udah kerja 6 tahun", NOT, None),
    ("gaji 5jt, kalau mau klaim jht syaratnya apa aja", NOT, None),
    ("sy resign tgl 10 oktober, kapan jht bisa dicairkan", NOT, None),
    ("saldo jht 60jt, perlu npwp ga buat klaim", NOT, None),
    ("jht 12 juta bisa klaim lewat jmo ga?", NOT, None),
    ("umur 57, iur jp 16 tahun, kapan mulai dapat pensiun bulanan", NOT, None),
    ("gaji sy 3jt tp perusahaan daftarin bpjs tk pake 2jt, gmn lapornya", NOT, None),
    ("karyawan 2 orang wajib ikut jp ga?", NOT, None),
    ("gaji 4,5jt, kenapa potongan jp cuma 1%?", NOT, None),
    ("iuran bpu 16.800 itu udah termasuk jht blm?", NOT, None),
    ("kecelakaan kerja 3 minggu lalu, perusahaan blm lapor, gmn?", NOT, None),
    ("saya phk tgl 1 november, paling lambat klaim jkp tgl brp?", NOT, None),
    ("kerja baru 8 bulan kena phk, bisa dapat jkp ga?", NOT, None),
    ("dapet 42 juta jkm itu dibayar sekaligus atau dicicil?", NOT, None),
    ("umur 55 gaji 6jt masih bisa daftar jkp ga", NOT, None),
    ("jht 25jt mau ambil 10% boleh ga kalau baru kerja 7 tahun", NOT, None),
    ("telat bayar bpu 2 bulan, kalau kecelakaan masih ditanggung ga?", NOT, None),
    ("bayar iuran bpu 36.800 sebulan lewat mana aja bisa", NOT, None),
    ("gaji 7jt, dokumen apa aja buat daftar bpjs tk sendiri", NOT, None),
    ("potongan bpjs tk 3% itu dihitung dari gaji pokok atau gaji + tunjangan?", NOT, None),
    ("iuran jp 2% perusahaan 1% karyawan, itu dasar hukumnya apa", NOT, None),
    ("perusahaan 50 karyawan, kapan batas bayar iuran tiap bulan", NOT, None),
    ("jht sy 14jt kok pas cek di jmo beda sama slip", NOT, None),
    ("istri meninggal, sudah iur 4 tahun, anak dapat beasiswa ga", NOT, None),
    ("saya 3 tahun kerja, slip gaji ada potongan jht tp saldo 0, harus lapor kemana", NOT, None),
    ("denda telat bayar iuran itu 2% per bulan ya? dari total iuran?", NOT, None),
    ("sy pernah klaim jht 10% thn 2023, saldo skrg 20jt, bisa klaim lagi ga", NOT, None),
    ("iuran bpjs tk bisa dibayar 3 bulan sekaligus ga?", NOT, None),
    ("hari ini tgl 20, iuran bulan lalu blm dibayar, kena denda ga?", NOT, None),
    ("gaji 5jt, kalau keluar kerja bpjs tk nya gmn", NOT, None),
    ("potongan bpjs tk 150rb sebulan itu masuk ke mana aja", NOT, None),
    ("jkm 42 juta itu dapet kalau meninggal karena apa aja", NOT, None),
]

# multi-turn follow-ups: (earlier messages, last message, kind, figure)
FOLLOWUPS = [
    (["gaji 5jt potongan bpjs tk brp"], "setahun jadi berapa?", "contribution", 12 * worker(5 * M)),
    # label corrected (dev, after the first score): the non-transport discount covers contribution
    # months up to December 2026 (bpu_discount_rate), so a year from November 2026 is 2
    # discounted months + 10 full ones; 12 x the discounted month was my slip
    (["iuran bpu penghasilan 3jt brp"], "kalau setahun brp?", "contribution", 2 * bpu(3 * M) + 10 * bpu_full(3 * M)),
    (["gaji 4jt iuran bpjs tk total brp"], "kalau telat bayar?", [NOT, "fine"], fine(total(4 * M), 1)),
    (["total iuran bpjs tk 10 karyawan gaji 3,5jt brp"], "kalau telat 2 bulan dendanya brp", "fine", fine(10 * total(3.5 * M), 2)),
    (["penghasilan 4jt iuran bpjs tk brp"], "bukan bpu min, yg karyawan", "contribution", [worker(4 * M), total(4 * M)]),
    (["sy ojol penghasilan 5jt iuran brp"], "eh maaf sy karyawan kantor, gaji 5jt", "contribution", [worker(5 * M), total(5 * M)]),
    (["gaji 5jt potongan bpjs tk brp"], "kalau gajinya naik jadi 6jt?", "contribution", worker(6 * M)),
    (["iuran bpjs tk gaji 4,5jt total brp"], "kalau naik jadi 5,5jt brp", "contribution", total(5.5 * M)),
    (["potongan bpjs tk gaji 7jt"], "yg bayar kantor brp", "contribution", [emp(7 * M), total(7 * M)]),
    (["gaji 3jt potongan bpjs tk"], "trus setahun total potongannya?", "contribution", 12 * worker(3 * M)),
    (["jkp kalau gaji 4jt brp"], "kalau gajinya 6jt?", "benefit", jkp(6 * M)),
    (["pensiun jp 20 tahun gaji 5jt brp"], "kalau gajinya naik jadi 8jt", "benefit", jp_month(20, 8 * M)),
    (["gaji 6jt potongan bpjs tk brp"], "kalau ada 3 karyawan gaji segitu, total iuran?", "contribution", [3 * total(6 * M), 3 * worker(6 * M)]),
    (["gaji 5jt potongan bpjs tk brp"], "jht nya doang brp", "contribution", [r(d(5 * M) * d("0.02")), r(d(5 * M) * d("0.057"))]),
    (["ojol penghasilan 3,5jt iuran bpu brp"], "sama jht sekalian brp", "contribution", bpu(3.5 * M, jht=True)),
    (["gaji 4jt potongan bpjs tk brp"], "bukan, gajinya 4,4jt", "contribution", worker(4.4 * M)),
    (["stmb kecelakaan kerja gaji 4jt 3 bulan brp"], "kalau 6 bulan?", "benefit", stmb(4 * M, 6)),
    (["gaji 8jt potongan bpjs tk"], "kalau kena phk jkp nya brp", "benefit", jkp(8 * M)),
    (["gaji 5jt potongan bpjs tk brp"], "ok mksh, cara cek saldo jht dmn ya", NOT, None),
    (["iuran bpjs tk gaji 6jt total"], "kalau jkk risiko tinggi?", "contribution", [total(6 * M, 4), emp(6 * M, 4)]),
    (["gaji 5jt potongan bpjs tk brp"], "itu sebulan ya? kalau 3 bulan?", "contribution", 3 * worker(5 * M)),
    (["bpu penghasilan 2jt iuran brp"], "kalau penghasilannya naik jadi 6jt?", "contribution", bpu(6 * M)),
    (["denda telat bayar iuran 2 bulan, iuran sebulan 1,5jt"], "kalau 5 bulan?", "fine", fine(1.5 * M, 5)),
    (["gaji 4jt potongan bpjs tk brp"], "yg karyawan doang, bukan perusahaan", "contribution", worker(4 * M)),
    (["iuran jp gaji 15jt brp"], "yg dipotong dr gaji sy brp", "contribution", r(d(CAP26) * d("0.01"))),
]


def main() -> None:
    items = [as_item(row) for row in ITEMS] + followup_items(FOLLOWUPS)
    write_stratified(items, 20261202, "dev-6", "heldout-6")


if __name__ == "__main__":
    main()
