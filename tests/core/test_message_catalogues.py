"""What MSF Desk says to the person (errors, the planner's notes) is complete in every
shipped language: each message marked with M_/M_n/M_mark is translated in fr, es and ar, with
the same {placeholders}, and the compiled catalogues that ship are the ones the .po files make."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from msf_desk.core import messages
from msf_desk.model.messages import M_

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("core_messages", ROOT / "tools" / "core_messages.py")
core_messages = importlib.util.module_from_spec(spec)
spec.loader.exec_module(core_messages)

TRANSLATED = [c for c in messages.SHIPPED if c != messages.SOURCE]
PLACEHOLDER = re.compile(r"\{(\w*)[^{}]*\}")


@pytest.fixture(scope="module")
def template():
    return core_messages.template()


@pytest.fixture
def english():
    yield
    messages.set_message_language("en")


def test_the_tool_ships_the_languages_the_program_speaks():
    assert tuple(core_messages.LANGUAGES) == tuple(TRANSLATED)


def test_the_template_is_fresh_from_the_code(template):
    """messages.pot is what the code marks (run tools/core_messages.py extract)."""
    with (core_messages.LOCALE / "messages.pot").open("rb") as f:
        shipped = core_messages.read_po(f)
    assert sorted(str(m.id) for m in shipped if m.id) == sorted(str(m.id) for m in template if m.id)


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_is_translated(template, code):
    catalog = core_messages.read(code)
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
    assert missing == [], f"{code}: {len(missing)} messages not translated (tools/core_messages.py extract, then translate)"
    assert fuzzy == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_the_placeholders(template, code):
    """A translation that drops or misspells {row} would say the wrong thing, or fail to format."""
    catalog = core_messages.read(code)
    wrong = []
    for message in template:
        if not message.id:
            continue
        found = catalog.get(message.id)
        if found is None:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        names = set(PLACEHOLDER.findall(ids[-1])) | set(PLACEHOLDER.findall(ids[0]))
        strings = found.string if isinstance(found.string, tuple) else (found.string,)
        for s in strings:
            got = set(PLACEHOLDER.findall(s))
            # A plural form may spell its number out, never invent a placeholder.
            if got - names or (not isinstance(message.id, tuple) and got != names):
                wrong.append((message.id, s))
    assert wrong == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_shipped_catalogue_is_compiled_from_its_po(code):
    shipped = core_messages.po_path(code).with_suffix(".mo").read_bytes()
    assert shipped == core_messages.mo_bytes(core_messages.read(code)), \
        f"{code}: messages.mo is older than messages.po (run tools/core_messages.py compile)"


def test_english_by_default_and_the_chosen_language_after(english):
    assert messages.message_language() == "en"
    assert messages.set_message_language("xx") == "en"       # not one we speak: English
    assert messages.set_message_language("fr") == "fr"
    assert messages.message_language() == "fr"
    messages.set_message_language("en")
    assert M_("Not translated, not in the catalogue") == "Not translated, not in the catalogue"


@pytest.mark.parametrize("environ, expected", [
    ({"LANGUAGE": "fr:en", "LANG": "en_GB.UTF-8"}, "fr"),
    ({"LC_ALL": "es_ES.UTF-8"}, "es"),
    ({"LC_MESSAGES": "ar_EG.UTF-8", "LANG": "fr_FR.UTF-8"}, "ar"),
    ({"LANG": "fr_CA.UTF-8"}, "fr"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({}, "en"),
])
def test_the_command_line_follows_the_system(environ, expected):
    assert messages.system_language(environ) == expected


def test_arabic_messages_read_right_to_left():
    """An Arabic message that begins with a file name, a quoted value or an option would be laid
    out left to right (its first strong letter decides): such a message starts with U+200F."""
    import unicodedata

    catalog = core_messages.read("ar")
    wrong = []
    for message in catalog:
        if not message.id:
            continue
        for s in (message.string if isinstance(message.string, tuple) else (message.string,)):
            if s and unicodedata.bidirectional(s[0]) != "AL" and not s.startswith("\u200f"):
                wrong.append(s)
    assert wrong == []
