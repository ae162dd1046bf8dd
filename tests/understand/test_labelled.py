"""The committed quality bar: the labelled questions in faq/tests/ through the real matcher.

Thresholds live in faq/tests/config.yaml. Run `python -m bot faq test` for the full report.
"""

from __future__ import annotations

from bot.staff.regression import evaluate, format_outcome
from tests.conftest import AS_OF, FAQ_DIR, TEMPLATES_DIR


def test_labelled_questions_meet_committed_rates() -> None:
    evaluation = evaluate(FAQ_DIR, TEMPLATES_DIR, AS_OF)
    assert not evaluation.problems, "\n".join(str(p) for p in evaluation.problems)
    assert evaluation.total > 0, "no labelled questions in faq/tests/"
    required = evaluation.thresholds.min_pass_rate
    failures = "\n".join(format_outcome(r) for r in evaluation.failures)
    assert evaluation.pass_rate >= required, (
        f"pass rate {evaluation.pass_rate:.1%} below {required:.1%}:\n{failures}")


def test_out_of_scope_questions_never_get_a_confident_answer() -> None:
    evaluation = evaluate(FAQ_DIR, TEMPLATES_DIR, AS_OF)
    wrong = evaluation.out_of_scope_answered
    allowed = evaluation.thresholds.max_out_of_scope_answered
    assert len(wrong) <= allowed, "\n".join(format_outcome(r) for r in wrong)
