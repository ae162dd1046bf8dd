"""Fixtures of the understanding tests: the real content and its matcher, built per module."""

from __future__ import annotations

import pytest

from bot.content.store import build_content
from tests.conftest import AS_OF, FAQ_DIR, TEMPLATES_DIR


@pytest.fixture(scope="module")
def content():
    return build_content(FAQ_DIR, TEMPLATES_DIR, AS_OF)


@pytest.fixture(scope="module")
def matcher(content):
    return content.matcher
