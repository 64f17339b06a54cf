"""What the encoder's lane costs the report: report_bench's three-hour show (five sources read every second)
with what OBS said stored as the console stores it (a sample every 5 s, a state change now and then, a
stretch off air and one where OBS could not be asked). Timed in the same run, medians by CPU time: reading
the report back (``SessionRepository.report``, against ``build_report`` of the session and its readings
alone, as before the lane) and drawing the chart as a 1600-pixel PNG, each with and without the lane (the
same show, its encoder records left out). Goals: the read ≤ 10 % slower, the drawing ≤ 30 ms more (of
Review's 0.5 s to open a show). The machine may be shared: the figures are noisy.
Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench/encoder_lane_bench.py [--runs 7]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from report_bench import SHOW_S, T0, make_show, timed

from console.reporting.documents import chart_png
from console.show.encoder import EncoderRecord
from console.show.report import build_report
from console.store import Database, SessionRepository, open_database

OFF_AIR = (3600, 3900)
NOT_ASKED = (7200, 7320)


def add_encoder(db: Database, session_id: int) -> int:
    sessions = SessionRepository(db)
    rows = 0
    with db.atomic():
        for second in range(0, SHOW_S, 5):
            if NOT_ASKED[0] <= second < NOT_ASKED[1]:
                continue
            streaming = not OFF_AIR[0] <= second < OFF_AIR[1]
            dropped = 0.05 if second % 1800 < 60 else 0.001
            record = EncoderRecord(
                T0 + second, "sample", streaming, bitrate_kbps=5800 + second % 400, dropped_share=dropped
            )
            sessions.add_encoder_record(session_id, record)
            rows += 1
        sessions.add_encoder_record(
            session_id, EncoderRecord(T0 + NOT_ASKED[0], "state", None, reason="refused")
        )
    return rows + 1


def cpu_ms(runs: tuple[list[float], list[float]]) -> tuple[float, float]:
    wall, cpu = runs
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as folder:
        db = open_database(Path(folder) / "bench.db")
        session_id = make_show(db)
        db.execute("PRAGMA synchronous=OFF")  # the setup only
        rows = add_encoder(db, session_id)
        sessions = SessionRepository(db)
        with_lane = sessions.report(session_id)
        without = dataclasses.replace(with_lane, encoder=())
        read = timed(options.runs, lambda: sessions.report(session_id))
        read_plain = timed(
            options.runs, lambda: build_report(sessions.get(session_id), sessions.samples(session_id))
        )
        db.close()
    chart_png(without, 1600)  # Qt's fonts loaded before timing
    drawn = timed(options.runs, lambda: chart_png(with_lane, 1600))
    drawn_plain = timed(options.runs, lambda: chart_png(without, 1600))
    print(f"{rows:,} encoder records beside {len(with_lane.curve.starts):,} steps of the viewer total")
    added = []
    for name, lane, plain in (
        ("read the report", read, read_plain),
        ("draw the 1600 px PNG", drawn, drawn_plain),
    ):
        (lane_wall, lane_cpu), (plain_wall, plain_cpu) = cpu_ms(lane), cpu_ms(plain)
        added.append((lane_cpu / plain_cpu, lane_cpu - plain_cpu))
        print(
            f"{name}: with the lane {lane_cpu:.0f} ms CPU ({lane_wall:.0f} ms wall), baseline without it "
            f"{plain_cpu:.0f} ms CPU ({plain_wall:.0f} ms wall): ×{lane_cpu / plain_cpu:.2f}"
        )
    print(
        "goals (median CPU time): the read ≤ 10 % slower (its baseline: the report as read before the lane), "
        "the drawing ≤ 30 ms more"
    )
    (read_ratio, _read_ms), (_draw_ratio, draw_ms) = added
    return 0 if read_ratio <= 1.10 and draw_ms <= 30 else 1


if __name__ == "__main__":
    raise SystemExit(main())
