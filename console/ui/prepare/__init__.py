"""Prepare mode: the producer's tour editor."""

from console.ui.prepare.view import PrepareView

__all__ = ["PrepareView"]
