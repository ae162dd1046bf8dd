"""Content: FAQ model and loading, effective-dated rates, validation (faq check), rendering, the
live store.

May import bot.core and bot.understand.
"""
