"""The status area's line for long work: which document is being written, how far, and Cancel.

The window puts one JobsBar in its status bar (`window.jobs_bar`); every job started from a
page of that window (msf_desk.ui.workers.ExportJob) shows here while it runs, so no progress
dialog covers the window and the user goes on working.
"""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from msf_desk.ui.i18n import Context

WIDGETS_JOBS_BAR = Context("WIDGETS_JOBS_BAR")


class JobsBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobs_bar")
        self.jobs: list = []
        self.text = QLabel()
        self.text.setObjectName("job_text")
        self.bar = QProgressBar()
        self.bar.setObjectName("job_progress")
        self.bar.setFixedWidth(160)
        self.bar.setTextVisible(True)
        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("job_cancel")
        self.cancel_button.setText(WIDGETS_JOBS_BAR.tr("Cancel"))
        self.cancel_button.setToolTip(WIDGETS_JOBS_BAR.tr("Stop this work; nothing is written"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 4, 0)
        row.addWidget(self.text)
        row.addWidget(self.bar)
        row.addWidget(self.cancel_button)
        self.hide()

    @property
    def job(self):
        """The job shown (the last one started that is still running)."""
        return self.jobs[-1] if self.jobs else None

    def watch(self, job) -> None:
        self.jobs.append(job)
        job.progressed.connect(lambda done, total, job=job: self._progress(job, done, total))
        job.document.connect(lambda name, n, count, job=job: self._document(job, name, n, count))
        job.ended.connect(lambda job=job: self._ended(job))
        self._show(job)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _show(self, job) -> None:
        self.text.setText(job.label)
        self.text.setToolTip(job.title)
        self.bar.setRange(0, 0)    # busy until the first report
        self.cancel_button.setEnabled(True)
        self.show()

    def _progress(self, job, done: int, total: int) -> None:
        if job is not self.job or job.cancelling:
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))

    def _document(self, job, name: str, n: int, count: int) -> None:
        if job is not self.job:
            return
        if job.cancelling:
            self.text.setText(WIDGETS_JOBS_BAR.tr("{title}: cancelling…").format(title=job.title))
            self.cancel_button.setEnabled(False)
        elif count > 1:
            self.text.setText(WIDGETS_JOBS_BAR.tr("{title}: writing {name} ({n} of {count})").format(
                title=job.title, name=name, n=n, count=count))
        else:
            self.text.setText(WIDGETS_JOBS_BAR.tr("{title}: writing {name}").format(title=job.title, name=name))

    def _ended(self, job) -> None:
        if job in self.jobs:
            self.jobs.remove(job)
        if self.job is not None:
            self._show(self.job)
        else:
            self.hide()
