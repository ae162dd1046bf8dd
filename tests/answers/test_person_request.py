"""A short message asking for a person: the staff's contacts and the hand-off, not suggestions."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.answers.person_request import asks_person
from bot.app.composition import build_engine, close_engine
from bot.core.replies import Event
from bot.core.settings import Settings
from tests.conftest import AS_OF

STAFF = "-100777"


@pytest.fixture
async def staffed(settings: Settings):
    """An engine with a staff group set (STAFF_CHAT_ID): the hand-off is offered."""
    eng = await build_engine(replace(settings, staff_chat_id=STAFF), as_of=AS_OF)
    yield eng
    await close_engine(eng)


def data_of(reply) -> list[str]:
    return [b.data for row in reply.buttons for b in row]


@pytest.mark.parametrize("text", [
    "mau bicara dengan petugas", "bisa sambung ke cs?", "admin tolong balas",
    "saya mau ngomong sama orang bukan bot", "Min, tolong bales dong", "pengen BICARA SAMA CS",
])
async def test_a_request_for_a_person_gets_the_contacts_not_suggestions(engine, text) -> None:
    (reply,) = await engine.handle(Event("p1", text=text))
    assert reply.kind == "fallback" and not reply.suggestions
    assert "asisten otomatis" in reply.text and "175" in reply.text and "JMO" in reply.text
    assert "menu" in data_of(reply)  # the topics one tap away
    assert not any(d.startswith("ho:") for d in data_of(reply))  # no staff group here


async def test_in_english_the_reply_is_english(engine) -> None:
    (reply,) = await engine.handle(Event("p2", text="can I talk to a human please"))
    assert reply.kind == "fallback" and "automatic assistant" in reply.text


async def test_the_last_question_is_offered_to_staff(staffed) -> None:
    first = await staffed.handle(Event("p3", text="klaim jht saya ditolak terus padahal berkas "
                                                  "lengkap, saya bingung"))
    assert first
    (reply,) = await staffed.handle(Event("p3", text="bisa ngobrol dengan petugas?"))
    assert "klaim jht saya ditolak terus" in reply.text
    (handoff,) = [d for d in data_of(reply) if d.startswith("ho:ask:")]
    (consent,) = await staffed.handle(Event("p3", press=handoff))
    assert "klaim jht saya ditolak terus" in consent.text  # the question, not the request
    assert any(d.startswith("ho:yes:") for d in data_of(consent))


async def test_without_a_question_before_it_says_how_to_reach_staff(staffed) -> None:
    (reply,) = await staffed.handle(Event("p4", text="mau bicara dengan petugas"))
    assert "Tanya petugas" in reply.text and "<blockquote>" not in reply.text
    (again,) = await staffed.handle(Event("p4", text="halo admin tolong balas"))
    assert "<blockquote>" not in again.text  # a request is never offered as the question


async def test_a_confident_answer_and_a_story_are_not_requests(engine) -> None:
    (reply,) = await engine.handle(Event("p5", text="hubungi cs"))
    assert reply.kind == "faq" and reply.entry_id == "daftar-call-center"
    story = ("saya sudah tiga kali ke kantor cabang dan bicara dengan petugas tapi klaim jht "
             "tetap belum cair padahal semua berkas lengkap, harus gimana ya?")
    replies = await engine.handle(Event("p6", text=story))
    assert "asisten otomatis" not in replies[0].text


def test_only_requests_are_read_as_requests(engine) -> None:
    cues = engine.store.current.faq.clause_cues
    assert asks_person("tolong sambungkan ke operator", cues)
    assert asks_person("I want to speak to someone", cues)
    for text in ("kata petugas harus ke kantor cabang", "sudah tanya petugas katanya belum bisa",
                 "cs nya bilang harus nunggu", "petugas bpjs datang ke kantor kami"):
        assert not asks_person(text, cues), text
