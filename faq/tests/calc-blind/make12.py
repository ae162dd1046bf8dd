# ruff: noqa: E501  (the items are data: one message per line)
"""Writes dev-12.yaml and heldout-12.yaml: the twelfth blind calculation set, figures by hand.

Shapes taken from how people ask in public pages (news explainers with worked examples, worker
complaints about a deduction, BPJS branch statements on STMB / JKM / scholarships / JKP, late-fine
explainers; the URLs are listed in README.md, section "Twelfth set"), aimed at what sets 1-11
cover little: checking a deduction given per program ("jht 80.000 jp 40.000 kok segitu", "bener
ga potongannya"), a wage given relative to the minimum wage ("di atas umr dikit", "umr jakarta +
300rb", "2x umr jabar", "mepet umr"), BPU arrears over several months (no fine for BPU: the
months' contributions), employer totals for several named wages, STMB while unable to work (weeks
and days turned into months), JKM and scholarship amounts, JHT balance estimates (kind only), JP
estimates, JKP with and without a wage, and answers typed to the bot's own questions back (risk
group, staff list, months late, PU or BPU, years, wage). Written before running the bot on them
and without reading faq/tests/calc, any calc-blind held-out file or the reader / calculator code
(only make11.py, the helpers of make.py / make3.py / make7.py / make8.py, and
templates/calc_ask.html.j2 for the bot's questions back). The arithmetic uses only faq/rates.yaml
values (typed in those helpers and here) and the facts sheet (section 9 wins).

Dated 2026-12-02: contribution month December 2026. Rates checked for that month in
faq/rates.yaml: JP wage cap Rp11.086.300 (from 2026-03-01); PU JHT 3,7% + 2%, JP 2% + 1%, JKM
0,3%, JKK 0,24 / 0,54 / 0,89 / 1,27 / 1,74%; BPU JKK 1% of the income clamped to Rp1 - 20,7 juta +
JKM Rp6.800, the PP 50/2025 50% discount on for every sector for the contribution months April -
December 2026 (transport January 2026 - March 2027), JHT 2% not discounted; BPU has no late fine
(facts 1d: only the months owed); PU late fine 2% a month; STMB 100% of the wage for 12 months,
then 50% (a week = 1/4 month, 45 days = 1,5 months; the monthly figure is accepted too); total
disability 70% x 80 x wage, partial % x 80 x wage; JKK death 48 x wage + Rp12 juta + Rp10 juta
(48 x wage alone accepted); JKM Rp42 juta; scholarship at most Rp174 juta for 2 children (Rp87
juta each; JKM only after 3 years of contributions); JKP 60% of the wage capped at Rp5 juta, 6
months (monthly or total accepted), none for a PKWT that ends on schedule; JP 1% x (months / 12)
x wage (capped), monthly from 180 months (below: kind only), the unconfirmed 2026 floor not
applied. UMP 2026: DKI Jakarta Rp5.729.876, Jawa Barat Rp2.317.601, Jawa Tengah Rp2.327.386,
Jawa Timur Rp2.446.880, Banten Rp3.100.881, DI Yogyakarta Rp2.417.495. Conventions of the earlier
sets: JKK only when a risk group or a clinic is named; "iuran" for one wage with no side named
accepts the worker's part or the total; several wages: each program per worker rounded, or
rounded once; a single approximation ("lebih dikit", "hampir", "mepet") is computed on the figure
or asked; "UMR" with no place is asked; a follow-up's question back scores as a miss (the scorer
counts it as a calculation with a wrong figure), so follow-ups are labelled with what they should
compute. Split once, stratified by label as make4.py - make11.py: shuffled with
random.Random(20261223), sorted by first label (stable), dealt alternately to dev-12 and
heldout-12.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from make import as_item, bpu, emp, fine, followup_items, r, total, worker, write_stratified
from make3 import (
    JKM,
    UMP_BANTEN,
    UMP_DIY,
    UMP_JAKARTA,
    UMP_JATIM,
    d,
    disability_part,
    disability_total,
    jkk_death,
    jkp,
    jp_month,
    stmb,
)
from make7 import either
from make8 import group_emps, group_totals, group_workers, jp_worker
from make11 import UMP_JABAR, UMP_JATENG, jp_months

M = 1_000_000
RB = 1_000
NOT = "none"
CONTRIB_ASK = ["contribution", "ask"]
BENEFIT_ASK = ["benefit", "ask"]
BENEFIT_NOT = ["benefit", NOT]
PROJ_ASK = ["projection", "ask"]
SCHOLARSHIP = 174 * M  # jkm_scholarship_max / jkk_scholarship_max (2 children)
SCHOLARSHIP_CHILD = 87 * M  # jkk_scholarship_per_child


def sides(w) -> list[int]:
    """'brp yg dipotong dan brp yg ditanggung kantor': the worker's part, the employer's, or the total."""
    return [worker(w), emp(w), total(w)]


ITEMS = [
    # --- payslip: a deduction checked, often given per program
    ("gaji 4jt potongan jht 80.000 jp 40.000 kok segitu", "payslip", worker(4 * M)),
    ("gaji 5,5jt, di slip jht 110rb jp 55rb, bener ga potongannya", "payslip", worker(5.5 * M)),
    ("potongan bpjs tk sy 195rb, gaji 6,5jt, udh bener blm?", "payslip", worker(6.5 * M)),
    ("gaji 3,2 jt kok bpjs tk motong 128rb, harusnya brp", ["payslip", "contribution"], worker(3.2 * M)),
    ("slip gaji bulan ini: gaji pokok 4.000.000, tunj tetap 500.000, jht 90.000, jp 45.000. sesuai ga min", "payslip", worker(4.5 * M)),
    ("gaji 15jt dipotong jp 150rb, bukannya ada batas ya? harusnya brp", ["payslip", "contribution"], jp_worker(15 * M)),
    ("jht sy dipotong 2% jp 1%, gaji 7jt, total 210rb bener?", "payslip", worker(7 * M)),
    ("gaji 4,8jt dipotong bpjs tk 4% = 192rb, kebanyakan ga sih", "payslip", worker(4.8 * M)),
    ("gaji UMR jakarta dipotong jht jp 171.896, pas ga?", "payslip", worker(UMP_JAKARTA)),
    ("hrd motong bpjs tk 250rb dr gaji 5jt, itu wajar?", "payslip", worker(5 * M)),
    ("gaji 9jt potongan bpjstk 270 rb bener ga hitungannya", "payslip", worker(9 * M)),
    ("gj 3,5jt potong jht 70rb jp 35rb kok gaji sy jd kurang", "payslip", worker(3.5 * M)),
    ("perusahaan motong jkk jkm jg dr gaji sy 4jt, total potongan 141.600, boleh ga?", ["payslip", NOT], worker(4 * M)),
    ("gaji 6jt, potongan jht 120.000 jp 60.000 jkm 18.000, kok ada jkm nya", ["payslip", NOT], worker(6 * M)),
    ("gaji kotor 8.250.000 potongan bpjs ketenagakerjaan 247.500 sdh sesuai?", "payslip", worker(8.25 * M)),
    ("my payslip shows jht 120k and jp 60k on a 6m salary, is that right?", "payslip", worker(6 * M), "en"),
    # --- contribution: the wage given loosely, against the minimum wage
    ("gaji sy di atas umr dikit, potongan bpjs tk brp", "ask", None),
    ("gaji umr + 300rb, potongan bpjs tk", "ask", None),
    ("gaji umr jakarta + 300rb, potongan jht jp brp", CONTRIB_ASK, worker(UMP_JAKARTA + 300 * RB)),
    ("gaji umr jateng lebih dikit, potongan bpjs tk nya", CONTRIB_ASK, worker(UMP_JATENG)),
    ("gajiku 2x umr jabar, potongan bpjs tk brp", CONTRIB_ASK, worker(2 * UMP_JABAR)),
    ("gaji 5jt kurang dikit, potongan bpjs tk sebulan", CONTRIB_ASK, worker(5 * M)),
    ("gaji hampir 7jt, dipotong bpjs tk brp", CONTRIB_ASK, worker(7 * M)),
    ("gaji mepet umr jatim, iuran bpjs tk bagian karyawan", CONTRIB_ASK, worker(UMP_JATIM)),
    ("gaji pas umr banten, potongan bpjs tk nya", "contribution", worker(UMP_BANTEN)),
    ("gaji 4jt lebih 250, potongan jht jp", CONTRIB_ASK, worker(4.25 * M)),
    ("gaji sekitar 6 sampai 6,5 juta, potongan bpjs tk", "ask", None),
    ("gaji umr jogja tambah tunjangan tetap 400rb, potongan bpjs tk", CONTRIB_ASK, worker(UMP_DIY + 400 * RB)),
    ("gaji sy umr tp ga tau umr mana, pokoknya sekitar 3jt, potongan bpjs tk", CONTRIB_ASK, worker(3 * M)),
    ("salary a bit above the jakarta minimum wage, bpjs tk deduction?", CONTRIB_ASK, worker(UMP_JAKARTA), "en"),
    # --- contribution: BPU arrears over several months (no fine; the months owed)
    ("bpu nunggak 3 bulan, penghasilan 2jt, bayar semua brp", "contribution", 3 * bpu(2 * M)),
    ("iuran bpu sy belum dibayar dari oktober, skrg desember, penghasilan 1,5jt, totalnya", CONTRIB_ASK, 3 * bpu(1.5 * M)),
    ("ojol telat bayar bpjs tk 4 bulan, iuran sebulan 8.400, harus bayar brp", ["contribution", NOT], 4 * 8400),
    ("tunggakan bpu 2 bulan + bulan ini, penghasilan 3jt, ikut jht jg, total bayar", "contribution", 3 * bpu(3 * M, jht=True)),
    ("pedagang, bpu nunggak 5 bulan, penghasilan 2,5jt, kena denda ga? totalnya brp", ["contribution", NOT], 5 * bpu(2.5 * M)),
    ("bpu telat 3 bulan dendanya brp", NOT, None),
    ("iuran bpu 16.800 nunggak 6 bulan, bayar brp", ["contribution", NOT], [6 * 8400, 6 * 16800]),
    ("petani bpu lupa bayar 2 bulan, penghasilan sejuta, sekarang bayar brp", "contribution", 2 * bpu(1 * M)),
    ("I'm a freelancer (bpu), missed 3 months, income 5 million, how much to pay now?", "contribution", 3 * bpu(5 * M), "en"),
    ("kurir nunggak bpjs tk bpu sejak september, penghasilan 4jt, bayar brp", CONTRIB_ASK, [4 * bpu(4 * M), 3 * bpu(4 * M)]),
    ("nunggak bpu, brp yg harus dibayar", "ask", None),
    # --- contribution: employer totals for several named wages
    ("karyawan sy 3: 4jt, 5jt, 7jt. total iuran bpjs tk perusahaan+karyawan", "contribution", group_totals((1, 4 * M), (1, 5 * M), (1, 7 * M))),
    ("2 org gaji 3,5jt, 1 org 6jt, 1 org 15jt, beban perusahaan bpjs tk brp", "contribution", group_emps((2, 3.5 * M), (1, 6 * M), (1, 15 * M))),
    ("toko sy 4 karyawan: andi 3jt, budi 3,2jt, citra 3,5jt, dedi 4jt, total setoran bpjs tk sebulan", "contribution", group_totals((1, 3 * M), (1, 3.2 * M), (1, 3.5 * M), (1, 4 * M))),
    ("gaji karyawan: 4.500.000, 4.750.000, 5.200.000, 12.000.000 - hitung iuran bpjs tk bagian perusahaan", "contribution", group_emps((1, 4.5 * M), (1, 4.75 * M), (1, 5.2 * M), (1, 12 * M))),
    ("pabrik kecil, 10 operator @3,8jt + 2 mandor @5,5jt + 1 manajer 11,5jt, total iuran bpjs tk", "contribution", group_totals((10, 3.8 * M), (2, 5.5 * M), (1, 11.5 * M))),
    ("klinik: 3 perawat 4,2jt, 1 dokter 9jt, 1 admin 3,6jt. iuran perusahaan termasuk jkk", "contribution", group_emps((3, 4.2 * M), (1, 9 * M), (1, 3.6 * M), jkk=1)),
    ("bengkel risiko tinggi, 3 mekanik 4jt, 1 kasir 3,5jt, iuran perusahaan", "contribution", group_emps((3, 4 * M), (1, 3.5 * M), jkk=4)),
    ("5 karyawan, gajinya 3jt, 3jt, 4jt, 4jt, 6jt, potongan karyawan totalnya berapa", "contribution", group_workers((2, 3 * M), (2, 4 * M), (1, 6 * M))),
    ("warung makan, 2 karyawan gaji 2,5jt dan 3jt, iuran bpjs tk yg sy tanggung", "contribution", group_emps((1, 2.5 * M), (1, 3 * M))),
    ("3 staff: IDR 8m, 10m and 14m. total bpjs tk employer cost?", "contribution", group_emps((1, 8 * M), (1, 10 * M), (1, 14 * M)), "en"),
    ("cv sy 6 org: 4 org umr jateng, 2 org 4jt, iuran perusahaan brp", "contribution", group_emps((4, UMP_JATENG), (2, 4 * M))),
    ("total iuran jht saja utk 3 karyawan gaji 4jt, 5jt, 6jt", "contribution", r(d(15 * M) * d("0.057"))),
    ("iuran jp perusahaan utk 2 karyawan gaji 10jt dan 13jt", "contribution", r(d(10 * M) * d("0.02")) + r(d(11_086_300) * d("0.02"))),
    ("rekap gaji: 4,1jt; 4,3jt; 4,6jt. iuran bpjs tk total sebulan brp", "contribution", group_totals((1, 4.1 * M), (1, 4.3 * M), (1, 4.6 * M))),
    ("iuran bpjs tk 3 karyawan sy brp", "ask", None),
    # --- contribution: other shapes
    ("gaji naik dari 5jt ke 6jt, potongan bpjs tk jd brp", "contribution", [worker(6 * M), worker(6 * M) - worker(5 * M)]),
    ("gaji 4jt, potongan bpjs tk + bpjs kesehatan total brp", ["contribution", NOT], worker(4 * M)),
    ("gaji 4,4jt, yg dipotong bpjs tk brp dan yg ditanggung kantor brp", "contribution", sides(4.4 * M)),
    ("gaji 4jt, tiap bulan ke bpjs tk perusahaan bayar brp, sy bayar brp", "contribution", sides(4 * M)),
    ("potongan bpjs tk setahun kalau gaji 5jt", "contribution", 12 * worker(5 * M)),
    ("gaji 5jt, potongan jht jp 150rb, kalau gaji naik 10% potongannya jadi brp", "contribution", worker(5.5 * M)),
    ("bpu penghasilan 3jt, iuran sy 3 bulan terakhir 20.400 tiap bulan, udh bener?", ["contribution", "payslip"], bpu(3 * M)),
    ("gaji 20jt potongan jp maksimal brp", "contribution", jp_worker(20 * M)),
    ("berapa sih 3% dari gaji 6,6jt utk bpjs tk", "contribution", worker(6.6 * M)),
    ("karyawan baru gaji 5,25jt, iuran bpjs tk total semua program", "contribution", total(5.25 * M)),
    ("ojol penghasilan 150rb sehari, iuran bpu sebulan", "contribution", bpu(26 * 150 * RB)),
    ("nelayan penghasilan 2jt sebulan, bpu + jht brp", "contribution", bpu(2 * M, jht=True)),
    ("iuran jkk perusahaan utk gaji 5jt", "ask", None),
    # --- benefit: STMB while unable to work, disability, JKK death
    ("kecelakaan kerja tangan patah, 3 bulan ga bisa kerja, gaji 4,5jt, dapat brp selama ga kerja", "benefit", stmb(4.5 * M, 3)),
    ("jatuh dari tangga di gudang, istirahat 6 minggu, gaji 5jt, stmb nya brp", BENEFIT_ASK, stmb(5 * M, d("1.5"))),
    ("sudah 14 bulan belum bisa kerja krn kecelakaan kerja, gaji 6jt, total santunan stmb", "benefit", stmb(6 * M, 14)),
    ("stmb kalau gaji 3,8jt sebulan dapat brp per bulan", "benefit", int(3.8 * M)),
    ("kena mesin di pabrik, dirawat 2 bulan, gaji umr jatim, uang pengganti gaji dr bpjs brp", "benefit", stmb(UMP_JATIM, 2)),
    ("kecelakaan pas berangkat kerja, ga masuk 45 hari, gaji 4jt, dibayar bpjs brp", BENEFIT_ASK, stmb(4 * M, d("1.5"))),
    ("cacat total krn kecelakaan kerja, gaji 5jt, santunan brp", "benefit", disability_total(5 * M)),
    ("jari putus kecelakaan kerja, cacat 10%, gaji 4jt, dapat brp", "benefit", disability_part(10, 4 * M)),
    ("suami meninggal kecelakaan kerja, gaji 6,5jt, ahli waris dpt brp + beasiswa anak", "benefit", [*jkk_death(6.5 * M), jkk_death(6.5 * M)[0] + SCHOLARSHIP]),
    ("work accident, off work for 4 months, salary 7 million, how much wage replacement?", "benefit", stmb(7 * M, 4), "en"),
    ("stmb sy brp, udh 2 bulan ga kerja", "ask", None),
    # --- benefit: JKM and scholarship
    ("ayah meninggal krn sakit, peserta bpjs tk 6 tahun, anak 2 masih sekolah, dapat brp total sama beasiswa", BENEFIT_NOT, [JKM, JKM + SCHOLARSHIP]),
    ("beasiswa anak dari bpjs tk kalau ortu meninggal brp maksimal", BENEFIT_NOT, [SCHOLARSHIP, SCHOLARSHIP_CHILD]),
    ("istri meninggal, gaji 4jt, baru ikut bpjs tk 2 tahun, jkm dapat brp, beasiswa dapat ga", BENEFIT_NOT, JKM),
    ("santunan kematian bpjs tk kalau meninggal biasa brp, gajinya 8jt", BENEFIT_NOT, JKM),
    ("jkm nya berapa, suami meninggal sakit, gaji umr", BENEFIT_NOT, JKM),
    ("beasiswa 2 anak dari jkm totalnya brp", BENEFIT_NOT, SCHOLARSHIP),
    ("my husband died of illness, he was in bpjs tk for 4 years with a 9m salary, what do we get?", BENEFIT_NOT, [JKM, JKM + SCHOLARSHIP], "en"),
    ("jkm 42jt itu dibayar sekaligus ga?", NOT, None),
    # --- projection: JHT balance estimates (kind only)
    ("saldo jht sy kira2 brp, kerja 8 tahun gaji 5jt", PROJ_ASK, None),
    ("gaji 6jt kerja 10 tahun, jht nya cair brp", PROJ_ASK, None),
    ("kalau gaji umr jakarta, 3 tahun kerja, jht nya kira2", PROJ_ASK, None),
    ("estimasi jht: 12 tahun, gaji rata2 7,5jt", PROJ_ASK, None),
    ("jht 5,7% dr gaji 4jt selama 6 tahun jadinya brp", PROJ_ASK, None),
    ("saldo jht skrg 20jt, gaji 6jt, 5 tahun lagi jadi brp", "projection", None),
    ("resign setelah 4 tahun gaji 4,5jt, dapat jht brp ya", PROJ_ASK, None),
    ("sy baru kerja, gaji 5jt, 25 tahun lagi jht nya brp", "projection", None),
    ("JHT after 15 years on 8 million a month, roughly?", PROJ_ASK, None, "en"),
    # --- benefit: JP estimates
    ("jp sy nanti brp, iuran 20 tahun, gaji 7jt", "benefit", jp_month(20, 7 * M)),
    ("pensiun bulanan jp kalau masa iur 15 thn gaji 5jt", "benefit", jp_month(15, 5 * M)),
    ("masa iur jp 25 tahun gaji 12jt pensiun brp", "benefit", jp_month(25, 12 * M)),
    ("jp kerja 30 tahun gaji 9,5jt dapat pensiun brp sebulan", "benefit", jp_month(30, 9.5 * M)),
    ("iuran jp baru 10 tahun gaji 6jt, nanti dapat pensiun bulanan brp", ["benefit", "ask", NOT], None),
    ("gaji 5jt, iur jp 17 tahun 6 bulan, manfaat pensiun sebulan", "benefit", jp_months(210, 5 * M)),
    ("estimasi jaminan pensiun: 22 thn, upah 6,8jt", "benefit", jp_month(22, 6.8 * M)),
    ("pension from jp after 18 years on a 10m salary?", "benefit", jp_month(18, 10 * M), "en"),
    ("jp nanti brp? gaji 8jt", "ask", None),
    # --- benefit: JKP with and without a wage
    ("kena phk, gaji 4,6jt, jkp dapat brp sebulan", "benefit", jkp(4.6 * M)),
    ("phk gaji 8jt, jkp nya brp total 6 bulan", "benefit", jkp(8 * M)),
    ("jkp kalau gaji umr jabar", "benefit", jkp(UMP_JABAR)),
    ("kena phk, jkp brp ya?", ["ask", NOT], None),
    ("baru di phk, dapat jkp berapa bulan dan brp?", ["ask", NOT], None),
    ("jkp 60% dr gaji 5,5jt brp", "benefit", jkp(5.5 * M)),
    ("laid off, salary 3.9 million, how much jkp per month?", "benefit", jkp(3.9 * M), "en"),
    ("habis kontrak ga diperpanjang, gaji 4jt, dapat jkp brp", NOT, None),
    ("di-phk bulan lalu, gaji terakhir Rp 6.200.000, jkp perbulan", "benefit", jkp(6.2 * M)),
    # --- fine (PU)
    ("telat bayar iuran 2 bulan, 10 karyawan gaji 5jt, denda brp", "fine", fine(10 * total(5 * M), 2)),
    ("denda telat 3 bulan kalau iuran sebulan 4,2jt", "fine", fine(4.2 * M, 3)),
    ("iuran perusahaan 12,5jt sebulan nunggak 2 bulan, denda + pokok brp", "fine", [fine(12.5 * M, 2), int(2 * 12.5 * M) + fine(12.5 * M, 2)]),
    ("perusahaan telat setor bpjs tk sebulan, iuran 3.150.000, dendanya", "fine", fine(3.15 * M, 1)),
    ("nunggak iuran 5 bulan @2jt, denda total", "fine", fine(2 * M, 5)),
    ("denda bpjs tk telat 2 bulan utk 1 karyawan gaji 6jt", "fine", fine(total(6 * M), 2)),
    ("late paying bpjs tk 3 months, monthly bill 7.5 million, penalty?", "fine", fine(7.5 * M, 3), "en"),
    ("denda telat bayar brp persen sih, iuran sy 1jt telat 1 bulan", "fine", fine(1 * M, 1)),
    ("denda telat 2 bulan brp", "ask", None),
    # --- not calculations (numbers inside FAQ questions)
    ("sy kerja 5 tahun, gaji 5jt, cara klaim jht gmn", NOT, None),
    ("gaji 6jt, potongan bpjs tk dipotong sebelum atau sesudah pajak?", NOT, None),
    ("umur 55, masih bisa daftar jkp?", NOT, None),
    ("iuran bpu 8.400 itu sampai kapan diskonnya", NOT, None),
    ("jp bisa dicairkan kalau resign setelah 8 tahun?", NOT, None),
    ("perusahaan 3 bulan ga setor bpjs tk padahal gaji sy dipotong, lapor kemana", NOT, None),
    ("beasiswa anak syaratnya masa iur brp tahun", NOT, None),
    ("stmb dibayar tiap bulan atau sekaligus? gaji sy 5jt", NOT, None),
    ("potongan bpjs tk sy kok segitu ya", ["ask", NOT], None),
]

# Answers typed to the bot's own questions back (templates/calc_ask.html.j2: the risk group, the
# staff list, the months late, PU or BPU, the years, the wage), and corrections after a result.
FOLLOWUPS = [
    (["potongan bpjs tk sy brp"], "di atas umr jakarta dikit", CONTRIB_ASK, worker(UMP_JAKARTA)),
    (["iuran jkk perusahaan 5 karyawan gaji 4jt brp"], "konveksi, risiko rendah", "contribution", r(5 * d(4 * M) * d("0.0054"))),
    (["iuran perusahaan utk karyawan sy brp"], "3 org: 4jt, 4,5jt, 6jt", "contribution", group_emps((1, 4 * M), (1, 4.5 * M), (1, 6 * M))),
    (["denda telat bayar iuran brp, iuran sebulan 3jt"], "dari september, jd 3 bulan", "fine", fine(3 * M, 3)),
    (["iuran bpjs tk sebulan brp, penghasilan 2,5jt"], "sy pedagang, bukan karyawan", "contribution", bpu(2.5 * M)),
    (["iuran bpjs tk sebulan brp, 4jt"], "kerja kantoran, digaji", "contribution", either(4 * M)),
    (["pensiun jp nanti brp, gaji 7jt"], "iur dr 2008, skrg 2026", "benefit", jp_month(18, 7 * M)),
    (["stmb brp, 3 bulan ga bisa kerja"], "gaji 4,2jt", "benefit", stmb(4.2 * M, 3)),
    (["jkp brp kalau di phk"], "gaji terakhir 4,7 jt", "benefit", jkp(4.7 * M)),
    (["potongan bpjs tk gaji 5jt brp"], "kok di slip sy 200rb", "payslip", worker(5 * M)),
    (["gaji 6jt potongan bpjs tk"], "kalau ditambah tunjangan tetap 500rb?", "contribution", worker(6.5 * M)),
    (["iuran bpu ojol brp"], "penghasilan 100rb sehari", "contribution", bpu(26 * 100 * RB)),
    (["simulasi jht gaji 6jt"], "sampai pensiun, skrg umur 36", "projection", None),
    (["iuran perusahaan 4 karyawan gaji 5jt"], "kalau risiko sedang?", "contribution", group_emps((4, 5 * M), jkk=3)),
    (["denda telat 3 bulan brp"], "iurannya 2,4jt sebulan", "fine", fine(2.4 * M, 3)),
    (["santunan jkm brp"], "gaji almarhum 5jt", BENEFIT_NOT, JKM),
    (["hitung iuran bpjs tk karyawan sy"], "10 org umr jakarta", "contribution", sorted({*group_emps((10, UMP_JAKARTA)), *group_totals((10, UMP_JAKARTA))})),
]


# Dev-12 label correction (calc22, found while reading dev misses; heldout-12.yaml untouched):
# - ten workers on the UMP Jakarta: each program rounded per worker, then x 10 (Rp515.690 x 10
#   = Rp5.156.900) is accepted beside the per-worker total and the sum rounded once, as set 9's
#   correction accepted it (I had left that rounding out of group_totals).
CORRECTIONS = {
    ("hitung iuran bpjs tk karyawan sy", "10 org umr jakarta"): {"figure": [3437926, 3437930, 5156886, 5156890, 5156900]},
}


def main() -> None:
    items = [as_item(row) for row in ITEMS] + followup_items(FOLLOWUPS)
    write_stratified(items, 20261223, "dev-12", "heldout-12")
    dev = Path(__file__).parent / "dev-12.yaml"
    part = yaml.safe_load(dev.read_text(encoding="utf-8"))
    for item in part:
        key = (" / ".join(item.get("before", ())), item["q"])
        if key in CORRECTIONS:
            item.update(CORRECTIONS[key])
    dev.write_text(yaml.safe_dump(part, allow_unicode=True, sort_keys=False, width=100),
                   encoding="utf-8")


if __name__ == "__main__":
    main()
