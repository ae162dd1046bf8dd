"""Prometheus metrics of one bot process: updates by outcome, handling latency, API errors.

Each application gets its own registry (tests and benchmarks build several in one process);
`/metrics` of the webhook server exposes it in Prometheus' text format.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram
from prometheus_client.exposition import generate_latest
from telegram.error import RetryAfter, TelegramError

# handled: answered now; duplicate: answered before (re-delivery); busy: another instance is on
# it (503, Telegram retries); error: a handler failed (the user got an apology); timeout:
# still running when 200 was sent; rejected: wrong secret; invalid: not an update.
OUTCOMES = ("handled", "duplicate", "busy", "error", "timeout", "rejected", "invalid",
            "unavailable")
LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 60.0)


class Metrics:
    """The counters and histogram, in a registry of their own."""

    content_type = CONTENT_TYPE_LATEST

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.updates = Counter("bot_updates", "Webhook updates by outcome", ["outcome"],
                               registry=self.registry)
        self.latency = Histogram("bot_update_handling_seconds",
                                 "Time from receiving a webhook update to answering it",
                                 buckets=LATENCY_BUCKETS, registry=self.registry)
        self.api_errors = Counter("bot_telegram_api_errors",
                                  "Failed Bot API requests by method and error type",
                                  ["method", "error"], registry=self.registry)
        self.retry_afters = Counter("bot_telegram_retry_afters",
                                    "429 Too Many Requests (flood control) answers by method",
                                    ["method"], registry=self.registry)
        self.retry_after_seconds = Counter("bot_telegram_retry_after_seconds",
                                           "Seconds Telegram asked us to wait (429)",
                                           registry=self.registry)
        for outcome in OUTCOMES:  # every series exists from the start, at 0
            self.updates.labels(outcome)

    def render(self) -> bytes:
        return generate_latest(self.registry)

    def counting(self, endpoint: str, callback: Callable[..., Awaitable[Any]]
                 ) -> Callable[..., Awaitable[Any]]:
        """`callback` (one Bot API request), counting its failures before they propagate."""

        async def counted(*args: Any, **kwargs: Any) -> Any:
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                self.retry_afters.labels(endpoint).inc()
                # The timedelta PTB keeps (the public attribute warns: its type changes).
                wait = getattr(exc, "_retry_after", None)
                self.retry_after_seconds.inc(wait.total_seconds() if wait is not None else 0)
                raise
            except TelegramError as exc:
                self.api_errors.labels(endpoint, type(exc).__name__).inc()
                raise

        return counted
