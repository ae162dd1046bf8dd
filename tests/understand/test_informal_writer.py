"""An informal worker (BPU) is read from their trade, not from an injury's words: "jahitan"
alone is also stitches, so only a tailoring trade taken in or run reads as a trader."""

from __future__ import annotations


def test_stitches_are_not_a_tailor(matcher):
    assert "bpu" not in matcher.facets.read("kecelakaan motor, kaki dapat delapan jahitan")[1]
    assert "bpu" in matcher.facets.read("sy nerima jahitan di rumah, bisa ikut bpjs tk")[1]
    assert "bpu" in matcher.facets.read("sy penjahit, iuran bpjs tk brp")[1]
