"""One tap away: a fourth "did you mean", one more "Bukan ini?", a fallback's nearest entries."""

from __future__ import annotations

from bot.console.ask import ask
from bot.understand.match_result import (
    ALTERNATIVE_GAP,
    FALLBACK_NEAR_GAP,
    FALLBACK_OFFER_SCORE,
    FALLBACK_OFFERS,
    MAX_ALTERNATIVES,
    MORE_FLOOR,
    OFFER_GAP,
    Candidate,
    MatchResult,
    fallback_offers,
    more_of,
)
from bot.understand.matcher import RANK_FLOOR
from bot.understand.next_entries import shown_by
from bot.understand.runner_offers import NAMED_OFFER_GAP


def _c(entry_id: str, score: float) -> Candidate:
    return Candidate(entry_id, score, "")


def _ids(cands) -> list[str]:
    return [c.entry_id for c in cands]


def test_alternatives_are_the_runners_up_within_the_offer_gap():
    assert ALTERNATIVE_GAP < OFFER_GAP and MAX_ALTERNATIVES == 2
    close = MatchResult("answer", (_c("a", 80), _c("b", 72), _c("c", 67)))
    assert _ids(close.alternatives) == ["b", "c"]  # 72 close, 67 within OFFER_GAP
    band = MatchResult("answer", (_c("a", 80), _c("b", 68), _c("c", 66)))
    assert _ids(band.alternatives) == ["b", "c"]  # both 10-15 under: both offered (reach21)
    many = MatchResult("answer", (_c("a", 80), _c("b", 79), _c("c", 78), _c("d", 77)))
    assert _ids(many.alternatives) == ["b", "c"]  # never more than a phone shows
    far = MatchResult("answer", (_c("a", 80), _c("b", 64)))
    assert far.alternatives == ()
    weak = MatchResult("answer", (_c("a", 50), _c("b", 39)))
    assert weak.alternatives == ()  # never under the "did you mean" floor
    assert MatchResult("suggest", (_c("a", 50), _c("b", 49))).alternatives == ()


def test_one_more_suggestion_only_when_ranked_exactly():
    shown = (_c("a", 55), _c("b", 50), _c("c", 45))
    ranked = [*shown, _c("d", 38)]
    assert _ids(more_of(shown, ranked, 37.0)) == ["d"]
    assert more_of(shown, ranked, 40.0) == ()
    assert more_of(shown, list(shown), 37.0) == ()


async def test_one_more_did_you_mean_is_ranked_exactly_from_more_floor(engine):
    # its fourth entry scores under RANK_FLOOR: ranked exactly from MORE_FLOOR (reach21)
    assert MORE_FLOOR < RANK_FLOOR
    reply = (await ask(engine, "Kadis Disnaker Labura Sidak PT SSA, Temukan Puluhan "
                               "Pekerja Tanpa BPJS Ketenagakerjaan"))[-1]
    assert reply.kind == "suggestions" and len(reply.suggestions) == 4
    assert reply.suggestions[3][0] == "pk-tidak-didaftarkan"


async def test_a_runner_up_naming_what_the_answer_leaves_out_is_offered(engine):
    # 18 points under the answer (beyond OFFER_GAP), but it has the "meninggal" the answer
    # does not use, and leaves nothing the message names out (runner_offers.py)
    reply = (await ask(engine, "JHT Baru Cair Saat 56 Tahun, Bagaimana Jika Pekerja Telah "
                               "Meninggal?"))[-1]
    assert reply.kind == "faq" and reply.entry_id == "jht-aturan-56-tahun-dibatalkan"
    assert OFFER_GAP < NAMED_OFFER_GAP
    runners = [b.data for row in reply.buttons for b in row if b.label.startswith("🔁")]
    assert len(runners) == 1 and runners[0].endswith(":jht-ahli-waris")


async def test_did_you_mean_offers_four_entries(engine):
    replies = await ask(engine, "jp 15 tahun")
    reply = replies[-1]
    assert reply.kind == "suggestions" and len(reply.suggestions) == 4
    assert "jp-syarat-15-tahun" in [i for i, _ in reply.suggestions]
    assert sum(b.data.startswith("pick:") for row in reply.buttons for b in row) == 4


def test_fallback_offers_its_near_ties_up_to_three():
    assert FALLBACK_OFFERS == 3 and FALLBACK_NEAR_GAP < 5
    ties = MatchResult("fallback", (_c("a", 36), _c("b", 34), _c("c", 33.5), _c("d", 33)))
    assert _ids(fallback_offers(ties)) == ["a", "b", "c"]  # capped: a phone shows few
    gap = MatchResult("fallback", (_c("a", 36), _c("b", 36 - FALLBACK_NEAR_GAP - 0.1)))
    assert _ids(fallback_offers(gap)) == ["a"]  # the next one is not a near tie
    low = MatchResult("fallback", (_c("a", 31), _c("b", FALLBACK_OFFER_SCORE - 0.5)))
    assert _ids(fallback_offers(low)) == ["a"]  # the next one is under the offer score
    assert fallback_offers(MatchResult("fallback", (_c("a", FALLBACK_OFFER_SCORE - 1),))) == ()
    # an answer or a "did you mean" is never a fallback's offer
    assert fallback_offers(MatchResult("suggest", (_c("a", 50), _c("b", 49)))) == ()
    # "🔎 Topik lain" leaves out every entry the fallback offered
    assert shown_by(ties) == ["a", "b", "c"]


async def test_fallback_offers_its_near_ties_as_buttons(engine):
    # three entries within FALLBACK_NEAR_GAP of each other from FALLBACK_OFFER_SCORE
    reply = (await ask(engine, "Pekerja Sulit Meminta Pengklaiman"))[-1]
    assert reply.kind == "fallback" and reply.score is not None
    assert reply.score >= FALLBACK_OFFER_SCORE
    near = [b for row in reply.buttons for b in row if b.label.startswith("❔")]
    assert len(near) == 3 and all(b.data.startswith("faq:") for b in near)
    assert len({b.data for b in near}) == 3
    assert "topik terdekat" in reply.text and "pilih salah satu" in reply.text
    assert any(b.data.startswith("more:") for row in reply.buttons for b in row)


async def test_fallback_offers_its_nearest_entry_as_one_button(engine):
    reply = (await ask(engine, "Menaker Dorong Sosialisasi Jaminan Sosial untuk Pekerja Rumah"
                               " Tangga"))[-1]
    assert reply.kind == "fallback" and reply.score is not None
    assert reply.score >= FALLBACK_OFFER_SCORE
    near = [b for row in reply.buttons for b in row if b.label.startswith("❔")]
    assert len(near) == 1 and near[0].data.startswith("faq:")
    assert "topik terdekat" in reply.text and "pilih salah satu" not in reply.text
    # a message that shares nothing with the FAQ falls back with no entry button
    plain = (await ask(engine, "zzqx"))[-1]
    assert plain.kind == "fallback"
    assert not any(b.label.startswith("❔") for row in plain.buttons for b in row)
    assert "topik terdekat" not in plain.text


async def test_an_other_question_found_as_a_runner_up_is_one_button(engine):
    # the second question's entry is also the answer's runner-up (runner_offers): 🔁 only
    reply = (await ask(engine, "bpjs kesehatan sy nonaktif gara2 kantor ga bayar. bpjs tk nya "
                               "jg ga dibayar kali ya? cara ceknya gmn"))[-1]
    entries = [b.data.rpartition(":")[2] for row in reply.buttons for b in row
               if b.data.startswith(("faq:", "pick:"))]
    assert "iuran-pu-cek-setoran" in entries and len(entries) == len(set(entries))
