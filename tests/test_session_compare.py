"""Comparing two sessions of one tour (issue 17, item 5): the stop matching on hand-made sessions (a rehearsal
against a show with a stop skipped, a stop renamed, a stop removed), the report's own figures, the command.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from console.show.compare import Comparison, compare, same_title
from console.show.tour import Stop, Tour
from console.show.viewers import ViewerSample
from console.store import Database, SessionRepository, TourRepository, open_database
from console.store.session_compare import compare_sessions, comparer, session_choices
from console.ui.theme import active
from tests.helpers import cicerone

if TYPE_CHECKING:
    from console.ui.review_compare import SessionCompareView

REHEARSED = (
    Stop("Entrée", 60),
    Stop("La Joconde", 120),
    Stop("Ancien titre", 60),
    Stop("Méduse", 90),
    Stop("Fin", 30),
)


def session(
    db: Database,
    tour: Tour,
    stays: Sequence[tuple[int, float]],
    *,
    at: float,
    kind: str = "live",
    viewers: Sequence[int] = (),
) -> int:
    """A session of ``tour`` (its stops as given: a later edit of the tour), the guide staying ``seconds`` at
    each listed stop in turn, one source read every 10 s from the go-live."""
    sessions = SessionRepository(db)
    made = sessions.start(tour, "rehearsal" if kind == "rehearsal" else "live", at)
    assert made.id is not None
    moment = at
    for k, (index, seconds) in enumerate(stays):
        if k:
            sessions.arrive(made, index, moment)
        moment += seconds
    for step, count in enumerate(viewers):
        sessions.add_sample(made.id, ViewerSample(at + 10 * step, "yt", "live", count))
    sessions.end(made, moment)
    return made.id


@pytest.fixture
def tour(fresh_db: Database) -> Tour:
    tours = TourRepository(fresh_db)
    return tours.get(tours.add(Tour("Louvre", REHEARSED, slot_s=600)))


def test_a_skipped_stop_and_a_renamed_one(fresh_db: Database, tour: Tour) -> None:
    """The show skips La Joconde (still in the route: paired by position, not visited) and calls stop 3 by a
    new name (unmatched on both sides)."""
    rising = [100 + 10 * k for k in range(40)]  # +1 viewer a second
    a = session(
        fresh_db,
        tour,
        [(0, 60), (1, 140), (2, 60), (3, 90), (4, 30)],
        at=1000.0,
        kind="rehearsal",
        viewers=rising,
    )
    renamed = replace(tour, stops=(*tour.stops[:2], Stop("Nouveau titre", 60), *tour.stops[3:]))
    b = session(fresh_db, renamed, [(0, 90), (2, 50), (3, 90), (4, 30)], at=5000.0, viewers=[100] * 30)
    result = compare_sessions(fresh_db, a, b)
    rows = [
        (p.a.number if p.a else None, p.b.number if p.b else None, p.match, p.title) for p in result.pairs
    ]
    assert rows == [
        (1, 1, "position", "Entrée"),
        (2, 2, "position", "La Joconde"),
        (3, None, None, "Ancien titre"),
        (None, 3, None, "Nouveau titre"),
        (4, 4, "position", "Méduse"),
        (5, 5, "position", "Fin"),
    ]
    assert [s.title for s in result.only_in_a] == ["Ancien titre"]
    assert [s.title for s in result.only_in_b] == ["Nouveau titre"]
    entry, joconde, _, _, meduse, _ = result.pairs
    # The report's own figures, not a copy computed again.
    assert entry.a is result.a.stops[0] and entry.b is result.b.stops[0]
    assert entry.time_difference_s == 30.0  # 90 s against 60 s
    assert joconde.b is not None and joconde.b.visits == 0 and joconde.time_difference_s is None
    assert meduse.time_difference_s == 0.0
    # Hold: A's entry went from 100 to 150 viewers (1.5), B's stayed at 100 (1.0).
    assert entry.a.audience.hold == pytest.approx(1.5)
    assert entry.hold_difference == pytest.approx(-0.5)
    assert entry.stands_out and not joconde.stands_out  # nothing to compare for a stop skipped in B
    assert result.same_tour
    assert result.length_difference_s == 260.0 - 380.0


def test_a_removed_stop_pairs_the_rest_by_title(fresh_db: Database, tour: Tour) -> None:
    a = session(fresh_db, tour, [(0, 60), (1, 120), (2, 60), (3, 90), (4, 30)], at=1000.0, kind="rehearsal")
    edited = replace(tour, stops=(tour.stops[0], Stop("Nouveau titre", 60), *tour.stops[3:]))
    b = session(fresh_db, edited, [(0, 60), (1, 60), (2, 100), (3, 30)], at=5000.0)
    result = compare_sessions(fresh_db, a, b)
    rows = [(p.a.number if p.a else None, p.b.number if p.b else None, p.match) for p in result.pairs]
    assert rows == [
        (1, 1, "position"),
        (2, None, None),  # La Joconde, removed
        (3, None, None),  # Ancien titre, renamed
        (None, 2, None),  # as Nouveau titre, just before B's next stop
        (4, 3, "title"),
        (5, 4, "title"),
    ]
    assert result.pairs[4].time_difference_s == 10.0  # Méduse: 100 s against 90 s
    assert result.pairs[4].a is not None and result.pairs[4].a.audience.hold is None  # no viewers: no hold


def test_same_titles_pair_in_route_order_and_ignore_case_and_spaces(fresh_db: Database) -> None:
    tours = TourRepository(fresh_db)
    twice = tours.get(tours.add(Tour("T", (Stop("Salle", 60), Stop("Pause", 60), Stop("Salle", 60)))))
    a = session(fresh_db, twice, [(0, 10), (1, 10), (2, 10)], at=1000.0)
    moved = replace(twice, stops=(Stop("PAUSE ", 60), Stop("salle", 60), Stop("  Salle", 60)))
    b = session(fresh_db, moved, [(0, 10), (1, 10), (2, 10)], at=2000.0)
    result = compare_sessions(fresh_db, a, b)
    assert [(p.a and p.a.number, p.b and p.b.number, p.match) for p in result.pairs] == [
        (1, 2, "title"),
        (2, 1, "title"),
        (3, 3, "position"),
    ]
    assert same_title("  La   Joconde ") == same_title("la joconde")


def test_a_session_against_itself_differs_nowhere(fresh_db: Database, tour: Tour) -> None:
    a = session(fresh_db, tour, [(0, 60), (1, 120)], at=1000.0, viewers=[100 + k for k in range(20)])
    report = compare_sessions(fresh_db, a, a).a
    result = compare(report, report)
    assert all(p.match == "position" and not p.stands_out for p in result.pairs)
    assert not result.only_in_a and not result.only_in_b


def test_the_choosers_list_newest_first_with_their_tour(fresh_db: Database, tour: Tour) -> None:
    a = session(fresh_db, tour, [(0, 10)], at=1000.0, kind="rehearsal")
    b = session(fresh_db, tour, [(0, 10)], at=2000.0)
    choices = session_choices(fresh_db)
    assert [(c.id, c.kind, c.tour_id, c.tour_title, c.at) for c in choices] == [
        (b, "live", tour.id, "Louvre", 2000.0),
        (a, "rehearsal", tour.id, "Louvre", 1000.0),
    ]


def _rehearsal_and_show(db_path: Path) -> tuple[int, int, int]:
    """A rehearsal (a rising audience), a show skipping La Joconde and calling stop 3 by a new name, and a
    session of another tour."""
    db = open_database(db_path)
    tours = TourRepository(db)
    tour = tours.get(tours.add(Tour("Louvre", REHEARSED, slot_s=600)))
    a = session(
        db,
        tour,
        [(0, 60), (1, 140), (2, 60), (3, 90), (4, 30)],
        at=1000.0,
        kind="rehearsal",
        viewers=[100 + 10 * k for k in range(40)],
    )
    renamed = replace(tour, stops=(*tour.stops[:2], Stop("Nouveau titre", 60), *tour.stops[3:]))
    b = session(db, renamed, [(0, 90), (2, 50), (3, 90), (4, 30)], at=5000.0, viewers=[100] * 30)
    other = tours.get(tours.add(Tour("Orsay", (Stop("Entrée", 60),))))
    c = session(db, other, [(0, 60)], at=9000.0)
    db.close()
    return a, b, c


def test_the_command_side_by_side_and_as_json(db_path: Path) -> None:
    a, b, c = _rehearsal_and_show(db_path)
    result = cicerone("session", "compare", str(a), str(b), db=db_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"A: session {a} · rehearsal · ") and lines[0].endswith(" · Louvre · 6:20")
    assert lines[1].startswith(f"B: session {b} · show · ") and lines[1].endswith(" · Louvre · 4:20")
    assert lines[2] == "length B − A: −2:00"
    assert lines[5].split() == [
        "!",
        "1",
        "1",
        "Entrée",
        "1:00",
        "1:30",
        "+0:30",
        "150%",
        "100%",
        "-50",
        "pts",
    ]
    assert lines[6].split() == ["2", "2", "La", "Joconde", "2:20", "-", "181%", "-"]  # skipped in B
    assert lines[-2:] == ["only in A: 3 Ancien titre", "only in B: 3 Nouveau titre"]
    data = json.loads(cicerone("session", "compare", str(a), str(b), "--json", db=db_path).stdout)
    assert data["a"]["kind"] == "rehearsal" and data["b"]["length_s"] == 260.0
    assert data["stops"][0]["a"]["actual_s"] == 60.0 and data["stops"][0]["time_difference_s"] == 30.0
    assert data["stops"][0]["hold_difference"] == -0.5 and data["stops"][0]["stands_out"] is True
    assert data["only_in_a"] == [{"number": 3, "title": "Ancien titre"}]
    assert data["only_in_b"] == [{"number": 3, "title": "Nouveau titre"}]
    across = cicerone("session", "compare", str(a), str(c), db=db_path)
    assert across.returncode == 0 and "different tours; stops matched by title" in across.stderr
    missing = cicerone("session", "compare", str(a), "99", db=db_path)
    assert missing.returncode == 2 and "no session with id 99" in missing.stderr
    bad = cicerone("session", "compare", str(a), "x" * 100, db=db_path)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


# -- the Review pane ----------------------------------------------------------------------------------------
def _view(qtbot: QtBot, db_path: Path, compare: Callable[[int, int], Comparison]) -> SessionCompareView:
    from console.ui.review_compare import SessionCompareView

    view = SessionCompareView(compare)
    qtbot.addWidget(view)
    view.resize(1100, 500)
    view.show()
    qtbot.waitExposed(view)
    db = open_database(db_path)
    view.set_sessions(session_choices(db))
    db.close()
    return view


def _item(view: SessionCompareView, row: int, column: int) -> QTableWidgetItem:
    item = view.table.item(row, column)
    assert item is not None
    return item


def _header(view: SessionCompareView, column: int) -> str:
    item = view.table.horizontalHeaderItem(column)
    assert item is not None
    return item.text()


def _cells(view: SessionCompareView, row: int) -> list[str]:
    return [_item(view, row, column).text() for column in range(view.table.columnCount())]


def test_the_pane_compares_off_the_gui_thread_and_highlights_differences(
    qtbot: QtBot, db_path: Path, speak: Callable[[str], object]
) -> None:
    speak("en")
    a, b, _ = _rehearsal_and_show(db_path)
    threads: list[threading.Thread] = []
    run = comparer(db_path)

    def compare_there(first: int, second: int) -> Comparison:
        threads.append(threading.current_thread())
        return run(first, second)

    view = _view(qtbot, db_path, compare_there)
    view.first.setCurrentIndex(view.first.findData(a))
    offered = [view.second.itemData(k) for k in range(view.second.count())]
    assert offered == [b]  # only the other sessions of A's tour (not C, of another tour, nor A itself)
    view.choose(a, b)
    qtbot.waitUntil(lambda: view.table.rowCount() == 6)
    assert threads and all(thread is not threading.main_thread() for thread in threads)
    assert _cells(view, 0) == [
        "1",
        "1",
        "Entrée",
        "position",
        "1:00",
        "1:30",
        "+0:30",
        "150%",
        "100%",
        "−50 pts",
    ]
    assert _cells(view, 2) == ["3", "—", "Ancien titre", "only in A", "1:00", "—", "", "117%", "—", ""]
    assert _cells(view, 3)[:4] == ["—", "3", "Nouveau titre", "only in B"]
    assert _item(view, 0, 6).font().bold() and _item(view, 0, 9).font().bold()
    assert _item(view, 0, 9).background().color() == QColor(active().warn_fill)
    assert not _item(view, 0, 4).font().bold()
    assert view.unmatched.text() == "Only in A: 3. Ancien titre\nOnly in B: 3. Nouveau titre"
    assert view.summary.text() == "Length: A 6:20, B 4:20 (−2:00)"


def test_the_pane_keeps_the_latest_choice_and_says_why_it_cannot_compare(
    qtbot: QtBot, db_path: Path, tmp_path: Path, speak: Callable[[str], object]
) -> None:
    speak("en")
    a, b, _ = _rehearsal_and_show(db_path)
    view = _view(qtbot, db_path, comparer(db_path))
    view.choose(b, a)
    view.choose(a, b)
    qtbot.waitUntil(lambda: not view.tasks.busy)
    assert view.comparison is not None and view.comparison.a.session.id == a
    broken = _view(qtbot, db_path, comparer(tmp_path / "gone.db"))
    broken.choose(a, b)
    qtbot.waitUntil(lambda: not broken.tasks.busy)
    assert broken.summary.text().startswith("Cannot compare these sessions: ")
    assert "gone.db: cannot read the database" in broken.summary.text()
    assert broken.table.rowCount() == 0


def test_the_pane_in_french_and_chinese(qtbot: QtBot, db_path: Path, speak: Callable[[str], object]) -> None:
    a, b, _ = _rehearsal_and_show(db_path)
    for language, only, header, hold in (
        ("fr", "Seulement dans A : 3. Ancien titre", "Rétention A", "150 %"),
        ("zh_CN", "仅在 A 中：3. Ancien titre", "A 留存", "150%"),
    ):
        speak(language)
        view = _view(qtbot, db_path, comparer(db_path))
        view.choose(a, b)
        qtbot.waitUntil(lambda view=view: view.table.rowCount() == 6)  # type: ignore[misc]
        assert view.unmatched.text().splitlines()[0] == only
        assert _header(view, 7) == header
        assert _item(view, 0, 7).text() == hold


def test_choosing_another_a_drops_the_comparison_on_its_way(
    qtbot: QtBot, db_path: Path, speak: Callable[[str], object]
) -> None:
    speak("en")
    a, b, c = _rehearsal_and_show(db_path)
    view = _view(qtbot, db_path, comparer(db_path))
    view.choose(a, b)
    view.first.setCurrentIndex(view.first.findData(c))  # before the answer comes
    qtbot.waitUntil(lambda: not view.tasks.busy)
    assert view.comparison is None and view.table.rowCount() == 0
    assert view.second.count() == 0 and view.second.placeholderText() == "No other session of this tour"


def test_two_ten_thousand_stop_shows_compare_and_report_at_once() -> None:
    """A report filtered every visit per stop, and the comparison searched for each unpaired stop's
    successor: quadratic, seconds for two 10,000-stop shows with nothing in common."""
    import time

    from console.show.report import build_report
    from console.show.session import Arrival, Session

    def show(letter: str) -> Session:
        tour = Tour(letter, stops=tuple(Stop(f"{letter}{n}", 60) for n in range(10_000)))
        arrivals = [Arrival(n, 1_000.0 + 60 * n) for n in range(10_000)]
        return Session(tour, went_live_at=1_000.0, ended_at=601_000.0, arrivals=arrivals, id=1)

    started = time.monotonic()
    a, b = build_report(show("A"), []), build_report(show("B"), [])
    pairs = compare(a, b).pairs
    assert time.monotonic() - started < 2.0
    assert len(pairs) == 20_000 and all((p.a is None) != (p.b is None) for p in pairs)
    assert [a.stops[n].actual_s for n in (0, 9_999)] == [60.0, 60.0]
