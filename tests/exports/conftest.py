"""Fixtures for the export tests."""
from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="session", autouse=True)
def pdf_texts_read_once_per_run(tmp_path_factory):
    """When the tests run in several processes, the privacy scan (tests/exports/
    test_repository.py) leaves the texts it reads out of each PDF in the run's common temporary
    folder, and a process scanning the same PDF (same bytes) later reads them back instead of
    reading every page with pypdf again: the scans of several files share most of the demo's
    documents."""
    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        yield
        return
    from tests.exports import test_repository

    folder = tmp_path_factory.getbasetemp().parent / "shared-pdf-texts"
    folder.mkdir(exist_ok=True)
    test_repository.SHARED_TEXTS = folder
    yield
    test_repository.SHARED_TEXTS = None
