"""Whether a short word is shaped like an Indonesian word or name: its consonants and vowels
alternate as Indonesian syllables let them ("yuli", "tina", "klaim"), or not ("duks", "jkut",
"bpje", "caea"): a slip of a thumb makes the second kind, people's names and words the first.

Indonesian syllables are (C)V(C); loans add a consonant + l/r or s + consonant at the start
("klaim", "prima", "staf"). Inside a word two consonants meet across a syllable break ("agli"
is shaped: ag.li), more only as one syllable's end and the next one's start ("kon.trak",
"bang.krut"); no syllable ends in two consonants but -ng and -nk, and no more than two
vowels meet ("daerah", not "caea").
"""

from __future__ import annotations

import re

_VOWELS = "aiueo"
# Runs of consonants (y counts as one: "bary" ends in two) and of vowels.
_RUNS_RE = re.compile(r"[aiueo]+|[^aiueo]+")
_DIGRAPHS = ("ng", "ny", "kh", "sy")
_FIRST_PAIR_RE = re.compile(r"[bcdfgkpt][lr]|s[cklmnpstw]|[dp]h")  # "klaim", "staf", "dhuafa"
_LAST = frozenset(("ng", "nk"))


def shaped(word: str) -> bool:
    """Whether `word` (lower case letters) is spelt the way Indonesian words and names are."""
    runs = _RUNS_RE.findall(word)
    if not any(r[0] in _VOWELS for r in runs):
        return False
    last = len(runs) - 1
    for i, run in enumerate(runs):
        if run[0] in _VOWELS:
            if len(run) > 2:
                return False
            continue
        if len(run) == 1 or run in _DIGRAPHS:
            continue
        if i == 0:
            ok = len(run) == 2 and _FIRST_PAIR_RE.fullmatch(run) is not None
        elif i == last:
            ok = run in _LAST
        else:  # one syllable's end (a nasal digraph or one consonant), the next one's start
            onset = run[2:] if run[:2] in _DIGRAPHS else run[1:]
            ok = len(onset) <= 1 or onset in _DIGRAPHS \
                or _FIRST_PAIR_RE.fullmatch(onset) is not None
        if not ok:
            return False
    return True
