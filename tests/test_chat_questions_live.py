"""The live console with audience questions: chat in, questions in the pane, one pinned under the talking
points and on the stage display, Q answering it (Q again takes it back), all of it stored at the stop on air
and in the session export (names replaced with --anonymize)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.app import Console
from console.live.questions import UNDO_S
from console.remote.actions import ActionRegistry, QuestionActions
from console.store import open_database
from console.store.questions import QuestionLedger
from tests.helpers import REPO, http, key, open_console, remote_url, say


@pytest.fixture
def chatty(qtbot: QtBot, tour_db: Path) -> Iterator[Console]:
    built = open_console(qtbot, tour_db, "--chat", "twitch-chat:museum")  # no server: no chat but ours
    qtbot.waitUntil(lambda: built.questions is not None, timeout=5000)
    yield built
    built.shutdown()


def test_a_pinned_question_reaches_the_guide_q_answers_it_and_the_export_has_it_at_its_stop(
    qtbot: QtBot, chatty: Console, tour_db: Path
) -> None:
    desk, view = chatty.questions, chatty.live_view
    assert desk is not None and view.questions_pane is not None
    key(qtbot, chatty, Qt.Key.Key_F5)
    key(qtbot, chatty, Qt.Key.Key_PageDown)
    say(chatty, "hello from Ohio!")
    say(chatty, "Who painted this?")
    say(chatty, "who painted THIS ??", author="Marie")
    say(chatty, "这是真迹吗", author="王芳", platform="twitch")
    pane = view.questions_pane
    qtbot.waitUntil(lambda: pane.list.count() == 2, timeout=2000)  # type: ignore[attr-defined]
    first = pane.list.item(1)  # type: ignore[attr-defined]
    assert "Li Wei · YouTube" in first.text() and "×2" in first.text() and "Who painted this?" in first.text()
    assert pane.counts.text().startswith("2 question") and "· 4 message" in pane.counts.text()  # type: ignore[attr-defined]

    pane.list.itemClicked.emit(first)  # type: ignore[attr-defined]  # the producer pins it
    label = next(
        w for w in view.points.findChildren(type(view.clock_bar.state)) if w.objectName() == "pinnedQuestion"
    )
    assert label.isVisible() and label.text() == "Question from Li Wei, YouTube: Who painted this?"
    assert chatty.stage.question.text() == label.text()
    assert view.hasFocus() or view.isAncestorOf(view.focusWidget())  # the pane took no focus

    key(qtbot, chatty, Qt.Key.Key_Q)  # answered
    assert not label.isVisible() and desk.pinned is None and chatty.stage.question.text() == ""
    key(qtbot, chatty, Qt.Key.Key_Q)  # again within 4 s: taken back
    assert desk.pinned is not None and label.isVisible()
    key(qtbot, chatty, Qt.Key.Key_Q)
    assert desk.pinned is None and UNDO_S == 4.0

    actions = ActionRegistry()  # the producer view's and a Stream Deck's way to the same desk
    QuestionActions(desk).register(actions)
    other = next(q for q in desk.board if q.message.author == "王芳")
    assert actions.run(f"question/pin/{other.id}", {}, {}).ok and label.text().startswith(
        "Question from 王芳"
    )
    assert actions.run("question/unpin", {}, {}).ok and desk.pinned is None
    assert actions.run("question/unpin", {}, {}).status == 409
    assert actions.run("question/pin/999", {}, {}).status == 409
    assert actions.run("question/pin/x", {}, {}).status == 400
    session = chatty.controller.session
    assert session is not None and session.id is not None
    desk.flush()

    ledger = QuestionLedger(open_database(tour_db))
    stored = {q.message.text: q for q in ledger.for_session(session.id)}
    assert stored["Who painted this?"].state == "answered" and stored["Who painted this?"].count == 2
    assert stored["Who painted this?"].stop_index == 1 and stored["这是真迹吗"].state == "new"
    assert ledger.chat_seen(session.id) == 4

    chatty.shutdown()
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "console",
            "--db",
            str(tour_db),
            "session",
            "export",
            str(session.id),
            "--anonymize",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    asked = report["stops"][1]["questions"]
    assert [(q["text"], q["author"], q["state"], q["count"]) for q in asked] == [
        ("Who painted this?", "viewer 1", "answered", 2),
        ("这是真迹吗", "viewer 2", "new", 1),
    ]
    assert "Li Wei" not in out.stdout and report["stops"][0]["questions"] == []


def test_the_producer_sees_and_pins_questions_over_the_show_control_api(
    qtbot: QtBot, chatty: Console
) -> None:
    url = remote_url(qtbot, chatty)
    assert chatty.remote is not None
    token = chatty.remote.token
    say(chatty, "Qui a peint ce tableau ?", author="Camille")
    say(chatty, "hello!")
    qtbot.waitUntil(
        lambda: chatty.remote is not None and bool(chatty.remote.snapshot().state["questions"]["new"])
    )
    qtbot.wait(700)  # published within half a second
    status, state = http(qtbot, url, "/api/state", method="GET", token=token)
    assert status == 200 and state["questions"]["pinned"] is None
    (asked,) = state["questions"]["new"]
    assert (asked["author"], asked["platform"], asked["text"]) == (
        "Camille",
        "youtube",
        "Qui a peint ce tableau ?",
    )
    status, answer = http(qtbot, url, f"/api/question/pin/{asked['id']}", token=token)
    assert status == 200 and answer["state"]["questions"]["pinned"]["text"] == "Qui a peint ce tableau ?"
    assert chatty.stage.question.text() == "Question from Camille, YouTube: Qui a peint ce tableau ?"
    assert http(qtbot, url, "/api/question/answer", token=token)[0] == 200
    status, state = http(qtbot, url, "/api/state", method="GET", token=token)
    assert state["questions"] == {"pinned": None, "new": []}
    assert http(qtbot, url, "/api/question/pin/12345", token=token)[0] == 409
