"""The JKK risk group a message names: "kelompok 2", "risiko sedang", "low-risk", a clinic."""

from __future__ import annotations

import re

from bot.understand.cues import Cues

CLASS_WORDS = (("sangat rendah", 1), ("sangat tinggi", 5), ("rendah", 2), ("sedang", 3),
               ("tinggi", 4))
# English puts the level before "risk": "low-risk company", "very high risk"
EN_CLASS_RE = re.compile(r"\b(?P<level>very low|very high|low|medium|moderate|high)[\s-]*risk\b")
EN_CLASSES = {"very low": 1, "low": 2, "medium": 3, "moderate": 3, "high": 4, "very high": 5}
# The words that name a JKK risk group ("kelompok 2", "jkk kelas 3")
GROUP_WORDS = r"kelompok|kel\.?|kelas|golongan|grup|group|risiko|resiko"
CLASS_NUM_RE = re.compile(rf"\b(?:{GROUP_WORDS})\s*(?P<n>[1-5]|i{{1,3}}|iv|v)\b")
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
RISK_RE = re.compile(r"risiko|resiko|risk|kelompok|jkk")


def jkk_class_of(low: str, cues: Cues) -> tuple[int | None, bool, tuple[int, int] | None]:
    """(class, is_clinic, span of the words that set it) from 'risiko sedang', 'kelompok 2'..."""
    m = CLASS_NUM_RE.search(low)
    if m:
        raw = m.group("n")
        return (int(raw) if raw.isdigit() else ROMAN[raw]), False, m.span()
    en = EN_CLASS_RE.search(low)
    if en:
        return EN_CLASSES[en.group("level")], False, en.span()
    for words, cls in CLASS_WORDS:
        m2 = re.search(rf"\b(?:risiko|resiko|risk)?\s*{words}\b", low)
        if m2 and RISK_RE.search(low):
            return cls, False, m2.span()
    if cues.has("who", "clinic", low):
        return 1, True, None
    return None, False, None
