"""Indonesian normalisation: slang, abbreviations, stretched letters, agency names."""

import pytest

from bot.content.faqbase import load_faq
from bot.understand.normalize import Normalizer, clean
from tests.conftest import FAQ_DIR

NORM = Normalizer(load_faq(FAQ_DIR).synonyms)


def content(text: str) -> tuple[str, ...]:
    return NORM.content(NORM.tokens(text))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("JHT  cair!!!", "jht cair"),
        ("bangettt", "banget"),
        ("maaf", "maaf"),  # a real double letter stays
        ("Rp5jt", "rp 5 jt"),
        ("kapan2", "kapan kapan"),
        ("Pencairan—JHT?", "pencairan jht"),
        # the ASCII fast path and the searches before substituting must change nothing:
        ("Café naïve BANGETTT", "cafe naive banget"),
        ("gaji٣jt", "gaji jt"),  # a non-ASCII digit is no word character
        ("jht2024 ok", "jht 2024 ok"),
        ("ok2 2024", "ok ok 2024"),
        ("", ""),
    ],
)
def test_clean(raw, expected):
    assert clean(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("jht cair brp lama klo resign?", ("jht", "cair", "berapa", "lama", "kalau", "resign")),
        ("gmn cara klaim jamsostek", ("bagaimana", "cara", "cair", "bpjstk")),
        ("gk bs login jmo", ("tidak", "bisa", "login", "jmo")),
        ("udh sdh", ("sudah",)),
        ("yg dgn tdk", ("yang", "dengan", "tidak")),
        ("bpjs tk vs bpjs kesehatan", ("bpjstk", "vs", "bpjskes")),
        ("uang pensiun", ("jp",)),
        ("pencairan", ("cair",)),
    ],
)
def test_slang_and_synonyms(raw, expected):
    assert content(raw) == expected


def test_long_message_keeps_only_the_question():
    text = ("Selamat siang admin, saya mau tanya gimana caranya cek saldo JHT saya? "
            "terima kasih banyakkk")
    assert content(text) == ("bagaimana", "cara", "cek", "saldo", "jht")


@pytest.mark.parametrize(
    ("raw", "kind"),
    [("halo min", "greeting"), ("Selamat pagi kak", "greeting"), ("makasih ya kak", "thanks"),
     ("ok sip", "thanks"), ("sipp", "thanks"), ("mantul kak", "thanks"),
     ("sipp online", None), ("jht", None), ("halo, jht cair kapan?", None)],
)
def test_smalltalk(raw, kind):
    assert NORM.is_smalltalk(NORM.tokens(raw)) == kind


@pytest.mark.parametrize(
    ("raw", "kind"),
    [("ga usah, makasih", "thanks"), ("udah cukup kak", "thanks"),
     ("no thanks, that's all", "thanks"), ("ooh gitu ya", "thanks"), ("👍", "thanks"),
     (":)", "thanks"), ("🙏🙏", "thanks"),
     ("??", "greeting"), ("min, ada orang?", "greeting"), ("kok ga dibales min", "greeting"),
     ("udah bisa cair?", None), ("jht tidak cair", None), ("", None),
     ("Apa itu SIPP Online?", None)],
)
def test_closings_emoji_and_pings_are_smalltalk(raw, kind):
    """A closing is thanked, a ping greeted back; a question with those words still asks."""
    assert NORM.is_smalltalk(NORM.tokens(raw), raw) == kind


@pytest.mark.parametrize(
    ("raw", "kind"),
    [("😀", "greeting"), ("😂😂", "greeting"), ("🤔", "greeting"), ("...", "greeting"),
     ("👍🏽", "thanks"), ("❤️", "thanks"), ("^^", "thanks"), ("😊🙏", "thanks"), ("👌", "thanks")],
)
def test_emoji_alone_are_thanks_only_with_a_thanks_mark(raw, kind):
    """'😀' alone is no thanks: it is greeted with what the assistant does."""
    assert NORM.is_smalltalk(NORM.tokens(raw), raw) == kind


@pytest.mark.parametrize(("raw", "expected"), [
    ("perawat", "perawat"),  # Sastrawi alone: "awat"
    ("perawatan", "rawat"),
    ("menikah", "nikah"),  # "meni"
    ("dikurangi", "kurang"),  # "rang"
])
def test_words_the_stemmer_gets_wrong_are_fixed_by_synonyms(raw, expected):
    assert content(raw) == (expected,)


@pytest.mark.parametrize(("raw", "expected"), [
    ("phk secara sepihak", ("phk", "pihak")),  # "secara" is no "cara" (how-to)
    ("klaim jht secara online", ("cair", "jht", "cara", "online")),  # the way, done online
    ("torang so urus", ("so", "urus")),  # Manado "we": no typo of "orang"
    ("cair di bank mandiri", ("cair", "bank")),  # a bank, not "mandiri" (BPU)
    ("mati saya, harus tunggu", ("harus", "tunggu")),  # an exclamation, no inactive card
    ("kartu saya mati", ("kartu", "nonaktif")),
    ("bayar 25500 perorang", ("bayar", "25500")),
])
def test_filler_and_names_are_not_read_as_topic_words(raw, expected):
    assert content(raw) == expected


def test_the_greetings_that_win_over_thanks_are_data(tmp_path):
    """`hellos` in faq/synonyms.yaml (once normalize._HELLO): a greeting beside thanks is
    greeted back; a word staff add there does the same."""
    from dataclasses import replace

    from bot.content.faqbase import _load_synonyms

    assert NORM.is_smalltalk(NORM.tokens("makasih, selamat pagi")) == "greeting"
    assert NORM.is_smalltalk(NORM.tokens("makasih, permisi")) == "thanks"
    text = (FAQ_DIR / "synonyms.yaml").read_text(encoding="utf-8")
    assert "\nhellos: [halo," in text
    path = tmp_path / "synonyms.yaml"
    path.write_text(text.replace("\nhellos: [halo,", "\nhellos: [permisi, halo,"),
                    encoding="utf-8")
    problems: list = []
    edited = _load_synonyms(path, problems)
    assert not problems and "permisi" in edited.hellos
    norm = Normalizer(replace(NORM.synonyms, hellos=edited.hellos))
    assert norm.is_smalltalk(norm.tokens("makasih, permisi")) == "greeting"


def test_a_malformed_hellos_list_names_its_line(tmp_path):
    from bot.content.faqbase import _load_synonyms

    path = tmp_path / "synonyms.yaml"
    path.write_text("greetings: [halo]\nhellos: {halo: 1}\n", encoding="utf-8")
    problems: list = []
    _load_synonyms(path, problems)
    assert [p for p in problems if p.line == 2 and "hellos" in p.message]


def test_chat_words_the_typo_repair_bent_into_faq_words(content):
    matcher = content.matcher
    # "kwitansi" (a receipt) is no typo of the foreign workers' "kitas"; "dibilangin" (told)
    # is not "dibiarin"; "dear admin" is a greeting, not "dengar" (synonyms.yaml).
    assert "kitas" not in matcher.query_tokens("kwitansi rumah sakit hilang")[1]
    assert "bukti" in matcher.query_tokens("kwitansi rumah sakit hilang")[1]
    assert matcher.query_tokens("dibilangin satpam harus antri")[1][0] == "bilang"
    assert "dengar" not in matcher.query_tokens("dear admin, jht saya belum cair")[1]
    # "5 th" is five years.
    assert "tahun" in matcher.query_tokens("kerja 5 th")[1]


def test_coal_is_mining_not_how_much_nor_a_closed_company(content):
    matcher = content.matcher
    # "bara" alone is Minang for "berapa"; "batubara" was snapped onto "bubar" (synonyms.yaml).
    for text in ("kerja di tambang batu bara", "kerja di tambang batubara"):
        words = matcher.query_tokens(text)[1]
        assert "berapa" not in words and "bubar" not in words
        assert "tambang" in words
    assert "berapa" in matcher.query_tokens("iuran bpjs tk bara sabulan")[1]


def test_injuries_read_as_accident_and_a_driver_narik_is_work(content):
    matcher = content.matcher
    # Injury phrases are an accident (synonyms.yaml kecelakaan); bare "patah"/"kebalik" are not.
    for text in ("perahu terbalik di laut", "kaki patah waktu kerja", "kena percikan las"):
        assert "kecelakaan" in matcher.query_tokens(text)[1]
    assert "kecelakaan" not in matcher.query_tokens("tanggal lahir kebalik")[1]
    # A driver who "gak bisa narik" cannot work; "narik jht" is still a withdrawal.
    words = matcher.query_tokens("ojol ketabrak terus nggak bisa narik sebulan")[1]
    assert "kerja" in words and "cair" not in words
    assert "ojol" in matcher.query_tokens("lagi narik penumpang ditabrak")[1]
    for text in ("narik jht", "gak bisa narik jht", "nggak bisa narik saldo jht"):
        assert "cair" in matcher.query_tokens(text)[1]


def test_a_journalist_is_not_misread_as_an_employee(content):
    matcher = content.matcher
    # "wartawan" was spell-corrected to "karyawan"; every name of a journalist is one word.
    for text in ("wartawan kena pukul saat liputan", "jurnalis kena pukul saat liputan",
                 "reporter kena pukul saat liputan"):
        words = matcher.query_tokens(text)[1]
        assert "jurnalis" in words and "karyawan" not in words


def test_a_freelancer_is_bpu_but_a_daily_worker_is_not(content):
    matcher = content.matcher
    # "pekerja/kerja/buruh lepas" is a freelancer (BPU); a company's "pekerja harian lepas"
    # is its worker (synonyms.yaml bpu).
    for text in ("pekerja lepas iurannya berapa", "aku kerja lepas", "buruh lepas bisa ikut"):
        assert "bpu" in matcher.query_tokens(text)[1]
    assert "bpu" not in matcher.query_tokens("pekerja harian lepas wajib didaftarkan")[1]


def test_a_kuli_is_a_worker(content):
    matcher = content.matcher
    # "kuli" (a manual worker) was an unknown word; "kuli bangunan" stays a construction worker.
    assert "karyawan" in matcher.query_tokens("kuli angkut kami jatuh dari tangga")[1]
    assert "kulibangunan" in matcher.query_tokens("saya kuli bangunan harian")[1]


def test_a_security_guard_is_a_satpam(content):
    matcher = content.matcher
    # Indonesian chat calls a guard "security"/"sekuriti": the FAQ's word is "satpam".
    for text in ("sy kerja jd security di mall lewat vendor", "sekuriti outsourcing"):
        assert "satpam" in matcher.query_tokens(text)[1]


def test_the_index_leaves_the_token_cache_empty_and_sized_for_messages():
    # Indexing reads each phrasing through a small cache (memory: bench/README.md, mem22);
    # users' messages then get the full-size cache, holding no phrasing.
    from bot.understand.matcher import Matcher
    from bot.understand.normalize import INDEXED_TEXTS, MESSAGE_TEXTS

    normalizer = Normalizer(load_faq(FAQ_DIR).synonyms)
    assert normalizer.tokens.cache_info().maxsize == MESSAGE_TEXTS > INDEXED_TEXTS
    info = Matcher(load_faq(FAQ_DIR), normalizer).normalizer.tokens.cache_info()
    assert (info.maxsize, info.currsize) == (MESSAGE_TEXTS, 0)
