"""The minimum-wage data: every place the reader knows has its figure key in rates.yaml, and
every figure is bounded to its own year (a UMP is never called current outside its period)."""

from datetime import date

from bot.content.calc_cues import load_cues
from bot.content.rates import load_rates
from bot.core.settings import PROJECT_ROOT

FAQ_DIR = PROJECT_ROOT / "faq"
RATES = load_rates(FAQ_DIR / "rates.yaml")
PLACES = load_cues(FAQ_DIR / "calc-cues.yaml").minimum_wage
KEYS = RATES.keys()  # Rates is not a dict: keys() is its list of keys


def test_every_province_and_umk_city_has_its_rates_key():
    assert PLACES is not None and len(PLACES.provinces) == 38
    for key in PLACES.provinces:
        assert f"ump_{key}" in RATES, key
    for place in {p for p in PLACES.places.values() if p.kind == "umk"}:
        assert f"umk_{place.key}" in RATES, place.key
        assert place.province in PLACES.provinces
    assert {k for k in KEYS if k.startswith("ump_")} \
        == {f"ump_{k}" for k in PLACES.provinces}


def test_every_minimum_wage_figure_ends_with_its_year_and_names_its_sources():
    keys = [k for k in KEYS if k.startswith(("ump_", "umk_"))]
    for key in keys:
        for value in RATES.rate(key).values:
            assert value.valid_until == date(value.valid_from.year, 12, 31), key
            assert value.sources and value.basis.startswith(("Keputusan", "Pengumuman")), key
            assert (value.value is None) == (value.confidence == "unconfirmed"), key
    assert RATES.find("ump_dki_jakarta", date(2026, 6, 1)).amount == 5729876
    assert RATES.find("ump_dki_jakarta", date(2027, 1, 1)) is None  # no 2027 figure sourced
