"""A birth year typed where an age is meant: "sy lahir 1991", "kelahiran 1985", "lahir
12-05-1990", "born in 1992" is the age reached this year, written after it as "umur N" so the
age readings (ages beside the pay, the years to a target age) read it as they read "umur N".
The words are calc-cues `reading` birth_words."""

from __future__ import annotations

from datetime import date

from bot.understand.counts import SELF_AGE_MAX, SELF_AGE_MIN
from bot.understand.cues import Cues
from bot.understand.reading import alt


def _pattern(cues: Cues) -> str:
    # "lahir 1991", "lahir thn 1991", "lahir 12-05-1990", "lahir 17/08/1990", "born in 1992"
    return (rf"\b{alt(cues, 'birth_words')}\s*:?\s+(?:(?:thn|tahun|th|in|pada)\s+)?"
            r"(?:\d{1,2}[-/.]\d{1,2}[-/.])?(?P<year>(?:19|20)\d\d)\b")


def with_birth_ages(low: str, on: date, cues: Cues) -> str:
    """`low` with "umur N" after each birth year whose age this year is a working age."""
    def age(m) -> str:
        years = on.year - int(m.group("year"))
        return f"{m.group(0)} umur {years}" if SELF_AGE_MIN <= years <= SELF_AGE_MAX \
            else m.group(0)
    return cues.pattern("birth_year", _pattern).sub(age, low)
