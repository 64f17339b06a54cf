"""Cicerone: a presenter console for live-streamed museum tours."""

__version__ = "0.1.0"
