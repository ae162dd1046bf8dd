# ruff: noqa: E501  (the items are data: one message per line)
"""Writes dev-13.yaml and heldout-13.yaml: the thirteenth blind calculation set.

Shapes taken from public pages found with the project's page search (URLs in README.md,
section "Thirteenth set"), aimed at what sets 1-12 cover thinly: STMB over several months with
the 100% / 50% steps, JKM with the scholarship for two children, a partial JHT claim (10% / 30%)
from a stated balance, the JP monthly pension from years and a wage, the JKP cash benefit by
month, employer totals for N workers with mixed wages, BPU contributions for several programmes
and months, messages with two calculations, English calculations, and answers typed to the bot's
own questions back. Written before running the bot on them, without reading faq/tests/calc,
any calc-blind held-out file or the reader / calculator code.

Every figure is computed here from faq/rates.yaml (the values in force on 2026-12-02, read with
`rate`, never from the bot's code) and the facts sheet's conventions of the earlier sets:
contribution month December 2026; JKK only when a risk group or a clinic is named; "iuran" for
one wage with no side named accepts the worker's part or the total; several wages: per-worker
rounded or rounded once; STMB 100% for the first 12 months then 50%; JKK death 48 x wage +
periodic lump + funeral; JKM total; scholarship at most Rp174 juta for 2 children (JKM: after 3
years of contributions); partial JHT 10% (retirement preparation) or 30% (housing) of the
balance after 10 years of membership; JP 1% x (months / 12) x wage (capped), monthly from 180
months, the unconfirmed floor accepted where it binds; JKP 60% of the wage capped at Rp5 juta for
6 months (monthly or total accepted); BPU JKK 1% of the income clamped + JKM flat, the PP 50/2025
discount on JKK + JKM for December 2026, JHT 2% not discounted, no BPU fine; PU late fine 2% a
month. Split once, stratified by first label as make4.py - make12.py: shuffled with
random.Random(20261302), sorted by first label (stable), dealt alternately to dev-13 and
heldout-13.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import yaml
from make import as_item, followup_items, write_stratified

AS_OF = date(2026, 12, 2)
RATES = yaml.safe_load((Path(__file__).parents[2] / "rates.yaml").read_text(encoding="utf-8"))
M = 1_000_000
RB = 1_000
NOT = "none"
CONTRIB_ASK = ["contribution", "ask"]
BENEFIT_ASK = ["benefit", "ask"]
BENEFIT_NOT = ["benefit", NOT]
PROJ_ASK = ["projection", "ask"]


def rate(key: str) -> Decimal:
    """faq/rates.yaml's value for `key` in force on AS_OF."""
    live = [v for v in RATES[key]["values"]
            if v.get("from", date.min) <= AS_OF <= v.get("until", date.max)]
    assert live and live[-1]["value"] is not None, key
    return Decimal(str(live[-1]["value"]))


def pct(key: str) -> Decimal:
    return rate(key) / 100


def r(x) -> int:
    return int(Decimal(str(x)).quantize(Decimal(1), ROUND_HALF_UP))


def d(x) -> Decimal:
    return Decimal(str(x))


CAP = rate("jp_wage_cap")
UMP_JAKARTA = int(rate("ump_dki_jakarta"))
UMP_JABAR = int(rate("ump_jawa_barat"))
UMP_JATENG = int(rate("ump_jawa_tengah"))
UMP_JATIM = int(rate("ump_jawa_timur"))
UMK_BEKASI = int(rate("umk_kabupaten_bekasi"))
JKM = int(rate("jkm_total"))
SCHOLARSHIP = int(rate("jkm_scholarship_max"))  # 2 children
SCHOLARSHIP_CHILD = int(rate("jkk_scholarship_per_child"))


def worker_raw(w) -> Decimal:
    """JHT worker 2% + JP worker 1% (JP on the capped wage)."""
    w = d(w)
    return w * pct("jht_worker_rate") + min(w, CAP) * pct("jp_worker_rate")


def employer_raw(w, jkk: int | None = None) -> Decimal:
    """JKM + JHT employer + JP employer (capped) + JKK by group when named."""
    w = d(w)
    out = w * pct("jkm_rate") + w * pct("jht_employer_rate") + min(w, CAP) * pct("jp_employer_rate")
    return out + (w * pct(f"jkk_rate_{jkk}") if jkk else 0)


def worker(w) -> int:
    return r(worker_raw(w))


def emp(w, jkk: int | None = None) -> int:
    return r(employer_raw(w, jkk))


def total(w, jkk: int | None = None) -> int:
    return r(employer_raw(w, jkk) + worker(w))


def either(w) -> list[int]:
    """'iuran' for one wage, no side named: the worker's part or the total."""
    return [worker(w), total(w)]


def group(*pairs, side: str = "total", jkk: int | None = None) -> list[int]:
    """(headcount, wage) pairs: each worker rounded then summed, or the sum rounded once."""
    def raw(w) -> Decimal:
        if side == "worker":
            return worker_raw(w)
        if side == "emp":
            return employer_raw(w, jkk)
        return employer_raw(w, jkk) + worker(w)
    per = sum(n * r(raw(w)) for n, w in pairs)
    once = r(sum(n * raw(w) for n, w in pairs))
    return sorted({per, once})


def jht_only(*wages) -> int:
    return r(sum(d(w) for w in wages) * (pct("jht_employer_rate") + pct("jht_worker_rate")))


def bpu(income, jht: bool = False, jkk_jkm: bool = True) -> int:
    """One BPU month (December 2026): JKK 1% of the clamped income + JKM flat, discounted; JHT 2%."""
    base = min(max(d(income), rate("bpu_income_min")), rate("bpu_income_max"))
    out = Decimal(0)
    if jkk_jkm:
        out += (base * pct("bpu_jkk_rate") + rate("bpu_jkm_flat")) * (1 - pct("bpu_discount_rate"))
    if jht:
        out += base * pct("bpu_jht_rate")
    return r(out)


def fine(monthly, months) -> int:
    return r(d(monthly) * pct("pu_late_fine_rate") * months)


def stmb_total(w, months) -> int:
    """STMB over `months`: the first 12 at 100%, the rest at 50%."""
    first = rate("jkk_stmb_first_months")
    m = d(months)
    return r(d(w) * pct("jkk_stmb_first_rate") * min(m, first)
             + d(w) * pct("jkk_stmb_after_rate") * max(m - first, 0))


def stmb_month(w, month: int) -> int:
    """The STMB paid for month number `month`."""
    step = "jkk_stmb_first_rate" if month <= rate("jkk_stmb_first_months") else "jkk_stmb_after_rate"
    return r(d(w) * pct(step))


def jkk_death(w) -> list[int]:
    base = r(rate("jkk_death_multiplier") * d(w))
    return [base + int(rate("jkk_periodic_lump")) + int(rate("jkk_funeral")), base]


def disability_total(w) -> int:
    return r(pct("jkk_disability_rate") * rate("jkk_disability_multiplier") * d(w))


def jht_partial(balance, share: str) -> int:
    key = {"10": "jht_partial_retirement_rate", "30": "jht_partial_housing_rate"}[share]
    return r(d(balance) * pct(key))


def jp_month(months, w) -> list[int]:
    """JP monthly: 1% x (months / 12) x wage (capped); the unconfirmed floor where it binds."""
    raw = r(pct("jp_accrual_rate") * d(months) / 12 * min(d(w), CAP))
    return sorted({raw, max(raw, int(rate("jp_benefit_min")))})


def jkp(w) -> list[int]:
    """JKP: 60% of the wage capped, a month, and over the 6 months."""
    month = r(min(d(w), rate("jkp_wage_cap")) * pct("jkp_benefit_rate"))
    return [month, int(rate("jkp_benefit_months")) * month]


def jkp_month(w) -> int:
    return jkp(w)[0]


ITEMS = [
    # --- benefit: STMB over several months, the 100% / 50% steps
    ("kecelakaan kerja, udah 15 bulan blm bisa kerja, gaji 5jt, total stmb nya brp", "benefit", stmb_total(5 * M, 15)),
    ("stmb 18 bulan gaji 4jt, 12 bln pertama 100% sisanya 50%, jadi total brp", "benefit", stmb_total(4 * M, 18)),
    ("kaki patah kena forklift, sudah 13 bulan dirawat, gaji 6jt. bulan ke 13 dibayar brp", "benefit", [stmb_month(6 * M, 13), stmb_total(6 * M, 13)]),
    ("gaji 3,6jt, tidak mampu bekerja 20 bulan akibat kecelakaan kerja, santunan totalnya", "benefit", stmb_total(3.6 * M, 20)),
    ("stmb bulan ke-14 kalau gaji 7jt dapat brp", "benefit", stmb_month(7 * M, 14)),
    ("sakit akibat kerja 8 bulan ga masuk, gaji 4,5jt, stmb total", "benefit", stmb_total(4.5 * M, 8)),
    ("kecelakaan kerja 2 tahun ga bisa kerja, gaji umr jakarta, stmb nya total brp", "benefit", stmb_total(UMP_JAKARTA, 24)),
    ("upah 5,2jt, stmb 16 bulan, berapa semuanya", "benefit", stmb_total(5.2 * M, 16)),
    ("off work 14 months after a work accident, salary 6 million, total wage replacement?", "benefit", stmb_total(6 * M, 14), "en"),
    ("stmb 12 bulan pertama brp, gaji 3jt", "benefit", [stmb_total(3 * M, 12), 3 * M]),
    ("udah setahun lebih 3 bulan ga kerja krn kecelakaan kerja, gaji 4jt, dpt brp total", "benefit", stmb_total(4 * M, 15)),
    ("kecelakaan kerja, gaji 5jt, cacat total, santunannya", "benefit", disability_total(5 * M)),
    ("stmb 15 bulan brp", "ask", None),
    # --- benefit: JKM + scholarship for two children, JKK death
    ("suami meninggal sakit, ikut bpjs tk 7 tahun, anak 2 sd dan smp, total jkm plus beasiswa brp", BENEFIT_NOT, [JKM + SCHOLARSHIP, JKM]),
    ("jkm + beasiswa 2 anak, peserta 4 tahun, totalnya", BENEFIT_NOT, [JKM + SCHOLARSHIP, JKM]),
    ("bapak meninggal, masa iur 10 thn, 2 anak kuliah, ahli waris terima brp semuanya", BENEFIT_NOT, [JKM + SCHOLARSHIP, JKM]),
    ("beasiswa per anak dari bpjs tk brp, anak sy 2", BENEFIT_NOT, [SCHOLARSHIP_CHILD, SCHOLARSHIP]),
    ("istri meninggal krn kecelakaan kerja, gaji 5,5jt, 2 anak sekolah, total santunan + beasiswa", "benefit", [jkk_death(5.5 * M)[0] + SCHOLARSHIP, *jkk_death(5.5 * M)]),
    ("meninggal kecelakaan kerja gaji 8jt, jkk kematian brp", "benefit", jkk_death(8 * M)),
    ("my father passed away (illness), 5 years in bpjs tk, 2 kids in school. total death benefit + scholarship?", BENEFIT_NOT, [JKM + SCHOLARSHIP, JKM], "en"),
    ("santunan kematian + beasiswa 2 anak kalau baru 1 tahun kepesertaan", BENEFIT_NOT, JKM),
    # --- benefit: partial JHT claim (10% / 30%) from a stated balance
    ("saldo jht 80jt, klaim 10% dapat brp", "benefit", jht_partial(80 * M, "10")),
    ("saldo jht sy 120 juta, mau ambil 30% buat rumah, dapat brp", "benefit", jht_partial(120 * M, "30")),
    ("jht 10% dari saldo 45.500.000 brp", "benefit", jht_partial(45.5 * M, "10")),
    ("kepesertaan 12 tahun saldo jht 60jt, klaim sebagian 30% berapa", "benefit", jht_partial(60 * M, "30")),
    ("klaim jht 10 persen, saldo 33jt, cair brp", "benefit", jht_partial(33 * M, "10")),
    ("saldo jht 200jt, ambil 30% utk kpr brp, sisanya brp", "benefit", [jht_partial(200 * M, "30"), 200 * M - jht_partial(200 * M, "30")]),
    ("JHT balance 90 million, 30% housing withdrawal is how much?", "benefit", jht_partial(90 * M, "30"), "en"),
    ("jht 10% brp ya", "ask", None),
    ("saldo jht 50jt tapi baru 6 tahun, bisa klaim 10%? dapet brp", [NOT, "benefit"], None),
    ("saldo jht 70jt, klaim 10 persen dulu trus nanti 30 persen, total bisa ambil brp", "benefit", [jht_partial(70 * M, "10"), jht_partial(70 * M, "30"), jht_partial(70 * M, "10") + jht_partial(70 * M, "30")]),
    # --- benefit: JP monthly pension from years and a wage
    ("jp sy brp sebulan, masa iur 19 tahun, gaji 8jt", "benefit", jp_month(19 * 12, 8 * M)),
    ("pensiun jp kalau iur 28 tahun gaji 15jt", "benefit", jp_month(28 * 12, 15 * M)),
    ("manfaat pensiun bulanan, 16 thn iur, upah rata2 4,5jt", "benefit", jp_month(16 * 12, 4.5 * M)),
    ("gaji 6jt iuran jp sejak 2010 sampai 2026, pensiun bulanan brp", "benefit", jp_month(16 * 12, 6 * M)),
    ("jp 20 tahun 3 bulan masa iur, gaji 7,5jt, dapat sebulan brp", "benefit", jp_month(243, 7.5 * M)),
    ("JP monthly pension after 24 years, average wage 9 million?", "benefit", jp_month(24 * 12, 9 * M), "en"),
    ("jaminan pensiun kalau baru iur 12 tahun gaji 5jt, dapat bulanan ga", ["benefit", "ask", NOT], None),
    ("jp gaji umr jabar 15 tahun", "benefit", jp_month(15 * 12, UMP_JABAR)),
    ("pensiun jp brp, iur 17 tahun", "ask", None),
    # --- benefit: JKP cash benefit by month
    ("jkp bulan pertama sampai keenam brp, gaji 4jt", "benefit", jkp(4 * M)),
    ("kena phk gaji 9jt, jkp bulan ke 3 dapat brp", "benefit", jkp_month(9 * M)),
    ("jkp total 6 bulan kalau gaji 3,5jt", "benefit", jkp(3.5 * M)),
    ("phk, upah terakhir 4.800.000, uang jkp tiap bulan", "benefit", jkp(4.8 * M)),
    ("jkp gaji umr jatim sebulan brp", "benefit", jkp(UMP_JATIM)),
    ("jkp bulan ke-5 gaji 5,5jt", "benefit", jkp_month(5.5 * M)),
    ("laid off on a 12 million salary, total jkp cash over the six months?", "benefit", jkp(12 * M), "en"),
    ("jkp kalau gaji umk bekasi", "benefit", jkp(UMK_BEKASI)),
    # --- contribution: employer totals for N workers with mixed wages
    ("8 karyawan: 5 org 4jt, 2 org 6jt, 1 org 12jt. total iuran bpjs tk sebulan", "contribution", group((5, 4 * M), (2, 6 * M), (1, 12 * M))),
    ("iuran bagian perusahaan utk 6 org gaji 3,5jt dan 2 org gaji 5jt", "contribution", group((6, 3.5 * M), (2, 5 * M), side="emp")),
    ("karyawan 4 orang gajinya 4,2jt 4,8jt 5,1jt 9jt, perusahaan bayar brp ke bpjs tk", "contribution", group((1, 4.2 * M), (1, 4.8 * M), (1, 5.1 * M), (1, 9 * M), side="emp")),
    ("total potongan karyawan: 3 org umr jakarta + 1 org 7jt", "contribution", group((3, UMP_JAKARTA), (1, 7 * M), side="worker")),
    ("restoran risiko rendah, 7 org @3jt dan 2 org @4,5jt, iuran perusahaan termasuk jkk", "contribution", group((7, 3 * M), (2, 4.5 * M), side="emp", jkk=2)),
    ("pt sy 12 karyawan gaji 5jt, 3 staf 8jt, 1 direktur 20jt, total iuran bpjs tk", "contribution", group((12, 5 * M), (3, 8 * M), (1, 20 * M))),
    ("2 karyawan gaji 4jt dan 11,5jt, iuran jp perusahaan", "contribution", [r(d(4 * M) * pct("jp_employer_rate")) + r(min(d(11.5 * M), CAP) * pct("jp_employer_rate")), r((d(4 * M) + CAP) * pct("jp_employer_rate"))]),
    ("iuran jht total (5,7%) utk 4 karyawan: 3jt, 3,5jt, 4jt, 6jt", "contribution", jht_only(3 * M, 3.5 * M, 4 * M, 6 * M)),
    ("employer cost for 5 staff at 7m and 2 at 15m, bpjs tk per month?", "contribution", group((5, 7 * M), (2, 15 * M), side="emp"), "en"),
    ("konstruksi risiko tinggi 4 tukang 4jt + 1 mandor 6jt, iuran perusahaan", "contribution", group((4, 4 * M), (1, 6 * M), side="emp", jkk=4)),
    ("10 karyawan gaji beda2, iuran bpjs tk totalnya brp", "ask", None),
    ("20 pekerja umr jateng, total iuran bpjs tk perusahaan + pekerja", "contribution", group((20, UMP_JATENG))),
    ("karyawan: 2 org 5jt, 1 org 5,5jt, setahun iuran perusahaan brp", "contribution", [12 * x for x in group((2, 5 * M), (1, 5.5 * M), side="emp")]),
    # --- contribution: BPU for several programmes and months
    ("bpu penghasilan 3jt ikut jkk jkm jht, bayar 3 bulan (okt nov des) brp", "contribution", 3 * bpu(3 * M, jht=True)),
    ("iuran bpu jkk jkm aja penghasilan 2jt, 3 bulan", "contribution", 3 * bpu(2 * M)),
    ("pedagang bpu penghasilan 4jt, jkk jkm + jht sebulan brp", "contribution", bpu(4 * M, jht=True)),
    ("bpu 2 program penghasilan 1,5jt, nunggak okt-des, total", "contribution", 3 * bpu(1.5 * M)),
    ("iuran bpu penghasilan 5jt, 3 program, sebulan", "contribution", bpu(5 * M, jht=True)),
    ("ojol penghasilan 4,5jt, iuran jkk jkm jht nya brp", "contribution", bpu(4.5 * M, jht=True)),
    ("bpu jht saja penghasilan 2,5jt brp", ["contribution", "ask"], r(d(2.5 * M) * pct("bpu_jht_rate"))),
    ("freelancer income 6 million, bpu jkk jkm and jht, how much a month?", "contribution", bpu(6 * M, jht=True), "en"),
    ("bpu penghasilan 2jt, belum bayar oktober november desember, plus jht, brp semua", "contribution", 3 * bpu(2 * M, jht=True)),
    ("iuran bpu 2 bulan penghasilan 3,5jt tanpa jht", "contribution", 2 * bpu(3.5 * M)),
    ("bpu jkk jkm jht brp", "ask", None),
    ("petani penghasilan 1jt, ikut 3 program bpu, setor brp sebulan", "contribution", bpu(1 * M, jht=True)),
    # --- contribution: one wage, other shapes
    ("gaji 6,3jt, potongan bpjs tk karyawan", "contribution", worker(6.3 * M)),
    ("gaji 5jt iuran bpjs tk perusahaan + karyawan total", "contribution", total(5 * M)),
    ("karyawan baru gaji Rp4.750.000, iuran bpjs tk brp", "contribution", either(4.75 * M)),
    ("gaji 12jt, potongan jp nya brp", "contribution", r(CAP * pct("jp_worker_rate"))),
    ("gaji pokok 4jt tunjangan tetap 1jt tunjangan makan 500rb, potongan bpjs tk", CONTRIB_ASK, [worker(5 * M), worker(5.5 * M)]),
    ("salary 8.5 million, how much bpjs tk is deducted from me?", "contribution", worker(8.5 * M), "en"),
    ("gaji 3,9jt potongan jht brp", "contribution", r(d(3.9 * M) * pct("jht_worker_rate"))),
    ("iuran bpjs tk bagian perusahaan gaji 7,2jt", "contribution", emp(7.2 * M)),
    ("berapa iuran jkm kalau gaji 4jt", "contribution", r(d(4 * M) * pct("jkm_rate"))),
    ("gaji 5jt blm dibayar iuran 3 bulan, total tunggakan brp", ["contribution", "fine"], [3 * total(5 * M), 3 * total(5 * M) + fine(total(5 * M), 3)]),
    ("klinik gigi, 3 karyawan gaji 4jt, iuran perusahaan termasuk jkk", "contribution", group((3, 4 * M), side="emp", jkk=1)),
    # --- contribution / benefit: two calculations in one message
    ("gaji 5jt potongan bpjs tk brp? kalau naik jd 6jt brp?", "contribution", [worker(5 * M), worker(6 * M), total(5 * M)]),
    ("iuran bpjs tk gaji 4jt sama jkp nya kalau kena phk", ["contribution", "benefit"], [*either(4 * M), *jkp(4 * M)]),
    ("potongan bpjs tk gaji 7jt dan denda kalau telat 2 bulan", ["contribution", "fine"], [*either(7 * M), fine(total(7 * M), 2)]),
    ("jp gaji 6jt 20 tahun brp, terus kalau 25 tahun brp", "benefit", [*jp_month(240, 6 * M), *jp_month(300, 6 * M)]),
    ("hitung iuran 2 karyawan, gaji 3jt dan 8jt, masing2 brp", "contribution", [*group((1, 3 * M), (1, 8 * M)), *either(3 * M), *group((1, 3 * M), (1, 8 * M), side="worker")]),
    ("stmb 14 bulan gaji 4jt, kalau ternyata cacat total brp", "benefit", [stmb_total(4 * M, 14), disability_total(4 * M)]),
    ("saldo jht 40jt, 10% brp dan 30% brp", "benefit", [jht_partial(40 * M, "10"), jht_partial(40 * M, "30")]),
    ("salary 5m: my deduction and the company's share?", "contribution", [worker(5 * M), emp(5 * M), total(5 * M)], "en"),
    ("gaji 4,5jt: potongan jht jp brp, dan kalau di phk jkp nya brp", ["contribution", "benefit"], [worker(4.5 * M), total(4.5 * M), *jkp(4.5 * M)]),
    ("bpu penghasilan 2jt brp, kalau 4jt brp", "contribution", [bpu(2 * M), bpu(4 * M)]),
    ("contribution for a 6.5 million salary, employer plus employee?", "contribution", total(6.5 * M), "en"),
    ("jkp per month for a 4 million salary?", "benefit", jkp(4 * M), "en"),
    ("my balance is 75 million, how much can i take out under the 10% rule?", "benefit", jht_partial(75 * M, "10"), "en"),
    ("monthly bpu contribution on 3 million income, all three programmes?", "contribution", bpu(3 * M, jht=True), "en"),
    ("iuran perusahaan utk 15 karyawan brp", "ask", None),
    ("jkp brp sebulan ya", ["ask", NOT], None),
    ("stmb bulan ke 15 brp", "ask", None),
    # --- payslip
    ("gaji umr jatim, slip: jht 48.938 jp 24.469, bener?", "payslip", worker(UMP_JATIM)),
    ("gaji 7jt dipotong jht 140rb jp 70rb, sesuai ga", "payslip", worker(7 * M)),
    ("slip gaji 5,8jt potongan bpjs tk 174rb bener ga", "payslip", worker(5.8 * M)),
    ("gaji 13jt, potongan jp 130rb jht 260rb, kok jp segitu", "payslip", worker(13 * M)),
    ("gaji umr jakarta potongan jht 114.598 jp 57.299, udah pas?", "payslip", worker(UMP_JAKARTA)),
    ("payslip: salary 9m, jht 180k, jp 90k. correct?", "payslip", worker(9 * M), "en"),
    ("potongan bpjs tk 150rb dari gaji 4jt, kebanyakan ga", "payslip", worker(4 * M)),
    ("gaji 6jt, di slip jht 120rb jp 60rb jkk 14.400, kok jkk dipotong", ["payslip", NOT], worker(6 * M)),
    # --- fine (PU)
    ("nunggak iuran 4 bulan, iuran sebulan 3,2jt, denda brp", "fine", fine(3.2 * M, 4)),
    ("telat setor 2 bulan utk 5 karyawan gaji 4jt, denda", "fine", fine(5 * total(4 * M), 2)),
    ("iuran perusahaan 8jt/bulan telat 3 bulan, total bayar dengan denda", "fine", [fine(8 * M, 3), 3 * 8 * M + fine(8 * M, 3)]),
    ("denda 2% x 5 bulan dari iuran 1,5jt brp", "fine", fine(1.5 * M, 5)),
    ("we paid bpjs tk 2 months late, 6 million a month, what's the fine?", "fine", fine(6 * M, 2), "en"),
    ("denda telat iuran sebulan gaji karyawan 10jt", "fine", fine(total(10 * M), 1)),
    ("telat bayar iuran 4 bulan brp dendanya", "ask", None),
    # --- projection (kind only)
    ("jht pas pensiun brp, umur 30, gaji 6jt", PROJ_ASK, None),
    ("saldo jht 15jt skrg, gaji 5jt, 10 tahun lagi brp", "projection", None),
    ("kalau kerja sampai 56 tahun, skrg 40, gaji 7jt, jht nya", "projection", None),
    ("estimasi jht 20 tahun gaji 4jt", PROJ_ASK, None),
    ("jht sy umur 45 pas pensiun gaji 9jt kira2", PROJ_ASK, None),
    ("how much jht at retirement, i'm 28, salary 10m?", PROJ_ASK, None, "en"),
    # --- not calculations (numbers inside FAQ questions)
    ("jht bisa diambil 30% kalau udah kerja brp tahun?", NOT, None),
    ("klaim jht 10% syaratnya apa aja", NOT, None),
    ("stmb dibayar sampai brp bulan maksimal?", NOT, None),
    ("jkp dapat 6 bulan, syaratnya iuran brp bulan", NOT, None),
    ("jp bisa cair kalau umur 50?", NOT, None),
    ("beasiswa 2 anak itu dibayar per tahun atau sekaligus", NOT, None),
    ("iuran bpu bisa dibayar 12 bulan sekaligus ga?", NOT, None),
    ("bpjs tk no 12345678 kok belum aktif", NOT, None),
    ("umur 57 masih bisa ikut bpu?", NOT, None),
]

# Answers typed to the bot's own questions back (templates/calc_ask.html.j2: the wage, the years,
# the months, the balance, PU or BPU, the staff list), and a second figure after a result.
FOLLOWUPS = [
    (["stmb brp, udah 15 bulan ga kerja"], "gaji 4jt", "benefit", stmb_total(4 * M, 15)),
    (["klaim jht 10% brp"], "saldo 55jt", "benefit", jht_partial(55 * M, "10")),
    (["jht 30% buat rumah dapat brp"], "saldonya 150 juta", "benefit", jht_partial(150 * M, "30")),
    (["pensiun jp brp, gaji 6jt"], "iur 18 tahun", "benefit", jp_month(18 * 12, 6 * M)),
    (["pensiun jp brp, iur 20 tahun"], "gaji 7jt", "benefit", jp_month(20 * 12, 7 * M)),
    (["jkp brp kalau kena phk"], "gajinya 6,5jt", "benefit", jkp(6.5 * M)),
    (["iuran bpu brp"], "penghasilan 3jt, ikut jht juga", "contribution", bpu(3 * M, jht=True)),
    (["iuran bpjs tk brp, penghasilan 2jt"], "bukan karyawan, sy ojol", "contribution", bpu(2 * M)),
    (["iuran perusahaan utk 3 karyawan brp"], "4jt, 5jt, 6,5jt", "contribution", group((1, 4 * M), (1, 5 * M), (1, 6.5 * M), side="emp")),
    (["denda telat iuran brp"], "iuran 4jt sebulan, telat 2 bulan", "fine", fine(4 * M, 2)),
    (["denda telat 3 bulan brp"], "iurannya 5,5jt", "fine", fine(5.5 * M, 3)),
    (["jkm + beasiswa brp"], "anak 2, iur 5 tahun", BENEFIT_NOT, [JKM + SCHOLARSHIP, JKM]),
    (["potongan bpjs tk gaji 5jt brp"], "kalau 5,5jt?", "contribution", [worker(5.5 * M), total(5.5 * M)]),
    (["jp gaji 8jt iur 16 tahun brp"], "kalau 25 tahun?", "benefit", jp_month(25 * 12, 8 * M)),
    (["iuran bpu penghasilan 2,5jt"], "kalau 3 bulan brp?", "contribution", 3 * bpu(2.5 * M)),
    (["iuran jkk perusahaan 10 karyawan gaji 4jt"], "risiko sedang", "contribution", group((10, 4 * M), side="emp", jkk=3) + [r(10 * d(4 * M) * pct("jkk_rate_3"))]),
    (["stmb gaji 5jt brp"], "udah 14 bulan", "benefit", stmb_total(5 * M, 14)),
    (["how much is the jp pension?"], "24 years, salary 10 million", "benefit", jp_month(24 * 12, 10 * M), "en"),
    (["jht pas pensiun brp, gaji 6jt"], "umur 35", "projection", None),
]


# Dev-13 label correction (calc23, found while reading dev misses; heldout-13.yaml untouched):
# - workers on the UMP Jakarta beside another wage: each program rounded per worker (JHT
#   Rp114.598 + JP Rp57.299 = Rp171.897 a worker) is accepted beside the sum rounded once, as
#   the corrections of sets 9 and 12 accepted it (my `group` helper left that rounding out).
CORRECTIONS = {
    ("", "total potongan karyawan: 3 org umr jakarta + 1 org 7jt"): {
        "figure": sorted({*group((3, UMP_JAKARTA), (1, 7 * M), side="worker"),
                          3 * (r(d(UMP_JAKARTA) * pct("jht_worker_rate"))
                               + r(d(UMP_JAKARTA) * pct("jp_worker_rate"))) + worker(7 * M)})},
}


def main() -> None:
    items = [as_item(row) for row in ITEMS] + followup_items(FOLLOWUPS)
    write_stratified(items, 20261302, "dev-13", "heldout-13")
    dev = Path(__file__).parent / "dev-13.yaml"
    part = yaml.safe_load(dev.read_text(encoding="utf-8"))
    for item in part:
        key = (" / ".join(item.get("before", ())), item["q"])
        if key in CORRECTIONS:
            item.update(CORRECTIONS[key])
    dev.write_text(yaml.safe_dump(part, allow_unicode=True, sort_keys=False, width=100),
                   encoding="utf-8")


if __name__ == "__main__":
    main()
