"""What a start imports: the bot's Telegram path without httpx's command line or staff-only code."""

from __future__ import annotations

import json
import subprocess
import sys

from bot.core.settings import PROJECT_ROOT

CODE = """
import json, sys
import bot.app.composition, bot.telegram.app, httpx
loaded = sorted(name for name, module in sys.modules.items() if module is not None)
print(json.dumps({"modules": loaded, "main": httpx.main.__module__}))
"""


def _started() -> dict:
    out = subprocess.run([sys.executable, "-c", CODE], cwd=PROJECT_ROOT, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_a_start_imports_no_command_line_or_staff_tools():
    """httpx would import click and pygments (its CLI, ~2-4 MB resident) whenever they are
    installed; the staff reports and /belajar's apply step load when an admin uses them."""
    started = _started()
    loaded = set(started["modules"])
    assert not {"click", "pygments", "httpx._main"} & loaded
    assert not {"bot.staff.reports", "bot.staff.learn_apply", "bot.staff.regression"} & loaded
    assert {"bot.staff.commands", "bot.staff.learn_command", "telegram.ext"} <= loaded
    assert started["main"] == "httpx"  # httpx's own stub stands in for its command line
