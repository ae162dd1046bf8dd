"""The threshold grid of bench/decide_fit.py, vectorised: every combination scored at once.

Each logged single-question decision (an answer, or a "did you mean" that would become one) is
answered or not by a combination of thresholds (decide_fit.rule_answers); the counts per set are
then a matrix product. Leave-one-set-out cross-validation chooses the best feasible combination
on the other sets for each held set; the frontier lists, on all tuning data, the most right
answers at each count of wrong ones.
"""

from __future__ import annotations

import itertools

import numpy as np

from bench import decide_fit as fit
from bench.decide_fit import CURRENT, _rule_inputs, rule_answers

# Wider upwards than the grid before it: the de-leaked data asks whether to answer less.
GRID = {"answer": (63.0, 66.0, 70.0, 75.0, 80.0, 85.0, 90.0),
        "clear_score": (55.0, 60.0, 65.0, 70.0, 80.0),
        "clear_gap": (10.0, 12.0, 15.0, 20.0), "dominant_score": (45.0, 50.0, 55.0, 65.0),
        "dominant_gap": (14.0, 18.0, 24.0), "close_score": (75.0, 85.0, 100.0),
        "close_gap": (2.0, 4.0, 6.0, 10.0)}


def _tables(rows: list[dict]):
    """Per combination and set: right, wrong, out-of-scope answered; and per set in scope."""
    items, x = _rule_inputs(rows)
    combos = [dict(zip(GRID, v, strict=True)) for v in itertools.product(*GRID.values())]
    groups = list(dict.fromkeys(r["group"] for r in rows))
    gi = {g: k for k, g in enumerate(groups)}
    n = len(groups)
    base_r, base_w = np.zeros(n), np.zeros(n)
    scope = np.zeros(n)
    gated = {i for i, kind, _, _ in items if kind == "answer"}
    for i, r in enumerate(rows):
        g = gi[r["group"]]
        scope[g] += r["expect"] != "fallback"
        if i not in gated:
            base_r[g] += bool(r["right"]) and r["expect"] != "fallback"
            base_w[g] += bool(r["wrong"])
    onehot = np.zeros((len(items), n), dtype=np.float32)
    dr, dw, do = (np.zeros(len(items)) for _ in range(3))
    for j, (i, kind, _, _) in enumerate(items):
        r = rows[i]
        onehot[j, gi[r["group"]]] = 1.0
        if kind == "answer":
            dr[j] = bool(r["right"]) and r["expect"] != "fallback"
            dw[j] = bool(r["wrong"])
        else:
            good = r["promote"]["right"]
            dr[j] = good and r["expect"] != "fallback"
            dw[j] = not good
            do[j] = r["promote"]["oos"]
    right, wrong, oos = (np.zeros((len(combos), n)) for _ in range(3))
    for c in range(0, len(combos), 1000):  # 1,000 combinations at a time: bounded memory
        a = np.array([rule_answers(x, t) for t in combos[c:c + 1000]], dtype=np.float32)
        right[c:c + 1000] = base_r + a @ (onehot * dr[:, None])
        wrong[c:c + 1000] = base_w + a @ (onehot * dw[:, None])
        oos[c:c + 1000] = a @ (onehot * do[:, None])
    return combos, groups, right, wrong, oos, scope


def _feasible(groups, right, oos, scope, use: np.ndarray) -> np.ndarray:
    ok = (oos[:, use] == 0).all(1)
    for g, floor in fit.floors():
        if g in groups and use[groups.index(g)]:
            k = groups.index(g)
            ok &= right[:, k] >= floor * scope[k] - 1e-9
    return ok


def sweep(rows: list[dict], costs: tuple[float, ...] = (2.0, 3.0)) -> None:
    combos, groups, right, wrong, oos, scope = _tables(rows)
    counted = np.array([g not in fit.BOUNDS_ONLY for g in groups])
    dist = np.array([sum(abs(t[k] - CURRENT[k]) for k in t) for t in combos])
    cur = next(k for k, t in enumerate(combos) if t == CURRENT)
    print(f"grid of {len(combos)}; today: " + ", ".join(
        f"{g} {right[cur, k]:.0f}/{wrong[cur, k]:.0f}" for k, g in enumerate(groups)))
    for cost in costs:
        print(f"--- objective right - {cost:g} x wrong (sets counted: "
              f"{', '.join(g for g, c in zip(groups, counted, strict=True) if c)})")
        tot_r = tot_w = base_obj = 0.0
        for k, held in enumerate(groups):
            use = np.array([j != k for j in range(len(groups))])
            w = use & counted
            obj = (right[:, w] - cost * wrong[:, w]).sum(1)
            obj = np.where(_feasible(groups, right, oos, scope, use), obj - 1e-6 * dist, -1e18)
            best = int(np.argmax(obj))
            if counted[k]:
                tot_r, tot_w = tot_r + right[best, k], tot_w + wrong[best, k]
                base_obj += right[cur, k] - cost * wrong[cur, k]
            print(f"  held {held:11} right {right[best, k]:4.0f} (today {right[cur, k]:.0f})"
                  f" wrong {wrong[best, k]:3.0f} (today {wrong[cur, k]:.0f}) oos "
                  f"{oos[best, k]:.0f}  chosen {fit._changed(combos[best])}")
        print(f"CV thresholds over the counted sets: right {tot_r:.0f} wrong {tot_w:.0f} "
              f"objective {tot_r - cost * tot_w:.0f} (today {base_obj:.0f})")
        _frontier(combos, groups, right, wrong, oos, scope, counted, cost, dist)


def _frontier(combos, groups, right, wrong, oos, scope, counted, cost, dist) -> None:
    """On all tuning data: the best objective, and the most right answers per wrong count."""
    ok = _feasible(groups, right, oos, scope, np.ones(len(groups), dtype=bool))
    r, w = right[:, counted].sum(1), wrong[:, counted].sum(1)
    obj = np.where(ok, r - cost * w - 1e-6 * dist, -1e18)
    tune = groups.index("real-tune") if "real-tune" in groups else None
    for k in np.argsort(-obj)[:3]:
        print(f"  all data: objective {r[k] - cost * w[k]:.0f} right {r[k]:.0f} wrong "
              f"{w[k]:.0f}" + (f" (real-tune {right[k, tune]:.0f}/{wrong[k, tune]:.0f})"
                               if tune is not None else "") + f"  {fit._changed(combos[k])}")
    print("  frontier (feasible; most right per wrong):")
    last = -1.0
    for wv in sorted(set(w[ok].tolist())):
        sel = np.where(ok & (w == wv))[0]
        k = sel[np.argmax(r[sel] - 1e-6 * dist[sel])]
        if r[k] > last:
            last = r[k]
            print(f"    wrong {wv:4.0f} right {r[k]:5.0f}" + (
                f" real-tune {right[k, tune]:.0f}/{wrong[k, tune]:.0f}" if tune is not None
                else "") + f"  {fit._changed(combos[k])}")
