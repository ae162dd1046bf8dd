"""The composition root: content, database and every feature in one visible order.

May import every package except the transports (console, telegram), which import it.
"""
