"""Hand the heap memory a burst of work freed back to the operating system."""

from __future__ import annotations

import ctypes
import gc
from collections.abc import Callable
from functools import cache


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, or None where the C library has none (macOS, musl)."""
    try:
        return ctypes.CDLL(None).malloc_trim  # the process's own symbols include libc's
    except (AttributeError, OSError):
        return None


def release_free_memory() -> bool:
    """Collect garbage, then ask the C allocator to return its free pages; False when the
    platform cannot. Why: rendering every answer once (the start check) or building a new
    index (a reload) leaves megabytes that Python freed but the allocator keeps, and idle
    memory is what a small instance is sized for."""
    gc.collect()
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
