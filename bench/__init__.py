"""Benchmarks: see bench/README.md."""

# A bench process starts as the bot does: `python -m bot` runs bot/__init__.py (which keeps
# httpx from importing its command line) before any third-party import.
import bot  # noqa: F401
