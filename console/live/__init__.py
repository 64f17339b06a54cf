"""The live show: turns the guide's keys into recorded events and tells the window what changed."""

from console.live.controller import LiveController

__all__ = ["LiveController"]
