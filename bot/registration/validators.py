"""Checks and normalisation of what people type during the pre-registration.

Every check returns the normalised value or raises `Invalid` with the key of a short message
(templates/texts.html.j2) the flow shows before asking again. Nothing here logs: the inputs
are personal data.

Rules that are choices, not facts from the reference sheet:
- NIK (Permendagri layout): PP RR DD DDMMYY SSSS. PP must be one of the 38 province codes (the
  2022 Papua provinces included; older NIKs keep their old code, which is still in the list).
  RR is plausible when it is 01-59 (kabupaten) or 71-99 (kota); the current regency list is not
  used because a NIK keeps the code of the regency it was issued in, even after a split. The
  district part DD and the serial SSSS may not be all zeros. Women have 40 added to the day.
- Age: at least MIN_AGE (15, the general minimum working age in UU 13/2003) on the registration
  date. The BPU registration age limit exists but its value is UNCONFIRMED (facts sheet section
  6), so no upper limit is enforced; above the JP pension age the flow only adds a notice.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from bot.core.replies import Text

DATA_DIR = Path(__file__).resolve().parent / "data"
MIN_AGE = 15
MAX_AGE = 100  # above this the date is a typo, not a person looking for work protection
NAME_MIN, NAME_MAX = 2, 60
OCCUPATION_MIN, OCCUPATION_MAX = 3, 50
PLACE_MIN, PLACE_MAX = 3, 60

class Invalid(ValueError):
    """Bad input; `text` (a key of templates/texts.html.j2 and its values) says what is wrong,
    rendered in the reply language by the flow."""

    def __init__(self, key: str | Text, /, **params: object):
        self.text = key if isinstance(key, Text) else Text.of(key, **params)
        super().__init__(self.text.key)

    @property
    def key(self) -> str:
        return self.text.key


@lru_cache(maxsize=1)
def province_names() -> dict[str, str]:
    with (DATA_DIR / "provinces.csv").open(encoding="utf-8", newline="") as f:
        return {row["code"]: row["name"] for row in csv.DictReader(f)}


# ------------------------------------------------------------------ NIK
@dataclass(frozen=True)
class NikInfo:
    nik: str
    province_code: str
    day: int  # real day of birth (women's +40 removed)
    month: int
    year2: int  # two-digit year
    female: bool


def check_nik(text: str) -> NikInfo:
    nik = re.sub(r"[\s.\-]", "", text)
    if not nik.isdigit():
        raise Invalid("nik_digits_only")
    if len(nik) != 16:
        raise Invalid("nik_length", typed=len(nik))
    province, regency, district = nik[0:2], int(nik[2:4]), nik[4:6]
    if province not in province_names():
        raise Invalid("nik_province")
    if not (1 <= regency <= 59 or 71 <= regency <= 99) or district == "00":
        raise Invalid("nik_region")
    raw_day, month, year2 = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    female = raw_day > 40
    day = raw_day - 40 if female else raw_day
    if not (1 <= month <= 12 and 1 <= day <= 31) or not _real_day(day, month, year2):
        raise Invalid("nik_date")
    if nik[12:] == "0000":
        raise Invalid("nik_serial")
    return NikInfo(nik, province, day, month, year2, female)


def _real_day(day: int, month: int, year2: int) -> bool:
    # Either century must give a real date (29 Feb needs a leap year in one of them).
    for century in (1900, 2000):
        try:
            date(century + year2, month, day)
            return True
        except ValueError:
            continue
    return False


def nik_matches_birth_date(nik: str, born: date) -> bool:
    info = check_nik(nik)
    return (info.day, info.month, info.year2) == (born.day, born.month, born.year % 100)


# ------------------------------------------------------------------ dates (read in typed.py)
def age_on(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def check_birth_date(born: date, today: date) -> date:
    """A birth date read from the text (typed.read_date): not in the future, age in bounds."""
    if born > today:
        raise Invalid("dob_future")
    age = age_on(born, today)
    if age > MAX_AGE:
        raise Invalid("dob_too_old", max_age=MAX_AGE)
    if age < MIN_AGE:
        raise Invalid("dob_too_young", min_age=MIN_AGE)
    return born


# ------------------------------------------------------------------ phone
_PHONE_RE = re.compile(r"^\+628[1-9]\d{7,10}$")


def normalize_phone(text: str) -> str:
    """08.., +62.., 62.., with spaces, dots, dashes or brackets -> +628..."""
    raw = re.sub(r"[\s.\-()]", "", text)
    if raw.startswith("+"):
        digits = raw[1:]
        if not digits.isdigit():
            raise Invalid("phone_digits")
    else:
        digits = raw
        if not digits.isdigit():
            raise Invalid("phone_digits")
    if digits.startswith("00"):  # 0062...: the international prefix
        digits = digits[2:]
    if digits.startswith("620"):  # +62 0812...: the trunk 0 kept after the country code
        digits = "62" + digits[3:]
    if digits.startswith("0"):
        digits = "62" + digits[1:]
    elif digits.startswith("8"):
        digits = "62" + digits
    if not digits.startswith("62"):
        raise Invalid("phone_country")
    phone = "+" + digits
    if not _PHONE_RE.match(phone):
        raise Invalid("phone_format")
    return phone


# ------------------------------------------------------------------ names and free text
_NAME_RE = re.compile(r"^[^\W\d_]+(?:[ '.][^\W\d_]*)*$")
# Academic degrees after a comma, as on a KTP: ", S.Pd.", ", S.Kom", ", SE", ", Amd.Kep"
_DEGREES_RE = re.compile(
    r"(?:,\s*(?:(?:[A-Z][A-Za-z]{0,3}\.\s?)+(?:[A-Z][A-Za-z]{0,3})?|[A-Z]{2,4}))+\.?$")


def check_name(text: str) -> str:
    name = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()
    name = name.replace("’", "'").replace("`", "'")
    letters = sum(ch.isalpha() for ch in name)
    if any(ch.isdigit() for ch in name):
        raise Invalid("name_digits")
    if letters < NAME_MIN:
        raise Invalid("name_short")
    if len(name) > NAME_MAX:
        raise Invalid("name_long", max_chars=NAME_MAX)
    if not _NAME_RE.match(_DEGREES_RE.sub("", name)):
        raise Invalid("name_chars")
    return name


def check_place(text: str) -> str:
    """A place typed freely (not in the list): kept as given, within sane bounds."""
    place = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()
    if not (PLACE_MIN <= len(place) <= PLACE_MAX) or sum(c.isalpha() for c in place) < 3:
        raise Invalid("place_length", min_chars=PLACE_MIN, max_chars=PLACE_MAX)
    if re.search(r"[<>{}\[\]\\|@#$%^*=+~]", place):
        raise Invalid("place_chars")
    return place


def check_occupation(text: str) -> str:
    job = re.sub(r"\s+", " ", text).strip()
    if not (OCCUPATION_MIN <= len(job) <= OCCUPATION_MAX) or sum(c.isalpha() for c in job) < 3:
        raise Invalid("job_length", min_chars=OCCUPATION_MIN, max_chars=OCCUPATION_MAX)
    if re.search(r"[<>{}\[\]\\|@#$%^*=+~]", job):
        raise Invalid("job_chars")
    return job
