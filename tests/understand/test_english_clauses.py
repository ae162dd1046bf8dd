"""English typed without punctuation (clause_words.english, English matcher only): a clause
opening as a question asks without a "?", and a run-on splits before an English question."""

from __future__ import annotations

from bot.content.clause_cues import load_clause_cues
from bot.understand.clause_words import english
from bot.understand.clauses import clauses
from tests.conftest import FAQ_DIR

CUES = load_clause_cues(FAQ_DIR, [])
RUN_ON = ("my mum passed away last week she was a member and her company paid everything how do "
          "we make a claim for the money")


def asking(text: str, cues) -> list[str]:
    return [c.text for c in clauses(text, cues) if c.asks]


def test_an_english_question_without_a_question_mark_asks():
    assert asking(RUN_ON, english(CUES)) == ["how do we make a claim for the money"]
    stops = "My mum passed away last week. She was a member. How do we make a claim"
    assert asking(stops, english(CUES)) == ["How do we make a claim"]
    chat = RUN_ON.replace("how do", "hw do")  # a chat form opens a question too
    assert asking(chat, english(CUES)) == ["hw do we make a claim for the money"]
    assert asking(RUN_ON, CUES) == [] and asking(stops, CUES) == []  # the Indonesian cues


def test_a_writer_who_marks_one_question_marks_the_others():
    text = ("my mom is 62 and still sells food, is there an age limit for her? and when does "
            "the protection start after we pay")
    assert asking(text, english(CUES)) == asking(text, CUES)


def test_a_run_on_that_is_mostly_its_question_is_not_split():
    text = "as a foreigner can i get jkp money if the company terminates my contract early"
    assert clauses(text, english(CUES)) == []
