"""Shared pytest fixtures: one static embedding model built per test session."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="session")
def static_cache_dir(tmp_path_factory: pytest.TempPathFactory):
    """A private JIXIAO_CACHE_DIR for the session, so tests never touch (or depend on) the user cache."""
    cache = tmp_path_factory.mktemp("jixiao-cache")
    previous = os.environ.get("JIXIAO_CACHE_DIR")
    os.environ["JIXIAO_CACHE_DIR"] = str(cache)
    yield cache
    if previous is None:
        os.environ.pop("JIXIAO_CACHE_DIR", None)
    else:
        os.environ["JIXIAO_CACHE_DIR"] = previous


@pytest.fixture(scope="session")
def static_embedder(static_cache_dir):
    """The default `static` model, distilled once (~35 s on 2 cores) into the session cache."""
    from index.embedder import load_embedder

    return load_embedder("static")
