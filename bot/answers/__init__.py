"""The FAQ feature: answer, suggest, redirect, topic menu and the general commands (/start, /help,
/topik).

May import the lower levels only.
"""
