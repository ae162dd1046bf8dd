"""Rewrite everyday amount forms into ones `amounts.find_amounts` reads, before reading.

"4jt500" and "5 juta 500" mean 4,5 and 5,5 juta; "4 koma 5 juta" and "4 1/2 juta" are 4,5
juta; "IDR 4.5m" is 4,5 juta (English "m" = million, while Indonesian "M" = miliar stays as it
is, but "salary 9m" is 9 million in any message); "the 14th month" is "month number 14", no
14 years; "Rp-5.000" is a negative amount (asked back), not Rp5.000. The result is lower case
with single spaces, so positions found in it are positions in the text the reader works on.
"""

from __future__ import annotations

import re

_SPACES_RE = re.compile(r"\s+")
# (?<!\d): a match never starts inside a run of digits (the same matches, but a 4096-digit
# message is read in one pass, not in ~1 s of backtracking)
_KOMA_RE = re.compile(r"(?<!\d)(\d+)\s*koma\s*(\d+)")
# "4jt500", "5 juta 500", "4jt5": the digits after the scale word are the fraction of a juta,
# unless a ribu scale or more digits follow ("5 juta 500 ribu" is handled below).
_JT_FRACTION_RE = re.compile(
    r"(?<![\d.,])(\d{1,3})\s*(jt|juta)\s*(\d{1,3})(?![\d.,]|\s*(?:rb|ribu|rebu|k|%|persen|jt|juta"
    r"|tahun|thn|th|bulan|bln|orang|org|karyawan|hari)\b)")
_JT_RIBU_RE = re.compile(r"(?<![\d.,])(\d{1,3})\s*(?:jt|juta)\s*(\d{1,3})\s*(?:rb|ribu|rebu|k)\b")
_IDR_M_RE = re.compile(r"\b(?:idr|usd)\s*(\d+(?:[.,]\d+)?)\s*(?:m|mn|mio|million)\b")
_MILLION_RE = re.compile(r"(?<!\d)(\d+(?:[.,]\d+)?)\s*(?:mio|million|mn)\b")
_BILLION_RE = re.compile(r"(?<!\d)(\d+(?:[.,]\d+)?)\s*(?:billion|bn)\b")  # "2 billion": miliar
# In an English message a bare "8m" / "8.5m" is 8 / 8,5 million (in Indonesian "M" = miliar).
# "30 mil", "4.5 mill" are English shorthands of million too.
_EN_M_RE = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s*(?:m|mil|mill)\b")
# After an English wage word, "salary 9m" / "my wage is 7.5 mil" is millions whatever the
# message's language ("payslip: salary 9m, jht 180k" reads as Indonesian): 9 miliar is no
# monthly wage, and the result names the wage it read.
_EN_WAGE_M_RE = re.compile(r"\b((?:salary|salaries|wages?|income|earnings?|pay)\b"
                           r"(?:\s+(?:is|was|of|about|around|only|just))*\s*:?\s*)"
                           r"(\d+(?:[.,]\d+)?)\s*(?:m|mil|mill)\b")
# "the 14th month", "15th month": a month's number ("14th" alone stays "14 th", 14 years)
_ORDINAL_MONTH_RE = re.compile(r"(?<![\d.,])(\d{1,3})(?:st|nd|rd|th) (months?|bulan)\b")
# "gaji 4, 5 dan 6 juta", "salaries 4, 5 and 6 million": each number takes the last scale
_SEP = r"(?:\s*,\s+|\s*,?\s+(?:dan|and|&|atau|or)\s+)"
# At most MAX_LIST items before the scale word: a list of wages is short, and an unbounded
# repeat made a 4096-character "1, 1, ... jt" cost ~0.3 s of backtracking.
MAX_LIST = 30
_LIST_SCALE_RE = re.compile(rf"(?<![\d.,])((?:\d{{1,3}}(?:[.,]\d{{1,2}})?{_SEP}){{1,{MAX_LIST}}})"
                            r"(\d{1,3}(?:[.,]\d{1,2})?)\s*(juta|jt)\b")
_LIST_NUM_RE = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?(?=" + _SEP + ")")
_ALTERNATIVE_RE = re.compile(r"\b(?:atau|or)\b")
_RANGE_WORD_RE = re.compile(r"\b(?:antara|kisaran|between|range)\s*$")
_RP_NEG_RE = re.compile(r"\brp\.?\s*-\s*(?=\d)")
_IDR_RE = re.compile(r"\bidr\.?\s*(?=\d)")
_SLASH_RE = re.compile(r"(?<=[a-z0-9])/(?=[a-z])")
# "Rp 3 500 000", "gaji 4 250 000": thousands grouped with spaces. After Rp one group is enough;
# after a wage word two are needed, so "3 500rb" or a code like "kpj 12 345" stays apart.
_SPACED_RP_RE = re.compile(r"(\brp\.?\s*)(\d{1,3}(?: \d{3})+)(?!\d|[.,]\d)")
_SPACED_WAGE_RE = re.compile(r"(\b(?:gaji\w*|gajih|upah|penghasilan|pendapatan|salary|wage|income"
                             r"|sebesar)\s*:?\s*)(\d{1,3}(?: \d{3}){2,})(?!\d|[.,]\d)")
# "telat sebulan", "nunggak (iuran) setahun": one month / one year late, not an amount per month
_LATE_ONE_RE = re.compile(r"\b(telat|terlambat|nunggak|menunggak|tunggakan|keterlambatan)"
                          r"(\s+(?:(?:bayar\s+)?iuran(?:nya)?\s+|bayar\s+)?)se(bulan|tahun)\b")
# "20 more years", "6 more months": the count before its unit (same length: positions stay)
_MORE_UNIT_RE = re.compile(r"(?<![\d.,])(\d{1,3}) more (years?|months?)\b")
# "4 1/2 juta", "2 1/2 jt": a half written as a fraction
_HALF_RE = re.compile(r"(?<![\d.,/])(\d{1,3})\s+1/2\s*(juta|jt|ribu|rb)\b")
# "4½ jt": the half sign after digits
_HALF_SIGN_RE = re.compile(r"(?<=\d)\s*½")
# "3 jt setengah", "4 juta setengah": and a half
_JT_HALF_RE = re.compile(r"(?<![\d.,])(\d{1,3})\s*(juta|jt)\s+setengah\b")
# "3 setengah jt", "2 setengah juta": digits and a half before the scale
_DIGIT_HALF_RE = re.compile(r"(?<![\d.,])(\d{1,3})\s+setengah\s*(juta|jt|ribu|rb)\b")
_WORDS_HALF_RE = re.compile(r"\b(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh"
                            r"|sebelas|belas|puluh)\s+(?:juta|jt)\s+setengah\b")
# "lima jt", "tiga ratus rb": a number in words with an abbreviated scale
_WORD_ABBR_RE = re.compile(r"\b(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh"
                           r"|sebelas|belas|puluh|ratus|setengah)\s*(jt|rb)\b")
# "nunggak setengah tahun": six months; not after a number ("2 setengah tahun", "dua setengah
# tahun" are left as they were)
# (?<!\S): the word before starts at a word's start; without it every position inside a long
# word tried the rest of the word (a 4096-character word cost ~0.3 s).
_HALF_YEAR_RE = re.compile(r"(?P<before>(?<!\S)\S+\s+)?\bsetengah\s+(?:tahun|thn|taun)\b")
# "3 tahun setengah", "setahun setengah", "2 setengah tahun": years and a half, in months
_YEARS_HALF_RE = re.compile(r"(?<![\d.,])(?:(?P<n>\d{1,2})\s*(?:tahun|thn|th|taun)\s+setengah"
                            r"|(?P<m>\d{1,2})\s+setengah\s+(?:tahun|thn|taun)|setahun\s+setengah)\b")
_NUMBER_BEFORE_RE = re.compile(r"(?:\d|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan"
                               r"|sepuluh|sebelas|belas|puluh)\s+$")
# "3 jutaan", "5jtan", "500 ribuan": about that amount; read as the amount itself
_ABOUT_RE = re.compile(r"(\d)\s*(juta|jt|ribu|rb)an\b")


def prepare(text: str, lang: str = "id") -> str:
    """Lower case, single spaces, and the amount forms above rewritten; `lang` "en" reads a
    bare "m" as million."""
    low = _SPACES_RE.sub(" ", text.lower()).strip()
    low = _SLASH_RE.sub(" /", low)  # "150rb/hari": the period word stands alone
    low = _KOMA_RE.sub(r"\1,\2", low)
    low = _HALF_SIGN_RE.sub(",5", low)
    low = _HALF_RE.sub(r"\1,5 \2", low)
    low = _JT_HALF_RE.sub(r"\1,5 \2", low)
    low = _DIGIT_HALF_RE.sub(r"\1,5 \2", low)
    low = _WORDS_HALF_RE.sub(r"\1 setengah juta", low)  # "empat juta setengah"
    low = _WORD_ABBR_RE.sub(lambda m: f"{m.group(1)} {'juta' if m.group(2) == 'jt' else 'ribu'}",
                            low)
    for spaced in (_SPACED_RP_RE, _SPACED_WAGE_RE):
        low = spaced.sub(lambda m: m.group(1) + m.group(2).replace(" ", "."), low)
    low = _LATE_ONE_RE.sub(r"\1\g<2>1 \3", low)  # same length: positions stay
    low = _YEARS_HALF_RE.sub(lambda m: f"{int(m.group('n') or m.group('m') or 1) * 12 + 6} bulan",
                             low)
    low = _HALF_YEAR_RE.sub(_half_year, low)
    low = _ABOUT_RE.sub(r"\1 \2", low)
    low = _MORE_UNIT_RE.sub(r"\1 \2 more", low)
    low = _JT_RIBU_RE.sub(lambda m: f"{m.group(1)},{int(m.group(2)):03d} juta", low)
    low = _JT_FRACTION_RE.sub(lambda m: f"{m.group(1)},{m.group(3)} juta", low)
    low = _IDR_M_RE.sub(lambda m: f"rp {m.group(1).replace('.', ',')} juta", low)
    low = _MILLION_RE.sub(lambda m: f"{m.group(1).replace('.', ',')} juta", low)
    low = _BILLION_RE.sub(lambda m: f"{m.group(1).replace('.', ',')} miliar", low)
    low = _ORDINAL_MONTH_RE.sub(r"month number \1", low)
    low = _EN_WAGE_M_RE.sub(lambda m: f"{m.group(1)}{m.group(2).replace('.', ',')} juta", low)
    if lang == "en":
        low = _EN_M_RE.sub(lambda m: f"{m.group(1).replace('.', ',')} juta", low)
    low = _LIST_SCALE_RE.sub(_scale_list, low)
    low = _RP_NEG_RE.sub("-rp ", low)
    low = _IDR_RE.sub("rp ", low)
    return low


def _half_year(m: re.Match) -> str:
    before = m.group("before") or ""
    return m.group(0) if _NUMBER_BEFORE_RE.search(before) else f"{before}6 bulan"


def _scale_list(m: re.Match) -> str:
    if _RANGE_WORD_RE.search(m.string[max(0, m.start() - 12):m.start()]) \
            or _ALTERNATIVE_RE.search(m.group(1)):
        # "antara 5 dan 6 juta", "4 atau 5 juta": a range or a choice, asked back by the reader
        return m.group(0)
    scale = m.group(3)
    return _LIST_NUM_RE.sub(lambda n: f"{n.group(0)} {scale}", m.group(1)) \
        + f"{m.group(2)} {scale}"
