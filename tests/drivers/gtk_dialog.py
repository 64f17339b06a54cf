"""Open Import's dialog through the file dialog helper in a session where a platform theme may bring its own.

Run with ``QT_QPA_PLATFORMTHEME=gtk3`` on an X server in the database's folder; prints ``GTK <loaded>``,
``QT-DIALOG <Qt's own widgets shown>`` and ``LOST <files whose lock went>`` (``-`` for none).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QListView

from console.store import open_database
from console.ui.file_dialogs import open_file_name, protect_database
from tests.sqlite_locks import answer_file_dialog, missing_locks, open_file_dialog


def main() -> None:
    app = QApplication(sys.argv[:1])
    db_path = Path.cwd() / "show.db"
    db = open_database(db_path)
    protect_database(db_path)
    print(f"GTK {'libgtk-3' in Path('/proc/self/maps').read_text()}", flush=True)
    print(f"BEFORE {' '.join(missing_locks(db_path)) or '-'}", flush=True)

    def look() -> None:  # while the dialog is open: is it Qt's own, drawn with Qt's widgets?
        dialog = open_file_dialog()
        if dialog is None:
            QTimer.singleShot(50, look)
            return
        shown = any(view.isVisible() for view in dialog.findChildren(QListView))
        print(f"QT-DIALOG {shown}", flush=True)

    QTimer.singleShot(50, look)
    answer_file_dialog(db_path.parent, expect="tour.md")
    open_file_name(None, "Import a tour", "Tour files (*.md)")
    print(f"LOST {' '.join(missing_locks(db_path)) or '-'}", flush=True)
    db.close()
    app.quit()


if __name__ == "__main__":
    main()
