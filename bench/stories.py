"""Story style: the labelled questions wrapped the way people write to an admin.

`python bench/texting.py --style story [--seed N] [--failures]` (`python bench/stories.py
[--seed N]`: the same, answered right by shape and by where the question is)
wraps every labelled question (the same 536 as the other styles) in what real writers put
around it: a greeting ("assalamualaikum min", "permisi mau tanya"), one or two sentences about
the writer (job, family, situation) that name no programme's topic, the question first, in the
middle or last (sometimes led in by "mau tanya", "jadi"), and a closing ("makasih min", "mohon
pencerahannya"). A fifth of the messages lose all punctuation, a fifth are run into one
sentence with commas. Seeded per question (stream "seed:story:question") like the other styles.

The pools are written from the shapes of the REAL TUNING messages (faq/tests/real/tune/*.yaml,
never the held-out files); each pool's comment names the tuning messages it follows. The
brief's own examples ("selamat siang kak", "mohon pencerahannya", "ditunggu jawabannya") are in
too. English questions get the English pools (real/tune self-written-en: "I am leaving
Indonesia soon after over 1 year here", "Has anyone else been told this ?").
"""

from __future__ import annotations

import random
import re

# Openings. real/tune: "@taspenkita halo min, mau tanya..", "Assalamualaikum Ustaz…",
# "Assalamualaikum lur,", "Bismillahirrahmanirrahim, Izin bertanya Ust.", "Min gimana ni,",
# "Mohon maaf pak.", "Saya mau bertanya,", "Ustadz, saya ingin bertanya,", "Kak,",
# "Serius tanya,", "mohon bantuannya admin", "Halo @BPJSKesehatanRI".
GREETINGS = (
    "assalamualaikum min", "assalamualaikum wr wb", "halo min, mau tanya", "halo kak",
    "selamat siang kak", "selamat pagi admin", "selamat malam min", "permisi mau tanya",
    "izin bertanya", "mohon maaf pak, mau tanya", "min", "kak mau nanya", "saya mau bertanya",
    "numpang tanya min", "bismillah, izin bertanya", "mohon bantuannya admin", "serius tanya",
    "halo admin bpjs", "pagi min",
)
# Sentences about the writer that name no programme's topic (no claim, accident, death, lay-off,
# pension, contribution or registration word): job, place, family, not knowing the rules.
# real/tune: "Saya bekerja di perusahaan distributor.", "Saya karyawan kontrak",
# "mantan seorang karyawan kontrak salah satu pabrik di Karawang", "Kerja jadi satpam di
# kawasan industri", "Istri dan anak saya di kampung", "saya di rumah saja jadi ibu rumah
# tangga", "Anak almarhum masih kecil semua", "Saya sudah tua", "Baru kali ini saya mendengar",
# "Teman satu kerjaan saya", "Sebenarnya saya bingung kenapa ini bisa terjadi".
CONTEXTS = (
    "saya bekerja di perusahaan distributor di bekasi",
    "saya karyawan pabrik garmen di karawang",
    "saya kerja jadi satpam di kawasan industri",
    "istri dan anak saya di kampung",
    "anak saya dua, masih kecil semua",
    "saya kerja di toko bangunan punya saudara",
    "suami saya kerja di bengkel, saya di rumah saja",
    "saya orang awam, belum paham aturannya",
    "teman satu kerjaan saya juga pada bingung",
    "baru kali ini saya urus beginian",
    "saya tinggal di medan, keluarga di jawa",
    "sebenarnya saya bingung dari kemarin",
    "saya kerja di kantor di jakarta selatan",
    "saya sudah tanya teman tapi jawabannya beda-beda",
)
# Lead-ins before a question that does not open the message. real/tune: "Saya mau bertanya,",
# "Lantas bagaimana ...", "Lalu bagaimana proses ...", "Jadi kalau ...".
LEAD_INS = ("mau tanya", "jadi", "nah", "yang mau saya tanyakan", "pertanyaan saya", "lalu")
# Closings. real/tune: "Terima kasih.", "mohon ditinjau lg", "mohon bantuannya", "Saya harus
# gimana?", "mohon dicabut saja aturan nya bu"; the brief: "makasih min", "mohon
# pencerahannya", "ditunggu jawabannya".
CLOSINGS = (
    "terima kasih", "makasih min", "makasih banyak kak", "mohon pencerahannya",
    "ditunggu jawabannya", "mohon bantuannya", "mohon infonya", "terima kasih sebelumnya",
    "trims", "mohon dibantu ya min", "sekian, terima kasih", "wassalamualaikum",
)
# English (real/tune self-written-en): "I am leaving Indonesia soon after over 1 year here.",
# "When we first opened our small guesthouse", "Has anyone else been told this ?",
# "Does anyone know ...", "Well that's interesting".
EN_GREETINGS = ("hi admin", "hello", "good morning", "hi, quick question", "excuse me")
EN_CONTEXTS = (
    "i work at a distributor in bekasi", "my wife and kids live in another town",
    "i am new to all this", "i have lived in indonesia for about a year",
    "my friends at work are confused too",
)
EN_LEAD_INS = ("my question is", "so", "anyway")
EN_CLOSINGS = ("thanks", "thank you in advance", "thanks for your help", "any help appreciated")
ENGLISH = re.compile(r"\b(the|is|are|do|does|how|what|can|i|my|will|if|for)\b")
INDONESIAN = re.compile(r"\b(saya|yang|apa|bisa|gak|ga|ya|dan|di|ke|berapa|kalau|klo|sy)\b")


def _english(text: str) -> bool:
    low = text.lower()
    return len(ENGLISH.findall(low)) >= 2 and not INDONESIAN.search(low)


def story_parts(text: str, rng: random.Random) -> tuple[list[str], str, str]:
    """(the message's parts in order, where the question is, the shape it is written in)."""
    en = _english(text)
    greetings, contexts, lead_ins, closings = (
        (EN_GREETINGS, EN_CONTEXTS, EN_LEAD_INS, EN_CLOSINGS) if en
        else (GREETINGS, CONTEXTS, LEAD_INS, CLOSINGS))
    question = text.strip()
    told = rng.sample(contexts, 2 if rng.random() < 0.4 else 1)
    place = rng.choice(("first", "middle", "last")) if len(told) == 2 else rng.choice(
        ("first", "last"))
    if place != "first" and rng.random() < 0.4:
        question = f"{rng.choice(lead_ins)} {question}"
    if place == "first":
        body = [question, *told]
    elif place == "middle":
        body = [told[0], question, told[1]]
    else:
        body = [*told, question]
    parts = ([rng.choice(greetings)] if rng.random() < 0.9 else []) + body
    if rng.random() < 0.8:
        parts.append(rng.choice(closings))
    parts = [p for p in parts if p.strip()]
    shape = rng.random()
    return parts, place, "bare" if shape < 0.2 else "commas" if shape < 0.4 else "sentences"


def written(parts: list[str], shape: str) -> str:
    """The parts as one message: sentences, one comma sentence, or no punctuation at all."""
    if shape == "bare":  # no punctuation at all, one run of words
        return re.sub(r"[^\w\s-]", "", " ".join(parts).lower())
    if shape == "commas":  # one sentence: commas only, the question mark kept where it was
        return ", ".join(p.rstrip(".,") for p in parts)
    out = []
    for p in parts:
        p = p.strip()
        out.append(p if p[-1] in "?!." else p + ".")
    return " ".join(s[0].upper() + s[1:] for s in out)


def story(text: str, rng: random.Random) -> str:
    """`text` wrapped in a greeting, the writer's context and a closing (see the module doc)."""
    parts, _place, shape = story_parts(text, rng)
    return written(parts, shape)


def main() -> None:
    """`texting.py --style story`, then answered right by shape and by where the question is."""
    import sys
    from collections import Counter
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench.style_report import labelled_run, print_shares
    from bench.texting import reaches

    args, m, cases = labelled_run(__doc__.splitlines()[0])
    seen: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for c in cases:
        parts, place, shape = story_parts(c.question,
                                          random.Random(f"{args.seed}:story:{c.question}"))
        ok = reaches(m, written(parts, shape), c.expect)[0]
        for key in ("all", f"shape {shape}", f"question {place}"):
            seen[key] += 1
            right[key] += ok
    print_shares(seen, right, 18)


if __name__ == "__main__":
    main()
