"""One read of one source on Qt's event loop: a GET with a timeout that aborts and a cap on the body size.

Used by the poller (every interval) and by ``cicerone viewers probe`` (once), so both behave the same.
Nothing here blocks: the answer arrives through ``readyRead``/``finished``, the body is collected in small
pieces and the reply is aborted the moment it grows past the cap, so a 50 MB answer never sits in memory.
A ``file:`` source is read on a daemon thread with the same timeout: the file may sit on a network share
that hangs, and a hung read must hold up neither the window, nor a probe, nor quitting; while it still hangs,
the source reports so instead of starting another read behind it.

Whatever the answer, ``done`` is emitted exactly once per read: a reading that could not be made sense of is
logged as the bug it is and becomes a failing reading, so the source is asked again later, never dropped.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest

from console.audience.local import DemoSimulator, read_file
from console.audience.platforms import (
    HttpRequest,
    Reading,
    SourceProblem,
    build_request,
    failure,
    parse_answer,
)
from console.audience.secrets import Secrets
from console.audience.specs import SourceSpec
from console.messages import QT_TRANSLATE_NOOP
from console.settings import Settings

log = logging.getLogger(__name__)
# (spec, request, HTTP status, lower-case headers, body, time) -> what ``done`` carries
AnswerParser = Callable[[SourceSpec, HttpRequest, int, Mapping[str, str], bytes, float], object]
CAP_BYTES = 1_000_000
_BUFFER_BYTES = 64 * 1024


class _Relay(QObject):
    """Carries one file read's :class:`Reading` from its thread back to the reader's thread."""

    done = Signal(object)


class SourceReader(QObject):
    """Reads ``spec`` once per :meth:`read`; ``done`` carries the :class:`Reading` (always exactly once)."""

    done = Signal(object)  # Reading

    def __init__(
        self,
        spec: SourceSpec,
        settings: Settings,
        network: QNetworkAccessManager,
        secrets: Secrets,
        *,
        timeout_s: float = 10.0,
        cap_bytes: int = CAP_BYTES,
        base: str | None = None,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
        parse: AnswerParser = parse_answer,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.parse = parse  # a chat source reads its own kind of answer with the same transport
        self.settings = settings
        self.network = network
        self.secrets = secrets
        self.timeout_s = timeout_s
        self.cap_bytes = cap_bytes
        self.base = base
        self.clock = clock
        self.demo = DemoSimulator(clock()) if spec.kind == "demo" else None
        self._reply: QNetworkReply | None = None
        self._file_read: _Relay | None = None
        self._file_job: threading.Thread | None = None
        self._request: HttpRequest | None = None
        self._body = bytearray()
        self._abort_reason: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timed_out)

    @property
    def busy(self) -> bool:
        return self._reply is not None or self._file_read is not None

    def read(self) -> None:
        """Start a read (a no-op while one is in flight). The demo answers at once."""
        if self.busy:
            return
        now = self.clock()
        if self.demo is not None:
            self.done.emit(self.demo.read(self.spec, now))
            return
        if self.spec.kind == "file":
            self._read_file(now)
            return
        try:
            request = build_request(self.spec, self.settings, self.secrets, self.base)
        except SourceProblem as problem:
            self.done.emit(failure(self.spec, now, problem.text(), self.secrets.values()))
            return
        self._send(request)

    def cancel(self) -> None:
        """Drop a read in flight without reporting it (shutting down)."""
        self._drop_file_read()
        reply, self._reply = self._reply, None
        self._timer.stop()
        if reply is not None:
            reply.blockSignals(True)
            reply.abort()
            reply.deleteLater()

    def _read_file(self, at: float) -> None:
        if self._file_job is not None and self._file_job.is_alive():  # the last read still hangs
            self.done.emit(
                failure(
                    self.spec,
                    at,
                    QT_TRANSLATE_NOOP(
                        "ViewerSource", "timeout: the file's previous read still does not return"
                    ),
                )
            )
            return
        relay = _Relay()  # owned by the job until it has emitted, so it outlives a deleted reader
        relay.done.connect(self._file_answered, Qt.ConnectionType.QueuedConnection)
        self._file_read = relay
        spec = self.spec

        def job() -> None:
            try:
                reading = read_file(spec, at)
            except Exception as error:  # a bug: the read must still end, with a reason
                log.exception("viewer source %s: reading the file failed", spec.label)
                reading = failure(
                    spec,
                    at,
                    QT_TRANSLATE_NOOP("ViewerSource", "cannot read the file ({name}, see the log)").format(
                        name=type(error).__name__
                    ),
                )
            relay.done.emit(reading)

        self._file_job = threading.Thread(target=job, name="viewers-file", daemon=True)
        self._file_job.start()
        self._timer.start(max(1, round(self.timeout_s * 1000)))

    def _file_answered(self, reading: Reading) -> None:
        if self._file_read is None:  # cancelled or timed out meanwhile
            return
        self._file_read = None
        self._timer.stop()
        self.done.emit(reading)

    def _drop_file_read(self) -> bool:
        relay, self._file_read = self._file_read, None
        if relay is not None:
            relay.done.disconnect(self._file_answered)
        return relay is not None

    def send(self, request: HttpRequest) -> None:
        """GET ``request`` (not the spec's own): ``done`` carries what ``parse`` makes of the answer, or the
        failing :class:`Reading` of a transport failure (timeout, too large, refused)."""
        if not self.busy:
            self._send(request)

    def _send(self, request: HttpRequest) -> None:
        qrequest = QNetworkRequest(QUrl(request.url))
        for name, value in request.headers.items():
            qrequest.setRawHeader(name.encode("latin-1"), value.encode("latin-1", errors="replace"))
        qrequest.setAttribute(
            QNetworkRequest.Attribute.CacheLoadControlAttribute,
            QNetworkRequest.CacheLoadControl.AlwaysNetwork,
        )
        self._request = request
        self._body = bytearray()
        self._abort_reason = None
        reply = self.network.get(qrequest)
        reply.setReadBufferSize(_BUFFER_BYTES)  # Qt stops reading the socket when this much is waiting
        reply.metaDataChanged.connect(self._check_length)
        reply.readyRead.connect(self._collect)
        reply.finished.connect(self._finished)
        self._reply = reply
        self._timer.start(max(1, round(self.timeout_s * 1000)))

    def _check_length(self) -> None:
        reply = self._reply
        if reply is None:
            return
        declared = reply.header(QNetworkRequest.KnownHeaders.ContentLengthHeader)
        if isinstance(declared, int) and declared > self.cap_bytes:
            said = QT_TRANSLATE_NOOP(
                "ViewerSource", "bad answer: too large ({size:,} bytes, the limit is {limit:,})"
            )
            self._abort(said.format(size=declared, limit=self.cap_bytes))

    def _collect(self) -> None:
        reply = self._reply
        if reply is None or self._abort_reason:
            return
        self._body += reply.readAll().data()
        if len(self._body) > self.cap_bytes:
            said = QT_TRANSLATE_NOOP(
                "ViewerSource", "bad answer: larger than {limit:,} bytes, stopped reading"
            )
            self._abort(said.format(limit=self.cap_bytes))

    def _timed_out(self) -> None:
        if self._drop_file_read():
            reason = QT_TRANSLATE_NOOP(
                "ViewerSource", "timeout: the file could not be read within {seconds:g} s"
            ).format(seconds=self.timeout_s)
            self.done.emit(failure(self.spec, self.clock(), reason))
            return
        said = QT_TRANSLATE_NOOP("ViewerSource", "timeout: no complete answer within {seconds:g} s")
        self._abort(said.format(seconds=self.timeout_s))

    def _abort(self, reason: str) -> None:
        if self._reply is not None and self._abort_reason is None:
            self._abort_reason = reason
            self._body = bytearray()
            self._reply.abort()  # emits finished, which reports the reason

    def _finished(self) -> None:
        reply, request = self._reply, self._request
        if reply is None or request is None:
            return
        self._reply = None
        self._timer.stop()
        if not self._abort_reason:
            self._collect()
        try:
            reading = self._outcome(reply, request)
        except Exception as error:  # a bug; the source must still be asked again, so it becomes a failure
            log.exception("viewer source %s: the answer could not be read", self.spec.label)
            reason = QT_TRANSLATE_NOOP(
                "ViewerSource", "bad answer: could not be read ({name}, see the log)"
            ).format(name=type(error).__name__)
            reading = failure(self.spec, self.clock(), reason, request.secrets, cost_units=request.cost_units)
        self._body = bytearray()
        reply.deleteLater()
        self.done.emit(reading)

    def _outcome(self, reply: QNetworkReply, request: HttpRequest) -> object:
        at = self.clock()
        if self._abort_reason:
            return failure(self.spec, at, self._abort_reason, request.secrets, cost_units=request.cost_units)
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        # No HTTP answer, or one Qt failed below 400 (cut short): a network failure. Qt's errorString()
        # names the URL, and the URL may carry a key, so we describe the error ourselves.
        if not isinstance(status, int) or (
            reply.error() != QNetworkReply.NetworkError.NoError and status < 400
        ):
            return failure(
                self.spec, at, network_reason(reply.error()), request.secrets, cost_units=request.cost_units
            )
        headers = {
            bytes(name.data()).decode("latin-1").lower(): bytes(value.data()).decode("latin-1")
            for name, value in reply.rawHeaderPairs()
        }
        return self.parse(self.spec, request, status, headers, bytes(self._body), at)


_NETWORK_REASONS = {
    QNetworkReply.NetworkError.ConnectionRefusedError: QT_TRANSLATE_NOOP(
        "ViewerSource", "connection refused (is the server up?)"
    ),
    QNetworkReply.NetworkError.RemoteHostClosedError: QT_TRANSLATE_NOOP(
        "ViewerSource", "bad answer: the server closed the connection early"
    ),
    QNetworkReply.NetworkError.HostNotFoundError: QT_TRANSLATE_NOOP(
        "ViewerSource", "host not found (check the network or the address)"
    ),
    QNetworkReply.NetworkError.TimeoutError: QT_TRANSLATE_NOOP(
        "ViewerSource", "timeout: the server did not answer"
    ),
    QNetworkReply.NetworkError.SslHandshakeFailedError: QT_TRANSLATE_NOOP(
        "ViewerSource", "secure connection failed (TLS handshake)"
    ),
    QNetworkReply.NetworkError.TemporaryNetworkFailureError: QT_TRANSLATE_NOOP(
        "ViewerSource", "the network is down"
    ),
    QNetworkReply.NetworkError.NetworkSessionFailedError: QT_TRANSLATE_NOOP(
        "ViewerSource", "the network is down"
    ),
    QNetworkReply.NetworkError.ProxyConnectionRefusedError: QT_TRANSLATE_NOOP(
        "ViewerSource", "the proxy refused the connection"
    ),
    QNetworkReply.NetworkError.ProtocolUnknownError: QT_TRANSLATE_NOOP(
        "ViewerSource", "unsupported URL scheme"
    ),
}


def network_reason(error: QNetworkReply.NetworkError) -> str:
    said = QT_TRANSLATE_NOOP("ViewerSource", "network error ({name})")
    return _NETWORK_REASONS.get(error, said.format(name=error.name))
