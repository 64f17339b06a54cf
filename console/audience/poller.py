"""The viewer poller: every source read on its own schedule on the event loop, summed in a :class:`Tally`.

No thread of its own: each source has a single-shot timer and a :class:`SourceReader`. A failing source
backs off (doubling up to 16 intervals, at most 5 minutes) and honours the server's ``Ratelimit-Reset`` or
``Retry-After``; the others go on. Every sample, failed or not, is emitted on ``sample_read`` for storage.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkAccessManager

from console.audience.platforms import LONGEST_WAIT_S, Reading, failure
from console.audience.quota import QuotaCount
from console.audience.reader import CAP_BYTES, SourceReader
from console.audience.secrets import Secrets, load_secrets
from console.audience.specs import SourceSpec, parse_spec
from console.audience.tally import Tally, TotalView
from console.errors import InputError
from console.messages import QT_TRANSLATE_NOOP, Text
from console.settings import Settings
from console.show.viewers import ViewerSample

log = logging.getLogger(__name__)
DEMO_INTERVAL_S = 1.0
LONGEST_BACKOFF_S = LONGEST_WAIT_S  # a server's Retry-After is held to the same bound


def timeout_for(interval_s: float) -> float:
    """A read may take up to its interval (so reads never pile up), between 1 and 10 seconds."""
    return min(10.0, max(1.0, interval_s))


class _Source(QObject):
    """A reader plus its schedule; a spec that did not parse is a source that always fails, with why."""

    def __init__(
        self,
        spec: SourceSpec,
        reader: SourceReader | None,
        interval_s: float,
        problem: Text | None,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.reader = reader
        self.interval_s = interval_s
        self.problem = problem
        self.failures = 0
        self.condition: str | None = None  # what the log last said of it (see AudiencePoller._log_change)
        self.started_at = 0.0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)


class AudiencePoller(QObject):
    sample_read = Signal(object)  # ViewerSample: every sample of every source, for storage
    changed = Signal()  # a sample was taken in (ages are the reader's to refresh: see ViewersPane)
    milestone = Signal(int)  # a milestone was just passed by a fresh total
    quota_spent = Signal(str, int)  # (quota day, units): YouTube units just spent, for the app to keep

    def __init__(
        self,
        specs: list[str] | tuple[str, ...],
        settings: Settings,
        parent: QObject | None = None,
        *,
        secrets: Secrets | None = None,
        timeout_s: float | None = None,
        cap_bytes: int = CAP_BYTES,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.clock = clock
        self.network = QNetworkAccessManager(self)
        self.tally = Tally(settings.milestones)
        self.quota = QuotaCount()  # YouTube units spent today (of YOUTUBE_DAILY_QUOTA a day by default)
        parsed = [_parse(text) for text in specs]
        if secrets is None:  # only what the good specs need (a bad one is reported by its own source)
            secrets = load_secrets({spec.kind for spec, problem in parsed if problem is None})
        self._secrets = secrets
        self._running = False
        self._sources: list[_Source] = []
        interval = settings.viewer_poll_s
        for spec, problem in parsed:
            self._add(spec, problem, interval, timeout_s, cap_bytes)

    def _add(
        self, spec: SourceSpec, problem: Text | None, interval: float, timeout_s: float | None, cap_bytes: int
    ) -> None:
        if spec.kind == "demo":
            interval = min(interval, DEMO_INTERVAL_S)
        reader = None
        if problem is None:
            reader = SourceReader(
                spec,
                self.settings,
                self.network,
                self._secrets,
                timeout_s=timeout_s or timeout_for(interval),
                cap_bytes=cap_bytes,
                clock=self.clock,
                parent=self,
            )
        label = spec.label
        taken = {s.spec.label for s in self._sources}
        if label in taken:  # two specs that show the same: keep the breakdown and storage apart
            n = 2
            while f"{label} ({n})" in taken:
                n += 1
            spec = SourceSpec(spec.kind, spec.target, spec.path, f"{spec.text} ({n})")
            if reader is not None:
                reader.spec = spec
        source = _Source(spec, reader, interval, problem, self)
        source.timer.timeout.connect(lambda s=source: self._read(s))
        if reader is not None:
            reader.done.connect(lambda reading, s=source: self._done(s, reading))
        self.tally.add_source(spec.label, interval, demo=spec.kind == "demo")
        self._sources.append(source)

    # -- the lead's interface -------------------------------------------------------------------------
    @property
    def specs(self) -> list[SourceSpec]:
        return [source.spec for source in self._sources]

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        for source in self._sources:
            if source.reader is not None and source.reader.demo is not None:
                source.reader.demo.start = self.clock()
            source.timer.start(0)

    def stop(self) -> None:
        self._running = False
        for source in self._sources:
            source.timer.stop()
            if source.reader is not None:
                source.reader.cancel()

    def current_total(self) -> int | None:
        """The fresh total (None when nothing is live or part of it is stale): stamped on each note."""
        return self.view().live

    def view(self) -> TotalView:
        return self.tally.view(self.clock())

    @property
    def quota_units(self) -> int:
        """YouTube units spent on today's quota day (what the app restored, plus this process's)."""
        return self.quota.today(self.clock())

    @property
    def has_youtube(self) -> bool:
        return any(source.spec.kind == "youtube" for source in self._sources)

    # -- scheduling ------------------------------------------------------------------------------------
    def _read(self, source: _Source) -> None:
        if not self._running:
            return
        source.started_at = self.clock()
        if source.reader is None:
            self._done(
                source,
                failure(
                    source.spec,
                    source.started_at,
                    source.problem or QT_TRANSLATE_NOOP("ViewerSource", "not a viewer source"),
                ),
            )
        else:
            source.reader.read()

    def _done(self, source: _Source, reading: Reading) -> None:
        sample: ViewerSample = reading.sample
        if reading.cost_units:
            self.quota_spent.emit(self.quota.spend(sample.at, reading.cost_units), reading.cost_units)
        failed = sample.state == "error"
        source.failures = source.failures + 1 if failed else 0
        passed = self.tally.record(sample, reading.retry_at)
        self._log_change(source, sample)
        self.sample_read.emit(sample)
        if passed is not None:
            self.milestone.emit(passed)
        self.changed.emit()
        if self._running:
            source.timer.start(round(self._delay(source, reading) * 1000))

    def _log_change(self, source: _Source, sample: ViewerSample) -> None:
        """One log line when a source's condition changes (live, hidden, offline, ended, error, stale), never
        one per read: a source failing every 30 s for an hour is two lines, not 120. An error reason was
        scrubbed of the request's secrets when it was made; the log's formatter scrubs every known one again.
        """
        condition: str = sample.state
        status = self.tally.sources.get(sample.source)
        # A failing source whose last figure is older than two intervals is no longer counted as live: stale.
        if (
            sample.state == "error"
            and status is not None
            and status.good is not None
            and status.stale(sample.at)
        ):
            condition = "stale"
        if condition == source.condition:
            return
        if sample.state == "error":
            detail = f": {sample.error}"
        elif sample.viewers is not None:
            detail = f" ({sample.viewers:,} viewers)"
        else:
            detail = ""
        log.info(
            "viewer source %s: %s -> %s%s", sample.source, source.condition or "start", condition, detail
        )
        source.condition = condition

    def _delay(self, source: _Source, reading: Reading) -> float:
        """Until the next read: the interval (less the time this read took), longer after failures."""
        now = self.clock()
        delay = source.interval_s - (now - source.started_at)
        if source.failures:
            cap = min(LONGEST_BACKOFF_S, 16 * source.interval_s)
            delay = min(cap, source.interval_s * 2 ** min(source.failures - 1, 10))
        if reading.retry_at is not None:
            delay = max(delay, reading.retry_at - now)
        return max(0.0, delay)


def _parse(text: str) -> tuple[SourceSpec, Text | None]:
    """The spec and None, or a stand-in spec and why ``text`` is not one (a source that always fails)."""
    try:
        return parse_spec(text), None
    except InputError as error:
        return SourceSpec("file", text=text.strip() or "(empty)"), error.reason
