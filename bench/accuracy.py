"""Benchmark 1: matching accuracy of the project's matcher vs two obvious alternatives.

Data, sets measured separately: every labelled question in faq/tests/*.yaml ("labelled"),
and the real messages of each part of faq/tests/real (tune and the held-out parts heldout,
heldout-2, ...; the held-out parts are never tuned on). In scope = `expect` is an entry id;
out of scope = `expect: fallback`; smalltalk items, and real messages that ask for a
calculation, are left out (the baselines have no notion of either; `faq test` measures those
through the whole engine).

Systems, all over the same entries (title + question phrasings):
- `matcher`: bot.matcher.Matcher with its committed thresholds (answer / suggest / fallback).
- `rapidfuzz-wratio`: `process.extractOne(q, phrasings, scorer=WRatio,
  processor=default_process)`; the entry of the best phrasing.
- `bm25-split`: BM25 (bm25s, Lucene variant, k1=1.5, b=0.75) with one document per entry (its
  phrasings concatenated), tokenised by lowercase + whitespace split.
- `bm25-normalised`: the same BM25, tokenised by the project's Normalizer (synonyms, stemming,
  stopwords; no typo repair) - the fairer variant.

Metrics:
- top-1: the top-ranked entry is the expected one (no threshold).
- answered right: the system answers outright (its score clears its threshold) with the expected
  entry. The matcher's threshold is its own (outcome "answer"); a baseline's threshold is the
  score that maximises overall accuracy on these same questions (in scope: answered with the
  right entry; out of scope: not answered, or answered by a redirect entry). That is an
  optimistic, tuned-on-the-test-set threshold for the baselines.
- out-of-scope answered: share of `fallback` questions answered outright by a non-redirect entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from bench.common import FAQ_DIR, Timer
from bot.content.faqbase import FaqBase, load_faq
from bot.staff.real_sets import PARTS, load_part
from bot.staff.regression import SPECIAL, Labelled, load_labelled
from bot.understand.match_result import SINGLE_ANSWER_SCORE
from bot.understand.matcher import Matcher


@dataclass
class Ranked:
    expect: str
    entry: str | None
    score: float


def _phrasings(faq: FaqBase) -> tuple[list[str], list[str]]:
    texts, owners = [], []
    for entry in faq.entries.values():
        for text in (entry.title, *entry.questions):
            texts.append(text)
            owners.append(entry.id)
    return texts, owners


def _cases(faq: FaqBase) -> dict[str, list[Labelled]]:
    """The sets by name: labelled, then real-<part> for every real-message part."""
    cases, problems = load_labelled(FAQ_DIR / "tests", set(faq.entries))
    assert not problems, problems
    sets = {"labelled": [c for c in cases if c.expect != "smalltalk"]}
    for part in PARTS:
        real, problems = load_part(FAQ_DIR / "tests" / "real" / part, set(faq.entries))
        assert not problems, problems
        sets[f"real-{part}"] = [Labelled(c.question, c.expect, c.file, c.line)
                                for c in real if c.expect != "calculation"]
    return sets


def _best_threshold(rows: list[Ranked], redirects: set[str]) -> tuple[float, dict[str, float]]:
    """The answer threshold that maximises overall accuracy (ties: the lowest threshold)."""
    best_t, best_acc = 0.0, -1.0
    for t in sorted({r.score for r in rows} | {float("inf")}):
        acc = sum(_correct(r, t, redirects) for r in rows) / len(rows)
        if acc > best_acc:
            best_t, best_acc = t, acc
    return best_t, _metrics(rows, best_t, redirects)


def _correct(r: Ranked, t: float, redirects: set[str]) -> bool:
    answered = r.entry is not None and r.score >= t
    if r.expect == "fallback":
        return not answered or r.entry in redirects
    return answered and r.entry == r.expect


def _safe(rows: list[Ranked], redirects: set[str]) -> dict[str, float]:
    """Answered right at the lowest threshold that answers no out-of-scope question."""
    worst = max((r.score for r in rows if r.expect == "fallback" and r.entry is not None
                 and r.entry not in redirects), default=-1.0)
    t = next((s for s in sorted({r.score for r in rows}) if s > worst), float("inf"))
    return {"answered_right_zero_oos": _metrics(rows, t, redirects)["answered_right"]}


def _metrics(rows: list[Ranked], t: float, redirects: set[str]) -> dict[str, float]:
    ins = [r for r in rows if r.expect != "fallback"]
    oos = [r for r in rows if r.expect == "fallback"]
    return {
        "top1": sum(r.entry == r.expect for r in ins) / len(ins),
        "answered_right": sum(r.entry == r.expect and r.score >= t for r in ins) / len(ins),
        "oos_answered": sum(r.entry is not None and r.score >= t and r.entry not in redirects
                            for r in oos) / len(oos) if oos else 0.0,
    }


def run(quick: bool = False) -> dict[str, object]:
    faq = load_faq(FAQ_DIR)
    matcher = Matcher(faq)
    texts, owners = _phrasings(faq)
    results: dict[str, object] = {"entries": len(faq.entries), "phrasings": len(texts)}
    sets = {}
    for name, cases in _cases(faq).items():
        sets[name] = {"questions_in_scope": sum(c.expect != "fallback" for c in cases),
                      "questions_out_of_scope": sum(c.expect == "fallback" for c in cases),
                      "systems": _systems(faq, matcher, cases, texts, owners)}
    results["sets"] = sets
    return results


def _systems(faq: FaqBase, matcher: Matcher, cases: list[Labelled], texts: list[str],
             owners: list[str]) -> dict[str, dict[str, object]]:
    import bm25s
    from rapidfuzz import fuzz, process, utils

    redirects = {e.id for e in faq.entries.values() if e.kind == "redirect"}
    systems: dict[str, dict[str, object]] = {}

    # The project's matcher, with its own decision rule.
    with Timer() as t:
        outcomes = [(c, matcher.match(c.question)) for c in cases]
    ins = [(c, m) for c, m in outcomes if c.expect not in SPECIAL]
    oos = [(c, m) for c, m in outcomes if c.expect == "fallback"]
    share = lambda n, d: n / len(d) if d else 0.0  # noqa: E731
    systems["matcher"] = {
        "top1": share(sum(m.best is not None and m.best.entry_id == c.expect for c, m in ins),
                      ins),
        "answered_right": share(sum(m.outcome == "answer" and m.best.entry_id == c.expect
                                    for c, m in ins), ins),
        "top1_answer_or_suggest": share(sum(m.outcome in ("answer", "suggest")
                                            and m.best.entry_id == c.expect for c, m in ins),
                                        ins),
        "oos_answered": share(sum(m.outcome == "answer" and m.best.entry_id not in redirects
                                  for _, m in oos), oos),
        "answered_right_zero_oos": None,  # its own thresholds
        "threshold": f"own (answer >= {SINGLE_ANSWER_SCORE:g}, or a clear lead; see matcher.py)",
        "seconds": round(t.seconds, 3),
    }

    # (a) rapidfuzz WRatio over the raw phrasings (token_set_ratio as a second, kinder scorer).
    for name, scorer in (("rapidfuzz-wratio", fuzz.WRatio),
                         ("rapidfuzz-token-set", fuzz.token_set_ratio)):
        rows = []
        with Timer() as t:
            for c in cases:
                found = process.extractOne(c.question, texts, scorer=scorer,
                                           processor=utils.default_process)
                rows.append(Ranked(c.expect, owners[found[2]] if found else None,
                                   found[1] if found else 0.0))
        thr, m = _best_threshold(rows, redirects)
        systems[name] = {**m, **_safe(rows, redirects), "threshold": round(thr, 2),
                         "seconds": round(t.seconds, 3)}

    # (b) BM25 over one document per entry, two tokenisations.
    entry_ids = list(faq.entries)
    docs = {eid: " ".join((e.title, *e.questions)) for eid, e in faq.entries.items()}
    tokenisers = {
        "bm25-split": lambda s: s.lower().split(),
        "bm25-normalised": lambda s: list(matcher.normalizer.content(
            matcher.normalizer.tokens(s))),
    }
    for name, tok in tokenisers.items():
        index = bm25s.BM25()
        index.index([tok(docs[eid]) for eid in entry_ids], show_progress=False)
        rows = []
        with Timer() as t:
            for c in cases:
                q = tok(c.question)
                scores = index.get_scores(q) if q else None
                if scores is None or float(scores.max()) <= 0:
                    rows.append(Ranked(c.expect, None, 0.0))
                    continue
                i = int(scores.argmax())
                rows.append(Ranked(c.expect, entry_ids[i], float(scores[i])))
        thr, m = _best_threshold(rows, redirects)
        systems[name] = {**m, **_safe(rows, redirects), "threshold": round(thr, 3),
                         "seconds": round(t.seconds, 3)}
    return systems


def table(result: dict[str, object]) -> list[str]:
    lines = [f"{result['entries']} entries, {result['phrasings']} phrasings."]
    for set_name, data in result["sets"].items():  # type: ignore[union-attr]
        lines += ["", f"**{set_name}**: in scope {data['questions_in_scope']}, out of scope "
                      f"{data['questions_out_of_scope']}", "",
                  "| system | top-1 | answered right | out-of-scope answered | threshold "
                  "| answered right at 0 OOS answered |",
                  "|---|---|---|---|---|---|"]
        for name, m in data["systems"].items():
            safe = m["answered_right_zero_oos"]
            safe_s = f"{safe:.1%}" if safe is not None else f"{m['answered_right']:.1%}"
            lines.append(f"| {name} | {m['top1']:.1%} | {m['answered_right']:.1%} | "
                         f"{m['oos_answered']:.1%} | {m['threshold']} | {safe_s} |")
    return lines
