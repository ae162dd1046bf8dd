"""`python -m bot.app.stems`: regenerate the shipped start tables from the FAQ and templates:
the stem table and the parse memos (which sources are known to parse), so the first start on a
fresh machine does neither for the shipped content."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

from bot.content import jinjacache
from bot.content.store import build_content
from bot.core.settings import load_settings
from bot.understand import normalize, stemcache


def main() -> None:
    """Stem every word and parse every source the content build reads, from scratch, and write
    the shipped tables."""
    settings = load_settings()
    normalize.record_stems(True)
    with tempfile.TemporaryDirectory() as scratch:
        jinjacache.use_bytecode_cache(Path(scratch))
        try:  # a start only parses (the memos); the checks after it read every word too
            build_content(settings.faq_dir, settings.templates_dir, date.today(),
                          thorough=False)
            build_content(settings.faq_dir, settings.templates_dir, date.today())
        finally:
            normalize.record_stems(False)
            jinjacache.use_bytecode_cache(None)
        shutil.rmtree(jinjacache.SHIPPED_MEMOS, ignore_errors=True)
        jinjacache.SHIPPED_MEMOS.mkdir()
        for memo in Path(scratch).glob("*-parsed.txt"):
            shutil.copyfile(memo, jinjacache.SHIPPED_MEMOS / memo.name)
    stemcache.SHIPPED.unlink(missing_ok=True)
    stemcache.save(stemcache.SHIPPED)
    print(f"{stemcache.SHIPPED}: {len(normalize.known_stems())} stems")
    memos = sorted(p.name for p in jinjacache.SHIPPED_MEMOS.iterdir())
    print(f"{jinjacache.SHIPPED_MEMOS}: {', '.join(memos)}")


if __name__ == "__main__":
    main()
