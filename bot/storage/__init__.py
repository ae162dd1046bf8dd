"""Storage: the one place that speaks SQL (SQLite via aiosqlite): schema, sessions, question log,
registrations.

May import only bot.core.
"""
