"""The catalogue of the documents' fixed words (gettext, through Babel).

    python tools/document_words.py extract   # rewrite resources/locale/documents.pot and
                                             # merge it into each language's documents.po
    python tools/document_words.py compile   # documents.po -> documents.mo (what ships)

The template holds every string marked with _(), N_(), ngettext() or said()/said_n() (the
sentences of msf_desk.core.regularity_words, in the messages catalogue too) in msf_desk (inside
f-strings too, which Babel's extractor only reads from Python 3.12; the window has its own Qt
catalogues) and every label of the record tables in msf_desk/model (meeting
kinds, purposes, statuses ...), which documents print through _(). `pybabel compile -d
resources/locale -D documents` does the same as `compile`.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded by the tests
from gettext_catalogue import LANGUAGES, LOCALE, ROOT, Catalogues  # noqa: E402,F401 (the tests read these)

DOMAIN = "documents"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "said": None, "said_n": (1, 2)}
# said/said_n: the sentences of msf_desk.core.regularity_words, said through either catalogue.


def _model_labels() -> list[tuple[str, str]]:
    """(where, label) for every str→str label table in msf_desk.model."""
    sys.path.insert(0, str(ROOT))
    import msf_desk.model as model

    out = []
    for info in pkgutil.iter_modules(model.__path__):
        module = importlib.import_module(f"msf_desk.model.{info.name}")
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, dict) and value and all(
                    isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
                # Words for people, not file-name slugs ("action-plan") or codes.
                out += [(f"msf_desk/model/{info.name}.py:{name}", v) for v in value.values()
                        if not re.fullmatch(r"[a-z0-9_-]+", v)]
    return out


def template() -> Catalog:
    catalog = Catalog(project="MSF Desk documents", domain=DOMAIN, charset="utf-8")
    package = ROOT / "msf_desk"
    for filename, lineno, message, comments, _context in extract_from_dir(
            str(package), method_map=[("ui/**.py", "ignore"), ("**.py", "python")], keywords=KEYWORDS,
            comment_tags=("Translators:",), strip_comment_tags=True):
        catalog.add(message, locations=[(f"msf_desk/{filename}", lineno)], auto_comments=comments)
    for filename, lineno, message in _calls_in_fstrings(package):
        if message not in catalog:
            catalog.add(message, locations=[(filename, lineno)])
    for where, label in _model_labels():
        catalog.add(label, locations=[(where, 0)])
    return catalog


def _calls_in_fstrings(package: Path):
    """_("…") / N_("…") / ngettext("…", "…", n) written inside an f-string: Babel's extractor does
    not look into f-strings before Python 3.12, so they are found here from the syntax tree."""
    import ast

    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("msf_desk/ui/"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr):
                continue
            for call in ast.walk(node):
                if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                        and call.func.id in KEYWORDS and call.args):
                    continue
                texts = [a.value for a in call.args[:2] if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                if call.func.id == "ngettext" and len(texts) == 2:
                    yield rel, call.lineno, tuple(texts)
                elif call.func.id != "ngettext" and texts:
                    yield rel, call.lineno, texts[0]


_CATALOGUES = Catalogues(DOMAIN, "MSF Desk documents")
po_path, read, mo_bytes, compile_all = (_CATALOGUES.po_path, _CATALOGUES.read, _CATALOGUES.mo_bytes,
                                        _CATALOGUES.compile_all)


def extract() -> None:
    _CATALOGUES.extract(template())


if __name__ == "__main__":
    {"extract": extract, "compile": compile_all}[sys.argv[1] if len(sys.argv) > 1 else "extract"]()
