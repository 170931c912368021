"""The Minutes page, part: attendance: the roll, presence keys, guests.

A mixin of MinutesPage (msf_desk.ui.pages.minutes): its methods run on the page and use
the page's session, models and boxes."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from msf_desk.ui.commands import minutes as commands
from msf_desk.ui.models.minutes import AttendanceModel
from msf_desk.ui.pages.base import waits_for_fill
from msf_desk.ui.pages.minutes_common import AttendanceTable, fitted_table, push_button
from msf_desk.ui.i18n import Context
from msf_desk.ui.widgets.tables import fit_columns, select_row

PAGES_MINUTES_ATTENDANCE = Context("PAGES_MINUTES_ATTENDANCE")


class AttendancePart:
    """Attendance: the roll, presence keys, guests."""


    def _build_attendance(self) -> QWidget:
        self.quorum_label = QLabel()
        self.quorum_label.setObjectName("quorum")
        self.quorum_label.setWordWrap(True)
        self.attendance_model = AttendanceModel(self)
        self.attendance_table = fitted_table(AttendanceTable(), "attendance_table", self.attendance_model)
        # The organisation takes the spare width; on a narrow window the side (which the
        # quorum line counts), then the role, make room for it.
        fit_columns(self.attendance_table, AttendanceModel.ORGANISATION, optional=(AttendanceModel.SIDE, AttendanceModel.ROLE))
        self.attendance_table.presence_key.connect(self.mark_selected)
        buttons = QHBoxLayout()
        for label, presence in ((PAGES_MINUTES_ATTENDANCE.tr("In person (P)"), "in_person"), (PAGES_MINUTES_ATTENDANCE.tr("Remote (R)"), "remote"),
                                (PAGES_MINUTES_ATTENDANCE.tr("Apologies (A)"), "apologies"), (PAGES_MINUTES_ATTENDANCE.tr("Absent (X)"), "absent")):
            buttons.addWidget(push_button(label, f"mark_{presence}", lambda _=False, p=presence: self.mark_selected(p)))
        buttons.addStretch(1)
        self.sits_for = QCheckBox(PAGES_MINUTES_ATTENDANCE.tr("Alternates sit for the member they cover when that member is away"))
        self.sits_for.setObjectName("alternates_sit")
        self.sits_for.setChecked(True)
        self.add_guest_button = push_button(PAGES_MINUTES_ATTENDANCE.tr("Add guest…"), "add_guest", self.add_guest)
        self.remove_guest_button = push_button(PAGES_MINUTES_ATTENDANCE.tr("Remove guest"), "remove_guest", self.remove_guest)
        buttons.addWidget(self.add_guest_button)
        buttons.addWidget(self.remove_guest_button)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self.quorum_label)
        box.addWidget(self.attendance_table, 1)
        box.addWidget(self.sits_for)
        box.addLayout(buttons)
        return page

    # --- attendance -------------------------------------------------------------------------
    @waits_for_fill
    def mark_selected(self, presence: str) -> None:
        rows = self.attendance_table.selectionModel().selectedRows()
        if not rows or self.meeting_id is None:
            return
        row = rows[0].row()
        a = self.attendance_model.attendee_at(row)
        if a.member_id is None:
            self.say(PAGES_MINUTES_ATTENDANCE.tr("Guests are listed as present: remove a guest who did not come."))
            return
        member = self.members.get(a.member_id)
        substitute = None
        if (member is not None and member.role == "alternate" and member.alternate_for
                and presence in ("in_person", "remote") and self.sits_for.isChecked()):
            holder = next((x for x in self.attendance_model.rows if x.member_id == member.alternate_for), None)
            if holder is None or not holder.present:
                substitute = member.alternate_for
        name = member.name if member else ""
        if self.run_command(commands.SetPresence(self.session, self.meeting_id, a.member_id, presence, substitute, name)):
            # Once read again (what marks the next one waits for it too: see @waits_for_fill).
            self.when_filled(lambda: select_row(self.attendance_table, min(row + 1, self.attendance_model.rowCount() - 1)))

    @waits_for_fill
    def add_guest(self) -> None:
        from msf_desk.ui.dialogs.minutes import GuestDialog

        dialog = GuestDialog(self)
        self.open_dialog(dialog, lambda _dialog: self.run_command(commands.AddGuest(self.session, self.meeting_id,
                                                                     **dialog.values())))

    @waits_for_fill
    def remove_guest(self) -> None:
        rows = self.attendance_table.selectionModel().selectedRows()
        if not rows:
            return
        a = self.attendance_model.attendee_at(rows[0].row())
        if a.member_id is not None:
            self.say(PAGES_MINUTES_ATTENDANCE.tr("Members stay on the list: mark them absent instead."))
            return
        self.run_command(commands.RemoveGuest(self.session, a))
