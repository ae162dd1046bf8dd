"""Phone-keyboard slips: a neighbouring key, a letter dropped or doubled, a missed or an extra
space, read back to the one FAQ word they fit (bot/understand/key_slips.py)."""

from __future__ import annotations

from bot.understand.key_slips import NEIGHBOURS, KeySlips

KNOWN = {"bpjs", "kerja", "perusahaan", "klaim", "sawah", "salah", "saha", "bulan", "saldo",
         "jaminan", "cair", "duit", "tuli", "pkwt", "dikit", "ikut", "gimana", "dimana", "mulih",
         "nan", "karyawan", "cuma", "kali", "sering", "duka", "tiba", "dong", "kalo", "atas",
         "proyek", "pemerintah", "semua", "kami", "bangunan", "di", "bantu", "nandi",
         "tk", "mandiri", "jp", "bedanya", "freelance", "freelancer", "rs"}
WORDS = {"pilih", "sering", "kali", "kerja"}  # the dictionary's words


def _slips(spelt: dict[str, set[str]] | None = None) -> KeySlips:
    return KeySlips(KNOWN, lambda w: w in WORDS, lambda w: (spelt or {}).get(w, set()))


def test_neighbouring_keys_follow_a_phone_layout():
    assert set(NEIGHBOURS["j"]) == {"u", "i", "h", "k", "n"}
    assert set(NEIGHBOURS["a"]) == {"q", "w", "s"}
    assert set(NEIGHBOURS["z"]) == {"s", "x"}


def test_one_slip_is_read_back_to_the_one_word_it_fits():
    read = _slips().read
    assert read("bphs") == "bpjs"  # h beside j, in a word with no vowel
    assert read("kwrja") == "kerja" and read("perudahaan") == "perusahaan"  # w/e, d/s
    assert read("klaaim") == "klaim"  # a letter typed twice
    assert read("bhlan") == "bulan" and read("sawwh") == "sawah"
    assert read("duitbya") == "duitnya"  # the slip in -nya, on a known stem


def test_no_guess_between_words_and_no_word_replaced():
    read = _slips().read
    assert read("saah") == "saah"  # sawah, salah, saha: no reading
    assert read("fimana") == "fimana"  # gimana or dimana
    assert read("ikit") == "ikit"  # dikit (a letter dropped) or ikut (a key beside): no guess
    assert read("yuli") == "yuli"  # "tuli" one key away, but four letters with vowels: a name
    assert read("pkwtt") == "pkwtt"  # an acronym, not "pkwt" typed twice
    assert read("milih") == "milih"  # pilih said colloquially, no slip of "mulih"
    assert read("nanny") == "nanny"  # "nan" + -nya stems too short
    assert _slips({"oprsi": {"operasi"}}).read("oprsi") == "oprsi"  # a shortening, not a slip


def test_a_short_word_no_word_is_shaped_like_is_read_as_a_slip():
    read = _slips().read
    # Four letters with vowels, but spelt as no Indonesian word or name is: a slip.
    assert read("duks") == "duka" and read("jkut") == "ikut"  # two consonants end / start it
    assert read("bpsj") == "bpjs"  # two letters swapped in a word with no vowel
    # Shaped as words and names are: as written ("tiba" one key from "tina", "kalo" a swap).
    assert read("atws") == "atas"  # three consonants end it
    assert read("tina") == "tina" and read("klao") == "klao"
    assert read("dont") == "dont"  # an English negation without its apostrophe, no "dong"


def test_a_missed_space_splits_and_a_space_inside_joins():
    slips = _slips()
    assert slips.apart("saldojaminan") == "saldo jaminan"
    assert slips.apart("karyawannyacuma") == "karyawannya cuma"
    assert slips.apart("seringkali") == "sering kali"
    assert slips.apart("kerjanya") == "kerjanya"  # an ending, not a second word
    # A two-consonant acronym glued on, but no English plural: "freelancers" stays.
    assert slips.apart("tkmandiri") == "tk mandiri" and slips.apart("bedanyajp") == "bedanya jp"
    assert slips.apart("freelancers") == "freelancers"
    assert slips.joined(["jht", "ca", "ir"]) == ["jht", "cair"]
    assert slips.joined(["sering", "kali"]) == ["sering", "kali"]  # two words of their own
    assert slips.joined(["i", "am", "a"]) == ["i", "am", "a"]  # a one-letter piece: no join


def test_a_missed_space_beside_a_slip_splits_too():
    apart = _slips().apart
    assert apart("proyekpeerintah") == "proyek pemerintah"  # a letter typed twice, a dropped
    assert apart("kamiwemua") == "kami semua"  # w beside s
    # A two-letter word apart counts against it: "bangunan di", not "bangu" (bantu) "nandi".
    assert apart("bangunandi") == "bangunandi"


def test_one_slip_of_a_word_is_told():
    one = KeySlips.one_slip_of
    assert one("hpk", "phk") and one("pho", "phk") and one("bps", "bpjs") and one("jhtt", "jht")
    assert not one("jkm", "jkp") and not one("pkb", "phk") and not one("phk", "phk")


def test_a_short_slip_is_read_in_the_phrase_its_neighbours_make(content):
    words = content.matcher.normalizer.repair.words
    assert words(["di", "hpk"]) == ["di", "phk"] and words(["bps", "tk"]) == ["bpjs", "tk"]
    assert words(["any", "tk"]) == ["any", "tk"]  # one slip from no phrase word


def test_slips_reach_the_faq_words(content):
    matcher = content.matcher
    assert "bpjstk" in matcher.query_tokens("daftar bphs tk")[1]  # "bpjs tk", a synonym
    assert "perusahaan" in matcher.query_tokens("perudahaan ga bayar iuran")[1]
    assert "jht" in matcher.query_tokens("cek saldojaminan hari tua")[1]


def test_the_slip_readings_can_be_forgotten(content):
    # bench's cold passes clear them (bench/common.clear_match_caches): the same reading after
    repair = content.matcher.normalizer.repair
    before = repair.words(["perudahaan", "saldojaminan"])
    slips = repair._slips
    assert slips.read.cache_info().currsize and slips.apart.cache_info().currsize
    repair.cache_clear()
    assert slips.read.cache_info().currsize == 0 and slips.apart.cache_info().currsize == 0
    assert repair.words(["perudahaan", "saldojaminan"]) == before == ["perusahaan", "saldo",
                                                                     "jaminan"]


def test_a_word_derived_from_a_root_the_faq_never_writes_may_be_a_slip(content):
    # "tumai" (tuma + -i), "ditemkan" (di-tem-kan), "megeri": dictionary words only through an
    # affix on a root no FAQ word has; read back to the dictionary word one slip away.
    words = content.matcher.normalizer.repair.words
    assert words(["uang", "tumai"]) == ["uang", "tunai"]
    assert words(["ditemkan"]) == ["ditemukan"] and words(["megeri"]) == ["negeri"]
    # A root the FAQ writes, or -nya on a root: a word ("matanya" is no "katanya").
    assert words(["matanya"]) == ["matanya"] and words(["hatinya"]) == ["hatinya"]
    assert words(["kadis"]) == ["kadis"]  # "kados" is no dictionary word: an acronym stays
