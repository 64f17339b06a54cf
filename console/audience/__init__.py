"""Viewer sources: pure spec parsing and answer parsing, and the Qt poller that reads them on the event loop.

``specs``, ``platforms``, ``local``, ``tally`` and ``secrets`` are plain Python (testable without Qt);
``reader`` and ``poller`` use QtNetwork, never QtWidgets.
"""
