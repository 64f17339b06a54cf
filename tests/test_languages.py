"""The window in English, French and Simplified Chinese (issue 15, item 1): the .ts/.qm workflow, the choice
of language, and the translated window itself."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from console.settings import load_settings, user_values
from console.ui.languages import chosen_language, install_translators, known_language, translated_sources
from tests.helpers import REPO

BIN = REPO / ".venv" / "bin"
TRANSLATIONS = REPO / "assets" / "translations"
TRANSLATED = ("fr", "zh_CN")


def entries(ts: Path) -> list[ElementTree.Element]:
    return list(ElementTree.parse(ts).getroot().iter("message"))


def sources(ts: Path) -> set[tuple[str, str]]:
    tree = ElementTree.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in tree.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_ts_files_hold_every_string_of_the_window(tmp_path: Path, lang: str) -> None:
    """lupdate run afresh over the sources finds nothing the committed .ts lacks (or holds in excess)."""
    committed = TRANSLATIONS / f"cicerone_{lang}.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    subprocess.run(
        [BIN / "pyside6-lupdate", "-no-obsolete", "-locations", "none", *translated_sources(), "-ts", fresh],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    assert sources(fresh) == sources(committed), "run scripts/translations and translate the new strings"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_no_entry_is_left_unfinished(lang: str) -> None:
    unfinished = [
        message.findtext("source")
        for message in entries(TRANSLATIONS / f"cicerone_{lang}.ts")
        if message.find("translation") is None or message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert unfinished == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_committed_qm_files_are_built_from_the_ts_files(tmp_path: Path, lang: str) -> None:
    built = tmp_path / f"cicerone_{lang}.qm"
    subprocess.run(
        [BIN / "pyside6-lrelease", "-silent", TRANSLATIONS / f"cicerone_{lang}.ts", "-qm", built], check=True
    )
    assert built.read_bytes() == (TRANSLATIONS / built.name).read_bytes(), "scripts/translations --release"


def test_the_language_is_the_option_else_the_remembered_one_else_the_systems() -> None:
    assert chosen_language("fr", "zh_CN", QLocale("en_US")) == "fr"
    assert chosen_language(None, "zh_CN", QLocale("fr_FR")) == "zh_CN"
    assert chosen_language(None, None, QLocale("fr_CA")) == "fr"
    assert chosen_language(None, None, QLocale("zh_CN")) == "zh_CN"
    assert chosen_language(None, None, QLocale("de_DE")) == "en"
    assert chosen_language(None, "pt_BR", QLocale("fr_FR")) == "en"  # a venue's unknown choice: the source
    assert known_language("zh-Hant-TW") is None and known_language("zh-Hans-CN") == "zh_CN"


def test_lang_is_remembered_on_this_machine_and_only_it(qapp: QApplication) -> None:
    from console.app import install_language
    from console.cli import build_parser

    installed = install_language(qapp, build_parser().parse_args(["--lang", "zh_CN"]), load_settings())
    try:
        assert user_values() == {"language": "zh_CN"}
        assert QLocale().name() == "zh_CN"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("en"))


def test_qts_own_standard_buttons_speak_french_and_chinese(qapp: QApplication) -> None:
    for lang, cancel in (("fr", "Annuler"), ("zh_CN", "取消")):
        installed = install_translators(qapp, lang)
        try:
            assert len(installed) == 2  # Qt's and ours
            assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
        finally:
            for translator in installed:
                qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en"))
