"""data/answer_words.yaml: the shipped lists load cleanly, a broken file is reported as
file:line (by `faq check` too) and stops the bot at start with the same lines."""

from argparse import Namespace
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot.content.yamlsrc import ContentError
from bot.registration import answer_words as module
from bot.registration.answer_words import WORDS_FILE, check_answer_words
from bot.registration.typed import month_of, pick_number


def test_shipped_word_lists_have_no_problems():
    words, problems = check_answer_words(WORDS_FILE)
    assert problems == [] and words is not None
    assert set(words.months.values()) == set(range(1, 13))


def test_broken_lists_are_reported(tmp_path: Path):
    path = tmp_path / "answer_words.yaml"
    path.write_text("months:\n  13: [smarch]\nnot_months: [no]\njobs:\n  strong:\n"
                    "    astronot: [astronot]\nunknown_list: [x]\n", encoding="utf-8")
    _, problems = check_answer_words(path)
    text = "\n".join(str(p) for p in problems)
    assert "answer_words.yaml:2: months: '13' tidak dikenal" in text
    assert "answer_words.yaml:3: not_months: 'False' bukan kata" in text
    assert "answer_words.yaml:6: jobs.strong: 'astronot' tidak dikenal" in text
    assert "answer_words.yaml:7: unknown_list: daftar 'unknown_list' tidak dikenal" in text
    assert "'13' tidak dikenal" in text and "'False' bukan kata" in text
    assert "'astronot' tidak dikenal" in text and "'unknown_list' tidak dikenal" in text
    assert "setiap bulan" in text


def test_months_by_letters_in_order_and_small_typos():
    assert month_of("agst") == 8 and month_of("mrt") == 3 and month_of("spt") == 9
    assert month_of("agusuts") == 8 and month_of("janurai") == 1
    assert month_of("oke") is None and month_of("saya") is None and month_of("bandung") is None


def test_pick_number_keeps_the_only_fitting_one():
    def sixteen(number: str) -> bool:
        return len(number.replace(" ", "")) == 16
    assert pick_number("nik 3273 0117 0885 0001 rt 05", sixteen) == "3273011708850001"


def _edited(tmp_path: Path, old: str, new: str):
    text = WORDS_FILE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "answer_words.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    words, problems = check_answer_words(path)
    assert problems == [] and words is not None
    return words


def test_register_intent_and_transport_words_are_data(tmp_path: Path):
    """`register_*`, `howto_words` and `transport_words` (once regexes in steps.py): a word
    staff add there starts the pre-registration or marks a transport job."""
    from bot.registration.steps import read_occupation, wants_to_register

    assert not wants_to_register("pgn daftar bpu")
    assert not read_occupation("kusir andong keliling").transport
    words = _edited(tmp_path, "register_wants: [mau,", "register_wants: [pgn, mau,")
    assert wants_to_register("pgn daftar bpu", words)
    assert not wants_to_register("pgn daftar bpu", _edited(
        tmp_path, "howto_words: [cara,", "howto_words: [bpu, cara,"))
    words = _edited(tmp_path, "transport_words: [ojol,", "transport_words: [andong, ojol,")
    assert read_occupation("kusir andong keliling", words).transport


def test_a_missing_register_list_is_reported(tmp_path: Path):
    path = tmp_path / "answer_words.yaml"
    text = WORDS_FILE.read_text(encoding="utf-8").replace("\nregister_me:", "\nregister_mee:")
    path.write_text(text, encoding="utf-8")
    _, problems = check_answer_words(path)
    line = text[:text.index("\nregister_mee:")].count("\n") + 2
    shown = [str(p) for p in problems]
    assert "answer_words.yaml:1: register_me: daftar 'register_me' tidak ada" in shown
    unknown = f"answer_words.yaml:{line}: register_mee: daftar 'register_mee' tidak dikenal; pakai "
    assert any(s.startswith(unknown) and "register_me," in s for s in shown)


def _broken(tmp_path: Path) -> Path:
    path = tmp_path / "answer_words.yaml"
    text = WORDS_FILE.read_text(encoding="utf-8").replace("\nnot_months: [oke,",
                                                          "\nnot_months: [no, oke,")
    path.write_text(text, encoding="utf-8")
    return path


def test_yaml_syntax_and_shape_are_reported_at_their_line(tmp_path: Path):
    path = tmp_path / "answer_words.yaml"
    path.write_text("months:\n  1: [januari\nnot_months: [oke]\n", encoding="utf-8")
    words, problems = check_answer_words(path)
    assert words is None and problems[0].line == 3 and "sintaks YAML" in problems[0].message
    path.write_text("months:\n  1: [januari]\njobs: [ojol]\n", encoding="utf-8")
    assert "answer_words.yaml:3: jobs: harus berupa pemetaan" in [
        str(p) for p in check_answer_words(path)[1]]


def test_a_broken_shipped_file_stops_the_start_naming_file_and_line(tmp_path: Path, monkeypatch):
    path = _broken(tmp_path)
    text = path.read_text(encoding="utf-8")
    line = text[:text.index("\nnot_months:")].count("\n") + 2
    monkeypatch.setattr(module, "WORDS_FILE", path)
    module.answer_words.cache_clear()
    try:
        with pytest.raises(ContentError) as err:
            module.answer_words()
    finally:
        monkeypatch.undo()
        module.answer_words.cache_clear()
    assert f"answer_words.yaml:{line}: not_months: 'False' bukan kata" in str(err.value)


def test_faq_check_reads_the_file(tmp_path: Path, monkeypatch, capsys):
    from bot import cli
    from bot.content import check

    monkeypatch.setattr(check, "run_check", lambda *args: (None, []))  # the FAQ: not this test's
    monkeypatch.setattr(module, "WORDS_FILE", _broken(tmp_path))
    settings = SimpleNamespace(faq_dir=tmp_path, templates_dir=tmp_path)
    assert cli.cmd_faq_check(Namespace(directory=None, as_of=None, sources=False), settings) == 1
    assert "not_months: 'False' bukan kata" in capsys.readouterr().out
