"""Telegram transport: the only package that imports telegram (application, inbound handlers,
outbound sending, formatting)."""
