"""Reading replies to prompts: yes/no/cancel, question or answer, and the word file's checks."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.content.faqbase import load_faq
from bot.content.replywords import load_reply_words
from bot.content.yamlsrc import ContentError
from bot.understand.replies import ReplyWords, is_question, question_level, yes_no
from tests.conftest import FAQ_DIR

WORDS = load_faq(FAQ_DIR).replies


@pytest.mark.parametrize("text", [
    "ya", "Ya", "iya", "iyaa", "y", "ok", "oke", "OK!", "boleh", "setuju", "saya setuju",
    "iya kak", "ok deh", "ya benar", "Ya, benar", "sudah benar", "lanjut", "sip", "yes", "ya?",
    "iya setuju", "oke min", "siap kak", "okk", "yaa",
])
def test_yes(text):
    assert yes_no(text, WORDS) == "yes"


@pytest.mark.parametrize("text", [
    "tidak", "tdk", "gak", "ga", "nggak", "enggak", "no", "tidak setuju", "gak mau", "belum",
    "salah", "bukan", "gak kak", "tidak deh", "gakk", "tidak, terima kasih", "no thank you",
    "nggak, makasih kak",
])
def test_no(text):
    assert yes_no(text, WORDS) == "no"


@pytest.mark.parametrize("text", [
    "batal", "Batal!", "gak jadi", "ga jadi", "gk jadi", "nggak jadi", "tidak jadi", "gajadi",
    "gak jadi deh kak", "batalkan", "cancel", "ga usah", "ga usah makasih",
    "gak jadi daftar deh makasih", "batal pendaftarannya",
])
def test_cancel(text):
    assert yes_no(text, WORDS) == "cancel"


def test_yes_or_no_phrases_together():
    words = ReplyWords(yes=frozenset({"yes", "i agree", "ok"}), no=frozenset({"no", "thanks"}))
    assert yes_no("yes i agree", words) == "yes" and yes_no("ok, i agree", words) == "yes"
    assert yes_no("no thanks", words) == "no"
    assert yes_no("yes thanks", words) is None and yes_no("i agree no", words) is None


@pytest.mark.parametrize("text", [
    "iya tapi nanti", "ya gak tau", "Siti Aminah", "ok tapi jht brp", "", "   ", "3 juta",
    "ya kalau iurannya murah",
])
def test_neither_yes_nor_no(text):
    assert yes_no(text, WORDS) is None


@pytest.mark.parametrize("step, text", [
    ("name", "jht cair brp lama klo resign"),  # the example: no "?"
    ("occupation", "eh kalau ojol iurannya dapet diskon ga sih"),  # the example
    ("name", "berapa iuran jht?"),
    ("name", "apa itu JKM"),
    ("name", "iuran bpu brp"),
    ("name", "bisakah daftar online"),
    ("name", "gimana caranya"),
    ("name", "kalau udah daftar kapan aktifnya"),  # two asking words
    ("name", "klaim jht"),
    ("name", "iurannya murah ga"),
    ("occupation", "ojol dapet diskon gak ya"),
    ("occupation", "kenapa harus isi pekerjaan"),
    ("occupation", "pedagang wajib ga"),
    ("location", "kabupaten atau kecamatan?"),
    ("location", "harus yg sesuai ktp ga sih"),
    ("location", "bedanya kota sama kabupaten apa"),
    ("nik", "nik itu apa"),
    ("dob", "kenapa perlu tanggal lahir"),
    ("phone", "nomornya harus yang terdaftar di jmo"),
    ("income", "penghasilan gak tentu gmn ngisinya"),
    ("programs", "jht bisa dicairkan kapan?"),
    ("programs", "bedanya apa"),
    ("name", "mau tanya dulu"),
    ("name", "benarkah data saya aman"),
    ("name", "rawat inap lama krn laka kerja bayar sendiri ga"),  # a tag question
    ("occupation", "ojol termasuk bpu kan"),
    ("name", "harga emas antam hari ini"),  # words no name has
    ("location", "jadwal kereta jakarta bandung besok"),
    ("name", "makasih min"), ("name", "halo bot"), ("name", "oke siap, thanks"),  # smalltalk
    ("name", "how do i register"),
    ("name", "kis dari pemerintah tiba tiba nonaktif"),
    ("occupation", "ahli waris dapat berapa"),
])
def test_questions_are_strong(step, text):
    assert question_level(text, WORDS, step, topic_is_answer=step == "programs") == "strong"
    assert is_question(text, WORDS, step) or step == "programs"


@pytest.mark.parametrize("step, text", [
    ("name", "Siti Aminah"), ("name", "Siti Nurhaliza"), ("name", "Muhammad Rizki Ramadhan"),
    ("name", "Atikah Rahma"), ("name", "Zulaikah"), ("name", "Ni Luh Putu Ayu Lestari"),
    ("name", "I Made Wirawan"), ("name", "Maria Ulfah"), ("name", "Dian Sastrowardoyo"),
    ("name", "Bambang S."), ("name", "Siti Ma'rifah"),
    ("occupation", "ojol"), ("occupation", "pedagang bakso"), ("occupation", "buruh tani"),
    ("occupation", "tukang cukur"), ("occupation", "penjahit"), ("occupation", "kurir paket"),
    ("occupation", "pedagang sayur keliling"), ("occupation", "nelayan"),
    ("occupation", "pensiunan guru"), ("occupation", "sopir angkot"),
    ("location", "kota jogja"), ("location", "Kab. Bekasi, Jawa Barat"), ("location", "jaksel"),
    ("location", "cikarang"), ("location", "di kota bandung"),
    ("nik", "3273011708900001"), ("dob", "17 Agustus 1990"), ("phone", "0812-3456-7890"),
    ("income", "2,5 juta"), ("income", "Rp 3.000.000"), ("programs", "jht"),
    ("programs", "jkk jkm aja"), ("programs", "pakai jht"),
])
def test_answers_are_never_questions(step, text):
    assert question_level(text, WORDS, step, topic_is_answer=step == "programs") == "none"


@pytest.mark.parametrize("text", ["Kapan Sinaga", "kalau pedagang", "Mana Simanjuntak",
                                  "Selamat", "selamat pagi", "Selamat Riyadi"])
def test_a_lone_asking_word_that_names_carry_is_weak(text):
    assert question_level(text, WORDS, "name") == "weak"


NAMES = [
    "Siti Nurhaliza", "Budi Santoso", "Agus Salim", "Dewi Lestari", "Rudi Hartono",
    "Sri Mulyani", "Joko Widodo", "Ahmad Dahlan", "Putu Wijaya", "Made Sudarsana",
    "Wayan Sukerta", "Nyoman Suarsa", "Ketut Arini", "Yohanes Surya", "Maria Goretti",
    "Fransiska Ayu", "Tan Malaka", "Lie Kim Hok", "Hasan Basri", "Teuku Umar",
    "Cut Nyak Dien", "Andi Mappanyukki", "La Ode Ida", "Muhammad Iqbal", "Nur Aini",
    "Rina Marlina", "Asep Sunandar", "Ujang Suryana", "Dedi Mulyadi", "Ucok Baba",
    "Butet Manurung", "Poltak Simanjuntak", "Kadek Ayu", "Slamet Rahardjo", "Suparman",
    "Sukarni", "Paijo", "Wahyu Hidayat", "Hari Susanto", "Bila Nur Azizah",
]


@pytest.mark.parametrize("name", NAMES)
def test_real_names_are_answers_or_asked_back_never_taken_for_questions(name):
    # "Bila Nur Azizah" starts with a word that also asks ("bila" = "if"): asked back.
    expected = "weak" if name.startswith("Bila ") else "none"
    assert question_level(name, WORDS, "name") == expected


def test_labelled_faq_questions_are_questions_at_every_free_text_step():
    """The FAQ's own labelled test messages, typed at a name, job or place prompt."""
    import yaml

    questions = [item["q"] for path in sorted((FAQ_DIR / "tests").glob("*.yaml"))
                 if path.name != "config.yaml"
                 for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []]
    assert len(questions) > 300
    for step in ("name", "occupation", "location"):
        taken = [q for q in questions if question_level(q, WORDS, step) == "none"]
        assert len(taken) <= len(questions) * 0.02, (step, taken)


def test_a_long_message_is_a_question_even_without_asking_words():
    long = "saya mau tanya dulu soal jaminan untuk keluarga saya nanti kalau terjadi sesuatu"
    assert question_level(long, WORDS, "name") == "strong"
    assert question_level("Ni Luh Putu Ayu Lestari Dewi", WORDS, "name") == "none"


def test_built_in_defaults_without_the_file(tmp_path):
    words = load_reply_words(tmp_path, [])
    assert words == ReplyWords()
    assert yes_no("ya", words) == "yes" and yes_no("batal", words) == "cancel"
    assert question_level("berapa iuran", words) == "strong"


def test_shipped_file_validates_and_feeds_the_faq():
    problems: list = []
    words = load_reply_words(FAQ_DIR, problems)
    assert problems == []
    assert {"ya", "iya", "ok", "oke", "boleh", "setuju", "y"} <= words.yes
    assert {"tidak", "gak"} <= words.no
    assert {"gak jadi", "ga jadi", "batal"} <= words.cancel
    assert words.max_answer_words == {"name": 6, "occupation": 6, "location": 6}


BROKEN = """\
yes_words: [ya, iya, tidak]
no_words: [tidak, no]
cancel_words: "batal"
question_words: [Apa?, berapa]
sinonim: [x]
max_answer_words:
  name: banyak
  umur: 3
not_in_answers:
  kota: [x]
"""


def test_every_problem_is_reported_with_its_line(tmp_path):
    (tmp_path / "replies.yaml").write_text(BROKEN, encoding="utf-8")
    problems: list = []
    load_reply_words(tmp_path, problems)
    found = {(p.line, p.entry) for p in problems}
    messages = "\n".join(str(p) for p in problems)
    assert (2, "no_words") in found and "'tidak' is in both" in messages
    assert "true/false" in messages  # the unquoted YAML 1.1 `no`
    assert (3, "cancel_words") in found
    assert (4, "question_words") in found and "'apa'" in messages
    assert (5, "sinonim") in found
    assert (7, "name") in found and (8, "umur") in found and (10, "kota") in found
    assert all(str(p).startswith("replies.yaml:") for p in problems)
    assert len(problems) == 8, messages  # nothing about the lists left out


def test_lists_left_out_are_empty_not_errors(tmp_path):
    (tmp_path / "replies.yaml").write_text('yes_words: [ya, "yes"]\n', encoding="utf-8")
    problems: list = []
    words = load_reply_words(tmp_path, problems)
    assert problems == [] and words.yes == {"ya", "yes"} and words.no == frozenset()


def test_a_broken_replies_file_stops_a_content_load(tmp_path):
    target = tmp_path / "faq"
    shutil.copytree(FAQ_DIR, target)
    (target / "replies.yaml").write_text(BROKEN, encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_faq(target)
    assert "replies.yaml:2:" in str(err.value)


NAME_PARTS = [
    "Siti", "Nur", "Aminah", "Budi", "Santoso", "Agus", "Dewi", "Sri", "Wahyu", "Putu", "Made",
    "Ketut", "Nyoman", "Ayu", "Lestari", "Hidayat", "Rahmawati", "Saputra", "Pratama", "Kurniawan",
    "Maria", "Yohanes", "Fransiska", "Tan", "Lie", "Hasan", "Teuku", "Cut", "Andi", "La", "Ode",
    "Muhammad", "Ahmad", "Abdul", "Rahman", "Fitri", "Indah", "Eka", "Dwi", "Tri", "Slamet",
    "Sinaga", "Simanjuntak", "Siregar", "Nasution", "Lubis", "Harahap", "Pane", "Ginting",
    "Tarigan",
    "Atikah", "Zulaikah", "Malikah", "Hari", "Bayu", "Gita", "Rina", "Joko", "Ujang", "Asep",
]
JOB_HEADS = ["tukang", "pedagang", "penjual", "buruh", "sopir", "petani", "nelayan", "penjahit",
             "montir", "guru", "kurir", "ojek", "pengrajin", "peternak", "pemulung", "juru"]
JOB_TAILS = ["bakso", "sayur", "kayu", "bangunan", "parkir", "ikan", "sawit", "tani", "pasar",
             "online", "les", "ngaji", "cukur", "las", "jahit", "kebun", "sapi", "angkot", "masak"]


@given(st.lists(st.sampled_from(NAME_PARTS), min_size=1, max_size=5))
def test_names_built_from_common_parts_are_never_questions(parts):
    assert question_level(" ".join(parts), WORDS, "name") == "none"


@given(st.sampled_from(JOB_HEADS), st.lists(st.sampled_from(JOB_TAILS), max_size=3))
def test_jobs_are_never_questions(head, tails):
    assert question_level(" ".join([head, *tails]), WORDS, "occupation") == "none"


@given(st.sampled_from(sorted(WORDS.question_words)), st.lists(st.sampled_from(NAME_PARTS),
                                                                 max_size=4))
def test_a_question_word_anywhere_makes_a_question(word, parts):
    text = " ".join([*parts[:2], word, *parts[2:]])
    assert question_level(text, WORDS, "name") == "strong"
