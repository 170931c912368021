"""The main window's part that finishes opening a forum: its first page built and filled (off the
GUI thread for pages that can), damage found there closing the forum in words. A mixin of
MainWindow (msf_desk.ui.main_window); its methods run on the window."""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from PySide6 import QtWidgets
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from msf_desk import APP_NAME
from msf_desk.core import members as core_members
from msf_desk.ui.errors import show_error
from msf_desk.ui.idle_loading import IdleLoader
from msf_desk.ui.pages import PAGES
from msf_desk.ui.pages.base import PageBase

IDLE_LOADING_AFTER_MS = 500     # after the opening check and backup


class OpeningInSteps:
    # Set by run_gui: once a forum is open, its first page filled and the opening check and backup
    # done, the modules of the pages not shown yet are loaded in a background thread (idle_loading).
    load_pages_when_idle = False
    idle_loader: IdleLoader | None = None

    def _finish_opening(self, path: Path) -> bool:
        """Build and fill the page shown first; read the members, which most pages read, so
        that damage there closes the forum before work starts."""
        try:
            self._show_row(max(0, self.sidebar.currentRow()))
            core_members.list_members(self.session.db)
        except sqlite3.DatabaseError as exc:
            self._opening_failed(path, exc)
            self.opening_finished.emit(False)
            return False
        self._opening_done = True
        current = self.stack.currentWidget()
        if getattr(current, "later", False) and getattr(current, "model", None) is not None \
                and current.model.rowCount() == 0:
            self._awaiting_fill = current        # its reading runs off the GUI thread; see _page_filled
            return True
        self.filled_at = time.perf_counter()
        self.opening_finished.emit(True)
        return True

    def _page_filled(self, page: QWidget) -> None:
        if page is self._awaiting_fill:
            self._awaiting_fill = None
            self.filled_at = time.perf_counter()
            self.opening_finished.emit(True)

    def _watch_readings(self, page) -> None:
        """A page that reads off the GUI thread: its first filling awaited (see _page_filled), and a
        failed reading of it, or of a part of it that reads by itself (a conflicts panel, read
        again after a change), reported the same way (see _page_read_failed)."""
        page.filled.connect(lambda page=page: self._page_filled(page))
        page.fill_failed.connect(self._page_read_failed)
        for part in page.findChildren(QWidget):
            if isinstance(part, PageBase) and part.later and hasattr(part, "fill_failed"):
                part.fill_failed.connect(self._page_read_failed)

    def _page_read_failed(self, exc: BaseException) -> None:
        """A page's reading off the GUI thread failed: damage found while the forum opens closes
        it in words, as damage found on the GUI thread does; later, it is reported."""
        first = self._awaiting_fill is not None
        self._awaiting_fill = None
        if self.session is not None and isinstance(exc, sqlite3.DatabaseError):
            if first:
                self._opening_failed(self.session.path, exc)
            else:
                self._report_damage(self.session.path, [str(exc)])
        else:
            show_error(self, exc, APP_NAME)
        if first:
            self.opening_finished.emit(False)

    def _let_go_of_rows(self) -> None:
        """The window closes, its forum closed: the page on screen lets go of its rows. Qt sizes
        a table's columns and rows to their contents again as the table is hidden and once more
        on the event loop's last turn; on Today that is some 1,500 readings of its cells (about
        8 ms) for a window nobody sees again. Pages not on screen are hidden already."""
        model = getattr(self.stack.currentWidget(), "model", None)
        if hasattr(model, "set_rows"):
            model.set_rows([])

    def _opening_failed(self, path: Path, exc: sqlite3.DatabaseError) -> None:
        """Damage in what the window reads first: say so, close the forum, offer a backup."""
        self._close_session()
        self.session = None
        self._bind_undo()
        self._build_pages()
        self._update_title()
        self._show_banner()
        self.action_history.setEnabled(False)
        self._report_damage(path, [str(exc)], opened=False)

    def _plan_idle_loading(self, ok: bool) -> None:
        """The first page is shown: once the opening check and backup are done (at once for a
        forum open read-only, which has none) and half a second after, load the modules of the
        pages not built yet in the background (once per window: modules stay loaded)."""
        if not ok or not self.load_pages_when_idle or self.idle_loader is not None or self.session is None:
            return
        session, keeper, asked = self.session, self.keeper, []

        def begin(*_: object) -> None:
            if asked or self.session is not session or self.idle_loader is not None:
                return
            asked.append(True)
            QTimer.singleShot(IDLE_LOADING_AFTER_MS, start)

        def start() -> None:
            if self.session is not session or self.idle_loader is not None:
                return
            targets = [target.split(":")[0] for key, _, target in PAGES if target and key not in self.pages]
            # The dialogs' classes, which the start-up leaves unmade (the window names them when a
            # dialog is shown) and the pages' modules name as they load: made here, on the window's
            # thread, before the loading thread can name them. PySide makes a class when it is
            # first named, and nothing stops two threads making the same one at once (see
            # benchmarks/README.md, "Start-up, seventh pass").
            QtWidgets.QMessageBox, QtWidgets.QFileDialog   # noqa: B018 (named to be made)
            self.idle_loader = IdleLoader(targets)
            self.idle_loader.start()

        if keeper is None or keeper.closed:
            begin()
        else:
            keeper.checked.connect(begin)
            keeper.failed.connect(begin)

    def _stop_idle_loading(self) -> None:
        """The window closes: no further module is started, and the one being imported is let
        finish (a few milliseconds), so that none is left half done while Python shuts down."""
        if self.idle_loader is not None:
            self.idle_loader.stop()
            self.idle_loader.thread.join(timeout=2)
