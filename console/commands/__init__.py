"""Subcommands, one module per noun. Each module has ``register(subparsers)``.

Optional and heavy pieces (libvlc, Qt's network and GUI modules) are imported inside the
handlers, so a missing one only affects its own command. The tour and session commands
import the store and formats at the top: the console's own start needs them anyway.
"""

from __future__ import annotations

import argparse


def register_all(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from console.commands import (
        backup_cmd,
        camera_cmd,
        notes_cmd,
        questions_cmd,
        remote_cmd,
        selftest_cmd,
        session_cmd,
        stream_cmd,
        tour_cmd,
        viewers_cmd,
    )

    modules = (
        tour_cmd,
        session_cmd,
        notes_cmd,
        backup_cmd,
        viewers_cmd,
        questions_cmd,
        selftest_cmd,
        camera_cmd,
        remote_cmd,
        stream_cmd,
    )
    for module in modules:
        module.register(commands)
