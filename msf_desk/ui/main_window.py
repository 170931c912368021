"""The main window: a sidebar of pages, the File and Edit menus, remembered geometry."""
from __future__ import annotations

import importlib
import sqlite3
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6 import QtWidgets
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from msf_desk import APP_NAME
from msf_desk.ui import settings as ui_settings, shortcuts
from msf_desk.store.lock import ForumInUse
from msf_desk.ui import errors as ui_errors
from msf_desk.ui.errors import show_error
from msf_desk.ui.fonts import register_bundled_fonts
from msf_desk.ui import i18n
from msf_desk.ui.i18n import Context
from msf_desk.ui.icon import app_icon
from msf_desk.ui.keeper import ForumKeeper
from msf_desk.ui.pages import PAGES, label as page_label
from msf_desk.ui.pages.placeholder import PlaceholderPage, not_yet
from msf_desk.ui.session import ForumSession
from msf_desk.ui.window_opening import OpeningInSteps
from msf_desk.ui.window_safety import KeepingSafe
from msf_desk.ui.widgets.first_paint import FirstPaint
from msf_desk.ui.widgets.jobs_bar import JobsBar

MAIN_WINDOW = Context("MAIN_WINDOW")
MAX_RECENT = 8


def file_filter() -> str:
    return MAIN_WINDOW.tr("MSF Desk forum (*.msf *.db *.sqlite);;All files (*)")


class MainWindow(KeepingSafe, OpeningInSteps, QMainWindow):
    forum_opened = Signal(object)
    # The first page of a forum just opened is built and filled (True), or the forum could not
    # be shown and was closed (False). With `fill_after_paint`, that comes after the first paint.
    opening_finished = Signal(bool)

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        register_bundled_fonts()  # every script shows, also where the window is built without run_gui
        self.settings = settings or QSettings()
        ui_settings.use(self.settings)    # remembered folders and choices live beside the window's
        self.session: ForumSession | None = None
        self.keeper: ForumKeeper | None = None
        self.restore: QWidget | None = None     # File ▸ Restore from a backup… (RestoreDialog), once opened
        self.trash: QWidget | None = None       # File ▸ Trash… (TrashDialog), once opened
        self.damage_message: QtWidgets.QMessageBox | None = None
        self.open_restored_message: QtWidgets.QMessageBox | None = None
        self.pages: dict[str, QWidget] = {}   # the pages built so far (see page())
        self._opening_done = False
        # Set before opening a forum at start-up: the window (sidebar, menus, an empty page) is
        # painted first and the first page is built and filled on the next turn of the event
        # loop, so a large forum does not keep the window blank while its first page is read.
        self.fill_after_paint = False
        # Set by run_gui: pages that can (Today) read the forum off the GUI thread and fill in
        # when the reading comes back, so a large forum never freezes the window while they read.
        self.read_off_thread = False
        self._awaiting_fill: QWidget | None = None   # the first page, while its first reading runs
        self.painted_at: float | None = None      # time.perf_counter() of the first paint after opening
        self.filled_at: float | None = None       # ... and of the first page filled
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.resize(1200, 780)
        self.jobs_bar = JobsBar(self)   # exports and imports show here while the window stays usable
        self.statusBar().addPermanentWidget(self.jobs_bar)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(170)
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { background: #23324a; color: #e8eef7; border: none; font-size: 14px; }"
            "QListWidget#sidebar::item { padding: 10px 14px; }"
            "QListWidget#sidebar::item:selected { background: #3d5a80; color: white; }"
        )
        for key, _, _ in PAGES:
            item = QListWidgetItem(page_label(key))
            item.setData(Qt.UserRole, key)
            self.sidebar.addItem(item)
        self.stack = QStackedWidget()
        self.banner = self._build_banner()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.banner)
        right.addWidget(self.stack, 1)
        layout.addWidget(self.sidebar)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self.sidebar.currentRowChanged.connect(self._page_chosen)
        self.opening_finished.connect(self._start_keeping)   # the keeper's opening check (window_safety)
        self.opening_finished.connect(self._plan_idle_loading)   # then the other pages' modules (window_opening)

        self._build_menus()
        self._build_pages()
        self.sidebar.setCurrentRow(0)
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    # --- menus -----------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(MAIN_WINDOW.tr("&File"))
        self.action_new = shortcuts.bind(QAction(MAIN_WINDOW.tr("&New forum…"), self, triggered=self.new_forum),
                                         "new_forum")
        self.action_open = shortcuts.bind(QAction(MAIN_WINDOW.tr("&Open…"), self, triggered=self.open_dialog),
                                          "open_forum")
        self.recent_menu = file_menu.addMenu(MAIN_WINDOW.tr("Open &recent"))
        self.action_copy = shortcuts.bind(QAction(MAIN_WINDOW.tr("Save a &copy…"), self, triggered=self.save_copy),
                                          "save_copy")
        self.action_restore = QAction(MAIN_WINDOW.tr("&Restore from a backup…"), self, triggered=self.restore_dialog)
        self.action_trash = QAction(MAIN_WINDOW.tr("&Trash…"), self, triggered=self.trash_dialog)
        self.action_quit = shortcuts.bind(QAction(MAIN_WINDOW.tr("&Quit"), self, triggered=self.close), "quit")
        file_menu.addAction(self.action_new)
        file_menu.addAction(self.action_open)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.action_copy)
        file_menu.addAction(self.action_restore)
        file_menu.addAction(self.action_trash)
        self.action_history = QAction(MAIN_WINDOW.tr("&History…"), self, triggered=self.show_history)
        self.action_history.setToolTip(MAIN_WINDOW.tr("Who changed what, and when"))
        self.action_history.setEnabled(False)
        file_menu.addAction(self.action_history)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        self.edit_menu = self.menuBar().addMenu(MAIN_WINDOW.tr("&Edit"))
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None
        self._build_language_menu()
        self.help_menu = self.menuBar().addMenu(MAIN_WINDOW.tr("&Help"))
        self.action_shortcuts = shortcuts.bind(
            QAction(MAIN_WINDOW.tr("&Keyboard shortcuts…"), self, triggered=self.show_shortcuts), "keyboard_shortcuts")
        self.action_about = QAction(MAIN_WINDOW.tr("&About MSF Desk"), self, triggered=self.show_about)
        self.action_about.setMenuRole(QAction.AboutRole)
        self.help_menu.addAction(self.action_shortcuts)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.action_about)
        self.about_dialog = None        # each dialog is loaded and built when first asked for
        self.shortcuts_dialog = None
        self._refresh_recent()

    def _build_language_menu(self) -> None:
        """Settings → Language: each language named in itself, and "as the system"; the
        choice is saved and used from the next start of the window."""
        self.settings_menu = self.menuBar().addMenu(MAIN_WINDOW.tr("&Settings"))
        self.language_menu = self.settings_menu.addMenu(MAIN_WINDOW.tr("&Language"))
        self.language_menu.setObjectName("language_menu")
        group = QActionGroup(self)
        group.setExclusive(True)
        saved = str(self.settings.value(i18n.SETTINGS_KEY, "") or "")
        self.language_actions: dict[str, QAction] = {}
        choices = [("", MAIN_WINDOW.tr("As the system"))] + list(i18n.LANGUAGES.items())
        for code, name in choices:
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == saved)
            action.triggered.connect(lambda _=False, code=code: self.choose_language(code))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self._build_documents_menu()

    def _build_documents_menu(self) -> None:
        """Settings → Documents in: the forum's document languages (its profile); exports from
        this window are written in the one ticked (the forum's first until another is chosen)."""
        self.documents_menu = self.settings_menu.addMenu(MAIN_WINDOW.tr("&Documents in"))
        self.documents_menu.setObjectName("documents_menu")
        self.documents_menu.aboutToShow.connect(self._fill_documents_menu)
        self._fill_documents_menu()

    def _fill_documents_menu(self) -> None:
        menu = self.documents_menu
        menu.clear()
        self.document_actions: dict[str, QAction] = {}
        if self.session is None:
            menu.setEnabled(False)
            return
        menu.setEnabled(True)
        group = QActionGroup(menu)
        group.setExclusive(True)
        chosen = self.session.document_language
        for code in self.session.document_languages():
            action = QAction(i18n.LANGUAGES.get(code, code), menu, checkable=True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _=False, code=code: self.choose_document_language(code))
            group.addAction(action)
            menu.addAction(action)
            self.document_actions[code] = action

    def choose_document_language(self, code: str) -> None:
        """Write this window's exports in `code` (one of the forum's document languages)."""
        if self.session is None:
            return
        self.session.document_language = code
        self._fill_documents_menu()
        self.statusBar().showMessage(MAIN_WINDOW.tr("Documents will be written in {language}.").format(
            language=i18n.LANGUAGES.get(code, code)), 8000)

    def choose_language(self, code: str) -> None:
        """Save the window's language ("" follows the system); it applies at the next start."""
        if code:
            self.settings.setValue(i18n.SETTINGS_KEY, code)
        else:
            self.settings.remove(i18n.SETTINGS_KEY)
        self.settings.sync()
        action = self.language_actions.get(code)
        if action is not None:
            action.setChecked(True)
        name = i18n.LANGUAGES.get(code) or MAIN_WINDOW.tr("the system's language")
        self.statusBar().showMessage(
            MAIN_WINDOW.tr("The window will be in {language} when MSF Desk next starts; close it and open "
                           "it again to change now.").format(language=name), 15000)

    def _bind_undo(self) -> None:
        self.edit_menu.clear()
        if self.session is None:
            return
        # Our own actions rather than the stack's: an undo touching what a running import writes
        # is refused in words (ForumSession.undo), not done under it.
        self.undo_action = self._step_action(MAIN_WINDOW.tr("&Undo"), self.session.undo, "undo")
        self.redo_action = self._step_action(MAIN_WINDOW.tr("&Redo"), self.session.redo, "redo")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        read_only = self.session.read_only
        self.edit_menu.setEnabled(not read_only)
        self.action_trash.setEnabled(not read_only)
        if read_only:
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)

    def _step_action(self, prefix: str, step, name: str) -> QAction:
        stack = self.session.undo_stack
        action = QAction(prefix, self)
        shortcuts.bind(action, name)
        can, text_changed, text = ((stack.canUndoChanged, stack.undoTextChanged, stack.undoText) if name == "undo"
                                   else (stack.canRedoChanged, stack.redoTextChanged, stack.redoText))

        def show(*_args) -> None:
            action.setText(f"{prefix} {text()}".strip() if text() else prefix)
            action.setEnabled((stack.canUndo() if name == "undo" else stack.canRedo())
                              and not self.session.read_only)

        can.connect(show)
        text_changed.connect(show)
        show()

        def triggered() -> None:
            refusal = step(self)
            if refusal is not None:
                self.statusBar().showMessage(str(refusal), 15000)
                show_error(self, refusal, MAIN_WINDOW.tr("Undo") if name == "undo" else MAIN_WINDOW.tr("Redo"))

        action.triggered.connect(triggered)
        return action

    def show_shortcuts(self) -> QWidget:
        """Help → Keyboard shortcuts: every shortcut, from the one table in ui/shortcuts.py."""
        if self.shortcuts_dialog is None:
            from msf_desk.ui.dialogs.shortcuts import ShortcutsDialog   # loaded when first asked for

            self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.open()
        return self.shortcuts_dialog

    def show_about(self) -> QWidget:
        if self.about_dialog is None:
            from msf_desk.ui.dialogs.about import AboutDialog   # loaded when first asked for (it reads the platform)

            self.about_dialog = AboutDialog(self)
        self.about_dialog.open()
        return self.about_dialog

    # --- pages -----------------------------------------------------------------------
    def _build_pages(self, build_current: bool = True) -> None:
        """Put one empty slot per page in the stack; a page is built when first shown
        (or asked for with `page()`), once per open forum."""
        current = max(0, self.sidebar.currentRow())
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.pages.clear()
        for key, _, _ in PAGES:
            slot = QWidget()
            slot.setObjectName(f"slot_{key}")
            self.stack.addWidget(slot)
        if build_current:
            self._show_row(current)
        else:
            self.stack.setCurrentIndex(current)

    def _make_page(self, key: str) -> QWidget:
        target = next(t for k, _, t in PAGES if k == key)
        label = page_label(key)
        if self.session is None:
            return PlaceholderPage(label, MAIN_WINDOW.tr("Open a forum file or create a new one from the File menu."))
        if target is None:
            return not_yet(label)
        module_name, class_name = target.split(":")
        page_class = getattr(importlib.import_module(module_name), class_name)
        if self.read_off_thread and getattr(page_class, "FILLS_LATER", False):
            page = page_class(self.session, self, later=True)
            self._watch_readings(page)
            return page
        return page_class(self.session, self)

    def page(self, key: str) -> QWidget:
        """The page `key`, built now if it has not been shown yet (without showing it)."""
        if key not in self.pages:
            index = [k for k, _, _ in PAGES].index(key)
            page = self._make_page(key)
            page.setObjectName(f"page_{key}")
            self.pages[key] = page
            if self.session is not None and self.session.read_only:
                if hasattr(page, "set_read_only"):
                    page.set_read_only(True)
                from msf_desk.ui.read_only import disable_edits   # loaded for a forum open read-only

                disable_edits(page)
            slot = self.stack.widget(index)
            shown = self.stack.currentIndex()
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(slot)
            slot.deleteLater()
            self.stack.setCurrentIndex(shown)
        return self.pages[key]

    def _show_row(self, row: int) -> None:
        if row < 0 or row >= len(PAGES):
            return
        key = PAGES[row][0]
        if self.stack.currentIndex() != row:
            # What was said on another page is not about this one.
            self.statusBar().clearMessage()
            leaving = self.stack.currentWidget()
            if hasattr(leaving, "clear_message"):
                leaving.clear_message()
        try:
            self.page(key)
        except sqlite3.DatabaseError as exc:
            if self.session is None or not self._opening_done:
                raise
            # Damage in what this page reads, found when it is first shown: say so.
            self._report_damage(self.session.path, [str(exc)])
        self.stack.setCurrentIndex(row)

    def show_page(self, key: str) -> QWidget:
        keys = [k for k, _, _ in PAGES]
        self.sidebar.setCurrentRow(keys.index(key))
        return self.page(key)

    # --- files -----------------------------------------------------------------------
    def open_path(self, path: str | Path, *, create: bool = False, read_only: bool = False) -> bool:
        """Open a forum for editing (taking its lock), or read-only.

        When someone else edits it, ask: open it read-only, try again, or cancel.
        A forum that cannot be written here (read-only file or folder) opens read-only.
        """
        from msf_desk.store.db import open_forum

        path = Path(path)
        if not self.settle_unsaved():
            return False
        in_use_by = ""
        while True:
            try:
                db = open_forum(path, create=create, access="read" if read_only else "edit")
                break
            except ForumInUse as exc:
                choice = self.ask_in_use(exc)
                if choice == "read":
                    read_only = True
                    in_use_by = self._in_use_sentence(exc)
                    continue
                if choice == "retry":
                    continue
                return False
            except Exception as exc:
                show_error(self, exc, MAIN_WINDOW.tr("Cannot open the forum"))
                return False
        if not self._start_session(db, path, in_use_by):
            return False
        self._remember(path)
        took_over = db.lock.took_over if db.lock is not None else None
        if took_over is not None:
            self.statusBar().showMessage(
                MAIN_WINDOW.tr("{file} was left locked by {who} ({since}) when MSF Desk ended without closing "
                               "it; the lock has been taken over.").format(
                    file=path.name, who=took_over.who(), since=took_over.since_text()), 15000)
        self.forum_opened.emit(self.session)
        return True

    def _start_session(self, db, path: Path, in_use_by: str = "") -> bool:
        self._close_session()
        self.statusBar().clearMessage()       # nothing said about the last forum stays
        self.session = ForumSession(db, path, self, in_use_by=in_use_by)
        self.session.changed.connect(self._update_title)
        if not self.session.read_only:
            self._keep(self.session)  # checkpoints and backups: the editor's work
        self._bind_undo()
        self._opening_done = False
        try:
            self._build_pages(build_current=False)
            self._update_title()
        except sqlite3.DatabaseError as exc:
            self._opening_failed(path, exc)
            return False
        self._show_banner()
        self.action_history.setEnabled(True)
        if self.fill_after_paint and self.isVisible():
            self.fill_after_paint = False
            self.painted_at = self.filled_at = None
            session = self.session

            def painted() -> None:
                self.painted_at = time.perf_counter()
                if self.session is session:        # still the forum opened (nobody closed it)
                    self._finish_opening(path)
            FirstPaint(self.sidebar, painted)   # not its viewport(): PySide would build every widget class's enums
            return True
        return self._finish_opening(path)

    @staticmethod
    def _in_use_sentence(exc: ForumInUse) -> str:
        holder = exc.holder
        when = holder.since_text()
        if when:
            text = MAIN_WINDOW.tr("{file} is open for editing by {who} ({since}), so it is open read-only here: "
                                  "you can read and export, but not change anything.")
        else:
            text = MAIN_WINDOW.tr("{file} is open for editing by {who}, so it is open read-only here: "
                                  "you can read and export, but not change anything.")
        return text.format(file=exc.forum.name, who=holder.who(), since=when)

    def ask_in_use(self, exc: ForumInUse) -> str:
        """Someone else edits the forum: "read" (open read-only), "retry" or "cancel"."""
        if ui_errors._to_stderr:
            print(f"Cannot open the forum: {exc}", file=sys.stderr)
            return "cancel"
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Information, MAIN_WINDOW.tr("The forum is in use"), str(exc).replace(" Nothing was changed.", ""),
                          parent=self)
        read = box.addButton(MAIN_WINDOW.tr("Open read-only"), QtWidgets.QMessageBox.AcceptRole)
        retry = box.addButton(MAIN_WINDOW.tr("Try again"), QtWidgets.QMessageBox.ActionRole)
        box.addButton(QtWidgets.QMessageBox.Cancel)
        box.setDefaultButton(read)
        box.exec()
        clicked = box.clickedButton()
        return "read" if clicked is read else "retry" if clicked is retry else "cancel"

    # --- the read-only banner ------------------------------------------------------------
    def _build_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("read_only_banner")
        banner.setStyleSheet("QFrame#read_only_banner { background: #fff4d6; border-bottom: 1px solid #e0c36c; }"
                             "QFrame#read_only_banner QLabel { color: #5b4300; }")
        row = QHBoxLayout(banner)
        row.setContentsMargins(12, 6, 12, 6)
        self.banner_text = QLabel()
        self.banner_text.setObjectName("read_only_text")
        self.banner_text.setWordWrap(True)
        self.banner_retry = QPushButton(MAIN_WINDOW.tr("Try to edit"))
        self.banner_retry.setObjectName("read_only_retry")
        self.banner_retry.setToolTip(MAIN_WINDOW.tr("Open the forum for editing if the other person has closed it"))
        self.banner_retry.clicked.connect(self.try_to_edit)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.banner_retry)
        banner.hide()
        return banner

    def _show_banner(self) -> None:
        if self.session is None or not self.session.read_only:
            self.banner.hide()
            return
        from msf_desk.ui.widgets.forms import esc   # the form helpers load with the first form
        self.banner_text.setText(MAIN_WINDOW.tr("<b>Read-only.</b> {reason}").format(reason=esc(self.session.read_only_reason)))
        self.banner_retry.setVisible(bool(self.session.in_use_by))
        self.banner.show()

    def try_to_edit(self) -> bool:
        """From read-only: open the same forum for editing if its lock is free now."""
        if self.session is None:
            return False
        from msf_desk.store.db import open_forum

        path = self.session.path
        try:
            db = open_forum(path, access="edit")
        except ForumInUse as exc:
            self.session.in_use_by = self._in_use_sentence(exc)
            self._show_banner()
            self.statusBar().showMessage(MAIN_WINDOW.tr("Still in use: {who} has it open.").format(who=exc.holder.who()), 8000)
            return False
        except Exception as exc:
            show_error(self, exc, MAIN_WINDOW.tr("Cannot open the forum"))
            return False
        if not self._start_session(db, path):
            return False
        self.statusBar().showMessage(MAIN_WINDOW.tr("{file} is open for editing.").format(file=path.name), 8000)
        self.forum_opened.emit(self.session)
        return True

    # --- unsaved work ----------------------------------------------------------------------
    def _page_chosen(self, row: int) -> None:
        current = self.stack.currentWidget()
        if row != self.stack.currentIndex() and current is not None and not self.settle_page(current):
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(self.stack.currentIndex())
            self.sidebar.blockSignals(False)
            return
        self._show_row(row)

    def settle_page(self, page: QWidget) -> bool:
        """Before leaving a page with unsaved changes: save, discard, or stay (False)."""
        has = getattr(page, "has_unsaved_changes", None)
        if has is None or not has():
            return True
        choice = self.ask_unsaved(page)
        if choice == "save":
            return bool(page.save_changes())
        if choice == "discard":
            page.discard_changes()
            return True
        return False

    def settle_unsaved(self) -> bool:
        """Before closing the forum (quit, open another): settle every page; False to stay."""
        if self.session is None:
            return True
        if not self.settle_jobs():
            return False
        for key, page in self.pages.items():
            has = getattr(page, "has_unsaved_changes", None)
            if has is not None and has():
                self.show_page(key)
                if not self.settle_page(page):
                    return False
        return True

    def settle_jobs(self) -> bool:
        """Work still running on this forum (an export, an import) is stopped before the forum
        closes, if the user agrees; False to stay. Nothing half-written is left behind."""
        if self.session is None or not self.session.jobs:
            return True
        # A check that only reads (the standards on a large forum) stops without asking.
        job = next((j for j in self.session.jobs if j.kind != "check"), None)
        if job is None:
            return self._stop_jobs()
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Warning, MAIN_WINDOW.tr("Work still running"),
                          MAIN_WINDOW.tr("{what} is still running. Stop it (nothing of it is written) and close the "
                                         "forum?").format(what=job.title), parent=self)
        box.setObjectName("jobs_question")
        stop = box.addButton(MAIN_WINDOW.tr("Stop it and close"), QtWidgets.QMessageBox.AcceptRole)
        box.addButton(MAIN_WINDOW.tr("Keep working"), QtWidgets.QMessageBox.RejectRole)
        box.exec()
        if box.clickedButton() is not stop:
            return False
        return self._stop_jobs()

    def _stop_jobs(self) -> bool:
        loop = QEventLoop()
        for running in list(self.session.jobs):
            running.ended.connect(loop.quit)
            running.cancel()
        deadline = QTimer(self)
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        deadline.start(10_000)                 # the exporters stop within a second or two
        while self.session.jobs and deadline.isActive():
            loop.exec()
        deadline.stop()
        return not self.session.jobs

    def ask_unsaved(self, page: QWidget) -> str:
        """"save", "discard" or "cancel"."""
        what = i18n.shown(getattr(page, "unsaved_what", None))
        text = (MAIN_WINDOW.tr("{what} has changes that are not saved. Save them?").format(what=what) if what
                else MAIN_WINDOW.tr("This page has changes that are not saved. Save them?"))
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Warning, MAIN_WINDOW.tr("Unsaved changes"), text, parent=self)
        box.setObjectName("unsaved_question")
        box.setStandardButtons(QtWidgets.QMessageBox.Save | QtWidgets.QMessageBox.Discard | QtWidgets.QMessageBox.Cancel)
        box.setDefaultButton(QtWidgets.QMessageBox.Save)
        answer = box.exec()
        return {QtWidgets.QMessageBox.Save: "save", QtWidgets.QMessageBox.Discard: "discard"}.get(answer, "cancel")

    def show_history(self) -> None:
        from msf_desk.ui.dialogs.history import HistoryDialog

        if self.session is None:
            return
        dialog = HistoryDialog(self.session, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        self.history_dialog = dialog

    def _update_title(self, *_: object) -> None:
        if self.session is None:
            self.setWindowTitle(APP_NAME)
            return
        from msf_desk.core import forum

        name = forum.load(self.session.db).name
        self.setWindowTitle(f"{name} — {self.session.path.name} — {APP_NAME}")

    def new_forum(self) -> None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, MAIN_WINDOW.tr("New forum"), str(Path.home() / "forum.msf"), file_filter())
        if not path:
            return
        if not Path(path).suffix:
            path += ".msf"
        if Path(path).exists():
            QtWidgets.QMessageBox.warning(self, MAIN_WINDOW.tr("New forum"),
                                MAIN_WINDOW.tr("{path} already exists. Choose another name.").format(path=path))
            return
        self.open_path(path, create=True)

    def open_dialog(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self, MAIN_WINDOW.tr("Open a forum"), str(Path.home()), file_filter())
        if path:
            self.open_path(path)

    def save_copy(self) -> None:
        if self.session is None:
            return
        suggested = self.session.path.with_name(f"{self.session.path.stem}-copy{self.session.path.suffix}")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, MAIN_WINDOW.tr("Save a copy"), str(suggested), file_filter())
        if path:
            self.save_copy_to(path)

    def save_copy_to(self, path: str | Path) -> bool:
        """Write a copy of the open forum to `path`; the open file stays the one in use."""
        from msf_desk.store.db import save_copy

        if self.session is None:
            return False
        if Path(path).resolve() == self.session.path.resolve():
            QtWidgets.QMessageBox.warning(self, MAIN_WINDOW.tr("Save a copy"),
                                MAIN_WINDOW.tr("Choose a different file from the one that is open."))
            return False
        try:
            save_copy(self.session.db, Path(path), self.session.path)
        except Exception as exc:
            show_error(self, exc, MAIN_WINDOW.tr("Cannot save a copy"))
            return False
        self.statusBar().showMessage(MAIN_WINDOW.tr("Saved a copy to {path}").format(path=path), 5000)
        return True

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent/files", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _remember(self, path: Path) -> None:
        files = [str(path.resolve())] + [f for f in self.recent_files() if f != str(path.resolve())]
        ui_settings.set_changed(self.settings, "recent/files", files[:MAX_RECENT], self.recent_files())
        self._refresh_recent()

    def _refresh_recent(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for f in files:
            action = self.recent_menu.addAction(f)
            action.triggered.connect(lambda _=False, f=f: self.open_path(f))
        self.recent_menu.setEnabled(bool(files))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if not self.settle_unsaved():
            event.ignore()
            return
        ui_settings.set_changed(self.settings, "window/geometry", self.saveGeometry())
        self.settings.sync()
        self._close_session()
        self._let_go_of_rows()      # before Qt hides the window (window_opening)
        self._stop_idle_loading()   # no import left half done as Python shuts down (window_opening)
        super().closeEvent(event)
