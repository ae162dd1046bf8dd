"""`faq learn`: turn "did you mean" choices, 👍/👎 and fallbacks into candidate phrasings.

The question log says what real users typed and what they meant (the suggestion they picked,
the answer they liked). Similar questions are grouped; each group proposes the entry with the
strongest evidence, counted in distinct users so one person asking ten times counts once. A
human confirms every candidate (`--apply` or /belajar); nothing is learned on its own.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.content.personal_words import PersonalWords
from bot.content.store import Content
from bot.storage.question_log import LogRow, redact

# Grouping is stricter than the misses report's token_set_ratio: a short question must not
# absorb a longer one that users resolved to a different entry.
GROUP_SIMILARITY = 85.0
LEARN_OUTCOMES = ("answered", "redirect", "suggestions", "fallback")
# Evidence weights: a pick is the user saying "this is what I meant"; a 👍 confirms; a
# fallback only says which entry the matcher found nearest; a 👎 counts against.
WEIGHTS = {"chose": 3, "up": 2, "near": 1, "down": -3}
MAX_PHRASING_CHARS = 200
MIN_WORDS = 2

_MASK_RE = re.compile(r"\*{2,}\w*")  # the question log's own masks (***0001)
_EMAIL_RE = re.compile(r"\[email\]|[\w.+-]+@[\w-]+\.[\w.]+")
_URL_RE = re.compile(r"(https?://|www\.)\S+", re.I)
# Four or more digits (with separators): NIK, phone, KPJ, account, dates, amounts. Short
# numbers ("umur 56", "15 tahun") carry meaning and identify nobody.
_LONG_NUMBER_RE = re.compile(r"\+?\d(?:[\s./,-]?\d){3,}")
_WORD_RE = re.compile(r"[A-Za-z][a-z]+")
# The words are data (faq/personal-words.yaml), but these built-in ones are ALWAYS applied and
# the file can only add: a missing or broken file must never let a name through.
# "nama <owner>" gives a name ("nama saya", "namaistri"); an intro phrase does ("atas nama").
_NAME_OWNERS = frozenset({"saya", "sy", "aku", "ku", "lengkap", "ibu", "bapak", "suami", "istri",
                          "anak"})
_NAME_INTROS = frozenset({"namaku", "atas nama", "my name"})
# Ways of addressing the admin or a relative, capitalised out of politeness ("Halo Kak,"):
# not names, so they do not hide an otherwise good phrasing.
_ADDRESS_WORDS = frozenset({"admin", "min", "kak", "kakak", "pak", "bapak", "bu", "ibu", "mas",
                            "mbak", "bang", "gan", "sis", "om", "tante", "halo", "hai"})
NO_ADDITIONS = PersonalWords()


@lru_cache(maxsize=4)
def _name_intro_re(owners: frozenset[str], intros: frozenset[str]) -> re.Pattern[str]:
    """The name-giving pattern: the syntax (spacing, "a.n.") is here, the words are data."""
    owner = "|".join(re.escape(w) for w in sorted(_NAME_OWNERS | owners))
    intro = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(_NAME_INTROS | intros))
    return re.compile(rf"\b(nama\s*(?:{owner})|{intro}|a\.n\.?)\b", re.I)


def redact_for_faq(question: str) -> str:
    """A logged question made fit for a FAQ file: no digit runs, masks, e-mails or links."""
    text = redact(question)  # the log already masked ids; do it again for any older rows
    for pattern in (_URL_RE, _EMAIL_RE, _MASK_RE, _LONG_NUMBER_RE):
        text = pattern.sub(" ", text)
    text = re.sub(r"\s+([,.?!])", r"\1", " ".join(text.split()))
    return text.strip(" ,.-:;")


def personal_reason(text: str, vocabulary: frozenset[str], names: frozenset[str] = frozenset(),
                    added: PersonalWords = NO_ADDITIONS) -> str | None:
    """Why a redacted phrasing still looks personal or unusable, in Indonesian; else None.

    `names`: words of names given in pre-registrations; the FAQ's own words are not names.
    `added`: staff's additions (faq/personal-words.yaml) to the built-in lists above.
    """
    if re.search(r"\d{4}", text) or "*" in text or "@" in text:
        return "masih memuat nomor atau alamat"
    if _name_intro_re(added.name_owners, added.name_intros).search(text):
        return "menyebut nama orang"
    if (set(re.findall(r"[a-z]{3,}", text.lower())) & names) - vocabulary:
        return "memuat nama yang diketik saat pendaftaran"
    words = text.split()
    # A capitalised word the FAQ never uses, past the first word, is most likely a name
    # ("pak Joko meninggal"); the FAQ's own terms (Jaminan Hari Tua, JMO) are in the vocabulary.
    for word in words[1:]:
        bare = word.strip(",.?!:;()\"'")
        if _WORD_RE.fullmatch(bare) and bare[0].isupper() and not _known(
                bare.lower(), vocabulary, added):
            return "mungkin memuat nama orang"
    if len(text) > MAX_PHRASING_CHARS:
        return "terlalu panjang untuk frasa pertanyaan"
    if sum(1 for w in words if re.search(r"[a-zA-Z]{2}", w)) < MIN_WORDS:
        return "terlalu pendek"
    return None


def faq_vocabulary(content: Content) -> frozenset[str]:
    """Every word the FAQ itself uses (titles, phrasings, keywords, synonyms), lower case."""
    return content.words


@dataclass
class LearnCandidate:
    """One proposed phrasing: the question as typed (redacted), its entry and the evidence."""

    key: str  # normalised text of the phrasing; what a decision is remembered by
    phrasing: str
    entry_id: str
    entry_title: str
    users: int  # distinct users who asked anything in the group
    support: int  # distinct users whose behaviour points to entry_id
    chose: int
    thumbs_up: int
    thumbs_down: int
    fallback: int
    now: str  # what the current matcher does with the phrasing: answer | suggest | fallback
    now_entry: str | None
    examples: list[str] = field(default_factory=list)  # other wordings in the group
    members: tuple[str, ...] = ()  # every normalised text in the group

    @property
    def token(self) -> str:
        """A short stable id for buttons (Telegram allows 64 bytes of callback data)."""
        return hashlib.sha1(self.key.encode()).hexdigest()[:10]


def normalised(content: Content, question: str) -> str:
    """The matcher's view of a question: canonical, corrected content words."""
    return " ".join(content.matcher.query_tokens(question)[1])


@dataclass
class _Group:
    key: str
    rows: list[LogRow] = field(default_factory=list)
    texts: set[str] = field(default_factory=set)


def _groups(rows: list[LogRow], content: Content) -> list[_Group]:
    by_text: dict[str, list[LogRow]] = defaultdict(list)
    for row in rows:
        if row.outcome in LEARN_OUTCOMES:
            text = normalised(content, row.question)
            if text:
                by_text[text].append(row)
    groups: list[_Group] = []
    keys: list[str] = []
    order = sorted(by_text.items(), key=lambda kv: (-len({r.user_hash for r in kv[1]}), kv[0]))
    for text, members in order:
        found = process.extractOne(text, keys, scorer=fuzz.token_sort_ratio,
                                   score_cutoff=GROUP_SIMILARITY) if keys else None
        if found is None:
            groups.append(_Group(text))
            keys.append(text)
            found = (text, 100.0, len(groups) - 1)
        groups[found[2]].rows.extend(members)
        groups[found[2]].texts.add(text)
    return groups


def _needs_learning(row: LogRow) -> bool:
    return row.outcome in ("suggestions", "fallback") or row.feedback == -1


def _evidence(rows: list[LogRow]) -> dict[str, dict[str, set[str]]]:
    """entry id -> kind of evidence -> the distinct users who gave it."""
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in rows:
        final = r.chosen_entry_id or (r.entry_id if r.outcome in ("answered", "redirect")
                                      else None)
        if r.chosen_entry_id:
            out[r.chosen_entry_id]["chose"].add(r.user_hash)
        if final and r.feedback == 1:
            out[final]["up"].add(r.user_hash)
        if final and r.feedback == -1:
            out[final]["down"].add(r.user_hash)
        if r.entry_id and not r.chosen_entry_id and r.outcome in ("fallback", "suggestions"):
            out[r.entry_id]["near"].add(r.user_hash)
    return out


def _known(word: str, vocabulary: frozenset[str], added: PersonalWords) -> bool:
    """The FAQ uses the word, or it addresses someone (built-in or staff's): not a name. Three
    lookups rather than a union, which copied the whole vocabulary for every capitalised word."""
    return word in vocabulary or word in _ADDRESS_WORDS or word in added.address_words


def _phrasings(rows: list[LogRow], vocabulary: frozenset[str], names: frozenset[str],
               added: PersonalWords) -> list[str]:
    """Redacted wordings fit for a FAQ file: most users first, then most often typed."""
    users: dict[str, set[str]] = defaultdict(set)
    times: Counter[str] = Counter()
    for r in rows:
        text = redact_for_faq(r.question)
        users[text].add(r.user_hash)
        times[text] += 1
    ranked = sorted(users, key=lambda t: (-len(users[t]), -times[t], len(t), t))
    return [t for t in ranked if t and personal_reason(t, vocabulary, names, added) is None]


@dataclass
class Mining:
    candidates: list[LearnCandidate]
    hidden_personal: int = 0  # groups left out because every wording looked personal


def find_candidates(rows: list[LogRow], content: Content, settled: set[str] | None = None,
                    min_users: int = 2, names: frozenset[str] = frozenset()) -> Mining:
    """Candidate phrasings from the question log, strongest evidence first."""
    settled = settled or set()
    vocabulary = faq_vocabulary(content)
    entries = content.faq.entries
    mining = Mining([])
    for group in _groups(rows, content):
        if group.texts & settled or not any(_needs_learning(r) for r in group.rows):
            continue
        evidence = _evidence(group.rows)
        scored = [(sum(WEIGHTS[k] * len(v) for k, v in ev.items()), eid)
                  for eid, ev in evidence.items() if eid in entries]
        if not scored or max(scored)[0] <= 0:
            continue
        _score, entry_id = max(scored, key=lambda s: (s[0], -len(s[1]), s[1]))
        ev = evidence[entry_id]
        support = len(ev["chose"] | ev["up"] | ev["near"])
        if support < min_users:
            continue
        fit = _phrasings(group.rows, vocabulary, names, content.faq.personal_words)
        if not fit:
            mining.hidden_personal += 1
            continue
        phrasing = fit[0]
        key = normalised(content, phrasing)
        if key in settled:
            continue
        result = content.matcher.match(phrasing)
        best = result.best
        if result.outcome == "answer" and best is not None and best.entry_id == entry_id:
            continue  # already answered directly: nothing left to learn
        mining.candidates.append(LearnCandidate(
            key=key, phrasing=phrasing, entry_id=entry_id,
            entry_title=entries[entry_id].title, users=len({r.user_hash for r in group.rows}),
            support=support, chose=len(ev["chose"]), thumbs_up=len(ev["up"]),
            thumbs_down=len(ev["down"]), fallback=len(ev["near"]), now=result.outcome,
            now_entry=best.entry_id if best else None, examples=fit[1:4],
            members=tuple(sorted(group.texts | {key}))))
    mining.candidates.sort(key=lambda c: (-c.chose, -c.thumbs_up, -c.support,
                                          c.thumbs_down, c.key))
    return mining

