"""Every content file reads the same with PyYAML's pure-Python parser as with libyaml's.

`yamlsrc` uses libyaml's C parser when PyYAML was built with it and falls back to the pure
Python one otherwise; the two disagree on some plain scalars ("right?" in a flow list is a
plain word to libyaml and a syntax error to the Python parser), so a file one of them accepts
must mean the same to the other, or a machine without libyaml refuses the content."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.conftest import FAQ_DIR

# The content the bot loads (faq/tests holds test data, read by the test runner only).
FILES = sorted(p for p in FAQ_DIR.rglob("*.yaml") if "tests" not in p.relative_to(FAQ_DIR).parts)


@pytest.mark.skipif(not getattr(yaml, "__with_libyaml__", False), reason="no libyaml here")
@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(FAQ_DIR)) for p in FILES])
def test_pure_python_parser_reads_the_same(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert yaml.load(text, Loader=yaml.SafeLoader) == yaml.load(text, Loader=yaml.CSafeLoader)
