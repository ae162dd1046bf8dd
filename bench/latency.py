"""Benchmark 2: matching latency and scale (real FAQ and synthetic 1k / 10k / 100k phrasings).

Synthetic content: entries of 7 phrasings (the real average), each phrasing a real phrasing
whose words are partly replaced by other real-vocabulary words, plus one or two invented words
(random letters), so the index sees realistic word frequencies and a long tail. Seeded, so
every run builds the same corpus. Entries get random real programs and keywords.

Per size: build time of `Matcher(faq)` and its memory (RSS delta measured with psutil, and the
retained Python allocations with tracemalloc in a second build), then `Matcher.match()` on every
labelled question (faq/tests), timed one by one. Before each repetition the matcher's own
caches (normalised tokens, typo corrections, facet deltas) are cleared so every question is
answered cold, as a new question would be; the module-level stem cache stays warm, as in a
running bot (an untimed pass first: the questions' words stemmed).
Then the English matcher (`Content.matcher_en`) on the English labelled set (faq/tests/en),
5 repetitions (with --quick too) the same way, reported apart and held to the same 2 ms p99 target.
"""

from __future__ import annotations

import gc
import random
import string
import time
import tracemalloc
from dataclasses import replace

from bench.common import (
    AS_OF,
    FAQ_DIR,
    TEMPLATES_DIR,
    Timer,
    clear_match_caches,
    median,
    percentile,
)
from bot.content.faqbase import FaqBase, load_faq
from bot.content.store import build_content
from bot.staff.real_sets import load_part
from bot.staff.regression import ENGLISH_DIR, load_labelled
from bot.understand import normalize
from bot.understand.matcher import Matcher

SEED = 20261124
PER_ENTRY = 7


def synthetic_faq(real: FaqBase, phrasings: int, seed: int = SEED) -> FaqBase:
    rng = random.Random(seed)
    base = list(real.entries.values())
    texts = [q for e in base for q in (e.title, *e.questions)]
    vocab = sorted({w for t in texts for w in t.lower().split() if w.isalpha()})
    entries = {}
    made = 0
    i = 0
    while made < phrasings:
        template = base[i % len(base)]
        n = min(PER_ENTRY, phrasings - made)
        questions = []
        for _ in range(n):
            words = rng.choice(texts).split()
            words = [rng.choice(vocab) if rng.random() < 0.5 else w for w in words]
            for _ in range(rng.randint(1, 2)):
                invented = "".join(rng.choice(string.ascii_lowercase)
                                   for _ in range(rng.randint(4, 9)))
                words.insert(rng.randrange(len(words) + 1), invented)
            questions.append(" ".join(words))
        eid = f"syn-{i}"
        entries[eid] = replace(template, id=eid, title=questions[0][:48],
                               questions=tuple(questions[1:]) or (questions[0],),
                               keywords=tuple(rng.sample(vocab, 2)), related=())
        made += n
        i += 1
    return replace(real, entries=entries)


def _questions(real: FaqBase) -> list[str]:
    cases, _ = load_labelled(FAQ_DIR / "tests", set(real.entries))
    return [c.question for c in cases]


def _rss() -> int:
    import psutil

    return psutil.Process().memory_info().rss


def measure(faq: FaqBase, questions: list[str], repeats: int, with_tracemalloc: bool,
            warm: bool = False) -> dict[str, float]:
    gc.collect()
    before = _rss()
    with Timer() as build:
        matcher = Matcher(faq)
    gc.collect()
    rss_delta = _rss() - before
    out: dict[str, float] = {"phrasings": matcher.phrasing_count,
                             "build_s": round(build.seconds, 3),
                             "rss_delta_mb": round(rss_delta / 2**20, 1)}
    if warm:  # one untimed pass: the stem cache warm, as in a running bot (as english())
        for q in questions:
            matcher.match(q)
    out.update(timed(matcher, questions, repeats))
    del matcher
    if with_tracemalloc:
        gc.collect()
        tracemalloc.start()
        m2 = Matcher(faq)
        gc.collect()
        out["tracemalloc_mb"] = round(tracemalloc.get_traced_memory()[0] / 2**20, 1)
        tracemalloc.stop()
        del m2
    return out


def timed(matcher: Matcher, questions: list[str], repeats: int) -> dict[str, float]:
    """Wall and thread-CPU time of `matcher.match` per question, caches cleared per repetition
    (thread CPU: what the wall time is without preemption on a shared machine)."""
    times: list[float] = []
    cpu: list[float] = []
    for _ in range(repeats):
        clear_match_caches(matcher)
        for q in questions:
            c0, t0 = time.thread_time(), time.perf_counter()
            matcher.match(q)
            times.append(time.perf_counter() - t0)
            cpu.append(time.thread_time() - c0)
    return {"median_ms": round(median(times) * 1000, 3),
            "p99_ms": round(percentile(times, 99) * 1000, 3),
            "max_ms": round(max(times) * 1000, 3), "samples": len(times),
            "median_cpu_ms": round(median(cpu) * 1000, 3),
            "p99_cpu_ms": round(percentile(cpu, 99) * 1000, 3)}


def english(repeats: int) -> dict[str, float]:
    """The English matcher (Indonesian + English phrasings, merged synonyms) on the English
    labelled questions (faq/tests/en; those labelled `calc` go to the calculator, not here)."""
    content = build_content(FAQ_DIR, TEMPLATES_DIR, AS_OF, thorough=False)
    cases, _ = load_labelled(FAQ_DIR / "tests" / ENGLISH_DIR, set(content.faq.entries))
    questions = [c.question for c in cases if c.expect != "calc"]
    matcher = content.matcher_en
    for q in questions:  # one untimed pass: the stem cache warm, as in a running bot
        matcher.match(q)
    return {"questions": len(questions), "phrasings": matcher.phrasing_count,
            **timed(matcher, questions, repeats)}


def real_messages() -> dict[str, float]:
    """The matcher on the collected real messages (faq/tests/real, every part: stories, news
    leads, long complaints), each at first sight: the stems of words no earlier message used are
    computed then, as for a new message in a running bot (the FAQ's own stems are known). One
    pass: a second one would find every stem cached."""
    content = build_content(FAQ_DIR, TEMPLATES_DIR, AS_OF, thorough=False)
    ids = set(content.faq.entries)
    texts: list[str] = []
    for part in sorted(p for p in (FAQ_DIR / "tests" / "real").iterdir() if p.is_dir()):
        texts += [c.question for c in load_part(part, ids)[0]]
    matcher = content.matcher
    matcher.match("cara klaim jht")  # the first match builds lazy indexes
    normalize.stem.cache_clear()  # the stems of users' words, not those the FAQ keeps
    clear_match_caches(matcher)
    return {"messages": len(texts), "words_median": median([len(t.split()) for t in texts]),
            **timed(matcher, texts, 1)}


def run(quick: bool = False) -> dict[str, object]:
    real = load_faq(FAQ_DIR)
    questions = _questions(real)
    sizes = [1_000, 10_000] if quick else [1_000, 10_000, 100_000]
    repeats = 1 if quick else 3
    # The real row comes first: its untimed pass stems the questions' words (the synthetic rows
    # then find them stemmed too), which the bot's stem cache has done before (stemcache.py).
    rows = {"real": measure(real, questions, repeats, with_tracemalloc=True, warm=True)}
    for n in sizes:
        faq = synthetic_faq(real, n)
        rows[f"{n // 1000}k"] = measure(faq, questions, repeats,
                                        with_tracemalloc=not quick and n <= 10_000)
        del faq
    return {"questions": len(questions), "repeats": repeats, "sizes": rows,
            "english": english(5),  # cheap (~1 s): a p99 of one pass is noise
            "real_messages": real_messages()}


def table(result: dict[str, object]) -> list[str]:
    lines = [f"{result['questions']} labelled questions x {result['repeats']} repetition(s), "
             "caches cleared per repetition.", "",
             "| size | phrasings | median ms | p99 ms | max ms | p99 CPU ms | build s "
             "| RSS delta MB | tracemalloc MB |", "|---|---|---|---|---|---|---|---|---|"]
    for name, r in result["sizes"].items():  # type: ignore[union-attr]
        lines.append(f"| {name} | {r['phrasings']} | {r['median_ms']} | {r['p99_ms']} | "
                     f"{r['max_ms']} | {r.get('p99_cpu_ms', '-')} | {r['build_s']} | "
                     f"{r['rss_delta_mb']} | {r.get('tracemalloc_mb', '-')} |")
    en = result.get("english")
    if en:  # type: ignore[truthy-function]
        lines += ["", f"English matcher ({en['phrasings']} phrasings), {en['questions']} English "
                  f"labelled questions x {en['samples'] // en['questions']}: median "
                  f"{en['median_ms']} ms, p99 {en['p99_ms']} ms, max {en['max_ms']} ms; "
                  f"thread CPU median {en['median_cpu_ms']} ms, p99 {en['p99_cpu_ms']} ms."]
    rm = result.get("real_messages")
    if rm:  # type: ignore[truthy-function]
        lines += ["", f"Real messages (faq/tests/real, {rm['messages']}, median "
                  f"{rm['words_median']} words), each once at first sight: median "
                  f"{rm['median_ms']} ms, p99 {rm['p99_ms']} ms, max {rm['max_ms']} ms; thread "
                  f"CPU p99 {rm['p99_cpu_ms']} ms."]
    return lines
