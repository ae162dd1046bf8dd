# ruff: noqa: E501  (the items are data: one message per line)
"""Writes dev-8.yaml and heldout-8.yaml: the eighth blind calculation set, figures by hand.

Angles not in the earlier sets' lists: voice-note-style run-on text without punctuation;
amounts with "an" / "-an" ("5 jutaan", "4jt an"); ranges and approximations ("sekitar",
"kurang lebih", "kira2": a single approximate figure may be computed or asked; "antara 3-4
juta", "3 sampai 3,5 juta": asked); wages per day, week and hour ("sehari 150rb", "seminggu
1jt", "per jam 30rb, 8 jam sehari, 25 hari"); THR, bonus and overtime beside the wage (left
out: the wage base is gaji pokok + tunjangan tetap, facts sheet section 1); net vs gross
("gaji bersih 4,5jt": computed on the figure given, or asked); a spouse asking for a partner;
a calculation asked together with an FAQ question (either part answered first is right);
English with Indonesian numbers ("salary 7 juta"); numbers written in words; decimals in both
conventions ("Rp 4.500.000,00", "4,500,000", "Rp5,250,000.00"); BPU by more trades (tukang
cukur, penjahit, ART, guru ngaji, tukang parkir); JKK / JKM benefit estimates for heirs; JP
projections from ages (years = target age - age now, as typed); JHT balances with years
(projection kind only); employer head-counts with several wage levels; requests missing a piece
(asked); ten follow-ups after a result (`before`).
Written before running the bot on them and without reading the earlier sets' items (only the
README's prose and the helpers of make.py / make3.py / make5.py / make7.py). The arithmetic uses
only faq/rates.yaml values (typed here, not read from the bot) and the facts sheet (section 9
wins). Dated 2026-11-30: contribution month November 2026, JP cap Rp11.086.300, both PP 50/2025
BPU discounts on (January 2027: transport still discounted, other sectors not). Conventions of
the earlier sets: JKK only when a risk group or a clinic is named; "iuran" for one wage with no
side named accepts the worker's part or the total; several people with no deduction word = the
whole (the per-worker rounded sum or the sum rounded once); day x 26 unless the days are typed,
week x 4; STMB and JKP accept the monthly or the total figure; JKK death = 48 x wage + Rp22 juta
(the 48 x wage part alone accepted); the unconfirmed 2026 JP floor is not applied; the late fine
is 2% a month of the contribution due; domestic workers are BPU with or without the discount.
Split once, stratified by label as make4.py - make7.py: shuffled with random.Random(20261219),
sorted by first label (stable), dealt alternately to dev-8 and heldout-8.
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
    jkk_death,
    jkp,
    jp_month,
    stmb,
)
from make5 import many, prt
from make7 import either

M = 1_000_000
RB = 1_000
NOT = "none"


def group_totals(*pairs, jkk=None) -> list[int]:
    """(headcount, wage) pairs, employer + worker: per-worker rounded sum or rounded once."""
    per = sum(n * total(w, jkk) for n, w in pairs)
    once = r(sum(n * (employer(w, jkk) + d(worker(w))) for n, w in pairs))
    return sorted({per, once})


def group_emps(*pairs, jkk=None) -> list[int]:
    """(headcount, wage) pairs, the employer's part: per-worker rounded sum or rounded once."""
    per = sum(n * emp(w, jkk) for n, w in pairs)
    once = r(sum(n * employer(w, jkk) for n, w in pairs))
    return sorted({per, once})


def group_workers(*pairs) -> int:
    return sum(n * worker(w) for n, w in pairs)


def jp_worker(w) -> int:
    """The worker's JP 1% on the capped wage."""
    return r(min(d(w), d(CAP26)) * d("0.01"))


ITEMS = [
    # --- voice-note style, run-on, no punctuation
    ("halo min sy mau nanya gaji sy 4 juta 800 ribu sebulan itu potongan bpjs ketenagakerjaan yg dari gaji brp ya soalnya baru masuk kerja", "contribution", worker(4.8 * M)),
    ("pagi kak jadi gini aku kerja di konveksi gajiku 3 juta 200 terus aku mau tau iuran bpjs tk nya total sama perusahaan berapa", "contribution", total(3.2 * M)),
    ("min saya ojol penghasilan kira kira 4 juta sebulan mau daftar bpu bayarnya berapa tiap bulan", ["contribution", "ask"], bpu(4 * M)),
    ("assalamualaikum pak saya punya toko bangunan karyawan ada 3 gajinya sama semua 3 juta 500 berapa yang harus saya bayar ke bpjs tiap bulan", "contribution", sorted({3 * emp(3.5 * M), *many(3, 3.5 * M)})),
    ("ini gimana ya gaji saya 6 juta tapi potongan jht sama jp nya saya gak ngerti harusnya berapa", "contribution", worker(6 * M)),
    ("bang mau tanya suami saya kerja di pabrik gaji 5 juta 300 ribu kalau potongan bpjs tk nya berapa ya makasih", "contribution", worker(5.3 * M)),
    ("selamat siang saya hrd baru mau ngitung iuran bpjs tk karyawan gaji 7 juta 250 ribu bagian perusahaan berapa dan bagian karyawan berapa", "contribution", [emp(7.25 * M), worker(7.25 * M), total(7.25 * M)]),
    ("mas aku penjahit di rumah penghasilan sebulan paling 2 juta pengen ikut bpjs tk sama jht sekalian jadi bayar berapa", "contribution", bpu(2 * M, jht=True)),
    ("jadi kemarin bapak saya meninggal karena kecelakaan waktu kerja di proyek gajinya 4 juta ahli warisnya dapat berapa dari bpjs", "benefit", jkk_death(4 * M)),
    ("saya sekarang umur 32 tahun gaji 8 juta kalau nanti pensiun umur 58 dapat jp berapa per bulan", ["benefit", "ask"], jp_month(26, 8 * M)),
    # --- amounts with "an" / "-an"
    ("gaji 4jt an potongan bpjs tk brp", ["contribution", "ask"], worker(4 * M)),
    ("gaji sy 5 jutaan, iuran jht jp brp", ["contribution", "ask"], [worker(5 * M), r(5 * M * d("0.087"))]),
    ("penghasilan ojol 3jtan sebulan iuran bpu nya", ["contribution", "ask"], bpu(3 * M)),
    ("gajinya 7 jt-an, potongan bpjs tk karyawan brp", ["contribution", "ask"], worker(7 * M)),
    ("karyawan 10 org gaji rata2 4jtan, iuran perusahaan sebulan brp", ["contribution", "ask"], group_emps((10, 4 * M))),
    # --- ranges and approximations
    ("gaji antara 3-4 juta potongan bpjs tk brp", "ask", None),
    ("gaji sy sekitar 5 juta, potongan bpjs tk sebulan berapa", ["contribution", "ask"], worker(5 * M)),
    ("kurang lebih 4,5jt gaji saya, iuran bpjs tk nya", ["contribution", "ask"], either(4.5 * M)),
    ("gaji saya 3 sampai 3,5 juta tergantung lembur, potongan bpjs brp", "ask", None),
    ("penghasilan ojol ga tentu 2-5 juta sebulan, iuran bpu brp", "ask", None),
    ("karyawan 5 orang gajinya antara 4 sampai 6 juta, iuran perusahaan brp", "ask", None),
    ("gaji kira2 6 jt, bagian perusahaan brp", ["contribution", "ask"], emp(6 * M)),
    ("salary around 8 million rupiah, how much is the bpjs tk deduction", ["contribution", "ask"], worker(8 * M), "en"),
    # --- wages per day, week, hour
    ("sehari 150rb, potongan bpjs tk brp", "contribution", worker(26 * 150 * RB)),
    ("gaji seminggu 1jt, iuran bpjs tk nya berapa", "contribution", either(4 * M)),
    ("upah harian 175rb kerja 24 hari sebulan, potongan bpjs", "contribution", worker(24 * 175 * RB)),
    ("dibayar per jam 30rb, 8 jam sehari, 25 hari sebulan, potongan bpjs tk brp", "contribution", worker(30 * RB * 8 * 25)),
    ("gaji per jam 25rb berapa iuran bpjs tk", "ask", None),
    ("tukang parkir sehari dapat 100rb, iuran bpu brp", "contribution", bpu(26 * 100 * RB)),
    ("seminggu dapat 800rb dari jahit, mau ikut bpjs tk bpu brp", "contribution", bpu(4 * 800 * RB)),
    ("hourly pay 40rb, 8 hours a day, 22 days a month, bpjs deduction?", "contribution", worker(40 * RB * 8 * 22), "en"),
    # --- THR, bonus, overtime beside the wage
    ("gaji pokok 5jt, lembur bulan ini 1,2jt, potongan bpjs tk brp", "contribution", worker(5 * M)),
    ("gaji 4jt, bulan ini dapat thr 4jt juga, potongan bpjs tk bulan ini brp", "contribution", worker(4 * M)),
    ("gaji pokok 6jt tunjangan tetap 1jt, lembur 500rb, iuran bpjs tk total", "contribution", either(7 * M)),
    ("bonus tahunan 10jt kena potongan bpjs tk gak", NOT, None),
    ("gaji 5,5jt + uang makan 600rb + insentif 1jt, potongan bpjs tk brp", "contribution", worker(5.5 * M)),
    ("thr dipotong bpjs tk ga sih, gaji 5jt", NOT, None),
    # --- net vs gross
    ("gaji bersih 4,5jt, potongan bpjs tk brp", ["contribution", "ask"], worker(4.5 * M)),
    ("gaji kotor 6,2jt, bagian karyawan iuran bpjs tk", "contribution", worker(6.2 * M)),
    ("take home pay sy 5jt, potongan bpjs tk nya brp", ["contribution", "ask"], worker(5 * M)),
    ("gross salary 9 juta, employee bpjs tk deduction?", "contribution", worker(9 * M), "en"),
    # --- a spouse asking for a partner
    ("suami sy ojol penghasilan 3,5jt, iuran bpu nya brp", "contribution", bpu(3.5 * M)),
    ("istri saya kerja di toko gaji 2,5jt, potongan bpjs tk nya brp", "contribution", worker(2.5 * M)),
    ("suami saya meninggal krn sakit, dia peserta aktif bpjs tk gaji 5jt, sy dapat brp", ["benefit", NOT], JKM),
    ("istri sy kecelakaan kerja, dirawat 3 bulan ga kerja, gaji 4jt, stmb nya brp", "benefit", stmb(4 * M, 3)),
    ("suami saya kena phk gaji terakhir 7jt, jkp nya brp sebulan", "benefit", jkp(7 * M)),
    ("my husband earns 6 juta a month, how much is his bpjs tk deduction", "contribution", worker(6 * M), "en"),
    # --- a calculation and an FAQ question in one message
    ("gaji 5jt potongan bpjs tk brp, terus cara cek saldo jht di jmo gmn", ["contribution", NOT], worker(5 * M)),
    ("iuran bpu ojol penghasilan 4jt brp dan daftarnya dimana", ["contribution", NOT], bpu(4 * M)),
    ("berapa denda telat bayar iuran 2 bulan kalau iuran perusahaan 1,5jt sebulan, dan apakah karyawan tetap dilindungi", ["fine", NOT], fine(1.5 * M, 2)),
    ("gaji 8jt, bagian perusahaan brp? sama syarat klaim jht apa aja", ["contribution", NOT], emp(8 * M)),
    ("jkp gaji 6jt dapat brp sebulan, klaimnya lewat apa", ["benefit", NOT], jkp(6 * M)),
    # --- English with Indonesian numbers
    ("salary 7 juta, how much bpjs ketenagakerjaan per month", "contribution", either(7 * M), "en"),
    ("my wage is 4,5jt, what does the company pay for bpjs tk", "contribution", emp(4.5 * M), "en"),
    ("I'm a gojek driver, income 3 juta, bpu contribution?", "contribution", bpu(3 * M), "en"),
    ("pay is 150rb per day, how much bpjs tk deduction", "contribution", worker(26 * 150 * RB), "en"),
    ("we have 4 staff at 5 juta each, total bpjs tk contribution", "contribution", many(4, 5 * M), "en"),
    ("if my father died in a work accident with salary 6 juta, what do we get", "benefit", jkk_death(6 * M), "en"),
    # --- numbers in words
    ("gaji tiga juta lima ratus ribu potongan bpjs tk brp", "contribution", worker(3.5 * M)),
    ("gaji saya empat juta dua ratus lima puluh ribu, iuran bpjs tk total", "contribution", either(4.25 * M)),
    ("penghasilan dua juta lima ratus, iuran bpu nya berapa", "contribution", bpu(2.5 * M)),
    ("gajinya enam juta tujuh ratus ribu, bagian perusahaan", "contribution", emp(6.7 * M)),
    ("gaji sebelas juta lima ratus ribu potongan jp brp", "contribution", jp_worker(11.5 * M)),
    ("upah satu juta delapan ratus ribu sebulan potongan bpjs tk", "contribution", worker(1.8 * M)),
    # --- decimals and separators in both conventions
    ("gaji Rp 4.500.000,00 potongan bpjs tk brp", "contribution", worker(4.5 * M)),
    ("gaji 4,500,000 potongan bpjs tk nya", "contribution", worker(4.5 * M)),
    ("salary Rp5,250,000.00 bpjs tk employee deduction", "contribution", worker(5.25 * M), "en"),
    ("gaji Rp4.750.000,- iuran perusahaan brp", "contribution", emp(4.75 * M)),
    ("gaji 12.500.000,00 potongan jp sama jht brp", "contribution", worker(12.5 * M)),
    ("gaji IDR 6,800,000 total iuran bpjs tk", "contribution", total(6.8 * M)),
    ("gaji 3.850.000 rupiah potongan bpjs tk", "contribution", worker(3.85 * M)),
    # --- BPU by trade
    ("tukang cukur penghasilan 3jt sebulan, iuran bpjs tk brp", "contribution", bpu(3 * M)),
    ("saya penjahit, penghasilan 2,5 jt, iuran bpu plus jht brp", "contribution", bpu(2.5 * M, jht=True)),
    ("ART gaji 2jt, iuran bpjs tk nya brp", "contribution", prt(2 * M)),
    ("guru ngaji penghasilan 800rb sebulan mau ikut bpjs tk bayar brp", "contribution", bpu(800 * RB)),
    ("tukang parkir penghasilan 2 juta sebulan iuran bpu nya", "contribution", bpu(2 * M)),
    ("tukang cukur penghasilan 3 juta, iuran bpu bulan januari 2027 berapa", "contribution", bpu_full(3 * M)),
    ("kurir penghasilan 4jt, iuran bpu januari 2027", "contribution", bpu(4 * M)),
    ("pembantu rumah tangga gaji 1,5jt iuran bpjs tk nya", "contribution", prt(1.5 * M)),
    ("petani penghasilan 1,2 juta per bulan, iuran jkk jkm brp", "contribution", bpu(1.2 * M)),
    ("nelayan penghasilan 25jt sebulan iuran bpu", "contribution", bpu(25 * M)),
    ("tukang parkir sehari 80rb, mau ikut bpjs tk sama jht", "contribution", bpu(26 * 80 * RB, jht=True)),
    ("penjahit penghasilan seminggu 600rb, iuran bpu brp", "contribution", bpu(4 * 600 * RB)),
    # --- JKK / JKM for heirs
    ("ayah meninggal kecelakaan kerja, gaji 5,5jt, santunan ahli waris brp", "benefit", jkk_death(5.5 * M)),
    ("ibu saya meninggal karena sakit jantung, gajinya 4jt, jkm nya berapa", ["benefit", NOT], JKM),
    ("kakak sy meninggal waktu kerja jatuh dari gedung, gaji 6,5jt, ahli waris dapat brp", "benefit", jkk_death(6.5 * M)),
    ("adik saya meninggal kecelakaan motor pas liburan, bukan kerja, gajinya 3jt, santunan brp", ["benefit", NOT], JKM),
    ("suami meninggal kecelakaan di jalan pulang kerja, gaji 7jt, dapat brp", "benefit", jkk_death(7 * M)),
    ("ojol meninggal kecelakaan saat narik, penghasilan terdaftar 2jt, ahli waris dapat brp", "benefit", jkk_death(2 * M)),
    ("karyawan sy cacat total tetap karena kecelakaan kerja gaji 5jt, santunannya brp", "benefit", disability_total(5 * M)),
    ("jkm ahli waris dapat brp kalau almarhum gaji 10jt", ["benefit", NOT], JKM),
    # --- JP from ages
    ("umur 40, gaji 10jt, iuran jp sampai 59, jp sebulan brp", "benefit", jp_month(19, 10 * M)),
    ("sy 45 thn, mulai ikut jp tahun ini, gaji 6jt, pensiun 59 dapat jp bulanan ga", [NOT, "benefit"], None),
    ("umur 30 gaji 5jt, kalau iuran jp sampai usia 60 dapat berapa per bulan", "benefit", jp_month(30, 5 * M)),
    ("udah iuran jp 20 tahun gaji 12jt pensiun dapat brp", "benefit", jp_month(20, 12 * M)),
    ("age 35, salary 15 juta, pension at 60, how much jp monthly", "benefit", jp_month(25, 15 * M), "en"),
    ("umur 28 gaji 4jt jp nanti berapa", ["ask", "benefit"], [jp_month(37, 4 * M), jp_month(31, 4 * M)]),
    # --- JHT balances with years (kind only)
    ("saldo jht sy 25jt, gaji 6jt, 10 tahun lagi jadi brp", "projection", None),
    ("udah kerja 8 tahun gaji 5jt, saldo jht kira2 brp sekarang", ["projection", "ask"], None),
    ("jht sy 40jt, kalau diambil 30% dapat brp", ["benefit", NOT], 12 * M),
    ("gaji 7jt iuran jht 15 tahun, pas pensiun saldo jht kira2 brp", "projection", None),
    ("jht balance now 50 juta, salary 9 juta, 20 more years, estimate?", "projection", None, "en"),
    ("saldo jht 15jt mau cair, dapat brp", NOT, None),
    # --- employer head-counts with several wage levels
    ("karyawan sy 12 org: 8 org gaji 3,2jt, 3 org 4,5jt, 1 org 8jt, total iuran bpjs tk sebulan", "contribution", group_totals((8, 3.2 * M), (3, 4.5 * M), (1, 8 * M))),
    ("toko 6 karyawan, 4 orang 2,8jt dan 2 orang 3,5jt, iuran perusahaan brp", "contribution", group_emps((4, 2.8 * M), (2, 3.5 * M))),
    ("klinik 5 perawat @4,2jt dan 1 dokter 15jt, iuran bpjs tk total termasuk jkk", "contribution", group_totals((5, 4.2 * M), (1, 15 * M), jkk=1)),
    ("pabrik 20 buruh gaji 3,1jt, 2 mandor 5jt, potongan dari gaji mereka total brp", "contribution", group_workers((20, 3.1 * M), (2, 5 * M))),
    ("HR here: 10 staff at 6 juta, 3 at 12 juta, employer share total?", "contribution", group_emps((10, 6 * M), (3, 12 * M)), "en"),
    ("cafe sy: 3 barista 3jt, 2 kasir 2,8jt, 1 manager 6jt, total iuran bpjs tk", "contribution", group_totals((3, 3 * M), (2, 2.8 * M), (1, 6 * M))),
    ("kantor 15 karyawan: 10 org umr jakarta, 5 org 8jt, iuran perusahaan brp", "contribution", group_emps((10, UMP_JAKARTA), (5, 8 * M))),
    ("bengkel risiko sedang, 4 mekanik gaji 3,5jt, 1 admin 4jt, iuran perusahaan termasuk jkk", "contribution", group_emps((4, 3.5 * M), (1, 4 * M), jkk=3)),
    # --- a piece is missing: asked back
    ("potongan bpjs tk gaji sy brp ya", "ask", None),
    ("iuran bpjs tk karyawan sy 7 org brp", "ask", None),
    ("telat bayar iuran 3 bulan, dendanya berapa", "ask", None),
    ("stmb sy brp, udah 4 bulan ga kerja krn kecelakaan kerja", "ask", None),
    ("jp sy nanti brp, gaji 5jt", "ask", None),
    ("mau daftarin karyawan, iuran per orang brp?", ["ask", NOT], None),
    ("iuran bpu saya brp kalau penghasilan ga tentu", ["ask", NOT], None),
    ("my salary, how much bpjs tk deduction?", "ask", None, "en"),
    # --- late fines
    ("iuran bpjs tk perusahaan sebulan 3,2jt telat 2 bulan dendanya brp", "fine", fine(3.2 * M, 2)),
    ("telat bayar iuran 4 bulan, karyawan 5 org gaji 4jt semua, denda brp", "fine", fine(5 * total(4 * M), 4)),
    ("nunggak iuran sebulan, total iuran 950rb, dendanya", "fine", fine(950 * RB, 1)),
    ("late 3 months on bpjs tk, monthly contribution 2 juta, penalty?", "fine", fine(2 * M, 3), "en"),
    # --- payslip checks
    ("gaji 5jt di slip dipotong jht 100rb jp 50rb bener ga", "payslip", worker(5 * M)),
    ("gaji 4,2jt potongan bpjs tk 168rb kok gede", ["payslip", NOT], worker(4.2 * M)),
    ("gaji 13jt dipotong jp 130rb, bener?", "payslip", jp_worker(13 * M)),
    ("salary 6 juta, slip shows bpjs tk deduction 180rb, correct?", "payslip", worker(6 * M), "en"),
    # --- numbers in questions for the FAQ
    ("umur 56 tahun masih bisa ikut bpjs tk ga", NOT, None),
    ("saldo jht 80jt perlu npwp ga buat klaim", NOT, None),
    ("berhenti kerja 2 bulan lalu, jht bisa dicairkan kapan", NOT, None),
    ("punya 3 karyawan wajib daftar bpjs tk ga", NOT, None),
    ("kenapa jp sy cuma dipotong 1% padahal gaji 6jt", NOT, None),
    ("call center bpjs tk 175 buka jam brp", NOT, None),
    ("sudah iuran 10 tahun bisa ambil jht 30% buat rumah?", NOT, None),
    ("kartu bpjs tk hilang, gaji 5jt, cara urus gmn", NOT, None),
    ("kalau gaji sy 3jt di bawah umr jogja ga", NOT, None),
    ("jkp bisa diklaim berapa kali, sy kerja udah 3 tahun", NOT, None),
    # --- other benefits
    ("kena phk gaji 4,5jt, jkp dapat brp total", "benefit", jkp(4.5 * M)),
    ("cacat sebagian jari putus 10% gaji 5jt, santunan brp", ["benefit", "ask"], disability_part(10, 5 * M)),
    ("dirawat 14 bulan krn kecelakaan kerja gaji 6jt, stmb total brp", "benefit", stmb(6 * M, 14)),
]

FOLLOWUPS = [
    (["gaji 6jt potongan bpjs tk brp"], "klo sehari 200rb?", "contribution", worker(26 * 200 * RB)),
    (["iuran bpu tukang cukur penghasilan 2jt brp"], "kalau 3,5jt?", "contribution", bpu(3.5 * M)),
    (["gaji 4jt iuran bpjs tk total brp"], "bagian karyawannya aja", "contribution", worker(4 * M)),
    (["karyawan 5 org gaji 4jt, iuran total"], "kalau telat 2 bulan dendanya", ["fine", NOT], fine(5 * total(4 * M), 2)),
    (["gaji 7jt iuran bpjs tk"], "kalau 3 orang gajinya sama?", "contribution", sorted({3 * worker(7 * M), *many(3, 7 * M)})),
    (["gaji 5jt potongan brp"], "jkp nya kalau phk brp", "benefit", jkp(5 * M)),
    (["suami saya gaji 6jt, potongan bpjs tk nya brp"], "kalau meninggal kecelakaan kerja dapat brp", ["benefit", NOT], jkk_death(6 * M)),
    (["ojol penghasilan 4jt iuran bpu"], "sekalian jht berapa totalnya", "contribution", bpu(4 * M, jht=True)),
    (["gaji 8jt potongan bpjs tk"], "setahun totalnya brp", "contribution", 12 * worker(8 * M)),
    (["gaji 5,5jt iuran bpjs tk"], "thr kena potongan jg ga", NOT, None),
]


def main() -> None:
    items = [as_item(row) for row in ITEMS] + followup_items(FOLLOWUPS)
    write_stratified(items, 20261219, "dev-8", "heldout-8")


if __name__ == "__main__":
    main()
