"""Consent typed the way people chat (forms23): a clear yes or no in chat words is read, an
unclear reply (or a yes asked back as a question) is never taken as consent: asked again."""

from __future__ import annotations

import pytest

from tests.registration.driver import say, session_of


async def _consent(engine, user: str, text: str):
    await say(engine, user, command="daftar")
    replies = await say(engine, user, text=text)
    return replies, await session_of(engine, user)


@pytest.mark.parametrize("text", [
    "gapapa", "gpp", "ga papa kak", "nggak apa apa", "tidak apa-apa", "ya gpp", "gpp lanjut kak",
    "silakan", "silahkan kak", "ya deh", "ya kak", "ya udah boleh", "boleh kak silakan",
    "saya bersedia", "bersedia", "setujuu", "acc", "sepakat", "izinkan", "okelah", "boleh lah"])
async def test_a_clear_yes_in_chat_words_is_consent(engine, text):
    _, session = await _consent(engine, "y1", text)
    assert session is not None and session.data["step"] == "name", text


@pytest.mark.parametrize("text", [
    "ngga dulu", "gak dulu deh", "skip", "ga mau", "tidak bersedia", "saya keberatan",
    "keberatan", "emoh", "wegah", "mboten", "gamau", "nggak usah", "ga deh makasih"])
async def test_a_clear_no_in_chat_words_ends_the_form(engine, text):
    _, session = await _consent(engine, "n1", text)
    assert session is None, text


@pytest.mark.parametrize("text", [
    "setuju?", "ok?", "boleh?", "ya?", "hmm", "👍", "bentar", "mikir dulu", "terserah",
    "ok tapi nanti", "iya gak", "gpp?", "nah", "g"])
async def test_an_unclear_reply_is_never_consent(engine, text):
    replies, session = await _consent(engine, "q1", text)
    assert session is not None and session.data["step"] == "consent", text
    assert replies[-1].kind == "flow"


async def test_a_yes_asked_back_is_asked_again_not_answered_from_the_faq(engine):
    replies, _ = await _consent(engine, "q2", "setuju?")
    assert [r.kind for r in replies] == ["flow"]


async def test_chat_words_for_it_is_fine_are_no_thanks_at_the_consent(engine):
    """"nggak apa apa" was read as thanks ("Sama-sama") and asked again."""
    replies, _ = await _consent(engine, "q3", "nggak apa apa")
    assert all(r.kind != "smalltalk" for r in replies)
