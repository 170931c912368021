"""The shipped catalogues: fresh from the code, compiled, and complete for each language.

pyside6-lupdate re-extracts the marked strings into a copy of each committed .ts: any
difference means a string was added, changed or removed without running
`python tools/update_translations.py`. The committed .qm must be what pyside6-lrelease makes
of the committed .ts. Every message of a finished language has a translation (each plural
form filled, none marked unfinished); a language listed in msf_desk.ui.i18n.UNFINISHED (its
translator has not finished) is reported as an expected failure while incomplete.
"""
from __future__ import annotations

import ast
import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import msf_desk
from msf_desk.ui import i18n

ROOT = Path(msf_desk.__file__).parent.parent
_spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)


def messages(ts: Path) -> list[ET.Element]:
    return [(context.findtext("name"), message) for context in ET.parse(ts).getroot().iter("context")
            for message in context.iter("message")]


def untranslated(ts: Path) -> list[str]:
    """'context: source' for each message without a finished translation."""
    out = []
    for context, message in messages(ts):
        translation = message.find("translation")
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") == "yes" \
            else [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(f.strip() for f in forms):
            out.append(f"{context}: {message.findtext('source')}")
    return out


def test_the_catalogues_are_fresh_from_the_code_and_compiled():
    problems = tool.stale()
    assert not problems, "; ".join(problems) + " — run: python tools/update_translations.py"


def test_every_marked_string_reaches_the_catalogue():
    """pyside6-lupdate's Python reader can miss a call it does not understand: every
    NAME.tr("literal") and QT_TRANSLATE_NOOP in the code is in the French catalogue."""
    in_catalogue = {(c, m.findtext("source")) for c, m in messages(tool.ts_file("fr"))}
    missing = []
    for path in tool.sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name) \
                    and func.value.id.isupper() and node.args and isinstance(node.args[0], ast.Constant):
                key = (func.value.id, node.args[0].value)
            elif isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP" and len(node.args) == 2:
                key = (node.args[0].value, node.args[1].value)
            else:
                continue
            if key not in in_catalogue:
                missing.append(f"{path.relative_to(ROOT)}:{node.lineno}: {key}")
    assert not missing, "marked but not extracted by pyside6-lupdate:\n" + "\n".join(missing)


@pytest.mark.parametrize("language", tool.TRANSLATED)
def test_each_shipped_language_is_complete(language):
    ts = tool.ts_file(language)
    left = untranslated(ts)
    total = len(messages(ts))
    if language in i18n.UNFINISHED and left:
        pytest.xfail(f"{language}: {len(left)} of {total} strings still to translate")
    assert not left, f"{ts.name}: {len(left)} of {total} strings not translated:\n" + "\n".join(left[:40])


def test_english_plurals_are_written_out():
    """English is the source, but "%n meeting(s)" needs its two forms in msf_desk_en.ts."""
    assert not untranslated(tool.ts_file("en"))
