"""Searching the notes (issue 17, item 4): French and Chinese found, hostile queries harmless, the index in
step with the notes through edits, deletes, a crash and the migration of an older database, and the command.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from console.errors import DatabaseError
from console.show.note_search import MAX_QUERY_CHARS, NoteSearchResult, highlights, search_terms, snippet
from console.show.session import Note
from console.show.tour import Stop, Tour
from console.store import Database, SessionRepository, TourRepository, notes_search, open_database, schema
from console.store.notes_search import missing_full_text_search, notes_searcher, search_notes
from console.store.row_merge import merge_rows
from console.ui.review_search import MARKED_ROLE
from console.ui.theme import active
from tests.helpers import KILL_MYSELF, KILLED, REPO, cicerone, near

if TYPE_CHECKING:
    from console.ui.review_search import NotesSearchPane

NOTES = (
    "Le public adore la Méduse, surtout les enfants",
    "Question sur le sfumato de La Joconde : répondre après la pause",
    "蒙娜丽莎的微笑让观众很安静",
    "画框反光，换个角度",
    "Lighting too dark on the Winged Victory",
    'Someone asked about NEAR(x, y) and "quotes" * stars',
    "Taux 100% atteint, fichier note_finale",
)


def made(db: Database, notes: Sequence[str], *, at: float = 1000.0, kind: str = "live") -> int:
    """A session of a three-stop tour gone live at ``at``, its notes written 10 s apart at stop 2."""
    tours = TourRepository(db)
    tour = tours.get(tours.add(Tour("Louvre", (Stop("Entrée", 60), Stop("La Joconde", 60), Stop("Fin", 60)))))
    sessions = SessionRepository(db)
    session = sessions.start(tour, "rehearsal" if kind == "rehearsal" else "live", at)
    sessions.arrive(session, 1, at + 5)
    for k, text in enumerate(notes):
        sessions.add_note(session, Note(at=at + 10 * (k + 1), text=text, stop_index=1, show_s=10.0 * (k + 1)))
    assert session.id is not None
    return session.id


def found(db: Database, query: str) -> list[str]:
    return [hit.text for hit in search_notes(db, query).hits]


def test_french_words_in_any_case_and_with_their_accents(fresh_db: Database) -> None:
    made(fresh_db, NOTES)
    assert found(fresh_db, "méduse") == [NOTES[0]]
    assert found(fresh_db, "MÉDUSE") == [NOTES[0]]
    assert found(fresh_db, "joconde sfumato") == [NOTES[1]]  # every word, in any order
    assert found(fresh_db, "joconde méduse") == []
    assert found(fresh_db, '"la pause"') == [NOTES[1]]  # a phrase
    assert found(fresh_db, '"pause la"') == []


@pytest.mark.parametrize(
    ("query", "note"),
    [("画", 3), ("笑", 2), ("丽莎", 2), ("角度", 3), ("蒙娜丽莎", 2), ("让观众很安静", 2), ("反光 角度", 3)],
)
def test_chinese_of_one_two_and_more_characters(fresh_db: Database, query: str, note: int) -> None:
    made(fresh_db, NOTES)
    assert found(fresh_db, query) == [NOTES[note]]


def test_a_short_word_narrows_an_indexed_one(fresh_db: Database) -> None:
    made(fresh_db, NOTES)
    assert found(fresh_db, "Joconde La") == [NOTES[1]]
    assert found(fresh_db, "Joconde 画") == []
    assert found(fresh_db, "wI") == [NOTES[4]]  # ASCII case ignored


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        '"""',
        "*",
        "NEAR(",
        "NEAR(a b",
        "AND",
        "OR NOT",
        "^",
        "text:",
        "(",
        ")",
        "-",
        "%",
        "_",
        "\\",
        "'",
        "x" * 10_000,
        "\x00",
        "\x00\x01\x1b[2J",
        "méduse\x00\nenfants",
        "\ud800",
        " ",
        "",
    ],
)
def test_hostile_queries_never_fail(fresh_db: Database, query: str) -> None:
    made(fresh_db, NOTES)
    result = search_notes(fresh_db, query)
    for hit in result.hits:
        assert all(term.casefold() in hit.text.casefold() for term in result.terms)


def test_syntax_is_searched_for_as_text(fresh_db: Database) -> None:
    made(fresh_db, NOTES)
    assert found(fresh_db, "NEAR(x") == [NOTES[5]]
    assert found(fresh_db, '"quotes"') == [NOTES[5]]  # a phrase of one word
    assert found(fresh_db, 'and "quotes" *') == [NOTES[5]]
    assert found(fresh_db, "*") == [NOTES[5]]
    assert found(fresh_db, "100%") == [NOTES[6]]
    assert found(fresh_db, "%") == [NOTES[6]]  # LIKE's own wildcards are escaped
    assert found(fresh_db, "_") == [NOTES[6]]
    assert found(fresh_db, "AND") == [NOTES[5]]
    assert found(fresh_db, "méduse\x00enfants") == [NOTES[0]]  # a control character splits words


def test_queries_are_cut_and_cleaned() -> None:
    assert search_terms("x" * 10_000) == ("x" * MAX_QUERY_CHARS,)
    assert search_terms("a\tb\x00c  a A") == ("a", "b", "c")
    assert search_terms('say "la  pause"  ') == ("say", "la pause")
    assert search_terms('un"closed') == ('un"closed',)


def test_a_hit_names_its_session_stop_and_show_time_with_the_words_marked(fresh_db: Database) -> None:
    session_id = made(fresh_db, NOTES)
    (hit,) = search_notes(fresh_db, "sfumato joconde").hits
    assert (hit.session_id, hit.session_kind, hit.session_at, hit.tour_title) == (
        session_id,
        "live",
        1000.0,
        "Louvre",
    )
    assert (hit.stop_number, hit.stop_title, hit.show_s) == (2, "La Joconde", 20.0)
    assert [hit.text[a:b] for a, b in hit.spans] == ["sfumato", "Joconde"]
    assert hit.snippet().marked() == "Question sur le [sfumato] de La [Joconde] : répondre après la pause"


def test_the_stop_title_is_the_one_on_air_not_a_later_edit(fresh_db: Database) -> None:
    made(fresh_db, ["la foule"])
    fresh_db.execute("UPDATE stops SET title = 'Renamed' WHERE position = 1")
    (hit,) = search_notes(fresh_db, "foule").hits
    assert hit.stop_title == "La Joconde"


def test_a_long_note_gives_a_snippet_around_its_first_match() -> None:
    text = "début " + "x" * 300 + " Méduse\n" + "y" * 300
    cut = snippet(text, highlights(text, ("méduse",)), width=60)
    assert cut.text.startswith("…") and cut.text.endswith("…")
    assert "\n" not in cut.text and len(cut.text) == 62
    assert [cut.text[a:b] for a, b in cut.spans] == ["Méduse"]
    assert highlights("aaaa", ("aa", "aaa")) == ((0, 4),)  # overlapping spans joined


def test_newest_session_first_and_the_limit(fresh_db: Database) -> None:
    older = made(fresh_db, ["foule 1", "foule 2"], at=1000.0)
    newer = made(fresh_db, ["foule 3"], at=5000.0, kind="rehearsal")
    result = search_notes(fresh_db, "foule")
    assert [(hit.session_id, hit.text) for hit in result.hits] == [
        (newer, "foule 3"),
        (older, "foule 1"),
        (older, "foule 2"),
    ]
    assert result.hits[0].session_kind == "rehearsal"
    limited = search_notes(fresh_db, "foule", limit=2)
    assert len(limited.hits) == 2 and limited.more
    assert not search_notes(fresh_db, "foule", limit=3).more
    assert search_notes(fresh_db, "fo", limit=2).more  # the short-word scan is limited the same way


def test_a_search_of_short_words_reads_only_the_last_notes_written(
    fresh_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    made(fresh_db, ["画 une", "画 deux", "画 trois"])
    monkeypatch.setattr(notes_search, "SCAN_LIMIT", 2)
    assert found(fresh_db, "画") == ["画 deux", "画 trois"]
    assert found(fresh_db, "画 une") == ["画 une"]  # a word of 3 characters or more: the index


def test_the_index_follows_edits_and_deletes(fresh_db: Database) -> None:
    made(fresh_db, NOTES)
    fresh_db.execute("UPDATE notes SET text = 'La Victoire de Samothrace' WHERE text LIKE 'Le public%'")
    assert found(fresh_db, "méduse") == []
    assert found(fresh_db, "Samothrace") == ["La Victoire de Samothrace"]
    fresh_db.execute("UPDATE notes SET id = 999 WHERE text = 'La Victoire de Samothrace'")
    assert [hit.note_id for hit in search_notes(fresh_db, "Samothrace").hits] == [999]
    fresh_db.execute("DELETE FROM notes WHERE id = 999")
    assert found(fresh_db, "Samothrace") == []
    assert _index_is_sound(fresh_db)


def _index_is_sound(db: Database) -> bool:
    """FTS5's own check that the index holds exactly what the notes hold (raises when it does not)."""
    db.execute("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)")
    return True


def test_an_older_database_with_notes_is_indexed_by_its_migration(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as before:
        # Every step but the index: the schema before it (the repositories write today's columns, so the
        # steps after it stay).
        steps = [step for step in schema.STEPS if step is not schema.m004_notes_search]
        before.setattr(schema, "STEPS", steps)
        old = open_database(db_path)
        made(old, NOTES)
        assert "notes_fts" not in {row["name"] for row in old.query("SELECT name FROM sqlite_master")}
        old.close()
    migrated = open_database(db_path)
    assert found(migrated, "Méduse") == [NOTES[0]]
    assert found(migrated, "丽莎") == [NOTES[2]]
    made(migrated, ["une nouvelle méduse"], at=9000.0)
    assert found(migrated, "méduse") == ["une nouvelle méduse", NOTES[0]]
    assert _index_is_sound(migrated)
    assert list(db_path.parent.glob("cicerone.db.before-migration-*.bak"))


def test_notes_added_after_a_crash_and_resume_are_found(db_path: Path) -> None:
    script = f"""
from console.store import open_database, SessionRepository, TourRepository
from console.show.tour import Tour, Stop
from console.show.session import Note
db = open_database({str(db_path)!r})
tour = TourRepository(db).get(TourRepository(db).add(Tour("T", (Stop("A", 60), Stop("B", 60)))))
sessions = SessionRepository(db)
session = sessions.start(tour, "live", 1000.0)
sessions.add_note(session, Note(at=1001.0, text="avant la panne", stop_index=0, show_s=1.0))
{KILL_MYSELF}
"""
    crashed = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60, cwd=REPO)
    assert crashed.returncode == KILLED, crashed.stderr
    db = open_database(db_path)
    sessions = SessionRepository(db)
    resumed = sessions.unfinished()
    assert resumed is not None
    sessions.add_note(resumed, Note(at=1100.0, text="après la panne", stop_index=1, show_s=100.0))
    assert found(db, "la panne") == ["avant la panne", "après la panne"]
    assert [hit.stop_title for hit in search_notes(db, "panne").hits] == ["A", "B"]
    assert _index_is_sound(db)


def test_notes_rescued_by_the_lock_watchdog_are_indexed(db_path: Path, tmp_path: Path) -> None:
    db = open_database(db_path)
    made(db, ["déjà là"])
    rescue = tmp_path / "rescue.db"
    db.conn.execute("VACUUM INTO ?", [str(rescue)])
    copy = open_database(rescue)
    copy.execute("INSERT INTO notes (session_id, at, text) VALUES (1, 2000.0, 'sauvée du verrou')")
    copy.close()
    assert merge_rows(db.conn, rescue) == 1
    assert found(db, "verrou") == ["sauvée du verrou"]
    assert _index_is_sound(db)


def test_a_search_on_its_own_read_connection_sees_committed_notes(db_path: Path) -> None:
    db = open_database(db_path)
    made(db, NOTES)
    search = notes_searcher(db_path)
    assert [hit.text for hit in search("méduse", 10).hits] == [NOTES[0]]
    SessionRepository(db).add_note(SessionRepository(db).get(1), Note(at=2000.0, text="encore une méduse"))
    assert len(search("méduse", 10).hits) == 2


def test_an_sqlite_without_trigrams_is_refused_with_the_reason(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite before 3.34 has no trigram tokenizer: the database is refused, saying why, and left alone."""
    monkeypatch.setattr(sqlite3, "sqlite_version_info", (3, 31, 1))
    monkeypatch.setattr(sqlite3, "sqlite_version", "3.31.1")
    missing_full_text_search.cache_clear()
    try:
        with pytest.raises(DatabaseError, match=r"SQLite 3\.31\.1 is too old for the notes' search"):
            open_database(db_path)
        assert not db_path.exists()
    finally:
        monkeypatch.undo()
        missing_full_text_search.cache_clear()
    assert missing_full_text_search() is None


def test_the_command_prints_each_hit_with_its_session_stop_and_time(db_path: Path) -> None:
    db = open_database(db_path)
    session_id = made(db, NOTES)
    db.close()
    result = cicerone("notes", "search", "joconde", db=db_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"session {session_id} · ") and lines[0].endswith(" · show · Louvre")
    assert (
        lines[1]
        == "      0:20  stop 2 La Joconde: Question sur le sfumato de La [Joconde] : répondre après la pause"
    )
    assert lines[-1] == "1 note found"
    data = json.loads(cicerone("notes", "search", "画", "--json", db=db_path).stdout)
    (hit,) = data["hits"]
    assert hit["session"] == {
        "id": session_id,
        "kind": "live",
        "date": "1970-01-01T00:16:40+00:00",
        "tour": "Louvre",
    }
    assert hit["stop"] == {"number": 2, "title": "La Joconde"}
    assert (hit["show_time_s"], hit["text"], hit["highlights"]) == (40.0, NOTES[3], [[0, 1]])
    assert data["more"] is False


def test_the_command_on_hostile_input(db_path: Path) -> None:
    db = open_database(db_path)
    made(db, NOTES)
    db.close()
    nothing = cicerone("notes", "search", "no such thing", db=db_path)
    assert (nothing.returncode, nothing.stdout) == (1, "no note matches\n")
    for query in ('"', "NEAR(", "*", "x" * 10_000, "\x1b[2J\x07", "AND OR NOT"):
        result = cicerone("notes", "search", query, "--json", db=db_path)
        assert result.returncode in (0, 1), (query[:20], result.stderr)
        assert "Traceback" not in result.stderr
        json.loads(result.stdout)
    for limit in ("0", "-1", "1001", "1e3", "9" * 50):
        bad = cicerone("notes", "search", "méduse", "--limit", limit, db=db_path)
        assert bad.returncode == 2 and "a limit is a whole number" in bad.stderr
    more = cicerone("notes", "search", "e", "--limit", "2", db=db_path)
    assert more.stdout.splitlines()[-1] == "the first 2 notes; more match (--limit N shows more)"


# -- the Review pane ----------------------------------------------------------------------------------------
def _pane(qtbot: QtBot, search: Callable[[str, int], NoteSearchResult]) -> NotesSearchPane:
    from console.ui.review_search import NotesSearchPane

    pane = NotesSearchPane(search)
    qtbot.addWidget(pane)
    pane.resize(900, 400)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def _rows(pane: NotesSearchPane) -> list[str]:
    return [hit.text for hit in pane.model.hits]


def test_the_pane_searches_off_the_gui_thread_and_marks_the_words(
    qtbot: QtBot, db_path: Path, speak: Callable[[str], object]
) -> None:
    speak("en")  # the English plurals
    db = open_database(db_path)
    session_id = made(db, [*NOTES, "<b>pas du gras</b> & méduse"])
    threads: list[threading.Thread] = []
    searcher = notes_searcher(db_path)

    def search(query: str, limit: int) -> NoteSearchResult:
        threads.append(threading.current_thread())
        return searcher(query, limit)

    pane = _pane(qtbot, search)
    qtbot.keyClicks(pane.field, "dUSE")  # QTest types ASCII only
    qtbot.waitUntil(lambda: len(_rows(pane)) == 2)
    assert threads and all(thread is not threading.main_thread() for thread in threads)
    assert pane.status.text() == "2 notes found"
    assert len(threads) == 1  # typing waits for a pause: one search, not one per key
    marked = pane.model.index(1, 4).data(MARKED_ROLE)  # the note's own markup is text, never markup
    assert marked.startswith("&lt;b&gt;pas du gras&lt;/b&gt; &amp; mé<b ") and marked.endswith(">duse</b>")
    pane.field.setText("画")
    qtbot.keyClick(pane.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _rows(pane) == [NOTES[3]])
    assert pane.status.text() == "1 note found"
    image = pane.table.viewport().grab().toImage()
    fill = QColor(active().accent_fill)
    assert any(
        near(image.pixelColor(x, y), fill.red(), fill.green(), fill.blue(), 8)
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    ), "the match is not painted on the highlight"
    cell = pane.table.visualRect(pane.model.index(0, 4)).center()
    with qtbot.waitSignal(pane.hitChosen) as chosen:
        qtbot.mouseClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert chosen.args == [session_id, 40.0]
    pane.table.setFocus()
    with qtbot.waitSignal(pane.hitChosen) as by_key:  # Enter on the current hit, as from the keyboard
        qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    assert by_key.args == [session_id, 40.0]


def test_the_pane_shows_only_the_latest_answer(qtbot: QtBot, db_path: Path) -> None:
    db = open_database(db_path)
    made(db, NOTES)
    pane = _pane(qtbot, notes_searcher(db_path))
    for query in ("méduse", "Joconde", "画"):
        pane.field.setText(query)
        pane.search_now()
    qtbot.waitUntil(lambda: not pane.tasks.busy)
    assert _rows(pane) == [NOTES[3]]


@pytest.mark.parametrize("query", ['"', "NEAR(", "*", "AND", "x" * 10_000, "\x00\x1b[2J"])
def test_the_pane_on_hostile_queries(
    qtbot: QtBot, db_path: Path, query: str, speak: Callable[[str], object]
) -> None:
    speak("en")
    db = open_database(db_path)
    made(db, NOTES)
    pane = _pane(qtbot, notes_searcher(db_path))
    pane.field.setText(query)
    pane.search_now()
    qtbot.waitUntil(lambda: not pane.tasks.busy)
    assert pane.status.text() in ("1 note found", "No note holds every word", "Type a word to search for")


def test_the_pane_says_when_the_database_cannot_be_read(qtbot: QtBot, tmp_path: Path) -> None:
    pane = _pane(qtbot, notes_searcher(tmp_path / "gone.db"))
    pane.field.setText("méduse")
    pane.search_now()
    qtbot.waitUntil(lambda: not pane.tasks.busy)
    assert pane.status.text().startswith("The search failed: ")
    assert "gone.db: cannot read the database" in pane.status.text()


def test_the_pane_in_french_and_chinese(qtbot: QtBot, db_path: Path, speak: Callable[[str], object]) -> None:
    db = open_database(db_path)
    made(db, NOTES)
    for language, found_one, header in (("fr", "1 note trouvée", "Note"), ("zh_CN", "找到 1 条笔记", "笔记")):
        speak(language)
        pane = _pane(qtbot, notes_searcher(db_path))
        pane.field.setText("画")
        pane.search_now()
        qtbot.waitUntil(lambda pane=pane: not pane.tasks.busy)  # type: ignore[misc]
        assert pane.status.text() == found_one
        assert pane.model.headerData(4, Qt.Orientation.Horizontal) == header
