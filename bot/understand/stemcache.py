"""Persistent cache of Sastrawi stems, so a restart does not re-stem the whole FAQ."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from bot.understand import normalize

log = logging.getLogger(__name__)

FILE_NAME = "stem-cache.json"
# The same table for the FAQ's own words, shipped in the package (`python -m bot.app.stems`
# regenerates it) so the first start on a fresh machine is fast too; ignored once stale.
SHIPPED = Path(__file__).with_name("stems.json")


def cache_key() -> str:
    """Stemmer package + version, its dictionary size and a hash of our own stemming code, so
    an upgrade, a switch between `sastrawi` and `PySastrawi` or an edit here invalidates."""
    installed = "unknown"
    for dist in ("PySastrawi", "Sastrawi"):  # same import name; see pyproject.toml
        try:
            installed = f"{dist}-{version(dist)}"
            break
        except PackageNotFoundError:
            continue
    code = normalize._stem.__code__
    ours = repr((code.co_code, code.co_consts, code.co_names,
                 sorted(normalize._SHORT_ROOTS), len(normalize._ROOTS)))
    return f"{installed}:{hashlib.sha256(ours.encode()).hexdigest()[:16]}"


def load(path: Path) -> int:
    """Preload stems from `path`; a missing, stale or corrupt file just means computing."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("key") != cache_key():
            return 0
        stems = {str(w): str(s) for w, s in data["stems"].items()}
    except FileNotFoundError:
        return 0
    except (OSError, ValueError, TypeError, AttributeError, KeyError) as exc:
        log.warning("stem cache %s unreadable, stemming from scratch: %s", path, type(exc).__name__)
        return 0
    normalize.preload_stems(stems)
    return len(stems)


def save(path: Path) -> bool:
    """Write every stem computed so far when some are new; failure is logged, never raised."""
    if not normalize.stems_changed():
        return False
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps({"key": cache_key(), "stems": normalize.known_stems()},
                                  ensure_ascii=False, sort_keys=True, indent=0), encoding="utf-8")
        os.replace(tmp, path)  # atomic: a concurrent reader sees the old or the new file
    except OSError as exc:
        log.warning("stem cache %s not written: %s", path, type(exc).__name__)
        with contextlib.suppress(OSError):  # the directory itself may be unusable
            tmp.unlink(missing_ok=True)
        return False
    normalize.mark_stems_saved()
    return True
