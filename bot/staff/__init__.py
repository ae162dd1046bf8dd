"""Staff tools: faq test, misses and usage reports, live reload and the admin commands.

May import the lower levels only.
"""
