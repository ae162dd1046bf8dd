from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bot.content.rates import MissingRate, load_rates
from bot.content.yamlsrc import ContentError
from tests.conftest import FAQ_DIR

RATES = load_rates(FAQ_DIR / "rates.yaml")


def test_jp_cap_changes_on_first_of_march():
    assert RATES.get("jp_wage_cap", date(2026, 2, 28)).amount == Decimal(10547400)
    assert RATES.get("jp_wage_cap", date(2026, 3, 1)).amount == Decimal(11086300)
    assert RATES.get("jp_wage_cap", date(2015, 7, 1)).amount == Decimal(7000000)


def test_jp_cap_has_a_value_for_every_year_2015_to_2026():
    for year in range(2016, 2027):
        assert RATES.get("jp_wage_cap", date(year, 3, 1)).valid_from == date(year, 3, 1)


def test_temporary_discount_is_looked_up_by_date():
    assert RATES.find("bpu_discount_rate", date(2026, 3, 31)) is None
    assert RATES.get("bpu_discount_rate", date(2026, 4, 1)).amount == 50
    assert RATES.get("bpu_discount_rate", date(2026, 12, 31)).amount == 50
    assert RATES.find("bpu_discount_rate", date(2027, 1, 1)) is None
    assert RATES.get("bpu_discount_transport_rate", date(2027, 3, 31)).amount == 50
    assert RATES.find("bpu_discount_transport_rate", date(2027, 4, 1)) is None


def test_unknown_period_is_unconfirmed_not_a_number():
    value = RATES.get("jp_benefit_max", date(2020, 6, 1))
    assert value.value is None and not value.confirmed
    with pytest.raises(MissingRate):
        _ = value.amount


def test_source_line_names_basis_and_date():
    line = RATES.get("jp_wage_cap", date(2026, 11, 24)).source_line()
    assert "Rp11.086.300" in line and "SE BPJS Ketenagakerjaan" in line and "1 Maret 2026" in line
    assert "B/1226" not in line  # the letter number is unconfirmed (review R4/U4)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rates.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_validation_refuses_undated_and_overlapping_values_reporting_all(tmp_path):
    path = _write(tmp_path, """\
a:
  label: A
  unit: percent
  values:
    - {value: 1, basis: X, confidence: confirmed}
b:
  label: B
  unit: rupiah
  values:
    - {value: 1, from: 2020-01-01, until: 2020-12-31, basis: X, confidence: confirmed}
    - {value: 2, from: 2020-06-01, basis: X, confidence: confirmed}
c:
  label: C
  unit: percent
  values:
    - {value: 1, from: 2020-01-01, confidence: confirmed}
""")
    with pytest.raises(ContentError) as err:
        load_rates(path)
    text = "\n".join(str(p) for p in err.value.problems)
    assert "rates.yaml:5: a: nilai tidak punya tanggal 'from' yang valid" in text
    assert "rates.yaml:11: b: periode tumpang tindih" in text
    assert "rates.yaml:16: c: nilai tidak punya dasar hukum" in text


def test_yaml_syntax_error_is_reported_with_line(tmp_path):
    path = _write(tmp_path, "a:\n  label: A\n  unit: [percent\n")
    with pytest.raises(ContentError) as err:
        load_rates(path)
    assert err.value.problems[0].file == "rates.yaml"
    assert err.value.problems[0].line >= 3


def test_a_minimum_wage_figure_must_end_and_be_rupiah(tmp_path):
    """A UMP/UMK without `until` would be used as the wage in every later year; one in another
    unit, or of 0, would be computed with as a wage of "5" or 0: problems, each named."""
    path = tmp_path / "rates.yaml"
    path.write_text(
        "ump_aceh:\n  label: UMP Aceh\n  unit: rupiah\n  values:\n"
        "    - {value: 3932552, from: 2026-01-01, basis: 'Keputusan Gubernur Aceh',"
        " confidence: confirmed}\n"
        "umk_kota_x:\n  label: UMK X\n  unit: percent\n  values:\n"
        "    - {value: 5, from: 2026-01-01, until: 2026-12-31, basis: 'Keputusan Gubernur X',"
        " confidence: confirmed}\n"
        "umk_kota_y:\n  label: UMK Y\n  unit: rupiah\n  values:\n"
        "    - {value: 0, from: 2026-01-01, until: 2026-12-31, basis: 'Keputusan Gubernur Y',"
        " confidence: confirmed}\n"
        "jkm_rate_x:\n  label: JKM\n  unit: percent\n  values:\n"
        "    - {value: 0.3, from: 2015-07-01, basis: 'PP 44/2015', confidence: confirmed}\n",
        encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_rates(path)
    problems = {(p.entry, p.line) for p in info.value.problems}
    assert ("ump_aceh", 5) in problems and ("umk_kota_x", 8) in problems
    assert ("umk_kota_y", 15) in problems
    assert not any(p.entry == "jkm_rate_x" for p in info.value.problems)
