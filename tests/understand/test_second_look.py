"""The second look before answering or asking back (bot/understand/second_look.py)."""

from __future__ import annotations

from bot.understand import second_look
from bot.understand.match_result import Candidate
from bot.understand.several import OTHER_SCORE

STORY = ("Kemarin saya kecelakaan kerja di pabrik, tangan saya patah dan dirawat di rumah sakit "
         "tiga minggu. Saldo jht saya berapa ya?")


def _query(matcher, text: str) -> tuple[str, ...]:
    return matcher.query_tokens(text)[1]


def test_an_answer_the_story_chose_is_asked_back_with_the_question_s_entry_first(matcher):
    # The accident story outweighs "saldo jht berapa": the whole message's best entry explains
    # little of it, and the question alone points to the balance check.
    result = matcher.match(STORY)
    assert result.outcome == "suggest"
    assert result.candidates[0].entry_id == "jht-cek-saldo"


def test_an_answer_the_asking_clause_agrees_with_stands(matcher):
    query = _query(matcher, STORY)
    best = Candidate("jht-cek-saldo", 70.0, "")
    assert second_look.story_led(matcher, STORY, query, best) is best


def test_an_answer_that_explains_most_of_the_message_stands_without_a_second_look(matcher):
    text = "saldo jht saya berapa ya? sudah kerja lima tahun"
    query = _query(matcher, text)
    best = Candidate("jht-cek-saldo", 70.0, "")
    assert second_look.unexplained_share(matcher, query, "jht-cek-saldo") \
        < second_look.STORY_LED_UNEXPLAINED
    assert second_look.story_led(matcher, text, query, best) is best


def test_a_main_question_the_whole_message_disputes_is_asked_back(matcher):
    # Had the JMO question led this message, the death at work told and asked about would
    # dispute it: JMO explains little of the message.
    text = ("Suami saya meninggal karena kecelakaan kerja di pabrik minggu lalu, santunannya "
            "berapa ya? terus cara daftar jmo gimana?")
    query = _query(matcher, text)
    main = Candidate("daftar-jmo", OTHER_SCORE + 5, "")
    disputed = second_look.main_disputed(matcher, text, query, main)
    assert disputed is not None and disputed.entry_id == "jkk-meninggal"
    # A first-asked question led by its order under OTHER_SCORE keeps that decision.
    near = Candidate("daftar-jmo", OTHER_SCORE - 1, "")
    assert second_look.main_disputed(matcher, text, query, near) is None


def test_a_redirect_suggestion_is_answered_only_when_clear_and_named(matcher):
    text = "pospay bilang saya tidak terdaftar, padahal dulu pernah dapat"
    query = _query(matcher, text)
    bsu = Candidate("rujukan-bsu", 55.0, "")
    assert second_look.sure_redirect(matcher, query, (bsu, Candidate("jkp-apa-itu", 50.0, "")))
    # Closer than REDIRECT_GAP to the next entry: the message fits both, still asked.
    assert not second_look.sure_redirect(matcher, query, (bsu, Candidate("jkp-apa-itu", 54.0, "")))
    # A message naming none of the entry's keywords is not another agency's business:
    # a passport question is not sent to the tax office.
    passport = _query(matcher, "cara bikin paspor online")
    tax = Candidate("rujukan-pajak", 55.0, "")
    assert not second_look.sure_redirect(matcher, passport,
                                         (tax, Candidate("jkp-apa-itu", 40.0, "")))
    # A word the entry does not use names a program of the FAQ's own ("pensiun" = JP).
    pension = _query(matcher, "uang pensiun taspen ayah saya belum cair")
    taspen = Candidate("rujukan-taspen", 55.0, "")
    assert second_look.names_other(matcher, pension, "rujukan-taspen")
    assert not second_look.sure_redirect(matcher, pension,
                                         (taspen, Candidate("jp-cara-klaim", 40.0, "")))
    # Only redirect entries are answered this way.
    assert not second_look.sure_redirect(matcher, query, (Candidate("jkp-apa-itu", 55.0, ""),
                                                          Candidate("jht-apa-itu", 40.0, "")))
