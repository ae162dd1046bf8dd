"""English as people type it in Telegram chats: the rewrite of `bench/texting.py --style en`.

The English labelled questions (faq/tests/en/*.yaml) rewritten with the chat forms English
writers use (bench/README.md "`--style en`" lists them with their sources): lower case, dropped
punctuation and apostrophes ("dont", "im"), texting words ("u", "ur", "pls", "hw", "wat", "abt",
"thx", "gonna", "wanna", "b4"), clipped words ("info", "reg", "acc", "docs"), "bpjs tk" for the
agency, and in half the messages Indonesian words inserted the way English speakers living in
Indonesia mix them in ("how to klaim jht", "my gaji is 5jt", "sy", "gmn", a closing "min").
"""

from __future__ import annotations

import random
import re

# Texting forms of English words (each known word 60%; a form listed twice is drawn twice as
# often). Sources: bench/README.md "`--style en`".
EN_WORDS: dict[str, tuple[str, ...]] = {
    "you": ("u", "u", "ya"), "your": ("ur", "ur", "yr"), "you're": ("ur", "youre"),
    "please": ("pls", "plz", "pls"), "how": ("hw",), "what": ("wat", "wht"),
    "about": ("abt",), "thanks": ("thx", "tq"), "because": ("coz", "bcoz", "cos", "bc"),
    "before": ("b4",), "people": ("ppl",), "message": ("msg",), "information": ("info",),
    "registration": ("reg", "registration"), "register": ("reg", "regis", "register"),
    "registered": ("reg", "registered"), "account": ("acc", "acct"), "documents": ("docs",),
    "document": ("doc",), "are": ("r",), "and": ("n", "&", "and"), "for": ("4", "for", "for"),
    "to": ("2", "to", "to", "to"), "with": ("w", "wif", "with"), "really": ("rly",),
    "have": ("hv", "have"), "could": ("cld",), "should": ("shld", "should"), "know": ("kno", "knw"),
    "years": ("yrs",), "year": ("yr",), "months": ("mths", "mos"), "month": ("mth",),
    "tomorrow": ("tmr", "tmrw"), "sorry": ("sry",), "okay": ("ok", "k"), "yes": ("ya", "yep"),
    "don't": ("dont",), "can't": ("cant",), "won't": ("wont",), "i'm": ("im",),
    "doesn't": ("doesnt",), "didn't": ("didnt",), "isn't": ("isnt",), "what's": ("whats", "wats"),
    "it's": ("its",), "i've": ("ive",), "haven't": ("havent",), "wasn't": ("wasnt",),
    "aren't": ("arent",), "i'll": ("ill",), "that's": ("thats",), "there's": ("theres",),
    "company": ("co", "company"), "application": ("app",), "difference": ("diff",),
}
# Two words written as one: "going to" -> "gonna"; the agency as Indonesians write it.
EN_PAIRS: dict[tuple[str, str], tuple[str, ...]] = {
    ("going", "to"): ("gonna",), ("want", "to"): ("wanna",), ("got", "to"): ("gotta",),
    ("thank", "you"): ("thx", "ty", "tq", "thank u"), ("do", "you"): ("do u", "d u"),
    ("bpjs", "ketenagakerjaan"): ("bpjs tk", "bpjstk", "bpjs tk"),
    ("bpjs", "employment"): ("bpjs tk", "bpjstk"),
}
# Indonesian words an English writer in Indonesia puts in (insertion, the commonest kind of
# code-mixing): nouns of the subject ("klaim", "gaji", "iuran"), "sy" for I, "gmn" for how.
ID_WORDS: dict[str, tuple[str, ...]] = {
    "claim": ("klaim",), "claims": ("klaim",), "claimed": ("diklaim", "klaim"),
    "salary": ("gaji",), "salaries": ("gaji",), "wage": ("gaji", "upah"), "wages": ("gaji", "upah"),
    "contribution": ("iuran",), "contributions": ("iuran",), "balance": ("saldo",),
    "fine": ("denda",), "penalty": ("denda",), "card": ("kartu",), "office": ("kantor",),
    "requirements": ("syarat", "persyaratan"), "documents": ("berkas", "dokumen"),
    "wife": ("istri",), "husband": ("suami",), "child": ("anak",), "children": ("anak",),
    "died": ("meninggal",), "month": ("bulan", "bln"), "months": ("bulan", "bln"),
    "year": ("tahun", "thn"), "years": ("tahun", "thn"), "pension": ("pensiun",),
    "i": ("sy", "saya"), "how": ("gmn", "gimana"), "already": ("udah", "sudah"),
    "money": ("uang", "duit"), "accident": ("kecelakaan",), "employee": ("karyawan",),
    "employees": ("karyawan",), "worker": ("pekerja",), "workers": ("pekerja",),
    "company": ("perusahaan", "pt"), "million": ("jt", "juta"), "still": ("masih",),
    "register": ("daftar",), "registered": ("terdaftar",), "resigned": ("resign",),
    "fired": ("di phk",), "boss": ("bos",), "maid": ("art", "pembantu"), "can": ("bisa",),
}
ID_PAIRS: dict[tuple[str, str], tuple[str, ...]] = {
    ("laid", "off"): ("kena phk", "di phk"), ("not", "yet"): ("belum", "blm"),
    ("branch", "office"): ("kantor cabang",), ("how", "much"): ("berapa", "brp"),
}
_NOT_VERB = frozenset(("the", "a", "an", "my", "our", "your", "his", "her", "their", "this",
                       "that", "work", "school", "office", "jakarta", ""))
_HOW_MUCH = frozenset(("much", "many", "long", "often", "old", "far", "soon", "big"))
CLOSINGS = ("min", "kak", "ya", "pak", "sis", "bro")  # a word to the admin at the end
_WORD_RE = re.compile(r"^(\W*)(.*?)([^\w']*)$")
_AMOUNT_RE = re.compile(r"^(\d+)$")


def _form(word: str, nxt: str, rng: random.Random, mixing: bool) -> str:
    """One word as an English chat writer types it (lower case, apostrophe straight); "how"
    is "gmn" only as "how do / how to" (never "how much", which is "berapa")."""
    if mixing and word in ID_WORDS and rng.random() < 0.5 and not (
            word == "how" and nxt in _HOW_MUCH):
        return rng.choice(ID_WORDS[word])
    if word in EN_WORDS and rng.random() < 0.6:
        return rng.choice(EN_WORDS[word])
    if "'" in word and rng.random() < 0.8:
        return word.replace("'", "")  # "employer's" -> "employers"
    if word == "the" and rng.random() < 0.2:
        return ""  # articles left out
    return word


def _pair(word: str, nxt: str, after: str, rng: random.Random, mixing: bool) -> str | None:
    """Two words written as one form ("gonna", "bpjs tk", "kena phk"), or None; "going to"
    is "gonna" only before a verb (not "going to the branch office")."""
    if nxt == "to" and (after in _NOT_VERB or not after.isalpha()):
        return None
    if mixing and (word, nxt) in ID_PAIRS and rng.random() < 0.5:
        return rng.choice(ID_PAIRS[word, nxt])
    if word.isdigit() and nxt in ("million", "mio") and rng.random() < 0.6:
        return word + rng.choice(("jt", "jt", "mil", "m"))  # "5 million" -> "5jt"
    if (word, nxt) in EN_PAIRS and rng.random() < 0.6:
        return rng.choice(EN_PAIRS[word, nxt])
    return None


def english_chat(text: str, rng: random.Random) -> str:
    """`text` typed the way English speakers chat in Indonesia (see the module doc)."""
    mixing = rng.random() < 0.5  # half the writers mix Indonesian words in
    low = text.replace("’", "'")
    if rng.random() < 0.9:
        low = low.lower()
    parts = [_WORD_RE.match(t).groups() for t in low.split()]  # type: ignore[union-attr]
    out: list[str] = []
    i = 0
    while i < len(parts):
        lead, word, tail = parts[i]
        key = word.lower()
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        if nxt is not None and not tail and not nxt[0]:
            after = parts[i + 2][1].lower() if i + 2 < len(parts) else ""
            joined = _pair(key, nxt[1].lower(), after, rng, mixing)
            if joined is not None:
                out.append(lead + joined + _punct(nxt[2], rng))
                i += 2
                continue
        form = _form(key, nxt[1].lower() if nxt else "", rng, mixing) if word else word
        if form or lead or tail:
            out.append(lead + (form if form != key else word) + _punct(tail, rng))
        i += 1
    if mixing and rng.random() < 0.2:
        out.append(rng.choice(CLOSINGS))
    return " ".join(w for w in out if w)


def _punct(tail: str, rng: random.Random) -> str:
    """Punctuation after a word: a question mark kept 30%, a stop or comma 40%, "??" 10%."""
    if not tail:
        return tail
    if "?" in tail:
        r = rng.random()
        return "??" if r < 0.1 else "?" if r < 0.4 else ""
    return tail if rng.random() < 0.4 else ""
