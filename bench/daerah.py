"""Regional Indonesian: the rewrite of `bench/texting.py --style daerah`.

`python bench/daerah.py [--seed N]`: the same, answered right per region.

Indonesians on Telegram write Indonesian with the function words of their regional language:
Javanese ngoko ("piye", "ora", "wis", "durung", "iso", "arep") or krama ("pripun", "mboten",
"sampun", "dereng", "saged", "kulo"), Sundanese ("kumaha", "naon", "teu", "tos", "teu acan",
"tiasa", "abdi", "sabaraha"), Betawi ("gimane", "kagak", "udeh", "aye", "ente"), Minang ("baa",
"indak", "alah", "alun", "ambo", -nya said -nyo), Medan ("kek mana", "cemana", "kau", "bah")
and Banjar ("kada", "ulun", "pian", "handak", "balum"), and their particles ("to", "lho", "jal",
"rek", "teh", "mah", "atuh", "euy", "bah", "pulak"). Each labelled question gets one region,
drawn by the region's share of Indonesians (REGIONS), and is rewritten with that region's
question words, negations, aspect words ("sudah", "belum"), pronouns and particles; content
words (jht, klaim, gaji, ...) stay Indonesian, as in the code-mixing studies (bench/README.md
"`--style daerah`" gives every form's source and what is assumed).
"""

from __future__ import annotations

import random
import re

# The forms of each region: Indonesian word (standard and the chat forms the labelled
# questions use) -> regional forms (a form listed twice is drawn twice as often). Sources in
# bench/README.md "`--style daerah`"; None of these lists was written from faq/synonyms.yaml.
_HOW = ("bagaimana", "gimana", "gmn", "gmana", "bgmn")
_NOT = ("tidak", "gak", "ga", "nggak", "enggak", "tdk", "gk", "ngga")
_DONE = ("sudah", "udah", "udh", "sdh", "dah")
_YET = ("belum", "blm", "blom", "belom")
_CAN = ("bisa", "bs")
_WANT = ("mau", "ingin", "pengen", "pingin")
_ME = ("saya", "aku", "sy", "gue", "gw", "aq")
_YOU = ("kamu", "anda")
_HOW_MUCH = ("berapa", "brp", "brapa")
_WHY = ("kenapa", "mengapa", "knp")
_IF = ("kalau", "kalo", "klo", "jika", "bila", "apabila")
_WHICH = ("yang", "yg")


def _forms(words: tuple[str, ...], *forms: str) -> dict[str, tuple[str, ...]]:
    """Every word of `words` rewritten as one of `forms`."""
    return {w: forms for w in words}


JAWA_NGOKO: dict[str, tuple[str, ...]] = {
    **_forms(_HOW, "piye", "piye", "kepiye", "yo opo"), **_forms(_NOT, "ora", "ora", "ra", "gak"),
    **_forms(_DONE, "wis", "wis", "uwis", "wes"), **_forms(_YET, "durung", "durung", "urung"),
    **_forms(_CAN, "iso", "iso", "isa"), **_forms(_WANT, "arep", "arep", "pengen"),
    **_forms(_ME, "aku"), **_forms(_YOU, "kowe", "koen"),
    **_forms(_HOW_MUCH, "piro", "piro", "pira"), **_forms(_WHY, "ngopo", "kenopo"),
    **_forms(_IF, "nek"), **_forms(_WHICH, "sing"),
    "apa": ("opo", "opo", "apa"), "apakah": ("opo",), "siapa": ("sopo",),
    "dimana": ("ngendi", "nang endi"), "dengan": ("karo",), "untuk": ("nggo",),
    "dari": ("seko", "soko"), "ada": ("ana", "onok"), "sekarang": ("saiki",),
}
JAWA_KRAMA: dict[str, tuple[str, ...]] = {
    **_forms(_HOW, "pripun", "pripun", "kados pundi"), **_forms(_NOT, "mboten", "mboten", "boten"),
    **_forms(_DONE, "sampun"), **_forms(_YET, "dereng"), **_forms(_CAN, "saged"),
    **_forms(_WANT, "badhe", "ajeng"), **_forms(_ME, "kulo", "kula", "dalem"),
    **_forms(_YOU, "panjenengan"), **_forms(_HOW_MUCH, "pinten"), **_forms(_WHICH, "ingkang"),
    "apa": ("menopo", "nopo"), "apakah": ("menopo", "nopo"), "siapa": ("sinten",),
    "dimana": ("wonten pundi",), "dari": ("saking",), "ada": ("wonten",),
}
SUNDA: dict[str, tuple[str, ...]] = {
    **_forms(_HOW, "kumaha"), **_forms(_NOT, "teu", "teu", "henteu"),
    **_forms(_DONE, "tos", "atos", "parantos"), **_forms(_YET, "teu acan", "acan", "can"),
    **_forms(_CAN, "tiasa", "tiasa", "bisa"), **_forms(_WANT, "bade", "hoyong"),
    **_forms(_ME, "abdi", "abdi", "kuring"), **_forms(_YOU, "anjeun"),
    **_forms(_HOW_MUCH, "sabaraha"), **_forms(_WHY, "kunaon", "naha"),
    **_forms(_IF, "upami", "mun", "lamun"), **_forms(_WHICH, "nu", "anu"),
    "apa": ("naon",), "siapa": ("saha",), "kapan": ("iraha",), "dengan": ("sareng", "jeung"),
    "untuk": ("kanggo", "pikeun"), "dari": ("ti",), "ada": ("aya",),
}
BETAWI: dict[str, tuple[str, ...]] = {
    **_forms(_HOW, "gimane", "gimane", "pegimane"), **_forms(_NOT, "kagak", "kagak", "kaga"),
    **_forms(_DONE, "udeh", "ude"), **_forms(_YET, "belon"), **_forms(_ME, "aye", "aye", "gue"),
    **_forms(_YOU, "ente", "lu"), **_forms(_HOW_MUCH, "berape"), **_forms(_WHY, "kenape", "ngape"),
    **_forms(_WHICH, "nyang"), "apa": ("ape", "apaan"), "apakah": ("ape",),
    "siapa": ("siape",), "dimana": ("dimane",), "ada": ("ade",), "dengan": ("ame", "ama"),
    "saja": ("aje",), "aja": ("aje",),
}
MINANG: dict[str, tuple[str, ...]] = {
    **_forms(_HOW, "baa", "baa", "ba a", "baa caro"), **_forms(_NOT, "indak", "indak", "ndak"),
    **_forms(_DONE, "alah", "alah", "lah"), **_forms(_YET, "alun", "alun", "balun"),
    **_forms(_WANT, "nio", "ka"), **_forms(_ME, "ambo", "ambo", "awak", "den"),
    **_forms(_YOU, "ang", "waang", "kau"), **_forms(_HOW_MUCH, "bara", "barapo"),
    **_forms(_WHY, "manga", "baa kok"), **_forms(_WHICH, "nan"),
    "apa": ("apo", "apo", "a"), "apakah": ("apo",), "siapa": ("siapo",), "kapan": ("bilo",),
    "dimana": ("dima", "dimano"), "dengan": ("jo",), "ada": ("ado",),
}
MEDAN: dict[str, tuple[str, ...]] = {
    **_forms(_HOW, "kek mana", "kekmana", "cemana", "macam mana"), **_forms(_NOT, "gak", "tak"),
    **_forms(_ME, "aku", "awak"), **_forms(_YOU, "kau"),
}
BANJAR: dict[str, tuple[str, ...]] = {
    **_forms(_HOW, "kaya apa", "kayapa"), **_forms(_NOT, "kada"), **_forms(_YET, "balum"),
    **_forms(_CAN, "kawa", "bisa"), **_forms(_WANT, "handak"), **_forms(_ME, "ulun", "ulun", "aku"),
    **_forms(_YOU, "pian", "ikam"), **_forms(_HOW_MUCH, "bapira"), **_forms(_WHY, "napa"),
    **_forms(_IF, "amun"), **_forms(_WHICH, "nang"), "dengan": ("lawan",), "untuk": ("gasan",),
}

# Particles each region puts at the end of a question ("teh"/"mah" also after the topic).
PARTICLES: dict[str, tuple[str, ...]] = {
    "jawa": ("to", "toh", "lho", "jal", "rek", "tah"), "krama": ("nggih",),
    "sunda": ("atuh", "euy", "teh", "mah"), "betawi": ("dah", "sih", "deh"),
    "minang": ("yo", "lah", "tu", "mah"), "medan": ("bah", "pulak", "rupanya", "lah"),
    "banjar": ("lah", "kah"),
}
# (name, share of Indonesians by ethnicity, forms): BPS census 2010 (Jawa 40.22%, Sunda 15.50%,
# Batak 3.58% for Medan, Betawi 2.88%; Minang 2.73% and Banjar 1.74% assumed from the same
# census); ngoko vs krama 3 : 1 inside Javanese is assumed (ngoko is the everyday level).
REGIONS: tuple[tuple[str, float, dict[str, tuple[str, ...]]], ...] = (
    ("jawa", 30.17, JAWA_NGOKO), ("krama", 10.05, JAWA_KRAMA), ("sunda", 15.50, SUNDA),
    ("medan", 3.58, MEDAN), ("betawi", 2.88, BETAWI), ("minang", 2.73, MINANG),
    ("banjar", 1.74, BANJAR),
)
WORD_RATE = 0.5  # each word with a regional form written so (assumed; see the README)
PARTICLE_RATE = 0.4  # a regional particle in the message (assumed)
TOPIC_RATE = 0.5  # a Sundanese/Minang "teh"/"mah" after the first word rather than at the end
# Sundanese "naon" asks "what" ("naon syaratna"), not the yes/no "apa bisa ...": only before these.
_WHAT_NEXT = frozenset(("itu", "saja", "aja", "yang", "yg", "syarat", "syaratnya", "bedanya",
                        "beda", "sih", "ya", "aj", "nya", "arti", "maksud", "maksudnya"))
_WORD_RE = re.compile(r"^(\W*)([\w-]*?)(\W*)$")
# The few English questions among the labelled ones stay English: nobody adds "rek" to English.
_ENGLISH = frozenset(("what", "how", "is", "the", "can", "do", "does", "i", "my", "a", "for",
                      "there", "to", "are", "when", "who", "much"))


def region_of(rng: random.Random) -> tuple[str, dict[str, tuple[str, ...]]]:
    """A region drawn by its share of Indonesians."""
    name, _, forms = rng.choices(REGIONS, [w for _, w, _ in REGIONS])[0]
    return name, forms


def _regional(word: str, nxt: str, region: str, forms: dict[str, tuple[str, ...]],
              rng: random.Random) -> str | None:
    """`word` in the region's form, or None when it has none (or is left Indonesian)."""
    if region == "sunda" and word == "apa" and nxt and nxt not in _WHAT_NEXT:
        return None  # a yes/no "apa" has no Sundanese "naon"
    if word in forms and rng.random() < WORD_RATE:
        return rng.choice(forms[word])
    if region == "minang" and len(word) > 5 and word.endswith("nya") and rng.random() < WORD_RATE:
        return word[:-3] + "nyo"  # -nya said -nyo ("hargonyo")
    return None


def _particle(words: list[str], region: str, rng: random.Random) -> list[str]:
    """`words` with one of the region's particles: after the topic or at the end."""
    particle = rng.choice(PARTICLES[region])
    if particle in ("teh", "mah") and len(words) > 2 and rng.random() < TOPIC_RATE:
        core = _WORD_RE.match(words[0])
        if core and not core.group(3):
            return [words[0], particle, *words[1:]]
    last = _WORD_RE.match(words[-1])
    lead, core, tail = last.groups() if last else ("", words[-1], "")
    return [*words[:-1], lead + core, particle + tail]


def daerah(text: str, rng: random.Random) -> str:
    """`text` with a region's function words and particles (see the module doc)."""
    region, forms = region_of(rng)
    if len(_ENGLISH.intersection(text.lower().split())) >= 2:
        return text
    parts = [_WORD_RE.match(t).groups() for t in text.lower().split()]  # type: ignore[union-attr]
    out: list[str] = []
    changed = False
    for k, (lead, word, tail) in enumerate(parts):
        nxt = parts[k + 1][1] if k + 1 < len(parts) and not tail else ""
        if word == "di" and nxt == "mana" and "dimana" in forms and rng.random() < WORD_RATE:
            parts[k + 1] = (parts[k + 1][0], "", parts[k + 1][2])
            out.append(lead + rng.choice(forms["dimana"]))
            changed = True
            continue
        if not word and not lead and k > 0:
            out[-1] += tail  # the "mana" of "di mana" already written
            continue
        form = _regional(word, nxt, region, forms, rng)
        changed |= form is not None
        out.append(lead + (form or word) + tail)
    if out and (rng.random() < PARTICLE_RATE or not changed):
        out = _particle(out, region, rng)
    return " ".join(out)


def main() -> None:
    """`texting.py --style daerah`, then answered right per region and regional words written."""
    import sys
    from collections import Counter
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench.style_report import labelled_run, print_shares
    from bench.texting import reaches

    args, m, cases = labelled_run(__doc__.splitlines()[0])
    seen: Counter[str] = Counter()
    right: Counter[str] = Counter()
    written = 0
    for c in cases:
        seed = f"{args.seed}:daerah:{c.question}"
        region = region_of(random.Random(seed))[0]  # the draw daerah() makes first
        text = daerah(c.question, random.Random(seed))
        written += len(set(text.split()) - set(c.question.lower().split()))
        ok = reaches(m, text, c.expect)[0]
        for key in ("all", region):
            seen[key] += 1
            right[key] += ok
    print_shares(seen, right, 8)
    print(f"regional words and particles per question: {written / len(cases):.2f}")


if __name__ == "__main__":
    main()
