"""The sane ranges every number is checked against where it enters: files, the command line, Prepare's forms.

One place, so the README's table, the readers and the forms agree. The database must never receive a value
it cannot give back: SQLite's INTEGER is signed 64-bit, and a sum of stops larger than that fails every
later read with "integer overflow". A stop of a day and a slot of a week are far past any real show and
far below that: a tour of 5000 such stops still sums to a number every layer can hold.
"""

from __future__ import annotations

MAX_STOP_S = 24 * 3600
"""A stop's planned duration, in seconds: at most 24 hours."""

MAX_SLOT_S = 7 * 24 * 3600
"""A broadcast slot, in seconds: at most 7 days (a marathon stream)."""

MAX_INTEGER = 2**63 - 1
"""The largest id or count the database stores and reads back (SQLite INTEGER, signed 64-bit)."""
