"""Answers as people type them: a birth date in any everyday form, the one number (NIK, phone)
in a sentence, a name without its lead-in.

The words (months, labels, corrections, lead-ins) are data: data/answer_words.yaml. Month names
also match by their letters in order ("agst", "mrt") and with a small typo ("agusuts"). A part
written after a correction word ("17 agustus 1985 eh salah 1986") replaces the same part before
it. Nothing here logs: the inputs are personal data.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz.distance import OSA

from bot.registration.answer_words import AnswerWords, answer_words
from bot.registration.validators import Invalid
from bot.understand.abbreviations import in_order
from bot.understand.amounts import NUMBER_WORDS, spelled_number

_TOKEN_RE = re.compile(r"'\d{2}(?!\d)|\d+|[^\W\d_]+")
_PARTS = ("day", "month", "year")
_MARK = " \x00 "  # stands for a correction word once found


class Incomplete(Invalid):
    """A date with a part missing ("17 agustus"): the flow keeps it and reads the next message
    together with it, so what was given is not lost."""


def _low(text: str) -> str:
    """Lower case without accents: Javanese spellings of the months ("Mèi", "Sèptèmber")."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFKC", bare).lower().replace("’", "'").replace("`", "'")


def _mark_corrections(low: str, words: AnswerWords) -> str:  # any case
    """Every correction word or phrase replaced by the marker."""
    for phrase in sorted(words.corrections, key=len, reverse=True):
        low = re.sub(rf"(?<![^\W_]){re.escape(phrase)}(?![^\W_])", _MARK, low, flags=re.I)
    return low


# ------------------------------------------------------------------ months
def month_of(word: str, words: AnswerWords | None = None) -> int | None:
    """The month a word names: listed, an abbreviation in order ("agst"), or a small typo."""
    words = words or answer_words()
    if word in words.months:
        return words.months[word]
    if (single := re.sub(r"(.)\1+", r"\1", word)) in words.months:
        return words.months[single]  # "meii", "agustuss"
    if len(word) < 3 or word in words.not_months or not word.isalpha():
        return None
    names = [n for n in words.months if len(n) >= 4]
    if len(word) <= 5:
        found = {words.months[n] for n in names if n[0] == word[0] and in_order(word, n)}
        if len(found) == 1:
            return found.pop()
    if len(word) >= 4:
        limit = 1 if len(word) <= 5 else 2
        best = min(OSA.distance(word, n) for n in names)
        found = {words.months[n] for n in names if OSA.distance(word, n) == best}
        if best <= limit and len(found) == 1:
            return found.pop()
    return None


# ------------------------------------------------------------------ dates
@dataclass
class _Num:
    value: int
    digits: str
    label: str | None = None
    year_like: bool = False
    at: int = 0


@dataclass
class _Found:
    """The numbers and month words of one stretch of text, in order."""

    nums: list[_Num] = field(default_factory=list)
    months: list[tuple[int, int]] = field(default_factory=list)  # (position, month)
    unknown: list[tuple[int, str]] = field(default_factory=list)


def _scan(text: str, words: AnswerWords) -> _Found:
    tokens = _TOKEN_RE.findall(text)
    found, label, i = _Found(), None, 0
    while i < len(tokens):
        token, at = tokens[i], i
        j = i
        while j < len(tokens) and tokens[j] in NUMBER_WORDS:
            j += 1
        spelled = spelled_number(tokens[i:j]) if j > i else None
        if spelled is not None:
            if label != "skip":
                found.nums.append(_Num(spelled, str(spelled), label, spelled > 31, at))
            label, i = None, j
            continue
        i += 1
        if label == "skip" and token.isdigit():
            label = None  # "umur 41", "jam 10": not a part of the date
            continue
        if token.startswith("'"):
            found.nums.append(_Num(int(token[1:]), token[1:], "year", True, at))
        elif token.isdigit():
            found.nums.append(_Num(int(token), token, label, len(token) == 4
                                   or int(token) > 31, at))
        elif token in words.date_labels:
            label = words.date_labels[token]
            continue
        elif (month := month_of(token, words)) is not None:
            found.months.append((at, month))
        else:
            found.unknown.append((at, token))
        label = None
    return found


def _assign(found: _Found) -> dict[str, _Num | int]:
    """day / month / year from what one stretch holds; raises Invalid when it is ambiguous."""
    parts: dict[str, _Num | int] = {}
    for num in found.nums:
        if num.label:
            if num.label in parts:
                raise Invalid("date_format")
            parts[num.label] = num
    if len({m for _, m in found.months}) > 1 or (found.months and "month" in parts):
        raise Invalid("date_format")
    if found.months:
        parts["month"] = found.months[0][1]
    free = [n for n in found.nums if not n.label]
    if len(free) == 1 and not parts and len(free[0].digits) in (6, 8):
        return _compact(free[0].digits)
    if not found.months and len(free) == 3 and free[0].year_like and len(free[0].digits) == 4:
        free = [free[2], free[1], free[0]]  # 1985-08-17
    years = [n for n in free if n.year_like]
    if "year" not in parts and len(years) == 1:
        parts["year"] = years[0]
        free.remove(years[0])
    elif len(years) > 1 and "month" in parts:
        raise Invalid("date_format")
    for slot in _PARTS:
        if slot not in parts and free:
            parts[slot] = free.pop(0)
    if free:
        raise Invalid("date_format")
    day, month = parts.get("day"), parts.get("month")
    if isinstance(day, _Num) and isinstance(month, _Num) and month.value > 12 >= day.value:
        parts["day"], parts["month"] = month, day  # 8/17/1985: month first
    return parts


def _compact(digits: str) -> dict[str, _Num | int]:
    """17081985, 170885 (day month year, as in a NIK), or 19850817."""
    if len(digits) == 8 and not 1 <= int(digits[2:4]) <= 12 and 1 <= int(digits[4:6]) <= 12:
        digits = digits[6:] + digits[4:6] + digits[:4]
    year = digits[4:]
    return {"day": _Num(int(digits[:2]), digits[:2]), "month": _Num(int(digits[2:4]), digits[2:4]),
            "year": _Num(int(year), year, year_like=True)}


def _value(part: _Num | int) -> int:
    return part.value if isinstance(part, _Num) else part


def _full_year(num: _Num | int, today: date) -> int:
    if not isinstance(num, _Num) or len(num.digits) == 4:
        return _value(num)
    if len(num.digits) != 2:
        raise Invalid("date_format")
    year = 2000 + num.value
    return year if year <= today.year else year - 100


def read_date(text: str, today: date, words: AnswerWords | None = None,
              base: date | None = None) -> date:
    """A date as typed: 17-08-1985, 17 agst '85, Aug 17 1985, tgl 17 bln 8 thn 1985,
    tujuh belas agustus 1985, Bandung, 17-08-1985; a later correction replaces its part, also
    of `base` (the date given before: "eh salah, tahunnya 1986")."""
    words = words or answer_words()
    stretches = _mark_corrections(_low(text), words).split(_MARK.strip())
    parts: dict[str, _Num | int] = {}
    if base is not None:
        parts = {"day": base.day, "month": base.month,
                 "year": _Num(base.year, str(base.year), year_like=True)}
    seen_any = False
    for stretch in stretches:
        found = _scan(stretch, words)
        if not found.nums and not found.months:
            continue
        seen_any = True
        mine = _assign(found)
        if len(mine) == 3:
            parts = mine
        else:
            parts.update(mine)
    if not seen_any:
        raise Invalid("date_format")
    missing = [p for p in _PARTS if p not in parts]
    if missing:
        found = _scan(stretches[0], words)
        if missing == ["month"] and found.unknown and len(found.nums) >= 2:
            raise Invalid("date_month", name=found.unknown[0][1])
        year = parts.get("year")
        if "month" in parts or len(parts) >= 2 or (
                isinstance(year, _Num) and len(year.digits) == 4):
            raise Incomplete("date_missing", part=missing[0])  # kept for the next message
        raise Invalid("date_format")
    try:
        return date(_full_year(parts["year"], today), _value(parts["month"]),
                    _value(parts["day"]))
    except ValueError:
        raise Invalid("date_unreal") from None


# ------------------------------------------------------------------ numbers (NIK, phone)
_LOOKALIKE = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"})
_NUMBER_TOKEN_RE = re.compile(r"[+(]?[\dOoIl|][\dOoIl|().\-]*")


def pick_number(text: str, fits: Callable[[str], bool], words: AnswerWords | None = None,
                first: bool = False) -> str:
    """The one number in the text, words around it dropped ("nik: 3273 ...", "wa 0812-...
    aktif"); O and l typed for 0 and 1 inside a number are read as digits. After a correction
    word, the last number; with several numbers, the only one that `fits` (`first`: the first
    that fits, as with two phone numbers given). A number glued to other letters ("0812abc") is
    returned as typed, so the check explains it."""
    words = words or answer_words()
    marked = _mark_corrections(text.replace("\x00", ""), words)
    marked = re.sub(r"[,;/&]", " \x01 ", marked)  # "0812... / 0813...": two numbers
    groups: list[tuple[str, bool]] = []
    current: list[str] = []
    corrected = False
    for token in re.split(r"[\s:=]+", marked):
        core = token.strip("!?\"'*")
        if core == "\x00":
            corrected = True
        if core and any(ch.isdigit() for ch in core) and _NUMBER_TOKEN_RE.fullmatch(core):
            current.append(core.translate(_LOOKALIKE))
            continue
        if core and any(ch.isdigit() for ch in core):
            return text  # digits glued to letters: not read as a number
        if current:
            groups.append(("".join(current), corrected))
            current = []
    if current:
        groups.append(("".join(current), corrected))
    if not groups:
        return text
    if corrected and any(after for _, after in groups):
        return groups[-1][0]
    if len(groups) == 1:
        return groups[0][0]
    fitting = [g for g, _ in groups if fits(g)]
    if len(fitting) == 1 or (first and fitting):
        return fitting[0]
    raise Invalid("one_number")


def words_before_correction(text: str, words: AnswerWords | None = None) -> str | None:
    """What the text says before its first correction word ("oops" in "oops i mean 1990");
    None when it holds none."""
    marked = _mark_corrections(text.replace("\x00", ""), words or answer_words())
    head, mark, _ = marked.partition(_MARK.strip())
    return head if mark else None


def has_correction(text: str, words: AnswerWords | None = None) -> bool:
    """Whether the text holds a correction word ("eh salah", "maksudnya")."""
    return words_before_correction(text, words) is not None


def after_correction(text: str, words: AnswerWords | None = None) -> str:
    """What follows the last correction word ("Budi Santosa, eh maksud saya Budi Santoso"),
    or the whole text when nothing follows one."""
    parts = _mark_corrections(text, words or answer_words()).split(_MARK.strip())
    if len(parts) == 1:
        return text
    return next((p.strip(" ,.:;-") for p in reversed(parts) if p.strip(" ,.:;-")), text)


# ------------------------------------------------------------------ names
def strip_name(text: str, words: AnswerWords | None = None) -> str:
    """'nama saya Siti Aminah', 'Nama sesuai KTP: DEWI', 'Bu Siti', 'Budi pak' -> the name."""
    words = words or answer_words()
    name = " ".join(unicodedata.normalize("NFKC", text).split()).strip(" :,-")
    name = _without_greeting(name, words)  # "pagi kak, Sri Wahyuni"
    changed = True
    while changed:
        changed = False
        low = name.lower()
        for lead in words.name_leads:
            if low.startswith(lead) and len(low) > len(lead) and low[len(lead)] in " :,-":
                name, changed = name[len(lead):].lstrip(" :,-"), True
                break
    parts = name.split()
    while len(parts) > 1 and parts[0].lower().rstrip(".,") in words.name_address:
        parts.pop(0)
    while len(parts) > 1 and parts[-1].lower().strip(".,!") in words.name_address:
        parts.pop()
    name = " ".join(parts).rstrip(",!")
    if name.endswith(".") and len(parts[-1]) > 4 and "." not in parts[-1][:-1]:
        name = name[:-1]  # a full stop after the name, not an initial ("M.")
    return name


def _without_greeting(name: str, words: AnswerWords) -> str:
    """A name without a greeting set off before it by a comma or a form of address ("pagi kak,
    Sri Wahyuni", "Assalamualaikum, Budi"); "Pagi Santoso" is a name as typed."""
    greeting = "|".join(re.escape(p) for p in words.not_names)
    address = "|".join(re.escape(a) for a in sorted(words.name_address, key=len, reverse=True))
    found = re.match(rf"(?:(?:{greeting})\b[\s!]*)+(?:(?:{address})\b\s*)*[,.!]\s*|"
                     rf"(?:(?:{greeting})\b\s*)+(?:{address})\b[\s,.!]*", name, re.I)
    rest = name[found.end():] if found else ""
    return rest if rest and not no_name(rest, words) else name


def no_name(name: str, words: AnswerWords | None = None) -> bool:
    """Whether every word of a name is one that is no name: a greeting, an acknowledgement, a
    command ("halo", "ok siap", "menu", "good morning"; answer_words.yaml not_names)."""
    words = words or answer_words()
    said = " ".join(re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", name.casefold()))
    alternatives = "|".join(re.escape(phrase) for phrase in words.not_names)
    return bool(said) and re.fullmatch(rf"(?:(?:{alternatives})(?: |$))+", said) is not None
