"""The English labelled set (faq/tests/en/) through the English matcher and the reader."""

from __future__ import annotations

from bot.staff.regression import evaluate, format_outcome
from tests.conftest import AS_OF, FAQ_DIR, TEMPLATES_DIR


def test_english_set_meets_its_committed_rate() -> None:
    evaluation = evaluate(FAQ_DIR, TEMPLATES_DIR, AS_OF, lang="en")
    assert not evaluation.problems, "\n".join(str(p) for p in evaluation.problems)
    assert evaluation.total >= 150
    assert sum(r.case.expect == "calc" for r in evaluation.results) >= 15
    failures = "\n".join(format_outcome(r) for r in evaluation.failures)
    assert evaluation.pass_rate >= evaluation.thresholds.min_pass_rate, failures
    assert len(evaluation.out_of_scope_answered) <= evaluation.thresholds.max_out_of_scope_answered
