"""Telegram transport: the only package that imports telegram (application, inbound handlers,
outbound sending, formatting, the webhook server with its health check and metrics)."""
