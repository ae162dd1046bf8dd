"""Outreach: staying in touch with users (issue 17).

/pengingat (monthly contribution reminders), /langganan and /umumkan (notices when a rule
changes), and "💬 Tanya petugas" (hand-off of a question to a staff group). A feature: may import
core, storage, understand, content and rules; SQL lives in bot.storage.outreach / handoffs.
"""
