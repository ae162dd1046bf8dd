"""The calculation feature: inline calculations, result replies and the /hitung conversation.

May import the lower levels only.
"""
