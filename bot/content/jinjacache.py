"""Compiled jinja templates kept on disk between starts (bytecode cache)."""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

import jinja2
from jinja2 import BytecodeCache, Environment, FileSystemBytecodeCache, Template
from jinja2.bccache import Bucket

# Where compiled templates are kept between starts (set by the composition root; None = compile
# every time). Jinja keys each file by template name + a checksum of its source and by jinja's
# bytecode version + the Python version, so an edited template or an upgrade compiles afresh.
_bytecode_dir: Path | None = None
# The parse memos of the shipped answers and templates (`python -m bot.app.stems` writes them):
# a fresh machine's first start need not parse every source to know it parses (~0.6 s).
SHIPPED_MEMOS = Path(__file__).with_name("parsed")


class _QuietCache(FileSystemBytecodeCache):
    """A cache file that cannot be read or written (permissions, full disk, a file where
    the directory was) must not fail the template: it is just compiled."""

    def load_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def use_bytecode_cache(directory: Path | None) -> None:
    """Keep compiled templates in `directory` (created on demand); None turns it off."""
    global _bytecode_dir
    _bytecode_dir = directory


def bytecode_cache(flavour: str) -> BytecodeCache | None:
    """One cache directory per environment flavour, so differently set up environments never
    share compiled code; unusable directory = no cache (compiling is only slower)."""
    if _bytecode_dir is None:
        return None
    directory = _bytecode_dir / f"jinja-{jinja2.__version__}-{flavour}"
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _QuietCache(str(directory))


def compile_cached(env: Environment, bcc: BytecodeCache | None, key: str,
                   source: str) -> Template:
    """`env.from_string(source)`, reusing the compiled code cached under `key` + the source's
    checksum; compiled with no name, exactly as from_string does (errors say <template>)."""
    if bcc is None:
        return env.from_string(source)
    bucket = bcc.get_bucket(env, key, None, source)
    if bucket.code is None:
        bucket.code = env.compile(source)
        bcc.set_bucket(bucket)
    return env.template_class.from_code(env, bucket.code, env.make_globals(None), None)



class ParseMemo:
    """Sources known to parse in one environment, by checksum, kept next to the compiled
    templates: a start that only parses (`build_content(thorough=False)`) parses each source
    once per machine, not on every start. Keyed by jinja's version and the environment's
    syntax settings; a file that cannot be read or written means parsing (only slower)."""

    def __init__(self, env: Environment, flavour: str):
        self.env = env
        self.path = None if _bytecode_dir is None \
            else _bytecode_dir / f"jinja-{jinja2.__version__}-{flavour}-parsed.txt"
        syntax = (env.block_start_string, env.block_end_string, env.variable_start_string,
                  env.variable_end_string, env.comment_start_string, env.comment_end_string,
                  env.line_statement_prefix, env.line_comment_prefix, env.trim_blocks,
                  env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline,
                  sorted(env.extensions))
        self._salt = repr(syntax).encode()
        self.seen: set[str] = set()  # this pass's sources that parse: what the file keeps
        self.name = f"jinja-{jinja2.__version__}-{flavour}-parsed.txt"
        self.on_disk = _digests(self.path)
        # The digests hold the syntax and the source: one from the shipped memo is as sure.
        self.known = self.on_disk | _digests(SHIPPED_MEMOS / self.name)

    def parse(self, source: str, name: str | None = None) -> None:
        """`env.parse(source, name)` (raising what it raises) unless this source parsed before."""
        digest = hashlib.sha1(self._salt + source.encode(), usedforsecurity=False).hexdigest()
        if digest not in self.known:
            self.env.parse(source, name)
        self.seen.add(digest)

    def save(self) -> None:
        """Keep the checksums of this pass's sources (only when they differ from the file's)."""
        if self.path is None or self.seen == self.on_disk:
            return
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
            temp.write_text("".join(f"{d}\n" for d in sorted(self.seen)), encoding="ascii")
            os.replace(temp, self.path)
        self.on_disk = set(self.seen)
        self.known |= self.seen


def _digests(path: Path | None) -> set[str]:
    """The checksums a memo file holds; none when there is no file or it cannot be read."""
    if path is None:
        return set()
    with contextlib.suppress(OSError, UnicodeDecodeError):
        return set(path.read_text(encoding="ascii").split())
    return set()
