"""Numbered questions in one message: "mau tanya 2 hal: 1) ... 2) ...", each item a sentence.

People list their questions ("tolong dijawab: 1. iuran dibayar tgl brp 2. kalau telat dendanya
brp 3. bisa dicicil ga") without a sentence end between them; read as one sentence, the items'
words are one question. A list is counted from 1 in order, so a lone "2." ("kartu saya jd 2.")
or an amount ("Rp 1.500") is no item mark.
"""

from __future__ import annotations

import re

# An item mark: "1." or "1)" (or "(1)") at the start or after a space or ":", then a space.
_MARK_RE = re.compile(r"(?:^|(?<=[\s:;,]))\(?(\d{1,2})[.)](?=\s)")


def itemized(text: str) -> str:
    """The text with the marks of a numbered list (1, 2, ... in order) turned into line breaks,
    so that each item is a sentence of its own; the text itself when it lists nothing."""
    if ")" not in text and "." not in text:
        return text
    marks = []
    for mark in _MARK_RE.finditer(text):
        if int(mark.group(1)) == len(marks) + 1:
            marks.append(mark)
    if len(marks) < 2:
        return text
    out, end = [], 0
    for mark in marks:
        out += [text[end:mark.start()], "\n"]
        end = mark.end()
    return "".join(out) + text[end:]
