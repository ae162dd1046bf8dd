# ruff: noqa: E501  (the items are data: one message per line)
"""Writes dev-4.yaml and heldout-4.yaml: the fourth blind calculation set, figures by hand.

People-typed: workers, ojol drivers, traders and small employers as they write on Telegram
("4,5jt", "4500rb", "4 setengah juta", "3jtan", "UMR jkt", "150rb sehari 26 hari", "perbln",
"umur 45 thn", "dr 2015", "udh 8 thn", typos, slang, the kind of calculation left implicit).
Written without reading the other calc-blind items' files or faq/tests/calc/*.yaml. The
arithmetic uses only faq/rates.yaml values (typed here, not read from the bot) and the facts
sheet (section 9 wins), with the helpers of make.py and make3.py. Dated 2026-11-30: contribution
month November 2026, JP cap Rp11.086.300, both PP 50/2025 BPU discounts on. Same conventions as
the earlier sets: JKK only when a risk group or a clinic/pharmacy is named (group I, 0.24%);
day x 26 unless the days are typed, week x 4; STMB and JKP accept the monthly or the total
figure; JKK death = 48 x wage + Rp22 juta (the 48 x wage part alone accepted); the unconfirmed
2026 JP floor (Rp411.400) is not applied, both accepted where it binds. UMK Kota Bekasi is null
(unconfirmed) in rates.yaml: the wage must be asked. BPU has no late fine in rates.yaml (only
bpu_grace_months). A "how / where" question with numbers belongs to the FAQ (none).
Split once, stratified by label: the items are shuffled with random.Random(20261230), sorted
by their first label (stable), and dealt alternately to dev-4 and heldout-4.
"""

from __future__ import annotations

from make import as_item, bpu, emp, fine, r, total, worker, write_stratified
from make3 import (
    CAP26,
    UMP_DIY,
    UMP_JAKARTA,
    d,
    emps,
    jkk_death,
    jkp,
    jp_month,
    stmb,
    totals,
    workers,
)

M = 1_000_000
JKM = 42 * M  # jkm_total
UMK_SURABAYA = 5_288_796  # umk_surabaya 2026
UMK_BANDUNG = 4_737_678  # umk_kota_bandung 2026


def disability(pct, w):
    """pct% x 80 x wage (facts sheet 4a; rates.yaml: unconfirmed formula)."""
    return r(d(pct) / 100 * 80 * d(w))


ITEMS = [
    # ------------------------------------------------ worker deductions, amounts as typed
    ("potongan bpjs tk gaji 5jt brp", "contribution", worker(5 * M)),
    ("gaji 4,5jt sebulan kena potong jht jp brp ya", "contribution", worker(4.5 * M)),
    ("gaji Rp 4.500.000,- potongan bpjstk perbln?", "contribution", worker(4.5 * M)),
    ("gajiku 4500rb, potongan bpjs ketenagakerjaan brp", "contribution", worker(4.5 * M)),
    ("gaji 4 setengah juta dipotong bpjs tk berapa", "contribution", worker(4.5 * M)),
    ("gaji 3jtan potongan bpjs tk kira2 brp", "contribution", worker(3 * M)),
    ("UMR jkt potongan bpjs tk brp", "contribution", worker(UMP_JAKARTA)),
    ("gaji 150rb sehari 26 hari, potongan bpjs tk brp", "contribution", worker(150_000 * 26)),
    ("gaji harian 175rb kerja 25 hari sebulan, potongan bpjstk?", "contribution", worker(175_000 * 25)),
    ("sebulan gaji 6.2 jt, jht ama jp dipotong brp", "contribution", worker(6.2 * M)),
    ("gaji 12,5 jt potongan jp brp", "contribution", [r(d(CAP26) * d("0.01")), r(d(CAP26) * d("0.03"))]),
    ("gaji 15jt, potongan bpjs tk (jht+jp) total brp", "contribution", worker(15 * M)),
    ("gaji 9.750.000 potongan bpjs tk", "contribution", worker(9.75 * M)),
    ("gaji 2,8 jt potongan jht doang brp", "contribution", r(d(2.8 * M) * d("0.02"))),
    ("gaji lima juta dua ratus potongan bpjs tk", "contribution", worker(5.2 * M)),
    ("gajih 3.1jt potngan bpjstk brp y", "contribution", worker(3.1 * M)),
    ("gaji 6 jt + tunjangan tetap 500rb, potongan bpjs tk?", "contribution", worker(6.5 * M)),
    ("gaji 5jt tp ada uang makan 600rb, potongan bpjs tk", "contribution", worker(5 * M)),
    ("gaji 4 jt 200 potongan bpjs tk brp", "contribution", worker(4.2 * M)),
    ("UMK bekasi, potongan bpjs tk karyawan brp", "ask", None),
    ("gaji sesuai umr surabaya, potongan bpjs tk brp", "contribution", worker(UMK_SURABAYA)),
    ("gaji 20 jt sebulan, potongan bpjs tk berapa, jp kena batas?", "contribution", worker(20 * M)),
    ("umur 45 thn gaji 6jt potongan bpjs tk brp", "contribution", worker(6 * M)),
    ("kerja dr 2015, gaji skrg 5jt, potongan bpjs tk sebulan", "contribution", worker(5 * M)),
    ("udh 8 thn kerja gaji 3,9jt, yg dipotong bpjs tk brp", "contribution", worker(3.9 * M)),
    # ------------------------------------------------ employer share, totals, risk groups
    ("gaji karyawan 5jt, perusahaan nanggung berapa bpjs tk nya", "contribution", [emp(5 * M), total(5 * M)]),
    ("total iuran bpjstk perusahaan+karyawan gaji 4,5jt", "contribution", total(4.5 * M)),
    ("bagian perusahaan brp kalo gaji 7jt, jkk risiko rendah", "contribution", [emp(7 * M, 2), total(7 * M, 2)]),
    ("usaha saya catering, 1 karyawan gaji 3,5 jt, iuran bpjs tk kelompok 2 total sebulan", "contribution", total(3.5 * M, 2)),
    ("gaji 14 jt, iuran jp perusahaan brp", "contribution", [r(d(CAP26) * d("0.02")), r(d(CAP26) * d("0.03"))]),
    ("kantor bayar bpjs tk brp kalo gaji gue 8.5jt", "contribution", [emp(8.5 * M), total(8.5 * M)]),
    ("jkk kelompok 3 gaji 5,5jt iuran jkk nya brp", "contribution", r(d(5.5 * M) * d("0.0089"))),
    ("gaji 6jt bengkel risiko sedang, iuran total bpjs tk", "contribution", total(6 * M, 3)),
    ("toko saya (jualan sembako) 1 karyawan 3jt, iuran perusahaan brp sebulan", "contribution", [emp(3 * M), total(3 * M)]),
    ("gaji 11.086.300 iuran bpjs tk total", "contribution", total(11_086_300)),
    ("pabrik kimia resiko sangat tinggi gaji 5jt, iuran jkk", "contribution", r(d(5 * M) * d("0.0174"))),
    ("total iuran jht gaji 7.5jt (perusahaan + pekerja)", "contribution", r(d(7.5 * M) * d("0.057"))),
    ("employer part of bpjs tk for 9 million salary", "contribution", [emp(9 * M), total(9 * M)], "en"),
    ("gaji 25jt, total iuran bpjs tk sebulan perusahaan+karyawan", "contribution", total(25 * M)),
    # ------------------------------------------------ several workers, whole payroll
    ("karyawan sy 3 org gaji 4jt smua, iuran bpjs tk total brp sebulan", "contribution", 3 * total(4 * M)),
    ("5 karyawan @ 4.2jt, potongan bpjs tk mereka totalnya brp", "contribution", [5 * worker(4.2 * M), 5 * total(4.2 * M)]),
    ("gaji karyawan: 4jt, 4,5jt, 6jt, 16jt. iuran bpjs tk perusahaan total", "contribution", [emps(4 * M, 4.5 * M, 6 * M, 16 * M), totals(4 * M, 4.5 * M, 6 * M, 16 * M)]),
    ("warung makan saya 2 pegawai gaji 2,5 jt, bpjs tk semua brp", "contribution", 2 * total(2.5 * M)),
    ("sy punya 4 kurir gaji 3,8jt, iuran bpjs tk per bulan total", "contribution", 4 * total(3.8 * M)),
    ("payroll 10 org gaji rata2 5jt, iuran bpjs tk sebulan brp total", "contribution", 10 * total(5 * M)),
    ("3 tukang di bengkel (risiko sedang) gaji 3jt, total iuran bpjs tk", "contribution", 3 * total(3 * M, 3)),
    ("hitungin bpjs tk 2 satpam 4,7jt dan 1 admin 5,2jt", "contribution", totals(4.7 * M, 4.7 * M, 5.2 * M)),
    ("karyawan 6 orang, 4 gaji 3jt dan 2 gaji 4,5jt, total iuran bpjs tk", "contribution", totals(*[3 * M] * 4, 4.5 * M, 4.5 * M)),
    ("total gaji karyawan sebulan 50jt (10 org sama rata), iuran bpjs tk brp", "contribution", 10 * total(5 * M)),
    ("klinik 3 perawat 4jt + 1 dokter 12jt, iuran bpjs tk total", "contribution", totals(4 * M, 4 * M, 4 * M, 12 * M, jkk=1)),
    ("apotek sy 2 apoteker gaji 5,5jt, iuran bpjs tk perusahaan + karyawan", "contribution", [2 * total(5.5 * M, 1), 2 * total(5.5 * M)]),
    ("iuran bpjs tk 4 org gaji 4jt, 5jt, 5jt, 7jt potongan karyawan total brp", "contribution", [workers(4 * M, 5 * M, 5 * M, 7 * M), totals(4 * M, 5 * M, 5 * M, 7 * M)]),
    ("ada 8 buruh harian 120rb sehari, bpjs tk total sebulan", "contribution", 8 * total(120_000 * 26)),
    # ------------------------------------------------ BPU by declared income
    ("sy ojol penghasilan 4,5jt sebulan, iuran bpjs tk brp", "contribution", bpu(4.5 * M)),
    ("driver grab dapet 150rb sehari, iuran bpu brp sebulan", "contribution", bpu(150_000 * 26)),
    ("pedagang sayur penghasilan 3jtan, bpjs tk mandiri brp", "contribution", bpu(3 * M)),
    ("tukang ojek pangkalan, pendapatan 2 jt, mau ikut jkk jkm jht, iurannya", "contribution", bpu(2 * M, jht=True)),
    ("penjahit rumahan penghasilan 1,2 jt, iuran bpjs ketenagakerjaan brp perbln", "contribution", bpu(1.2 * M)),
    ("kurir shopee income 5.5jt, bpjs tk bpu brp", "contribution", bpu(5.5 * M)),
    ("nelayan dapat 500rb seminggu, iuran bpjs tk brp sebulan", "contribution", bpu(500_000 * 4)),
    ("jualan online omset bersih 7jt sebulan, iuran bpu jkk jkm", "contribution", bpu(7 * M)),
    ("ojol 4500rb perbulan iuran bpjs tk + jht", "contribution", bpu(4.5 * M, jht=True)),
    ("petani sawit penghasilan 10jt, iuran bpjs tk 3 program (jkk jkm jht)", "contribution", bpu(10 * M, jht=True)),
    ("buruh tani 80rb sehari iuran bpjs tk", "contribution", bpu(80_000 * 26)),
    ("sy freelance, pendapatan ga tentu 3-5 jt, iuran bpjs tk brp", "ask", None),
    ("ojol penghasilan 2jt, iuran bulan feb 2027 brp", "contribution", bpu(2 * M)),
    ("pedagang pasar penghasilan 2jt iuran bpu bulan feb 2027", "contribution", bpu(2 * M, discount=False)),
    ("iuran bpu paling murah sebulan brp", ["none", "contribution"], 8400),
    ("sopir truk lepas penghasilan 6 juta, bpjs tk brp", "contribution", bpu(6 * M)),
    ("guru les privat dapat 2,5jt, iuran bpjs tk mandiri brp", "contribution", bpu(2.5 * M)),
    ("peternak ayam pendapatan 30jt sebulan iuran bpu", "contribution", bpu(30 * M)),
    ("ojol, iuran bpjs tk utk 3 bulan sekaligus, penghasilan 3jt", "contribution", [3 * bpu(3 * M), bpu(3 * M)]),
    ("ojol penghasilan setara umr jogja, iuran bpu", "contribution", bpu(UMP_DIY)),
    # ------------------------------------------------ late fines
    ("telat byr iuran 2 bln, iuran sebulan 1,5jt, dendanya brp", "fine", fine(1.5 * M, 2)),
    ("nunggak 3 bulan iuran 2.700.000/bln denda brp", "fine", fine(2.7 * M, 3)),
    ("denda telat sebulan iuran 850rb", "fine", fine(850_000, 1)),
    ("perusahaan blm setor bpjs tk 4 bulan, iuran perbulan 5jt, denda?", "fine", fine(5 * M, 4)),
    ("telat 2 bulan bayar bpjs tk utk 5 karyawan gaji 4jt, dendanya", "fine", fine(5 * total(4 * M), 2)),
    ("iuran 3,6jt telat 5 bln, kena denda brp", "fine", fine(3.6 * M, 5)),
    ("telat bayar iuran 2 bulan, berapa dendanya?", "ask", None),
    ("denda telat bayar bpjs tk brp persen", "none", None),
    ("iuran bulan agustus 2jt blm dibayar sampe skrg, denda?", "ask", None),
    ("ojol telat bayar iuran bpu 2 bulan, denda brp", ["fine", "none"], None),
    ("late 4 months, contribution 3 million a month, fine?", "fine", fine(3 * M, 4), "en"),
    ("telat setor 6 bln, iuran 1,2 jt sebulan, total denda + iuran brp", "fine", [fine(1.2 * M, 6), 6 * 1_200_000 + fine(1.2 * M, 6)]),
    # ------------------------------------------------ JKK benefits
    ("kecelakaan kerja, 2 bulan gak bisa kerja, gaji 4,5jt, dapet brp", "benefit", stmb(4.5 * M, 2)),
    ("ketabrak pas berangkat kerja, istirahat 6 minggu, gaji 5jt, santunan upah brp", ["benefit", "ask"], [7_500_000, 5 * M]),
    ("laka kerja dirawat 15 bulan, upah 3.6jt, stmb total", "benefit", stmb(3.6 * M, 15)),
    ("jatuh dr tangga pas kerja, cuti sakit 1 bulan, gaji 6jt, bpjs bayar brp", "benefit", stmb(6 * M, 1)),
    ("suami meninggal kecelakaan kerja, gaji 5jt, total santunan brp", "benefit", jkk_death(5 * M)),
    ("bapak tewas kecelakaan di proyek tempat kerja, upah 4,2jt, ahli waris dpt brp", "benefit", jkk_death(4.2 * M)),
    ("kecelakaan kerja meninggal, biaya pemakaman brp", ["none", "ask"], None),
    ("anak dapat beasiswa brp kalo ortu meninggal kecelakaan kerja, anak 2", "none", None),
    ("cacat total tetap krn kecelakaan kerja, gaji 3,9jt, santunan cacat brp", "benefit", disability(70, 3.9 * M)),
    ("jari putus kecelakaan kerja cacat 10%, gaji 4jt, dapet brp", ["benefit", "ask"], disability(10, 4 * M)),
    ("work accident, off work 3 months, salary 7 million, how much stmb", "benefit", stmb(7 * M, 3), "en"),
    ("kecelakaan kerja gaji 5,5jt, udh 14 bulan blm bisa kerja, dapet brp", "benefit", stmb(5.5 * M, 14)),
    ("kena kecelakaan kerja, gaji 4jt, dirawat, santunan sementara tidak mampu bekerja sebulan brp", ["benefit", "ask"], 4 * M),
    # ------------------------------------------------ JKM
    ("suami meninggal krn sakit, peserta bpjs tk udh 5 thn, dpt brp", ["benefit", "none"], JKM),
    ("ibu saya wafat (bukan kecelakaan kerja), gaji 3 jt, santunan jkm brp", "benefit", JKM),
    ("jkm kalo meninggal biasa brp, sama beasiswa anak?", ["none", "benefit"], JKM),
    ("biaya pemakaman jkm brp", "none", None),
    ("adik saya meninggal krn covid, gaji 4,5jt, ahli waris dpt brp dr bpjs tk", "benefit", JKM),
    ("karyawan meninggal serangan jantung di rumah, upah 6jt, keluarga dapat santunan berapa", "benefit", JKM),
    ("ayah meninggal, baru jadi peserta 1 tahun, beasiswa anak dapat?", "none", None),
    ("my wife died of illness, she earned 5 million, jkm payout?", "benefit", JKM, "en"),
    # ------------------------------------------------ JP
    ("udh iur jp 20 thn gaji 7jt, pensiun dpt brp sebulan", "benefit", jp_month(20, 7 * M)),
    ("jp saya udh 17 thn iur, gaji 6,5jt, pensiun bulanan brp", "benefit", jp_month(17, 6.5 * M)),
    ("pensiun jp masa iur 15 thn gaji 3jt brp", "benefit", jp_month(15, 3 * M)),
    ("jaminan pensiun 25 tahun gaji 14 jt", "benefit", jp_month(25, 14 * M)),
    ("jp 16 thn gaji 2jt brp sebulan", "benefit", [jp_month(16, 2 * M), 411_400]),
    ("udh 8 thn iur jp gaji 5jt, kalo berhenti skrg dapet apa, brp", "benefit", None),
    ("pension 20 years contributions, salary 12 million, monthly?", "benefit", jp_month(20, 12 * M), "en"),
    ("jp berapa kalo udh iur 30 tahun, gaji 6 setengah jt", "benefit", jp_month(30, 6.5 * M)),
    ("pensiun bulanan brp, gaji 5jt", "ask", None),
    ("udh 18 thn iur jp brp pensiunnya sebulan", "ask", None),
    # ------------------------------------------------ JKP
    ("kena phk, gaji 6jt, jkp dpt brp", "benefit", jkp(6 * M)),
    ("di phk gaji 3,5jt, uang jkp sebulan", "benefit", jkp(3.5 * M)),
    ("jkp kalo gaji umr jkt brp", "benefit", jkp(UMP_JAKARTA)),
    ("kontrak diputus sepihak (phk), gaji 4.200.000, jkp total 6 bln", "benefit", jkp(4.2 * M)),
    ("laid off, salary 4.5 million, jkp how much", "benefit", jkp(4.5 * M), "en"),
    ("kena phk, jkp brp?", ["ask", "none"], None),  # label correction, see README (calc9)
    ("gaji 2,6jt kena phk, manfaat jkp total brp", "benefit", jkp(2.6 * M)),
    # ------------------------------------------------ JHT balance, projections
    ("gaji 5jt, udh 8 thn kerja, saldo jht kira2 brp", ["projection", "ask"], None),
    ("saldo jht 30jt, gaji 7jt, 15 thn lg jd brp", "projection", None),
    ("gaji 4,5jt, kerja 20 tahun lagi, jht terkumpul brp", "projection", None),
    ("jht sebulan nambah brp kalo gaji 5jt", "contribution", [r(d(5 * M) * d("0.057")), r(d(5 * M) * d("0.02"))]),
    ("simulasi jht gaji 10jt 25 thn", "projection", None),
    # ------------------------------------------------ minimum wage
    ("gaji sy 4,5jt di jakarta, di bawah umr ga?", "none", None),
    ("umr jkt 2026 brp", "none", None),
    ("gaji 3jt di surabaya udh sesuai umk blm", "none", None),
    ("gaji karyawan saya umr bandung, iuran bpjs tk total brp", "contribution", total(UMK_BANDUNG)),
    ("gaji 2jt di jawa tengah, itu di bawah ump ga, trus potongan bpjs tk nya brp", ["contribution", "none"], worker(2 * M)),
    # ------------------------------------------------ a piece missing: ask
    ("potongan bpjs tk brp sih", "ask", None),
    ("iuran bpjs tk karyawan sy 4 org brp", "ask", None),
    ("gaji 4-5 jt potongan bpjs tk?", "ask", None),
    ("ojol iuran brp sebulan", ["ask", "none"], None),
    ("kecelakaan kerja dpt stmb brp, 3 bulan ga kerja", "ask", None),
    ("gaji 4 potongan bpjs tk", "ask", None),
    ("hitung jkk kelompok 4", "ask", None),
    # ------------------------------------------------ FAQ: how / where with numbers, other
    ("cara bayar iuran bpu 16.800 lewat mana", "none", None),
    ("saldo jht 12jt cara cairin gmn", "none", None),
    ("klaim jht 15jt lewat jmo bisa?", "none", None),
    ("gimana cara daftar bpjs tk buat 5 karyawan", "none", None),
    ("kemana lapor kalau perusahaan ga setor iuran 6 bulan", "none", None),
    ("sudah 10 thn kerja bisa cairin jht 30%?", "none", None),
    ("umur 56 thn bisa ambil jht semua?", "none", None),
    ("pns gaji 5jt iuran taspen brp", ["other_scheme", "none"], None),
    # ------------------------------------------------ payslips
    ("gaji 6jt, kepotong bpjs tk 240rb, bener ga?", "payslip", worker(6 * M)),
    ("gaji 5jt dipotong bpjs tk 200rb kok bnyk", "payslip", worker(5 * M)),
]


def main() -> None:
    write_stratified([as_item(row) for row in ITEMS], 20261230, "dev-4", "heldout-4")


if __name__ == "__main__":
    main()
