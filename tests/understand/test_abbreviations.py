"""Words texted without vowels ("tlt", "jmnn") are read as the word they shorten."""

from __future__ import annotations

from bot.understand.abbreviations import Abbreviations, looks_abbreviated, skeleton


def test_skeleton_and_what_looks_abbreviated():
    assert skeleton("kecelakaan") == "kclkn"
    assert looks_abbreviated("dftrkn") and looks_abbreviated("pncairn")
    # Ordinary words keep their vowels; two consonants say too little; a short word with a
    # vowel is a word ("part", "born"), left to the typo repair.
    assert not looks_abbreviated("karawang") and not looks_abbreviated("shopee")
    assert not looks_abbreviated("lm") and not looks_abbreviated("b4yar")
    assert not looks_abbreviated("part") and not looks_abbreviated("born")


def test_affixes_peel_off_but_an_ambiguous_skeleton_is_never_guessed():
    words = Abbreviations((w, w) for w in ("telat", "bayar", "daftar", "pensiun", "pinisan",
                                           "pns"))
    assert words.expand("tlt") == "telat"
    assert words.expand("dbyr") == "bayar"  # di- kept
    assert words.expand("dftrkn") == "daftar"  # -kan kept
    assert words.expand("crr") is None  # no such word
    # "pnsn" fits two words: not read as "pns" + "-an" either.
    assert words.expand("pnsn") is None


def test_a_written_vowel_chooses_between_the_words_of_one_skeleton():
    words = Abbreviations((w, w) for w in ("mandiri", "mandor"))
    assert words.expand("mndri") == "mandiri"  # the i kept: not "mandor"
    assert words.expand("mndr") is None  # consonants only: either word
    assert words.expand("mandr") is None  # both hold every letter written
    # With an affix kept, the letters written for the word itself choose ("mndrinya").
    assert words.expand("mndrinya") == "mandiri" and words.expand("mndrnya") is None


def test_two_consonants_after_a_first_vowel_and_spellings_one_swap_apart():
    words = Abbreviations((w, w) for w in ("iuran", "iruan", "email", "asik", "form", "from"))
    assert words.expand("irn") == "iuran"  # "iruan" is a slip of it: one word, not two
    assert words.expand("eml") == "email"
    assert words.expand("ask") is None  # a four-letter word is not keyed: English "ask"
    assert words.expand("frm") is None  # "form" and "from" are two words, however close
    assert words.expand("rn") is None and words.expand("ml") is None


def test_a_slip_in_a_word_with_a_vowel_left_needs_every_letter_in_the_word():
    words = Abbreviations((w, w) for w in ("sementara", "terkunci", "message", "warung"))
    assert words.expand("smtnra") == "sementara" and words.expand("tkrnci") == "terkunci"
    # On consonants alone these would be read: the vowels written are not in those words.
    assert words.expand("missnig") is None and words.expand("wanring") is None


def test_two_spellings_of_one_word_are_no_ambiguity_and_layers_keep_order():
    words = Abbreviations([("kesehatan", "kesehatan"), ("kesehatn", "kesehatn")])
    assert words.expand("kshtn") == "kesehatan"  # the first written form represents it
    layered = Abbreviations([("penghasilan", "gaji")], [("penghasilan", "hasil"),
                                                        ("pinggir", "pinggir")])
    assert layered.expand("pnghsln") == "penghasilan"
    assert layered.expand("pnggr") == "pinggir"  # a later layer fills a free skeleton


def test_vowel_less_words_reach_the_faq_words(content):
    matcher = content.matcher
    _, query = matcher.query_tokens("dndnya brp klo tlt byr iuran")
    assert {"denda", "telat", "bayar"} <= set(query)
    _, query = matcher.query_tokens("prshn sy tdk dftrkn")
    assert {"perusahaan", "daftar"} <= set(query)
    # Words of phrasings as written ("pencairan") are known too, read as their root.
    assert "cair" in matcher.query_tokens("brp lm pncairn jht")[1]
    # Read before the synonyms: "jmnn hari tua" is the phrase "jaminan hari tua".
    assert "jht" in matcher.query_tokens("jmnn hari tua bs cair kpn")[1]
    result = matcher.match("dndnya brp klo tlt byr iuran")
    assert result.outcome == "answer" and result.best.entry_id == "iuran-pu-denda"


def test_english_is_not_read_as_texting(content):
    english = content.matcher_for("en")
    assert english.normalizer.repair is None
    assert "prt" not in content.matcher.query_tokens("part time worker")[1]


def test_a_misspelt_word_that_completes_a_synonym_phrase_is_mended(content):
    matcher = content.matcher
    # "krja" next to "jaminan kecelakaan" is "kerja": the phrase is jkk.
    assert "jkk" in matcher.query_tokens("cara klaim jaminan kecelakaan krja")[1]
    # A misspelt word that completes no phrase is left to the typo repair after the synonyms.
    assert matcher.normalizer.tokens("saldo krja") == ("saldo", "krja")


def test_a_real_word_is_never_mended_into_a_phrase(content):
    matcher = content.matcher
    # "kemudian" (then) is a word, not a misspelt "kematian" of "uang santunan kematian";
    # "sebenarnya" (actually) is not the "sebabnya" of "apa sebabnya" (why).
    assert matcher.normalizer.tokens("uang santunan kemudian cair") == (
        "uang", "santunan", "kemudian", "cair")
    assert "sebenar" in matcher.normalizer.tokens("apa sebenarnya penyebab")
    # "memutuskan hubungan kerja" is a layoff, as "pemutusan hubungan kerja" (synonyms).
    assert "phk" in matcher.query_tokens("perusahaan memutuskan hubungan kerja saya")[1]


def test_a_doubled_letter_is_undone_when_that_gives_a_known_word(content):
    repair = content.matcher.normalizer.repair
    assert repair.words(["teruss", "bisaa", "saldoo", "tolongg"]) == [
        "terus", "bisa", "saldo", "tolong"]
    # Real double letters stay ("maaf", "saat"); so does an unknown word.
    assert repair.words(["maaf", "saat", "zzapp"]) == ["maaf", "saat", "zzapp"]


def test_ppn_is_a_tax_not_a_texted_word(content):
    assert "pajak" in content.matcher.query_tokens("ppn atas jht ada?")[1]


def test_a_slip_inside_a_vowel_less_word_is_read_only_when_one_swap_fits():
    words = Abbreviations((w, w) for w in ("kontrak", "terkunci", "kantor"))
    assert words.expand("knrtk") == "kontrak"  # "kntrk" with n and r swapped
    assert words.expand("tkrnc") == "terkunci"
    # With a vowel left, only when the word holds every letter written (see below).
    assert words.expand("tkrnci") == "terkunci"
    # A swap reaching an ambiguous skeleton ("kntrk": kontrak, kentrik) is never guessed.
    two = Abbreviations((w, w) for w in ("kontrak", "kentrik"))
    assert two.expand("knrtk") is None
