"""BPJAMSOSTEK assistant: one transport-neutral core with Telegram, console and CLI adapters."""

__version__ = "0.1.0"
