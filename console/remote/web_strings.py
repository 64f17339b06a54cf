"""The browser views' words: listed here so ``scripts/translations`` gathers them into the ``.ts`` files
(context ``WebViews``), translated on the GUI thread into the window's language and handed to the server.
The pages' scripts look each one up by its English text (``t("Next")`` in ``assets/web/common.js``); a word
missing here stays English in the browser, which tests/test_web_views.py catches.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.remote.web import WebViews

CONTEXT = "WebViews"
WEB_STRINGS: tuple[str, ...] = (
    str(QT_TRANSLATE_NOOP("WebViews", "Next")),
    str(QT_TRANSLATE_NOOP("WebViews", "Back")),
    str(QT_TRANSLATE_NOOP("WebViews", "Mark")),
    str(QT_TRANSLATE_NOOP("WebViews", "Marked")),
    str(QT_TRANSLATE_NOOP("WebViews", "Now")),
    str(QT_TRANSLATE_NOOP("WebViews", "This stop")),
    str(QT_TRANSLATE_NOOP("WebViews", "Show left")),
    str(QT_TRANSLATE_NOOP("WebViews", "Stop {n} of {total}")),
    str(QT_TRANSLATE_NOOP("WebViews", "Last stop")),
    str(QT_TRANSLATE_NOOP("WebViews", "On air")),
    str(QT_TRANSLATE_NOOP("WebViews", "Not on air")),
    str(QT_TRANSLATE_NOOP("WebViews", "Viewers")),
    str(QT_TRANSLATE_NOOP("WebViews", "No connection to the console: reconnecting…")),
    str(QT_TRANSLATE_NOOP("WebViews", "The token in this link is not valid: scan the QR code again.")),
    str(QT_TRANSLATE_NOOP("WebViews", "Cue")),
    str(QT_TRANSLATE_NOOP("WebViews", "Send cue")),
    str(QT_TRANSLATE_NOOP("WebViews", "Clear cue")),
    str(QT_TRANSLATE_NOOP("WebViews", "No cue on screen")),
    str(QT_TRANSLATE_NOOP("WebViews", "Wrap up")),
    str(QT_TRANSLATE_NOOP("WebViews", "Stop")),
    str(QT_TRANSLATE_NOOP("WebViews", "Planned")),
    str(QT_TRANSLATE_NOOP("WebViews", "Actual")),
    str(QT_TRANSLATE_NOOP("WebViews", "Elapsed")),
    str(QT_TRANSLATE_NOOP("WebViews", "Projected end")),
    str(QT_TRANSLATE_NOOP("WebViews", "Stage")),
    str(QT_TRANSLATE_NOOP("WebViews", "Remote")),
    str(QT_TRANSLATE_NOOP("WebViews", "Producer")),
    str(QT_TRANSLATE_NOOP("WebViews", "Audience questions")),
    str(QT_TRANSLATE_NOOP("WebViews", "Pinned for the guide")),
    str(QT_TRANSLATE_NOOP("WebViews", "No question pinned")),
    str(QT_TRANSLATE_NOOP("WebViews", "No new questions")),
    str(QT_TRANSLATE_NOOP("WebViews", "Pin")),
    str(QT_TRANSLATE_NOOP("WebViews", "Unpin")),
    str(QT_TRANSLATE_NOOP("WebViews", "Dismiss")),
    str(QT_TRANSLATE_NOOP("WebViews", "×{n}")),
    str(QT_TRANSLATE_NOOP("WebViews", "YouTube")),
    str(QT_TRANSLATE_NOOP("WebViews", "Twitch")),
    str(QT_TRANSLATE_NOOP("WebViews", "Demo")),
)


def web_views(language: str) -> WebViews:
    """The pages' words, translated now (on the GUI thread) by the window's translators; ``language`` is the
    window's (console.ui.languages.window_language), for the pages' ``lang``."""
    strings = {text: QCoreApplication.translate(CONTEXT, text) for text in WEB_STRINGS}
    return WebViews(language=language, strings=strings)
