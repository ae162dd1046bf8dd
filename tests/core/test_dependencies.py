"""The stemmer is the maintained PySastrawi, not the 2016 `sastrawi` (same import name)."""

from __future__ import annotations

import tomllib

from bot.core.settings import PROJECT_ROOT


def _dependencies() -> list[str]:
    with (PROJECT_ROOT / "pyproject.toml").open("rb") as f:
        return [d.lower().replace(" ", "") for d in tomllib.load(f)["project"]["dependencies"]]


def test_pysastrawi_replaces_sastrawi():
    deps = _dependencies()
    assert "pysastrawi>=1.2.1" in deps
    assert not [d for d in deps if d.startswith("sastrawi")]  # both install `Sastrawi/`


def test_dotenv_is_a_dependency():
    assert any(d.startswith("python-dotenv") for d in _dependencies())
