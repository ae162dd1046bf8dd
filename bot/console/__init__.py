"""Console transport: the local chat and the ask batch CLI over the same engine.

May import bot.app and the lower levels.
"""
