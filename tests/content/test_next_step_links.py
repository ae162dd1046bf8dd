"""The real FAQ's benefit answers point at how to claim them (their `related` buttons)."""

from bot.content.faqbase import load_faq
from bot.understand.matcher import Matcher
from tests.conftest import FAQ_DIR

# Benefit entries whose next step is not the program's usual claim: a scholarship has its own
# application, "not covered" and an inactive membership are answers about whether, and a work
# death's three buttons already lead to the heirs' claims.
NOT_A_CLAIM_STEP = {"jkk-beasiswa", "jkm-beasiswa", "jkk-tidak-ditanggung", "jkm-nonaktif",
                    "jkk-meninggal"}
PROGRAMS = ("JKK", "JKM", "JKP", "JP", "JHT")


def test_a_benefit_answer_offers_a_claim_entry_of_its_program():
    faq = load_faq(FAQ_DIR)
    matcher = Matcher(faq)
    claims: dict[str, set[str]] = {}
    for entry in faq.entries.values():
        if "claim" in matcher.facets_of(entry.id)[0]:
            for program in entry.programs:
                claims.setdefault(program, set()).add(entry.id)
    missing = [entry.id for entry in faq.entries.values()
               if "benefit" in matcher.facets_of(entry.id)[0] and len(entry.programs) == 1
               and entry.programs[0] in PROGRAMS and entry.id not in NOT_A_CLAIM_STEP
               and not set(entry.related[:3]) & claims.get(entry.programs[0], set())]
    assert missing == []
