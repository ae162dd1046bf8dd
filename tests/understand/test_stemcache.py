"""The persistent stem cache: round trip, and never breaking start-up."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.understand import normalize, stemcache

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(normalize, "_known", {})
    monkeypatch.setattr(normalize, "_new", False)
    normalize.stem.cache_clear()
    yield
    normalize.record_stems(False)
    normalize.stem.cache_clear()


def _stem_recorded(word: str) -> str:
    normalize.record_stems(True)
    try:
        return normalize.stem(word)
    finally:
        normalize.record_stems(False)


def test_round_trip_and_cached_stems_are_used(tmp_path: Path) -> None:
    path = tmp_path / stemcache.FILE_NAME
    assert _stem_recorded("pencairan") == "cair"
    assert stemcache.save(path)
    assert not stemcache.save(path)  # nothing new: no rewrite
    normalize._known.clear()
    normalize.stem.cache_clear()
    data = json.loads(path.read_text())
    data["stems"]["pencairan"] = "marker"  # proves the cached value is what stem() returns
    path.write_text(json.dumps(data))
    assert stemcache.load(path) == 1
    assert normalize.stem("pencairan") == "marker"


def test_users_words_are_not_recorded(tmp_path: Path) -> None:
    normalize.stem("pencairan")  # not recording: a user's message
    assert normalize.known_stems() == {}
    assert not stemcache.save(tmp_path / stemcache.FILE_NAME)


@pytest.mark.parametrize("text", ["{not json", "[]", '{"key": 1}', ""])
def test_corrupt_cache_is_ignored(tmp_path: Path, text: str) -> None:
    path = tmp_path / stemcache.FILE_NAME
    path.write_text(text)
    assert stemcache.load(path) == 0
    assert normalize.stem("pencairan") == "cair"


def test_stale_key_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / stemcache.FILE_NAME
    path.write_text(json.dumps({"key": "0.0:other", "stems": {"pencairan": "marker"}}))
    assert stemcache.load(path) == 0
    assert normalize.stem("pencairan") == "cair"


def test_missing_and_unwritable_paths_do_not_raise(tmp_path: Path) -> None:
    assert stemcache.load(tmp_path / "absent.json") == 0
    blocker = tmp_path / "file"
    blocker.write_text("x")
    _stem_recorded("pencairan")
    assert not stemcache.save(blocker / "sub" / stemcache.FILE_NAME)  # parent is a file


def test_shipped_table_is_current_and_right() -> None:
    data = json.loads(stemcache.SHIPPED.read_text(encoding="utf-8"))
    # A stale key makes the table silently useless: regenerate with `python -m bot.app.stems`.
    assert data["key"] == stemcache.cache_key()
    wrong = {w: s for w, s in data["stems"].items() if normalize._stem(w) != s}
    assert not wrong
    assert len(data["stems"]) > 1000


def test_shipped_table_covers_the_content() -> None:
    """Words the FAQ gained since the table was made are stemmed at every first start (~1 ms
    each; 892 of them made a fresh machine's start ~0.8 s slower): regenerate the table with
    `python -m bot.app.stems` before this many pile up."""
    script = (
        "from datetime import date\n"
        "from bot.content.store import build_content\n"
        "from bot.core.settings import load_settings\n"
        "from bot.understand import normalize, stemcache\n"
        "stemcache.load(stemcache.SHIPPED)\n"
        "before = set(normalize.known_stems())\n"
        "normalize.record_stems(True)\n"
        "s = load_settings(env={})\n"
        "build_content(s.faq_dir, s.templates_dir, date(2026, 12, 1), thorough=False)\n"
        "print(len(set(normalize.known_stems()) - before))\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=True)
    assert int(done.stdout.split()[-1]) <= 100, "regenerate: python -m bot.app.stems"
