"""Who writes (faq/facets.yaml `writers`): an employer's "karyawan saya" or a worker's "kantor
saya", read on the written words before the synonyms make "kantor", "pabrik" and "bos" the
employer cue "perusahaan"."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.facets import load_facets
from bot.understand.normalize import clean
from bot.understand.ranking import AUDIENCE_BONUS, facet_adjustment


def _role(matcher, text: str) -> str | None:
    return matcher.facets.writer(clean(text).split())


@pytest.mark.parametrize(("text", "role"), [
    ("kantor sy belum daftarin sy bpjs tk", "worker"),
    ("bosku bilang harian ga dapet bpjs", "worker"),
    ("pabrik tempat gw kerja nunggak iuran", "worker"),
    ("karyawan kami kecelakaan di gudang", "employer"),
    ("sy pemilik apotek, apa sy ikut juga", "employer"),
    # The HR clerk who writes "bos saya" writes for the employer.
    ("saya hrd, bos saya minta lapor upah pakai umk", "employer"),
    ("iuran jkm brp sebulan", None),
    # Managers who name no "karyawan saya": a headcount, a staff office, a school or a site.
    ("punya karyawan 4 orang, wajib bpjstk ga", "employer"),
    ("kami dari bagian kepegawaian rs swasta, perawat kontrak wajib bpjs tk?", "employer"),
    ("sy kepala sekolah swasta, guru honor perlu didaftarkan?", "employer"),
    ("sy mandor proyek, kuli kena paku", "employer"),
])
def test_the_writer_is_read_from_the_written_words(matcher, text, role):
    assert _role(matcher, text) == role


def test_a_worker_naming_the_company_is_not_read_as_the_employer(matcher):
    """After synonyms "kantor saya" is "perusahaan saya", an employer cue; "perusahaan" stems
    like the cue "pengusaha". Without the writer's reading the worker reads as the employer."""
    for text in ("kantor saya nunggak iuran, jht saya gimana",
                 "pabrik tempat sy kerja tutup, paklaring ga ada",
                 "bos sy ga mau daftarin sy bpjs tk"):
        assert "employer" not in matcher.facets.read(text)[1], text
    # The owner's words still say employer, even without the employer cue words.
    assert "employer" in matcher.facets.read("tukang sy jatuh dari perancah")[1]


def test_employer_entries_gain_nothing_from_a_workers_message(matcher):
    facets = dict(zip(matcher._entry_ids, matcher._entry_facets, strict=True))
    entry = facets["pk-daftar-perusahaan"]
    assert "employer" in entry[1]
    worker = matcher.facets.read("kantor saya belum daftar bpjs tk")
    owner = matcher.facets.read("usaha saya belum daftar bpjs tk")
    assert "employer" not in worker[1] and worker[0] == owner[0]
    assert facet_adjustment(entry, owner, frozenset()) \
        - facet_adjustment(entry, worker, frozenset()) == AUDIENCE_BONUS


def test_writer_roles_are_employer_or_worker(tmp_path: Path):
    (tmp_path / "facets.yaml").write_text("writers:\n  employer: [karyawan saya]\n"
                                          "  boss: [anak buah saya]\n"
                                          "writer_forms:\n  saya: [sy, aku]\n")
    problems: list = []
    facets = load_facets(tmp_path / "facets.yaml", problems)
    assert facets.writers == {"employer": ("karyawan saya",)}
    assert facets.writer_forms == {"saya": ("sy", "aku")}
    assert [p.message for p in problems] == ["writers are employer or worker"]
