"""Messages that ask two or three things: where they split, which question leads."""

from __future__ import annotations

from functools import partial

from bot.content.clause_cues import load_clause_cues
from bot.understand import clauses as reading
from bot.understand.carry import carried_words
from bot.understand.match_result import (
    ANSWER_SCORE,
    BUTTON_SCORE,
    WEAK_BUTTON_SCORE,
    Candidate,
)
from bot.understand.several import (
    DISTINCT_ORDER_GAP,
    NEAR_FIRST_SCORE,
    ORDER_GAP,
    OTHER_SCORE,
    leading,
    main_first,
)
from tests.conftest import FAQ_DIR

# The cue words as staff wrote them (faq/clause-cues.yaml).
CUES = load_clause_cues(FAQ_DIR, [])
clauses = partial(reading.clauses, cues=CUES)
question_parts = partial(reading.question_parts, cues=CUES)


def _asking(text: str) -> list[str]:
    return [c.text for c in clauses(text, split_long=False) if c.asks]


def test_two_questions_joined_by_a_comma_or_dan_are_split():
    assert len(_asking("daftar bpu caranya gimana, iurannya sebulan berapa")) == 2
    assert len(_asking("uang duka jkm berapa dan bisa diurus adik saya gak?")) == 2
    # A tag ("... ga") asks as much as a question word does.
    assert len(_asking("cara daftar jmo gimana, bisa pakai hp orang lain ga")) == 2


def test_one_question_with_dan_or_a_comma_stays_whole():
    assert question_parts("apa beda jht dan jp") == ["apa beda jht dan jp"]
    assert len(question_parts("berapa iuran jkk dan jkm?")) == 1
    # The situation before the comma belongs to the question after it.
    assert len(question_parts("saya buka bengkel dengan 3 montir, wajib daftar bpjs tk?")) == 1


def _cand(entry: str, score: float) -> Candidate:
    return Candidate(entry, score, entry)


def test_the_first_asked_question_leads_unless_much_weaker():
    first, second = _cand("a", ANSWER_SCORE + 20), _cand("b", ANSWER_SCORE + 30)
    assert main_first([first, second])[0] is first
    weak = _cand("a", ANSWER_SCORE + 29 - ORDER_GAP)
    assert main_first([weak, _cand("b", 100.0)])[0].entry_id == "b"
    # A first question below the answer floor never leads.
    assert main_first([_cand("a", ANSWER_SCORE - 1), second])[0] is second


def test_a_first_question_just_under_the_floor_still_leads_when_it_would():
    # "program wajibnya apa aja? trus klo telat dendanya brp?": two distinct questions, the
    # first scoring just under OTHER_SCORE; alone the second would leave no main question.
    first, second = _cand("a", NEAR_FIRST_SCORE + 1), _cand("b", 95.0)
    words = {"a": frozenset({"program", "wajib"}), "b": frozenset({"telat", "denda"})}
    assert first.score < OTHER_SCORE
    assert [c.entry_id for c in leading([first, second], words)] == ["a", "b"]
    # Counted in, it would not lead (the second repeats its words and is far stronger): the
    # message is read as before (no main question), never handed to the second.
    words = {"a": frozenset({"bayar", "iuran"}), "b": frozenset({"bayar", "iuran", "cara"})}
    assert leading([first, second], words) == ()
    # Further under: as before.
    low = _cand("a", NEAR_FIRST_SCORE - 1)
    assert leading([low, second], {"a": frozenset({"x"}), "b": frozenset({"y"})}) == ()


def test_a_first_question_scoring_just_under_the_floor_is_answered_first(matcher):
    result = matcher.match("bengkel saya karyawan 6 orang, program wajibnya apa aja? trus kalau "
                           "telat bayar iuran kena denda berapa?")
    assert result.outcome == "answer"
    assert result.best.entry_id == "pk-program-wajib"
    assert NEAR_FIRST_SCORE <= result.best.score < OTHER_SCORE  # the case this is about
    assert [c.entry_id for c in result.others] == ["iuran-pu-denda"]


def test_a_message_answers_its_first_question_and_offers_the_second(matcher):
    result = matcher.match("klaim jkm caranya gimana, ahli warisnya siapa saja")
    assert result.outcome == "answer"
    assert result.best.entry_id == "jkm-cara-klaim"
    assert [c.entry_id for c in result.others] == ["jkm-ahli-waris"]


def test_dan_between_two_questions_gives_each_its_entry(matcher):
    result = matcher.match("uang duka jkm berapa dan bisa diurus adik saya gak?")
    assert result.best.entry_id == "jkm-manfaat"
    assert "jkm-cara-klaim" in [c.entry_id for c in result.others]


def test_the_story_before_the_questions_is_the_first_question_situation(matcher):
    # "saldo jht bisa ditarik kapan" alone fits resigning; the story says dismissal.
    result = matcher.match("bulan lalu saya kena phk dari gudang karena perusahaan rugi. saldo "
                           "jht bisa saya tarik kapan dan syaratnya apa saja")
    assert result.best.entry_id == "jht-klaim-phk"
    assert [c.entry_id for c in result.others] == ["jht-dokumen"]


def test_a_yes_no_tag_inside_or_an_announced_question_asks():
    assert _asking("kena phk kemarin. terus ada jkp ga buat orang kayak saya") == [
        "terus ada jkp ga buat orang kayak saya"]
    assert _asking("saldo jht saya nol. sekalian mau tanya jp bisa diambil sekaligus") == [
        "sekalian mau tanya jp bisa diambil sekaligus"]
    # "min mau tanya" alone is a greeting: it joins the question after it.
    assert len(question_parts("min mau tanya, jht sy bisa cair kapan?")) == 1
    # "ga bisa" is a complaint, not a question.
    assert _asking("akun jmo ga bisa login dari kemarin. tolong dicek") == []


def test_the_other_question_is_a_button_under_the_whole_message_answer(matcher):
    result = matcher.match("jht saya sudah diajukan lewat jmo dua minggu tapi belum cair juga. "
                           "sekalian mau tanya jp bisa diambil sekaligus")
    assert result.outcome == "answer" and result.best.entry_id == "jht-lama-cair"
    assert [c.entry_id for c in result.others] == ["jp-resign"]


def test_a_question_without_a_topic_asks_about_the_clause_before_it(matcher):
    # "saya harus gimana?" names no topic: the rejected card told just before it leads, not
    # the JHT claim rejection that "ditolak" alone would suggest.
    result = matcher.match("kemarin saya berobat ke klinik karena jari terpotong mesin di bengkel "
                           "tempat saya kerja, tapi kartu bpjs tk saya ditolak dan saya disuruh "
                           "bayar sendiri. saya harus gimana?")
    assert result.best.entry_id == "umum-kartu-ditolak-puskesmas"


def test_a_first_question_about_another_thing_leads_even_when_clearly_weaker():
    first, second = _cand("a", ANSWER_SCORE + 5), _cand("b", ANSWER_SCORE + 5 + ORDER_GAP + 10)
    # Different words: two questions, the first asked is the main one.
    words = {"a": frozenset({"wajib", "daftar"}), "b": frozenset({"denda", "telat"})}
    assert main_first([first, second], words)[0] is first
    # The second repeats the first's words: it refines the first, so the stronger leads.
    words = {"a": frozenset({"meninggal"}), "b": frozenset({"meninggal", "jht"})}
    assert main_first([first, second], words)[0] is second
    # Far weaker than DISTINCT_ORDER_GAP: the strong one leads after all.
    strong = _cand("b", 100.0)
    weak = _cand("a", strong.score - DISTINCT_ORDER_GAP - 1)
    assert weak.score >= ANSWER_SCORE
    assert main_first([weak, strong], {"a": frozenset({"x"}),
                                                "b": frozenset({"y"})})[0] is strong


def test_lalu_after_a_time_word_means_ago_and_does_not_split():
    told = clauses("ayah saya meninggal dua minggu lalu karena sakit jantung. "
                   "jkm-nya dapat berapa?", split_long=False)
    assert [c.text for c in told] == ["ayah saya meninggal dua minggu lalu karena sakit jantung.",
                                      "jkm-nya dapat berapa?"]
    assert [c.text for c in clauses("resign 2 tahun lalu jht bisa cair? lalu jp gimana?",
                                    split_long=False)] == [
        "resign 2 tahun lalu jht bisa cair?", "lalu jp gimana?"]


def test_a_short_first_question_does_not_borrow_the_question_after_it(matcher):
    # The first question is short, but its subject is its own; the second is another topic.
    result = matcher.match("umur pensiun jp berapa? kalau sudah pensiun tapi masih kerja "
                           "bagaimana?")
    assert result.outcome == "answer"
    assert result.best.entry_id == "jp-usia-pensiun"
    assert "jp-masih-kerja" in [c.entry_id for c in (*result.alternatives, *result.others)]


def test_a_two_word_question_after_a_story_counts(matcher):
    # "santunannya brp?" is a question of its own, asked first; the JHT one comes second.
    result = matcher.match("suami meninggal kemarin karena sakit. santunannya brp? "
                           "saldo jht nya bisa dicairkan?")
    assert result.outcome == "answer" and result.best.entry_id == "jkm-manfaat"
    assert "jht-ahli-waris" in [c.entry_id for c in result.others]


def test_lalu_after_two_spaces_still_means_ago():
    told = clauses("ayah meninggal 2 minggu  lalu karena sakit jantung. jkm-nya dapat berapa?",
                   split_long=False)
    assert told[0].text == "ayah meninggal 2 minggu  lalu karena sakit jantung."


def test_a_long_list_is_not_split_into_questions():
    from bot.understand.clauses import MAX_PIECES
    listed = ", ".join(["gaji 4 juta berapa"] * (MAX_PIECES + 1))
    assert question_parts(listed) == [listed]


def test_two_english_questions_joined_by_and_or_a_comma_are_split():
    assert question_parts("what is the pension age now for jp and how many percent is the "
                          "contribution?") == ["what is the pension age now for jp",
                                               "and how many percent is the contribution?"]
    assert len(question_parts("Do we have to register them, and which programs are "
                              "compulsory?")) == 2
    assert _asking("We employ 6 locals. How do we register the company, and must the "
                   "expats be registered too?") == [
        "How do we register the company", "and must the expats be registered too?"]


def test_an_english_story_clause_starting_with_when_or_who_does_not_ask():
    assert question_parts("what is the difference between jht and jp") == [
        "what is the difference between jht and jp"]
    assert _asking("When I was working at the factory, I fell down. Who pays?") == ["Who pays?"]
    assert _asking("my brother who worked there died and his wife is sick. what do we get?") \
        == ["what do we get?"]


def test_an_english_question_starting_with_am_was_or_have_asks():
    # en-dev-3: "Am I eligible for JKP and how much would I get monthly?" is two questions;
    # "am" was not an asking start, so the message stayed one question and the stronger
    # second topic was answered instead of the first asked.
    assert question_parts("Am I eligible for JKP and how much would I get monthly?") == [
        "Am I eligible for JKP", "and how much would I get monthly?"]
    assert _asking("I resigned in May. Was my employer supposed to report it? And "
                   "has my JHT balance stopped growing?") == [
        "Was my employer supposed to report it?", "And has my JHT balance stopped growing?"]


def test_a_later_question_that_finds_the_first_answer_again_offers_its_next_reading(matcher):
    # "dokumennya apa?" borrows the JHT story and finds its answer again; it asks about the
    # documents, so its next reading is its button, and the answer keeps its runners-up.
    result = matcher.match("umur saya sudah 56 tahun, jht bisa cair? dokumennya apa?")
    assert result.outcome == "answer" and result.best.entry_id == "jht-usia-pensiun"
    assert [c.entry_id for c in result.others] == ["jht-dokumen"]


def test_a_later_question_naming_no_situation_asks_within_the_one_told(matcher):
    # The scholarship question names no situation: the work accident told first decides it.
    result = matcher.match("suami saya meninggal kecelakaan kerja di proyek. santunannya berapa? "
                           "terus anak saya yang masih sd dapat beasiswa gak ya?")
    assert result.best.entry_id == "jkk-meninggal"
    assert [c.entry_id for c in result.others] == ["jkk-beasiswa"]


def test_trs_starts_the_next_question_like_terus():
    assert _asking("jht saya bisa dicairkan kapan ya, bener ga itu trs syaratnya apa aja") == [
        "jht saya bisa dicairkan kapan ya bener ga itu", "trs syaratnya apa aja"]


def test_a_plain_question_after_a_story_offers_its_reading_with_the_clause_before(matcher):
    # "caranya gmn" asks how to do what was just told (joining on one's own): a button.
    result = matcher.match("saya pedagang kaki lima, ga punya bos. katanya bisa ikut bpjs tk "
                           "sendiri. bener ga? caranya gmn")
    assert result.outcome == "answer" and result.best.entry_id == "iuran-bpu-pedagang"
    assert [c.entry_id for c in result.others] == ["daftar-bpu-cara"]


def test_entries_tied_at_the_cap_in_a_short_first_question_are_ordered_as_read_plainly(matcher):
    # "brp saldo jht" alone, every word weighed more: jht-apa-itu ("saldo jht"), jht-cek-saldo
    # and jht-pajak all reach 100; read plainly, the balance entry explains the question best.
    result = matcher.match("brp saldo jht ku, ngeceknya dimana")
    assert result.outcome == "answer" and result.best.entry_id == "jht-cek-saldo"


def test_a_short_later_question_reads_the_same_with_or_without_terus(matcher):
    # "terus" only says where the next question starts: kept as its word, it drew phrasings
    # telling "... terus diberhentikan" (jkp-tidak-didaftarkan) for "terus iurannya dari mana".
    for first, later in (("pegawai kontrak wajib ikut jkp juga?", "iurannya dari mana"),
                         ("kena phk bulan ini, jht bisa langsung cair?", "jkp daftarnya dimana")):
        joined = matcher.match(f"{first} terus {later}")
        plain_pair = matcher.match(f"{first} {later}")
        assert [c.entry_id for c in joined.others] == [c.entry_id for c in plain_pair.others]


def test_a_later_question_naming_no_asker_is_also_read_as_the_messages_asker(matcher):
    # "batas bayar tiap bulan kapan?" names neither the employer nor a program; its own words
    # find the informal workers' deadline. Read as the HR clerk's (faq/facets.yaml
    # `audience_words`), it is the employer's deadline: a button, the answer unchanged.
    result = matcher.match("saya staf HRD di pabrik garmen. kewajiban perusahaan ke bpjs tk "
                           "apa aja? dan batas bayar tiap bulan kapan?")
    assert result.outcome == "answer" and result.best.entry_id == "pk-kewajiban"
    assert "iuran-pu-jatuh-tempo" in [c.entry_id for c in result.others]


def test_the_words_a_later_question_carries_are_the_program_and_asker_it_does_not_name(matcher):
    said = ("cair", "jht", "lewat", "jmo")
    text = "klaim jht lewat jmo bisa? dokumen yg diupload apa?"
    assert carried_words(matcher, text, said, frozenset({"syarat", "upload"})) == ("jht",)
    assert carried_words(matcher, text, said, frozenset({"syarat", "jkp"})) == ()
    hrd = "saya hrd, kewajiban perusahaan apa? batas bayar kapan?"
    assert carried_words(matcher, hrd, ("kewajiban",), frozenset({"batas", "bayar"})) == (
        "perusahaan",)


def test_later_question_under_button_score_is_still_a_button(content):
    matcher = content.matcher
    assert WEAK_BUTTON_SCORE < BUTTON_SCORE
    for text, main, other in (
            ("usaha sy punya 2 cabang beda kota, daftarnya satu NPP atau masing2? trus kalo "
             "karyawan dipindah antar cabang lapor ga", "pk-npp", "pk-lapor-perubahan"),
            ("iuran bpu nelayan paling murah berapa per orang? dan bisa tidak bayarnya kolektif "
             "lewat kelompok?", "iuran-bpu-minimal", "iuran-bpu-cara-bayar")):
        result = matcher.match(text)
        assert result.outcome == "answer" and result.best.entry_id == main
        weak = [c for c in result.others if c.entry_id == other]
        assert weak and WEAK_BUTTON_SCORE <= weak[0].score < BUTTON_SCORE


def test_a_question_asking_the_earlier_programme_again_offers_no_other_programme(content):
    # "gaji 6jt dapetnya brp?" reads as the JKP amount the first question found: its next
    # reading (the JKM benefit) is another programme it never named, not a question asked.
    matcher = content.matcher
    result = matcher.match("habis di phk dpt jkp berapa bulan? gaji 6jt dapetnya brp? "
                           "daftarnya dimana?")
    assert result.outcome == "answer" and result.best.entry_id == "jkp-besar-manfaat"
    offered = [c.entry_id for c in result.others]
    assert "jkm-manfaat" not in offered and offered
    # A later question naming its programme keeps its own reading as a button.
    result = matcher.match("jht bisa cair kalau resign? terus jp nya gimana?")
    assert any(c.entry_id.startswith("jp-") for c in result.others)
