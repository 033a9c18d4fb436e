"""Shared fixtures for the NLP tests: one loaded classifier per test session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def classifier():
    """The shipped ru/en models, loaded once (through the same object the public API uses)."""
    from workbench.nlp import api

    api.warm_up()
    return api._default_classifier()
