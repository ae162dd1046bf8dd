"""A partial JHT claim worked out from a stated balance ("saldo jht 80jt, klaim 10% dapat brp",
"balance 75 million, take out 10%"): the shares typed (the calculator checks them against
faq/rates.yaml's 10% / 30%) and the membership years when told. Words: calc-cues
`reading.partial_claim_words` (and `partial_not_words`: "brp tahun", "syarat" stay the FAQ's);
a balance word is `roles.balance`."""

from __future__ import annotations

from decimal import Decimal

from bot.understand.amounts import Amount
from bot.understand.cues import Cues
from bot.understand.reading import alt, rule
from bot.understand.request import CalcRequest

MIN_BALANCE = Decimal(100_000)
ASK_MAX_WORDS = 8  # with no balance typed, only a short question asks it back (as bare.py)


def _claim_word(c: Cues) -> str:
    return rf"\b{alt(c, 'partial_claim_words')}"


def _not_word(c: Cues) -> str:
    return rf"\b{alt(c, 'partial_not_words')}\b"


def partial_claim(low: str, found: list[Amount], cues: Cues) -> CalcRequest | None:
    """The partial claim asked, or None: a share typed as a percent beside a claim word, the
    JHT or its balance named, and no wage word ("jht 5,7% dr gaji 4jt" is a projection); the
    balance is the money amount typed (none: the calculator asks it); a figure must be asked."""
    shares = sorted({int(a.value) for a in found if a.kind == "percent" and a.value
                     and 0 < a.value <= 100 and a.value == int(a.value)})
    if not shares or not cues.pattern("partial_claim", _claim_word).search(low) \
            or not (cues.spans("programs", "JHT", low) or cues.has("roles", "balance", low)) \
            or cues.pattern("partial_not", _not_word).search(low) \
            or (cues.has("roles", "wage", low) and not cues.has("roles", "balance", low)):
        return None
    if not cues.asks_figure(low) or rule(cues, "rule_ask").search(low):
        return None  # "jht 25jt mau ambil 10% boleh ga kalau baru 7 tahun": whether, the FAQ
    money = [a.value for a in found if a.kind == "money" and a.value is not None]
    if not money and (len(low.split()) > ASK_MAX_WORDS
                      or any(a.kind in ("years", "months") for a in found)):
        return None  # "...? Bisa. 30% bisa cair untuk DP rumah ...": a story, the FAQ
    years = [int(a.value) for a in found if a.kind == "years" and a.value]
    balance = max(money) if money else None
    if balance is not None and balance < MIN_BALANCE:
        return None
    return CalcRequest(kind="benefit", benefit="jht_partial", programs=["JHT"],
                       balance=str(balance) if balance is not None else None,
                       claim_shares=shares, months=years[0] * 12 if years else None)
