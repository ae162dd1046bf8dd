"""Tests of bot.outreach (issue 17)."""
