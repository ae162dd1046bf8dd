"""Storage: the one place that speaks SQL, on SQLite (aiosqlite, the default) or PostgreSQL
(asyncpg, DATABASE_URL): schema, sessions, question log, registrations, outreach, inbox.

May import only bot.core.
"""
