"""Command line: `python -m bot [chat|ask|run|faq|report|export] ...`."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from bot.settings import load_settings


def _as_of(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    sub = parser.add_subparsers(dest="command")

    faq = sub.add_parser("faq", help="check the FAQ files")
    faq_sub = faq.add_subparsers(dest="faq_command", required=True)
    check = faq_sub.add_parser("check", help="validate entries, rates, synonyms and templates")
    check.add_argument("directory", nargs="?", type=Path)
    check.add_argument("--as-of", type=_as_of, default=None)
    return parser


def cmd_faq_check(args: argparse.Namespace) -> int:
    from bot.content_check import run_check

    settings = load_settings()
    directory = args.directory or settings.faq_dir
    faq, problems = run_check(directory, settings.templates_dir, args.as_of or date.today())
    for problem in problems:
        print(problem)
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = len(problems) - errors
    if faq is not None and not errors:
        print(f"OK: {len(faq.entries)} entries in {len(faq.topics)} topics, "
              f"{len(faq.rates.keys())} rates; {warnings} warning(s)")
        return 0
    print(f"FAILED: {errors} error(s), {warnings} warning(s)", file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "faq" and args.faq_command == "check":
        return cmd_faq_check(args)
    build_parser().print_help()
    return 2
