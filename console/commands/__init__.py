"""Subcommands, one module per noun. Each module has ``register(subparsers)``.

Handlers import what they need lazily, so ``cicerone --help`` stays instant and
a missing optional piece (libvlc, a display) only affects its own command.
"""

from __future__ import annotations

import argparse


def register_all(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from console.commands import camera_cmd, selftest_cmd, session_cmd, tour_cmd, viewers_cmd

    for module in (tour_cmd, session_cmd, viewers_cmd, selftest_cmd, camera_cmd):
        module.register(commands)
