"""One read of one source, outside the console: a QCoreApplication event loop around the poller's reader."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtNetwork import QNetworkAccessManager

from console.audience.local import refuse_special_file
from console.audience.platforms import Reading
from console.audience.reader import SourceReader
from console.audience.secrets import load_secrets
from console.audience.specs import parse_spec, replace_base
from console.settings import Settings
from console.show.viewers import ViewerSample


def probe_once(
    text: str, settings: Settings, *, base: str | None = None, timeout_s: float = 10.0
) -> ViewerSample:
    """The sample one read gives. A bad spec or ``base`` raises :class:`InputError` (exit 2)."""
    spec = parse_spec(text)
    if spec.kind == "file":
        refuse_special_file(spec.target, f"viewer source {spec.text!r}")
    if base is not None:
        replace_base("http://check/", base)  # refuse a bad --base before reading anything
    app = QCoreApplication.instance() or QCoreApplication([])  # kept alive until we return
    network = QNetworkAccessManager()
    reader = SourceReader(spec, settings, network, load_secrets([spec.kind]), timeout_s=timeout_s, base=base)
    results: list[Reading] = []
    loop = QEventLoop()

    def finished(reading: Reading) -> None:
        results.append(reading)
        loop.quit()

    reader.done.connect(finished)
    QTimer.singleShot(0, reader.read)
    loop.exec()
    reader.deleteLater()
    network.deleteLater()
    assert app is not None
    return results[0].sample
