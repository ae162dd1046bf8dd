"""Ranking-weight sweeps on the de-leaked tuning measure: matchers built once, settings tried.

`python bench/deleak_sweep.py [SETTING ...]`, a SETTING being `module.NAME=value` or several
joined by `,` (`ranking.KEYWORD_BONUS=6`, `facet_deltas.ASPECT_BONUS=1.5`,
`ranking.WEIGHTS.ratio=0.1`, `matcher.Matcher.UNKNOWN_FACTOR=1`; modules of bot.understand).
`bench/deleak.py --top1` builds a matcher per de-leaked message on every run (~80 s); here the
~325 matchers are built once (~3 min, ~1.2 GB) and each setting is scored in seconds: label
ranked first without copies (de-leaked) and as is (plain real/tune). Tuning data only. Every
constant read at ranking time can be set; one read while building a matcher (IDF) cannot.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.deleak import FAQ_DIR, deleaked, without  # noqa: E402
from bot.content.faqbase import load_faq  # noqa: E402
from bot.understand.matcher import Matcher  # noqa: E402


def first(m: Matcher, text: str) -> str | None:
    found = m.match(text).candidates[:1]
    return found[0].entry_id if found else None


def apply(setting: str) -> list[tuple[object, str, object]]:
    """Set each `module.NAME=value` (a dict key as a last dotted part); the old values."""
    undo = []
    for item in filter(None, setting.split(",")):
        path, value = item.split("=", 1)
        module, *names = path.split(".")
        target: object = importlib.import_module(f"bot.understand.{module}")
        for name in names[:-1]:
            target = getattr(target, name)
        key = names[-1]
        if isinstance(target, dict):
            undo.append((target, key, target[key]))
            target[key] = float(value)
        else:
            undo.append((target, key, getattr(target, key)))
            setattr(target, key, float(value))
    return undo


def restore(undo: list[tuple[object, str, object]]) -> None:
    for target, key, old in reversed(undo):
        if isinstance(target, dict):
            target[key] = old
        else:
            setattr(target, key, old)


def main() -> None:
    faq = load_faq(FAQ_DIR)
    m = Matcher(faq)
    pairs = deleaked(faq, m)
    matchers = [Matcher(without(faq, drop)) if drop else m for _, drop in pairs]
    n = len(pairs)
    for setting in ["", *sys.argv[1:]]:
        undo = apply(setting)
        try:
            clean = sum(first(mm, c.question) == c.expect
                        for (c, _), mm in zip(pairs, matchers, strict=True))
            as_is = sum(first(m, c.question) == c.expect for c, _ in pairs)
        finally:
            restore(undo)
        print(f"{setting or 'as committed':50} label first: without copies {clean} "
              f"({clean / n:.1%}), as is {as_is} ({as_is / n:.1%})", flush=True)


if __name__ == "__main__":
    main()
