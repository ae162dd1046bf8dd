"""Chat spellings: "gajix", "saldony" (-nya), "gajiq" (-ku), "dibatalin" (-kan), "hr" (hari)."""

from __future__ import annotations

from bot.understand.chat_endings import ChatEndings


def _endings() -> ChatEndings:
    known = {"gaji", "saldo", "umur", "dibatalkan", "mengajukan", "makan", "buku", "nan"}
    roots = {"main", "buku", "rela"}
    words = roots | {"gaji", "saldo", "umur", "pembagian"}
    return ChatEndings(known, {"nan", "aku"}, lambda w: w in words or w.endswith("nya"),
                       lambda w: w in roots)


def test_chat_endings_on_a_known_stem_are_written_out():
    read = _endings().read
    assert read("gajix") == "gajinya" and read("saldony") == "saldonya"  # -nya
    assert read("gajiq") == "gaji" and read("umurku") == "umur"  # aku / -ku
    assert read("dibatalin") == "dibatalkan" and read("mengajuin") == "mengajukan"  # -in
    assert read("pembagianx") == "pembagiannya"  # a dictionary stem of five letters or more


def test_words_and_unknown_or_short_stems_stay():
    read = _endings().read
    assert read("buku") == "buku"  # a word, not "bu" + -ku
    assert read("main") == "main"  # a root, not "makan" said with -in
    assert read("relax") == "relax"  # "rela" is a word, but four letters only the dictionary knows
    assert read("nanny") == "nanny"  # "nan" is a filler word: no stem
    assert read("boxx") == "boxx" and read("kabarx") == "kabarx"  # no known stem


def test_chat_spellings_reach_the_faq_words(content):
    matcher = content.matcher
    assert "uang" in matcher.query_tokens("duitx blm masuk")[1]
    assert "usia" in matcher.query_tokens("umurku 56 kena phk")[1]
    # "hr" is read as "hari" only inside the phrase: alone it may be HR.
    assert "jht" in matcher.query_tokens("klaim jaminan hr tua")[1]
    assert "hari" not in matcher.query_tokens("hr kantor bilang gitu")[1]
    # After "berapa" it counts days (synonyms.yaml): "brp hr baru cair".
    assert "hari" in matcher.query_tokens("jkp biasanya brp hr baru cair")[1]
    # A word of its own is not mended by spelling into a phrase ("bpjs tk" is not "bpjstk tk").
    assert matcher.normalizer.repair.words(["bpjs", "tk"]) == ["bpjs", "tk"]
    # Number homophones of chat: "t4" is "tempat".
    assert "tempat" in matcher.query_tokens("t4 bayar iuran bpu")[1]


def test_a_stretched_word_keeps_a_real_double_letter(content):
    tokens = content.matcher.query_tokens("MAAAF saaaat resign jht sayaaa bisa cairrr?")[1]
    assert "saat" in tokens and "cair" in tokens and "maf" not in tokens and "sat" not in tokens


def test_a_slip_swapping_two_letters_is_read_back(content):
    words = content.matcher.normalizer.repair.words
    # One neighbouring swap gives the FAQ's word: read ("persyraatan" was snapped to
    # "perusahaan" by the fuzzy typo repair, which counts a swap as two edits).
    assert words(["persyraatan", "berualng", "baiya"]) == ["persyaratan", "berulang", "biaya"]
    # A word the FAQ knows, a dictionary word or a short word stays as written.
    assert words(["kalau", "habis", "bantu", "klao"]) == ["kalau", "habis", "bantu", "klao"]
    # A word with vowels dropped is no slip: "oprsi" is operasi, not "porsi" swapped back.
    assert words(["oprsi"]) != ["porsi"]


def test_a_run_made_by_dropping_vowels_keeps_its_two_letters(content):
    # "santunannya" without vowels has three n's; clean() writes a run of three as one
    # ("sntnya"), which shortens nothing: the two-letter reading is the shortening.
    assert "santunan" in content.matcher.query_tokens("pkrja dmptsi, sntnnnya apa")[1]
    assert content.matcher.query_tokens("tolonggg")[0] == ("tolong",)


def test_the_per_word_readings_can_be_forgotten(content):
    # bench's cold passes clear them (bench/common.clear_match_caches): the same reading after
    repair = content.matcher.normalizer.repair
    before = repair.words(["gajix", "persyraatan"])
    assert repair._endings.read.cache_info().currsize and repair._unswapped.cache_info().currsize
    repair.cache_clear()
    assert repair._endings.read.cache_info().currsize == 0
    assert repair._unswapped.cache_info().currsize == 0
    assert repair.words(["gajix", "persyraatan"]) == before
