"""Take the README screenshots: the real console window, a show in progress, grabbed from the X screen.

Run through ``scripts/screenshots`` (which starts Xvfb). The show is made of real recorded events,
back-dated so the clock shows a tour 40 minutes in; the console then resumes it as after a crash.
``--everything`` shows all of the live screen at once: the show running late (the time rescue's line and
targets), the demo chat with a question pinned, an encoder (tests/obs_fake.py's stand-in OBS) and the
talking points in another content language than the tour's own.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from console.app import DEMO_TOUR, Console  # noqa: E402
from console.assets import asset_path  # noqa: E402
from console.cli import build_parser  # noqa: E402
from console.formats import load_tour  # noqa: E402
from console.settings import load_settings  # noqa: E402
from console.show.session import Note  # noqa: E402
from console.show.viewers import ViewerSample  # noqa: E402
from console.store import SessionRepository, TourRepository, open_database  # noqa: E402
from console.ui.languages import install_translators  # noqa: E402

# Minutes actually spent at the stops already done, then how long we have been at the current one.
DONE_MINUTES = [6.5, 5.0, 8.25, 8.5, 7.5]
AT_CURRENT_MINUTES = 5.2
# --everything: the same show running late, long at every stop (the slot cannot hold the rest as planned).
LATE_MINUTES = [8.0, 7.0, 9.5, 10.0, 9.5]
LATE_AT_CURRENT_MINUTES = 8.5
NOTES = [
    (1, 3.0, "Sphinx: chat asks about the nose — answer at the Scribe"),
    (3, 2.5, ""),
    (4, 6.0, "Audio dropped 10 s near the Venus, fixed by the sound desk"),
]


def stage_show(data_dir: Path, late: bool = False) -> None:
    done, at_current = (LATE_MINUTES, LATE_AT_CURRENT_MINUTES) if late else (DONE_MINUTES, AT_CURRENT_MINUTES)
    db = open_database(data_dir / "demo.db")
    tours = TourRepository(db)
    tour = tours.get(tours.add(load_tour(asset_path(DEMO_TOUR))))
    sessions = SessionRepository(db)
    went_live = time.time() - 60 * (sum(done) + at_current)
    session = sessions.create(tour, at=went_live)
    sessions.go_live(session, went_live)
    at = went_live
    for index, minutes in enumerate([*done, at_current]):
        sessions.arrive(session, index, at)
        at += minutes * 60
    stop_starts = [went_live + 60 * sum(done[:i]) for i in range(len(done) + 1)]
    for stop, minute, text in NOTES:
        moment = stop_starts[stop] + minute * 60
        sessions.add_note(
            session,
            Note(
                at=moment, text=text, stop_index=stop, show_s=moment - went_live, viewers=380_000 - 900 * stop
            ),
        )
    db.close()


def stage_past_shows(data_dir: Path) -> None:
    """For Review: a rehearsal three days ago (no viewers) and yesterday's show, ended, read every 15 s from
    two platforms (YouTube failing for two minutes, so the total is partial there), with its notes."""
    db = open_database(data_dir / "demo.db")
    tours = TourRepository(db)
    tour = tours.get(tours.add(load_tour(asset_path(DEMO_TOUR))))
    sessions = SessionRepository(db)
    for kind, days, viewers in (("rehearsal", 3, False), ("live", 1, True)):
        went_live = time.time() - days * 86400
        session = sessions.create(tour, "rehearsal" if kind == "rehearsal" else "live", at=went_live)
        sessions.go_live(session, went_live)
        at = went_live
        for index, minutes in enumerate([*DONE_MINUTES, 7.0]):
            sessions.arrive(session, index, at)
            at += minutes * 60
        assert session.id is not None
        for stop, minute, text in NOTES:
            moment = went_live + 60 * (sum(DONE_MINUTES[:stop]) + minute)
            sessions.add_note(session, Note(at=moment, text=text, stop_index=stop, show_s=moment - went_live))
        for step in range(int((at - went_live) // 15)) if viewers else ():
            t = went_live + 15 * step
            minute = step / 4
            youtube = round(
                900 + 40 * minute - (25 * (minute - 20) if minute > 20 else 0) + 30 * ((step * 7) % 5)
            )
            failing = 24 <= minute < 26
            sessions.add_sample(
                session.id,
                ViewerSample(t, "youtube", "error" if failing else "live", None if failing else youtube),
            )
            sessions.add_sample(session.id, ViewerSample(t + 2, "twitch", "live", round(300 + 6 * minute)))
        sessions.end(session, at)
    db.close()


def default_name(lang: str, mode: str, width: int, height: int, everything: bool = False) -> str:
    """``live-console-1280x720.png`` in English; ``live-console-fr-prepare-1280x720.png``,
    ``live-console-zh_CN-everything-1024x600.png`` and the like."""
    parts = ["live-console", *([lang] if lang != "en" else []), *([mode.lower()] if mode != "Live" else [])]
    parts += ["everything"] if everything else []
    return f"{'-'.join(parts)}-{width}x{height}.png"


def pin_a_question(console: Console) -> None:
    """The producer's click: the oldest question the demo chat has asked so far goes up under the points."""
    desk = console.questions
    if desk is None:
        return
    waiting = [question for question in desk.board if question.state == "new"]
    if waiting:
        desk.pin(waiting[-1].id)
    else:  # the chat has asked nothing yet: try again shortly
        QTimer.singleShot(250, lambda: pin_a_question(console))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(REPO / "docs" / "screenshots"), help="output folder")
    parser.add_argument("--settle", type=float, default=4.0, help="seconds to let camera and viewers run")
    parser.add_argument("--size", default="1920x1080", help="window size WIDTHxHEIGHT (the X screen's size)")
    parser.add_argument("--ended", action="store_true", help="end the show first: the ENDED screen")
    parser.add_argument("--lang", default="en", help="the window's language: en, fr or zh_CN")
    parser.add_argument(
        "--mode", default="Live", choices=("Live", "Prepare", "Review"), help="the mode shown"
    )
    parser.add_argument(
        "--name", default=None, help="file name (default: live-console[-LANG][-prepare]-WIDTHxHEIGHT.png)"
    )
    parser.add_argument(
        "--stage", action="store_true", help="the stage display instead, full screen, with a producer's cue"
    )
    parser.add_argument(
        "--everything",
        action="store_true",
        help="Live with everything on: late (time rescue), a pinned question, an encoder, a language switch",
    )
    options = parser.parse_args()
    width, height = (int(part) for part in options.size.lower().split("x"))
    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        os.environ["CICERONE_DATA_DIR"] = str(Path(home) / "data")
        os.environ["CICERONE_CONFIG_DIR"] = str(Path(home) / "config")
        if options.mode == "Review":
            stage_past_shows(Path(home) / "data")
        else:
            stage_show(Path(home) / "data", late=options.everything)
        arguments = ["--demo"]
        obs = None
        if options.everything:  # a stand-in OBS (the tests' own) streaming and recording for a minute
            from tests.obs_fake import FakeObs

            obs = FakeObs().start()
            os.environ["CICERONE_OBS_PASSWORD"] = obs.password or ""
            arguments += ["--encoder", obs.address]
        app = QApplication(sys.argv[:1])
        install_translators(app, options.lang)
        console = Console(build_parser().parse_args(arguments), load_settings())
        console.start()
        # No window manager under Xvfb: the window is placed and sized by hand to fill the screen.
        console.window.move(0, 0)
        console.window.resize(width, height)
        if options.mode == "Prepare":  # Prepare is shut on air: the producer's view, before the show resumes
            console.window.show_mode("Prepare")
        elif options.mode == "Review":  # yesterday's show chosen, its per-source lines on, a note marked
            review = console.review_view
            console.window.show_mode("Review")
            review.library.listed.connect(lambda _rows: review.sessions.selectRow(0))
            review.library.opened.connect(lambda _report: review.choose_note(0))
            review.per_source.setChecked(True)
        else:
            console.controller.go_live()  # resume the staged show, as F5 would
            # The talking points in the window's language where the tour has it, as a guide would press L.
            wanted = options.lang.split("_")[0]
            if options.everything and wanted == "en":  # switched away from the tour's own: the badge shows
                wanted = "fr"
            languages = console.controller.tour.content_languages
            while wanted in languages and console.controller.language != wanted:
                console.controller.cycle_language()
        if options.everything:
            QTimer.singleShot(int(options.settle * 500), lambda: pin_a_question(console))
        if options.stage:  # over the console on the only screen (the menu would not): fine for a picture
            console.stage.setGeometry(app.primaryScreen().geometry())
            console.stage.show()
            console.stage.raise_()
            console.controller.set_cue("Wrap up: two minutes")
            console.stage_screens.show_viewers(True)  # the demo feed's total (a setting, off by default)
        if options.ended:  # halfway through the settling: the viewer counter has read a few samples by then
            QTimer.singleShot(int(options.settle * 500), console.controller.end_show)

        def grab() -> None:
            screen = app.primaryScreen()
            default = default_name(options.lang, options.mode, width, height, options.everything)
            if options.stage:
                default = f"stage-display-{width}x{height}.png"
            target = out / (options.name or default)
            screen.grabWindow(0).save(str(target))
            print(target)
            console.window.close()
            app.quit()

        QTimer.singleShot(int(options.settle * 1000), grab)
        app.exec()
        console.shutdown()
        if obs is not None:
            obs.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
