"""A message holding nothing but personal data: a NIK, phone or member number, a birth date,
an e-mail or a bare name ("Siti Aminah"), with at most the words that label them ("nik", "no
hp", "nama:").

People used to the call centre send their number first, expecting a balance or status check.
Such a message asks nothing the FAQ could answer, and its text is nothing the staff need: the
reply says the assistant needs no personal data and where a balance or status is checked, and
the question log keeps no text (a bare name is no pattern `redact` can mask). A message with a
question beside the data ("nik 3273... kok ga bisa login jmo") is read as a question as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.content.store import Content
from bot.core.engine import Ctx
from bot.core.privacy import MAX_NAME_WORDS, redact
from bot.core.replies import Button, Reply
from bot.understand.english_words import english_words
from bot.understand.normalize import is_word

PERSONAL_TEXT = "[data pribadi; teks tidak disimpan]"  # what the question log keeps instead
# What `redact` leaves for a number, a date, an e-mail address or an introduced name.
_MASK_RE = re.compile(r"\*\*\*\d{0,4}|\[(?:tanggal|email|nama)\]")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# A name can be said: a vowel, and no four consonants in a row ("zxcvb asdf" is a key mash).
_SAYABLE_RE = re.compile(r"(?=.*[aeiouy])(?!.*[^\Waeiouy]{4}).+")
# Built in and always applied; faq/personal-words.yaml `data_labels` can only add.
LABELS = frozenset({
    "nik", "kpj", "ktp", "kk", "no", "nomor", "nmr", "nomer", "hp", "wa", "telp", "tlp", "telepon",
    "handphone", "ponsel", "email", "e", "mail", "surel", "nama", "lengkap", "saya", "sy", "aku",
    "ku", "ini", "itu", "tgl", "tanggal", "lahir", "ttl", "tempat", "peserta", "kartu", "rek",
    "rekening", "alamat", "dan", "my", "name", "is", "phone", "number", "id", "date", "of",
    "birth", "and", "here", "this"})


def personal_only(text: str, content: Content) -> bool:
    """Whether the message holds only personal data and its labels (module docstring)."""
    masked = redact(text)
    synonyms, personal = content.faq.synonyms, content.faq.personal_words
    # "Halo kak, 3273...": a greeting or a way of addressing is no question either.
    address = personal.address_words | synonyms.greetings | synonyms.thanks
    words = [w for w in _WORD_RE.findall(_MASK_RE.sub(" ", masked))
             if w.lower() not in LABELS and w.lower() not in personal.data_labels
             and w.lower() not in address]
    if not words:
        return bool(_MASK_RE.search(masked))
    return bare_name(words, lambda w: w in content.words or w in address)

def bare_name(words: list[str], known: Callable[[str], bool]) -> bool:
    """Whether 1-4 sayable words no question uses read as a name: Capitalised ("Siti Aminah",
    "Dewi Lestari"), or two or more with one in no dictionary ("budi santoso", "SITI AMINAH")."""
    if not 0 < len(words) <= MAX_NAME_WORDS or any(known(w.lower()) for w in words) \
            or not all(_SAYABLE_RE.fullmatch(w.lower()) for w in words):
        return False
    if all(w[0].isupper() and not w[1:].isupper() for w in words):
        return True
    return len(words) >= 2 and any(not is_word(w.lower()) and w.lower() not in english_words()
                                   for w in words)


def personal_reply(ctx: Ctx, topics: list[list[Button]]) -> Reply:
    """No data needed, none kept; where a balance or status is checked; the topics."""
    return ctx.reply("personal_only.html.j2", kind="fallback", buttons=topics)
