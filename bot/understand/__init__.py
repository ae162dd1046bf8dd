"""Understanding text: normalisation, FAQ matching, reading amounts and calculation requests.

May import bot.core; content types only for type checking.
"""
