"""A value typed together with the one its step asks for, taken too when its own step comes
next: the birth date with the NIK ("NIK 3201..., lahir 17-08-1990"). Only inside the
pre-registration the user consented to; nothing here logs (the texts are personal data)."""

from __future__ import annotations

import contextlib
import re
from datetime import date

from bot.registration.typed import read_date
from bot.registration.validators import Invalid, check_birth_date, nik_matches_birth_date


def date_beside(text: str, number: str, today: date) -> date | None:
    """A whole date typed beside a number, read from the text without that number's digits
    (spaced, dotted or dashed as typed); None when there is none."""
    rest = re.sub(r"[\s.\-]*".join(number), " ", text, count=1)
    try:
        return read_date(rest, today)
    except Invalid:  # Incomplete too ("lahir 17 agustus"): no whole date
        return None


def born_with_nik(nik: str, text: str, today: date) -> date | None:
    """The birth date typed with the NIK when it is a valid one and the NIK carries it; a date
    the NIK does not carry is left for the birth-date step (which of the two is wrong is not
    known), as is one out of the age bounds (that step explains why)."""
    born = date_beside(text, nik, today)
    with contextlib.suppress(Invalid):
        if born is not None and nik_matches_birth_date(nik, check_birth_date(born, today)):
            return born
    return None
