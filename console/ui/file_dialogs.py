"""Every file dialog of the app goes through here: Qt's own dialog, and nothing in it reads a file's content.

Why: SQLite's locks on the open database are POSIX advisory locks, and POSIX drops *all* of a process's
locks on a file the moment any descriptor of that file is closed in that process (SQLite's "How To
Corrupt An SQLite Database File", 2.2). Qt's file dialog asks ``QMimeDatabase`` for every file it lists,
and that opens and closes the file to sniff its content: opening Import… in the database's folder
silently dropped the console's locks on ``show.db`` and ``show.db-shm``, and the next process that
opened the database deleted the WAL the console was still writing into.

So the dialogs built here:

- are always Qt's own, from their constructor on: a platform theme's dialog (the GTK chooser that
  ``QT_QPA_PLATFORMTHEME=gtk3`` loads into the process) reads every file it lists through GIO, and
  ``QFileDialog``'s constructor builds it, hidden, before any option can say no;
- name and draw files from their names alone (:class:`NameOnlyIconProvider`, no content, no
  ``.directory`` files);
- never list the open database's own files (``protect_database``), and refuse them if typed in, since
  importing or exporting onto them would open and close them as well.

Use :func:`open_file_name` / :func:`save_file_name` (or :class:`SafeFileDialog`), never ``QFileDialog``
directly.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QFileInfo,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QLineEdit, QMessageBox, QWidget

SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")
_protected: list[Path] = []  # the open databases (app.py registers them)


def protect_database(path: str | Path) -> None:
    """Hide ``path`` and its -wal, -shm and -journal from every dialog, and refuse them if typed in."""
    _protected.append(Path(os.path.abspath(path)))


def unprotect_database(path: str | Path) -> None:
    absolute = Path(os.path.abspath(path))
    if absolute in _protected:
        _protected.remove(absolute)


def is_protected(path: str | Path) -> bool:
    """Whether ``path`` is one of an open database's files (by name, or by inode for links to them).

    Only ``stat``: opening the file to find out would be the very thing this guards against.
    """
    candidate = Path(os.path.abspath(path))
    for database in _protected:
        own_files = [database.with_name(database.name + suffix) for suffix in ("", *SQLITE_SIDE_FILES)]
        if candidate in own_files or any(_same_file(candidate, own) for own in own_files):
            return True
    return False


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)  # stat() both: no open()
    except OSError:
        return False


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from the file name: Qt's default sniffs content (an open() and close())."""

    def __init__(self) -> None:
        super().__init__()
        self.setOptions(QAbstractFileIconProvider.Option.DontUseCustomDirectoryIcons)

    def icon(self, what: QFileInfo | QAbstractFileIconProvider.IconType) -> QIcon:
        if isinstance(what, QAbstractFileIconProvider.IconType):
            return super().icon(what)
        kind = QAbstractFileIconProvider.IconType
        return super().icon(kind.Folder if what.isDir() else kind.File)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("NameOnlyIconProvider", "Folder")
        suffix = info.suffix()
        if not suffix:
            return QCoreApplication.translate("NameOnlyIconProvider", "File")
        return QCoreApplication.translate("NameOnlyIconProvider", "{suffix} file").format(
            suffix=suffix.upper()
        )


class HideDatabaseFiles(QSortFilterProxyModel):
    """The dialog's view of the folder, without the open database's own files."""

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if isinstance(model, QFileSystemModel):
            return not is_protected(model.filePath(model.index(row, 0, parent)))
        return True


class SafeFileDialog(QFileDialog):
    """Qt's own file dialog, whatever the platform theme, with nothing in it that reads a file's content."""

    def __init__(self, parent: QWidget | None, caption: str, name_filters: list[str]) -> None:
        # QFileDialog's constructor already asks the platform theme for its dialog and points it at the
        # folder: the GTK chooser (QT_QPA_PLATFORMTHEME=gtk3), hidden, then reads every file's content
        # through GIO. Native dialogs are off for the constructor; the option keeps them off after it.
        native_before = QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
        try:
            super().__init__(parent, caption)
        finally:
            QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, native_before)
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
        self.setIconProvider(NameOnlyIconProvider())
        self.setProxyModel(HideDatabaseFiles(self))
        self.setNameFilters(name_filters)

    def accept(self) -> None:
        """A typed-in name of the database's own files is refused, and the dialog stays open."""
        refused = next((path for path in self._chosen() if is_protected(path)), None)
        if refused is not None:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr(
                    "{name} is the database this console has open (or one of its own files): "
                    "choose another file."
                ).format(name=Path(refused).name),
            )
            return
        super().accept()

    def _chosen(self) -> list[str]:
        """The selection and the name typed in (Qt drops a typed name the list hides from its selection)."""
        chosen = list(self.selectedFiles())
        typed = self.findChild(QLineEdit, "fileNameEdit")  # the name box, as Qt's own form names it
        if typed is not None and typed.text():
            chosen.append(os.path.join(self.directory().absolutePath(), typed.text()))
        return chosen


def open_file_name(parent: QWidget | None, caption: str, name_filter: str) -> str:
    """Like ``QFileDialog.getOpenFileName``: the chosen file, or '' when cancelled."""
    dialog = SafeFileDialog(parent, caption, [name_filter])
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    path, _chosen = _run(dialog)
    return path


def save_file_name(parent: QWidget | None, caption: str, suggested: str, filters: str) -> tuple[str, str]:
    """Like ``QFileDialog.getSaveFileName``: (path, the chosen filter), or ('', '') when cancelled."""
    dialog = SafeFileDialog(parent, caption, filters.split(";;"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(suggested)
    return _run(dialog)


def _run(dialog: SafeFileDialog) -> tuple[str, str]:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return "", ""
        return dialog.selectedFiles()[0], dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()
