"""Question matching: IDF-weighted token overlap plus rapidfuzz similarity over FAQ phrasings.

Why this shape: a pure fuzzy ratio over whole strings breaks on long chatty messages and word
order, while pure token overlap breaks on typos. Typos are repaired first (each unknown word is
snapped to the closest vocabulary word with rapidfuzz), then every phrasing that shares a word
with the question is scored by weighted coverage in both directions and a token-sort ratio.
An inverted index keeps scoring proportional to the phrasings that share a word, not the corpus.
"""

from __future__ import annotations

import math
import sys
from collections import defaultdict
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.understand import cover_bounds, decision, rank_memo, ranking, second_look, several
from bot.understand.agency import foreign_phrasings
from bot.understand.clauses import clauses
from bot.understand.emphasis import LONG_MESSAGE_WORDS, asking_words, events
from bot.understand.facets import EMPTY, FacetReader, FacetSet
from bot.understand.forwards import reading
from bot.understand.items import itemized
from bot.understand.kept_words import sure_kept
from bot.understand.match_result import (  # noqa: F401  (PROGRAM_TOKENS: public here too)
    ALTERNATIVE_GAP,
    CLOSE_GAP,
    MORE_FLOOR,
    PROGRAM_TOKENS,
    SUGGEST_SCORE,
    Candidate,
    MatchResult,
    floors,
    more_of,
    word_pairs,
)
from bot.understand.normalize import INDEXED_TEXTS, MESSAGE_TEXTS, Normalizer, is_word
from bot.understand.phrasing_sums import entry_words
from bot.understand.several import MAX_OTHERS
from bot.understand.several_answer import main_answer
from bot.understand.vocab_lengths import ByLength
from bot.understand.vocabulary import function_words
from bot.understand.weighing import (  # noqa: F401  (public here too)
    ASKING_EMPHASIS,
    COMMON_UNKNOWN_SHARE,
    weigh,
)

if TYPE_CHECKING:  # content builds the index; understanding needs only its types
    from collections.abc import Callable, Iterable

    from bot.content.faqbase import FaqBase
    from bot.understand.rank_memo import RankState

# Decision thresholds (SINGLE_ANSWER_SCORE, CLOSE_SCORE, floors ...): match_result.py.
ONE_WORD_TIE_GAP = 4.0
# The whole message is ranked exactly only from this score: every decision above looks at
# scores from SUGGEST_SCORE - CLOSE_GAP up, so none changes (checked on 1,865 labelled, real and
# blind questions), and an out-of-scope question that shares a common word with hundreds of
# phrasings is not scored against all of them (the p99 tail). Below it, a fallback's nearest
# entry (a hint in the staff reports) is the nearest of the entries that could score highest.
RANK_FLOOR = 37.0

# The score blend and its bonuses and penalties: bot/understand/ranking.py.
# ASKING_EMPHASIS (a long message's asking words) and COMMON_UNKNOWN_SHARE: weighing.py.
# A long story explains little of itself, so its best entry rarely reaches SUGGEST_SCORE. For
# the "did you mean" decision only, a long message's weight is capped here: the rant's one
# clear topic is offered as a button, never answered on that evidence alone.
QUERY_WEIGHT_CAP = 30.0
# A best entry that leads all others by a wide gap is answered from a lower score: from
# CLEAR_SCORE in any message, from DOMINANT_SCORE in a long one (its story dilutes the score,
# but its one topic is unmistakable). CLEAR_GAP 10 is the knee of a sweep on faq/tests and
# real/tune (2026-11-30): from 15 down to 10 only right answers were added; below 10, wrong
# and out-of-scope answers too.
CLEAR_SCORE, CLEAR_GAP = 55.0, 10.0
DOMINANT_WORDS, DOMINANT_SCORE, DOMINANT_GAP = 10, 45.0, 14.0


class Matcher:
    """An immutable index over one FaqBase; build a new one to reload content."""

    # A word the FAQ never uses weighs this many times the rarest known word: a question
    # about "wifi" or "spt" is probably about something else, even if it shares a word or two.
    UNKNOWN_FACTOR = 1.5

    def __init__(self, faq: FaqBase, normalizer: Normalizer | None = None,
                 texting: bool = True, keep: Callable[[str, str], bool] | None = None,
                 common: Callable[[str], bool] | None = None,
                 base_forms: Callable[[str], Iterable[str]] | None = None):
        """`texting`: read words typed without vowels ("jmnn"), an Indonesian chat habit.
        English only: `keep(word, closest)`, a word that is not a typo of the FAQ's closest
        word; `common(word)`, a dictionary word (unknown to the FAQ: a story word, weighs
        less); `base_forms(word)`, uninflected forms for the synonym lookup."""
        self.faq = faq
        self._keep = keep
        self._common = common
        self.english = keep is not None  # the English matcher (a decision feature)
        self.normalizer = normalizer or Normalizer(faq.synonyms, base_forms)
        self.normalizer.cache_tokens(INDEXED_TEXTS)  # users' messages get theirs once indexed
        self._entry_ids: list[str] = []
        self._phrase_entry: list[int] = []
        self._phrase_text: list[str] = []
        self._entry_facets: list[FacetSet] = []
        self._entry_phrasings: list[range] = []
        # Inverted indexes for the entry-level terms (ranking.entry_parts): per program, keyword
        # and adjacent word pair, the entries that have it.
        program_entries: dict[str, set[int]] = defaultdict(set)
        keyword_entries: dict[str, list[int]] = defaultdict(list)
        pair_entries: dict[int, list[int]] = defaultdict(list)
        self.facets = FacetReader(faq.facets, self.normalizer, frozenset(PROGRAM_TOKENS))
        # Build-only (~1 MB), lists and counts, not sets: the peak stays resident (mem22).
        phrase_tokens: list[tuple[str, ...]] = []
        entry_vocab: list[frozenset[str]] = []
        postings: dict[str, list[int]] = defaultdict(list)  # a phrasing's words: unique
        entry_df: dict[str, int] = defaultdict(int)
        surface: set[str] = set()  # the phrasings' words as written ("pembayaran")
        for e_idx, entry in enumerate(faq.entries.values()):
            self._entry_ids.append(entry.id)
            for program in entry.programs:
                program_entries[program].add(e_idx)
            kw = set()
            for keyword in entry.keywords:
                kw.update(self._content(keyword))
            for tok in kw:
                keyword_entries[tok].append(e_idx)
            self._entry_facets.append(
                self.facets.of_phrasings([entry.title, *entry.questions], entry.audience))
            vocab: set[str] = set()
            pairs: set[int] = set()
            first = len(phrase_tokens)  # an entry's phrasings are contiguous
            for text in (entry.title, *entry.questions):
                toks = tuple(map(sys.intern, self._content(text)))  # one string per word
                surface.update(self.normalizer.tokens(text))  # cached by _content
                if not toks:
                    continue
                pairs.update(word_pairs(toks))
                p_idx = len(phrase_tokens)
                self._phrase_entry.append(e_idx)
                phrase_tokens.append(toks)
                self._phrase_text.append(" ".join(toks))
                for tok in toks:
                    postings[tok].append(p_idx)
                    if tok not in vocab:  # an entry counts once
                        entry_df[tok] += 1
                vocab.update(toks)
            entry_df.update({tok: entry_df[tok] + 1 for tok in kw if tok not in vocab})
            entry_vocab.append(frozenset(vocab) | kw)
            for pair in pairs:
                pair_entries[pair].append(e_idx)
            self._entry_phrasings.append(range(first, len(phrase_tokens)))
        self._entry_index = {e: i for i, e in enumerate(self._entry_ids)}  # id -> position
        n = max(len(self._entry_ids), 1)
        self._idf = {t: math.log(1 + n / df) for t, df in entry_df.items()}
        self._unknown_idf = math.log(1 + n)  # an unseen word weighs like the rarest one
        self._postings = {t: tuple(ps) for t, ps in postings.items()}  # appended in order
        self._phrase_weight = [sum(self._idf[t] for t in toks) for toks in phrase_tokens]
        self._entry_lengths, self._facet_groups = ranking.entry_extents(self)  # rank's bounds
        self._phrase_sorted = ranking.sorted_texts(self._phrase_text)  # token_sort_ratio's
        self._entry_words = entry_words(self)  # rank's shared weights (phrasing_sums.py)
        entry_postings: dict[str, list[int]] = defaultdict(list)
        for e_idx, vocab in enumerate(entry_vocab):
            for tok in vocab:
                entry_postings[tok].append(e_idx)
        # Equal tuples held once (most word pairs are in one entry: ~0.25 MB a matcher).
        same: dict[tuple[int, ...], tuple[int, ...]] = {}
        self._entry_postings = {t: same.setdefault(es := tuple(ps), es)
                                for t, ps in entry_postings.items()}
        self._entry_lightest_holding = cover_bounds.lightest_holding(self)  # rank's bounds
        # rank's entry pass: per word, its terms at idf and at idf x the asking emphasis
        self._entry_terms, self._emphasised_terms = {}, (ASKING_EMPHASIS, {})
        self._agency_entries = {t: frozenset(entry_postings.get(t, ()))
                                for t in self.facets.agencies}
        self._foreign = foreign_phrasings(phrase_tokens, self.facets.own_agency,
                                          self.facets.agencies)
        self._program_entries = {p: frozenset(es) for p, es in program_entries.items()}
        self._keyword_entries = {t: same.setdefault(es := tuple(ps), es)
                                 for t, ps in keyword_entries.items()}
        self._pair_entries = {pair: same.setdefault(es := tuple(ps), es)
                              for pair, ps in pair_entries.items()}
        self._vocab = ByLength([t for t in self._idf if len(t) >= 3 and not t.isdigit()])
        self._sure_kept = sure_kept(keep, self._vocab.words)  # English: kept_words.py
        # Vowel-less words ("tlt", "jmnn"): read as the word of a phrasing or synonym with the
        # same consonants, before synonyms apply ("jmnn hari tua" is "jaminan hari tua").
        if texting:
            self.normalizer.repair = self.normalizer.repair_of(surface)
        self._correct = lru_cache(maxsize=8192)(self._correct_uncached)
        self._function_words = function_words(self.normalizer, self._idf)
        self.normalizer.cache_tokens(MESSAGE_TEXTS)  # the phrasings' are never asked again

    @property
    def phrasing_count(self) -> int:
        return len(self._phrase_text)

    def facets_of(self, entry_id: str) -> FacetSet:
        """What an entry is about and for whom, as its phrasings say (faq/facets.yaml)."""
        e_idx = self._entry_index.get(entry_id)
        return EMPTY if e_idx is None else self._entry_facets[e_idx]

    def _content(self, text: str) -> tuple[str, ...]:
        return self.normalizer.content(self.normalizer.tokens(text))

    def _correct_uncached(self, token: str) -> str:
        """Snap a misspelt word to the closest vocabulary word, if one is close enough."""
        if token in self._idf or len(token) < 4 or token.isdigit():
            return token
        if is_word(token) or (self._sure_kept is not None and self._sure_kept(token)):
            return token  # "meski" is a word, not a typo of the FAQ's "mesin"; kept_words.py
        cutoff = 80 if len(token) < 7 else 75
        found = self._vocab.closest(token, cutoff)
        if not found:
            return token
        if self._keep is not None and self._keep(token, found[0]):
            return token  # "brother" is not a typo of "broker" (but "wages" is "wage")
        return found[0]

    @rank_memo.once
    def agencies_named(self, query: tuple[str, ...]) -> list[frozenset[int]]:
        """For each other agency the query names (facets.yaml other_agencies), the entries
        that name it too."""
        return [self._agency_entries[t] for t in query if t in self._agency_entries]

    def query_tokens(self, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(all canonical tokens, corrected content tokens) for a text (once a match)."""
        tokens = self.normalizer.tokens(text)
        content = self.normalizer.content(tokens)
        corrected: dict[str, None] = {}
        for tok in content:
            if tok not in self._function_words:
                corrected.setdefault(self._correct(tok), None)
        return tokens, tuple(corrected)

    @rank_memo.per_message
    def match(self, text: str, limit: int = 3, joined: bool = False) -> MatchResult:
        # A forward's claim, or a scam; a numbered list's marks are sentence ends (items.py).
        text = itemized(reading(text, self.faq.clause_cues))
        tokens, query = self.query_tokens(text)
        kind = self.normalizer.is_smalltalk(tokens, text)
        if kind:
            return MatchResult("smalltalk", smalltalk=kind, tokens=tokens)
        parts = clauses(text, self.faq.clause_cues, split_long=False)
        asking = [c for c in parts if c.asks]
        replied, asked = main_answer(self, text, query, parts, asking, limit)
        if replied is not None:  # several questions, one leads (several_answer.py)
            return replied
        emphasis = self.emphasis(text, query)
        # A long message's ranking keeps one row more: a "did you mean" offers it (more())
        # from the same ranking instead of ranking the message again. (Ranked again from
        # this ranking's state, rank_memo.shared, the second ranking still costs ~55% of the
        # first: the did-you-mean stories became the p99's third question; perf19.)
        wide = max(limit, 2) + (len(query) >= LONG_MESSAGE_WORDS)
        ranked = self.rank_message(text, query, wide, emphasis=emphasis)
        if not ranked:
            return MatchResult("fallback", tokens=query)
        top = tuple(ranked[:limit])
        best = top[0].score
        gap = best - (top[1].score if len(top) > 1 else 0.0)
        # One word ("syarat") is never clear enough to answer on a lead alone: ask.
        dominant = (len(query) > 1 and best >= CLEAR_SCORE and gap >= CLEAR_GAP) or (
            len(query) >= DOMINANT_WORDS and best >= DOMINANT_SCORE and gap >= DOMINANT_GAP)
        # A single word that fits several entries equally ("syarat") is a menu, not an answer.
        floor, close = floors(joined)
        one_word = len(query) == 1 and gap < ONE_WORD_TIE_GAP
        tie = one_word or (best < close and gap < CLOSE_GAP)
        # A close tie is asked back as the second look orders it (second_look.py)
        if ((best >= floor and not one_word) or dominant) and (
                asked_best := second_look.lead(self, text, query, top, joined)) is not top[0]:
            shown = second_look.first_of(asked_best, top, limit)
            return MatchResult("suggest", shown, tokens=query,
                               more=self.more(text, query, shown, emphasis))
        if (best >= floor and not tie) or dominant:
            decision.record(self, text, "answer", query, top, emphasis, len(parts), False)
            # Another question of the message that the answer does not cover: a button.
            answer = MatchResult("answer", top, tokens=query)
            if len(asking) == 1 and len(parts) > 1:  # ranked only now: most messages stop above
                asked = [a.candidate for a in
                         several.clause_entries(self, text, query, parts, asking)]
            shown = {c.entry_id for c in (top[0], *answer.alternatives)}
            others = tuple(c for c in asked if c.entry_id not in shown)[:MAX_OTHERS]
            return replace(answer, others=others) if others else answer
        cap = None
        if best < SUGGEST_SCORE and len(query) >= LONG_MESSAGE_WORDS:
            capped = self.rank_message(text, query, wide, QUERY_WEIGHT_CAP, emphasis)
            if capped and capped[0].score >= SUGGEST_SCORE:
                top, cap = tuple(capped[:limit]), QUERY_WEIGHT_CAP
                best = top[0].score
        if best >= SUGGEST_SCORE:
            decision.record(self, text, "suggest", query, top, emphasis, len(parts), False)
            sure = second_look.sure_redirect(self, query, top)  # another agency's business
            return MatchResult("answer", top, tokens=query) if sure else \
                MatchResult("suggest", top, tokens=query,
                            more=self.more(text, query, top, emphasis, cap))
        return MatchResult("fallback", top, tokens=query)

    def more(self, text: str, query: tuple[str, ...], shown: tuple[Candidate, ...],
             emphasis: frozenset[str], cap: float | None = None) -> tuple[Candidate, ...]:
        """One more "did you mean" button (more_of), ranked only for one (~15% of the median
        match), from MORE_FLOOR when none scores RANK_FLOOR (rank_memo: a long one has it)."""
        rows = len(shown) + 1
        return more_of(shown, self.rank_message(text, query, rows, cap, emphasis), RANK_FLOOR) \
            or more_of(shown, self.rank_message(text, query, rows, cap, emphasis, MORE_FLOOR),
                       MORE_FLOOR)

    def rank_message(self, text: str, query: tuple[str, ...], limit: int,
                     weight_cap: float | None = None,
                     emphasis: frozenset[str] | None = None,
                     floor: float = RANK_FLOOR) -> list[Candidate]:
        """Rank the whole message (exactly from `floor`); in a long one, the asking clauses'
        words weigh more."""
        if emphasis is None:
            emphasis = self.emphasis(text, query)
        return self.rank(query, limit, self.facets.read(text), emphasis, weight_cap,
                         min_score=floor)

    def emphasis(self, text: str, query: tuple[str, ...]) -> frozenset[str]:
        """A long message's asking-clause words (bot/understand/emphasis.py)."""
        return asking_words(self, text, query)

    def _events(self, query: tuple[str, ...]) -> list[str]:
        """The message's event words (bot/understand/emphasis.py)."""
        return events(self, query)

    @rank_memo.shared
    def rank(self, query: tuple[str, ...], limit: int | None = None,
             facets: FacetSet = EMPTY, emphasis: frozenset[str] = frozenset(),
             weight_cap: float | None = None, min_score: float = 0.0,
             held: RankState | None = None) -> list[Candidate]:
        """Entries sharing at least one word with the query, best first, one row per entry.

        Shared weights are accumulated along the postings (cost ~ the postings touched); the
        costly rapidfuzz ratio is computed best-first and stops once no phrasing can still
        change an entry's best score, so the result is exact.

        With `limit`, only the first `limit` rows (the same rows as `rank(query)[:limit]`): a
        phrasing whose entry could not reach the `limit`-th best score even with a perfect
        ratio is neither sorted nor scored (bench/README.md: most phrasings sharing a word
        with a question are such). The loop itself is in bot/understand/ranking.py.
        With `min_score`, phrasings that cannot reach it are skipped the same way (rows below
        it may still come back; callers compare).
        """
        if not query:
            return []
        weighed = held.weighed if held is not None else None
        if weighed is None:
            weighed = weigh(self, query, facets, emphasis, weight_cap)
            if held is not None:  # rank_memo.shared: a later ranking of the same words
                held.weighed = weighed
        return ranking.rank(self, query, *weighed, limit, min_score, earlier=held)
