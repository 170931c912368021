"""The export files of consultation platforms, recognised from their headers and read field by field.

Each layout below was written from the platform's own export code, cited next to it.
A layout is recognised only when the columns that identify it are all present; anything
else goes through a column mapping (contributions_import). Every format turns one row of
the file into the same plain fields a mapping gives ("text", "received", "theme" …) plus
what only platforms give: an outcome and reason, the date answered, the row's id on the
platform, what a comment answers, and whether the author withdrew it.

Nothing here touches the database: contributions_import checks and stores the result.
"""
from __future__ import annotations

import datetime as dt
import html
import re
import zoneinfo
from dataclasses import field
from typing import Callable

from msf_desk.core.tabular import normalise_header
from msf_desk.model.records import record

# Language names a forum may write in its profile, and the locale codes platforms use.
_LANGUAGE_CODES = {
    "english": "en", "french": "fr", "francais": "fr", "français": "fr", "spanish": "es", "espanol": "es",
    "español": "es", "castellano": "es", "portuguese": "pt", "português": "pt", "catalan": "ca", "català": "ca",
    "german": "de", "deutsch": "de", "italian": "it", "arabic": "ar", "dutch": "nl", "basque": "eu",
    "galician": "gl", "romanian": "ro", "polish": "pl", "ukrainian": "uk", "russian": "ru", "armenian": "hy",
    "georgian": "ka", "indonesian": "id", "swahili": "sw", "turkish": "tr", "greek": "el", "finnish": "fi",
}


def language_codes(languages: str) -> list[str]:
    """'English, French' or 'en, fr' → ['en', 'fr'] (the forum's languages, first preferred)."""
    codes = []
    for word in re.split(r"[,;/]+|\s+and\s+", languages or ""):
        word = word.strip().lower()
        if not word:
            continue
        code = _LANGUAGE_CODES.get(word) or (word if re.fullmatch(r"[a-z]{2,3}([-_][a-z]{2,4})?", word) else None)
        if code and code not in codes:
            codes.append(code.replace("-", "_"))
    return codes


@record
class Context:
    """What reading a platform's file needs to know about the forum."""

    timezone: str = "UTC"
    languages: list[str] = field(default_factory=list)   # locale codes, preferred first
    skip: set[str] = field(default_factory=set)           # columns of only numbers or web addresses
    date_order: str = "mdy"                                # forms' 3/5/2024 stamps, read from the column


# --- cells -----------------------------------------------------------------------------------
def defuse(text: str) -> str:
    """Undo the "'" Decidim puts before a cell starting with = + - @ so spreadsheets do not run it.

    decidim-core/lib/decidim/exporters/csv.rb (0.27 and later): custom_sanitize prepends "'"
    when a String's first character is one of %w(= + - @).
    """
    if len(text) > 1 and text[0] == "'" and text[1] in "=+-@":
        return text[1:]
    return text


_STAMP = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*"
    r"(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$")


def local_date(text: str, timezone: str) -> dt.date | None:
    """A platform timestamp as the date it was in the forum's time zone.

    Decidim writes Rails times as '2024-03-05 14:22:10 UTC' (CSV) or '2024-03-05T14:22:10.123Z'
    (JSON); other offsets ('+0100') are honoured; a time without a zone is taken as UTC, which
    is how the platforms store it. A bare date stays that date.
    """
    match = _STAMP.match(text.strip())
    if not match:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        if hour is None:
            return dt.date(int(year), int(month), int(day))
        stamp = dt.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
    except ValueError:
        return None
    offset = dt.timedelta(0)
    if zone and zone[0] in "+-":
        digits = zone[1:].replace(":", "")
        offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        if zone[0] == "-":
            offset = -offset
    aware = stamp.replace(tzinfo=dt.timezone(offset))
    try:
        tz = zoneinfo.ZoneInfo(timezone or "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        tz = dt.timezone.utc
    return aware.astimezone(tz).date()


_TAG = re.compile(r"<[^>]+>")


def plain_text(value: str) -> str:
    """HTML (OpenSlides stores motion text as HTML) as plain paragraphs."""
    if "<" not in value:
        return value.strip()
    value = re.sub(r"(?i)<br\s*/?>", "\n", value)
    value = re.sub(r"(?i)</(p|div|li|h[1-6])>", "\n\n", value)
    value = re.sub(r"(?i)<li[^>]*>", "• ", value)
    value = html.unescape(_TAG.sub("", value))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in value.splitlines())).strip()


_RUBY_HASH_PAIR = re.compile(r'"([\w-]+)"\s*=>\s*"((?:[^"\\]|\\.)*)"')


def translations_in_cell(text: str) -> dict[str, str]:
    """A translated name written as a Ruby hash ('{"en"=>"Health", "ca"=>"Salut"}') → {'en': 'Health', …}."""
    if not text.startswith("{") or "=>" not in text:
        return {}
    return {k: v.replace('\\"', '"') for k, v in _RUBY_HASH_PAIR.findall(text)}


def pick_language(values: dict[str, str], languages: list[str]) -> str:
    """The text in the forum's language, else the first non-empty one (in the file's order)."""
    for code in languages:
        for locale, text in values.items():
            if text and (locale == code or locale.split("_")[0] == code):
                return text
    return next((text for text in values.values() if text), "")


# --- a row, read through its original headers -------------------------------------------------
class Row:
    """One row of the file, by original header (as the platform wrote it); cells defused."""

    def __init__(self, headers: list[str], raw: dict[str, str]) -> None:
        self._headers = headers
        self._raw = raw

    def get(self, header: str) -> str:
        key = normalise_header(header)
        return defuse((self._raw.get(key) or "").strip())

    def localised(self, prefix: str, languages: list[str]) -> str:
        """Decidim flattens {title: {en: …, ca: …, machine_translations: {es: …}}} to title/en, title/ca,
        title/machine_translations/es (exporters/csv.rb#flatten). A plain 'title' column is taken too.
        Human translations come before machine ones."""
        human_text: dict[str, str] = {}
        machine: dict[str, str] = {}
        for header in self._headers:
            parts = header.strip().split("/")
            if parts[:-1] == prefix.split("/"):
                human_text[parts[-1].lower()] = self.get(header)
            elif parts[:-1] == prefix.split("/") + ["machine_translations"]:
                machine[parts[-1].lower()] = self.get(header)
        if not human_text and not machine:
            return self.get(prefix)
        return pick_language(human_text, languages) or pick_language(machine, languages)


@record
class Format:
    """A recognised layout: what it is called, which columns it reads, how a row becomes fields."""

    key: str
    platform: str                 # stored as source_platform
    label: str                    # shown to the user
    source: str                   # the platform file the mapping was written from
    columns: Callable[[list[str]], set[str]]                  # original headers it reads
    convert: Callable[[Row, Context], dict[str, str]]          # one row → fields (text values)
    labels: dict[str, str] = field(default_factory=dict)       # field → the column named in errors

    def used_columns(self, headers: list[str]) -> set[str]:
        return self.columns(headers)


def _paths(headers: list[str]) -> set[str]:
    return {h.strip().lower() for h in headers}


def _has_prefix(headers: list[str], prefix: str) -> bool:
    return any(h.strip().lower() == prefix or h.strip().lower().startswith(prefix + "/") for h in headers)


def _under(headers: list[str], *prefixes: str) -> set[str]:
    return {h for h in headers if any(h.strip().lower() == p or h.strip().lower().startswith(p + "/")
                                      for p in prefixes)}


def _joined(*parts: str) -> str:
    return "\n\n".join(p for p in (p.strip() for p in parts) if p)


# --- Decidim proposals ------------------------------------------------------------------------
# Written from decidim-proposals/lib/decidim/proposals/proposal_serializer.rb and
# open_data_proposal_serializer.rb, flattened by decidim-core/lib/decidim/exporters/csv.rb:
#  * 0.27–0.29 (admin export): id, category/id, category/name/<locale>, scope/…, participatory_space/…,
#    component/id, title/<locale>, body/<locale>, address, latitude, longitude, state, reference,
#    answer/<locale>, supports, endorsements/total_count, endorsements/user_endorsements, comments,
#    attachments, followers, published_at, url, meeting_urls, related_proposals, is_amend,
#    original_proposal/title, original_proposal/url. Later exports add author/id, author/name, author/url
#    (the release that added them was not pinned down here: both shapes are read).
#  * 0.30 and the open-data file: id, author/id, author/name, author/url (arrays of every co-author,
#    joined with ", "), taxonomies/… (the serializer's `taxonomies` helper was not read here: its
#    flattened shape is read as names joined with ", ", Ruby hashes of translations, or
#    taxonomies/name/<id>/<locale> columns), title/<locale>, body/<locale>, state, state_published_at,
#    reference, answer/<locale>, answered_at, votes (empty when hidden), likes/…, comments,
#    published_at, withdrawn, withdrawn_at, created_at, updated_at, coauthorships_count, cost …
#  The CSV separator is Decidim.default_csv_col_sep (";" unless configured); the header row is the
#  union of every row's keys (csv.rb#headers), so a locale present in one proposal only comes last.
# Proposal states: not_answered, evaluating, accepted, rejected, withdrawn (0.27; 0.28+ keeps
# withdrawn_at apart), and custom states from 0.28 (token only: imported unanswered, with a note).
DECIDIM_STATES = {"accepted": "included", "rejected": "not_included", "evaluating": "under_consideration"}


def _decidim_proposal_columns(headers: list[str]) -> set[str]:
    return _under(headers, "id", "title", "body", "category/name", "taxonomies/name", "supports", "votes",
                  "published_at", "reference", "author/name", "state", "answer", "answered_at",
                  "state_published_at", "withdrawn", "withdrawn_at", "created_at")


def _decidim_theme(row: Row, ctx: Context, headers: list[str]) -> str:
    category = row.localised("category/name", ctx.languages)
    if category:
        return category
    # taxonomies/name may hold names joined with ", " (one locale), a Ruby hash per name, or
    # one column per taxonomy and locale (taxonomies/name/<id>/<locale>).
    direct = row.get("taxonomies/name")
    if direct:
        names = [pick_language(translations_in_cell(part), ctx.languages) or part
                 for part in re.split(r"(?<=\}),\s*(?=\{)", direct)] if direct.startswith("{") else [direct]
        return ", ".join(n for n in names if n)
    per_id: dict[str, dict[str, str]] = {}
    for header in headers:
        parts = header.strip().split("/")
        if len(parts) == 4 and parts[:2] == ["taxonomies", "name"]:
            per_id.setdefault(parts[2], {})[parts[3].lower()] = row.get(header)
        elif len(parts) == 3 and parts[:2] == ["taxonomies", "name"] and not parts[2].isdigit():
            per_id.setdefault("", {})[parts[2].lower()] = row.get(header)
    return ", ".join(n for n in (pick_language(v, ctx.languages) for v in per_id.values()) if n)


def _decidim_proposal(headers: list[str]) -> Callable[[Row, Context], dict[str, str]]:
    def convert(row: Row, ctx: Context) -> dict[str, str]:
        state = row.get("state").lower()
        withdrawn = state == "withdrawn" or row.get("withdrawn").lower() == "true" or bool(row.get("withdrawn_at"))
        received = row.get("published_at") or row.get("created_at")
        values = {
            "text": _joined(row.localised("title", ctx.languages), row.localised("body", ctx.languages)),
            "theme": _decidim_theme(row, ctx, headers),
            "received": received,
            "votes_for": row.get("supports") or row.get("votes"),
            "section": row.get("reference"),
            "contributor": row.get("author/name"),
            "source_id": f"proposal/{row.get('id')}" if row.get("id") else "",
            "platform_state": state,
        }
        if withdrawn:
            values["withdrawn"] = row.get("withdrawn_at") or received
        elif state in DECIDIM_STATES:
            values["outcome"] = DECIDIM_STATES[state]
            values["reason"] = row.localised("answer", ctx.languages)
            values["answered"] = row.get("answered_at") or row.get("state_published_at")
            values["decided_by"] = "Answered on Decidim"
        return values
    return convert


def _is_decidim_proposals(headers: list[str]) -> bool:
    p = _paths(headers)
    return ("id" in p and "state" in p and "reference" in p and _has_prefix(headers, "title")
            and _has_prefix(headers, "body") and ("published_at" in p)
            and bool(p & {"supports", "votes", "comments"}))


# --- Decidim comments -------------------------------------------------------------------------
# decidim-comments/lib/decidim/comments/comment_serializer.rb: id, created_at, body (the first
# locale's text), locale, author/id, author/name, alignment (1 in favour, 0 neutral, -1 against),
# depth, user_group/id, user_group/name/<locale>, commentable_id, commentable_type,
# root_commentable_url.
def _decidim_comment_parent(kind: str, ident: str) -> str:
    if not ident:
        return ""
    if kind.endswith("::Proposal"):
        return f"proposal/{ident}"
    if kind.endswith("::Comment"):
        return f"comment/{ident}"
    return f"{kind}/{ident}"


def _decidim_comment(row: Row, ctx: Context) -> dict[str, str]:
    return {
        "text": row.localised("body", ctx.languages),
        "received": row.get("created_at"),
        "contributor": row.get("author/name"),
        "organisation": row.localised("user_group/name", ctx.languages),
        "average_support": row.get("alignment"),
        "source_id": f"comment/{row.get('id')}" if row.get("id") else "",
        "source_parent": _decidim_comment_parent(row.get("commentable_type"), row.get("commentable_id")),
    }


def _is_decidim_comments(headers: list[str]) -> bool:
    p = _paths(headers)
    return {"id", "created_at", "author/name", "alignment", "commentable_id", "commentable_type"} <= p and \
        _has_prefix(headers, "body")


def _decidim_comment_columns(headers: list[str]) -> set[str]:
    return _under(headers, "id", "created_at", "body", "author/name", "alignment", "user_group/name",
                  "commentable_id", "commentable_type")


# --- OpenSlides motions -----------------------------------------------------------------------
# OpenSlides 3 client, motion-import-export-order.ts / export definitions: Identifier, Submitters,
# Supporters, Title, Text, Reason, Category, Tags, Motion block, Origin, Recommendation, State, ID
# (labels are the property names, capitalised and translated: the English ones are read here).
# OpenSlides 4 client, services/export/definitions.ts (motionHeadersAndVerboseNames): Number,
# Submitter full names, Supporter full names, Submitter usernames, Supporter usernames, Title, Text,
# Reason, Category name, Category_prefix, Tags, Motion block, Recommendation, State, Sequential
# number, Amendment status; the import template uses Number, Submitters, Supporters, Title, Text,
# Reason, Category, Tags, Motion block. Text and reason are HTML.
OPENSLIDES_STATES = {
    "accepted": "included", "angenommen": "included", "adopted": "included",
    "rejected": "not_included", "abgelehnt": "not_included", "not permitted": "not_included",
    "referred to committee": "deferred", "adjourned": "deferred", "postponed": "deferred",
    "vertagt": "deferred", "in committee": "under_consideration",
}
_OPENSLIDES_WITHDRAWN = {"withdrawn", "zurückgezogen", "zurueckgezogen"}


def _openslides_columns(headers: list[str]) -> set[str]:
    wanted = {"identifier", "number", "id", "sequential number", "title", "text", "reason", "submitters",
              "submitter", "submitter full names", "supporters", "supporter full names", "category",
              "category name", "state", "recommendation"}
    return {h for h in headers if h.strip().lower() in wanted}


def _names_count(text: str) -> str:
    names = [n for n in re.split(r"[,;\n]", text) if n.strip()]
    return str(len(names)) if names else ""


def _openslides(row: Row, ctx: Context) -> dict[str, str]:
    state = (row.get("State") or "").strip()
    key = state.lower()
    number = row.get("Identifier") or row.get("Number")
    ident = row.get("ID") or row.get("Sequential number") or number
    reason_text = plain_text(row.get("Reason"))
    values = {
        "text": _joined(row.get("Title"), plain_text(row.get("Text")),
                        f"Reason: {reason_text}" if reason_text else ""),
        "section": number,
        "contributor": row.get("Submitters") or row.get("Submitter full names") or row.get("Submitter"),
        "theme": row.get("Category") or row.get("Category name"),
        "votes_for": _names_count(row.get("Supporters") or row.get("Supporter full names")),
        "source_id": f"motion/{ident}" if ident else "",
        "platform_state": key,
    }
    if key in _OPENSLIDES_WITHDRAWN:
        values["withdrawn"] = "today"
    elif key in OPENSLIDES_STATES:
        values["outcome"] = OPENSLIDES_STATES[key]
        recommendation = row.get("Recommendation")
        values["reason"] = f"State on OpenSlides: {state}" + (f" (recommendation: {recommendation})"
                                                              if recommendation else "") + "."
        values["decided_by"] = "Decided in OpenSlides"
    return values


def _is_openslides(headers: list[str]) -> bool:
    p = _paths(headers)
    return ("title" in p and "text" in p and bool(p & {"identifier", "number"})
            and bool(p & {"submitters", "submitter", "submitter full names"})
            and bool(p & {"motion block", "category", "category name", "reason"}))


# --- CONSUL Democracy comments ----------------------------------------------------------------
# consuldemocracy app/controllers/admin/comments_controller.rb: format.csv → to_csv(Comment…)
# (app/helpers/download_settings_helper.rb), one column per attribute name of the comments table:
# id, commentable_id, commentable_type, body, subject, user_id, created_at, updated_at, hidden_at,
# flags_count, ignored_flag_at, moderator_id, administrator_id, cached_votes_total, cached_votes_up,
# cached_votes_down, confirmed_hide_at, ancestry, confidence_score, valuation. The export names no
# author: the user id is kept as the source of the row, not as a name.
def _consul(row: Row, ctx: Context) -> dict[str, str]:
    kind = row.get("commentable_type")
    ident = row.get("commentable_id")
    return {
        "text": _joined(row.get("subject"), row.get("body")),
        "received": row.get("created_at"),
        "votes_for": row.get("cached_votes_up"),
        "votes_against": row.get("cached_votes_down"),
        "source_id": f"comment/{row.get('id')}" if row.get("id") else "",
        "source_parent": f"{normalise_header(kind)}/{ident}" if kind and ident else "",
    }


def _is_consul(headers: list[str]) -> bool:
    p = _paths(headers)
    return {"id", "commentable_id", "commentable_type", "body", "created_at"} <= p and \
        bool(p & {"cached_votes_up", "ancestry", "confidence_score", "user_id"}) and "alignment" not in p


def _consul_columns(headers: list[str]) -> set[str]:
    wanted = {"id", "commentable_id", "commentable_type", "body", "subject", "created_at", "cached_votes_up",
              "cached_votes_down"}
    return {h for h in headers if h.strip().lower() in wanted}


# --- Forms (Microsoft Forms, Google Forms) ----------------------------------------------------
# Microsoft Forms "Open results in Excel": ID, Start time, Completion time, Email, Name,
# (Last modified time), then one column per question. Google Forms responses sheet: Timestamp,
# (Email Address / Email address), then one column per question. Every free-text answer is kept,
# each under its question; a column of only numbers or web addresses is not an answer in words.
_FORMS_META = {"id", "start time", "completion time", "email", "name", "last modified time", "timestamp",
               "email address", "total points", "quiz feedback", "score"}


def _forms_questions(headers: list[str], rows_sample: list[dict] | None = None) -> list[str]:
    return [h for h in headers if h.strip() and h.strip().lower() not in _FORMS_META]


_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?$")
_URL = re.compile(r"^(https?://|www\.)\S+$", re.I)


def numbers_or_urls(values: list[str]) -> str | None:
    """'numbers' or 'web addresses' when every non-empty value is one, else None."""
    filled = [v.strip() for v in values if v and v.strip()]
    if not filled:
        return None
    if all(_NUMBER.match(v) for v in filled):
        return "numbers"
    if all(_URL.match(v) for v in filled):
        return "web addresses"
    return None


def forms_date_order(values: list[str]) -> str:
    """'dmy' or 'mdy' for the forms tools' 3/5/2024-style stamps, read from the whole column."""
    day_first = month_first = False
    for value in values:
        match = re.match(r"^\s*(\d{1,2})/(\d{1,2})/\d{2,4}", value or "")
        if match:
            a, b = int(match.group(1)), int(match.group(2))
            day_first |= a > 12
            month_first |= b > 12
    if day_first and not month_first:
        return "dmy"
    return "mdy"


def forms_local_date(text: str, order: str, timezone: str) -> dt.date | None:
    text = text.strip()
    iso = local_date(text, timezone)
    if iso:
        return iso
    match = re.match(r"^(\d{1,2})/(\d{1,2})/(\d{2,4})", text)
    if not match:
        return None
    a, b, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
    year += 2000 if year < 100 else 0
    day, month = (a, b) if order == "dmy" else (b, a)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _forms(headers: list[str], kind: str) -> Callable[[Row, Context], dict[str, str]]:
    questions = _forms_questions(headers)

    def convert(row: Row, ctx: Context) -> dict[str, str]:
        asked = [q for q in questions if q not in ctx.skip]
        answers = [(q, row.get(q)) for q in asked]
        if len(asked) == 1:
            text = answers[0][1]
        else:
            text = "\n\n".join(f"{q}\n{a}" for q, a in answers if a)
        stamp = row.get("Completion time") or row.get("Timestamp")
        day = forms_local_date(stamp, ctx.date_order, ctx.timezone) if stamp else None
        return {
            "text": text,
            "received": day.isoformat() if day else stamp,
            "contributor": row.get("Name"),
            "source_id": f"response/{row.get('ID')}" if kind == "microsoft" and row.get("ID") else "",
        }
    return convert


def _is_microsoft_forms(headers: list[str]) -> bool:
    p = _paths(headers)
    return {"id", "start time", "completion time"} <= p and bool(_forms_questions(headers))


def _is_google_forms(headers: list[str]) -> bool:
    return bool(headers) and headers[0].strip().lower() == "timestamp" and bool(_forms_questions(headers))


def recognise(headers: list[str]) -> Format | None:
    """The platform layout these headers are, or None (then a mapping is needed)."""
    if _is_decidim_comments(headers):
        return Format("decidim_comments", "decidim", "Decidim comments export",
                      "decidim-comments/lib/decidim/comments/comment_serializer.rb",
                      _decidim_comment_columns, _decidim_comment,
                      {"text": "body", "received": "created_at", "average_support": "alignment"})
    if _is_decidim_proposals(headers):
        modern = _has_prefix(headers, "taxonomies") or "answered_at" in _paths(headers)
        label = ("Decidim proposals export (0.30 or later, or the open-data file)" if modern
                 else "Decidim proposals export (0.27 to 0.29)")
        return Format("decidim_proposals", "decidim", label,
                      "decidim-proposals/lib/decidim/proposals/" +
                      ("open_data_proposal_serializer.rb" if modern else "proposal_serializer.rb"),
                      _decidim_proposal_columns, _decidim_proposal(headers),
                      {"text": "title", "received": "published_at",
                       "votes_for": "votes" if "votes" in _paths(headers) else "supports",
                       "reason": "answer", "answered": "answered_at", "withdrawn": "withdrawn_at"})
    if _is_openslides(headers):
        v4 = bool(_paths(headers) & {"number", "submitter full names", "category name"})
        return Format("openslides", "openslides", f"OpenSlides {'4' if v4 else '3'} motions export",
                      "OpenSlides client, motion export definitions (v3 and v4)",
                      _openslides_columns, _openslides, {"text": "Title", "theme": "Category"})
    if _is_consul(headers):
        return Format("consul_comments", "consul", "CONSUL Democracy comments export",
                      "consuldemocracy app/helpers/download_settings_helper.rb (comments table)",
                      _consul_columns, _consul,
                      {"text": "body", "received": "created_at", "votes_for": "cached_votes_up",
                       "votes_against": "cached_votes_down"})
    if _is_microsoft_forms(headers):
        return Format("microsoft_forms", "microsoft_forms", "Microsoft Forms responses",
                      "Microsoft Forms 'Open results in Excel' columns",
                      lambda hs: {h for h in hs if h.strip().lower() in {"id", "completion time", "name"}}
                      | set(_forms_questions(hs)),
                      _forms(headers, "microsoft"), {"received": "Completion time", "contributor": "Name"})
    if _is_google_forms(headers):
        return Format("google_forms", "google_forms", "Google Forms responses",
                      "Google Forms responses sheet columns",
                      lambda hs: {h for h in hs if h.strip().lower() in {"timestamp"}} | set(_forms_questions(hs)),
                      _forms(headers, "google"), {"received": "Timestamp"})
    return None
