"""Masking of personal data (user ids, NIK, phone numbers, names) for logs and staff views."""

from __future__ import annotations

import re


def mask_user(user_id: str) -> str:
    """Log-safe user reference: keeps the last 4 characters only."""
    return f"***{user_id[-4:]}" if len(user_id) > 4 else "***"


def mask_digits(value: str, keep: int = 4) -> str:
    """'3273011708900001' -> '************0001'; for logs and staff listings."""
    digits = re.sub(r"\D", "", value)
    if len(digits) <= keep:
        return "*" * len(digits)
    return "*" * (len(digits) - keep) + digits[-keep:]


def mask_phone(phone: str) -> str:
    """'+6281234567890' -> '+62*******7890'."""
    digits = re.sub(r"\D", "", phone)
    if digits.startswith("62"):
        return "+62" + mask_digits(digits[2:])
    return mask_digits(digits)


def mask_name(name: str) -> str:
    """'Siti Wahyuni' -> 'S*** W******': each word's first letter, enough to match a call."""
    return " ".join(word[0] + "*" * (len(word) - 1) for word in name.split())


# A run of 8+ digits, optionally split by spaces, dots, dashes or slashes: a NIK, phone number,
# KPJ/account number or a date of birth. Money written with thousands dots (10.000.000) is kept:
# staff need the amounts to see which calculations users tried.
_NUMBER_RUN_RE = re.compile(r"\+?\d(?:[\s./-]?\d){7,}")
_MONEY_RE = re.compile(r"\d{1,3}(?:\.\d{3})+")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
# A date written with the month in words ("17 Agustus 1990", "17 agt 90"): a birth date.
_MONTHS = r"jan|feb|mar|apr|mei|may|jun|jul|agu|ags|agt|aug|sep|okt|oct|nov|des|dec"
# A date in numbers with parts too short to make an 8-digit run ("17-8-1990", "17/08/90").
_DATE_NUMBERS_RE = re.compile(r"(?<![\d.,/-])\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})"
                              r"(?![\d/-]|[.,]\d)")
_DATE_WORDS_RE = re.compile(rf"\b\d{{1,2}}\s*(?:{_MONTHS})[a-z]*\.?\s*'?\d{{2,4}}\b",
                            re.IGNORECASE)


# A name given after its introduction ("nama saya Budi Santoso", "atas nama Siti", "my name is
# John Smith", a form's "Nama: Siti Aminah"): the letter words after it, at most MAX_NAME_WORDS,
# up to a comma or a digit or a word the question goes on with (NAME_ENDS: "nama saya tidak
# terdaftar" gives no name).
_NAME_INTRO_RE = re.compile(r"\b(?:nama\s*(?:saya|sy|aku|ku|gue|gw|lengkap(?:\s+saya)?)|atas\s+nama"
                            r"|a\.n\.?|my\s+name\s+is|(?:nama|name)(?=\s*:))"
                            r"(?:\s*:\s*|\s+adalah\s+|\s+)", re.IGNORECASE)
_NAME_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*[ \t]*")
MAX_NAME_WORDS = 4
NAME_ENDS = frozenset({
    "mau", "ingin", "pengen", "pgn", "mo", "dari", "dr", "di", "umur", "usia", "nik", "no",
    "nomor", "hp", "wa", "lahir", "tanya", "nanya", "bertanya", "mohon", "izin", "ijin", "minta",
    "kerja", "bekerja", "peserta", "pekerja", "karyawan", "sudah", "udah", "udh", "sdh", "dah",
    "belum", "blm", "yang", "yg", "dan", "dengan", "dgn", "tidak", "tdk", "ga", "gak", "nggak",
    "bukan", "salah", "beda", "berbeda", "sama", "ganti", "berubah", "tapi", "tp", "kok",
    "tinggal", "asal", "and", "i", "im", "from", "want", "would", "my", "is", "was", "am", "but",
    "not"})


def _names_masked(text: str) -> str:
    """The text with each introduced name as [nama]."""
    kept, last = [], 0
    for intro in _NAME_INTRO_RE.finditer(text):
        if intro.start() < last:
            continue
        end = pos = intro.end()
        for _ in range(MAX_NAME_WORDS):
            word = _NAME_WORD_RE.match(text, pos)
            if word is None or word.group().strip().lower().rstrip(".") in NAME_ENDS:
                break
            end, pos = pos + len(word.group().rstrip()), word.end()
        if end > intro.end():
            kept += [text[last:intro.end()], "[nama]"]
            last = end
    return "".join(kept) + text[last:]


# A name given without "nama": "saya Siti Aminah mau tanya", "bapak saya Slamet meninggal",
# "I'm John Smith". Indonesian writes no common noun with a capital, so only Capitalised words
# count (not "saya mau", not an acronym, "Saya BPU"), and not in a message Typed Like This.
_SELF_INTRO_RE = re.compile(r"\b(?i:saya|sy|aku|gue|gw|i'm|i’m|i\s+am)\s+(?=[A-Z][a-z])")
_TITLES = frozenset({"ibu", "bu", "bapak", "pak", "mas", "mbak", "kak", "admin", "min", "rp"})
_CAPITALISED_RE = re.compile(r"[A-Z][a-z'’-]+(?=[\s,.;:!?)]|$)")


def _self_named_masked(text: str) -> str:
    """The text with a Capitalised name right after "saya" / "I'm" as [nama]."""
    words = re.findall(r"[^\W\d_]+", text)
    if len(words) > 3 and 2 * sum(w.istitle() for w in words) > len(words):
        return text  # Every Word Capitalised: capitals tell nothing
    kept, last = [], 0
    for intro in _SELF_INTRO_RE.finditer(text):
        end = pos = intro.end()
        for _ in range(MAX_NAME_WORDS):
            word = _CAPITALISED_RE.match(text, pos)
            if word is None or word.group().lower() in NAME_ENDS | _TITLES:
                break
            end = word.end()
            pos = len(text) - len(text[end:].lstrip(" "))
        if end > intro.end():
            kept += [text[last:intro.end()], "[nama]"]
            last = end
    return "".join(kept) + text[last:]


def redact(text: str, extra_patterns: tuple[str, ...] = ()) -> str:
    """Mask personal numbers, dates in words, e-mail addresses and introduced names
    (`extra_patterns` first)."""

    def mask(match: re.Match[str]) -> str:
        raw = match.group(0)
        if _MONEY_RE.fullmatch(raw):
            return raw
        digits = re.sub(r"\D", "", raw)
        return f"***{digits[-4:]}"

    for pattern in extra_patterns:
        text = re.sub(pattern, "[secret]", text)
    text = _DATE_WORDS_RE.sub("[tanggal]", _EMAIL_RE.sub("[email]", text))
    text = _DATE_NUMBERS_RE.sub("[tanggal]", _NUMBER_RUN_RE.sub(mask, text))
    return _self_named_masked(_names_masked(text))
