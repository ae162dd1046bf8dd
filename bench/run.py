"""Run the benchmarks: `python bench/run.py [--quick] [--only NAME]`.

Writes bench/results/<date>.json (with machine facts and the load average before and after each
benchmark) and prints a markdown summary. See bench/README.md for what each one measures.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import accuracy, latency, load, resources, stall, storage, throughput
from bench.common import ROOT, load_average, machine

BENCHMARKS = {"accuracy": accuracy, "latency": latency, "throughput": throughput,
              "resources": resources, "load": load, "stall": stall,
              "storage": storage}


def targets(results: dict[str, dict]) -> list[tuple[str, str, bool]]:
    rows: list[tuple[str, str, bool]] = []
    if "throughput" in results:
        r = results["throughput"]
        rows.append(("throughput >= 0.8 x echo (same rate limiter)",
                     str(r["ratio_vs_echo_limited"]), r["ratio_vs_echo_limited"] >= 0.8))
        rows.append(("throughput >= 0.8 x echo (both without limiter: CPU)",
                     str(r["ratio_nolimit_vs_echo"]), r["ratio_nolimit_vs_echo"] >= 0.8))
    if "latency" in results:
        sizes = results["latency"]["sizes"]
        rows.append(("p99 matching <= 2 ms (real FAQ)", f"{sizes['real']['p99_ms']} ms",
                     sizes["real"]["p99_ms"] <= 2))
        en = results["latency"].get("english")
        if en:
            rows.append(("p99 matching <= 2 ms (English matcher, English labelled questions)",
                         f"{en['p99_ms']} ms (thread CPU {en['p99_cpu_ms']} ms)",
                         en["p99_ms"] <= 2))
        rm = results["latency"].get("real_messages")
        if rm:
            rows.append(("p99 matching <= 2 ms (real messages collected from public pages, first "
                         "sight)", f"{rm['p99_ms']} ms (thread CPU {rm['p99_cpu_ms']} ms)",
                         rm["p99_ms"] <= 2))
        if "100k" in sizes:
            rows.append(("p99 matching <= 20 ms (100k phrasings)",
                         f"{sizes['100k']['p99_ms']} ms", sizes["100k"]["p99_ms"] <= 20))
    if "resources" in results:
        r = results["resources"]
        rows.append(("idle memory <= 80 MB", f"{r['rss_idle_mb']} MB", r["rss_idle_mb"] <= 80))
        if "rss_checked_mb" in r:
            rows.append(("idle memory <= 80 MB (after the first tick's content checks)",
                         f"{r['rss_checked_mb']} MB", r["rss_checked_mb"] <= 80))
        rows.append(("cold start <= 1.5 s (restart: caches on disk)",
                     f"{r['cold_start_median_s']} s", r["cold_start_median_s"] <= 1.5))
        if "cold_start_first_s" in r:
            rows.append(("cold start <= 1.5 s (first start: no caches)",
                         f"{r['cold_start_first_s']} s", r["cold_start_first_s"] <= 1.5))
    if "load" in results:
        r = results["load"]
        rows.append(("zero lost / mixed registrations",
                     f"{r['lost']} lost, {r['mixed']} mixed of {r['users']}",
                     r["lost"] == 0 and r["mixed"] == 0))
    if "stall" in results:
        r = results["stall"]
        rows.append(("others' p99 with one chat stalled 5 s/send <= 1.2 x unstalled",
                     str(r["p99_ratio"]), r["p99_ratio"] <= 1.2))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="reduced run, under a minute")
    parser.add_argument("--only", choices=sorted(BENCHMARKS), action="append")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)  # PTB's shutdown notices are not results
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    logging.getLogger("telegram.ext.Updater").setLevel(logging.CRITICAL + 1)  # the restart
    names = args.only or list(BENCHMARKS)
    report: dict[str, object] = {"date": datetime.now().isoformat(timespec="seconds"),
                                 "mode": "quick" if args.quick else "full",
                                 "machine": machine(), "results": {}, "load": {}}
    lines: list[str] = []
    for name in names:
        module = BENCHMARKS[name]
        before = load_average()
        t0 = time.perf_counter()
        result = module.run(quick=args.quick)
        seconds = time.perf_counter() - t0
        report["results"][name] = result  # type: ignore[index]
        report["load"][name] = {"before": before, "after": load_average(),  # type: ignore[index]
                                "seconds": round(seconds, 1)}
        lines += [f"### {name} ({seconds:.1f} s, load before {before}, after "
                  f"{load_average()})", "", *module.table(result), ""]
    rows = targets(report["results"])  # type: ignore[arg-type]
    report["targets"] = [{"target": t, "measured": m, "reached": ok} for t, m, ok in rows]
    m = report["machine"]
    head = [f"## Benchmarks {report['date']} ({report['mode']})", "",
            f"nproc {m['nproc']}, {m['cpu']}, {m['memory']}, Python {m['python']}, "  # type: ignore[index]
            f"load at start {m['load_at_start']}", ""]  # type: ignore[index]
    if rows:
        lines += ["### targets", "", "| target | measured | reached |", "|---|---|---|",
                  *[f"| {t} | {v} | {'yes' if ok else 'NO'} |" for t, v, ok in rows], ""]
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y-%m-%d")
    suffix = "" if not args.quick else "-quick"
    if args.only:
        suffix += "-" + "-".join(names)
    path = args.out / f"{stamp}{suffix}.json"
    path.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    print("\n".join(head + lines))
    shown = path.relative_to(ROOT) if path.resolve().is_relative_to(ROOT) else path  # --out
    print(f"results: {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
