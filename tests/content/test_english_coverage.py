"""Issue 18: everything a user or an admin can see exists in English.

Every reply template has an English counterpart in templates/en/, every FAQ entry has an
English answer, the code's sentences (templates/texts.html.j2) have English ones with the same
parameters, and every button label written in the code has an English label.
"""

from __future__ import annotations

import ast

import pytest

from bot.content.faqbase import load_faq
from bot.content.render import TEXTS, Renderer
from bot.core.settings import PROJECT_ROOT
from tests.conftest import AS_OF, FAQ_DIR, TEMPLATES_DIR

# Entries that genuinely cannot have an English answer, with the reason. Keep it empty.
NO_ENGLISH_ANSWER: dict[str, str] = {}
# Button labels that read the same in both languages (program names only).
SAME_IN_BOTH = {"JKK + JKM", "JKK + JKM + JHT"}


def test_every_template_has_an_english_counterpart():
    indonesian = {p.name for p in TEMPLATES_DIR.glob("*.j2")}
    english = {p.name for p in (TEMPLATES_DIR / "en").glob("*.j2")}
    assert sorted(indonesian - english) == []
    assert sorted(english - indonesian) == []  # an English template nobody renders


def test_every_entry_has_an_english_title_and_answer():
    faq = load_faq(FAQ_DIR)
    missing = sorted(e.id for e in faq.entries.values()
                     if not (e.answer_en and e.title_en) and e.id not in NO_ENGLISH_ANSWER)
    assert missing == []
    assert set(NO_ENGLISH_ANSWER) <= set(faq.entries)


def test_code_sentences_have_english_with_the_same_parameters():
    renderer = Renderer(TEMPLATES_DIR)
    ind = renderer.env.get_template(TEXTS).module
    eng = renderer.env_en.get_template(f"en/{TEXTS}").module
    keys = {k for k in dir(ind) if not k.startswith("_") and hasattr(getattr(ind, k), "arguments")}
    en_keys = {k for k in dir(eng) if not k.startswith("_")
               and hasattr(getattr(eng, k), "arguments")}
    assert sorted(keys ^ en_keys) == []
    for key in keys:
        assert getattr(ind, key).arguments == getattr(eng, key).arguments, key


def _button_literals() -> list[tuple[str, int, str]]:
    """Every `Button("literal", ...)` in the code: (file, line, label)."""
    found = []
    for path in sorted((PROJECT_ROOT / "bot").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Button"
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.append((path.name, node.lineno, node.args[0].value))
    return found


def test_every_button_label_in_the_code_has_an_english_label():
    renderer = Renderer(TEMPLATES_DIR)
    literals = _button_literals()
    assert len(literals) > 20  # the scan finds the code's buttons
    untranslated = [(f, line, label) for f, line, label in literals
                    if label not in SAME_IN_BOTH and renderer.english_label(label) == label]
    assert untranslated == []


@pytest.mark.parametrize("label, english", [("🔁 Hitung lagi", "🔁 Calculate again"),
                                            ("📋 Rincian", "📋 Details"),
                                            ("not a label", "not a label")])
def test_english_label_swaps_only_known_labels(label, english):
    assert Renderer(TEMPLATES_DIR).english_label(label) == english


def test_code_sentences_render_in_both_languages():
    renderer = Renderer(TEMPLATES_DIR)
    ind = renderer.text("nik_length", "id", typed=12)
    eng = renderer.text("nik_length", "en", typed=12)
    assert "16 digit" in ind and "12" in ind
    assert eng.startswith("The NIK has 16 digits") and "12" in eng
    assert renderer.text("monthly_too_big", "en", value=None).startswith("That number")


def test_every_rate_has_an_english_name_used_in_english_footers():
    rates = load_faq(FAQ_DIR).rates
    keys = sorted(rates.keys())
    missing = [k for k in keys if not rates.rate(k).values[0].label_en]
    assert missing == []
    value = rates.get("jht_worker_rate", AS_OF)
    assert value.source_line("en").startswith("JHT, worker's share: 2% (")
    assert "valid from" in value.source_line("en")
    assert value.source_line().startswith("JHT bagian pekerja: 2% (")
