"""Core: the engine (events in, replies out), settings, admin guard and formatting.

May import nothing else from bot; never imports telegram.
"""
