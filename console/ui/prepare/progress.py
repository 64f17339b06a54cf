"""Prepare's progress strip: it shows what the task queue (``console.tasks.py``) says."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from console.tasks import TaskQueue


class ProgressStrip(QWidget):
    def __init__(self, queue: TaskQueue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue = queue
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setObjectName("taskProgress")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        queue.started.connect(self._started)
        queue.progress.connect(self._progress)
        queue.idle.connect(self.hide)
        self.hide()

    def _started(self, title: str) -> None:
        self.label.setText(title)
        self.show()

    def _progress(self, done: int, total: int) -> None:
        if total <= 0:
            self.bar.setRange(0, 0)  # busy until the job reports a count
            return
        self.bar.setRange(0, total)
        self.bar.setValue(done)
