"""Places as people type them: the bot's own format, aliases (data), kecamatan, provinces."""

from __future__ import annotations

import pytest

from bot.registration.regions import ALIASES_FILE, aliases, all_regions, check_aliases, match_region


@pytest.mark.parametrize("text, code", [
    ("Kab. Bekasi, Jawa Barat", "32.16"),  # the bot's own display format
    ("Kota Bekasi, Jawa Barat", "32.75"),
    ("Kota Bandung, Jawa Barat", "32.73"),
    ("Kota Yogyakarta, DI Yogyakarta", "34.71"),
    ("Kab. Kepulauan Seribu, DKI Jakarta", "31.01"),
    ("Kota Jakarta Selatan, DKI Jakarta", "31.74"),
    ("Kab. Aceh Besar, Aceh", "11.06"),
    ("kab bekasi jawa barat", "32.16"),  # province without a comma
    ("Kota Banda Aceh", "11.71"),  # a name that ends with its province
    ("Banda Aceh, Aceh", "11.71"),
    ("kota bengkulu", "17.71"),
    ("kab bekasi", "32.16"), ("Kab. Bekasi", "32.16"), ("kabupaten bekasi", "32.16"),
    ("kota jogja", "34.71"), ("Kota Jogja", "34.71"), ("kota yogya", "34.71"),
    ("jaksel", "31.74"), ("Jaksel", "31.74"), ("jakbar", "31.73"), ("jaktim", "31.75"),
    ("jakut", "31.72"), ("jakpus", "31.71"), ("di jaksel", "31.74"),
    ("cikarang", "32.16"), ("Cikarang", "32.16"), ("cikarang utara", "32.16"),
    ("di cikarang selatan", "32.16"), ("kec. cikarang barat", "32.16"), ("cibitung", "32.16"),
    ("tambun selatan", "32.16"), ("kota cikarang", "32.16"),  # no such kota: the alias wins
    ("cibinong", "32.01"), ("kecamatan cibinong", "32.01"),
    ("solo", "33.72"), ("Solo", "33.72"),
    ("sby", "35.78"), ("surabaya", "35.78"), ("surabya", "35.78"),
    ("mks", "73.71"), ("makasar", "73.71"), ("ujung pandang", "73.71"),
    ("medan", "12.71"), ("mdn", "12.71"), ("tangsel", "36.74"), ("serpong", "36.74"),
    ("depok", "32.76"), ("kota bogor", "32.71"), ("kabupaten bogor", "32.01"),
    ("kab bandung", "32.04"), ("kota malang", "35.73"), ("Kab. Sleman", "34.04"),
    ("plg", "16.71"), ("lembang", "32.17"),
])
def test_place_is_understood(text, code):
    match = match_region(text)
    assert match.chosen is not None, (text, [r.label for r in match.suggestions])
    assert match.chosen.code == code


@pytest.mark.parametrize("text, expected", [
    ("bandung", ["32.04", "32.73", "32.17"]),
    ("bekasi", ["32.16", "32.75"]),
    ("bogor", ["32.01", "32.71"]),
    ("jogja", ["34.71", "34.04", "34.02"]),
    ("jakarta", ["31.71", "31.72", "31.73", "31.74", "31.75"]),
    ("smg", ["33.74", "33.22"]),
    ("bdg", ["32.73", "32.04"]),
])
def test_ambiguous_places_are_offered_exact_ones_first(text, expected):
    match = match_region(text)
    assert match.chosen is None
    assert [r.code for r in match.suggestions][:len(expected)] == expected


def test_shipped_aliases_are_valid_and_point_where_their_label_says():
    table, problems = check_aliases(ALIASES_FILE)
    assert problems == []
    assert table == aliases()
    regions = all_regions()
    assert all(code in regions for codes in table.values() for code in codes)
    assert table["solo"] == ("33.72",) and table["cikarang"] == ("32.16",)


def test_broken_alias_rows_are_reported_with_their_lines(tmp_path):
    path = tmp_path / "region_aliases.csv"
    path.write_text(
        "alias,code,region\n"
        "# a comment\n"
        "solo,33.72,Kota Surakarta\n"
        "Solo!,33.72,Kota Surakarta\n"
        "nowhere,99.99,Kota Entah\n"
        "sby,35.78,Kab. Surabaya\n"
        "solo,33.72,Kota Surakarta\n"
        "only,two\n", encoding="utf-8")
    table, problems = check_aliases(path)
    assert table == {"solo": ("33.72",)}
    assert [p.split(":")[1] for p in problems] == ["4", "5", "6", "7", "8"]
    assert "lower case" in problems[0] and "not in regions.csv" in problems[1]
    assert "'Kota Surabaya', not 'Kab. Surabaya'" in problems[2]
    assert "twice" in problems[3] and "three columns" in problems[4]
    path.write_text("nama,kode\n", encoding="utf-8")
    assert check_aliases(path)[1] == [
        "region_aliases.csv:1: the first row must be alias,code,region"]
