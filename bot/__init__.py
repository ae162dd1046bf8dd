"""BPJAMSOSTEK assistant: one transport-neutral core with Telegram, console and CLI adapters."""

import sys

__version__ = "0.1.0"

# httpx (python-telegram-bot's HTTP client) imports its optional command line whenever click and
# pygments are installed (uvicorn brings click, pytest pygments): ~2-4 MB resident and ~10 ms of
# start-up the bot never uses. None in sys.modules makes that import fail as it does without
# them; httpx then keeps its own stub `httpx.main`. Runs first: `python -m bot` imports this
# package before anything else.
sys.modules.setdefault("httpx._main", None)
