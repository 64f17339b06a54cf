"""The window's language: English, French or Simplified Chinese, through Qt's own translators.

Chosen, first to last: ``--lang`` on the command line, the ``language`` the user (or the venue profile)
remembered on this machine, the operating system's locale. Anything else is English, the source language.
Qt's ``qtbase_<lang>.qm`` is installed first so standard buttons (OK, Cancel, Save) speak it too, then
ours from ``assets/translations`` (built from the ``.ts`` sources by ``scripts/translations``); English has
one too, for its plural forms.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from console.assets import asset_path

log = logging.getLogger(__name__)
SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "fr", "zh_CN")
TRANSLATIONS = "translations"
_installed: list[QTranslator] = []


def known_language(code: str) -> str | None:
    """``code`` as one of LANGUAGES (``fr_BE`` is French, ``zh-Hans-CN`` Simplified Chinese), else None."""
    code = code.replace("-", "_")
    if code in LANGUAGES:
        return code
    if code.startswith("zh"):
        traditional = any(part in code for part in ("Hant", "_TW", "_HK", "_MO"))
        return None if traditional else "zh_CN"
    base = code.split("_", 1)[0]
    return base if base in LANGUAGES else None


def window_language() -> str:
    """The language the window speaks: install_translators made it the default locale."""
    return known_language(QLocale().name()) or SOURCE_LANGUAGE


def chosen_language(option: str | None, remembered: str | None, system: QLocale | None = None) -> str:
    """The language the window speaks: the option, else the remembered choice, else the OS's; else English."""
    for candidate in (option, remembered):
        if candidate:
            return known_language(candidate) or SOURCE_LANGUAGE
    locale = system or QLocale.system()
    for name in locale.uiLanguages():
        if (language := known_language(name)) is not None:
            return language
    return SOURCE_LANGUAGE


def qt_translations_dir() -> Path:
    """Where PySide6 keeps Qt's own .qm files (``PySide6/Qt/translations``, in the frozen bundle too)."""
    import PySide6

    bundled = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
    if bundled.is_dir():
        return bundled
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's and our translators for ``language`` on ``app`` (in place of any installed before).

    A missing file is logged and skipped: the window then speaks English rather than not opening.
    """
    for earlier in _installed:  # a second call replaces the first's language
        app.removeTranslator(earlier)
        earlier.deleteLater()
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    installed = _installed
    # English needs ours too: its .qm holds only the plural forms ("%n stop(s)" -> "1 stop", "2 stops").
    qt_own = [] if language == SOURCE_LANGUAGE else [(f"qtbase_{language}", qt_translations_dir())]
    for name, folder in (*qt_own, (f"cicerone_{language}", asset_path(TRANSLATIONS))):
        translator = QTranslator(app)
        if translator.load(name, str(folder)) and app.installTranslator(translator):
            installed.append(translator)
        else:
            log.warning("no %s.qm in %s: that part of the window stays in English", name, folder)
    # Named in the log: the package check reads it to prove the frozen window loaded its language.
    log.info("window language %s: %s", language, ", ".join(t.filePath() for t in installed) or "none loaded")
    return list(installed)


def translated_sources() -> list[str]:
    """The files whose strings reach the window, relative to the repository (read by scripts/translations)."""
    root = Path(__file__).resolve().parent.parent.parent
    # The window's own packages, then the domain's, whose messages (console.messages) the window translates.
    packages = (
        "ui",
        "prepare",
        "review",
        "reporting",
        "live",
        "show",
        "formats",
        "store",
        "audience",
        "camera",
        "remote",
        "encoder",
    )
    files = [path for package in packages for path in sorted((root / "console" / package).rglob("*.py"))]
    files += [
        root / "console" / name for name in ("app.py", "errors.py", "files.py", "bounded_json.py", "tasks.py")
    ]
    return [str(path.relative_to(root)) for path in files]


def number(value: int) -> str:
    """A count in the window's language (1,234 / 1 234 / 1,234); the C locale groups like English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{value:,}"
    return locale.toString(value)
