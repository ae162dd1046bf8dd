"""Tuning messages scored without the phrasings written from them: a held-out-like figure.

`python bench/deleak.py [--items | --top1] [--min-share 0.6]`. Content authors add phrasings
from the tuning messages they read, so a tuning message is often matched by a near copy of its
own words, and its figures flatter the bot (real/tune wrong 8% against 13-19% on the held-out
parts). Here each real/tune message is asked again on content without its "copies": phrasings
(and English phrasings) first committed after the message was (git blame, both sides) whose
words are mostly the message's (IDF-weighted share of the phrasing's words found in the message
>= --min-share, at least two shared words). A phrasing written from another message still
counts where it carries over, which is what the held-out parts measure. Titles stay.

Tuning data and git history only; needs a git checkout. `--items` prints each message's verdict
(tuning data: allowed to read); `--top1` ranks with the matcher alone (fast, for ranking work).
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from bench.common import FAQ_DIR, bench_settings  # noqa: E402
from bot.app.composition import build_engine, close_engine  # noqa: E402
from bot.console.ask import ask_two_taps  # noqa: E402
from bot.content.faqbase import FaqBase  # noqa: E402
from bot.content.store import Content  # noqa: E402
from bot.content.yamlsrc import LineDict, LineList, load_yaml  # noqa: E402
from bot.staff.real_sets import RealCase, load_part, outcome  # noqa: E402
from bot.understand.matcher import Matcher  # noqa: E402

TUNE_DIR = FAQ_DIR / "tests" / "real" / "tune"
MIN_SHARED = 2  # two shared words at least: one word in common is not a copy
MIN_SHARE = 0.6  # 0.4 / 0.8 move the figures by a few points, not the picture (bench/README.md)


def blame_times(path: Path) -> list[int]:
    """The commit time of each line of a file (git blame), 0 for lines not yet committed."""
    out = subprocess.run(["git", "blame", "--line-porcelain", "--", str(path)], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    times: list[int] = []
    t = 0
    for line in out.splitlines():
        if line.startswith("committer-time "):
            t = int(line.split()[1])
        elif line.startswith("\t"):
            times.append(t)
    return times


def _scalar(text: str) -> str | None:
    """The phrasing on a YAML list line ("- text"), or None."""
    s = text.strip()
    if not s.startswith("- "):
        return None
    try:
        value = yaml.safe_load(s[2:])
    except yaml.YAMLError:
        return None
    return value.strip().lower() if isinstance(value, str) else None


def phrasing_times(faq_dir: Path) -> dict[tuple[str, str], int]:
    """(file name, phrasing lower-cased) -> when it was committed (the latest of its copies)."""
    times: dict[tuple[str, str], int] = {}
    for path in sorted(faq_dir.glob("*.yaml")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for text, t in zip(lines, blame_times(path), strict=False):
            p = _scalar(text)
            if p is not None:
                times[(path.name, p)] = max(t, times.get((path.name, p), 0))
    return times


def case_times(cases: list[RealCase]) -> dict[RealCase, int]:
    """When each tuning message was committed (its `q:` line)."""
    per_file: dict[str, list[int]] = {}
    out = {}
    for c in cases:
        if c.file not in per_file:
            path = Path(c.file)
            per_file[c.file] = blame_times(path if path.is_absolute() else FAQ_DIR / path)
        times = per_file[c.file]
        out[c] = times[c.line - 1] if 0 < c.line <= len(times) else 0
    return out


def copies(m: Matcher, faq: FaqBase, case: RealCase, when: int,
           times: dict[tuple[str, str], int], min_share: float) -> frozenset[tuple[str, str]]:
    """(entry id, phrasing) pairs that look written from this message after it was committed."""
    _, query = m.query_tokens(case.question)
    words = set(query)
    idf = m._idf
    found: set[tuple[str, str]] = set()
    for entry in faq.entries.values():
        name = Path(entry.file).name
        for p in (*entry.questions, *entry.questions_en):
            if times.get((name, p.strip().lower()), 0) <= when:
                continue
            toks = set(m._content(p))
            shared = toks & words
            if len(shared) < MIN_SHARED:
                continue
            weight = sum(idf.get(t, 0.0) for t in toks)
            if weight and sum(idf.get(t, 0.0) for t in shared) / weight >= min_share:
                found.add((entry.id, p))
    return frozenset(found)


def without(faq: FaqBase, drop: frozenset[tuple[str, str]]) -> FaqBase:
    """The FAQ with the given phrasings removed from their entries."""
    by_entry: dict[str, set[str]] = defaultdict(set)
    for eid, p in drop:
        by_entry[eid].add(p)
    entries = dict(faq.entries)
    for eid, ps in by_entry.items():
        e = entries[eid]
        entries[eid] = replace(e, questions=tuple(q for q in e.questions if q not in ps),
                               questions_en=tuple(q for q in e.questions_en if q not in ps))
    return replace(faq, entries=entries)


def deleaked(faq: FaqBase, m: Matcher, min_share: float = MIN_SHARE,
             ) -> list[tuple[RealCase, frozenset[tuple[str, str]]]]:
    """Each real/tune message with the phrasings written from it (for other benches too)."""
    cases, _ = load_part(TUNE_DIR, set(faq.entries))
    when = case_times(cases)
    times = phrasing_times(FAQ_DIR)
    return [(c, copies(m, faq, c, when[c], times, min_share)) for c in cases]


def blind_deleaked(path: Path, faq: FaqBase, m: Matcher, times: dict[tuple[str, str], int],
                   min_share: float = MIN_SHARE,
                   ) -> list[tuple[RealCase, frozenset[tuple[str, str]]]]:
    """The same for one blind half (faq/tests/blind/*.yaml; its `q:` lines dated by git blame);
    `times`: `phrasing_times`, read once for every half."""
    data, problems = load_yaml(path, path.name)
    assert not problems and isinstance(data, LineList), problems
    cases = []
    for item in data:
        assert isinstance(item, LineDict)
        cases.append(RealCase(str(item["q"]), str(item["expect"]), str(path),
                              item.line_of("q"), ""))
    when = case_times(cases)
    return [(c, copies(m, faq, c, when[c], times, min_share)) for c in cases]


def clean_content(content: Content, drop: frozenset[tuple[str, str]]) -> Content:
    """The engine's content without `drop` (the English matcher rebuilds lazily from it)."""
    faq = without(content.faq, drop)
    return replace(content, faq=faq, matcher=Matcher(faq))


def top1(min_share: float) -> None:
    """Matcher only (no engine): how often the label ranks first, as is and without the
    copies; once with the Indonesian matcher for every message (as bench/accuracy ranks the
    held-out parts), once with English messages through the English matcher (as the bot)."""
    from bench.common import AS_OF, TEMPLATES_DIR
    from bot.content.store import build_content

    content = build_content(FAQ_DIR, TEMPLATES_DIR, AS_OF, thorough=False)
    faq = content.faq
    hits = Counter()
    pairs = deleaked(faq, content.matcher, min_share)

    def first_is(m: Matcher, case: RealCase) -> bool:
        first = m.match(case.question).candidates[:1]
        return bool(first) and first[0].entry_id == case.expect

    for case, drop in pairs:
        english = content.language.detect(case.question) == "en"
        clean = clean_content(content, drop) if drop else content
        ids = (first_is(content.matcher, case), first_is(clean.matcher, case))
        both = (first_is(content.matcher_en, case), first_is(clean.matcher_en, case)) \
            if english else ids
        hits.update({"id": ids[0], "id clean": ids[1], "bot": both[0], "bot clean": both[1]})
    n = len(pairs)
    print(f"real/tune {n} messages, label ranked first, as is / without copies:")
    print(f"  Indonesian matcher for all (as bench/accuracy): {hits['id'] / n:.1%} / "
          f"{hits['id clean'] / n:.1%}")
    print(f"  English messages through the English matcher:  {hits['bot'] / n:.1%} / "
          f"{hits['bot clean'] / n:.1%}")


async def run(min_share: float, items: bool) -> None:
    settings = bench_settings(Path("/nonexistent/bench.db"))
    engine = await build_engine(settings, None, db_path=":memory:")
    try:
        content = engine.store.current
        pairs = deleaked(content.faq, content.matcher, min_share)
        plain, clean = Counter(), Counter()
        lines = []
        for case, drop in pairs:
            before = outcome(case, await ask_two_taps(engine, case.question))
            if drop:
                engine.store.current = clean_content(content, drop)
                try:
                    after = outcome(case, await ask_two_taps(engine, case.question))
                finally:
                    engine.store.current = content
            else:
                after = before
            for c, got in ((plain, before), (clean, after)):
                c[got.verdict] += 1
                if got.in_scope and case.expect != "calculation":
                    c["asked"] += 1  # the real sets' one-tap / two-tap figures (reported only)
                    c["one tap"] += got.answered_right or case.expect in got.offered
                    c["two taps"] += got.answered_right or case.expect in got.offered \
                        or case.expect in got.behind
            if "self-written" in Path(case.file).name:
                clean["self"] += 1
                clean["self " + after.verdict] += 1
            if items:
                lines.append(f"{Path(case.file).name}:{case.line}\t{before.verdict}->"
                             f"{after.verdict}\t{len(drop)}\t{case.expect}\t{after.reached}"
                             f"\t{case.question[:80]!r}")
        if lines:
            print("\n".join(lines))
        n = len(pairs)
        print(f"real/tune {n} messages; {sum(len(d) for _, d in pairs)} phrasing removals "
              f"(min share {min_share})")
        for name, c in (("as is", plain), ("without copies", clean)):
            print(f"  {name:15} right {c['right'] / n:.1%}  wrong {c['wrong'] / n:.1%}  "
                  f"suggested first {c['suggested'] / n:.1%}  other {c['other'] / n:.1%}  "
                  f"one tap {c['one tap'] / c['asked']:.1%}  two taps "
                  f"{c['two taps'] / c['asked']:.1%}")
        if clean["self"]:
            print(f"  self-written without copies: right {clean['self right'] / clean['self']:.1%}"
                  f" of {clean['self']}")
    finally:
        await close_engine(engine)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-share", type=float, default=MIN_SHARE)
    ap.add_argument("--items", action="store_true")
    ap.add_argument("--top1", action="store_true", help="matcher ranking only (fast)")
    args = ap.parse_args()
    if not (ROOT / ".git").exists():
        sys.exit("bench/deleak.py needs a git checkout (it reads git blame)")
    if args.top1:
        top1(args.min_share)
    else:
        asyncio.run(run(args.min_share, args.items))


if __name__ == "__main__":
    main()
