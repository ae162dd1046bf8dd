"""Masking of personal data (user ids, NIK, phone numbers) for logs and staff views."""

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


# A run of 8+ digits, optionally split by spaces, dots, dashes or slashes: a NIK, phone number,
# KPJ/account number or a date of birth. Money written with thousands dots (10.000.000) is kept:
# staff need the amounts to see which calculations users tried.
_NUMBER_RUN_RE = re.compile(r"\+?\d(?:[\s./-]?\d){7,}")
_MONEY_RE = re.compile(r"\d{1,3}(?:\.\d{3})+")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
# A date written with the month in words ("17 Agustus 1990", "17 agt 90"): a birth date.
_MONTHS = r"jan|feb|mar|apr|mei|may|jun|jul|agu|ags|agt|aug|sep|okt|oct|nov|des|dec"
_DATE_WORDS_RE = re.compile(rf"\b\d{{1,2}}\s*(?:{_MONTHS})[a-z]*\.?\s*'?\d{{2,4}}\b",
                            re.IGNORECASE)


def redact(text: str, extra_patterns: tuple[str, ...] = ()) -> str:
    """Mask personal numbers, dates in words and e-mail addresses (`extra_patterns` first)."""

    def mask(match: re.Match[str]) -> str:
        raw = match.group(0)
        if _MONEY_RE.fullmatch(raw):
            return raw
        digits = re.sub(r"\D", "", raw)
        return f"***{digits[-4:]}"

    for pattern in extra_patterns:
        text = re.sub(pattern, "[secret]", text)
    text = _DATE_WORDS_RE.sub("[tanggal]", _EMAIL_RE.sub("[email]", text))
    return _NUMBER_RUN_RE.sub(mask, text)
