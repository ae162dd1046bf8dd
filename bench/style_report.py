"""What `bench/stories.py` and `bench/daerah.py` share: the seeded labelled run and its report."""

from __future__ import annotations

import argparse
from collections import Counter

from bot.content.faqbase import load_faq
from bot.core.settings import PROJECT_ROOT
from bot.staff.regression import load_labelled
from bot.understand.matcher import Matcher


def labelled_run(description: str) -> tuple[argparse.Namespace, Matcher, list]:
    """--seed parsed, the Indonesian matcher, and the labelled questions whose entry exists."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--seed", type=int, default=20261130)
    args = parser.parse_args()
    faq = load_faq(PROJECT_ROOT / "faq")
    cases = [c for c in load_labelled(PROJECT_ROOT / "faq" / "tests", set(faq.entries))[0]
             if c.expect in faq.entries]
    return args, Matcher(faq), cases


def print_shares(seen: Counter[str], right: Counter[str], width: int) -> None:
    """One line per key: answered right n/N (share)."""
    for key in sorted(seen):
        print(f"{key:{width}s} answered right {right[key]}/{seen[key]} "
              f"({100 * right[key] / seen[key]:.1f}%)")
