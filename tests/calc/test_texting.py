"""The calculator reads words texted without vowels, as the FAQ matcher does."""

from __future__ import annotations

from bot.content.store import build_content
from bot.understand.reader import read
from tests.conftest import AS_OF, FAQ_DIR, TEMPLATES_DIR


def test_a_texted_late_fine_request_is_a_fine():
    cues = build_content(FAQ_DIR, TEMPLATES_DIR, AS_OF).cues
    req = read("dnd tlt byr 3 bln gji 5jt", cues, AS_OF)
    assert req is not None and req.kind == "fine" and req.months_late == 3
    # Amounts and words with their vowels are left as they were.
    assert cues.spell is not None
    assert cues.spell("Gaji Rp5jt, dnd telat 3 bln") == "Gaji Rp5jt, denda telat 3 bln"
    # English is read as written.
    assert read("dnd tlt byr 3 bln gji 5jt", cues, AS_OF, "en").kind != "fine"
