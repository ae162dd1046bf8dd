"""The fitting half of bench/decide.py: logistic models, leave-one-set-out CV, thresholds."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np

from bench.common import FAQ_DIR
from bot.staff.real_sets import load_floors
from bot.understand import matcher as rule
from bot.understand.decision import FEATURES
from bot.understand.match_result import CLOSE_GAP, CLOSE_SCORE, SINGLE_ANSWER_SCORE

# Answering is worth it when right counts +1 and wrong -2 (the brief's objective).
WRONG_COST = 2.0
LABELLED_MIN = 0.95  # labelled answered right (faq/tests/config.yaml's spirit: issue 12)
TUNE_FLOOR = load_floors(FAQ_DIR / "tests" / "real")[0]["tune"].min_answered  # the CI floor
L2 = 1.0
# Candidate feature sets: the whole list, a small one, and the score alone (the current rule
# recalibrated: a higher answer threshold).
MODELS = {
    "full": FEATURES,
    "small": ("score", "gap", "entry_cover", "phrase_cover", "asked_cover", "long", "unknown",
              "several", "redirect"),
    "score-gap": ("score", "gap"),
    "gap-sibling": ("score", "gap", "third_gap", "sibling", "related", "entry_cover",
                    "phrase_cover", "several", "redirect", "long"),
    "score": ("score",),
}


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def _dedupe(rows: list[dict]) -> list[dict]:
    """A message copied into two sets (en-dev items in faq/tests/en) counts once, first set."""
    seen, out = set(), []
    for r in rows:
        if r["q"] in seen:
            continue
        seen.add(r["q"])
        out.append(r)
    return out


def fit_logistic(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = L2) -> np.ndarray:
    """Weighted L2 logistic regression by Newton's method on standardised features; returns
    (bias, *coefficients) on the raw features."""
    mu, sd = x.mean(0), x.std(0)
    sd[sd == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mu) / sd])
    beta = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(z @ beta)))
        grad = z.T @ (w * (p - y)) + reg * beta
        hess = (z * (w * p * (1 - p))[:, None]).T @ z + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    coef = beta[1:] / sd
    return np.concatenate([[beta[0] - (mu * coef).sum()], coef])


def matrix(rows: list[dict], names: tuple[str, ...]) -> np.ndarray:
    return np.array([[r["features"][n] for n in names] for r in rows], dtype=float)


def prob(beta: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(beta[0] + x @ beta[1:])))


def outcome(rows: list[dict], keep: dict[int, bool],
            promote: dict[int, bool] | None = None) -> dict[str, dict[str, int]]:
    """Per set: right and wrong answers once the gated answers not kept are demoted (and the
    suggestions in `promote` answered), the right answers demoted to a first suggestion."""
    out: dict[str, dict[str, int]] = {}
    promote = promote or {}
    for i, r in enumerate(rows):
        s = out.setdefault(r["group"], {"n": 0, "in_scope": 0, "right": 0, "wrong": 0,
                                        "demoted_right": 0, "demoted_wrong": 0,
                                        "promoted_right": 0, "promoted_wrong": 0, "oos": 0})
        s["n"] += 1
        s["in_scope"] += r["expect"] != "fallback"
        answered = keep.get(i, True)
        if r["right"] and r["expect"] != "fallback":
            s["right" if answered else "demoted_right"] += 1
        if r["wrong"]:
            s["wrong" if answered else "demoted_wrong"] += 1
        if promote.get(i):
            good = r["promote"]["right"]
            s["promoted_right" if good else "promoted_wrong"] += 1
            if good and r["expect"] != "fallback":
                s["right"] += 1
            elif not good:
                s["wrong"] += 1
                s["oos"] += r["promote"]["oos"]
    return out


# Groups left out of the objective (still bounds in `feasible`): with --deleak the labelled
# sets, whose questions are mostly the content's own phrasings, would outweigh the de-leaked ones.
BOUNDS_ONLY: frozenset[str] = frozenset()


def objective(stats: dict[str, dict[str, int]]) -> float:
    return sum(s["right"] - WRONG_COST * s["wrong"] for g, s in stats.items()
               if g not in BOUNDS_ONLY)


def floors() -> tuple[tuple[str, float], ...]:
    """The answered-right share each set must keep (TUNE_FLOOR as `fit` set it)."""
    return ("labelled", LABELLED_MIN), ("labelled-en", LABELLED_MIN), ("real-tune", TUNE_FLOOR)


def feasible(stats: dict[str, dict[str, int]]) -> bool:
    if any(s["oos"] for s in stats.values()):
        return False
    for group, floor in floors():
        s = stats.get(group)
        if s and s["right"] < floor * s["in_scope"]:
            return False
    return True


def _weights(rows: list[dict], balanced: bool) -> np.ndarray:
    if not balanced:
        return np.ones(len(rows))
    sizes: dict[str, int] = {}
    for r in rows:
        sizes[r["group"]] = sizes.get(r["group"], 0) + 1
    return np.array([len(rows) / (len(sizes) * sizes[r["group"]]) for r in rows])


def _line(name: str, s: dict) -> str:
    return (f"  {name:12} right {s['right']:4}/{s['in_scope']:<4} wrong {s['wrong']:3}/{s['n']:<4}"
            f" demoted right {s['demoted_right']:3} wrong {s['demoted_wrong']:3}"
            + (f"  t={s['threshold']}" if "threshold" in s else ""))


def _items(rows: list[dict], idx: list[int], promote: bool) -> list[tuple[int, str, dict, bool]]:
    """(row, answer|suggest, features, right) for the decisions the gate can change."""
    items = [(i, "answer", rows[i]["features"], rows[i]["right"]) for i in idx
             if rows[i]["features"] is not None]
    if promote:
        items += [(i, "suggest", rows[i]["promote"]["features"], rows[i]["promote"]["right"])
                  for i in idx if rows[i]["promote"] is not None]
    return items


def _decide(rows: list[dict], items, p, t) -> tuple[dict[int, bool], dict[int, bool]]:
    """Answer where the probability reaches `t`; t None: the thresholds alone (no gate)."""
    keep, promote = {}, {}
    for (i, kind, _, _), v in zip(items, p, strict=True):
        (keep if kind == "answer" else promote)[i] = kind == "answer" if t is None \
            else bool(v >= t)
    return keep, promote


def cv_both(rows: list[dict], names: tuple[str, ...], promote: bool, balanced: bool,
            l2: float = L2) -> tuple[dict[str, dict[str, int]], list]:
    """Leave one set out with one model for both directions (demote and promote)."""
    result, fitted = {}, []
    groups = list(dict.fromkeys(r["group"] for r in rows))
    for held in groups:
        train = [i for i, r in enumerate(rows) if r["group"] != held]
        test = [i for i, r in enumerate(rows) if r["group"] == held]
        items = _items(rows, train, promote)
        x = np.array([[f[n] for n in names] for _, _, f, _ in items], dtype=float)
        y = np.array([1.0 if ok else 0.0 for *_, ok in items])
        w = _weights([rows[i] for i, *_ in items], balanced)
        beta = fit_logistic(x, y, w, l2)
        p = prob(beta, x)
        train_rows = [rows[i] for i in train]
        pos = {i: k for k, i in enumerate(train)}
        best_t, best = None, objective(outcome(train_rows, {}))
        for t in np.arange(0.30, 0.99, 0.01):
            keep, prom = _decide(rows, items, p, t)
            stats = outcome(train_rows, {pos[i]: v for i, v in keep.items()},
                            {pos[i]: v for i, v in prom.items()})
            if feasible(stats) and objective(stats) > best + 1e-9:
                best_t, best = float(t), objective(stats)
        titems = _items(rows, test, promote)
        tx = np.array([[f[n] for n in names] for _, _, f, _ in titems], dtype=float)
        keep, prom = _decide(rows, titems, prob(beta, tx), best_t) if titems else ({}, {})
        tpos = {i: k for k, i in enumerate(test)}
        stats = outcome([rows[i] for i in test], {tpos[i]: v for i, v in keep.items()},
                        {tpos[i]: v for i, v in prom.items()})
        result[held] = stats[held] | {"threshold": None if best_t is None else round(best_t, 2)}
        fitted.append(beta)
    return result, fitted


def report_cv(rows: list[dict]) -> None:
    """Leave one set out for each feature set: demote only, then demote and promote."""
    for promote in (False, True):
        for name, names in MODELS.items():
            for bal in (False, True):
                cv, _ = cv_both(rows, names, promote, bal)
                tot_r = sum(s["right"] for s in cv.values())
                tot_w = sum(s["wrong"] for s in cv.values())
                oos = sum(s["oos"] for s in cv.values())
                print(f"CV promote={promote} {name} balanced={bal}: right {tot_r} wrong {tot_w}"
                      f" objective {tot_r - WRONG_COST * tot_w:.0f} oos {oos}")
                for g, s in cv.items():
                    print(_line(g, s) + f" promoted {s['promoted_right']}/{s['promoted_wrong']}"
                          f" oos {s['oos']}")


# The current rule, read from bot/understand/matcher.py and match_result.py (a copy by hand
# drifts); the grid around it: bench/decide_sweep.py.
CURRENT = {"answer": SINGLE_ANSWER_SCORE, "clear_score": rule.CLEAR_SCORE,
           "clear_gap": rule.CLEAR_GAP, "dominant_score": rule.DOMINANT_SCORE,
           "dominant_gap": rule.DOMINANT_GAP, "close_score": CLOSE_SCORE, "close_gap": CLOSE_GAP}


def _rule_inputs(rows: list[dict]) -> tuple[list[tuple[int, str, dict, bool]], np.ndarray]:
    """The single-question decisions (answers and suggestions) with score, gap and words."""
    items = [it for it in _items(rows, list(range(len(rows))), True)
             if it[2]["several"] == 0.0]
    x = np.array([[f["score"] * 100, f["gap"] * 100, round(math.expm1(f["words"]))]
                  for _, _, f, _ in items])
    return items, x


def rule_answers(x: np.ndarray, t: dict[str, float]) -> np.ndarray:
    best, gap, n = x[:, 0], x[:, 1], x[:, 2]
    dominant = ((n > 1) & (best >= t["clear_score"]) & (gap >= t["clear_gap"])) | (
        (n >= rule.DOMINANT_WORDS) & (best >= t["dominant_score"]) & (gap >= t["dominant_gap"]))
    tie = ((n == 1) & (gap < rule.ONE_WORD_TIE_GAP)) | (
        (best < t["close_score"]) & (gap < t["close_gap"]))
    return ((best >= t["answer"]) & ~tie) | dominant


def _changed(t: dict[str, float]) -> str:
    return ", ".join(f"{k} {t[k]:g}" for k in t if t[k] != CURRENT[k]) or "current"


SEVERAL_GRID = (0.0, 63.0, 66.0, 70.0, 72.0, 75.0, 80.0, 85.0)


def several_floor(rows: list[dict]) -> None:
    """Leave one set out: the score a message's main question (several asked) needs to be
    answered rather than offered first among the buttons."""
    def stats_for(t: float, subset: list[int]) -> dict[str, dict[str, int]]:
        pos = {i: k for k, i in enumerate(subset)}
        keep = {pos[i]: rows[i]["features"]["score"] * 100 >= t - 1e-9 for i in subset
                if rows[i]["features"] is not None and rows[i]["features"]["several"]}
        return outcome([rows[i] for i in subset], keep)

    groups = list(dict.fromkeys(r["group"] for r in rows))
    tr = tw = 0
    for held in groups:
        train = [i for i, r in enumerate(rows) if r["group"] != held]
        test = [i for i, r in enumerate(rows) if r["group"] == held]
        t = max((objective(st), -t) for t in SEVERAL_GRID
                if feasible(st := stats_for(t, train)))[1] * -1
        s = stats_for(t, test)[held]
        tr, tw = tr + s["right"], tw + s["wrong"]
        print(f"  held {held:11} floor {t:g}: right {s['right']} wrong {s['wrong']}"
              f" (demoted right {s['demoted_right']}, wrong {s['demoted_wrong']})")
    print(f"CV several floor: right {tr} wrong {tw} objective {tr - WRONG_COST * tw:.0f}")
    for t in SEVERAL_GRID:
        st = stats_for(t, list(range(len(rows))))
        print(f"  floor {t:g} on all: right {sum(s['right'] for s in st.values())} wrong "
              f"{sum(s['wrong'] for s in st.values())} objective {objective(st):.0f}")


def fit(path: Path, sweep_thresholds: bool = False, tune_floor: bool = True) -> None:
    """Every comparison of bench/README.md "Answer or ask back", from the logged features;
    without `tune_floor` real/tune's CI floor (measured on the leaky plain set) is no bound."""
    global TUNE_FLOOR, BOUNDS_ONLY
    if not tune_floor:
        TUNE_FLOOR = 0.0
        BOUNDS_ONLY = frozenset({"labelled", "labelled-en"})
    print(f"objective right - {WRONG_COST:g} x wrong")
    rows = _dedupe(load(path))
    base = outcome(rows, {})
    print("today (the log):")
    for g, s in base.items():
        print(_line(g, s))
    print(f"  objective {objective(base):.0f}")
    report_cv(rows)
    several_floor(rows)
    pair_rules(rows)
    if sweep_thresholds:
        from bench.decide_sweep import sweep

        sweep(rows, (WRONG_COST, 3.0) if WRONG_COST != 3.0 else (3.0,))


def pair_rules(rows: list[dict], floor_score: float = 0.0) -> None:
    """Leave one set out over "demote when fact A and fact B" (each fact below or above one of
    10 quantiles), on top of a floor for the main question of several (none by default)."""
    groups = list(dict.fromkeys(r["group"] for r in rows))
    g_of = np.array([groups.index(r["group"]) for r in rows])
    in_scope = np.array([r["expect"] != "fallback" for r in rows])
    right = in_scope & np.array([bool(r["right"]) for r in rows])
    wrong = np.array([bool(r["wrong"]) for r in rows])
    gated = np.array([r["features"] is not None for r in rows])
    x = np.array([[r["features"][n] if r["features"] else np.nan for n in FEATURES]
                  for r in rows])
    free = ~(gated & (np.nan_to_num(x[:, FEATURES.index("several")]) == 1)
             & (np.nan_to_num(x[:, FEATURES.index("score")]) * 100 < floor_score))
    conds, names = [], []
    for j, n in enumerate(FEATURES):
        for v in np.unique(np.nanquantile(x[gated, j], np.linspace(0.05, 0.95, 10))):
            for op, mask in (("<", x[:, j] < v), (">=", x[:, j] >= v)):
                conds.append(gated & free & mask)
                names.append(f"{n} {op} {v:.3f}")
    c = np.array(conds)
    floors = [(groups.index(g), share) for g, share in (("labelled", LABELLED_MIN),
                                                        ("real-tune", TUNE_FLOOR))]
    kept = {g: int((right & free & (g_of == g)).sum()) for g in range(len(groups))}
    scope = {g: int((in_scope & (g_of == g)).sum()) for g in range(len(groups))}

    def search(train: np.ndarray) -> tuple[float, tuple[int, int] | None]:
        best: tuple[float, tuple[int, int] | None] = (0.0, None)
        for a in range(len(c)):
            d = c[a][None, :] & c[a:] & train[None, :]
            gain = WRONG_COST * (d & wrong).sum(1) - (d & right).sum(1)
            for g, share in floors:
                if train[g_of == g].any():
                    lost = (d & right & (g_of == g)).sum(1)
                    gain = np.where(kept[g] - lost >= share * scope[g], gain, -1e9)
            b = int(np.argmax(gain))
            if gain[b] > best[0]:
                best = (float(gain[b]), (a, a + b))
        return best

    total = 0.0
    for g, held in enumerate(groups):
        _, pair = search(g_of != g)
        if pair is None:
            print(f"  held {held:11} no pair chosen")
            continue
        d = c[pair[0]] & c[pair[1]] & (g_of == g)
        lost, cut = int((d & right).sum()), int((d & wrong).sum())
        total += WRONG_COST * cut - lost
        print(f"  held {held:11} {names[pair[0]]} and {names[pair[1]]}: right lost {lost}, "
              f"wrong cut {cut}")
    print(f"CV pair rules (floor {floor_score:g}): objective {total:+.0f} against today")
