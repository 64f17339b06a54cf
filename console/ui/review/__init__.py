"""Review mode: past sessions, each one's chart, figures and notes, and its exports."""

from console.ui.review.view import ReviewView

__all__ = ["ReviewView"]
