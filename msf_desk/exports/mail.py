"""E-mail drafts (.eml) any mail client opens ready to send: ethics reminders and draft minutes
for comment (the notice's draft is written by exports.notice with `draft` below).

Every draft is built with Python's `email` package: subject and body in the forum's words,
the secretariat as sender (and in To, so it keeps a copy), the members concerned in Bcc (they
do not see each other's addresses), attachments as files, and `X-Unsent: 1` so that mail
clients open it as a draft. Who receives it is decided in core.audience.mail.

The fixed words of each draft are in WORDS, in one place, for translation.
"""
from __future__ import annotations

import base64
import datetime as dt
import re
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import EmailPolicy, SMTP
from email.utils import formataddr, quote
from pathlib import Path

from msf_desk.core import forum
from msf_desk.core.audience import mail as audience
from msf_desk.core.language import N_, _
from msf_desk.core.language import day as human
from msf_desk.core.repository import slug
from msf_desk.exports.atomic import write_all
from msf_desk.model.errors import UserError
from msf_desk.model.messages import M_

MEDIA = {".pdf": ("application", "pdf"),
         ".docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
         ".txt": ("text", "plain"), ".ics": ("text", "calendar")}

# The drafts' fixed words, for the documents' catalogue (looked up with _() where written).
WORDS = {
    "greeting": N_("Dear members of the {forum},"),
    "closing": [N_("With best regards,"), N_("The secretariat")],
    "sign_subject": N_("Please sign the ethics statement (version {version}) — {forum}"),
    "sign_body": [
        N_("Our records show that you have not yet signed version {version} of the forum's ethics statement, "
        "which members sign on taking their seat and again whenever the forum adopts a new version."),
        N_("The statement is attached. Please sign it and send it back to the secretariat, or tell us how you "
        "would like to sign it."),
    ],
    "declare_subject": N_("Your declaration of interests — {forum}"),
    "declare_body": [
        N_("Our records show that your declaration of interests is missing, overdue, or due within the next "
        "{days} days (the forum renews declarations every {months} months)."),
        N_("Please send the secretariat your declaration: a new one, or a confirmation that the one on record "
        "is unchanged. Declared interests are published in the register of interests as the forum's rules say."),
    ],
    "minutes_subject": N_("Draft minutes for comment: {title} — {date}"),
    "minutes_body": [
        N_("Please find attached the draft minutes of the {kind} “{title}” held on {date}."),
        N_("Please send any corrections to the secretariat. The minutes will be put to the forum for approval; "
        "until then they are a draft and are not published."),
    ],
    "statement_file": "ethics-statement-version-{version}.txt",
}


ADDRESS_LISTS = ("from", "to", "cc", "bcc", "reply-to")
EW_BYTES = 45  # the longest UTF-8 run one encoded word carries within 75 characters
_ATOM = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]*$")


def _display_name(name: str) -> str:
    """A display name as plain words where they are ASCII, and one encoded word (RFC 2047) for
    each run of non-ASCII words with the spaces inside it (up to EW_BYTES, the common case: the
    name comes back exactly, whatever reads it)."""
    parts, run, plain = [], [], []

    def flush_plain():
        if plain:
            text = " ".join(plain)
            parts.append(text if _ATOM.match(text) else f'"{quote(text)}"')
            plain.clear()

    def flush_run():
        # Cut a long run between words, the space kept inside the first part (RFC 2047 readers
        # drop the white space between encoded words); a single word longer than one encoded
        # word allows is cut between characters.
        if not run:
            return
        chunks, chunk = [], b""
        for n, word in enumerate(run):
            piece = (word + (" " if n < len(run) - 1 else "")).encode("utf-8")
            if chunk and len(chunk) + len(piece) > EW_BYTES:
                chunks.append(chunk)
                chunk = b""
            for char in piece.decode("utf-8"):
                encoded = char.encode("utf-8")
                if chunk and len(chunk) + len(encoded) > EW_BYTES:
                    chunks.append(chunk)
                    chunk = b""
                chunk += encoded
        chunks.append(chunk)
        parts.append(" ".join(f"=?utf-8?b?{base64.b64encode(c).decode('ascii')}?=" for c in chunks))
        run.clear()

    for word in name.split():
        if word.isascii():
            flush_run()
            plain.append(word)
        else:
            flush_plain()
            run.append(word)
    flush_plain()
    flush_run()
    return " ".join(parts)


class DraftPolicy(EmailPolicy):
    """SMTP's policy, except that address lists are folded one address a line, each name whole.

    The standard folder cuts an encoded name anywhere to fill a line ('अन' | 'ीता'); RFC 2047
    readers join the pieces, but Python's own parser (and some others) then show a space inside
    the word. One address a line keeps every name in one piece."""

    def _fold(self, name, value, refold_binary=False):
        addresses = getattr(value, "addresses", None)
        if name.lower() not in ADDRESS_LISTS or not addresses:
            return super()._fold(name, value, refold_binary)
        shown = []
        for a in addresses:
            mailbox = f"<{a.addr_spec}>"
            shown.append(f"{_display_name(a.display_name)} {mailbox}" if a.display_name else mailbox)
        return f"{name}: " + ("," + self.linesep + " ").join(shown) + self.linesep


POLICY = DraftPolicy(**{k: getattr(SMTP, k) for k in ("linesep", "max_line_length", "cte_type", "utf8",
                                                       "raise_on_defect", "mangle_from_")})


def draft(subject: str, body: str, recipients, sender_name: str = "", sender_email: str = "",
          attachments: list[tuple[str, bytes, str, str, dict]] = ()) -> bytes:
    """An unsent e-mail. `recipients` go in Bcc; `attachments` are (file name, bytes, main
    type, subtype, extra Content-Type parameters)."""
    msg = EmailMessage(policy=POLICY)
    msg["X-Unsent"] = "1"
    msg["Subject"] = subject
    if sender_email:
        msg["From"] = formataddr((sender_name, sender_email))
        msg["To"] = formataddr((sender_name, sender_email))  # the secretariat keeps a copy
    if recipients:
        msg["Bcc"] = [_address(r) for r in recipients]
    msg.set_content(body, charset="utf-8")
    for name, data, maintype, subtype, params in attachments:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name, params=params or {})
    return msg.as_bytes()


def _address(recipient) -> Address:
    """The member's address as a header carries it, or a refusal naming the member."""
    email = recipient.email.strip()
    problem = "" if email.isascii() else M_("has letters outside ASCII (write its domain in its xn-- form)")
    if not problem:
        try:
            address = Address(display_name=recipient.name, addr_spec=email)
            if not address.domain or not address.username or " " in email:
                problem = M_("is not an e-mail address")
        except (ValueError, IndexError, TypeError):
            problem = M_("is not an e-mail address")
    if problem:
        raise UserError(M_("{name}: “{email}” {problem}. Correct it on the Members page; no draft was written.").format(name=recipient.name, email=email, problem=problem))
    return address


def file_attachment(path: Path) -> tuple[str, bytes, str, str, dict]:
    maintype, subtype = MEDIA.get(path.suffix.lower(), ("application", "octet-stream"))
    return path.name, path.read_bytes(), maintype, subtype, {}


def _body(profile, paragraphs: list[str], **values) -> str:
    lines = [_(WORDS["greeting"]).format(forum=profile.name), ""]
    for p in paragraphs:
        lines += [_(p).format(**values), ""]
    lines += [_(w) for w in WORDS["closing"]]
    if profile.contact_email.strip():
        lines.append(profile.contact_email.strip())
    return "\n".join(lines) + "\n"


def _write(out_dir: str | Path, files: dict[str, bytes]) -> list[Path]:
    """All the drafts or none (exports.atomic)."""
    names = {str(n): name for n, name in enumerate(files)}
    data = {str(n): payload for n, payload in enumerate(files.values())}

    def writer(key):
        def write(path: Path, _progress=None) -> Path:
            path.write_bytes(data[key])
            return path
        return write

    return write_all(out_dir, "", list(names), {k: writer(k) for k in names}, None, names=names)


# --- ethics reminders -------------------------------------------------------------------------

def write_reminders(db, on: dt.date, out_dir: str | Path) -> tuple[list[Path], audience.Reminders]:
    """One draft to the members who must sign the ethics statement, one to those whose
    declaration of interests is missing, overdue or due soon (each only where someone
    concerned has an address). Refused in words when nobody needs a reminder or nobody
    concerned has an address."""
    from msf_desk.core.ethics import current_statement

    r = audience.reminders(db, on)
    audience.require_reminders(r)
    profile = forum.load(db)
    stem = f"ethics-reminders-{slug(profile.name) or 'forum'}-{on.isoformat()}"
    files: dict[str, bytes] = {}
    if r.sign.recipients:
        statement = current_statement(db)
        text = statement.text.encode("utf-8")
        body = _body(profile, WORDS["sign_body"], version=r.statement_version)
        files[f"{stem}-sign.eml"] = draft(
            _(WORDS["sign_subject"]).format(version=r.statement_version, forum=profile.name), body,
            r.sign.recipients, profile.contact_name, profile.contact_email,
            [(WORDS["statement_file"].format(version=r.statement_version), text, "text", "plain",
              {"charset": "utf-8"})])
    if r.declare.recipients:
        body = _body(profile, WORDS["declare_body"], days=r.within_days, months=profile.declaration_interval_months)
        files[f"{stem}-declare.eml"] = draft(_(WORDS["declare_subject"]).format(forum=profile.name), body,
                                             r.declare.recipients, profile.contact_name, profile.contact_email)
    return _write(out_dir, files), r


# --- draft minutes ----------------------------------------------------------------------------

def write_minutes_draft(db, meeting_id: int, out_dir: str | Path, *, today: dt.date | None = None) -> list[Path]:
    """The draft minutes for members (PDF and Word, written into `out_dir`) and the e-mail
    draft that carries them to the members who were sent the notice."""
    from msf_desk.core.meetings import get_meeting
    from msf_desk.exports.minutes import prepare_minutes

    addressed = audience.minutes_circulation(db, meeting_id)
    meeting = get_meeting(db, meeting_id)
    profile = forum.load(db)
    prepared = prepare_minutes(db, meeting_id, "members", today=today)
    documents = prepared.write(["pdf", "docx"], out_dir)
    body = _body(profile, WORDS["minutes_body"], kind=_(meeting.kind_label).lower(), title=meeting.title,
                 date=human(meeting.day))
    eml = draft(_(WORDS["minutes_subject"]).format(title=meeting.title, date=human(meeting.day)), body,
                addressed.recipients, profile.contact_name, profile.contact_email,
                [file_attachment(p) for p in documents])
    return documents + _write(out_dir, {f"{prepared.stem}.eml": eml})
