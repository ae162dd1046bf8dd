"""Reading rupiah amounts the way people type them, and asking back instead of guessing.

Public, stable API (the registration flow reuses it):

- ``find_amounts(text) -> list[Amount]``: every number in a sentence with its position
  (``start``/``end`` index into ``text``), its value, what it counts (money, percent, years,
  months, people) and a ``problem`` (a question to ask back, as a Text) when it is ambiguous.
- ``parse_amount(text, *, what="penghasilan") -> (Decimal | None, str | None)``: one monthly
  rupiah amount from a single answer ("2,5 jt", "Rp 2.500.000,-", "dua setengah juta"); either
  the value or a friendly Indonesian message explaining what to type instead. Never both.
- ``check_monthly(value, what) -> str | None``: the plausibility check used by both.

Reading rules (documented because they decide ambiguous cases):
- ``5.000.000`` / ``5,000,000``: thousands grouping. ``5.000.000,50``: decimal comma.
- one separator before a scale word is a decimal: ``4,5 jt`` = ``4.5juta`` = 4.500.000,
  ``1,2 M`` = 1.200.000.000; before ``rb``/``k`` three digits are grouping: ``4.500k`` = 4.500.000.
- one separator followed by exactly three digits and no scale word is grouping: ``4.500`` = 4.500.
- ``5,5`` with no scale word, or ``5.5.5``: ambiguous, asked back.
- a bare number below Rp1.000 (``gaji 5``) is asked back ("5 juta?"), never silently scaled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from bot.core.formatting import number
from bot.core.replies import Text

MAX_MONTHLY = Decimal(1_000_000_000)  # above Rp1 miliar a month is surely a typo
MIN_MONTHLY = Decimal(100_000)  # below this, "gaji 4.500" most likely dropped a "juta"

SCALES = {
    "ribu": 1_000, "rb": 1_000, "rbu": 1_000, "rebu": 1_000, "k": 1_000, "ribuan": 1_000,
    "juta": 1_000_000, "jt": 1_000_000, "jeti": 1_000_000, "juta an": 1_000_000,
    "miliar": 1_000_000_000, "milyar": 1_000_000_000, "m": 1_000_000_000, "b": 1_000_000_000,
}
# What a bare number counts when followed by one of these words.
COUNTERS = {
    "tahun": "years", "thn": "years", "th": "years", "tahunan": "years", "taun": "years",
    "taunan": "years",  # "udh 7 taunan": about seven years
    "bulan": "months", "bln": "months", "bl": "months",
    "bulanan": "months", "blnan": "months",  # "telat 3 bulanan": about three months
    "karyawan": "people", "pekerja": "people", "orang": "people", "org": "people",
    "pegawai": "people", "staf": "people", "staff": "people", "buruh": "people",
    "anak": "people", "hari": "days",
    # English (issue 18): "10 employees", "20 years", "2 months"
    "years": "years", "year": "years", "yrs": "years", "months": "months", "month": "months",
    "employees": "people", "employee": "people", "workers": "people", "worker": "people",
    "people": "people",
    "persons": "people", "children": "people", "days": "days",
    "working days": "days", "work days": "days", "workdays": "days",
}
# Job nouns count people too: "klinik 4 perawat", "2 supervisor gaji 7 juta", "3 nurses".
JOB_NOUNS = (
    "karyawati", "perawat", "bidan", "dokter", "apoteker", "asisten", "kasir", "pelayan",
    "satpam", "sopir", "supir", "driver", "kurir", "guru", "operator", "supervisor", "spv",
    "manajer", "manager", "mandor", "tukang", "koki", "teknisi", "mekanik", "montir",
    "pramuniaga", "cleaner", "crew", "kru", "helper", "tenaga kerja", "security",
    "cleaning service", "office boy", "admin", "resepsionis", "barista", "akuntan",
    "receptionist", "accountant", "baristas", "programmer", "programmers",
    "kepala toko", "kepala gudang", "kepala cabang", "kepala produksi", "chef", "chefs",
    "part timer", "part timers", "full timer", "full timers",
    "nurses", "nurse", "doctors", "drivers", "cashiers", "cooks", "teachers", "staff members",
    "guards", "cleaners", "waiters", "technicians", "mechanics", "supervisors", "managers",
    "direktur", "director", "directors",
)
COUNTERS.update(dict.fromkeys(JOB_NOUNS, "people"))

_SCALE_ALT = "miliar|milyar|ribuan|ribu|rebu|rbu|rb|juta|jeti|jt|k|m|b"
_COUNTER_ALT = "|".join(sorted(COUNTERS, key=len, reverse=True))
_NUMERAL = r"\d[\d.,]*\d|\d"
_DIGIT_RE = re.compile(
    rf"(?<![a-z0-9])(?P<neg>(?<![\w.,])-\s?|\bminus\s+)?"
    rf"(?P<rp>\brp\.?\s*)?"
    rf"(?P<num>{_NUMERAL})"
    rf"(?P<dash>,-|\.-)?"
    rf"(?:\s*(?P<pct>%|persen\b)"
    rf"|\s*(?P<scale>{_SCALE_ALT})(?![a-z])"
    rf"|\s*(?P<counter>{_COUNTER_ALT})(?![a-z]))?",  # "25thn", "3org" too
    re.IGNORECASE,
)

_WORD_VALUES = {
    "nol": 0, "satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
    "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11,
}
_WORD_ALT = (r"se(?:puluh|belas|ratus|ribu|juta|miliar|milyar|tengah)|nol|satu|dua|tiga|empat|"
             r"lima|enam|tujuh|delapan|sembilan|belas|puluh|ratus|ribu|juta|miliar|milyar|"
             r"setengah|koma")
_WORDS_RE = re.compile(rf"\b(?:{_WORD_ALT})(?:\s+(?:{_WORD_ALT}))*\b"
                       rf"(?:\s+(?P<counter>{_COUNTER_ALT})(?![a-z]))?", re.IGNORECASE)


@dataclass(frozen=True)
class Amount:
    """One number found in a sentence.

    ``kind``: "money" (rupiah, the default for bare numbers), "percent", "years", "months",
    "people" or "days". ``explicit``: the text said Rp or a scale word (juta, rb, ...), so the
    number is certainly money. ``problem``: a question to ask back (Text); ``value`` is
    then None.
    """

    value: Decimal | None
    start: int
    end: int
    text: str
    kind: str = "money"
    explicit: bool = False
    problem: Text | None = None


def _numeral(raw: str, scale: int | None) -> Decimal | None:
    """Digits with dots/commas to a Decimal, or None when it cannot be read unambiguously."""
    seps = [c for c in raw if c in ".,"]
    if not seps:
        return Decimal(raw)
    kinds = set(seps)
    if len(kinds) == 2:  # "5.000.000,50" or "5,000,000.50": the last kind is the decimal mark
        dec_mark = raw[max(raw.rfind("."), raw.rfind(","))]
        group_mark = "," if dec_mark == "." else "."
        whole, _, frac = raw.rpartition(dec_mark)
        if seps.count(dec_mark) != 1 or not re.fullmatch(
                rf"\d{{1,3}}(?:{re.escape(group_mark)}\d{{3}})+", whole):
            return None
        return Decimal(whole.replace(group_mark, "") + "." + frac)
    mark = seps[0]
    if len(seps) > 1:  # "5.000.000" is grouping; "5.5.5" is not
        if re.fullmatch(rf"\d{{1,3}}(?:{re.escape(mark)}\d{{3}})+", raw):
            return Decimal(raw.replace(mark, ""))
        return None
    whole, _, frac = raw.partition(mark)
    if scale is not None and scale >= 1_000_000:
        return Decimal(f"{whole}.{frac}")  # "4,5 jt", "4.5juta", "1,2 M"
    if len(frac) == 3:
        return Decimal(whole + frac)  # "4.500", "4.500k"
    if scale is not None:
        return Decimal(f"{whole}.{frac}")  # "2,5 rb"
    if len(whole) >= 4 and len(frac) <= 2:
        return Decimal(f"{whole}.{frac}")  # "2500000,00": cents
    return None  # "5,5": 5,5 what? asked back


def _words_value(words: list[str]) -> Decimal | None:
    """'dua setengah juta' -> 2.500.000; None when the words hold no number."""
    total, group, unit = Decimal(0), Decimal(0), Decimal(0)
    seen = half = False
    last = 0  # the last scale named: "lima juta dua ratus" is 5,2 juta (ribu understood)
    tenths: str | None = None  # "satu koma delapan juta": the digits said after "koma"
    for raw in words:
        word = raw
        if tenths is not None and word not in ("ribu", "juta", "miliar", "milyar"):
            if _WORD_VALUES.get(word, 10) > 9 or word == "se":
                return None  # "koma" then no single digit: not read
            tenths += str(_WORD_VALUES[word])
            continue
        if word.startswith("se") and word not in _WORD_VALUES and word != "setengah":
            unit, word = Decimal(1), word[2:]  # sejuta, seratus, seribu, sepuluh
        if word in _WORD_VALUES:
            unit = Decimal(_WORD_VALUES[word])
        elif word == "belas":
            group, unit = group + 10 + unit, Decimal(0)
        elif word == "puluh":
            group, unit = group + unit * 10, Decimal(0)
        elif word == "ratus":
            group, unit = group + (unit or 1) * 100, Decimal(0)
        elif word == "setengah":
            half = True
        elif word in ("ribu", "juta", "miliar", "milyar"):
            count = group + unit + (Decimal("0.5") if half else 0)
            if tenths:
                count += Decimal(f"0.{tenths}")
            elif tenths is not None:
                return None  # "dua koma juta"
            total += (count or 1) * SCALES[word]
            group, unit, half, last, tenths = Decimal(0), Decimal(0), False, SCALES[word], None
        elif word == "koma":
            if not seen or last or half:
                return None  # "koma" first or after a scale ("dua juta koma lima"): not read
            tenths = ""
        seen = True
    if half and last >= 1_000_000 and not group and not unit and words[-1] == "setengah":
        return total + Decimal(last) / 2  # "sejuta setengah", "dua juta setengah": and a half
    if half or tenths is not None:
        return None  # "setengah" with no scale after it: half of what?
    if last >= 1_000_000 and 100 <= group + unit < 1000:  # "lima juta lima" stays unread
        group, unit = (group + unit) * 1000, Decimal(0)
    return total + group + unit if seen else None


NUMBER_WORDS = frozenset({*_WORD_VALUES, "belas", "puluh", "ratus", "ribu", "seratus",
                          "seribu"} - {"se"})  # the words of a spelled whole number


def spelled_number(words: list[str]) -> int | None:
    """'tujuh belas' -> 17, 'dua puluh satu' -> 21; None unless every word is a number word."""
    if not words or any(w not in NUMBER_WORDS for w in words):
        return None
    value = _words_value(words)
    return int(value) if value is not None and value == int(value) else None


_MILLION_END_RE = re.compile(r"(?:juta|jt|jeti)$", re.IGNORECASE)
_THOUSAND_AFTER_RE = re.compile(r"\s*(?:rb|rebu|k)\b", re.IGNORECASE)


def _million_tail(text: str, host: Amount, m: re.Match) -> Amount | None:
    """"2 juta tujuh ratus ribu", "3 jt dua ratus rb", "4 juta lima ratus": the digits in
    millions and the words after them as one amount (hundreds after a million are thousands)."""
    start = max(m.start(), host.end)
    if host.value is None or host.kind != "money" or not _MILLION_END_RE.search(host.text) \
            or text[host.end:start].strip() or m.group("counter"):
        return None
    words = text[start:m.end()].lower().split()
    value = _words_value(words) if words else None
    end = m.end()
    if value is None or value >= 1_000_000:
        return None
    if value < 1000:
        after = _THOUSAND_AFTER_RE.match(text, end)
        if after is None and value < 100:
            return None  # "5 juta lima": tenths or thousands? not guessed
        end = after.end() if after else end
        value *= 1000
    return Amount(host.value + value, host.start, end, text[host.start:end], "money", True)


def _whole(value: Decimal) -> Decimal:
    """4500000.0 -> 4500000, so amounts compare and print as whole rupiah when they are."""
    if value != value.to_integral_value():
        return value
    try:
        return value.quantize(Decimal(1))
    except InvalidOperation:  # beyond Decimal's 28 digits: kept, then refused as too large
        return value


def _unclear(raw: str) -> Text:
    if re.fullmatch(r"\d{1,3}[.,]\d{1,2}", raw):
        value = Decimal(raw.replace(",", "."))
        return Text.of("amount_decimal", raw=raw, shown=raw.replace(".", ","),
                       full=number(value * 1_000_000), value=value)
    return Text.of("amount_unclear", raw=raw)


def _classify(counter: str | None) -> str:
    return COUNTERS.get(counter.lower(), "money") if counter else "money"


def find_amounts(text: str) -> list[Amount]:
    """Every number in the sentence, in order, with its position and what it counts."""
    found: list[Amount] = []
    for m in _DIGIT_RE.finditer(text):
        raw, scale_word = m.group("num"), m.group("scale")
        bare = not (scale_word or m.group("pct") or m.group("counter"))
        if bare and re.match(r"[a-z]", text[m.end():m.end() + 1], re.I):
            continue  # "3a", "2x": a code or a factor, not an amount
        if not m.group("rp") and not scale_word and raw.isdigit() and (
                len(raw) >= 10 or (raw.startswith("0") and len(raw) > 1)):
            continue  # a NIK, phone or account number ("3171...", "0812..."), never money
        scale = SCALES[scale_word.lower()] if scale_word else None
        explicit = bool(m.group("rp") or scale_word or m.group("dash"))
        kind = "percent" if m.group("pct") else _classify(m.group("counter"))
        span = m.group(0).rstrip()
        problem = None
        value = _numeral(raw, scale)
        if value is None:
            problem = _unclear(raw)
        else:
            value = _whole(value * (scale or 1))
            if m.group("neg"):
                value = -value
        found.append(Amount(value if problem is None else None, m.start(), m.start() + len(span),
                            span, kind, explicit, problem))
    for m in _WORDS_RE.finditer(text):
        host = next((a for a in found if a.start <= m.start() < a.end
                     or (a.end <= m.start() and not text[a.end:m.start()].strip())), None)
        joined = _million_tail(text, host, m) if host is not None else None
        if joined is not None:
            found[found.index(host)] = joined
            continue
        if any(a.start <= m.start() < a.end for a in found):
            continue
        words = m.group(0).lower().split()
        counter = m.group("counter")
        if counter:
            words = words[:-1]
        has_scale = any(w in ("ribu", "juta", "miliar", "milyar") or
                        w in ("seribu", "sejuta", "semiliar", "semilyar") for w in words)
        if not has_scale and not counter:
            continue  # "dua program": a bare number word is not an amount
        if all(w in ("ribu", "juta", "miliar", "milyar", "koma") for w in words):
            continue  # "sampai berapa juta": a scale word alone is no number
        value = _words_value(words)
        if value is None:
            continue
        found.append(Amount(_whole(value), m.start(), m.end(), m.group(0), _classify(counter),
                            has_scale))
    return sorted(found, key=lambda a: a.start)


def check_monthly(value: Decimal, what: str = "penghasilan", explicit: bool = True
                  ) -> Text | None:
    """A question to ask back when a monthly amount is impossible or most likely a typo.
    `what` ("penghasilan" / "gaji") names the amount; the wording is in texts.html.j2."""
    if value <= 0:
        return Text.of("monthly_zero", what=what)
    if value > MAX_MONTHLY:  # 16+ digits are not printed back
        return Text.of("monthly_too_big", value=value if value < 10**15 else None)
    if not explicit and value < 1000:
        return Text.of("monthly_millions", value=value)
    if value < MIN_MONTHLY:
        return Text.of("monthly_thousands", what=what, value=value)
    return None


def parse_amount(text: str, *, what: str = "penghasilan") -> tuple[Decimal | None, Text | None]:
    """One monthly rupiah amount from a single answer: (value, None) or (None, question)."""
    money = [a for a in find_amounts(text) if a.kind == "money"]
    words = text.lower().split()
    if not money and words and all(w in NUMBER_WORDS or w in ("setengah", "koma") for w in words):
        spoken = _words_value([*words, "juta"])  # "empat setengah": 4,5 juta? asked, not scaled
        if spoken is not None and spoken < 100_000_000:  # "tiga ratus": not 300 juta
            return None, Text.of("monthly_millions", value=_whole(spoken / 1_000_000))
    if not money:
        return None, Text.of("amount_missing", what=what)
    if len(money) > 1:
        return None, Text.of("amount_several", what=what)
    amount = money[0]
    if amount.problem:
        return None, amount.problem
    assert amount.value is not None
    problem = check_monthly(amount.value, what, amount.explicit)
    if problem:
        return None, problem
    return amount.value, None
