"""Staff tools: faq test, faq learn, misses and usage reports, live reload and admin commands.

May import the lower levels only.
"""
