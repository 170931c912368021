"""The documents' languages are complete: every fixed word extracted from the source is
translated in each shipped language, with the same placeholders, and the compiled catalogues
that ship are the ones the .po files make."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from msf_desk.core import language

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("document_words", ROOT / "tools" / "document_words.py")
document_words = importlib.util.module_from_spec(spec)
spec.loader.exec_module(document_words)

TRANSLATED = [c for c in language.SHIPPED if c != language.SOURCE]
PLACEHOLDER = re.compile(r"\{(\w*)\}")


@pytest.fixture(scope="module")
def template():
    return document_words.template()


def test_the_tool_ships_the_languages_the_program_offers():
    assert tuple(document_words.LANGUAGES) == tuple(TRANSLATED)


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_document_word_is_translated(template, code):
    catalog = document_words.read(code)
    missing, fuzzy = [], []
    for message in template:
        if not message.id:
            continue
        found = catalog.get(message.id)
        strings = () if found is None else (found.string if isinstance(found.string, tuple) else (found.string,))
        if found is None or not strings or not all(s.strip() for s in strings):
            missing.append(message.id)
        elif found.fuzzy:
            fuzzy.append(message.id)
    assert missing == [], f"{code}: {len(missing)} document words not translated (run tools/document_words.py extract)"
    assert fuzzy == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_the_placeholders(template, code):
    """A translation that drops or misspells {day} would print the wrong thing or fail."""
    catalog = document_words.read(code)
    wrong = []
    for message in template:
        if not message.id:
            continue
        found = catalog.get(message.id)
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        names = set(PLACEHOLDER.findall(ids[-1]))
        strings = found.string if isinstance(found.string, tuple) else (found.string,)
        for s in strings:
            got = set(PLACEHOLDER.findall(s))
            # A plural form may spell its number out ("ساعتين"), never invent a placeholder.
            if got - names or (not isinstance(message.id, tuple) and got != names):
                wrong.append((message.id, s))
    assert wrong == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_shipped_catalogue_is_compiled_from_its_po(code):
    shipped = document_words.po_path(code).with_suffix(".mo").read_bytes()
    assert shipped == document_words.mo_bytes(document_words.read(code)), \
        f"{code}: documents.mo is older than documents.po (run tools/document_words.py compile)"


def test_a_word_is_looked_up_in_the_language_of_the_export():
    with language.using("fr"):
        assert language._("Agenda") == "Ordre du jour"
    with language.using("es"):
        assert language._("Agenda") == "Orden del día"
    with language.using("ar"):
        assert language._("Agenda") == "جدول الأعمال"
    assert language._("Agenda") == "Agenda"
