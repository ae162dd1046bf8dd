"""Texting-style robustness: the labelled questions rewritten the way people shorten words.

`python bench/texting.py [--seed N] [--style vowels|chat|slips|story|en|enslips|daerah]
[--failures]`
rewrites every labelled Indonesian question (faq/tests/*.yaml, FAQ entries only) with the two
shortenings chat writers use most, applied mechanically so nobody picks the examples: interior
vowels dropped from longer words ("kerja" -> "krja", "dibayarkan" -> "dbyrkn"), and one letter
doubled or swapped. It reports how many still reach their entry (answered or first suggestion)
next to the clean questions. The rewrite is random but seeded per question (the seed and the
question's text), so two runs of the same code give the same figure, and adding or removing a
labelled question changes no other question's rewrite. One shared stream did: session 12's 87.7
-> 86.3% was the rewrites moving (on the same rewrites its end code answered one more than its
start code); per question, its start 0cc6648 reads 452/527 (85.8%), 3537814 459/533 (86.1%)
(norm14).

`--style chat` rewrites the same questions with the other spellings Indonesian Telegram and
WhatsApp writers use (bench/README.md "texting.py" lists them with their sources): Jakartan and
chat forms of whole words ("pakai" -> "pake", "sudah" -> "uda", "yang" -> "yg", "tempat" ->
"t4"), -nya written -x/-ny or apart, "gaji saya" as "gajiku"/"gajiq", "masing-masing" as
"masing2", "di"/"ke" glued to or split from their word, -kan said -in, letters stretched for
emphasis ("tolonggg") and CAPS. Seeded the same way (another stream: "seed:chat:question").

`--style slips` rewrites them with the slips of a thumb on a phone's QWERTY keyboard
(bench/README.md "`--style slips`" gives the rates and their sources): a neighbouring key
instead of the letter meant, a letter dropped, a letter doubled, two neighbouring letters
swapped, the space between two words missed, a space typed inside a word. Seeded the same way
(stream "seed:slips:question").

`--style story` wraps the same questions in a greeting, a sentence or two about the writer and a
closing, the question first, in the middle or last (bench/stories.py holds the pools).

`--style en` rewrites the English labelled questions (faq/tests/en/*.yaml) the way English
speakers in Indonesia type them (bench/texting_en.py; stream "seed:en:question") and asks the
English matcher; "routed" asks the matcher the engine picks for a new user whose Telegram is
Indonesian (the message's language, a code-switched message read in English, else Indonesian).
`--style enslips` types the same English questions with the slips of `--style slips` (stream
"seed:enslips:question"), asked the same way.

`--style daerah` rewrites the Indonesian questions with the question words, negations, aspect
words, pronouns and particles of one regional language each (Javanese ngoko or krama, Sundanese,
Betawi, Minang, Medan, Banjar; bench/daerah.py holds the forms; stream "seed:daerah:question").
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.daerah import daerah
from bench.stories import story
from bench.texting_en import english_chat
from bot.content.faqbase import load_faq
from bot.content.store import Content, build_content
from bot.core.settings import PROJECT_ROOT
from bot.staff.regression import load_labelled
from bot.understand.key_slips import NEIGHBOURS  # the phone keyboard the reader undoes
from bot.understand.matcher import Matcher

VOWELS = re.compile(r"(?<=.)[aiueo](?=.)")  # interior vowels only: the word keeps its ends


def disemvowel(word: str, rng: random.Random) -> str:
    """Drop the interior vowels of a word of 5+ letters half the time ("kecelakaan" -> "kclkn")."""
    if len(word) < 5 or not word.isalpha() or rng.random() < 0.5:
        return word
    return VOWELS.sub("", word)


def slip(word: str, rng: random.Random) -> str:
    """A finger slip in one word in ten: two neighbouring letters swapped."""
    if len(word) < 5 or rng.random() >= 0.1:
        return word
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def texting(text: str, rng: random.Random) -> str:
    return " ".join(slip(disemvowel(w, rng), rng) for w in text.lower().split())


# Whole words as chat writers spell them: Jakartan e for a ("bener", "pake", "sampe", "kalo",
# "dapet"), the final h dropped ("uda", "bole", "masi"), the usual shortenings ("yg", "dgn",
# "utk", "krn", "blm"), pronouns ("aq", "q", "gw", "gue", "w") and the number homophones of
# alay spelling ("t4" tempat, "s4" sempat, "se7" setuju). Each was checked against stored pages.
CHAT_WORDS: dict[str, tuple[str, ...]] = {
    "benar": ("bener",), "pakai": ("pake",), "sampai": ("sampe", "ampe", "smpe"),
    "kalau": ("kalo", "klo", "kl"), "dapat": ("dapet", "dpt"), "cepat": ("cepet",),
    "sudah": ("udah", "uda", "udh", "dah", "sdh"), "udah": ("uda", "udh", "dah"),
    "tidak": ("gak", "ga", "nggak", "gk", "tdk", "ngga"), "gak": ("ga", "gk", "nggak", "g"),
    "ga": ("gak", "gk", "g"), "enggak": ("gak", "nggak"), "nggak": ("gak", "ngga"),
    "saja": ("aja", "aj"), "aja": ("aj",), "bagaimana": ("gimana", "gmn", "gmana"),
    "gimana": ("gmn", "gmna"), "yang": ("yg",), "dengan": ("dgn", "dg"),
    "untuk": ("utk", "buat", "tuk"), "juga": ("jg",), "tapi": ("tp",),
    "karena": ("krn", "karna", "krna"), "sekarang": ("skrg", "skrng", "skr"),
    "belum": ("blm", "belom", "blom"), "bisa": ("bs", "bsa"),
    "saya": ("sy", "aku", "aq", "gw", "gue", "w"), "aku": ("aq", "q"), "berapa": ("brp", "brapa"),
    "orang": ("org",), "tahun": ("thn",), "bulan": ("bln",), "tempat": ("t4",),
    "sempat": ("s4",), "setuju": ("se7", "s7"), "lagi": ("lg",), "terus": ("trus", "trs"),
    "begitu": ("gitu",), "begini": ("gini",), "tahu": ("tau",), "habis": ("abis",),
    "memang": ("emang",), "ingin": ("pengen", "pingin"), "boleh": ("bole", "blh"),
    "masih": ("masi", "msh"), "lebih": ("lebi", "lbh"), "kasih": ("kasi", "ksh"),
    "dari": ("dr",), "jadi": ("jd",), "kapan": ("kpn",), "tolong": ("tlg",),
    "banyak": ("byk",), "seperti": ("kayak", "kyk", "spt"), "kenapa": ("knp", "napa"),
    "sama": ("sm",), "bapak": ("pak", "bpk"), "terima": ("trima",), "dimana": ("dmn",),
    "mau": ("mo", "mw"), "apakah": ("apa", "apkh"), "pernah": ("prnh",), "hari": ("hr",),
    "minta": ("mnt",), "lihat": ("liat",), "hilang": ("ilang",),
    "hitung": ("itung",), "kamu": ("km", "kmu"), "perlu": ("prlu",), "harus": ("hrs",),
}
# Two words spelt as one (or another): "bpjs tk" -> "bpjstk", "terima kasih" -> "makasih".
CHAT_PAIRS: dict[tuple[str, str], tuple[str, ...]] = {
    ("bpjs", "tk"): ("bpjstk",), ("bpjs", "ketenagakerjaan"): ("bpjstk", "bpjs tk", "bpjs naker"),
    ("terima", "kasih"): ("makasih", "mksh", "trims"), ("di", "mana"): ("dimana",),
    ("ke", "mana"): ("kemana",), ("masing", "masing"): ("masing2",),
}
# Nouns a writer owns: "gaji saya" is written "gajiku", "gajiq" (q for aku/-ku).
OWNED = frozenset(("gaji", "saldo", "jht", "akun", "kartu", "suami", "istri", "anak", "ibu",
                   "bapak", "ayah", "upah", "iuran", "data", "nomor", "nama", "usaha", "toko",
                   "kantor", "perusahaan", "bos", "klaim", "umur", "pensiun", "rekening"))
_REDUP_WORD = re.compile(r"^([a-z]+)-\1(nya)?$")  # "masing-masing", "anak-anaknya"
_WORD_RE = re.compile(r"^(\W*)([\w-]*?)(\W*)$")
_VOWEL_LAST = re.compile(r"[aiueo](?=[^aiueo]*$)")


def _chat_word(word: str, rng: random.Random) -> str:
    """One word as chat writers spell it (lower case, no punctuation)."""
    if word in CHAT_WORDS and rng.random() < 0.6:
        return rng.choice(CHAT_WORDS[word])
    if (m := _REDUP_WORD.match(word)) and rng.random() < 0.8:
        return m.group(1) + "2" + (m.group(2) or "")  # "masing2", "anak2nya"
    if (m := re.match(r"^([a-z]+)2$", word)) and rng.random() < 0.5:
        return f"{m.group(1)}-{m.group(1)}"  # the reverse: "kapan2" -> "kapan-kapan"
    if len(word) >= 6 and word.endswith("nya") and word.isalpha() and rng.random() < 0.6:
        return word[:-3] + rng.choice(("x", "ny", " nya"))  # "gajix", "saldony", "jht nya"
    if len(word) >= 7 and word.endswith("kan") and word.isalpha() and rng.random() < 0.4:
        return word[:-3] + "in"  # Jakartan -in: "daftarkan" -> "daftarin"
    if len(word) >= 6 and word.startswith("di") and word.isalpha() and rng.random() < 0.25:
        return "di " + word[2:]  # the passive prefix written apart: "di bayar"
    return word


def _stretch(word: str, rng: random.Random, last: bool) -> str:
    """A letter held for emphasis: the last one ("tolonggg") or the last vowel ("bisaaa")."""
    if not word.isalpha() or len(word) < 2 or not _VOWEL_LAST.search(word):
        return word  # a vowel-less shortening is not drawn out
    extra = rng.randint(2, 4)
    m = _VOWEL_LAST.search(word)
    if last or m is None:
        return word + word[-1] * extra
    return word[: m.end()] + word[m.start()] * extra + word[m.end():]


def chat(text: str, rng: random.Random) -> str:
    """`text` written the way Indonesians chat (see CHAT_WORDS and the module doc)."""
    parts = [_WORD_RE.match(t).groups() for t in text.lower().split()]  # type: ignore[union-attr]
    out: list[str] = []
    i = 0
    while i < len(parts):
        lead, word, tail = parts[i]
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        if nxt is not None and not tail and not nxt[0]:
            pair = CHAT_PAIRS.get((word, nxt[1]))
            if pair and rng.random() < 0.6:
                out.append(lead + rng.choice(pair) + nxt[2])
                i += 2
                continue
            if word == "saya" or nxt[1] != "saya" or word not in OWNED:
                pass
            elif rng.random() < 0.4:  # "gaji saya" -> "gajiku", "gajiq"
                out.append(lead + word + rng.choice(("ku", "q")) + nxt[2])
                i += 2
                continue
            if word in ("di", "ke") and nxt[1].isalpha() and rng.random() < 0.3:
                out.append(lead + word + nxt[1] + nxt[2])  # "di kantor" -> "dikantor"
                i += 2
                continue
        out.append(lead + _chat_word(word, rng) + tail)
        i += 1
    words = " ".join(out).split(" ")
    for k, w in enumerate(words):
        last = k == len(words) - 1
        if rng.random() < (0.4 if last else 0.04):
            core = _WORD_RE.match(w).groups()  # type: ignore[union-attr]
            words[k] = core[0] + _stretch(core[1], rng, last) + core[2]
    if rng.random() < 0.1:
        return " ".join(words).upper()
    return " ".join(w.upper() if rng.random() < 0.03 else w for w in words)


# Uncorrected slips per character typed (letters and the space after a word): 2.3% in the
# 37,370 phone typists of Palin et al. 2019 (bench/README.md "`--style slips`").
SLIP_RATE = 0.023
# What a slip is, per slip: a neighbouring key most often (40-63% of errors in Clawson's mini- and
# full-QWERTY data), a run-on (missed space) 13% and a split 2% (typed TDD conversations);
# the rest (dropped, doubled, swapped letters) shared as assumed, not measured.
SLIP_KINDS = (("neighbour", 0.50), ("drop", 0.17), ("double", 0.10), ("swap", 0.08),
              ("join", 0.13), ("split", 0.02))


def _slip_word(word: str, kind: str, rng: random.Random) -> str:
    """`word` with one slip of `kind` (not "join": that one is between words)."""
    i = rng.randrange(len(word))
    if kind == "neighbour":
        near = NEIGHBOURS.get(word[i])
        return word[:i] + rng.choice(near) + word[i + 1:] if near else word
    if kind == "drop":
        return word[:i] + word[i + 1:] if len(word) > 1 else word
    if kind == "double":
        return word[:i + 1] + word[i] + word[i + 1:]
    if kind == "swap":
        if len(word) < 2:
            return word
        i = rng.randrange(len(word) - 1)
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if len(word) < 4:  # split: a space inside a word long enough to have an inside
        return word
    i = rng.randrange(2, len(word) - 1)
    return word[:i] + " " + word[i:]


def slips(text: str, rng: random.Random) -> str:
    """`text` typed by a thumb on a phone keyboard: each word's characters (its letters and the
    space after it) slip at SLIP_RATE, at most once a word, as SLIP_KINDS say."""
    kinds, weights = zip(*SLIP_KINDS, strict=True)
    words = text.lower().split()
    out = ""
    for k, word in enumerate(words):
        m = _WORD_RE.match(word)
        lead, core, tail = m.groups() if m else ("", word, "")
        gap = " " if k + 1 < len(words) else ""
        if core.isalpha() and rng.random() < 1 - (1 - SLIP_RATE) ** (len(core) + 1):
            kind = rng.choices(kinds, weights)[0]
            if kind != "join":
                core = _slip_word(core, kind, rng)
            elif not tail:  # the space after the word missed (none after a mark or the last)
                gap = ""
        out += lead + core + tail + gap
    return out


STYLES = {"vowels": ("texting", texting, ""), "chat": ("chat", chat, "chat:"),
          "slips": ("slips", slips, "slips:"), "story": ("story", story, "story:"),
          "en": ("en", english_chat, "en:"), "daerah": ("daerah", daerah, "daerah:"),
          "enslips": ("enslips", slips, "enslips:")}  # English questions, the slips above


def reaches(m: Matcher, text: str, expect: str) -> tuple[bool, bool]:
    """(answered with the entry, entry answered or first suggestion)."""
    r = m.match(text)
    top = r.candidates[0].entry_id if r.candidates else None
    return (r.outcome == "answer" and top == expect,
            r.outcome in ("answer", "suggest") and top == expect)


def english_cases(content: Content) -> list:
    """The English labelled questions with an FAQ entry (faq/tests/en/*.yaml)."""
    faq = content.faq
    return [c for c in load_labelled(PROJECT_ROOT / "faq" / "tests" / "en", set(faq.entries))[0]
            if c.expect in faq.entries]


def routed(content: Content, text: str) -> Matcher:
    """The matcher the engine asks for a new user whose Telegram is Indonesian: the message's
    language, a code-switched message in English, else Indonesian (bot/core/engine.py)."""
    english = content.language.detect(text) == "en" or content.language.mixed(text)
    return content.matcher_for("en" if english else "id")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20261130)
    parser.add_argument("--style", choices=sorted(STYLES), default="vowels")
    parser.add_argument("--failures", action="store_true",
                        help="print the rewritten questions not answered right")
    args = parser.parse_args()
    name, rewrite, stream = STYLES[args.style]
    content = None
    if args.style in ("en", "enslips"):
        content = build_content(PROJECT_ROOT / "faq", PROJECT_ROOT / "templates", date.today(),
                                thorough=False)
        m = content.matcher_en
        cases = english_cases(content)
    else:
        faq = load_faq(PROJECT_ROOT / "faq")
        m = Matcher(faq)
        cases = [c for c in load_labelled(PROJECT_ROOT / "faq" / "tests", set(faq.entries))[0]
                 if c.expect in faq.entries]
    clean = [reaches(m, c.question, c.expect) for c in cases]
    written = [rewrite(c.question, random.Random(f"{args.seed}:{stream}{c.question}"))
               for c in cases]
    texted = [reaches(m, t, c.expect) for t, c in zip(written, cases, strict=True)]
    rows = [("clean", clean), (name, texted)]
    if content is not None:
        rows.append(("routed", [reaches(routed(content, t), t, c.expect)
                                for t, c in zip(written, cases, strict=True)]))
    if args.failures:
        for t, c, (right, _), (was, _) in zip(written, cases, texted, clean, strict=True):
            if was and not right:
                r = m.match(t)
                top = r.candidates[0].entry_id if r.candidates else None
                print(f"{c.expect} <- {r.outcome} {top}: {t!r}  [{c.question!r}]")
    n = len(cases)
    for label, found in rows:
        answered = sum(a for a, _ in found)
        reached = sum(b for _, b in found)
        print(f"{label:8s} {n} questions: answered right {answered} ({100 * answered / n:.1f}%), "
              f"answered or first suggestion {reached} ({100 * reached / n:.1f}%)")
    if content is not None:
        english = sum(content.language.detect(t) == "en" or content.language.mixed(t)
                      for t in written)
        print(f"read as English (detected, or code-switched): {english} of {n}")


if __name__ == "__main__":
    main()
