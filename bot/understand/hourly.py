"""A wage per hour with the hours worked a day typed ("per jam 30rb, 8 jam sehari", "hourly pay
40rb, 8 hours a day") is that many hours' pay a day: rewritten as a daily wage, which the reader
then makes monthly with the days typed or the usual days a month. Without the hours a day
nothing is rewritten (no hours are assumed). The words are data (faq/calc-cues.yaml `reading`:
hour_words, hour_units, per_day_words)."""

from __future__ import annotations

from itertools import pairwise

from bot.understand.amounts import find_amounts
from bot.understand.cues import Cues
from bot.understand.reading import rule

MAX_HOURS = 24
NEAR_BEFORE = 3  # "30rb/jam", "30rb per jam": the hour word right after the amount
NEAR_AFTER = 12  # "per jam 30rb", "hourly pay 40rb": the amount shortly after the hour word


def hourly_to_daily(low: str, cues: Cues) -> str:
    """`low` with an hourly wage and its hours a day written as a daily wage."""
    hours = rule(cues, "hours_a_day").search(low)
    per_hour = rule(cues, "per_hour").search(low)
    if not hours or not per_hour or not 0 < int(hours.group("h")) <= MAX_HOURS:
        return low
    money = [a for a in find_amounts(low) if a.kind == "money" and a.value and a.explicit
             and (0 <= per_hour.start() - a.end <= NEAR_BEFORE
                  or 0 <= a.start - per_hour.end() <= NEAR_AFTER)]
    if len(money) != 1 or money[0].value is None:
        return low
    amount = money[0]
    daily = f"rp{int(amount.value * int(hours.group('h'))):,}".replace(",", ".")
    edits = sorted([(amount.start, amount.end, daily), (*per_hour.span(), " sehari "),
                    (*hours.span(), " ")], reverse=True)
    if any(later[0] < earlier[1] for later, earlier in pairwise(edits)):
        return low  # overlapping pieces: not this reading
    for start, end, text in edits:
        low = low[:start] + text + low[end:]
    return low
