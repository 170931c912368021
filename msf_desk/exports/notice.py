"""The notice to members: invitation text ready to paste into an e-mail, its .ics, and the same
as an e-mail draft (.eml) any mail client opens ready to send."""
from __future__ import annotations

import tempfile
from pathlib import Path

from msf_desk.core.audience.pack import PackData
from msf_desk.core.language import _, typed
from msf_desk.core.language import day as human
from msf_desk.exports.atomic import write_all
from msf_desk.exports.mail import draft


def subject(pack: PackData) -> str:
    prefix = {"Cancelled": _("Cancelled:"), "Postponed": _("Postponed:")}.get(pack.status_label, _("Notice of meeting:"))
    return f"{prefix} {typed(pack.title)} — {pack.date_text}, {pack.time_text}"


def notice_text(pack: PackData) -> str:
    """Plain text, lines under 80 characters where the content allows, no markup."""
    lines = [f"{_('Subject:')} {subject(pack)}", "",
             _("Dear members of the {forum},").format(forum=typed(pack.forum_name)), ""]
    kind = _(pack.kind_label).lower()
    if pack.status_label in ("Cancelled", "Postponed"):
        said = {"Cancelled": _("The {kind} “{title}” planned for {day} is cancelled."),
                "Postponed": _("The {kind} “{title}” planned for {day} is postponed.")}[pack.status_label]
        lines += [said.format(kind=kind, title=typed(pack.title), day=pack.date_text), pack.status_reason, ""]
    else:
        labels = [_("When:"), _("Where:"), _("Remote:"), _("Chair:")]
        pad = max(len(w) for w in labels) + 1
        lines += [_("You are invited to the {kind} “{title}”.").format(kind=kind, title=typed(pack.title)), ""]
        if pack.objective:
            lines += [_("Objective: {text}").format(text=typed(pack.objective)), ""]
        lines += [f"{labels[0].ljust(pad)}{pack.date_text}, {pack.time_text}",
                  f"{labels[1].ljust(pad)}{pack.location or _('to be confirmed')}",
                  f"{labels[2].ljust(pad)}{pack.remote_text}"]
        if pack.chair_text:
            lines.append(f"{labels[3].ljust(pad)}{pack.chair_text}")
        lines += ["", _("Agenda")]
        width = max((len(i.start) for i in pack.items), default=0)
        for item in pack.items:
            if item.is_break:
                lines.append(f"  {item.start.rjust(width)}  {item.title} ({_('break')})")
            else:
                lines.append(f"  {item.start.rjust(width)}  {item.number}. {item.title} "
                             f"({_(item.purpose_label).lower()})")
        if pack.items:
            lines.append(f"  {pack.items[-1].end.rjust(width)}  {_('Close')}")
        if pack.revisions:
            lines += ["", _("Changes since the notice")]
            lines += [f"  {human(on)}: {text}" for on, text in pack.revisions]
        if pack.papers:
            lines += ["", _("Papers (attached to this message or in the pack)")]
            for paper in pack.papers:
                lines.append(f"  {paper.listing()}")
        lines += ["",
                  _("Please tell the secretariat whether you will attend in person or remotely, or send your "
                    "apologies and say whether your alternate will attend."),
                  _("If you have an interest in any item, please declare it before the meeting.")]
    lines += ["", _("With best regards,"), _("The secretariat")]
    for label, value in pack.contact:
        lines.append(_("{label}: {value}").format(label=_(label), value=value))
    return "\n".join(lines).rstrip() + "\n"


def write_notice(db, meeting_id: int, out_dir: str | Path) -> list[Path]:
    """Write the notice text (.txt), its invitation (.ics) and, where a member concerned has an
    e-mail address, the e-mail draft (.eml: members in Bcc, the invitation and the members'
    pack PDF attached; the pack is written beside it when `out_dir` does not hold it yet).
    Nobody with an address: no draft (`notice_recipients` says who to reach by other means)."""
    from msf_desk.core import forum
    from msf_desk.core.audience.pack import notice_recipients, pack_for
    from msf_desk.core.meetings import get_meeting
    from msf_desk.exports.ics import invitation
    from msf_desk.exports.packs import export_pack, file_stem

    pack = pack_for(db, meeting_id, "members")
    meeting = get_meeting(db, meeting_id)
    profile = forum.load(db)
    out = Path(out_dir)
    stem = file_stem(pack).replace("-members-pack", "-notice")
    text = notice_text(pack)
    ics = invitation(meeting, profile.name, description=text, organiser_email=profile.contact_email,
                     organiser_name=profile.contact_name)
    recipients, _without = notice_recipients(db, meeting_id)
    data = {"txt": text.encode("utf-8"), "ics": ics}
    names = {}
    if recipients:
        pack_pdf = out / f"{file_stem(pack)}.pdf"  # the members' pack
        attachment = None
        if pack_pdf.is_file():
            attachment = (pack_pdf.name, pack_pdf.read_bytes())
        elif meeting.status != "cancelled":  # rendered now, and written with the notice
            with tempfile.TemporaryDirectory() as folder:
                [rendered] = export_pack(pack, folder, ["pdf"])
                attachment = (rendered.name, rendered.read_bytes())
            data["pdf"], names["pdf"] = attachment[1], attachment[0]
        method = "CANCEL" if meeting.status == "cancelled" else "REQUEST"
        data["eml"] = email_draft(pack, text, ics, f"{stem}.ics", recipients, profile.contact_name,
                                  profile.contact_email, method=method, attachment=attachment)
    # All or none: an invitation without its notice (or the reverse) is never left behind.
    return write_all(out, stem, list(data),
                     {fmt: (lambda path, step, fmt=fmt: _write_bytes(path, data[fmt])) for fmt in data}, None,
                     names=names)


def email_draft(pack: PackData, text: str, ics: bytes, ics_name: str, recipients, sender_name: str = "",
                sender_email: str = "", *, method: str = "REQUEST",
                attachment: tuple[str, bytes] | None = None) -> bytes:
    """The notice as an unsent e-mail (exports.mail.draft): subject and body in the forum's
    words, every recipient in Bcc (members do not see each other's addresses), the invitation
    attached and, for members, the pack PDF. `X-Unsent: 1` makes mail clients open it as a
    draft to send."""
    body = text.split("\n", 2)[2] if text.startswith(_("Subject:")) else text  # the subject is a header here
    attachments = [(ics_name, ics, "text", "calendar", {"method": method})]
    if attachment is not None:
        attachments.append((attachment[0], attachment[1], "application", "pdf", {}))
    return draft(subject(pack), body, recipients, sender_name, sender_email, attachments)


def _write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
