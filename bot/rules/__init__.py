"""Program rules as arithmetic: contributions and benefits from the rates.

May import bot.core and bot.content; shared by the calc and registration features.
"""
