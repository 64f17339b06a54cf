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

# What a tour file may hold. Every read of a user's file is bounded by one of these before a byte is kept,
# so a hostile file (a FIFO, /dev/zero, a zip bomb, JSON nested 100,000 deep) is refused, never followed.

MAX_TEXT_FILE_BYTES = 64 * 1024 * 1024
"""A tour script (Markdown, CSV, JSON), and the ``tour.json`` inside a bundle: 64 MB."""

MAX_IMAGE_BYTES = 32 * 1024 * 1024
"""One picture (PNG, JPEG, WebP or GIF), beside a script or inside a bundle: 32 MB."""

MAX_BUNDLE_BYTES = 1024 * 1024 * 1024
"""A ``.cicerone`` bundle, as a file and as everything it unpacks to: 1 GB."""

MAX_BUNDLE_MEMBERS = 5000
"""Entries in a bundle (files and folders)."""

MAX_BUNDLE_RATIO = 100
"""How much more a bundle entry may inflate than it takes in the zip. Pictures are compressed already (about
1:1); ``tour.json`` compresses about 5:1. A zip bomb is 1000:1: refused after its first megabyte."""

MAX_JSON_DEPTH = 32
"""Nesting of arrays and objects in a JSON tour (a tour needs 3); deeper is refused before it is decoded."""

MAX_CSV_CELL_CHARS = 16 * 1024 * 1024
"""One CSV cell (a long talking point): 16 million characters. Python's csv stops at 128 KB unless told."""
