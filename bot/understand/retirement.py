"""Up to retirement with no target age typed ("lahir 1995 gaji 6jt simulasi jht sampai
pensiun", "umur 30 gaji 6jt, jp sampai pensiun dapat brp"): the age now is kept with the
request, and the calculator counts the years to the JHT or JP age of faq/rates.yaml
(bot/calc/retirement.py). "pas pensiun" / "at retirement" (calc-cues `at_words`) is read as
"sampai pensiun". A target age typed ("sampai umur 58") is read by counts.py."""

from __future__ import annotations

from bot.understand.counts import age_now, pension_from_age, years_to_age
from bot.understand.cues import Cues
from bot.understand.reading import alt, rule
from bot.understand.request import CalcRequest


def to_retirement(req: CalcRequest, low: str, kinds: set[str], cues: Cues) -> set[str]:
    """The kinds asked, after JP to a target age (`pension_from_age`) and the age now kept
    (`req.age_now`) for a JHT balance or a JP pension asked "sampai pensiun" with an age or a
    birth year and a figure asked: the JHT balance then, or the pension (no contribution)."""
    kinds = pension_from_age(req, low, kinds, cues)
    if req.months or not (rule(cues, "until_retirement").search(low)
                          or cues.pattern("at_retirement", _at_retirement).search(low)) \
            or years_to_age(low, cues) or (age := age_now(low, cues)) is None:
        return kinds
    programs = set(req.programs)
    # a figure asked with no contribution word, or a pension / balance word ("saya umur 30
    # kerja sampai pensiun, iuran jht brp" asks the contribution)
    asked = cues.asks_figure(low) and "contribution" not in kinds
    if "JP" in programs and "JHT" not in programs \
            and (asked or kinds & {"pension", "benefit_verbs", "projection"}):
        req.age_now = age
        return (kinds - {"contribution"}) | {"pension"}
    balance = cues.has("roles", "balance", low)
    if ("JHT" in programs or balance) and "JP" not in programs \
            and (asked or balance or "projection" in kinds):
        req.age_now = age
        return (kinds - {"contribution"}) | {"projection"}
    return kinds


def _at_retirement(c: Cues) -> str:  # "jht pas pensiun", "balance at retirement"
    return (rf"\b{alt(c, 'at_words')}\s+(?:{alt(c, 'until_fillers')}\s+)?"
            rf"{alt(c, 'retirement_words')}\b")
