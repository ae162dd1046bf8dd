"""`python -m bot.app.stems`: regenerate the shipped stem table from the FAQ and templates."""

from __future__ import annotations

from datetime import date

from bot.content.store import build_content
from bot.core.settings import load_settings
from bot.understand import normalize, stemcache


def main() -> None:
    """Stem every word the content build reads, from scratch, and write the shipped table."""
    settings = load_settings()
    normalize.record_stems(True)
    try:
        build_content(settings.faq_dir, settings.templates_dir, date.today())
    finally:
        normalize.record_stems(False)
    stemcache.SHIPPED.unlink(missing_ok=True)
    stemcache.save(stemcache.SHIPPED)
    print(f"{stemcache.SHIPPED}: {len(normalize.known_stems())} stems")


if __name__ == "__main__":
    main()
