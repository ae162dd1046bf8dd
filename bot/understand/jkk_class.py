"""The JKK risk group a message names: "kelompok 2", "risiko sedang", "low-risk", a clinic."""

from __future__ import annotations

import re

from bot.understand.cues import Cues, literal_alt

# The level words are data: faq/calc-cues.yaml `numbered` (risk_levels, risk_levels_en)
# The words that name a JKK risk group ("kelompok 2", "jkk kelas 3")
GROUP_WORDS = r"kelompok|kel\.?|kelas|golongan|grup|group|risiko|resiko"
CLASS_NUM_RE = re.compile(rf"\b(?:{GROUP_WORDS})\s*(?P<n>[1-5]|i{{1,3}}|iv|v)\b")
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
RISK_RE = re.compile(r"risiko|resiko|risk|kelompok|jkk")


def _english(cues: Cues) -> str:
    """English puts the level before "risk": "low-risk company", "very high risk"."""
    return rf"\b(?P<level>{literal_alt(cues.numbered.get('risk_levels_en', ()))})[\s-]*risk\b"


def _level(words: str) -> str:
    """One Indonesian level word, with the risk word before it when there is one."""
    return rf"\b(?:risiko|resiko|risk)?\s*{re.escape(words)}\b"


def jkk_class_of(low: str, cues: Cues) -> tuple[int | None, bool, tuple[int, int] | None]:
    """(class, is_clinic, span of the words that set it) from 'risiko sedang', 'kelompok 2'..."""
    m = CLASS_NUM_RE.search(low)
    if m:
        raw = m.group("n")
        return (int(raw) if raw.isdigit() else ROMAN[raw]), False, m.span()
    en = cues.pattern("risk_levels_en", _english).search(low)
    if en:
        return cues.numbered["risk_levels_en"][en.group("level")], False, en.span()
    levels = cues.numbered.get("risk_levels", {})
    if RISK_RE.search(low):  # a level counts with risiko/kelompok/jkk: "gaji rendah" is no group
        for words in sorted(levels, key=lambda w: (-len(w), w)):  # "sangat rendah" before "rendah"
            m2 = cues.pattern(f"risk_level {words}", lambda _, w=words: _level(w)).search(low)
            if m2:
                return levels[words], False, m2.span()
    if cues.has("who", "clinic", low):
        return 1, True, None
    return None, False, None
