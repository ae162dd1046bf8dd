"""Guardrails of learning from traffic: redaction, personal data, distinct users, safe edits."""

from __future__ import annotations

import shutil
import time

import pytest
import yaml

from bot.content.store import Content, build_content
from bot.staff.learn import faq_vocabulary, find_candidates, personal_reason, redact_for_faq
from bot.staff.learn_apply import (
    Baseline,
    Refused,
    apply_phrasing,
    insert_phrasing,
    near_duplicate,
    yaml_scalar,
)
from bot.staff.regression import Evaluation
from bot.storage.learn_log import registered_name_words
from bot.storage.question_log import LogRow, redact
from tests.conftest import AS_OF, FAQ_DIR, TEMPLATES_DIR


@pytest.fixture(scope="module")
def content() -> Content:
    return build_content(FAQ_DIR, TEMPLATES_DIR, AS_OF)


def picked(user: str, question: str, entry_id: str, chosen: str | None = None) -> LogRow:
    """A logged "did you mean" question (stored redacted, as the question log does)."""
    return LogRow(time.time(), user, redact(question), "suggestions", entry_id, 50.0,
                  chosen or entry_id, None)


@pytest.mark.parametrize("question", [
    "jht saya 3273011708900001 kok belum cair",
    "no hp 0812-3456-7890 jht kok belum cair",
    "wa +62 812 3456 7890 jht kok belum cair",
    "email budi@example.com jht kok belum cair",
])
def test_redaction_leaves_no_digits_or_addresses(question: str) -> None:
    text = redact_for_faq(redact(question))
    assert "jht" in text and "cair" in text
    assert not any(ch.isdigit() for ch in text) and "@" not in text and "*" not in text


def test_short_numbers_keep_their_meaning() -> None:
    assert redact_for_faq("umur 56 tahun bisa klaim jp?") == "umur 56 tahun bisa klaim jp?"


@pytest.mark.parametrize("text", [
    "nama saya budi santoso mau klaim jht",
    "klaim jkm atas nama ibu sumarni",
    "pak Joko meninggal klaim jkm gimana",
    "jht",
])
def test_personal_or_unusable_phrasings_are_refused(text: str, content: Content) -> None:
    assert personal_reason(text, faq_vocabulary(content)) is not None


def test_the_faqs_own_terms_are_not_mistaken_for_names(content: Content) -> None:
    assert personal_reason("cara klaim Jaminan Hari Tua lewat JMO", faq_vocabulary(content)) \
        is None


def test_a_name_never_becomes_a_candidate(content: Content) -> None:
    rows = [picked(f"u{i}", "nama saya Budi Santoso pindah perusahaan jht gimana",
                   "jht-saldo-gabung") for i in range(3)]
    mining = find_candidates(rows, content, min_users=1)
    assert mining.candidates == [] and mining.hidden_personal == 1


def test_distinct_users_not_messages_make_the_evidence(content: Content) -> None:
    question = "lapor kecelakaan kerja molor kena apa"
    rows = [picked("same", question, "pk-nunggak-jkk-jp", "jkk-lapor-kecelakaan")] * 6
    assert find_candidates(rows, content, min_users=2).candidates == []
    rows += [picked("other", "lapor kecelakaan kerja molor kena apa ya",
                    "pk-nunggak-jkk-jp", "jkk-lapor-kecelakaan")]
    (candidate,) = find_candidates(rows, content, min_users=2).candidates
    assert candidate.entry_id == "jkk-lapor-kecelakaan" and candidate.chose == 2
    assert candidate.phrasing == question  # users tie: the wording typed most often


def test_a_settled_question_is_not_proposed_again(content: Content) -> None:
    rows = [picked(u, "lapor kecelakaan kerja molor kena apa",
                   "pk-nunggak-jkk-jp", "jkk-lapor-kecelakaan") for u in ("a", "b")]
    (candidate,) = find_candidates(rows, content).candidates
    assert find_candidates(rows, content, settled={candidate.key}).candidates == []


TOPIC = """\
# Staff header comment
topic: uji
title: Uji
entries:
  - id: uji-satu
    title: Satu   # trailing comment
    questions:
      # a comment inside the list
      - pertanyaan pertama
      - "pertanyaan: kedua"

    keywords: [satu]
  - id: uji-dua
    title: Dua
    questions:
      - >-
        pertanyaan panjang
        dua baris
    audience: all
  - id: uji-tiga
    title: Tiga
    questions: [a, b]
"""


def test_insertion_keeps_every_other_byte() -> None:
    new, line = insert_phrasing(TOPIC, "uji-satu", "kapan: cair #1?", "dipelajari")
    lines = new.splitlines()
    assert lines[line - 1] == '      - "kapan: cair #1?"  # dipelajari'
    assert lines[: line - 1] + lines[line:] == TOPIC.splitlines()
    assert yaml.safe_load(new)["entries"][0]["questions"][-1] == "kapan: cair #1?"


def test_insertion_after_a_multi_line_phrasing() -> None:
    new, _line = insert_phrasing(TOPIC, "uji-dua", "dua lagi", "x")
    assert yaml.safe_load(new)["entries"][1]["questions"] == [
        "pertanyaan panjang dua baris", "dua lagi"]


def test_insertion_refuses_what_it_cannot_do_safely() -> None:
    with pytest.raises(Refused, match="satu baris"):
        insert_phrasing(TOPIC, "uji-tiga", "c", "x")
    with pytest.raises(Refused, match="tidak ditemukan"):
        insert_phrasing(TOPIC, "uji-empat", "c", "x")


def test_plain_scalars_stay_plain() -> None:
    assert yaml_scalar("jht bisa cair gak?") == "jht bisa cair gak?"
    assert yaml_scalar("- daftar") == '"- daftar"'
    assert yaml_scalar("yes") == '"yes"'  # YAML 1.1 would read a bare yes as true


def test_near_duplicate_of_another_entry_is_named(content: Content) -> None:
    other = content.faq.entries["jkm-manfaat"].questions[0]
    reason = near_duplicate(content.faq, "jkm-syarat-klaim", other)
    assert reason is not None and "jkm-manfaat" in reason
    assert near_duplicate(content.faq, "jkm-manfaat", other) is None


def test_names_from_pre_registrations_never_become_candidates(content: Content) -> None:
    rows = [picked(u, "jht vs jp mana yang cair duluan sumarni", "jp-cara-klaim",
                   "jp-resign") for u in ("a", "b")]
    assert find_candidates(rows, content).candidates  # an unknown word alone is no name
    hidden = find_candidates(rows, content, names=frozenset({"sumarni", "jht"}))
    assert hidden.candidates == [] and hidden.hidden_personal == 1


async def test_registered_name_words_come_from_the_registrations(engine) -> None:
    await engine.db.write(
        "INSERT INTO registrations(ref_code, owner_key, nik, full_name, birth_date, phone,"
        " occupation, transport, region_code, region_name, monthly_income, with_jht,"
        " consent_at, created_at) VALUES ('PRA-1', 'k', '3273011708900001', 'Sri Sumarni',"
        " '1990-08-17', '+6281234567890', 'ojol', 1, '3273', 'Kota Bandung', 2000000, 1, 0, 0)")
    assert await registered_name_words(engine.db) == {"sri", "sumarni"}


def test_the_faqs_own_greetings_do_not_hide_a_phrasing(content: Content) -> None:
    assert personal_reason("Halo Kak, jht cair berapa lama", faq_vocabulary(content)) is None


@pytest.mark.parametrize("phrasing", ["klaim jht nik 3273011708900001",
                                      "nama saya budi mau klaim jht"])
def test_apply_is_the_last_gate_for_personal_data(phrasing: str, tmp_path) -> None:
    faq = tmp_path / "faq"
    shutil.copytree(FAQ_DIR, faq)
    baseline = Baseline(build_content(faq, TEMPLATES_DIR, AS_OF), Evaluation())
    with pytest.raises(Refused, match="frasa"):
        apply_phrasing(faq, TEMPLATES_DIR, AS_OF, baseline, "jht-klaim-resign", phrasing, "x")
