"""The talking points' content language on screen: a stop read in it, and the marks where it falls back.

A content language (``fr``, ``zh``: the tour's) is not the window's language (``--lang``): the badge shows the
former's code, the marker's words are in the latter.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from console.show.tour import Stop, Tour

FIELD_NAMES = {
    "title": str(QT_TRANSLATE_NOOP("ContentLanguages", "title")),
    "talking_points": str(QT_TRANSLATE_NOOP("ContentLanguages", "talking points")),
    "location": str(QT_TRANSLATE_NOOP("ContentLanguages", "location")),
    "medium": str(QT_TRANSLATE_NOOP("ContentLanguages", "medium")),
}


def is_translation(tour: Tour, language: str) -> bool:
    """``language`` is one of the tour's content languages other than its main one."""
    return tour.is_translation(language)


def localized(tour: Tour, stop: Stop, language: str) -> tuple[Stop, frozenset[str]]:
    """``stop`` as read in ``language`` and the fields where the main language's text stands in (none in
    the main language itself: nothing is missing there)."""
    return tour.read_stop(stop, language)


def localized_title(tour: Tour, stop: Stop, language: str) -> tuple[str, bool]:
    """The stop's title in ``language`` and whether the main language's stands in: the route asks this of
    every stop, so it reads the one field rather than building the whole localized stop."""
    return tour.stop_title(stop, language)


def badge(language: str) -> str:
    """The content language's code as the badge shows it: short, in capitals, the same in every window
    language (``FR``, ``ZH``, ``PT-BR``)."""
    return language.upper()


def fallback_marker(tour: Tour, missing: frozenset[str]) -> str:
    """``EN — not translated: title and talking points`` in the window's language ("" when nothing is)."""
    names = [
        QCoreApplication.translate("ContentLanguages", text)
        for name, text in FIELD_NAMES.items()
        if name in missing
    ]
    if not names:
        return ""
    return QCoreApplication.translate("ContentLanguages", "{language} — not translated: {fields}").format(
        language=badge(tour.main_language), fields=QLocale().createSeparatedList(names)
    )


def title_marker(tour: Tour) -> str:
    """A route row's title standing in for a missing translation: the tooltip that says so."""
    return QCoreApplication.translate("ContentLanguages", "{language} — not translated").format(
        language=badge(tour.main_language)
    )
