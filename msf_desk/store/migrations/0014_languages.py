"""The forum's document languages: the languages its documents are written in, first preferred.

forum.document_languages holds codes of the languages MSF Desk ships ("en,fr"). It is filled
from the free-text `languages` field: "English, French, Spanish, Arabic" gives "en,fr,es,ar".
When every word of `languages` names a language, `languages` itself becomes codes too
("en, fr, es, ar"); when a word is not understood (or names a language no document ships in,
such as Portuguese) the text is left exactly as the forum wrote it, so nothing is lost, and
the document languages are the shipped ones it names (English when none).
"""
import re

# A frozen copy (migrations never change once shipped) of the names people write.
_NAMES = {"english": "en", "anglais": "en", "inglés": "en", "ingles": "en",
          "french": "fr", "français": "fr", "francais": "fr", "francés": "fr", "frances": "fr",
          "spanish": "es", "español": "es", "espanol": "es", "castellano": "es", "espagnol": "es",
          "arabic": "ar", "arabe": "ar", "árabe": "ar", "العربية": "ar",
          "portuguese": "pt", "português": "pt", "german": "de", "italian": "it", "russian": "ru"}
_SHIPPED = ("en", "fr", "es", "ar")


def _codes(text: str) -> tuple[list[str], bool]:
    codes, understood = [], True
    for word in re.split(r"[,;/]+|\s+and\s+|\s+", text or ""):
        word = word.strip().lower()
        if not word or word == "and":
            continue
        code = _NAMES.get(word) or (word if re.fullmatch(r"[a-z]{2}", word) else None)
        if code is None:
            understood = False
        elif code not in codes:
            codes.append(code)
    return codes, understood


def migrate(db) -> None:
    db.execute("ALTER TABLE forum ADD COLUMN document_languages TEXT NOT NULL DEFAULT 'en'")
    for row in db.execute("SELECT id, languages FROM forum").fetchall():
        codes, understood = _codes(row[1])
        shipped = [c for c in codes if c in _SHIPPED] or ["en"]
        db.execute("UPDATE forum SET document_languages = ? WHERE id = ?", [",".join(shipped), row[0]])
        if codes and understood:
            db.execute("UPDATE forum SET languages = ? WHERE id = ?", [", ".join(codes), row[0]])
