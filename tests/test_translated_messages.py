"""What the domain says reaches the window in the window's language (issue 15, item 2).

Real failures, provoked for real, shown by real widgets in French and in Chinese: a bad tour script imported
in Prepare (the file and the line still named), the console lock held by another process and a read-only
database (the storage banners), a viewer source answering garbage from a real HTTP server on 127.0.0.1, the
producer's warnings and the slot balance. Each shown text must be the translation, with no English sentence
left in it; the command line's English is pinned by the CLI tests. A last test reads the domain's source:
every reason it raises or returns is a Message that lupdate can find, never a bare English literal.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from console.app import Console
from console.audience.poller import AudiencePoller
from console.audience.secrets import Secrets
from console.cli import build_parser
from console.prepare.workspace import Workspace
from console.settings import Settings, load_settings
from console.show.tour import Stop, Tour
from console.store import Database, TourRepository, open_database
from console.ui.prepare import PrepareView
from console.ui.viewers_pane import ViewersPane
from tests.audience_fakes import FakePlatforms
from tests.disks import read_only_folder
from tests.helpers import REPO, TOUR, holder, start

LANGS = ("fr", "zh_CN")
# Words that only an English sentence holds (none is French; Chinese has no Latin words of its own). A shown
# text is checked once the parts that are no one's language are taken out: paths, a typed value, a host.
ENGLISH = re.compile(
    r"\b(the|is|must|not|has|line|cannot|unknown|expected|before|field|refused|spare|OVER|another|"
    r"database|answer|talking|slot|stop|nested|bad|levels?|process|open)\b"
)
LINE = {"fr": "ligne {n}", "zh_CN": "第 {n} 行"}
Speak = Callable[[str], object]


def assert_no_english(text: str, *verbatim: str) -> None:
    for part in verbatim:
        text = text.replace(part, "")
    found = ENGLISH.search(text)
    assert found is None, f"English ({found.group()!r}) left in: {text}"


def prepare(qtbot: QtBot, db: Database, tour: Tour) -> PrepareView:
    tour_id = TourRepository(db).add(tour)
    view = PrepareView(Workspace(db))
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    view.open_tour(tour_id)
    return view


# -- an import error shown in Prepare's message strip

BAD_FILES = {
    "md": ("---\ntitle: T\n---\n\n## A\nduration: 6m\ncolour: red\n\nx\n", 7),
    "csv": ("title,duration\nA,1m\nB,whenever\n", 3),
    "json": (
        '{"format": "cicerone-tour", "version": 1, "title": "T",\n'
        ' "stops": [{"title": "A", "duration_s": -5}]}',
        2,
    ),
}
SAID = {
    ("md", "fr"): "champ inconnu « colour »",
    ("md", "zh_CN"): "未知字段“colour”",
    ("csv", "fr"): "durée de « B » : « whenever » n’est pas une durée",
    ("csv", "zh_CN"): "“B”的时长：“whenever”不是时长",
    ("json", "fr"): "arrêt 1 (A) : « duration_s » doit être un nombre entier de secondes",
    ("json", "zh_CN"): "第 1 站（A）：“duration_s”必须是大于零",
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_bad_import_is_said_in_the_windows_language_with_its_file_and_line(
    qtbot: QtBot, fresh_db: Database, tmp_path: Path, speak: Speak, kind: str, lang: str
) -> None:
    text, line = BAD_FILES[kind]
    source = tmp_path / f"broken.{kind}"
    source.write_text(text, encoding="utf-8")
    speak(lang)
    view = prepare(qtbot, fresh_db, TOUR)
    view.import_file(source, title="T")
    qtbot.waitUntil(lambda: not view.runner.busy, timeout=10_000)
    shown = view.message.text()
    assert shown.startswith(str(source)) and LINE[lang].format(n=line) in shown, shown
    assert SAID[kind, lang] in shown
    assert_no_english(shown, str(source), "colour", "whenever", "duration_s")
    assert view.tours.list.count() == 1  # nothing stored


# -- the storage banners


@pytest.mark.parametrize("lang", LANGS)
def test_the_console_lock_held_by_another_process_is_said_in_the_windows_language(
    qtbot: QtBot, tour_db: Path, speak: Speak, lang: str
) -> None:
    with holder(tour_db) as other:
        speak(lang)
        console = Console(build_parser().parse_args(["--db", str(tour_db)]), load_settings())
        qtbot.addWidget(console.window)
        start(qtbot, console)
        try:
            banner = console.live_view.banners.texts()["database"]
        finally:
            console.shutdown()
    said = {
        "fr": f"une autre console Cicerone a ouvert cette base de données (processus {other.pid} sur ",
        "zh_CN": "另一个 Cicerone 控制台已打开此数据库（",
    }
    assert said[lang] in banner and str(other.pid) in banner
    host = re.search(r"(?:sur |上的进程|（)(\S+?)(?: 上的进程|\))", banner)
    assert_no_english(banner, str(tour_db), host.group(1) if host else "", "Cicerone")


@pytest.mark.posix
@pytest.mark.parametrize("lang", LANGS)
def test_a_read_only_database_is_said_in_the_windows_language(
    qtbot: QtBot, tmp_path: Path, speak: Speak, lang: str
) -> None:
    with read_only_folder(tmp_path / "share") as share:
        db_path = share.folder / "show.db"
        db = open_database(db_path)
        TourRepository(db).add(TOUR)
        db.close()
        share.freeze()
        speak(lang)
        console = Console(build_parser().parse_args(["--db", str(db_path)]), load_settings())
        qtbot.addWidget(console.window)
        try:
            banner = console.live_view.banners.texts()["database"]
        finally:
            console.shutdown()
    assert banner.startswith({"fr": "lecture seule : ", "zh_CN": "只读："}[lang]), banner
    assert_no_english(banner, str(db_path), "-wal", "-shm", "SQLite")


# -- a viewer source's failure, from a real HTTP server


@pytest.mark.parametrize("lang", LANGS)
def test_a_failing_viewer_source_is_said_in_the_windows_language(
    qtbot: QtBot, platforms: FakePlatforms, speak: Speak, lang: str
) -> None:
    platforms.modes["json"] = "deep"  # valid JSON nested 100,000 deep: refused unread
    spec = f"http-json:{platforms.url}/stats#data.online"
    speak(lang)
    poller = AudiencePoller([spec], Settings(viewer_poll_s=0.2), secrets=Secrets(), timeout_s=2)
    pane = ViewersPane(poller)
    qtbot.addWidget(pane)
    pane.show()
    poller.start()
    try:
        qtbot.waitUntil(lambda: "⚠" in pane.texts(), timeout=5000)
    finally:
        poller.stop()
    problem = next(line for line in pane.texts().splitlines() if line.startswith("⚠"))
    said = {"fr": "⚠ réponse invalide : JSON imbriqué sur plus de ", "zh_CN": "⚠ 无效应答：JSON 嵌套超过 "}
    assert problem.startswith(said[lang]), problem
    assert_no_english(problem, "JSON", "HTTP")


# -- the producer's warnings and the slot balance, and a typed duration


@pytest.mark.parametrize("lang", LANGS)
def test_warnings_and_the_slot_balance_are_said_in_the_windows_language(
    qtbot: QtBot, fresh_db: Database, speak: Speak, lang: str
) -> None:
    speak(lang)
    tour = Tour("Castle", (Stop("Hall", 600, talking_points="- a moat"), Stop("Tower", 600)), slot_s=900)
    view = prepare(qtbot, fresh_db, tour)
    warnings, bar = view.budget.warnings.text(), view.budget.bar.format()
    said = {
        "fr": (
            "⚠ Arrêt 2 (Tower) : aucun point à aborder",
            "⚠ La visite dépasse son créneau de 15m de 5m",
            "DÉPASSÉ de 5m",
        ),
        "zh_CN": ("⚠ 第 2 站（Tower）：没有讲解要点", "⚠ 导览超出 15m 的时段 5m", "超时 5m"),
    }[lang]
    assert said[0] in warnings and said[1] in warnings and said[2] in bar, (warnings, bar)
    assert_no_english(warnings + "\n" + bar, "Tower")
    tooltip = view.model.data(view.model.index(1, 4), 3)  # ToolTipRole on the warning column
    assert tooltip == said[0].removeprefix("⚠ ").split(" : " if lang == "fr" else "：", 1)[1]

    view.form.duration.setFocus()
    view.form.duration.selectAll()
    qtbot.keyClicks(view.form.duration, "whenever")  # as typed: the hint follows each edit
    hint = view.form.duration_hint.text()
    assert hint.startswith({"fr": "« whenever » n’est pas une durée", "zh_CN": "“whenever”不是时长"}[lang]), (
        hint
    )
    assert_no_english(hint, "whenever")


# -- the domain's source: reasons are Messages that lupdate can find

DOMAIN = [REPO / "console" / name for name in ("show", "formats", "store", "audience", "camera")]
DOMAIN_FILES = sorted(path for folder in DOMAIN for path in folder.rglob("*.py")) + [
    REPO / "console" / name for name in ("errors.py", "files.py", "bounded_json.py")
]
# Raising these says something to a person (a KnownError, or a reason a KnownError or a banner carries on).
SAYERS = {
    "InputError", "KnownError", "DatabaseError", "NotFound", "DatabaseInUse", "ReadOnlyWrite", "MissingAsset",
    "VlcUnavailable", "ProbeFailed", "SourceProblem", "BadAnswer", "JsonRefused", "fail",
}  # fmt: skip
# Where the reason is not the first argument: failure(spec, at, reason, ...), UnsafeTarget(path, reason).
REASON_ARG = {"failure": 2, "UnsafeTarget": 1, "NotARegularFile": 1}


def _is_english_literal(node: ast.expr) -> bool:
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(node.value.strip())


def _callee(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def test_sayers_cover_every_known_error_class() -> None:
    """A new KnownError subclass in the domain joins SAYERS, or the scan below would not look at it."""
    for path in DOMAIN_FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = {base.id if isinstance(base, ast.Name) else "" for base in node.bases}
                if bases & {"KnownError", "InputError", "DatabaseError", "SourceProblem"}:
                    assert node.name in SAYERS, f"{path.relative_to(REPO)}: add {node.name} to SAYERS"


def test_the_domain_says_its_reasons_as_messages_not_english_literals() -> None:
    """``raise InputError(f"...")`` or ``failure(spec, at, "...")`` would reach a French window in English;
    ``QT_TRANSLATE_NOOP(ctx, f"...")`` or with a computed template is invisible to lupdate."""
    found = []
    for path in DOMAIN_FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = _callee(node)
            where = f"{path.relative_to(REPO)}:{node.lineno}"
            if name == "QT_TRANSLATE_NOOP":
                literal = len(node.args) == 2 and not node.keywords
                literal = literal and all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args
                )
                if not literal:
                    found.append(f"{where}: QT_TRANSLATE_NOOP takes two string literals (lupdate reads them)")
                continue
            index = 0 if name in SAYERS else REASON_ARG.get(name)
            if index is not None and len(node.args) > index and _is_english_literal(node.args[index]):
                found.append(f"{where}: {name}(...) is given an English literal: make it a QT_TRANSLATE_NOOP")
    assert not found, "\n".join(sorted(set(found)))


def test_a_message_reads_as_english_for_the_command_line_and_translates_in_the_window(speak: Speak) -> None:
    from console.errors import InputError
    from console.messages import QT_TRANSLATE_NOOP, Message
    from console.translation import error_text

    reason = QT_TRANSLATE_NOOP("Checks", "the image '{image}' is missing").format(image="nike.jpg")
    error = InputError(reason, path="tour.md", line=4)
    assert error.text() == str(error) == "tour.md, line 4: the image 'nike.jpg' is missing"
    assert isinstance(error.reason, Message) and type(str(error)) is str
    speak("fr")
    assert error_text(error) == "tour.md, ligne 4 : l’image « nike.jpg » est absente"
    speak("zh_CN")
    assert error_text(error) == "tour.md，第 4 行：缺少图片“nike.jpg”"
    assert error.text() == "tour.md, line 4: the image 'nike.jpg' is missing"  # the CLI's words never change


@pytest.mark.parametrize("lang", LANGS)
def test_a_camera_source_refused_is_said_in_the_windows_language(
    qtbot: QtBot, tmp_path: Path, speak: Speak, lang: str
) -> None:
    from console.ui.camera_pane import CameraPane

    speak(lang)
    pane = CameraPane(Settings())
    qtbot.addWidget(pane)
    pane.show()
    try:
        missing = str(tmp_path / "clip.mp4")
        pane.play(missing)
        said = {"fr": f"{missing} : fichier introuvable", "zh_CN": f"{missing}：文件不存在"}[lang]
        assert said in pane.notice, pane.notice
        pane.play("")
        said = {"fr": "caméra : aucune source caméra indiquée", "zh_CN": "摄像机：未指定摄像机信号源"}[lang]
        assert said in pane.notice, pane.notice
        assert_no_english(pane.notice, missing, "MRL")
    finally:
        pane.shutdown()
