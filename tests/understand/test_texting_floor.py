"""The labelled questions, shortened the way people text (bench/texting.py), still reach their
entries: a floor under the robustness the word repair bought (65% before it, 88.7% after)."""

from __future__ import annotations

import random

from bench.stories import story
from bench.texting import chat, english_cases, reaches, slips, texting
from bench.texting_en import english_chat
from bot.content.store import build_content
from bot.staff.regression import load_labelled
from tests.conftest import AS_OF, FAQ_DIR, TEMPLATES_DIR

FLOOR = 0.90  # answered right, seed 20261130 (bench/README.md "texting.py"): 91.8% here (typo20c)
CHAT_FLOOR = 0.94  # the same in chat spelling (--style chat): 92.9% before typo20b, 95.1% typo20c
SLIPS_FLOOR = 0.88  # phone-keyboard slips (--style slips): 84.3% before key_slips, 90.1% typo21
# Wrapped in a greeting, the writer's background and a closing (--style story, bench/stories.py):
# 76.3% before story21, 79.3% with its courtesy formulas read as filler.
STORY_FLOOR = 0.78
# The English labelled questions as English speakers in Indonesia chat (--style en), English
# matcher: 84.7% before en21, 91.9% after (bench/README.md "Session 21 (en21)").
EN_FLOOR = 0.90


def test_texted_questions_stay_answered():
    content = build_content(FAQ_DIR, TEMPLATES_DIR, AS_OF)
    faq, matcher = content.faq, content.matcher
    cases = [c for c in load_labelled(FAQ_DIR / "tests", set(faq.entries))[0]
             if c.expect in faq.entries]
    rng = random.Random(20261130)
    right = sum(reaches(matcher, texting(c.question, rng), c.expect)[0] for c in cases)
    assert right / len(cases) >= FLOOR, f"{right}/{len(cases)} texted questions answered right"


def test_questions_in_chat_spelling_stay_answered():
    content = build_content(FAQ_DIR, TEMPLATES_DIR, AS_OF)
    faq, matcher = content.faq, content.matcher
    cases = [c for c in load_labelled(FAQ_DIR / "tests", set(faq.entries))[0]
             if c.expect in faq.entries]
    right = sum(reaches(matcher, chat(c.question, random.Random(f"20261130:chat:{c.question}")),
                        c.expect)[0] for c in cases)
    assert right / len(cases) >= CHAT_FLOOR, f"{right}/{len(cases)} chat questions answered right"


def test_questions_with_phone_keyboard_slips_stay_answered():
    content = build_content(FAQ_DIR, TEMPLATES_DIR, AS_OF)
    faq, matcher = content.faq, content.matcher
    cases = [c for c in load_labelled(FAQ_DIR / "tests", set(faq.entries))[0]
             if c.expect in faq.entries]
    right = sum(reaches(matcher, slips(c.question, random.Random(f"20261130:slips:{c.question}")),
                        c.expect)[0] for c in cases)
    assert right / len(cases) >= SLIPS_FLOOR, f"{right}/{len(cases)} slipped questions right"


def test_questions_told_with_a_greeting_and_background_stay_answered():
    content = build_content(FAQ_DIR, TEMPLATES_DIR, AS_OF)
    faq, matcher = content.faq, content.matcher
    cases = [c for c in load_labelled(FAQ_DIR / "tests", set(faq.entries))[0]
             if c.expect in faq.entries]
    right = sum(reaches(matcher, story(c.question, random.Random(f"20261130:story:{c.question}")),
                        c.expect)[0] for c in cases)
    assert right / len(cases) >= STORY_FLOOR, f"{right}/{len(cases)} story questions answered right"


def test_english_questions_in_chat_spelling_stay_answered():
    content = build_content(FAQ_DIR, TEMPLATES_DIR, AS_OF)
    cases = english_cases(content)
    right = sum(reaches(content.matcher_en,
                        english_chat(c.question, random.Random(f"20261130:en:{c.question}")),
                        c.expect)[0] for c in cases)
    assert right / len(cases) >= EN_FLOOR, f"{right}/{len(cases)} English chat questions right"
