"""How the window names a session: its kind, and a chooser's line (date, kind, tour)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale


def session_kind(kind: str) -> str:
    """``live`` or ``rehearsal`` as the window says it."""
    if kind == "rehearsal":
        return QCoreApplication.translate("Sessions", "Rehearsal")
    return QCoreApplication.translate("Sessions", "Show")


def session_date(at: float) -> str:
    """A session's date and time in the window's language (its short form)."""
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(at)), QLocale.FormatType.ShortFormat)


def session_line(session_id: int, kind: str, at: float, tour_title: str) -> str:
    """A session in a list or a chooser: ``#3 · 03/12/2026 19:00 · Show · Louvre``."""
    return QCoreApplication.translate("Sessions", "#{id} · {date} · {kind} · {tour}").format(
        id=session_id, date=session_date(at), kind=session_kind(kind), tour=tour_title
    )
