"""The notice to members: invitation text ready to paste into an e-mail, its .ics, and the same
as an e-mail draft (.eml) any mail client opens ready to send."""
from __future__ import annotations

from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr
from pathlib import Path

from msf_desk.core.audience.pack import PackData
from msf_desk.model.dates import human
from msf_desk.exports.atomic import write_all


def subject(pack: PackData) -> str:
    prefix = {"Cancelled": "Cancelled: ", "Postponed": "Postponed: "}.get(pack.status_label, "Notice of meeting: ")
    return f"{prefix}{pack.title} — {pack.date_text}, {pack.time_text}"


def notice_text(pack: PackData) -> str:
    """Plain text, lines under 80 characters where the content allows, no markup."""
    lines = [f"Subject: {subject(pack)}", "", f"Dear members of the {pack.forum_name},", ""]
    if pack.status_label in ("Cancelled", "Postponed"):
        lines += [f"The {pack.kind_label.lower()} “{pack.title}” planned for {pack.date_text} is "
                  f"{pack.status_label.lower()}.", pack.status_reason, ""]
    else:
        lines += [f"You are invited to the {pack.kind_label.lower()} “{pack.title}”.", ""]
        if pack.objective:
            lines += [f"Objective: {pack.objective}", ""]
        lines += [
                  f"When:   {pack.date_text}, {pack.time_text}",
                  f"Where:  {pack.location or 'to be confirmed'}",
                  f"Remote: {pack.remote_text}"]
        if pack.chair_text:
            lines.append(f"Chair:  {pack.chair_text}")
        lines += ["", "Agenda"]
        width = max((len(i.start) for i in pack.items), default=0)
        for item in pack.items:
            if item.is_break:
                lines.append(f"  {item.start.rjust(width)}  {item.title} (break)")
            else:
                lines.append(f"  {item.start.rjust(width)}  {item.number}. {item.title} ({item.purpose_label.lower()})")
        if pack.items:
            lines.append(f"  {pack.items[-1].end.rjust(width)}  Close")
        if pack.revisions:
            lines += ["", "Changes since the notice"]
            lines += [f"  {human(on)}: {text}" for on, text in pack.revisions]
        if pack.papers:
            lines += ["", "Papers (attached to this message or in the pack)"]
            for paper in pack.papers:
                lines.append(f"  {paper.listing()}")
        lines += ["",
                  "Please tell the secretariat whether you will attend in person or remotely, or send your "
                  "apologies and say whether your alternate will attend.",
                  "If you have an interest in any item, please declare it before the meeting."]
    lines += ["", "With best regards,", "The secretariat"]
    for label, value in pack.contact:
        lines.append(f"{label}: {value}")
    return "\n".join(lines).rstrip() + "\n"


def write_notice(db, meeting_id: int, out_dir: str | Path) -> list[Path]:
    """Write the notice text (.txt) and its invitation (.ics) for members into `out_dir`."""
    from msf_desk.core import forum
    from msf_desk.core.audience.pack import notice_recipients, pack_for
    from msf_desk.core.meetings import get_meeting
    from msf_desk.exports.ics import invitation
    from msf_desk.exports.packs import file_stem

    pack = pack_for(db, meeting_id, "members")
    meeting = get_meeting(db, meeting_id)
    profile = forum.load(db)
    out = Path(out_dir)
    stem = file_stem(pack).replace("-members-pack", "-notice")
    text = notice_text(pack)
    ics = invitation(meeting, profile.name, description=text, organiser_email=profile.contact_email,
                     organiser_name=profile.contact_name)
    recipients, _ = notice_recipients(db, meeting_id)
    pack_pdf = out / f"{file_stem(pack)}.pdf"  # the members' pack, when it was exported here
    method = "CANCEL" if meeting.status == "cancelled" else "REQUEST"
    eml = email_draft(pack, text, ics, f"{stem}.ics", recipients, profile.contact_name, profile.contact_email,
                      method=method, attachment=pack_pdf if pack_pdf.is_file() else None)
    data = {"txt": text.encode("utf-8"), "ics": ics, "eml": eml}
    # All or none: an invitation without its notice (or the reverse) is never left behind.
    return write_all(out, stem, ["txt", "ics", "eml"],
                     {fmt: (lambda path, step, fmt=fmt: _write_bytes(path, data[fmt])) for fmt in data}, None)


def email_draft(pack: PackData, text: str, ics: bytes, ics_name: str, recipients, sender_name: str = "",
                sender_email: str = "", *, method: str = "REQUEST", attachment: Path | None = None) -> bytes:
    """The notice as an unsent e-mail: subject and body in the forum's words, every recipient in
    Bcc (members do not see each other's addresses), the invitation attached and, for members,
    the pack PDF. `X-Unsent: 1` makes mail clients open it as a draft to send."""
    msg = EmailMessage(policy=SMTP)
    msg["X-Unsent"] = "1"
    msg["Subject"] = subject(pack)
    if sender_email:
        msg["From"] = formataddr((sender_name, sender_email))
        msg["To"] = formataddr((sender_name, sender_email))  # the secretariat keeps a copy
    if recipients:
        msg["Bcc"] = [Address(display_name=r.name, addr_spec=r.email) for r in recipients]
    body = text.split("\n", 2)[2] if text.startswith("Subject:") else text  # the subject is a header here
    msg.set_content(body, charset="utf-8")
    msg.add_attachment(ics, maintype="text", subtype="calendar", filename=ics_name, params={"method": method})
    if attachment is not None:
        msg.add_attachment(attachment.read_bytes(), maintype="application", subtype="pdf",
                           filename=attachment.name)
    return msg.as_bytes()


def _write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
