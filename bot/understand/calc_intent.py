"""Recognise a calculation in free text: an amount plus a context word, and what to compute.

`detect(text)` returns a `CalcRequest` (a plain, JSON-serialisable description of what to
compute and which choices are still missing) or None when the message is not a calculation
(then the FAQ answers it). It never computes anything itself.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from decimal import Decimal

from bot.understand.amounts import MIN_MONTHLY, Amount, check_monthly, find_amounts

CONTEXT_RE = re.compile(
    r"\b(gaji|gajih|upah|penghasilan|pendapatan|income|salary|phk|dipecat|iuran|potongan|"
    r"potong|dipotong|pensiun|meninggal|wafat|jkp|jkk|jkm|jht|jp|bpu|karyawan|pekerja|pegawai|"
    r"staf|staff|saldo|cacat|santunan|premi|bayar)\b", re.I)
BPU_RE = re.compile(r"\b(bpu|bukan penerima upah|mandiri|informal|ojol|ojek|kurir|sopir|supir|"
                    r"driver|pedagang|dagang|jualan|freelance|freelancer|petani|nelayan|"
                    r"buruh lepas|usaha sendiri|wiraswasta)\b", re.I)
TRANSPORT_RE = re.compile(r"\b(ojol|ojek|kurir|sopir|supir|driver|transportasi|angkot|taksi|"
                          r"taxi|pengemudi)\b", re.I)
NOT_TRANSPORT_RE = re.compile(r"\b(pedagang|dagang|jualan|petani|nelayan|warung|toko)\b", re.I)
PU_RE = re.compile(r"\b(gaji|gajih|upah|karyawan|pegawai|perusahaan|kantor|pemberi kerja|"
                   r"majikan|slip|staf|staff)\b", re.I)
JKP_RE = re.compile(r"\b(phk|di ?-?phk|dipecat|jkp|kehilangan pekerjaan|pesangon)\b", re.I)
DEATH_RE = re.compile(r"\b(meninggal|wafat|kematian|tewas|jkm|ahli waris)\b", re.I)
ACCIDENT_RE = re.compile(r"\b(kecelakaan|jkk|laka)\b", re.I)
DISABLED_RE = re.compile(r"\bcacat\b", re.I)
PENSION_RE = re.compile(r"\b(pensiun|jp)\b", re.I)
PENSION_BENEFIT_RE = re.compile(r"\b(dapat|dapet|terima|manfaat|pensiunan|bulanan|cair)\b", re.I)
CONTRIB_RE = re.compile(r"\b(iuran|potong|potongan|dipotong|premi|bayar|setor)\b", re.I)
JHT_PAYOUT_RE = re.compile(r"\b(jht|hari tua)\b.*\b(cair|klaim|pencairan|saldo)\b|"
                           r"\b(cair|klaim|pencairan|saldo)\b.*\b(jht|hari tua)\b", re.I)
JHT_RE = re.compile(r"\b(jht|saldo|hari tua)\b", re.I)
PROJECTION_RE = re.compile(r"\b(proyeksi|simulasi|perkiraan|nanti|kelak|jadi berapa|"
                           r"terkumpul)\b", re.I)
EMPLOYER_RE = re.compile(r"\b(perusahaan|pemberi kerja|majikan|kantor|klinik|pengusaha|"
                         r"bos|owner|hrd|dibayar perusahaan|bagian perusahaan)\b", re.I)
WORKER_RE = re.compile(r"\b(potong|potongan|dipotong|motong|saya|aku|gue|gw|sy)\b", re.I)
OLD_RULE_RE = re.compile(r"\b(aturan lama|dulu|sebelumnya|45 ?%|pp 37)\b", re.I)
# "saldo 20 juta" is a balance; "saldo jht gaji 6 juta" is a wage: the nearest word decides.
SALDO_RE = re.compile(r"\bsaldo\b(?:(?!gaji|upah|penghasilan)[^\d]){0,25}$", re.I)
GROWTH_RE = re.compile(r"\b(naik|kenaikan|tumbuh)\b[^\d]{0,20}$", re.I)

WAGE_BEFORE_RE = re.compile(r"\b(gaji|gajih|upah|penghasilan|pendapatan|income|salary|saldo)"
                            r"(?:\s+(?:saya|aku|sy|cuma|hanya|sebesar|sekitar|kira2|:))?\s*:?\s*$",
                            re.I)
YEAR_RE = re.compile(r"(19|20)\d\d")  # "gaji 2026": a year, not Rp2.026
CLASS_WORDS = (  # longest first: "sangat rendah" before "rendah"
    ("sangat rendah", 1), ("sangat tinggi", 5), ("rendah", 2), ("sedang", 3), ("tinggi", 4),
)
CLASS_NUM_RE = re.compile(r"\b(?:kelompok|kel\.?|kelas|golongan|grup|group)\s*"
                          r"(?P<n>[1-5]|i{1,3}|iv|v)\b", re.I)
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
CLINIC_RE = re.compile(r"\b(klinik|apotek|apotik|praktik dokter|praktek dokter|dokter)\b", re.I)


@dataclass
class CalcRequest:
    """What to compute. Topics: wage, bpu, staff, jkp, jkk_death, disability, jkm, jht, jp,
    and "pu_or_bpu" when the kind of worker is still to be asked."""

    topic: str
    wages: list[tuple[str, int]] = field(default_factory=list)  # (Decimal as str, headcount)
    jkk_class: int | None = None
    clinic: bool = False
    focus: str = "both"  # worker | employer | both
    program: str | None = None  # a program the user asked about (jp, jht)
    with_jht: bool | None = None
    transport: bool | None = None
    months: int | None = None
    balance: str | None = None
    annual_return: str | None = None
    wage_growth: str | None = None
    old_rule: bool = False
    problem: str | None = None  # a question to ask back instead of computing

    @property
    def wage(self) -> Decimal | None:
        return Decimal(self.wages[0][0]) if self.wages else None

    def wage_list(self) -> list[tuple[Decimal, int]]:
        return [(Decimal(w), n) for w, n in self.wages]

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> CalcRequest:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["wages"] = [tuple(w) for w in known.get("wages", [])]
        return cls(**known)


def jkk_class_of(text: str) -> tuple[int | None, bool, tuple[int, int] | None]:
    """(class, is_clinic, span of the words that set it) from 'risiko sedang', 'kelompok 2'..."""
    m = CLASS_NUM_RE.search(text)
    if m:
        raw = m.group("n").lower()
        return (int(raw) if raw.isdigit() else ROMAN[raw]), False, m.span()
    low = text.lower()
    for words, cls in CLASS_WORDS:
        m2 = re.search(rf"\b(?:risiko|resiko|risk)?\s*{words}\b", low)
        if m2 and re.search(r"risiko|resiko|risk|kelompok|jkk", low):
            return cls, False, m2.span()
    if CLINIC_RE.search(text):
        return 1, True, None
    return None, False, None


def _amounts(text: str, skip: tuple[int, int] | None) -> list[Amount]:
    found = find_amounts(text)
    if skip:
        found = [a for a in found if not (skip[0] <= a.start < skip[1])]
    return found


def detect(text: str) -> CalcRequest | None:
    """A calculation request, or None when the text is not one (no amount or no context)."""
    if not CONTEXT_RE.search(text):
        return None
    jkk_class, clinic, class_span = jkk_class_of(text)
    found = _amounts(text, class_span)
    # A small number without Rp or a scale word ("usia 58", "pp 50", "tahun 2026") is money
    # only right after a wage word ("gaji 5"): then it is asked back, never silently scaled.
    found = [a for a in found if a.kind != "money" or a.explicit or a.value is None
             or a.value >= MIN_MONTHLY
             or (WAGE_BEFORE_RE.search(text[:a.start]) and not YEAR_RE.fullmatch(a.text))]
    money = [a for a in found if a.kind == "money"]
    years = next((a for a in found if a.kind == "years" and a.value), None)
    months_amt = next((a for a in found if a.kind == "months" and a.value), None)
    months = int(months_amt.value) if months_amt else (int(years.value) * 12 if years else None)
    req = CalcRequest(topic="wage", jkk_class=jkk_class, clinic=clinic)
    req.old_rule = bool(OLD_RULE_RE.search(text))
    req.months = months

    is_death, is_accident = DEATH_RE.search(text), ACCIDENT_RE.search(text)
    if not money:
        return None  # "klaim jht 10 tahun": no money amount, the FAQ answers

    # Assign each money amount its role: JHT balance, or a wage (with the headcount before it).
    pending: int | None = None
    for amount in found:
        before = text[max(0, amount.start - 30):amount.start]
        if amount.kind == "people" and amount.value:
            pending = int(amount.value)
            continue
        if amount.kind == "percent" and amount.value is not None:
            if GROWTH_RE.search(before):
                req.wage_growth = str(amount.value)
            else:
                req.annual_return = str(amount.value)
            continue
        if amount.kind != "money":
            continue
        if amount.problem:
            req.problem = amount.problem
            continue
        assert amount.value is not None
        if SALDO_RE.search(before):
            req.balance = str(amount.value)
            continue
        problem = check_monthly(amount.value, "gaji", amount.explicit)
        if problem:
            req.problem = problem
            continue
        req.wages.append((str(amount.value), pending or 1))
        pending = None
    if pending and len(req.wages) == 1 and req.wages[0][1] == 1:
        req.wages[0] = (req.wages[0][0], pending)  # "gaji 4 juta untuk 10 orang"

    if JHT_PAYOUT_RE.search(text) and not months and not PROJECTION_RE.search(text):
        return None  # "jht saya cair berapa? gaji 10 jt": a balance question for JMO/the FAQ
    req.topic = _topic(text, req, is_death, is_accident)
    if req.topic == "":
        return None
    if req.topic == "bpu":
        if TRANSPORT_RE.search(text):
            req.transport = True
        elif NOT_TRANSPORT_RE.search(text):
            req.transport = False
        if re.search(r"\btanpa\s+jht\b", text, re.I):
            req.with_jht = False
        elif JHT_RE.search(text):
            req.with_jht = True
    if EMPLOYER_RE.search(text) and not re.search(r"\bpotong", text, re.I):
        req.focus = "employer"
    elif WORKER_RE.search(text):
        req.focus = "worker"
    if re.search(r"\b(jp|pensiun)\b", text, re.I):
        req.program = "jp"
    elif re.search(r"\bjht\b", text, re.I):
        req.program = "jht"
    if not req.wages and not req.problem and not (req.topic == "jht" and req.balance):
        return None
    return req


def _topic(text: str, req: CalcRequest, is_death, is_accident) -> str:
    total_heads = sum(n for _, n in req.wages)
    if is_death:
        return "jkk_death" if is_accident else "jkm"
    if DISABLED_RE.search(text):
        return "disability"
    if JKP_RE.search(text):
        return "jkp"
    if BPU_RE.search(text):
        return "bpu"
    if JHT_RE.search(text) and (req.months or PROJECTION_RE.search(text)) \
            and not CONTRIB_RE.search(text):
        return "jht"
    if PENSION_RE.search(text) and not CONTRIB_RE.search(text) and (
            req.months or PENSION_BENEFIT_RE.search(text)):
        return "jp"
    if len(req.wages) > 1 or total_heads > 1:
        return "staff"
    if re.search(r"\b(penghasilan|pendapatan|income)\b", text, re.I) and not PU_RE.search(text):
        return "pu_or_bpu"
    return "wage"
