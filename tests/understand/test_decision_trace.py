"""The facts behind each answer-or-ask decision, logged for bench/decide.py."""

from __future__ import annotations

import pytest

from bot.understand import decision


def _traced(matcher, text: str, monkeypatch) -> list[tuple[str, str, dict[str, float]]]:
    seen: list[tuple[str, str, dict[str, float]]] = []
    monkeypatch.setattr(decision, "trace",
                        lambda t, outcome, values, top: seen.append((outcome, top[0].entry_id,
                                                                     values)))
    matcher.match(text)
    return seen


def test_an_answer_is_traced_with_every_feature(matcher, monkeypatch):
    result = matcher.match("cara klaim jht lewat jmo")
    [(outcome, entry, values)] = _traced(matcher, "cara klaim jht lewat jmo", monkeypatch)
    assert outcome == result.outcome == "answer" and entry == result.best.entry_id
    assert set(values) == set(decision.FEATURES)
    assert values["score"] == pytest.approx(result.best.score / 100)
    assert values["several"] == 0.0 and values["redirect"] == 0.0
    assert 0.0 < values["entry_cover"] <= 1.0 and 0.0 < values["phrase_cover"] <= 1.0


def test_a_suggestion_and_a_redirect_are_traced(matcher, monkeypatch):
    [(outcome, _, _)] = _traced(matcher, "syarat", monkeypatch)
    assert outcome == "suggest"
    [(_, entry, values)] = _traced(matcher, "lupa password mobile jkn bpjs kesehatan",
                                   monkeypatch)
    assert values["redirect"] == 1.0 and entry.startswith("rujukan")


def test_the_main_question_of_several_is_traced_as_such(matcher, monkeypatch):
    seen = _traced(matcher, "klaim jkm caranya gimana, ahli warisnya siapa saja", monkeypatch)
    assert [(o, e, v["several"]) for o, e, v in seen] == [("answer", "jkm-cara-klaim", 1.0)]


def test_nothing_is_traced_by_default():
    assert decision.trace is None
