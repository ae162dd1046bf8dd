"""The live content (FAQ, rates, matcher, renderer) and its validated, atomic reload."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from pathlib import Path

from bot.content.basis_en import BasisWords, load_basis_words
from bot.content.calc_cues import FILE_NAME as CUES_FILE
from bot.content.calc_cues import load_cues, unknown_context
from bot.content.check import check_answers, check_templates, template_problems
from bot.content.english import english_base_forms, english_view
from bot.content.english_chat import (
    chat_forms,
    english_word,
    phrase_forms,
    typed_words,
    word_meanings,
)
from bot.content.faq_words import faq_words
from bot.content.faqbase import FaqBase, load_faq
from bot.content.render import Renderer
from bot.content.smoke import call_center_of, missing_templates, smoke_render
from bot.content.yamlsrc import ContentError, Problem
from bot.core.memory import release_free_memory
from bot.understand.cues import Cues
from bot.understand.english_slips import EnglishSlips
from bot.understand.english_words import english_words
from bot.understand.language import LanguageDetector
from bot.understand.matcher import Matcher
from bot.understand.mixed_phrases import MixedPhrases
from bot.understand.normalize import Normalizer, is_word

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Content:
    faq: FaqBase
    matcher: Matcher
    renderer: Renderer
    cues: Cues  # the calculator's cue words (faq/calc-cues.yaml)
    basis_words: BasisWords = field(default_factory=BasisWords)  # language.yaml `basis_en`

    @property
    def language(self) -> LanguageDetector:
        return self.faq.language

    @cached_property
    def matcher_en(self) -> Matcher:
        """The index of the English phrasings (bot/content/english.py), built on first use:
        a start does not wait for it (`ContentStore.verify` and a reload build it off the
        event loop)."""
        view = english_view(self.faq, self.faq.synonyms_en)
        base_forms = english_base_forms(self.faq.synonyms_en)
        matcher = Matcher(view, Normalizer(view.synonyms, base_forms, chat_forms(view)),
                          texting=False, keep=english_words().keeps,
                          common=english_words().__contains__, base_forms=base_forms)
        # Messages only: the phrasings were indexed as written.
        english = english_word(self.faq, english_words().__contains__)
        matcher.normalizer.mixed = MixedPhrases(
            view.synonyms.replacements, english,
            view.synonyms.stopwords, phrase_forms(view), matcher.normalizer.phrase_tables())
        # ... and a word typed with a slip read as the written word (english_slips.py).
        matcher.normalizer.slips = EnglishSlips(typed_words(view), is_word,
                                                word_meanings(view), english)
        return matcher

    @cached_property
    def words(self) -> frozenset[str]:
        """Every word the FAQ itself uses (titles, phrasings, keywords, synonyms), lower case:
        a word outside it is no question word (a name, for the log and the learner)."""
        return faq_words(self.faq)

    def matcher_for(self, lang: str) -> Matcher:
        """The matcher for a reply language: the English one indexes the English phrasings."""
        return self.matcher_en if lang == "en" else self.matcher


def build_content(faq_dir: Path, templates_dir: Path, on: date,
                  required: Iterable[str] = (), thorough: bool = True) -> Content:
    """Load, validate and index; raise ContentError (every problem) if anything is wrong.

    `required`: template names that must still exist (those of the content serving now).
    `thorough=False` (a start; never a reload): templates and answers are only parsed (not
    even that when their exact source compiled before) and nothing is rendered; the rest of
    the checks is `ContentStore.verify`, run in the background once the bot is up.
    """
    template_problems = check_templates(templates_dir, compile=thorough)
    cue_problems: list = []
    cues = Cues()
    try:
        cues = load_cues(faq_dir / CUES_FILE)
    except ContentError as exc:
        cue_problems = exc.problems
    try:
        faq = load_faq(faq_dir)
    except ContentError as exc:
        raise ContentError([*exc.problems, *cue_problems, *template_problems]) from None
    if any(p.severity == "error" for p in template_problems):
        raise ContentError(template_problems)  # unreadable or uncompilable: nothing to render
    renderer = Renderer(templates_dir)
    basis_found: list[Problem] = []  # a malformed table; its Indonesian words: `faq check`
    basis_words = load_basis_words(faq_dir, basis_found)
    problems = [p for p in [*cue_problems, *unknown_context(cues, faq.entries), *template_problems,
                            *basis_found,
                            *check_answers(faq, renderer, on, render=thorough),
                            *missing_templates(required, renderer),
                            *(smoke_render(renderer, call_center_of(faq, on)) if thorough
                              else ())]
                if p.severity == "error"]
    if problems:
        raise ContentError(problems)
    renderer.forget_english()
    matcher = Matcher(faq)
    if matcher.normalizer.repair is not None:  # the calculator reads texted words too
        cues = replace(cues, spell=matcher.normalizer.repair.expand_text)
    content = Content(faq, matcher, renderer, cues, basis_words)
    if thorough:  # a reload runs off the event loop: the English index is built here too
        content.matcher_en  # noqa: B018
    return content


def content_stamp(faq_dir: Path, templates_dir: Path) -> tuple[tuple[str, int, int], ...]:
    """A cheap fingerprint (name, mtime, size) of every content file, for change detection."""
    files = [*faq_dir.glob("*.yaml"), *templates_dir.rglob("*.j2")]
    stamp = []
    for path in sorted(files):
        try:
            st = path.stat()
        except OSError:
            continue
        stamp.append((str(path), st.st_mtime_ns, st.st_size))
    return tuple(stamp)


class ContentStore:
    """Holds the current Content; a reload swaps it only when the new files validate."""

    def __init__(self, faq_dir: Path, templates_dir: Path, today, verify_later: bool = False):
        """`verify_later`: start fast (see `build_content(thorough=False)`); the caller runs
        `verify()` once the bot is up. Without it the start checks everything, as a reload."""
        self.faq_dir, self.templates_dir, self._today = faq_dir, templates_dir, today
        self._stamp = content_stamp(faq_dir, templates_dir)
        self.current = build_content(faq_dir, templates_dir, today(), thorough=not verify_later)
        self.last_error: ContentError | None = None
        self.unverified = verify_later  # the checks build_content left out are still due
        release_free_memory()  # what parsing the YAML files freed

    def verify(self) -> ContentError | None:
        """The checks a `verify_later` start left out, on the content serving now: every reply
        template compiled, every answer rendered, the templates smoke-rendered. Problems are
        logged and returned (for the admins); the content keeps serving, and an answer that
        fails to render gets the error reply, as any failure while answering does."""
        content = self.current
        if not self.unverified:
            return None
        renderer, on = content.renderer, self._today()
        top_level = sorted(name for name in renderer.sources if "/" not in name)
        # Compiled in an overlay without a template cache: what only validating needs is not
        # kept (nor piled up: a low peak leaves less resident); the live environment compiles
        # a template on first use, from the bytecode cache this fills.
        problems = [p for p in [*template_problems(renderer.env.overlay(cache_size=0),
                                                   top_level,
                                                   self.templates_dir.name),
                                *check_answers(content.faq, renderer, on, keep=False),
                                *smoke_render(renderer, call_center_of(content.faq, on))]
                    if p.severity == "error"]
        # The English button labels, read here: compiling the English texts for them peaks at
        # ~4 MB, which the first English reply left resident (+3.9 MB after 1,000 questions);
        # here the trim below returns it.
        renderer.english_label("")
        # What validating compiled is compiled again on first use. Not forget_english(): this
        # renderer is live, and its button labels may be being read on the event loop.
        renderer.forget_validated()
        renderer.env_en.cache.clear()  # type: ignore[union-attr]
        content.matcher_en  # noqa: B018  (built here, off the event loop, if no one asked yet)
        self.unverified = False
        release_free_memory()  # what rendering every answer once freed (~4 MB resident)
        if not problems:
            return None
        for problem in problems:
            log.error("content check after start: %s", problem)
        return ContentError(problems)

    def changed(self) -> bool:
        return content_stamp(self.faq_dir, self.templates_dir) != self._stamp

    def reload(self) -> ContentError | None:
        """Try to load the files now; on failure keep serving the old content and return why."""
        stamp = content_stamp(self.faq_dir, self.templates_dir)
        try:
            fresh = build_content(self.faq_dir, self.templates_dir, self._today(),
                                  required=self.current.renderer.names)
        except Exception as exc:
            # Any failure (not only ContentError: an unreadable file, a bug) is a problem
            # report for the admins, and the stamp moves on so the same files are not
            # retried on every check.
            error = exc if isinstance(exc, ContentError) else ContentError(
                [Problem(self.templates_dir.name, 1, "",
                         f"reload failed: {type(exc).__name__}: {exc}")])
            if not isinstance(exc, ContentError):
                log.warning("content reload failed: %s", type(exc).__name__, exc_info=exc)
            self._stamp = stamp
            self.last_error = error
            log.warning("content reload refused: %d problem(s)", len(error.problems))
            return error
        self.current, self._stamp, self.last_error = fresh, stamp, None
        self.unverified = False  # a reload checks everything
        release_free_memory()  # the old index and the checks' renders
        log.info("content reloaded: %d entries", len(fresh.faq.entries))
        return None
