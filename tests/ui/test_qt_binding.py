"""The Qt binding must not lose references to None and True: a long working session would
end with Python aborting (PySide6 6.12.0 on Python 3.11 does; pyproject.toml avoids it)."""
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    ping = Signal(int)


def test_void_calls_and_signals_keep_reference_counts(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    received = []
    emitter.ping.connect(received.append)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(2000):
        label.setText("parity")
        emitter.ping.emit(i)
    assert len(received) == 2000
    # A few references come and go with the objects above; thousands lost is the bug.
    assert sys.getrefcount(None) - none_before > -100
    assert sys.getrefcount(True) - true_before > -100
