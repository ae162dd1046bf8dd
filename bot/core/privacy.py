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
